//! Validation over fixtures written for these tests (fictional councils and
//! people): one fixture per diagnostic code, each asserting the code's line
//! and column, plus the rendered and JSON forms.

use chrono::NaiveDate;
use lgsco::{Code, Report, Severity, ValidateOptions};
use std::collections::BTreeSet;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A fixed "today", so the date checks do not depend on the clock.
fn options() -> ValidateOptions {
    ValidateOptions::new().with_today(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap())
}

fn report<'s>(text: &'s str, name: &str) -> Report<'s> {
    lgsco::validate_with(text, &options()).with_path(name)
}

/// Each code, the fixture that triggers it, and where (line, column).
const CASES: &[(Code, &str, usize, usize)] = &[
    (Code::ParseError, "parse-error", 1, 1),
    (Code::MissingTitle, "missing-title", 1, 1),
    (Code::MissingReference, "missing-title", 1, 1),
    (Code::MissingCategory, "missing-category", 2, 1),
    (Code::MissingOutcome, "missing-outcome", 3, 1),
    (Code::MissingDate, "missing-date", 4, 1),
    (
        Code::ReferenceNotCanonical,
        "reference-not-canonical",
        1,
        27,
    ),
    (Code::InvalidDate, "invalid-date", 4, 17),
    (Code::DateFormat, "date-format", 4, 17),
    (
        Code::DateBeforeReferenceYear,
        "date-before-reference-year",
        4,
        17,
    ),
    (Code::DateInFuture, "date-in-future", 4, 17),
    (Code::UnknownOutcome, "unknown-outcome", 3, 12),
    (Code::UnknownCategoryArea, "unknown-category-area", 2, 1),
    (Code::UnknownSubcategory, "unknown-subcategory", 2, 22),
    (Code::MissingSummary, "missing-summary", 6, 1),
    (Code::NoSections, "no-sections", 7, 1),
    (
        Code::MissingComplaintSection,
        "missing-complaint-section",
        7,
        1,
    ),
    (Code::MissingFinalDecision, "missing-final-decision", 15, 1),
    (Code::MissingSignature, "missing-signature", 16, 76),
    (Code::Truncated, "truncated", 14, 31),
    (Code::DuplicateSection, "duplicate-section", 9, 1),
    (Code::SectionOutOfOrder, "section-out-of-order", 15, 1),
    (Code::EmptySection, "empty-section", 11, 1),
    (
        Code::ParagraphOutsideSection,
        "paragraph-outside-section",
        7,
        1,
    ),
    (Code::UnbalancedBrackets, "unbalanced-brackets", 10, 108),
    (Code::CitationSlip, "citation-slip", 10, 155),
    (Code::UnknownInstrument, "unknown-instrument", 10, 85),
    (Code::NoSuchProvision, "no-such-provision", 10, 128),
    (Code::UnresolvedReference, "unresolved-reference", 10, 85),
    (Code::SkippedText, "skipped-text", 19, 1),
    (Code::MixedMarkers, "mixed-markers", 8, 3),
    (Code::RepeatedLine, "repeated-line", 18, 1),
    (Code::NoHeader, "no-header", 1, 1),
    (Code::NextStatement, "next-statement", 19, 1),
    (Code::ConflictingHeader, "conflicting-header", 3, 1),
    (Code::OutcomeDisagrees, "outcome-disagrees", 3, 12),
];

#[test]
fn every_code_has_a_fixture() {
    let covered: BTreeSet<Code> = CASES.iter().map(|c| c.0).collect();
    let missing: Vec<Code> = Code::ALL
        .into_iter()
        .filter(|c| !covered.contains(c))
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}

