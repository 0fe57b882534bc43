//! Parsing throughput, in bytes per second.
//!
//! ```text
//! cargo bench --bench parse                  # everything, about two minutes on two cores
//! cargo bench --bench parse -- corpus        # one group (criterion's filter)
//! cargo bench --bench parse -- --quick       # a rough figure, quickly
//! ```
//!
//! Groups:
//! - `seeds`: each statement in `../shared/seeds` on its own;
//! - `corpus`: every statement in `../shared/corpus` and `../shared/seeds` as
//!   one batch: parse; parse and [`lgsco::Decision::validate`]; parse and
//!   serialise to JSON;
//! - `growth`: one statement whose sections hold their paragraphs 1, 10, 100
//!   and 1000 times over (about 4 KB to 4 MB): the cost per byte should not
//!   grow with the input;
//! - `pathological`: inputs built to find superlinear paths (a 5 MB line,
//!   100,000 bullets, 10,000 unclosed brackets, 100,000 citation fragments),
//!   each checked first to return `Ok` or `Err` without panicking.
//!
//! - `report`: 40,000 diagnostics on one line (`(Local Government Act
//!   1974, section 34(B)) ` repeated after a header and summary): the
//!   report's `Display` and JSON, with the cost per diagnostic at 40,000
//!   over that at 4,000 printed; above x3 the bench fails (quadratic is x10).
//!
//! - `facts`: the same batch as `corpus`, parsed once beforehand: parse
//!   alone against [`lgsco::Decision::facts`] on each tree; prints the ratio,
//!   whose budget is 25%.
//! - `akn`: the same batch as `corpus`, parsed once beforehand: parse alone
//!   against exporting the trees as Akoma Ntoso ([`lgsco::akn::export`]);
//!   exporting should cost no more than parsing.
//!
//! Without `../shared` the real-statement groups fall back to the built-in
//! fictional statement [`lgsco::SAMPLE`], with a note on standard error.

mod common;

use common::{grow, shared};
use criterion::{black_box, BenchmarkId, Criterion, SamplingMode, Throughput};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A statement to parse, with the name it is reported under.
struct Input {
    name: String,
    text: String,
}

/// Every `.txt` statement in one folder of `../shared`, sorted by name.
/// Unreadable or non-UTF-8 files are left out with a note.
fn statements(folder: &str) -> Vec<Input> {
    let dir = shared().join(folder);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut inputs = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => inputs.push(Input { name, text }),
            Ok(Err(_)) => eprintln!("note: {} is not UTF-8; left out", path.display()),
            Err(err) => eprintln!("note: cannot read {}: {err}; left out", path.display()),
        }
    }
    inputs
}

/// The built-in fictional statement, for when `../shared` is absent.
fn sample() -> Input {
    Input {
        name: "SAMPLE".to_owned(),
        text: lgsco::SAMPLE.to_owned(),
    }
}

/// The statement the growth and memory inputs are built from: seed 000 (a
/// dashed statement of about 3.6 KB), or the built-in sample.
fn growth_base() -> Input {
    let path = shared().join("seeds/000_5c2e510e2d6654ca.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Input {
            name: "seed 000".to_owned(),
            text,
        },
        Err(_) => {
            eprintln!(
                "note: {} is absent; growth uses lgsco::SAMPLE",
                path.display()
            );
            sample()
        }
    }
}

/// Warn when a grown statement does not parse as one statement with
/// `times` times the paragraphs of its base.
fn check_growth(base: &str, grown: &str, times: usize) {
    let (Ok(b), Ok(g)) = (lgsco::parse(base), lgsco::parse(grown)) else {
        eprintln!("warning: growth x{times}: the base or the grown statement does not parse");
        return;
    };
    let (bp, gp) = (b.paragraphs().count(), g.paragraphs().count());
    if b.sections.len() != g.sections.len()
        || gp != bp * times
        || b.signature.is_some() != g.signature.is_some()
    {
        eprintln!(
            "warning: growth x{times}: {} sections and {gp} paragraphs, expected {} and {}",
            g.sections.len(),
            b.sections.len(),
            bp * times
        );
    }
}

