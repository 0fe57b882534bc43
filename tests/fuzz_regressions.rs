//! Inputs the fuzz targets in `fuzz/` found, minimised with `cargo fuzz
//! tmin` (or rewritten in made-up words with the same shape), each checked
//! for the property of the target that found it. See FUZZING.md.
//!
//! The six `display_round_trip` findings of 2026-11-26 are fixed: the first
//! three in 9b5e5e3, the others in the commit that removed their `#[ignore]`.

mod common;

/// The `display_round_trip` property: input that parses has a canonical
/// rendering that parses to the same paragraphs and renders the same again;
/// input that does not parse gets a positioned error.
fn assert_rendering_stable(input: &[u8]) {
    let d = match lgsco::parse_bytes(input) {
        Ok(d) => d,
        Err(e) => {
            assert!(e.line() >= 1 && e.column() >= 1, "{e}");
            return;
        }
    };
    let text = d.to_string();
    let again = match lgsco::parse(&text) {
        Ok(again) => again,
        Err(e) => panic!("the canonical rendering {text:?} does not parse: {e}"),
    };
    let texts = |d: &lgsco::Decision| -> Vec<Vec<String>> {
        d.sections
            .iter()
            .map(|s| s.paragraphs.iter().map(|p| p.text.clone()).collect())
            .collect()
    };
    assert_eq!(texts(&again), texts(&d), "paragraphs changed:\n{text}");
    assert_eq!(again.to_string(), text, "rendering is not stable");
}

/// Two unmarked paragraphs, the first ending with `:`, the second starting
/// in lower case (tmin of the first crash, 15 bytes). The rendering prints
/// both as `- ` paragraphs; parsing that takes the second for an item of the
/// first (a list the dashed rendering flattened), rendered `  • t`.
const COLON_THEN_LOWER_CASE: &[u8] = b"Category:\ne\n:\nt";

/// The same in a statement's own shape: numbered paragraphs, the second
/// going on with the first's sentence.
const NUMBERED_COLON_THEN_LOWER_CASE: &[u8] =
    b"Summary: s.\nThe complaint\n1. Mr X says the council told him:\n2. it would not act.\n";

/// A header label with no value is a statement, but its rendering prints
/// nothing for it: the rendering is empty and does not parse (tmin, 9
/// bytes).
const EMPTY_OUTCOME_ONLY: &[u8] = b"Decision:";

/// A heading that is not last in the input because page furniture follows
/// it; the rendering drops the furniture, the heading becomes the last line
/// and is read as a paragraph.
const HEADING_BEFORE_FURNITURE: &[u8] =
    b"Summary: s.\nThe complaint\nMr X complained.\nFurther contact\nCookie settings\n";

/// An indented heading that starts like page furniture: as printed (with
/// its indent) it is a heading, but the rendering prints it without the
/// indent, where it is furniture and dropped (tmin, 29 bytes).
const INDENTED_FURNITURE_HEADING: &[u8] = b"Decision:\n i\n LGO logogramn\ne";

/// A byte order mark after the start of the input is taken for the
/// organisation's name; the rendering puts it first, where it is read as a
/// byte order mark and the organisation goes (tmin, 13 bytes).
const BOM_AS_ORGANISATION: &[u8] = b" \xef\xbb\xbf(2318 04)";

/// A heading followed only by a late `Summary:` line, which the rendering
/// moves to the top: the heading becomes the last line and is read as a
/// paragraph (tmin at 9b5e5e3, 22 bytes).
const HEADING_BEFORE_LATE_SUMMARY: &[u8] = b"Category:\n-\nP\nSummary:";

#[test]
fn colon_paragraph_then_lower_case_paragraph_round_trips() {
    assert_rendering_stable(COLON_THEN_LOWER_CASE);
}

#[test]
fn numbered_paragraphs_split_at_a_colon_round_trip() {
    assert_rendering_stable(NUMBERED_COLON_THEN_LOWER_CASE);
}

#[test]
fn empty_header_field_round_trips() {
    assert_rendering_stable(EMPTY_OUTCOME_ONLY);
}

#[test]
fn heading_before_page_furniture_round_trips() {
    assert_rendering_stable(HEADING_BEFORE_FURNITURE);
}

