//! Does the statement reach its end? A complete statement closes with the
//! signature (`Investigator's decision on behalf of the Ombudsman`) or, in a
//! report summary, with `Ombudsman satisfied with ...: <date>.`. A statement
//! without it was cut short: mid-word, mid-sentence, after a heading
//! ([`Code::Truncated`]), or at the end of a sentence
//! ([`Code::MissingSignature`]). Both are errors.
//!
//! Whether the closing line is whole is a fact of the tree
//! ([`Decision::is_complete`]); this check says what is missing, and where.

use super::{Code, Context, Diagnostic};
use crate::tree::vocab::BACK_TO_TOP;
use crate::{Decision, Node, SkipReason, Span};

const HELP: &str = "the file stops before the end of the statement; fetch the full statement again";

pub(super) fn check(cx: &mut Context<'_>) {
    if let Some(signature) = &cx.d.signature {
        if !signature.is_whole() {
            cx.unfinished = true;
            let span = signature.span;
            cx.truncated_at = Some(span);
            cx.push(
                Diagnostic::new(
                    Code::Truncated,
                    span,
                    format!("the closing line is cut short: `{}`", signature.text),
                )
                .with_help(HELP),
            );
        }
        return;
    }
    cx.unfinished = true;
    let Some(last) = last_piece(cx.d) else {
        cx.push(
            Diagnostic::new(
                Code::MissingSignature,
                Span::default(),
                "the statement is empty: no closing line",
            )
            .with_help(HELP),
        );
        return;
    };
    let diagnostic = diagnose(cx, last);
    cx.push(diagnostic);
}

/// What the last piece of a statement without its closing line says: cut
/// short (and where), or only unsigned.
fn diagnose(cx: &mut Context<'_>, last: Piece<'_>) -> Diagnostic {
    match last {
        Piece::Text(span, text) if ends_cleanly(text) => {
            let at = Span::new(span.end, span.end);
            Diagnostic::new(
                Code::MissingSignature,
                at,
                "the statement ends without its closing line `Investigator's decision on behalf of the Ombudsman`",
            )
            .with_help(HELP)
        }
        Piece::Text(span, text) => {
            let word = last_word(span, text);
            cx.truncated_at = Some(word);
            let message = match tail(text) {
                tail if tail.is_empty() => {
                    "the statement stops before the text of its last paragraph".to_owned()
                }
                tail => format!("the statement stops mid-sentence: `{tail}`"),
            };
            Diagnostic::new(Code::Truncated, word, message).with_help(HELP)
        }
        Piece::Heading(span, text) => {
            cx.truncated_at = Some(span);
            Diagnostic::new(
                Code::Truncated,
                span,
                format!("the statement stops at the heading `{text}`, with nothing under it"),
            )
            .with_help(HELP)
        }
        Piece::Header(span) => {
            cx.truncated_at = Some(span);
            Diagnostic::new(
                Code::Truncated,
                span,
                "the statement stops in its header, before the summary",
            )
            .with_help(HELP)
        }
        Piece::BackToTop(span) if span.len() < BACK_TO_TOP.len() => {
            cx.truncated_at = Some(span);
            Diagnostic::new(
                Code::Truncated,
                span,
                "the statement stops inside a `Back to top` link",
            )
            .with_help(HELP)
        }
        Piece::BackToTop(span) => Diagnostic::new(
            Code::MissingSignature,
            Span::new(span.end, span.end),
            "the statement ends after a section, without its closing line",
        )
        .with_help(HELP),
    }
}

/// The last thing of the statement.
enum Piece<'d> {
    /// Text of a summary, paragraph, item or trailing line.
    Text(Span, &'d str),
    /// A section heading or sub-heading.
    Heading(Span, &'d str),
    /// A header line or the final-decision label.
    Header(Span),
    /// A `Back to top` link, whole or cut.
    BackToTop(Span),
}

impl Piece<'_> {
    fn end(&self) -> usize {
        match self {
            Piece::Text(s, _) | Piece::Heading(s, _) | Piece::Header(s) | Piece::BackToTop(s) => {
                s.end
            }
        }
    }
}

/// The piece of the tree (or a `Back to top` link) that ends last.
fn last_piece<'d>(d: &'d Decision) -> Option<Piece<'d>> {
    // An empty text (a bare marker) ends where its line does; prefer the
    // piece with text when two end together, and the later one of equals.
    let key = |p: &Piece<'_>| (p.end(), !matches!(p, Piece::Text(_, t) if t.is_empty()));
    let mut last: Option<Piece<'d>> = None;
    let mut consider = |p: Piece<'d>| {
        if last.as_ref().is_none_or(|l| key(&p) >= key(l)) {
            last = Some(p);
        }
    };
    for span in d.header.spans.lines().chain(d.final_decision_label) {
        consider(Piece::Header(span));
    }
    for t in d.texts() {
        consider(match t.node {
            Node::Heading(_) | Node::SubHeading(_) => Piece::Heading(t.span, t.text),
            Node::Signature(_) => continue,
            _ => Piece::Text(t.span, t.text),
        });
    }
    for s in d
        .skipped
        .iter()
        .filter(|s| s.reason == SkipReason::BackToTop)
    {
        consider(Piece::BackToTop(s.span));
    }
    last
}

/// Whether a text ends where a sentence may end: a full stop, question or
/// exclamation mark, or a closing bracket or quote, with every bracket
/// closed.
pub(super) fn ends_cleanly(text: &str) -> bool {
    let text = text.trim_end();
    if !super::law::balanced(text) {
        return false;
    }
    let core = text.trim_end_matches([')', ']', '"', '”', '’', '\'']);
    core.ends_with(['.', '!', '?', '…']) || (core.len() < text.len() && text.ends_with([')', ']']))
}

/// The span of the last word of a text.
fn last_word(span: Span, text: &str) -> Span {
    let trimmed = text.trim_end();
    let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
        i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
    });
    let base = span.start;
    if base + trimmed.len() > span.end {
        return span;
    }
    Span::new(base + start, base + trimmed.len())
}

/// The last few words of a text, for messages.
fn tail(text: &str) -> String {
    // From the end: a paragraph may be long, and only six words are shown.
    let mut words: Vec<&str> = text.split_whitespace().rev().take(7).collect();
    let more = words.len() > 6;
    words.truncate(6);
    words.reverse();
    let tail = words.join(" ");
    if more {
        format!("... {tail}")
    } else {
        tail
    }
}
