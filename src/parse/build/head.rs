//! The title, header fields, contents list and final-decision label.

use super::lines::{line_span, span_of, trimmed};
use super::Builder;
use crate::parse::grammar::Rule;
use crate::{SkipReason, Span};
use pest::iterators::Pair;

impl Builder<'_> {
    pub(super) fn head(&mut self, head: Pair<'_, Rule>) {
        for line in head.into_inner() {
            let span = line_span(&line);
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

    pub(super) fn title(&mut self, line: Pair<'_, Rule>, span: Span) {
        if self.d.header.spans.title.is_some() {
            let printed = line.into_inner().find(|p| p.as_rule() == Rule::reference);
            let differs = printed.is_some_and(|r| {
                let new = crate::Reference::printed(r.as_str());
                self.d.header.reference.as_ref().map(key) != Some(key(&new))
            });
            return self.repeated(span, differs);
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

    pub(super) fn category(&mut self, line: Pair<'_, Rule>, span: Span) {
        let (mut area, mut sub) = ((String::new(), None), None);
        for part in line.into_inner() {
            let (text, span) = trimmed(&part);
            match part.as_rule() {
                Rule::area => area = (text, Some(span)),
                Rule::subcategory if !text.is_empty() => sub = Some((text, span)),
                _ => {}
            }
        }
        let category = crate::Category {
            area: area.0,
            subcategory: sub.as_ref().map(|(text, _)| text.clone()),
        };
        if self.d.header.spans.category.is_some() {
            let differs = self.d.header.category.as_ref() != Some(&category);
            return self.repeated(span, differs);
        }
        let spans = &mut self.d.header.spans;
        spans.area = area.1;
        spans.subcategory = sub.map(|(_, span)| span);
        spans.category = Some(span);
        self.d.header.category = Some(category);
    }

    /// A header line printed again: a duplicate when it says the same,
    /// another statement's header, perhaps, when it does not.
    fn repeated(&mut self, span: Span, differs: bool) {
        let reason = match differs {
            true => SkipReason::ConflictingHeader,
            false => SkipReason::DuplicateHeader,
        };
        self.skip(span, reason);
    }

    pub(super) fn date(&mut self, line: Pair<'_, Rule>, span: Span) {
        let printed = value(line, Rule::date_text);
        if self.d.header.spans.date.is_some() {
            let new = printed.map(|(text, _)| text);
            let differs = new.is_some() && new != self.d.header.date_text;
            return self.repeated(span, differs);
        }
        if let Some((text, value_span)) = printed {
            self.d.header.date = crate::tree::parse_date(&text);
            self.d.header.date_text = Some(text);
            self.d.header.spans.date_value = Some(value_span);
        }
        self.d.header.spans.date = Some(span);
    }

    pub(super) fn outcome(&mut self, line: Pair<'_, Rule>, span: Span) {
        let printed = value(line, Rule::outcome);
        if self.d.header.spans.outcome.is_some() {
            let new = printed.map(|(text, _)| crate::Outcome::from(text.as_str()));
            let differs = new.is_some() && new != self.d.header.outcome;
            return self.repeated(span, differs);
        }
        if let Some((text, value_span)) = printed {
            self.d.header.outcome = Some(crate::Outcome::from(text.as_str()));
            self.d.header.spans.outcome_value = Some(value_span);
        }
        self.d.header.spans.outcome = Some(span);
    }
}

/// A header line's value (the part `rule` matches), trimmed, when there is
/// one.
fn value(line: Pair<'_, Rule>, rule: Rule) -> Option<(String, Span)> {
    let part = line.into_inner().find(|p| p.as_rule() == rule)?;
    Some(trimmed(&part)).filter(|(text, _)| !text.is_empty())
}

/// What identifies a reference, however its groups are separated.
fn key(r: &crate::Reference) -> (Option<u16>, Option<u32>, Option<char>) {
    (r.year(), r.serial(), r.suffix())
}
