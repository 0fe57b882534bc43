//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod view;

use lgsco::{Decision, Span};
use std::path::{Path, PathBuf};

/// `../shared` beside the crate, when present.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: ../shared is absent; the real-statement checks are skipped");
        None
    }
}

/// Every `.txt` statement in `../shared/seeds` and `../shared/corpus`, sorted.
pub fn statements(shared: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["seeds", "corpus", "corpus-2"] {
        let Ok(entries) = std::fs::read_dir(shared.join(dir)) else {
            continue;
        };
        files.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        );
    }
    files.sort();
    files
}

/// Every `.txt` under `tests/fixtures` and its folders, sorted.
pub fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Rows of a TSV file with a header line, as maps from column name to value.
pub fn tsv(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut lines = text.lines();
    let Some(head) = lines.next() else {
        return Vec::new();
    };
    let names: Vec<&str> = head.split('\t').collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            names
                .iter()
                .map(|n| n.to_string())
                .zip(l.split('\t').map(str::to_owned))
                .collect()
        })
        .collect()
}

/// Every span of the tree and every skipped span.
pub fn all_spans(d: &Decision) -> Vec<Span> {
    let mut spans = Vec::new();
    let h = &d.header.spans;
    spans.extend(
        [
            h.title,
            h.category,
            h.outcome,
            h.date,
            d.final_decision_label,
        ]
        .into_iter()
        .flatten(),
    );
    spans.extend(d.summary.iter().map(|s| s.span));
    for s in &d.sections {
        spans.extend(s.heading_span);
        spans.extend(s.subheadings.iter().map(|h| h.span));
        for p in &s.paragraphs {
            spans.push(p.span);
        }
    }
    spans.extend(d.signature.iter().map(|s| s.span));
    spans.extend(d.skipped.iter().map(|s| s.span));
    spans
}

/// Checks that spans lie inside the input on character boundaries, that
/// nested spans lie inside their parents, and that tree plus skipped spans
/// cover every non-blank byte. Returns the first problem found.
pub fn check_spans(text: &str, d: &Decision) -> Result<(), String> {
    let inside = |s: Span, what: &str| -> Result<(), String> {
        if s.slice(text).is_none() {
            return Err(format!(
                "{what} span {s} is outside the input or splits a character"
            ));
        }
        Ok(())
    };
    for s in all_spans(d) {
        inside(s, "node")?;
    }
    for s in &d.sections {
        if !s.paragraphs.iter().all(|p| s.span.contains(p.span)) {
            return Err(format!(
                "section {:?} does not contain its paragraphs",
                s.heading
            ));
        }
        for p in &s.paragraphs {
            inside(p.text_span, "paragraph text")?;
            if p.text_span.slice(text) != Some(p.text.as_str()) {
                return Err(format!("paragraph {} text differs from its span", p.number));
            }
            let mut stack: Vec<&lgsco::Item> = p.items.iter().collect();
            while let Some(item) = stack.pop() {
                if !p.span.contains(item.span)
                    || item.text_span.slice(text) != Some(item.text.as_str())
                {
                    return Err(format!(
                        "item {:?} of paragraph {} is misplaced",
                        item.text, p.number
                    ));
                }
                stack.extend(&item.items);
            }
        }
    }
    let mut covered = vec![false; text.len()];
    for s in all_spans(d) {
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() && c != '\u{feff}' && !covered[i] {
            let index = lgsco::LineIndex::new(text);
            let at = index.position(i);
            return Err(format!(
                "byte {i} ({at}) `{c}` is neither in the tree nor skipped: {:?}",
                index.line_text(at.line)
            ));
        }
    }
    Ok(())
}
