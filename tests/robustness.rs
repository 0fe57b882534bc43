//! Mangled input never panics: every call returns a tree whose spans are
//! sound, or a positioned error.

mod common;

use lgsco::{Decision, Error};

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn check(label: &str, text: &str, result: Result<Decision, Error>) {
    match result {
        Ok(d) => common::check_spans(text, &d).unwrap_or_else(|p| panic!("{label}: {p}")),
        Err(e) => {
            assert!(e.line() >= 1 && e.column() >= 1, "{label}: {e}");
            assert!(e.span().end <= text.len().max(e.span().end), "{label}");
            assert!(!e.to_string().is_empty());
        }
    }
}

fn parse_checked(label: &str, text: &str) {
    check(label, text, lgsco::parse(text));
}

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.push(("sample".into(), lgsco::SAMPLE.into()));
    out.sort();
    out
}

fn real() -> Vec<(String, String)> {
    let Some(shared) = common::shared() else {
        return Vec::new();
    };
    common::statements(&shared)
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// The seeds when `../shared` is present, else the fixtures.
fn seeds_or_fixtures() -> Vec<(String, String)> {
    let seeds: Vec<_> = real()
        .into_iter()
        .filter(|(n, _)| n.contains("/seeds/"))
        .collect();
    if seeds.is_empty() {
        fixtures()
    } else {
        seeds
    }
}

#[test]
fn every_prefix_of_each_fixture() {
    every_prefix(fixtures());
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_prefix_of_each_seed() {
    every_prefix(
        real()
            .into_iter()
            .filter(|(n, _)| n.contains("/seeds/"))
            .collect(),
    );
}

fn every_prefix(texts: Vec<(String, String)>) {
    for (name, text) in texts {
        for (i, _) in text.char_indices() {
            parse_checked(&format!("{name}[..{i}]"), &text[..i]);
        }
    }
}

#[test]
fn line_deletions_duplications_and_swaps_of_fixtures() {
    line_edits(fixtures());
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn line_deletions_duplications_and_swaps_of_real_statements() {
    line_edits(real());
}

fn line_edits(all: Vec<(String, String)>) {
    for (name, text) in all {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        for i in 0..lines.len() {
            let mut v = lines.clone();
            v.remove(i);
            parse_checked(&format!("{name} without line {i}"), &v.concat());
            let mut v = lines.clone();
            v.insert(i, lines[i]);
            parse_checked(&format!("{name} with line {i} twice"), &v.concat());
            if i + 1 < lines.len() {
                let mut v = lines.clone();
                v.swap(i, i + 1);
                parse_checked(
                    &format!("{name} with lines {i} and {} swapped", i + 1),
                    &v.concat(),
                );
            }
        }
    }
}

#[test]
fn random_byte_edits_of_fixtures() {
    byte_edits(fixtures());
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn random_byte_edits_of_real_statements() {
    byte_edits(real().into_iter().step_by(3).collect());
}

fn byte_edits(all: Vec<(String, String)>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for (name, text) in all {
        for round in 0..40 {
            let mut bytes = text.clone().into_bytes();
            for _ in 0..=rng.below(6) {
                let at = rng.below(bytes.len());
                match rng.below(3) {
                    0 => bytes[at] = rng.next() as u8,
                    1 => bytes.insert(at, b"\n(-\t\xC2\xA0 1.:>"[rng.below(11)]),
                    _ if !bytes.is_empty() => {
                        bytes.remove(at);
                    }
                    _ => {}
                }
            }
            let label = format!("{name} edit {round}");
            match lgsco::parse_bytes(&bytes) {
                Ok(d) => {
                    // Spans index the decoded text (an edit may make a
                    // UTF-16 byte order mark).
                    let text = lgsco::Options::default().decode(&bytes).unwrap();
                    common::check_spans(&text, &d).unwrap_or_else(|p| panic!("{label}: {p}"));
                }
                Err(e) => {
                    assert!(e.line() >= 1 && e.column() >= 1, "{label}: {e}");
                    assert!(e.span().start <= bytes.len(), "{label}: {e}");
                }
            }
        }
    }
}

#[test]
fn crlf_and_bom_anywhere() {
    let mut rng = Rng(42);
    for (name, text) in seeds_or_fixtures() {
        parse_checked(&name, &text.replace('\n', "\r\n"));
        for round in 0..30 {
            let mut edited = String::with_capacity(text.len() + 64);
            for c in text.chars() {
                match (c, rng.below(8)) {
                    ('\n', 0) => edited.push_str("\r\n"),
                    (_, 1) if rng.below(40) == 0 => {
                        edited.push('\u{feff}');
                        edited.push(c);
                    }
                    _ => edited.push(c),
                }
            }
            parse_checked(&format!("{name} round {round}"), &edited);
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    // 100,000 nested brackets in a paragraph.
    let brackets = format!(
        "Summary: s.\nThe complaint\n- {}{}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    parse_checked("brackets", &brackets);
    // 100,000 list items, each indented one space deeper than the last up
    // 200 levels, then again: 10 MB, past the default limits.
    let mut list = String::from("Summary: s.\nThe complaint\n  1. The Council:\n");
    for i in 0..100_000 {
        list.push_str(&" ".repeat(4 + i % 200));
        list.push_str("• item\n");
    }
    let raised = lgsco::Options::default()
        .max_input_len(64 << 20)
        .max_nodes(200_000);
    let d = raised.parse(&list).unwrap();
    common::check_spans(&list, &d).unwrap();
    let mut depth = 0;
    let mut level = &d.sections[0].paragraphs[0].items;
    while let Some(last) = level.last() {
        depth += 1;
        level = &last.items;
    }
    assert_eq!(depth, lgsco::Options::default().max_item_depth);
    drop(d);
}

/// The deepest tree the parser can build (items nested
/// `Options::MAX_ITEM_DEPTH` deep, however high `max_item_depth` is set)
/// reads back from its own JSON under serde_json's default recursion limit,
/// and clones, prints and drops.
#[test]
fn the_deepest_tree_round_trips_through_json() {
    let mut list = String::from("Summary: s.\nThe complaint\n  1. The Council:\n");
    for i in 0..200 {
        list.push_str(&" ".repeat(4 + i));
        list.push_str("• item\n");
    }
    let options = lgsco::Options::default().max_item_depth(usize::MAX);
    assert_eq!(options.max_item_depth, lgsco::Options::MAX_ITEM_DEPTH);
    let d = options.parse(&list).unwrap();
    let mut depth = 0;
    let mut level = &d.sections[0].paragraphs[0].items;
    while let Some(last) = level.last() {
        depth += 1;
        level = &last.items;
    }
    assert_eq!(depth, lgsco::Options::MAX_ITEM_DEPTH);
    let json = serde_json::to_string(&d).unwrap();
    let back: lgsco::Decision = serde_json::from_str(&json).expect("within the recursion limit");
    assert_eq!(back, d);
    assert_eq!(d.clone(), d);
    assert!(format!("{d:?}").contains("item"));
    drop(back);
}

#[test]
fn limits_are_options() {
    let options = lgsco::Options::default().max_input_len(100);
    let err = options.parse(lgsco::SAMPLE).unwrap_err();
    assert_eq!(err.kind(), lgsco::ErrorKind::TooLarge);
    assert!(err.to_string().contains("over the limit of 100"));
    let shallow = lgsco::Options::default().max_item_depth(1);
    let text = "Summary: s.\nThe complaint\n  1. List:\n  • a\n    • b\n      • c\n";
    let d = shallow.parse(text).unwrap();
    assert_eq!(d.sections[0].paragraphs[0].items.len(), 3);
}

#[test]
fn invalid_utf8_is_positioned_with_a_hint() {
    let bytes = b"Summary: We will not investigate.\nThe complaint\n- Mrs B\x92s neighbour.\n";
    let err = lgsco::parse_bytes(bytes).unwrap_err();
    assert_eq!(err.kind(), lgsco::ErrorKind::InvalidUtf8);
    assert_eq!((err.line(), err.column()), (3, 8));
    assert_eq!(err.span().start, 55);
    let message = err.to_string();
    assert!(
        message.contains("0x92") && message.contains("offset 55"),
        "{message}"
    );
    assert!(message.contains("Windows-1252"), "{message}");
    // A truncated multi-byte sequence at the end is not Windows-1252 text.
    let cut = "Summary: £".as_bytes();
    let err = lgsco::parse_bytes(&cut[..cut.len() - 1]).unwrap_err();
    assert_eq!(err.kind(), lgsco::ErrorKind::InvalidUtf8);
}

#[test]
fn error_and_tree_types_are_small_and_shareable() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Decision>();
    assert_send_sync::<Error>();
    assert!(std::mem::size_of::<Error>() <= 16);
}
