//! Finds the citations in one text.
//!
//! A citation can only begin at a bracket, at a keyword before a number
//! (`section 26`, `s26`, `Schedule 5`, `Part 7`, `regulation 19`, `Article
//! 8`, `paragraph 5A`), at `the Act`, or at the capitalised title before the
//! word `Act` (or `Regulations`, `Order`, `Rules` and a year, or
//! `Convention`). One pass over the bytes stops only at brackets, digits and
//! the capitals of `Act` and `Convention`, and looks at the word before; the
//! grammar is tried only there, and after a match the scan resumes at its
//! end. The title before `Act` is found by walking back over capitalised
//! words, then the grammar parses it forward.

use super::assemble::assemble;
use super::found::{Entry, Found};
use super::grammar::{CitationParser, Rule};
use super::memo;
use super::title::title_starts;
use super::trigger::{
    is_word, judgment_ahead, paren_ahead, roman_part, short_before, word_before, word_start,
    year_at, INSTRUMENT_WORDS, KEYWORDS, TRIGGER,
};
use crate::bytes::next_in;
use pest::Parser;

/// The most text one citation may span, in bytes.
pub(super) const WINDOW: usize = 4096;

/// Every citation in `text`, whose first byte is at `base` in the input;
/// the scan stops once it has found more than `max`.
pub(crate) fn scan(text: &str, base: usize, max: usize) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // The end of the last citation: nothing before it is read again.
    let mut floor = 0;
    let mut i = 0;
    while let Some(at) = next_in(bytes, i, &TRIGGER) {
        i = at;
        let hit = match bytes[i] {
            b'[' if judgment_ahead(bytes, i) => attempt(text, i, base, Entry::Judgment),
            b'(' | b'[' if paren_ahead(bytes, i) => attempt(text, i, base, Entry::Parenthetical),
            b'0'..=b'9' => number(text, floor, i, base),
            b'A' if is_word(bytes, i, b"Act") && i > 0 && matches!(bytes[i - 1], b' ' | 0xA0) => {
                match short_before(bytes, floor, i) {
                    Some(start) => attempt(text, start, base, Entry::Short),
                    None => anchor(text, floor, i, base, false),
                }
            }
            b'C' if is_word(bytes, i, b"Convention") => anchor(text, floor, i, base, true),
            b'P' if roman_part(bytes, i) => attempt(text, i, base, Entry::Running),
            _ => None,
        };
        match hit {
            Some((end, items)) => {
                found.extend(items);
                if found.len() > max {
                    break;
                }
                i = end.max(i + 1);
                floor = i;
            }
            None => i += 1,
        }
    }
    found
}

/// At the first digit of a number: a list of provisions when the word
/// before is a keyword (`section 26`, `s26`, `Schedule 5`, `para. 3`), the
/// end of a statutory instrument's title when it is `Regulations`, `Order`
/// or `Rules` and the number a year.
pub(super) fn number(
    text: &str,
    floor: usize,
    i: usize,
    base: usize,
) -> Option<(usize, Vec<Found>)> {
    let bytes = text.as_bytes();
    if i > floor && bytes[i - 1].is_ascii_digit() {
        return None;
    }
    let (start, word) = word_before(bytes, floor, i)?;
    if INSTRUMENT_WORDS.contains(&word) && year_at(bytes, i) {
        return anchor(text, floor, start, base, true);
    }
    if KEYWORDS.contains(&word) && word_start(bytes, start) {
        return attempt(text, start, base, Entry::Running);
    }
    None
}

/// Tries an entry rule at `at`; on success, the end of the match and the
/// citations it holds.
pub(super) fn attempt(
    text: &str,
    at: usize,
    base: usize,
    entry: Entry,
) -> Option<(usize, Vec<Found>)> {
    if entry != Entry::Parenthetical {
        return parse_at(text, at, base, entry);
    }
    let Some(close) = memo::closing_bracket(text.as_bytes(), at) else {
        return parse_at(text, at, base, entry);
    };
    let key = &text[at..=close];
    if let Some(known) = memo::get(key) {
        let found = known?;
        return Some((
            close + 1,
            found.iter().map(|f| f.moved(0, base + at)).collect(),
        ));
    }
    let parsed = parse_at(text, at, base, entry);
    match &parsed {
        // Only a match that is the whole bracket depends on the key alone.
        Some((end, found)) if *end == close + 1 => {
            memo::put(
                key,
                Some(found.iter().map(|f| f.moved(base + at, 0)).collect()),
            );
        }
        None => memo::put(key, None),
        Some(_) => {}
    }
    parsed
}

