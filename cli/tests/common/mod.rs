//! Helpers for the tool's tests: running the binary, the fixtures, temp dirs.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The crate's own fictional fixtures.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// `../shared` beside the library crate, when present.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: ../shared is absent; the real-statement checks are skipped");
        None
    }
}

/// Every `.txt` file under a folder, sorted as the tool sorts them.
pub fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The tool, with no progress bar and no inherited test hook.
pub fn lgsco() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lgsco"));
    for hook in [
        "LGSCO_TEST_EXIT_AFTER",
        "LGSCO_TEST_CHUNK",
        "LGSCO_TEST_SIGNAL_AFTER",
    ] {
        c.env_remove(hook);
    }
    c
}

/// Run the tool with these arguments.
pub fn run(args: &[&str]) -> Output {
    lgsco().args(args).output().expect("the tool runs")
}

/// Run the tool with standard input.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = lgsco()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every fixture that holds a statement, parsed.
/// The name the tool gives each statement of these files: the path, or
/// `path#N` for the statements of a file that joins several; a file with no
/// statement still has its one name.
pub fn statement_names(files: &[PathBuf]) -> Vec<String> {
    files
        .iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            let n = lgsco::parse_all(&text).count();
            let name = f.display().to_string();
            match n {
                0 | 1 => vec![name],
                _ => (1..=n).map(|k| format!("{name}#{k}")).collect(),
            }
        })
        .collect()
}

/// Each statement of these files parsed, with its name as the tool gives it
/// (see [`statement_names`]).
pub fn parsed(files: &[PathBuf]) -> Vec<(String, lgsco::Decision)> {
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok().map(|t| (f, t)))
        .flat_map(|(f, text)| {
            let all: Vec<_> = lgsco::parse_all(&text).filter_map(Result::ok).collect();
            let many = all.len() > 1;
            let name = f.display().to_string();
            all.into_iter().enumerate().map(move |(n, d)| match many {
                true => (format!("{name}#{}", n + 1), d),
                false => (name.clone(), d),
            })
        })
        .collect()
}

/// A folder of copies of `files` under distinct names, `times` over.
pub fn repeated(files: &[PathBuf], times: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for t in 0..times {
        for (n, f) in files.iter().enumerate() {
            std::fs::copy(f, dir.path().join(format!("copy{t:05}_{n:04}.txt"))).unwrap();
        }
    }
    dir
}

/// Rows of a CSV file.
pub fn csv_rows(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let head = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (head, rows)
}

/// The key the tool gives a statement named `name` (`path` or `path#N`):
/// the canonical path, `#N` kept.
pub fn source_of(name: &str) -> String {
    let (file, part) = match name.rsplit_once('#') {
        Some((f, n)) if n.bytes().all(|b| b.is_ascii_digit()) => (f, format!("#{n}")),
        _ => (name, String::new()),
    };
    let canonical = std::fs::canonicalize(file).unwrap();
    format!("{}{part}", canonical.display())
}
