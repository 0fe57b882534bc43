//! Decision facts on fictional statements written for these tests
//! (tests/fixtures/facts): a denial of fault, a finding of fault with
//! remedies, a summary cut mid-word; each reason, body and remedy kind, and
//! denials read in their clause.

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
    assert_eq!(f.reasons[0].span.slice(&text), Some("no evidence of fault"));
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

fn bodies(f: &Facts) -> Vec<BodyName> {
    f.bodies.iter().map(|b| b.name).collect()
}

fn remedies(f: &Facts) -> Vec<RemedyKind> {
    f.remedies.iter().map(|r| r.kind).collect()
}

#[test]
fn a_matter_decided_in_court_is_court_proceedings() {
    let (_, f) = facts("court_decided.txt");
    assert_eq!(f.result, Some(DecisionResult::NotInvestigated));
    assert_eq!(reasons(&f), [ReasonKind::CourtProceedings]);
    assert_eq!(bodies(&f), [BodyName::Court]);
    // `had already made a final order` is the court's doing, no remedy.
    assert!(f.remedies.is_empty());
}

#[test]
fn a_matter_for_the_courts_is_an_alternative_remedy() {
    let (_, f) = facts("court_remedy.txt");
    assert_eq!(reasons(&f), [ReasonKind::AlternativeRemedy]);
    assert_eq!(bodies(&f), [BodyName::Court]);
    // The £620 is what Mrs D claims, not a remedy.
    assert!(f.remedies.is_empty());
}

#[test]
fn another_body_better_placed_and_complaint_handling_alone() {
    let (_, f) = facts("better_placed.txt");
    assert_eq!(
        reasons(&f),
        [
            ReasonKind::BetterPlacedBody,
            ReasonKind::ComplaintHandlingOnly
        ]
    );
    assert_eq!(bodies(&f), [BodyName::InformationCommissionersOffice]);
}

#[test]
fn a_body_that_put_things_right_has_remedied_it() {
    let (_, f) = facts("already_remedied.txt");
    assert_eq!(
        reasons(&f),
        [ReasonKind::NoWorthwhileOutcome, ReasonKind::AlreadyRemedied]
    );
    assert_eq!(
        remedies(&f),
        [
            RemedyKind::Apology,
            RemedyKind::Payment,
            RemedyKind::ServiceImprovement
        ]
    );
    // The £45 is what Mr L asked for.
    assert!(f.total_amount().is_none());
}

#[test]
fn social_housing_and_standing_are_outside_our_remit() {
    let (_, f) = facts("jurisdiction.txt");
    assert_eq!(
        reasons(&f),
        [ReasonKind::OutsideJurisdiction, ReasonKind::NotAffected]
    );
    assert_eq!(bodies(&f), [BodyName::HousingOmbudsman]);
}

#[test]
fn too_soon_and_too_late() {
    let (_, f) = facts("premature_late.txt");
    assert_eq!(reasons(&f), [ReasonKind::Late, ReasonKind::Premature]);
    assert!(f.bodies.is_empty());
}

#[test]
fn no_significant_injustice_and_no_public_interest() {
    let (_, f) = facts("injustice.txt");
    assert_eq!(f.complainant.as_ref().unwrap().text, "Dr H");
    assert_eq!(
        reasons(&f),
        [ReasonKind::InjusticeNotSignificant, ReasonKind::Other]
    );
}

#[test]
fn every_kind_of_remedy_agreed() {
    let (_, f) = facts("remedies.txt");
    assert_eq!(f.result, Some(DecisionResult::FaultFound));
    assert_eq!(f.injustice, Some(true));
    assert_eq!(
        remedies(&f),
        [
            RemedyKind::Apology,
            RemedyKind::Payment,
            RemedyKind::Payment,
            RemedyKind::Reconsider,
            RemedyKind::ServiceImprovement,
            RemedyKind::Action
        ]
    );
    assert_eq!(f.total_amount().unwrap().to_string(), "£1,050");
}

