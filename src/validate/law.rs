//! Checks of cited law.
//!
//! Two kinds of check live here:
//!
//! - checks on the text alone, run over every text of the statement (the
//!   summary, each paragraph, item and trailing line): unbalanced brackets
//!   ([`Code::UnbalancedBrackets`]);
//! - checks on the typed citations the parser attached to those texts, run
//!   by [`citations`] in document order:
//!   - [`Code::CitationSlip`] for each [`CitationNote`] that records a slip
//!     LGSCO prints (`34(B)`, `34H(i)`, `24A(1)(A)`, `34H(3 and 4)`,
//!     `Schedule 5/5A, paragraph 1/3`, `Schedule 5.5`, `paragraph 5A
//!     schedule 5`, `24A (6)`, square brackets), at the note's span, with
//!     the reading in the message and the canonical form in the help;
//!   - [`Code::UnknownInstrument`] for an instrument the crate cannot
//!     identify;
//!   - [`Code::NoSuchProvision`] for a provision the Local Government Act
//!     1974 does not have (the Act's provisions are listed in
//!     `lga1974.rs`);
//!   - [`Code::UnresolvedReference`] for a short reference that nothing in
//!     its paragraph resolves.
//!
//! Some notes are not slips, and are not reported as such:
//!
//! - [`CitationNoteKind::Unclosed`]: the bracket is reported from the text by
//!   [`Code::UnbalancedBrackets`] (which tells a bracket closed beyond what
//!   the grammar read from one never closed, and leaves alone the text where
//!   a truncated statement stops); reporting the note too would report the
//!   same bracket twice;
//! - [`CitationNoteKind::Unread`]: words inside a citation that the grammar
//!   does not read as law say what the parser missed, not what is wrong with
//!   the statement;
//! - [`CitationNoteKind::YearFromContext`]: `the Care Act` after `Care Act 2014`
//!   is ordinary English;
//! - [`CitationNoteKind::Unresolved`] is [`Code::UnresolvedReference`].
//!
//! A citation that reaches the point where a truncated statement stops is
//! not checked: it was cut, not mistyped.

use super::{lga1974, Code, Context, Diagnostic};
use crate::bytes::{byte_set, next_in, ByteSet};
use crate::tree::{fold_title, known_titles};
use crate::{
    Citation, CitationNote, CitationNoteKind, Instrument, InstrumentKind, Node, Provision,
    ProvisionKind, Span, Text,
};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub(super) fn check(cx: &mut Context<'_>) {
    for text in cx.d.texts().filter(cites_law) {
        brackets(cx, &text);
    }
    citations(cx);
}

/// Whether a text may cite law: the summary, paragraphs, items and
/// trailing lines (not headings or the signature).
fn cites_law(t: &Text<'_>) -> bool {
    matches!(
        t.node,
        Node::Summary(_) | Node::Paragraph(_) | Node::Item(_) | Node::Trailing(_)
    )
}

/// The first bracket of a text without its partner, as a byte offset into
/// the text and the bracket.
fn unbalanced(text: &str) -> Option<(usize, char)> {
    // Brackets are ASCII, so bytes will do: this runs over every text.
    const BRACKETS: ByteSet = byte_set(b"()[]");
    let bytes = text.as_bytes();
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut from = 0;
    while let Some(i) = next_in(bytes, from, &BRACKETS) {
        from = i + 1;
        let b = bytes[i];
        match b {
            b'(' | b'[' => open.push((i, char::from(b))),
            b')' | b']' => {
                let partner = if b == b')' { '(' } else { '[' };
                match open.last() {
                    Some(&(_, o)) if o == partner => {
                        open.pop();
                    }
                    _ if b == b')' && enumerator(&text[..i]) => {}
                    _ => return Some((i, char::from(b))),
                }
            }
            _ => {}
        }
    }
    open.first().copied()
}

