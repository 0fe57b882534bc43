//! Peak heap use while parsing, and while validating, reading the facts or
//! exporting Akoma Ntoso after parsing.
//!
//! ```text
//! cargo bench --bench memory               # report
//! cargo bench --bench memory -- --check    # exit 1 above a bound
//! cargo bench --bench memory -- --up-to 4194304   # hostile inputs up to 4 MiB only
//! ```
//!
//! A counting global allocator wraps the system one. For each input the peak
//! is the most heap in use at any moment while `lgsco::parse` (or
//! `lgsco::validate`, or a parse followed by `Decision::facts` or
//! `lgsco::akn::export`, the tree kept meanwhile) runs, less what was in use
//! before it started (so the input itself is not counted); "kept" is what
//! the result still holds (for facts and export, the tree too).
//!
//! Two kinds of input, each with its bound:
//!
//! - Text like real statements: statements of about 10 MB made by
//!   repeating the paragraphs of a dashed seed and of a web-copy seed from
//!   `../shared/seeds` (when present) and of `lgsco::SAMPLE`, parsed and
//!   validated with the limits raised; then every real statement in
//!   `../shared` (seeds, corpus and corpus-2), each on its own, under the default options; each parsed,
//!   validated, with its facts, and exported. Bound: peak at most 8x the
//!   input.
//! - Hostile text (`common/hostile.rs`: tiny lines, citation-dense lines,
//!   `section 1, ` runs, citation slips), under the default options, at
//!   1 and 4 MiB, at the default input limit and at four times it (refused).
//!   Bound: peak at most 256 MiB, whatever the size.

mod common;
#[path = "common/hostile.rs"]
mod hostile;

use common::{grow, shared};
use hostile::HOSTILE;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = IN_USE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(now, Relaxed);
}

fn shrank(bytes: usize) {
    IN_USE.fetch_sub(bytes, Relaxed);
}

// SAFETY: every call is passed unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract for `layout`.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator, i.e. by `System`,
        // with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; the caller upholds `realloc`'s contract
        // for `new_size`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap use of one run, in bytes.
struct Usage {
    peak: usize,
    kept: usize,
    /// What came out: `Ok`, or the error's kind.
    outcome: String,
}

/// Run `f`, measuring the heap used beyond what was in use before; `outcome`
/// names its result.
fn measure<T>(f: impl FnOnce() -> T, outcome: impl Fn(&T) -> String) -> Usage {
    let before = IN_USE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let result = f();
    let peak = PEAK.load(Relaxed).saturating_sub(before);
    let kept = IN_USE.load(Relaxed).saturating_sub(before);
    let outcome = outcome(&result);
    drop(result);
    Usage {
        peak,
        kept,
        outcome,
    }
}

/// Whether a run ended in a tree (`Ok`) or the error's kind.
fn parsed<T>(r: &Result<T, lgsco::Error>) -> String {
    match r {
        Ok(_) => "Ok".to_owned(),
        Err(e) => format!("Err({})", e.kind()),
    }
}

/// Parse `text` with `options`.
fn parse(text: &str, options: &lgsco::Options) -> Usage {
    measure(|| options.parse(text), parsed)
}

/// Parse `text`, then run `then` on the tree, keeping both, as a caller
/// that reads the facts or exports the tree does.
fn parse_then<T>(
    text: &str,
    options: &lgsco::Options,
    then: impl FnOnce(&lgsco::Decision) -> T,
) -> Usage {
    let run = || {
        options.parse(text).map(|d| {
            let made = then(&d);
            (d, made)
        })
    };
    measure(run, parsed)
}

/// Parse and validate `text` with `options`.
fn validate(text: &str, options: &lgsco::ValidateOptions) -> Usage {
    measure(
        || lgsco::validate_with(text, options),
        |r| match (r.decision(), r.diagnostics().first()) {
            (Some(_), _) => format!("Ok, {} diagnostics", r.diagnostics().len()),
            (None, Some(d)) => format!("Err: {}", d.message.chars().take(40).collect::<String>()),
            (None, None) => "Err".to_owned(),
        },
    )
}

/// What a run on text like real statements does after parsing.
#[derive(Clone, Copy)]
enum Work {
    Parse,
    Validate,
    /// [`lgsco::Decision::facts`].
    Facts,
    /// [`lgsco::akn::export`].
    #[cfg(feature = "akn")]
    Export,
}

const WORKS: &[Work] = &[
    Work::Parse,
    Work::Validate,
    Work::Facts,
    #[cfg(feature = "akn")]
    Work::Export,
];

impl Work {
    /// How the report names it, after the input.
    fn label(self) -> &'static str {
        match self {
            Work::Parse => "",
            Work::Validate => ", validated",
            Work::Facts => ", with facts",
            #[cfg(feature = "akn")]
            Work::Export => ", exported (Akoma Ntoso)",
        }
    }

    fn run(self, text: &str, options: &lgsco::Options) -> Usage {
        match self {
            Work::Parse => parse(text, options),
            Work::Validate => {
                let checks = lgsco::ValidateOptions::new().with_parse_options(options.clone());
                validate(text, &checks)
            }
            Work::Facts => parse_then(text, options, lgsco::Decision::facts),
            #[cfg(feature = "akn")]
            Work::Export => parse_then(text, options, lgsco::akn::export),
        }
    }
}

/// `base` grown to at least `bytes` bytes.
fn grow_to(base: &str, bytes: usize) -> String {
    let step = grow(base, 2)
        .len()
        .saturating_sub(grow(base, 1).len())
        .max(1);
    grow(base, bytes.saturating_sub(base.len()) / step + 1)
}