/// Tries an entry rule at `at` with the grammar.
pub(super) fn parse_at(
    text: &str,
    at: usize,
    base: usize,
    entry: Entry,
) -> Option<(usize, Vec<Found>)> {
    let rule = match entry {
        Entry::Parenthetical => Rule::try_parenthetical,
        Entry::Running => Rule::try_running,
        Entry::Named => Rule::try_named,
        Entry::Short => Rule::try_short,
        Entry::Judgment => Rule::try_judgment,
    };
    // A citation is short: a bounded window keeps a miss on a huge line
    // cheap.
    let mut end = text.len().min(at + WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let top = CitationParser::parse(rule, &text[at..end])
        .ok()?
        .next()?
        .into_inner()
        .next()?;
    let end = at + top.as_span().end();
    let found = assemble(top, text, at, base, entry)?;
    Some((end, found))
}

/// At the word `Act` (or an instrument word), finds where the title begins
/// and parses the citation from there. `embedded` allows `Act 2008` inside
/// the title (`Health and Social Care Act 2008 (Regulated Activities)
/// Regulations 2014`).
pub(super) fn anchor(
    text: &str,
    floor: usize,
    at: usize,
    base: usize,
    embedded: bool,
) -> Option<(usize, Vec<Found>)> {
    for start in title_starts(text, floor, at, embedded) {
        if let Some((end, found)) = attempt(text, start, base, Entry::Named)
            && end > at
        {
            return Some((end, found));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CitationNote, CitationNoteKind};

    fn canon(text: &str) -> Vec<Vec<String>> {
        scan(text, 0, usize::MAX)
            .into_iter()
            .map(|f| {
                f.citation
                    .provisions
                    .into_iter()
                    .map(|p| p.canonical)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn scans_the_main_forms() {
        assert_eq!(
            canon("x [Local Government Act 1974, section 24A(6), as amended, section 34(B)] y"),
            [["s. 24A(6)", "s. 34B"]]
        );
        assert_eq!(canon("section 17 of the Children Act 1989"), [["s. 17"]]);
        assert_eq!(canon("the Care Act 2014, section 9 says"), [["s. 9"]]);
        assert!(canon("section 4.3 of the policy").is_empty());
        assert!(canon("section 4 of the policy").is_empty());
        assert!(canon("Mr X’s 2 children").is_empty());
    }

    /// Where each citation's instrument is printed, as text.
    fn names(text: &str) -> Vec<&str> {
        scan(text, 0, usize::MAX)
            .into_iter()
            .filter_map(|f| f.citation.instrument?.span?.slice(text))
            .collect()
    }

    #[test]
    fn instruments_keep_where_their_name_is_printed() {
        assert_eq!(
            names("section 17 of the Children Act 1989"),
            ["Children Act 1989"]
        );
        assert_eq!(names("under the 2014 Care Act"), ["Care Act"]);
        assert_eq!(
            names("x (The Caravan Sites Act 1968, section 5) y"),
            ["Caravan Sites Act 1968"]
        );
        assert_eq!(
            names("see [2006] EWHC  2847 (Admin)"),
            ["EWHC  2847 (Admin)"]
        );
        // The memo moves the span with the rest of a repeated bracket.
        let twice = "a (Caravan Sites Act 1968, section 5). b (Caravan Sites Act 1968, section 5).";
        assert_eq!(names(twice), ["Caravan Sites Act 1968"; 2]);
    }

    #[test]
    fn a_range_word_is_no_linking_word() {
        let notes = |text: &str| -> Vec<CitationNote> {
            scan(text, 0, usize::MAX)
                .into_iter()
                .flat_map(|f| f.citation.notes)
                .collect()
        };
        let before = |n: &CitationNote| n.kind == CitationNoteKind::ParagraphBeforeSchedule;
        assert!(
            notes("(paragraphs 1 to 3 schedule 5, Local Government Act 1974)")
                .iter()
                .any(before)
        );
        assert!(
            !notes("(paragraph 3 of Schedule 5, Local Government Act 1974)")
                .iter()
                .any(before)
        );
    }

    #[test]
    fn an_instrument_written_without_its_span_still_reads() {
        let json = r#"{"title": "Care Act", "year": 2014, "kind": "act", "id": "ukpga/2014/23"}"#;
        let i: crate::Instrument = serde_json::from_str(json).unwrap();
        assert_eq!((i.name(), i.span), ("Care Act 2014".to_owned(), None));
        assert!(!serde_json::to_string(&i).unwrap().contains("span"));
    }
}
