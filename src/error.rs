//! The error returned when no statement can be read.

use crate::{Position, Span};
use std::fmt;

/// No decision statement could be read from the input.
///
/// `parse` fails only when the input holds none of a title line, a header
/// field, `The Ombudsman's final decision` or a `Summary`; everything else
/// parses, and problems become diagnostics of validation. The error is one
/// pointer wide; its position is worked out when it is made, on the error
/// path only.
///
/// ```
/// let err = lgsco::parse("Dear Sir,\nI write to complain.").unwrap_err();
/// assert_eq!((err.line(), err.column()), (1, 1));
/// assert_eq!(err.kind(), lgsco::ErrorKind::NoStatement);
/// assert!(err.to_string().contains("expected a decision statement"));
/// ```
pub struct Error(Box<Inner>);

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    span: Span,
    position: Position,
    expected: &'static str,
    found: Option<String>,
    hint: Option<&'static str>,
}

/// What kind of failure an [`Error`] is. `Display` and JSON give its
/// snake_case name (`empty`, `no_statement`, `invalid_utf8`, `too_large`,
/// `too_many_nodes`, `binary`, `unsupported_line_ends`).
///
/// ```
/// let kind = lgsco::parse("").unwrap_err().kind();
/// assert_eq!(kind, lgsco::ErrorKind::Empty);
/// assert_eq!(lgsco::ErrorKind::InvalidUtf8.to_string(), "invalid_utf8");
/// assert_eq!(serde_json::to_string(&lgsco::ErrorKind::NoStatement).unwrap(), "\"no_statement\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or blank.
    Empty,
    /// The input has text, but no line that begins a statement.
    NoStatement,
    /// The bytes are not UTF-8, or not UTF-16 after a UTF-16 byte order
    /// mark (see [`parse_bytes`](crate::parse_bytes)).
    InvalidUtf8,
    /// The input is longer than [`Options::max_input_len`](crate::Options::max_input_len).
    TooLarge,
    /// The input has more lines and citations than
    /// [`Options::max_nodes`](crate::Options::max_nodes); the error points
    /// at the line or citation that passed the limit.
    ///
    /// ```
    /// let text = "Summary: s.\n".to_owned() + &"x\n".repeat(60_000);
    /// let err = lgsco::parse(&text).unwrap_err();
    /// assert_eq!(err.kind(), lgsco::ErrorKind::TooManyNodes);
    /// assert_eq!(err.line(), 50_001);
    /// ```
    TooManyNodes,
    /// The bytes are not text: a NUL byte, or many control characters.
    ///
    /// ```
    /// let err = lgsco::parse_bytes(b"Summary:\0\0").unwrap_err();
    /// assert_eq!(err.kind(), lgsco::ErrorKind::Binary);
    /// ```
    Binary,
    /// The lines end with U+2028, U+2029, U+0085 or lone carriage returns,
    /// which the grammar does not read as line ends; the error names them.
    ///
    /// ```
    /// let err = lgsco::parse("Summary: s.\u{2028}The complaint\u{2028}").unwrap_err();
    /// assert_eq!(err.kind(), lgsco::ErrorKind::UnsupportedLineEnds);
    /// assert!(err.to_string().contains("U+2028 LINE SEPARATOR"));
    /// ```
    UnsupportedLineEnds,
}

impl ErrorKind {
    /// The snake_case name, as in JSON.
    ///
    /// ```
    /// assert_eq!(lgsco::ErrorKind::TooLarge.as_str(), "too_large");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::NoStatement => "no_statement",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::TooManyNodes => "too_many_nodes",
            ErrorKind::Binary => "binary",
            ErrorKind::UnsupportedLineEnds => "unsupported_line_ends",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const EXPECTED_STATEMENT: &str = "a decision statement: a title line such as `Name of Council (24 006 388)`, \
a header field (`Category :`, `Decision :`, `Decision date :`), `The Ombudsman's final decision` or `Summary:`";

impl Error {
    pub(crate) fn new(kind: ErrorKind, source: &str, offset: usize) -> Self {
        let index = crate::LineIndex::new(source);
        let position = index.position(offset);
        let found = index
            .line_text(position.line)
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
            .map(|line| line.chars().take(60).collect());
        let end = source[offset..]
            .find('\n')
            .map_or(source.len(), |n| offset + n);
        Error(Box::new(Inner {
            kind,
            span: Span::new(offset, end),
            position,
            expected: EXPECTED_STATEMENT,
            found,
            hint: None,
        }))
    }

