//! Yes/no tests for every phrase rule of grammar/facts.pest, on phrases
//! written for them: each `yes` is read whole by the rule, each `no` is
//! not begun by it at all (the scan would find nothing there). Families,
//! not files: each rule is tried on its tenses and voices.

use super::grammar::{FactsParser, Rule};
use pest::Parser;

/// Whether `text` parses as `rule`, whole.
fn whole(rule: Rule, text: &str) -> bool {
    FactsParser::parse(rule, text)
        .ok()
        .and_then(|mut pairs| pairs.next())
        .is_some_and(|pair| pair.as_span().end() == text.len())
}

/// Whether `rule` matches at the start of `text`, however much of it.
fn begins(rule: Rule, text: &str) -> bool {
    FactsParser::parse(rule, text).is_ok()
}

/// `assert_rule!(rule, "yes", ...; !"no", ...)`: the first strings parse
/// whole as the rule, the rule does not begin the others.
macro_rules! assert_rule {
    ($rule:ident, $($yes:literal),* $(; ! $($no:literal),*)?) => {
        $(assert!(whole(Rule::$rule, $yes), "`{}` should be a {}", $yes, stringify!($rule));)*
        $($(assert!(!begins(Rule::$rule, $no), "`{}` should not begin a {}", $no, stringify!($rule));)*)?
    };
}

#[test]
fn people_money_and_time() {
    assert_rule!(designation, "Mr X", "Mrs and Mr B", "Dr X and Dr Y", "Ms. K";
        !"Mr", "Mrx", "mister X");
    assert_rule!(money, "£1,500", "£250.50", "£ 300"; !"1,500", "pounds");
    assert_rule!(deadline, "within one month", "within four weeks of this decision",
        "within 20 working days", "within three months of our final decision";
        !"within reason", "by Friday");
}

#[test]
fn bodies() {
    assert_rule!(body, "Information Commissioner’s Office", "ICO",
        "Housing Ombudsman", "Parliamentary and Health Service Ombudsman", "Care Quality Commission",
        "Ofsted", "Traffic Penalty Tribunal", "Valuation Tribunal for England",
        "First-tier Tribunal (Special Educational Needs and Disability)", "SEND Tribunal",
        "First-tier Tribunal (Property Chamber)", "Upper Tribunal", "London Tribunals",
        "independent appeal panel", "admissions appeal panel", "Planning Inspectorate",
        "Secretary of State", "Department for Education", "Local Government Boundary Commission",
        "standards committee", "monitoring officer", "Social Work England", "police",
        "county court", "courts", "magistrates’ court", "magistrates",
        "Court of Protection", "judicial review", "another organisation", "different body",
        "tribunal", "independent tribunal";
        !"courtyard", "policeman", "Ofstead", "the council");
    assert_rule!(body_court, "High Court", "family court", "small claims court", "magistrates";
        !"courtesy");
    assert_rule!(body_tribunal, "tribunal", "tribunals", "statutory tribunal"; !"tribune");
    assert_rule!(body_other, "other bodies", "another body", "different organisation",
        "matter for the school"; !"others", "another person");
}

#[test]
fn the_result() {
    assert_rule!(investigate, "investigate", "investigation", "investigating"; !"invest");
    assert_rule!(initial_enquiries, "after initial enquiries", "after making enquiries";
        !"after the enquiries");
    assert_rule!(discontinue, "discontinued", "discontinuing", "ended our investigation",
        "stop this investigation", "closed the investigation"; !"ended the call", "continued");
    assert_rule!(found_fault, "found fault", "found the Council at fault", "find fault",
        "found the care provider was at fault", "found failings", "finds maladministration",
        "finding of fault", "findings of service failure", "found fault causing injustice";
        !"found that", "founded", "fault");
    assert_rule!(was_fault, "was fault", "was not at fault", "were some faults",
        "is no fault", "been at fault"; !"was found", "was faulty");
    assert_rule!(fault_caused, "fault caused", "faults which caused", "fault causing",
        "fault has resulted in"; !"fault by the Council", "default");
    assert_rule!(fault, "fault", "faults"; !"faulty", "default");
    assert_rule!(upheld, "upheld", "uphold", "upholding"; !"upholstery");
    assert_rule!(failings, "failings", "maladministration", "failed to", "fails to",
        "failure to", "did not properly", "did not promptly", "delayed", "delay in",
        "unreasonable delay", "delays by the Council", "accepts it did not",
        "accepted that it should have", "acknowledged the Council made an error",
        "not in line with our guidance on good practice", "fell short", "falls short",
        "poor practice", "go far enough", "went far enough";
        !"delayed by", "failure of the boiler", "did not reply", "delayed by the post");
}

