//! Parse every statement under some folders on all cores, and report the
//! throughput.
//!
//! ```text
//! cargo run --release --example batch -- FILE_OR_FOLDER... [-j THREADS] [--repeat N] [--errors]
//! ```
//!
//! Folders are searched recursively for `.txt` files; a file named on the
//! command line is parsed whatever its extension. Each file is read as bytes
//! and given to `lgsco::parse_bytes` by one of the worker threads, which
//! take the next file from a shared counter. The report gives files and
//! megabytes (10^6 bytes) per second of wall time, reading included, and how
//! many files parsed (`Ok`) or held no statement or invalid UTF-8 (`Err`).
//! Runs longer than a second print a progress line on standard error each
//! second.
//!
//! Exit status: 0 when every file could be read, 1 when some could not, 2 on
//! a usage error.

use std::io::{IsTerminal, Write};
use std::panic::catch_unwind;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: batch FILE_OR_FOLDER... [-j THREADS] [--repeat N] [--errors]

Parses every .txt file under the folders (recursively) with lgsco::parse_bytes
on all cores and reports files/s, MB/s and the counts of Ok and Err.

  -j, --threads N   worker threads (default: the number of cores)
  --repeat N        parse the whole list N times (default 1), for steadier timings
  --errors          list every file that gave Err, with the error
  -h, --help        this text";

/// What the command line asks for.
struct Args {
    paths: Vec<PathBuf>,
    threads: usize,
    repeat: usize,
    list_errors: bool,
}

/// Parse the command line; `Err` holds the message to print (the usage
/// text for `--help`, with `true` for a normal exit).
fn args() -> Result<Args, (String, bool)> {
    let mut argv = std::env::args_os().skip(1);
    let mut out = Args {
        paths: Vec::new(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        repeat: 1,
        list_errors: false,
    };
    let mut only_paths = false;
    while let Some(arg) = argv.next() {
        let text = arg.to_string_lossy();
        if only_paths || !text.starts_with('-') || text == "-" {
            out.paths.push(PathBuf::from(arg));
            continue;
        }
        let mut number = |name: &str| -> Result<usize, (String, bool)> {
            let value = argv
                .next()
                .ok_or_else(|| (format!("batch: {name} needs a number\n\n{USAGE}"), false))?;
            match value.to_string_lossy().parse::<usize>() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err((
                    format!(
                        "batch: {name} needs a positive number, not {:?}",
                        value.to_string_lossy()
                    ),
                    false,
                )),
            }
        };
        match text.as_ref() {
            "-h" | "--help" => return Err((USAGE.to_owned(), true)),
            "-j" | "--threads" => out.threads = number("-j")?,
            "--repeat" => out.repeat = number("--repeat")?,
            "--errors" => out.list_errors = true,
            "--" => only_paths = true,
            other => return Err((format!("batch: unknown option {other}\n\n{USAGE}"), false)),
        }
    }
    if out.paths.is_empty() {
        return Err((USAGE.to_owned(), false));
    }
    Ok(out)
}

/// The files to parse: each named file, and every `.txt` file under each
/// named folder, sorted per folder. Paths that cannot be read are reported
/// on standard error and counted in `unreadable`.
fn collect(paths: &[PathBuf], unreadable: &mut usize) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(err) => {
                eprintln!("batch: cannot read {}: {err}", path.display());
                *unreadable += 1;
            }
            Ok(meta) if meta.is_dir() => {
                let start = files.len();
                walk(path, &mut files, unreadable);
                files[start..].sort();
            }
            Ok(_) => files.push(path.clone()),
        }
    }
    files
}

/// Every `.txt` file under `dir`, following links to folders once each.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, unreadable: &mut usize) {
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if let Ok(real) = std::fs::canonicalize(&dir) {
            if !seen.insert(real) {
                continue;
            }
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) => {
                eprintln!("batch: cannot read folder {}: {err}", dir.display());
                *unreadable += 1;
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    eprintln!("batch: cannot list {}: {err}", dir.display());
                    *unreadable += 1;
                    continue;
                }
            };
            let path = entry.path();
            // `metadata` follows links, so a link to a folder is walked.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => stack.push(path),
                Ok(_) if path.extension().is_some_and(|x| x == "txt") => files.push(path),
                Ok(_) => {}
                Err(err) => {
                    eprintln!("batch: cannot read {}: {err}", path.display());
                    *unreadable += 1;
                }
            }
        }
    }
}

/// Counters shared by the workers.
#[derive(Default)]
struct Tally {
    next: AtomicUsize,
    done: AtomicUsize,
    bytes: AtomicU64,
    ok: AtomicUsize,
    err: AtomicUsize,
    unreadable: AtomicUsize,
    panicked: AtomicUsize,
    /// Files that gave `Err`, with the message, when `--errors` asks.
    errors: Mutex<Vec<(PathBuf, String)>>,
    /// Files that could not be read or made the parser panic, as messages.
    problems: Mutex<Vec<String>>,
}

