//! Why the Ombudsman did not investigate, or stopped.

use super::find::Patterns;
use super::model::{BodyName, Reason, ReasonKind};
use super::result::finding_before;
use super::scan::{Cue, Hit};
use super::sentence::{
    denied, denied_after, denied_before, ombudsman_speaks, NamedBodies, Scope, Sentence,
};
use super::spans;
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
        // `We will also not investigate how the Council handled the
        // complaint`: a later decision whose object is the reason.
        let later = deciding && !first_decision_sentence;
        let ours = |h: &&Hit| {
            h.start >= from
                && (!skip.contains(&h.start) || (later && h.cue == Cue::ComplaintHandling))
        };
        for h in s.hits.iter().filter(ours) {
            let Some(kind) = hit_reason(s, h, deciding && !first_decision_sentence) else {
                continue;
            };
            let span = evidence(s, h, kind);
            let reason = Reason { kind, span };
            if let Some(kind) = second_reason(s, h, kind)
                && !out.iter().any(|r| r.kind == kind)
            {
                out.push(Reason { kind, span });
            }
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
    // `an investigation would not lead to a different outcome`: the
    // investigation is the subject of a reason, nothing is described.
    let verb = object.split_whitespace().next().unwrap_or("");
    if matches!(
        verb,
        "will" | "would" | "could" | "can" | "cannot" | "is" | "was" | "may" | "might" | "should"
    ) {
        return 0..0;
    }
    let rest = &s.text[h.end..];
    static CONNECTIVES: Patterns = Patterns::new(&[
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
    ]);
    let at = CONNECTIVES.first_in(rest).unwrap_or(rest.len());
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
        // `reasonable to expect Mr X to have followed this process`: the
        // complainant's doing, not the body's.
        Cue::WithoutFault if !text.starts_with("without") && complainant_acts(s.before(h)) => {
            return None
        }
        Cue::WithoutFault if text.starts_with("without") || !no => ReasonKind::NoFault,
        Cue::Merits if no => ReasonKind::NoFault,
        Cue::Judgement if !no => ReasonKind::NoFault,
        Cue::NoProvision if no => ReasonKind::NoFault,
        Cue::Injustice
            if no
                || text.starts_with("insufficient")
                || denied_after(s.after(h))
                || spans::evidence_denied_at(s.before(h)).is_some() =>
        {
            ReasonKind::InjusticeNotSignificant
        }
        // `disproportionate for us to investigate`: no listed ground.
        Cue::Outcome if text == "disproportionate" => ReasonKind::Other,
        // `The Council has no power to waive the charge`: the body may not
        // do what was asked, no fault (v3); `we have no power to`: no
        // outcome we could achieve.
        Cue::Outcome if no && body_lacks_power(s, h, &text) => ReasonKind::NoFault,
        Cue::Outcome if no || text.starts_with("nothing") => ReasonKind::NoWorthwhileOutcome,
        // A denial far back is another clause's: `did not cause her
        // significant injustice and are issues better placed for ...`.
        Cue::AlreadyRemedied if !denied_before(s.before(h), 5) => ReasonKind::AlreadyRemedied,
        // `best considered by the tribunal`: a court or tribunal route, not
        // said to be better placed in so many words.
        Cue::BetterPlaced
            if !denied_before(s.before(h), 5)
                && !placed_in_words(&text)
                && to_court_or_tribunal(s) =>
        {
            ReasonKind::AlternativeRemedy
        }
        // `the statutory procedure is the appropriate route`: a route, no
        // other body.
        Cue::BetterPlaced
            if (text.ends_with("route") || text.ends_with("place")) && !named_bodies(s).any =>
        {
            return None
        }
        Cue::BetterPlaced if !denied_before(s.before(h), 5) => ReasonKind::BetterPlacedBody,
        Cue::Appeal | Cue::CourtRemedy if case_history(s, h, &text) => return None,
        Cue::CourtRemedy if !no && court_used(s.before(h), &text) => ReasonKind::CourtProceedings,
        Cue::Appeal | Cue::CourtRemedy if !no => ReasonKind::AlternativeRemedy,
        Cue::CourtProceedings if court_open(s.before(h), &text) || court_to_take(s, h) => {
            ReasonKind::AlternativeRemedy
        }
        // `A court decided in 2019 that ...`: the story, unless the summary
        // or the final decision tells it, or it is done (`has decided`).
        Cue::CourtProceedings if court_told(s, &text) => return None,
        // `following the issue of court action`: the story of the case.
        Cue::CourtProceedings if court_history(s, h) => return None,
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

/// The words a reason reads from: a ground given by denying a phrase (`no
/// evidence of fault`, `the injustice is not significant`) holds its
/// denial.
fn evidence(s: &Sentence<'_>, h: &Hit, kind: ReasonKind) -> crate::Span {
    let negative = matches!(
        kind,
        ReasonKind::NoFault
            | ReasonKind::InjusticeNotSignificant
            | ReasonKind::NoWorthwhileOutcome
            | ReasonKind::NotAffected
            | ReasonKind::Premature
            | ReasonKind::Late
            | ReasonKind::Other
    );
    let no = negative
        && (denied(s, h)
            || (h.cue == Cue::Injustice && spans::evidence_denied_at(s.before(h)).is_some()));
    let after = negative && !no && h.cue == Cue::Injustice && denied_after(s.after(h));
    spans::reason_span(s, h, no, after)
}

/// A second ground the same words give: `unlikely we would find fault
/// causing injustice` is no fault and no injustice; a court or tribunal
/// `better placed` or `the appropriate body` is also an alternative remedy.
fn second_reason(s: &Sentence<'_>, h: &Hit, kind: ReasonKind) -> Option<ReasonKind> {
    let text = s.text[h.start..h.end].to_lowercase();
    match kind {
        ReasonKind::NoFault
            if matches!(h.cue, Cue::EvidenceOfFault | Cue::FoundFault)
                && ["caus", "resulting"].iter().any(|w| text.contains(w)) =>
        {
            Some(ReasonKind::InjusticeNotSignificant)
        }
        ReasonKind::BetterPlacedBody if to_court_or_tribunal(s) => {
            Some(ReasonKind::AlternativeRemedy)
        }
        _ => None,
    }
}

/// `better placed`, `best suited`, `the appropriate body`: another body
/// said in so many words to be the better one; not `best considered by`.
fn placed_in_words(text: &str) -> bool {
    ![
        "addressed",
        "dealt",
        "considered",
        "handled",
        "resolved",
        "decided",
        "determined",
        "pursued",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Whether the bodies a sentence names are all courts or tribunals (at
/// least one): routes of appeal or claim, not bodies to complain to.
fn to_court_or_tribunal(s: &Sentence<'_>) -> bool {
    named_bodies(s).courts_only
}

/// The bodies `s` names, read once a sentence.
fn named_bodies(s: &Sentence<'_>) -> NamedBodies {
    *s.bodies.get_or_init(|| {
        let mut courts = s.hits.iter().filter_map(|h| match h.cue {
            Cue::Body(name, unnamed) => Some(unnamed || court_or_tribunal(name)),
            _ => None,
        });
        let first = courts.next();
        NamedBodies {
            any: first.is_some(),
            courts_only: first.is_some_and(|first| first && courts.all(|b| b)),
        }
    })
}

/// A court, a tribunal or an appeal panel.
fn court_or_tribunal(name: BodyName) -> bool {
    name == BodyName::Court
        || name == BodyName::IndependentAppealPanel
        || name.as_str().contains("Tribunal")
}

/// An appeal or a court route told as case history or as the law, not
/// relied on: `Miss X appealed the decision`, `once someone has appealed`,
/// `parents have the right to appeal`; or closed: `too late now to ask for
/// a review`. The summary and the final decision give reasons whatever the
/// wording.
pub(crate) fn case_history(s: &Sentence<'_>, h: &Hit, text: &str) -> bool {
    let before = last_words(s.before(h), 6);
    let near =
        |n: usize, words: &[&str]| before.iter().take(n).any(|w| words.contains(&w.as_str()));
    if near(3, &["late"]) && near(4, &["too"]) {
        return true;
    }
    if matches!(s.scope, Scope::Summary | Scope::Final) {
        return false;
    }
    // `Information about the appeals process`, `The appeals process`: the
    // route named, not said to be open to the complainant.
    if text.starts_with("appeal") && (text.contains("process") || text.contains("route")) {
        let lower = s.text.to_lowercase();
        let open = [
            "can ",
            "could ",
            "should ",
            "may ",
            "might ",
            "reasonabl",
            "right",
            "expect",
            "use ",
        ]
        .iter()
        .any(|w| lower.contains(w));
        if !open {
            return true;
        }
    }
    const ANYONE: &[&str] = &[
        "someone",
        "anyone",
        "people",
        "parents",
        "applicants",
        "everyone",
        "claimants",
        "appellants",
        "residents",
    ];
    if near(6, ANYONE) {
        return true;
    }
    // `Miss X appealed the decision`: the plain past, no `has`, `could
    // have` or `because` before it.
    text.starts_with("appealed")
        && !near(
            2,
            &[
                "has", "have", "had", "could", "should", "would", "might", "not", "already",
                "been", "never",
            ],
        )
        && !s.before(h).contains("because")
}

/// Whether the words before a phrase make the complainant its subject:
/// `Mr X followed`, `expect her to have followed`.
fn complainant_acts(before: &str) -> bool {
    last_words(before, 5).iter().any(|w| {
        matches!(
            w.as_str(),
            "expect"
                | "expected"
                | "he"
                | "she"
                | "him"
                | "her"
                | "mr"
                | "mrs"
                | "ms"
                | "miss"
                | "dr"
        )
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
    // `a court would need to decide`: the court is the phrase's subject.
    if ["court", "judge", "magistrate"]
        .iter()
        .any(|w| text.starts_with(w))
    {
        return text.split_whitespace().any(|w| {
            matches!(
                w,
                "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "will"
                    | "should"
                    | "must"
                    | "need"
                    | "needs"
            )
        });
    }
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

/// `The Council has no power to`, `the law gives the school no power to`:
/// a power the body lacks, not the Ombudsman.
fn body_lacks_power(s: &Sentence<'_>, h: &Hit, text: &str) -> bool {
    if !(text.starts_with("power") || text.starts_with("empowered")) {
        return false;
    }
    let last = last_words(s.before(h), 6);
    let ours = last.iter().any(|w| {
        matches!(
            w.as_str(),
            "we" | "i" | "us" | "our" | "ombudsman" | "ombudsman’s"
        )
    });
    let body = last.iter().any(|w| {
        matches!(
            w.as_str(),
            "council" | "authority" | "school" | "provider" | "landlord" | "trust" | "it" | "they"
        )
    });
    body && !ours
}

/// `reasonable to expect Ms X to resort to court action`: proceedings
/// still to be taken, a court route (v3), not proceedings that exist.
fn court_to_take(s: &Sentence<'_>, h: &Hit) -> bool {
    let before = s.before(h).to_lowercase();
    let taking = last_words(&before, 6).iter().any(|w| {
        matches!(
            w.as_str(),
            "resort" | "take" | "taking" | "bring" | "start" | "begin" | "pursue" | "use"
        )
    });
    taking
        && ["reasonable", "expect", "could", "can ", "should"]
            .iter()
            .any(|w| before.contains(w))
}

/// A court's decision told as the story of the case: `the court decided`
/// in the statement's own text, without `has`, `had` or `already`.
fn court_told(s: &Sentence<'_>, text: &str) -> bool {
    ["court", "judge", "magistrate"]
        .iter()
        .any(|w| text.starts_with(w))
        && !matches!(s.scope, Scope::Summary | Scope::Final)
        && !text
            .split_whitespace()
            .any(|w| matches!(w, "has" | "have" | "had" | "already"))
}

/// Court action told as a step in the story: `following the issue of court
/// action`, `after the court hearing`.
fn court_history(s: &Sentence<'_>, h: &Hit) -> bool {
    last_words(s.before(h), 4)
        .iter()
        .any(|w| matches!(w.as_str(), "following" | "after" | "issue"))
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
        "alone",
        "on its own",
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
