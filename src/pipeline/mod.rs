//! The way a text goes through the crate, in order: the limits (length,
//! line ends, then the lines counted against the node limit), the grammar
//! and the builder (`src/parse/`), then the citation pass
//! (`src/citation/`) with the nodes the lines left, then the organisation
//! placed in the register of councils (`src/tree/org/`). Each step hands the
//! next what it made; none calls the next itself.
//!
//! `all.rs` reads the statements of a text one after another; `limit.rs`
//! counts the lines.

mod all;
mod limit;

#[cfg(fuzzing)]
pub(crate) use all::oracle::agree as parse_all_agrees;
pub use all::Statements;

use crate::{Decision, Error, Options};
use std::str::FromStr;

impl Options {
    /// Parse with these options; see [`parse`](crate::parse).
    ///
    /// ```
    /// let d = lgsco::Options::default().parse("Summary: s.\n")?;
    /// assert_eq!(d.summary.unwrap().text, "s.");
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Decision, Error> {
        self.check(text)?;
        let left = self.nodes_left(text)?;
        let decision = self.tree(text)?;
        self.finish(decision, text, left)
    }

    /// The checks before the grammar runs: the length and the line ends.
    fn check(&self, text: &str) -> Result<(), Error> {
        if text.len() > self.max_input_len {
            return Err(Error::too_large(text.len(), self.max_input_len));
        }
        match crate::decode::foreign_line_end(text) {
            Some((at, name)) => Err(Error::line_ends(text, at, name)),
            None => Ok(()),
        }
    }

    /// The nodes the lines of `text` leave for citations.
    fn nodes_left(&self, text: &str) -> Result<usize, Error> {
        limit::after_lines(text, self.max_nodes)
            .map_err(|at| Error::too_many_nodes(text, at, self.max_nodes))
    }

    /// The grammar and the builder: the tree, without citations.
    fn tree(&self, text: &str) -> Result<Decision, Error> {
        let depth = self.max_item_depth.clamp(1, Self::MAX_ITEM_DEPTH);
        crate::parse::parse(text, depth).map_err(|e| crate::decode::explain(e, text))
    }

    /// The citation pass, with `left` nodes, then the organisation.
    fn finish(&self, mut decision: Decision, text: &str, left: usize) -> Result<Decision, Error> {
        crate::citation::attach(&mut decision, left)
            .map_err(|at| Error::too_many_nodes(text, at, self.max_nodes))?;
        crate::org::attach(&mut decision, text);
        Ok(decision)
    }

    /// Parse bytes with these options; see [`parse_bytes`](crate::parse_bytes).
    /// Spans index the text [`Options::decode`] returns.
    ///
    /// ```
    /// let d = lgsco::Options::default().parse_bytes(b"Summary: s.\n")?;
    /// assert_eq!(d.summary.unwrap().text, "s.");
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Decision, Error> {
        self.parse(&self.decode(bytes)?)
    }

    /// The text [`Options::parse_bytes`] parses, into which its spans
    /// point: UTF-8 bytes borrowed as they are, UTF-16 with a byte order
    /// mark (`FF FE` or `FE FF`, as Windows saves "Unicode" text) decoded.
    /// Binary input ([`ErrorKind::Binary`](crate::ErrorKind::Binary)),
    /// invalid UTF-8 and input over [`Options::max_input_len`] are errors.
    ///
    /// ```
    /// let bytes: Vec<u8> = [0xFF, 0xFE].into_iter()
    ///     .chain("Summary: caf\u{e9}.\n".encode_utf16().flat_map(u16::to_le_bytes))
    ///     .collect();
    /// let options = lgsco::Options::default();
    /// let text = options.decode(&bytes)?;
    /// let d = options.parse_bytes(&bytes)?;
    /// assert_eq!(d.summary.unwrap().span.slice(&text), Some("Summary: caf\u{e9}."));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn decode<'b>(&self, bytes: &'b [u8]) -> Result<std::borrow::Cow<'b, str>, Error> {
        if bytes.len() > self.max_input_len {
            return Err(Error::too_large(bytes.len(), self.max_input_len));
        }
        crate::decode::decode(bytes)
    }

    /// Parse every statement of a text with these options; see
    /// [`parse_all`](crate::parse_all).
    ///
    /// ```
    /// let mut all = lgsco::Options::default().parse_all(lgsco::SAMPLE);
    /// assert!(all.next().unwrap().is_ok());
    /// assert!(all.next().is_none());
    /// ```
    pub fn parse_all<'s>(&self, text: &'s str) -> Statements<'s> {
        Statements::new(text, self.clone())
    }
}

impl FromStr for Decision {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Options::default().parse(s)
    }
}
