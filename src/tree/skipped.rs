//! Input that is not part of the statement, and why it was set aside.

use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stretch of input the tree does not hold, with the reason. Together with
/// the spans of the tree, these account for every non-blank byte of input.
///
/// ```
/// let text = "Print this page\nSummary: s.\nThe complaint\n- A.\nBack to top\n";
/// let d = lgsco::parse(text).unwrap();
/// let reasons: Vec<_> = d.skipped.iter().map(|s| s.reason).collect();
/// assert_eq!(reasons, [lgsco::SkipReason::PageFurniture, lgsco::SkipReason::BackToTop]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Skipped {
    /// The bytes set aside (whole lines, without their final line ending).
    pub span: Span,
    /// Why.
    pub reason: SkipReason,
}

/// Why a stretch of input is not in the tree.
///
/// ```
/// assert_eq!(lgsco::SkipReason::BackToTop.to_string(), "back_to_top");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// A byte order mark at the start.
    ByteOrderMark,
    /// Web page furniture: cookie and privacy notices, `Print this page`, the logo.
    PageFurniture,
    /// A mirror site's banner before the statement (source, scorecard link).
    MirrorBanner,
    /// Other text before the statement begins.
    BeforeStatement,
    /// A table of contents listing the section headings.
    ContentsList,
    /// A `Back to top` link.
    BackToTop,
    /// A header line printed a second time.
    DuplicateHeader,
    /// The signature printed a second time.
    RepeatedSignature,
    /// Other text after the closing line.
    AfterStatement,
    /// A header line printed again with a different value (another
    /// reference, category, outcome or date): perhaps another statement's
    /// header.
    ConflictingHeader,
    /// Another statement, from its first line to the end of the input: a
    /// title or header line after the closing line, or a title followed by
    /// a header line where this statement lost its closing line.
    /// [`parse_all`](crate::parse_all) reads it as the next statement.
    NextStatement,
}

impl SkipReason {
    /// The name used in JSON.
    ///
    /// ```
    /// assert_eq!(lgsco::SkipReason::ContentsList.as_str(), "contents_list");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::ByteOrderMark => "byte_order_mark",
            SkipReason::PageFurniture => "page_furniture",
            SkipReason::MirrorBanner => "mirror_banner",
            SkipReason::BeforeStatement => "before_statement",
            SkipReason::ContentsList => "contents_list",
            SkipReason::BackToTop => "back_to_top",
            SkipReason::DuplicateHeader => "duplicate_header",
            SkipReason::RepeatedSignature => "repeated_signature",
            SkipReason::AfterStatement => "after_statement",
            SkipReason::ConflictingHeader => "conflicting_header",
            SkipReason::NextStatement => "next_statement",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
