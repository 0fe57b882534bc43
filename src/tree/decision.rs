//! The parsed statement: the root of the tree.

use super::vocab::{fold_apostrophe, SIGNATURE};
use super::{Citation, Header, Paragraph, Section, SectionKind, Skipped};
use crate::text::Span;
use serde::{Deserialize, Serialize};

/// A decision statement, parsed.
///
/// ```
/// let d: lgsco::Decision = lgsco::SAMPLE.parse().unwrap();
/// assert_eq!(d.header.outcome, Some(lgsco::Outcome::ClosedAfterInitialEnquiries));
/// assert!(d.summary.as_ref().unwrap().text.starts_with("We will not investigate"));
/// let headings: Vec<_> = d.sections.iter().filter_map(|s| s.heading.as_deref()).collect();
/// assert_eq!(headings, ["The complaint", "The Ombudsman’s role and powers",
///     "How I considered this complaint", "My assessment", "Final decision"]);
/// assert!(d.signature.is_some());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Decision {
    /// Version of the JSON shape, [`SCHEMA_VERSION`]:
    /// always serialised first, checked when deserialising.
    schema_version: SchemaVersion,
    /// Title and header fields.
    pub header: Header,
    /// The `Summary:` paragraph.
    pub summary: Option<Summary>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The closing line, when the statement reaches it.
    pub signature: Option<Signature>,
    /// The `The Ombudsman's final decision` line.
    pub final_decision_label: Option<Span>,
    /// Input set aside (page furniture, `Back to top`, contents lists, ...).
    pub skipped: Vec<Skipped>,
}

impl Decision {
    /// Every paragraph, in document order, with its section.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    /// let numbers: Vec<u32> = d.paragraphs().map(|(_, p)| p.number).collect();
    /// assert_eq!(numbers, (1..=numbers.len() as u32).collect::<Vec<_>>());
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = (&Section, &Paragraph)> {
        self.sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(move |p| (s, p)))
    }

    /// The first section of a kind.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    /// let fin = d.section(lgsco::SectionKind::FinalDecision).unwrap();
    /// assert_eq!(fin.paragraphs.len(), 1);
    /// ```
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Whether the statement reaches its whole closing line (the signature,
    /// or a report summary's `Ombudsman satisfied with ...: <date>.`): the
    /// download was not cut short. It is false exactly when validation
    /// reports [`Code::Truncated`](crate::Code::Truncated) or
    /// [`Code::MissingSignature`](crate::Code::MissingSignature).
    ///
    /// ```
    /// assert!(lgsco::parse(lgsco::SAMPLE).unwrap().is_complete());
    /// let cut = &lgsco::SAMPLE[..lgsco::SAMPLE.find("Final decision").unwrap() - 30];
    /// assert!(!lgsco::parse(cut).unwrap().is_complete());
    /// ```
    pub fn is_complete(&self) -> bool {
        self.signature.as_ref().is_some_and(Signature::is_whole)
    }
}

/// The summary paragraph.
///
/// ```
/// let d = lgsco::parse("Summary: We will not investigate.\n").unwrap();
/// let s = d.summary.unwrap();
/// assert_eq!(s.text, "We will not investigate.");
/// assert!(s.labelled);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Summary {
    /// The text after the label.
    pub text: String,
    /// Whether it was printed with a `Summary` label (report summaries and
    /// some mirrors print the paragraph alone).
    pub labelled: bool,
    /// The text alone.
    pub text_span: Span,
    /// The label and the text.
    pub span: Span,
    /// Citations of law in the summary.
    #[serde(default)]
    pub citations: Vec<Citation>,
}

impl Summary {
    /// A labelled summary with this text.
    ///
    /// ```
    /// assert_eq!(lgsco::Summary::new("We upheld the complaint.").text, "We upheld the complaint.");
    /// ```
    pub fn new(text: &str) -> Self {
        Summary {
            text: text.to_owned(),
            labelled: true,
            text_span: Span::default(),
            span: Span::default(),
            citations: Vec::new(),
        }
    }
}

/// The closing line: `Investigator's decision on behalf of the Ombudsman`, or
/// a report summary's `Ombudsman satisfied with Council's response: ...`.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// assert_eq!(d.signature.unwrap().text, "Investigator's decision on behalf of the Ombudsman");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Signature {
    /// The line as printed.
    pub text: String,
    /// A signature line or a report summary's closing, as the grammar read
    /// it.
    #[serde(default)]
    pub kind: SignatureKind,
    /// Where it is.
    pub span: Span,
}

/// What closes a statement.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// assert_eq!(d.signature.unwrap().kind, lgsco::SignatureKind::Signature);
/// let report = "Summary: s.\nOmbudsman satisfied with Council's response: 1 May 2018.\n";
/// let closing = lgsco::parse(report).unwrap().signature.unwrap();
/// assert_eq!(closing.kind, lgsco::SignatureKind::ReportClosing);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SignatureKind {
    /// `Investigator's decision on behalf of the Ombudsman` and its
    /// relatives (`Assistant Ombudsman's decision`), whole or cut short.
    #[default]
    Signature,
    /// A 2016-2019 report summary's `Ombudsman satisfied with ...: <date>.`
    ReportClosing,
}

/// The version of the JSON shape of [`Decision`], printed as its
/// `schema_version` field. It changes only when a field changes meaning or
/// goes away; new fields may appear without a change.
///
/// ```
/// let json = serde_json::to_value(lgsco::parse(lgsco::SAMPLE).unwrap()).unwrap();
/// assert_eq!(json["schema_version"], lgsco::SCHEMA_VERSION);
/// ```
pub const SCHEMA_VERSION: u32 = 1;

/// The JSON schema version of this crate's output. Serialises as a number
/// and refuses a newer one when deserialising.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct SchemaVersion;

impl Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(SCHEMA_VERSION)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let version = u32::deserialize(deserializer)?;
        if version == SCHEMA_VERSION {
            Ok(SchemaVersion)
        } else {
            Err(serde::de::Error::custom(format_args!(
                "schema_version {version} is not {}, the version this crate reads",
                SCHEMA_VERSION
            )))
        }
    }
}

impl Signature {
    /// A closing line with this text.
    ///
    /// ```
    /// let s = lgsco::Signature::new("Investigator's decision on behalf of the Ombudsman");
    /// assert!(s.text.starts_with("Investigator"));
    /// ```
    pub fn new(text: &str) -> Self {
        Signature {
            text: text.to_owned(),
            kind: SignatureKind::Signature,
            span: Span::default(),
        }
    }

    /// Whether the closing line is whole: a signature that is not a cut-off
    /// prefix of the usual one (a bare `Investigator's decision` counts as
    /// cut unless a full stop ends it), or a report closing that ends with
    /// its date or a full stop.
    pub(crate) fn is_whole(&self) -> bool {
        let text: String = self.text.trim().chars().map(fold_apostrophe).collect();
        if self.kind == SignatureKind::ReportClosing {
            let year = text
                .trim_end_matches('.')
                .rsplit(' ')
                .next()
                .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()));
            return year || text.ends_with('.');
        }
        let cut = text.len() < SIGNATURE.len()
            && SIGNATURE
                .get(..text.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(&text));
        !cut || text.ends_with('.')
    }
}