#[test]
fn no_fault_found_after_investigating() {
    let (_, f) = facts("no_fault.txt");
    assert_eq!(f.complainant.as_ref().unwrap().text, "Mr and Mrs J");
    assert_eq!(f.result, Some(DecisionResult::NoFault));
    assert!(f.reasons.is_empty());
    // Mr and Mrs J want a night carer paid for: no remedy.
    assert!(f.remedies.is_empty());
}

/// The facts of a one-line statement.
fn summary(text: &str) -> Facts {
    lgsco::parse(&format!("Summary: {text}\n"))
        .expect("a statement")
        .facts()
}

#[test]
fn denials_are_read_in_their_clause() {
    let cases = [
        ("We found fault by the Council.", DecisionResult::FaultFound),
        ("We found no fault by the Council.", DecisionResult::NoFault),
        ("The Council was not at fault.", DecisionResult::NoFault),
        (
            "There was fault by the Council.",
            DecisionResult::FaultFound,
        ),
    ];
    for (text, result) in cases {
        assert_eq!(summary(text).result, Some(result), "{text}");
    }
    let cases = [
        (
            "We will not investigate because there is no evidence of fault.",
            ReasonKind::NoFault,
        ),
        (
            "We will not investigate. It would not be unreasonable to expect Mr Y to appeal to the Valuation Tribunal.",
            ReasonKind::AlternativeRemedy,
        ),
        (
            "We will not investigate. The Council did not reply for a month, which is not a significant injustice.",
            ReasonKind::InjusticeNotSignificant,
        ),
        (
            "There is not enough evidence of fault to warrant us investigating.",
            ReasonKind::NoFault,
        ),
    ];
    for (text, kind) in cases {
        assert_eq!(reasons(&summary(text)), [kind], "{text}");
    }
    let properly = summary("We will not investigate. The Council reached its decision properly.");
    assert_eq!(reasons(&properly), [ReasonKind::NoFault]);
    let improperly =
        summary("We will not investigate. The Council did not make its decision properly.");
    assert!(improperly.reasons.is_empty());
    // Asserted, not denied: the Council has apologised, so no reason to
    // doubt the apology; denied: the Council has not apologised.
    let given = summary("We will not investigate. The Council has already apologised.");
    assert_eq!(remedies(&given), [RemedyKind::Apology]);
    let refused = summary("We will not investigate. The Council has not apologised.");
    assert!(refused.remedies.is_empty());
}

#[test]
fn every_body_by_its_printed_name() {
    let cases = [
        ("Mr A can complain to the Information Commissioner about his data.", BodyName::InformationCommissionersOffice),
        ("The Housing Ombudsman is better placed to consider Mrs B’s tenancy.", BodyName::HousingOmbudsman),
        ("Ms C’s complaint about the hospital is a matter for the Parliamentary and Health Service Ombudsman.", BodyName::ParliamentaryAndHealthServiceOmbudsman),
        ("Mr D can raise his concerns about the care home with the Care Quality Commission.", BodyName::CareQualityCommission),
        ("Ofsted is the right body to consider Mrs E’s concerns about the nursery.", BodyName::Ofsted),
        ("It would be reasonable for Mr F to appeal to the Traffic Penalty Tribunal.", BodyName::TrafficPenaltyTribunal),
        ("Miss G could have appealed to the Valuation Tribunal.", BodyName::ValuationTribunal),
        ("Mrs H has a right of appeal to the First-tier Tribunal (Special Educational Needs and Disability).", BodyName::FirstTierTribunalSend),
        ("Mr J can appeal to the First-tier Tribunal (Social Entitlement Chamber).", BodyName::FirstTierTribunal),
        ("Ms K could have asked the Upper Tribunal to decide the point of law.", BodyName::UpperTribunal),
        ("Mr L could have appealed to London Tribunals against the penalty.", BodyName::LondonTribunals),
        ("Mrs M has a right of appeal to an independent appeal panel.", BodyName::IndependentAppealPanel),
        ("Mr N has a right of appeal to the Planning Inspectorate.", BodyName::PlanningInspectorate),
        ("Ms P can complain to the Secretary of State about the school.", BodyName::SecretaryOfState),
        ("Mr Q can complain to the Department for Education about the academy.", BodyName::DepartmentForEducation),
        ("The Local Government Boundary Commission is better placed to decide Mrs R’s objection.", BodyName::LocalGovernmentBoundaryCommission),
        ("Mr S can complain to the monitoring officer about the councillor.", BodyName::Standards),
        ("Ms T can refer her concerns about the social worker to Social Work England.", BodyName::SocialWorkEngland),
        ("The police are better placed to investigate Mr U’s allegation of theft.", BodyName::Police),
        ("It would be reasonable for Mrs V to take the matter to the county court.", BodyName::Court),
        ("Another organisation is better placed to deal with Mr W’s complaint.", BodyName::Other),
        ("Mrs Z could have appealed to a tribunal.", BodyName::Other),
    ];
    for (text, name) in cases {
        let f = summary(&format!("We will not investigate this complaint. {text}"));
        assert_eq!(bodies(&f), [name], "{text}");
    }
    // Named only, not pointed to: no body.
    let f =
        summary("We will not investigate. Mr A wrote to the Information Commissioner last year.");
    assert!(f.bodies.is_empty());
}

