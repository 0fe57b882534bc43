//! The diagnostics of one input together with the input, for display and
//! JSON.

use super::{Diagnostic, Severity};
use crate::{Decision, LineIndex, Position};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;

/// The diagnostics of one input, with the input itself, so each has a line,
/// a column and a source line to show. Made by [`validate`](crate::validate).
///
/// `Display` prints every diagnostic in the familiar compiler form; the
/// `Serialize` form is an object with `file`, counts and `diagnostics`, each
/// a [`Located`].
///
/// ```
/// let text = "Fenwick Council (24 001 902)\nSummary: We will not investigate.\nThe complaint\n- Mrs L complains.\n";
/// let report = lgsco::validate(text).with_path("fenwick.txt");
/// assert!(report.has_errors());
/// let first = report.iter().next().unwrap();
/// assert_eq!((first.start.line, first.start.column), (2, 1));
/// assert_eq!(first.to_string().lines().next().unwrap(),
///     "fenwick.txt:2:1: warning[H003]: no `Category :` line");
/// let json = serde_json::to_value(&report).unwrap();
/// assert_eq!(json["diagnostics"][0]["code"], "H003");
/// assert_eq!(json["errors"], 1);
/// ```
#[derive(Clone, Debug)]
pub struct Report<'s> {
    source: &'s str,
    path: Option<String>,
    index: LineIndex<'s>,
    decision: Option<Decision>,
    diagnostics: Vec<Diagnostic>,
}

impl<'s> Report<'s> {
    /// A report over `source`: the decision parsed from it, if any, and the
    /// diagnostics found (spans into `source`).
    ///
    /// ```
    /// let text = "Summary: s.\n";
    /// let d = lgsco::parse(text).unwrap();
    /// let diagnostics = d.validate();
    /// let report = lgsco::Report::new(text, Some(d), diagnostics);
    /// assert_eq!(report.source(), text);
    /// ```
    pub fn new(source: &'s str, decision: Option<Decision>, diagnostics: Vec<Diagnostic>) -> Self {
        Self::with_index(LineIndex::new(source), decision, diagnostics)
    }

    /// A report whose positions come from `index`, over its source: a
    /// [`LineIndex::part`] for one statement of a file that joins many, so
    /// that each statement's report does not index the whole file.
    ///
    /// ```
    /// let two = format!("{}\n{}", lgsco::SAMPLE, lgsco::SAMPLE);
    /// let second = lgsco::parse_all(&two).nth(1).unwrap()?;
    /// let diagnostics = second.validate();
    /// let from = lgsco::SAMPLE.len() + 1;
    /// let line = two[..from].matches('\n').count() + 1;
    /// let index = lgsco::LineIndex::part(&two, from..two.len(), line);
    /// let part = lgsco::Report::with_index(index, Some(second.clone()), diagnostics.clone());
    /// let whole = lgsco::Report::new(&two, Some(second), diagnostics);
    /// assert!(part.iter().map(|d| d.to_string()).eq(whole.iter().map(|d| d.to_string())));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn with_index(
        index: LineIndex<'s>,
        decision: Option<Decision>,
        diagnostics: Vec<Diagnostic>,
    ) -> Self {
        Report {
            source: index.source(),
            path: None,
            index,
            decision,
            diagnostics,
        }
    }

    /// The same report, naming the file it came from in messages and JSON.
    ///
    /// ```
    /// let report = lgsco::validate(lgsco::SAMPLE).with_path("sample.txt");
    /// assert_eq!(report.path(), Some("sample.txt"));
    /// ```
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The file name given to [`with_path`](Self::with_path).
    ///
    /// ```
    /// assert_eq!(lgsco::validate(lgsco::SAMPLE).path(), None);
    /// ```
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The input.
    ///
    /// ```
    /// assert_eq!(lgsco::validate("x").source(), "x");
    /// ```
    pub fn source(&self) -> &'s str {
        self.source
    }

    /// The parsed statement, unless the input held none.
    ///
    /// ```
    /// assert!(lgsco::validate(lgsco::SAMPLE).decision().is_some());
    /// assert!(lgsco::validate("Dear Sir").decision().is_none());
    /// ```
    pub fn decision(&self) -> Option<&Decision> {
        self.decision.as_ref()
    }

    /// The diagnostics, in the order of their position.
    ///
    /// ```
    /// let report = lgsco::validate(lgsco::SAMPLE);
    /// let diagnostics = report.diagnostics();
    /// // The sample prints LGSCO's slip `34(B)` for section 34B.
    /// assert_eq!(diagnostics.len(), 1);
    /// assert_eq!(diagnostics[0].message, "`34(B)` prints the section's letter in brackets: it reads as s. 34B");
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The line index of the input.
    ///
    /// ```
    /// assert_eq!(lgsco::validate("Summary: s.\nx").index().line_count(), 2);
    /// ```
    pub fn index(&self) -> &LineIndex<'s> {
        &self.index
    }

    /// Each diagnostic with its position and source line.
    ///
    /// ```
    /// let report = lgsco::validate("Summary: s.\n");
    /// for d in report.iter() {
    ///     assert!(d.start.line >= 1 && d.start <= d.end);
    /// }
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Located<'_>> + '_ {
        self.diagnostics.iter().map(move |d| self.locate(d))
    }

    fn locate<'r>(&'r self, diagnostic: &'r Diagnostic) -> Located<'r> {
        let start = self.index.position(diagnostic.span.start);
        let end = self.index.position(diagnostic.span.end);
        Located {
            diagnostic,
            file: self.path.as_deref(),
            start,
            end,
            line_text: self.index.line_text(start.line).unwrap_or(""),
            line_start: self.index.line_start(start.line),
        }
    }

    /// How many diagnostics have this severity.
    ///
    /// ```
    /// let report = lgsco::validate("Summary: s.\n");
    /// assert_eq!(report.count(lgsco::Severity::Error), 1);
    /// ```
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Whether any diagnostic is an error.
    ///
    /// ```
    /// assert!(!lgsco::validate(lgsco::SAMPLE).has_errors());
    /// ```
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Every diagnostic in the human form, each followed by a blank line.
impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for located in self.iter() {
            writeln!(f, "{located}")?;
        }
        Ok(())
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Report", 5)?;
        s.serialize_field("file", &self.path)?;
        s.serialize_field("errors", &self.count(Severity::Error))?;
        s.serialize_field("warnings", &self.count(Severity::Warning))?;
        s.serialize_field("notes", &self.count(Severity::Note))?;
        s.serialize_field("diagnostics", &self.iter().collect::<Vec<_>>())?;
        s.end()
    }
}

