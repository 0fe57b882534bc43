//! Parse many statements on all cores with `lgsco::parse_bytes`, and report
//! the throughput: a demonstration that parsing needs no shared state (each
//! thread parses its own files). For folders, tables and databases use the
//! `lgsco` tool.
//!
//! ```text
//! cargo run --release --example batch -- FOLDER... [--repeat N]
//! ```
//!
//! Folders are searched recursively for `.txt` files. Exit status: 0, or 2
//! when no statement file was found.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 1;
    if let Some(at) = args.iter().position(|a| a == "--repeat") {
        repeat = args.get(at + 1).and_then(|n| n.parse().ok()).unwrap_or(1);
        args.drain(at..(at + 2).min(args.len()));
    }
    let mut files = Vec::new();
    for a in &args {
        walk(Path::new(a), &mut files);
    }
    if files.is_empty() || args.iter().any(|a| a.starts_with('-')) {
        eprintln!("usage: batch FOLDER... [--repeat N]   (no .txt file found)");
        return ExitCode::from(2);
    }
    let texts: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    let bytes: usize = texts.iter().map(Vec::len).sum::<usize>() * repeat;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let start = Instant::now();
    // Each thread takes every `threads`-th statement; a count comes back.
    let ok: usize = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let texts = &texts;
                s.spawn(move || {
                    (0..repeat)
                        .flat_map(|_| texts.iter().skip(t).step_by(threads))
                        .filter(|bytes| lgsco::parse_bytes(bytes).is_ok())
                        .count()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap_or(0)).sum()
    });
    let secs = start.elapsed().as_secs_f64();
    let n = texts.len() * repeat;
    println!(
        "{n} files ({} x {repeat}), {:.2} MB in {secs:.3} s on {threads} threads: {:.0} files/s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        n as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!("Ok {ok}, Err {}", n - ok);
    ExitCode::SUCCESS
}

/// `.txt` files under `path` (or `path` itself when it is a file).
fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
            paths.sort();
            for p in paths {
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")) {
                    out.push(p);
                }
            }
        }
        Err(_) if path.is_file() => out.push(path.to_path_buf()),
        Err(_) => {}
    }
}
