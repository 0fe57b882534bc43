//! Cited law: one test for each form of citation listed in FORMAT.md, over
//! fixtures written for fictional councils, and a check over every real
//! statement in `../shared` that each parenthetical Local Government Act 1974
//! citation is found with exactly its provisions, and nothing else.

mod common;

use lgsco::{
    Citation, CitationForm, CitationNote, CitationNoteKind, Decision, InstrumentKind, Location,
    ProvisionKind,
};
use std::collections::HashMap;

const LGA: &str = "ukpga/1974/7";

/// A statement whose only paragraph is `paragraph`.
fn statement(paragraph: &str) -> String {
    format!(
        "Summary: We will not investigate Mrs D’s complaint about Wessex Vale District Council.\n\
         The Ombudsman’s role and powers\n- {paragraph}\n"
    )
}

/// The citations of a one-paragraph statement, in order.
fn cite(paragraph: &str) -> (String, Vec<Citation>) {
    let text = statement(paragraph);
    let d = lgsco::parse(&text).unwrap();
    let found = d.citations().map(|c| c.citation.clone()).collect();
    (text, found)
}

/// Asserts the provisions of the one citation in `paragraph`: canonical
/// forms and URIs (`None` when the instrument has no identifier). Returns
/// the citation for further checks.
fn check(paragraph: &str, expected: &[(&str, Option<&str>)]) -> Citation {
    let (text, found) = cite(paragraph);
    assert_eq!(
        found.len(),
        1,
        "one citation expected in {paragraph:?}: {found:#?}"
    );
    let c = found.into_iter().next().unwrap();
    assert_eq!(c.span.slice(&text), Some(c.text.as_str()));
    let got: Vec<(String, Option<String>)> = c
        .provisions
        .iter()
        .map(|p| (p.canonical.clone(), p.uri.clone()))
        .collect();
    let want: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(canonical, uri)| {
            (
                canonical.to_string(),
                uri.map(|u| format!("http://www.legislation.gov.uk/id/{u}")),
            )
        })
        .collect();
    assert_eq!(got, want, "in {paragraph:?}");
    for p in &c.provisions {
        assert_eq!(p.span.slice(&text), Some(p.text.as_str()), "{p:?}");
        assert!(c.span.contains(p.span));
    }
    for n in &c.notes {
        assert!(c.span.contains(n.span), "{n:?} outside {c:?}");
    }
    c
}

fn lga(path: &str) -> Option<String> {
    Some(format!("{LGA}/{path}"))
}

fn has_note(c: &Citation, f: fn(&CitationNote) -> bool) -> bool {
    c.notes.iter().any(f)
}

// ------------------------------------------------------------ lists

#[test]
fn two_sections() {
    let c = check(
        "We may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)",
        &[
            ("s. 26(1)", lga("section/26/1").as_deref()),
            ("s. 26A(1)", lga("section/26A/1").as_deref()),
        ],
    );
    assert_eq!(c.form, CitationForm::Parenthetical);
    assert!(c.as_amended);
    assert!(c.notes.is_empty());
    let i = c.instrument.unwrap();
    assert_eq!(
        (i.title.as_str(), i.year, i.kind),
        ("Local Government Act", Some(1974), InstrumentKind::Act)
    );
    assert_eq!(i.id.as_deref(), Some(LGA));
}

#[test]
fn three_sections_with_commas() {
    check(
        "We look at fault and its effect. (Local Government Act 1974, sections 26(1), 26A(1) and 34(3))",
        &[
            ("s. 26(1)", lga("section/26/1").as_deref()),
            ("s. 26A(1)", lga("section/26A/1").as_deref()),
            ("s. 34(3)", lga("section/34/3").as_deref()),
        ],
    );
}

#[test]
fn list_inside_one_bracket() {
    let c = check(
        "Care providers are within our remit. (Local Government Act 1974, sections 34B, 34C and 34H(3 and 4))",
        &[
            ("s. 34B", lga("section/34B").as_deref()),
            ("s. 34C", lga("section/34C").as_deref()),
            ("s. 34H(3)", lga("section/34H/3").as_deref()),
            ("s. 34H(4)", lga("section/34H/4").as_deref()),
        ],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::ListInBrackets));
}

#[test]
fn bracket_alone_continues_the_section() {
    let c = check(
        "We may suggest a remedy for injustice. (Local Government Act 1974, sections 34H(3) and (4), as amended)",
        &[
            ("s. 34H(3)", lga("section/34H/3").as_deref()),
            ("s. 34H(4)", lga("section/34H/4").as_deref()),
        ],
    );
    assert_eq!(c.provisions[1].text, "(4)");
    assert!(c.notes.is_empty());
}

#[test]
fn ampersand_between_subsections() {
    check(
        "We may end an investigation. (Local Government Act 1974, section 24A(6) & (7), section 34(B), as amended)",
        &[
            ("s. 24A(6)", lga("section/24A/6").as_deref()),
            ("s. 24A(7)", lga("section/24A/7").as_deref()),
            ("s. 34B", lga("section/34B").as_deref()),
        ],
    );
}

