//! From text to tree: the pest grammar classifies every line
//! (`grammar.rs`, `grammar/decision.pest`); the builder groups the lines into
//! the tree, one file per region of the statement (`build/`).

mod all;
mod build;
mod grammar;
pub(crate) mod limit;

pub use all::Statements;
pub(crate) use build::parse;
#[cfg(test)]
pub(crate) use grammar::parses_whole;
