//! The input text: byte spans, the line index that turns them into line and
//! column, and fast byte searches.

pub(crate) mod bytes;
mod span;

pub use span::{LineIndex, Position, Span};
