//! Sections of a statement and the kinds of heading they start with.

use super::vocab;
use super::Paragraph;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A section: a heading and the paragraphs under it.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let s = &d.sections[0];
/// assert_eq!(s.heading.as_deref(), Some("The complaint"));
/// assert_eq!(s.kind, lgsco::SectionKind::Complaint);
/// assert_eq!(s.paragraphs.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Section {
    /// The heading as printed; `None` for paragraphs that come before any
    /// heading (as in 2016-2019 report summaries).
    pub heading: Option<String>,
    /// What the heading says, as a typed value.
    pub kind: SectionKind,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sub-headings printed inside the section, each with the index of the
    /// paragraph it stands before.
    pub subheadings: Vec<SubHeading>,
    /// The heading line, when there is one.
    pub heading_span: Option<Span>,
    /// From the heading to the end of the last paragraph.
    pub span: Span,
}

impl Section {
    /// A section with a heading and no paragraphs yet.
    ///
    /// ```
    /// let s = lgsco::Section::new(Some("Final decision"), lgsco::Span::new(0, 14));
    /// assert_eq!(s.kind, lgsco::SectionKind::FinalDecision);
    /// ```
    pub fn new(heading: Option<&str>, span: Span) -> Self {
        Section {
            heading: heading.map(str::to_owned),
            kind: heading.map_or(SectionKind::Untitled, SectionKind::from_heading),
            paragraphs: Vec::new(),
            subheadings: Vec::new(),
            heading_span: heading.map(|_| span),
            span,
        }
    }
}

/// A heading printed inside a section, such as `Background` under `What I
/// found`, or an unlisted one like `The Council’s noise policy`.
///
/// ```
/// let text = "Summary: s.\nWhat I found\n- A.\nBackground\n- B.\n";
/// let d = lgsco::parse(text).unwrap();
/// let sub = &d.sections[0].subheadings[0];
/// assert_eq!((sub.text.as_str(), sub.before_paragraph), ("Background", 1));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubHeading {
    /// The sub-heading as printed.
    pub text: String,
    /// Its kind, [`SectionKind::Other`] when unlisted.
    pub kind: SectionKind,
    /// Index into [`Section::paragraphs`] of the paragraph it precedes (equal
    /// to the number of paragraphs when nothing follows it).
    pub before_paragraph: usize,
    /// The sub-heading line.
    pub span: Span,
}

impl SubHeading {
    /// A sub-heading standing before paragraph `before_paragraph` of its
    /// section; its kind comes from the text.
    ///
    /// ```
    /// let sub = lgsco::SubHeading::new("Background", 0);
    /// assert_eq!(sub.kind, lgsco::SectionKind::Background);
    /// ```
    pub fn new(text: &str, before_paragraph: usize) -> Self {
        SubHeading {
            text: text.to_owned(),
            kind: SectionKind::from_heading(text),
            before_paragraph,
            span: Span::default(),
        }
    }
}

/// The known section headings (see FORMAT.md), grouped by meaning: the Easy
/// Read wording maps to the same kind as the standard one.
///
/// ```
/// use lgsco::SectionKind;
/// assert_eq!(SectionKind::from_heading("The Ombudsman’s role and powers"), SectionKind::RoleAndPowers);
/// assert_eq!(SectionKind::from_heading("What the Ombudsman can and cannot do"), SectionKind::RoleAndPowers);
/// assert_eq!(SectionKind::from_heading("My Assessment"), SectionKind::Assessment);
/// assert_eq!(SectionKind::from_heading("The noise policy"), SectionKind::Other);
/// assert_eq!(SectionKind::Complaint.to_string(), "the_complaint");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// `The complaint`.
    #[serde(rename = "the_complaint")]
    Complaint,
    /// `The Ombudsman’s role and powers`; Easy Read `What the Ombudsman can and cannot do`.
    RoleAndPowers,
    /// `How I considered this complaint`; Easy Read `How we thought about this complaint`.
    HowIConsidered,
    /// `My assessment`, `Assessment`.
    Assessment,
    /// `What I found`; Easy Read `What we found out`.
    WhatIFound,
    /// `What I have investigated`, `What I have and have not investigated`.
    WhatIInvestigated,
    /// `Final decision`, `Decision`.
    FinalDecision,
    /// `Agreed action`.
    AgreedAction,
    /// `Background`, `Complaint background`.
    Background,
    /// `What happened`.
    WhatHappened,
    /// `Relevant law and policy`, `Legislation`, `Planning law and guidance`, ...
    LawAndGuidance,
    /// `Analysis`.
    Analysis,
    /// `The Investigation`.
    Investigation,
    /// `Conclusions`, `Findings`.
    Conclusions,
    /// Paragraphs before any heading.
    Untitled,
    /// A heading not in the list above.
    Other,
}

/// What follows `key` (a lower-case ASCII table entry) at the start of
/// `text`, compared as [`normalise`] would, without building a string: a
/// heading is looked up once per heading-like line.
fn after_key<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    let mut chars = text.chars();
    for k in key.bytes() {
        if vocab::fold(chars.next()?) != char::from(k) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// Whether `text` is a known heading and nothing more (a `:` after it
/// aside): what a table of contents lists.
pub(crate) fn is_known_heading(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':').trim_end();
    vocab::HEADINGS
        .iter()
        .any(|&(key, _)| after_key(text, key) == Some(""))
}