#[test]
fn grounds_about_fault() {
    assert_rule!(evidence_of_fault, "evidence of fault", "evidence of administrative fault",
        "signs of fault", "indication of any fault", "suggestion that fault",
        "evidence of fault causing injustice", "evidence of fault by the Council or injustice caused";
        !"evidence of harm", "evidence that he");
    assert_rule!(find_fault, "find fault", "identify fault", "establish any fault",
        "finding fault", "find fault which caused";
        !"find that", "identify the officer");
    assert_rule!(without_fault, "without fault", "without any fault", "without evident fault";
        !"without delay");
    assert_rule!(decided_properly, "reached its decision properly", "made the decisions correctly",
        "took the decision in line with"; !"made a decision", "reached the school");
    assert_rule!(acted_properly, "acted reasonably", "acted in line with its contract",
        "acted in accordance with the guidance", "followed its policy",
        "followed the correct procedure", "applied the law";
        !"acted quickly", "followed up", "applied for a grant");
    assert_rule!(no_provision, "provision for", "provision in law to", "provision in the law for";
        !"provision of care", "provisional");
    assert_rule!(merits, "question the merits", "criticise the merits", "challenge its merits";
        !"question the decision");
    assert_rule!(judgement, "professional judgement", "professional judgment", "professional opinion";
        !"professional advice", "judgement");
}

#[test]
fn grounds_about_injustice_and_outcome() {
    assert_rule!(injustice, "injustice", "significant injustice", "personal injustice",
        "sufficiently significant injustice", "insufficient injustice",
        "insufficient, significant injustice"; !"justice", "injustices");
    assert_rule!(significant_enough, "significant enough", "significant enough injustice",
        "sufficiently serious", "personally affected", "affected personally";
        !"significant", "personally affected by");
    assert_rule!(outcome, "different outcome", "worthwhile outcome", "further findings",
        "achieve anything", "achieve the outcome", "add to the Council’s investigation",
        "add to its investigation", "lead to a different outcome", "result in any other finding",
        "power to cancel", "empowered to order", "nothing further", "disproportionate",
        "worthwhile", "make a difference", "make any meaningful difference"; !"outcome", "make a payment", "additional fees", "powered", "adding up");
}

#[test]
fn grounds_about_remedies_bodies_and_routes() {
    assert_rule!(already_remedied, "already apologised", "already been put right",
        "already taken action", "already made a payment", "put things right",
        "proportionate response", "suitable remedy", "appropriate action",
        "satisfied with the action", "has been remedied", "since issued", "now offered",
        "has remedied", "have now apologised", "has agreed", "agreed to formally investigate",
        "offered to reconsider", "will reconsider", "will now look again", "satisfactorily addressed", "been resolved",
        "provided the remedy", "done what Mr X asked", "what we would have recommended";
        !"already late", "has delayed", "put off", "suitable housing");
    assert_rule!(better_placed, "better placed", "best placed", "best suited",
        "more appropriately placed", "better dealt with by", "best considered by",
        "appropriate body", "right organisation", "more appropriate body";
        !"better off", "appropriately", "matters raised");
    assert_rule!(appeal, "right of appeal", "right to appeal", "rights to request a review",
        "right to return to", "appeal rights", "appealed to", "appeal against", "requested a review",
        "statutory review", "ask the Council for a review", "asking for a statutory review",
        "reasonable for him to appeal", "reasonable to expect Mr X to have appealed",
        "reasonable to ask for a review";
        !"appealing product", "right away", "reasonable time");
    assert_rule!(court_remedy, "matter for the courts", "is for the court", "are for the courts",
        "claim in the county court", "claim for repair costs through the courts",
        "action against the Council in court", "take the matter to court", "went to court",
        "legal action", "civil proceedings", "negligence claim", "insurance claim",
        "claim for damages", "personal injury claims", "gone to court", "taken the matter to court",
        "decided in court", "determined by the courts";
        !"claim form", "legal advice", "take the bus");
    assert_rule!(court_proceedings, "court proceedings", "family proceedings", "care proceedings",
        "dealt with by the court", "decided by the county court", "heard in court",
        "court order", "court action", "court has decided", "court decided",
        "magistrates decided",
        "judge had already ruled", "court would need to decide", "courts can determine";
        !"court report", "courtroom", "court of appeal");
    assert_rule!(late, "late", "more than twelve months", "over 12 months", "out of time",
        "outside the time limit", "outside our time limits", "too long ago", "too old",
        "so long ago", "too much time has passed", "complained sooner",
        "outside the 12-month time limit", "outside the permitted 12-month period", "twelve month period",
        "come to us earlier";
        !"late husband", "late appeal", "later", "late payment");
    assert_rule!(premature, "premature", "prematurely", "too early", "too soon", "yet completed",
        "yet to respond", "ongoing investigation", "live appeal", "current safeguarding enquiries",
        "completed the complaints procedure", "finished its complaints process",
        "opportunity to respond", "chance to put", "still considering", "still dealing with";
        !"prematurity", "too late", "current address");
    assert_rule!(jurisdiction, "social housing", "housing association", "internal school management",
        "employment matters", "personnel issue", "commercial dispute", "contractual matter",
        "all or most people", "most of the residents", "jurisdiction", "remit", "public body",
        "actions of a school", "happened in school", "rather than the Council";
        !"social worker", "internal review", "all the people");
    assert_rule!(not_affected, "person affected", "person aggrieved", "personal interest",
        "standing", "consent"; !"persons", "consented");
    assert_rule!(complaint_handling, "complaint handling", "complaints handling", "complaint handling alone",
        "complaints procedure in isolation", "isolation", "stand-alone complaint",
        "separate issue", "only to secure an apology", "good use of public",
        "handling of her complaint", "how the Council handled Mr X’s complaint",
        "way the Council dealt with the complaint";
        !"complaint about", "handling charges");
    assert_rule!(assessment_code, "Assessment Code"; !"assessment");
    assert_rule!(public_interest, "public interest", "public interest reason"; !"public inquiry");
}

