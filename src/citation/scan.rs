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

use super::grammar::{CitationParser, Rule};
use super::ProvisionKind;
use super::{Citation, CitationForm, CitationNote, Instrument, InstrumentKind, Provision};
use crate::bytes::{byte_set, next_in, ByteSet};
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
    Judgment,
}

/// Bytes at which the scan stops to look: brackets, digits (every provision
/// and nearly every title has a number, and the keyword before a number says
/// whether it is law), the capitals of `Act` and `Convention`, and of `Part`
/// for a Part numbered in Roman numerals (`Part VII`).
const TRIGGER: ByteSet = byte_set(b"([0123456789ACP");

/// How far into a bracket the scan looks for a digit or `Act`.
const PAREN_LOOKAHEAD: usize = 256;

/// The most text one citation may span, in bytes.
const WINDOW: usize = 4096;

/// How far back a title may reach, in words and in bytes.
const MAX_TITLE_WORDS: usize = 16;
const MAX_TITLE_BYTES: usize = 300;

/// The most provisions one list in brackets may stand for: `(1, 2 and 3)`
/// at several levels multiplies.
const MAX_EXPANSION: usize = 64;

/// Every citation in `text`, whose first byte is at `base` in the input.
pub(crate) fn scan(text: &str, base: usize) -> Vec<Found> {
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
fn number(text: &str, floor: usize, i: usize, base: usize) -> Option<(usize, Vec<Found>)> {
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

/// Words that may stand before the first number of a list of provisions.
const KEYWORDS: &[&[u8]] = &[
    b"section",
    b"sections",
    b"Section",
    b"Sections",
    b"s",
    b"ss",
    b"schedule",
    b"schedules",
    b"Schedule",
    b"Schedules",
    b"Sch",
    b"sch",
    b"Part",
    b"Parts",
    b"regulation",
    b"regulations",
    b"Regulation",
    b"Regulations",
    b"reg",
    b"regs",
    b"article",
    b"articles",
    b"Article",
    b"Articles",
    b"art",
    b"arts",
    b"paragraph",
    b"paragraphs",
    b"Paragraph",
    b"Paragraphs",
    b"para",
    b"paras",
];

/// Words that end the title of a statutory instrument, before its year.
const INSTRUMENT_WORDS: &[&[u8]] = &[b"Regulations", b"Order", b"Rules"];

/// The word just before `i` (`section 26`, `s. 26`, `s26`), skipping one
/// blank and one dot: where it starts, and its letters.
fn word_before(bytes: &[u8], floor: usize, i: usize) -> Option<(usize, &[u8])> {
    let mut k = i;
    if k > floor && bytes[k - 1] == b' ' {
        k -= 1;
    } else if k >= floor + 2 && bytes[k - 2..k] == [0xC2, 0xA0] {
        k -= 2;
    }
    if k > floor && bytes[k - 1] == b'.' {
        k -= 1;
    }
    let end = k;
    while k > floor && end - k < 12 && bytes[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    (k < end).then(|| (k, &bytes[k..end]))
}

/// `Part VII`, `Parts III and IV`.
fn roman_part(bytes: &[u8], i: usize) -> bool {
    let rest = &bytes[i..];
    let after = rest
        .strip_prefix(b"Parts ")
        .or_else(|| rest.strip_prefix(b"Part "));
    word_start(bytes, i) && after.is_some_and(|a| matches!(a.first(), Some(b'I' | b'V' | b'X')))
}

/// Four digits and no fifth: a year.
fn year_at(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i..i + 4)
        .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
}

/// `the Act`, `this Act`, `the 1996 Act`, `the Regulations`: where the short
/// reference ending at the word at `i` begins.
fn short_before(bytes: &[u8], floor: usize, i: usize) -> Option<usize> {
    // `the 1996 Act`: step over the year.
    let at = match i.checked_sub(5) {
        Some(y) if y >= floor && year_at(bytes, y) && bytes[y + 4] == b' ' => y,
        _ => i,
    };
    let (start, word) = word_before(bytes, floor, at)?;
    let short = matches!(word, b"the" | b"The" | b"this" | b"This" | b"that");
    (short && word_start(bytes, start)).then_some(start)
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

/// Up to eight bytes from `i` as one integer, zero-padded: prefixes are
/// compared with a mask rather than a call to `memcmp`.
fn head(bytes: &[u8], i: usize) -> u64 {
    if let Some(eight) = bytes.get(i..i + 8) {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(eight);
        return u64::from_le_bytes(buf);
    }
    let mut buf = [0u8; 8];
    let rest = bytes.get(i..).unwrap_or_default();
    buf[..rest.len()].copy_from_slice(rest);
    u64::from_le_bytes(buf)
}

/// A prefix of at most eight bytes, as the value and mask [`head`] is
/// compared with.
#[derive(Clone, Copy)]
struct Prefix(u64, u64);

impl Prefix {
    const fn new(word: &[u8]) -> Prefix {
        let mut value = 0u64;
        let mut mask = 0u64;
        let mut k = 0;
        while k < word.len() {
            value |= (word[k] as u64) << (8 * k);
            mask |= 0xFF << (8 * k);
            k += 1;
        }
        Prefix(value, mask)
    }

    fn of(self, head: u64) -> bool {
        head & self.1 == self.0
    }
}

const fn prefixes<const N: usize>(words: [&[u8]; N]) -> [Prefix; N] {
    let mut out = [Prefix(0, 0); N];
    let mut k = 0;
    while k < N {
        out[k] = Prefix::new(words[k]);
        k += 1;
    }
    out
}

/// Lower-case words that may open a bracketed citation.
const PAREN_WORDS: [Prefix; 16] = prefixes([
    b"section",
    b"schedule",
    b"sch",
    b"paragrap",
    b"para",
    b"regulati",
    b"reg.",
    b"regs.",
    b"article",
    b"art.",
    b"see ",
    b"under ",
    b"also ",
    b"the ",
    b"this ",
    b"that ",
]);

/// `[2006]`: the year of a judgment's neutral citation.
fn judgment_ahead(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i + 1..i + 6)
        .is_some_and(|y| y[..4].iter().all(u8::is_ascii_digit) && y[4] == b']')
}

/// Whether a bracket at `i` may open a citation: its first word is
/// capitalised (a title, `Section`, `Schedule`) or a keyword, and before the
/// bracket closes there is a digit or the word `Act` (every citation has a
/// number or a year, but `(the Act)`). `(Mr X)` and `(the Council)` are
/// passed over without trying the grammar.
fn paren_ahead(bytes: &[u8], i: usize) -> bool {
    let mut j = i + 1;
    while bytes.get(j) == Some(&b' ') {
        j += 1;
    }
    let opens = match bytes.get(j) {
        Some(c) if c.is_ascii_uppercase() => true,
        Some(b's')
            if bytes
                .get(j + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'.') =>
        {
            true
        }
        Some(c) if c.is_ascii_lowercase() => PAREN_WORDS.iter().any(|p| p.of(head(bytes, j))),
        _ => false,
    };
    if !opens {
        return false;
    }
    let body = &bytes[j..bytes.len().min(j + PAREN_LOOKAHEAD)];
    let mut depth = 0usize;
    for (k, &b) in body.iter().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' if depth == 0 => return false,
            b')' | b']' => depth -= 1,
            b'0'..=b'9' => return true,
            b'A' if body.get(k + 1..k + 3) == Some(b"ct") => return true,
            _ => {}
        }
    }
    // A long bracket (or a truncated one): let the grammar decide.
    body.len() == PAREN_LOOKAHEAD
}

