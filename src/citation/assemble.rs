//! Turns a match of an entry rule into citations.

use super::convert::{shift, Convert};
use super::grammar::Rule;
use super::scan::{Entry, Found, Want};
use super::ProvisionKind;
use super::{Citation, CitationForm, CitationNote, Instrument, InstrumentKind, Provision};
use crate::Span;
use pest::iterators::Pair;

/// One citation being put together from the elements of a match.
pub(super) struct Segment {
    instrument: Option<Instrument>,
    want: Want,
    provisions: Vec<Provision>,
    span: Span,
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
    let mut cv = Convert {
        off,
        notes: Vec::new(),
    };
    let mut segments: Vec<Segment> = Vec::new();
    let mut pending: Vec<Provision> = Vec::new();
    let mut pending_span: Option<Span> = None;
    // Whether provisions are printed before their instrument.
    let mut before = false;
    let mut amended = false;
    let mut open: Option<Pair<'_, Rule>> = None;
    let mut closed = false;
    for element in top.into_inner() {
        let span = shift(off, &element);
        match element.as_rule() {
            Rule::open => open = Some(element),
            Rule::close => closed = true,
            Rule::amended => amended = true,
            Rule::unread => cv.notes.push(CitationNote::Unread { span }),
            Rule::instrument | Rule::named_by | Rule::short_instrument => {
                let (instrument, want) = cv.instrument_like(element);
                let mut segment = Segment {
                    instrument,
                    want,
                    provisions: Vec::new(),
                    span,
                };
                if !pending.is_empty() {
                    before |= segments.is_empty();
                    segment.provisions = std::mem::take(&mut pending);
                    segment.span = pending_span.take().map_or(span, |p| p.join(span));
                }
                segments.push(segment);
            }
            Rule::section_group
            | Rule::schedule_group
            | Rule::part_group
            | Rule::regulation_group
            | Rule::article_group => {
                let provisions = cv.group(element);
                match segments.last_mut() {
                    Some(last) if !before => {
                        last.provisions.extend(provisions);
                        last.span = last.span.join(span);
                    }
                    _ => {
                        pending.extend(provisions);
                        pending_span = Some(pending_span.map_or(span, |p| p.join(span)));
                    }
                }
            }
            _ => {}
        }
    }
    if !pending.is_empty() {
        let span = pending_span.unwrap_or(top_span);
        match segments.last_mut() {
            Some(last) => {
                last.provisions.extend(pending);
                last.span = last.span.join(span);
            }
            None => {
                // A short reference: `section 26B`.
                if entry == Entry::Running && !short_reference_ok(&pending) {
                    return None;
                }
                let kind = short_kind(&pending);
                segments.push(Segment {
                    instrument: None,
                    want: Want::Context { kind, year: None },
                    provisions: pending,
                    span,
                });
            }
        }
    }
    let count = segments.len();
    if count == 0 {
        return None;
    }
    if count == 1 {
        segments[0].span = top_span;
    } else {
        segments[0].span.start = top_span.start;
        segments[count - 1].span.end = top_span.end;
    }
    let form = if open.is_some() {
        CitationForm::Parenthetical
    } else {
        CitationForm::RunningText
    };
    if let Some(open) = &open {
        if open.as_str() == "[" {
            cv.notes
                .push(CitationNote::SquareBrackets { span: top_span });
        }
        if !closed {
            cv.notes.push(CitationNote::Unclosed {
                span: shift(off, open),
            });
        }
    }
    let mut found: Vec<Found> = segments
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
    for note in cv.notes {
        let target = found
            .iter()
            .position(|f| f.citation.span.contains(note.span()))
            .unwrap_or(0);
        found[target].citation.notes.push(note);
    }
    for f in &mut found {
        f.citation.notes.sort_by_key(|n| n.span().start);
    }
    Some(found)
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
