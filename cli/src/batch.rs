//! Parsing the inputs on all cores, handing them on in input order.

use crate::args::Common;
use crate::input::{self, Input};
use crate::out::{escape, Failure, Status};
use indicatif::{ProgressBar, ProgressStyle};
use lgsco::{Decision, Diagnostic, Facts, Reference};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::sync::Arc;

/// Files parsed at a time: enough to keep every core busy, few enough to
/// bound memory whatever the number of files, and to stop soon on a signal.
const CHUNK: usize = 256;

/// A progress bar is drawn for at least this many files.
const MANY: usize = 50;

/// One statement read and parsed.
pub struct Parsed {
    /// `file`, or `file#N` for the Nth statement of a file that joins several.
    pub name: String,
    /// The statement's key, the same however the file's path is spelled:
    /// the canonical path (`#N` after it for a joined file's statements).
    pub source: String,
    /// The input's own key (the source without `#N`).
    pub input_source: String,
    /// The input's path below the folder named: see [`Input::relative`].
    pub relative: std::path::PathBuf,
    /// How many statements the input holds, and which this is (from 0).
    pub statements: usize,
    pub part: usize,
    /// The input's whole text (spans index it), shared by its statements.
    pub text: Arc<str>,
    /// The statement's bytes in `text`, from the start of its first line to
    /// where the next begins, and the number of that line: positions are
    /// found from these lines, not from an index of the whole text
    /// (`LineIndex::part`), which for a joined file would cost the file
    /// times its statements.
    pub lines: std::ops::Range<usize>,
    pub first_line: usize,
    /// A hash of the input's bytes.
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

impl Parsed {
    /// Whether this is the input's last statement.
    pub fn last_of_input(&self) -> bool {
        self.part + 1 >= self.statements
    }
}

/// What happened to each input.
pub enum Loaded {
    Parsed(Box<Parsed>),
    /// The caller knew this input with this hash: it holds this many
    /// statements, not parsed again.
    Known(usize),
    Unreadable(String, String),
}

/// Counts over a run.
#[derive(Default, Debug)]
pub struct Tally {
    pub files: usize,
    pub unreadable: usize,
    pub failed: usize,
    /// Statements of inputs the caller already had, not parsed again.
    pub known: usize,
    pub status: Status,
    /// A signal stopped the run after a chunk.
    pub interrupted: bool,
}

/// Whether the caller already holds an input, by its key and hash: how
/// many statements it gave.
pub type Known<'k> = &'k (dyn Fn(&str, &str) -> Option<usize> + Sync);

/// Read and parse every input (from [`crate::input::collect`]), calling
/// `each` in input order. Unreadable inputs and Windows-1252 readings are
/// reported on standard error with their path; so are files without a
/// statement when `report_failures`. Inputs `known` gives a count for are
/// counted and not parsed. A signal stops the run after the chunk at hand.
pub fn run(
    common: &Common,
    inputs: Vec<Input>,
    problems: Vec<String>,
    report_failures: bool,
    known: Option<Known<'_>>,
    each: &mut dyn FnMut(Parsed) -> Result<(), Failure>,
) -> Result<Tally, Failure> {
    run_with(
        common,
        inputs,
        problems,
        report_failures,
        known,
        &|_| (),
        &mut |p, ()| each(p),
    )
}

/// [`run`], with `prepare` called on each statement on the parsing
/// threads, and what it gives handed to `each` with the statement: work
/// done there is taken off the thread that calls `each`.
pub fn run_with<T: Send>(
    common: &Common,
    inputs: Vec<Input>,
    problems: Vec<String>,
    report_failures: bool,
    known: Option<Known<'_>>,
    prepare: &(dyn Fn(&Parsed) -> T + Sync),
    each: &mut dyn FnMut(Parsed, T) -> Result<(), Failure>,
) -> Result<Tally, Failure> {
    let mut tally = Tally::default();
    for p in problems {
        eprintln!("lgsco: {p}");
        tally.unreadable += 1;
        tally.status = Status::Unreadable;
    }
    let options = common.validate_options();
    let bar = progress(common, inputs.len());
    // Output lines and the bar share the terminal: each line is written
    // with the bar put away.
    let shared_screen = !bar.is_hidden() && std::io::stdout().is_terminal();
    let mut done = 0;
    // A signal after the last chunk was handed on stops nothing.
    let chunks_in_all = inputs.len().div_ceil(CHUNK);
    let mut chunks_done = 0;
    // One thread parses the next chunk on all cores while this one hands
    // the last on (to SQLite, a CSV writer, standard output).
    let result = std::thread::scope(|s| -> Result<(), Failure> {
        let (send, chunks) = std::sync::mpsc::sync_channel::<Vec<(Loaded, Option<T>)>>(1);
        let (bar, options) = (&bar, &options);
        s.spawn(move || {
            for chunk in inputs.chunks(CHUNK) {
                if crate::signal::stopped() {
                    break;
                }
                let loaded: Vec<(Loaded, Option<T>)> = chunk
                    .par_iter()
                    .flat_map_iter(|i| {
                        let l = load(i, common, options, known);
                        bar.inc(1);
                        l.into_iter().map(|l| {
                            let t = match &l {
                                Loaded::Parsed(p) => Some(prepare(p)),
                                _ => None,
                            };
                            (l, t)
                        })
                    })
                    .collect();
                if send.send(loaded).is_err() {
                    // The run stopped on an error.
                    break;
                }
            }
        });
        for loaded in chunks {
            // A signal: the chunk at hand was finished; the next is left.
            if crate::signal::stopped() {
                break;
            }
            for (l, t) in loaded {
                match l {
                    Loaded::Unreadable(name, err) => {
                        bar.suspend(|| eprintln!("lgsco: {}: cannot read: {err}", escape(&name)));
                        tally.unreadable += 1;
                        tally.status = Status::Unreadable;
                    }
                    Loaded::Known(n) => {
                        tally.files += 1;
                        tally.known += n;
                        done += n;
                    }
                    Loaded::Parsed(p) => {
                        // Prepared on a parsing thread, always.
                        let t = t.unwrap_or_else(|| prepare(&p));
                        if p.part == 0 {
                            tally.files += 1;
                        }
                        if p.windows_1252 {
                            bar.suspend(|| {
                                eprintln!(
                                    "lgsco: warning: {}: not UTF-8; read as Windows-1252",
                                    escape(&p.name)
                                )
                            });
                        }
                        if let Err(err) = &p.decision {
                            tally.failed += 1;
                            tally.status = tally.status.max(Status::Findings);
                            if report_failures {
                                bar.suspend(|| {
                                    eprintln!(
                                        "lgsco: {}: {}",
                                        escape(&p.name),
                                        escape(&err.to_string())
                                    )
                                });
                            }
                        }
                        if shared_screen {
                            bar.suspend(|| each(*p, t))?;
                        } else {
                            each(*p, t)?;
                        }
                        done += 1;
                        crate::signal::test_hook(done);
                    }
                }
            }
            chunks_done += 1;
        }
        Ok(())
    });
    result?;
    tally.interrupted = crate::signal::stopped() && chunks_done < chunks_in_all;
    bar.finish_and_clear();
    Ok(tally)
}

fn progress(common: &Common, n: usize) -> ProgressBar {
    if !common.progress() || n < MANY || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(n as u64);
    let style = ProgressStyle::with_template(
        "{bar:40} {pos}/{len} files, {rate} files/s, {eta} left",
    )
    .map(|s| {
        s.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}", state.per_sec());
            },
        )
    });
    if let Ok(style) = style {
        bar.set_style(style);
    }
    bar
}

