//! Exit statuses, and writing to standard output without panicking on a
//! closed pipe.

use std::io::{self, Write};
use std::process::ExitCode;

/// Why a run stopped early.
#[derive(Debug)]
pub enum Failure {
    /// The reader of standard output went away (`| head`): stop quietly.
    BrokenPipe,
    /// Nothing more can be done (an output that cannot be written).
    Fatal(String),
}

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Fatal(format!("cannot write: {err}"))
        }
    }
}

/// How a run ended; the worst wins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    #[default]
    Ok,
    /// Findings: an error found, or a file without a statement.
    Findings,
    /// An input could not be read.
    Unreadable,
}

impl Status {
    pub fn code(self) -> ExitCode {
        ExitCode::from(match self {
            Status::Ok => 0,
            Status::Findings => 1,
            Status::Unreadable => 2,
        })
    }
}

/// Buffered standard output.
pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// Flush, turning a closed pipe into [`Failure::BrokenPipe`].
pub fn finish(mut w: impl Write) -> Result<(), Failure> {
    w.flush().map_err(Failure::from)
}

/// `1 file`, `3 files`.
pub fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
