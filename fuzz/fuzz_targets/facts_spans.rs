//! Any UTF-8 text that parses: every fact's span lies inside the input on
//! character boundaries, printed words match their spans, the total never
//! panics, and the facts survive a JSON round trip unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(decision) = lgsco::parse(text) else {
        return;
    };
    let facts = decision.facts();
    let inside = |span: lgsco::Span| span.slice(text).expect("fact span inside the input");
    if let Some(c) = &facts.complainant {
        inside(c.span);
    }
    for r in &facts.reasons {
        inside(r.span);
    }
    for b in &facts.bodies {
        inside(b.span);
    }
    for r in &facts.remedies {
        inside(r.span);
        if let Some(d) = &r.deadline {
            assert_eq!(inside(d.span), d.text, "deadline text is its span");
        }
    }
    let _ = facts.total_amount();
    let json = serde_json::to_string(&facts).expect("facts serialise");
    let back: lgsco::Facts = serde_json::from_str(&json).expect("facts deserialise");
    assert_eq!(back, facts, "JSON round trip");
});
