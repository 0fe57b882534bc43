//! The statement's texts in document order, split into sentences with the
//! phrases found in each.

use super::scan::{scan, Hit};
use super::sentence::{split, Hits, Scope, Sentence};
use crate::{Decision, Node, Span};
use std::ops::ControlFlow;
use std::ops::Range;

/// One text of the tree and where it stands.
struct Unit<'d> {
    scope: Scope,
    text: &'d str,
    span: Span,
    /// An item or a line under a paragraph that leads into it.
    continues: bool,
}

/// Every sentence of the decision, in document order; with `lazy`, the
/// phrases of the generic texts are not looked for (see
/// [`Sentence::pending`]).
pub(crate) fn sentences(decision: &Decision, lazy: bool) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for unit in units(decision) {
        push_unit(&unit, lazy, &mut out);
    }
    // Held through every reader, and copied whole when a pending text is
    // read (`fill`): room left by doubling would be most of the facts' peak.
    out.shrink_to_fit();
    if let Some(last) = out.last_mut() {
        let end = last.text.trim_end();
        last.cut = !end.ends_with(['.', '!', '?', ')', '”', '"', ':']);
    }
    out
}

/// Each sentence of [`sentences`] in turn, without `cut` (nothing that
/// reads one sentence at a time needs it): only one text's sentences are
/// held at once, as validation reads a whole tree of any size.
/// `f` may stop the walk early with `ControlFlow::Break`.
pub(crate) fn each_sentence<'d>(
    decision: &'d Decision,
    mut f: impl FnMut(&Sentence<'d>) -> ControlFlow<()>,
) {
    let mut batch = Vec::new();
    for unit in units(decision) {
        batch.clear();
        // The result is never read from the generic text.
        push_unit(&unit, true, &mut batch);
        if batch.iter().try_for_each(&mut f).is_break() {
            return;
        }
    }
}

/// The texts that carry facts, from the tree's walk: headings and the
/// signature say nothing the sentences do not.
fn units(decision: &Decision) -> impl Iterator<Item = Unit<'_>> {
    let mut leads = false;
    // The section under `The complaint` where the Ombudsman's findings
    // begin, as 2016-2019 report summaries print them.
    let mut findings_in: Option<usize> = None;
    decision.texts().filter_map(move |t| {
        let mut scope = t
            .place
            .section
            .and_then(|i| decision.sections.get(i))
            .map_or(Scope::Own, |s| Scope::of(s.kind));
        if scope == Scope::Complaint {
            if let Node::Paragraph(p) = t.node
                && findings_in != t.place.section
                && opens_findings(&p.text)
            {
                findings_in = t.place.section;
            }
            if findings_in.is_some() && findings_in == t.place.section {
                scope = Scope::Own;
            }
        }
        let (scope, continues) = match t.node {
            Node::Summary(_) => (Scope::Summary, false),
            Node::Paragraph(p) => {
                leads = leads_into_list(&p.text);
                (scope, false)
            }
            Node::Item(_) | Node::Trailing(_) => (scope, leads),
            _ => return None,
        };
        Some(Unit {
            scope,
            text: t.text,
            span: t.span,
            continues,
        })
    })
}

/// `The Ombudsman upheld the complaint`, `We found fault`, `To remedy the
/// injustice caused, the council has agreed to:`: a paragraph under `The
/// complaint` in the Ombudsman's voice, which from there on gives the
/// findings and the remedies, not the complainant's words.
fn opens_findings(text: &str) -> bool {
    let text = text.trim_start();
    let Some(rest) = ["The Ombudsman ", "We ", "I "]
        .iter()
        .find_map(|w| text.strip_prefix(w))
    else {
        return text.starts_with("To remedy");
    };
    let verb = rest.split_whitespace().next().unwrap_or("");
    let verb = if matches!(verb, "did" | "has" | "have" | "also") {
        rest.split_whitespace().nth(1).unwrap_or("")
    } else {
        verb
    };
    let verb = if verb == "not" {
        rest.split_whitespace().nth(2).unwrap_or("")
    } else {
        verb
    };
    matches!(
        verb.trim_end_matches(','),
        "upheld" | "uphold" | "found" | "find" | "finds" | "recommend" | "recommended"
    )
}

