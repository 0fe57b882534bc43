//! Finds the phrases of grammar/facts.pest in one text.
//!
//! One pass over the words: only a word in [`TRIGGERS`] (or starting with
//! one of [`STEMS`]), a title such as `Mr` or a `£` can begin a phrase, and
//! only there is the grammar tried. After a match the scan resumes at its end.

use super::grammar::{FactsParser, Rule};
use super::model::{parse_pounds, Amount, BodyName};
use crate::Span;
use pest::iterators::Pair;
use pest::Parser;

/// What a phrase says, before sentence logic decides whether the statement
/// asserts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    Designation,
    Money(Amount),
    Deadline,
    Body(BodyName, bool),
    DirectPayment,
    ComplaintHandling,
    InitialEnquiries,
    Discontinue,
    FoundFault,
    WasFault,
    FaultCaused,
    Fault,
    Upheld,
    EvidenceOfFault,
    WithoutFault,
    Merits,
    CourtProceedings,
    CourtRemedy,
    AlreadyRemedied,
    BetterPlaced,
    Appeal,
    Late,
    Premature,
    Jurisdiction,
    NotAffected,
    AssessmentCode,
    PublicInterest,
    Injustice,
    Outcome,
    Apology,
    Payment,
    Reconsider,
    ServiceImprovement,
    Action,
    Agreed,
    Investigate,
    Failings,
    Harm,
}

/// A phrase found: what it says and where, in the text (`start..end`, from
/// the text's first byte) and in the input (`span`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
    pub span: Span,
}

