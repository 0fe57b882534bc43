//! Paragraphs and their list items.

use super::Citation;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A paragraph: one numbered, dashed or plain line, its list items, and any
/// lines that close it (a citation standing alone after a bullet list).
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let p = &d.sections[1].paragraphs[0];
/// assert_eq!(p.number, 2);
/// assert_eq!(p.marker.as_deref(), Some("-"));
/// assert!(p.text.starts_with("We investigate complaints"));
/// assert_eq!(p.items.len(), 2);
/// assert!(p.trailing[0].text.starts_with("(Local Government Act 1974"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paragraph {
    /// Ordinal in the whole statement, from 1. Printed numbers restart in
    /// each section of a web copy, so they are kept apart in `marker`.
    pub number: u32,
    /// The marker as printed: `1.`, `-`, `•`; `None` for unmarked lines.
    pub marker: Option<String>,
    /// The kind of marker, as the grammar read it; `None` for unmarked
    /// lines.
    #[serde(default)]
    pub marker_style: Option<MarkerStyle>,
    /// The paragraph's own text, without marker or trailing spaces.
    pub text: String,
    /// List items under the paragraph, nested as printed.
    pub items: Vec<Item>,
    /// Lines after the items that still belong to the paragraph.
    pub trailing: Vec<TextLine>,
    /// Citations of law in the paragraph's own text and its trailing lines
    /// (those in items are on the items).
    #[serde(default)]
    pub citations: Vec<Citation>,
    /// The text alone.
    pub text_span: Span,
    /// From the marker to the end of the last item or trailing line.
    pub span: Span,
}

impl Paragraph {
    /// A paragraph with this text and nothing else, for building trees by
    /// hand (numbers and spans are zero until the tree is rendered and
    /// parsed).
    ///
    /// ```
    /// let mut p = lgsco::Paragraph::new("The Council has agreed to:");
    /// p.items.push(lgsco::Item::new("apologise to Mrs B."));
    /// assert_eq!(p.full_text(), "The Council has agreed to:\napologise to Mrs B.");
    /// ```
    pub fn new(text: &str) -> Self {
        Paragraph {
            number: 0,
            marker: None,
            marker_style: None,
            text: text.to_owned(),
            items: Vec::new(),
            trailing: Vec::new(),
            citations: Vec::new(),
            text_span: Span::default(),
            span: Span::default(),
        }
    }

    /// All the text of the paragraph: its own text, then each item (depth
    /// first), then trailing lines, joined by newlines.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    /// let all = d.sections[1].paragraphs[0].full_text();
    /// assert!(all.contains("evidence of fault is too thin"));
    /// ```
    pub fn full_text(&self) -> String {
        let mut out = String::with_capacity(self.span.len());
        for (i, t) in self.texts().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(t.text);
        }
        out
    }
}

/// A list item: a bullet (`•`), a sub-number (`1.`), or a dashed line that
/// continues a list.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let item = &d.sections[1].paragraphs[0].items[0];
/// assert!(item.text.starts_with("the evidence of fault"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Item {
    /// The marker as printed.
    pub marker: Option<String>,
    /// The kind of marker, as the grammar read it.
    #[serde(default)]
    pub marker_style: Option<MarkerStyle>,
    /// The item's text.
    pub text: String,
    /// Items nested under this one.
    pub items: Vec<Item>,
    /// Citations of law in the item's text.
    #[serde(default)]
    pub citations: Vec<Citation>,
    /// The text alone.
    pub text_span: Span,
    /// From the marker to the end of the last nested item.
    pub span: Span,
}

impl Item {
    /// An item with this text and no nested items.
    ///
    /// ```
    /// let item = lgsco::Item::new("pay Mr T £300;");
    /// assert!(item.items.is_empty());
    /// ```
    pub fn new(text: &str) -> Self {
        Item {
            marker: None,
            marker_style: None,
            text: text.to_owned(),
            items: Vec::new(),
            citations: Vec::new(),
            text_span: Span::default(),
            span: Span::default(),
        }
    }
}

/// A line of text with its span.
///
/// ```
/// let line = lgsco::TextLine { text: "(Care Act 2014, section 9)".into(), span: lgsco::Span::new(0, 26) };
/// assert_eq!(line.text.len(), line.span.len());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextLine {
    /// The text, without leading or trailing spaces.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// The kind of a paragraph's or item's marker: what tells the renderings
/// apart (the web copy numbers its paragraphs, the dashed copy dashes them).
///
/// ```
/// let d = lgsco::parse("Summary: s.\nThe complaint\n  1. Mr X complains.\n  • about this\n")?;
/// let p = &d.sections[0].paragraphs[0];
/// assert_eq!(p.marker_style, Some(lgsco::MarkerStyle::Numbered));
/// assert_eq!(p.items[0].marker_style, Some(lgsco::MarkerStyle::Bullet));
/// assert_eq!(lgsco::MarkerStyle::Dash.to_string(), "dash");
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkerStyle {
    /// `1.`, `12)`: a number.
    Numbered,
    /// `a)`, `iv.`: a letter or a Roman numeral.
    Lettered,
    /// `•`, `◦`, `▪`, `·`, `‣`, `*`.
    Bullet,
    /// `-` or `–`: the dashed rendering.
    Dash,
}

impl MarkerStyle {
    /// The style's name, as in JSON.
    ///
    /// ```
    /// assert_eq!(lgsco::MarkerStyle::Numbered.as_str(), "numbered");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            MarkerStyle::Numbered => "numbered",
            MarkerStyle::Lettered => "lettered",
            MarkerStyle::Bullet => "bullet",
            MarkerStyle::Dash => "dash",
        }
    }
}

impl fmt::Display for MarkerStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