fn seeds(c: &mut Criterion) {
    let mut inputs = statements("seeds");
    if inputs.is_empty() {
        eprintln!("note: ../shared/seeds is absent; `seeds` measures lgsco::SAMPLE");
        inputs.push(sample());
    }
    let mut group = c.benchmark_group("seeds");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for input in &inputs {
        group.throughput(Throughput::Bytes(input.text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(&input.name),
            input.text.as_str(),
            |b, text| b.iter(|| lgsco::parse(black_box(text))),
        );
    }
    group.finish();
}

fn corpus(c: &mut Criterion) {
    let mut inputs = statements("corpus");
    inputs.extend(statements("seeds"));
    if inputs.is_empty() {
        eprintln!("note: ../shared is absent; `corpus` measures lgsco::SAMPLE alone");
        inputs.push(sample());
    }
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    let failed = inputs
        .iter()
        .filter(|i| lgsco::parse(&i.text).is_err())
        .count();
    eprintln!(
        "corpus: {} statements, {bytes} bytes, {failed} without a statement (Err)",
        inputs.len()
    );
    let texts: Vec<&str> = inputs.iter().map(|i| i.text.as_str()).collect();
    let mut group = c.benchmark_group("corpus");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(lgsco::parse(black_box(text)).ok());
            }
        })
    });
    group.bench_function("parse+validate", |b| {
        b.iter(|| {
            for text in &texts {
                if let Ok(decision) = lgsco::parse(black_box(text)) {
                    black_box(decision.validate());
                }
            }
        })
    });
    group.bench_function("parse+json", |b| {
        b.iter(|| {
            for text in &texts {
                if let Ok(decision) = lgsco::parse(black_box(text)) {
                    black_box(serde_json::to_string(&decision).ok());
                }
            }
        })
    });
    group.finish();
}

/// Reading the decision facts against parsing, over the corpus batch.
fn facts(c: &mut Criterion) {
    let mut inputs = statements("corpus");
    inputs.extend(statements("seeds"));
    if inputs.is_empty() {
        inputs.push(sample());
    }
    let texts: Vec<&str> = inputs.iter().map(|i| i.text.as_str()).collect();
    let trees: Vec<lgsco::Decision> = texts.iter().filter_map(|t| lgsco::parse(t).ok()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    eprintln!("facts: {} trees, {bytes} bytes of statements", trees.len());
    // Mean time per batch of each, kept to print the ratio at the end.
    let mut per_batch = [None::<Duration>; 2];
    let mut group = c.benchmark_group("facts");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                for text in &texts {
                    black_box(lgsco::parse(black_box(text)).ok());
                }
            }
            let took = start.elapsed();
            per_batch[0] = Some(took / iters.max(1) as u32);
            took
        })
    });
    group.bench_function("facts", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                for tree in &trees {
                    black_box(black_box(tree).facts());
                }
            }
            let took = start.elapsed();
            per_batch[1] = Some(took / iters.max(1) as u32);
            took
        })
    });
    group.finish();
    if let [Some(parse), Some(facts)] = per_batch {
        eprintln!(
            "facts: {facts:?} per batch against parse {parse:?}: {:.1}% (budget 25%)",
            100.0 * facts.as_secs_f64() / parse.as_secs_f64()
        );
    }
}

/// Exporting Akoma Ntoso against parsing, over the corpus batch.
#[cfg(feature = "akn")]
fn akn(c: &mut Criterion) {
    let mut inputs = statements("corpus");
    inputs.extend(statements("seeds"));
    if inputs.is_empty() {
        inputs.push(sample());
    }
    let texts: Vec<&str> = inputs.iter().map(|i| i.text.as_str()).collect();
    let trees: Vec<lgsco::Decision> = texts.iter().filter_map(|t| lgsco::parse(t).ok()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let xml: usize = trees.iter().map(|d| lgsco::akn::export(d).xml.len()).sum();
    eprintln!(
        "akn: {} trees, {bytes} bytes of statements, {xml} bytes of XML",
        trees.len()
    );
    let mut group = c.benchmark_group("akn");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(lgsco::parse(black_box(text)).ok());
            }
        })
    });
    group.bench_function("export", |b| {
        b.iter(|| {
            for tree in &trees {
                black_box(lgsco::akn::export(black_box(tree)));
            }
        })
    });
    group.finish();
}

