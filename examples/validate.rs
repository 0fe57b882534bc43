//! Check one statement and print what is wrong with it, in the compiler's
//! form or as JSON lines.
//!
//! ```text
//! cargo run --example validate -- FILE.txt
//! cargo run --example validate -- --json FILE.txt
//! cat FILE.txt | cargo run --example validate -- -
//! ```
//!
//! `validate_bytes` keeps the Windows-1252 hint for text that is not UTF-8.
//! Exit status: 0 when no error was found, 1 when one was, 2 when the input
//! cannot be read. For folders use `lgsco check`.

use std::process::ExitCode;

const USAGE: &str =
    "usage: validate [--json] [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let json = std::env::args().nth(1).is_some_and(|a| a == "--json");
    let (name, bytes) = match input(USAGE, json) {
        Ok(input) => input,
        Err(status) => return status,
    };
    let report = lgsco::validate_bytes(&bytes).with_path(name);
    let mut out = String::new();
    for located in report.iter() {
        if json {
            out.push_str(&serde_json::to_string(&located).unwrap_or_default());
            out.push('\n');
        } else {
            out.push_str(&format!("{located}\n"));
        }
    }
    match emit(&out) {
        status if status != ExitCode::SUCCESS => status,
        _ if report.has_errors() => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

/// The statement named on the command line, `-` for standard input, or the
/// built-in sample; `Err` holds the exit status (help printed, or a usage
/// or read error).
fn input(usage: &str, skip_flag: bool) -> Result<(String, Vec<u8>), ExitCode> {
    let args: Vec<String> = std::env::args().skip(1 + usize::from(skip_flag)).collect();
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