/// Whether the text before a `)` ends with a list enumerator such as `a`,
/// `ii` or `3`, standing alone (`parts a) and b)`).
fn enumerator(before: &str) -> bool {
    let token = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    (1..=3).contains(&token.len())
        && (token.chars().all(|c| c.is_ascii_digit())
            || token.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether every bracket of the text has its partner.
pub(super) fn balanced(text: &str) -> bool {
    unbalanced(text).is_none()
}

/// [`Code::UnbalancedBrackets`]: a `(` or `[` never closed, or a `)` or
/// `]` never opened. The text where a truncated statement stops is left
/// alone: its brackets were cut, not mistyped.
fn brackets(cx: &mut Context<'_>, text: &Text<'_>) {
    if cx.truncated_at.is_some_and(|t| text.span.contains(t)) {
        return;
    }
    let Some((at, bracket)) = unbalanced(text.text) else {
        return;
    };
    let start = text.span.start + at;
    let span = Span::new(start, start + bracket.len_utf8());
    let message = match bracket {
        '(' | '[' => format!("`{bracket}` is never closed"),
        _ => format!("`{bracket}` closes a bracket that was never opened"),
    };
    cx.push(
        Diagnostic::new(Code::UnbalancedBrackets, span, message)
            .with_help("citations are printed in brackets: `(Local Government Act 1974, section 26(6)(a), as amended)`"),
    );
}

/// The legislation.gov.uk identifier of the Local Government Act 1974.
const LGA_1974: &str = "ukpga/1974/7";

/// The checks on typed citations, over every citation of the statement in
/// document order.
fn citations(cx: &mut Context<'_>) {
    let d = cx.d;
    let cut = cx.truncated_at.map(|t| t.start);
    let mut earlier = Earlier::default();
    for r in d.citations() {
        let c = r.citation;
        if cut.is_some_and(|cut| c.span.end >= cut) {
            continue;
        }
        slips(cx, c);
        unknown_instrument(cx, c, &mut earlier);
        no_such_provision(cx, c);
        unresolved(cx, c, &earlier);
        earlier.add(c);
    }
}

/// How many titles of a statement are compared with the whole table in
/// search of a misspelling: enough for any real statement, and a bound on
/// the work a long list of unknown titles can cause.
const SEARCHES: usize = 64;

/// What the statement cited before the citation being checked, kept as the
/// checks go so that each citation costs the same however many came before.
/// It borrows from the statement: nearly every citation is added and few
/// are ever looked up, so nothing is copied or folded until it is.
#[derive(Default)]
struct Earlier<'d> {
    /// The titles printed with their year, in order; the first `folded` of
    /// them are in `dated`, folded.
    titles: Vec<&'d str>,
    folded: usize,
    dated: HashSet<String>,
    /// For each provision (kind and number), the instrument it was last
    /// cited from.
    provisions: HashMap<(ProvisionKind, &'d str), &'d Instrument>,
    /// The last Act and the last statutory instrument cited.
    act: Option<&'d Instrument>,
    instrument: Option<&'d Instrument>,
    /// Misspelling searches made so far.
    searches: usize,
}

impl<'d> Earlier<'d> {
    fn add(&mut self, c: &'d Citation) {
        let Some(i) = &c.instrument else {
            return;
        };
        match i.kind {
            InstrumentKind::Act => self.act = Some(i),
            InstrumentKind::StatutoryInstrument => self.instrument = Some(i),
            InstrumentKind::Convention => {}
            InstrumentKind::Judgment => return,
        }
        // Statements repeat one title citation after citation.
        if i.year.is_some() && !takes_instrument(c) && self.titles.last() != Some(&i.title.as_str())
        {
            self.titles.push(&i.title);
        }
        for p in &c.provisions {
            self.provisions.insert((p.kind, &p.number), i);
        }
    }

    /// Whether a title was printed with its year before: `key` is folded.
    fn dated(&mut self, key: &str) -> bool {
        for title in &self.titles[self.folded..] {
            self.dated.insert(fold_title(title));
        }
        self.folded = self.titles.len();
        self.dated.contains(key)
    }

    /// A known instrument whose title is one or two edits from `key` (a
    /// folded title), the one of the same year when there is one; `None`
    /// once the searches are spent.
    fn closest(&mut self, key: &str, year: Option<u16>) -> Option<String> {
        if key.len() < 8 || self.searches >= SEARCHES {
            return None;
        }
        self.searches += 1;
        let mut near: Vec<&(String, &str, u16)> = known()
            .iter()
            .filter(|(folded, _, _)| {
                folded.len().abs_diff(key.len()) <= 2 && (1..=2).contains(&distance(key, folded))
            })
            .collect();
        near.sort_by_key(|&&(_, _, y)| Some(y) != year);
        near.first().map(|(_, title, y)| format!("{title} {y}"))
    }
}

/// The instruments of the crate's table: folded title, title and year.
fn known() -> &'static [(String, &'static str, u16)] {
    static KNOWN: OnceLock<Vec<(String, &'static str, u16)>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        known_titles()
            .map(|(title, year)| (fold_title(title), title, year))
            .collect()
    })
}

