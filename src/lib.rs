//! Parse the decision statements of England's Local Government and Social
//! Care Ombudsman (LGSCO) into a typed document tree.
//!
//! A statement arrives in many renderings: the web copy with numbered
//! paragraphs, bullets and `Back to top` links; the dashed copy; mirrors that
//! drop the header and the markers; 2016-2019 report summaries. [`parse`]
//! reads them all into one [`Decision`]: the [`Header`], the [`Summary`], the
//! [`Section`]s with their [`Paragraph`]s and [`Item`]s, and the
//! [`Signature`]. Law cited in the text becomes typed [`Citation`]s, each
//! with its [`Instrument`] and [`Provision`]s ([`Decision::citations`]).
//! Every node carries a [`Span`] into the input; whatever is
//! not part of the statement (cookie notices, `Back to top`) is listed in
//! [`Decision::skipped`] with a [`SkipReason`], so each byte's fate is known.
//!
//! ```
//! let decision = lgsco::parse(lgsco::SAMPLE)?;
//! assert_eq!(decision.header.reference.as_ref().unwrap().year(), Some(2024));
//! for section in &decision.sections {
//!     println!("{:?}: {} paragraphs", section.heading, section.paragraphs.len());
//! }
//! // Line and column come from one index over the input, built on demand.
//! let index = lgsco::LineIndex::new(lgsco::SAMPLE);
//! let summary = decision.summary.as_ref().unwrap();
//! assert_eq!(index.position(summary.span.start).line, 6);
//! # Ok::<(), lgsco::Error>(())
//! ```
//!
//! `parse` fails only when there is no statement at all; see [`Error`].
//!
//! [`validate`] (or [`Decision::validate`]) then says what is wrong or
//! unusual: each [`Diagnostic`] has a stable [`Code`] (the table of codes,
//! their meaning and an example each is on that type), a [`Severity`], a
//! span, and help where a fix is known. A [`Report`] keeps the input, so it
//! gives line and column, prints the familiar compiler form and serialises to
//! JSON.
//!
//! ```
//! let cut = &lgsco::SAMPLE[..lgsco::SAMPLE.find("Final decision").unwrap() - 30];
//! let report = lgsco::validate(cut).with_path("cut.txt");
//! let truncated = report.iter().find(|d| d.diagnostic.code == lgsco::Code::Truncated).unwrap();
//! assert_eq!(truncated.diagnostic.severity, lgsco::Severity::Error);
//! assert!(truncated.to_string().starts_with("cut.txt:"));
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

// pest is built without `std` (its stack probe costs a tenth of parse time and
// this grammar has no recursion to guard); its generated code names `alloc`.
extern crate alloc;

// The way through (`pipeline/`): text -> limits -> parse (grammar, builder)
// -> tree -> citations. Validation, facts and renderings then read the tree,
// which imports none of them (tests/layers.rs).
mod citation;
mod decode;
mod facts;
pub use tree::org;
mod parse;
mod render;
mod text;
mod tree;
mod validate;

mod error;
mod options;
mod pipeline;

pub(crate) use text::bytes;

#[cfg(feature = "akn")]
pub use render::akn;

pub use citation::{CitationRef, Location};
pub use error::{Error, ErrorKind};
pub use facts::{
    Amount, AmountError, Body, BodyKind, BodyName, Complainant, Deadline, DecisionResult, Facts,
    LabelError, Reason, ReasonKind, Remedy, RemedyKind,
};
pub use options::Options;
pub use pipeline::Statements;
pub use text::{LineIndex, Position, Span};
pub use tree::{
    Category, Decision, Header, HeaderSpans, Item, Outcome, Paragraph, Reference, ReferenceError,
    Section, SectionKind, SectionKindError, Signature, SkipReason, Skipped, SubHeading, Summary,
    TextLine,
};
pub use tree::{
    Citation, CitationForm, CitationNote, CitationNoteKind, Instrument, InstrumentKind, Provision,
    ProvisionKind,
};
pub use tree::{ItemPath, MarkerStyle, Node, Place, SignatureKind, Text, Texts, SCHEMA_VERSION};
pub use validate::{
    validate, validate_bytes, validate_bytes_with, validate_with, Code, CodeError, Diagnostic,
    Located, Report, Severity, ValidateOptions,
};

