//! Other bodies the statement points the complainant to.

use super::find::Patterns;
use super::model::{Body, BodyKind, BodyName, Reason, ReasonKind};
use super::reasons::{case_history, described};
use super::scan::{Cue, Hit};
use super::sentence::{Scope, Sentence};

/// Cues that point to another body in their sentence.
/// An appeal told as case history or as the law (`Miss J appealed`,
/// `parents have the right to appeal`) points nowhere, unless the decision
/// relies on an appeal (`relied`), whose route the law then names.
fn points(s: &Sentence<'_>, relied: bool) -> bool {
    s.hits.iter().any(|h| match h.cue {
        Cue::BetterPlaced | Cue::CourtProceedings => true,
        Cue::Appeal | Cue::CourtRemedy => {
            relied || !case_history(s, h, &s.text[h.start..h.end].to_lowercase())
        }
        _ => false,
    }) || POINTERS.any_in(s.text)
}

/// Words that send the complainant elsewhere.
static POINTERS: Patterns = Patterns::new(&[
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
]);

/// The bodies of the statement's own text; an unnamed tribunal takes the
/// name the generic text gives one, else `Other`; a reason that rests on a
/// court lists `court`. `None` if that needs phrases of a generic text not
/// yet read ([`Sentence::pending`]).
pub(crate) fn bodies(sentences: &[Sentence<'_>], reasons: &[Reason]) -> Option<Vec<Body>> {
    let mut out: Vec<Body> = Vec::new();
    let mut unnamed: Option<Body> = None;
    let relied = reasons
        .iter()
        .any(|r| r.kind == ReasonKind::AlternativeRemedy);
    // Only a sentence that names a body can give one: the others are not
    // searched for pointers.
    let names = |s: &&Sentence<'_>| s.hits.iter().any(|h| matches!(h.cue, Cue::Body(..)));
    for s in sentences
        .iter()
        .filter(names)
        .filter(|s| s.speaks() && points(s, relied))
    {
        let skip = described(s);
        for h in s
            .hits
            .iter()
            .filter(|h| !skip.contains(&h.start) && !acts(s, h))
        {
            match h.cue {
                Cue::Body(_, true) => {
                    unnamed.get_or_insert_with(|| Body {
                        kind: BodyKind::Tribunal,
                        ..body(s, h, BodyName::Other)
                    });
                }
                Cue::Body(name, false) => push(&mut out, body(s, h, name)),
                _ => {}
            }
        }
    }
    // `the independent tribunal` beside `the Traffic Penalty Tribunal` is
    // that tribunal; alone, it takes the name the generic text gives one.
    let pending = || sentences.iter().filter_map(|s| s.pending);
    if let Some(u) = unnamed
        && !out.iter().any(|b| b.name.as_str().contains("Tribunal"))
    {
        if pending().next().is_some() {
            return None;
        }
        push(&mut out, named_tribunal(sentences).unwrap_or(u));
    }
    // `another body is better placed` beside the body named is that body.
    if out.iter().any(|b| b.name != BodyName::Other) {
        out.retain(|b| {
            let text = b.text.to_lowercase();
            b.name != BodyName::Other
                || !(text.starts_with("another")
                    || text.starts_with("other")
                    || text.starts_with("different"))
        });
    }
    // A reason's own phrase is found by its span: none may be pending.
    let inside = |r: &Reason, p: crate::Span| p.start <= r.span.start && r.span.end <= p.end;
    if reasons.iter().any(|r| pending().any(|p| inside(r, p))) {
        return None;
    }
    for r in reasons {
        let on_court = r.kind == ReasonKind::CourtProceedings
            || (r.kind == ReasonKind::AlternativeRemedy && court_cue(sentences, r));
        if on_court
            && !out.iter().any(|b| b.name == BodyName::Court)
            && let Some(b) = court_body(sentences, r)
        {
            push(&mut out, b);
        }
    }
    Some(out)
}

/// A body in the story, not pointed to: what it did or decided (`the
/// Monitoring Officer decided`, `the Planning Inspector’s decision`).
fn acts(s: &Sentence<'_>, h: &Hit) -> bool {
    let after = s.after(h);
    if after.starts_with("’s") || after.starts_with("'s") {
        return true;
    }
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';']);
    next.len() > 4
        && next.ends_with("ed")
        && !matches!(
            next,
            "placed"
                | "suited"
                | "equipped"
                | "empowered"
                | "entitled"
                | "based"
                | "designed"
                | "intended"
                | "required"
                | "concerned"
        )
}

fn push(out: &mut Vec<Body>, body: Body) {
    if !out.iter().any(|b| b.name == body.name) {
        out.push(body);
    }
}

fn body(s: &Sentence<'_>, h: &Hit, name: BodyName) -> Body {
    Body {
        name,
        kind: name.kind(),
        text: s.text[h.start..h.end].to_owned(),
        span: h.span,
    }
}

/// A named tribunal in the statement's own text or the generic text (`The
/// Valuation Tribunal deals with appeals ...`), for a decision that says
/// only `a tribunal`.
fn named_tribunal(sentences: &[Sentence<'_>]) -> Option<Body> {
    // The statement's own words first (`Mr X appealed to the Traffic
    // Penalty Tribunal`), then the generic text's.
    let own = sentences.iter().filter(|s| s.speaks());
    let generic = sentences.iter().filter(|s| s.scope == Scope::Generic);
    own.chain(generic).find_map(|s| {
        s.hits.iter().find_map(|h| match h.cue {
            Cue::Body(name, false) if name.as_str().contains("Tribunal") => Some(body(s, h, name)),
            _ => None,
        })
    })
}

/// Whether a phrase is inside the words a reason was read from.
fn within(h: &Hit, r: &Reason) -> bool {
    r.span.start <= h.span.start && h.span.end <= r.span.end
}

/// Whether the cue a reason was read from is a court remedy.
fn court_cue(sentences: &[Sentence<'_>], r: &Reason) -> bool {
    sentences
        .iter()
        .flat_map(|s| s.hits.iter())
        .any(|h| within(h, r) && matches!(h.cue, Cue::CourtRemedy | Cue::CourtProceedings))
}

/// `court`, read from the words of the reason.
fn court_body(sentences: &[Sentence<'_>], r: &Reason) -> Option<Body> {
    sentences.iter().find_map(|s| {
        let court =
            |h: &&Hit| within(h, r) && matches!(h.cue, Cue::CourtRemedy | Cue::CourtProceedings);
        s.hits.iter().find(court).map(|h| {
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
                kind: BodyKind::Court,
                text: word.to_owned(),
                span,
            }
        })
    })
}
