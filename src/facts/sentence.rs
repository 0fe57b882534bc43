//! Sentences and the logic that reads them: whether a phrase is denied,
//! whose voice a sentence is in, and whether it speaks for the decision.

use super::scan::{Cue, Hit};
use crate::{SectionKind, Span};
use std::borrow::Cow;

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
    pub hits: Vec<Hit>,
    /// Whether the sentence reports what the complainant says or wants.
    pub complainant_voice: bool,
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
}

impl Sentence<'_> {
    /// Whether the sentence speaks for the decision, not for the
    /// complainant or the generic text.
    pub(crate) fn speaks(&self) -> bool {
        !self.complainant_voice && !matches!(self.scope, Scope::Complaint | Scope::Generic)
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
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'?' | b'!') && ends_sentence(bytes, i) {
            out.push((start, i + 1));
            start = i + 1;
        }
        i += 1;
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

/// `word` lower-cased, copied only when it has a capital or is not ASCII
/// (most words are neither).
fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The words of `text`, lower-cased, last first.
fn words_back(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    text.rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(lower)
}

/// Whether a word denies: one of [`NEGATORS`] or ending in `n't`.
pub(crate) fn is_negator(word: &str) -> bool {
    NEGATORS.contains(&word) || word.ends_with("n't") || word.ends_with("n’t")
}

/// Words that open a clause after `and`.
const SUBJECTS: &[&str] = &[
    "there", "it", "the", "we", "i", "he", "she", "they", "this", "its", "his", "her", "their",
    "mr", "mrs", "ms", "miss", "dr", "mx",
];

/// The clause before a phrase: back to the last `,`, `;`, `:`, `but`,
/// `however` or `although`, at most `max` words.
fn clause_back(before: &str, max: usize) -> Vec<Cow<'_, str>> {
    // ASCII marks, so a byte search finds what a char search would.
    let cut = before
        .bytes()
        .rposition(|b| matches!(b, b',' | b';' | b':' | b'(' | b')'))
        .map_or(0, |p| p + 1);
    let mut out = Vec::new();
    for w in words_back(&before[cut..]) {
        if matches!(
            w.as_ref(),
            "but"
                | "however"
                | "although"
                | "though"
                | "whereas"
                | "because"
                | "as"
                | "since"
                | "if"
                | "whether"
        ) {
            break;
        }
        // `... no evidence of fault and there is a civil remedy`: `and`
        // before a new subject starts a clause.
        if w == "and"
            && out
                .last()
                .is_some_and(|n: &Cow<'_, str>| SUBJECTS.contains(&n.as_ref()))
        {
            break;
        }
        out.push(w);
        if out.len() == max {
            break;
        }
    }
    out
}

/// Whether the clause before a phrase denies it: the nearest denial, unless
/// a second one just before it cancels it (`not unreasonable` asserts). A
/// denial further back is another clause's (`The Council did not reply,
/// which is not a significant injustice`).
pub(crate) fn denied_before(before: &str, max: usize) -> bool {
    let clause = clause_back(before, max);
    let mut at = clause.iter().enumerate().filter(|(_, w)| is_negator(w));
    let Some((mut last, _)) = at.next() else {
        return false;
    };
    let mut count = 1;
    for (i, _) in at {
        if i - last > 3 {
            break;
        }
        count += 1;
        last = i;
    }
    count % 2 == 1
}

/// Whether the next few words deny what came before: `the injustice is not
/// significant`, `evidence of fault is too thin`.
pub(crate) fn denied_after(after: &str) -> bool {
    let clause = after.split([',', ';', '.']).next().unwrap_or("");
    clause
        .split_whitespace()
        .take(5)
        .map(lower)
        .take_while(|w| !matches!(w.as_ref(), "and" | "or" | "because" | "but"))
        .any(|w| is_negator(&w) || w == "too")
}

/// Whether a phrase is denied by the clause around it.
pub(crate) fn denied(sentence: &Sentence<'_>, hit: &Hit) -> bool {
    denied_before(sentence.before(hit), 12)
}

/// Words that may stand between the speaker and a verb of deciding: `We
/// will not`, `I have therefore decided not to`, `the law prevents us from`.
const CHAIN: &[&str] = &[
    "will",
    "would",
    "can",
    "cannot",
    "could",
    "should",
    "shall",
    "may",
    "must",
    "do",
    "did",
    "does",
    "have",
    "has",
    "had",
    "not",
    "no",
    "therefore",
    "also",
    "now",
    "further",
    "decided",
    "decide",
    "to",
    "be",
    "able",
    "exercise",
    "our",
    "discretion",
    "from",
    "power",
    "powers",
    "jurisdiction",
    "is",
    "are",
    "it",
    "appropriate",
    "for",
    "start",
    "an",
    "begin",
    "open",
    "formally",
    "any",
    "so",
    "the",
    "this",
    "won't",
    "can't",
    "won’t",
    "can’t",
    "still",
    "consider",
    "justify",
    "reason",
    "reasons",
    "need",
    "going",
    "propose",
    "intend",
    "that",
    "then",
    "and",
    "currently",
    "investigate",
    "investigating",
    "proportionate",
    "possible",
    "necessary",
    "unable",
    "legally",
    "normally",
    "usually",
    "without",
    "a",
    "carry",
    "out",
    "either",
    "or",
    "again",
    "separately",
    "more",
];

/// Whether the Ombudsman speaks the words just before a phrase: `we`, `I`,
/// `us`, `the Ombudsman`, reached over [`CHAIN`] words only.
pub(crate) fn ombudsman_speaks(before: &str) -> bool {
    for w in words_back(before).take(10) {
        match w.as_ref() {
            "we" | "i" | "us" | "ombudsman" | "ombudsman's" | "ombudsman’s" | "investigator" => {
                return true
            }
            w if CHAIN.contains(&w) => continue,
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
    let mut words = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if matches!(first, "We" | "I" | "The Ombudsman" | "Our" | "It" | "There") {
        return false;
    }
    let mut seen = 0;
    let mut previous: Cow<'_, str> = Cow::Borrowed("");
    let mut modal = false;
    for w in std::iter::once(first).chain(words).take(7) {
        seen += 1;
        let lower = lower(w);
        // `to say`, `Mrs F can complain to`, `could have asked`: no one is
        // reported saying it.
        let after_modal = modal && previous == "have";
        modal = matches!(
            previous.as_ref(),
            "can" | "could" | "may" | "might" | "should" | "must"
        );
        // `Mrs Z did not complain within twelve months`: nothing reported.
        let denied = matches!(previous.as_ref(), "not" | "never" | "didn't" | "didn’t");
        if previous == "to" || modal || after_modal || denied {
            previous = lower;
            continue;
        }
        if matches!(
            lower.as_ref(),
            "we" | "i" | "ombudsman" | "council" | "investigation"
        ) && seen > 1
        {
            return false;
        }
        // `The matters complained of`, `the issues raised`: a noun the
        // verb describes, no one reported.
        let described = matches!(
            previous.as_ref(),
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
        if VOICE_VERBS.contains(&lower.as_ref()) && !described {
            return lower != "would" || text.contains("would like");
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