/// For the `facts` fuzz target only (built with `--cfg fuzzing`): whether
/// the phrase matchers compiled from grammar/facts.pest find, at every word
/// of `text`, what pest's own parser finds.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn fuzz_facts_matchers_agree(text: &str) -> Result<(), String> {
    facts::matchers_agree(text)
}

/// For the `parse_all` fuzz target only (built with `--cfg fuzzing`):
/// whether [`Options::parse_all`], reading each statement from a window,
/// gives what parsing the whole rest of the text gives, at every window
/// size tried.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn fuzz_parse_all_agrees(text: &str) -> Result<(), String> {
    pipeline::parse_all_agrees(text, &Options::default())
}

/// The date library of [`Header::date`], re-exported so that users name the
/// same version.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// assert_eq!(d.header.date, lgsco::chrono::NaiveDate::from_ymd_opt(2024, 11, 5));
/// ```
pub use chrono;

/// A complete statement about a fictional council, in the dashed rendering:
/// handy for trying the API.
///
/// ```
/// assert!(lgsco::SAMPLE.starts_with("Borsetshire County Council"));
/// ```
pub const SAMPLE: &str = include_str!("sample.txt");

/// Parse a decision statement.
///
/// Succeeds on every readable statement, whatever its rendering, and fails
/// only when the text holds none of a title line, a header field, `The
/// Ombudsman's final decision` or a `Summary`.
///
/// Lines end with `\n` or `\r\n`. A `\r` not followed by `\n` is a blank,
/// like a space or a stray byte order mark: it is trimmed from the ends of
/// texts and never ends a line.
///
/// ```
/// let d = lgsco::parse("Summary: We will not investigate.\nThe complaint\n- Mr X complains.\n")?;
/// assert_eq!(d.sections[0].paragraphs[0].text, "Mr X complains.");
/// assert!(lgsco::parse("Just a letter.").is_err());
/// # Ok::<(), lgsco::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Decision, Error> {
    Options::default().parse(text)
}

/// Parse every statement of a text that holds several, one after another,
/// as scrapes and copy-paste join them. Each is parsed as by [`parse`],
/// with spans into the whole text.
///
/// A statement ends where the next begins: at a title or header line after
/// its closing line, or at a title followed by a header line or `The
/// Ombudsman's final decision`, or at that label followed by the summary
/// (a statement that lost its closing line).
/// [`parse`] reads the first statement only and sets the rest aside
/// ([`SkipReason::NextStatement`], reported as
/// [`Code::NextStatement`]).
///
/// ```
/// let text = "Summary: One.\nFinal decision\n- A.\nInvestigator's decision on behalf of the Ombudsman\n\
///             Summary: Two.\nFinal decision\n- B.\n";
/// let summaries: Vec<String> = lgsco::parse_all(text)
///     .map(|d| d.map(|d| d.summary.unwrap().text))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(summaries, ["One.", "Two."]);
/// // `parse` reads the first and sets the second aside.
/// let first = lgsco::parse(text)?;
/// assert_eq!(first.skipped[0].reason, lgsco::SkipReason::NextStatement);
/// # Ok::<(), lgsco::Error>(())
/// ```
pub fn parse_all(text: &str) -> Statements<'_> {
    Options::default().parse_all(text)
}

/// Parse a decision statement from bytes: UTF-8, or UTF-16 after its byte
/// order mark. Spans index the decoded text, which
/// [`Options::decode`] returns.
///
/// Invalid UTF-8 is reported with its byte offset, line and column, and a
/// hint when the text looks like Windows-1252 (a common scraping artefact).
///
/// ```
/// let err = lgsco::parse_bytes(b"Summary: Mrs B\x92s complaint").unwrap_err();
/// assert_eq!(err.kind(), lgsco::ErrorKind::InvalidUtf8);
/// assert_eq!(err.span().start, 14);
/// assert!(err.to_string().contains("Windows-1252"));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Decision, Error> {
    Options::default().parse_bytes(bytes)
}

// The README's code is compiled and run as a doc test.
#[cfg(all(doctest, feature = "akn"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod json_schema {
    #![doc = include_str!("../docs/schema.md")]
}
