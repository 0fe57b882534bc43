//! Parse one statement and print its outline: the header, the sections,
//! the cited law and what was skipped.
//!
//! ```text
//! cargo run --example parse                 # the built-in fictional sample
//! cargo run --example parse -- FILE.txt     # a statement of your own
//! cat FILE.txt | cargo run --example parse -- -
//! ```
//!
//! Exit status: 0 on success, 1 when the input holds no statement, 2 when it
//! cannot be read. For folders, tables and databases use the `lgsco` tool.

use std::process::ExitCode;

mod common;

const USAGE: &str = "usage: parse [FILE | -]   (the built-in sample when no file is given)";

fn main() -> ExitCode {
    let (name, bytes) = match common::input(USAGE, 0) {
        Ok(input) => input,
        Err(status) => return status,
    };
    match lgsco::parse_bytes(&bytes) {
        Ok(decision) => common::emit(&outline(&decision)),
        Err(err) => {
            eprintln!("{name}:{err}");
            ExitCode::FAILURE
        }
    }
}

fn outline(d: &lgsco::Decision) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let h = &d.header;
    let show = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
    let _ = writeln!(out, "Organisation : {}", show(h.organisation.clone()));
    let _ = writeln!(
        out,
        "Reference    : {}",
        show(h.reference.as_ref().map(|r| r.to_string()))
    );
    let _ = writeln!(
        out,
        "Category     : {}",
        show(h.category.as_ref().map(|c| c.to_string()))
    );
    let _ = writeln!(
        out,
        "Outcome      : {}",
        show(h.outcome.as_ref().map(|o| o.to_string()))
    );
    let _ = writeln!(
        out,
        "Decided      : {}",
        show(h.date.map(|d| d.to_string()))
    );
    if let Some(s) = &d.summary {
        let short: String = s.text.chars().take(100).collect();
        let more = if s.text.chars().count() > 100 {
            "..."
        } else {
            ""
        };
        let _ = writeln!(out, "Summary      : {short}{more}");
    }
    let _ = writeln!(out);
    for s in &d.sections {
        let heading = s.heading.as_deref().unwrap_or("(before any heading)");
        let items: usize = s.paragraphs.iter().map(|p| p.items.len()).sum();
        let _ = write!(
            out,
            "  {heading} [{}]: {}",
            s.kind,
            count(s.paragraphs.len(), "paragraph")
        );
        if items > 0 {
            let _ = write!(out, ", {}", count(items, "list item"));
        }
        let _ = writeln!(out);
        for sub in &s.subheadings {
            let _ = writeln!(out, "    - {}", sub.text);
        }
    }
    let _ = writeln!(out);
    let cited: Vec<_> = d.citations().collect();
    if !cited.is_empty() {
        let _ = writeln!(out, "Cited law    : {}", count(cited.len(), "citation"));
        for c in cited {
            let provisions: Vec<&str> = c
                .citation
                .provisions
                .iter()
                .map(|p| p.canonical.as_str())
                .collect();
            let instrument = c
                .citation
                .instrument
                .as_ref()
                .map_or_else(|| "(unresolved)".to_owned(), |i| i.name());
            let _ = writeln!(
                out,
                "  {}: {instrument} {}",
                c.location,
                provisions.join(", ")
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "Signature    : {}",
        show(d.signature.as_ref().map(|s| s.text.clone()))
    );
    if !d.skipped.is_empty() {
        // Reasons in order of first appearance, with how often each occurs.
        let mut reasons: Vec<(String, usize)> = Vec::new();
        for s in &d.skipped {
            let reason = s.reason.to_string();
            match reasons.iter_mut().find(|(r, _)| *r == reason) {
                Some((_, n)) => *n += 1,
                None => reasons.push((reason, 1)),
            }
        }
        let shown: Vec<String> = reasons
            .iter()
            .map(|(r, n)| {
                if *n > 1 {
                    format!("{r} x{n}")
                } else {
                    r.clone()
                }
            })
            .collect();
        let _ = writeln!(out, "Skipped      : {}", shown.join(", "));
    }
    out
}

/// `1 paragraph`, `3 paragraphs`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
