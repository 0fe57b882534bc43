//! Akoma Ntoso (OASIS LegalDocML 3.0) export: each statement as one
//! `akomaNtoso/judgment name="decision"` document, valid against the
//! official schema, in the shape The National Archives' Find Case Law
//! publishes judgments.
//!
//! [`export`] gives the XML and the characters it had to leave out (XML 1.0
//! forbids most control characters; they are never written). The mapping,
//! the identifiers and the `eId` scheme are described in `docs/akn.md`.
//!
//! ```
//! let decision = lgsco::parse(lgsco::SAMPLE)?;
//! let export = lgsco::akn::export(&decision);
//! assert!(export.xml.contains(r#"<judgment name="decision">"#));
//! assert!(export.xml.contains(r#"<paragraph eId="para_2">"#));
//! assert!(export.dropped.is_empty());
//! assert_eq!(lgsco::akn::work_uri(&decision), "/akn/gb-eng/judgment/lgsco/2024-11-05/24-012-345");
//! # Ok::<(), lgsco::Error>(())
//! ```
//!
//! Behind the default cargo feature `akn`.
//!
#![doc = include_str!("../../../docs/akn.md")]

mod body;
mod ids;
mod inline;
mod meta;
mod out;

pub use ids::work_uri;

use crate::Decision;
use std::fmt;
use std::io;

/// The Akoma Ntoso 3.0 namespace.
///
/// ```
/// assert!(lgsco::akn::NAMESPACE.ends_with("/akn/3.0"));
/// ```
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The namespace of this crate's own elements (in `proprietary`) and
/// attributes (`lgsco:canonical` on `ref`), bound to the prefix `lgsco`.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// assert!(lgsco::akn::export(&d).xml.contains(lgsco::akn::LGSCO_NAMESPACE));
/// ```
pub const LGSCO_NAMESPACE: &str = "https://docs.rs/lgsco/akn/1";

/// An exported document.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let export = lgsco::akn::export(&d);
/// assert!(export.xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Export {
    /// The XML document, UTF-8, ending with a newline.
    pub xml: String,
    /// Characters of the tree's texts that XML 1.0 cannot hold, left out.
    pub dropped: Vec<Dropped>,
}

/// A character left out of the export because XML 1.0 forbids it (a
/// control character other than tab, line feed and carriage return, or
/// U+FFFE, U+FFFF).
///
/// ```
/// let d = lgsco::parse("Summary: We will not\u{1} investigate.\n").unwrap();
/// let export = lgsco::akn::export(&d);
/// let dropped = &export.dropped[0];
/// assert_eq!((dropped.character, dropped.element.as_str(), dropped.offset), ('\u{1}', "summary", 11));
/// assert_eq!(dropped.to_string(), "U+0001 at byte 11 of the text of `summary`, left out");
/// assert!(export.xml.contains("We will not investigate."));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dropped {
    /// The character.
    pub character: char,
    /// The `eId` of the nearest element that has one (`para_7__item_2`,
    /// `summary`), or `header`, `meta`, `conclusions`.
    pub element: String,
    /// Byte offset of the character in the tree's text it came from.
    pub offset: usize,
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "U+{:04X} at byte {} of the text of `{}`, left out",
            u32::from(self.character),
            self.offset,
            self.element
        )
    }
}

/// Export a decision as an Akoma Ntoso document.
///
/// The same tree always gives the same bytes: nothing depends on the clock
/// or on the machine.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// assert_eq!(lgsco::akn::export(&d), lgsco::akn::export(&d));
/// ```
pub fn export(decision: &Decision) -> Export {
    let mut xml = Grow(Vec::with_capacity(4096));
    let dropped = write(decision, &mut xml).unwrap_or_default();
    Export {
        // Every byte written comes from a `str`, so this never loses text.
        xml: String::from_utf8(xml.0)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        dropped,
    }
}

/// Bytes that grow by an eighth when full, not by doubling: the document
/// is most of what an export holds (three times the statement or more), and
/// doubling could leave half of it unused.
struct Grow(Vec<u8>);

impl io::Write for Grow {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let v = &mut self.0;
        if v.capacity() - v.len() < bytes.len() {
            v.reserve_exact(bytes.len().max(v.capacity() / 8));
        }
        v.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Write a decision as an Akoma Ntoso document to `sink`, returning the
/// characters left out; fails only when `sink` does.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let mut bytes = Vec::new();
/// let dropped = lgsco::akn::write(&d, &mut bytes)?;
/// assert!(dropped.is_empty());
/// assert_eq!(String::from_utf8(bytes).unwrap(), lgsco::akn::export(&d).xml);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write<W: io::Write>(decision: &Decision, sink: W) -> io::Result<Vec<Dropped>> {
    let mut out = out::Out::new(sink);
    out.declaration()?;
    out.open(
        "akomaNtoso",
        &[("xmlns", NAMESPACE), ("xmlns:lgsco", LGSCO_NAMESPACE)],
    )?;
    out.open("judgment", &[("name", "decision")])?;
    meta::write(&mut out, decision)?;
    body::write_header(&mut out, decision)?;
    body::write_body(&mut out, decision)?;
    body::write_conclusions(&mut out, decision)?;
    out.close("judgment")?;
    out.close("akomaNtoso")?;
    out.finish()
}
