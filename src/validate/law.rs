//! Checks of cited law.
//!
//! Two kinds of check live here:
//!
//! - checks on the text alone, run over every text of the statement (the
//!   summary, each paragraph, item and trailing line): unbalanced brackets
//!   ([`Code::UnbalancedBrackets`]);
//! - checks on typed citations, run by [`citations`]: it is the extension
//!   point for when paragraphs, items and the summary carry parsed
//!   citations. Those checks take the reserved codes `C002` (an LGSCO slip
//!   such as `34(B)`, `34H(i)`, `Schedule 5/5A, paragraph 1/3`), `C003` (an
//!   unknown instrument), `C004` (a provision the Local Government Act 1974
//!   does not have) and `C005` (a short reference such as `the Act` that
//!   resolves to no instrument). Each reads the citations of one [`Text`]
//!   and pushes its diagnostics, like [`brackets`] does for the text.

use super::{Code, Context, Diagnostic};
use crate::{Decision, Item, Span};

/// One text of the statement and where it is. When citations land, this is
/// where a check finds them (the node they are attached to).
pub(super) struct Text<'d> {
    pub(super) text: &'d str,
    pub(super) span: Span,
}

pub(super) fn check(cx: &mut Context<'_>) {
    let texts = texts(cx.d);
    for text in &texts {
        brackets(cx, text);
    }
    citations(cx, &texts);
}

/// Checks on typed citations: none yet (see the module documentation).
fn citations(_cx: &mut Context<'_>, _texts: &[Text<'_>]) {}

/// Every text that may cite law, in document order.
fn texts(d: &Decision) -> Vec<Text<'_>> {
    let mut out = Vec::new();
    if let Some(s) = &d.summary {
        out.push(Text {
            text: &s.text,
            span: s.text_span,
        });
    }
    for p in d.sections.iter().flat_map(|s| &s.paragraphs) {
        out.push(Text {
            text: &p.text,
            span: p.text_span,
        });
        let mut stack: Vec<&Item> = p.items.iter().rev().collect();
        while let Some(item) = stack.pop() {
            out.push(Text {
                text: &item.text,
                span: item.text_span,
            });
            stack.extend(item.items.iter().rev());
        }
        out.extend(p.trailing.iter().map(|t| Text {
            text: &t.text,
            span: t.span,
        }));
    }
    out
}

/// The first bracket of a text without its partner, as a byte offset into
/// the text and the bracket.
fn unbalanced(text: &str) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => open.push((i, c)),
            ')' | ']' => {
                let partner = if c == ')' { '(' } else { '[' };
                match open.last() {
                    Some(&(_, o)) if o == partner => {
                        open.pop();
                    }
                    _ if c == ')' && enumerator(&text[..i]) => {}
                    _ => return Some((i, c)),
                }
            }
            _ => {}
        }
    }
    open.first().copied()
}

/// Whether the text before a `)` ends with a list enumerator such as `a`,
/// `ii` or `3`, standing alone (`parts a) and b)`).
fn enumerator(before: &str) -> bool {
    let token = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    (1..=3).contains(&token.len())
        && (token.chars().all(|c| c.is_ascii_digit())
            || token.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether every bracket of the text has its partner.
pub(super) fn balanced(text: &str) -> bool {
    unbalanced(text).is_none()
}

/// [`Code::UnbalancedBrackets`]: a `(` or `[` never closed, or a `)` or
/// `]` never opened. The text where a truncated statement stops is left
/// alone: its brackets were cut, not mistyped.
fn brackets(cx: &mut Context<'_>, text: &Text<'_>) {
    if cx.truncated_at.is_some_and(|t| text.span.contains(t)) {
        return;
    }
    let Some((at, bracket)) = unbalanced(text.text) else {
        return;
    };
    let start = text.span.start + at;
    let span = Span::new(start, start + bracket.len_utf8());
    let message = match bracket {
        '(' | '[' => format!("`{bracket}` is never closed"),
        _ => format!("`{bracket}` closes a bracket that was never opened"),
    };
    cx.push(
        Diagnostic::new(Code::UnbalancedBrackets, span, message)
            .with_help("citations are printed in brackets: `(Local Government Act 1974, section 26(6)(a), as amended)`"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_enumerators() {
        assert_eq!(unbalanced("(a) and (b)"), None);
        assert_eq!(unbalanced("parts a) and b) of it"), None);
        assert_eq!(unbalanced("(section 26(6)(a)"), Some((0, '(')));
        assert_eq!(unbalanced("as amended)"), Some((10, ')')));
        assert_eq!(unbalanced("see [1)"), Some((6, ')')));
    }
}
