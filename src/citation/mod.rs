//! Cited law: citations found in the text of paragraphs, list items and the
//! summary, as typed values.
//!
//! The grammar lives in `grammar/citation.pest`. The pipeline, one file a
//! step: [`scan`] walks each text once and stops only where a citation can
//! begin ([`trigger`] holds the byte triggers and the words around them,
//! [`title`] the backwards walk over a title before `Act`); there it tries
//! the grammar ([`memo`] keeps the parses of repeated brackets); [`assemble`]
//! turns a match into citations, with [`convert`] holding one converter per
//! grammar rule and [`expand`] the lists and ranges; [`attach`] resolves
//! short references (`section 26B`, `the Act`) within a paragraph and stores
//! the citations in the tree. The types are in [`model`] and [`note`]; the
//! instruments the crate knows are in [`table`].

mod assemble;
mod attach;
mod convert;
mod expand;
mod grammar;
mod memo;
mod model;
mod note;
mod scan;
mod table;
mod title;
mod trigger;

pub(crate) use attach::attach;
pub use attach::{CitationRef, Location};
pub use model::{Citation, CitationForm, Instrument, InstrumentKind, Provision, ProvisionKind};
pub use note::{CitationNote, CitationNoteKind};
pub(crate) use table::{fold as fold_title, known_titles};
