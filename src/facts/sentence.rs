//! Sentences and the logic that reads them: whether a phrase is denied,
//! whose voice a sentence is in, and whether it speaks for the decision.

use super::scan::{Cue, Hit};
use crate::{SectionKind, Span};

/// Where a text stands in the statement, which says what it may speak for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The summary: the decision in brief.
    Summary,
    /// `Final decision`, `Conclusions`.
    Final,
    /// The statement's own reasoning: assessment, findings, agreed action.
    Own,
    /// `The complaint`: what the complainant says.
    Complaint,
    /// The generic role-and-powers text, how the complaint was considered,
    /// law and guidance: read only where the decision relies on it.
    Generic,
}

impl Scope {
    /// The scope of a section's text.
    pub(crate) fn of(kind: SectionKind) -> Scope {
        match kind {
            SectionKind::Complaint => Scope::Complaint,
            SectionKind::RoleAndPowers
            | SectionKind::HowIConsidered
            | SectionKind::LawAndGuidance => Scope::Generic,
            SectionKind::FinalDecision | SectionKind::Conclusions => Scope::Final,
            _ => Scope::Own,
        }
    }
}

/// One sentence, with the phrases in it.
#[derive(Clone, Debug)]
pub(crate) struct Sentence<'t> {
    pub scope: Scope,
    pub text: &'t str,
    /// The whole text the sentence is part of.
    pub unit: &'t str,
    pub hits: Hits,
    /// Whether the sentence reports what the complainant says or wants
    /// ([`complainant_voice`]), read when first asked: most sentences
    /// never are.
    pub voice: std::cell::Cell<Option<bool>>,
    /// Whether the text it belongs to leads into a list (`has agreed to:`)
    /// whose items this sentence continues.
    pub continues: bool,
    /// Whether the sentence ends at the end of a cut text, unfinished.
    pub cut: bool,
    /// For a generic sentence whose phrases were not looked for (`hits` is
    /// empty), the span of its text: what speaks for the decision never
    /// reads them, and the rest asks for them only when it must.
    pub pending: Option<Span>,
    /// What [`described`](super::reasons::described) reads, once: reasons,
    /// bodies and remedies all ask.
    pub described: std::cell::OnceCell<std::ops::Range<usize>>,
    /// What was asked of the sentence and answered, kept to be read once.
    /// One cell for both, as every sentence is held (and may be copied):
    /// its size counts in the facts' peak.
    pub answers: std::cell::RefCell<Answers>,
    /// The bodies the sentence names, read once: reasons ask at each
    /// phrase, and a long sentence must not be read again for each.
    pub bodies: std::cell::OnceCell<NamedBodies>,
}

/// Answers a [`Sentence`] keeps.
#[derive(Clone, Debug, Default)]
pub(crate) struct Answers {
    /// Where words asked for by [`said_before`](Sentence::said_before) are
    /// first printed.
    said: Vec<(&'static str, Option<usize>)>,
    /// [`denied`] of each phrase, once known: 0 not yet, 1 no, 2 yes.
    denials: Vec<u8>,
}

/// What a sentence's `Body` phrases say, read once a sentence.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct NamedBodies {
    /// Whether the sentence names any body.
    pub any: bool,
    /// Whether it names at least one and every one is a court or tribunal.
    pub courts_only: bool,
}

/// The phrases of one sentence, as a slice: a range of its text's phrases,
/// which all the text's sentences share (one allocation a text, not one a
/// sentence). Offsets count from the sentence's first byte.
#[derive(Clone, Debug, Default)]
pub(crate) struct Hits {
    all: std::rc::Rc<Vec<Hit>>,
    range: std::ops::Range<usize>,
}

impl Hits {
    /// The phrases `range` of `all`.
    pub(crate) fn new(all: std::rc::Rc<Vec<Hit>>, range: std::ops::Range<usize>) -> Hits {
        Hits { all, range }
    }
}

impl From<Vec<Hit>> for Hits {
    fn from(hits: Vec<Hit>) -> Hits {
        let range = 0..hits.len();
        Hits::new(std::rc::Rc::new(hits), range)
    }
}

impl std::ops::Deref for Hits {
    type Target = [Hit];
    fn deref(&self) -> &[Hit] {
        &self.all[self.range.clone()]
    }
}

