//! From text to tree: the pest grammar classifies every line
//! (`grammar.rs`, `grammar/decision.pest`); the builder groups the lines into
//! the tree, one file per region of the statement (`build/`). The tree has
//! no citations yet: the pipeline (`src/pipeline/`) runs the citation pass
//! next.

mod build;
mod grammar;

pub(crate) use build::parse;
