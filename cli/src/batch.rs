//! Parsing the inputs on all cores, handing them on in input order.

use crate::args::Common;
use crate::input::{self, Input};
use crate::out::{Failure, Status};
use indicatif::{ProgressBar, ProgressStyle};
use lgsco::{Decision, Diagnostic, Facts, Reference};
use rayon::prelude::*;
use std::io::IsTerminal;

/// Files parsed at a time: enough to keep every core busy, few enough to
/// bound memory whatever the number of files.
const CHUNK: usize = 256;

/// A progress bar is drawn for at least this many files.
const MANY: usize = 50;

/// One statement read and parsed.
pub struct Parsed {
    /// `file`, or `file#N` for the Nth statement of a file that joins several.
    pub name: String,
    /// The input's own name, `file`.
    pub input: String,
    /// How many statements the input holds.
    pub statements: usize,
    pub text: String,
    pub hash: String,
    pub windows_1252: bool,
    pub decision: Result<Decision, lgsco::Error>,
    /// Validation's findings (or the one parse error), allow/deny applied.
    pub diagnostics: Vec<Diagnostic>,
    /// The reference, and whether it came from the file name because the
    /// statement prints none.
    pub reference: Option<(Reference, bool)>,
    /// What the statement decides, read on the worker thread.
    pub facts: Option<Facts>,
}

/// What happened to each input.
enum Loaded {
    Parsed(Box<Parsed>),
    Unreadable(String, String),
}

/// Counts over a run.
#[derive(Default, Debug)]
pub struct Tally {
    pub files: usize,
    pub unreadable: usize,
    pub failed: usize,
    pub status: Status,
}

/// Read and parse every input, calling `each` in input order. Unreadable
/// inputs and Windows-1252 readings are reported on standard error with
/// their path; so are files without a statement when `report_failures`.
pub fn run(
    common: &Common,
    report_failures: bool,
    mut each: impl FnMut(Parsed) -> Result<(), Failure>,
) -> Result<Tally, Failure> {
    let (inputs, problems) = input::collect(common);
    let mut tally = Tally::default();
    for p in problems {
        eprintln!("lgsco: {p}");
        tally.unreadable += 1;
        tally.status = Status::Unreadable;
    }
    let options = common.validate_options();
    let bar = progress(common, inputs.len());
    for chunk in inputs.chunks(CHUNK) {
        let loaded: Vec<Vec<Loaded>> = chunk
            .par_iter()
            .map(|i| {
                let l = load(i, common, &options);
                bar.inc(1);
                l
            })
            .collect();
        for l in loaded.into_iter().flatten() {
            match l {
                Loaded::Unreadable(name, err) => {
                    bar.suspend(|| eprintln!("lgsco: {name}: cannot read: {err}"));
                    tally.unreadable += 1;
                    tally.status = Status::Unreadable;
                }
                Loaded::Parsed(p) => {
                    tally.files += 1;
                    if p.windows_1252 {
                        bar.suspend(|| {
                            eprintln!(
                                "lgsco: warning: {}: not UTF-8; read as Windows-1252",
                                p.name
                            )
                        });
                    }
                    if let Err(err) = &p.decision {
                        tally.failed += 1;
                        tally.status = tally.status.max(Status::Findings);
                        if report_failures {
                            bar.suspend(|| eprintln!("lgsco: {}: {err}", p.name));
                        }
                    }
                    each(*p)?;
                }
            }
        }
    }
    bar.finish_and_clear();
    Ok(tally)
}

fn progress(common: &Common, n: usize) -> ProgressBar {
    if common.no_progress || n < MANY || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(n as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

/// Read one input and parse every statement in it: a file that joins
/// several gives one `Parsed` each, named `file#1`, `file#2`, ...
fn load(i: &Input, common: &Common, options: &lgsco::ValidateOptions) -> Vec<Loaded> {
    let name = i.name();
    let bytes = match input::read_bytes(i) {
        Ok(b) => b,
        Err(err) => return vec![Loaded::Unreadable(name, err.to_string())],
    };
    let mut text = input::decode(&bytes, common.encoding, options.parse_options());
    drop(bytes);
    let decisions: Vec<_> = match text.invalid.take() {
        Some(err) => vec![Err(err)],
        None => options.parse_options().parse_all(&text.text).collect(),
    };
    let count = decisions.len();
    let mut loaded = Vec::with_capacity(count);
    for (n, decision) in decisions.into_iter().enumerate() {
        let text = input::Text {
            text: text.text.clone(),
            hash: text.hash.clone(),
            windows_1252: text.windows_1252,
            invalid: None,
        };
        let mut p = statement(i, part_name(&name, n, count), text, decision, options);
        p.input = name.clone();
        p.statements = count;
        loaded.push(Loaded::Parsed(Box::new(p)));
    }
    loaded
}

/// The name of statement `n` (from 0) of an input holding `count`.
pub fn part_name(input: &str, n: usize, count: usize) -> String {
    match count {
        1 => input.to_owned(),
        _ => format!("{input}#{}", n + 1),
    }
}

/// One statement of an input, validated, with its reference and facts.
fn statement(
    i: &Input,
    name: String,
    text: input::Text,
    mut decision: Result<Decision, lgsco::Error>,
    options: &lgsco::ValidateOptions,
) -> Parsed {
    // A statement without a header: its file name may name the council
    // (`lgo-22-001-436-kent-county-council.txt`).
    if let (Ok(d), Some(stem)) = (decision.as_mut(), file_stem(i)) {
        d.apply_name_hint(&stem);
    }
    let diagnostics = match &decision {
        Ok(d) => d.validate_with(options),
        Err(err) => vec![Diagnostic::from(err)]
            .into_iter()
            .filter(|d| !options.is_allowed(d.code))
            .collect(),
    };
    let printed = decision
        .as_ref()
        .ok()
        .and_then(|d| d.header.reference.clone());
    let reference = match printed {
        Some(r) => Some((r, false)),
        None => file_stem(i)
            .and_then(|s| Reference::find_in(&s))
            .map(|r| (r, true)),
    };
    let facts = decision.as_ref().ok().map(Decision::facts);
    Parsed {
        facts,
        input: name.clone(),
        statements: 1,
        name,
        text: text.text,
        hash: text.hash,
        windows_1252: text.windows_1252,
        decision,
        diagnostics,
        reference,
    }
}

fn file_stem(i: &Input) -> Option<String> {
    match i {
        Input::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
        Input::Stdin => None,
    }
}