/// The text of a citation at `span` (a part of it), or `""` when the span
/// is not inside the citation.
fn printed(c: &Citation, span: Span) -> &str {
    span.start
        .checked_sub(c.span.start)
        .and_then(|at| c.text.get(at..at + span.len()))
        .unwrap_or("")
}

/// Whether a citation took its instrument from an earlier one: a short
/// reference (`section 26B`, `the Act`), not a title completed with its
/// year.
fn takes_instrument(c: &Citation) -> bool {
    c.resolved_from.is_some()
        && !c
            .notes
            .iter()
            .any(|n| n.kind == CitationNoteKind::YearFromContext)
}

/// What a note says LGSCO printed, when it is a slip: the words after the
/// printed text in the message.
fn slip(note: &CitationNote) -> Option<&'static str> {
    Some(match note.kind {
        CitationNoteKind::LetterInBrackets => "prints the section's letter in brackets",
        CitationNoteKind::RomanSubsection => "numbers a subsection in Roman numerals",
        CitationNoteKind::CapitalLetter => "prints a paragraph letter as a capital",
        CitationNoteKind::ListInBrackets => "puts two provisions in one bracket",
        CitationNoteKind::SlashedSchedules => "pairs schedules and paragraphs by their position",
        CitationNoteKind::DottedSchedule => "joins the schedule and its paragraph with a dot",
        CitationNoteKind::ParagraphBeforeSchedule => {
            "prints the paragraph before its schedule without `of`"
        }
        CitationNoteKind::SpaceBeforeBracket => "has a space before the bracket",
        CitationNoteKind::SquareBrackets => "is in square brackets",
        // Not slips: see the module documentation.
        _ => return None,
    })
}

/// A provision printed the way statements print it, slips mended: `34H(1)`
/// in a list of sections, `Schedule 5, paragraph 1`.
fn plain(p: &Provision) -> String {
    let mut out = String::new();
    match p.kind {
        ProvisionKind::Section => {}
        ProvisionKind::Schedule => out.push_str("Schedule "),
        ProvisionKind::Paragraph => {
            if let Some(s) = &p.schedule {
                out.push_str("Schedule ");
                out.push_str(s);
                out.push_str(", ");
            }
            out.push_str("paragraph ");
        }
        ProvisionKind::Part => out.push_str("Part "),
        ProvisionKind::Regulation => out.push_str("regulation "),
        ProvisionKind::Article => out.push_str("Article "),
    }
    p.push_number(&mut out);
    out
}

/// How deep a bracket at `at` is inside the printed provision `p`: 0 for
/// its first bracket (a subsection).
fn depth(c: &Citation, p: &Provision, at: usize) -> usize {
    printed(c, Span::new(p.span.start, at.max(p.span.start)))
        .matches('(')
        .count()
}

/// [`Code::CitationSlip`]: one diagnostic for each slip a citation's notes
/// record, at the note's span.
fn slips(cx: &mut Context<'_>, c: &Citation) {
    let mut seen = Vec::new();
    for note in &c.notes {
        let Some(what) = slip(note) else {
            continue;
        };
        let span = note.span;
        let key = (note.kind, span);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if note.kind == CitationNoteKind::SquareBrackets {
            let round = format!(
                "({})",
                c.text
                    .strip_prefix('[')
                    .and_then(|t| t.strip_suffix(']'))
                    .unwrap_or(&c.text)
            );
            let message = format!("the citation {what}: it reads as `{round}`");
            cx.push(
                Diagnostic::new(Code::CitationSlip, span, message)
                    .with_help(format!("print it in round brackets: `{round}`")),
            );
            continue;
        }
        let affected: Vec<&Provision> = c
            .provisions
            .iter()
            .filter(|p| p.span.contains(span))
            .collect();
        let Some(first) = affected.first() else {
            continue;
        };
        // A capital after a Roman numeral is a clause (`1(2)(a)(i)(A)`), as
        // the law prints it.
        if note.kind == CitationNoteKind::CapitalLetter && depth(c, first, span.start) >= 3 {
            continue;
        }
        let join = |f: &dyn Fn(&Provision) -> String| -> String {
            let mut parts: Vec<String> = Vec::new();
            for p in &affected {
                let s = f(p);
                if !parts.contains(&s) {
                    parts.push(s);
                }
            }
            parts.join(" and ")
        };
        let reading = join(&|p| p.canonical.clone());
        let mended = join(&plain);
        let full = join(&|p| {
            p.full_canonical
                .clone()
                .unwrap_or_else(|| p.canonical.clone())
        });
        let message = format!("`{}` {what}: it reads as {reading}", first.text);
        cx.push(
            Diagnostic::new(Code::CitationSlip, span, message)
                .with_help(format!("print `{mended}` (canonical form `{full}`)")),
        );
    }
}

