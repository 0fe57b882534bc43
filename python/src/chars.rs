//! Byte offsets to character offsets: Rust spans count UTF-8 bytes, Python
//! slices count code points, so `text[start:end]` needs the conversion.

/// Where the text's characters longer than one byte end, so that a byte
/// offset converts by subtracting the extra bytes before it.
#[derive(Debug, Default)]
pub struct CharMap {
    /// For each character of more than one byte: the byte offset just after
    /// it, and the extra bytes up to there (all such characters so far).
    steps: Vec<(usize, usize)>,
}

impl CharMap {
    /// The map of `text`; empty (and free) for ASCII.
    pub fn new(text: &str) -> CharMap {
        let mut steps = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (at, c) in text.char_indices() {
                let len = c.len_utf8();
                if len > 1 {
                    extra += len - 1;
                    steps.push((at + len, extra));
                }
            }
        }
        CharMap { steps }
    }

    /// The character offset of byte offset `byte`. An offset inside a
    /// character (never given by the library) counts that character's
    /// earlier bytes as whole characters; it still lands in range.
    pub fn char_at(&self, byte: usize) -> usize {
        let before = self.steps.partition_point(|&(end, _)| end <= byte);
        let extra = before.checked_sub(1).map_or(0, |i| self.steps[i].1);
        byte - extra
    }

    /// A span as `(start, end)` in characters.
    pub fn span(&self, span: lgsco::Span) -> (usize, usize) {
        (self.char_at(span.start), self.char_at(span.end))
    }
}
