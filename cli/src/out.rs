//! Exit statuses, writing to standard output without panicking on a closed
//! pipe, and writing files whole.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Why a run stopped early.
#[derive(Debug)]
pub enum Failure {
    /// The reader of standard output went away (`| head`): stop quietly.
    BrokenPipe,
    /// The command line or its inputs are wrong; nothing was written.
    Usage(String),
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
    /// SIGINT or SIGTERM stopped the run.
    Interrupted,
}

impl Status {
    pub fn code(self) -> ExitCode {
        ExitCode::from(match self {
            Status::Ok => 0,
            Status::Findings => 1,
            Status::Unreadable => 2,
            Status::Interrupted => 130,
        })
    }
}

/// Where a command's output goes: standard output (line by line when it is
/// a terminal, so a progress bar never splits a line), or a file written
/// beside its target and renamed into place by [`Sink::finish`]; dropped
/// unfinished, the file is removed and the target left as it was.
pub enum Sink {
    Stdout(Box<dyn Write>),
    File(Whole),
}

impl Sink {
    /// `-o FILE`, or standard output when absent or `-`.
    pub fn new(out: Option<&Path>) -> Result<Sink, Failure> {
        match out {
            Some(p) if p.as_os_str() != "-" => Ok(Sink::File(Whole::create(p)?)),
            _ => Ok(Sink::Stdout(stdout())),
        }
    }
    /// Flush, and put a file in place.
    pub fn finish(self) -> Result<(), Failure> {
        match self {
            Sink::Stdout(w) => finish(w),
            Sink::File(f) => f.commit(),
        }
    }

    /// Finishes the output, or, when the run was stopped, flushes standard
    /// output and leaves an `-o FILE` as it was (its temporary copy goes).
    pub fn end(self, interrupted: bool) -> Result<(), Failure> {
        match self {
            Sink::File(f) if interrupted => {
                eprintln!("lgsco: interrupted: {} left as it was", f.target.display());
                Ok(())
            }
            other => other.finish(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(f) => f.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::File(f) => f.write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

/// A file written beside its target, `.NAME.lgsco-PID`, renamed over the
/// target by [`Whole::commit`] and removed if dropped first.
pub struct Whole {
    w: Option<io::BufWriter<File>>,
    temp: PathBuf,
    target: PathBuf,
}

impl Whole {
    pub fn create(target: &Path) -> Result<Whole, Failure> {
        let name = target
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy());
        let temp = target.with_file_name(format!(".{name}.lgsco-{}", std::process::id()));
        let file = File::create(&temp)
            .map_err(|e| Failure::Fatal(format!("{}: cannot write: {e}", temp.display())))?;
        Ok(Whole {
            w: Some(io::BufWriter::with_capacity(1 << 16, file)),
            temp,
            target: target.to_path_buf(),
        })
    }
    /// Flush, sync and rename into place; on failure (a full disk) the
    /// temporary file is removed and the target left as it was.
    pub fn commit(mut self) -> Result<(), Failure> {
        let fail =
            |e: io::Error, p: &Path| Failure::Fatal(format!("{}: cannot write: {e}", p.display()));
        let done = match self.w.take() {
            Some(w) => w
                .into_inner()
                .map_err(|e| fail(e.into_error(), &self.temp))
                .and_then(|file| file.sync_all().map_err(|e| fail(e, &self.temp))),
            None => Ok(()),
        }
        .and_then(|()| {
            std::fs::rename(&self.temp, &self.target).map_err(|e| fail(e, &self.target))
        });
        if done.is_err() {
            let _ = std::fs::remove_file(&self.temp);
        }
        done
    }
}

impl Write for Whole {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.w.as_mut().expect("open").write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.w.as_mut().expect("open").write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.as_mut().expect("open").flush()
    }
}

impl Drop for Whole {
    fn drop(&mut self) {
        if self.w.take().is_some() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Standard output: buffered, or line by line in a terminal.
pub fn stdout() -> Box<dyn Write> {
    let out = io::stdout();
    if out.is_terminal() {
        Box::new(io::LineWriter::new(out.lock()))
    } else {
        Box::new(io::BufWriter::with_capacity(1 << 16, out.lock()))
    }
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

/// Text for a terminal: control characters other than newline and tab
/// written as `\u{1b}`, so input cannot move the cursor or change colours.
pub fn escape(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return s.to_owned();
    }
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}
