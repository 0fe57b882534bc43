//! Remedies agreed, recommended or already given, with their sums and
//! deadlines.

use super::find::Patterns;
use super::model::{Amount, Deadline, Remedy, RemedyKind};
use super::reasons::described;
use super::scan::{Cue, Hit};
use super::sentence::{denied, denied_before, ombudsman_speaks, Sentence};
use std::collections::HashMap;

/// Whether a sentence is about a remedy: it agrees, recommends or reports
/// one, or continues a list that does (`The Council agreed to:`). Where we
/// did not investigate (`strict`), a modal alone (`The Council has sent
/// the records`) is the story of the complaint, not a remedy.
fn about_remedy(s: &Sentence<'_>, strict: bool) -> bool {
    s.continues
        || (!strict && MODALS.any_in(s.text))
        // `explained why it did not offer a place`: an offer denied agrees
        // nothing.
        || s.hits
            .iter()
            .any(|h| matches!(h.cue, Cue::Agreed | Cue::AlreadyRemedied) && !denied_before(s.before(h), 5))
        // `The Council apologised and corrected the error`: remedies given.
        || s.hits.iter().any(|h| h.cue == Cue::Apology && !denied(s, h))
        // `The Council refunded the charge`: a remedy given, in the past.
        || s.hits.iter().any(|h| {
            h.cue == Cue::Payment
                && !denied(s, h)
                && ["refunded", "reimbursed", "compensated"]
                    .iter()
                    .any(|w| s.text[h.start..h.end].eq_ignore_ascii_case(w))
        })
}

/// Words that put a remedy in the future or the past: `It will apologise
/// and pay`, `The Council should pay`, `has refunded`.
static MODALS: Patterns = Patterns::new(&["will ", "should ", "must ", "has ", "have ", "had "]);

