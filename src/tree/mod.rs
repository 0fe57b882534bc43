//! The document tree: one file per node type (the citations of law among
//! them, with the instruments the crate knows in `instruments.rs`), the walk
//! over every text of a decision (`visit.rs`), and the words of the format
//! the tree reads and prints (`vocab.rs`). The ground floor of the crate: the tree imports
//! nothing that reads, checks or renders it.

mod citation;
mod citation_note;
mod decision;
mod header;
mod instruments;
pub mod org;
mod paragraph;
mod section;
mod shift;
mod skipped;
mod visit;
pub(crate) mod vocab;

pub use citation::{Citation, CitationForm, Instrument, InstrumentKind, Provision, ProvisionKind};
pub use citation_note::{CitationNote, CitationNoteKind};
pub use decision::{Decision, Signature, SignatureKind, Summary, SCHEMA_VERSION};
pub(crate) use header::{parse_date, print_date};
pub use header::{Category, Header, HeaderSpans, Outcome, Reference, ReferenceError};
pub(crate) use instruments::{fold as fold_title, known_titles};
pub use paragraph::{Item, MarkerStyle, Paragraph, TextLine};
pub(crate) use section::is_known_heading;
pub use section::{Section, SectionKind, SectionKindError, SubHeading};
pub(crate) use shift::Shift;
pub use skipped::{SkipReason, Skipped};
pub(crate) use visit::{each_text_mut, MAX_DEPTH};
pub use visit::{ItemPath, Node, Place, Text, Texts};
