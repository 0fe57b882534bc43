//! Byte triggers and word helpers: where the scan stops, and what the words
//! around a stop say.

use crate::bytes::{byte_set, ByteSet};

/// Bytes at which the scan stops to look: brackets, digits (every provision
/// and nearly every title has a number, and the keyword before a number says
/// whether it is law), the capitals of `Act` and `Convention`, and of `Part`
/// for a Part numbered in Roman numerals (`Part VII`).
pub(super) const TRIGGER: ByteSet = byte_set(b"([0123456789ACP");

/// How far into a bracket the scan looks for a digit or `Act`.
pub(super) const PAREN_LOOKAHEAD: usize = 256;

/// Words that may stand before the first number of a list of provisions.
pub(super) const KEYWORDS: &[&[u8]] = &[
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
pub(super) const INSTRUMENT_WORDS: &[&[u8]] = &[b"Regulations", b"Order", b"Rules"];

/// The word just before `i` (`section 26`, `s. 26`, `s26`), skipping one
/// blank and one dot: where it starts, and its letters.
pub(super) fn word_before(bytes: &[u8], floor: usize, i: usize) -> Option<(usize, &[u8])> {
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
pub(super) fn roman_part(bytes: &[u8], i: usize) -> bool {
    let rest = &bytes[i..];
    let after = rest
        .strip_prefix(b"Parts ")
        .or_else(|| rest.strip_prefix(b"Part "));
    word_start(bytes, i) && after.is_some_and(|a| matches!(a.first(), Some(b'I' | b'V' | b'X')))
}

/// Four digits and no fifth: a year.
pub(super) fn year_at(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i..i + 4)
        .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
}

/// The words before `Act` or `Regulations` in a short reference.
pub(super) const SHORT_WORDS: &[&[u8]] = &[b"the", b"The", b"this", b"This", b"that"];

/// `the Act`, `this Act`, `the 1996 Act`, `the Regulations`: where the short
/// reference ending at the word at `i` begins.
pub(super) fn short_before(bytes: &[u8], floor: usize, i: usize) -> Option<usize> {
    // `the 1996 Act`: step over the year.
    let at = match i.checked_sub(5) {
        Some(y) if y >= floor && year_at(bytes, y) && bytes[y + 4] == b' ' => y,
        _ => i,
    };
    let (start, word) = word_before(bytes, floor, at)?;
    let short = SHORT_WORDS.contains(&word);
    (short && word_start(bytes, start)).then_some(start)
}

/// Whether a word may begin at `i`: the start of the text, or after a blank,
/// an opening bracket or quote, or a slash.
pub(super) fn word_start(bytes: &[u8], i: usize) -> bool {
    i == 0
        || matches!(
            bytes[i - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'"' | b'/'
            // the last byte of a no-break space, `‘` and `“`
            | 0xA0 | 0x98 | 0x9C
        )
}

/// Whether `word` is at `i`, not followed by a letter or digit.
pub(super) fn is_word(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    bytes[i..].starts_with(word)
        && bytes
            .get(i + word.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// Up to eight bytes from `i` as one integer, zero-padded: prefixes are
/// compared with a mask rather than a call to `memcmp`.
pub(super) fn head(bytes: &[u8], i: usize) -> u64 {
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
pub(super) struct Prefix(u64, u64);

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

pub(super) const fn prefixes<const N: usize>(words: [&[u8]; N]) -> [Prefix; N] {
    let mut out = [Prefix(0, 0); N];
    let mut k = 0;
    while k < N {
        out[k] = Prefix::new(words[k]);
        k += 1;
    }
    out
}

/// Lower-case words that may open a bracketed citation.
pub(super) const PAREN_WORD_LIST: [&[u8]; 16] = [
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
];

const PAREN_WORDS: [Prefix; 16] = prefixes(PAREN_WORD_LIST);

/// `[2006]`: the year of a judgment's neutral citation.
pub(super) fn judgment_ahead(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i + 1..i + 6)
        .is_some_and(|y| y[..4].iter().all(u8::is_ascii_digit) && y[4] == b']')
}

/// Whether a bracket at `i` may open a citation: its first word is
/// capitalised (a title, `Section`, `Schedule`) or a keyword, and before the
/// bracket closes there is a digit or the word `Act` (every citation has a
/// number or a year, but `(the Act)`). `(Mr X)` and `(the Council)` are
/// passed over without trying the grammar.
pub(super) fn paren_ahead(bytes: &[u8], i: usize) -> bool {
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