    /// The error for a slice starting at byte `by` of `source`, placed in
    /// `source`.
    pub(crate) fn moved(mut self, source: &str, by: usize) -> Self {
        let span = &mut self.0.span;
        *span = crate::Span::new(span.start + by, span.end + by);
        self.0.position = crate::LineIndex::new(source).position(span.start);
        self
    }

    /// Bytes that are not UTF-8: `valid` is the text before the bad byte;
    /// `cp1252` whether the whole input reads as Windows-1252.
    pub(crate) fn invalid_utf8(valid: &str, bad: &[u8], cp1252: bool) -> Self {
        let position = crate::LineIndex::new(valid).position(valid.len());
        let shown: Vec<String> = bad.iter().take(4).map(|b| format!("0x{b:02X}")).collect();
        // A lone byte from 0x80 to 0xFF where UTF-8 wants a sequence is what
        // text saved as Windows-1252 looks like (’ is 0x92, £ is 0xA3).
        let lone = cp1252 && bad.len() == 1 && bad[0] >= 0x80;
        Error(Box::new(Inner {
            kind: ErrorKind::InvalidUtf8,
            span: Span::new(valid.len(), valid.len() + bad.len().max(1)),
            position,
            expected: "UTF-8 text",
            found: Some(format!("byte {} at offset {}", shown.join(" "), valid.len())),
            hint: lone.then_some(
                "the text looks like Windows-1252, as some scrapers save it; convert it to UTF-8 first",
            ),
        }))
    }

    /// UTF-16 after its byte order mark with a bad unit after `valid`
    /// (the decoded text before it).
    pub(crate) fn invalid_utf16(valid: &str, unit: u16) -> Self {
        Error(Box::new(Inner {
            kind: ErrorKind::InvalidUtf8,
            span: Span::new(valid.len(), valid.len()),
            position: crate::LineIndex::new(valid).position(valid.len()),
            expected: "UTF-16 text after the UTF-16 byte order mark",
            found: Some(format!("the lone unit 0x{unit:04X}")),
            hint: None,
        }))
    }

    /// Input that is not text, first seen at byte `at`.
    pub(crate) fn binary(bytes: &[u8], at: usize) -> Self {
        let before = String::from_utf8_lossy(&bytes[..at]);
        Error(Box::new(Inner {
            kind: ErrorKind::Binary,
            span: Span::new(at, at + 1),
            position: crate::LineIndex::new(&before).position(before.len()),
            expected: "text",
            found: Some(format!(
                "binary data (byte 0x{:02X} at offset {at})",
                bytes[at]
            )),
            hint: (bytes[at] == 0)
                .then_some("a NUL byte: the file is binary, or UTF-16 without a byte order mark"),
        }))
    }

    /// Lines that end with `name` rather than `\n`, the first at `at`.
    pub(crate) fn line_ends(text: &str, at: usize, name: &'static str) -> Self {
        let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        Error(Box::new(Inner {
            kind: ErrorKind::UnsupportedLineEnds,
            span: Span::new(at, end),
            position: crate::LineIndex::new(text).position(at),
            expected: "lines that end with line feeds (`\\n` or `\\r\\n`)",
            found: Some(format!("lines that end with {name}")),
            hint: Some("convert them to line feeds"),
        }))
    }