/// Every remedy of the statement's own text: one per kind, and one payment
/// per sum (a sum printed again later is the same payment).
/// `strict`: the statement did not investigate, so only a remedy agreed or
/// reported as given counts.
pub(crate) fn remedies(sentences: &[Sentence<'_>], strict: bool) -> Vec<Remedy> {
    let mut out: Vec<Remedy> = Vec::new();
    // How many times each sum was kept, and the kinds kept: looked up, not
    // searched, so that many sums cost each its own lookup.
    let mut amounts: HashMap<Amount, usize> = HashMap::new();
    let mut kinds: Vec<RemedyKind> = Vec::new();
    // Unless the statement says the body has put things right, whose
    // actions its sentences then tell.
    let strict = strict && !sentences.iter().any(|s| s.speaks() && remedied(s));
    let mut previous = "";
    for s in sentences.iter() {
        let before = std::mem::replace(&mut previous, s.text);
        if !s.speaks() {
            continue;
        }
        let found = sentence_remedies(s, strict, before);
        // A sum printed twice in one sentence is two payments; printed
        // again in a later sentence, the same one.
        let mut here: HashMap<Amount, usize> = HashMap::new();
        for r in found {
            let kind = r.kind;
            let keep = match r.amount {
                Some(a) => {
                    let before = here.entry(a).or_default();
                    *before += 1;
                    let kept = amounts.entry(a).or_default();
                    let new = *kept < *before;
                    *kept += usize::from(new);
                    new
                }
                None => !kinds.contains(&kind),
            };
            if keep {
                out.push(r);
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
        }
    }
    if out
        .iter()
        .any(|r| r.kind == RemedyKind::Payment && r.amount.is_some())
    {
        out.retain(|r| r.kind != RemedyKind::Payment || r.amount.is_some());
    }
    // An unnamed remedy beside named ones is one of them; beside service
    // improvements only (for others), it is the complainant's own.
    let personal =
        |k: RemedyKind| !matches!(k, RemedyKind::Unspecified | RemedyKind::ServiceImprovement);
    if out.iter().any(|r| personal(r.kind)) {
        out.retain(|r| r.kind != RemedyKind::Unspecified);
    }
    out.sort_by_key(|r| RemedyKind::ALL.iter().position(|k| *k == r.kind));
    out
}

/// Whether a sentence says a remedy has been given (`has taken appropriate
/// action to resolve the complaint`).
fn remedied(s: &Sentence<'_>) -> bool {
    s.hits
        .iter()
        .any(|h| h.cue == Cue::AlreadyRemedied && !denied_before(s.before(h), 5))
}

/// The remedies one sentence states.
/// `previous`: the text of the sentence before, which `This is £300` is
/// about.
fn sentence_remedies(s: &Sentence<'_>, strict: bool, previous: &str) -> Vec<Remedy> {
    // No phrase, no remedy: the sentence's words need not be read.
    if s.hits.is_empty() {
        return Vec::new();
    }
    // `If it upholds the complaint the Council will refund the fee`: where
    // we did not investigate, a remedy on a condition is not given.
    if conditional(s.text) && (strict || !s.text.contains(" not ")) {
        return Vec::new();
    }
    let skip = described(s);
    let context = about_remedy(s, strict);
    let deadline = s
        .hits
        .iter()
        .find(|h| h.cue == Cue::Deadline)
        .map(|h| Deadline {
            text: s.text[h.start..h.end].to_owned(),
            span: h.span,
        });
    let mut out = Vec::new();
    let mut paying = false;
    let mut given: Option<&Hit> = None;
    for h in s.hits.iter().filter(|h| !skip.contains(&h.start)) {
        if let Cue::Money(a) = h.cue {
            if (paying || context) && !excluded_sum(s, h) && !fee_before(s, h, previous) {
                out.push(remedy(s, RemedyKind::Payment, Some(a), h, &deadline));
            }
            continue;
        }
        if h.cue == Cue::AlreadyRemedied && !denied_before(s.before(h), 5) {
            given.get_or_insert(h);
        }
        let Some(kind) = hit_kind(s, h, context) else {
            continue;
        };
        paying |= kind == RemedyKind::Payment;
        out.push(remedy(s, kind, None, h, &deadline));
    }
    // `The School has now offered a place`, `the complaint has been
    // remedied`, `has already apologised`: a remedy already given, of the
    // kind its words say; a guessed kind only where nothing else is named.
    if let Some(h) = given {
        let text = &s.text[h.start..h.end];
        let kind = given_kind(text, s.after(h));
        // `has agreed to apologise and review`: what follows is read by
        // its own words; the guess only where they name nothing.
        let agreed_to = text.ends_with("agreed") || text.ends_with("offered");
        let named = !agreed_to
            && matches!(
                kind,
                Some(RemedyKind::Apology | RemedyKind::Payment | RemedyKind::Reconsider)
            );
        if let Some(kind) = kind.filter(|_| named || out.is_empty()) {
            out.push(remedy(s, kind, None, h, &deadline));
        }
    }
    out
}

/// The remedy a phrase names, in a sentence about remedies (`context`).
fn hit_kind(s: &Sentence<'_>, h: &Hit, context: bool) -> Option<RemedyKind> {
    let asserted = !denied(s, h) && !fault_described(s.before(h));
    // `I explain below why`, `we will share our decision`: our doing.
    let theirs = !ombudsman_speaks(s.before(h));
    Some(match h.cue {
        Cue::Apology if asserted => RemedyKind::Apology,
        Cue::Payment if context && asserted && theirs && paid_to_them(s, h) => RemedyKind::Payment,
        Cue::Reconsider if context && asserted && theirs && !for_all(s, h) => {
            RemedyKind::Reconsider
        }
        Cue::ServiceImprovement if context && asserted && theirs && improving(s, h) => {
            RemedyKind::ServiceImprovement
        }
        Cue::Action
            if context && asserted && theirs && !on_practice(s, h) && !gerund_told(s, h) =>
        {
            RemedyKind::Action
        }
        Cue::Agreed if unspecified(s, h) => RemedyKind::Unspecified,
        _ => return None,
    })
}

/// `apologise for failing to send the minutes`: the fault, not a remedy.
fn fault_described(before: &str) -> bool {
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    // `its duty to provide`, `was required to send`: what the body had to do.
    last.len() == 2
        && last[0] == "to"
        && matches!(
            last[1].as_str(),
            "failing"
                | "failed"
                | "failure"
                | "fail"
                | "duty"
                | "duties"
                | "obliged"
                | "obligation"
                | "required"
                | "responsibility"
        )
}

/// The kind of a remedy reported as given (an `already_remedied` phrase);
/// `None` for a satisfaction with the body's actions that names none.
fn given_kind(text: &str, after: &str) -> Option<RemedyKind> {
    let text = text.to_lowercase();
    let has = |w: &str| text.contains(w);
    // `has now awarded a badge`, `offered the child a place`: what a new
    // decision on the complainant's own application grants.
    let granted = ["offered", "awarded", "granted", "issued", "given"]
        .iter()
        .any(|w| text.ends_with(w))
        && after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(8)
            .any(|w| GRANTS.contains(&w.to_lowercase().as_str()));
    // `has agreed to formally investigate`, `has now agreed to issue a
    // badge`: the kind is in what follows.
    let next: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(str::to_lowercase)
        .collect();
    let agreed_to = (text.ends_with("agreed") || text.ends_with("offered"))
        && next.first().is_some_and(|w| w == "to");
    let follows = |stems: &[&str]| next.iter().any(|w| stems.iter().any(|s| w.starts_with(s)));
    Some(if has("satisfied") {
        return None;
    } else if agreed_to {
        if follows(&["investigat", "reconsider", "review", "reassess", "look"]) || follows(GRANTS) {
            RemedyKind::Reconsider
        } else {
            RemedyKind::Unspecified
        }
    } else if granted {
        RemedyKind::Reconsider
    } else if has("apolog") {
        RemedyKind::Apology
    } else if has("paid") || has("refund") {
        RemedyKind::Payment
    } else if [
        "consider",
        "reassess",
        "review",
        "investigat",
        "reopen",
        "re-open",
        "look",
    ]
    .iter()
    .any(|w| has(w))
    {
        RemedyKind::Reconsider
    } else if [
        "remed", "resolv", "right", "response", "action", "steps", "way", "what", "outcome",
        "redress",
    ]
    .iter()
    .any(|w| has(w))
    {
        RemedyKind::Unspecified
    } else if [
        "cancel",
        "removed",
        "waived",
        "issued",
        "credit",
        "correct",
        "amended",
        "address",
        "dealt",
        "explained",
    ]
    .iter()
    .any(|w| has(w))
    {
        RemedyKind::Action
    } else {
        // `the response it has already provided`: given, kind unsaid.
        RemedyKind::Unspecified
    })
}

/// What a new decision on an application grants: `a place`, `a badge`.
const GRANTS: &[&str] = &[
    "place",
    "places",
    "badge",
    "permit",
    "pass",
    "assessment",
    "tenancy",
    "grant",
    "licence",
    "bus",
];

/// A payment to the complainant: not `a demand for payment`, not `Mr X
/// has paid the rates`.
fn paid_to_them(s: &Sentence<'_>, h: &Hit) -> bool {
    let before = s.before(h);
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if matches!(
        last.first().map(String::as_str),
        // `a demand for payment`, `the allowance paid to Mrs G`.
        Some("for" | "demand" | "demanded" | "allowance" | "allowances" | "benefit" | "benefits")
    ) {
        return false;
    }
    // The complainant is the payer: `Mr X has paid`, `she paid`.
    let payer = designation_just_before(s, h, |w| {
        matches!(w, "has" | "had" | "have" | "already" | "now" | "since")
    }) || matches!(
        last.first().map(String::as_str),
        Some("he" | "she" | "they")
    );
    let after = s.after(h).split_whitespace().take(3);
    let fee = after.into_iter().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        NOT_REMEDY.contains(&w.as_str()) || w == "rates"
    });
    !payer && !fee
}