/// A diagnostic with its place in the input: line and column of both ends
/// of its span, the source line, and the file name if known.
///
/// `Display` gives the human form:
///
/// ```text
/// statement.txt:4:17: error[H007]: the decision date `31 Feb 2024` is not a real date
///   |
/// 4 | Decision date : 31 Feb 2024
///   |                 ^^^^^^^^^^^
///   = help: Feb has no day 31
/// ```
///
/// `Serialize` gives one flat object: `file`, `code`, `name`, `severity`,
/// `line`, `column`, `end_line`, `end_column`, `message`, `help`, `span`.
///
/// ```
/// let text = "Fenwick Council (24 001 902)\nDecision date : 31 Feb 2024\nSummary: s.\n";
/// let report = lgsco::validate(text);
/// let bad = report.iter().find(|d| d.diagnostic.code == lgsco::Code::InvalidDate).unwrap();
/// assert_eq!((bad.start.line, bad.start.column), (2, 17));
/// let shown = bad.to_string();
/// assert!(shown.contains("2 | Decision date : 31 Feb 2024"));
/// assert!(shown.contains("  |                 ^^^^^^^^^^^"));
/// let json = serde_json::to_value(&bad).unwrap();
/// assert_eq!((json["line"].as_u64(), json["column"].as_u64()), (Some(2), Some(17)));
/// assert_eq!(json["severity"], "error");
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Located<'r> {
    /// The diagnostic.
    pub diagnostic: &'r Diagnostic,
    /// The file name, when the report has one.
    pub file: Option<&'r str>,
    /// Line and column of the first byte of the span.
    pub start: Position,
    /// Line and column just past the span.
    pub end: Position,
    /// The whole source line where the span starts, without its line end.
    pub line_text: &'r str,
    /// The byte offset of `line_text` in the source.
    line_start: usize,
}

/// Lines longer than this are shown as a window around the span.
const WIDE: usize = 100;

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        writeln!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file.unwrap_or("<input>"),
            self.start.line,
            self.start.column,
            d.severity,
            d.code,
            d.message
        )?;
        let number = self.start.line.to_string();
        let gutter = " ".repeat(number.len());
        let (shown, pad, width) = if self.line_text.len() > 4 * WIDE {
            self.window()
        } else {
            self.whole_line()
        };
        writeln!(f, "{gutter} |")?;
        writeln!(f, "{number} | {}", shown.trim_end())?;
        write!(
            f,
            "{gutter} | {}{}",
            " ".repeat(pad),
            "^".repeat(width.max(1))
        )?;
        if let Some(help) = &d.help {
            write!(f, "\n{gutter} = help: {help}")?;
        }
        writeln!(f)
    }
}

