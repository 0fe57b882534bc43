//! The document tree: one file per node type, and the walk over every text
//! of a decision (`visit.rs`).

mod decision;
mod header;
mod paragraph;
mod section;
mod shift;
mod skipped;
mod visit;

pub use decision::{Decision, Signature, SignatureKind, Summary};
pub(crate) use header::{parse_date, print_date};
pub use header::{Category, Header, HeaderSpans, Outcome, Reference, ReferenceError};
pub use paragraph::{Item, MarkerStyle, Paragraph, TextLine};
pub(crate) use section::is_known_heading;
pub use section::{Section, SectionKind, SectionKindError, SubHeading};
pub(crate) use shift::Shift;
pub use skipped::{SkipReason, Skipped};
pub(crate) use visit::{each_text_mut, MAX_DEPTH};
pub use visit::{ItemPath, Node, Place, Text, Texts};
