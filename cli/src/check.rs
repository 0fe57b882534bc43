//! `lgsco check`: validation in the compiler's form or as JSON lines.

use crate::args::{CheckArgs, Common, Format};
use crate::batch::{self, Parsed};
use crate::out::{count, escape, Failure, Sink, Status};
use lgsco::{LineIndex, Report, Severity};
use std::io::Write;

#[derive(Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    notes: usize,
}

pub fn run(common: &Common, a: &CheckArgs) -> Result<Status, Failure> {
    let json = a.format == Format::Json;
    let mut c = Counts::default();
    let (inputs, problems) = crate::input::collect(common)?;
    let mut w = Sink::new(common.out.as_deref())?;
    let tally = batch::run(common, inputs, problems, false, None, &mut |p| {
        write_one(&mut w, p, json, &mut c)
    })?;
    let unreadable = tally.unreadable;
    if json {
        let summary = serde_json::json!({
            "type": "summary",
            "files": tally.files,
            "unreadable": unreadable,
            "errors": c.errors,
            "warnings": c.warnings,
            "notes": c.notes,
            "interrupted": tally.interrupted,
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
        if tally.interrupted {
            line.push_str("; interrupted");
        }
        writeln!(w, "{line}")?;
    }
    w.end(tally.interrupted)?;
    let mut status = if c.errors > 0 {
        Status::Findings
    } else {
        Status::Ok
    };
    if unreadable > 0 {
        status = status.max(Status::Unreadable);
    }
    if tally.interrupted {
        status = Status::Interrupted;
    }
    Ok(status)
}

fn write_one(w: &mut impl Write, p: Parsed, json: bool, c: &mut Counts) -> Result<(), Failure> {
    if p.windows_1252 {
        c.warnings += 1;
        let message = crate::input::WINDOWS_1252;
        if json {
            let v = serde_json::json!({
                "type": "diagnostic",
                "file": p.name, "code": "encoding", "name": "windows-1252",
                "severity": "warning", "line": 1, "column": 1, "message": message,
            });
            writeln!(w, "{v}")?;
        } else {
            writeln!(w, "{}:1:1: warning[encoding]: {message}\n", escape(&p.name))?;
        }
    }
    let Parsed {
        name,
        text,
        lines,
        first_line,
        decision,
        diagnostics,
        ..
    } = p;
    let index = LineIndex::part(&text, lines, first_line);
    let report = Report::with_index(index, decision.ok(), diagnostics).with_path(name);
    c.errors += report.count(Severity::Error);
    c.warnings += report.count(Severity::Warning);
    c.notes += report.count(Severity::Note);
    for located in report.iter() {
        if json {
            let mut v = serde_json::to_value(located).map_err(std::io::Error::from)?;
            if let Some(o) = v.as_object_mut() {
                o.insert("type".into(), "diagnostic".into());
            }
            writeln!(w, "{v}")?;
        } else {
            // The source line is quoted: its control characters are
            // escaped, so the text cannot drive the terminal.
            writeln!(w, "{}", escape(&located.to_string()))?;
        }
    }
    Ok(())
}
