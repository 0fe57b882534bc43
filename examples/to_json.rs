//! Print one statement as JSON: the whole tree, with its `schema_version`;
//! with `--facts`, also a `facts` member: what the statement decides
//! ([`lgsco::Decision::facts`], documented in docs/schema.md).
//!
//! ```text
//! cargo run --example to_json -- FILE.txt            # one line
//! cargo run --example to_json -- --pretty FILE.txt   # indented
//! cargo run --example to_json -- --facts FILE.txt    # with the facts
//! cat FILE.txt | cargo run --example to_json -- -
//! ```
//!
//! Exit status: 0 on success, 1 when the input holds no statement, 2 when it
//! cannot be read. For many files use `lgsco json`.

use std::process::ExitCode;

const USAGE: &str =
    "usage: to_json [--pretty] [--facts] [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let flags: Vec<String> = std::env::args()
        .skip(1)
        .take_while(|a| a == "--pretty" || a == "--facts")
        .collect();
    let pretty = flags.iter().any(|a| a == "--pretty");
    let facts = flags.iter().any(|a| a == "--facts");
    let (name, bytes) = match input(USAGE, flags.len()) {
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
    // Without `--facts` the tree is written directly, in its fields' order.
    let json = match (facts, pretty) {
        (false, true) => serde_json::to_string_pretty(&decision),
        (false, false) => serde_json::to_string(&decision),
        (true, _) => with_facts(&decision, pretty),
    };
    match json {
        Ok(json) => emit(&(json + "\n")),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

/// The tree with a `facts` member beside its own.
fn with_facts(decision: &lgsco::Decision, pretty: bool) -> serde_json::Result<String> {
    let mut value = serde_json::to_value(decision)?;
    if let Some(tree) = value.as_object_mut() {
        tree.insert("facts".to_owned(), serde_json::to_value(decision.facts())?);
    }
    if pretty {
        serde_json::to_string_pretty(&value)
    } else {
        serde_json::to_string(&value)
    }
}

/// The statement named on the command line, `-` for standard input, or the
/// built-in sample; `Err` holds the exit status (help printed, or a usage
/// or read error).
fn input(usage: &str, flags: usize) -> Result<(String, Vec<u8>), ExitCode> {
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