#[test]
fn indented_heading_like_furniture_round_trips() {
    assert_rendering_stable(INDENTED_FURNITURE_HEADING);
}

#[test]
fn byte_order_mark_in_title_round_trips() {
    assert_rendering_stable(BOM_AS_ORGANISATION);
}

#[test]
fn heading_before_late_summary_round_trips() {
    assert_rendering_stable(HEADING_BEFORE_LATE_SUMMARY);
}

/// The `validate` property on the same odd inputs: diagnostics inside the
/// input, on character boundaries, at 1-based positions, and a report that
/// prints and serialises.
#[test]
fn fuzz_cases_validate_soundly() {
    for input in [
        COLON_THEN_LOWER_CASE,
        NUMBERED_COLON_THEN_LOWER_CASE,
        EMPTY_OUTCOME_ONLY,
        HEADING_BEFORE_FURNITURE,
        INDENTED_FURNITURE_HEADING,
        BOM_AS_ORGANISATION,
        HEADING_BEFORE_LATE_SUMMARY,
    ] {
        let text = std::str::from_utf8(input).unwrap();
        let report = lgsco::validate(text);
        assert!(!report.diagnostics().is_empty(), "{text:?}: no diagnostic");
        for d in report.diagnostics() {
            assert!(d.span.slice(text).is_some(), "{text:?}: {:?}", d);
        }
        for located in report.iter() {
            assert!(located.start.line >= 1 && located.start.column >= 1);
            assert!(located.start <= located.end, "{text:?}: {located}");
        }
        assert!(!report.to_string().is_empty());
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(
            json["diagnostics"].as_array().map(Vec::len),
            Some(report.diagnostics().len())
        );
    }
}

/// A heading before a `Back to top` cut short at the end of a truncated
/// download: the cut link is skipped, and the rendering leaves it out, so
/// the heading is the last line both times.
const HEADING_BEFORE_CUT_BACK_TO_TOP: &[u8] =
    b"Summary: s.\nThe complaint\n- Mr X complains about the depot.\nRegulations\nBack to t";

#[test]
fn heading_before_cut_back_to_top_round_trips() {
    assert_rendering_stable(HEADING_BEFORE_CUT_BACK_TO_TOP);
    let d = lgsco::parse_bytes(HEADING_BEFORE_CUT_BACK_TO_TOP).unwrap();
    assert_eq!(
        d.skipped.last().map(|s| s.reason),
        Some(lgsco::SkipReason::BackToTop)
    );
}

/// An indented `Category :` line that ends like a title: indented, it was
/// taken for a title whose organisation is `Category :...`; the rendering
/// prints it unindented, where it is the category.
const INDENTED_CATEGORY_LIKE_TITLE: &[u8] =
    b"Bramwell Council (21 017 586)\n Category :Housing (23 018 040)\nSummary: s.\n";

#[test]
fn indented_category_line_round_trips() {
    assert_rendering_stable(INDENTED_CATEGORY_LIKE_TITLE);
    let d = lgsco::parse_bytes(INDENTED_CATEGORY_LIKE_TITLE).unwrap();
    assert_eq!(
        d.header.category.map(|c| c.area),
        Some("Housing (23 018 040)".to_owned())
    );
}

/// A list line that ends like a title (`... Council (23 018 040)`): in the
/// rendering it comes right after the header, where it was read as a
/// second title and lost.
const LIST_LINE_ENDING_IN_A_REFERENCE: &[u8] =
    b"Bramwell Council (23 018 040)\nThe Ombudsman's final decision:\n\xe2\x80\xa2 see the letter to Bramwell Council (23 018 040)\nThe complaint\n- Mr X complains.\n";

/// A stray byte order mark before a dashed line that ends like a title: the
/// mark hid the dash from the grammar but not from the tree.
const BOM_BEFORE_DASHED_TITLE_LIKE_LINE: &[u8] =
    b"Summary: s.\n\xef\xbb\xbf- The courts said so, Bramwell Council (17 001 855)\nThe complaint\n- Mr X complains.\n";

