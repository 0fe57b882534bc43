//! Turns a match of an entry rule into citations.

use super::convert::{shift, Convert};
use super::found::{Entry, Found, Want};
use super::grammar::Rule;
use crate::{
    Citation, CitationForm, CitationNote, CitationNoteKind, Instrument, InstrumentKind, Provision,
    ProvisionKind, Span,
};
use pest::iterators::Pair;

/// One citation being put together from the elements of a match.
pub(super) struct Segment {
    instrument: Option<Instrument>,
    want: Want,
    provisions: Vec<Provision>,
    span: Span,
}

/// The segments of a match as its elements are read, in order.
struct Assembly<'i> {
    cv: Convert,
    segments: Vec<Segment>,
    /// Provisions printed before the instrument they belong to.
    pending: Vec<Provision>,
    pending_span: Option<Span>,
    /// Whether provisions are printed before their instrument.
    before: bool,
    amended: bool,
    open: Option<Pair<'i, Rule>>,
    closed: bool,
}

/// Turns a match into citations: an instrument with the provisions printed
/// after it (or, in `section 26A or 34C, Local Government Act 1974` and in
/// running text, before it). Returns `None` to reject the match.
pub(super) fn assemble(
    top: Pair<'_, Rule>,
    text: &str,
    at: usize,
    base: usize,
    entry: Entry,
) -> Option<Vec<Found>> {
    let off = base + at;
    let top_span = shift(off, &top);
    if top.as_rule() == Rule::judgment {
        return Some(vec![judgment(top, text, base, top_span)]);
    }
    let mut a = Assembly {
        cv: Convert {
            off,
            notes: Vec::new(),
        },
        segments: Vec::new(),
        pending: Vec::new(),
        pending_span: None,
        before: false,
        amended: false,
        open: None,
        closed: false,
    };
    for element in top.into_inner() {
        a.element(element);
    }
    a.finish(entry, top_span)?;
    a.widen(top_span);
    a.bracket_notes(top_span);
    Some(a.into_found(text, base))
}

impl<'i> Assembly<'i> {
    /// Reads one element of the match.
    fn element(&mut self, element: Pair<'i, Rule>) {
        let span = self.cv.span(&element);
        match element.as_rule() {
            Rule::open => self.open = Some(element),
            Rule::close => self.closed = true,
            Rule::amended => self.amended = true,
            Rule::unread => self
                .cv
                .notes
                .push(CitationNote::new(CitationNoteKind::Unread, span)),
            Rule::instrument | Rule::named_by | Rule::short_instrument => {
                let (instrument, want) = self.cv.instrument_like(element);
                let mut segment = Segment {
                    instrument,
                    want,
                    provisions: Vec::new(),
                    span,
                };
                if !self.pending.is_empty() {
                    self.before |= self.segments.is_empty();
                    segment.provisions = std::mem::take(&mut self.pending);
                    segment.span = self.pending_span.take().map_or(span, |p| p.join(span));
                }
                self.segments.push(segment);
            }
            Rule::section_group
            | Rule::schedule_group
            | Rule::part_group
            | Rule::regulation_group
            | Rule::article_group => {
                let provisions = self.cv.group(element);
                match self.segments.last_mut() {
                    Some(last) if !self.before => {
                        last.provisions.extend(provisions);
                        last.span = last.span.join(span);
                    }
                    _ => {
                        self.pending.extend(provisions);
                        self.pending_span = Some(self.pending_span.map_or(span, |p| p.join(span)));
                    }
                }
            }
            _ => {}
        }
    }

