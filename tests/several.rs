//! Files holding several statements: `parse_all`, and the warning `parse`
//! gives when it sets a statement aside.

mod common;

use lgsco::{Code, Decision, SkipReason};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn all(text: &str) -> Vec<Decision> {
    let all: Result<Vec<Decision>, _> = lgsco::parse_all(text).collect();
    all.unwrap_or_else(|e| panic!("{e}"))
}

fn references(ds: &[Decision]) -> Vec<&str> {
    ds.iter()
        .map(|d| d.header.reference.as_ref().map_or("", |r| r.as_str()))
        .collect()
}

/// A tree's JSON with every span moved by `by` bytes.
fn shifted(d: &Decision, by: usize) -> Value {
    fn walk(v: &mut Value, by: u64) {
        match v {
            Value::Object(map) if map.len() == 2 && map.contains_key("start") => {
                for key in ["start", "end"] {
                    let n = map[key].as_u64().expect("a span's offsets are numbers");
                    map[key] = (n + by).into();
                }
            }
            Value::Object(map) => map.values_mut().for_each(|v| walk(v, by)),
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, by)),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(d).unwrap();
    walk(&mut v, by as u64);
    v
}

#[test]
fn a_file_of_three_statements_gives_three_trees() {
    let text = fixture("several.txt");
    let ds = all(&text);
    assert_eq!(references(&ds), ["24 003 118", "24 004 502", "24 005 777"]);
    for d in &ds {
        assert!(d
            .skipped
            .iter()
            .all(|s| s.reason != SkipReason::NextStatement));
    }
    // The first ends with its signature and the furniture after it; the
    // second lost its closing line, and ends before the third's title.
    assert_eq!(
        ds[0].skipped.last().unwrap().reason,
        SkipReason::PageFurniture
    );
    assert!(ds[1].signature.is_none());
    let second = ds[1].sections.last().unwrap().span.slice(&text).unwrap();
    assert!(second.ends_with("within four weeks."), "{second}");
    assert_eq!(ds[1].sections.last().unwrap().paragraphs[0].items.len(), 2);
    // Each statement reads as it would alone, its spans moved.
    for (i, d) in ds.iter().enumerate() {
        let start = d.header.spans.title.unwrap().start;
        let end = ds
            .get(i + 1)
            .map_or(text.len(), |n| n.header.spans.title.unwrap().start);
        let alone = lgsco::parse(&text[start..end]).unwrap();
        common::check_spans(&text[start..end], &alone).unwrap_or_else(|p| panic!("{p}"));
        assert_eq!(
            serde_json::to_value(d).unwrap(),
            shifted(&alone, start),
            "statement {i}"
        );
    }
}

#[test]
fn parse_warns_when_it_sets_a_statement_aside() {
    let text = fixture("several.txt");
    let d = lgsco::parse(&text).unwrap();
    let next = d
        .skipped
        .iter()
        .find(|s| s.reason == SkipReason::NextStatement);
    let next = next.expect("the second statement is set aside").span;
    assert!(next
        .slice(&text)
        .unwrap()
        .starts_with("Gorsebrook County Council"));
    assert_eq!(next.end, text.trim_end().len());
    let report = lgsco::validate(&text);
    let warned: Vec<_> = report
        .iter()
        .filter(|l| l.diagnostic.code == Code::NextStatement)
        .map(|l| (l.start.line, l.diagnostic.severity))
        .collect();
    assert_eq!(warned, [(24, lgsco::Severity::Warning)]);
}

#[test]
fn one_statement_is_one_tree_and_no_statement_one_error() {
    let ds = all(lgsco::SAMPLE);
    assert_eq!(ds.len(), 1);
    assert_eq!(ds[0], lgsco::parse(lgsco::SAMPLE).unwrap());
    let mut none = lgsco::parse_all("Dear Sir,\nI write to complain.\n");
    let err = none.next().unwrap().unwrap_err();
    assert_eq!((err.kind(), err.line()), (lgsco::ErrorKind::NoStatement, 1));
    assert!(none.next().is_none());
    let big = lgsco::Options::default()
        .max_input_len(10)
        .parse_all(lgsco::SAMPLE);
    let errors: Vec<_> = big.map(|r| r.unwrap_err().kind()).collect();
    assert_eq!(errors, [lgsco::ErrorKind::TooLarge]);
}

#[test]
fn a_second_header_with_another_value_is_a_warning() {
    let text = "Anvil Cross Council (24 001 001)\nCategory : Housing > Allocations\n\
                Birchley Council (24 009 009)\nCategory : Education > Admissions\n\
                Summary: s.\n";
    let d = lgsco::parse(text).unwrap();
    let reasons: Vec<_> = d.skipped.iter().map(|s| s.reason).collect();
    // Neighbouring lines set aside for one reason are one entry.
    assert_eq!(reasons, [SkipReason::ConflictingHeader]);
    assert!(d.skipped[0]
        .span
        .slice(text)
        .unwrap()
        .ends_with("Education > Admissions"));
    // The same lines again are a duplicate, as before.
    let twice = "Anvil Cross Council (24 001 001)\nAnvil Cross Council (24-001-001)\nSummary: s.\n";
    let d = lgsco::parse(twice).unwrap();
    assert_eq!(d.skipped[0].reason, SkipReason::DuplicateHeader);
}