/// Tries an entry rule at `at`; on success, the end of the match and the
/// citations it holds.
fn attempt(text: &str, at: usize, base: usize, entry: Entry) -> Option<(usize, Vec<Found>)> {
    if entry != Entry::Parenthetical {
        return parse_at(text, at, base, entry);
    }
    let Some(close) = closing_bracket(text.as_bytes(), at) else {
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

/// Bracketed citations repeat from statement to statement: LGSCO prints the
/// same few dozen in most of them. The last parses are kept per thread,
/// keyed by the text of the bracket, with spans relative to its start, so a
/// repeat costs a copy instead of a parse. The result of a parse depends on
/// the key alone, so the memo changes nothing but time; it holds at most
/// [`memo::CAPACITY`] brackets.
mod memo {
    use super::Found;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;

    pub(super) const CAPACITY: usize = 256;
    /// Longer brackets are parsed every time.
    pub(super) const LONGEST: usize = 512;

    type Parsed = Option<Rc<[Found]>>;

    thread_local! {
        static MEMO: RefCell<HashMap<Box<str>, Parsed>> = RefCell::new(HashMap::new());
    }

    /// The citations a bracket holds (relative spans), `Some(None)` when it
    /// holds none, `None` when it was not seen.
    pub(super) fn get(key: &str) -> Option<Parsed> {
        MEMO.with(|m| m.borrow().get(key).cloned())
    }

    pub(super) fn put(key: &str, found: Option<Vec<Found>>) {
        MEMO.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= CAPACITY {
                m.clear();
            }
            m.insert(key.into(), found.map(Rc::from));
        });
    }
}

/// Where the bracket opened at `at` closes, on the same line and within
/// [`memo::LONGEST`] bytes.
fn closing_bracket(bytes: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &b) in bytes[at..].iter().enumerate().take(memo::LONGEST) {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + k);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

impl Found {
    /// The same citation with every span moved from an origin at `from` to
    /// one at `to`.
    fn moved(&self, from: usize, to: usize) -> Found {
        let m = |s: Span| Span::new(s.start - from + to, s.end - from + to);
        let mut citation = self.citation.clone();
        citation.span = m(citation.span);
        for p in &mut citation.provisions {
            p.span = m(p.span);
        }
        for n in &mut citation.notes {
            *n = n.with_span(m(n.span()));
        }
        Found {
            citation,
            want: self.want,
        }
    }
}