impl<'a> IntoIterator for &'a Hits {
    type Item = &'a Hit;
    type IntoIter = std::slice::Iter<'a, Hit>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Where `word` (ASCII, lower case) is first printed in `text`, in any case.
fn find_ignoring_case(text: &str, word: &str) -> Option<usize> {
    let w = word.as_bytes();
    let first = *w.first()?;
    text.as_bytes()
        .windows(w.len())
        .position(|b| b[0].to_ascii_lowercase() == first && b.eq_ignore_ascii_case(w))
}

impl Sentence<'_> {
    /// A copy without the words and denials it has answered (they are read
    /// again when asked, the same).
    pub(crate) fn without_answers(&self) -> Self {
        Sentence {
            hits: self.hits.clone(),
            described: self.described.clone(),
            answers: Default::default(),
            bodies: self.bodies.clone(),
            voice: self.voice.clone(),
            ..*self
        }
    }

    /// Whether the sentence speaks for the decision, not for the
    /// complainant or the generic text.
    pub(crate) fn speaks(&self) -> bool {
        if matches!(self.scope, Scope::Complaint | Scope::Generic) {
            return false;
        }
        let voice = self.voice.get().unwrap_or_else(|| {
            let voice = complainant_voice(self.text);
            self.voice.set(Some(voice));
            voice
        });
        !voice
    }

    /// Where the sentence starts to speak for the decision: at its start if
    /// it [`speaks`](Self::speaks); in the statement's own text, where a
    /// sentence that reports the complainant turns to our view (`Mr X
    /// argues ..., but as he could object, I see no injustice`).
    pub(crate) fn speaks_from(&self) -> Option<usize> {
        if self.speaks() {
            return Some(0);
        }
        if matches!(self.scope, Scope::Complaint | Scope::Generic) {
            return None;
        }
        let turn = self.text.find(" but ")?;
        let rest = &self.text[turn..];
        let clause = &rest[..rest.find([';', '.']).unwrap_or(rest.len())];
        [" I ", " we ", " We "]
            .iter()
            .any(|w| clause.contains(w))
            .then_some(turn)
    }

    /// Whether `word` (ASCII, lower case) is printed, in any case, wholly
    /// before byte `at` of the text. The first place it is printed is looked
    /// for once a sentence, so that asking at many phrases reads the
    /// sentence once.
    pub(crate) fn said_before(&self, word: &'static str, at: usize) -> bool {
        let seen = &mut self.answers.borrow_mut().said;
        let first = match seen.iter().find(|(w, _)| *w == word) {
            Some(&(_, first)) => first,
            None => {
                let first = find_ignoring_case(self.text, word);
                seen.push((word, first));
                first
            }
        };
        first.is_some_and(|f| f + word.len() <= at)
    }

    /// Whether any phrase in the sentence is `cue`.
    pub(crate) fn has(&self, cue: Cue) -> bool {
        self.hits.iter().any(|h| h.cue == cue)
    }

    /// The sentence's words before byte `at` (relative to the text).
    pub(crate) fn before(&self, hit: &Hit) -> &str {
        &self.text[..hit.start.min(self.text.len())]
    }

    /// The sentence's words after a hit.
    pub(crate) fn after(&self, hit: &Hit) -> &str {
        &self.text[hit.end.min(self.text.len())..]
    }
}

/// Byte ranges of the sentences of `text`: a sentence ends at `.`, `?`,
/// `!` or `;` followed by a space and a capital, digit or quote, or at the
/// end of the text.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr3_iter(b'.', b'?', b'!', bytes) {
        if ends_sentence(bytes, i) {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() && !text[start..].trim().is_empty() {
        out.push((start, bytes.len()));
    }
    out
}

/// Whether the stop at `i` ends a sentence: a space, then a capital, digit
/// or quote; not after a title (`Mr.`) or a lone initial.
fn ends_sentence(bytes: &[u8], i: usize) -> bool {
    if bytes.get(i + 1) != Some(&b' ') {
        return false;
    }
    let next = bytes.get(i + 2).copied().unwrap_or(b' ');
    if !(next.is_ascii_uppercase() || next.is_ascii_digit() || next == b'"' || next >= 0x80) {
        return false;
    }
    let word_start = bytes[..i]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = &bytes[word_start..i];
    !matches!(word, b"Mr" | b"Mrs" | b"Ms" | b"Dr" | b"Mx" | b"St" | b"No")
}

