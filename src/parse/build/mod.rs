//! Turns the grammar's classified lines into the tree.
//!
//! The grammar says what each line is; the builder decides how lines group:
//! which section a heading opens, which paragraph a bullet or a citation line
//! belongs to, and where the flattened lists of the dashed rendering are.
//! One file per region of the statement, as the grammar splits it: `front`,
//! `head`, `body`, `back`; `lines.rs` reads a line's parts, `tree.rs` grows
//! the tree. Nesting is tracked with an explicit stack, so no input can make
//! it recurse.

mod back;
mod body;
mod front;
mod head;
mod lines;
mod tree;

use super::grammar::{DecisionParser, Rule};
use crate::{Decision, Error, ErrorKind, SkipReason, Skipped, Span};
use lines::span_of;
use pest::iterators::Pair;
use pest::Parser;

/// The tree of `src`, its list items nested at most `max_item_depth` deep.
/// Its texts hold no citations yet: the citation pass reads them next.
pub(crate) fn parse(src: &str, max_item_depth: usize) -> Result<Decision, Error> {
    let root = match DecisionParser::parse(Rule::decision, src) {
        Ok(mut pairs) => pairs.next(),
        Err(_) => None,
    };
    // `front` stops at the first line that starts a statement; when it runs
    // to the end, there is none.
    let Some(root) = root.filter(|root| {
        root.clone()
            .into_inner()
            .any(|part| part.as_rule() == Rule::front && part.as_span().end() < src.len())
    }) else {
        return Err(no_statement(src));
    };
    let mut b = Builder::new(src, own_end(&root, src), max_item_depth);
    for part in root.into_inner() {
        match part.as_rule() {
            Rule::bom => b.skip(span_of(&part), SkipReason::ByteOrderMark),
            Rule::front => b.front(part),
            Rule::head => b.head(part),
            Rule::body => b.body(part),
            _ => {}
        }
    }
    Ok(b.finish())
}

/// Where the statement's own text ends: where the next statement, set
/// aside, begins (the last line of the body or of what follows the
/// closing line), or at the end of the input.
fn own_end(root: &Pair<'_, Rule>, src: &str) -> usize {
    let body = root
        .clone()
        .into_inner()
        .find(|p| p.as_rule() == Rule::body);
    let last = match body.and_then(|b| b.into_inner().last()) {
        Some(back) if back.as_rule() == Rule::back => back.into_inner().last(),
        last => last,
    };
    last.filter(|p| p.as_rule() == Rule::next_statement)
        .map_or(src.len(), |p| p.as_span().start())
}

/// The error for input with no statement: it points at the first non-blank
/// character, where a statement should have begun.
fn no_statement(src: &str) -> Error {
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let lead = src.len() - body.len();
    match body.find(|c: char| !c.is_whitespace()) {
        Some(at) => Error::new(ErrorKind::NoStatement, src, lead + at),
        None => Error::new(ErrorKind::Empty, src, lead),
    }
}

struct Builder<'s> {
    src: &'s str,
    d: Decision,
    /// Ordinal of the next paragraph.
    next_number: u32,
    /// Whether the last paragraph still takes items and trailing lines.
    open: bool,
    /// Indents of the path to the last item of the open paragraph.
    item_indents: Vec<usize>,
    /// Whether the open dashed paragraph is in a flattened list.
    dash_list: bool,
    /// End of the statement's own text: its last non-blank byte before any
    /// page furniture or `Back to top` at the end, and before the next
    /// statement.
    content_end: usize,
    /// Whether the input prints bullets: then its lists are not flattened,
    /// and every `- ` line is a paragraph.
    has_bullets: bool,
    /// How deep items may nest.
    max_item_depth: usize,
}

impl<'s> Builder<'s> {
    fn new(src: &'s str, own_end: usize, max_item_depth: usize) -> Self {
        Builder {
            src,
            d: Decision::default(),
            next_number: 1,
            open: false,
            item_indents: Vec::new(),
            dash_list: false,
            content_end: src[..own_end].trim_end_matches(lines::trailing).len(),
            has_bullets: src[..own_end].contains('•'),
            max_item_depth,
        }
    }

    fn skip(&mut self, span: Span, reason: SkipReason) {
        if !span.is_empty() {
            self.d.skipped.push(Skipped { span, reason });
        }
    }

    /// Joins neighbouring skipped spans with the same reason when only blanks
    /// separate them, so a cookie banner is one entry, not twelve.
    fn finish(mut self) -> Decision {
        let src = self.src;
        let mut merged: Vec<Skipped> = Vec::with_capacity(self.d.skipped.len());
        for s in self.d.skipped.drain(..) {
            match merged.last_mut() {
                Some(prev)
                    if prev.reason == s.reason
                        && src
                            .get(prev.span.end..s.span.start)
                            .is_some_and(|gap| gap.trim().is_empty()) =>
                {
                    prev.span = prev.span.join(s.span);
                }
                _ => merged.push(s),
            }
        }
        merged.shrink_to_fit();
        self.d.skipped = merged;
        self.seal_section();
        self.d.sections.shrink_to_fit();
        self.d
    }
}
