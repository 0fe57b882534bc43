//! Renderings of the tree. `text.rs`: the canonical dashed text (the
//! `Display` of a decision), which parses back to the same tree.

mod text;
