//! One finding of validation.

use super::{Code, Severity};
use crate::{LineIndex, Position, Span};
use serde::{Deserialize, Serialize};

/// One finding of validation: what (a [`Code`]), how serious, where (a byte
/// [`Span`] into the input), a message, and a `help` text when a fix is
/// known.
///
/// A diagnostic stores the span only; its line and column come from a
/// [`LineIndex`] over the input ([`Diagnostic::position`]), or ready-made
/// from a [`Report`](crate::Report), which holds the input.
///
/// ```
/// use lgsco::{Code, LineIndex, Severity};
/// let text = "Summary: We will not investigate.\nThe complaint\n- Mr X complains.\n";
/// let d = lgsco::parse(text).unwrap();
/// let diagnostics = d.validate();
/// let missing = diagnostics.iter().find(|x| x.code == Code::MissingSignature).unwrap();
/// assert_eq!(missing.severity, Severity::Error);
/// let at = missing.position(&LineIndex::new(text));
/// assert_eq!((at.line, at.column), (3, 18));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Which check found it.
    pub code: Code,
    /// How serious it is (the code's [`Code::severity`]).
    pub severity: Severity,
    /// What is wrong, in a sentence.
    pub message: String,
    /// The bytes it is about; empty where something is missing (it then
    /// points where the missing part belongs).
    pub span: Span,
    /// How to fix it, when that is known.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the code's severity and no help.
    ///
    /// ```
    /// let d = lgsco::Diagnostic::new(lgsco::Code::MissingDate, lgsco::Span::new(0, 0), "no date");
    /// assert_eq!(d.severity, lgsco::Severity::Warning);
    /// assert_eq!(d.help, None);
    /// ```
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            span,
            help: None,
        }
    }

    /// The same diagnostic with a help text.
    ///
    /// ```
    /// let d = lgsco::Diagnostic::new(lgsco::Code::MissingDate, lgsco::Span::new(0, 0), "no date")
    ///     .with_help("add `Decision date : DD Mon YYYY`");
    /// assert!(d.help.unwrap().starts_with("add"));
    /// ```
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Line and column of the start of the span.
    ///
    /// ```
    /// let text = "Borsetshire Council (24 012 345)\nSummary: s.\n";
    /// let d = lgsco::Diagnostic::new(lgsco::Code::MissingDate, lgsco::Span::new(33, 33), "no date");
    /// assert_eq!(d.position(&lgsco::LineIndex::new(text)).line, 2);
    /// ```
    pub fn position(&self, index: &LineIndex<'_>) -> Position {
        index.position(self.span.start)
    }
}
