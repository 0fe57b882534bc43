//! List the law one statement cites: each citation with where it is, its
//! instrument and each provision's canonical form and legislation.gov.uk URI.
//!
//! ```text
//! cargo run --example citations -- FILE.txt
//! cat FILE.txt | cargo run --example citations -- -
//! ```
//!
//! Exit status: 0 on success, 1 when the input holds no statement, 2 when it
//! cannot be read. For the most cited provisions across a folder use
//! `lgsco stats`, and for a table of every citation `lgsco table`.

use std::fmt::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: citations [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let (name, bytes) = match input(USAGE) {
        Ok(input) => input,
        Err(status) => return status,
    };
    let decision = match lgsco::parse_bytes(&bytes) {
        Ok(d) => d,
        Err(err) => {
            eprintln!("{name}:{err}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = String::new();
    for c in decision.citations() {
        let _ = writeln!(out, "{}: {}", c.location, c.citation);
        let _ = writeln!(out, "    printed: {}", c.citation.text);
        for p in &c.citation.provisions {
            let _ = writeln!(out, "    {p}  {}", p.uri.as_deref().unwrap_or("-"));
        }
    }
    emit(&out)
}

/// The statement named on the command line, `-` for standard input, or the
/// built-in sample; `Err` holds the exit status (help printed, or a usage
/// or read error).
fn input(usage: &str) -> Result<(String, Vec<u8>), ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => Ok((
            "built-in sample".to_owned(),
            lgsco::SAMPLE.as_bytes().to_vec(),
        )),
        [h] if h == "-h" || h == "--help" => {
            println!("{usage}");
            Err(ExitCode::SUCCESS)
        }
        [path] if path == "-" => {
            let mut bytes = Vec::new();
            match std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                Ok(_) => Ok(("-".to_owned(), bytes)),
                Err(err) => {
                    eprintln!("error: cannot read standard input: {err}");
                    Err(ExitCode::from(2))
                }
            }
        }
        [path] if !path.starts_with('-') => match std::fs::read(path) {
            Ok(bytes) => Ok((path.clone(), bytes)),
            Err(err) => {
                eprintln!("error: cannot read {path}: {err}");
                Err(ExitCode::from(2))
            }
        },
        _ => {
            eprintln!("{usage}");
            Err(ExitCode::from(2))
        }
    }
}

/// Print to standard output; a closed pipe (`| head`) is a normal end.
fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write: {err}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}
