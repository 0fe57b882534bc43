//! The result: not investigated, discontinued, fault found or no fault;
//! and, for fault, whether it caused injustice.

use super::model::DecisionResult;
use super::scan::{Cue, Hit};
use super::sentence::{denied, denied_after, denied_before, ombudsman_speaks, Scope, Sentence};
use crate::Span;

/// What one sentence says of the result, with the words it says it in.
pub(crate) fn sentence_result(s: &Sentence<'_>) -> Option<(DecisionResult, Span)> {
    if !s.speaks() {
        return None;
    }
    let mut found: Option<(DecisionResult, Span)> = None;
    for h in &s.hits {
        let Some(r) = hit_result(s, h) else { continue };
        if found.is_none_or(|(f, _)| rank(r) < rank(f)) {
            found = Some((r, h.span));
        }
    }
    found
}

/// Which result wins when a sentence says two: stopping or not starting
/// speaks for the whole decision; fault found in part is fault found.
fn rank(r: DecisionResult) -> u8 {
    match r {
        DecisionResult::Discontinued => 0,
        DecisionResult::NotInvestigated => 1,
        DecisionResult::FaultFound => 2,
        _ => 3,
    }
}

/// What a phrase says of the result, in its sentence.
fn hit_result(s: &Sentence<'_>, h: &Hit) -> Option<DecisionResult> {
    let inside = &s.text[h.start..h.end];
    match h.cue {
        Cue::Investigate if denied(s, h) && ombudsman_speaks(s.before(h)) => {
            Some(DecisionResult::NotInvestigated)
        }
        Cue::InitialEnquiries => Some(DecisionResult::NotInvestigated),
        Cue::Discontinue if !denied(s, h) => Some(DecisionResult::Discontinued),
        Cue::FoundFault | Cue::WasFault | Cue::Upheld | Cue::FaultCaused | Cue::Fault => {
            if hypothetical(s.before(h)) || (h.cue == Cue::Fault && !finding_before(s.before(h))) {
                return None;
            }
            let no = denied_before(inside, 12) ^ denied(s, h);
            Some(if no {
                DecisionResult::NoFault
            } else {
                DecisionResult::FaultFound
            })
        }
        Cue::WithoutFault if inside.to_lowercase().starts_with("without") || !denied(s, h) => {
            Some(DecisionResult::NoFault)
        }
        Cue::EvidenceOfFault if denied(s, h) => Some(DecisionResult::NoFault),
        // `The Council delayed`, `did not properly consider`: a finding
        // where the summary or the final decision says it.
        Cue::Failings
            if matches!(s.scope, Scope::Summary | Scope::Final) && failing_asserted(s, h) =>
        {
            Some(DecisionResult::FaultFound)
        }
        _ => None,
    }
}

/// `There is no fault`, `That was fault`, `there was fault`: a bare `fault`
/// is a finding only straight after `is`, `was`, `no` and the like.
pub(crate) fn finding_before(before: &str) -> bool {
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| w.to_lowercase())
        .collect();
    matches!(
        last.first().map(String::as_str),
        Some("was" | "is" | "no" | "were" | "found" | "also")
    ) && !matches!(last.get(1).map(String::as_str), Some("if" | "whether"))
}

/// `whether the Council was at fault`, `if we found fault`, `alleged fault`.
fn hypothetical(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .take(8)
        .any(|w| {
            // Compared ignoring ASCII case: no other letter lower-cases to
            // these words' letters, and nothing is copied.
            [
                "if",
                "whether",
                "unless",
                "alleged",
                "might",
                "may",
                "would",
                "could",
                "decide",
                "investigate",
                "when",
            ]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
        })
}

/// The result: from the summary if it says, else the final decision, else
/// the rest of the statement's own text.
pub(crate) fn result(sentences: &[Sentence<'_>]) -> Option<(DecisionResult, Span)> {
    let mut reader = ResultReader::default();
    sentences.iter().for_each(|s| reader.read(s));
    reader.finish()
}

/// The result read one sentence at a time, in document order.
#[derive(Default)]
pub(crate) struct ResultReader {
    /// The best result so far in the summary, the final decision and the
    /// statement's own text.
    best: [Option<(DecisionResult, Span)>; 3],
    /// Whether a sentence speaking for the decision names harm.
    harmed: bool,
    /// The first failing such a sentence describes.
    failing: Option<Span>,
}

impl ResultReader {
    pub(crate) fn read(&mut self, s: &Sentence<'_>) {
        let tier = match s.scope {
            Scope::Summary => 0,
            Scope::Final => 1,
            Scope::Own => 2,
            _ => 3,
        };
        if let (Some(best), Some((r, span))) = (self.best.get_mut(tier), sentence_result(s))
            && best.is_none_or(|(b, _)| rank(r) < rank(b))
        {
            *best = Some((r, span));
        }
        if s.speaks() {
            self.harmed |= s.has(Cue::Harm) || s.has(Cue::Injustice);
            if self.failing.is_none() {
                self.failing = failing(s);
            }
        }
    }

    /// Whether the summary gave a result, which then is the result.
    pub(crate) fn summary_says(&self) -> bool {
        self.best[0].is_some()
    }

    pub(crate) fn finish(self) -> Option<(DecisionResult, Span)> {
        self.best.into_iter().flatten().next().or_else(|| {
            // A statement that never says `fault` but describes failings
            // (`The Council failed to ...`, `did not properly assess`) and
            // the harm they did
            // (`avoidable stress`): short of good practice is fault found.
            self.failing
                .filter(|_| self.harmed)
                .map(|span| (DecisionResult::FaultFound, span))
        })
    }
}

/// The failing a sentence describes: the words of a `Failings` phrase it
/// asserts.
fn failing(s: &Sentence<'_>) -> Option<Span> {
    s.hits
        .iter()
        .find(|h| h.cue == Cue::Failings && failing_asserted(s, h))
        .map(|h| h.span)
}

/// Whether a sentence asserts a failing: not denied (`I do not consider
/// it failed to`), not hypothetical (`whether it failed to`); a remedy that
/// does not `go far enough` only denied.
fn failing_asserted(s: &Sentence<'_>, h: &Hit) -> bool {
    let far = s.text[h.start..h.end]
        .to_lowercase()
        .ends_with("far enough");
    !hypothetical(s.before(h)) && denied(s, h) == far
}

/// For fault found: `Some(true)` when the text names a harm the fault
/// caused, `Some(false)` when it says there was no (significant)
/// injustice, `None` when it does not say.
pub(crate) fn injustice(sentences: &[Sentence<'_>]) -> Option<bool> {
    let mut no = false;
    for s in sentences.iter().filter(|s| s.speaks()) {
        for h in &s.hits {
            match h.cue {
                Cue::Harm | Cue::Injustice | Cue::FaultCaused => {
                    let negative = denied(s, h) || denied_after(s.after(h));
                    if negative {
                        no |= h.cue != Cue::Harm;
                    } else if !remedy_only(s.before(h)) {
                        return Some(true);
                    }
                }
                _ => {}
            }
        }
    }
    no.then_some(false)
}

/// `to remedy the injustice`, `for any injustice`: a remedy's words, which
/// alone do not say the fault caused injustice.
fn remedy_only(before: &str) -> bool {
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| w.to_lowercase())
        .collect();
    last.iter().any(|w| {
        matches!(
            w.as_str(),
            "remedy" | "any" | "remedying" | "recognise" | "acknowledge" | "for"
        )
    })
}
