//! Remedies agreed, recommended or already given, with their sums and
//! deadlines.

use super::model::{Amount, Deadline, Remedy, RemedyKind};
use super::reasons::described;
use super::scan::{Cue, Hit};
use super::sentence::{denied, Sentence};

/// Whether a sentence is about a remedy: it agrees, recommends or reports
/// one, or continues a list that does (`The Council agreed to:`).
fn about_remedy(s: &Sentence<'_>) -> bool {
    s.continues
        || MODALS.iter().any(|m| s.text.contains(m))
        || s.hits
            .iter()
            .any(|h| matches!(h.cue, Cue::Agreed | Cue::AlreadyRemedied))
}

/// Words that put a remedy in the future or the past: `It will apologise
/// and pay`, `The Council should pay`, `has refunded`.
const MODALS: &[&str] = &["will ", "should ", "must ", "has ", "have ", "had "];

/// Every remedy of the statement's own text: one per kind, and one payment
/// per sum (a sum printed again later is the same payment).
pub(crate) fn remedies(sentences: &[Sentence<'_>]) -> Vec<Remedy> {
    let mut out: Vec<Remedy> = Vec::new();
    let mut amounts: Vec<Amount> = Vec::new();
    for s in sentences.iter().filter(|s| s.speaks()) {
        let found = sentence_remedies(s);
        let mut here: Vec<Amount> = Vec::new();
        for r in found {
            match r.amount {
                Some(a) => {
                    here.push(a);
                    let before = here.iter().filter(|&&x| x == a).count();
                    if amounts.iter().filter(|&&x| x == a).count() < before {
                        amounts.push(a);
                        out.push(r);
                    }
                }
                None if !out.iter().any(|o| o.kind == r.kind) => out.push(r),
                None => {}
            }
        }
    }
    if out
        .iter()
        .any(|r| r.kind == RemedyKind::Payment && r.amount.is_some())
    {
        out.retain(|r| r.kind != RemedyKind::Payment || r.amount.is_some());
    }
    if out.iter().any(|r| r.kind != RemedyKind::Unspecified) {
        out.retain(|r| r.kind != RemedyKind::Unspecified);
    }
    out.sort_by_key(|r| RemedyKind::ALL.iter().position(|k| *k == r.kind));
    out
}

/// The remedies one sentence states.
fn sentence_remedies(s: &Sentence<'_>) -> Vec<Remedy> {
    let skip = described(s);
    let context = about_remedy(s);
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
    for h in s.hits.iter().filter(|h| !skip.contains(&h.start)) {
        let kind = match h.cue {
            Cue::Apology if !denied(s, h) => RemedyKind::Apology,
            Cue::Payment if context && !denied(s, h) => {
                paying = true;
                RemedyKind::Payment
            }
            Cue::Money(a) if (paying || context) && !excluded_sum(s, h) => {
                out.push(remedy(RemedyKind::Payment, Some(a), h, &deadline));
                continue;
            }
            Cue::Reconsider if context && !denied(s, h) => RemedyKind::Reconsider,
            Cue::ServiceImprovement if context && !denied(s, h) => RemedyKind::ServiceImprovement,
            Cue::Action if context && !denied(s, h) => RemedyKind::Action,
            Cue::Agreed if unspecified(s, h) => RemedyKind::Unspecified,
            _ => continue,
        };
        out.push(remedy(kind, None, h, &deadline));
    }
    out
}

fn remedy(
    kind: RemedyKind,
    amount: Option<Amount>,
    h: &Hit,
    deadline: &Option<Deadline>,
) -> Remedy {
    Remedy {
        kind,
        amount,
        deadline: deadline.clone(),
        span: h.span,
    }
}

/// `agreed a remedy`, `recommended remedies`, or `The Council agreed to`
/// where a cut text ends: a remedy whose kind is not printed.
fn unspecified(s: &Sentence<'_>, h: &Hit) -> bool {
    let word = s.text[h.start..h.end].to_lowercase();
    if word.starts_with("remed") {
        return !denied(s, h)
            && (s.has(Cue::Agreed) || s.before(h).to_lowercase().contains("agree"));
    }
    s.cut
        && s.hits
            .iter()
            .all(|o| o.start <= h.start || matches!(o.cue, Cue::Designation))
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

/// Whether the words just before or after a sum make it a fee or a debt.
fn excluded_sum(s: &Sentence<'_>, h: &Hit) -> bool {
    let before = s.before(h);
    let after = s.after(h);
    let near_before = before.split_whitespace().rev().take(3);
    let near_after = after.split_whitespace().take(2);
    near_before.chain(near_after).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        NOT_REMEDY.contains(&w.as_str())
    })
}
