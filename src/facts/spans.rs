//! Evidence that reads as the fact: a negative reason's span reaches back
//! to its negator (`unlikely we would find fault`, `would not lead to a
//! different outcome`), a remedy's holds the verb and what is done (`pay
//! Mrs X £300`, `review its procedures`).
//!
//! The phrases of grammar/facts.pest say what they are, not whether the
//! sentence denies them, so their words alone can read as the opposite of
//! the fact; here they are widened, within their sentence, to the words
//! the sentence logic read them with.

use super::scan::Hit;
use super::sentence::{is_negator, Sentence};
use crate::Span;

/// The words of `text` with their byte ranges, first to last: letters,
/// digits, and apostrophes, hyphens, `£`, `.` and `,` between two of them.
/// Read as asked: a phrase needs only the few words nearest it.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        let mut start = None;
        for (i, c) in chars.by_ref() {
            match (in_word(text, i, c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => return Some((s, i)),
                _ => {}
            }
        }
        start.map(|s| (s, text.len()))
    })
}

/// The words of [`words`], last to first: a phrase's negator or verb is
/// among the few words before it, and reading the whole reach of text
/// before every phrase was most of the facts' cost on phrase-dense text.
fn words_back(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().rev();
    std::iter::from_fn(move || {
        let mut end = None;
        for (i, c) in chars.by_ref() {
            match (in_word(text, i, c), end) {
                (true, None) => end = Some(i + c.len_utf8()),
                (false, Some(e)) => return Some((i + c.len_utf8(), e)),
                _ => {}
            }
        }
        end.map(|e| (0, e))
    })
}

/// Whether `c`, at byte `i` of `text`, is part of a word. A mark joins
/// words only between a letter or digit and another, so this is settled by
/// the characters on either side, whichever way the text is read.
fn in_word(text: &str, i: usize, c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\'' | '’' | '-' | '£' | '.' | ',')
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
}

/// How far before or after a phrase its negator, verb or object is looked
/// for: farther than any real sentence needs, and a bound, so that a long
/// sentence full of phrases stays linear.
const REACH: usize = 600;

/// The last [`REACH`] bytes of `text`, and where they start in it.
fn tail(text: &str) -> (usize, &str) {
    let mut at = text.len().saturating_sub(REACH);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    (at, &text[at..])
}

/// The first [`REACH`] bytes of `text`.
fn head(text: &str) -> &str {
    let mut end = text.len().min(REACH);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Words that end the clause a phrase is read in, going back.
const CLAUSE_BACK: &[&str] = &[
    "but", "however", "although", "though", "whereas", "because", "as", "since", "if", "whether",
];

/// Where, in `before`, the negator that denies what follows starts: the
/// nearest in the clause, with the ones just before it that it pairs with
/// (as [`denied_before`](super::sentence::denied_before) reads them).
pub(crate) fn negator_at(before: &str, max: usize) -> Option<usize> {
    let (offset, before) = tail(before);
    let cut = before
        .bytes()
        .rposition(|b| matches!(b, b',' | b';' | b':' | b'(' | b')'))
        .map_or(0, |p| p + 1);
    let mut first: Option<(usize, usize)> = None;
    for (n, (a, b)) in words_back(&before[cut..]).take(max).enumerate() {
        // Compared ignoring ASCII case: no other letter lower-cases to
        // these words' letters, and nothing is copied.
        let w = &before[cut + a..cut + b];
        if CLAUSE_BACK.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            break;
        }
        if is_negator(w) {
            match first {
                None => first = Some((n, cut + a)),
                Some((last, _)) if n - last <= 3 => first = Some((n, cut + a)),
                Some(_) => break,
            }
        }
    }
    first.map(|(_, at)| offset + at)
}

