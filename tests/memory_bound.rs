//! Peak heap of hostile input under the limits, with a counting allocator.
//! One test only: the counters are global, and the harness runs tests on
//! several threads. The bench (`benches/memory.rs`) measures the full sizes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes unchanged to `System`; the counters only observe
// sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        // SAFETY: the caller upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` came from `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the bench counts it: the change in size.
        if new_size >= layout.size() {
            let now =
                IN_USE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        // SAFETY: the caller upholds `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The peak heap `f` uses beyond what was in use before it.
fn peak<T>(f: impl FnOnce() -> T) -> usize {
    let before = IN_USE.load(Relaxed);
    PEAK.store(before, Relaxed);
    drop(f());
    PEAK.load(Relaxed) - before
}

const MB: usize = 1 << 20;

#[test]
fn hostile_input_is_refused_cheaply_and_validation_adds_little() {
    let head = "Summary: s.\nThe complaint\n- Mr X complains.\n";
    // Half a million tiny lines: refused by the line count before the
    // grammar runs (it took 130 MB).
    let tiny = format!("{head}{}", "x\n".repeat(500_000));
    let used = peak(|| lgsco::parse(&tiny));
    assert!(used < MB, "tiny lines: {used} bytes");
    let used = peak(|| lgsco::validate(&tiny));
    assert!(used < 2 * MB, "tiny lines, validated: {used} bytes");

    // Over the size limit: refused without reading the input, and the
    // report indexes none of it (it took four times the input).
    let huge = format!("{head}{}", "x\n".repeat(8 * MB));
    let used = peak(|| lgsco::validate(&huge));
    assert!(used < MB, "too large, validated: {used} bytes");
    let used = peak(|| lgsco::validate_bytes(huge.as_bytes()));
    assert!(used < MB, "too large bytes, validated: {used} bytes");

    // Citations on one line stop being read at the limit (all 24,000
    // cost 22 MB).
    let slips = format!(
        "{head}- {}\n",
        "(Local Government Act 1974, section 34(B)) ".repeat(24_000)
    );
    let few = lgsco::Options::default().max_nodes(1_000);
    let used = peak(|| few.parse(&slips));
    assert_eq!(
        few.parse(&slips).unwrap_err().kind(),
        lgsco::ErrorKind::TooManyNodes
    );
    assert!(used < 8 * MB, "citation slips: {used} bytes");

    // Text like a real statement, validated: the checks read the result
    // one sentence at a time, so validating peaks no higher than parsing
    // (building every sentence took it from 2.6x to 4.7x the input).
    let sample = lgsco::SAMPLE;
    let (body, end) = (
        sample.find("My assessment\n").unwrap(),
        sample.find("Final decision").unwrap(),
    );
    let paragraphs = &sample[body + "My assessment\n".len()..end];
    let grown = format!(
        "{}{}{}",
        &sample[..end],
        paragraphs.repeat(400),
        &sample[end..]
    );
    let options = lgsco::ValidateOptions::new()
        .with_parse_options(lgsco::Options::default().max_nodes(usize::MAX));
    let parsed = peak(|| lgsco::parse(&grown));
    let used = peak(|| lgsco::validate_with(&grown, &options));
    let (parsed, used) = (
        parsed as f64 / grown.len() as f64,
        used as f64 / grown.len() as f64,
    );
    println!(
        "{} bytes: parse {parsed:.2}x, validate {used:.2}x",
        grown.len()
    );
    assert!(
        used < parsed + 1.0,
        "validated {used:.2}x, parsed {parsed:.2}x"
    );
}
