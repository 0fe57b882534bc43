//! What the one-statement examples share: reading the statement named on
//! the command line, and printing quietly into a closed pipe.

// Each example uses what it needs of this module.
#![allow(dead_code)]

use std::process::ExitCode;

/// The statement named on the command line after `flags` leading flags:
/// a file, `-` for standard input, or none for the built-in sample. `Err`
/// holds the exit status (help printed, or a usage or read error).
pub fn input(usage: &str, flags: usize) -> Result<(String, Vec<u8>), ExitCode> {
    let args: Vec<String> = std::env::args().skip(1 + flags).collect();
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
pub fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write: {err}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}