/// `The Council has agreed to:`: a paragraph whose items finish its sentence.
fn leads_into_list(text: &str) -> bool {
    text.trim_end().ends_with(':')
}

fn push_unit<'d>(unit: &Unit<'d>, lazy: bool, out: &mut Vec<Sentence<'d>>) {
    // A span that does not fit its text (a tree built by hand) gives no
    // offsets to trust: read the text, and point every fact at the unit.
    let base = if unit.span.len() == unit.text.len() {
        unit.span.start
    } else {
        usize::MAX
    };
    // Only where offsets are true can a pending text's span say which
    // facts it might hold.
    let pending = (lazy && unit.scope == Scope::Generic && base != usize::MAX).then_some(unit.span);
    let hits = match pending {
        Some(_) => Vec::new(),
        None => scan(unit.text, if base == usize::MAX { 0 } else { base }),
    };
    let whole = (base == usize::MAX).then_some(unit.span);
    let sentences = split(unit.text);
    // Each sentence's phrases, counted from its start, in place: the
    // sentences share the text's list.
    let mut hits = hits;
    let mut ranges = Vec::with_capacity(sentences.len());
    for &(start, end) in &sentences {
        let range = within(&mut hits, start, end, whole);
        ranges.push(range);
    }
    // Shared by the text's sentences until the facts are read.
    hits.shrink_to_fit();
    let hits = std::rc::Rc::new(hits);
    for (&(start, end), range) in sentences.iter().zip(ranges) {
        let text = &unit.text[start..end];
        out.push(Sentence {
            scope: unit.scope,
            text,
            unit: unit.text,
            hits: Hits::new(hits.clone(), range),
            voice: Default::default(),
            continues: unit.continues,
            cut: false,
            pending,
            described: std::cell::OnceCell::new(),
            answers: Default::default(),
            bodies: Default::default(),
        });
    }
}

/// The phrases of `hits` (a text's, in order) that start in its bytes
/// `start..end`, made to count from `start` (with `whole`, each pointing at
/// that span): found by binary search, so that a text of many sentences
/// costs each sentence its own phrases only.
fn within(hits: &mut [Hit], start: usize, end: usize, whole: Option<Span>) -> Range<usize> {
    let from = hits.partition_point(|h| h.start < start);
    let to = from + hits[from..].partition_point(|h| h.start < end);
    for h in &mut hits[from..to] {
        h.start -= start;
        h.end = h.end.min(end) - start;
        if let Some(span) = whole {
            h.span = span;
        }
    }
    from..to
}

/// `sentences` with the phrases of their pending texts read: what
/// [`sentences`] gives without `lazy`, each pending text scanned once.
pub(crate) fn fill<'d>(sentences: &[Sentence<'d>]) -> Vec<Sentence<'d>> {
    // The words looked for and the denials are read again as asked: a copy
    // of them would only add to the peak.
    let mut out: Vec<Sentence<'d>> = sentences.iter().map(Sentence::without_answers).collect();
    let mut read: Option<(*const u8, Vec<Hit>)> = None;
    for s in &mut out {
        let Some(span) = s.pending.take() else {
            continue;
        };
        let unit = s.unit.as_ptr();
        let hits = match &mut read {
            Some((at, hits)) if *at == unit => hits,
            slot => &mut slot.insert((unit, scan(s.unit, span.start))).1,
        };
        let start = s.text.as_ptr() as usize - unit as usize;
        // Each sentence's own copy: filling is rare (a complainant or body
        // named only in the generic text).
        let end = start + s.text.len();
        let from = hits.partition_point(|h| h.start < start);
        let to = from + hits[from..].partition_point(|h| h.start < end);
        let mut own = hits[from..to].to_vec();
        within(&mut own, start, end, None);
        s.hits = Hits::from(own);
        s.answers = Default::default();
        s.described = std::cell::OnceCell::new();
    }
    out
}
