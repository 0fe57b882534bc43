//! The crate as a dependent crate sees it: only the public API.

use lgsco::{Category, Decision, Outcome, Reference, SectionKind, Span};
use std::error::Error as StdError;

#[test]
fn parse_from_str_and_display_agree() {
    let a = lgsco::parse(lgsco::SAMPLE).unwrap();
    let b: Decision = lgsco::SAMPLE.parse().unwrap();
    assert_eq!(a, b);
    let rendered = a.to_string();
    let c: Decision = rendered.parse().unwrap();
    assert_eq!(c.to_string(), rendered);
}

#[test]
fn errors_are_std_errors_with_positions() {
    let err: Box<dyn StdError + Send + Sync> = Box::new(lgsco::parse("hello").unwrap_err());
    assert!(err.to_string().starts_with("line 1, column 1:"));
    let err = "hello".parse::<Decision>().unwrap_err();
    assert_eq!(
        (err.line(), err.column(), err.span()),
        (1, 1, Span::new(0, 5))
    );
    assert!(format!("{err:?}").contains("NoStatement"));
}

#[test]
fn header_values_parse_and_print() {
    let r: Reference = "25 000 960".parse().unwrap();
    assert_eq!(
        (r.year(), r.serial(), r.suffix()),
        (Some(2025), Some(960), None)
    );
    assert!("25 000 96".parse::<Reference>().is_err());
    assert_eq!("Not upheld".parse::<Outcome>().unwrap(), Outcome::NotUpheld);
    let c: Category = "Benefits and tax > Council tax".parse().unwrap();
    assert_eq!(c.subcategory.as_deref(), Some("Council tax"));
    assert_eq!(
        "the_complaint".parse::<SectionKind>().unwrap(),
        SectionKind::Complaint
    );
}

#[test]
fn serde_round_trip_through_json() {
    let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    let json = serde_json::to_string_pretty(&d).unwrap();
    assert!(json.contains("\"reference\": \"24 012 345\""));
    assert!(json.contains("\"date\": \"2024-11-05\""));
    assert!(json.contains("\"outcome\": \"Closed after initial enquiries\""));
    let back: Decision = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn positions_come_from_one_line_index() {
    let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    let index = lgsco::LineIndex::new(lgsco::SAMPLE);
    let fin = d.section(SectionKind::FinalDecision).unwrap();
    let at = index.position(fin.heading_span.unwrap().start);
    assert_eq!(index.line_text(at.line), Some("Final decision"));
    assert_eq!(at.column, 1);
}

#[test]
fn types_can_cross_threads() {
    let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    let count = std::thread::scope(|s| s.spawn(|| d.paragraphs().count()).join().unwrap());
    assert_eq!(count, 7);
}

fn utf16(text: &str, bom: [u8; 2], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
    bom.into_iter()
        .chain(text.encode_utf16().flat_map(unit))
        .collect()
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let text = "Borsetshire County Council (24 012 345)\nSummary: Mrs B’s complaint.\n";
    let options = lgsco::Options::default();
    for bytes in [
        utf16(text, [0xFF, 0xFE], u16::to_le_bytes),
        utf16(text, [0xFE, 0xFF], u16::to_be_bytes),
    ] {
        assert_eq!(options.decode(&bytes).unwrap(), text);
        let d = lgsco::parse_bytes(&bytes).unwrap();
        assert_eq!(d, lgsco::parse(text).unwrap());
    }
    // A lone surrogate or an odd byte: an error, with no Windows-1252 hint.
    let mut bad = utf16(text, [0xFF, 0xFE], u16::to_le_bytes);
    bad.push(b'x');
    let err = lgsco::parse_bytes(&bad).unwrap_err();
    assert_eq!(err.kind(), lgsco::ErrorKind::InvalidUtf8);
    assert!(!err.to_string().contains("Windows-1252"), "{err}");
}

#[test]
fn binary_input_has_its_own_kind_and_no_windows_1252_hint() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend([0x92; 4]);
    let err = lgsco::parse_bytes(&png).unwrap_err();
    assert_eq!(err.kind(), lgsco::ErrorKind::Binary);
    assert_eq!(err.kind().to_string(), "binary");
    assert!(!err.to_string().contains("Windows-1252"), "{err}");
    let controls: Vec<u8> = b"Summary: s.\n".iter().chain(&[1u8; 20]).copied().collect();
    assert_eq!(
        lgsco::parse_bytes(&controls).unwrap_err().kind(),
        lgsco::ErrorKind::Binary
    );
    // Undefined in Windows-1252 (0x81): no hint either.
    let err = lgsco::parse_bytes(b"Summary: Mrs B\x81s complaint").unwrap_err();
    assert!(!err.to_string().contains("Windows-1252"), "{err}");
    let err = lgsco::parse_bytes(b"Summary: Mrs B\x92s complaint").unwrap_err();
    assert!(err.to_string().contains("Windows-1252"), "{err}");
    // validate_bytes says so too.
    let report = lgsco::validate_bytes(&png);
    assert!(report.diagnostics()[0].message.contains("binary"));
}

#[test]
fn foreign_line_ends_are_refused_by_name() {
    let lines = [
        "Borsetshire County Council (24 012 345)",
        "Summary: s.",
        "The complaint",
        "- Mr X complains.",
    ];
    for (end, name) in [
        ("\u{2028}", "U+2028 LINE SEPARATOR"),
        ("\u{85}", "U+0085 NEXT LINE"),
        ("\r", "lone carriage returns"),
    ] {
        let err = lgsco::parse(&lines.join(end)).unwrap_err();
        assert_eq!(err.kind(), lgsco::ErrorKind::UnsupportedLineEnds, "{name}");
        let shown = err.to_string();
        assert!(
            shown.contains(name) && shown.contains("convert them to line feeds"),
            "{shown}"
        );
    }
    // Saved with a final line feed, the text is one line with no statement,
    // and the error still names its line ends.
    let err = lgsco::parse(&format!("{}\n", lines.join("\u{2028}"))).unwrap_err();
    assert_eq!(err.kind(), lgsco::ErrorKind::UnsupportedLineEnds);
    // CRLF, and a lone CR inside a line, are fine.
    assert!(lgsco::parse(&lines.join("\r\n")).is_ok());
    assert!(lgsco::parse("Summary: a\rb.\nThe complaint\n- x\r y\n").is_ok());
}
