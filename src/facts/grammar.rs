//! The pest parser generated from `grammar/facts.pest`. Private: its `Rule`
//! enum changes with the grammar and never reaches the public API.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/facts.pest"]
pub(crate) struct FactsParser;
