//! Parse one statement and print what its header says and how its text is
//! laid out: a demonstration of `Decision`'s fields. `lgsco show` prints
//! the full outline (cited law, facts, skipped lines) of any number of
//! statements.
//!
//! ```text
//! cargo run --example parse                 # the built-in fictional sample
//! cargo run --example parse -- FILE.txt     # a statement of your own
//! cat FILE.txt | cargo run --example parse -- -
//! ```
//!
//! Exit status: 0 on success, 1 when the input holds no statement, 2 when it
//! cannot be read.

use std::fmt::Write;
use std::process::ExitCode;

mod common;

const USAGE: &str = "usage: parse [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let (name, bytes) = match common::input(USAGE, 0) {
        Ok(input) => input,
        Err(status) => return status,
    };
    let d = match lgsco::parse_bytes(&bytes) {
        Ok(d) => d,
        Err(err) => {
            eprintln!("{name}:{err}");
            return ExitCode::FAILURE;
        }
    };
    let h = &d.header;
    let mut out = String::new();
    let field = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
    let _ = writeln!(out, "Organisation : {}", field(h.organisation.clone()));
    let _ = writeln!(
        out,
        "Reference    : {}",
        field(h.reference.as_ref().map(|r| r.to_string()))
    );
    let _ = writeln!(
        out,
        "Category     : {}",
        field(h.category.as_ref().map(|c| c.to_string()))
    );
    let _ = writeln!(
        out,
        "Decided      : {}",
        field(h.date.map(|d| d.to_string()))
    );
    let _ = writeln!(out, "Complete     : {}", d.is_complete());
    for s in &d.sections {
        let heading = s.heading.as_deref().unwrap_or("(before any heading)");
        let numbers: Vec<String> = s.paragraphs.iter().map(|p| p.number.to_string()).collect();
        let _ = writeln!(out, "  {heading} [{}]: ¶ {}", s.kind, numbers.join(", "));
    }
    let _ = writeln!(out, "Citations    : {}", d.citations().count());
    common::emit(&out)
}
