//! Turns the grammar's classified lines into the tree.
//!
//! The grammar says what each line is; this module decides how lines group:
//! which section a heading opens, which paragraph a bullet or a citation line
//! belongs to, and where the flattened lists of the dashed rendering are.
//! Nesting is tracked with an explicit stack, so no input can make it
//! recurse.

use super::grammar::{DecisionParser, Rule};
use crate::{
    Decision, Error, ErrorKind, Item, Options, Paragraph, Section, SectionKind, Signature,
    SkipReason, Skipped, Span, SubHeading, Summary, TextLine,
};
use pest::iterators::Pair;
use pest::Parser;

/// Characters trimmed from the ends of every text: a function rather than a
/// `&[char]` pattern, which searches generically, as trimming runs on every
/// line.
fn blank(c: char) -> bool {
    // A byte order mark away from the start of the input is a stray
    // invisible character, as a scrape of a joined file leaves it.
    matches!(c, ' ' | '\t' | '\u{a0}' | '\r' | '\u{feff}')
}

pub(crate) fn parse(src: &str, options: &Options) -> Result<Decision, Error> {
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
    let depth = options
        .max_item_depth
        .clamp(1, crate::Options::MAX_ITEM_DEPTH);
    let mut b = Builder::new(src, depth);
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

/// A pair's text and span, trimmed of blanks at both ends.
fn trimmed(pair: &Pair<'_, Rule>) -> (String, Span) {
    trimmed_at(pair.as_str(), pair.as_span().start())
}

/// `text`, which starts at byte `start` of the input, and its span, trimmed
/// of blanks at both ends.
fn trimmed_at(text: &str, start: usize) -> (String, Span) {
    let lead = text.len() - text.trim_start_matches(blank).len();
    let t = text.trim_matches(blank);
    (
        t.to_owned(),
        Span::new(start + lead, start + lead + t.len()),
    )
}

fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    Span::new(s.start(), s.end())
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
    /// page furniture or `Back to top` at the end.
    content_end: usize,
    /// Whether the input prints bullets: then its lists are not flattened,
    /// and every `- ` line is a paragraph.
    has_bullets: bool,
    /// How deep items may nest.
    max_item_depth: usize,
}

impl<'s> Builder<'s> {
    fn new(src: &'s str, max_item_depth: usize) -> Self {
        Builder {
            src,
            d: Decision::default(),
            next_number: 1,
            open: false,
            item_indents: Vec::new(),
            dash_list: false,
            content_end: src.trim_end_matches(trailing).len(),
            has_bullets: src.contains('•'),
            max_item_depth,
        }
    }