/// Whether a designation ends just before `h`, with only words `filler`
/// allows between them (at most eight): found among the hits by binary
/// search, so that a sentence of many designations is read once.
fn designation_just_before(s: &Sentence<'_>, h: &Hit, filler: impl Fn(&str) -> bool) -> bool {
    let before = s.before(h);
    // Where the run of filler words before `h` begins.
    let mut gap = before.len();
    for _ in 0..8 {
        let head = before[..gap].trim_end();
        let word_at = head.rfind(char::is_whitespace).map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
        if head.is_empty() || !filler(&head[word_at..]) {
            break;
        }
        gap = word_at;
    }
    let before_h = s.hits.partition_point(|d| d.end <= h.start);
    s.hits[..before_h]
        .iter()
        .rev()
        .take_while(|d| d.end >= gap)
        .any(|d| d.cue == Cue::Designation && before[d.end..].split_whitespace().all(&filler))
}

/// `If it upholds the complaint the Council will refund the fee`: a
/// remedy on a condition, not agreed (`If it has not already done so, it
/// should apologise` is, and is read where we investigated).
fn conditional(text: &str) -> bool {
    let text = text.trim_start();
    ["If ", "Unless ", "Should "]
        .iter()
        .any(|w| text.starts_with(w))
}

/// `complete financial assessments in a suitable timescale`: assessments
/// in general, a change of practice, not this complainant's.
fn for_all(s: &Sentence<'_>, h: &Hit) -> bool {
    let text = s.text[h.start..h.end].to_lowercase();
    text.ends_with("assessments")
        && !text
            .split_whitespace()
            .any(|w| matches!(w, "the" | "these" | "those"))
        && !text
            .split_whitespace()
            .any(|w| matches!(w, "her" | "his" | "their") || w.ends_with("’s") || w.ends_with("'s"))
}

