//! Print one statement as JSON: the whole tree, with its `schema_version`.
//!
//! ```text
//! cargo run --example to_json -- FILE.txt            # one line
//! cargo run --example to_json -- --pretty FILE.txt   # indented
//! cat FILE.txt | cargo run --example to_json -- -
//! ```
//!
//! Exit status: 0 on success, 1 when the input holds no statement, 2 when it
//! cannot be read. For many files use `lgsco json`.

use std::process::ExitCode;

const USAGE: &str =
    "usage: to_json [--pretty] [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let pretty = std::env::args().nth(1).is_some_and(|a| a == "--pretty");
    let (name, bytes) = match input(USAGE, pretty) {
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
    let json = if pretty {
        serde_json::to_string_pretty(&decision)
    } else {
        serde_json::to_string(&decision)
    };
    match json {
        Ok(json) => emit(&(json + "\n")),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
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
