//! Growing the tree: opening sections and paragraphs, nesting items.

use super::lines::Line;
use super::Builder;
use crate::{Item, Paragraph, Section, SectionKind, Span, SubHeading};

impl Builder<'_> {
    /// A heading opens a section, unless it is a nestable heading inside a
    /// section that holds sub-headings (`Background` under `What I found`).
    pub(super) fn heading(&mut self, text: String, kind: SectionKind, span: Span) {
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
        self.seal_section();
        self.d.sections.push(Section {
            heading: Some(text),
            kind,
            paragraphs: Vec::new(),
            subheadings: Vec::new(),
            heading_span: Some(span),
            span,
        });
    }

    pub(super) fn open_paragraph(&self) -> Option<&Paragraph> {
        self.open
            .then(|| self.d.sections.last()?.paragraphs.last())
            .flatten()
    }

    pub(super) fn open_paragraph_mut(&mut self) -> Option<&mut Paragraph> {
        if !self.open {
            return None;
        }
        self.d.sections.last_mut()?.paragraphs.last_mut()
    }

    /// Gives the last section's lists their final size. A `Vec` grown by
    /// pushes keeps room for at least four; on a short statement that spare
    /// room was a third of the tree, and it is held while pest's token queue
    /// is still alive, when memory use peaks.
    pub(super) fn seal_section(&mut self) {
        if let Some(s) = self.d.sections.last_mut() {
            s.paragraphs.shrink_to_fit();
            s.subheadings.shrink_to_fit();
            for p in &mut s.paragraphs {
                p.trailing.shrink_to_fit();
                seal_items(&mut p.items);
            }
        }
    }

    pub(super) fn close(&mut self) {
        self.open = false;
        self.dash_list = false;
        self.item_indents.clear();
    }

    pub(super) fn extend_section(&mut self, span: Span) {
        if let Some(s) = self.d.sections.last_mut() {
            s.span = s.span.join(span);
        }
    }

    pub(super) fn paragraph(&mut self, line: Line) {
        self.close();
        let span = line.span;
        if self.d.sections.is_empty() {
            self.d.sections.push(Section::new(None, span));
        }
        let number = self.next_number;
        self.next_number += 1;
        if let Some(section) = self.d.sections.last_mut() {
            section.paragraphs.push(Paragraph {
                number,
                marker: line.marker,
                marker_style: line.style,
                text: line.text,
                items: Vec::new(),
                trailing: Vec::new(),
                citations: Vec::new(),
                text_span: line.text_span,
                span,
            });
            section.span = section.span.join(span);
        }
        self.open = true;
    }

    /// An item of the open paragraph, nested by its indent.
    pub(super) fn item(&mut self, line: Line) {
        let (indent, span) = (line.indent, line.span);
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
            marker: line.marker,
            marker_style: line.style,
            text: line.text,
            items: Vec::new(),
            citations: Vec::new(),
            text_span: line.text_span,
            span,
        });
        self.item_indents.push(indent);
        self.extend_section(span);
    }
}

/// Items nest at most `max_item_depth` deep (at most 32), so this recursion
/// is bounded.
fn seal_items(items: &mut Vec<Item>) {
    items.shrink_to_fit();
    for item in items {
        seal_items(&mut item.items);
    }
}
