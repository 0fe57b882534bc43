//! The pest parser generated from `grammar/decision.pest`. Private: its
//! `Rule` enum changes with the grammar and never reaches the public API.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/decision.pest"]
pub(crate) struct DecisionParser;