#[test]
fn list_lines_are_never_titles() {
    assert_rendering_stable(LIST_LINE_ENDING_IN_A_REFERENCE);
    assert_rendering_stable(BOM_BEFORE_DASHED_TITLE_LIKE_LINE);
    let d = lgsco::parse_bytes(LIST_LINE_ENDING_IN_A_REFERENCE).unwrap();
    assert_eq!(d.header.organisation.as_deref(), Some("Bramwell Council"));
    assert!(d.skipped.is_empty(), "{:?}", d.skipped);
}

/// A cut heading with a stray byte order mark after it, at the end: the
/// mark is trimmed from the text, so it must not count as text after it.
const CUT_HEADING_BEFORE_TRAILING_BOM: &[u8] =
    b"Summary: s.\nThe complaint\n- Mr X complains.\nThe Ombuds\xef\xbb\xbf";

#[test]
fn trailing_byte_order_mark_is_not_text() {
    assert_rendering_stable(CUT_HEADING_BEFORE_TRAILING_BOM);
}

/// An indented known heading with a word after it: indented, it was a
/// plain line kept whole as the heading `The complaint T`; rendered
/// unindented, it ran into a paragraph `T`. Both are now the heading
/// running into its first sentence.
const INDENTED_RUN_IN_HEADING: &[u8] =
    b"Summary: s.\n\nThe complaint\n\n  The complaint Mr X says the depot is loud.\n\n  2. He asked the Council to act.\n";

#[test]
fn indented_run_in_heading_round_trips() {
    assert_rendering_stable(INDENTED_RUN_IN_HEADING);
    let d = lgsco::parse_bytes(INDENTED_RUN_IN_HEADING).unwrap();
    let last = d.sections.last().unwrap();
    assert_eq!(last.heading.as_deref(), Some("The complaint"));
    assert_eq!(last.paragraphs[0].text, "Mr X says the depot is loud.");
}

/// A carriage return before page furniture (tmin, 31 bytes): the grammar
/// read `\rCookie settings` as text, the tree trimmed the `\r`, and the
/// rendering printed `Cookie settings`, which reads back as furniture. A
/// lone `\r` is now a blank in both.
const CARRIAGE_RETURN_BEFORE_FURNITURE: &[u8] = b"Category:\n>\n\rCookie settings\nc";

/// The same inside a statement's body.
const CARRIAGE_RETURN_IN_BODY: &[u8] =
    b"Summary: s.\nThe complaint\n- Mr X complains.\n\rCookie settings\n- He asked the Council to act.\n";

#[test]
fn lone_carriage_return_is_a_blank() {
    assert_rendering_stable(CARRIAGE_RETURN_BEFORE_FURNITURE);
    assert_rendering_stable(CARRIAGE_RETURN_IN_BODY);
    let d = lgsco::parse_bytes(CARRIAGE_RETURN_IN_BODY).unwrap();
    let reasons: Vec<_> = d.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(reasons, [lgsco::SkipReason::PageFurniture]);
    let texts: Vec<_> = d.sections[0]
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(texts, ["Mr X complains.", "He asked the Council to act."]);
    // Inside a line, a `\r` is text like any other character.
    let d = lgsco::parse("Summary: s.\nThe complaint\n- Mr X\rcomplains.\n").unwrap();
    assert_eq!(d.sections[0].paragraphs[0].text, "Mr X\rcomplains.");
}

/// A report summary's closing words with a blank after them and nothing
/// else: the grammar wanted the blank, the tree trims it, and the rendering,
/// without it, read back as the summary.
const BARE_REPORT_CLOSING: &[u8] =
    b"Bramwell Council (18 002 776)\nOmbudsman satisfied with \nCategory : Education > Schools\n";

#[test]
fn bare_report_closing_round_trips() {
    assert_rendering_stable(BARE_REPORT_CLOSING);
    let d = lgsco::parse_bytes(BARE_REPORT_CLOSING).unwrap();
    assert_eq!(
        d.signature.map(|s| s.text).as_deref(),
        Some("Ombudsman satisfied with")
    );
    assert!(d.summary.is_none());
}

/// An indented line starting `Summary` and ending with a reference (tmin,
/// 19 bytes): the indent hid `Summary` from the check that keeps a summary
/// from being a title, so it was a title of an organisation `Summary`;
/// rendered unindented, it was the summary.
const INDENTED_SUMMARY_ENDING_IN_A_REFERENCE: &[u8] = b"\xc2\xa0Summary(1107 59)";

