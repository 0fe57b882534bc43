//! The stable codes of diagnostics, and their severities.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a diagnostic is about: one stable code per check.
///
/// Each code has an identifier ([`Code::as_str`], such as `H003`) and a name
/// ([`Code::name`], such as `missing-category`). Both are stable: a code
/// keeps its meaning for ever, and a retired code is never given to another
/// check. The letter says the area: `P` parsing, `H` header, `S` structure,
/// `C` cited law, `R` rendering, `F` the decision facts. In JSON a code is its identifier.
///
/// | Code | Name | Severity | Meaning | Example |
/// | --- | --- | --- | --- | --- |
/// | `P001` | `parse-error` | error | No statement could be read at all. | a letter with no title, header, label or `Summary` |
/// | `H001` | `missing-title` | warning | No title line `Organisation (YY NNN NNN)`. | a mirror copy that starts at `The Ombudsman's final decision` |
/// | `H002` | `missing-reference` | warning | No case reference. | the same mirror copy |
/// | `H003` | `missing-category` | warning | No `Category :` line. | a 2023 capture with the title line only |
/// | `H004` | `missing-outcome` | warning | No `Decision :` line. | the same capture |
/// | `H005` | `missing-date` | warning | No `Decision date :` line. | the same capture |
/// | `H006` | `reference-not-canonical` | warning | The reference is not `YY NNN NNN` with an optional lower-case letter. | `(24-006-388)` |
/// | `H007` | `invalid-date` | error | The decision date is not a real date. | `Decision date : 31 Feb 2024` |
/// | `H008` | `date-format` | warning | A real date, not printed as `DD Mon YYYY`. | `Decision date : 5 September 2024` |
/// | `H009` | `date-before-reference-year` | error | The date is before 1 April of the reference's year. | reference `24 001 902`, dated `11 Jan 2024` |
/// | `H010` | `date-in-future` | error | The date is after today ([`ValidateOptions::today`](crate::ValidateOptions::today)). | `Decision date : 01 Jan 2999` |
/// | `H011` | `unknown-outcome` | warning | The outcome is not one LGSCO publishes. | `Decision : Partly upheld` |
/// | `H012` | `unknown-category-area` | warning | The category's area is not a known one. | `Category : Parks > Playgrounds` |
/// | `H013` | `unknown-subcategory` | warning | The subcategory is not known for its area, or absent. | `Category : Housing > Noise` |
/// | `S001` | `missing-summary` | warning | No `Summary` paragraph. | a copy that goes from the header to `The complaint` |
/// | `S002` | `no-sections` | warning | None of the statement's sections: no heading, or only unknown ones. | a summary followed by the signature |
/// | `S003` | `missing-complaint-section` | warning | No `The complaint` section. | sections start at `The Ombudsman’s role and powers` |
/// | `S004` | `missing-final-decision` | warning | No `Final decision` section (report summaries close with `Ombudsman satisfied with ...` instead). | `My assessment` runs into the signature |
/// | `S005` | `missing-signature` | error | The text ends at a full stop but without the closing line: the end of the statement is missing. | the last paragraph of `Final decision`, then nothing |
/// | `S006` | `truncated` | error | The statement stops mid-sentence, mid-word, after a heading or inside the closing line. | `... not enough evidence to justify our i` |
/// | `S007` | `duplicate-section` | warning | A section printed twice. | two `The complaint` headings |
/// | `S008` | `section-out-of-order` | warning | A section before one that should precede it. | `Final decision` before `My assessment` |
/// | `S009` | `empty-section` | warning | A heading with no paragraph under it. | `How I considered this complaint` then `My assessment` |
/// | `S010` | `paragraph-outside-section` | warning | Paragraphs before the first heading (allowed in report summaries). | a paragraph between `Summary:` and `The complaint` |
/// | `C001` | `unbalanced-brackets` | warning | A `(` or `[` without its partner in one text. | `(Local Government Act 1974, section 26(6)(a)` |
/// | `C002` | `citation-slip` | warning | A slip LGSCO prints in a citation, read as what it means; the message gives the reading, the help the canonical form. | `section 34(B)` for s. 34B; `34H(i)` for s. 34H(1); `Schedule 5/5A, paragraph 1/3` |
/// | `C003` | `unknown-instrument` | warning | An instrument the crate cannot identify: an Act or statutory instrument missing from its table (or printed without a year that several share), or a judgment whose court is no known court. | `Caravan Sites Act 1968`; `Part 3A of the Local Government Act`; `[2006] EHWCC 2847 (Admin)` |
/// | `C004` | `no-such-provision` | warning | A section, Part, schedule or schedule paragraph that the Local Government Act 1974 does not have. | `(Local Government Act 1974, section 34Z)`; `Schedule 12` |
/// | `C005` | `unresolved-reference` | warning | A short reference (`section 26B`, `the Act`) with no full citation before it in its paragraph: its instrument is unknown. | `We cannot investigate late complaints (section 26B).` as the paragraph's only citation |
/// | `R001` | `skipped-text` | note | Page furniture, a mirror banner or other text outside the statement was set aside. | `Print this page` after the signature |
/// | `R002` | `mixed-markers` | warning | Paragraph markers of more than one rendering (numbered and dashed). | `1.` paragraphs, then `- ` paragraphs |
/// | `R003` | `repeated-line` | note | A header line or the signature printed twice, and set aside. | the signature on two lines |
/// | `R004` | `no-header` | note | No header at all: none of the title, reference, category, outcome and date, as mirror copies print it (in place of `H001` to `H005`). | a mirror copy that starts at `The Ombudsman's final decision` |
/// | `R005` | `next-statement` | warning | Another statement begins after this one and is set aside: a file that joins statements. [`parse_all`](crate::parse_all) reads each. | a second title and header after the signature |
/// | `R006` | `conflicting-header` | warning | A header line printed again with a different value (reference, category, outcome or date), and set aside: perhaps another statement's header. | `Category : Housing`, then `Category : Education` |
/// | `F001` | `outcome-disagrees` | note | The header's outcome contradicts the result read from the text ([`Decision::facts`](crate::Decision::facts)): `Upheld` with a result other than fault found, or `Closed after initial enquiries` with fault found. | `Decision : Upheld` over `We will not investigate` |
///
/// The cited-law codes `C002` to `C005` are all warnings: a slip or an odd
/// citation leaves the statement usable. `C004` in particular is a warning,
/// not an error, because the crate's list of the Act's provisions may lag an
/// amendment, and a wrong number is a slip of the same kind as `C002`.
///
/// ```
/// use lgsco::{Code, Severity};
/// let code: Code = "missing-category".parse().unwrap();
/// assert_eq!(code, Code::MissingCategory);
/// assert_eq!((code.as_str(), code.severity()), ("H003", Severity::Warning));
/// assert_eq!("S006".parse::<Code>().unwrap(), Code::Truncated);
/// assert_eq!(serde_json::to_string(&Code::Truncated).unwrap(), "\"S006\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
#[non_exhaustive]
pub enum Code {
    /// `P001` `parse-error`: no statement could be read.
    ParseError,
    /// `H001` `missing-title`: no title line.
    MissingTitle,
    /// `H002` `missing-reference`: no case reference.
    MissingReference,
    /// `H003` `missing-category`: no `Category :` line.
    MissingCategory,
    /// `H004` `missing-outcome`: no `Decision :` line.
    MissingOutcome,
    /// `H005` `missing-date`: no `Decision date :` line.
    MissingDate,
    /// `H006` `reference-not-canonical`: the reference is not `YY NNN NNN[a-z]`.
    ReferenceNotCanonical,
    /// `H007` `invalid-date`: the decision date is not a real date.
    InvalidDate,
    /// `H008` `date-format`: the date is not printed as `DD Mon YYYY`.
    DateFormat,
    /// `H009` `date-before-reference-year`: dated before the reference's business year.
    DateBeforeReferenceYear,
    /// `H010` `date-in-future`: dated after today.
    DateInFuture,
    /// `H011` `unknown-outcome`: an outcome LGSCO does not publish.
    UnknownOutcome,
    /// `H012` `unknown-category-area`: an unknown category area.
    UnknownCategoryArea,
    /// `H013` `unknown-subcategory`: a subcategory unknown for its area, or none.
    UnknownSubcategory,
    /// `S001` `missing-summary`: no summary.
    MissingSummary,
    /// `S002` `no-sections`: none of the known sections.
    NoSections,
    /// `S003` `missing-complaint-section`: no `The complaint`.
    MissingComplaintSection,
    /// `S004` `missing-final-decision`: no `Final decision`.
    MissingFinalDecision,
    /// `S005` `missing-signature`: no closing line after a clean ending.
    MissingSignature,
    /// `S006` `truncated`: the statement stops mid-sentence or mid-word.
    Truncated,
    /// `S007` `duplicate-section`: a section printed twice.
    DuplicateSection,
    /// `S008` `section-out-of-order`: sections in the wrong order.
    SectionOutOfOrder,
    /// `S009` `empty-section`: a heading with nothing under it.
    EmptySection,
    /// `S010` `paragraph-outside-section`: paragraphs before the first heading.
    ParagraphOutsideSection,
    /// `C001` `unbalanced-brackets`: a bracket without its partner.
    UnbalancedBrackets,
    /// `C002` `citation-slip`: a slip in a citation, such as `34(B)`.
    CitationSlip,
    /// `C003` `unknown-instrument`: an instrument the crate cannot identify.
    UnknownInstrument,
    /// `C004` `no-such-provision`: a provision the Local Government Act 1974
    /// does not have.
    NoSuchProvision,
    /// `C005` `unresolved-reference`: a short reference with no instrument.
    UnresolvedReference,
    /// `R001` `skipped-text`: text outside the statement was set aside.
    SkippedText,
    /// `R002` `mixed-markers`: paragraph markers of two renderings.
    MixedMarkers,
    /// `R003` `repeated-line`: a header line or the signature printed twice.
    RepeatedLine,
    /// `R004` `no-header`: no header at all, as in a mirror copy.
    NoHeader,
    /// `R005` `next-statement`: another statement follows, set aside.
    NextStatement,
    /// `R006` `conflicting-header`: a header line printed again with a
    /// different value.
    ConflictingHeader,
    /// `F001` `outcome-disagrees`: the header's outcome contradicts the
    /// result read from the text.
    OutcomeDisagrees,
}

