//! Peak heap use while parsing, as a multiple of the input size.
//!
//! ```text
//! cargo bench --bench memory               # report
//! cargo bench --bench memory -- --check    # exit 1 when a 10 MB statement peaks above 4x
//! ```
//!
//! A counting global allocator wraps the system one. For each input the peak
//! is the most heap in use at any moment while `lgsco::parse` runs, less what
//! was in use before it started (so the input itself is not counted);
//! "kept" is what the returned `Decision` still holds.
//!
//! Inputs: statements of about 10 MB made by repeating the paragraphs of a
//! dashed seed and of a web-copy seed from `../shared/seeds` (when present)
//! and of `lgsco::SAMPLE`, then every real statement in `../shared`, each on
//! its own.

mod common;

use common::{grow, shared};
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

/// Heap use of one parse, in bytes.
struct Usage {
    peak: usize,
    kept: usize,
    ok: bool,
}

/// Parse `text`, measuring the heap used beyond what was in use before.
fn measure(text: &str) -> Usage {
    let before = IN_USE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let decision = lgsco::parse(text);
    let peak = PEAK.load(Relaxed).saturating_sub(before);
    let kept = IN_USE.load(Relaxed).saturating_sub(before);
    let ok = decision.is_ok();
    drop(decision);
    Usage { peak, kept, ok }
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

const TARGET: f64 = 4.0;
const MB: f64 = 1e6;

fn main() {
    let check = std::env::args().any(|a| a == "--check");
    let mut bases: Vec<(&str, String)> = Vec::new();
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

    println!("peak heap while parsing, beyond the input, as a multiple of the input size");
    let mut over = false;
    for (name, base) in &bases {
        let text = grow_to(base, 10_000_000);
        let u = measure(&text);
        let ratio = u.peak as f64 / text.len() as f64;
        over |= ratio > TARGET;
        println!(
            "  {:.1} MB statement from {name}: peak {:.1} MB = {ratio:.2}x, kept {:.2}x{}{}",
            text.len() as f64 / MB,
            u.peak as f64 / MB,
            u.kept as f64 / text.len() as f64,
            if u.ok { "" } else { " (Err)" },
            if ratio > TARGET {
                " (above the 4x target)"
            } else {
                ""
            },
        );
    }

    let texts = statements(&["corpus", "seeds"]);
    if texts.is_empty() {
        eprintln!("note: ../shared is absent; no real statements measured");
    } else {
        let mut ratios: Vec<f64> = Vec::new();
        let (mut peak_sum, mut kept_sum, mut bytes) = (0usize, 0usize, 0usize);
        for text in &texts {
            let u = measure(text);
            ratios.push(u.peak as f64 / text.len().max(1) as f64);
            peak_sum += u.peak;
            kept_sum += u.kept;
            bytes += text.len();
        }
        ratios.sort_by(f64::total_cmp);
        println!(
            "  {} real statements ({:.2} MB), each alone: peak median {:.2}x, max {:.2}x, \
             summed {:.2}x; kept summed {:.2}x",
            texts.len(),
            bytes as f64 / MB,
            ratios[ratios.len() / 2],
            ratios[ratios.len() - 1],
            peak_sum as f64 / bytes as f64,
            kept_sum as f64 / bytes as f64,
        );
    }
    println!(
        "target: peak at most {TARGET}x on 10 MB: {}",
        if over { "NOT met" } else { "met" }
    );
    if check && over {
        std::process::exit(1);
    }
}