/// Neutral citation court codes: accepted as printed.
const COURTS: &[&str] = &[
    "UKSC", "UKHL", "UKPC", "UKUT", "UKFTT", "UKEAT", "UKAIT", "UKIAT", "EWCA", "EWHC", "EWFC",
    "EWCOP", "EWCC", "EWMC", "EWPCC", "CSOH", "CSIH", "HCJAC", "NICA", "NIQB", "NIKB", "ECHR",
    "EUECJ",
];

/// The courts a misspelt court code is compared with.
const MAIN_COURTS: &[&str] = &["UKSC", "UKHL", "UKUT", "EWCA", "EWHC", "EWFC", "EWCOP"];

/// The divisions of the High Court printed after an `EWHC` citation.
const HIGH_COURT_DIVISIONS: &[&str] = &[
    "(Admin)", "(Ch)", "(QB)", "(KB)", "(Fam)", "(TCC)", "(Comm)", "(Pat)", "(IPEC)", "(Costs)",
];

/// The number of edits (insertion, deletion, substitution, or swapping two
/// neighbours) between two short strings.
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Where the first `len` bytes of an instrument's printed name are (the
/// name, or a judgment's court), or the citation when the span is unknown.
fn name_span(c: &Citation, i: &Instrument, len: usize) -> Span {
    i.span.map_or(c.span, |s| {
        Span::new(s.start, s.end.min(s.start.saturating_add(len)))
    })
}

/// [`Code::UnknownInstrument`]: an Act or statutory instrument the crate's
/// table lacks (a title printed without its year is identified when exactly
/// one instrument in the table has it, or when the statement printed it
/// with its year earlier), or a neutral citation whose court is a misspelt
/// court code. Conventions are read from a fixed list, so known; a
/// judgment's court is reported only when it is one or two edits from a
/// court code (anything else may be a law report series such as `AC`).
/// Short references are left out: their instrument was reported where it
/// was named.
fn unknown_instrument(cx: &mut Context<'_>, c: &Citation, earlier: &mut Earlier) {
    let Some(i) = &c.instrument else {
        return;
    };
    if i.id.is_some() || c.resolved_from.is_some() {
        return;
    }
    match i.kind {
        InstrumentKind::Convention => {}
        InstrumentKind::Judgment => unknown_court(cx, c, i),
        InstrumentKind::Act | InstrumentKind::StatutoryInstrument => {
            unknown_title(cx, c, i, earlier)
        }
    }
}

fn unknown_court(cx: &mut Context<'_>, c: &Citation, i: &Instrument) {
    let Some(court) = i.title.split_whitespace().next() else {
        return;
    };
    if court.len() < 4 || !court.bytes().all(|b| b.is_ascii_uppercase()) || COURTS.contains(&court)
    {
        return;
    }
    let mut near: Vec<&str> = MAIN_COURTS
        .iter()
        .copied()
        .filter(|k| distance(court, k) <= 2)
        .collect();
    if near.is_empty() {
        return;
    }
    if near.contains(&"EWHC") && HIGH_COURT_DIVISIONS.iter().any(|d| i.title.contains(d)) {
        near = vec!["EWHC"];
    }
    let guess = near
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(" or ");
    let message = format!("`{court}` in `{}` is not a court's code", c.text);
    cx.push(
        Diagnostic::new(
            Code::UnknownInstrument,
            name_span(c, i, court.len()),
            message,
        )
        .with_help(format!("did you mean {guess}?")),
    );
}

fn unknown_title(cx: &mut Context<'_>, c: &Citation, i: &Instrument, earlier: &mut Earlier) {
    let key = fold_title(&i.title);
    let span = name_span(c, i, usize::MAX);
    let (message, help) = match i.year {
        Some(year) => (
            format!(
                "`{}` is not an instrument the crate knows: it has no legislation.gov.uk identifier",
                i.name()
            ),
            match earlier.closest(&key, Some(year)) {
                Some(known) => format!("did you mean `{known}`?"),
                None => "check the title and year against legislation.gov.uk".to_owned(),
            },
        ),
        None => {
            let mut years: Vec<u16> = known()
                .iter()
                .filter(|(folded, _, _)| *folded == key)
                .map(|&(_, _, y)| y)
                .collect();
            years.sort_unstable();
            if years.len() == 1 || earlier.dated(&key) {
                return;
            }
            if years.is_empty() {
                (
                    format!(
                        "`{}` is printed without its year and is not an instrument the crate knows",
                        i.title
                    ),
                    match earlier.closest(&key, None) {
                        Some(known) => format!("did you mean `{known}`?"),
                        None => "print the title with its year".to_owned(),
                    },
                )
            } else {
                let choices: Vec<String> =
                    years.iter().map(|y| format!("`{} {y}`", i.title)).collect();
                (
                    format!(
                        "`{}` is printed without its year, and more than one instrument has that title",
                        i.title
                    ),
                    format!("print the year: {}", choices.join(" or ")),
                )
            }
        }
    };
    cx.push(Diagnostic::new(Code::UnknownInstrument, span, message).with_help(help));
}

