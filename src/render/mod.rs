//! Renderings of the tree. `text.rs`: the canonical dashed text (the
//! `Display` of a decision), which parses back to the same tree; `akn/`:
//! Akoma Ntoso XML, public as `lgsco::akn`.

#[cfg(feature = "akn")]
pub mod akn;
mod text;