/// Lower-case words that can begin a phrase, sorted for binary search.
const TRIGGERS: &[&str] = &[
    "achieve",
    "achieving",
    "action",
    "actions",
    "add",
    "adding",
    "additional",
    "address",
    "addressed",
    "addresses",
    "adequate",
    "admission",
    "admissions",
    "after",
    "agree",
    "agreed",
    "agreement",
    "agrees",
    "all",
    "already",
    "amend",
    "amended",
    "another",
    "anxiety",
    "appeal",
    "appealed",
    "appealing",
    "appeals",
    "apply",
    "appropriate",
    "arrange",
    "arranged",
    "ask",
    "asked",
    "asking",
    "assessment",
    "avoid",
    "avoidable",
    "been",
    "before",
    "being",
    "best",
    "better",
    "beyond",
    "cancel",
    "cancelled",
    "care",
    "carry",
    "case",
    "challenge",
    "chance",
    "civil",
    "claim",
    "claims",
    "close",
    "closed",
    "come",
    "comment",
    "commercial",
    "compensate",
    "compensated",
    "compensation",
    "complain",
    "complained",
    "complaint",
    "complaints",
    "complete",
    "completed",
    "confusion",
    "consent",
    "consider",
    "considered",
    "continuing",
    "contractual",
    "correct",
    "corrected",
    "county",
    "court",
    "courts",
    "cqc",
    "credit",
    "criticise",
    "crown",
    "current",
    "dealt",
    "decided",
    "department",
    "determined",
    "dfe",
    "different",
    "direct",
    "disadvantage",
    "disproportionate",
    "distress",
    "done",
    "employment",
    "empowered",
    "end",
    "ended",
    "ending",
    "enough",
    "environment",
    "esfa",
    "evidence",
    "exclusion",
    "exhausted",
    "explain",
    "explained",
    "explanation",
    "failings",
    "fair",
    "family",
    "fault",
    "faults",
    "finalise",
    "finalised",
    "financial",
    "find",
    "finding",
    "finds",
    "finish",
    "finished",
    "first",
    "first-tier",
    "found",
    "fresh",
    "frustration",
    "further",
    "given",
    "go",
    "going",
    "good",
    "granted",
    "guidance",
    "handling",
    "happen",
    "happened",
    "happens",
    "hardship",
    "harm",
    "health",
    "heard",
    "high",
    "housing",
    "how",
    "ico",
    "improve",
    "improvement",
    "improvements",
    "improving",
    "inconvenience",
    "independent",
    "indication",
    "information",
    "injustice",
    "insufficient",
    "insurance",
    "internal",
    "is",
    "isolation",
    "issue",
    "judicial",
    "jurisdiction",
    "just",
    "late",
    "lead",
    "leading",
    "learning",
    "legal",
    "lessons",
    "liability",
    "live",
    "local",
    "london",
    "loss",
    "lost",
    "made",
    "magistrate",
    "magistrates",
    "maladministration",
    "matter",
    "matters",
    "meaningful",
    "meet",
    "merits",
    "missed",
    "monetary",
    "monitor",
    "monitoring",
    "more",
    "most",
    "negligence",
    "new",
    "nothing",
    "now",
    "offer",
    "offered",
    "ofsted",
    "ongoing",
    "only",
    "opportunity",
    "other",
    "out",
    "outside",
    "over",
    "paid",
    "parliamentary",
    "pay",
    "paying",
    "payment",
    "payments",
    "person",
    "personal",
    "personally",
    "personnel",
    "phso",
    "planning",
    "police",
    "policies",
    "policy",
    "power",
    "powers",
    "practice",
    "premature",
    "prematurely",
    "prevent",
    "procedure",
    "procedures",
    "processes",
    "proper",
    "proportionate",
    "proposed",
    "provide",
    "provided",
    "public",
    "purely",
    "put",
    "putting",
    "question",
    "raised",
    "reached",
    "reasonable",
    "reassurance",
    "reassurances",
    "recommend",
    "recommendation",
    "recommendations",
    "recommended",
    "recommends",
    "rectified",
    "rectify",
    "redetermine",
    "refund",
    "refunded",
    "refunding",
    "refunds",
    "reimburse",
    "reimbursed",
    "reimbursement",
    "remedied",
    "remedies",
    "remedy",
    "remind",
    "reminded",
    "reminder",
    "reminders",
    "reminding",
    "remit",
    "remove",
    "removed",
    "repair",
    "repairs",
    "report",
    "request",
    "requested",
    "resolved",
    "result",
    "review",
    "reviewed",
    "right",
    "rights",
    "satisfactorily",
    "satisfactory",
    "satisfied",
    "secretary",
    "send",
    "sendist",
    "sent",
    "separate",
    "serious",
    "service",
    "share",
    "shared",
    "sharing",
    "shortcomings",
    "sign",
    "significant",
    "signs",
    "simply",
    "since",
    "small",
    "social",
    "special",
    "stand",
    "standalone",
    "standards",
    "standing",
    "start",
    "statutory",
    "steps",
    "stop",
    "stopped",
    "stress",
    "sufficient",
    "sufficiently",
    "suggestion",
    "suitable",
    "supplied",
    "symbolic",
    "take",
    "taking",
    "time",
    "too",
    "took",
    "tpt",
    "traffic",
    "train",
    "training",
    "tribunal",
    "tribunals",
    "uncertainty",
    "undertake",
    "undertaken",
    "undertook",
    "update",
    "updated",
    "upheld",
    "uphold",
    "upholding",
    "upper",
    "upset",
    "used",
    "useful",
    "valuation",
    "waive",
    "waived",
    "was",
    "way",
    "went",
    "were",
    "what",
    "within",
    "without",
    "worry",
    "worthwhile",
    "write",
    "written",
    "wrote",
    "yet",
];

/// Beginnings of words that can begin a phrase, whatever their ending.
const STEMS: &[&str] = &[
    "apolog",
    "discontinu",
    "investigat",
    "reassess",
    "re-assess",
    "reconsider",
    "reopen",
    "re-open",
    "re-evaluate",
    "revisit",
];

/// Titles that begin a designation (case matters: `Mr X`, not `mr`).
const TITLES: &[&str] = &["Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"];

