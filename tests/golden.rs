//! Golden files: the whole tree (pretty JSON) and the whole validation report
//! (the compiler form) of every fixture, compared with committed files under
//! `tests/golden/`. A change that moves them must say why in its commit.
//!
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites them.
//!
//! `cargo test --test golden -- --ignored snapshot` writes the same two files
//! for every real statement in `../shared` into `target/golden-real/` (or
//! `$LGSCO_SNAPSHOT_DIR`), never committed: run it before and after a
//! refactor and compare the two folders with `diff -r` to show what changed.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

/// The tree as pretty JSON, or the parse error, and the report as text.
fn outputs(path: &Path, text: &str) -> (String, String) {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let tree = match lgsco::parse(text) {
        Ok(d) => serde_json::to_string_pretty(&d).unwrap(),
        Err(e) => format!("error: {e}"),
    };
    // A fixed "today", later than every real statement: a report that says
    // a date is in the future must not change with the clock.
    let today = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    let options = lgsco::ValidateOptions::new().with_today(today);
    let report = lgsco::validate_with(text, &options)
        .with_path(name)
        .to_string();
    (tree + "\n", report)
}

/// `tests/fixtures/validate/truncated.txt` -> `validate/truncated`.
fn golden_stem(fixture: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    fixture.strip_prefix(root).unwrap().with_extension("")
}

#[test]
fn fixtures_match_their_golden_files() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    let files = common::fixtures();
    assert!(files.len() > 30, "fixtures not found");
    for fixture in files {
        let text = fs::read_to_string(&fixture).unwrap();
        let (tree, report) = outputs(&fixture, &text);
        let stem = golden.join(golden_stem(&fixture));
        for (ext, got) in [("json", tree), ("report.txt", report)] {
            let file = stem.with_extension(ext);
            if update {
                fs::create_dir_all(file.parent().unwrap()).unwrap();
                fs::write(&file, &got).unwrap();
            } else if fs::read_to_string(&file).ok().as_deref() != Some(got.as_str()) {
                stale.push(file.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "these golden files differ or are missing (UPDATE_GOLDEN=1 rewrites them, \
         then review the diff):\n{}",
        stale.join("\n")
    );
}

#[test]
#[ignore = "writes snapshots of the real statements into target/golden-real"]
fn snapshot() {
    let dir = std::env::var_os("LGSCO_SNAPSHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/golden-real"));
    let shared = common::shared().expect("../shared is absent");
    fs::create_dir_all(&dir).unwrap();
    for path in common::statements(&shared) {
        let text = fs::read_to_string(&path).unwrap();
        let (tree, report) = outputs(&path, &text);
        let stem = dir.join(path.file_stem().unwrap());
        fs::write(stem.with_extension("json"), tree).unwrap();
        fs::write(stem.with_extension("report.txt"), report).unwrap();
    }
}