/// Where a tree's own text starts: its first header line, label, summary
/// or section (what comes before is set aside).
fn tree_start(d: &Decision) -> usize {
    let h = d.header.spans.lines().map(|s| s.start);
    let summary = d.summary.iter().map(|s| s.span.start);
    let sections = d.sections.iter().map(|s| s.span.start);
    h.chain(d.final_decision_label.map(|s| s.start))
        .chain(summary)
        .chain(sections)
        .min()
        .unwrap_or(0)
}

/// Whether a statement ends with a closing line printed whole. A line cut
/// short (`Investigator's decision on`) is a closing only at the end of the
/// input: followed by more text, it is a line of the body.
fn closes_whole(d: &Decision) -> bool {
    d.signature.as_ref().is_some_and(|s| {
        let text = s.text.trim_end();
        s.kind == lgsco::SignatureKind::ReportClosing || text.ends_with("Ombudsman")
    })
}

/// Whether a statement opens in a way that starts a new statement even in
/// the body of one that lost its closing line: a title followed at once by a
/// header line or label (not by a contents list first), or the label
/// followed by the summary.
fn opens_plainly(d: &Decision, text: &str) -> bool {
    let h = &d.header.spans;
    let after_title = [h.category, h.outcome, h.date, d.final_decision_label];
    match h.title {
        Some(title) => after_title
            .iter()
            .flatten()
            .map(|s| s.start)
            .min()
            .is_some_and(|next| text[title.end..next].trim().is_empty()),
        None => d.final_decision_label.is_some() && d.summary.is_some(),
    }
}

/// Every pair of real statements, joined, reads back as the two statements
/// when the first reaches its closing line or the second opens plainly: the first as `parse` reads the
/// text before the second, the second as `parse` reads it alone, less what
/// it sets aside before its first line (a banner then belongs to the first).
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn real_statements_joined_read_back_one_by_one() {
    let shared = common::shared().expect("../shared");
    let files = common::statements(&shared);
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut checked = 0;
    for (i, pair) in texts.windows(2).enumerate() {
        let (a, b) = (pair[0].trim_end(), pair[1].trim_start_matches('\u{feff}'));
        let (da, mut db) = (lgsco::parse(a).unwrap(), lgsco::parse(b).unwrap());
        if !closes_whole(&da) && !opens_plainly(&db, b) {
            continue;
        }
        let joined = format!("{a}\n{b}");
        let names = format!("{:?} + {:?}", files[i], files[i + 1]);
        let ds = all(&joined);
        assert_eq!(ds.len(), 2, "{names}");
        let lead = tree_start(&db);
        db.skipped.retain(|s| s.span.start >= lead);
        // A council named only before the statement (a mirror's banner)
        // is read with the statement before it once the two are joined.
        if db
            .organisation()
            .is_some_and(|o| o.source() == lgsco::org::Source::Text)
        {
            // Read as `parse` reads it: up to the closing line.
            let end = db.signature.as_ref().map_or(b.len(), |s| s.span.end);
            db.header.resolved_organisation = lgsco::org::Organisation::from_text(&b[lead..end]);
        }
        let split = a.len() + 1 + lead;
        assert_eq!(ds[0], lgsco::parse(&joined[..split]).unwrap(), "{names}");
        assert_eq!(
            serde_json::to_value(&ds[1]).unwrap(),
            shifted(&db, a.len() + 1),
            "{names}"
        );
        checked += 1;
    }
    assert!(checked > texts.len() / 2, "only {checked} pairs checked");
}

/// Each statement of a joined file reports the same lines, columns and
/// source lines from an index of its own lines (`LineIndex::part`, with
/// `Statements::offset` and the lines counted before it) as from an index
/// of the whole file.
#[test]
fn a_statement_of_a_joined_file_is_located_from_its_own_lines() {
    let mut texts = vec![lgsco::SAMPLE.to_owned(), fixture("several.txt")];
    if let Some(shared) = common::shared() {
        let files = common::statements(&shared);
        texts.extend(
            files
                .iter()
                .take(40)
                .map(|p| std::fs::read_to_string(p).unwrap()),
        );
    }
    // Blanks before a statement's first line, and a text that ends without a line end.
    let joined = texts.join("\n  ").replace("\n  Summary", "\nSummary") + "\nx";
    let mut all = lgsco::parse_all(&joined);
    let (mut start, mut line, mut seen, mut statements) = (0, 1, 0, 0);
    while let Some(d) = all.next() {
        let d = d.unwrap();
        statements += 1;
        let end = all.offset().unwrap_or(joined.len());
        let diagnostics = d.validate();
        let part = lgsco::LineIndex::part(&joined, start..end, line);
        let whole = lgsco::LineIndex::new(&joined);
        for at in (start..end)
            .filter(|&at| joined.is_char_boundary(at))
            .step_by(7)
        {
            assert_eq!(part.position(at), whole.position(at), "offset {at}");
        }
        let by_part = lgsco::Report::with_index(part, Some(d.clone()), diagnostics.clone());
        let by_whole = lgsco::Report::new(&joined, Some(d), diagnostics);
        let shown = |r: &lgsco::Report| r.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(shown(&by_part), shown(&by_whole));
        assert_eq!(
            serde_json::to_value(&by_part).unwrap(),
            serde_json::to_value(&by_whole).unwrap()
        );
        seen += by_whole.diagnostics().len();
        let next = joined[start..end]
            .rfind('\n')
            .map_or(start, |i| start + i + 1);
        line += joined[start..next].matches('\n').count();
        start = next;
    }
    assert!(seen > 10, "only {seen} diagnostics compared");
    assert!(statements > 2, "only {statements} statements read");
}
