//! The summary, headings, paragraphs, items, citation lines and
//! `Back to top` links.

use super::lines::{
    blank, cut_back_to_top, is_signature_prefix, line_span, looks_like_heading, span_of, trailing,
    trimmed, Line,
};
use super::Builder;
use crate::parse::grammar::Rule;
use crate::{
    MarkerStyle, SectionKind, Signature, SignatureKind, SkipReason, Span, Summary, TextLine,
};
use pest::iterators::Pair;

impl Builder<'_> {
    pub(super) fn body(&mut self, body: Pair<'_, Rule>) {
        self.content_end = self.content_end_of(&body);
        for line in body.into_inner() {
            match line.as_rule() {
                Rule::summary => self.summary(line),
                Rule::numbered_line => self.numbered(line),
                Rule::bullet_line => self.bullet(line),
                Rule::dash_line => self.dash(line),
                Rule::back_to_top => {
                    let span = line_span(&line);
                    self.skip(span, SkipReason::BackToTop);
                    self.close();
                }
                Rule::furniture_line => {
                    let span = line_span(&line);
                    self.skip(span, SkipReason::PageFurniture);
                }
                Rule::heading_line => self.heading_line(line),
                Rule::citation_line => self.citation(line),
                Rule::plain_line => self.plain(line),
                Rule::back => self.back(line),
                Rule::next_statement => self.next_statement(&line),
                _ => {}
            }
        }
    }

    /// Where the statement's own text ends, as the canonical rendering will
    /// print it: page furniture and `Back to top` are skipped, and so are
    /// the cut `Back to top` lines that end the text (`plain` sets them
    /// aside), and a late `Summary:` line is moved to the top, so the line
    /// before them is the last, here and in the rendering. (A first plain
    /// line before any section is the unlabelled summary, as `plain`
    /// decides.)
    pub(super) fn content_end_of(&self, body: &Pair<'_, Rule>) -> usize {
        let mut summary = false;
        let mut sections = false;
        let mut counted = false;
        let mut end = None;
        for line in body.clone().into_inner() {
            match line.as_rule() {
                Rule::furniture_line | Rule::back_to_top | Rule::EOI => continue,
                Rule::next_statement => continue,
                Rule::summary => summary = true,
                Rule::plain_line if !summary => {
                    let labelled = line
                        .as_str()
                        .trim_start_matches(blank)
                        .starts_with("Summary:");
                    if labelled && sections {
                        summary = true;
                        continue;
                    }
                    // Before any section, the first plain line is the summary.
                    summary = labelled || !sections;
                    sections |= !summary;
                }
                _ => sections = true,
            }
            counted = true;
            let cut = line.as_rule() == Rule::plain_line
                && cut_back_to_top(line.as_str().trim_matches(blank));
            if !cut {
                end = Some(line.as_span().end());
            }
        }
        match end {
            Some(end) => self.src[..end].trim_end_matches(trailing).len(),
            // Cut `Back to top` lines are all there is: each is in the run.
            None if counted => body.as_span().start(),
            None => self.content_end,
        }
    }

    /// Another statement, set aside whole: [`crate::parse_all`] starts
    /// there.
    pub(super) fn next_statement(&mut self, pair: &Pair<'_, Rule>) {
        let start = pair.as_span().start();
        let text = pair.as_str();
        let lead = text.len() - text.trim_start_matches(trailing).len();
        let end = start + text.trim_end_matches(trailing).len();
        self.skip(Span::new(start + lead, end), SkipReason::NextStatement);
    }

    pub(super) fn summary(&mut self, summary: Pair<'_, Rule>) {
        let mut label = None;
        for part in summary.into_inner().flatten() {
            match part.as_rule() {
                Rule::summary_line | Rule::summary_label => {
                    label.get_or_insert(line_span(&part).start);
                }
                Rule::summary_text => {
                    let (text, text_span) = trimmed(&part);
                    self.d.summary = Some(Summary {
                        text,
                        labelled: label.is_some(),
                        text_span,
                        span: Span::new(label.unwrap_or(text_span.start), text_span.end),
                        citations: Vec::new(),
                    });
                }
                _ => {}
            }
        }
    }

    pub(super) fn numbered(&mut self, line: Pair<'_, Rule>) {
        let line = Line::marked(&line);
        if self.open && (line.indent >= 4 || line.style == Some(MarkerStyle::Lettered)) {
            self.item(line);
        } else {
            self.paragraph(line);
        }
    }

    pub(super) fn bullet(&mut self, line: Pair<'_, Rule>) {
        let line = Line::marked(&line);
        if self.open {
            self.item(line);
        } else {
            self.paragraph(line);
        }
    }

    /// A `- ` line: a paragraph, or an item of a list the dashed rendering
    /// flattened (after a paragraph ending with `:`).
    pub(super) fn dash(&mut self, line: Pair<'_, Rule>) {
        let line = Line::marked(&line);
        if self.continues_dash_list(&line.text) {
            self.item(line);
            self.dash_list = true;
        } else {
            self.paragraph(line);
        }
    }

    /// Whether a `- ` line continues a list the dashed rendering flattened:
    /// it starts in lower case, right after a paragraph ending with `:`
    /// (dashed, or unmarked as report summaries print `The Council has
    /// agreed to:`) or after another such item. Paragraphs start with a
    /// capital, so this never swallows one; capitalised list items stay
    /// paragraphs.
    pub(super) fn continues_dash_list(&self, text: &str) -> bool {
        let Some(p) = self.open_paragraph() else {
            return false;
        };
        !self.has_bullets
            && matches!(p.marker.as_deref(), Some("-") | None)
            && p.trailing.is_empty()
            && (self.dash_list || p.text.ends_with(':'))
            && text.starts_with(|c: char| c.is_lowercase())
    }

    pub(super) fn heading_line(&mut self, line: Pair<'_, Rule>) {
        let mut span = None;
        let mut rest = None;
        for part in line.into_inner() {
            match part.as_rule() {
                Rule::known_heading => span = Some(span_of(&part)),
                // The heading as printed keeps its colon: `Final decision:`.
                Rule::heading_colon => span = span.map(|s: Span| s.join(span_of(&part))),
                Rule::text => rest = Some(trimmed(&part)),
                _ => {}
            }
        }
        let Some(span) = span else {
            return;
        };
        let heading = self.src[span.start..span.end].to_owned();
        let kind = SectionKind::from_heading(&heading);
        self.heading(heading, kind, span);
        if let Some((text, text_span)) = rest.filter(|(t, _)| !t.is_empty()) {
            self.paragraph(Line::plain(text, text_span, text_span));
        }
    }

    pub(super) fn citation(&mut self, line: Pair<'_, Rule>) {
        let (text, span) = trimmed(&line);
        if self.open {
            if let Some(p) = self.open_paragraph_mut() {
                p.trailing.push(TextLine { text, span });
                p.span = p.span.join(span);
            }
            self.extend_section(span);
        } else {
            self.paragraph(Line::plain(text, span, span));
        }
    }

    /// An unmarked line: a summary, a heading, a cut last line, or a
    /// paragraph.
    pub(super) fn plain(&mut self, line: Pair<'_, Rule>) {
        let (text, span) = trimmed(&line);
        if text.is_empty() {
            return;
        }
        let last = span.end >= self.content_end;
        // A `Back to top` cut short, in the run of lines that ends the text.
        if last && cut_back_to_top(&text) {
            return self.skip(span, SkipReason::BackToTop);
        }
        let Some(text) = self.plain_summary(text, span) else {
            return;
        };
        // Only heading-like lines, or a cut last line, need the lookup.
        let heading_like = looks_like_heading(&text);
        let kind = if heading_like || (last && text.len() <= 160) {
            SectionKind::from_heading(&text)
        } else {
            SectionKind::Other
        };
        if heading_like && (kind != SectionKind::Other || !last) {
            return self.heading(text, kind, span);
        }
        let text = if last {
            self.cut_last_line(text, span)
        } else {
            Some(text)
        };
        if let Some(text) = text {
            self.paragraph(Line::plain(text, span, span));
        }
    }

    /// A plain line that is the summary: `Summary:` printed as a paragraph,
    /// or the first line before any section. Gives the text back otherwise.
    fn plain_summary(&mut self, text: String, span: Span) -> Option<String> {
        if self.d.summary.is_some() {
            return Some(text);
        }
        if let Some(rest) = text.strip_prefix("Summary:") {
            let rest = rest.trim_start_matches(blank);
            let start = span.end - rest.len();
            self.d.summary = Some(Summary {
                text: rest.to_owned(),
                labelled: true,
                text_span: Span::new(start, span.end),
                span,
                citations: Vec::new(),
            });
            return None;
        }
        if !self.d.sections.is_empty() {
            return Some(text);
        }
        self.d.summary = Some(Summary {
            text,
            labelled: false,
            text_span: span,
            span,
            citations: Vec::new(),
        });
        None
    }

    /// The last line of a statement cut short: the start of a heading or of
    /// the signature. Gives the text back when it is neither.
    fn cut_last_line(&mut self, text: String, span: Span) -> Option<String> {
        if let Some(kind) = (text.chars().count() >= 6)
            .then(|| SectionKind::from_truncated(&text))
            .flatten()
        {
            self.heading(text, kind, span);
        } else if text.len() >= 12 && is_signature_prefix(&text) {
            self.d.signature = Some(Signature {
                text,
                kind: SignatureKind::Signature,
                span,
            });
        } else {
            return Some(text);
        }
        None
    }
}