/// Read one input and parse every statement in it: a file that joins
/// several gives one `Parsed` each, named `file#1`, `file#2`, ...
/// The Python package calls it for each input, as [`run`] does.
pub fn load(
    i: &Input,
    common: &Common,
    options: &lgsco::ValidateOptions,
    known: Option<Known<'_>>,
) -> Vec<Loaded> {
    let name = i.name(common);
    let limit = options.parse_options().max_input_len;
    let bytes = match input::read_bytes(i, limit) {
        Ok(input::Bytes::Read(b)) => b,
        // Refused unread, as parsing refuses a text over the limit.
        Ok(input::Bytes::TooLarge(len)) => {
            let hash = input::fnv1a(&[]);
            let source = i.source(common, &hash);
            let p = Parsed {
                name,
                source: source.clone(),
                input_source: source,
                relative: i.relative(common),
                statements: 1,
                part: 0,
                text: Arc::from(""),
                lines: 0..0,
                first_line: 1,
                hash,
                windows_1252: false,
                decision: Err(lgsco::Error::too_large(len, limit)),
                diagnostics: Vec::new(),
                reference: None,
                facts: None,
            };
            let reference = file_stem(i, common).and_then(|s| Reference::find_in(&s));
            return vec![Loaded::Parsed(Box::new(statement(
                p,
                reference.as_ref(),
                options,
            )))];
        }
        Err(err) => return vec![Loaded::Unreadable(name, err.to_string())],
    };
    let hash = input::fnv1a(&bytes);
    let source = i.source(common, &hash);
    if let Some(n) = known.and_then(|k| k(&source, &hash)) {
        return vec![Loaded::Known(n)];
    }
    let mut text = input::decode(&bytes, common.encoding, options.parse_options());
    drop(bytes);
    if text.utf8_as_1252 {
        eprintln!(
            "lgsco: warning: {}: the file is valid UTF-8 but was read as Windows-1252, as --encoding asks; its accents and quotes are likely garbled (--encoding auto reads each file right)",
            escape(&name)
        );
    }
    let decisions = match text.invalid.take() {
        Some(err) => vec![(0..text.text.len(), 1, Err(err))],
        None => statements(&text.text, options.parse_options()),
    };
    let count = decisions.len();
    // One copy of the text for all the statements of a joined file.
    let shared: Arc<str> = Arc::from(std::mem::take(&mut text.text));
    let mut loaded = Vec::with_capacity(count);
    let stem = file_stem(i, common);
    let reference = stem.as_deref().and_then(Reference::find_in);
    for (n, (lines, first_line, mut decision)) in decisions.into_iter().enumerate() {
        // A statement without a header: its file name may name the council
        // (`lgo-22-001-436-kent-county-council.txt`).
        if let (Ok(d), Some(stem)) = (decision.as_mut(), stem.as_deref()) {
            d.apply_name_hint(stem);
        }
        let p = statement(
            Parsed {
                name: part_name(&name, n, count),
                source: part_name(&source, n, count),
                input_source: source.clone(),
                relative: i.relative(common),
                statements: count,
                part: n,
                text: Arc::clone(&shared),
                lines,
                first_line,
                hash: hash.clone(),
                windows_1252: text.windows_1252,
                decision,
                diagnostics: Vec::new(),
                reference: None,
                facts: None,
            },
            reference.as_ref(),
            options,
        );
        loaded.push(Loaded::Parsed(Box::new(p)));
    }
    loaded
}