#[test]
fn indented_summary_is_never_a_title() {
    assert_rendering_stable(INDENTED_SUMMARY_ENDING_IN_A_REFERENCE);
    let input = b"  Summary: Mr X complained about Bramwell Council (23 018 040)\n";
    assert_rendering_stable(input);
    let d = lgsco::parse_bytes(input).unwrap();
    assert!(d.header.organisation.is_none(), "{:?}", d.header);
    assert!(d.summary.unwrap().text.ends_with("(23 018 040)"));
}

/// A paragraph that is only a known heading, first after the header lines
/// (tmin, 20 bytes): printed `- Decision` there, it reads as an entry of a
/// table of contents and is set aside. The rendering numbers it instead.
const HEADING_TEXT_PARAGRAPH_AFTER_HEADER: &[u8] = b"Category:\n*Decision";

#[test]
fn heading_text_paragraph_after_header_round_trips() {
    assert_rendering_stable(HEADING_TEXT_PARAGRAPH_AFTER_HEADER);
    // The same after page furniture that ends the header.
    assert_rendering_stable(b"Category:\nCookie settings\n\xe2\x80\xa2 Final decision\n");
    let d = lgsco::parse_bytes(HEADING_TEXT_PARAGRAPH_AFTER_HEADER).unwrap();
    assert_eq!(d.sections[0].paragraphs[0].text, "Decision");
    assert!(d.to_string().contains("\n1. Decision\n"), "{d}");
}

/// A line holding only a form feed after a cut heading (tmin, 20 bytes):
/// the form feed is text, a paragraph of its own, but where the text ends
/// was judged by Unicode white space, so the heading counted as the last
/// line and was kept as a cut heading; the rendering, `- \x0c`, made it a
/// paragraph.
const CUT_HEADING_BEFORE_FORM_FEED: &[u8] = b"Category:\n\x0c\nwhat w\n\x0c";

#[test]
fn white_space_that_is_text_is_not_the_end() {
    assert_rendering_stable(CUT_HEADING_BEFORE_FORM_FEED);
    let d = lgsco::parse_bytes(CUT_HEADING_BEFORE_FORM_FEED).unwrap();
    let last = d.sections.last().unwrap();
    assert_eq!(last.heading, None);
    assert_eq!(last.paragraphs.last().unwrap().text, "\x0c");
}

/// Page furniture between header lines (tmin, 35 bytes): it ended the
/// header, so `Decision:` after it was a heading; the rendering drops the
/// furniture, and `Decision:` was an empty outcome line. Furniture and
/// `Back to top` are now set aside inside the header too.
const FURNITURE_BETWEEN_HEADER_LINES: &[u8] = b"(36001776)\nCookie settings\nDecision:";

#[test]
fn furniture_between_header_lines_is_set_aside() {
    assert_rendering_stable(FURNITURE_BETWEEN_HEADER_LINES);
    let input = b"Bramwell Council (23 018 040)\nBack to top\nCategory : Housing > Allocations\nSummary: s.\n";
    assert_rendering_stable(input);
    let d = lgsco::parse_bytes(input).unwrap();
    assert!(d.header.category.is_some());
    let reasons: Vec<_> = d.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(reasons, [lgsco::SkipReason::BackToTop]);
    let d = lgsco::parse_bytes(FURNITURE_BETWEEN_HEADER_LINES).unwrap();
    assert!(d.header.spans.outcome.is_some());
    assert!(d.sections.is_empty());
}

/// The `tree_round_trip` property: the canonical rendering reads back as the
/// same tree (spans, printed markers and the summary's label aside).
fn assert_tree_round_trips(input: &[u8]) {
    let Ok(d) = lgsco::parse_bytes(input) else {
        return;
    };
    let text = d.to_string();
    let again = lgsco::parse(&text).unwrap_or_else(|e| panic!("{text:?} does not parse: {e}"));
    assert_eq!(common::view::view(&again), common::view::view(&d), "{text}");
}

