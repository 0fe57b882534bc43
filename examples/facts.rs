//! What each statement decides: the result, the reasons, other bodies and
//! remedies ([`lgsco::Decision::facts`]), each quoted with the words it was
//! read from; with several files, a tally over them all.
//!
//! ```text
//! cargo run --example facts                      # the built-in sample
//! cargo run --example facts -- FILE.txt ...      # one or more statements
//! cat FILE.txt | cargo run --example facts -- -
//! ```
//!
//! Exit status: 0 on success, 1 when an input holds no statement, 2 when one
//! cannot be read. For a table of every fact over a folder use `lgsco table`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::ExitCode;

mod common;

const USAGE: &str = "usage: facts [FILE... | -]   (the built-in sample when no file is given)";

/// Counts over every file read.
#[derive(Default)]
struct Tally {
    files: usize,
    results: BTreeMap<String, usize>,
    reasons: BTreeMap<String, usize>,
    bodies: BTreeMap<String, usize>,
    pence: u64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a.starts_with('-') && a != "-") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let names = if args.is_empty() {
        vec![String::new()]
    } else {
        args
    };
    let mut out = String::new();
    let mut tally = Tally::default();
    let mut status = ExitCode::SUCCESS;
    for name in &names {
        let (label, text) = match read(name) {
            Ok(input) => input,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        };
        match lgsco::parse(&text) {
            Ok(d) => describe(&mut out, &mut tally, &label, &text, &d.facts()),
            Err(err) => {
                eprintln!("{label}:{err}");
                status = ExitCode::FAILURE;
            }
        }
    }
    if names.len() > 1 {
        summarise(&mut out, &tally);
    }
    match common::emit(&out) {
        ExitCode::SUCCESS => status,
        other => other,
    }
}

/// A file's text (decoded leniently), standard input for `-`, or the sample
/// for the empty name.
fn read(name: &str) -> Result<(String, String), String> {
    let bytes = match name {
        "" => return Ok(("built-in sample".to_owned(), lgsco::SAMPLE.to_owned())),
        "-" => {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            bytes
        }
        path => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
    };
    Ok((
        name.to_owned(),
        String::from_utf8_lossy(&bytes).into_owned(),
    ))
}

/// The words a fact was read from, on one line.
fn quote(text: &str, span: lgsco::Span) -> String {
    let words = text.get(span.start..span.end).unwrap_or("");
    format!(
        "“{}”",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

fn describe(out: &mut String, tally: &mut Tally, name: &str, text: &str, f: &lgsco::Facts) {
    tally.files += 1;
    let _ = writeln!(out, "{name}");
    if let Some(c) = &f.complainant {
        let _ = writeln!(out, "  complainant {}  {}", c.text, quote(text, c.span));
    }
    let result = f.result.map_or("unstated".to_owned(), |r| r.to_string());
    let injustice = match f.injustice {
        Some(true) => ", injustice",
        Some(false) => ", no injustice",
        None => "",
    };
    let _ = writeln!(out, "  result {result}{injustice}");
    *tally.results.entry(result).or_default() += 1;
    for r in &f.reasons {
        let _ = writeln!(out, "  reason {}  {}", r.kind, quote(text, r.span));
        *tally.reasons.entry(r.kind.to_string()).or_default() += 1;
    }
    for b in &f.bodies {
        let _ = writeln!(out, "  body {}  {}", b.name, quote(text, b.span));
        *tally.bodies.entry(b.name.to_string()).or_default() += 1;
    }
    for r in &f.remedies {
        let amount = r.amount.map_or(String::new(), |a| format!(" {a}"));
        let deadline = r
            .deadline
            .as_ref()
            .map_or(String::new(), |d| format!(" ({})", d.text));
        let _ = writeln!(
            out,
            "  remedy {}{amount}{deadline}  {}",
            r.kind,
            quote(text, r.span)
        );
    }
    if let Some(total) = f.total_amount() {
        let _ = writeln!(out, "  total {total}");
        tally.pence += total.pence();
    }
}

fn summarise(out: &mut String, tally: &Tally) {
    let _ = writeln!(out, "\n{} statements", tally.files);
    for (title, counts) in [
        ("results", &tally.results),
        ("reasons", &tally.reasons),
        ("bodies", &tally.bodies),
    ] {
        let _ = writeln!(out, "{title}:");
        for (label, n) in counts {
            let _ = writeln!(out, "  {n:>5}  {label}");
        }
    }
    let total = lgsco::Amount::from_pence(tally.pence);
    let _ = writeln!(out, "total amounts: {total}");
}
