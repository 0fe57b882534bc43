//! Decision facts on fictional statements written for these tests
//! (tests/fixtures/facts): a denial of fault, a finding of fault with
//! remedies, and a summary cut mid-word.

use lgsco::{BodyName, DecisionResult, Facts, ReasonKind, RemedyKind};

fn facts(name: &str) -> (String, Facts) {
    let path = format!("{}/tests/fixtures/facts/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("fixture");
    let facts = lgsco::parse(&text).expect("a statement").facts();
    (text, facts)
}

fn reasons(f: &Facts) -> Vec<ReasonKind> {
    f.reasons.iter().map(|r| r.kind).collect()
}

#[test]
fn no_evidence_of_fault_is_a_reason_not_a_finding() {
    let (text, f) = facts("no_evidence.txt");
    assert_eq!(f.complainant.as_ref().unwrap().text, "Mr T");
    assert_eq!(f.result, Some(DecisionResult::NotInvestigated));
    assert_eq!(reasons(&f), [ReasonKind::NoFault, ReasonKind::Late]);
    assert_eq!(f.reasons[0].span.slice(&text), Some("evidence of fault"));
    // What Mr T wants is no remedy.
    assert!(f.remedies.is_empty());
    assert_eq!(f.injustice, None);
}

#[test]
fn fault_found_with_remedies_sums_and_deadline() {
    let (_, f) = facts("fault_found.txt");
    assert_eq!(f.complainant.as_ref().unwrap().text, "Mrs and Mr P");
    assert_eq!(f.result, Some(DecisionResult::FaultFound));
    assert_eq!(f.injustice, Some(true));
    assert!(f.reasons.is_empty());
    let kinds: Vec<RemedyKind> = f.remedies.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            RemedyKind::Apology,
            RemedyKind::Payment,
            RemedyKind::ServiceImprovement
        ]
    );
    // The £1,200 billed is the matter complained of, not a remedy.
    assert_eq!(f.total_amount().unwrap().to_string(), "£350");
    let payment = &f.remedies[1];
    assert_eq!(payment.deadline.as_ref().unwrap().text, "within one month");
}

#[test]
fn a_cut_summary_still_gives_what_survives() {
    let (_, f) = facts("truncated.txt");
    assert_eq!(f.complainant.as_ref().unwrap().text, "Ms K");
    assert_eq!(f.result, Some(DecisionResult::NotInvestigated));
    assert_eq!(reasons(&f), [ReasonKind::AlternativeRemedy]);
    assert_eq!(f.bodies[0].name, BodyName::TrafficPenaltyTribunal);
}