fn growth(c: &mut Criterion) {
    let base = growth_base();
    let mut group = c.benchmark_group("growth");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sampling_mode(SamplingMode::Flat);
    for times in [1, 10, 100, 1000] {
        let text = grow(&base.text, times);
        check_growth(&base.text, &text, times);
        if times == 1000 {
            eprintln!(
                "growth: {} of {} bytes, x1000 is {} bytes",
                base.name,
                base.text.len(),
                text.len()
            );
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{times}x")),
            text.as_str(),
            |b, text| b.iter(|| lgsco::parse(black_box(text))),
        );
    }
    group.finish();
}

/// A minimal statement around `body`, the text of the first section.
fn wrap(body: &str) -> String {
    let mut s = String::with_capacity(body.len() + 200);
    s.push_str("Summary: We will not investigate Mr X’s complaint.\nThe complaint\n");
    s.push_str(body);
    if !body.ends_with('\n') {
        s.push('\n');
    }
    s.push_str("Final decision\n- We will not investigate.\n");
    s.push_str("Investigator's decision on behalf of the Ombudsman\n");
    s
}

/// The pathological inputs, by name, at `1/shrink` of their full size.
fn pathological_inputs(shrink: usize) -> Vec<(&'static str, String)> {
    let n = |count: usize| (count / shrink).max(1);
    let sentence = "Mr X says the Council did not reply to his letters. ";
    let long_line = format!("- {}", sentence.repeat(n((5 << 20) / sentence.len())));
    let bullets = format!(
        "- Mr X complains the Council:\n{}",
        "  • did not reply to his letters;\n".repeat(n(100_000))
    );
    let brackets = format!("- Mr X says {}\n", "(the Council ".repeat(n(10_000)));
    let unclosed_citations = format!(
        "- Mr X cites {}\n",
        "(Local Government Act 1974, section 26(".repeat(n(10_000))
    );
    let fragment = "section 26(6)(a), ";
    let fragments = format!("- The law says {}\n", fragment.repeat(n(100_000)));
    let citation_list = format!(
        "- We cannot investigate. (Local Government Act 1974, {}section 34(3))\n",
        fragment.repeat(n(100_000))
    );
    vec![
        ("5MB_line", wrap(&long_line)),
        ("100k_bullets", wrap(&bullets)),
        ("10k_unclosed_brackets", wrap(&brackets)),
        ("10k_unclosed_citations", wrap(&unclosed_citations)),
        ("100k_citation_fragments", wrap(&fragments)),
        ("100k_citation_list", wrap(&citation_list)),
    ]
}

/// Seconds per byte of the fastest of `runs` parses.
fn cost_per_byte(text: &str, runs: usize) -> f64 {
    let fastest = (0..runs)
        .map(|_| {
            let started = Instant::now();
            black_box(lgsco::parse(black_box(text)).ok());
            started.elapsed()
        })
        .min()
        .unwrap_or_default();
    fastest.as_secs_f64() / text.len().max(1) as f64
}