#[test]
fn remedy_words_in_their_forms() {
    let cases = [
        ("The Council has waived the care fees.", RemedyKind::Action),
        (
            "The Council has removed the charge from her account.",
            RemedyKind::Action,
        ),
        (
            "The Council has cancelled the penalty charge.",
            RemedyKind::Action,
        ),
        ("The Council has corrected the record.", RemedyKind::Action),
        ("The Council has updated its records.", RemedyKind::Action),
        (
            "The Council has explained why the visit was missed.",
            RemedyKind::Action,
        ),
        (
            "The Council should address her outstanding queries.",
            RemedyKind::Action,
        ),
        (
            "The Council has shared the learning with its staff.",
            RemedyKind::ServiceImprovement,
        ),
        (
            "The Council has reminded its officers of the guidance.",
            RemedyKind::ServiceImprovement,
        ),
        (
            "The Council should review her care plan.",
            RemedyKind::Reconsider,
        ),
    ];
    for (text, kind) in cases {
        let f = summary(&format!("We found fault by the Council. {text}"));
        assert_eq!(remedies(&f), [kind], "{text}");
    }
}

#[test]
fn reasons_in_several_phrasings() {
    let cases = [
        (
            "because he has not completed the Council’s complaints procedure.",
            ReasonKind::Premature,
        ),
        (
            "until the Council has finished its complaints process.",
            ReasonKind::Premature,
        ),
        (
            "because the Council is yet to respond to Ms Y’s complaint.",
            ReasonKind::Premature,
        ),
        (
            "as Mrs Z did not complain to us within twelve months of knowing about it.",
            ReasonKind::Late,
        ),
        (
            "because the complaint has been remedied.",
            ReasonKind::AlreadyRemedied,
        ),
        (
            "as the School has now offered a place.",
            ReasonKind::AlreadyRemedied,
        ),
        (
            "because it is for the courts to decide who owns the land.",
            ReasonKind::AlternativeRemedy,
        ),
        (
            "as the matter has been decided in the county court.",
            ReasonKind::CourtProceedings,
        ),
        (
            "because we have no power to cancel the penalty.",
            ReasonKind::NoWorthwhileOutcome,
        ),
        (
            "because it would be reasonable for her to ask the Council for a review.",
            ReasonKind::AlternativeRemedy,
        ),
        (
            "as the complaint concerns the actions of a school, not the Council.",
            ReasonKind::OutsideJurisdiction,
        ),
        (
            "as it would be disproportionate for us to do so.",
            ReasonKind::Other,
        ),
    ];
    for (text, kind) in cases {
        let f = summary(&format!("We will not investigate this complaint {text}"));
        assert_eq!(reasons(&f), [kind], "{text}");
    }
    // A complainant's words, then ours in the same sentence.
    let text = "Summary: We will not investigate.\nMy assessment\n- Mr X argues the notice was late, but as he made his objection in time, I see no injustice to him.\n";
    let f = lgsco::parse(text).expect("a statement").facts();
    assert_eq!(reasons(&f), [ReasonKind::InjusticeNotSignificant]);
    // A school is no body we can name, but the statement points to it.
    let f =
        summary("We cannot investigate because it is a matter for the school, not the Council.");
    assert_eq!(bodies(&f), [BodyName::Other]);
    // Fault found in part; the rest was decided in court, which is listed.
    let text = "Summary: We found fault by the Council.\nMy assessment\n- We have no power to investigate matters that have been decided by the family court.\n";
    let f = lgsco::parse(text).expect("a statement").facts();
    assert_eq!(f.result, Some(DecisionResult::FaultFound));
    assert!(f.reasons.is_empty());
    assert_eq!(bodies(&f), [BodyName::Court]);
    // An unnamed remedy.
    let f = summary("We found fault. The Council has accepted our recommendations.");
    assert_eq!(remedies(&f), [RemedyKind::Unspecified]);
}

