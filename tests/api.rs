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
