//! Growth of the decision facts and of validation on hostile input: each
//! shape at 1, 2, 4 and 8 MB, the cost of each doubling printed.
//!
//! ```text
//! cargo bench --bench linear               # report
//! cargo bench --bench linear -- --check    # exit 1 if a doubling costs over 2.5x
//! cargo bench --bench linear -- --up-to 4  # sizes up to 4 MB only
//! cargo bench --bench linear -- --only joined  # shapes whose name holds `joined`
//! ```
//!
//! Each statement is parsed once, with the limits raised, outside the
//! measure; what is measured is [`lgsco::Decision::facts`] (or, for the
//! `Upheld` header, [`lgsco::Decision::validate`], whose outcome check reads
//! the result), the least of three runs. The last shape, copies of the
//! sample joined in one file, measures [`lgsco::Options::parse_all`]
//! instead: reading each statement must not cost the rest of the file. Time is the thread's own CPU time
//! where Linux gives it (`/proc/thread-self/schedstat`), so that other work
//! on a busy machine does not count; else the wall clock. Linear work
//! doubles (2x); quadratic work quadruples (4x). The check allows 2.5x for
//! the growth per doubling from the smallest size to the largest (the
//! geometric mean of the doublings): one doubling on a busy machine can
//! read 2.7x where the whole range is linear, but quadratic work cannot
//! hide over two or three doublings.

use std::hint::black_box;
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

/// The most a doubling of the input may multiply the cost by.
const BOUND: f64 = 2.5;

/// The header of a statement; `outcome` is its `Decision :` line.
fn header(outcome: &str) -> String {
    format!(
        "Borsetshire County Council (24 012 345)\nCategory : Environment and regulation > Noise\n\
         Decision : {outcome}\nDecision date : 05 Nov 2024\nThe Ombudsman's final decision:\n"
    )
}

/// `unit` repeated to `bytes` after `head`, then `tail`.
fn fill(head: &str, unit: &str, tail: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + head.len() + tail.len() + unit.len());
    out.push_str(head);
    let mut i = 0usize;
    while out.len() < bytes {
        // `{i}` makes each sum (and each repeated unit) its own.
        out.push_str(&unit.replace("{i}", &(i % 100_000 + 1).to_string()));
        i += 1;
    }
    out.push_str(tail);
    out
}

/// What is measured on a shape.
#[derive(Clone, Copy, PartialEq)]
enum Work {
    /// [`lgsco::Decision::facts`] of the tree, parsed beforehand.
    Facts,
    /// [`lgsco::Decision::validate`] of the tree, parsed beforehand.
    Validate,
    /// [`lgsco::Options::parse_all`]: every statement of a joined file.
    ParseAll,
}

/// A hostile shape: its name, how to make it at a size, and what to measure.
struct Shape {
    name: &'static str,
    make: fn(usize) -> String,
    work: Work,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "one long sentence without stops",
        make: |n| {
            let head = header("Closed after initial enquiries")
                + "Summary: We will not investigate because ";
            fill(
                &head,
                "there is no evidence of fault and the Council has not apologised and we \
                 could not add to its investigation and a tribunal is better placed and ",
                "nothing more.\n",
                n,
            )
        },
        work: Work::Facts,
    },
    Shape {
        name: "trigger words in a row",
        make: |n| {
            let head = header("Upheld") + "Summary: ";
            fill(
                &head,
                "fault remedy apology court tribunal payment injustice appeal late premature ",
                "\n",
                n,
            )
        },
        work: Work::Facts,
    },
    Shape {
        name: "\"pay Mr X £N and\" repeated",
        make: |n| {
            let head = header("Upheld") + "Summary: We found fault. The Council has agreed to ";
            fill(&head, "pay Mr X £{i} and ", "apologise.\n", n)
        },
        work: Work::Facts,
    },
    Shape {
        name: "thousands of short sentences in one paragraph",
        make: |n| {
            let head = header("Upheld") + "Summary: ";
            fill(
                &head,
                "We found fault. Mr X paid £{i}. It was not at fault. The Council will pay Mrs Y £{i}. ",
                "\n",
                n,
            )
        },
        work: Work::Facts,
    },
    Shape {
        name: "`Upheld` header, a summary that states no result (validated)",
        make: |n| {
            let head = header("Upheld") + "Summary: Mr X complains about the noise. ";
            fill(
                &head,
                "The officer visited the site and wrote to Mrs Y, who said the works were not finished. ",
                "\n",
                n,
            )
        },
        work: Work::Validate,
    },
    Shape {
        name: "many statements joined in one file (parse_all)",
        make: |n| fill("", &format!("{}\n", lgsco::SAMPLE), "", n),
        work: Work::ParseAll,
    },
];