#[test]
fn bodies_have_a_kind_named_or_not() {
    use lgsco::BodyKind;
    let cases = [
        (
            "Mrs Z could have appealed to a tribunal.",
            BodyName::Other,
            BodyKind::Tribunal,
        ),
        (
            "Mr Y could have appealed to the Valuation Tribunal.",
            BodyName::ValuationTribunal,
            BodyKind::Tribunal,
        ),
        (
            "It would be reasonable for Ms X to take the matter to the county court.",
            BodyName::Court,
            BodyKind::Court,
        ),
        (
            "The police are better placed to investigate Mr W’s allegation.",
            BodyName::Police,
            BodyKind::Police,
        ),
        (
            "Mrs V can complain to the Housing Ombudsman about her landlord.",
            BodyName::HousingOmbudsman,
            BodyKind::Ombudsman,
        ),
        (
            "Mr U can raise his concerns about the home with the Care Quality Commission.",
            BodyName::CareQualityCommission,
            BodyKind::Regulator,
        ),
        (
            "Ms T has a right of appeal to the Planning Inspectorate.",
            BodyName::PlanningInspectorate,
            BodyKind::Government,
        ),
        (
            "Another organisation is better placed to deal with Mr S’s complaint.",
            BodyName::Other,
            BodyKind::Other,
        ),
    ];
    for (text, name, kind) in cases {
        let f = summary(&format!("We will not investigate this complaint. {text}"));
        let got: Vec<(BodyName, BodyKind)> = f.bodies.iter().map(|b| (b.name, b.kind)).collect();
        assert_eq!(got, [(name, kind)], "{text}");
    }
    // In JSON the kind is a label beside the name.
    let f =
        summary("We will not investigate this complaint. Mrs Z could have appealed to a tribunal.");
    let json = serde_json::to_value(&f.bodies[0]).unwrap();
    assert_eq!(json["kind"], "tribunal");
    assert_eq!(json["name"], "Other");
}