/// Words that deny what follows them in a clause.
const NEGATORS: &[&str] = &[
    "no",
    "not",
    "cannot",
    "never",
    "nothing",
    "unlikely",
    "insufficient",
    "without",
    "nor",
    "neither",
    "none",
    "unable",
    "unreasonable",
    "lack",
    "little",
    "prevents",
    "prevent",
    "prevented",
    "limited",
];

/// A word lower-cased: itself when it has no capital and is ASCII (most
/// words), else copied, on the stack when short and ASCII.
#[derive(Clone, Debug)]
pub(crate) enum Lower<'a> {
    Same(&'a str),
    Short([u8; 24], u8),
    Long(String),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // Lower-cased ASCII is ASCII.
            Lower::Short(b, n) => std::str::from_utf8(&b[..usize::from(*n)]).unwrap_or_default(),
            Lower::Long(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

/// `word` lower-cased (see [`Lower`]).
fn lower(word: &str) -> Lower<'_> {
    if !word.is_ascii() {
        return Lower::Long(word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Same(word);
    }
    let mut b = [0u8; 24];
    match b.get_mut(..word.len()) {
        Some(to) => {
            to.copy_from_slice(word.as_bytes());
            to.make_ascii_lowercase();
            Lower::Short(b, word.len() as u8)
        }
        None => Lower::Long(word.to_ascii_lowercase()),
    }
}

/// The words of `text`, lower-cased, last first.
fn words_back(text: &str) -> impl Iterator<Item = Lower<'_>> + '_ {
    let b = text.as_bytes();
    let mut i = b.len();
    std::iter::from_fn(move || {
        // Back over the marks between words, then over the word.
        while let Some((c, len)) = char_before(b, i) {
            if word_char(c) {
                break;
            }
            i -= len;
        }
        let end = i;
        i = word_start_before(b, end);
        (i < end).then(|| lower(&text[i..end]))
    })
}

/// Whether a word denies, in any case: one of [`NEGATORS`] or ending in
/// `n't`.
pub(crate) fn is_negator(word: &str) -> bool {
    let mut buf = [0u8; 16];
    negator(word, ascii_lower(word, &mut buf))
}

/// [`is_negator`] of `word`, given its [`ascii_lower`].
fn negator(word: &str, lower: Option<&[u8]>) -> bool {
    let tail = |t: &str| {
        word.len() >= t.len()
            && word.is_char_boundary(word.len() - t.len())
            && is(&word[word.len() - t.len()..], t)
    };
    let Some(lower) = lower else {
        return tail("n't") || tail("n’t");
    };
    // NEGATORS, as a match the compiler turns into a few comparisons.
    let negator = matches!(
        lower,
        b"no"
            | b"not"
            | b"cannot"
            | b"never"
            | b"nothing"
            | b"unlikely"
            | b"insufficient"
            | b"without"
            | b"nor"
            | b"neither"
            | b"none"
            | b"unable"
            | b"unreasonable"
            | b"lack"
            | b"little"
            | b"prevents"
            | b"prevent"
            | b"prevented"
            | b"limited"
    );
    debug_assert_eq!(negator, NEGATORS.iter().any(|n| is(word, n)));
    negator || tail("n't") || tail("n’t")
}

/// `word` lower-cased into `buf` if it is ASCII and fits.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let to = buf.get_mut(..word.len())?;
    to.copy_from_slice(word.as_bytes());
    to.make_ascii_lowercase();
    Some(to)
}

/// Words that open a clause after `and`.
const SUBJECTS: &[&str] = &[
    "there", "it", "the", "we", "i", "he", "she", "they", "this", "its", "his", "her", "their",
    "mr", "mrs", "ms", "miss", "dr", "mx",
];

/// Whether `c` belongs to a word (as [`words_back`] splits them).
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        // Looked up: the clause readers ask of every character they pass.
        WORD_BYTES[c as usize]
    } else {
        c.is_alphanumeric() || c == '’'
    }
}

/// The ASCII characters of words: letters, digits, `'` and `-`.
static WORD_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'\'' as usize || b == b'-' as usize;
        b += 1;
    }
    table
};

/// Whether `word` is `lower` (an ASCII lower-case word), ignoring case.
fn is(word: &str, lower: &str) -> bool {
    word.eq_ignore_ascii_case(lower)
}

