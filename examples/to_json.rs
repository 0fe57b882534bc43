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

mod common;

const USAGE: &str =
    "usage: to_json [--pretty] [--facts] [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let flags: Vec<String> = std::env::args()
        .skip(1)
        .take_while(|a| a == "--pretty" || a == "--facts")
        .collect();
    let pretty = flags.iter().any(|a| a == "--pretty");
    let facts = flags.iter().any(|a| a == "--facts");
    let (name, bytes) = match common::input(USAGE, flags.len()) {
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
        Ok(json) => common::emit(&(json + "\n")),
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
