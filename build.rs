//! Two jobs:
//!
//! - writes `facts_tables.rs` into `OUT_DIR`: the words at which
//!   src/facts/scan.rs tries the phrases of grammar/facts.pest, and which
//!   alternatives of `cue` it tries there, read from the grammar itself
//!   (build/facts_tables.rs), so the grammar is the only place a phrase is
//!   written; and `facts_match.rs`, the grammar's phrase rules compiled into
//!   plain Rust matchers (build/facts_match.rs), which the scan runs in
//!   place of pest's parser (kept as the oracle in tests and fuzzing);
//! - sets `cfg(lgsco_no_shared)` when `../shared` (the real statements the
//!   tests read at run time) is absent, so those tests show as ignored
//!   rather than passing without checking anything.

#[path = "build/facts_match.rs"]
mod facts_match;
#[path = "build/facts_tables.rs"]
mod facts_tables;

fn main() {
    println!("cargo:rustc-check-cfg=cfg(lgsco_no_shared)");
    println!("cargo:rustc-check-cfg=cfg(fuzzing)");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/facts_tables.rs");
    println!("cargo:rerun-if-changed=build/facts_match.rs");
    println!("cargo:rerun-if-changed=grammar/facts.pest");

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let grammar = std::fs::read_to_string(root.join("grammar/facts.pest"))
        .expect("grammar/facts.pest is readable");
    let tables =
        facts_tables::generate(&grammar).unwrap_or_else(|e| panic!("grammar/facts.pest: {e}"));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set"));
    std::fs::write(out.join("facts_tables.rs"), tables).expect("OUT_DIR is writable");
    let matchers =
        facts_match::generate(&grammar).unwrap_or_else(|e| panic!("grammar/facts.pest: {e}"));
    std::fs::write(out.join("facts_match.rs"), matchers).expect("OUT_DIR is writable");

    let dir = root.join("../shared");
    if dir.is_dir() {
        println!("cargo:rerun-if-changed=../shared");
    } else {
        println!("cargo:rustc-cfg=lgsco_no_shared");
        // A path that never exists, so Cargo runs this again on every build
        // until `../shared` appears: a checkout or symlink put there keeps
        // its own (older) modification time, which Cargo would not notice.
        println!("cargo:rerun-if-changed=../shared/.lgsco-absent");
    }
}