impl Code {
    /// Every code, in the order of the table above.
    ///
    /// ```
    /// assert_eq!(lgsco::Code::ALL.len(), 36);
    /// assert_eq!(lgsco::Code::ALL[0], lgsco::Code::ParseError);
    /// ```
    pub const ALL: [Code; 36] = [
        Code::ParseError,
        Code::MissingTitle,
        Code::MissingReference,
        Code::MissingCategory,
        Code::MissingOutcome,
        Code::MissingDate,
        Code::ReferenceNotCanonical,
        Code::InvalidDate,
        Code::DateFormat,
        Code::DateBeforeReferenceYear,
        Code::DateInFuture,
        Code::UnknownOutcome,
        Code::UnknownCategoryArea,
        Code::UnknownSubcategory,
        Code::MissingSummary,
        Code::NoSections,
        Code::MissingComplaintSection,
        Code::MissingFinalDecision,
        Code::MissingSignature,
        Code::Truncated,
        Code::DuplicateSection,
        Code::SectionOutOfOrder,
        Code::EmptySection,
        Code::ParagraphOutsideSection,
        Code::UnbalancedBrackets,
        Code::CitationSlip,
        Code::UnknownInstrument,
        Code::NoSuchProvision,
        Code::UnresolvedReference,
        Code::SkippedText,
        Code::MixedMarkers,
        Code::RepeatedLine,
        Code::NoHeader,
        Code::NextStatement,
        Code::ConflictingHeader,
        Code::OutcomeDisagrees,
    ];