/// Reasons in the families of wording issue 22 lists, each in sentences
/// of its own.
#[test]
fn reasons_in_other_words() {
    let cases: &[(&str, &[ReasonKind])] = &[
        // Events too long ago.
        ("because the events Mr B describes are too old.", &[ReasonKind::Late]),
        ("as the matters happened so long ago.", &[ReasonKind::Late]),
        // Better dealt with elsewhere; professional judgement.
        ("because the matter is better dealt with by the Information Commissioner.", &[ReasonKind::BetterPlacedBody]),
        ("as the decision was a matter of professional judgement for the social worker.", &[ReasonKind::NoFault]),
        // Not done by or for the body.
        ("because the band was set by the Valuation Office Agency, rather than the Council.", &[ReasonKind::OutsideJurisdiction]),
        // The body lacks the power; we lack it.
        ("because the Council has no power to waive the charge Mrs C asked it to waive.", &[ReasonKind::NoFault]),
        ("because we have no power to order the Council to sell the land.", &[ReasonKind::NoWorthwhileOutcome]),
        ("because there is no provision in law for the Council to backdate the award.", &[ReasonKind::NoFault]),
        ("as the Council acted in line with its policy.", &[ReasonKind::NoFault]),
        // Compound grounds and negation scope.
        ("because it is unlikely we would identify fault by the Council that caused Ms D an injustice.", &[ReasonKind::NoFault, ReasonKind::InjusticeNotSignificant]),
        ("as it is unlikely the Ombudsman would find fault which caused Mr E to lose his place.", &[ReasonKind::NoFault, ReasonKind::InjusticeNotSignificant]),
        ("because there is insufficient evidence of fault or injustice.", &[ReasonKind::NoFault, ReasonKind::InjusticeNotSignificant]),
        // A denial of the evidence reaches the injustice far along its clause.
        (
            "because there is not enough evidence that the Council’s decision to raise the charge for the service causes Mr Z injustice.",
            &[ReasonKind::InjusticeNotSignificant],
        ),
        (
            "because there is no evidence the Council is at fault in how it replied to her letters or that the delay caused Mrs A a significant injustice.",
            &[ReasonKind::NoFault, ReasonKind::InjusticeNotSignificant],
        ),
        // A court route, in other words.
        ("because the court has decided who should pay the rent.", &[ReasonKind::CourtProceedings]),
        ("as a court dealt with the care of the children.", &[ReasonKind::CourtProceedings]),
        ("because Mr F could have appealed to the magistrates.", &[ReasonKind::AlternativeRemedy]),
        ("because it is reasonable for Mrs G to pursue her claim for the damage through the courts.", &[ReasonKind::AlternativeRemedy]),
        ("as a court would need to decide whether the contract was broken.", &[ReasonKind::AlternativeRemedy]),
        ("because the courts are better placed to decide the claim.", &[ReasonKind::BetterPlacedBody, ReasonKind::AlternativeRemedy]),
        (
            "because it is reasonable to expect Ms X to resort to court action.",
            &[ReasonKind::AlternativeRemedy],
        ),
        // Already remedied, in the plain past and present perfect.
        ("because the Council has remedied the fault.", &[ReasonKind::AlreadyRemedied]),
        ("as the Council has agreed to formally investigate Mr H’s complaint.", &[ReasonKind::AlreadyRemedied]),
    ];
    for (text, kinds) in cases {
        let f = summary(&format!("We will not investigate this complaint {text}"));
        assert_eq!(reasons(&f), *kinds, "{text}");
    }
    // Case history and the law are no reasons.
    let text = "Summary: We will not investigate this complaint because there is no evidence of fault.\nMy assessment\n- Miss J appealed the decision in May and the panel refused it.\n- Parents have the right to appeal to an independent appeal panel.\n";
    let f = lgsco::parse(text).expect("a statement").facts();
    assert_eq!(reasons(&f), [ReasonKind::NoFault]);
    assert!(f.bodies.is_empty(), "{:?}", f.bodies);
    // A body in the story is not pointed to.
    let f = summary("We will not investigate this complaint because there is no evidence of fault. The monitoring officer decided the councillor had not breached the code.");
    assert!(f.bodies.is_empty(), "{:?}", f.bodies);
}

