//! Moving every span of a tree by a number of bytes: a statement parsed from
//! a slice of a longer input gets spans into the whole input
//! ([`crate::parse_all`]).
//!
//! Each struct is destructured whole, so a new field with a span does not
//! compile until it is moved here too.

use super::{Citation, CitationNote, Instrument, Provision};
use super::{Decision, Header, HeaderSpans, Item, Paragraph, Section, Signature, Summary};
use super::{Skipped, SubHeading, TextLine};
use crate::text::Span;

/// Something holding spans.
pub(crate) trait Shift {
    /// Add `by` to every span.
    fn shift(&mut self, by: usize);
}

impl Shift for Span {
    fn shift(&mut self, by: usize) {
        self.start += by;
        self.end += by;
    }
}

impl<T: Shift> Shift for Option<T> {
    fn shift(&mut self, by: usize) {
        if let Some(t) = self {
            t.shift(by);
        }
    }
}

impl<T: Shift> Shift for Vec<T> {
    fn shift(&mut self, by: usize) {
        for t in self {
            t.shift(by);
        }
    }
}

impl Shift for Decision {
    fn shift(&mut self, by: usize) {
        let Decision {
            header,
            summary,
            sections,
            signature,
            final_decision_label,
            skipped,
            .. // the schema version, private to `decision.rs`, is no span
        } = self;
        header.shift(by);
        summary.shift(by);
        sections.shift(by);
        signature.shift(by);
        final_decision_label.shift(by);
        skipped.shift(by);
    }
}

impl Shift for Header {
    fn shift(&mut self, by: usize) {
        let Header {
            organisation: _,
            reference: _,
            category: _,
            outcome: _,
            date: _,
            date_text: _,
            spans,
            resolved_organisation: _,
        } = self;
        let HeaderSpans {
            title,
            organisation,
            reference,
            category,
            outcome,
            date,
            area,
            subcategory,
            outcome_value,
            date_value,
        } = spans;
        for span in [title, organisation, reference, category, outcome, date] {
            span.shift(by);
        }
        for span in [area, subcategory, outcome_value, date_value] {
            span.shift(by);
        }
    }
}

impl Shift for Summary {
    fn shift(&mut self, by: usize) {
        let Summary {
            text: _,
            labelled: _,
            text_span,
            span,
            citations,
        } = self;
        text_span.shift(by);
        span.shift(by);
        citations.shift(by);
    }
}

impl Shift for Signature {
    fn shift(&mut self, by: usize) {
        let Signature {
            text: _,
            kind: _,
            span,
        } = self;
        span.shift(by);
    }
}

impl Shift for Skipped {
    fn shift(&mut self, by: usize) {
        let Skipped { span, reason: _ } = self;
        span.shift(by);
    }
}

impl Shift for Section {
    fn shift(&mut self, by: usize) {
        let Section {
            heading: _,
            kind: _,
            paragraphs,
            subheadings,
            heading_span,
            span,
        } = self;
        paragraphs.shift(by);
        subheadings.shift(by);
        heading_span.shift(by);
        span.shift(by);
    }
}

impl Shift for SubHeading {
    fn shift(&mut self, by: usize) {
        let SubHeading {
            text: _,
            kind: _,
            before_paragraph: _,
            span,
        } = self;
        span.shift(by);
    }
}

impl Shift for Paragraph {
    fn shift(&mut self, by: usize) {
        let Paragraph {
            number: _,
            marker: _,
            marker_style: _,
            text: _,
            items,
            trailing,
            citations,
            text_span,
            span,
        } = self;
        items.shift(by);
        trailing.shift(by);
        citations.shift(by);
        text_span.shift(by);
        span.shift(by);
    }
}

// Recursion is bounded: items nest at most `MAX_DEPTH` deep.
impl Shift for Item {
    fn shift(&mut self, by: usize) {
        let Item {
            marker: _,
            marker_style: _,
            text: _,
            items,
            citations,
            text_span,
            span,
        } = self;
        items.shift(by);
        citations.shift(by);
        text_span.shift(by);
        span.shift(by);
    }
}

impl Shift for TextLine {
    fn shift(&mut self, by: usize) {
        let TextLine { text: _, span } = self;
        span.shift(by);
    }
}

impl Shift for Citation {
    fn shift(&mut self, by: usize) {
        let Citation {
            span,
            text: _,
            form: _,
            instrument,
            resolved_from,
            provisions,
            as_amended: _,
            notes,
        } = self;
        span.shift(by);
        instrument.shift(by);
        resolved_from.shift(by);
        provisions.shift(by);
        notes.shift(by);
    }
}

impl Shift for Instrument {
    fn shift(&mut self, by: usize) {
        let Instrument {
            title: _,
            year: _,
            kind: _,
            id: _,
            span,
        } = self;
        span.shift(by);
    }
}

impl Shift for Provision {
    fn shift(&mut self, by: usize) {
        let Provision {
            kind: _,
            number: _,
            schedule: _,
            path: _,
            text: _,
            span,
            canonical: _,
            full_canonical: _,
            uri: _,
        } = self;
        span.shift(by);
    }
}

impl Shift for CitationNote {
    fn shift(&mut self, by: usize) {
        let CitationNote { kind: _, span } = self;
        span.shift(by);
    }
}
