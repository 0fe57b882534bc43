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

mod common;

const USAGE: &str =
    "usage: validate [--json] [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let json = std::env::args().nth(1).is_some_and(|a| a == "--json");
    let (name, bytes) = match common::input(USAGE, usize::from(json)) {
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
    match common::emit(&out) {
        status if status != ExitCode::SUCCESS => status,
        _ if report.has_errors() => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}
