//! Reading a line's parts: trimming, spans, and a marked line's indent,
//! marker and text.

use super::super::grammar::Rule;
use crate::tree::vocab::{fold_apostrophe, BACK_TO_TOP, SIGNATURE};
use crate::{MarkerStyle, Span};
use pest::iterators::Pair;

/// Characters trimmed from the ends of every text: a function rather than a
/// `&[char]` pattern, which searches generically, as trimming runs on every
/// line.
pub(super) fn blank(c: char) -> bool {
    // A byte order mark away from the start of the input is a stray
    // invisible character, as a scrape of a joined file leaves it.
    matches!(c, ' ' | '\t' | '\u{a0}' | '\r' | '\u{feff}')
}

/// What may follow the statement's last character: line feeds and the
/// blanks texts are trimmed of. Other white space (a form feed, an em
/// space) is text, so a line of it is a paragraph, not the end.
pub(super) fn trailing(c: char) -> bool {
    c == '\n' || blank(c)
}

pub(super) fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    Span::new(s.start(), s.end())
}

/// A pair's text and span, trimmed of blanks at both ends.
pub(super) fn trimmed(pair: &Pair<'_, Rule>) -> (String, Span) {
    trimmed_at(pair.as_str(), pair.as_span().start())
}

/// `text`, which starts at byte `start` of the input, and its span, trimmed
/// of blanks at both ends.
pub(super) fn trimmed_at(text: &str, start: usize) -> (String, Span) {
    let lead = text.len() - text.trim_start_matches(blank).len();
    let t = text.trim_matches(blank);
    (
        t.to_owned(),
        Span::new(start + lead, start + lead + t.len()),
    )
}

/// A line's span without its leading and trailing blanks.
pub(super) fn line_span(pair: &Pair<'_, Rule>) -> Span {
    let span = span_of(pair);
    let text = pair.as_str();
    let lead = text.len() - text.trim_start_matches(blank).len();
    Span::new(
        span.start + lead,
        span.start + text.trim_end_matches(blank).len(),
    )
}

/// A paragraph's or item's line: its marker, text and spans.
pub(super) struct Line {
    /// Width of the indent before the marker.
    pub(super) indent: usize,
    pub(super) marker: Option<String>,
    pub(super) style: Option<MarkerStyle>,
    pub(super) text: String,
    pub(super) text_span: Span,
    /// The whole line, trimmed.
    pub(super) span: Span,
}

impl Line {
    /// An unmarked line.
    pub(super) fn plain(text: String, text_span: Span, span: Span) -> Line {
        Line {
            indent: 0,
            marker: None,
            style: None,
            text,
            text_span,
            span,
        }
    }

    /// A numbered, bullet or dash line, read off its one token (see `tail`
    /// in the grammar).
    pub(super) fn marked(line: &Pair<'_, Rule>) -> Line {
        let whole = line.as_str();
        let start = line.as_span().start();
        let after_indent = whole.trim_start_matches([' ', '\t']);
        let indent = whole.len() - after_indent.len();
        let marker_len = match line.as_rule() {
            // `12.`, `a)`, `iv.`: up to the first `.` or `)`.
            Rule::numbered_line => after_indent.find(['.', ')']).map_or(0, |at| at + 1),
            // A bullet or a dash: one character.
            _ => after_indent.chars().next().map_or(0, char::len_utf8),
        };
        let marker = &after_indent[..marker_len];
        let style = match line.as_rule() {
            Rule::numbered_line if marker.starts_with(|c: char| c.is_ascii_digit()) => {
                MarkerStyle::Numbered
            }
            Rule::numbered_line => MarkerStyle::Lettered,
            Rule::bullet_line => MarkerStyle::Bullet,
            _ => MarkerStyle::Dash,
        };
        let rest_at = indent + marker_len;
        let (text, mut text_span) = trimmed_at(&whole[rest_at..], start + rest_at);
        if text.is_empty() {
            text_span = Span::new(start + whole.len(), start + whole.len());
        }
        Line {
            indent,
            marker: (!marker.is_empty()).then(|| marker.to_owned()),
            style: Some(style),
            text,
            text_span,
            span: line_span(line),
        }
    }
}

/// An unmarked line that reads as a heading: short, capitalised, without
/// closing punctuation.
pub(super) fn looks_like_heading(text: &str) -> bool {
    if text.len() > 320 {
        return false;
    }
    let words = text.split_whitespace().count();
    (1..=12).contains(&words)
        && text.chars().count() <= 80
        && text.starts_with(|c: char| c.is_uppercase())
        && !text.ends_with(['.', ',', ';', ':', '?', '!', ')', ']', '"', '”', '’', '\''])
}

/// `Back to t`: the link, cut by a truncated download.
pub(super) fn cut_back_to_top(text: &str) -> bool {
    text.len() >= 4 && BACK_TO_TOP.starts_with(text)
}

/// Whether `text` is the start of the signature, cut short.
pub(super) fn is_signature_prefix(text: &str) -> bool {
    let normal: String = text.chars().map(fold_apostrophe).collect();
    SIGNATURE.starts_with(&normal)
}