/// [`Code::NoSuchProvision`]: a provision cited from the Local Government
/// Act 1974 (named, or taken from the citation before it) that the Act does
/// not have.
fn no_such_provision(cx: &mut Context<'_>, c: &Citation) {
    if c.instrument.as_ref().and_then(|i| i.id.as_deref()) != Some(LGA_1974) {
        return;
    }
    let mut seen: Vec<(Span, String)> = Vec::new();
    for p in &c.provisions {
        let Some(what) = lga1974::missing(p) else {
            continue;
        };
        let key = (p.span, what);
        if seen.contains(&key) {
            continue;
        }
        let what = &key.1;
        let mut message = format!("the Local Government Act 1974 has no {what}");
        if takes_instrument(c) {
            message.push_str(&format!(
                " (`{}` is read as that Act, cited before it in the paragraph)",
                p.text
            ));
        }
        let help = match p.kind {
            ProvisionKind::Section => {
                "its Ombudsman sections are 23 to 34 (Part III) and 34A to 34T (Part 3A): check the number, or name the Act the section belongs to"
            }
            ProvisionKind::Schedule | ProvisionKind::Paragraph => {
                "what the Ombudsman cannot investigate is in Schedule 5, paragraphs 1 to 9 (Schedule 5A for adult social care)"
            }
            ProvisionKind::Part => {
                "its Ombudsman Parts are Part III (councils) and Part 3A (adult social care)"
            }
            ProvisionKind::Regulation | ProvisionKind::Article => {
                "an Act is cited by section: name the instrument the provision belongs to"
            }
        };
        cx.push(Diagnostic::new(Code::NoSuchProvision, p.span, message).with_help(help));
        seen.push(key);
    }
}

/// [`Code::UnresolvedReference`]: a short reference that no full citation
/// before it in its paragraph resolves. The help offers, as a hint and never
/// as a reading, the instrument of the same provision cited earlier in the
/// statement (`section 19` after `section 19 of the Education Act 1996`), or
/// for `the Act` the last Act cited earlier.
fn unresolved(cx: &mut Context<'_>, c: &Citation, earlier: &Earlier) {
    if c.instrument.is_some() {
        return;
    }
    let span = c
        .notes
        .iter()
        .find(|n| n.kind == CitationNoteKind::Unresolved)
        .map_or(c.span, |n| n.span);
    let printed = printed(c, span);
    let hint = if c.provisions.is_empty() {
        let last = if printed.ends_with("Act") {
            &earlier.act
        } else {
            &earlier.instrument
        };
        last.map(|i| {
            format!(
                "the last one the statement cites before it is the {}",
                i.name()
            )
        })
    } else {
        c.provisions.iter().find_map(|p| {
            let i = earlier.provisions.get(&(p.kind, p.number.as_str()))?;
            Some(format!(
                "the statement cited {} {} of the {} before",
                p.kind.segment(),
                p.number,
                i.name()
            ))
        })
    };
    let help = match hint {
        Some(hint) => format!("name the instrument in this paragraph ({hint})"),
        None => "name the instrument in this paragraph, in the reference or before it".to_owned(),
    };
    let message = format!(
        "`{printed}` names no instrument, and no full citation comes before it in its paragraph"
    );
    cx.push(Diagnostic::new(Code::UnresolvedReference, span, message).with_help(help));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_enumerators() {
        assert_eq!(unbalanced("(a) and (b)"), None);
        assert_eq!(unbalanced("parts a) and b) of it"), None);
        assert_eq!(unbalanced("(section 26(6)(a)"), Some((0, '(')));
        assert_eq!(unbalanced("as amended)"), Some((10, ')')));
        assert_eq!(unbalanced("see [1)"), Some((6, ')')));
    }
}