    /// Identifier, name and severity: one arm per code, so a code without
    /// its row does not compile.
    fn row(self) -> (&'static str, &'static str, Severity) {
        use Severity::{Error, Note, Warning};
        match self {
            Code::ParseError => ("P001", "parse-error", Error),
            Code::MissingTitle => ("H001", "missing-title", Warning),
            Code::MissingReference => ("H002", "missing-reference", Warning),
            Code::MissingCategory => ("H003", "missing-category", Warning),
            Code::MissingOutcome => ("H004", "missing-outcome", Warning),
            Code::MissingDate => ("H005", "missing-date", Warning),
            Code::ReferenceNotCanonical => ("H006", "reference-not-canonical", Warning),
            Code::InvalidDate => ("H007", "invalid-date", Error),
            Code::DateFormat => ("H008", "date-format", Warning),
            Code::DateBeforeReferenceYear => ("H009", "date-before-reference-year", Error),
            Code::DateInFuture => ("H010", "date-in-future", Error),
            Code::UnknownOutcome => ("H011", "unknown-outcome", Warning),
            Code::UnknownCategoryArea => ("H012", "unknown-category-area", Warning),
            Code::UnknownSubcategory => ("H013", "unknown-subcategory", Warning),
            Code::MissingSummary => ("S001", "missing-summary", Warning),
            Code::NoSections => ("S002", "no-sections", Warning),
            Code::MissingComplaintSection => ("S003", "missing-complaint-section", Warning),
            Code::MissingFinalDecision => ("S004", "missing-final-decision", Warning),
            Code::MissingSignature => ("S005", "missing-signature", Error),
            Code::Truncated => ("S006", "truncated", Error),
            Code::DuplicateSection => ("S007", "duplicate-section", Warning),
            Code::SectionOutOfOrder => ("S008", "section-out-of-order", Warning),
            Code::EmptySection => ("S009", "empty-section", Warning),
            Code::ParagraphOutsideSection => ("S010", "paragraph-outside-section", Warning),
            Code::UnbalancedBrackets => ("C001", "unbalanced-brackets", Warning),
            Code::CitationSlip => ("C002", "citation-slip", Warning),
            Code::UnknownInstrument => ("C003", "unknown-instrument", Warning),
            Code::NoSuchProvision => ("C004", "no-such-provision", Warning),
            Code::UnresolvedReference => ("C005", "unresolved-reference", Warning),
            Code::SkippedText => ("R001", "skipped-text", Note),
            Code::MixedMarkers => ("R002", "mixed-markers", Warning),
            Code::RepeatedLine => ("R003", "repeated-line", Note),
            Code::NoHeader => ("R004", "no-header", Note),
            Code::NextStatement => ("R005", "next-statement", Warning),
            Code::ConflictingHeader => ("R006", "conflicting-header", Warning),
            Code::OutcomeDisagrees => ("F001", "outcome-disagrees", Note),
        }
    }

