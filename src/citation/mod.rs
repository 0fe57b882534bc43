//! The citation pass: the citations of law in the text of paragraphs, list
//! items and the summary, read into typed values and stored on their nodes
//! of the tree. The values are nodes of the tree (`src/tree/citation.rs`,
//! `src/tree/citation_note.rs`), beside the instruments the crate knows
//! (`src/tree/instruments.rs`).
//!
//! The grammar lives in `grammar/citation.pest`. The pass, one file a
//! step: [`scan`] walks each text once and stops only where a citation can
//! begin ([`trigger`] holds the byte triggers and the words around them,
//! [`title`] the backwards walk over a title before `Act`); there it tries
//! the grammar ([`memo`] keeps the parses of repeated brackets); [`assemble`]
//! turns a match into citations, with [`convert`] holding one converter per
//! grammar rule and [`expand`] the lists and ranges ([`found`] holds what
//! these steps hand each other); [`attach`] resolves
//! short references (`section 26B`, `the Act`) within a paragraph and stores
//! the citations in the tree.

mod assemble;
mod attach;
mod convert;
mod expand;
mod found;
mod grammar;
mod memo;
mod scan;
mod title;
mod trigger;

pub(crate) use attach::attach;
pub use attach::{CitationRef, Location};