    /// The error for an input of `len` bytes refused by a limit of
    /// `limit`: what parsing returns for a text over
    /// [`Options::max_input_len`](crate::Options::max_input_len), for a
    /// caller that refuses a file from its size, before reading it.
    ///
    /// ```
    /// let err = lgsco::Error::too_large(5_000_000, 4_194_304);
    /// assert_eq!(err.kind(), lgsco::ErrorKind::TooLarge);
    /// assert!(err.to_string().contains("5000000 bytes, over the limit of 4194304"));
    /// ```
    pub fn too_large(len: usize, limit: usize) -> Self {
        Error(Box::new(Inner {
            kind: ErrorKind::TooLarge,
            // Where the position says: the whole input is refused.
            span: Span::new(0, 0),
            position: Position { line: 1, column: 1 },
            expected: "an input within the size limit",
            found: Some(format!("{len} bytes, over the limit of {limit}")),
            hint: Some("raise Options::max_input_len if the input is genuine"),
        }))
    }

    /// More than `limit` nodes, the one past it at `at`.
    pub(crate) fn too_many_nodes(src: &str, at: usize, limit: usize) -> Self {
        let end = src[at..].find('\n').map_or(src.len(), |n| at + n);
        Error(Box::new(Inner {
            kind: ErrorKind::TooManyNodes,
            span: Span::new(at, end),
            position: position_of(src, at),
            expected: "a statement within the node limit",
            found: Some(format!(
                "more than {limit} nodes (lines with text, and citations) by here"
            )),
            hint: Some("raise Options::max_nodes if the input is genuine"),
        }))
    }

    /// What went wrong.
    ///
    /// ```
    /// let err = lgsco::parse_bytes(b"Summary: caf\xE9").unwrap_err();
    /// assert_eq!(err.kind(), lgsco::ErrorKind::InvalidUtf8);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The 1-based line where a statement was expected.
    ///
    /// ```
    /// let err = lgsco::parse("\n\nHello").unwrap_err();
    /// assert_eq!(err.line(), 3);
    /// ```
    pub fn line(&self) -> usize {
        self.0.position.line
    }

    /// The 1-based column (in characters) where a statement was expected.
    ///
    /// ```
    /// let err = lgsco::parse("   Hello").unwrap_err();
    /// assert_eq!(err.column(), 4);
    /// ```
    pub fn column(&self) -> usize {
        self.0.position.column
    }

    /// The bytes the error points at: the rest of the offending line.
    ///
    /// ```
    /// let err = lgsco::parse("Hello\nworld").unwrap_err();
    /// assert_eq!(err.span(), lgsco::Span::new(0, 5));
    /// ```
    pub fn span(&self) -> Span {
        self.0.span
    }

    /// What was expected, in words.
    ///
    /// ```
    /// assert!(lgsco::parse("x").unwrap_err().expected().contains("Summary:"));
    /// ```
    pub fn expected(&self) -> &str {
        self.0.expected
    }
}

/// The position of byte `at` of `src`, counted without a line index: input
/// refused for its size should not cost memory in proportion to its lines.
fn position_of(src: &str, at: usize) -> Position {
    let before = &src[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Position {
        line: before.bytes().filter(|&b| b == b'\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.0;
        write!(
            f,
            "line {}, column {}: ",
            inner.position.line, inner.position.column
        )?;
        match (inner.kind, &inner.found) {
            (ErrorKind::Empty, _) | (_, None) => {
                write!(f, "expected {}, found the end of the input", inner.expected)?
            }
            (ErrorKind::NoStatement, Some(found)) => {
                write!(f, "expected {}, found `{found}`", inner.expected)?
            }
            (_, Some(found)) => write!(f, "expected {}, found {found}", inner.expected)?,
        }
        if let Some(hint) = inner.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("line", &self.0.position.line)
            .field("column", &self.0.position.column)
            .field("span", &self.0.span)
            .finish()
    }
}

impl std::error::Error for Error {}