#[test]
fn remedies() {
    assert_rule!(agreed, "agreed", "agrees", "recommended", "recommendations", "offered",
        "undertook", "remedy", "remedies"; !"agreeable", "offering");
    assert_rule!(direct_payment, "direct payment", "direct payments", "pay for", "payment of rent",
        "paid for", "housing benefit"; !"direct", "payment to");
    assert_rule!(apology, "apologise", "apologised", "apology", "apologising"; !"apple");
    assert_rule!(payment, "pay", "paid", "payment", "refund", "refunded", "reimburse",
        "compensation", "symbolic payment", "financial remedy", "backdate"; !"payroll", "repay");
    assert_rule!(learning_review, "review what happened", "review what went wrong",
        "review how it handles", "reviewing its practice", "reviewed the procedures";
        !"review her case", "review the decision");
    assert_rule!(reconsider, "reconsider", "reassess", "re-open", "fresh assessment",
        "new decision", "carry out an assessment", "complete the care assessments",
        "review her care plan", "review and update Mrs W’s care", "consider the complaint again",
        "start the process again"; !"consider", "review what happened", "new");
    assert_rule!(service_improvement, "training", "procedures", "guidance", "shared learning",
        "share the lessons", "remind its staff", "train relevant", "report to committee",
        "improve its practice", "prevent recurrence", "steps to prevent",
        "action to address the faults", "steps to tackle the failings",
        "feedback to the Social Worker", "feed back to staff";
        !"remind him", "remind Mrs X", "feedback from Mr X", "action to address her concerns");
    assert_rule!(action, "repair", "waive", "waiving", "write off", "written off", "cancel",
        "correct", "amend", "remove", "reduce the bill", "reduced the charges",
        "address her queries", "explanation", "explained why", "explain",
        "issue a decision", "provide her with", "provided a", "share", "sent", "meet with";
        !"provide a symbolic payment", "provided by", "arrange training", "arrange for staff",
        "reduce the risk", "explained that");
}

#[test]
fn arranging_for_the_complainant() {
    // `arrange` reads as an action only before what is arranged.
    for yes in [
        "arrange a repayment plan",
        "arranging for him to receive respite",
        "arranged a visit",
    ] {
        assert!(begins(Rule::action, yes), "{yes}");
    }
    for no in [
        "arrange training",
        "arrange for staff to attend",
        "arrange to review",
    ] {
        assert!(!begins(Rule::action, no), "{no}");
    }
}

#[test]
fn injustice_harm() {
    assert_rule!(harm, "distress", "time and trouble", "uncertainty", "financial loss",
        "avoidable", "frustration", "loss of", "upset"; !"distressing", "loss");
}

/// Every alternative of the grammar's `cue` has its yes/no test above.
#[test]
fn every_phrase_rule_is_tested() {
    let grammar = include_str!("../../grammar/facts.pest");
    let tests = include_str!("rule_tests.rs");
    let cue = grammar
        .split("\ncue = {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("the grammar's cue");
    let rules: Vec<&str> = cue
        .split('|')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .collect();
    assert!(rules.len() > 40, "{rules:?}");
    for rule in rules {
        assert!(
            tests.contains(&format!("assert_rule!({rule},")),
            "no yes/no test for `{rule}`"
        );
    }
}
