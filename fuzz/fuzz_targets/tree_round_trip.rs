//! The canonical rendering reads back as the same tree: every header field,
//! summary, heading, paragraph, item, trailing line, citation and the
//! signature, spans, printed markers and the summary's label aside.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/view.rs"]
mod view;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = lgsco::parse_bytes(data) {
        let text = d.to_string();
        let again = lgsco::parse(&text).expect("the canonical rendering parses");
        assert_eq!(view::view(&again), view::view(&d), "rendering changed the tree\n{text}");
    }
});