#[test]
fn roman_subsection() {
    let c = check(
        "We issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)",
        &[
            ("s. 30(1B)", lga("section/30/1B").as_deref()),
            ("s. 34H(1)", lga("section/34H/1").as_deref()),
        ],
    );
    assert_eq!(c.provisions[1].text, "34H(i)");
    assert_eq!(c.provisions[1].path, ["1"]);
    let note = c
        .notes
        .iter()
        .find(|n| n.kind == CitationNoteKind::RomanSubsection)
        .unwrap();
    assert_eq!(note.span.len(), "(i)".len());
}

#[test]
fn ranges_of_paragraphs() {
    check(
        "Other remedies come first. (Local Government Act 1974, section 26(6)(a)-(c))",
        &[
            ("s. 26(6)(a)", lga("section/26/6/a").as_deref()),
            ("s. 26(6)(b)", lga("section/26/6/b").as_deref()),
            ("s. 26(6)(c)", lga("section/26/6/c").as_deref()),
        ],
    );
}

// ------------------------------------------------------------ schedules

#[test]
fn schedules_and_paragraphs_paired_by_position() {
    let c = check(
        "We cannot investigate the start of court action. (Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)",
        &[
            ("Sch. 5 para. 1", lga("schedule/5/paragraph/1").as_deref()),
            ("Sch. 5A para. 3", lga("schedule/5A/paragraph/3").as_deref()),
        ],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::SlashedSchedules));
    assert_eq!(c.provisions[0].kind, ProvisionKind::Paragraph);
    assert_eq!(c.provisions[1].schedule.as_deref(), Some("5A"));
}

#[test]
fn paragraph_before_schedule() {
    let c = check(
        "We cannot look at social housing landlords. (Local Government Act 1974, paragraph 5A schedule 5, as amended)",
        &[("Sch. 5 para. 5A", lga("schedule/5/paragraph/5A").as_deref())],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::ParagraphBeforeSchedule));
}

#[test]
fn schedule_and_paragraph_joined_by_a_dot() {
    let c = check(
        "We cannot investigate what happens in schools. (Local Government Act 1974, Schedule 5.5)",
        &[("Sch. 5 para. 5", lga("schedule/5/paragraph/5").as_deref())],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::DottedSchedule));
}

#[test]
fn schedule_paragraph_with_subparagraph() {
    let c = check(
        "We cannot investigate most school matters. (Local Government Act 1974, Schedule 5, paragraph 5(2), as amended)",
        &[("Sch. 5 para. 5(2)", lga("schedule/5/paragraph/5/2").as_deref())],
    );
    assert_eq!(c.provisions[0].text, "Schedule 5, paragraph 5(2)");
    assert!(c.notes.is_empty());
}

#[test]
fn paragraph_of_schedule_in_running_text() {
    check(
        "The rule is in paragraph 3 of Schedule 5 to the Local Government Act 1974.",
        &[("Sch. 5 para. 3", lga("schedule/5/paragraph/3").as_deref())],
    );
}

// ------------------------------------------------------------ noise

#[test]
fn as_amended_with_or_without_comma() {
    for text in [
        "We consider fault. (Local Government Act 1974, section 34(3), as amended)",
        "We consider fault. (Local Government Act 1974, section 34(3) as amended)",
    ] {
        let c = check(text, &[("s. 34(3)", lga("section/34/3").as_deref())]);
        assert!(c.as_amended, "{text}");
    }
    let c = check(
        "We consider fault. (Local Government Act 1974, section 34(3))",
        &[("s. 34(3)", lga("section/34/3").as_deref())],
    );
    assert!(!c.as_amended);
}

#[test]
fn space_before_the_bracket() {
    let c = check(
        "We have discretion. (Local Government Act 1974, section 24A (6), as amended)",
        &[("s. 24A(6)", lga("section/24A/6").as_deref())],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::SpaceBeforeBracket));
}

#[test]
fn abbreviated_sections() {
    check(
        "Fitness to practise is for the regulators. (Local Government Act 1974, s26(1) and s26A(1) as amended)",
        &[
            ("s. 26(1)", lga("section/26/1").as_deref()),
            ("s. 26A(1)", lga("section/26A/1").as_deref()),
        ],
    );
}

#[test]
fn section_letter_in_brackets() {
    let c = check(
        "We may decide not to start. (Local Government Act 1974, section 24A(6) as amended, section 34(B))",
        &[
            ("s. 24A(6)", lga("section/24A/6").as_deref()),
            ("s. 34B", lga("section/34B").as_deref()),
        ],
    );
    assert_eq!(c.provisions[1].number, "34B");
    assert_eq!(c.provisions[1].text, "34(B)");
    let note = c
        .notes
        .iter()
        .find(|n| n.kind == CitationNoteKind::LetterInBrackets)
        .unwrap();
    let (text, _) = cite("We may decide not to start. (Local Government Act 1974, section 24A(6) as amended, section 34(B))");
    assert_eq!(note.span.slice(&text), Some("34(B)"));
}