/// CPU time of this thread, where Linux reports it.
fn thread_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// How long one sample runs at least: the thread's CPU time is counted in
/// scheduler ticks (4 ms here), too coarse for a run of a few milliseconds.
const SAMPLE: Duration = Duration::from_millis(200);

/// The least time a run of `f` took, over three samples; a sample repeats
/// `f` for at least [`SAMPLE`] and counts the mean of its runs.
fn measure(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let (cpu, wall) = (thread_time(), Instant::now());
            let spent = || match (cpu, thread_time()) {
                (Some(a), Some(b)) => b.saturating_sub(a),
                _ => wall.elapsed(),
            };
            let mut runs = 0u32;
            while runs == 0 || spent() < SAMPLE {
                f();
                runs += 1;
            }
            spent() / runs
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let check = args.iter().any(|a| a == "--check");
    let up_to = args
        .iter()
        .position(|a| a == "--up-to")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(8usize);
    let only = args.iter().position(|a| a == "--only");
    let only = only
        .and_then(|i| args.get(i + 1))
        .map_or("", String::as_str);
    let options = lgsco::Options::default()
        .max_input_len(usize::MAX)
        .max_nodes(usize::MAX);
    let mut linear = true;
    for shape in SHAPES.iter().filter(|s| s.name.contains(only)) {
        println!("{}:", shape.name);
        let mut last: Option<Duration> = None;
        let mut first: Option<(usize, Duration)> = None;
        let mut whole: Option<f64> = None;
        for size in [1, 2, 4, 8].into_iter().filter(|&s| s <= up_to) {
            let text = (shape.make)(size * MB);
            let time = match shape.work {
                Work::ParseAll => measure(|| {
                    let mut statements = 0;
                    for d in options.parse_all(black_box(&text)) {
                        black_box(d.expect("the shape parses"));
                        statements += 1;
                    }
                    assert!(statements > 1);
                }),
                work => {
                    let decision = options.parse(&text).expect("the shape parses");
                    match work {
                        Work::Validate => measure(|| drop(black_box(decision.validate()))),
                        _ => measure(|| drop(black_box(decision.facts()))),
                    }
                }
            };
            let growth = last.map(|l| time.as_secs_f64() / l.as_secs_f64().max(1e-9));
            println!(
                "  {:>2} MB: {:>9.1} ms{}",
                size,
                time.as_secs_f64() * 1e3,
                growth.map_or(String::new(), |g| format!(", {g:.2}x the half")),
            );
            last = Some(time);
            first.get_or_insert((size, time));
            if let Some((from, t0)) = first.filter(|(from, _)| *from < size) {
                let doublings = (size as f64 / from as f64).log2();
                let ratio = time.as_secs_f64() / t0.as_secs_f64().max(1e-9);
                whole = Some(ratio.powf(1.0 / doublings));
            }
        }
        if let Some(per) = whole {
            let over = per > BOUND;
            linear &= !over;
            println!(
                "  per doubling over the range: {per:.2}x{}",
                if over { " (above the bound)" } else { "" }
            );
        }
    }
    println!(
        "growth per doubling at most {BOUND}x: {}",
        if linear { "met" } else { "NOT met" }
    );
    if check && !linear {
        std::process::exit(1);
    }
}
