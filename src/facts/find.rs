//! Finding the first of several short patterns in a sentence in one pass.
//!
//! `str::find` builds a searcher for each pattern before it reads a byte;
//! over a dozen patterns and a sentence of a hundred bytes, that setup
//! costs more than the reading. A [`Patterns`] list knows, from a table
//! made at compile time, which bytes begin one of its patterns, so the text
//! is read once and a pattern is compared only where it may begin.

/// A fixed list of patterns (matched as they are spelled, bytes for bytes)
/// and the bytes that begin them.
pub(crate) struct Patterns {
    list: &'static [&'static str],
    first: [bool; 256],
}

impl Patterns {
    /// The list, with its table of first bytes; a pattern is never empty.
    pub(crate) const fn new(list: &'static [&'static str]) -> Patterns {
        let mut first = [false; 256];
        let mut i = 0;
        while i < list.len() {
            let p = list[i].as_bytes();
            assert!(!p.is_empty(), "an empty pattern is found everywhere");
            first[p[0] as usize] = true;
            i += 1;
        }
        Patterns { list, first }
    }

    /// Where the first pattern printed in `text` begins: what the least of
    /// `text.find(p)` over the list gives.
    pub(crate) fn first_in(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len()).find(|&i| {
            self.first[usize::from(bytes[i])]
                && self
                    .list
                    .iter()
                    .any(|p| bytes[i..].starts_with(p.as_bytes()))
        })
    }

    /// Whether one of the patterns is printed in `text`.
    pub(crate) fn any_in(&self, text: &str) -> bool {
        self.first_in(text).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::Patterns;

    const LIST: Patterns = Patterns::new(&[" because", ". ", " as "]);

    #[test]
    fn finds_what_find_finds() {
        let texts = [
            "",
            "as ",
            "no fault because. Then",
            "It was. As it was as he said",
            "the basis as given",
            "a ca. b",
            "£ as £",
        ];
        for t in texts {
            let by_find = [" because", ". ", " as "]
                .iter()
                .filter_map(|p| t.find(p))
                .min();
            assert_eq!(LIST.first_in(t), by_find, "{t:?}");
            assert_eq!(LIST.any_in(t), by_find.is_some(), "{t:?}");
        }
    }
}