#[test]
fn each_fixture_triggers_its_code_where_expected() {
    let mut failures = Vec::new();
    for &(code, name, line, column) in CASES {
        let text = fixture(&format!("validate/{name}.txt"));
        let report = report(&text, name);
        let found: Vec<_> = report
            .iter()
            .filter(|l| l.diagnostic.code == code)
            .map(|l| (l.start.line, l.start.column))
            .collect();
        if found != [(line, column)] {
            failures.push(format!(
                "{name}: expected {code} at {line}:{column}, found {found:?}\n{report}"
            ));
        }
        // Nothing else but what the fixture is about.
        let others: Vec<Code> = report
            .diagnostics()
            .iter()
            .map(|d| d.code)
            .filter(|c| !CASES.iter().any(|&(k, n, _, _)| k == *c && n == name))
            .collect();
        if !others.is_empty() {
            failures.push(format!("{name}: also reported {others:?}\n{report}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn clean_statements_have_no_diagnostics() {
    for name in ["validate/clean.txt", "dashed.txt"] {
        let text = fixture(name);
        let report = report(&text, name);
        assert!(report.diagnostics().is_empty(), "{report}");
    }
    // The sample prints LGSCO's `section 34(B)`, a slip for section 34B.
    let sample = lgsco::validate_with(lgsco::SAMPLE, &options());
    let codes: Vec<Code> = sample.diagnostics().iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::CitationSlip], "{sample}");
}

#[test]
fn renderings_are_valid_with_notes_for_what_was_skipped() {
    let codes = |name: &str| -> Vec<&'static str> {
        let text = fixture(name);
        report(&text, name)
            .diagnostics()
            .iter()
            .map(|d| d.code.name())
            .collect()
    };
    // The web copy prints two of LGSCO's slips, `34(B)` and `34H(i)`.
    assert_eq!(
        codes("web.txt"),
        [
            "skipped-text",
            "citation-slip",
            "citation-slip",
            "skipped-text"
        ]
    );
    // The report summary closes with `Ombudsman satisfied ...` and has no
    // sections: neither is a fault in that rendering.
    assert_eq!(codes("report.txt"), ["skipped-text"]);
    // A mirror copy prints no header: one note, not five warnings.
    assert_eq!(codes("mirror.txt"), ["skipped-text", "no-header"]);
    assert_eq!(codes("mirror_summary_label.txt"), ["no-header"]);
    assert_eq!(codes("truncated.txt"), ["truncated"]);
}

#[test]
fn the_future_depends_on_today() {
    let text = fixture("validate/clean.txt"); // dated 14 Mar 2024
    let on = |y, m, d| {
        let options = ValidateOptions::new().with_today(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        lgsco::validate_with(&text, &options)
            .diagnostics()
            .iter()
            .any(|d| d.code == Code::DateInFuture)
    };
    assert!(on(2024, 3, 13));
    assert!(!on(2024, 3, 14));
    // With the clock, a statement of 2099 is in the future.
    let future = fixture("validate/date-in-future.txt");
    assert!(lgsco::validate(&future)
        .diagnostics()
        .iter()
        .any(|d| d.code == Code::DateInFuture));
}

#[test]
fn truncation_points_at_the_cut() {
    let text = fixture("validate/clean.txt");
    let end = text.find("Investigator's").unwrap();
    // Cut at every byte of the last two sections and of the signature:
    // always at least one error.
    let from = text.find("My assessment").unwrap();
    for cut in (from..end + 40).filter(|&i| text.is_char_boundary(i)) {
        let report = lgsco::validate_with(&text[..cut], &options());
        assert!(
            report.has_errors(),
            "no error when cut at {cut}: {:?}",
            &text[cut.saturating_sub(20)..cut]
        );
    }
    // A cut signature is a truncation.
    let report = lgsco::validate_with(&text[..end + 30], &options());
    let codes: Vec<Code> = report.diagnostics().iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::Truncated]);
}

#[test]
fn the_human_form() {
    let text = fixture("validate/invalid-date.txt");
    let report = report(&text, "invalid-date.txt");
    assert_eq!(
        report.to_string(),
        "invalid-date.txt:4:17: error[H007]: the decision date `31 Feb 2024` is not a real date\n  \
         |\n\
         4 | Decision date : 31 Feb 2024\n  \
         |                 ^^^^^^^^^^^\n  \
         = help: Feb has no day 31\n\n"
    );
}

