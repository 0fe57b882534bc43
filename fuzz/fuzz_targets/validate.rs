//! Any UTF-8 text: every diagnostic's span lies inside the input on
//! character boundaries, its line and column are 1-based, and the report's
//! human and JSON forms are produced without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = lgsco::validate(text);
    for d in report.diagnostics() {
        assert!(d.span.start <= d.span.end, "span ends before it starts");
        assert!(d.span.end <= text.len(), "span outside the input");
        assert!(d.span.slice(text).is_some(), "span not on character boundaries");
    }
    for located in report.iter() {
        assert!(located.start.line >= 1 && located.start.column >= 1);
        assert!(located.end.line >= 1 && located.end.column >= 1);
        assert!(located.start <= located.end, "start after end");
        let _ = located.to_string();
    }
    let _ = report.to_string();
    let json = serde_json::to_string(&report).expect("the report serialises");
    let value: serde_json::Value = serde_json::from_str(&json).expect("the report is JSON");
    assert_eq!(
        value["diagnostics"].as_array().map(Vec::len),
        Some(report.diagnostics().len())
    );
});