/// `There is not enough evidence that the decision ... causes injustice`:
/// where, in `before`, the denial of the evidence a later phrase depends
/// on starts, however far back in the clause, if nothing ends the clause
/// in between (`,`, `;`, `but`).
pub(crate) fn evidence_denied_at(before: &str) -> Option<usize> {
    let (offset, near) = tail(before);
    // ASCII lower case keeps every byte where it was: `K`, the Kelvin sign,
    // is three bytes and its full lower case one.
    let lower = near.to_ascii_lowercase();
    let at = lower.rfind("evidence")?;
    let between = &lower[at..];
    if between.contains([',', ';', ':']) || between.contains(" but ") {
        return None;
    }
    negator_at(&before[..offset + at], 4)
}

/// A reason's span: the phrase, from its negator when the sentence denies
/// it (`no evidence of fault`), to the words after it that deny it (`the
/// injustice is not significant`).
pub(crate) fn reason_span(s: &Sentence<'_>, h: &Hit, denied: bool, denied_after: bool) -> Span {
    if !fits(h) {
        return h.span;
    }
    let mut start = h.start;
    let mut end = h.end;
    if denied {
        if let Some(at) = negator_at(s.before(h), 12).or_else(|| evidence_denied_at(s.before(h))) {
            start = at;
        }
    } else if denied_after {
        let after = head(s.after(h));
        let clause = &after[..after.find([',', ';', '.']).unwrap_or(after.len())];
        // The negator is among the first five words, the word it denies next.
        let ws: Vec<_> = words(clause).take(6).collect();
        if let Some(i) = ws
            .iter()
            .take(5)
            .position(|&(a, b)| is_negator(&clause[a..b].to_lowercase()) || &clause[a..b] == "too")
        {
            // The negator and the word it denies: `is not significant`.
            let (_, b) = ws.get(i + 1).copied().unwrap_or(ws[i]);
            end = h.end + b;
        }
    }
    end = whole_words(s.text, end);
    Span::new(h.span.start - (h.start - start), h.span.end + (end - h.end))
}

/// Words that end a remedy's object, going forward.
const OBJECT_ENDS: &[&str] = &[
    " and ",
    " or ",
    " for ",
    " within ",
    " by ",
    " to ensure",
    " so ",
    " because ",
    " in recognition",
    " to acknowledge",
    " to reflect",
    " to recognise",
    " to remedy",
    " to put",
    " which ",
    " who ",
    " when ",
    " if ",
];

/// Words after which a remedy's verb begins, going back.
const VERB_AFTER: &[&str] = &[
    " to ",
    " will ",
    " should ",
    " must ",
    " would ",
    " has ",
    " have ",
    " had ",
    " also ",
    " and ",
    " by ",
    " now ",
    " already ",
    " it ",
];

/// A remedy's span: from the verb (`pay`, `review`, `apologise`) to the end
/// of what is done, within its clause and a few words.
pub(crate) fn remedy_span(s: &Sentence<'_>, h: &Hit) -> Span {
    if !fits(h) {
        return h.span;
    }
    let text = s.text;
    let (offset, before) = tail(s.before(h));
    // Back to the verb: the clause's last `to`, `will`, `should` ... in
    // the eight words before the phrase.
    let clause_start = before.rfind([',', ';', ':', '•', '(', '.']).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    // The tenth word back, or the clause's first.
    let last_ten = words_back(&before[clause_start..]).take(10).last();
    let reach = last_ten.map_or(before.len(), |(a, _)| clause_start + a);
    let mut start = h.start;
    let near = &before[reach..];
    if let Some(at) = last_end_of_any(near, VERB_AFTER) {
        start = (offset + reach + at).min(h.start);
    } else if clause_start >= reach {
        start = before[clause_start..]
            .find(|c: char| c.is_alphanumeric() || c == '£')
            .map_or(h.start, |p| offset + clause_start + p);
    }
    // On to the end of the object: the first word that ends it, in the
    // eight words after; else the phrase's end.
    let after = head(s.after(h));
    let stop = after
        .find([',', ';', ':', '.', '(', '•'])
        .unwrap_or(after.len());
    // Up to the ninth word: whether there are more than eight is all that
    // is asked beyond.
    let aw: Vec<_> = words(&after[..stop]).take(9).collect();
    let limit = aw.get(8).map_or(stop, |&(a, _)| a);
    // Not at the phrase's very end: `arrange for him` goes on.
    let skip = after.chars().next().map_or(0, char::len_utf8);
    let span_end = after
        .get(skip..limit.max(skip))
        .and_then(|near| first_of_any(near, OBJECT_ENDS))
        .map(|p| p + skip)
        .or((aw.len() <= 8).then_some(stop));
    let mut end = match span_end {
        Some(e) => h.end + after[..e].trim_end().len(),
        None => h.end,
    };
    end = whole_words(text, end.max(h.end));
    Span::new(h.span.start - (h.start - start), h.span.end + (end - h.end))
}

