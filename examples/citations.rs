//! The provisions most cited across a set of statements, as a plain table.
//!
//! ```text
//! cargo run --example citations -- FILE_OR_FOLDER...            # the table
//! cargo run --example citations -- --top 20 FOLDER               # the first 20 rows
//! cargo run --example citations -- --list FOLDER                 # every citation, where it is
//! ```
//!
//! Folders are read recursively for `.txt` files. Each row gives the
//! provision, its instrument, how many times it is cited and in how many
//! statements. Short references that no full citation resolves are counted
//! apart, at the end.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Default)]
struct Tally {
    citations: usize,
    statements: BTreeSet<usize>,
}

fn main() -> ExitCode {
    let mut top = usize::MAX;
    let mut list = false;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--list" => list = true,
            "--top" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => top = n,
                None => return usage("--top needs a number"),
            },
            "-h" | "--help" => return usage(""),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return usage("no file or folder given");
    }
    let mut files = Vec::new();
    for path in &paths {
        collect(path, &mut files);
    }
    files.sort();

    let mut tally: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut unresolved = 0;
    let mut failed = 0;
    let mut citing = 0;
    for (n, file) in files.iter().enumerate() {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("{}: {err}", file.display());
                failed += 1;
                continue;
            }
        };
        let decision = match lgsco::parse(&text) {
            Ok(d) => d,
            Err(err) => {
                eprintln!("{}:{err}", file.display());
                failed += 1;
                continue;
            }
        };
        let index = lgsco::LineIndex::new(&text);
        let mut any = false;
        for c in decision.citations() {
            any = true;
            if list {
                let at = index.position(c.citation.span.start);
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
                println!(
                    "{}:{at}\t{}\t{instrument}\t{}\t{}",
                    file.display(),
                    c.location,
                    provisions.join("; "),
                    c.citation.text
                );
            }
            let Some(instrument) = &c.citation.instrument else {
                unresolved += c.citation.provisions.len();
                continue;
            };
            for p in &c.citation.provisions {
                let entry = tally
                    .entry((instrument.name(), p.canonical.clone()))
                    .or_default();
                entry.citations += 1;
                entry.statements.insert(n);
            }
        }
        citing += usize::from(any);
    }
    if list {
        return ExitCode::SUCCESS;
    }

    let mut rows: Vec<_> = tally.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1.citations
            .cmp(&a.1.citations)
            .then_with(|| b.1.statements.len().cmp(&a.1.statements.len()))
            .then_with(|| a.0.cmp(&b.0))
    });
    let rows = &rows[..rows.len().min(top)];
    let pw = rows
        .iter()
        .map(|((_, provision), _)| provision.chars().count())
        .fold("Provision".len(), usize::max);
    let iw = rows
        .iter()
        .map(|((instrument, _), _)| instrument.chars().count())
        .fold("Instrument".len(), usize::max);
    println!(
        "{:>4}  {:<pw$}  {:<iw$}  {:>9}  {:>10}",
        "Rank", "Provision", "Instrument", "Citations", "Statements"
    );
    println!("{}", "-".repeat(4 + 2 + pw + 2 + iw + 2 + 9 + 2 + 10));
    for (rank, ((instrument, provision), t)) in rows.iter().enumerate() {
        println!(
            "{:>4}  {:<pw$}  {:<iw$}  {:>9}  {:>10}",
            rank + 1,
            provision,
            instrument,
            t.citations,
            t.statements.len()
        );
    }
    println!();
    println!(
        "{} statements read, {} citing law; {} provisions in unresolved short references; {} files failed.",
        files.len() - failed,
        citing,
        unresolved,
        failed
    );
    ExitCode::SUCCESS
}

/// `path` if it is a `.txt` file, or every `.txt` file under it.
fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    let mut stack = vec![path.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            match std::fs::read_dir(&p) {
                Ok(entries) => stack.extend(entries.filter_map(Result::ok).map(|e| e.path())),
                Err(err) => eprintln!("{}: {err}", p.display()),
            }
        } else if p == path || p.extension().is_some_and(|x| x == "txt") {
            files.push(p);
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!("usage: citations [--top N] [--list] FILE_OR_FOLDER...");
    if problem.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
