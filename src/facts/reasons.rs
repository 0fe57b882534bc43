//! Why the Ombudsman did not investigate, or stopped.

use super::model::{Reason, ReasonKind};
use super::result::finding_before;
use super::scan::{Cue, Hit};
use super::sentence::{denied, denied_after, denied_before, ombudsman_speaks, Sentence};
use std::ops::Range;

/// Every reason the statement's own text gives, once each, in the guide's
/// order.
pub(crate) fn reasons(sentences: &[Sentence<'_>]) -> Vec<Reason> {
    let mut out: Vec<Reason> = Vec::new();
    let mut code_only: Option<Reason> = None;
    let mut weak_jurisdiction: Option<Reason> = None;
    let mut first_decision_sentence = true;
    for (s, from) in sentences.iter().filter_map(|s| Some((s, s.speaks_from()?))) {
        let skip = described(s);
        let deciding = s.hits.iter().any(|h| not_investigating(s, h));
        let ours = |h: &&Hit| h.start >= from && !skip.contains(&h.start);
        for h in s.hits.iter().filter(ours) {
            let Some(kind) = hit_reason(s, h, deciding && !first_decision_sentence) else {
                continue;
            };
            let reason = Reason { kind, span: h.span };
            match (kind, h.cue) {
                (ReasonKind::Other, Cue::AssessmentCode) => {
                    code_only.get_or_insert(reason);
                }
                (ReasonKind::OutsideJurisdiction, Cue::Jurisdiction) if generic_remit(s, h) => {
                    weak_jurisdiction.get_or_insert(reason);
                }
                _ => {
                    if !out.iter().any(|r| r.kind == kind) {
                        out.push(reason);
                    }
                }
            }
        }
        if deciding {
            first_decision_sentence = false;
        }
    }
    // `Outside our remit` says no more than the reason beside it; a bare
    // `does not meet the tests in our Assessment Code` is `other`.
    if out.is_empty() {
        out.extend(weak_jurisdiction.or(code_only));
    }
    out.sort_by_key(|r| ReasonKind::ALL.iter().position(|k| *k == r.kind));
    out
}

/// Whether a phrase is the Ombudsman deciding not to investigate.
pub(crate) fn not_investigating(s: &Sentence<'_>, h: &Hit) -> bool {
    h.cue == Cue::Investigate && denied(s, h) && ombudsman_speaks(s.before(h))
}

/// The words of a sentence that describe the complaint, not the reasons: in
/// `We will not investigate Mr X’s complaint about the Council’s refusal to
/// pay ... because ...`, those from `investigate` to `because`. Words before
/// the decision (`There is no evidence of fault to warrant us
/// investigating`) give reasons.
pub(crate) fn described(s: &Sentence<'_>) -> Range<usize> {
    s.described.get_or_init(|| read_described(s)).clone()
}

fn read_described(s: &Sentence<'_>) -> Range<usize> {
    let Some(h) = s.hits.iter().find(|h| not_investigating(s, h)) else {
        return 0..0;
    };
    // `This is because ... we cannot investigate late complaints`: a reason.
    if s.before(h).contains("because") {
        return 0..0;
    }
    // `The law prevents us from investigating complaints about matters
    // decided in court`: the law, not this complaint.
    let object = s.text[h.end..].trim_start();
    if object.starts_with("complaints") || object.starts_with("matters") {
        return 0..0;
    }
    let rest = &s.text[h.end..];
    const CONNECTIVES: &[&str] = &[
        " because",
        " as ",
        " since ",
        " due to ",
        " given ",
        " for the reason",
        " but ",
        " so ",
        " on the basis",
        " where ",
        " until ",
        ". ",
    ];
    let at = CONNECTIVES
        .iter()
        .filter_map(|c| rest.find(c))
        .min()
        .unwrap_or(rest.len());
    h.start..h.end + at
}

/// `outside our jurisdiction`, `no longer within our remit`.
fn generic_remit(s: &Sentence<'_>, h: &Hit) -> bool {
    let word = s.text[h.start..h.end].to_lowercase();
    word.starts_with("jurisdiction") || word.starts_with("remit")
}

/// The reason a phrase gives, if the sentence asserts it. `late_deciding`:
/// the sentence decides not to investigate and is not the first to.
fn hit_reason(s: &Sentence<'_>, h: &Hit, later_decision: bool) -> Option<ReasonKind> {
    let no = denied(s, h);
    let text = s.text[h.start..h.end].to_lowercase();
    Some(match h.cue {
        Cue::Fault if no && !finding_before(s.before(h)) => return None,
        Cue::EvidenceOfFault | Cue::Fault | Cue::WasFault | Cue::FoundFault if no => {
            ReasonKind::NoFault
        }
        Cue::FaultCaused if no => ReasonKind::NoFault,
        Cue::WithoutFault if text.starts_with("without") || !no => ReasonKind::NoFault,
        Cue::Merits if no => ReasonKind::NoFault,
        Cue::Injustice if no || text.starts_with("insufficient") || denied_after(s.after(h)) => {
            ReasonKind::InjusticeNotSignificant
        }
        // `disproportionate for us to investigate`: no listed ground.
        Cue::Outcome if text == "disproportionate" => ReasonKind::Other,
        Cue::Outcome if no || text.starts_with("nothing") => ReasonKind::NoWorthwhileOutcome,
        // A denial far back is another clause's: `did not cause her
        // significant injustice and are issues better placed for ...`.
        Cue::AlreadyRemedied if !denied_before(s.before(h), 5) => ReasonKind::AlreadyRemedied,
        Cue::BetterPlaced if !denied_before(s.before(h), 5) => ReasonKind::BetterPlacedBody,
        Cue::CourtRemedy if !no && court_used(s.before(h), &text) => ReasonKind::CourtProceedings,
        Cue::Appeal | Cue::CourtRemedy if !no => ReasonKind::AlternativeRemedy,
        Cue::CourtProceedings if court_open(s.before(h), &text) => ReasonKind::AlternativeRemedy,
        Cue::CourtProceedings => ReasonKind::CourtProceedings,
        Cue::Late => ReasonKind::Late,
        Cue::Premature if procedure_unfinished(&text) => {
            if !(no || last_words(s.before(h), 6).iter().any(|w| w == "until")) {
                return None;
            }
            ReasonKind::Premature
        }
        Cue::Premature => ReasonKind::Premature,
        // `did not complain to us within twelve months`.
        Cue::Deadline if no && (text.contains("twelve months") || text.contains("12 months")) => {
            ReasonKind::Late
        }
        Cue::Jurisdiction if text.starts_with("jurisdiction") || text.starts_with("remit") => {
            if !(no || s.said_before("outside", h.start)) {
                return None;
            }
            ReasonKind::OutsideJurisdiction
        }
        Cue::Jurisdiction => ReasonKind::OutsideJurisdiction,
        Cue::NotAffected if no => ReasonKind::NotAffected,
        Cue::ComplaintHandling if strong_handling(&text) || later_decision => {
            ReasonKind::ComplaintHandlingOnly
        }
        Cue::AssessmentCode => ReasonKind::Other,
        Cue::PublicInterest if no => ReasonKind::Other,
        _ => return None,
    })
}

/// `completed the complaints procedure`: premature only where denied.
fn procedure_unfinished(text: &str) -> bool {
    ["complete", "finish", "exhausted", "used"]
        .iter()
        .any(|w| text.starts_with(w))
}

/// The last few words before a phrase, lower-cased.
fn last_words(before: &str, n: usize) -> Vec<String> {
    before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// Words that put a court's part in the past or the present: `has been
/// decided in court`, `is being considered by the court`.
const DONE: &[&str] = &[
    "has", "have", "had", "was", "were", "been", "being", "already",
];

/// `can be decided in court`, `is usually determined by the courts`: a court
/// remedy open to the complainant, not proceedings that have happened.
fn court_open(before: &str, text: &str) -> bool {
    let verb = [
        "decided",
        "determined",
        "resolved",
        "dealt",
        "considered",
        "heard",
    ]
    .iter()
    .any(|v| text.starts_with(v));
    verb && !last_words(before, 3)
        .iter()
        .any(|w| DONE.contains(&w.as_str()))
}

/// `has taken legal action`, `took the Council to court`: court action
/// started, not a remedy still to use.
fn court_used(before: &str, text: &str) -> bool {
    if text.starts_with("took") || text.starts_with("went") {
        return true;
    }
    let last = last_words(before, 2);
    let started = [
        "taken",
        "started",
        "begun",
        "brought",
        "issued",
        "commenced",
    ];
    last.iter().any(|w| started.contains(&w.as_str()))
        && last
            .iter()
            .any(|w| DONE.contains(&w.as_str()) || started.contains(&w.as_str()))
}

/// Complaint handling as the reason itself: `in isolation`, `standalone`,
/// `purely to secure an apology`, `not a good use of public resources`.
fn strong_handling(text: &str) -> bool {
    [
        "isolation",
        "standalone",
        "stand",
        "separate",
        "only",
        "purely",
        "simply",
        "just",
        "good use",
    ]
    .iter()
    .any(|w| text.starts_with(w) || text.contains("isolation"))
}
