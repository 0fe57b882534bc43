//! Finds the citations in one text.
//!
//! A citation can only begin at a bracket, at a keyword (`section`,
//! `Schedule`, `Part`, `regulation`, `Article`, `paragraph`, `s26`), at `the
//! Act`, or at the capitalised title before the word `Act` (or `Regulations`,
//! `Order`, `Rules`, `Convention`). One pass over the bytes finds those
//! places with a lookup table; the grammar is tried only there, and after a
//! match the scan resumes at its end. The title before `Act` is found by
//! walking back over capitalised words, then the grammar parses it forward.

use super::grammar::{CitationParser, Rule};
use super::ProvisionKind;
use super::{Citation, CitationForm, CitationNote, Instrument, InstrumentKind, Provision};
use crate::Span;
use pest::iterators::Pair;
use pest::Parser;

/// A citation as found, with what its instrument still needs from context.
pub(crate) struct Found {
    pub citation: Citation,
    pub want: Want,
}

/// What resolution must do for a found citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Want {
    /// Nothing: the instrument is named in full.
    Nothing,
    /// The title is printed without its year.
    Year,
    /// A short reference: the instrument comes from an earlier citation.
    Context {
        kind: Option<InstrumentKind>,
        year: Option<u16>,
    },
}

/// The grammar's entry rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    Parenthetical,
    Running,
    Named,
    Short,
}

/// Bytes at which a citation may begin.
const TRIGGER: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b"([ARSOCPTarspt";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// How far back a title may reach, in words.
const MAX_TITLE_WORDS: usize = 16;

/// Every citation in `text`, whose first byte is at `base` in the input.
pub(crate) fn scan(text: &str, base: usize) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // The end of the last citation: nothing before it is read again.
    let mut floor = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !TRIGGER[b as usize] {
            i += 1;
            continue;
        }
        let hit = match b {
            b'(' | b'[' => attempt(text, i, base, Entry::Parenthetical),
            _ if !word_start(bytes, i) => None,
            b'A' if is_word(bytes, i, b"Act") => anchor(text, floor, i, base, false),
            b'R' | b'O' | b'C' if instrument_word(bytes, i) => anchor(text, floor, i, base, true),
            b't' | b'T' if short_ahead(bytes, i) => attempt(text, i, base, Entry::Short),
            _ if keyword_ahead(bytes, i) => attempt(text, i, base, Entry::Running),
            _ => None,
        };
        match hit {
            Some((end, items)) => {
                found.extend(items);
                i = end.max(i + 1);
                floor = i;
            }
            None => i += 1,
        }
    }
    found
}

