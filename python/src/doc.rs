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
    /// Built on first use (a batch that only counts never pays for it),
    /// and shared by the statements of one text: a file joining many is
    /// mapped once, not once per statement.
    map: SharedMap,
}

/// A text's character map, made on first use, shared by its statements.
pub type SharedMap = Arc<OnceLock<CharMap>>;

impl Doc {
    /// A statement parsed from `text`, whose map is `map` (one per text).
    pub fn new(text: Arc<str>, decision: lgsco::Decision, map: &SharedMap) -> Arc<Doc> {
        Arc::new(Doc {
            text,
            decision,
            map: Arc::clone(map),
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