/// Take files from the shared counter until the list (repeated `repeat`
/// times) is done.
fn work(files: &[PathBuf], repeat: usize, tally: &Tally, list_errors: bool) {
    let total = files.len() * repeat;
    loop {
        let i = tally.next.fetch_add(1, Relaxed);
        if i >= total {
            return;
        }
        let path = &files[i % files.len()];
        let first_round = i < files.len();
        match std::fs::read(path) {
            Ok(bytes) => {
                tally.bytes.fetch_add(bytes.len() as u64, Relaxed);
                // A panic is a bug in the parser: count it and go on.
                match catch_unwind(|| lgsco::parse_bytes(&bytes).map(drop)) {
                    Ok(Ok(())) => {
                        tally.ok.fetch_add(1, Relaxed);
                    }
                    Err(_) => {
                        tally.panicked.fetch_add(1, Relaxed);
                        if first_round {
                            if let Ok(mut list) = tally.problems.lock() {
                                list.push(format!(
                                    "batch: {}: lgsco::parse_bytes panicked",
                                    path.display()
                                ));
                            }
                        }
                    }
                    Ok(Err(err)) => {
                        tally.err.fetch_add(1, Relaxed);
                        if list_errors && first_round {
                            if let Ok(mut list) = tally.errors.lock() {
                                list.push((path.clone(), err.to_string()));
                            }
                        }
                    }
                }
            }
            Err(err) => {
                tally.unreadable.fetch_add(1, Relaxed);
                if first_round {
                    if let Ok(mut list) = tally.problems.lock() {
                        list.push(format!("batch: cannot read {}: {err}", path.display()));
                    }
                }
            }
        }
        tally.done.fetch_add(1, Relaxed);
    }
}

/// Print a progress line each second once the run has lasted a second,
/// until `finished` is set.
fn progress(tally: &Tally, total: usize, started: Instant, finished: &AtomicBool) {
    let terminal = std::io::stderr().is_terminal();
    let mut next_report = Duration::from_secs(1);
    let mut printed = false;
    while !finished.load(Relaxed) {
        std::thread::sleep(Duration::from_millis(50));
        let elapsed = started.elapsed();
        if elapsed < next_report {
            continue;
        }
        next_report += Duration::from_secs(1);
        let done = tally.done.load(Relaxed);
        let mb = tally.bytes.load(Relaxed) as f64 / 1e6;
        let secs = elapsed.as_secs_f64();
        let line = format!(
            "{done}/{total} files ({:.0}%), {mb:.1} MB, {:.1} MB/s, {:.0} s",
            100.0 * done as f64 / total.max(1) as f64,
            mb / secs,
            secs
        );
        let mut err = std::io::stderr().lock();
        let _ = if terminal {
            write!(err, "\r\x1b[2K{line}")
        } else {
            writeln!(err, "{line}")
        };
        let _ = err.flush();
        printed = true;
    }
    if printed && terminal {
        let _ = writeln!(std::io::stderr());
    }
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(args) => args,
        Err((message, true)) => {
            let _ = writeln!(std::io::stdout(), "{message}");
            return ExitCode::SUCCESS;
        }
        Err((message, false)) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let mut unreadable_paths = 0;
    let files = collect(&args.paths, &mut unreadable_paths);
    if files.is_empty() {
        eprintln!("batch: no .txt files found");
        return ExitCode::FAILURE;
    }
    let total = files.len() * args.repeat;
    let threads = args.threads.min(total);
    let tally = Tally::default();
    let finished = AtomicBool::new(false);
    let started = Instant::now();
    let elapsed = std::thread::scope(|s| {
        let watcher = s.spawn(|| progress(&tally, total, started, &finished));
        let workers: Vec<_> = (0..threads)
            .map(|_| s.spawn(|| work(&files, args.repeat, &tally, args.list_errors)))
            .collect();
        for worker in workers {
            if worker.join().is_err() {
                eprintln!("batch: a worker thread panicked");
            }
        }
        let elapsed = started.elapsed();
        finished.store(true, Relaxed);
        let _ = watcher.join();
        elapsed
    });
    let secs = elapsed.as_secs_f64().max(1e-9);

    for message in tally.problems.into_inner().unwrap_or_default() {
        eprintln!("{message}");
    }
    if args.list_errors {
        for (path, message) in tally.errors.into_inner().unwrap_or_default() {
            eprintln!("{}: {message}", path.display());
        }
    }
    let done = tally.done.load(Relaxed);
    let bytes = tally.bytes.load(Relaxed) as f64;
    let (ok, err) = (tally.ok.load(Relaxed), tally.err.load(Relaxed));
    let unreadable = tally.unreadable.load(Relaxed) + unreadable_paths;
    let panicked = tally.panicked.load(Relaxed);
    let repeat = if args.repeat > 1 {
        format!(" ({} files x {})", files.len(), args.repeat)
    } else {
        String::new()
    };
    let mut out = std::io::stdout().lock();
    // A closed standard output (`batch ... | head -1`) is not an error here.
    let _ = writeln!(
        out,
        "{done} files{repeat}, {:.2} MB in {secs:.3} s on {threads} thread{}: \
         {:.0} files/s, {:.1} MB/s",
        bytes / 1e6,
        if threads == 1 { "" } else { "s" },
        done as f64 / secs,
        bytes / 1e6 / secs,
    );
    let _ = if panicked > 0 {
        writeln!(
            out,
            "Ok {ok}, Err {err}, unreadable {unreadable}, PANICKED {panicked}"
        )
    } else {
        writeln!(out, "Ok {ok}, Err {err}, unreadable {unreadable}")
    };
    if unreadable + panicked > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