/// Fault found without the word `fault`, and in report summaries that
/// print the findings under `The complaint`.
#[test]
fn fault_found_in_other_words() {
    for text in [
        "The Council failed to review Mr K’s care plan, which caused him distress. It has agreed to apologise.",
        "The Council delayed in refunding the deposit but this did not cause Ms L a significant injustice.",
        "The Council did not properly consider Mrs M’s application. It will reconsider it.",
        "Its letters to Mr J were not in line with our guidance on good practice. The Council has agreed to change how it writes them.",
        "We found failings in how the home looked after Mr N. The Council will apologise.",
        "We have completed our investigation having made a finding of fault by the Council.",
        "We found no fault in how the Council assessed Mrs P, but it accepts it did not reply to her letters. It will apologise.",
        "The Council’s own remedy did not go far enough and it has agreed to pay Mr Q £200.",
    ] {
        assert_eq!(summary(text).result, Some(DecisionResult::FaultFound), "{text}");
    }
    let text = "Summary: Mrs R complains the council did not assess her son.\nThe complaint\nMrs R complains the council failed to assess her son.\nThe Ombudsman found fault causing injustice and upheld the complaint.\nTo put this right the council has agreed to:\n- apologise to Mrs R;\n- pay Mrs R £300 for her distress.\n";
    let f = lgsco::parse(text).expect("a statement").facts();
    assert_eq!(f.result, Some(DecisionResult::FaultFound));
    assert_eq!(remedies(&f), [RemedyKind::Apology, RemedyKind::Payment]);
    assert_eq!(f.total_amount().unwrap().to_string(), "£300");
}

/// A person complaining for someone else is the complainant.
#[test]
fn the_one_who_complains_for_another() {
    let f = summary("Mrs D was refused a parking permit. Ms E who is complaining on behalf of Mrs D says the Council did not consider her disability.");
    assert_eq!(f.complainant.unwrap().text, "Ms E");
}

/// A remedy's kind comes from what is done and for whom (v3).
#[test]
fn remedy_kinds_from_what_is_done() {
    let cases: &[(&str, &[RemedyKind])] = &[
        (
            "The Council will arrange a repayment plan with Mr S.",
            &[RemedyKind::Action],
        ),
        (
            "The Council has agreed to waive the fees.",
            &[RemedyKind::Action],
        ),
        (
            "The Council will provide a symbolic payment to Ms T.",
            &[RemedyKind::Payment],
        ),
        (
            "The Council will give feedback to the social worker.",
            &[RemedyKind::ServiceImprovement],
        ),
        (
            "The Council will review what happened and share the lessons.",
            &[RemedyKind::ServiceImprovement],
        ),
        (
            "The Council will review Mrs U’s care plan.",
            &[RemedyKind::Reconsider],
        ),
        (
            "The care provider should reduce the bill.",
            &[RemedyKind::Action],
        ),
        (
            "The Council has agreed to amend its policy.",
            &[RemedyKind::ServiceImprovement],
        ),
    ];
    for (text, kinds) in cases {
        let f = summary(&format!("We found fault by the Council. {text}"));
        assert_eq!(remedies(&f), *kinds, "{text}");
    }
    // A place or badge granted on the complainant's own application is
    // part of reconsidering it.
    let f = summary("We will not investigate this complaint because the Council has now awarded Mr V a blue badge.");
    assert_eq!(remedies(&f), [RemedyKind::Reconsider]);
    // A sum waived is an action, not a payment; a sum that names an
    // invoice is none.
    let f = summary(
        "We found fault by the Council. It will pay Mrs W £150 and waive £900 of the care fees.",
    );
    assert_eq!(f.total_amount().unwrap().to_string(), "£150");
    // What the body did before, denied, agrees nothing.
    let f = summary("We will not investigate this complaint because there is no evidence of fault. The Council explained why it did not offer Mr Y a place.");
    assert!(f.remedies.is_empty(), "{:?}", f.remedies);
    // A remedy on a condition is not given.
    let f = summary("We will not investigate this complaint because the Council will reconsider it. If it upholds the complaint it will refund the charge.");
    assert_eq!(remedies(&f), [RemedyKind::Reconsider]);
}
