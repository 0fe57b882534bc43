//! A parsed tree keeps no spare room in its lists: a `Vec` grown by pushes
//! holds room for at least four, which on a short statement was a third of
//! the tree and pushed its peak memory near the bound of `benches/memory.rs`.

mod common;

use lgsco::{Citation, Decision, Item};
use std::path::PathBuf;

/// Each list of the tree whose capacity exceeds its length, by name.
fn spare(d: &Decision) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |what: &str, len: usize, cap: usize| {
        if cap > len {
            out.push(format!("{what}: {len} of {cap}"));
        }
    };
    check("sections", d.sections.len(), d.sections.capacity());
    check("skipped", d.skipped.len(), d.skipped.capacity());
    let mut cites: Vec<&Citation> = Vec::new();
    if let Some(s) = &d.summary {
        check(
            "summary citations",
            s.citations.len(),
            s.citations.capacity(),
        );
        cites.extend(&s.citations);
    }
    for s in &d.sections {
        check("paragraphs", s.paragraphs.len(), s.paragraphs.capacity());
        check("subheadings", s.subheadings.len(), s.subheadings.capacity());
        for p in &s.paragraphs {
            check("trailing", p.trailing.len(), p.trailing.capacity());
            check("citations", p.citations.len(), p.citations.capacity());
            cites.extend(&p.citations);
            let mut items: Vec<&Item> = p.items.iter().collect();
            check("items", p.items.len(), p.items.capacity());
            while let Some(item) = items.pop() {
                check("nested items", item.items.len(), item.items.capacity());
                check(
                    "item citations",
                    item.citations.len(),
                    item.citations.capacity(),
                );
                cites.extend(&item.citations);
                items.extend(&item.items);
            }
        }
    }
    for c in cites {
        check("provisions", c.provisions.len(), c.provisions.capacity());
        check("notes", c.notes.len(), c.notes.capacity());
    }
    out
}

/// Parses each file (every statement it holds) and checks each tree.
fn check_files(files: &[PathBuf]) {
    for path in files {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, d) in lgsco::parse_all(&text).enumerate() {
            let Ok(d) = d else { continue };
            let spare = spare(&d);
            assert!(spare.is_empty(), "{}#{n}: {spare:?}", path.display());
        }
    }
}

#[test]
fn fixtures_and_the_sample_hold_no_spare_room() {
    assert!(spare(&lgsco::parse(lgsco::SAMPLE).unwrap()).is_empty());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    assert!(files.len() > 5);
    check_files(&files);
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn real_statements_hold_no_spare_room() {
    let shared = common::shared().expect("../shared");
    let files = common::statements(&shared);
    assert!(!files.is_empty());
    check_files(&files);
}
