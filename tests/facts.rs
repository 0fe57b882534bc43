//! Decision facts scored against the hand annotations in `../shared`
//! (`expected-facts.tsv` beside the seeds and the corpus), as the issue asks:
//! result and complainant accuracy, micro F1 for reasons, bodies, remedies
//! and amounts. Rows are scored as annotated, slips and all.

mod common;

use lgsco::{DecisionResult, Facts};
use std::collections::HashMap;

/// True and false positives and false negatives of one list field.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, expected: &[String], got: &[String]) {
        let mut left: Vec<&String> = expected.iter().collect();
        for g in got {
            if let Some(i) = left.iter().position(|e| *e == g) {
                left.remove(i);
                self.tp += 1;
            } else {
                self.fp += 1;
            }
        }
        self.fn_ += left.len();
    }

    fn f1(&self) -> f64 {
        let denominator = 2 * self.tp + self.fp + self.fn_;
        if denominator == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / denominator as f64
        }
    }
}

fn list(field: &str) -> Vec<String> {
    field
        .split(';')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn unique<T: ToString>(items: impl Iterator<Item = T>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        let s = i.to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The fields of a facts value as the TSV prints them.
fn fields(f: &Facts) -> HashMap<&'static str, Vec<String>> {
    let mut m = HashMap::new();
    m.insert("reasons", unique(f.reasons.iter().map(|r| r.kind)));
    m.insert("bodies", unique(f.bodies.iter().map(|b| b.name)));
    m.insert("remedies", unique(f.remedies.iter().map(|r| r.kind)));
    m.insert(
        "amounts",
        f.remedies
            .iter()
            .filter_map(|r| r.amount)
            .map(|a| {
                let p = a.pence();
                if p.is_multiple_of(100) {
                    (p / 100).to_string()
                } else {
                    format!("{}", p as f64 / 100.0)
                }
            })
            .collect(),
    );
    m
}

/// The six scores: result, complainant, reasons, bodies, remedies, amounts.
fn scores() -> Option<[f64; 6]> {
    let shared = common::shared()?;
    let verbose = std::env::var_os("FACTS_VERBOSE").is_some();
    let (mut n, mut result_ok, mut complainant_ok) = (0, 0, 0);
    let mut counts: HashMap<&str, Counts> = HashMap::new();
    for dir in ["seeds", "corpus", "corpus-2"] {
        for row in common::tsv(&shared.join(dir).join("expected-facts.tsv")) {
            let path = shared.join(dir).join(&row["file"]);
            let text = std::fs::read_to_string(&path).expect("listed file exists");
            let facts = lgsco::parse(&text).expect("a statement").facts();
            n += 1;
            let result = facts
                .result
                .map_or("unclear".to_owned(), |r: DecisionResult| r.to_string());
            let result_expected = if row["result"].is_empty() {
                "unclear"
            } else {
                row["result"].as_str()
            };
            let mut wrong = Vec::new();
            if result == result_expected {
                result_ok += 1;
            } else {
                wrong.push(format!("result {result} != {result_expected}"));
            }
            let who = facts.complainant.as_ref().map_or("", |c| c.text.as_str());
            if who == row["complainant"] {
                complainant_ok += 1;
            } else {
                wrong.push(format!("complainant {who:?} != {:?}", row["complainant"]));
            }
            let got = fields(&facts);
            for field in ["reasons", "bodies", "remedies", "amounts"] {
                let expected = list(&row[field]);
                let mut e = expected.clone();
                let mut g = got[field].clone();
                e.sort();
                g.sort();
                if e != g {
                    wrong.push(format!("{field} {:?} != {:?}", got[field], expected));
                }
                counts.entry(field).or_default().add(&expected, &got[field]);
            }
            if verbose && !wrong.is_empty() {
                eprintln!("{}/{}: {}", dir, row["file"], wrong.join("; "));
            }
        }
    }
    assert!(n > 0, "no annotated rows read");
    let result = result_ok as f64 / n as f64;
    let complainant = complainant_ok as f64 / n as f64;
    let f1 = |f: &str| counts.get(f).copied().unwrap_or_default().f1();
    println!("facts over {n} statements:");
    println!("  result accuracy      {result:.3}  (>= 0.98)");
    println!("  complainant accuracy {complainant:.3}  (>= 0.98)");
    println!("  reasons F1           {:.3}  (>= 0.95)", f1("reasons"));
    println!("  bodies F1            {:.3}  (>= 0.95)", f1("bodies"));
    println!("  remedies F1          {:.3}  (>= 0.93)", f1("remedies"));
    println!("  amounts F1           {:.3}  (>= 0.97)", f1("amounts"));
    Some([
        result,
        complainant,
        f1("reasons"),
        f1("bodies"),
        f1("remedies"),
        f1("amounts"),
    ])
}

const NAMES: [&str; 6] = [
    "result",
    "complainant",
    "reasons",
    "bodies",
    "remedies",
    "amounts",
];

fn check(floors: [f64; 6]) {
    let Some(scores) = scores() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    for ((name, score), floor) in NAMES.iter().zip(scores).zip(floors) {
        assert!(score >= floor, "{name} {score:.3} is below {floor}");
    }
}

/// The issue's targets (`-- --nocapture` prints the figures).
#[test]
fn meets_the_issue_targets() {
    check([0.98, 0.98, 0.95, 0.95, 0.93, 0.97]);
}

/// No regression below the figures reached so far.
#[test]
fn keeps_the_scores_reached() {
    check([0.995, 0.995, 0.96, 0.97, 0.935, 0.99]);
}

/// Every fact's span lies inside the input, and the text there holds the
/// words the fact was read from.
#[test]
fn spans_hold_their_words() {
    let mut texts = vec![lgsco::SAMPLE.to_owned()];
    if let Some(shared) = common::shared() {
        for path in common::statements(&shared) {
            texts.push(std::fs::read_to_string(path).expect("readable"));
        }
    }
    for text in &texts {
        let f = lgsco::parse(text).expect("a statement").facts();
        let at = |span: lgsco::Span| span.slice(text).expect("span inside the input");
        if let Some(c) = &f.complainant {
            assert_eq!(at(c.span), c.text);
        }
        for b in &f.bodies {
            assert!(at(b.span).contains(&b.text), "{:?}", b);
        }
        for r in &f.reasons {
            assert!(!at(r.span).trim().is_empty());
        }
        for r in &f.remedies {
            let words = at(r.span);
            if let Some(a) = r.amount {
                let printed = a.to_string();
                let digits: String = printed.chars().filter(|c| c.is_ascii_digit()).collect();
                let found: String = words.chars().filter(|c| c.is_ascii_digit()).collect();
                assert!(
                    found.starts_with(digits.trim_end_matches('0')),
                    "{words} / {printed}"
                );
            }
            if let Some(d) = &r.deadline {
                assert_eq!(at(d.span), d.text);
            }
        }
    }
}

/// Words that deny: a reason read from a denial holds one.
const NEGATORS: &[&str] = &[
    "no",
    "not",
    "cannot",
    "never",
    "nothing",
    "unlikely",
    "insufficient",
    "without",
    "nor",
    "neither",
    "none",
    "unable",
    "unreasonable",
    "lack",
    "little",
    "prevents",
    "prevent",
    "prevented",
    "limited",
    "too",
];

/// Evidence reads as the fact (issue 22, item 4): no span starts or ends
/// inside a word, and the span of a no-fault, no-injustice or
/// no-outcome reason read from a phrase that asserts (`find fault`, `lead
/// to a different outcome`) holds the words that deny it (`unlikely we
/// would find fault`, `would not lead to a different outcome`).
#[test]
fn evidence_reads_as_the_fact() {
    let mut texts = vec![lgsco::SAMPLE.to_owned()];
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/facts");
    for entry in std::fs::read_dir(fixtures).expect("fixtures").flatten() {
        texts.push(std::fs::read_to_string(entry.path()).expect("readable"));
    }
    if let Some(shared) = common::shared() {
        for path in common::statements(&shared) {
            texts.push(std::fs::read_to_string(path).expect("readable"));
        }
    }
    let mut negative = 0;
    for text in &texts {
        let f = lgsco::parse(text).expect("a statement").facts();
        let inside = |at: usize| {
            let before = text[..at].chars().next_back();
            let after = text[at..].chars().next();
            before
                .zip(after)
                .is_some_and(|(a, b)| a.is_alphanumeric() && b.is_alphanumeric())
        };
        let mut spans: Vec<(String, lgsco::Span)> = Vec::new();
        spans.extend(
            f.complainant
                .iter()
                .map(|c| ("complainant".to_owned(), c.span)),
        );
        spans.extend(f.reasons.iter().map(|r| (r.kind.to_string(), r.span)));
        spans.extend(f.bodies.iter().map(|b| (b.name.to_string(), b.span)));
        spans.extend(f.remedies.iter().map(|r| (r.kind.to_string(), r.span)));
        for (what, span) in &spans {
            let words = span.slice(text).expect("span inside the input");
            assert!(
                !inside(span.start) && !inside(span.end),
                "{what}: `{words}` starts or ends inside a word"
            );
        }
        for r in &f.reasons {
            use lgsco::ReasonKind::*;
            if !matches!(
                r.kind,
                NoFault | InjusticeNotSignificant | NoWorthwhileOutcome
            ) {
                continue;
            }
            let words = r.span.slice(text).unwrap().to_lowercase();
            let list: Vec<&str> = words
                .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
                .filter(|w| !w.is_empty())
                .collect();
            // A phrase that asserts what the reason denies.
            let asserts = [
                "fault",
                "injustice",
                "outcome",
                "achieve",
                "add",
                "lead",
                "power",
            ]
            .iter()
            .any(|w| list.contains(w) || list.first().is_some_and(|f| f.starts_with(w)));
            let opens_denied = list.first().is_some_and(|f| {
                [
                    "without",
                    "insufficient",
                    "disproportionate",
                    "nothing",
                    "unlikely",
                ]
                .contains(f)
            });
            if asserts && !opens_denied {
                negative += 1;
                assert!(
                    list.iter()
                        .any(|w| NEGATORS.contains(w) || w.ends_with("n't") || w.ends_with("n’t")),
                    "{}: `{words}` leaves out its negator",
                    r.kind
                );
            }
        }
    }
    assert!(negative > 0 || texts.len() < 20, "{negative}");
}
