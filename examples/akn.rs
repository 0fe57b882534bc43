//! Print a statement as an Akoma Ntoso (LegalDocML) document.
//!
//! ```text
//! cargo run --example akn -- FILE        # the XML of FILE on standard output
//! cargo run --example akn -- -           # read the statement from standard input
//! cargo run --example akn                # the built-in sample statement
//! ```
//!
//! Characters XML cannot hold are left out and listed on standard error.
//! Exit status: 0 done, 1 the input holds no statement or cannot be read,
//! 2 usage.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: akn [FILE | -]\n\
    Print the statement in FILE (or standard input, or the built-in sample)\n\
    as an Akoma Ntoso 3.0 judgment document.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.as_slice() {
        [] => Ok(lgsco::SAMPLE.to_owned()),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [dash] if dash == "-" => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
        }
        .and_then(|b| String::from_utf8(b).map_err(std::io::Error::other)),
        [path] => std::fs::read_to_string(path),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let name = args.first().map_or("the sample", String::as_str);
    let decision = match text
        .map_err(|e| e.to_string())
        .and_then(|t| lgsco::parse(&t).map_err(|e| e.to_string()))
    {
        Ok(decision) => decision,
        Err(err) => {
            eprintln!("{name}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let export = lgsco::akn::export(&decision);
    for dropped in &export.dropped {
        eprintln!("{name}: {dropped}");
    }
    if std::io::stdout().write_all(export.xml.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