/// `tree_round_trip`, 2026-12-02 (the shape of the finding, made-up words):
/// a title run into `Summary`, which the head leaves to the body, followed
/// by a header line. It was read as the next statement, leaving the first
/// empty, and the empty rendering did not parse. A `Summary` line never
/// starts the next statement.
const SUMMARY_RUN_INTO_TITLE: &[u8] =
    b"T won:\nSummaryAnvil Cross Council (24 001 001)\n\nCategory : Housing > Allocations\n";

#[test]
fn summary_run_into_a_title_is_not_the_next_statement() {
    assert_tree_round_trips(SUMMARY_RUN_INTO_TITLE);
    let d = lgsco::parse_bytes(SUMMARY_RUN_INTO_TITLE).unwrap();
    assert!(d
        .skipped
        .iter()
        .all(|s| s.reason != lgsco::SkipReason::NextStatement));
}

/// `tree_round_trip`, 2026-12-02 (shape of the finding): lone carriage
/// returns inside a line outnumber the line feeds of the rendering, which
/// drops the blank lines, so the rendering was refused as a text whose lines
/// end with lone CRs. Line feeds now always make the text be parsed.
const LONE_CRS_INSIDE_A_SUMMARY: &[u8] = b"Summary: a\rb\rc\rd.\n\n\n\n\n\n";

#[test]
fn lone_crs_inside_a_line_survive_the_rendering() {
    assert_tree_round_trips(LONE_CRS_INSIDE_A_SUMMARY);
    let d = lgsco::parse_bytes(LONE_CRS_INSIDE_A_SUMMARY).unwrap();
    assert_eq!(d.summary.unwrap().text, "a\rb\rc\rd.");
}

/// `display_round_trip`, 2026-12-02 (shape of the finding, made-up words):
/// a statement whose only lines after the header are a cut `Back to top`
/// (`Back`, `Back t`), followed by the next statement. Where the text ends
/// was measured to the end of the input rather than to the next statement,
/// so `Back t` was not the last line and became a cut heading; in the
/// rendering, without the next statement, it was the last line and a cut
/// `Back to top`.
const CUT_BACK_TO_TOP_BEFORE_THE_NEXT_STATEMENT: &[u8] =
    b"Category : Housing > Allocations\n\nBack\n\nBack t\nAnvil Cross Council (23 020 076)\n\nCategory : Education > Admissions\n";

#[test]
fn cut_back_to_top_before_the_next_statement_round_trips() {
    assert_rendering_stable(CUT_BACK_TO_TOP_BEFORE_THE_NEXT_STATEMENT);
    assert_tree_round_trips(CUT_BACK_TO_TOP_BEFORE_THE_NEXT_STATEMENT);
    let d = lgsco::parse_bytes(CUT_BACK_TO_TOP_BEFORE_THE_NEXT_STATEMENT).unwrap();
    assert!(d.sections.is_empty());
}

/// `tree_round_trip`, 2026-12-05 (shape of the finding, made-up words): a
/// line between a paragraph and its list (a citation standing alone) that
/// ends like a title, `... Council (23 002 958)`. The tree keeps it among
/// the paragraph's trailing lines, and the rendering printed those after
/// the items, where the line came right before `Decision : ...` and read as
/// the title of another statement: the rendering lost the rest.
const TITLE_LIKE_LINE_BEFORE_A_LIST: &[u8] = b"The Ombudsman's final decision\nSummary: We will not investigate this complaint about noise.\nThe complaint\nMr X complains about the noise from a depot.\n(Local Government Act 1974, section 26, Anvil Cross Council (23 002 958)\n\n\xe2\x80\xa3Category : Benefits and tax > Council tax\n\nDecision : Closed after initial enquiries\n\nDecision date : 23 Aug 2023\n\nWe will not investigate.\n";

#[test]
fn title_like_line_before_a_list_round_trips() {
    let (text, line) = rendered_title_like_line(TITLE_LIKE_LINE_BEFORE_A_LIST, 1);
    // Printed where it stands: between the paragraph and its list.
    assert!(line < text.find("Category").unwrap(), "{text}");
}