#[test]
fn capital_letter_paragraph() {
    let c = check(
        "We can investigate care providers. (Local Government Act 1974, sections 24A(1)(A) and 25(7), as amended).",
        &[
            ("s. 24A(1)(a)", lga("section/24A/1/a").as_deref()),
            ("s. 25(7)", lga("section/25/7").as_deref()),
        ],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::CapitalLetter));
}

#[test]
fn square_brackets() {
    let c = check(
        "We may decide not to continue. [Local Government Act 1974, section 26(6)(c), as amended]",
        &[("s. 26(6)(c)", lga("section/26/6/c").as_deref())],
    );
    assert!(c.text.starts_with('[') && c.text.ends_with(']'));
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::SquareBrackets));
}

#[test]
fn act_named_after_the_provisions() {
    let c = check(
        "Mrs D could have complained to the body itself. (section 26A or 34C, Local Government Act 1974)",
        &[
            ("s. 26A", lga("section/26A").as_deref()),
            ("s. 34C", lga("section/34C").as_deref()),
        ],
    );
    assert_eq!(c.instrument.unwrap().name(), "Local Government Act 1974");
    assert!(c.resolved_from.is_none());
}

#[test]
fn stray_token_after_the_parenthesis() {
    for tail in [")x", "))", ").", ") 1", ")a The Council"] {
        let text = format!("The Council had not seen the complaint. (Local Government Act 1974, section 26(5){tail}");
        let c = check(&text, &[("s. 26(5)", lga("section/26/5").as_deref())]);
        assert!(c.text.ends_with("26(5))"), "{text}: {}", c.text);
    }
}

#[test]
fn stray_token_after_a_bracket_inside() {
    let c = check(
        "The Council has not had a chance to reply. (Local Government Act 1974, section 26(5), section 34(B)7)",
        &[
            ("s. 26(5)", lga("section/26/5").as_deref()),
            ("s. 34B", lga("section/34B").as_deref()),
        ],
    );
    assert!(c.text.ends_with("34(B)7)"));
    let note = c
        .notes
        .iter()
        .find(|n| n.kind == CitationNoteKind::Unread)
        .unwrap();
    assert_eq!(note.span.len(), 1);
    assert!(!has_note(&c, |n| n.kind == CitationNoteKind::Unclosed));
}

#[test]
fn unclosed_bracket_of_a_truncated_statement() {
    let c = check(
        "We may suggest a remedy. (Local Government Act 1974, sections 26(1), as a",
        &[("s. 26(1)", lga("section/26/1").as_deref())],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::Unclosed));
    assert_eq!(c.text, "(Local Government Act 1974, sections 26(1)");
}

#[test]
fn unread_words_inside_the_brackets() {
    let c = check(
        "We cannot investigate. (Local Government Act 1974, section 26(6)(a), the appeal rule)",
        &[("s. 26(6)(a)", lga("section/26/6/a").as_deref())],
    );
    assert!(has_note(&c, |n| n.kind == CitationNoteKind::Unread));
}

// ------------------------------------------------------------ running text

#[test]
fn section_of_an_act() {
    let c = check(
        "The Council assessed the family under section 17 of the Children Act 1989.",
        &[("s. 17", Some("ukpga/1989/41/section/17"))],
    );
    assert_eq!(c.form, CitationForm::RunningText);
    assert_eq!(c.text, "section 17 of the Children Act 1989");
    assert_eq!(c.full_canonical(), ["1989 c. 41 s. 17"]);
}

#[test]
fn act_then_section() {
    let c = check(
        "Councils must assess needs (see the Care Act 2014, section 9) before they plan care.",
        &[("s. 9", Some("ukpga/2014/23/section/9"))],
    );
    assert_eq!(c.instrument.unwrap().name(), "Care Act 2014");
    let (_, found) = cite("Under the Care Act 2014, section 9 the Council must assess Mrs D.");
    assert_eq!(found[0].text, "Care Act 2014, section 9");
}

#[test]
fn part_of_an_act() {
    let c = check(
        "Mrs D applied as homeless under Part 7 of the Housing Act 1996.",
        &[("Pt. 7", Some("ukpga/1996/52/part/7"))],
    );
    assert_eq!(c.provisions[0].kind, ProvisionKind::Part);
    assert_eq!(c.full_canonical(), ["1996 c. 52 Pt. 7"]);
    // Older statements print the Part in Roman numerals, as the Act does.
    check(
        "Mrs D applied as homeless under Part VII of the Housing Act 1996.",
        &[("Pt. VII", Some("ukpga/1996/52/part/VII"))],
    );
}

#[test]
fn regulation_of_a_statutory_instrument() {
    let c = check(
        "The provider had to deal with complaints under Regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.",
        &[("reg. 16", Some("uksi/2014/2936/regulation/16"))],
    );
    let i = c.instrument.as_ref().unwrap();
    assert_eq!(i.kind, InstrumentKind::StatutoryInstrument);
    assert_eq!(
        i.title,
        "Health and Social Care Act 2008 (Regulated Activities) Regulations"
    );
    assert_eq!(i.year, Some(2014));
    assert_eq!(c.full_canonical(), ["S.I. 2014/2936 reg. 16"]);
}

