//! Limits on what the parser accepts.

use crate::{Decision, Error};

/// Parsing limits. The defaults are safe for untrusted input; nothing here
/// changes process-wide state.
///
/// ```
/// let options = lgsco::Options::default().max_input_len(1 << 20).max_item_depth(4);
/// let decision = options.parse(lgsco::SAMPLE)?;
/// assert!(decision.signature.is_some());
/// let err = lgsco::Options::default().max_input_len(10).parse(lgsco::SAMPLE).unwrap_err();
/// assert_eq!(err.kind(), lgsco::ErrorKind::TooLarge);
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Inputs longer than this many bytes are refused. Default 64 MiB.
    pub max_input_len: usize,
    /// List items nest at most this deep; deeper indentation is kept at this
    /// depth. Default 16; at most [`Options::MAX_ITEM_DEPTH`] (a larger
    /// value counts as that), so every tree the parser builds reads back
    /// from its own JSON and is safe to clone, print and drop.
    pub max_item_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_len: 64 << 20,
            max_item_depth: 16,
        }
    }
}

impl Options {
    /// Set [`Options::max_input_len`].
    ///
    /// ```
    /// assert_eq!(lgsco::Options::default().max_input_len(5).max_input_len, 5);
    /// ```
    pub fn max_input_len(mut self, bytes: usize) -> Self {
        self.max_input_len = bytes;
        self
    }

    /// The deepest nesting of list items any options allow.
    ///
    /// ```
    /// let options = lgsco::Options::default().max_item_depth(1000);
    /// assert_eq!(options.max_item_depth, lgsco::Options::MAX_ITEM_DEPTH);
    /// ```
    pub const MAX_ITEM_DEPTH: usize = crate::tree::MAX_DEPTH;

    /// Set [`Options::max_item_depth`] (at least 1, at most
    /// [`Options::MAX_ITEM_DEPTH`]).
    ///
    /// ```
    /// assert_eq!(lgsco::Options::default().max_item_depth(0).max_item_depth, 1);
    /// ```
    pub fn max_item_depth(mut self, depth: usize) -> Self {
        self.max_item_depth = depth.clamp(1, Self::MAX_ITEM_DEPTH);
        self
    }

    /// Parse with these options; see [`parse`](crate::parse).
    ///
    /// ```
    /// let d = lgsco::Options::default().parse("Summary: s.\n")?;
    /// assert_eq!(d.summary.unwrap().text, "s.");
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Decision, Error> {
        if text.len() > self.max_input_len {
            return Err(Error::too_large(text.len(), self.max_input_len));
        }
        if let Some((at, name)) = crate::decode::foreign_line_end(text) {
            return Err(Error::line_ends(text, at, name));
        }
        crate::parse::parse(text, self.max_item_depth.clamp(1, Self::MAX_ITEM_DEPTH))
            .map_err(|e| crate::decode::explain(e, text))
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
}
