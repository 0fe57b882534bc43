//! Sets `cfg(lgsco_no_shared)` when `../shared` (the real statements the
//! tests read at run time) is absent, so those tests show as ignored rather
//! than passing without checking anything.

fn main() {
    println!("cargo:rustc-check-cfg=cfg(lgsco_no_shared)");
    println!("cargo:rerun-if-changed=build.rs");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
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
