//! From bytes to text: UTF-8, or UTF-16 after its byte order mark; binary
//! input and line ends the grammar does not read are refused by name.

use crate::Error;
use std::borrow::Cow;

/// Bytes as text: UTF-16 with a byte order mark (what Windows saves as
/// "Unicode") is decoded, anything else must be UTF-8 and is borrowed.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes).map(Cow::Owned),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes).map(Cow::Owned),
        _ => {
            if let Some(at) = binary(bytes) {
                return Err(Error::binary(bytes, at));
            }
            match std::str::from_utf8(bytes) {
                Ok(text) => Ok(Cow::Borrowed(text)),
                Err(e) => {
                    let valid = e.valid_up_to();
                    let bad_len = e.error_len().unwrap_or(bytes.len() - valid);
                    // The prefix is valid UTF-8 by construction.
                    let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
                    let bad = &bytes[valid..valid + bad_len];
                    Err(Error::invalid_utf8(prefix, bad, windows_1252(bytes)))
                }
            }
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Error> {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => Ok(unit([*a, *b])),
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units.map_while(Result::ok)) {
        match c {
            Ok(c) => text.push(c),
            Err(e) => return Err(Error::invalid_utf16(&text, e.unpaired_surrogate())),
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(Error::invalid_utf16(
            &text,
            u16::from(bytes[bytes.len() - 1]),
        ));
    }
    if let Some(at) = binary(text.as_bytes()) {
        return Err(Error::binary(text.as_bytes(), at));
    }
    Ok(text)
}

/// Where input stops looking like text: its first NUL, or its first
/// control character when there are many (more than 8, and more than one
/// in 1,000 bytes). Tab, line feed, form feed and carriage return are text.
fn binary(bytes: &[u8]) -> Option<usize> {
    let control = |b: &u8| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r') || *b == 0x7F;
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Some(at);
    }
    let count = bytes.iter().filter(|b| control(b)).count();
    (count > 8 && count * 1000 > bytes.len()).then(|| bytes.iter().position(control))?
}

/// Whether the bytes read as Windows-1252 text: none of the five bytes it
/// leaves undefined.
fn windows_1252(bytes: &[u8]) -> bool {
    !bytes
        .iter()
        .any(|b| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D))
}

/// The line end a text uses instead of `\n`, when it has such line ends:
/// at least two of them and no line feed. Returns the first one's offset
/// and its name. A lone `\r` inside a line stays a blank.
///
/// With line feeds too, the text is parsed: the canonical rendering of any
/// tree has them, and keeps a lone `\r` or U+2028 inside a text, so it must
/// parse. Only when no statement is found are the foreign line ends named
/// ([`explain`]).
pub(crate) fn foreign_line_end(text: &str) -> Option<(usize, &'static str)> {
    // A line feed settles it, found by `memchr`: the count is for the rare
    // text without one.
    match text.contains('\n') {
        true => None,
        false => foreign_line_ends(text, 0),
    }
}

/// The error for a text in which no statement was found: foreign line
/// ends named, when they outnumber its line feeds.
pub(crate) fn explain(err: Error, text: &str) -> Error {
    match err.kind() {
        crate::ErrorKind::NoStatement => match foreign_line_ends(text, usize::MAX) {
            Some((at, name)) => Error::line_ends(text, at, name),
            None => err,
        },
        _ => err,
    }
}

/// Foreign line ends: at least two, more than the line feeds, and no more
/// line feeds than `max_lf`.
fn foreign_line_ends(text: &str, max_lf: usize) -> Option<(usize, &'static str)> {
    const NAMES: [&str; 4] = [
        "U+2028 LINE SEPARATOR",
        "U+2029 PARAGRAPH SEPARATOR",
        "U+0085 NEXT LINE",
        "lone carriage returns (\\r)",
    ];
    let bytes = text.as_bytes();
    let mut lf = 0;
    let mut counts = [0usize; 4];
    let mut first = [usize::MAX; 4];
    for (i, &b) in bytes.iter().enumerate() {
        let which = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'\n', ..) => {
                lf += 1;
                continue;
            }
            (b'\r', Some(b'\n'), _) => continue,
            (b'\r', ..) => 3,
            (0xE2, Some(0x80), Some(0xA8)) => 0,
            (0xE2, Some(0x80), Some(0xA9)) => 1,
            (0xC2, Some(0x85), _) => 2,
            _ => continue,
        };
        counts[which] += 1;
        first[which] = first[which].min(i);
    }
    let (which, &count) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    (count >= 2 && count > lf && lf <= max_lf).then(|| (first[which], NAMES[which]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_controls_are_text_many_are_binary() {
        assert_eq!(binary(b"Summary: a\x01b\n"), None);
        assert_eq!(binary(&[b'a', 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E]), Some(1));
        assert_eq!(binary(b"Summary:\0"), Some(8));
    }

    #[test]
    fn lone_crs_as_line_ends_not_inside_lines() {
        assert_eq!(foreign_line_end("a\rb\nc\r\nd\n"), None);
        assert_eq!(
            foreign_line_end("a\rb\rc\r").map(|x| x.0),
            Some(1),
            "lone CRs"
        );
        assert_eq!(
            foreign_line_end("a\u{2028}b\u{2028}").unwrap().1,
            "U+2028 LINE SEPARATOR"
        );
    }
}
