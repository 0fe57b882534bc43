//! The parsed statement: the root of the tree.

use crate::{Header, Section, Skipped, Span};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

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
    /// Version of the JSON shape, [`SCHEMA_VERSION`](crate::SCHEMA_VERSION):
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
    pub fn paragraphs(&self) -> impl Iterator<Item = (&Section, &crate::Paragraph)> {
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
    pub fn section(&self, kind: crate::SectionKind) -> Option<&Section> {
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
        crate::validate::reaches_end(self)
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
    pub citations: Vec<crate::Citation>,
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
    /// Where it is.
    pub span: Span,
}

/// The JSON schema version of this crate's output. Serialises as a number
/// and refuses a newer one when deserialising.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct SchemaVersion;

impl Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(crate::SCHEMA_VERSION)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let version = u32::deserialize(deserializer)?;
        if version == crate::SCHEMA_VERSION {
            Ok(SchemaVersion)
        } else {
            Err(serde::de::Error::custom(format_args!(
                "schema_version {version} is not {}, the version this crate reads",
                crate::SCHEMA_VERSION
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
            span: Span::default(),
        }
    }
}

impl FromStr for Decision {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::parse(s)
    }
}

/// The canonical dashed rendering: header lines, the final-decision label,
/// `Summary:`, each heading, `- ` paragraphs with `  • ` items (two more
/// spaces for each level of nesting), sub-headings, and the signature. A
/// paragraph that would read as something else after a dash (a lower-case
/// line after one ending in `:`, which reads as a flattened list item, or a
/// known heading first after the header, which reads as a table of
/// contents) is numbered `1.` instead. Parsing the rendering gives back the
/// same headings and texts, and rendering that gives the same text again.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let text = d.to_string();
/// assert!(text.starts_with("Borsetshire County Council (24 012 345)\nCategory : "));
/// let again = lgsco::parse(&text).unwrap();
/// assert_eq!(again.sections.len(), d.sections.len());
/// ```
impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = &self.header;
        match (&h.organisation, &h.reference) {
            (Some(org), Some(r)) => writeln!(f, "{org} ({r})")?,
            (None, Some(r)) => writeln!(f, "({r})")?,
            _ => {}
        }
        if let Some(c) = &h.category {
            writeln!(f, "Category : {c}")?;
        }
        // A header line printed without a value is kept: it may be all the
        // statement there is.
        match (&h.outcome, h.spans.outcome) {
            (Some(o), _) => writeln!(f, "Decision : {o}")?,
            (None, Some(_)) => writeln!(f, "Decision :")?,
            _ => {}
        }
        match (&h.date_text, h.date, h.spans.date) {
            (Some(text), _, _) => writeln!(f, "Decision date : {text}")?,
            (None, Some(date), _) => {
                writeln!(f, "Decision date : {}", crate::header::print_date(date))?
            }
            (None, None, Some(_)) => writeln!(f, "Decision date :")?,
            _ => {}
        }
        if self.final_decision_label.is_some() {
            writeln!(f, "The Ombudsman's final decision:")?;
        }
        if let Some(s) = &self.summary {
            writeln!(f, "Summary: {}", s.text)?;
        }
        // Whether a line that ends the header has been printed.
        let mut printed_body = self.summary.is_some();
        for section in &self.sections {
            if let Some(heading) = &section.heading {
                writeln!(f, "{heading}")?;
                printed_body = true;
            }
            for (i, p) in section.paragraphs.iter().enumerate() {
                for sub in section
                    .subheadings
                    .iter()
                    .filter(|s| s.before_paragraph == i)
                {
                    writeln!(f, "{}", sub.text)?;
                    printed_body = true;
                }
                // A lower-case line after a dashed paragraph ending in `:`
                // reads as an item of a list the dashed rendering flattened;
                // a numbered marker keeps it a paragraph.
                let previous = i.checked_sub(1).map(|j| &section.paragraphs[j]);
                let reads_as_item = previous.is_some_and(|q| {
                    q.text.ends_with(':') && q.items.is_empty() && q.trailing.is_empty()
                }) && p.text.starts_with(char::is_lowercase);
                // Printed first after the header lines, `- Final decision`
                // reads as an entry of a table of contents; so does any
                // paragraph that is only a known heading.
                let reads_as_contents = !printed_body && crate::section::is_known_heading(&p.text);
                let marker = if reads_as_item || reads_as_contents {
                    "1."
                } else {
                    "-"
                };
                printed_body = true;
                writeln!(f, "{marker} {}", p.text)?;
                let mut stack: Vec<(usize, &crate::Item)> =
                    p.items.iter().rev().map(|i| (1, i)).collect();
                while let Some((depth, item)) = stack.pop() {
                    writeln!(f, "{:width$}• {}", "", item.text, width = depth * 2)?;
                    stack.extend(item.items.iter().rev().map(|i| (depth + 1, i)));
                }
                for line in &p.trailing {
                    writeln!(f, "{}", line.text)?;
                }
            }
            for sub in section
                .subheadings
                .iter()
                .filter(|s| s.before_paragraph >= section.paragraphs.len())
            {
                writeln!(f, "{}", sub.text)?;
            }
        }
        if let Some(sig) = &self.signature {
            writeln!(f, "{}", sig.text)?;
        }
        Ok(())
    }
}
