//! Files that hold several statements, one after another.

use crate::tree::Shift;
use crate::{Decision, Error, Options, SkipReason};
use std::iter::FusedIterator;

/// The statements of one text, in order: what [`parse_all`](crate::parse_all)
/// and [`Options::parse_all`] return. Each item is one statement's tree,
/// with spans into the whole text; an error ends the iteration.
///
/// ```
/// let two = format!("{}\n{}", lgsco::SAMPLE, lgsco::SAMPLE.replace("24 012 345", "24 012 346"));
/// let decisions: Vec<lgsco::Decision> = lgsco::parse_all(&two).collect::<Result<_, _>>()?;
/// assert_eq!(decisions.len(), 2);
/// let second = decisions[1].header.spans.reference.unwrap();
/// assert_eq!(second.slice(&two), Some("24 012 346"));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Statements<'s> {
    text: &'s str,
    options: Options,
    /// Where the next statement begins; `None` once done.
    next: Option<usize>,
}

impl<'s> Statements<'s> {
    pub(crate) fn new(text: &'s str, options: Options) -> Self {
        Statements {
            text,
            options,
            next: Some(0),
        }
    }
}

impl Iterator for Statements<'_> {
    type Item = Result<Decision, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let at = self.next.take()?;
        // The limit is on the whole text, as for `parse`.
        if at == 0 && self.text.len() > self.options.max_input_len {
            return Some(self.options.parse(self.text));
        }
        let mut d = match self.options.parse(&self.text[at..]) {
            Ok(d) => d,
            Err(e) => return Some(Err(e.moved(self.text, at))),
        };
        // The next statement is set aside whole, so at most one entry.
        if let Some(i) = (d.skipped.iter()).position(|s| s.reason == SkipReason::NextStatement) {
            self.next = Some(at + d.skipped.remove(i).span.start);
            d.skipped.shrink_to_fit();
        }
        d.shift(at);
        Some(Ok(d))
    }
}

impl FusedIterator for Statements<'_> {}
