//! Validation over the real statements in `../shared` (skipped, with a note,
//! when it is absent): truncated files get an error, complete statements get
//! none, and the missing-header diagnostics match the expected headers.

mod common;

use lgsco::{Code, Severity};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

const HEADER_CODES: [Code; 5] = [
    Code::MissingTitle,
    Code::MissingReference,
    Code::MissingCategory,
    Code::MissingOutcome,
    Code::MissingDate,
];

struct Checked {
    name: String,
    complete: bool,
    expected: HashMap<String, String>,
    codes: Vec<(Code, Severity, String)>,
}

impl Checked {
    fn has(&self, code: Code) -> bool {
        self.codes.iter().any(|c| c.0 == code)
    }
    fn errors(&self) -> Vec<String> {
        self.codes
            .iter()
            .filter(|c| c.1 == Severity::Error)
            .map(|c| format!("{}: {}", c.0, c.2))
            .collect()
    }
    fn field(&self, name: &str) -> bool {
        self.expected.get(name).is_some_and(|v| !v.is_empty())
    }
}

/// Every statement of the corpus (with its `complete` flag) and the seeds
/// (complete), validated, with its expected header row.
fn checked(shared: &Path) -> Vec<Checked> {
    let mut files: Vec<(PathBuf, bool)> = common::tsv(&shared.join("corpus/index.tsv"))
        .into_iter()
        .map(|r| {
            (
                shared.join("corpus").join(&r["file"]),
                r.get("complete").map(String::as_str) == Some("y"),
            )
        })
        .collect();
    files.extend(
        common::statements(shared)
            .into_iter()
            .filter(|p| p.starts_with(shared.join("seeds")))
            .map(|p| (p, true)),
    );
    let mut expected: HashMap<String, HashMap<String, String>> = HashMap::new();
    for dir in ["seeds", "corpus", "corpus-2"] {
        for row in common::tsv(&shared.join(dir).join("expected-headers.tsv")) {
            expected.insert(row["file"].clone(), row);
        }
    }
    files
        .into_iter()
        .filter(|(p, _)| p.exists())
        .map(|(path, complete)| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let report = lgsco::validate(&text);
            Checked {
                expected: expected.get(&name).cloned().unwrap_or_default(),
                codes: report
                    .diagnostics()
                    .iter()
                    .map(|d| (d.code, d.severity, d.message.clone()))
                    .collect(),
                name,
                complete,
            }
        })
        .collect()
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_truncated_file_gets_an_error() {
    let Some(shared) = common::shared() else {
        return;
    };
    let all = checked(&shared);
    let truncated: Vec<&Checked> = all.iter().filter(|c| !c.complete).collect();
    assert!(!truncated.is_empty(), "no truncated files in the index");
    let missed: Vec<&str> = truncated
        .iter()
        .filter(|c| c.errors().is_empty())
        .map(|c| c.name.as_str())
        .collect();
    let by_code = |code| truncated.iter().filter(|c| c.has(code)).count();
    eprintln!(
        "{} truncated files: {} with an error ({} truncated, {} missing signature)",
        truncated.len(),
        truncated.len() - missed.len(),
        by_code(Code::Truncated),
        by_code(Code::MissingSignature)
    );
    assert!(
        missed.is_empty(),
        "truncated files without an error: {missed:?}"
    );
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn complete_statements_get_no_error() {
    let Some(shared) = common::shared() else {
        return;
    };
    let all = checked(&shared);
    let complete: Vec<&Checked> = all.iter().filter(|c| c.complete).collect();
    let full_header = complete
        .iter()
        .filter(|c| {
            ["reference", "area", "outcome", "date"]
                .iter()
                .all(|f| c.field(f))
        })
        .count();
    eprintln!(
        "{} complete statements ({full_header} with the full header)",
        complete.len()
    );
    assert!(full_header > 0, "no complete statement with a full header");
    let failures: Vec<String> = complete
        .iter()
        .filter(|c| !c.errors().is_empty())
        .map(|c| format!("{}: {:?}", c.name, c.errors()))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn missing_header_diagnostics_match_the_expected_headers() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut failures = Vec::new();
    for c in checked(&shared) {
        if c.expected.is_empty() {
            continue;
        }
        let pairs = [
            (Code::MissingReference, "reference"),
            (Code::MissingCategory, "area"),
            (Code::MissingOutcome, "outcome"),
            (Code::MissingDate, "date"),
        ];
        for (code, field) in pairs {
            // A statement with no header at all gets one R004 instead.
            let reported = c.has(code) || c.has(Code::NoHeader);
            if reported == c.field(field) {
                failures.push(format!(
                    "{}: {code} is {} but the expected {field} is {:?}",
                    c.name,
                    if reported { "reported" } else { "not reported" },
                    c.expected.get(field)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Mirrors print no header: they get the one no-header note (R004), not
/// the five missing-header warnings, and a complete mirror nothing else
/// but notes.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn mirrors_get_the_missing_header_diagnostics_and_nothing_spurious() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut failures = Vec::new();
    let mut mirrors = 0;
    for c in checked(&shared) {
        let headerless = !c.expected.is_empty()
            && ["reference", "area", "outcome", "date"]
                .iter()
                .all(|f| !c.field(f));
        if !headerless {
            continue;
        }
        mirrors += 1;
        let found: BTreeSet<Code> = c
            .codes
            .iter()
            .filter(|d| d.1 != Severity::Note)
            .map(|d| d.0)
            .collect();
        let header: BTreeSet<Code> = HEADER_CODES.into_iter().collect();
        if !c.has(Code::NoHeader) || !header.is_disjoint(&found) {
            failures.push(format!("{}: not one R004 but {found:?}", c.name));
        }
        // A slip in a citation is the statement's own text, which the mirror
        // copies: it is reported on every copy, and is not spurious.
        let expected: BTreeSet<Code> = found
            .iter()
            .copied()
            .filter(|&code| header.contains(&code) || code == Code::CitationSlip)
            .collect();
        if c.complete && found != expected {
            failures.push(format!("{}: more than the header codes: {found:?}", c.name));
        }
    }
    eprintln!("{mirrors} statements without a header");
    assert!(mirrors > 0, "no mirror copies found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Unseen truncated statements: every complete statement, cut at many
/// points before the end of its closing line, gets an error.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn complete_statements_cut_anywhere_get_an_error() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut failures = Vec::new();
    let mut cuts = 0;
    for c in checked(&shared).iter().filter(|c| c.complete) {
        let dir = if c.name.contains("__") {
            "corpus"
        } else {
            "seeds"
        };
        let text = std::fs::read_to_string(shared.join(dir).join(&c.name)).unwrap();
        let Some(end) = lgsco::parse(&text)
            .ok()
            .and_then(|d| d.signature.map(|s| s.span.end))
        else {
            continue;
        };
        for cut in (1..end).step_by(23).filter(|&i| text.is_char_boundary(i)) {
            cuts += 1;
            if !lgsco::validate(&text[..cut]).has_errors() {
                let tail: String = text[..cut]
                    .chars()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                failures.push(format!("{} cut at {cut}: {tail:?}", c.name));
            }
        }
    }
    eprintln!("{cuts} cuts of complete statements");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Cited law over the real statements: every provision of the Local
/// Government Act 1974 they cite exists (no `C004`), and each `34(B)` and
/// `34H(i)` they print is reported as a slip, at that text.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn cited_law_diagnostics_point_at_real_slips() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut failures = Vec::new();
    let mut slips = 0;
    for path in common::statements(&shared) {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let report = lgsco::validate(&text);
        let cited: Vec<_> = report
            .diagnostics()
            .iter()
            .filter(|d| d.code.as_str().starts_with('C'))
            .collect();
        for d in &cited {
            if d.code == Code::NoSuchProvision {
                failures.push(format!("{name}: {}", d.message));
            }
        }
        for printed in ["34(B)", "34H(i)"] {
            let reported = cited
                .iter()
                .filter(|d| {
                    d.code == Code::CitationSlip && d.message.starts_with(&format!("`{printed}`"))
                })
                .count();
            slips += reported;
            if reported != text.matches(printed).count() {
                failures.push(format!(
                    "{name}: {} `{printed}` printed, {reported} reported",
                    text.matches(printed).count()
                ));
            }
        }
    }
    eprintln!("{slips} slips `34(B)` and `34H(i)` reported");
    assert!(slips > 0, "no slips found in the corpus");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