fn normalise(heading: &str) -> String {
    heading
        .trim()
        .trim_end_matches(':')
        .trim_end()
        .chars()
        .map(vocab::fold)
        .collect()
}

impl SectionKind {
    /// The kind of a heading as printed (case and apostrophes ignored). A
    /// heading that continues past a known one (`Relevant law and guidance –
    /// Mental Capacity Act`) takes the known one's kind.
    ///
    /// ```
    /// use lgsco::SectionKind;
    /// assert_eq!(SectionKind::from_heading("FINAL DECISION:"), SectionKind::FinalDecision);
    /// assert_eq!(SectionKind::from_heading("Relevant law and guidance – Care Act 2014"), SectionKind::LawAndGuidance);
    /// assert_eq!(SectionKind::from_heading("Decisions"), SectionKind::Other);
    /// ```
    pub fn from_heading(heading: &str) -> SectionKind {
        let text = heading.trim().trim_end_matches(':').trim_end();
        // The longest known heading the text continues past.
        let mut best: Option<(usize, SectionKind)> = None;
        let first = text.as_bytes().first().map(u8::to_ascii_lowercase);
        for &(key, kind) in vocab::HEADINGS {
            if key.as_bytes().first() != first.as_ref() {
                continue;
            }
            let Some(rest) = after_key(text, key) else {
                continue;
            };
            if rest.is_empty() {
                return kind;
            }
            if rest.starts_with([' ', ',', '-', '–', '('])
                && best.is_none_or(|(len, _)| key.len() > len)
            {
                best = Some((key.len(), kind));
            }
        }
        best.map_or(SectionKind::Other, |(_, kind)| kind)
    }

    /// The kind of a heading cut short by a truncated file (`How I considered
    /// thi`), if the fragment can only be the start of known headings of one
    /// kind. Fragments shorter than four characters are not guessed.
    ///
    /// ```
    /// use lgsco::SectionKind;
    /// assert_eq!(SectionKind::from_truncated("How I considered thi"), Some(SectionKind::HowIConsidered));
    /// assert_eq!(SectionKind::from_truncated("Wh"), None);
    /// ```
    pub fn from_truncated(fragment: &str) -> Option<SectionKind> {
        let key = normalise(fragment);
        if key.chars().count() < 4 {
            return None;
        }
        let mut kinds = vocab::HEADINGS
            .iter()
            .filter(|(h, _)| h.starts_with(&key))
            .map(|&(_, k)| k);
        let first = kinds.next()?;
        kinds.all(|k| k == first).then_some(first)
    }

    /// Whether this kind, met inside a `What I found` or assessment section,
    /// is a sub-heading of it rather than a section of its own.
    pub(crate) fn can_nest(self) -> bool {
        matches!(
            self,
            SectionKind::Background
                | SectionKind::WhatHappened
                | SectionKind::LawAndGuidance
                | SectionKind::Analysis
                | SectionKind::Conclusions
                | SectionKind::Other
        )
    }

    /// Whether sections of this kind hold sub-headings of nestable kinds.
    pub(crate) fn holds_subheadings(self) -> bool {
        matches!(
            self,
            SectionKind::WhatIFound
                | SectionKind::Assessment
                | SectionKind::Investigation
                | SectionKind::WhatIInvestigated
        )
    }

    /// The name used in JSON and by [`FromStr`].
    ///
    /// ```
    /// assert_eq!(lgsco::SectionKind::FinalDecision.as_str(), "final_decision");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Complaint => "the_complaint",
            SectionKind::RoleAndPowers => "role_and_powers",
            SectionKind::HowIConsidered => "how_i_considered",
            SectionKind::Assessment => "assessment",
            SectionKind::WhatIFound => "what_i_found",
            SectionKind::WhatIInvestigated => "what_i_investigated",
            SectionKind::FinalDecision => "final_decision",
            SectionKind::AgreedAction => "agreed_action",
            SectionKind::Background => "background",
            SectionKind::WhatHappened => "what_happened",
            SectionKind::LawAndGuidance => "law_and_guidance",
            SectionKind::Analysis => "analysis",
            SectionKind::Investigation => "investigation",
            SectionKind::Conclusions => "conclusions",
            SectionKind::Untitled => "untitled",
            SectionKind::Other => "other",
        }
    }

    /// Every kind, in the order statements usually print them.
    ///
    /// ```
    /// assert_eq!(lgsco::SectionKind::ALL[0], lgsco::SectionKind::Complaint);
    /// ```
    pub const ALL: [SectionKind; 16] = [
        SectionKind::Complaint,
        SectionKind::RoleAndPowers,
        SectionKind::HowIConsidered,
        SectionKind::Assessment,
        SectionKind::WhatIFound,
        SectionKind::WhatIInvestigated,
        SectionKind::FinalDecision,
        SectionKind::AgreedAction,
        SectionKind::Background,
        SectionKind::WhatHappened,
        SectionKind::LawAndGuidance,
        SectionKind::Analysis,
        SectionKind::Investigation,
        SectionKind::Conclusions,
        SectionKind::Untitled,
        SectionKind::Other,
    ];
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The name is not one of [`SectionKind::as_str`].
///
/// ```
/// assert!("nonsense".parse::<lgsco::SectionKind>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a section kind")]
pub struct SectionKindError(String);

impl FromStr for SectionKind {
    type Err = SectionKindError;
    /// ```
    /// assert_eq!("what_i_found".parse(), Ok(lgsco::SectionKind::WhatIFound));
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SectionKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| SectionKindError(s.to_owned()))
    }
}