    /// A pair's text and span, trimmed of blanks at both ends.
    /// A line's span without its leading and trailing blanks.
    fn line_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = span_of(pair);
        let text = pair.as_str();
        let lead = text.len() - text.trim_start_matches(blank).len();
        Span::new(
            span.start + lead,
            span.start + text.trim_end_matches(blank).len(),
        )
    }

    fn skip(&mut self, span: Span, reason: SkipReason) {
        if !span.is_empty() {
            self.d.skipped.push(Skipped { span, reason });
        }
    }

    // ------------------------------------------------------------ front

    fn front(&mut self, front: Pair<'_, Rule>) {
        let lines: Vec<_> = front.into_inner().collect();
        let mirror = lines.iter().any(|l| l.as_rule() == Rule::banner_line);
        for line in lines {
            let reason = match line.as_rule() {
                Rule::furniture_line => SkipReason::PageFurniture,
                Rule::banner_line => SkipReason::MirrorBanner,
                Rule::other_line if mirror => SkipReason::MirrorBanner,
                Rule::other_line => SkipReason::BeforeStatement,
                _ => continue,
            };
            let span = self.line_span(&line);
            self.skip(span, reason);
        }
    }

    // ------------------------------------------------------------ head

    fn head(&mut self, head: Pair<'_, Rule>) {
        for line in head.into_inner() {
            let span = self.line_span(&line);
            match line.as_rule() {
                Rule::title_line => self.title(line, span),
                Rule::category_line => self.category(line, span),
                Rule::date_line => self.date(line, span),
                Rule::outcome_line => self.outcome(line, span),
                Rule::final_label => match self.d.final_decision_label {
                    None => self.d.final_decision_label = Some(span),
                    Some(_) => self.skip(span, SkipReason::DuplicateHeader),
                },
                Rule::contents_label | Rule::contents_entry => {
                    self.skip(span, SkipReason::ContentsList)
                }
                Rule::furniture_line => self.skip(span, SkipReason::PageFurniture),
                Rule::back_to_top => self.skip(span, SkipReason::BackToTop),
                _ => {}
            }
        }
    }

    fn title(&mut self, line: Pair<'_, Rule>, span: Span) {
        if self.d.header.spans.title.is_some() {
            return self.skip(span, SkipReason::DuplicateHeader);
        }
        let h = &mut self.d.header;
        h.spans.title = Some(span);
        for part in line.into_inner() {
            let part_span = span_of(&part);
            match part.as_rule() {
                Rule::organisation => {
                    let (text, span) = trimmed(&part);
                    if !text.is_empty() {
                        h.organisation = Some(text);
                        h.spans.organisation = Some(span);
                    }
                }
                Rule::reference => {
                    h.reference = Some(crate::Reference::printed(part.as_str()));
                    h.spans.reference = Some(part_span);
                }
                _ => {}
            }
        }
    }

    fn category(&mut self, line: Pair<'_, Rule>, span: Span) {
        if self.d.header.spans.category.is_some() {
            return self.skip(span, SkipReason::DuplicateHeader);
        }
        let mut area = String::new();
        let mut sub = None;
        let spans = &mut self.d.header.spans;
        for part in line.into_inner() {
            let (text, span) = trimmed(&part);
            match part.as_rule() {
                Rule::area => {
                    area = text;
                    spans.area = Some(span);
                }
                Rule::subcategory if !text.is_empty() => {
                    sub = Some(text);
                    spans.subcategory = Some(span);
                }
                _ => {}
            }
        }
        self.d.header.category = Some(crate::Category {
            area,
            subcategory: sub,
        });
        self.d.header.spans.category = Some(span);
    }

    fn date(&mut self, line: Pair<'_, Rule>, span: Span) {
        if self.d.header.spans.date.is_some() {
            return self.skip(span, SkipReason::DuplicateHeader);
        }
        let value = line.into_inner().find(|p| p.as_rule() == Rule::date_text);
        if let Some((text, value_span)) = value.map(|v| trimmed(&v)).filter(|(t, _)| !t.is_empty())
        {
            self.d.header.date = crate::tree::parse_date(&text);
            self.d.header.date_text = Some(text);
            self.d.header.spans.date_value = Some(value_span);
        }
        self.d.header.spans.date = Some(span);
    }

    fn outcome(&mut self, line: Pair<'_, Rule>, span: Span) {
        if self.d.header.spans.outcome.is_some() {
            return self.skip(span, SkipReason::DuplicateHeader);
        }
        let value = line.into_inner().find(|p| p.as_rule() == Rule::outcome);
        if let Some((text, value_span)) = value.map(|v| trimmed(&v)).filter(|(t, _)| !t.is_empty())
        {
            self.d.header.outcome = Some(crate::Outcome::from(text.as_str()));
            self.d.header.spans.outcome_value = Some(value_span);
        }
        self.d.header.spans.outcome = Some(span);
    }

    // ------------------------------------------------------------ body

    fn body(&mut self, body: Pair<'_, Rule>) {
        self.content_end = self.content_end_of(&body);
        for line in body.into_inner() {
            match line.as_rule() {
                Rule::summary => self.summary(line),
                Rule::numbered_line => self.numbered(line),
                Rule::bullet_line => self.bullet(line),
                Rule::dash_line => self.dash(line),
                Rule::back_to_top => {
                    let span = self.line_span(&line);
                    self.skip(span, SkipReason::BackToTop);
                    self.close();
                }
                Rule::furniture_line => {
                    let span = self.line_span(&line);
                    self.skip(span, SkipReason::PageFurniture);
                }
                Rule::heading_line => self.heading_line(line),
                Rule::citation_line => self.citation(line),
                Rule::plain_line => self.plain(line),
                Rule::back => self.back(line),
                _ => {}
            }
        }
    }

    /// Where the statement's own text ends, as the canonical rendering will
    /// print it: page furniture and `Back to top` are skipped, and a late
    /// `Summary:` line is moved to the top, so the line before them is the
    /// last, here and in the rendering. (A first plain line before any
    /// section is the unlabelled summary, as `plain` decides.)
    fn content_end_of(&self, body: &Pair<'_, Rule>) -> usize {
        let mut summary = false;
        let mut sections = false;
        let mut end = None;
        for line in body.clone().into_inner() {
            match line.as_rule() {
                Rule::furniture_line | Rule::back_to_top | Rule::EOI => continue,
                // A `Back to top` cut short, skipped when it is the last line.
                Rule::plain_line if cut_back_to_top(line.as_str().trim_matches(blank)) => continue,
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
            end = Some(line.as_span().end());
        }
        end.map_or(self.content_end, |end| {
            self.src[..end].trim_end_matches(trailing).len()
        })
    }

    fn summary(&mut self, summary: Pair<'_, Rule>) {
        let mut label = None;
        for part in summary.into_inner().flatten() {
            match part.as_rule() {
                Rule::summary_line | Rule::summary_label => {
                    label.get_or_insert(self.line_span(&part).start);
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

    /// Parts of a marked line: indent width, marker, text and its span, read
    /// off the line (one token: see `tail` in the grammar).
    fn marked(&self, line: &Pair<'_, Rule>) -> (usize, Option<String>, String, Span) {
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
        let rest_at = indent + marker_len;
        let (text, mut span) = trimmed_at(&whole[rest_at..], start + rest_at);
        if text.is_empty() {
            span = Span::new(start + whole.len(), start + whole.len());
        }
        let marker = (!marker.is_empty()).then(|| marker.to_owned());
        (indent, marker, text, span)
    }

    fn numbered(&mut self, line: Pair<'_, Rule>) {
        let span = self.line_span(&line);
        let (indent, marker, text, text_span) = self.marked(&line);
        let lettered = marker
            .as_deref()
            .is_some_and(|m| m.starts_with(|c: char| c.is_ascii_lowercase()));
        if self.open && (indent >= 4 || lettered) {
            self.item(indent, marker, text, text_span, span);
        } else {
            self.paragraph(marker, text, text_span, span);
        }
    }

    fn bullet(&mut self, line: Pair<'_, Rule>) {
        let span = self.line_span(&line);
        let (indent, marker, text, text_span) = self.marked(&line);
        if self.open {
            self.item(indent, marker, text, text_span, span);
        } else {
            self.paragraph(marker, text, text_span, span);
        }
    }

    /// A `- ` line: a paragraph, or an item of a list the dashed rendering
    /// flattened (after a paragraph ending with `:`).
    fn dash(&mut self, line: Pair<'_, Rule>) {
        let span = self.line_span(&line);
        let (indent, marker, text, text_span) = self.marked(&line);
        if self.continues_dash_list(&text) {
            self.item(indent, marker, text, text_span, span);
            self.dash_list = true;
        } else {
            self.paragraph(marker, text, text_span, span);
        }
    }

    /// Whether a `- ` line continues a list the dashed rendering flattened:
    /// it starts in lower case, right after a dashed paragraph ending with
    /// `:` or after another such item. Paragraphs start with a capital, so
    /// this never swallows one; capitalised list items stay paragraphs.
    fn continues_dash_list(&self, text: &str) -> bool {
        let Some(p) = self.open_paragraph() else {
            return false;
        };
        !self.has_bullets
            && p.marker.as_deref() == Some("-")
            && p.trailing.is_empty()
            && (self.dash_list || p.text.ends_with(':'))
            && text.starts_with(|c: char| c.is_lowercase())
    }

    fn heading_line(&mut self, line: Pair<'_, Rule>) {
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
            self.paragraph(None, text, text_span, text_span);
        }
    }

    /// A heading opens a section, unless it is a nestable heading inside a
    /// section that holds sub-headings (`Background` under `What I found`).
    fn heading(&mut self, text: String, kind: SectionKind, span: Span) {
        self.close();
        let nests = kind.can_nest()
            && self.d.sections.last().is_some_and(|s| {
                s.kind.holds_subheadings()
                    || (kind == SectionKind::Other && s.kind != SectionKind::Untitled)
            });
        if nests {
            if let Some(section) = self.d.sections.last_mut() {
                section.subheadings.push(SubHeading {
                    text,
                    kind,
                    before_paragraph: section.paragraphs.len(),
                    span,
                });
                section.span = section.span.join(span);
            }
            return;
        }
        self.d.sections.push(Section {
            heading: Some(text),
            kind,
            paragraphs: Vec::new(),
            subheadings: Vec::new(),
            heading_span: Some(span),
            span,
        });
    }

    fn citation(&mut self, line: Pair<'_, Rule>) {
        let (text, span) = trimmed(&line);
        if self.open {
            if let Some(p) = self.open_paragraph_mut() {
                p.trailing.push(TextLine { text, span });
                p.span = p.span.join(span);
            }
            self.extend_section(span);
        } else {
            self.paragraph(None, text, span, span);
        }
    }

    fn plain(&mut self, line: Pair<'_, Rule>) {
        let (text, span) = trimmed(&line);
        if text.is_empty() {
            return;
        }
        let last = span.end >= self.content_end;
        if let Some(rest) = text
            .strip_prefix("Summary:")
            .filter(|_| self.d.summary.is_none())
        {
            let rest_trimmed = rest.trim_start_matches(blank);
            let start = span.end - rest_trimmed.len();
            self.d.summary = Some(Summary {
                text: rest_trimmed.to_owned(),
                labelled: true,
                text_span: Span::new(start, span.end),
                span,
                citations: Vec::new(),
            });
            return;
        }
        if self.d.summary.is_none() && self.d.sections.is_empty() {
            self.d.summary = Some(Summary {
                text,
                labelled: false,
                text_span: span,
                span,
                citations: Vec::new(),
            });
            return;
        }
        // Only heading-like lines, or a cut last line, need the lookup.
        let heading_like = looks_like_heading(&text);
        let kind = if heading_like || (last && text.len() <= 160) {
            SectionKind::from_heading(&text)
        } else {
            SectionKind::Other
        };
        if last {
            if kind != SectionKind::Other && heading_like {
                return self.heading(text, kind, span);
            }
            if let Some(kind) = (text.chars().count() >= 6)
                .then(|| SectionKind::from_truncated(&text))
                .flatten()
            {
                return self.heading(text, kind, span);
            }
            if cut_back_to_top(&text) {
                return self.skip(span, SkipReason::BackToTop);
            }
            if text.len() >= 12 && is_signature_prefix(&text) {
                self.d.signature = Some(Signature { text, span });
                return;
            }
        } else if heading_like {
            return self.heading(text, kind, span);
        }
        self.paragraph(None, text, span, span);
    }

    // ------------------------------------------------------------ tree

    fn open_paragraph(&self) -> Option<&Paragraph> {
        self.open
            .then(|| self.d.sections.last()?.paragraphs.last())
            .flatten()
    }

    fn open_paragraph_mut(&mut self) -> Option<&mut Paragraph> {
        if !self.open {
            return None;
        }
        self.d.sections.last_mut()?.paragraphs.last_mut()
    }

    fn close(&mut self) {
        self.open = false;
        self.dash_list = false;
        self.item_indents.clear();
    }

    fn extend_section(&mut self, span: Span) {
        if let Some(s) = self.d.sections.last_mut() {
            s.span = s.span.join(span);
        }
    }

    fn paragraph(&mut self, marker: Option<String>, text: String, text_span: Span, span: Span) {
        self.close();
        if self.d.sections.is_empty() {
            self.d.sections.push(Section::new(None, span));
        }
        let number = self.next_number;
        self.next_number += 1;
        if let Some(section) = self.d.sections.last_mut() {
            section.paragraphs.push(Paragraph {
                number,
                marker,
                text,
                items: Vec::new(),
                trailing: Vec::new(),
                citations: Vec::new(),
                text_span,
                span,
            });
            section.span = section.span.join(span);
        }
        self.open = true;
    }

    fn item(
        &mut self,
        indent: usize,
        marker: Option<String>,
        text: String,
        text_span: Span,
        span: Span,
    ) {
        while self.item_indents.last().is_some_and(|&top| indent <= top) {
            self.item_indents.pop();
        }
        if self.item_indents.len() >= self.max_item_depth {
            self.item_indents.pop();
        }
        let depth = self.item_indents.len();
        let Some(p) = self.open_paragraph_mut() else {
            return;
        };
        p.span = p.span.join(span);
        let mut list = &mut p.items;
        for _ in 0..depth {
            if list.is_empty() {
                break;
            }
            let last = list.len() - 1;
            list[last].span = list[last].span.join(span);
            list = &mut list[last].items;
        }
        list.push(Item {
            marker,
            text,
            items: Vec::new(),
            citations: Vec::new(),
            text_span,
            span,
        });
        self.item_indents.push(indent);
        self.extend_section(span);
    }

    // ------------------------------------------------------------ back

    fn back(&mut self, back: Pair<'_, Rule>) {
        for line in back.into_inner() {
            let span = self.line_span(&line);
            match line.as_rule() {
                Rule::signature_line | Rule::report_closing if self.d.signature.is_none() => {
                    let text = self.src[span.start..span.end].to_owned();
                    self.d.signature = Some(Signature { text, span });
                }
                Rule::signature_line => self.skip(span, SkipReason::RepeatedSignature),
                Rule::furniture_line => self.skip(span, SkipReason::PageFurniture),
                Rule::other_line | Rule::report_closing => {
                    self.skip(span, SkipReason::AfterStatement)
                }
                _ => {}
            }
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
        self.d.skipped = merged;
        crate::citation::attach(&mut self.d);
        self.d
    }
}

/// An unmarked line that reads as a heading: short, capitalised, without
/// closing punctuation.
fn looks_like_heading(text: &str) -> bool {
    if text.len() > 320 {
        return false;
    }
    let words = text.split_whitespace().count();
    (1..=12).contains(&words)
        && text.chars().count() <= 80
        && text.starts_with(|c: char| c.is_uppercase())
        && !text.ends_with(['.', ',', ';', ':', '?', '!', ')', ']', '"', '”', '’', '\''])
}

/// What may follow the statement's last character: line feeds and the
/// blanks texts are trimmed of. Other white space (a form feed, an em
/// space) is text, so a line of it is a paragraph, not the end.
fn trailing(c: char) -> bool {
    c == '\n' || blank(c)
}

/// `Back to t`: the link, cut by a truncated download.
fn cut_back_to_top(text: &str) -> bool {
    text.len() >= 4 && "Back to top".starts_with(text)
}

fn is_signature_prefix(text: &str) -> bool {
    let normal: String = text
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    "Investigator's decision on behalf of the Ombudsman".starts_with(&normal)
}