/// `the framework for removing children`, `the importance of correcting`:
/// a verb in `-ing` after such a word names an act, it does not agree one
/// (`by removing the charge` does).
fn gerund_told(s: &Sentence<'_>, h: &Hit) -> bool {
    let word = s.text[h.start..h.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    word.ends_with("ing")
        && s.before(h).split_whitespace().next_back().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "for" | "about" | "when" | "after" | "before" | "while" | "from" | "without"
            )
        })
}

/// `amend its policy`, `update the guidance`: a change aimed at others
/// (a service improvement, read from its noun), not an act for the
/// complainant.
fn on_practice(s: &Sentence<'_>, h: &Hit) -> bool {
    s.after(h)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "policy"
                    | "policies"
                    | "procedure"
                    | "procedures"
                    | "process"
                    | "processes"
                    | "guidance"
                    | "practice"
                    | "practices"
                    | "website"
                    | "leaflet"
                    | "template"
                    | "templates"
                    | "staff"
                    | "officers"
            )
        })
}

/// Procedures, policies and practice are a remedy when something changes
/// them (`review its procedures`, `amend the policy`); training, reminders
/// and lessons are one on their own.
fn improving(s: &Sentence<'_>, h: &Hit) -> bool {
    let word = s.text[h.start..h.end].to_lowercase();
    let noun = [
        "policy",
        "policies",
        "procedure",
        "procedures",
        "processes",
        "practice",
        "guidance",
    ];
    if !noun.contains(&word.as_str()) {
        return true;
    }
    let near: Vec<&str> = s.before(h).split_whitespace().rev().take(10).collect();
    const CHANGE: &[&str] = &[
        "review",
        "reviewing",
        "reviewed",
        "change",
        "changed",
        "changes",
        "changing",
        "amend",
        "amended",
        "update",
        "updated",
        "updating",
        "revise",
        "revised",
        "improve",
        "improved",
        "introduce",
        "introduced",
        "develop",
        "developed",
        "create",
        "issue",
        "issued",
        "produce",
        "implement",
        "adopt",
        "draft",
        "share",
        "shared",
        "remind",
        "reminded",
        "consider",
        "clarify",
        "strengthen",
        "new",
    ];
    near.iter()
        .any(|w| CHANGE.iter().any(|c| w.eq_ignore_ascii_case(c)))
        || s.after(h)
            .trim_start()
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("change"))
}

