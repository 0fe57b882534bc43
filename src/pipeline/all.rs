//! Files that hold several statements, one after another.
//!
//! The grammar sets aside everything from the next statement's first line to
//! the end of its input, and pest indexes the lines of all its input, so
//! parsing each statement with the rest of the text after it costs the rest
//! of the text: a file of many statements took time and memory in the square
//! of its length. Each statement is parsed from a window of the text instead,
//! ending at a line end, just long enough to show where the next statement
//! begins (see [`lookahead_end`]); the tree is the one the rest of the text
//! gives.

use super::limit;
use crate::tree::Shift;
use crate::{Decision, Error, Options, SkipReason};
use std::iter::FusedIterator;

/// The first window: a single statement up to this size is parsed once.
const FIRST_WINDOW: usize = 1 << 20;
/// The least window after the first; otherwise twice the last statement.
const LEAST_WINDOW: usize = 4 << 10;

/// The statements of one text, in order: what [`parse_all`](crate::parse_all)
/// and [`Options::parse_all`] return. Each item is one statement's tree,
/// with spans into the whole text; an error ends the iteration.
///
/// ```
/// let two = format!("{}\n{}", lgsco::SAMPLE, lgsco::SAMPLE.replace("24 012 345", "24 012 346"));
/// let decisions: Vec<lgsco::Decision> = lgsco::parse_all(&two).collect::<Result<_, _>>()?;
/// assert_eq!(decisions.len(), 2);
/// let second = decisions[1].header.spans.reference.unwrap();
/// assert_eq!(second.slice(&two), Some("24 012 346"));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Statements<'s> {
    text: &'s str,
    options: Options,
    /// Where the next statement begins; `None` once done.
    next: Option<usize>,
    /// Lines with text from `next` to the end. The node limit counts them
    /// for each statement, as `parse` of the rest of the text does.
    lines: usize,
    /// The bytes of the next statement's first window.
    window: usize,
    /// The least window after the first (small in tests, to try every path).
    least: usize,
}

impl<'s> Statements<'s> {
    pub(crate) fn new(text: &'s str, options: Options) -> Self {
        Statements {
            text,
            options,
            next: Some(0),
            lines: 0,
            window: FIRST_WINDOW,
            least: LEAST_WINDOW,
        }
    }

    /// Where the next statement begins, in bytes of the text: 0 before the
    /// first is read, `None` once none is left (or after an error).
    ///
    /// ```
    /// let two = format!("{}\n{}", lgsco::SAMPLE, lgsco::SAMPLE);
    /// let mut all = lgsco::parse_all(&two);
    /// assert_eq!(all.offset(), Some(0));
    /// all.next();
    /// assert_eq!(all.offset(), Some(lgsco::SAMPLE.len() + 1));
    /// all.next();
    /// assert_eq!(all.offset(), None);
    /// ```
    pub fn offset(&self) -> Option<usize> {
        self.next
    }

    /// The statement at byte `at`, with spans into the whole text.
    fn read(&mut self, at: usize) -> Result<Decision, Error> {
        let (rest, max) = (&self.text[at..], self.options.max_nodes);
        self.options.check(rest)?;
        if at == 0 {
            // Later rests have fewer lines, so only the whole text can fail.
            self.lines = max - self.options.nodes_left(rest)?;
        }
        let (tree, window) = self.tree(rest)?;
        let mut d = (self.options).finish(tree, window, max.saturating_sub(self.lines))?;
        // The next statement is set aside whole, so at most one entry.
        if let Some(i) = (d.skipped.iter()).position(|s| s.reason == SkipReason::NextStatement) {
            let next = d.skipped.remove(i).span.start;
            d.skipped.shrink_to_fit();
            // Its first line may begin with blanks: count from the line's start.
            let line = rest[..next].rfind('\n').map_or(0, |i| i + 1);
            self.lines = self.lines.saturating_sub(limit::lines(&rest[..line]));
            self.window = next.saturating_mul(2).max(self.least);
            self.next = Some(at + next);
        }
        d.shift(at);
        Ok(d)
    }

    /// The tree of the statement at the start of `rest`, without citations,
    /// and the window of `rest` it was parsed from: windows that double
    /// until one shows where the next statement begins, or the whole rest.
    fn tree<'r>(&self, rest: &'r str) -> Result<(Decision, &'r str), Error> {
        let mut want = self.window;
        loop {
            let window = &rest[..line_end_after(rest, want)];
            if window.len() == rest.len() {
                return Ok((self.options.tree(window)?, window));
            }
            if let Ok(d) = self.options.tree(window) {
                let next = d
                    .skipped
                    .iter()
                    .find(|s| s.reason == SkipReason::NextStatement);
                if next.is_some_and(|s| lookahead_end(window, s.span.start).is_some()) {
                    return Ok((d, window));
                }
            }
            want = window.len().saturating_mul(2);
        }
    }
}

/// The end of the line that holds byte `at` of `text` (after its line
/// feed), or the end of the text.
fn line_end_after(text: &str, at: usize) -> usize {
    let from = at.min(text.len());
    match text.as_bytes()[from..].iter().position(|&b| b == b'\n') {
        Some(i) => from + i + 1,
        None => text.len(),
    }
}

/// For a next statement whose first line holds byte `at`: the end of what
/// the grammar reads before it sets that statement aside, or `None` if
/// `text` ends first.
///
/// A rule reads at most one line ahead past blank lines: a title line looks
/// for a header line (or the final-decision label for the summary) after
/// any blank lines, and every other rule reads its own line. So the grammar
/// reads no further than the first line with text after the next
/// statement's first line, and every line before it reads the same in a
/// window holding that line (with its line feed) as in the whole text. A
/// line of blanks by any measure counts as blank here, which can only read
/// further than the grammar.
fn lookahead_end(text: &str, at: usize) -> Option<usize> {
    let mut end = at + text.get(at..)?.find('\n')? + 1;
    loop {
        let line = &text[end..end + text[end..].find('\n')?];
        end += line.len() + 1;
        if !line.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
            return Some(end);
        }
    }
}

impl Iterator for Statements<'_> {
    type Item = Result<Decision, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let at = self.next.take()?;
        // The limit is on the whole text, as for `parse`.
        if at == 0 && self.text.len() > self.options.max_input_len {
            return Some(self.options.parse(self.text));
        }
        Some(self.read(at).map_err(|e| e.moved(self.text, at)))
    }
}

impl FusedIterator for Statements<'_> {}

#[cfg(any(test, fuzzing))]
pub(crate) mod oracle;
#[cfg(test)]
mod tests;
