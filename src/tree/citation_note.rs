//! Notes on citations: slips the parser normalised and what it could not read.

use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Something about a citation worth a warning: a slip LGSCO prints and the
/// parser normalised, or a citation it could not read whole. The span points
/// at the printed text concerned. In JSON: `{"note": "roman_subsection",
/// "span": {...}}`.
///
/// ```
/// use lgsco::CitationNoteKind;
/// let text = "Summary: (Local Government Act 1974, section 30(1B) and 34H(i)).\n";
/// let d = lgsco::parse(text)?;
/// let c = &d.summary.unwrap().citations[0];
/// assert_eq!(c.provisions[1].canonical, "s. 34H(1)");
/// let note = &c.notes[0];
/// assert_eq!(note.kind, CitationNoteKind::RomanSubsection);
/// assert_eq!(note.span.slice(text), Some("(i)"));
/// assert!(note.to_string().contains("Roman"));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CitationNote {
    /// What the note is about.
    #[serde(rename = "note")]
    pub kind: CitationNoteKind,
    /// The printed text concerned: what each kind covers is on
    /// [`CitationNoteKind`].
    pub span: Span,
}

impl CitationNote {
    /// A note of a kind about the text at `span`.
    ///
    /// ```
    /// use lgsco::{CitationNote, CitationNoteKind, Span};
    /// let note = CitationNote::new(CitationNoteKind::Unresolved, Span::new(3, 9));
    /// assert_eq!((note.kind, note.span), (CitationNoteKind::Unresolved, Span::new(3, 9)));
    /// ```
    pub fn new(kind: CitationNoteKind, span: Span) -> Self {
        CitationNote { kind, span }
    }
}

/// What a [`CitationNote`] is about, and what its span covers.
///
/// ```
/// let kind = lgsco::CitationNoteKind::LetterInBrackets;
/// assert_eq!(serde_json::to_string(&kind).unwrap(), "\"letter_in_brackets\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CitationNoteKind {
    /// A section letter in brackets: `34(B)` for section 34B. The span is
    /// the number and the bracket.
    LetterInBrackets,
    /// A Roman numeral for a subsection: `34H(i)` for section 34H(1). The
    /// bracket.
    RomanSubsection,
    /// A capital letter for a paragraph: `24A(1)(A)` for 24A(1)(a). The
    /// bracket.
    CapitalLetter,
    /// Two provisions inside one bracket: `34H(3 and 4)`. The bracket.
    ListInBrackets,
    /// Schedules and paragraphs paired by position: `Schedule 5/5A,
    /// paragraph 1/3` for Sch. 5 para. 1 and Sch. 5A para. 3. The schedule
    /// reference.
    SlashedSchedules,
    /// A schedule and paragraph joined by a dot: `Schedule 5.5`. The
    /// schedule reference.
    DottedSchedule,
    /// A paragraph before its schedule without `of`: `paragraph 5A schedule
    /// 5`. The schedule reference.
    ParagraphBeforeSchedule,
    /// A space between a number and its bracket: `24A (6)`. The space.
    SpaceBeforeBracket,
    /// Square brackets instead of round ones. The whole citation.
    SquareBrackets,
    /// An opening bracket that is never closed (often a truncated
    /// statement). The opening bracket.
    Unclosed,
    /// Text inside the brackets that is not part of a citation. The text.
    Unread,
    /// A title printed without its year, completed from an earlier citation
    /// of the same title in the paragraph. The title.
    YearFromContext,
    /// A short reference (`section 26B`, `the Act`) with no full citation
    /// before it in its paragraph: the instrument is unknown. The reference.
    Unresolved,
}

impl fmt::Display for CitationNote {
    /// ```
    /// use lgsco::{CitationNote, CitationNoteKind, Span};
    /// let note = CitationNote::new(CitationNoteKind::Unclosed, Span::new(0, 1));
    /// assert_eq!(note.to_string(), "the bracket is never closed");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl fmt::Display for CitationNoteKind {
    /// ```
    /// let kind = lgsco::CitationNoteKind::SquareBrackets;
    /// assert_eq!(kind.to_string(), "square brackets around a citation");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CitationNoteKind::*;
        f.write_str(match self {
            LetterInBrackets => "a section letter printed in brackets: `34(B)` means section 34B",
            RomanSubsection => "a Roman numeral for a subsection: `(i)` means subsection (1)",
            CapitalLetter => "a capital letter for a paragraph: `(A)` means paragraph (a)",
            ListInBrackets => "two subsections inside one bracket",
            SlashedSchedules => {
                "schedules and paragraphs paired by position (`Schedule 5/5A, paragraph 1/3`)"
            }
            DottedSchedule => "a schedule and paragraph joined by a dot (`Schedule 5.5`)",
            ParagraphBeforeSchedule => "a paragraph printed before its schedule without `of`",
            SpaceBeforeBracket => "a space between a number and its bracket",
            SquareBrackets => "square brackets around a citation",
            Unclosed => "the bracket is never closed",
            Unread => "text inside the citation that is not read as law",
            YearFromContext => "a title without its year, completed from an earlier citation",
            Unresolved => "a short reference with no full citation before it in the paragraph",
        })
    }
}