fn remedy(
    s: &Sentence<'_>,
    kind: RemedyKind,
    amount: Option<Amount>,
    h: &Hit,
    deadline: &Option<Deadline>,
) -> Remedy {
    Remedy {
        kind,
        amount,
        deadline: deadline.clone(),
        span: super::spans::remedy_span(s, h),
    }
}

/// `agreed a remedy`, `recommended remedies`, or `The Council agreed to`
/// where a cut text ends: a remedy whose kind is not printed.
fn unspecified(s: &Sentence<'_>, h: &Hit) -> bool {
    let word = s.text[h.start..h.end].to_lowercase();
    // `agreed a remedy`, `accepted our recommendations`.
    // (The sentence has an `agreed` phrase: this one.)
    if word.starts_with("remed") || word.starts_with("recommendation") {
        // Another `agreed` phrase in the sentence (read up to the second),
        // or `agree`/`accept` before it (found once a sentence).
        return !denied(s, h)
            && (s
                .hits
                .iter()
                .filter(|o| o.cue == Cue::Agreed)
                .nth(1)
                .is_some()
                || s.said_before("agree", h.start)
                || s.said_before("accept", h.start));
    }
    // Nothing but designations after it: the phrases after `h` are read
    // up to the first that is not one.
    let after = s.hits.partition_point(|o| o.start <= h.start);
    s.cut
        && !denied(s, h)
        && s.hits[after..]
            .iter()
            .all(|o| matches!(o.cue, Cue::Designation))
}

/// Words beside a sum that make it a fee, debt or charge, not a remedy.
const NOT_REMEDY: &[&str] = &[
    "fee",
    "fees",
    "debt",
    "debts",
    "invoice",
    "invoices",
    "arrears",
    "bill",
    "bills",
    "overpayment",
    "charge",
    "charges",
    "charged",
    "tax",
    "rent",
    "cost",
    "costs",
    "owed",
    "owing",
    "owe",
    "outstanding",
    "balance",
    "fine",
    "penalty",
    "loan",
    "repay",
];

/// Words before a sum that take it off what is owed, an act, not a
/// payment: `waive £300`, `write off £1,200`, `reduce the bill by £80`.
const TAKEN_OFF: &[&str] = &[
    "waive",
    "waived",
    "waiving",
    "waives",
    "write",
    "writes",
    "writing",
    "written",
    "wrote",
    "cancel",
    "cancelled",
    "cancels",
    "reduce",
    "reduced",
    "reduces",
    "reducing",
    "credit",
    "credited",
    "deduct",
    "deducted",
];

/// `This is £19,898.` after a sentence about an invoice: a sum that only
/// names the amount of what the sentence before is about, a fee or a debt.
fn fee_before(s: &Sentence<'_>, h: &Hit, previous: &str) -> bool {
    // Five words at most are read: more than four is not anaphoric, and a
    // long sentence must not be read again for each of its sums.
    let before: Vec<String> = s
        .before(h)
        .split_whitespace()
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let anaphoric = before.len() <= 4
        && before
            .first()
            .is_some_and(|w| matches!(w.as_str(), "this" | "that" | "which" | "it"));
    anaphoric
        && previous
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NOT_REMEDY.contains(&w.to_lowercase().as_str()))
}

/// Whether the words just before or after a sum make it a fee or a debt.
fn excluded_sum(s: &Sentence<'_>, h: &Hit) -> bool {
    let before = s.before(h);
    let after = s.after(h);
    let near_before = before.split_whitespace().rev().take(3);
    let near_after = after.split_whitespace().take(2);
    let taken_off = before.split_whitespace().rev().take(4).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        TAKEN_OFF.contains(&w.as_str())
    });
    taken_off
        || near_before.chain(near_after).any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            NOT_REMEDY.contains(&w.as_str())
        })
}
