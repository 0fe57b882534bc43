//! Fixtures written for these tests (fictional councils and people), one per
//! rendering of the format, and the error case.

mod common;

use lgsco::{Decision, ErrorKind, LineIndex, Outcome, SectionKind, SkipReason};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse(text: &str) -> Decision {
    let d = lgsco::parse(text).unwrap_or_else(|e| panic!("{e}"));
    common::check_spans(text, &d).unwrap_or_else(|problem| panic!("{problem}"));
    d
}

fn headings(d: &Decision) -> Vec<&str> {
    d.sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect()
}

fn reasons(d: &Decision) -> Vec<SkipReason> {
    d.skipped.iter().map(|s| s.reason).collect()
}

#[test]
fn web_copy() {
    let text = fixture("web.txt");
    let d = parse(&text);
    let h = &d.header;
    assert_eq!(
        h.organisation.as_deref(),
        Some("Upper Wensley Borough Council")
    );
    assert_eq!(h.reference.as_ref().map(|r| r.as_str()), Some("23 004 117"));
    assert_eq!(h.outcome, Some(Outcome::Upheld));
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2024-03-14"));
    assert_eq!(
        headings(&d),
        [
            "The complaint",
            "The Ombudsman’s role and powers",
            "What I found",
            "Agreed action",
            "Final decision"
        ]
    );
    // Printed numbers restart; ordinals run through the document.
    let numbers: Vec<(u32, Option<&str>)> = d
        .paragraphs()
        .map(|(_, p)| (p.number, p.marker.as_deref()))
        .collect();
    assert_eq!(
        numbers[..4],
        [
            (1, Some("1.")),
            (2, Some("2.")),
            (3, Some("1.")),
            (4, Some("1."))
        ]
    );
    let complaint = &d.sections[0].paragraphs[0];
    assert_eq!(complaint.items.len(), 2);
    assert_eq!(complaint.items[1].text, "did not reply to his emails.");
    // The citation standing alone after the bullets closes the paragraph.
    let role = &d.sections[1].paragraphs[0];
    assert_eq!(role.items.len(), 2);
    assert_eq!(
        role.trailing[0].text,
        "(Local Government Act 1974, section 24A(6) and section 34(B), as amended)"
    );
    // Sub-headings inside What I found, and sub-items nested by indent.
    let found = &d.sections[2];
    let subs: Vec<(&str, usize)> = found
        .subheadings
        .iter()
        .map(|s| (s.text.as_str(), s.before_paragraph))
        .collect();
    assert_eq!(
        subs,
        [
            ("Background", 0),
            ("The Council’s housing register policy", 1)
        ]
    );
    assert_eq!(found.subheadings[0].kind, SectionKind::Background);
    assert_eq!(found.paragraphs[0].items.len(), 2);
    assert_eq!(found.paragraphs[0].items[0].marker.as_deref(), Some("1."));
    assert_eq!(
        d.signature.as_ref().map(|s| s.text.as_str()),
        Some("Investigator's decision on behalf of the Ombudsman")
    );
    assert_eq!(
        reasons(&d),
        [
            SkipReason::PageFurniture,
            SkipReason::BackToTop,
            SkipReason::BackToTop,
            SkipReason::BackToTop,
            SkipReason::BackToTop,
            SkipReason::BackToTop,
            SkipReason::PageFurniture
        ]
    );
    // The cookie banner before the title is one skipped stretch.
    let banner = d.skipped[0].span.slice(&text).unwrap();
    assert!(banner.starts_with("Privacy settings") && banner.ends_with("function properly."));
}

#[test]
fn dashed_copy() {
    let d = parse(&fixture("dashed.txt"));
    assert_eq!(
        d.header.category.as_ref().map(|c| c.to_string()).as_deref(),
        Some("Planning > Planning applications")
    );
    assert_eq!(d.header.outcome, Some(Outcome::ClosedAfterInitialEnquiries));
    let role = &d.sections[1];
    assert_eq!(role.paragraphs.len(), 2);
    let items: Vec<&str> = role.paragraphs[0]
        .items
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        items,
        [
            "the evidence of fault is too slight to warrant an investigation, or",
            "any injustice is too small to warrant our involvement."
        ]
    );
    assert_eq!(role.paragraphs[0].trailing.len(), 1);
    // A flattened list runs while lines start in lower case.
    let assessment = &d.sections[3];
    assert_eq!(assessment.paragraphs[0].items.len(), 3);
    assert!(assessment.paragraphs[1]
        .text
        .starts_with("The planning officer’s report"));
    // An unmarked line inside a section is a sub-heading.
    assert_eq!(assessment.subheadings[0].text, "The appeals’ process");
    assert_eq!(assessment.subheadings[0].before_paragraph, 2);
    assert!(d.skipped.is_empty());
}

