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

mod common;

const USAGE: &str = "usage: citations [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let (name, bytes) = match common::input(USAGE, 0) {
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
    common::emit(&out)
}