/// The longest word compared with the lists.
const MAX_WORD: usize = 20;

/// Whether the word at the start of `rest` can begin a phrase.
fn is_trigger(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let len = bytes
        .iter()
        .take(MAX_WORD + 1)
        .position(|&b| !(b.is_ascii_alphabetic() || b == b'-'))
        .unwrap_or(bytes.len().min(MAX_WORD + 1));
    if len == 0 || len > MAX_WORD {
        return false;
    }
    let word = &bytes[..len];
    if bytes[0].is_ascii_uppercase() && TITLES.iter().any(|t| t.as_bytes() == word) {
        return true;
    }
    let mut lower = [0u8; MAX_WORD];
    for (l, b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    let lower = &lower[..len];
    TRIGGERS
        .binary_search_by(|t| t.as_bytes().cmp(lower))
        .is_ok()
        || STEMS.iter().any(|s| lower.starts_with(s.as_bytes()))
}

/// Whether byte `i` starts a word: a letter after anything but a letter,
/// digit, hyphen or apostrophe.
fn word_start(bytes: &[u8], i: usize) -> bool {
    if !bytes[i].is_ascii_alphabetic() {
        return false;
    }
    if i == 0 {
        return true;
    }
    let prev = bytes[i - 1];
    if prev.is_ascii_alphanumeric() || prev == b'-' || prev == b'\'' {
        return false;
    }
    // `’` is E2 80 99: the `s` of `Mr X’s` is no word start.
    !(i >= 3 && bytes[i - 3..i] == [0xE2, 0x80, 0x99])
}

/// Every phrase in `text`, whose first byte is at `base` in the input.
pub(crate) fn scan(text: &str, base: usize) -> Vec<Hit> {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let pound = bytes[i] == 0xC2 && bytes.get(i + 1) == Some(&0xA3);
        if !(pound || word_start(bytes, i) && is_trigger(&text[i..])) {
            i += 1;
            continue;
        }
        match attempt(text, i) {
            Some((cue, end)) => {
                hits.push(Hit {
                    cue,
                    start: i,
                    end,
                    span: Span::new(base + i, base + end),
                });
                i = end.max(i + 1);
            }
            None => i += if pound { 2 } else { 1 },
        }
    }
    hits
}

/// The most bytes a phrase is tried over. Every phrase of the grammar is
/// bounded and far shorter; the window matters because pest indexes the lines
/// of all it is given on each call (and scans to the line's end on failure),
/// so passing the rest of a long paragraph made each attempt cost its length.
const WINDOW: usize = 320;

