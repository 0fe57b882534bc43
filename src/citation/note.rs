//! Notes on citations: slips the parser normalised and what it could not read.

use crate::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Something about a citation worth a warning: a slip LGSCO prints and the
/// parser normalised, or a citation it could not read whole. The span points
/// at the printed text concerned.
///
/// ```
/// let text = "Summary: (Local Government Act 1974, section 30(1B) and 34H(i)).\n";
/// let d = lgsco::parse(text)?;
/// let c = &d.summary.unwrap().citations[0];
/// assert_eq!(c.provisions[1].canonical, "s. 34H(1)");
/// let note = &c.notes[0];
/// assert!(matches!(note, lgsco::CitationNote::RomanSubsection { .. }));
/// assert_eq!(note.span().slice(text), Some("(i)"));
/// assert!(note.to_string().contains("Roman"));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "note", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CitationNote {
    /// A section letter in brackets: `34(B)` for section 34B.
    LetterInBrackets {
        /// The number and the bracket.
        span: Span,
    },
    /// A Roman numeral for a subsection: `34H(i)` for section 34H(1).
    RomanSubsection {
        /// The bracket.
        span: Span,
    },
    /// A capital letter for a paragraph: `24A(1)(A)` for 24A(1)(a).
    CapitalLetter {
        /// The bracket.
        span: Span,
    },
    /// Two provisions inside one bracket: `34H(3 and 4)`.
    ListInBrackets {
        /// The bracket.
        span: Span,
    },
    /// Schedules and paragraphs paired by position: `Schedule 5/5A,
    /// paragraph 1/3` for Sch. 5 para. 1 and Sch. 5A para. 3.
    SlashedSchedules {
        /// The schedule reference.
        span: Span,
    },
    /// A schedule and paragraph joined by a dot: `Schedule 5.5`.
    DottedSchedule {
        /// The schedule reference.
        span: Span,
    },
    /// A paragraph before its schedule without `of`: `paragraph 5A schedule 5`.
    ParagraphBeforeSchedule {
        /// The schedule reference.
        span: Span,
    },
    /// A space between a number and its bracket: `24A (6)`.
    SpaceBeforeBracket {
        /// The space.
        span: Span,
    },
    /// Square brackets instead of round ones.
    SquareBrackets {
        /// The whole citation.
        span: Span,
    },
    /// An opening bracket that is never closed (often a truncated statement).
    Unclosed {
        /// The opening bracket.
        span: Span,
    },
    /// Text inside the brackets that is not part of a citation.
    Unread {
        /// The text.
        span: Span,
    },
    /// A title printed without its year, completed from an earlier citation
    /// of the same title in the paragraph.
    YearFromContext {
        /// The title.
        span: Span,
    },
    /// A short reference (`section 26B`, `the Act`) with no full citation
    /// before it in its paragraph: the instrument is unknown.
    Unresolved {
        /// The reference.
        span: Span,
    },
}

impl CitationNote {
    /// The printed text the note is about.
    ///
    /// ```
    /// let note = lgsco::CitationNote::Unresolved { span: lgsco::Span::new(3, 9) };
    /// assert_eq!(note.span(), lgsco::Span::new(3, 9));
    /// ```
    pub fn span(&self) -> Span {
        match *self {
            CitationNote::LetterInBrackets { span }
            | CitationNote::RomanSubsection { span }
            | CitationNote::CapitalLetter { span }
            | CitationNote::ListInBrackets { span }
            | CitationNote::SlashedSchedules { span }
            | CitationNote::DottedSchedule { span }
            | CitationNote::ParagraphBeforeSchedule { span }
            | CitationNote::SpaceBeforeBracket { span }
            | CitationNote::SquareBrackets { span }
            | CitationNote::Unclosed { span }
            | CitationNote::Unread { span }
            | CitationNote::YearFromContext { span }
            | CitationNote::Unresolved { span } => span,
        }
    }
}

impl CitationNote {
    /// The same note about other text.
    pub(crate) fn with_span(self, span: Span) -> Self {
        match self {
            CitationNote::LetterInBrackets { .. } => CitationNote::LetterInBrackets { span },
            CitationNote::RomanSubsection { .. } => CitationNote::RomanSubsection { span },
            CitationNote::CapitalLetter { .. } => CitationNote::CapitalLetter { span },
            CitationNote::ListInBrackets { .. } => CitationNote::ListInBrackets { span },
            CitationNote::SlashedSchedules { .. } => CitationNote::SlashedSchedules { span },
            CitationNote::DottedSchedule { .. } => CitationNote::DottedSchedule { span },
            CitationNote::ParagraphBeforeSchedule { .. } => {
                CitationNote::ParagraphBeforeSchedule { span }
            }
            CitationNote::SpaceBeforeBracket { .. } => CitationNote::SpaceBeforeBracket { span },
            CitationNote::SquareBrackets { .. } => CitationNote::SquareBrackets { span },
            CitationNote::Unclosed { .. } => CitationNote::Unclosed { span },
            CitationNote::Unread { .. } => CitationNote::Unread { span },
            CitationNote::YearFromContext { .. } => CitationNote::YearFromContext { span },
            CitationNote::Unresolved { .. } => CitationNote::Unresolved { span },
        }
    }
}

impl fmt::Display for CitationNote {
    /// ```
    /// let note = lgsco::CitationNote::Unclosed { span: lgsco::Span::new(0, 1) };
    /// assert_eq!(note.to_string(), "the bracket is never closed");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CitationNote::LetterInBrackets { .. } => {
                "a section letter printed in brackets: `34(B)` means section 34B"
            }
            CitationNote::RomanSubsection { .. } => {
                "a Roman numeral for a subsection: `(i)` means subsection (1)"
            }
            CitationNote::CapitalLetter { .. } => {
                "a capital letter for a paragraph: `(A)` means paragraph (a)"
            }
            CitationNote::ListInBrackets { .. } => "two subsections inside one bracket",
            CitationNote::SlashedSchedules { .. } => {
                "schedules and paragraphs paired by position (`Schedule 5/5A, paragraph 1/3`)"
            }
            CitationNote::DottedSchedule { .. } => {
                "a schedule and paragraph joined by a dot (`Schedule 5.5`)"
            }
            CitationNote::ParagraphBeforeSchedule { .. } => {
                "a paragraph printed before its schedule without `of`"
            }
            CitationNote::SpaceBeforeBracket { .. } => "a space between a number and its bracket",
            CitationNote::SquareBrackets { .. } => "square brackets around a citation",
            CitationNote::Unclosed { .. } => "the bracket is never closed",
            CitationNote::Unread { .. } => "text inside the citation that is not read as law",
            CitationNote::YearFromContext { .. } => {
                "a title without its year, completed from an earlier citation"
            }
            CitationNote::Unresolved { .. } => {
                "a short reference with no full citation before it in the paragraph"
            }
        })
    }
}