#[test]
fn long_lines_are_shown_around_the_span() {
    let text = fixture("validate/unbalanced-brackets.txt");
    let report = report(&text, "u.txt");
    let shown = report.iter().next().unwrap().to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[0], "u.txt:10:108: warning[C001]: `(` is never closed");
    // The source line is cut to a window; the caret still points at `(`.
    let source = lines[2].split_once(" | ").unwrap().1;
    let caret = lines[3].split_once(" | ").unwrap().1;
    assert!(source.starts_with('…'));
    let at = caret.chars().position(|c| c == '^').unwrap();
    assert_eq!(source.chars().nth(at), Some('('));
}

#[test]
fn json_lines_carry_file_code_severity_and_position() {
    let text = fixture("validate/truncated.txt");
    let report = report(&text, "truncated.txt");
    let located = report.iter().next().unwrap();
    let json: serde_json::Value = serde_json::to_value(located).unwrap();
    assert_eq!(json["file"], "truncated.txt");
    assert_eq!(json["code"], "S006");
    assert_eq!(json["name"], "truncated");
    assert_eq!(json["severity"], "error");
    assert_eq!(
        (json["line"].as_u64(), json["column"].as_u64()),
        (Some(14), Some(31))
    );
    assert!(json["message"].as_str().unwrap().contains("rev"));
    assert!(json["help"].is_string());
    let whole = serde_json::to_value(&report).unwrap();
    assert_eq!(whole["errors"], 1);
    assert_eq!(whole["diagnostics"][0]["code"], "S006");
}

#[test]
fn diagnostics_round_trip_through_json() {
    let text = fixture("validate/date-format.txt");
    let d = lgsco::parse(&text).unwrap();
    let diagnostics = d.validate_with(&options());
    let json = serde_json::to_string(&diagnostics).unwrap();
    assert!(json.contains("\"code\":\"H008\""));
    assert!(json.contains("\"severity\":\"warning\""));
    let back: Vec<lgsco::Diagnostic> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, diagnostics);
    assert_eq!(back[0].severity, Severity::Warning);
}

#[test]
fn decision_validate_matches_the_report() {
    for &(_, name, _, _) in CASES {
        let text = fixture(&format!("validate/{name}.txt"));
        let Ok(d) = lgsco::parse(&text) else {
            continue;
        };
        let report = lgsco::validate_with(&text, &options());
        assert_eq!(d.validate_with(&options()), report.diagnostics(), "{name}");
    }
}

#[test]
fn dates_printed_another_way_are_warnings_and_impossible_ones_errors() {
    let clean = fixture("validate/clean.txt");
    let codes = |date: &str| -> Vec<Code> {
        let text = clean.replace("14 Mar 2024", date);
        lgsco::validate_with(&text, &options())
            .diagnostics()
            .iter()
            .map(|d| d.code)
            .collect()
    };
    assert_eq!(codes("14 Mar 2024"), []);
    assert_eq!(codes("14 March 2024"), [Code::DateFormat]);
    assert_eq!(codes("14 Sept 2023"), [Code::DateFormat]);
    assert_eq!(codes("4 Mar 2024"), [Code::DateFormat]);
    assert_eq!(codes("14/03/2024"), [Code::DateFormat]);
    // Printed another way and also before the reference's year (23 ...).
    assert_eq!(
        codes("14 Sept 2022"),
        [Code::DateFormat, Code::DateBeforeReferenceYear]
    );
    assert_eq!(codes("30 Feb 2024"), [Code::InvalidDate]);
    assert_eq!(codes("31 Sep 2023"), [Code::InvalidDate]);
    assert_eq!(codes("last Tuesday"), [Code::InvalidDate]);
}

