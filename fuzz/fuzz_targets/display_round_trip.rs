//! The canonical rendering parses, and rendering that again is stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = lgsco::parse_bytes(data) {
        let text = d.to_string();
        let again = lgsco::parse(&text).expect("the canonical rendering parses");
        assert_eq!(again.to_string(), text, "rendering is not stable");
    }
});
