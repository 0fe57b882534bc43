//! Byte spans into the input and their line/column positions.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` into the text that was parsed.
///
/// Every node of the tree carries one. Spans are cheap (two integers); turn
/// them into line and column with a [`LineIndex`] built once per input.
///
/// ```
/// use lgsco::Span;
/// let text = "Summary: all well";
/// let span = Span::new(9, 17);
/// assert_eq!(span.slice(text), Some("all well"));
/// assert_eq!(span.len(), 8);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    ///
    /// ```
    /// assert_eq!(lgsco::Span::new(4, 2), lgsco::Span::new(2, 4));
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(lgsco::Span::new(3, 10).len(), 7);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(lgsco::Span::new(3, 3).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `source`, if it lies inside it on
    /// character boundaries.
    ///
    /// ```
    /// assert_eq!(lgsco::Span::new(0, 3).slice("abcdef"), Some("abc"));
    /// assert_eq!(lgsco::Span::new(0, 30).slice("abcdef"), None);
    /// ```
    pub fn slice<'s>(&self, source: &'s str) -> Option<&'s str> {
        source.get(self.start..self.end)
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use lgsco::Span;
    /// assert_eq!(Span::new(2, 4).join(Span::new(8, 9)), Span::new(2, 9));
    /// ```
    pub fn join(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Whether `other` lies inside this span.
    ///
    /// ```
    /// use lgsco::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Self {
        span.start..span.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A 1-based line and column. The column counts characters (Unicode scalar
/// values), not bytes, so it matches what an editor shows.
///
/// ```
/// use lgsco::{LineIndex, Position};
/// let index = LineIndex::new("a\n’b");
/// assert_eq!(index.position(5), Position { line: 2, column: 2 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The start of every line of a text, to turn byte offsets into positions.
///
/// Build it once per input (one pass over the bytes), then each lookup is a
/// binary search: positions are never computed by rescanning from the start.
///
/// ```
/// let text = "first\r\nsecond line\n";
/// let index = lgsco::LineIndex::new(text);
/// assert_eq!(index.line_count(), 3);
/// let at = index.position(text.find("line").unwrap());
/// assert_eq!((at.line, at.column), (2, 8));
/// ```
#[derive(Clone, Debug)]
pub struct LineIndex<'s> {
    source: &'s str,
    /// Lines before the first in `starts` (see [`LineIndex::part`]).
    before: usize,
    /// Where the indexed lines end.
    end: usize,
    starts: Vec<usize>,
    /// In lines longer than [`MARK_EVERY`] bytes, a (byte offset, column)
    /// pair every so often, so a column is counted from near its offset,
    /// not from the start of a long line.
    marks: Vec<(usize, usize)>,
}

/// Bytes between two marks of a long line.
const MARK_EVERY: usize = 1024;

impl<'s> LineIndex<'s> {
    /// Index the lines of `source`. A line ends at `\n` (so `\r\n` too).
    ///
    /// ```
    /// assert_eq!(lgsco::LineIndex::new("").line_count(), 1);
    /// ```
    pub fn new(source: &'s str) -> Self {
        Self::lines(source, 0, source.len(), 0)
    }

    /// Index only the lines of `source` that hold the bytes `range`, the
    /// first of them being line `line` (from 1): for one statement of a
    /// file that joins many, as indexing the whole file for each statement
    /// would cost the file times its statements. Offsets outside those
    /// lines are clamped to them.
    ///
    /// ```
    /// let text = "one\ntwo\nthree\nfour";
    /// let index = lgsco::LineIndex::part(text, 9..12, 3);
    /// assert_eq!(index.position(10), lgsco::Position { line: 3, column: 3 });
    /// assert_eq!(index.line_text(3), Some("three"));
    /// assert_eq!(index.line_text(2), None);
    /// assert_eq!(index.position(0), index.position(8));
    /// ```
    pub fn part(source: &'s str, range: std::ops::Range<usize>, line: usize) -> Self {
        let bytes = source.as_bytes();
        let end = range.end.min(source.len());
        let from = range.start.min(end);
        let start = bytes[..from]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let stop = bytes[end..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(source.len(), |i| end + i);
        Self::lines(source, start, stop, line.saturating_sub(1))
    }

    /// Index the lines of `source` from `start` (a line's start) to `end`,
    /// with `before` lines before them.
    fn lines(source: &'s str, start: usize, end: usize, before: usize) -> Self {
        let mut starts = Vec::with_capacity((end - start) / 64 + 1);
        let mut marks = Vec::new();
        starts.push(start);
        let (mut line_start, mut last_mark) = (start, start);
        for (k, &b) in source.as_bytes()[start..end].iter().enumerate() {
            let i = start + k;
            if b == b'\n' {
                starts.push(i + 1);
                (line_start, last_mark) = (i + 1, i + 1);
            } else if i - last_mark >= MARK_EVERY && (b & 0xC0) != 0x80 {
                let from = marks.last().filter(|m: &&(usize, usize)| m.0 >= line_start);
                let (at, column) = from.copied().unwrap_or((line_start, 0));
                marks.push((i, column + chars_between(source, at, i)));
                last_mark = i;
            }
        }
        LineIndex {
            source,
            before,
            end,
            starts,
            marks,
        }
    }

    /// The text indexed.
    pub(crate) fn source(&self) -> &'s str {
        self.source
    }

    /// Number of lines (a final line without a newline counts).
    ///
    /// ```
    /// assert_eq!(lgsco::LineIndex::new("a\nb").line_count(), 2);
    /// ```
    pub fn line_count(&self) -> usize {
        self.before + self.starts.len()
    }

    /// The position of a byte offset. Offsets past the end are clamped to
    /// the end; an offset inside a multi-byte character counts that
    /// character as started.
    ///
    /// ```
    /// let index = lgsco::LineIndex::new("one\ntwo");
    /// assert_eq!(index.position(4).line, 2);
    /// assert_eq!(index.position(4).column, 1);
    /// ```
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.clamp(self.starts[0], self.end);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let mark = self.marks.partition_point(|m| m.0 <= offset);
        let (from, counted) = match mark.checked_sub(1).map(|k| self.marks[k]) {
            Some(m) if m.0 >= start => m,
            _ => (start, 0),
        };
        let column = counted + chars_between(self.source, from, offset) + 1;
        Position {
            line: self.before + line + 1,
            column,
        }
    }

    /// The text of line `line` (1-based), without its line ending.
    ///
    /// ```
    /// let index = lgsco::LineIndex::new("one\r\ntwo\n");
    /// assert_eq!(index.line_text(1), Some("one"));
    /// assert_eq!(index.line_text(9), None);
    /// ```
    pub fn line_text(&self, line: usize) -> Option<&'s str> {
        let line = line.checked_sub(self.before)?;
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self
            .starts
            .get(line)
            .map(|&next| next - 1)
            .unwrap_or(self.end);
        let text = &self.source[start..end];
        Some(text.strip_suffix('\r').unwrap_or(text))
    }

    /// The position of a span's first byte.
    ///
    /// ```
    /// let index = lgsco::LineIndex::new("a\nbc");
    /// assert_eq!(index.start_of(lgsco::Span::new(3, 4)).column, 2);
    /// ```
    pub fn start_of(&self, span: Span) -> Position {
        self.position(span.start)
    }

    /// The byte offset where line `line` (1-based) starts.
    pub(crate) fn line_start(&self, line: usize) -> usize {
        line.checked_sub(self.before + 1)
            .and_then(|l| self.starts.get(l))
            .copied()
            .unwrap_or(self.starts[0])
    }
}

/// Characters begun in `source[from..to]` (by bytes: `to` may split one).
fn chars_between(source: &str, from: usize, to: usize) -> usize {
    source.as_bytes()[from..to]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
}