/// The phrase at `at`, if one starts there, and where it ends.
fn attempt(text: &str, at: usize) -> Option<(Cue, usize)> {
    let mut end = (at + WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[at..end];
    let cue = FactsParser::parse(Rule::cue, rest).ok()?.next()?;
    let inner = cue.into_inner().next()?;
    let len = inner.as_str().len();
    Some((cue_of(inner)?, at + len))
}

/// What the grammar's rule says.
fn cue_of(pair: Pair<'_, Rule>) -> Option<Cue> {
    Some(match pair.as_rule() {
        Rule::designation => Cue::Designation,
        Rule::money => {
            let pounds = pair.into_inner().next()?;
            Cue::Money(parse_pounds(pounds.as_str())?)
        }
        Rule::deadline => Cue::Deadline,
        Rule::body => {
            let (name, unnamed) = body_name(pair.into_inner().next()?.as_rule());
            Cue::Body(name, unnamed)
        }
        Rule::direct_payment => Cue::DirectPayment,
        Rule::complaint_handling => Cue::ComplaintHandling,
        Rule::initial_enquiries => Cue::InitialEnquiries,
        Rule::discontinue => Cue::Discontinue,
        Rule::found_fault => Cue::FoundFault,
        Rule::was_fault => Cue::WasFault,
        Rule::fault_caused => Cue::FaultCaused,
        Rule::fault => Cue::Fault,
        Rule::upheld => Cue::Upheld,
        Rule::evidence_of_fault | Rule::find_fault => Cue::EvidenceOfFault,
        Rule::without_fault | Rule::decided_properly => Cue::WithoutFault,
        Rule::merits => Cue::Merits,
        Rule::court_proceedings => Cue::CourtProceedings,
        Rule::court_remedy => Cue::CourtRemedy,
        Rule::already_remedied => Cue::AlreadyRemedied,
        Rule::better_placed => Cue::BetterPlaced,
        Rule::appeal => Cue::Appeal,
        Rule::late => Cue::Late,
        Rule::premature => Cue::Premature,
        Rule::jurisdiction => Cue::Jurisdiction,
        Rule::not_affected => Cue::NotAffected,
        Rule::assessment_code => Cue::AssessmentCode,
        Rule::public_interest => Cue::PublicInterest,
        Rule::injustice | Rule::significant_enough => Cue::Injustice,
        Rule::outcome => Cue::Outcome,
        Rule::apology => Cue::Apology,
        Rule::payment => Cue::Payment,
        Rule::reconsider => Cue::Reconsider,
        Rule::service_improvement => Cue::ServiceImprovement,
        Rule::action => Cue::Action,
        Rule::agreed => Cue::Agreed,
        Rule::investigate => Cue::Investigate,
        Rule::failings => Cue::Failings,
        Rule::harm => Cue::Harm,
        _ => return None,
    })
}

/// The canonical name of a body rule, and whether the text left it unnamed.
fn body_name(rule: Rule) -> (BodyName, bool) {
    let name = match rule {
        Rule::body_ico => BodyName::InformationCommissionersOffice,
        Rule::body_housing_ombudsman => BodyName::HousingOmbudsman,
        Rule::body_phso => BodyName::ParliamentaryAndHealthServiceOmbudsman,
        Rule::body_cqc => BodyName::CareQualityCommission,
        Rule::body_ofsted => BodyName::Ofsted,
        Rule::body_tpt => BodyName::TrafficPenaltyTribunal,
        Rule::body_valuation => BodyName::ValuationTribunal,
        Rule::body_ftt_send => BodyName::FirstTierTribunalSend,
        Rule::body_ftt => BodyName::FirstTierTribunal,
        Rule::body_upper => BodyName::UpperTribunal,
        Rule::body_london => BodyName::LondonTribunals,
        Rule::body_appeal_panel => BodyName::IndependentAppealPanel,
        Rule::body_planning => BodyName::PlanningInspectorate,
        Rule::body_sos => BodyName::SecretaryOfState,
        Rule::body_dfe => BodyName::DepartmentForEducation,
        Rule::body_boundary => BodyName::LocalGovernmentBoundaryCommission,
        Rule::body_standards => BodyName::Standards,
        Rule::body_swe => BodyName::SocialWorkEngland,
        Rule::body_police => BodyName::Police,
        Rule::body_court => BodyName::Court,
        Rule::body_other => BodyName::Other,
        _ => return (BodyName::Other, true),
    };
    (name, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_are_sorted_lower_case() {
        assert!(TRIGGERS.windows(2).all(|w| w[0] < w[1]), "sorted");
        assert!(TRIGGERS
            .iter()
            .all(|t| t.bytes().all(|b| !b.is_ascii_uppercase())));
    }

    #[test]
    fn finds_phrases_at_words() {
        let text = "We will not investigate Mrs B’s complaint; pay her £1,250.50 within one month.";
        let cues: Vec<Cue> = scan(text, 0).into_iter().map(|h| h.cue).collect();
        assert_eq!(
            cues,
            [
                Cue::Investigate,
                Cue::Designation,
                Cue::Payment,
                Cue::Money(Amount::from_pence(125_050)),
                Cue::Deadline
            ]
        );
    }
}