#[test]
fn copy_with_contents_list() {
    let text = fixture("contents.txt");
    let d = parse(&text);
    assert_eq!(
        d.header.organisation.as_deref(),
        Some("Marlow Vale Council")
    );
    assert_eq!(d.header.category, None);
    assert_eq!(reasons(&d), [SkipReason::ContentsList]);
    let contents = d.skipped[0].span.slice(&text).unwrap();
    assert!(contents.starts_with("- The complaint") && contents.ends_with("- Final decision"));
    assert_eq!(headings(&d).len(), 5);
    assert_eq!(d.sections[0].paragraphs[0].number, 1);
}

#[test]
fn mirror_copy() {
    let text = fixture("mirror.txt");
    let d = parse(&text);
    assert!(d.header.is_empty());
    assert!(d.final_decision_label.is_some());
    assert_eq!(reasons(&d), [SkipReason::MirrorBanner]);
    assert_eq!(
        headings(&d),
        [
            "The complaint",
            "The Ombudsman’s role and powers",
            "How I considered this complaint",
            "Assessment",
            "Final decision"
        ]
    );
    // A heading running into its first sentence.
    let assessment = &d.sections[3];
    assert_eq!(assessment.kind, SectionKind::Assessment);
    assert!(assessment.paragraphs[0].text.starts_with("Mr N can appeal"));
    assert!(d.paragraphs().all(|(_, p)| p.marker.is_none()));
}

#[test]
fn mirror_with_bare_summary_label() {
    let d = parse(&fixture("mirror_summary_label.txt"));
    let summary = d.summary.clone().unwrap();
    assert!(summary.labelled);
    assert!(summary.text.starts_with("Miss R complains"));
    assert_eq!(
        headings(&d),
        ["The complaint", "My assessment", "Final decision"]
    );
    assert_eq!(
        d.signature.as_ref().unwrap().text,
        "Investigator’s decision on behalf of the Ombudsman"
    );
}

#[test]
fn report_summary() {
    let d = parse(&fixture("report.txt"));
    assert_eq!(
        d.header.reference.as_ref().and_then(|r| r.year()),
        Some(2017)
    );
    assert_eq!(d.sections.len(), 1);
    let body = &d.sections[0];
    assert_eq!(
        (body.heading.as_deref(), body.kind),
        (None, SectionKind::Untitled)
    );
    let texts: Vec<&str> = body.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The Ombudsman upheld the complaint, finding fault causing injustice.",
            "The Council has agreed to:"
        ]
    );
    assert_eq!(body.paragraphs[1].items.len(), 2);
    assert_eq!(
        d.signature.as_ref().unwrap().text,
        "Ombudsman satisfied with Council's response: 14 February 2019."
    );
    assert_eq!(reasons(&d), [SkipReason::PageFurniture]);
}

/// The texts of a section's paragraphs, each with its items' texts.
fn lists(d: &Decision, section: usize) -> Vec<(&str, Vec<&str>)> {
    d.sections[section]
        .paragraphs
        .iter()
        .map(|p| {
            (
                p.text.as_str(),
                p.items.iter().map(|i| i.text.as_str()).collect(),
            )
        })
        .collect()
}

#[test]
fn dashed_items_after_an_unmarked_lead_in_are_its_items() {
    // A report summary whose bullets were saved as `- `.
    let d = parse(&fixture("report_dashes.txt"));
    let agreed = vec![
        "apologise to Ms D for the delay;",
        "pay Ms D £300 for her distress and uncertainty;",
        "review how it tracks homelessness applications.",
    ];
    assert_eq!(
        lists(&d, 0),
        [
            (
                "The Ombudsman upheld the complaint, finding fault causing injustice.",
                vec![]
            ),
            ("The Council has agreed to:", agreed),
            (
                "The Council has also agreed to remind its officers of the time limits.",
                vec![]
            ),
        ]
    );
    // A mirror copy: unmarked paragraphs, the list right under its lead-in.
    let d = parse(&fixture("mirror_list.txt"));
    let last = d.sections.len() - 1;
    assert_eq!(
        lists(&d, last),
        [(
            "I have completed my investigation. The Council has agreed to:",
            vec![
                "apologise to Mr J;",
                "decide his request within four weeks."
            ]
        )]
    );
    // A capitalised `- ` line is a paragraph, after an unmarked lead-in too.
    let text = "Summary: s.\nFinal decision\nThe Council has agreed to:\n- Apologise.\n";
    let d = parse(text);
    assert_eq!(d.sections[0].paragraphs.len(), 2);
}

#[test]
fn truncated_statement_keeps_what_is_there() {
    let text = fixture("truncated.txt");
    assert!(!text.ends_with('\n'));
    let d = parse(&text);
    assert_eq!(
        d.header.reference.as_ref().map(|r| r.as_str()),
        Some("24 001 902")
    );
    let last = d.sections.last().unwrap();
    assert_eq!(last.heading.as_deref(), Some("How I considered thi"));
    assert_eq!(last.kind, SectionKind::HowIConsidered);
    assert!(d.signature.is_none());
}

