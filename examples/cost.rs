//! A small harness for counting instructions (`valgrind --tool=callgrind`):
//! every statement of `../shared/{seeds,corpus,corpus-2}` read, then parsed,
//! and with `facts`, [`lgsco::Decision::facts`] read from each tree; with
//! `validate`, each validated. Compare a run of `parse` with one of `facts`.
//!
//! ```text
//! cargo build --release --example cost
//! valgrind --tool=callgrind target/release/examples/cost parse
//! valgrind --tool=callgrind target/release/examples/cost facts
//! cargo run --release --example cost json > facts.tsv   # to compare
//! ```

use std::hint::black_box;
use std::path::Path;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "parse".into());
    let shared = std::env::var_os("LGSCO_SHARED").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        Into::into,
    );
    let mut texts = Vec::new();
    for dir in ["seeds", "corpus", "corpus-2"] {
        let mut names: Vec<std::path::PathBuf> = std::fs::read_dir(shared.join(dir))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        names.sort();
        for p in names {
            if let Ok(t) = std::fs::read_to_string(&p) {
                texts.push((
                    format!("{dir}/{}", p.file_name().unwrap().to_string_lossy()),
                    t,
                ));
            }
        }
    }
    let mut count = 0;
    for (name, text) in &texts {
        let Ok(d) = lgsco::parse(text) else { continue };
        match mode.as_str() {
            "facts" => {
                black_box(d.facts());
            }
            // Every statement's facts as one line of JSON, to compare runs.
            "json" => println!("{name}\t{}", serde_json::to_string(&d.facts()).unwrap()),
            "validate" => {
                black_box(d.validate());
            }
            _ => {}
        }
        black_box(&d);
        count += 1;
    }
    eprintln!("{mode}: {count} statements of {} read", texts.len());
}
