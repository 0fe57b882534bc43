//! Any bytes: a tree whose spans lie inside the decoded input, or a
//! positioned error. UTF-16 input is decoded first, as `parse_bytes` does,
//! so its spans are checked against the decoded text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = lgsco::Options::default();
    let parsed = options.parse_bytes(data);
    let Ok(text) = options.decode(data) else {
        assert!(parsed.is_err(), "undecodable input parsed");
        return;
    };
    match parsed {
        Ok(d) => {
            for s in &d.sections {
                for p in &s.paragraphs {
                    assert!(p.span.slice(&text).is_some(), "paragraph span outside input");
                    assert_eq!(p.text_span.slice(&text), Some(p.text.as_str()));
                }
            }
            for s in &d.skipped {
                assert!(s.span.slice(&text).is_some(), "skipped span outside input");
            }
        }
        Err(e) => assert!(e.line() >= 1 && e.column() >= 1),
    }
});