/// Every readable UTF-8 `.txt` file in the given folders of `../shared`.
fn statements(folders: &[&str]) -> Vec<String> {
    let mut paths = Vec::new();
    for folder in folders {
        if let Ok(entries) = std::fs::read_dir(shared().join(folder)) {
            paths.extend(
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt")),
            );
        }
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Peak at most this multiple of the input on text like real statements.
const REAL_BOUND: f64 = 8.0;
/// Peak at most this many bytes on any input under the default options.
const HOSTILE_BOUND: usize = 256 << 20;
const MB: f64 = 1e6;

/// The options of the real-like runs: no limit in the way of 10 MB.
fn raised() -> lgsco::Options {
    lgsco::Options::default()
        .max_input_len(usize::MAX)
        .max_nodes(usize::MAX)
}

/// The statements the real-like runs grow to 10 MB.
fn bases() -> Vec<(&'static str, String)> {
    let mut bases = Vec::new();
    for (name, file) in [
        ("dashed seed 000", "seeds/000_5c2e510e2d6654ca.txt"),
        ("web-copy seed 004", "seeds/004_bba469fb860d3e89.txt"),
    ] {
        if let Ok(text) = std::fs::read_to_string(shared().join(file)) {
            bases.push((name, text));
        }
    }
    if bases.is_empty() {
        eprintln!("note: ../shared is absent; measuring a statement grown from lgsco::SAMPLE");
    }
    // The sample cites law in a list item and a trailing line: a third shape.
    bases.push(("lgsco::SAMPLE", lgsco::SAMPLE.to_owned()));
    bases
}

/// One line of the real-like report; whether it is within the bound.
fn real_line(what: &str, text: &str, u: &Usage) -> bool {
    let ratio = u.peak as f64 / text.len() as f64;
    let within = ratio <= REAL_BOUND;
    println!(
        "  {:.1} MB {what}: peak {:.1} MB = {ratio:.2}x, kept {:.2}x, {}{}",
        text.len() as f64 / MB,
        u.peak as f64 / MB,
        u.kept as f64 / text.len() as f64,
        u.outcome,
        if within { "" } else { " (above the bound)" },
    );
    within
}

/// Statements like real ones, grown to 10 MB, parsed and validated.
fn real_like() -> bool {
    println!("text like real statements, limits raised (bound {REAL_BOUND}x the input)");
    let options = raised();
    let mut within = true;
    for (name, base) in &bases() {
        let text = grow_to(base, 10_000_000);
        for work in WORKS {
            let what = format!("from {name}{}", work.label());
            within &= real_line(&what, &text, &work.run(&text, &options));
        }
    }
    within
}

/// Every real statement alone, under the default options.
fn real_statements() -> bool {
    let texts = statements(&["corpus", "corpus-2", "seeds"]);
    if texts.is_empty() {
        eprintln!("note: ../shared is absent; no real statements measured");
        return true;
    }
    let mut within = true;
    for work in WORKS {
        let mut ratios: Vec<f64> = Vec::new();
        let (mut peak_sum, mut kept_sum, mut bytes) = (0usize, 0usize, 0usize);
        for text in &texts {
            let u = work.run(text, &lgsco::Options::default());
            ratios.push(u.peak as f64 / text.len().max(1) as f64);
            (peak_sum, kept_sum, bytes) =
                (peak_sum + u.peak, kept_sum + u.kept, bytes + text.len());
        }
        ratios.sort_by(f64::total_cmp);
        let max = ratios[ratios.len() - 1];
        within &= max <= REAL_BOUND;
        println!(
            "  {} real statements ({:.2} MB), each alone{}: peak median {:.2}x, max {max:.2}x{}, \
             summed {:.2}x; kept summed {:.2}x",
            texts.len(),
            bytes as f64 / MB,
            work.label(),
            ratios[ratios.len() / 2],
            if max <= REAL_BOUND {
                ""
            } else {
                " (above the bound)"
            },
            peak_sum as f64 / bytes as f64,
            kept_sum as f64 / bytes as f64,
        );
    }
    within
}

/// The hostile inputs at each size up to `up_to` bytes, under the default
/// options.
fn hostile(up_to: usize) -> bool {
    let limit = lgsco::Options::default().max_input_len;
    println!(
        "hostile text, default options (input limit {} MiB; bound {} MiB peak)",
        limit >> 20,
        HOSTILE_BOUND >> 20
    );
    let mut within = true;
    let mut sizes = vec![1 << 20, 4 << 20, limit, 4 * limit];
    sizes.sort();
    sizes.dedup();
    for size in sizes.into_iter().filter(|&s| s <= up_to) {
        for h in &HOSTILE {
            let text = (h.make)(size);
            let u = if h.validate {
                validate(&text, &lgsco::ValidateOptions::new())
            } else {
                parse(&text, &lgsco::Options::default())
            };
            within &= u.peak <= HOSTILE_BOUND;
            println!(
                "  {:.1} MB of {}: peak {:.1} MB ({:.1}x), {}{}",
                text.len() as f64 / MB,
                h.name,
                u.peak as f64 / MB,
                u.peak as f64 / text.len() as f64,
                u.outcome,
                if u.peak <= HOSTILE_BOUND {
                    ""
                } else {
                    " (above the bound)"
                },
            );
        }
    }
    within
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let check = args.iter().any(|a| a == "--check");
    let up_to = args
        .iter()
        .position(|a| a == "--up-to")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(usize::MAX);
    let real = real_like() & real_statements();
    let hostile = hostile(up_to);
    println!(
        "bounds: {REAL_BOUND}x on text like real statements: {}; {} MiB on hostile text: {}",
        if real { "met" } else { "NOT met" },
        HOSTILE_BOUND >> 20,
        if hostile { "met" } else { "NOT met" },
    );
    if check && !(real && hostile) {
        std::process::exit(1);
    }
}
