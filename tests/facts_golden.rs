//! Golden files of the decision facts, so that every change to the facts
//! shows in a diff and its commit says why (issue 22, item 7):
//!
//! - `tests/golden/<fixture>.facts.json`: the whole facts (pretty JSON, with
//!   spans) of every fixture under `tests/fixtures`;
//! - `tests/golden/facts-labels.tsv`: the labels alone (file, result,
//!   reasons, bodies, remedies, amounts) of every real statement in
//!   `../shared`, one row each; no words of the statements, only the
//!   labels read from them. Skipped, saying so, when `../shared` is absent.
//!
//! `UPDATE_GOLDEN=1 cargo test --test facts_golden` rewrites them.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

fn update() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares `got` with the file, or writes it under `UPDATE_GOLDEN`; the
/// file's name when they differ.
fn check(file: &Path, got: &str) -> Option<String> {
    if update() {
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(file, got).unwrap();
        return None;
    }
    (fs::read_to_string(file).ok().as_deref() != Some(got)).then(|| file.display().to_string())
}

#[test]
fn fixture_facts_match_their_golden_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut stale = Vec::new();
    let files = common::fixtures();
    assert!(files.len() > 30, "fixtures not found");
    for fixture in files {
        let text = fs::read_to_string(&fixture).unwrap();
        let got = match lgsco::parse(&text) {
            Ok(d) => serde_json::to_string_pretty(&d.facts()).unwrap(),
            Err(e) => format!("error: {e}"),
        };
        let stem = fixture
            .strip_prefix(&root)
            .unwrap()
            .with_extension("facts.json");
        stale.extend(check(&golden_dir().join(stem), &(got + "\n")));
    }
    assert!(
        stale.is_empty(),
        "these golden files differ or are missing (UPDATE_GOLDEN=1 rewrites them, \
         then review the diff):\n{}",
        stale.join("\n")
    );
}

/// A list of labels as the expected-facts files print them.
fn joined<T: ToString>(items: impl Iterator<Item = T>) -> String {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        let s = i.to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out.join(";")
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn real_statement_labels_match_their_golden_file() {
    let Some(shared) = common::shared() else {
        eprintln!("skipped: ../shared is absent, tests/golden/facts-labels.tsv not compared");
        return;
    };
    let mut out = String::from("file\tresult\treasons\tbodies\tremedies\tamounts\n");
    let files = common::statements(&shared);
    assert!(!files.is_empty(), "no statements in ../shared");
    for path in files {
        let name = path.strip_prefix(&shared).unwrap().display().to_string();
        let text = fs::read_to_string(&path).unwrap();
        let row = match lgsco::parse(&text) {
            Ok(d) => {
                let f = d.facts();
                let amounts = f.remedies.iter().filter_map(|r| r.amount).map(|a| {
                    let p = a.pence();
                    if p.is_multiple_of(100) {
                        (p / 100).to_string()
                    } else {
                        format!("{}", p as f64 / 100.0)
                    }
                });
                [
                    f.result.map_or("unclear".to_owned(), |r| r.to_string()),
                    joined(f.reasons.iter().map(|r| r.kind)),
                    joined(f.bodies.iter().map(|b| b.name)),
                    joined(f.remedies.iter().map(|r| r.kind)),
                    amounts.collect::<Vec<_>>().join(";"),
                ]
                .join("\t")
            }
            Err(_) => "error\t\t\t\t".to_owned(),
        };
        out.push_str(&format!("{name}\t{row}\n"));
    }
    let file = golden_dir().join("facts-labels.tsv");
    if let Some(stale) = check(&file, &out) {
        panic!("{stale} differs (UPDATE_GOLDEN=1 rewrites it, then review the diff)");
    }
}