#[test]
fn instrument_outside_the_table() {
    let c = check(
        "The site is licensed under section 5 of the Caravan Sites and Control of Development Act 1960.",
        &[("s. 5", None)],
    );
    assert_eq!(
        c.full_canonical(),
        ["Caravan Sites and Control of Development Act 1960 s. 5"]
    );
    assert_eq!(c.instrument.unwrap().id, None);
}

#[test]
fn ranges_of_sections_and_a_year_before_the_title() {
    check(
        "The Council acted under sections 20 to 22 of the Children Act 1989.",
        &[
            ("s. 20", Some("ukpga/1989/41/section/20")),
            ("s. 21", Some("ukpga/1989/41/section/21")),
            ("s. 22", Some("ukpga/1989/41/section/22")),
        ],
    );
    let c = check(
        "The Council assessed Mrs D under section 9 of the 2014 Care Act.",
        &[("s. 9", Some("ukpga/2014/23/section/9"))],
    );
    assert_eq!(c.instrument.unwrap().name(), "Care Act 2014");
    let c = check(
        "We cannot investigate. (Local Government Act 1974 (as amended), section 26(6)(a))",
        &[("s. 26(6)(a)", lga("section/26/6/a").as_deref())],
    );
    assert!(c.as_amended);
}

#[test]
fn two_instruments_in_one_bracket() {
    let (text, found) = cite(
        "The Council had other duties. (Children Act 1989, section 17; Care Act 2014, section 9)",
    );
    let got: Vec<Vec<String>> = found.iter().map(|c| c.full_canonical()).collect();
    assert_eq!(got, [["1989 c. 41 s. 17"], ["2014 c. 23 s. 9"]]);
    assert!(found[0].text.starts_with('(') && found[1].text.ends_with(')'));
    for c in &found {
        assert_eq!(c.span.slice(&text), Some(c.text.as_str()));
    }
}

#[test]
fn canonical_with_the_instrument() {
    let c = check(
        "We may decide not to start. (Local Government Act 1974, section 24A(6))",
        &[("s. 24A(6)", lga("section/24A/6").as_deref())],
    );
    assert_eq!(c.full_canonical(), ["1974 c. 7 s. 24A(6)"]);
    assert_eq!(
        c.provisions[0].full_canonical.as_deref(),
        Some("1974 c. 7 s. 24A(6)")
    );
}

#[test]
fn instrument_mentioned_without_provisions() {
    let (_, found) = cite("The Local Government Act 1974 sets out what we may investigate.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Local Government Act 1974");
    assert!(found[0].provisions.is_empty());
    let (_, found) = cite("Under Part 3A of the Local Government Act, we look at care providers.");
    assert_eq!(found[0].provisions[0].canonical, "Pt. 3A");
    let i = found[0].instrument.as_ref().unwrap();
    // No year printed: never guessed, so no identifier and no URI.
    assert_eq!(
        (
            i.year,
            i.id.as_deref(),
            found[0].provisions[0].uri.as_deref()
        ),
        (None, None, None)
    );
}

#[test]
fn judgments() {
    let (_, found) = cite(
        "The courts agree (R (on the application of P) v Wessex Vale DC [2011] EWHC 1234 (Admin)), and see [2015] EWCA Civ 987 and [2009] 2 FLR 345.",
    );
    let names: Vec<String> = found
        .iter()
        .map(|c| c.instrument.as_ref().unwrap().name())
        .collect();
    assert_eq!(
        names,
        [
            "[2011] EWHC 1234 (Admin)",
            "[2015] EWCA Civ 987",
            "[2009] 2 FLR 345"
        ]
    );
    for c in &found {
        let i = c.instrument.as_ref().unwrap();
        assert_eq!(i.kind, InstrumentKind::Judgment);
        assert!(c.provisions.is_empty() && i.id.is_none());
    }
    assert_eq!(found[0].instrument.as_ref().unwrap().year, Some(2011));
    // A judgment is no antecedent for a short reference.
    let (_, found) = cite("The court ruled in [2015] EWCA Civ 987 on section 20.");
    assert!(found[1].instrument.is_none());
}

// ------------------------------------------------------------ short references

#[test]
fn short_reference_resolves_within_the_paragraph() {
    let (_, found) = cite(
        "The Council must meet eligible needs (Care Act 2014, section 18). Section 18 applies to Mrs D, and the Act also requires a care plan under section 25.",
    );
    let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "(Care Act 2014, section 18)",
            "Section 18",
            "the Act",
            "section 25"
        ]
    );
    for c in &found[1..] {
        assert_eq!(c.instrument.as_ref().unwrap().name(), "Care Act 2014");
        assert_eq!(c.resolved_from, Some(found[0].span));
        assert!(c.is_short());
    }
    assert_eq!(
        found[3].provisions[0].uri.as_deref(),
        Some("http://www.legislation.gov.uk/id/ukpga/2014/23/section/25")
    );
}