/// Calls `f` with each word of the clause before a phrase, last first:
/// back to the last `,`, `;`, `:`, `(` or `)`, or to `but`, `however`,
/// `although` and the like, at most `max` words. Reads only those words
/// (and the marks between them), so that a phrase late in a long sentence
/// costs no more than one early in it; allocates nothing.
fn clause_back(before: &str, max: usize, mut f: impl FnMut(&str, Option<&[u8]>)) {
    let b = before.as_bytes();
    let mut i = b.len();
    let mut count = 0;
    // Whether the word read before this one (the next in the text) opens a
    // clause after `and`.
    let mut subject_after = false;
    loop {
        // Back over the marks between words, to the end of a word.
        loop {
            let Some((c, len)) = char_before(b, i) else {
                return;
            };
            if word_char(c) {
                break;
            }
            if matches!(c, ',' | ';' | ':' | '(' | ')') {
                return;
            }
            i -= len;
        }
        let end = i;
        i = word_start_before(b, end);
        let w = &before[i..end];
        let mut buf = [0u8; 16];
        // A word that is not short ASCII is none of those below.
        let lower = ascii_lower(w, &mut buf);
        if let Some(l) = lower {
            if matches!(
                l,
                b"but"
                    | b"however"
                    | b"although"
                    | b"though"
                    | b"whereas"
                    | b"because"
                    | b"as"
                    | b"since"
                    | b"if"
                    | b"whether"
            ) {
                return;
            }
            // `... no evidence of fault and there is a civil remedy`: `and`
            // before a new subject starts a clause.
            if l == b"and" && subject_after {
                return;
            }
        }
        f(w, lower);
        count += 1;
        if count == max {
            return;
        }
        subject_after = lower.is_some_and(|l| {
            matches!(
                l,
                b"there"
                    | b"it"
                    | b"the"
                    | b"we"
                    | b"i"
                    | b"he"
                    | b"she"
                    | b"they"
                    | b"this"
                    | b"its"
                    | b"his"
                    | b"her"
                    | b"their"
                    | b"mr"
                    | b"mrs"
                    | b"ms"
                    | b"miss"
                    | b"dr"
                    | b"mx"
            )
        });
        debug_assert_eq!(subject_after, SUBJECTS.iter().any(|s| is(w, s)));
    }
}

/// Where the word that ends at byte `end` of `b` starts (`end` if none
/// does).
fn word_start_before(b: &[u8], end: usize) -> usize {
    let mut i = end;
    while let Some((c, len)) = char_before(b, i) {
        if !word_char(c) {
            break;
        }
        i -= len;
    }
    i
}

