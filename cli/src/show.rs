//! `lgsco show`: the readable outline of each statement.

use crate::args::Common;
use crate::batch::{self, Parsed};
use crate::out::{count, escape, Failure, Sink, Status};
use std::fmt::Write as _;
use std::io::Write;

pub fn run(common: &Common) -> Result<Status, Failure> {
    let (inputs, problems) = crate::input::collect(common)?;
    let mut w = Sink::new(common.out.as_deref())?;
    let mut first = true;
    let tally = batch::run(common, inputs, problems, true, None, &mut |p| {
        if !first {
            w.write_all(b"\n")?;
        }
        first = false;
        w.write_all(escape(&outline(&p)).as_bytes())?;
        Ok(())
    })?;
    w.end(tally.interrupted)?;
    if tally.interrupted {
        return Ok(Status::Interrupted);
    }
    Ok(tally.status)
}

fn outline(p: &Parsed) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "File         : {}", p.name);
    let Ok(d) = &p.decision else {
        return out;
    };
    let h = &d.header;
    let show = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
    let _ = writeln!(out, "Organisation : {}", show(h.organisation.clone()));
    let placed = d.organisation().map(|o| match (o.council(), o.note()) {
        (Some(c), _) => format!(
            "{} {} ({}, {}) from the {}",
            c.code(),
            c.official_name(),
            c.council_type(),
            c.region().unwrap_or("no region"),
            o.source().as_str().replace('_', " ")
        ),
        (None, Some(note)) => format!("{}: {note}", o.kind()),
        (None, None) => o.kind().to_string(),
    });
    let _ = writeln!(out, "Placed as    : {}", show(placed));
    let reference = p.reference.as_ref().map(|(r, from_name)| {
        if *from_name {
            format!("{r} (from the file name)")
        } else {
            r.to_string()
        }
    });
    let _ = writeln!(out, "Reference    : {}", show(reference));
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
    let _ = writeln!(
        out,
        "Complete     : {}",
        if d.is_complete() { "yes" } else { "no" }
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
    if let Some(f) = &p.facts {
        facts(&mut out, &p.text, f);
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
    let cited: Vec<_> = d.citations().collect();
    if !cited.is_empty() {
        let _ = writeln!(out, "\nCited law    : {}", count(cited.len(), "citation"));
        for c in cited {
            let _ = writeln!(out, "  {}: {}", c.location, c.citation);
        }
    }
    let _ = writeln!(
        out,
        "\nSignature    : {}",
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
            .map(|(r, n)| match n {
                1 => r.clone(),
                _ => format!("{r} x{n}"),
            })
            .collect();
        let _ = writeln!(out, "Skipped      : {}", shown.join(", "));
    }
    out
}

/// The decision facts, each with the words it was read from.
fn facts(out: &mut String, text: &str, f: &lgsco::Facts) {
    let evidence = |span: lgsco::Span| {
        let words = span.slice(text).unwrap_or("");
        let short: String = words.chars().take(70).collect();
        if words.chars().count() > 70 {
            format!("{short}...")
        } else {
            short
        }
    };
    let result = f
        .result
        .map_or_else(|| "unclear".to_owned(), |r| r.to_string());
    let _ = writeln!(out, "Result       : {result}");
    if let Some(injustice) = f.injustice {
        let _ = writeln!(
            out,
            "Injustice    : {}",
            if injustice { "yes" } else { "no" }
        );
    }
    if let Some(c) = &f.complainant {
        let _ = writeln!(out, "Complainant  : {}", c.text);
    }
    for r in &f.reasons {
        let _ = writeln!(out, "Reason       : {} (\"{}\")", r.kind, evidence(r.span));
    }
    for b in &f.bodies {
        let _ = writeln!(out, "Other body   : {} (\"{}\")", b.name, evidence(b.span));
    }
    for r in &f.remedies {
        let amount = r.amount.map(|a| format!(" {a}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "Remedy       : {}{amount} (\"{}\")",
            r.kind,
            evidence(r.span)
        );
    }
}