/// Tries an entry rule at `at` with the grammar.
fn parse_at(text: &str, at: usize, base: usize, entry: Entry) -> Option<(usize, Vec<Found>)> {
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
    let mut floor = floor.max(at.saturating_sub(MAX_TITLE_BYTES));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
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
        // The word that ends a title (`Act`) is inside one only in the
        // title of a statutory instrument.
        let ending = matches!(core, "Act" | "Regulations" | "Order" | "Rules");
        let title_word = is_title_word(core) && !ending;
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
    if top.as_rule() == Rule::judgment {
        return Some(vec![judgment(top, text, base, top_span)]);
    }
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
                if entry == Entry::Running && !short_reference_ok(&pending) {
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

/// A judgment: `[2006] EWHC 2847 (Admin)`. The instrument's title is the
/// citation after the year, blanks made single spaces.
fn judgment(pair: Pair<'_, Rule>, text: &str, base: usize, span: Span) -> Found {
    let printed = text
        .get(span.start - base..span.end - base)
        .unwrap_or_default();
    let year_pair = pair.into_inner().find(|p| p.as_rule() == Rule::year);
    let year = year_pair.as_ref().and_then(|y| y.as_str().parse().ok());
    let rest = printed.split_once(']').map_or(printed, |(_, rest)| rest);
    let title = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    Found {
        citation: Citation {
            span,
            text: printed.to_owned(),
            form: CitationForm::RunningText,
            instrument: Some(Instrument {
                title,
                year,
                kind: InstrumentKind::Judgment,
                id: None,
            }),
            resolved_from: None,
            provisions: Vec::new(),
            as_amended: false,
            notes: Vec::new(),
        },
        want: Want::Nothing,
    }
}

/// Whether provisions printed without an instrument in running text may be a
/// short reference: sections, regulations or schedules (`Part 2` alone is as
/// likely a part of a report). The grammar has already refused those
/// followed by `of` (`section 4 of the Council’s policy`).
fn short_reference_ok(provisions: &[Provision]) -> bool {
    provisions.iter().all(|p| {
        matches!(
            p.kind,
            ProvisionKind::Section
                | ProvisionKind::Regulation
                | ProvisionKind::Schedule
                | ProvisionKind::Paragraph
        )
    })
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
                let whole = pair.as_str();
                let start = pair.as_span().start();
                let end = pair.as_span().end();
                let parts: Vec<Pair<'_, Rule>> = pair.into_inner().collect();
                let kind = if parts.iter().any(|p| p.as_rule() == Rule::convention) {
                    InstrumentKind::Convention
                } else if parts.iter().any(|p| p.as_rule() == Rule::si_word) {
                    InstrumentKind::StatutoryInstrument
                } else {
                    InstrumentKind::Act
                };
                let year_pair = parts
                    .iter()
                    .rev()
                    .find(|p| p.as_rule() == Rule::year)
                    .filter(|y| y.as_span().end() == end);
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
                    let refs = self.reference(member, kind);
                    if std::mem::take(&mut through) {
                        // `sections 20 to 23`
                        let prev = out.last().map(|p| (p.number.clone(), p.path.clone()));
                        for number in numbers_between(prev, &refs) {
                            out.push(Provision::new(
                                kind,
                                number,
                                None,
                                Vec::new(),
                                text.clone(),
                                span,
                            ));
                        }
                    }
                    for (number, path) in refs {
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
                                let refs = self.reference(member, ProvisionKind::Paragraph);
                                if std::mem::take(&mut through) {
                                    let prev = paragraphs.last().cloned();
                                    for number in numbers_between(prev, &refs) {
                                        paragraphs.push((number, Vec::new()));
                                    }
                                }
                                paragraphs.extend(refs);
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
        out.truncate(MAX_EXPANSION);
        out
    }
}

/// Whether `paragraph 3 of Schedule 2` says `of`, `to` or `in`.
fn has_linking_word(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace())
        .any(|w| matches!(w, "of" | "to" | "in"))
}

/// Every path the levels stand for: one per member of each level (at most
/// [`MAX_EXPANSION`], however many lists a bracket holds).
fn expand(levels: &[Level]) -> Vec<Vec<String>> {
    let mut paths: Vec<Vec<String>> = vec![Vec::new()];
    for level in levels {
        let mut next = Vec::with_capacity(MAX_EXPANSION.min(paths.len() * level.members.len()));
        'fill: for path in &paths {
            for m in &level.members {
                if next.len() == MAX_EXPANSION {
                    break 'fill;
                }
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

/// The numbers strictly between two plain numbers joined by a range word
/// (`20 to 23` gives 21 and 22); nothing when either has a letter or a path.
fn numbers_between(
    prev: Option<(String, Vec<String>)>,
    next: &[(String, Vec<String>)],
) -> Vec<String> {
    match (prev, next) {
        (Some((from, from_path)), [(to, to_path)])
            if from_path.is_empty() && to_path.is_empty() =>
        {
            between(&from, to)
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
