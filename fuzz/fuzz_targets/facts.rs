//! Any UTF-8 text that parses: every fact's span lies inside the input on
//! character boundaries, the facts survive a serde round trip, and the
//! phrase matchers compiled from grammar/facts.pest find, at every word,
//! what pest's own parser finds (the oracle).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = lgsco::fuzz_facts_matchers_agree(text) {
        panic!("compiled matchers and pest disagree: {e}");
    }
    let Ok(decision) = lgsco::parse(text) else {
        return;
    };
    let facts = decision.facts();
    let mut spans = Vec::new();
    spans.extend(facts.complainant.iter().map(|c| c.span));
    spans.extend(facts.reasons.iter().map(|r| r.span));
    spans.extend(facts.bodies.iter().map(|b| b.span));
    for r in &facts.remedies {
        spans.push(r.span);
        spans.extend(r.deadline.iter().map(|d| d.span));
    }
    for span in spans {
        assert!(span.start <= span.end, "span ends before it starts");
        assert!(span.slice(text).is_some(), "span outside the input or off a boundary");
    }
    let _ = facts.total_amount();
    let json = serde_json::to_string(&facts).expect("facts serialise");
    let back: lgsco::Facts = serde_json::from_str(&json).expect("facts read back");
    assert_eq!(back, facts, "serde round trip");
});
