//! `lgsco json`: one JSON object per statement per line (JSON Lines), or
//! with `--pretty` one indented JSON array.

use crate::args::{Common, JsonArgs};
use crate::batch::{self, Parsed};
use crate::out::{Failure, Sink, Status};
use serde::Serialize;
use std::io::Write;

/// What is printed for each statement.
#[derive(Serialize)]
struct Record<'p> {
    file: &'p str,
    source: &'p str,
    reference: Option<&'p str>,
    reference_from_file_name: bool,
    complete: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decision: Option<&'p lgsco::Decision>,
    /// With `--facts`: what the statement decides.
    #[serde(skip_serializing_if = "Option::is_none")]
    facts: Option<&'p lgsco::Facts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorRecord>,
}

#[derive(Serialize)]
struct ErrorRecord {
    kind: lgsco::ErrorKind,
    line: usize,
    column: usize,
    message: String,
}

pub fn run(common: &Common, a: &JsonArgs) -> Result<Status, Failure> {
    let (inputs, problems) = crate::input::collect(common)?;
    let mut w = Sink::new(common.out.as_deref())?;
    let mut first = true;
    if a.pretty {
        w.write_all(b"[")?;
    }
    let tally = batch::run(common, inputs, problems, true, None, &mut |p| {
        let value = record(&p, a.facts);
        if a.pretty {
            w.write_all(if first { b"\n" } else { b",\n" })?;
            // An element of the array, indented one step: JSON strings
            // hold no raw newline, so each line is indented whole.
            let item = serde_json::to_string_pretty(&value).map_err(std::io::Error::from)?;
            for (n, line) in item.lines().enumerate() {
                if n > 0 {
                    w.write_all(b"\n")?;
                }
                w.write_all(b"  ")?;
                w.write_all(line.as_bytes())?;
            }
        } else {
            serde_json::to_writer(&mut w, &value).map_err(std::io::Error::from)?;
            w.write_all(b"\n")?;
        }
        first = false;
        Ok(())
    })?;
    if a.pretty {
        w.write_all(if first { b"]\n" } else { b"\n]\n" })?;
    }
    w.end(tally.interrupted)?;
    if tally.interrupted {
        return Ok(Status::Interrupted);
    }
    Ok(tally.status)
}

fn record(p: &Parsed, facts: bool) -> Record<'_> {
    Record {
        file: &p.name,
        source: &p.source,
        reference: p.reference.as_ref().map(|(r, _)| r.as_str()),
        reference_from_file_name: p.reference.as_ref().is_some_and(|(_, f)| *f),
        complete: p.decision.as_ref().ok().map(|d| d.is_complete()),
        decision: p.decision.as_ref().ok(),
        facts: p.facts.as_ref().filter(|_| facts),
        error: p.decision.as_ref().err().map(|e| ErrorRecord {
            kind: e.kind(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }),
    }
}
