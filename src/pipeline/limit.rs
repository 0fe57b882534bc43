//! The node limit: a count of lines before the grammar runs; the citation
//! pass then reads at most what the lines leave.
//!
//! pest builds its token queue for the whole input before the builder sees
//! a token, so a limit checked only while the tree grows would come after
//! most of the memory is spent. Every non-blank line can become a node (a
//! paragraph, item, heading or skipped line), so counting them first bounds
//! the queue and the tree; citations take what the lines leave.

/// The nodes of `limit` left after the lines of `text`, or the offset of the
/// first line past `limit`.
pub(super) fn after_lines(text: &str, limit: usize) -> Result<usize, usize> {
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
    Ok(limit - count)
}

/// The lines with text in `text`, as [`after_lines`] counts them.
pub(super) fn lines(text: &str) -> usize {
    usize::MAX - after_lines(text, usize::MAX).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::after_lines;

    #[test]
    fn counts_lines_with_text() {
        let text = "a\n\n  \r\n\tb\nc";
        assert_eq!(after_lines(text, 3), Ok(0));
        assert_eq!(after_lines(text, 5), Ok(2));
        // The third line with text, `c`, starts at byte 10.
        assert_eq!(after_lines(text, 2), Err(10));
        assert_eq!(after_lines("", 0), Ok(0));
        assert_eq!(super::lines(text), 3);
    }
}