#[test]
fn short_reference_with_the_act() {
    let (_, found) = cite(
        "We cannot investigate late complaints (Local Government Act 1974, sections 26B and 34D). Section 26B of the Act allows exceptions.",
    );
    assert_eq!(found[1].text, "Section 26B of the Act");
    assert_eq!(found[1].full_canonical(), ["1974 c. 7 s. 26B"]);
}

#[test]
fn short_reference_without_context_is_unresolved() {
    let text = "Summary: Mrs D asked for help.\nWhat I found\n- The Council cited the Children Act 1989.\n- The Council accepted its section 20 duty later.\n";
    let d = lgsco::parse(text).unwrap();
    let second = &d.sections[0].paragraphs[1].citations[0];
    assert_eq!(second.text, "section 20");
    assert!(second.instrument.is_none() && second.resolved_from.is_none());
    assert!(second.full_canonical().is_empty());
    assert_eq!(second.provisions[0].full_canonical, None);
    assert!(second.notes[0].kind == CitationNoteKind::Unresolved);
    // Unresolved references are not counted: their instrument is unknown.
    assert!(d.cited_provisions().keys().all(|k| !k.contains("s. 20")));
}

#[test]
fn short_reference_by_year_and_yearless_title() {
    let (_, found) = cite(
        "Mrs D applied under Part 7 of the Housing Act 1996 and the Children Act 1989. Section 188 of the 1996 Act applies, and the Housing Act also sets out reviews.",
    );
    let short = found
        .iter()
        .find(|c| c.text == "Section 188 of the 1996 Act")
        .unwrap();
    assert_eq!(short.full_canonical(), ["1996 c. 52 s. 188"]);
    let yearless = found.iter().find(|c| c.text == "Housing Act").unwrap();
    assert_eq!(yearless.instrument.as_ref().unwrap().year, Some(1996));
    assert!(has_note(yearless, |n| n.kind == CitationNoteKind::YearFromContext));
}

#[test]
fn items_and_trailing_lines_share_the_paragraph_scope() {
    let text = "Summary: Mrs E’s complaint.\n\
        The Ombudsman’s role and powers\n\
        - The Care Act 2014 governs adult care. We do not investigate if:\n  \
        • the Council has not yet replied under section 9, or\n  \
        • the law gives a right of appeal.\n\
        (Local Government Act 1974, section 26(6)(a))\n";
    let d = lgsco::parse(text).unwrap();
    let all: Vec<_> = d.citations().collect();
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(matches!(all[1].location, Location::Item { number: 1, .. }));
    assert_eq!(all[1].citation.full_canonical(), ["2014 c. 23 s. 9"]);
    assert!(matches!(
        all[2].location,
        Location::Paragraph {
            number: 1,
            heading: Some("The Ombudsman’s role and powers"),
            ..
        }
    ));
}

// ------------------------------------------------------------ not law

