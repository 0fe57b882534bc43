//! Check statements and print what is wrong with them.
//!
//! ```text
//! cargo run --example validate -- FILE_OR_FOLDER...          # human-readable
//! cargo run --example validate -- --json FILE_OR_FOLDER...   # one JSON object a line
//! ```
//!
//! Folders are searched recursively for `.txt` files. The last line is a
//! summary (files, errors, warnings, notes); in JSON it is an object with
//! `"summary": true`. The exit status is 1 when any error was found (or a
//! file could not be read), 0 otherwise.

use lgsco::Severity;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut json = false;
    let mut inputs = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: validate [--json] FILE_OR_FOLDER...");
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(PathBuf::from(arg)),
        }
    }
    if inputs.is_empty() {
        eprintln!("usage: validate [--json] FILE_OR_FOLDER...");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    for input in &inputs {
        collect(input, &mut files);
    }

    let (mut errors, mut warnings, mut notes, mut unreadable) = (0, 0, 0, 0);
    for file in &files {
        let name = file.display().to_string();
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("{name}: cannot read: {err}");
                unreadable += 1;
                continue;
            }
        };
        // Text that is not UTF-8 is shown as far as it goes, with the parse
        // error (and its Windows-1252 hint) as the one diagnostic.
        let text = String::from_utf8_lossy(&bytes);
        let report = match std::str::from_utf8(&bytes) {
            Ok(text) => lgsco::validate(text),
            Err(_) => match lgsco::parse_bytes(&bytes) {
                Err(err) => lgsco::Report::new(&text, None, vec![lgsco::Diagnostic::from(&err)]),
                Ok(_) => lgsco::validate(&text),
            },
        }
        .with_path(name);
        errors += report.count(Severity::Error);
        warnings += report.count(Severity::Warning);
        notes += report.count(Severity::Note);
        for located in report.iter() {
            if json {
                match serde_json::to_string(&located) {
                    Ok(line) => println!("{line}"),
                    Err(err) => eprintln!("cannot write JSON: {err}"),
                }
            } else {
                println!("{located}");
            }
        }
    }

    let files_read = files.len() - unreadable;
    if json {
        println!(
            "{}",
            serde_json::json!({
                "summary": true,
                "files": files_read,
                "unreadable": unreadable,
                "errors": errors,
                "warnings": warnings,
                "notes": notes,
            })
        );
    } else {
        println!(
            "{files_read} file{} checked: {errors} error{}, {warnings} warning{}, {notes} note{}{}",
            plural(files_read),
            plural(errors),
            plural(warnings),
            plural(notes),
            if unreadable > 0 {
                format!(", {unreadable} unreadable")
            } else {
                String::new()
            }
        );
    }
    if errors > 0 || unreadable > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A file as given, or every `.txt` file under a folder, sorted.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return;
    }
    let mut stack = vec![path.to_path_buf()];
    let mut found = Vec::new();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("{}: cannot read the folder", dir.display());
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                found.push(p);
            }
        }
    }
    found.sort();
    out.extend(found);
}