/// Where the last of `patterns` printed in `text` ends (each begins with a
/// space): one pass over the spaces, not a search per pattern, which costs
/// more to set up than these short texts take to read.
fn last_end_of_any(text: &str, patterns: &[&str]) -> Option<usize> {
    debug_assert!(patterns.iter().all(|p| p.starts_with(' ')));
    memchr::memrchr_iter(b' ', text.as_bytes())
        .filter_map(|i| {
            let rest = &text[i..];
            patterns
                .iter()
                .filter(|p| rest.starts_with(**p))
                .map(|p| i + p.len())
                .max()
        })
        .max()
}

/// Where the first of `patterns` (each beginning with a space) is printed
/// in `text`.
fn first_of_any(text: &str, patterns: &[&str]) -> Option<usize> {
    debug_assert!(patterns.iter().all(|p| p.starts_with(' ')));
    memchr::memchr_iter(b' ', text.as_bytes())
        .find(|&i| patterns.iter().any(|p| text[i..].starts_with(p)))
}

/// Whether a hit's span is its words' (a tree built by hand points every
/// fact at its whole text instead).
fn fits(h: &Hit) -> bool {
    h.span.len() == h.end - h.start
}

/// `end`, moved on to the end of the word it is inside, if any.
fn whole_words(text: &str, end: usize) -> usize {
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let rest = &text[end..];
    let inside = end > 0
        && text[..end]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
    if !inside {
        return end;
    }
    end + rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_negator() {
        let b = "It is unlikely we would ";
        assert_eq!(negator_at(b, 12), Some(6));
        assert_eq!(negator_at("We found ", 12), None);
        let b = "There is, however, no evidence of ";
        assert_eq!(&b[negator_at(b, 12).unwrap()..], "no evidence of ");
    }

    /// The words as they were read before [`words`] was lazy: the
    /// punctuation joins a word only after a word began.
    fn all_words(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            let inside = c.is_alphanumeric()
                || matches!(c, '\'' | '’' | '-' | '£' | '.' | ',')
                    && start.is_some()
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        out.extend(start.map(|s| (s, text.len())));
        out
    }

    #[test]
    fn words_read_either_way_are_the_words() {
        let mut texts = vec![
            crate::SAMPLE.to_owned(),
            "£1,500.00 to Mr X's son-in-law -- it's a ‘b’ ,.'x '£5 ,a, K9. ".to_owned(),
            ".,'-£ a".to_owned(),
            "a.".to_owned(),
            String::new(),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        for entry in std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .take(40)
        {
            texts.extend(std::fs::read_to_string(entry.path()));
        }
        for text in &texts {
            let expected = all_words(text);
            assert_eq!(words(text).collect::<Vec<_>>(), expected, "{text}");
            let mut back: Vec<_> = words_back(text).collect();
            back.reverse();
            assert_eq!(back, expected, "{text}");
        }
    }

    #[test]
    fn ends_at_word_ends() {
        assert_eq!(whole_words("the courts are", 9), 10);
        assert_eq!(whole_words("the courts are", 10), 10);
    }
}