    /// Gives the provisions left pending to the last instrument, or makes
    /// them a short reference (`section 26B`). `None` rejects the match: no
    /// citation, or a short reference running text does not allow.
    fn finish(&mut self, entry: Entry, top_span: Span) -> Option<()> {
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            let span = self.pending_span.unwrap_or(top_span);
            match self.segments.last_mut() {
                Some(last) => {
                    last.provisions.extend(pending);
                    last.span = last.span.join(span);
                }
                None => {
                    if entry == Entry::Running && !short_reference_ok(&pending) {
                        return None;
                    }
                    let kind = short_kind(&pending);
                    self.segments.push(Segment {
                        instrument: None,
                        want: Want::Context { kind, year: None },
                        provisions: pending,
                        span,
                    });
                }
            }
        }
        (!self.segments.is_empty()).then_some(())
    }

    /// The segments together cover the whole match.
    fn widen(&mut self, top_span: Span) {
        let count = self.segments.len();
        if count == 1 {
            self.segments[0].span = top_span;
        } else {
            self.segments[0].span.start = top_span.start;
            self.segments[count - 1].span.end = top_span.end;
        }
    }

    /// Notes on the brackets: square ones, or one never closed.
    fn bracket_notes(&mut self, top_span: Span) {
        let Some(open) = &self.open else {
            return;
        };
        if open.as_str() == "[" {
            self.cv.notes.push(CitationNote::new(
                CitationNoteKind::SquareBrackets,
                top_span,
            ));
        }
        if !self.closed {
            let span = self.cv.span(open);
            self.cv
                .notes
                .push(CitationNote::new(CitationNoteKind::Unclosed, span));
        }
    }

    /// The citations, each with the notes whose span it contains (the
    /// first, for a note outside all of them), sorted by position.
    fn into_found(self, text: &str, base: usize) -> Vec<Found> {
        let form = if self.open.is_some() {
            CitationForm::Parenthetical
        } else {
            CitationForm::RunningText
        };
        let amended = self.amended;
        let mut found: Vec<Found> = self
            .segments
            .into_iter()
            .map(|s| {
                let local = (s.span.start - base)..(s.span.end - base);
                Found {
                    citation: Citation {
                        span: s.span,
                        text: text.get(local).unwrap_or_default().to_owned(),
                        form,
                        instrument: s.instrument,
                        resolved_from: None,
                        provisions: s.provisions,
                        as_amended: amended,
                        notes: Vec::new(),
                    },
                    want: s.want,
                }
            })
            .collect();
        for note in self.cv.notes {
            let target = found
                .iter()
                .position(|f| f.citation.span.contains(note.span))
                .unwrap_or(0);
            found[target].citation.notes.push(note);
        }
        for f in &mut found {
            f.citation.notes.sort_by_key(|n| n.span.start);
        }
        found
    }
}

/// A judgment: `[2006] EWHC 2847 (Admin)`. The instrument's title is the
/// citation after the year, blanks made single spaces.
pub(super) fn judgment(pair: Pair<'_, Rule>, text: &str, base: usize, span: Span) -> Found {
    let printed = text
        .get(span.start - base..span.end - base)
        .unwrap_or_default();
    let year_pair = pair.into_inner().find(|p| p.as_rule() == Rule::year);
    let year = year_pair.as_ref().and_then(|y| y.as_str().parse().ok());
    let rest = printed.split_once(']').map_or(printed, |(_, rest)| rest);
    let title = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    let title_start = span.end - rest.trim_start().len();
    Found {
        citation: Citation {
            span,
            text: printed.to_owned(),
            form: CitationForm::RunningText,
            instrument: Some(Instrument {
                title,
                year,
                kind: InstrumentKind::Judgment,
                id: None,
                span: Some(Span::new(title_start, span.end)),
            }),
            resolved_from: None,
            provisions: Vec::new(),
            as_amended: false,
            notes: Vec::new(),
        },
        want: Want::Nothing,
    }
}

/// Whether provisions printed without an instrument in running text may be a
/// short reference: sections, regulations or schedules (`Part 2` alone is as
/// likely a part of a report). The grammar has already refused those
/// followed by `of` (`section 4 of the Council’s policy`).
pub(super) fn short_reference_ok(provisions: &[Provision]) -> bool {
    provisions.iter().all(|p| {
        matches!(
            p.kind,
            ProvisionKind::Section
                | ProvisionKind::Regulation
                | ProvisionKind::Schedule
                | ProvisionKind::Paragraph
        )
    })
}

/// The kind of instrument a short reference's provisions belong to.
pub(super) fn short_kind(provisions: &[Provision]) -> Option<InstrumentKind> {
    if provisions.iter().all(|p| p.kind == ProvisionKind::Section) {
        Some(InstrumentKind::Act)
    } else if provisions
        .iter()
        .all(|p| p.kind == ProvisionKind::Regulation)
    {
        Some(InstrumentKind::StatutoryInstrument)
    } else {
        None
    }
}