#[test]
fn line_endings_and_byte_order_marks_keep_positions() {
    let text = fixture("validate/invalid-date.txt");
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let report = lgsco::validate_with(&crlf, &options());
    let bad = report.iter().next().unwrap();
    assert_eq!(bad.diagnostic.code, Code::InvalidDate);
    assert_eq!((bad.start.line, bad.start.column), (4, 17));
    let shown = bad.to_string();
    assert!(
        shown.contains("4 | Decision date : 31 Feb 2024\n"),
        "{shown}"
    );
    // A diagnostic on the first line does not show the byte order mark.
    let text = fixture("validate/reference-not-canonical.txt");
    let with_bom = format!("\u{feff}{text}");
    let report = lgsco::validate_with(&with_bom, &options());
    let shown = report.iter().next().unwrap().to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[2], "1 | Ashcombe Borough Council (23-014-220)");
    assert_eq!(lines[3], "  |                           ^^^^^^^^^^");
}

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Mangled statements never make validation panic, and every diagnostic
/// points inside the input on character boundaries and renders.
#[test]
fn mangled_input_gives_sound_diagnostics() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts: Vec<String> = Vec::new();
    for sub in ["", "validate"] {
        for entry in std::fs::read_dir(format!("{dir}/{sub}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let pieces = [
        "(",
        ")",
        "]",
        "\n",
        "\r\n",
        "Back to t",
        "- ",
        "  1. ",
        "  • ",
        "’",
        "\u{a0}",
        "Decision date : 31 Feb 2024\n",
        "The complaint\n",
        "Investigator's decision",
        "Ombudsman satisfied with Council's response: 4 Nov",
    ];
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for round in 0..1500 {
        let mut text = texts[rng.below(texts.len())].clone();
        for _ in 0..1 + rng.below(4) {
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => text.insert_str(at, pieces[rng.below(pieces.len())]),
                1 => {
                    let mut end = (at + rng.below(80)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => text.truncate(at),
            }
        }
        let report = lgsco::validate_with(&text, &options());
        for located in report.iter() {
            let span = located.diagnostic.span;
            assert!(
                span.slice(&text).is_some(),
                "round {round}: {} span {span} outside {text:?}",
                located.diagnostic.code
            );
            assert!(!located.to_string().is_empty());
        }
        serde_json::to_string(&report).unwrap();
    }
}

#[test]
fn only_unknown_headings_is_no_sections() {
    let clean = fixture("validate/clean.txt");
    let mut lines: Vec<&str> = clean.lines().collect();
    // Keep the header and summary, then one unknown heading and a paragraph.
    lines.truncate(6);
    lines.extend([
        "Notes on the file",
        "- Mr T sent us his letters.",
        "Investigator's decision on behalf of the Ombudsman",
    ]);
    let text = lines.join("\n");
    let report = lgsco::validate_with(&text, &options());
    let codes: Vec<(Code, usize, usize)> = report
        .iter()
        .map(|l| (l.diagnostic.code, l.start.line, l.start.column))
        .collect();
    assert_eq!(codes, [(Code::NoSections, 7, 1)], "{report}");
}

/// The clean fixture with its line 10 (a paragraph of `The Ombudsman’s role
/// and powers`) replaced: each cited-law diagnostic as (code, column,
/// message, help).
fn law(line: &str) -> Vec<(Code, usize, String, String)> {
    let clean = fixture("validate/clean.txt");
    let mut lines: Vec<&str> = clean.lines().collect();
    lines[9] = line;
    let text = lines.join("\n") + "\n";
    let report = lgsco::validate_with(&text, &options());
    report
        .iter()
        .map(|l| {
            assert_eq!(l.start.line, 10, "{report}");
            let d = l.diagnostic;
            (
                d.code,
                l.start.column,
                d.message.clone(),
                d.help.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn each_slip_is_reported_with_its_reading_and_canonical_form() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // (citation, slip as printed, reading, help)
        (
            "(Local Government Act 1974, section 30(1B) and 34H(i), as amended)",
            "(i)",
            "s. 34H(1)",
            "print `34H(1)` (canonical form `1974 c. 7 s. 34H(1)`)",
        ),
        (
            "(Local Government Act 1974, sections 24A(1)(A) and 25(7), as amended)",
            "(A)",
            "s. 24A(1)(a)",
            "print `24A(1)(a)`",
        ),
        (
            "(Local Government Act 1974, sections 34B, 34C and 34H(3 and 4))",
            "(3 and 4)",
            "s. 34H(3) and s. 34H(4)",
            "print `34H(3) and 34H(4)`",
        ),
        (
            "(Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)",
            "Schedule 5/5A, paragraph 1/3",
            "Sch. 5 para. 1 and Sch. 5A para. 3",
            "print `Schedule 5, paragraph 1 and Schedule 5A, paragraph 3`",
        ),
        (
            "(Local Government Act 1974, Schedule 5.5, as amended)",
            "Schedule 5.5",
            "Sch. 5 para. 5",
            "print `Schedule 5, paragraph 5`",
        ),
        (
            "(Local Government Act 1974, paragraph 5A schedule 5, as amended)",
            "paragraph 5A schedule 5",
            "Sch. 5 para. 5A",
            "(canonical form `1974 c. 7 Sch. 5 para. 5A`)",
        ),
        (
            "(Local Government Act 1974, section 24A (6), as amended)",
            " (6)",
            "s. 24A(6)",
            "print `24A(6)`",
        ),
        (
            "[Local Government Act 1974, section 26(6)(c), as amended]",
            "[",
            "`(Local Government Act 1974, section 26(6)(c), as amended)`",
            "round brackets",
        ),
    ];
    let prefix = "- We may decide not to investigate. ";
    for &(citation, slip, reading, help) in cases {
        let found = law(&format!("{prefix}{citation}"));
        let column = prefix.chars().count() + citation.find(slip).unwrap() + 1;
        assert_eq!(found.len(), 1, "{citation}: {found:?}");
        let (code, col, message, help_text) = &found[0];
        assert_eq!((*code, *col), (Code::CitationSlip, column), "{citation}");
        assert!(
            message.ends_with(&format!("reads as {reading}")),
            "{message}"
        );
        assert!(help_text.contains(help), "{help_text}");
    }
    // A capital after a Roman numeral is a clause, as the law prints it.
    assert_eq!(
        law("- See section 12(2)(a)(i)(A) of the Care Act 2014."),
        []
    );
}

#[test]
fn unclosed_citations_are_reported_once_as_unbalanced_brackets() {
    let found =
        law("- We cannot investigate. (Local Government Act 1974, section 26(6)(c), as amended");
    let codes: Vec<Code> = found.iter().map(|f| f.0).collect();
    assert_eq!(codes, [Code::UnbalancedBrackets]);
}

#[test]
fn unknown_instruments() {
    let codes =
        |line: &str| -> Vec<(Code, usize)> { law(line).into_iter().map(|f| (f.0, f.1)).collect() };
    // In the table, with or without the year (one Act has the title).
    assert_eq!(
        codes("- Under section 17 of the Children Act 1989 and the Care Act."),
        []
    );
    assert_eq!(
        codes("- The Freedom of Information Act gives a right of access."),
        []
    );
    // Not in the table.
    let found = law("- The Council acted under the Caravan Sites Act 1968.");
    assert_eq!((found[0].0, found[0].1), (Code::UnknownInstrument, 31));
    assert!(found[0]
        .2
        .starts_with("`Caravan Sites Act 1968` is not an instrument"));
    // Without the year, and two Acts in the table have the title.
    let found = law("- Under Part 3A of the Local Government Act, we investigate care providers.");
    assert_eq!((found[0].0, found[0].1), (Code::UnknownInstrument, 24));
    assert!(found[0]
        .3
        .contains("`Local Government Act 1972` or `Local Government Act 1974`"));
    // ... but not when the statement printed the year before.
    let clean = fixture("validate/clean.txt");
    let text = clean.replace(
        "- I considered information provided by Mr T.",
        "- I considered the Local Government Act, as Mr T asked.",
    );
    assert!(lgsco::validate_with(&text, &options())
        .diagnostics()
        .is_empty());
    // A misspelt court in a neutral citation; a law report series is not
    // a court.
    let found =
        law("- See R (M) v Commissioner for Local Administration [2006] EHWCC 2847 (Admin).");
    assert_eq!((found[0].0, found[0].1), (Code::UnknownInstrument, 60));
    assert_eq!(found[0].3, "did you mean `EWHC`?");
    assert_eq!(
        codes("- See [2006] EWHC 2847 (Admin) and [2007] 1 FLR 256."),
        []
    );
}

#[test]
fn provisions_the_local_government_act_1974_does_not_have() {
    let missing = |line: &str| -> Vec<(usize, String)> {
        law(line)
            .into_iter()
            .filter(|f| f.0 == Code::NoSuchProvision)
            .map(|f| (f.1, f.2))
            .collect()
    };
    let prefix = "- We cannot investigate. ";
    for (citation, what, at) in [
        (
            "(Local Government Act 1974, section 99)",
            "section 99",
            "99",
        ),
        (
            "(Local Government Act 1974, sections 26(1) and 26E(1))",
            "section 26E",
            "26E",
        ),
        (
            "(Local Government Act 1974, Schedule 12)",
            "Schedule 12",
            "Schedule",
        ),
        (
            "(Local Government Act 1974, Schedule 5, paragraph 12)",
            "paragraph 12 of Schedule 5",
            "Schedule",
        ),
        ("(Local Government Act 1974, Part 7)", "Part 7", "7)"),
        (
            "(Local Government Act 1974, regulation 19)",
            "regulation 19",
            "19)",
        ),
    ] {
        let found = missing(&format!("{prefix}{citation}"));
        let column = prefix.len() + citation.find(at).unwrap() + 1;
        assert_eq!(
            found,
            [(
                column,
                format!("the Local Government Act 1974 has no {what}")
            )]
            .into_iter()
            .map(|(c, m)| (
                c,
                if what.starts_with("regulation") {
                    m + " (an Act has none)"
                } else {
                    m
                }
            ))
            .collect::<Vec<_>>(),
            "{citation}"
        );
    }
    // Every provision statements cite exists.
    for citation in [
        "(Local Government Act 1974, sections 24A(6), 26(1), 26(5), 26(6)(a)-(c), 26A(1), 26B, 26D, 30(1B), 31(2), 34(3), 34B(8), 34C, 34D and 34H(1), as amended)",
        "(Local Government Act 1974, Schedule 5, paragraphs 1, 3 and 5(2), as amended)",
        "(Local Government Act 1974, Schedule 5A, paragraph 3, as amended)",
        "(Local Government Act 1974, Part III and Part 3A)",
    ] {
        assert_eq!(missing(&format!("{prefix}{citation}")), [], "{citation}");
    }
    // A short reference takes the Act from the citation before it.
    let found = missing("- We cannot investigate. (Local Government Act 1974, section 26(6)(c)) The Council owed a duty under section 188.");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].1.contains("`188` is read as that Act"),
        "{}",
        found[0].1
    );
}

#[test]
fn unresolved_short_references() {
    let found = law("- We must consider whether the Act allows us to investigate.");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].0, found[0].1), (Code::UnresolvedReference, 28));
    assert!(found[0].2.starts_with("`the Act` names no instrument"));
    // The help names, as a hint, the instrument of the same provision cited
    // earlier in the statement.
    let clean = fixture("validate/clean.txt");
    let text = clean.replace(
        "- Mr T complains the Council gave him poor advice when he told it he was homeless.",
        "- Mr T complains the Council did not follow section 17 of the Children Act 1989.",
    );
    let text = text.replace(
        "- I considered information provided by Mr T.",
        "- I considered the Council’s section 17 assessment.",
    );
    let report = lgsco::validate_with(&text, &options());
    let d = &report.diagnostics()[0];
    assert_eq!(d.code, Code::UnresolvedReference, "{report}");
    assert_eq!(
        d.help.as_deref(),
        Some("name the instrument in this paragraph (the statement cited section 17 of the Children Act 1989 before)")
    );
    let found = law("- Mr T says the Council breached its section 17 duty.");
    assert_eq!(found[0].0, Code::UnresolvedReference);
    assert_eq!(
        found[0].3,
        "name the instrument in this paragraph, in the reference or before it"
    );
    // Resolved within the paragraph: nothing to say.
    assert_eq!(
        law("- We cannot investigate late complaints (Local Government Act 1974, section 26B). Section 26B sets twelve months."),
        []
    );
}

/// The too-large diagnostic points where its error says: 1:1.
#[test]
fn too_large_points_at_the_start() {
    let options =
        ValidateOptions::new().with_parse_options(lgsco::Options::default().max_input_len(10));
    let report = lgsco::validate_with(lgsco::SAMPLE, &options);
    let first = report.iter().next().unwrap();
    assert_eq!(first.diagnostic.code, Code::ParseError);
    assert_eq!(first.diagnostic.span, lgsco::Span::new(0, 0));
    assert_eq!((first.start.line, first.start.column), (1, 1));
}
