//! Tree → JSON → tree gives the same tree.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = lgsco::parse_bytes(data) {
        let json = serde_json::to_string(&d).expect("serialises");
        let back: lgsco::Decision = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, d);
    }
});