impl Located<'_> {
    /// A line of at most `WIDE` characters: the line shown, the caret's
    /// indent and its width, from the whole line.
    fn whole_line(&self) -> (String, usize, usize) {
        // A byte order mark takes a column in the index and no room on screen.
        let bom = usize::from(self.line_text.starts_with('\u{feff}'));
        let chars: Vec<char> = self
            .line_text
            .chars()
            .skip(bom)
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let first = (self.start.column - 1).saturating_sub(bom);
        let last = self.last(bom, chars.len());
        // A window of the line around the span.
        let (from, to) = if chars.len() <= WIDE {
            (0, chars.len())
        } else {
            let from = first.saturating_sub(WIDE / 3).min(chars.len() - WIDE);
            (from, from + WIDE)
        };
        let mut shown: String = chars[from..to].iter().collect();
        let mut pad = first - from.min(first);
        if from > 0 {
            shown.insert(0, '…');
            pad += 1;
        }
        if to < chars.len() {
            shown.push('…');
        }
        (shown, pad, last.min(to.max(first + 1)) - first)
    }

    /// Where the span ends on its first line, in characters after the
    /// byte order mark (`len` when it runs on to later lines).
    fn last(&self, bom: usize, len: usize) -> usize {
        let first = (self.start.column - 1).saturating_sub(bom);
        if self.end.line == self.start.line {
            (self.end.column - 1).saturating_sub(bom).max(first + 1)
        } else {
            len.max(first + 1)
        }
    }

    /// The same as [`Located::whole_line`] for a line of more than
    /// `4 * WIDE` bytes (so more than `WIDE` characters), reading only the
    /// window around the span: a report stays linear in its diagnostics.
    fn window(&self) -> (String, usize, usize) {
        let line = self
            .line_text
            .strip_prefix('\u{feff}')
            .unwrap_or(self.line_text);
        let bom = self.line_text.len() - line.len();
        let mut at = (self
            .diagnostic
            .span
            .start
            .saturating_sub(self.line_start + bom))
        .min(line.len());
        while !line.is_char_boundary(at) {
            at += 1;
        }
        let back = |from: usize, n: usize| {
            line[..from]
                .char_indices()
                .rev()
                .take(n)
                .last()
                .map_or(from, |(i, _)| i)
        };
        let mut from = back(at, WIDE / 3);
        let mut to = line[from..]
            .char_indices()
            .nth(WIDE)
            .map_or(line.len(), |(i, _)| from + i);
        let taken = line[from..to].chars().count();
        if taken < WIDE {
            from = back(from, WIDE - taken);
        }
        let pad_chars = line[from..at].chars().count();
        let shown_text = &line[from..to.max(at)];
        to = to.max(at);
        let mut shown: String = shown_text
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let mut pad = pad_chars;
        if from > 0 {
            shown.insert(0, '…');
            pad += 1;
        }
        if to < line.len() {
            shown.push('…');
        }
        let right = line[at..to].chars().count();
        let last = if self.end.line == self.start.line {
            self.end.column.saturating_sub(self.start.column).max(1)
        } else {
            usize::MAX
        };
        (shown, pad, last.min(right.max(1)))
    }
}

impl Serialize for Located<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.diagnostic;
        let mut s = serializer.serialize_struct("Located", 11)?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("code", &d.code)?;
        s.serialize_field("name", d.code.name())?;
        s.serialize_field("severity", &d.severity)?;
        s.serialize_field("line", &self.start.line)?;
        s.serialize_field("column", &self.start.column)?;
        s.serialize_field("end_line", &self.end.line)?;
        s.serialize_field("end_column", &self.end.column)?;
        s.serialize_field("message", &d.message)?;
        s.serialize_field("help", &d.help)?;
        s.serialize_field("span", &d.span)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On long lines the window read around the span is what the whole
    /// line gives, and positions agree with counting from the line start.
    #[test]
    fn the_window_of_a_long_line_matches_the_whole_line() {
        let unit = "(Local Government Act 1974, section 34(B)) é\t";
        let text = format!("\u{feff}Summary: s.\nx{}\nend\n", unit.repeat(300));
        let report = crate::validate(&text);
        assert!(report.diagnostics().len() > 250);
        for d in report.iter() {
            let start = d.diagnostic.span.start;
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let naive = text[line_start..start].chars().count() + 1;
            assert_eq!(d.start.column, naive);
            if d.line_text.len() > 4 * WIDE {
                assert_eq!(d.window(), d.whole_line(), "{d}");
            }
        }
        for at in [0, 1, 40, 70, 5000, text.len() - 200, text.len() - 12] {
            let mut d = report.iter().next().unwrap();
            let diagnostic =
                Diagnostic::new(crate::Code::ParseError, crate::Span::new(at, at + 3), "x");
            d.start = report.index().position(at);
            d.end = report.index().position(at + 3);
            d.line_text = report.index().line_text(d.start.line).unwrap();
            d.line_start = report.index().line_start(d.start.line);
            d.diagnostic = &diagnostic;
            if d.line_text.len() > 4 * WIDE {
                assert_eq!(d.window(), d.whole_line(), "at {at}");
            }
        }
    }
}