/// Each statement of `text`, with its lines and the number of the first
/// (see [`Parsed::lines`]), the lines counted once over the text.
type Statement = (
    std::ops::Range<usize>,
    usize,
    Result<Decision, lgsco::Error>,
);
fn statements(text: &str, options: &lgsco::Options) -> Vec<Statement> {
    let mut all = options.parse_all(text);
    let (mut out, mut start, mut line) = (Vec::new(), 0, 1);
    while let Some(decision) = all.next() {
        let end = all.offset().unwrap_or(text.len());
        out.push((start..end, line, decision));
        // The next statement may begin after blanks on its first line.
        let next = text[start..end]
            .rfind('\n')
            .map_or(start, |i| start + i + 1);
        line += text.as_bytes()[start..next]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        start = next;
    }
    out
}

/// The name of statement `n` (from 0) of an input holding `count`.
pub fn part_name(input: &str, n: usize, count: usize) -> String {
    match count {
        1 => input.to_owned(),
        _ => format!("{input}#{}", n + 1),
    }
}

/// Validate a statement, and find its reference and facts.
fn statement(
    mut p: Parsed,
    from_name: Option<&Reference>,
    options: &lgsco::ValidateOptions,
) -> Parsed {
    p.diagnostics = match &p.decision {
        Ok(d) => d.validate_with(options),
        Err(err) => vec![Diagnostic::from(err)]
            .into_iter()
            .filter(|d| !options.is_allowed(d.code))
            .collect(),
    };
    let printed = p
        .decision
        .as_ref()
        .ok()
        .and_then(|d| d.header.reference.clone());
    p.reference = match printed {
        Some(r) => Some((r, false)),
        None => from_name.map(|r| (r.clone(), true)),
    };
    p.facts = p.decision.as_ref().ok().map(Decision::facts);
    p
}

/// The file name a reference may be read from: standard input's is the
/// `--name` given.
fn file_stem(i: &Input, common: &Common) -> Option<String> {
    match i {
        Input::File { path, .. } => path.file_name().map(|n| n.to_string_lossy().into_owned()),
        Input::Stdin => common.name.clone(),
    }
}
