//! Any bytes: a tree whose spans lie inside the input, or a positioned error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match lgsco::parse_bytes(data) {
        Ok(d) => {
            let text = std::str::from_utf8(data).expect("parsed input is UTF-8");
            for s in &d.sections {
                for p in &s.paragraphs {
                    assert!(p.span.slice(text).is_some(), "paragraph span outside input");
                    assert_eq!(p.text_span.slice(text), Some(p.text.as_str()));
                }
            }
            for s in &d.skipped {
                assert!(s.span.slice(text).is_some(), "skipped span outside input");
            }
        }
        Err(e) => assert!(e.line() >= 1 && e.column() >= 1),
    }
});
