//! `lgsco check`: validation in the compiler's form or as JSON lines.

use crate::args::{CheckArgs, CheckFormat};
use crate::batch::{self, Parsed};
use crate::out::{self, count, Failure, Status};
use lgsco::{Report, Severity};
use std::io::Write;

#[derive(Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    notes: usize,
}

pub fn run(a: &CheckArgs) -> Result<Status, Failure> {
    let json = a.format == CheckFormat::Json;
    let mut w = out::stdout();
    let mut c = Counts::default();
    let tally = batch::run(&a.common, false, |p| write_one(&mut w, p, json, &mut c))?;
    let unreadable = tally.unreadable;
    if json {
        let summary = serde_json::json!({
            "summary": true,
            "files": tally.files,
            "unreadable": unreadable,
            "errors": c.errors,
            "warnings": c.warnings,
            "notes": c.notes,
        });
        writeln!(w, "{summary}")?;
    } else {
        let mut line = format!(
            "{} checked: {}, {}, {}",
            count(tally.files, "file"),
            count(c.errors, "error"),
            count(c.warnings, "warning"),
            count(c.notes, "note")
        );
        if unreadable > 0 {
            line.push_str(&format!(", {unreadable} unreadable"));
        }
        writeln!(w, "{line}")?;
    }
    out::finish(w)?;
    let status = if c.errors > 0 {
        Status::Findings
    } else {
        Status::Ok
    };
    Ok(status.max(if unreadable > 0 {
        Status::Unreadable
    } else {
        Status::Ok
    }))
}

fn write_one(w: &mut impl Write, p: Parsed, json: bool, c: &mut Counts) -> Result<(), Failure> {
    if p.windows_1252 {
        c.warnings += 1;
        let message = "the file is not UTF-8; it was read as Windows-1252";
        if json {
            let v = serde_json::json!({
                "file": p.name, "code": "encoding", "name": "windows-1252",
                "severity": "warning", "line": 1, "column": 1, "message": message,
            });
            writeln!(w, "{v}")?;
        } else {
            writeln!(w, "{}:1:1: warning[encoding]: {message}\n", p.name)?;
        }
    }
    let Parsed {
        name,
        text,
        decision,
        diagnostics,
        ..
    } = p;
    let report = Report::new(&text, decision.ok(), diagnostics).with_path(name);
    c.errors += report.count(Severity::Error);
    c.warnings += report.count(Severity::Warning);
    c.notes += report.count(Severity::Note);
    for located in report.iter() {
        if json {
            serde_json::to_writer(&mut *w, &located).map_err(std::io::Error::from)?;
            writeln!(w)?;
        } else {
            writeln!(w, "{located}")?;
        }
    }
    Ok(())
}
