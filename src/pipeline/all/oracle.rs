//! The reading `parse_all` had before windows, kept as the oracle its
//! windows are checked against (unit tests and the `parse_all` fuzz target).

use crate::tree::Shift;
use crate::{Options, SkipReason};

/// What `parse_all` gave before windows: each statement parsed with all
/// the text after it.
fn whole(text: &str, options: &Options) -> Vec<String> {
    let mut out = Vec::new();
    let mut next = Some(0);
    while let Some(at) = next.take() {
        let item = match options.parse(&text[at..]) {
            Err(e) => Err(e.moved(text, at)),
            Ok(mut d) => {
                let set_aside = d.skipped.iter();
                if let Some(i) = set_aside
                    .clone()
                    .position(|s| s.reason == SkipReason::NextStatement)
                {
                    next = Some(at + d.skipped.remove(i).span.start);
                    d.skipped.shrink_to_fit();
                }
                d.shift(at);
                Ok(d)
            }
        };
        out.push(format!("{item:?}"));
    }
    out
}

/// `parse_all` with every window `window` bytes at first.
fn windowed(text: &str, options: &Options, window: usize) -> Vec<String> {
    let mut all = options.parse_all(text);
    all.window = window;
    all.least = window;
    all.map(|item| format!("{item:?}")).collect()
}

/// Whether every window size gives what the whole rest gives; if not,
/// the first window that differs and how.
pub(crate) fn agree(text: &str, options: &Options) -> Result<(), String> {
    let expected = whole(text, options);
    for window in [1, 7, 300, super::LEAST_WINDOW, super::FIRST_WINDOW] {
        let got = windowed(text, options, window);
        if got.len() != expected.len() {
            return Err(format!(
                "window {window}: {} statements, the whole rest gives {}",
                got.len(),
                expected.len()
            ));
        }
        if let Some(n) = got.iter().zip(&expected).position(|(g, e)| g != e) {
            return Err(format!("window {window}: statement {} differs", n + 1));
        }
    }
    Ok(())
}
