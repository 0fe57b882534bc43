//! A parsed statement as Python holds it: its text, its tree and the map
//! from byte to character offsets, shared by every object made from it.

use crate::chars::CharMap;
use std::sync::{Arc, OnceLock};

/// A statement's text and tree.
pub struct Doc {
    /// The whole input text: spans index it (for a joined file, the file).
    pub text: Arc<str>,
    /// The tree.
    pub decision: lgsco::Decision,
    /// Built on first use: a batch that only counts never pays for it.
    map: OnceLock<CharMap>,
}

impl Doc {
    /// A statement parsed from `text`.
    pub fn new(text: Arc<str>, decision: lgsco::Decision) -> Arc<Doc> {
        Arc::new(Doc {
            text,
            decision,
            map: OnceLock::new(),
        })
    }

    /// The byte-to-character map of the text.
    pub fn map(&self) -> &CharMap {
        self.map.get_or_init(|| CharMap::new(&self.text))
    }

    /// A span as `(start, end)` in characters of the text.
    pub fn span(&self, span: lgsco::Span) -> (usize, usize) {
        self.map().span(span)
    }

    /// The text a span covers (empty if it is out of range, which the
    /// library never gives).
    pub fn slice(&self, span: lgsco::Span) -> &str {
        span.slice(&self.text).unwrap_or_default()
    }
}
