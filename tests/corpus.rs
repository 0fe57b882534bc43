//! Runs the parser over every real statement in `../shared` (seeds, corpus
//! and corpus-2) and checks it against the expected headers and the raw text.

mod common;

use lgsco::Decision;
use std::collections::HashMap;
use std::path::Path;

fn parse_file(path: &Path) -> (String, Decision) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decision = lgsco::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (text, decision)
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_statement_parses_with_sound_spans() {
    let Some(shared) = common::shared() else {
        return;
    };
    let files = common::statements(&shared);
    assert!(
        files.len() >= 5,
        "expected statements in {}",
        shared.display()
    );
    let mut failures = Vec::new();
    for path in &files {
        let (text, d) = parse_file(path);
        if let Err(problem) = common::check_spans(&text, &d) {
            failures.push(format!("{}: {problem}", name(path)));
        }
        let numbers: Vec<u32> = d.paragraphs().map(|(_, p)| p.number).collect();
        if numbers != (1..=numbers.len() as u32).collect::<Vec<_>>() {
            failures.push(format!("{}: paragraph numbers {numbers:?}", name(path)));
        }
        // A full investigation report (`The Investigation`, numbered from
        // `The complaint`) prints no summary; every other statement does.
        let report =
            d.sections.first().and_then(|s| s.heading.as_deref()) == Some("The Investigation");
        if d.summary.is_none() && !report {
            failures.push(format!("{}: no summary", name(path)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn headers_match_the_expected_values() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for dir in ["seeds", "corpus", "corpus-2"] {
        for row in common::tsv(&shared.join(dir).join("expected-headers.tsv")) {
            let path = shared.join(dir).join(&row["file"]);
            if !path.exists() {
                continue;
            }
            let (_, d) = parse_file(&path);
            let h = &d.header;
            let got: HashMap<&str, String> = HashMap::from([
                ("organisation", h.organisation.clone().unwrap_or_default()),
                (
                    "reference",
                    h.reference
                        .as_ref()
                        .map(|r| r.to_string())
                        .unwrap_or_default(),
                ),
                (
                    "area",
                    h.category
                        .as_ref()
                        .map(|c| c.area.clone())
                        .unwrap_or_default(),
                ),
                (
                    "subcategory",
                    h.category
                        .as_ref()
                        .and_then(|c| c.subcategory.clone())
                        .unwrap_or_default(),
                ),
                (
                    "outcome",
                    h.outcome
                        .as_ref()
                        .map(|o| o.to_string())
                        .unwrap_or_default(),
                ),
                ("date", h.date.map(|d| d.to_string()).unwrap_or_default()),
            ]);
            for (field, value) in &got {
                let want = row.get(*field).map(String::as_str).unwrap_or("");
                if want != value {
                    failures.push(format!(
                        "{} {field}: expected {want:?}, got {value:?}",
                        row["file"]
                    ));
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 5, "no expected headers read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn complete_statements_have_a_signature() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut complete: Vec<_> = common::tsv(&shared.join("corpus/index.tsv"))
        .into_iter()
        .filter(|r| r.get("complete").map(String::as_str) == Some("y"))
        .map(|r| shared.join("corpus").join(&r["file"]))
        .collect();
    complete.extend(
        common::statements(&shared)
            .into_iter()
            .filter(|p| p.starts_with(shared.join("seeds"))),
    );
    assert!(!complete.is_empty());
    let missing: Vec<String> = complete
        .iter()
        .filter(|p| p.exists())
        .filter(|p| parse_file(p).1.signature.is_none())
        .map(|p| name(p))
        .collect();
    assert!(missing.is_empty(), "no signature in {missing:?}");
}

/// Headings FORMAT.md lists, as printed in statements.
const KNOWN: &[&str] = &[
    "The complaint",
    "The Ombudsman's role and powers",
    "How I considered this complaint",
    "My assessment",
    "What I found",
    "What I have investigated",
    "What I have and have not investigated",
    "Final decision",
    "Agreed action",
    "Background",
    "What happened",
    "Complaint background",
    "Relevant law and policy",
    "Law, guidance and policies",
    "Legal and administrative background",
    "Relevant legislation and guidance",
    "Planning law and guidance",
    "Legislation",
    "Analysis",
    "The Investigation",
    "What the Ombudsman can and cannot do",
    "How we thought about this complaint",
    "What we found out",
];

fn known(line: &str) -> bool {
    let line = line.trim().replace('’', "'");
    KNOWN.iter().any(|k| k.eq_ignore_ascii_case(&line))
}

/// Whether the heading at `start` is all its line holds.
fn on_its_own_line(text: &str, start: usize, heading: &str) -> bool {
    let line = text[start..].lines().next().unwrap_or("");
    line.trim() == heading.trim()
}

/// Every line that is exactly a known heading shows up, in order, among the
/// section headings and sub-headings of the tree.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn known_headings_are_found_in_order() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut failures = Vec::new();
    for path in common::statements(&shared) {
        let (text, d) = parse_file(&path);
        let expected: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| known(l))
            .map(str::to_owned)
            .collect();
        let mut got: Vec<(usize, String)> = Vec::new();
        for s in &d.sections {
            if let (Some(h), Some(span)) = (&s.heading, s.heading_span) {
                got.push((span.start, h.clone()));
            }
            got.extend(s.subheadings.iter().map(|h| (h.span.start, h.text.clone())));
            // A heading run into its first sentence on one line (some
            // mirrors) is found too, but the line is not exactly a heading.
            got.retain(|(start, h)| on_its_own_line(&text, *start, h));
        }
        got.sort();
        let got: Vec<String> = got
            .into_iter()
            .map(|(_, h)| h)
            .filter(|h| known(h))
            .collect();
        if got != expected {
            failures.push(format!(
                "{}:\n  expected {expected:?}\n  got      {got:?}",
                name(&path)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The build script's `cfg(lgsco_no_shared)`, which marks the tests above
/// ignored, agrees with what is on disk.
#[test]
fn shared_cfg_matches_the_directory() {
    let present = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .is_dir();
    assert_eq!(
        cfg!(lgsco_no_shared),
        !present,
        "run `cargo clean -p lgsco`?"
    );
}