/// Checks both round trips of an input whose first paragraph has `items`
/// items and one trailing line, `(Local Government Act ...`; gives the
/// rendering and where that line is printed in it.
fn rendered_title_like_line(input: &[u8], items: usize) -> (String, usize) {
    assert_tree_round_trips(input);
    assert_rendering_stable(input);
    let d = lgsco::parse_bytes(input).unwrap();
    let p = &d.sections[0].paragraphs[0];
    assert_eq!((p.items.len(), p.trailing.len()), (items, 1));
    let text = d.to_string();
    let line = text.find("(Local Government Act").unwrap();
    (text, line)
}

/// `tree_round_trip`, 2026-12-05 (shape of the finding, made-up words):
/// finding 22 again, the title-like line standing between two items of the
/// list, and a `Category :` line after the list.
const TITLE_LIKE_LINE_BETWEEN_ITEMS: &[u8] = b"The Ombudsman's final decision\nSummary: We will not investigate this complaint about a plan.\nThe complaint\nMrs X complains about her son's plan:\n\n\xc2\xb7the plan was late;\n(Local Government Act 1974, section 26, Anvil Cross Council (19 011 371)\n\n\xc2\xb7the plan was wrong.\n\nCategory : Education > Special educational needs\n\nWe will not investigate.\n";

#[test]
fn title_like_line_between_items_round_trips() {
    let (text, line) = rendered_title_like_line(TITLE_LIKE_LINE_BETWEEN_ITEMS, 2);
    // Printed where it stands: between the two items.
    assert!(
        text.find("late").unwrap() < line && line < text.find("wrong").unwrap(),
        "{text}"
    );
}

/// `tree_round_trip`, 2026-12-05 (shape of the finding): cut `Back to top`
/// lines, and nothing else, after the header. Only the last counted as the
/// end, so `Back` was a cut heading; in the rendering it was the last line
/// and set aside. Every cut `Back to top` in the run that ends the text is
/// set aside, whatever stands before it.
const CUT_BACK_TO_TOP_RUN_AFTER_THE_HEADER: &[u8] =
    b"Decision : Upheld\n\nBack to t\n\nBack\nBack to t";

/// `display_round_trip`, 2026-12-05 (shape of the finding, made-up words):
/// the same run after a summary and a paragraph, blank lines between.
const CUT_BACK_TO_TOP_RUN_AFTER_A_PARAGRAPH: &[u8] = b"Bramwell Council (23 018 040)\nDecision date : 14 May 2024\n\nSummary: s.\nThe complaint\nMr X complained.\n\nBack to \n\n \n\nBack to \n\n\nBack to t";

#[test]
fn cut_back_to_top_run_at_the_end_is_set_aside() {
    for input in [
        CUT_BACK_TO_TOP_RUN_AFTER_THE_HEADER,
        CUT_BACK_TO_TOP_RUN_AFTER_A_PARAGRAPH,
    ] {
        assert_rendering_stable(input);
        assert_tree_round_trips(input);
        let d = lgsco::parse_bytes(input).unwrap();
        // Set aside from the first cut line to the end (adjacent skips join).
        let first = input.windows(4).position(|w| w == b"Back").unwrap();
        let cut: Vec<_> = d.skipped.iter().map(|s| (s.reason, s.span.start)).collect();
        assert_eq!(cut[0], (lgsco::SkipReason::BackToTop, first), "{d:?}");
        assert!(d
            .skipped
            .iter()
            .all(|s| s.reason == lgsco::SkipReason::BackToTop));
        assert_eq!(d.skipped.last().unwrap().span.end, input.len());
    }
    let d = lgsco::parse_bytes(CUT_BACK_TO_TOP_RUN_AFTER_THE_HEADER).unwrap();
    assert!(d.summary.is_none() && d.sections.is_empty());
}

#[test]
fn cut_back_to_top_before_the_text_is_text() {
    let input = b"Decision : Upheld\n\nBack to t\n\nBack\nThe council was at fault.";
    assert_rendering_stable(input);
    assert_tree_round_trips(input);
    let d = lgsco::parse_bytes(input).unwrap();
    assert!(d.skipped.is_empty(), "{:?}", d.skipped);
    assert_eq!(
        d.summary.as_ref().map(|s| s.text.as_str()),
        Some("Back to t")
    );
}