/// Whether a word may begin at `i`: the start of the text, or after a blank,
/// an opening bracket or quote, or a slash.
fn word_start(bytes: &[u8], i: usize) -> bool {
    i == 0
        || matches!(
            bytes[i - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'"' | b'/'
            // the last byte of a no-break space, `‘` and `“`
            | 0xA0 | 0x98 | 0x9C
        )
}

/// Whether `word` is at `i`, not followed by a letter or digit.
fn is_word(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    bytes[i..].starts_with(word)
        && bytes
            .get(i + word.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// `Regulations 2014`, `Order 2015`, `Rules 2000`, `Convention`: the end of
/// an instrument's title.
fn instrument_word(bytes: &[u8], i: usize) -> bool {
    if is_word(bytes, i, b"Convention") {
        return true;
    }
    [&b"Regulations"[..], b"Order", b"Rules"].iter().any(|w| {
        is_word(bytes, i, w) && {
            let rest = &bytes[i + w.len()..];
            rest.len() >= 5 && rest[0] == b' ' && rest[1..5].iter().all(u8::is_ascii_digit)
        }
    })
}

/// `the Act`, `this Act`, `the 1996 Act`, `the Regulations`.
fn short_ahead(bytes: &[u8], i: usize) -> bool {
    let rest = &bytes[i..];
    let Some(after) = [&b"the "[..], b"The ", b"this ", b"This ", b"that "]
        .iter()
        .find(|w| rest.starts_with(w))
        .map(|w| &rest[w.len()..])
    else {
        return false;
    };
    let after = if after.len() > 5 && after[..4].iter().all(u8::is_ascii_digit) && after[4] == b' '
    {
        &after[5..]
    } else {
        after
    };
    [&b"Act"[..], b"Regulations", b"Order", b"Rules"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// A keyword that can start a list of provisions.
fn keyword_ahead(bytes: &[u8], i: usize) -> bool {
    const WORDS: [&[u8]; 12] = [
        b"section",
        b"Section",
        b"Sch",
        b"sch",
        b"Part",
        b"regulation",
        b"Regulation",
        b"reg",
        b"article",
        b"Article",
        b"art.",
        b"para",
    ];
    let rest = &bytes[i..];
    if rest.len() >= 2 && rest[0] == b's' {
        // `s26`, `s. 26`, `ss26`
        let tail = rest.strip_prefix(b"ss").unwrap_or(&rest[1..]);
        let tail = tail.strip_prefix(b".").unwrap_or(tail);
        let tail = tail.strip_prefix(b" ").unwrap_or(tail);
        if tail.first().is_some_and(u8::is_ascii_digit) {
            return true;
        }
    }
    WORDS.iter().any(|w| rest.starts_with(w))
}

/// Tries an entry rule at `at`; on success, the end of the match and the
/// citations it holds.
fn attempt(text: &str, at: usize, base: usize, entry: Entry) -> Option<(usize, Vec<Found>)> {
    let rule = match entry {
        Entry::Parenthetical => Rule::parenthetical,
        Entry::Running => Rule::running,
        Entry::Named => Rule::named,
        Entry::Short => Rule::short,
    };
    let top = CitationParser::parse(rule, &text[at..]).ok()?.next()?;
    let end = at + top.as_span().end();
    let found = assemble(top, text, at, base, entry)?;
    Some((end, found))
}

/// At the word `Act` (or an instrument word), finds where the title begins
/// and parses the citation from there. `embedded` allows `Act 2008` inside
/// the title (`Health and Social Care Act 2008 (Regulated Activities)
/// Regulations 2014`).
fn anchor(
    text: &str,
    floor: usize,
    at: usize,
    base: usize,
    embedded: bool,
) -> Option<(usize, Vec<Found>)> {
    for start in title_starts(text, floor, at, embedded) {
        if let Some((end, found)) = attempt(text, start, base, Entry::Named) {
            if end > at {
                return Some((end, found));
            }
        }
    }
    None
}

/// Capitalised words that never begin or continue a title.
const STOP: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Under",
    "In",
    "By",
    "See",
    "As",
    "If",
    "When",
    "Our",
    "We",
    "It",
    "Its",
    "His",
    "Her",
    "Their",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "A",
    "An",
    "Both",
    "Also",
    "And",
    "Of",
    "For",
    "To",
    "On",
    "With",
    "From",
    "Section",
    "Part",
    "Schedule",
    "Regulation",
    "Article",
    "I",
    "However",
    "But",
    "So",
];

/// Lower-case words that may stand inside a title.
const CONNECTORS: &[&str] = &["and", "of", "for", "in", "on", "to"];

/// Where a title ending just before `at` may begin, farthest first.
fn title_starts(text: &str, floor: usize, at: usize, embedded: bool) -> Vec<usize> {
    let blank = |c: char| c == ' ' || c == '\u{a0}' || c == '\t';
    let mut starts = Vec::new();
    let mut end = at;
    let mut depth = 0usize;
    for _ in 0..MAX_TITLE_WORDS {
        let Some(before) = text.get(floor..end) else {
            break;
        };
        let trimmed = before.trim_end_matches(blank);
        if trimmed.len() == before.len() || trimmed.is_empty() {
            break;
        }
        let word_end = floor + trimmed.len();
        let word_start = floor
            + trimmed.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
                p + trimmed[p..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &text[word_start..word_end];
        let mut core = word;
        let closes = core.ends_with(')');
        if closes {
            core = &core[..core.len() - 1];
            depth += 1;
        }
        let opens = core.starts_with('(');
        if opens {
            core = &core[1..];
        }
        let comma = core.ends_with(',');
        if comma {
            core = &core[..core.len() - 1];
            // `Anti-social Behaviour, Crime and Policing Act`: a comma only
            // between capitalised words.
            if !text[word_end..at]
                .trim_start_matches(blank)
                .starts_with(|c: char| c.is_ascii_uppercase())
            {
                break;
            }
        }
        let title_word = is_title_word(core);
        let year = core.len() == 4 && core.bytes().all(|b| b.is_ascii_digit());
        if year && !embedded && !opens && !closes && !comma && !starts.is_empty() {
            // `the 2014 Care Act`
            starts.push(word_start);
            break;
        }
        let allowed =
            title_word || CONNECTORS.contains(&core) || (embedded && (core == "Act" || year));
        if opens {
            if depth > 0 && allowed {
                depth -= 1;
            } else {
                // `(Local Government Act 1974`: the title begins inside.
                if title_word && depth == 0 {
                    starts.push(word_start + 1);
                }
                break;
            }
        } else if !allowed {
            break;
        }
        if title_word && depth == 0 && !opens {
            starts.push(word_start);
        }
        end = word_start;
    }
    starts.reverse();
    starts
}

/// A capitalised word of a title: `Local`, `Anti-social`, `Children’s`.
fn is_title_word(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) || STOP.contains(&word) {
        return false;
    }
    if !word
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '\'' | '’'))
    {
        return false;
    }
    // A possessive (`Council’s`) is not part of a title, but `Children’s` is.
    match word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")) {
        Some(stem) => matches!(stem, "Children" | "Women" | "People"),
        None => true,
    }
}

/// One citation being put together from the elements of a match.
struct Segment {
    instrument: Option<Instrument>,
    want: Want,
    provisions: Vec<Provision>,
    span: Span,
}

/// Turns a match into citations: an instrument with the provisions printed
/// after it (or, in `section 26A or 34C, Local Government Act 1974` and in
/// running text, before it). Returns `None` to reject the match.
fn assemble(
    top: Pair<'_, Rule>,
    text: &str,
    at: usize,
    base: usize,
    entry: Entry,
) -> Option<Vec<Found>> {
    let off = base + at;
    let top_span = shift(off, &top);
    let mut cv = Convert {
        off,
        notes: Vec::new(),
    };
    let mut segments: Vec<Segment> = Vec::new();
    let mut pending: Vec<Provision> = Vec::new();
    let mut pending_span: Option<Span> = None;
    // Whether provisions are printed before their instrument.
    let mut before = false;
    let mut amended = false;
    let mut open: Option<Pair<'_, Rule>> = None;
    let mut closed = false;
    for element in top.into_inner() {
        let span = shift(off, &element);
        match element.as_rule() {
            Rule::open => open = Some(element),
            Rule::close => closed = true,
            Rule::amended => amended = true,
            Rule::unread => cv.notes.push(CitationNote::Unread { span }),
            Rule::instrument | Rule::named_by | Rule::short_instrument => {
                let (instrument, want) = cv.instrument_like(element);
                let mut segment = Segment {
                    instrument,
                    want,
                    provisions: Vec::new(),
                    span,
                };
                if !pending.is_empty() {
                    before |= segments.is_empty();
                    segment.provisions = std::mem::take(&mut pending);
                    segment.span = pending_span.take().map_or(span, |p| p.join(span));
                }
                segments.push(segment);
            }
            Rule::section_group
            | Rule::schedule_group
            | Rule::part_group
            | Rule::regulation_group
            | Rule::article_group => {
                let provisions = cv.group(element);
                match segments.last_mut() {
                    Some(last) if !before => {
                        last.provisions.extend(provisions);
                        last.span = last.span.join(span);
                    }
                    _ => {
                        pending.extend(provisions);
                        pending_span = Some(pending_span.map_or(span, |p| p.join(span)));
                    }
                }
            }
            _ => {}
        }
    }
    if !pending.is_empty() {
        let span = pending_span.unwrap_or(top_span);
        match segments.last_mut() {
            Some(last) => {
                last.provisions.extend(pending);
                last.span = last.span.join(span);
            }
            None => {
                // A short reference: `section 26B`.
                if entry == Entry::Running
                    && !short_reference_ok(&pending, text, at + top_span.len())
                {
                    return None;
                }
                let kind = short_kind(&pending);
                segments.push(Segment {
                    instrument: None,
                    want: Want::Context { kind, year: None },
                    provisions: pending,
                    span,
                });
            }
        }
    }
    let count = segments.len();
    if count == 0 {
        return None;
    }
    if count == 1 {
        segments[0].span = top_span;
    } else {
        segments[0].span.start = top_span.start;
        segments[count - 1].span.end = top_span.end;
    }
    let form = if open.is_some() {
        CitationForm::Parenthetical
    } else {
        CitationForm::RunningText
    };
    if let Some(open) = &open {
        if open.as_str() == "[" {
            cv.notes
                .push(CitationNote::SquareBrackets { span: top_span });
        }
        if !closed {
            cv.notes.push(CitationNote::Unclosed {
                span: shift(off, open),
            });
        }
    }
    let mut found: Vec<Found> = segments
        .into_iter()
        .map(|s| {
            let local = (s.span.start - base)..(s.span.end - base);
            Found {
                citation: Citation {
                    span: s.span,
                    text: text.get(local).unwrap_or_default().to_owned(),
                    form,
                    instrument: s.instrument,
                    resolved_from: None,
                    provisions: s.provisions,
                    as_amended: amended,
                    notes: Vec::new(),
                },
                want: s.want,
            }
        })
        .collect();
    for note in cv.notes {
        let target = found
            .iter()
            .position(|f| f.citation.span.contains(note.span()))
            .unwrap_or(0);
        found[target].citation.notes.push(note);
    }
    for f in &mut found {
        f.citation.notes.sort_by_key(|n| n.span().start);
    }
    Some(found)
}

/// Whether provisions printed without an instrument in running text are a
/// short reference: sections, regulations or schedules, and not followed by
/// `of` (`section 4 of the Council’s policy` cites no law).
fn short_reference_ok(provisions: &[Provision], text: &str, end: usize) -> bool {
    let kinds_ok = provisions.iter().all(|p| {
        matches!(
            p.kind,
            ProvisionKind::Section
                | ProvisionKind::Regulation
                | ProvisionKind::Schedule
                | ProvisionKind::Paragraph
        )
    });
    let rest = text[end..].trim_start_matches([' ', '\u{a0}', '\t']);
    let of =
        rest.len() < text.len() - end && ["of ", "of\u{a0}"].iter().any(|w| rest.starts_with(w));
    kinds_ok && !of
}

/// The kind of instrument a short reference's provisions belong to.
fn short_kind(provisions: &[Provision]) -> Option<InstrumentKind> {
    if provisions.iter().all(|p| p.kind == ProvisionKind::Section) {
        Some(InstrumentKind::Act)
    } else if provisions
        .iter()
        .all(|p| p.kind == ProvisionKind::Regulation)
    {
        Some(InstrumentKind::StatutoryInstrument)
    } else {
        None
    }
}

fn shift(off: usize, pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    Span::new(off + s.start(), off + s.end())
}

/// One bracketed level as read: its members, normalised.
struct Level {
    members: Vec<String>,
}

/// Converts pairs to values, collecting notes on the way.
struct Convert {
    off: usize,
    notes: Vec<CitationNote>,
}

impl Convert {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        shift(self.off, pair)
    }

    /// An `instrument`, `named_by` or `short_instrument` pair.
    fn instrument_like(&mut self, pair: Pair<'_, Rule>) -> (Option<Instrument>, Want) {
        match pair.as_rule() {
            Rule::named_by => match pair.into_inner().next() {
                Some(inner) => self.instrument_like(inner),
                None => (
                    None,
                    Want::Context {
                        kind: None,
                        year: None,
                    },
                ),
            },
            Rule::short_instrument => {
                let mut year = None;
                let mut kind = Some(InstrumentKind::Act);
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::year => year = part.as_str().parse().ok(),
                        Rule::si_word => kind = Some(InstrumentKind::StatutoryInstrument),
                        _ => {}
                    }
                }
                (None, Want::Context { kind, year })
            }
            _ => {
                let Some(inner) = pair.into_inner().next() else {
                    return (
                        None,
                        Want::Context {
                            kind: None,
                            year: None,
                        },
                    );
                };
                let kind = match inner.as_rule() {
                    Rule::act => InstrumentKind::Act,
                    Rule::convention => InstrumentKind::Convention,
                    _ => InstrumentKind::StatutoryInstrument,
                };
                let whole = inner.as_str();
                let start = inner.as_span().start();
                let parts: Vec<Pair<'_, Rule>> = inner.clone().into_inner().collect();
                let year_pair = parts
                    .iter()
                    .rev()
                    .find(|p| p.as_rule() == Rule::year)
                    .filter(|y| y.as_span().end() == inner.as_span().end());
                let lead_year = parts.iter().find(|p| p.as_rule() == Rule::lead_year);
                let (title, year) = match (year_pair, lead_year) {
                    (Some(y), _) => (
                        whole[..y.as_span().start() - start].trim_end(),
                        y.as_str().parse::<u16>().ok(),
                    ),
                    // `the 2014 Care Act`
                    (None, Some(y)) => (
                        whole[y.as_span().end() - start..].trim_start(),
                        y.as_str().parse::<u16>().ok(),
                    ),
                    (None, None) => (whole, None),
                };
                let want = if year.is_some() || kind == InstrumentKind::Convention {
                    Want::Nothing
                } else {
                    Want::Year
                };
                (Some(Instrument::new(title, year, kind)), want)
            }
        }
    }

    /// A group of provisions: `section_group`, `schedule_group`, ...
    fn group(&mut self, pair: Pair<'_, Rule>) -> Vec<Provision> {
        match pair.as_rule() {
            Rule::section_group => self.list(pair, ProvisionKind::Section),
            Rule::regulation_group => self.list(pair, ProvisionKind::Regulation),
            Rule::article_group => self.list(pair, ProvisionKind::Article),
            Rule::part_group => pair
                .into_inner()
                .map(|part| {
                    Provision::new(
                        ProvisionKind::Part,
                        part.as_str().to_owned(),
                        None,
                        Vec::new(),
                        part.as_str().to_owned(),
                        self.span(&part),
                    )
                })
                .collect(),
            _ => self.schedule_group(pair),
        }
    }

    /// A list of references and shorthands of one kind.
    fn list(&mut self, pair: Pair<'_, Rule>, kind: ProvisionKind) -> Vec<Provision> {
        let mut out: Vec<Provision> = Vec::new();
        let mut through = false;
        for member in pair.into_inner() {
            match member.as_rule() {
                Rule::through => through = true,
                Rule::reference => {
                    let text = member.as_str().to_owned();
                    let span = self.span(&member);
                    for (number, path) in self.reference(member, kind) {
                        out.push(Provision::new(kind, number, None, path, text.clone(), span));
                    }
                }
                Rule::shorthand => {
                    let Some(prev) = out.last().cloned() else {
                        continue;
                    };
                    let text = member.as_str().to_owned();
                    let span = self.span(&member);
                    for path in self.shorthand(member, &prev.path, through) {
                        out.push(Provision::new(
                            kind,
                            prev.number.clone(),
                            None,
                            path,
                            text.clone(),
                            span,
                        ));
                    }
                    through = false;
                }
                _ => {}
            }
        }
        out
    }

    /// The paths brackets alone stand for after a provision with path
    /// `prev`: they replace its last levels (`34H(3) and (4)`). After a
    /// range word (`(a)-(c)`), the levels between come too.
    fn shorthand(
        &mut self,
        pair: Pair<'_, Rule>,
        prev: &[String],
        through: bool,
    ) -> Vec<Vec<String>> {
        let brackets: Vec<_> = pair.into_inner().collect();
        let keep = prev.len().saturating_sub(brackets.len());
        let levels: Vec<Level> = brackets
            .into_iter()
            .enumerate()
            .map(|(i, b)| self.level(b, keep + i))
            .collect();
        let mut out = Vec::new();
        for tail in expand(&levels) {
            let mut path = prev[..keep].to_vec();
            if through && tail.len() == 1 && prev.len() == keep + 1 {
                out.extend(between(&prev[keep], &tail[0]).into_iter().map(|step| {
                    let mut p = path.clone();
                    p.push(step);
                    p
                }));
            }
            path.extend(tail);
            out.push(path);
        }
        out
    }

    /// A `reference` (`24A(6)`, `34(B)`, `34H(3 and 4)`): its number and
    /// each path it stands for.
    fn reference(
        &mut self,
        pair: Pair<'_, Rule>,
        kind: ProvisionKind,
    ) -> Vec<(String, Vec<String>)> {
        let mut inner = pair.into_inner();
        let Some(number_pair) = inner.next() else {
            return Vec::new();
        };
        let number_span = self.span(&number_pair);
        let mut number = number_pair.as_str().to_owned();
        let mut brackets: Vec<Pair<'_, Rule>> = inner.collect();
        if let Some(first) = brackets.first() {
            let gap = Span::new(number_span.end, self.span(first).start);
            if !gap.is_empty() {
                self.notes
                    .push(CitationNote::SpaceBeforeBracket { span: gap });
            }
            // `34(B)`: a section letter in brackets.
            let members: Vec<&str> = first.clone().into_inner().map(|s| s.as_str()).collect();
            if kind == ProvisionKind::Section
                && number.bytes().all(|b| b.is_ascii_digit())
                && members.len() == 1
                && members[0].len() == 1
                && members[0].bytes().all(|b| b.is_ascii_uppercase())
            {
                number.push_str(members[0]);
                let span = number_span.join(self.span(first));
                self.notes.push(CitationNote::LetterInBrackets { span });
                brackets.remove(0);
            }
        }
        let levels: Vec<Level> = brackets
            .into_iter()
            .enumerate()
            .map(|(depth, b)| self.level(b, depth))
            .collect();
        expand(&levels)
            .into_iter()
            .map(|path| (number.clone(), path))
            .collect()
    }

    /// One bracket at a depth (0 for a subsection), normalised.
    fn level(&mut self, bracket: Pair<'_, Rule>, depth: usize) -> Level {
        let span = self.span(&bracket);
        let raw: Vec<String> = bracket
            .into_inner()
            .map(|s| s.as_str().to_owned())
            .collect();
        if raw.len() > 1 {
            self.notes.push(CitationNote::ListInBrackets { span });
        }
        let mut members = Vec::with_capacity(raw.len());
        for member in raw {
            if depth == 0 {
                if let Some(n) = roman(&member) {
                    self.notes.push(CitationNote::RomanSubsection { span });
                    members.push(n.to_string());
                    continue;
                }
            }
            if member.len() == 1 && member.bytes().all(|b| b.is_ascii_uppercase()) {
                self.notes.push(CitationNote::CapitalLetter { span });
                members.push(member.to_ascii_lowercase());
                continue;
            }
            members.push(member);
        }
        Level { members }
    }

    /// `Schedule 5, paragraph 5(2)`, `Schedule 5/5A, paragraph 1/3`,
    /// `Schedule 5.5`, `paragraph 5A schedule 5`, `Schedule 5`.
    fn schedule_group(&mut self, pair: Pair<'_, Rule>) -> Vec<Provision> {
        let group_span = self.span(&pair);
        let group_text = pair.as_str().to_owned();
        let mut schedules: Vec<String> = Vec::new();
        let mut paragraphs: Vec<(String, Vec<String>)> = Vec::new();
        let mut slashed_paragraphs = false;
        let mut paragraph_first = false;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::dotted => {
                    self.notes
                        .push(CitationNote::DottedSchedule { span: group_span });
                    for inner in part.into_inner() {
                        match inner.as_rule() {
                            Rule::dotted_schedule => schedules.push(inner.as_str().to_owned()),
                            Rule::reference => {
                                paragraphs.extend(self.reference(inner, ProvisionKind::Paragraph))
                            }
                            _ => {}
                        }
                    }
                }
                Rule::schedules => {
                    schedules.extend(part.into_inner().map(|s| s.as_str().to_owned()));
                }
                Rule::schedule => {
                    paragraph_first = true;
                    schedules.push(part.as_str().to_owned());
                }
                Rule::paragraphs => {
                    slashed_paragraphs = part.as_str().contains('/');
                    let mut through = false;
                    for member in part.into_inner() {
                        match member.as_rule() {
                            Rule::through => through = true,
                            Rule::reference => {
                                paragraphs.extend(self.reference(member, ProvisionKind::Paragraph));
                            }
                            Rule::shorthand => {
                                let Some((number, path)) = paragraphs.last().cloned() else {
                                    continue;
                                };
                                for p in self.shorthand(member, &path, through) {
                                    paragraphs.push((number.clone(), p));
                                }
                                through = false;
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        if paragraph_first && !has_linking_word(&group_text) {
            self.notes
                .push(CitationNote::ParagraphBeforeSchedule { span: group_span });
        }
        let make = |schedule: &str, number: String, path: Vec<String>| {
            Provision::new(
                ProvisionKind::Paragraph,
                number,
                Some(schedule.to_owned()),
                path,
                group_text.clone(),
                group_span,
            )
        };
        if paragraphs.is_empty() {
            return schedules
                .iter()
                .map(|s| {
                    Provision::new(
                        ProvisionKind::Schedule,
                        s.clone(),
                        None,
                        Vec::new(),
                        group_text.clone(),
                        group_span,
                    )
                })
                .collect();
        }
        if schedules.len() > 1 {
            self.notes
                .push(CitationNote::SlashedSchedules { span: group_span });
            if slashed_paragraphs && schedules.len() == paragraphs.len() {
                // `Schedule 5/5A, paragraph 1/3`: paired by position.
                return schedules
                    .iter()
                    .zip(paragraphs)
                    .map(|(s, (n, p))| make(s, n, p))
                    .collect();
            }
        }
        let mut out = Vec::new();
        for s in &schedules {
            for (n, p) in &paragraphs {
                out.push(make(s, n.clone(), p.clone()));
            }
        }
        out
    }
}

/// Whether `paragraph 3 of Schedule 2` says `of`, `to` or `in`.
fn has_linking_word(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace())
        .any(|w| matches!(w, "of" | "to" | "in"))
}

/// Every path the levels stand for: one per member of each level.
fn expand(levels: &[Level]) -> Vec<Vec<String>> {
    let mut paths: Vec<Vec<String>> = vec![Vec::new()];
    for level in levels {
        let mut next = Vec::with_capacity(paths.len() * level.members.len());
        for path in &paths {
            for m in &level.members {
                let mut p = path.clone();
                p.push(m.clone());
                next.push(p);
            }
        }
        paths = next;
    }
    paths
}

/// The levels strictly after `from` and before `to` in a range: letters
/// (`a` to `c` gives `b`) or numbers (`1` to `4` gives `2`, `3`). Nothing for
/// a range that mixes kinds or runs backwards.
fn between(from: &str, to: &str) -> Vec<String> {
    if let (Ok(a), Ok(b)) = (from.parse::<u16>(), to.parse::<u16>()) {
        if a < b && b - a <= 30 {
            return (a + 1..b).map(|n| n.to_string()).collect();
        }
        return Vec::new();
    }
    let (mut fc, mut tc) = (from.chars(), to.chars());
    match (fc.next(), fc.next(), tc.next(), tc.next()) {
        (Some(a), None, Some(b), None)
            if a.is_ascii_lowercase() && b.is_ascii_lowercase() && a < b =>
        {
            (a as u8 + 1..b as u8)
                .map(|c| char::from(c).to_string())
                .collect()
        }
        _ => Vec::new(),
    }
}

/// A lower-case Roman numeral up to ten.
fn roman(s: &str) -> Option<u8> {
    const NUMERALS: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
    NUMERALS.iter().position(|&n| n == s).map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(text: &str) -> Vec<Vec<String>> {
        scan(text, 0)
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
    fn title_starts_walk_back_over_the_title() {
        let text = "under the Local Government and Public Involvement in Health Act 2007";
        let at = text.find("Act").unwrap();
        let starts = title_starts(text, 0, at, false);
        assert_eq!(
            &text[starts[0]..at],
            "Local Government and Public Involvement in Health "
        );
        let text = "The Council’s Care Act assessment";
        let at = text.find("Act").unwrap();
        let starts = title_starts(text, 0, at, false);
        assert_eq!(starts.len(), 1);
        assert_eq!(&text[starts[0]..at], "Care ");
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
}
