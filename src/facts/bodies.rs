//! Other bodies the statement points the complainant to.

use super::model::{Body, BodyName, Reason, ReasonKind};
use super::reasons::described;
use super::scan::{Cue, Hit};
use super::sentence::{Scope, Sentence};

/// Cues that point to another body in their sentence.
fn points(s: &Sentence<'_>) -> bool {
    s.hits.iter().any(|h| {
        matches!(
            h.cue,
            Cue::BetterPlaced | Cue::Appeal | Cue::CourtRemedy | Cue::CourtProceedings
        )
    }) || POINTERS.iter().any(|p| s.text.contains(p))
}

/// Words that send the complainant elsewhere.
const POINTERS: &[&str] = &[
    "complain to",
    "contact",
    "refer",
    "matter for",
    "deals with",
    "deal with",
    "can consider",
    "decide",
    "approach",
    "take it to",
    "take this to",
    "raise",
    "ask the",
    "apply to",
    "able to help",
];

/// The bodies of the statement's own text; an unnamed tribunal takes the
/// name the generic text gives one, else `Other`; a reason that rests on a
/// court lists `court`. `None` if that needs phrases of a generic text not
/// yet read ([`Sentence::pending`]).
pub(crate) fn bodies(sentences: &[Sentence<'_>], reasons: &[Reason]) -> Option<Vec<Body>> {
    let mut out: Vec<Body> = Vec::new();
    let mut unnamed: Option<Body> = None;
    // Only a sentence that names a body can give one: the others are not
    // searched for pointers.
    let names = |s: &&Sentence<'_>| s.hits.iter().any(|h| matches!(h.cue, Cue::Body(..)));
    for s in sentences
        .iter()
        .filter(names)
        .filter(|s| s.speaks() && points(s))
    {
        let skip = described(s);
        for h in s.hits.iter().filter(|h| !skip.contains(&h.start)) {
            match h.cue {
                Cue::Body(_, true) => {
                    unnamed.get_or_insert_with(|| body(s, h, BodyName::Other));
                }
                Cue::Body(name, false) => push(&mut out, body(s, h, name)),
                _ => {}
            }
        }
    }
    // `the independent tribunal` beside `the Traffic Penalty Tribunal` is
    // that tribunal; alone, it takes the name the generic text gives one.
    let pending = || sentences.iter().filter_map(|s| s.pending);
    if let Some(u) = unnamed {
        if !out.iter().any(|b| b.name.as_str().contains("Tribunal")) {
            if pending().next().is_some() {
                return None;
            }
            push(&mut out, named_tribunal(sentences).unwrap_or(u));
        }
    }
    // A reason's own phrase is found by its span: none may be pending.
    let inside = |r: &Reason, p: crate::Span| p.start <= r.span.start && r.span.end <= p.end;
    if reasons.iter().any(|r| pending().any(|p| inside(r, p))) {
        return None;
    }
    for r in reasons {
        let on_court = r.kind == ReasonKind::CourtProceedings
            || (r.kind == ReasonKind::AlternativeRemedy && court_cue(sentences, r));
        if on_court && !out.iter().any(|b| b.name == BodyName::Court) {
            if let Some(b) = court_body(sentences, r) {
                push(&mut out, b);
            }
        }
    }
    Some(out)
}

fn push(out: &mut Vec<Body>, body: Body) {
    if !out.iter().any(|b| b.name == body.name) {
        out.push(body);
    }
}

fn body(s: &Sentence<'_>, h: &Hit, name: BodyName) -> Body {
    Body {
        name,
        text: s.text[h.start..h.end].to_owned(),
        span: h.span,
    }
}

/// A named tribunal in the generic text (`The Valuation Tribunal deals with
/// appeals ...`), for a decision that says only `a tribunal`.
fn named_tribunal(sentences: &[Sentence<'_>]) -> Option<Body> {
    sentences
        .iter()
        .filter(|s| s.scope == Scope::Generic)
        .find_map(|s| {
            s.hits.iter().find_map(|h| match h.cue {
                Cue::Body(name, false) if name.as_str().contains("Tribunal") => {
                    Some(body(s, h, name))
                }
                _ => None,
            })
        })
}

/// Whether the cue a reason was read from is a court remedy.
fn court_cue(sentences: &[Sentence<'_>], r: &Reason) -> bool {
    sentences
        .iter()
        .flat_map(|s| s.hits.iter())
        .any(|h| h.span == r.span && matches!(h.cue, Cue::CourtRemedy | Cue::CourtProceedings))
}

/// `court`, read from the words of the reason.
fn court_body(sentences: &[Sentence<'_>], r: &Reason) -> Option<Body> {
    sentences.iter().find_map(|s| {
        s.hits.iter().find(|h| h.span == r.span).map(|h| {
            let text = &s.text[h.start..h.end];
            let at = text.to_lowercase().find("court").unwrap_or(0);
            let word = text.get(at..).unwrap_or(text);
            let word = word
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or(word);
            let start = h.span.start + at;
            let span = if h.span.len() == text.len() {
                crate::Span::new(start, start + word.len())
            } else {
                h.span
            };
            Body {
                name: BodyName::Court,
                text: word.to_owned(),
                span,
            }
        })
    })
}