/// Parses each input once, catching panics; benchmarks those that neither
/// panic nor take longer than a few seconds. Returns whether none panicked.
fn pathological(c: &mut Criterion) -> bool {
    let mut all_ok = true;
    let mut group = c.benchmark_group("pathological");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sampling_mode(SamplingMode::Flat);
    let tenths = pathological_inputs(10);
    for ((name, text), (_, tenth)) in pathological_inputs(1).into_iter().zip(tenths) {
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| lgsco::parse(&text)));
        let took = started.elapsed();
        let what = match &outcome {
            Ok(Ok(d)) => format!("Ok, {} paragraphs", d.paragraphs().count()),
            Ok(Err(e)) => format!("Err ({:?})", e.kind()),
            Err(_) => "PANIC".to_owned(),
        };
        eprintln!(
            "pathological/{name}: {} bytes, {what}, {:.3} s once",
            text.len(),
            took.as_secs_f64()
        );
        if outcome.is_err() {
            all_ok = false;
            continue;
        }
        // The cost per byte at full size over that at a tenth of it: about
        // 1 when the cost is linear, about 10 when it is quadratic.
        // (Debug builds, as under `cargo test --benches`, are slower.)
        let limit = Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 2 });
        if took < limit {
            let ratio = catch_unwind(|| cost_per_byte(&text, 2) / cost_per_byte(&tenth, 5));
            match ratio {
                Ok(r) => eprintln!("pathological/{name}: cost per byte at 10x the size: x{r:.1}"),
                Err(_) => {
                    eprintln!("pathological/{name}: PANIC at a tenth of the size");
                    all_ok = false;
                    continue;
                }
            }
        } else {
            eprintln!("pathological/{name}: too slow to measure; not benchmarked");
            continue;
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text.as_str(), |b, t| {
            b.iter(|| lgsco::parse(black_box(t)))
        });
    }
    group.finish();
    all_ok
}

/// A statement with `n` citation slips (C002) on one line.
fn slips(n: usize) -> String {
    format!(
        "Borsetshire County Council (24 012 345)\nSummary: s.\nThe complaint\n- {}\n",
        "(Local Government Act 1974, section 34(B)) ".repeat(n)
    )
}

/// Seconds per diagnostic of the fastest of three runs of `f` over `report`.
fn per_diagnostic(report: &lgsco::Report<'_>, f: fn(&lgsco::Report<'_>) -> usize) -> f64 {
    let fastest = (0..3)
        .map(|_| {
            let started = Instant::now();
            black_box(f(black_box(report)));
            started.elapsed()
        })
        .min()
        .unwrap_or_default();
    fastest.as_secs_f64() / report.diagnostics().len().max(1) as f64
}

/// Report `Display` and JSON over 40,000 diagnostics on one line. Returns
/// whether the cost per diagnostic stayed within x3 from 4,000 to 40,000.
fn report(c: &mut Criterion) -> bool {
    let (small, large) = (slips(4_000), slips(40_000));
    let (small, large) = (lgsco::validate(&small), lgsco::validate(&large));
    let display: fn(&lgsco::Report<'_>) -> usize = |r| r.to_string().len();
    let json: fn(&lgsco::Report<'_>) -> usize = |r| serde_json::to_string(r).unwrap().len();
    let mut linear = true;
    for (name, f) in [("display", display), ("json", json)] {
        let ratio = per_diagnostic(&large, f) / per_diagnostic(&small, f);
        eprintln!(
            "report/{name}: {} diagnostics on one line; cost per diagnostic at 10x: x{ratio:.1}",
            large.diagnostics().len()
        );
        linear &= ratio <= 3.0;
    }
    let mut group = c.benchmark_group("report");
    group
        .sample_size(10)
        .throughput(Throughput::Elements(large.diagnostics().len() as u64));
    group.bench_function("display", |b| b.iter(|| display(black_box(&large))));
    group.bench_function("json", |b| b.iter(|| json(black_box(&large))));
    group.finish();
    linear
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    seeds(&mut c);
    corpus(&mut c);
    facts(&mut c);
    #[cfg(feature = "akn")]
    akn(&mut c);
    growth(&mut c);
    let no_panic = pathological(&mut c);
    let linear = report(&mut c);
    c.final_summary();
    if !linear {
        eprintln!("error: a report's cost per diagnostic grows with their number");
        std::process::exit(1);
    }
    if !no_panic {
        eprintln!("error: lgsco::parse panicked on a pathological input");
        std::process::exit(1);
    }
}
