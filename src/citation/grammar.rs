//! The pest parser generated from `grammar/citation.pest`. Private: its
//! `Rule` enum changes with the grammar and never reaches the public API.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/citation.pest"]
pub(crate) struct CitationParser;