/// The character that starts at byte `i` of `text` (a boundary), and its
/// length.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    match *text.as_bytes().get(i)? {
        b @ 0..0x80 => Some((char::from(b), 1)),
        _ => text[i..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// The character that ends at byte `i` of `b` (valid UTF-8), and its length.
fn char_before(b: &[u8], i: usize) -> Option<(char, usize)> {
    let last = *b.get(i.checked_sub(1)?)?;
    if last < 0x80 {
        return Some((char::from(last), 1));
    }
    let mut start = i - 1;
    while start > 0 && i - start < 4 && b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let c = std::str::from_utf8(&b[start..i]).ok()?.chars().next()?;
    Some((c, i - start))
}

/// Whether the clause before a phrase denies it: the nearest denial, unless
/// a second one just before it cancels it (`not unreasonable` asserts). A
/// denial further back is another clause's (`The Council did not reply,
/// which is not a significant injustice`).
pub(crate) fn denied_before(before: &str, max: usize) -> bool {
    let mut index = 0;
    let mut last: Option<usize> = None;
    let mut count = 0;
    let mut done = false;
    clause_back(before, max, |w, lower| {
        if !done && negator(w, lower) {
            match last {
                Some(l) if index - l > 3 => done = true,
                _ => {
                    count += 1;
                    last = Some(index);
                }
            }
        }
        index += 1;
    });
    count % 2 == 1
}

/// Whether the next few words deny what came before: `the injustice is not
/// significant`, `evidence of fault is too thin`. Reads at most five words,
/// up to the first `,`, `;` or `.`.
pub(crate) fn denied_after(after: &str) -> bool {
    let mut words = 0;
    let mut start: Option<usize> = None;
    for (i, c) in after
        .char_indices()
        .chain(std::iter::once((after.len(), ' ')))
    {
        if !c.is_whitespace() && !matches!(c, ',' | ';' | '.') {
            start.get_or_insert(i);
            continue;
        }
        if let Some(from) = start.take() {
            let w = &after[from..i];
            if ["and", "or", "because", "but"].iter().any(|s| is(w, s)) {
                return false;
            }
            if is_negator(w) || is(w, "too") {
                return true;
            }
            words += 1;
            if words == 5 {
                return false;
            }
        }
        if matches!(c, ',' | ';' | '.') {
            return false;
        }
    }
    false
}

/// Whether a phrase is denied by the clause around it.
///
/// Result, reasons and remedies all ask of the same phrases: the answer is
/// kept in the sentence, by the phrase's place in [`Sentence::hits`].
pub(crate) fn denied(sentence: &Sentence<'_>, hit: &Hit) -> bool {
    let hits: &[Hit] = &sentence.hits;
    let at = (hit as *const Hit as usize).wrapping_sub(hits.as_ptr() as usize);
    let size = std::mem::size_of::<Hit>();
    let index = at / size;
    if !at.is_multiple_of(size) || index >= hits.len() {
        // Not one of the sentence's own phrases.
        return denied_before(sentence.before(hit), 12);
    }
    let known = &mut sentence.answers.borrow_mut().denials;
    if known.len() < hits.len() {
        known.resize(hits.len(), 0);
    }
    match known[index] {
        1 => false,
        2 => true,
        _ => {
            let d = denied_before(sentence.before(hit), 12);
            known[index] = 1 + u8::from(d);
            d
        }
    }
}

/// Whether `w` (lower case) is one of the words that may stand between the speaker and a verb of deciding: `We
/// will not`, `I have therefore decided not to`, `the law prevents us from`.
fn in_chain(w: &str) -> bool {
    // A match, which the compiler turns into a few comparisons by length.
    matches!(
        w,
        "will"
            | "would"
            | "can"
            | "cannot"
            | "could"
            | "should"
            | "shall"
            | "may"
            | "must"
            | "do"
            | "did"
            | "does"
            | "have"
            | "has"
            | "had"
            | "not"
            | "no"
            | "therefore"
            | "also"
            | "now"
            | "further"
            | "decided"
            | "decide"
            | "to"
            | "be"
            | "able"
            | "exercise"
            | "our"
            | "discretion"
            | "from"
            | "power"
            | "powers"
            | "jurisdiction"
            | "is"
            | "are"
            | "it"
            | "appropriate"
            | "for"
            | "start"
            | "an"
            | "begin"
            | "open"
            | "formally"
            | "any"
            | "so"
            | "the"
            | "this"
            | "won't"
            | "can't"
            | "won’t"
            | "can’t"
            | "still"
            | "consider"
            | "justify"
            | "reason"
            | "reasons"
            | "need"
            | "going"
            | "propose"
            | "intend"
            | "that"
            | "then"
            | "and"
            | "currently"
            | "investigate"
            | "investigating"
            | "proportionate"
            | "possible"
            | "necessary"
            | "unable"
            | "legally"
            | "normally"
            | "usually"
            | "without"
            | "a"
            | "carry"
            | "out"
            | "either"
            | "or"
            | "again"
            | "separately"
            | "more"
    )
}

/// Whether the Ombudsman speaks the words just before a phrase: `we`, `I`,
/// `us`, `the Ombudsman`, reached over [`in_chain`] words only.
pub(crate) fn ombudsman_speaks(before: &str) -> bool {
    for w in words_back(before).take(10) {
        match w.as_ref() {
            "we" | "i" | "us" | "ombudsman" | "ombudsman's" | "ombudsman’s" | "investigator" => {
                return true
            }
            w if in_chain(w) => continue,
            _ => return false,
        }
    }
    false
}

/// Verbs that report what the complainant says, wants or thinks.
const VOICE_VERBS: &[&str] = &[
    "complain",
    "complains",
    "complained",
    "says",
    "said",
    "say",
    "wants",
    "wanted",
    "want",
    "asks",
    "asked",
    "believes",
    "believed",
    "feels",
    "felt",
    "alleges",
    "alleged",
    "claims",
    "claimed",
    "considers",
    "disputes",
    "disputed",
    "disagrees",
    "disagreed",
    "reports",
    "reported",
    "states",
    "stated",
    "thinks",
    "thought",
    "argues",
    "argued",
    "told",
    "seeks",
    "sought",
    "would",
    "raised",
    "contends",
    "explained",
    "added",
    "highlighted",
];

/// Whether a sentence reports the complainant's words: its subject, early
/// on, is not the Ombudsman, and a verb of saying or wanting follows.
pub(crate) fn complainant_voice(text: &str) -> bool {
    // Words of letters, digits and apostrophes, read a byte at a time.
    let voice_char = |c: char| c != '-' && word_char(c);
    let mut i = 0;
    let mut words = std::iter::from_fn(|| {
        while let Some((c, len)) = char_at(text, i) {
            if voice_char(c) {
                break;
            }
            i += len;
        }
        let start = i;
        while let Some((c, len)) = char_at(text, i) {
            if !voice_char(c) {
                break;
            }
            i += len;
        }
        (start < i).then(|| &text[start..i])
    });
    let first = words.next().unwrap_or("");
    if matches!(first, "We" | "I" | "The Ombudsman" | "Our" | "It" | "There") {
        return false;
    }
    let mut seen = 0;
    let mut previous = Lower::Same("");
    let mut modal = false;
    for w in std::iter::once(first).chain(words).take(7) {
        seen += 1;
        let lower = lower(w);
        // Each read once: a `Lower` is checked for UTF-8 when read.
        let (p, l): (&str, &str) = (&previous, &lower);
        // `to say`, `Mrs F can complain to`, `could have asked`: no one is
        // reported saying it.
        let after_modal = modal && p == "have";
        modal = matches!(p, "can" | "could" | "may" | "might" | "should" | "must");
        // `Mrs Z did not complain within twelve months`: nothing reported.
        let denied = matches!(p, "not" | "never" | "didn't" | "didn’t");
        if p == "to" || modal || after_modal || denied {
            previous = lower;
            continue;
        }
        if matches!(l, "we" | "i" | "ombudsman" | "council" | "investigation") && seen > 1 {
            return false;
        }
        // `The matters complained of`, `the issues raised`: a noun the
        // verb describes, no one reported.
        let described = matches!(
            p,
            "matters"
                | "matter"
                | "issues"
                | "issue"
                | "things"
                | "events"
                | "actions"
                | "points"
                | "aspects"
                | "parts"
                | "concerns"
        );
        if VOICE_VERBS.contains(&l) && !described {
            return l != "would" || text.contains("would like");
        }
        previous = lower;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences() {
        let t = "We found fault. Mr. X said so; then. The end";
        let parts: Vec<&str> = split(t).into_iter().map(|(a, b)| t[a..b].trim()).collect();
        assert_eq!(
            parts,
            ["We found fault.", "Mr. X said so; then.", "The end"]
        );
    }

    #[test]
    fn reads_denials() {
        assert!(denied_before("There is no evidence of ", 12));
        assert!(!denied_before("We found ", 12));
        assert!(!denied_before("it would not be unreasonable to ", 12));
        assert!(denied_before("an investigation would not lead to a ", 12));
        assert!(!denied_before("There is no point, but we found ", 12));
        assert!(denied_after(" was not significant."));
        assert!(denied_after(" is NOT significant"));
        assert!(!denied_after(" is significant, not"));
        assert!(!denied_after(" one two three four five not"));
        assert!(!denied_after(" and not"));
        assert!(denied_before("We CAN’T find ", 12));
        assert!(!denied_before("There is no evidence; we found ", 12));
        assert!(!denied_before(
            "not one two three four five six seven eight nine ten eleven twelve ",
            12
        ));
        assert!(denied_before(
            "not one two three four five six seven eight nine ten eleven ",
            12
        ));
        assert!(!denied_before("no fault and there is a ", 12));
        assert!(denied_before(
            "The Council did not write to him, which is not a ",
            12
        ));
        assert!(denied_before(
            "We will not investigate because there is no ",
            12
        ));
    }

    #[test]
    fn knows_who_speaks() {
        assert!(ombudsman_speaks("We will not "));
        assert!(ombudsman_speaks("The law prevents us from "));
        assert!(!ombudsman_speaks("The Council did not "));
        assert!(complainant_voice(
            "Mrs X complained the Council was at fault."
        ));
        assert!(!complainant_voice("We found the Council at fault."));
    }
}
