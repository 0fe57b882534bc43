//! The node limit: a count of lines before the grammar runs, and of
//! citations as they are read.
//!
//! pest builds its token queue for the whole input before the builder sees
//! a token, so a limit checked only while the tree grows would come after
//! most of the memory is spent. Every non-blank line can become a node (a
//! paragraph, item, heading or skipped line), so counting them first bounds
//! the queue and the tree; citations take what the lines leave.

/// What is left of the node limit while a statement is read; where it was
/// passed, once it is.
#[derive(Debug)]
pub(crate) struct Budget {
    /// The limit, for the error.
    pub(crate) limit: usize,
    /// Nodes still allowed.
    pub(crate) left: usize,
}

impl Budget {
    /// The budget after the lines of `text`, or the offset of the first line
    /// past `limit`.
    pub(crate) fn after_lines(text: &str, limit: usize) -> Result<Budget, usize> {
        let mut count = 0usize;
        let mut start = 0;
        for line in text.split('\n') {
            if line.bytes().any(|b| !matches!(b, b' ' | b'\t' | b'\r')) {
                count += 1;
                if count > limit {
                    return Err(start);
                }
            }
            start += line.len() + 1;
        }
        Ok(Budget {
            limit,
            left: limit - count,
        })
    }

    /// A budget with nothing spent, for callers without a limit.
    #[cfg(test)]
    pub(crate) fn unlimited() -> Budget {
        Budget {
            limit: usize::MAX,
            left: usize::MAX,
        }
    }

    /// Spends `n` nodes; false when fewer were left.
    pub(crate) fn spend(&mut self, n: usize) -> bool {
        match self.left.checked_sub(n) {
            Some(left) => {
                self.left = left;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Budget;

    #[test]
    fn counts_lines_with_text() {
        let text = "a\n\n  \r\n\tb\nc";
        assert_eq!(Budget::after_lines(text, 3).unwrap().left, 0);
        assert_eq!(Budget::after_lines(text, 5).unwrap().left, 2);
        // The third line with text, `c`, starts at byte 10.
        assert_eq!(Budget::after_lines(text, 2).unwrap_err(), 10);
        assert_eq!(Budget::after_lines("", 0).unwrap().left, 0);
    }

    #[test]
    fn spends_what_is_left() {
        let mut b = Budget::after_lines("a\n", 3).unwrap();
        assert!(b.spend(2));
        assert!(!b.spend(1));
        assert_eq!(b.left, 0);
        assert!(Budget::unlimited().spend(1 << 40));
    }
}
