//! What the benches share: where the real statements are, and how one
//! statement is grown into a long one.

use std::path::{Path, PathBuf};

/// `../shared` beside the crate.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The offset where the line holding `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The offset just after the line holding `at` (after its newline).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

/// One statement whose sections each hold their paragraphs `times` times
/// over; the header, the headings and the signature appear once, so the
/// result is still one statement.
pub fn grow(base: &str, times: usize) -> String {
    let Ok(decision) = lgsco::parse(base) else {
        return base.repeat(times);
    };
    let sections = &decision.sections;
    let mut out = String::with_capacity(base.len() * times);
    let mut cursor = 0;
    for (i, section) in sections.iter().enumerate() {
        let Some(first) = section.paragraphs.first() else {
            continue;
        };
        let start = line_start(base, first.span.start);
        let end = match sections.get(i + 1) {
            Some(next) => line_start(base, next.span.start),
            None => line_end(base, section.span.end.saturating_sub(1)),
        };
        if start < cursor || end <= start {
            continue;
        }
        out.push_str(&base[cursor..start]);
        let body = &base[start..end];
        for _ in 0..times {
            out.push_str(body);
            if !body.ends_with('\n') {
                out.push('\n');
            }
        }
        cursor = end;
    }
    out.push_str(&base[cursor..]);
    out
}