#[test]
fn things_that_are_not_citations() {
    for text in [
        "Section 4.3 of the Council’s policy says officers must reply in ten days.",
        "Section 4 of the Council’s policy says officers must reply in ten days.",
        "As I explained in paragraph 12 above, the Council apologised.",
        "The plan did not describe the support in Section F.",
        "Mr X’s 2 children were at the school in 2019 (Year 7).",
        "Part of the problem was the delay (about 12 weeks).",
        "The Council’s report (dated 4 May 2023) was late.",
        "Mrs D paid £1,200 (20 per cent) in 2022.",
        "The School Standards and Framework policy applies.",
        "The report (section 3 of the investigation report) was late.",
        "See sections 1-3 of the report and Part 2 of the plan.",
        "The officer (Mr X) visited (see paragraph 5), and Part 2 was late.",
        "The Council’s article about the scheme was regarded as fair.",
    ] {
        let (_, found) = cite(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

// ------------------------------------------------------------ tree and API

#[test]
fn citations_in_summary_items_and_aggregate() {
    let text = "Summary: We will not investigate (Local Government Act 1974, section 24A(6)).\n\
        The complaint\n\
        - Mr F complains about the Council.\n\
        The Ombudsman’s role and powers\n\
        - We may decide not to start. (Local Government Act 1974, section 24A(6), as amended)\n\
        - We cannot investigate late complaints. (Local Government Act 1974, sections 26B and 34D, as amended)\n";
    let d = lgsco::parse(text).unwrap();
    assert_eq!(d.summary.as_ref().unwrap().citations.len(), 1);
    let places: Vec<String> = d.citations().map(|c| c.location.to_string()).collect();
    assert_eq!(
        places,
        [
            "summary",
            "¶2 (The Ombudsman’s role and powers)",
            "¶3 (The Ombudsman’s role and powers)"
        ]
    );
    let counts = d.cited_provisions();
    assert_eq!(counts.get("1974 c. 7 s. 24A(6)"), Some(&2));
    assert_eq!(counts.get("1974 c. 7 s. 26B"), Some(&1));
    assert_eq!(counts.get("1974 c. 7 s. 34D"), Some(&1));
    assert_eq!(counts.len(), 3);
}

#[test]
fn json_field_names() {
    let (_, found) = cite("We may decide not to start. (Local Government Act 1974, section 24A(6) as amended, section 34(B))");
    let json = serde_json::to_value(&found[0]).unwrap();
    assert_eq!(json["form"], "parenthetical");
    assert_eq!(json["as_amended"], true);
    assert_eq!(json["instrument"]["title"], "Local Government Act");
    assert_eq!(json["instrument"]["year"], 1974);
    assert_eq!(json["instrument"]["kind"], "act");
    assert_eq!(json["instrument"]["id"], LGA);
    assert_eq!(json["provisions"][1]["kind"], "section");
    assert_eq!(json["provisions"][1]["canonical"], "s. 34B");
    assert_eq!(json["provisions"][1]["full_canonical"], "1974 c. 7 s. 34B");
    assert_eq!(
        json["provisions"][0]["uri"],
        "http://www.legislation.gov.uk/id/ukpga/1974/7/section/24A/6"
    );
    assert_eq!(json["notes"][0]["note"], "letter_in_brackets");
    assert!(json["span"]["start"].is_u64());
    let back: Citation = serde_json::from_value(json).unwrap();
    assert_eq!(back, found[0]);
}

#[test]
fn a_citation_read_again_elsewhere_has_its_own_spans() {
    // The same bracket twice, at different offsets, in different statements
    // parsed one after the other.
    let para =
        "We may decide not to start. (Local Government Act 1974, section 34(B), section 24A (6))";
    for prefix in [
        "",
        "Mrs D wrote twice. ",
        "Mrs D wrote to the Council three times in 2023. ",
    ] {
        let (text, found) = cite(&format!("{prefix}{para}"));
        assert_eq!(found.len(), 1);
        let c = &found[0];
        assert_eq!(c.span.slice(&text), Some(c.text.as_str()));
        for p in &c.provisions {
            assert_eq!(p.span.slice(&text), Some(p.text.as_str()));
        }
        let noted: Vec<&str> = c
            .notes
            .iter()
            .map(|n| n.span.slice(&text).unwrap())
            .collect();
        assert_eq!(noted, ["34(B)", " "]);
    }
}

#[test]
fn spans_are_offsets_into_the_whole_input() {
    let text = statement("We may decide not to start. (Local Government Act 1974, section 24A(6))");
    let d = lgsco::parse(&text).unwrap();
    let c = d.citations().next().unwrap().citation;
    assert_eq!(
        &text[c.span.start..c.span.end],
        "(Local Government Act 1974, section 24A(6))"
    );
    assert_eq!(
        &text[c.provisions[0].span.start..c.provisions[0].span.end],
        "24A(6)"
    );
}

// ------------------------------------------------------------ real statements

/// The provisions of each parenthetical Local Government Act 1974 citation
/// printed in the statements of `../shared` (and forms FORMAT.md lists that
/// those statements happen not to print), keyed by the text inside the
/// brackets after `Local Government Act 1974, `. Worked out by hand.
const LGA_1974: &[(&str, &[&str])] = &[
    (
        "Schedule 5, paragraph 5(2), as amended",
        &["Sch. 5 para. 5(2)"],
    ),
    (
        "Schedule 5, paragraph 5(b), as amended",
        &["Sch. 5 para. 5(b)"],
    ),
    (
        "Schedule 5/5A, paragraph 1/3, as amended",
        &["Sch. 5 para. 1", "Sch. 5A para. 3"],
    ),
    ("paragraph 5A schedule 5, as amended", &["Sch. 5 para. 5A"]),
    ("s26(1) and s26A(1) as amended", &["s. 26(1)", "s. 26A(1)"]),
    ("section 24A(6)", &["s. 24A(6)"]),
    (
        "section 24A(6) & (7), as amended, section 34(B)",
        &["s. 24A(6)", "s. 24A(7)", "s. 34B"],
    ),
    ("section 24A(6), as amended", &["s. 24A(6)"]),
    (
        "section 24A(6), as amended, section 34(B)",
        &["s. 24A(6)", "s. 34B"],
    ),
    ("section 24A(7), as amended", &["s. 24A(7)"]),
    ("section 26(5)", &["s. 26(5)"]),
    ("section 26(6)(a), as amended", &["s. 26(6)(a)"]),
    ("section 26(6)(b)", &["s. 26(6)(b)"]),
    ("section 26(6)(b), as amended", &["s. 26(6)(b)"]),
    ("section 26(6)(c), as amended", &["s. 26(6)(c)"]),
    ("section 26(6), as amended", &["s. 26(6)"]),
    ("section 26A(2), as amended", &["s. 26A(2)"]),
    ("section 26B, as amended", &["s. 26B"]),
    (
        "section 30(1B) and 34H(1), as amended",
        &["s. 30(1B)", "s. 34H(1)"],
    ),
    (
        "section 30(1B) and 34H(i), as amended",
        &["s. 30(1B)", "s. 34H(1)"],
    ),
    ("section 34(3), as amended", &["s. 34(3)"]),
    ("section 34H(4)", &["s. 34H(4)"]),
    (
        "sections 24A(1)(A) and 25(7), as amended",
        &["s. 24A(1)(a)", "s. 25(7)"],
    ),
    (
        "sections 24A(6) and 34B(8), as amended",
        &["s. 24A(6)", "s. 34B(8)"],
    ),
    (
        "sections 24A(6) and 34B(8), as amended, section 34(B)",
        &["s. 24A(6)", "s. 34B(8)", "s. 34B"],
    ),
    (
        "sections 26(1) and 26A(1), as amended",
        &["s. 26(1)", "s. 26A(1)"],
    ),
    ("sections 26(1), as a", &["s. 26(1)"]),
    ("sections 26B and 34D, as amended", &["s. 26B", "s. 34D"]),
    ("sections 34B and 34C", &["s. 34B", "s. 34C"]),
    (
        "sections 34H(3) and (4), as amended",
        &["s. 34H(3)", "s. 34H(4)"],
    ),
    // Forms listed in FORMAT.md that these statements do not print.
    (
        "sections 26(1), 26A(1) and 34(3)",
        &["s. 26(1)", "s. 26A(1)", "s. 34(3)"],
    ),
    (
        "sections 34B, 34C and 34H(3 and 4)",
        &["s. 34B", "s. 34C", "s. 34H(3)", "s. 34H(4)"],
    ),
    ("Schedule 5.5", &["Sch. 5 para. 5"]),
    ("section 24A (6)", &["s. 24A(6)"]),
    (
        "section 26A or 34C, Local Government Act 1974",
        &["s. 26A", "s. 34C"],
    ),
    // corpus-2.
    ("sections 25 as amended", &["s. 25"]),
    ("section 26D and 34E, as amended", &["s. 26D", "s. 34E"]),
    (
        "sections 26(1), 26A(1) and 34(3), as amended",
        &["s. 26(1)", "s. 26A(1)", "s. 34(3)"],
    ),
    ("se", &[]),
    ("sections 34B(8) and (9)", &["s. 34B(8)", "s. 34B(9)"]),
    ("sections 26(1), as amended", &["s. 26(1)"]),
    ("section 30(1B) an", &["s. 30(1B)"]),
    (
        "sections 34B, 34C and 34H(3 and 4) as amended",
        &["s. 34B", "s. 34C", "s. 34H(3)", "s. 34H(4)"],
    ),
    ("sections 25 and 34(1), as amended", &["s. 25", "s. 34(1)"]),
    ("section 24A (6), as amended", &["s. 24A(6)"]),
];

/// Citations in running text that the statements of `../shared` print:
/// law references, each reported as a citation.
const RUNNING_TEXT: &[&str] = &[
    "Local Government Act 1974",
    "Part 3A of the Local Government Act",
    "section 19 of the Education Act 1996",
    "section 19",
    "Section 19",
    "s47",
    "Traffic Management Act 2004",
    "Housing Act 1996",
    "Freedom of Information Act 2000",
    "Freedom of Information Act",
    "Environmental Protection Act 1990",
    "Data Protection Act 2018",
    "2014 Care Act",
    "[2006] EHWCC 2847 (Admin)",
    // corpus-2: a bracket cut where the download ends, a section named for
    // its notice (`a section 21 notice`), short references and Parts.
    "(Local Government Act",
    "section 21",
    "The Act",
    "Part 3 and Part 3A of the Local Government Act 1974",
    "Section 41 of the Highways Act 1980",
];

/// A bracketed text in a raw statement that names the Local Government Act
/// 1974: where it opens, where it ends, and its text without the brackets.
struct Printed {
    start: usize,
    end: usize,
    body: String,
}

/// Every top-level bracket on each line that names the Act, found by
/// counting brackets: independent of the grammar.
fn printed_citations(text: &str) -> Vec<Printed> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'(' && bytes[i] != b'[' {
                i += 1;
                continue;
            }
            let mut depth = 0;
            let mut end = None;
            for (j, &b) in bytes.iter().enumerate().skip(i) {
                match b {
                    b'(' | b'[' => depth += 1,
                    b')' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(j);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let (body, next) = match end {
                Some(j) => (&line[i + 1..j], j + 1),
                None => (&line[i + 1..], bytes.len()),
            };
            if body.contains("Local Government Act 1974") {
                out.push(Printed {
                    start: line_start + i,
                    end: line_start + next,
                    body: body.trim().to_owned(),
                });
            }
            i = next;
        }
        line_start += line.len() + 1;
    }
    out
}

/// The table key of a printed citation.
fn key(body: &str) -> &str {
    body.strip_prefix("Local Government Act 1974")
        .map(|rest| rest.trim_start_matches([',', ' ']))
        .unwrap_or(body)
}

fn is_lga_1974(c: &Citation) -> bool {
    c.instrument
        .as_ref()
        .is_some_and(|i| i.id.as_deref() == Some(LGA))
}

#[test]
fn the_table_matches_the_parser_on_each_form() {
    for (body, expected) in LGA_1974 {
        let text = if body.contains("Local Government Act 1974") {
            format!("We explain our powers. ({body})")
        } else {
            format!("We explain our powers. (Local Government Act 1974, {body})")
        };
        let (_, found) = cite(&text);
        let got: Vec<&str> = found
            .iter()
            .flat_map(|c| c.provisions.iter().map(|p| p.canonical.as_str()))
            .collect();
        assert_eq!(&got, expected, "{body}");
    }
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_parenthetical_citation_in_the_corpus() {
    let Some(shared) = common::shared() else {
        return;
    };
    let table: HashMap<&str, &[&str]> = LGA_1974.iter().copied().collect();
    let (mut expected_total, mut found_total, mut reported_total, mut right_total) = (0, 0, 0, 0);
    let mut unknown = Vec::new();
    let mut problems = Vec::new();
    for path in common::statements(&shared) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let d: Decision = lgsco::parse(&text).unwrap();
        let citations: Vec<&Citation> = d.citations().map(|c| c.citation).collect();
        let printed = printed_citations(&text);
        let mut accounted = vec![false; citations.len()];
        for p in &printed {
            let Some(expected) = table.get(key(&p.body)) else {
                unknown.push(format!("{name}: ({})", p.body));
                continue;
            };
            expected_total += expected.len();
            let mut got: Vec<&str> = Vec::new();
            for (i, c) in citations.iter().enumerate() {
                if c.span.start >= p.start && c.span.end <= p.end {
                    accounted[i] = true;
                    if is_lga_1974(c) {
                        got.extend(c.provisions.iter().map(|p| p.canonical.as_str()));
                    }
                }
            }
            if !citations
                .iter()
                .any(|c| c.span.start == p.start && c.form == CitationForm::Parenthetical)
            {
                problems.push(format!("{name}: not found: ({})", p.body));
            }
            let mut remaining: Vec<&str> = expected.to_vec();
            let mut right = 0;
            for g in &got {
                if let Some(k) = remaining.iter().position(|e| e == g) {
                    remaining.remove(k);
                    right += 1;
                }
            }
            found_total += right;
            right_total += right;
            reported_total += got.len();
            if right != expected.len() || got.len() != expected.len() {
                problems.push(format!(
                    "{name}: ({}) gave {got:?}, expected {expected:?}",
                    p.body
                ));
            }
        }
        for (i, c) in citations.iter().enumerate() {
            // Running-text citations are checked by their text; the
            // figures below count what is printed in brackets.
            if accounted[i] {
                continue;
            }
            if !RUNNING_TEXT.contains(&c.text.as_str()) {
                problems.push(format!("{name}: unexpected citation {:?}", c.text));
            }
        }
    }
    let recall = found_total as f64 / expected_total.max(1) as f64;
    let precision = right_total as f64 / reported_total.max(1) as f64;
    eprintln!(
        "Local Government Act 1974 provisions in brackets: {expected_total} printed, {found_total} found \
         (recall {:.2}%), {reported_total} reported, {right_total} right (precision {:.2}%)",
        recall * 100.0,
        precision * 100.0
    );
    assert!(
        unknown.is_empty(),
        "add these to LGA_1974 with their provisions:\n{}",
        unknown.join("\n")
    );
    assert!(
        expected_total >= 100,
        "too few citations: is ../shared complete?"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!((found_total, right_total), (expected_total, reported_total));
}

// ------------------------------------------------------------ odd input

#[test]
fn odd_input_neither_panics_nor_multiplies() {
    let cases = [
        "(".repeat(20_000),
        "(Local Government Act 1974, ".repeat(2_000),
        "Act ".repeat(5_000),
        "Foo Bar Act ".repeat(2_000),
        format!("{} Care Act 2014", "x".repeat(200_000)),
        format!("section 1{}", "(1, 2, 3, 4, 5, 6, 7, 8)".repeat(20)),
        format!("(Local Government Act 1974 {}", "(a (b) ".repeat(2_000)),
        "the Act s. 5 Sch 5 para. (section 26(".repeat(2_000),
        "é(Ä Act é section 1(é)".repeat(1_000),
    ];
    for para in cases {
        let text = statement(&para);
        let d = lgsco::parse(&text).unwrap();
        for c in d.citations() {
            let c = c.citation;
            assert_eq!(c.span.slice(&text), Some(c.text.as_str()));
            assert!(
                c.provisions.len() <= 64,
                "{} provisions",
                c.provisions.len()
            );
            for p in &c.provisions {
                assert_eq!(p.span.slice(&text), Some(p.text.as_str()));
            }
            for n in &c.notes {
                assert!(n.span.slice(&text).is_some());
            }
        }
    }
}