#[test]
fn crlf_and_bom_give_the_same_tree() {
    let lf = fixture("dashed.txt");
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    let a = parse(&lf);
    let b = parse(&crlf);
    assert_eq!(reasons(&b), [SkipReason::ByteOrderMark]);
    assert_eq!(a.header.organisation, b.header.organisation);
    assert_eq!(a.header.date, b.header.date);
    assert_eq!(headings(&a), headings(&b));
    let texts = |d: &Decision| {
        d.paragraphs()
            .map(|(_, p)| p.full_text())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&a), texts(&b));
    // Positions count the BOM as a character of line 1 and `\r\n` as one line end.
    let index = LineIndex::new(&crlf);
    let sig = b.signature.unwrap();
    assert_eq!(index.position(sig.span.start).line, lf.lines().count());
}

#[test]
fn trailing_spaces_nbsp_and_no_final_newline() {
    let text = "Summary: We will not investigate.   \nThe complaint \n- Mr J waited 12\u{a0}months.\u{a0}\n \nFinal decision\n- We will not investigate.";
    let d = parse(text);
    assert_eq!(d.summary.as_ref().unwrap().text, "We will not investigate.");
    assert_eq!(headings(&d), ["The complaint", "Final decision"]);
    assert_eq!(
        d.sections[0].paragraphs[0].text,
        "Mr J waited 12\u{a0}months."
    );
    assert_eq!(d.sections[1].paragraphs[0].text, "We will not investigate.");
}

#[test]
fn errors_give_line_column_and_what_was_expected() {
    let err = lgsco::parse("").unwrap_err();
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ErrorKind::Empty, 1, 1)
    );

    let err = lgsco::parse("\u{feff}\n  \n").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Empty);

    let letter = "\n\n   Dear Council,\nPlease look into my bins.\n";
    let err = lgsco::parse(letter).unwrap_err();
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ErrorKind::NoStatement, 3, 4)
    );
    let message = err.to_string();
    assert!(
        message.starts_with("line 3, column 4: expected a decision statement"),
        "{message}"
    );
    assert!(message.contains("found `Dear Council,`"), "{message}");
    assert!(
        !message.contains("Rule") && !message.contains("_line"),
        "rule names leak: {message}"
    );
    assert_eq!(err.span().slice(letter), Some("Dear Council,"));
}

#[test]
fn span_check_notices_dropped_text() {
    let text = fixture("web.txt");
    let mut d = parse(&text);
    d.skipped.clear();
    assert!(common::check_spans(&text, &d).is_err());
}

#[test]
fn headings_keep_their_colon_and_run_in_text_becomes_a_paragraph() {
    let text = "Summary: Mr P complains about a parking fine.\n\
                The complaint:\n\
                - Mr P complains the Council fined him.\n\
                Assessment Mr P could have appealed to the tribunal.\n\
                Final decision :\n\
                - I will not investigate.\n";
    let d = parse(text);
    assert_eq!(
        headings(&d),
        ["The complaint:", "Assessment", "Final decision :"]
    );
    let kinds: Vec<SectionKind> = d.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Complaint,
            SectionKind::Assessment,
            SectionKind::FinalDecision
        ]
    );
    let run_in = &d.sections[1].paragraphs[0];
    assert_eq!(run_in.text, "Mr P could have appealed to the tribunal.");
    let at = text.find("Mr P could").unwrap();
    assert_eq!(run_in.text_span.start, at);
    // A heading that continues past a known one takes its kind.
    assert_eq!(
        SectionKind::from_heading("Relevant law and guidance – Care Act 2014"),
        SectionKind::LawAndGuidance
    );
    assert_eq!(
        SectionKind::from_heading("WHAT I FOUND:"),
        SectionKind::WhatIFound
    );
    assert_eq!(SectionKind::from_heading("Decisions"), SectionKind::Other);
}

/// Header lines may be indented (a scrape keeps the page's indent); so may
/// the final-decision label, a contents label and `Summary`.
#[test]
fn indented_labels_are_labels() {
    let text = "Bramwell Council (23 018 040)\n  Category : Housing > Allocations\n  Contents\n  - The complaint\n  The Ombudsman's final decision:\n  Summary: Mr X complains.\nThe complaint\n- Mr X says the Council lost his form.\n";
    let d = parse(text);
    assert!(d.header.category.is_some());
    assert!(d.final_decision_label.is_some());
    assert_eq!(reasons(&d), [SkipReason::ContentsList]);
    let summary = d.summary.as_ref().unwrap();
    assert_eq!(summary.text, "Mr X complains.");
    // The summary's span starts at its label, not at the indent.
    assert_eq!(
        summary.span.slice(text).unwrap(),
        "Summary: Mr X complains."
    );
    // Without a header, an indented summary still begins the statement.
    let d = parse("  Summary: Mr X complains.\nThe complaint\n- Mr X.\n");
    assert_eq!(d.summary.unwrap().text, "Mr X complains.");
    let d = parse("\u{a0}Summary\nMr X complains.\nThe complaint\n- Mr X.\n");
    assert_eq!(d.summary.unwrap().text, "Mr X complains.");
}