    /// The stable identifier, such as `H003`.
    ///
    /// ```
    /// assert_eq!(lgsco::Code::Truncated.as_str(), "S006");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.row().0
    }

    /// The stable name, such as `missing-category`.
    ///
    /// ```
    /// assert_eq!(lgsco::Code::Truncated.name(), "truncated");
    /// ```
    pub fn name(self) -> &'static str {
        self.row().1
    }

    /// How serious a diagnostic with this code is.
    ///
    /// ```
    /// assert_eq!(lgsco::Code::SkippedText.severity(), lgsco::Severity::Note);
    /// ```
    pub fn severity(self) -> Severity {
        self.row().2
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Code> for &'static str {
    fn from(code: Code) -> Self {
        code.as_str()
    }
}

/// The text is neither the identifier nor the name of a [`Code`].
///
/// ```
/// let err = "X999".parse::<lgsco::Code>().unwrap_err();
/// assert!(err.to_string().contains("X999"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a diagnostic code")]
pub struct CodeError(String);

impl FromStr for Code {
    type Err = CodeError;
    /// Reads an identifier (`H003`, any case) or a name (`missing-category`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Code::ALL
            .into_iter()
            .find(|code| code.as_str().eq_ignore_ascii_case(s) || code.name() == s)
            .ok_or_else(|| CodeError(s.to_owned()))
    }
}

impl TryFrom<String> for Code {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// How serious a diagnostic is. Ordered from least to most serious.
///
/// ```
/// use lgsco::Severity;
/// assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Note);
/// assert_eq!(Severity::Warning.to_string(), "warning");
/// assert_eq!(serde_json::to_string(&Severity::Error).unwrap(), "\"error\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; nothing is wrong with the statement.
    Note,
    /// Something is odd or missing, and the statement is still usable.
    Warning,
    /// The statement is incomplete or says something impossible.
    Error,
}

impl Severity {
    /// The lower-case name used in messages and JSON.
    ///
    /// ```
    /// assert_eq!(lgsco::Severity::Note.as_str(), "note");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_and_names_are_unique() {
        let mut ids: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Code::ALL.len(), "identifiers are unique");
        let mut names: Vec<_> = Code::ALL.iter().map(|c| c.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len(), "names are unique");
    }

    /// `ALL` lists the codes area by area, each numbered from 1 without a
    /// gap, as the table of codes prints them.
    #[test]
    fn all_is_in_the_order_of_the_table() {
        let mut last: Option<&str> = None;
        for code in Code::ALL {
            let (area, number) = code.as_str().split_at(1);
            let number: u32 = number.parse().unwrap();
            match last {
                Some(prev) if prev.starts_with(area) => {
                    assert_eq!(prev[1..].parse::<u32>().unwrap() + 1, number, "{code:?}");
                }
                _ => assert_eq!(number, 1, "{code:?}"),
            }
            last = Some(code.as_str());
        }
    }
}
