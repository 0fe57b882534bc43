//! The limits of `Options`: input size and nodes, each a clear error at the
//! right place, honoured by validation, and far above every real statement.

mod common;

use lgsco::{Code, ErrorKind, Options, ValidateOptions};

const HEAD: &str = "Summary: s.\nThe complaint\n- Mr X complains.\n";

#[test]
fn defaults_fit_statements_not_floods() {
    let options = Options::default();
    assert_eq!(options.max_input_len, 4 << 20);
    assert_eq!(options.max_nodes, 50_000);
    // Five megabytes of one paragraph: refused by size alone.
    let long = format!("{HEAD}- {}\n", "word ".repeat(1 << 20));
    let err = lgsco::parse(&long).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge);
    assert!(err.to_string().contains("raise Options::max_input_len"));
    assert!(options.max_input_len(8 << 20).parse(&long).is_ok());
}

#[test]
fn too_many_lines_are_refused_at_the_line_past_the_limit() {
    // Three lines with text, a blank one (not counted), then two more.
    let text = format!("{HEAD}\n  \n- Mrs Y complains.\n- Mr Z complains.\n");
    let err = Options::default().max_nodes(4).parse(&text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooManyNodes);
    assert_eq!((err.line(), err.column()), (7, 1));
    assert_eq!(err.span().slice(&text), Some("- Mr Z complains."));
    let shown = err.to_string();
    assert!(shown.contains("more than 4 nodes"), "{shown}");
    assert!(shown.contains("raise Options::max_nodes"), "{shown}");
    assert!(Options::default().max_nodes(5).parse(&text).is_ok());
}

#[test]
fn the_default_node_limit_stops_a_flood_of_tiny_lines() {
    let text = format!("{HEAD}{}", "x\n".repeat(60_000));
    let err = lgsco::parse(&text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooManyNodes);
    assert_eq!(err.line(), 50_001);
}

#[test]
fn citations_count_toward_the_limit() {
    // Four lines, then two citations on the last (`section 26(6)(a),
    // section 34B` is one): a limit of five is passed by the second.
    let text = format!(
        "{HEAD}- Under section 26(6)(a), section 34B and the Care Act 2014, section 9, we stop.\n"
    );
    assert!(Options::default().max_nodes(6).parse(&text).is_ok());
    let err = Options::default().max_nodes(5).parse(&text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooManyNodes);
    let at = text.find("Care Act").unwrap();
    assert_eq!(err.span().start, at);
    assert_eq!(
        (err.line(), err.column()),
        (4, at - text.rfind("- Under").unwrap() + 1)
    );
}

#[test]
fn validation_honours_the_limits() {
    let text = format!("{HEAD}- Mrs Y complains.\n");
    let options = ValidateOptions::new().with_parse_options(Options::default().max_nodes(3));
    let report = lgsco::validate_with(&text, &options);
    assert!(report.decision().is_none());
    let first = report.iter().next().unwrap();
    assert_eq!(first.diagnostic.code, Code::ParseError);
    assert!(first
        .diagnostic
        .message
        .contains("raise Options::max_nodes"));
    assert_eq!((first.start.line, first.start.column), (4, 1));
    // The report keeps the input up to the line that passed the limit.
    assert_eq!(report.source(), text.trim_end());
    // Bytes too: over the size limit, nothing of the input is kept.
    let small = ValidateOptions::new().with_parse_options(Options::default().max_input_len(8));
    let report = lgsco::validate_bytes_with(text.as_bytes(), &small);
    assert_eq!(report.source(), "");
    assert_eq!(report.diagnostics()[0].code, Code::ParseError);
}

/// Every real statement parses and validates within a hundredth of each
/// default limit: the defaults leave a wide margin.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn real_statements_fit_a_hundredth_of_the_defaults() {
    let Some(shared) = common::shared() else {
        return;
    };
    let tight = Options::default()
        .max_input_len(Options::DEFAULT_MAX_INPUT_LEN / 100)
        .max_nodes(Options::DEFAULT_MAX_NODES / 100);
    let checks = ValidateOptions::new().with_parse_options(tight.clone());
    for path in common::statements(&shared) {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err(e) = tight.parse(&text) {
            panic!("{}: {e}", path.display());
        }
        let report = lgsco::validate_with(&text, &checks);
        assert!(report.decision().is_some(), "{}", path.display());
    }
}
