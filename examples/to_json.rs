//! Print statements as JSON, one object per input per line.
//!
//! ```text
//! cargo run --example to_json -- FILE_OR_FOLDER... [--pretty]
//! cat statement.txt | cargo run --example to_json -- -
//! ```
//!
//! Each line is `{"file": ..., "decision": {...}}`, or `{"file": ...,
//! "error": {...}}` when the input holds no statement. Folders are searched
//! recursively for `.txt` files. `--pretty` prints one indented array instead.

use serde::Serialize;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pretty = args.iter().any(|a| a == "--pretty");
    let inputs: Vec<&String> = args.iter().filter(|a| *a != "--pretty").collect();
    if inputs.is_empty() {
        eprintln!("usage: to_json FILE_OR_FOLDER... [--pretty]   (`-` reads standard input)");
        return ExitCode::from(2);
    }
    let mut records = Vec::new();
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for input in inputs {
        let files = if input == "-" {
            vec![PathBuf::from("-")]
        } else {
            txt_files(Path::new(input))
        };
        for file in files {
            let record = convert(&file);
            failed |= record.error.is_some();
            if pretty {
                records.push(record);
            } else if writeln!(
                out,
                "{}",
                serde_json::to_string(&record).unwrap_or_default()
            )
            .is_err()
            {
                return ExitCode::FAILURE;
            }
        }
    }
    if pretty {
        let text = serde_json::to_string_pretty(&records).unwrap_or_default();
        let _ = writeln!(out, "{text}");
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One output line; fields print in this order.
#[derive(Serialize)]
struct Record {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    decision: Option<lgsco::Decision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<Value>,
}

fn convert(file: &Path) -> Record {
    let name = file.display().to_string();
    let mut text = String::new();
    let read = if name == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| text = t)
    };
    if let Err(err) = read {
        let error = json!({"message": err.to_string()});
        return Record {
            file: name,
            decision: None,
            error: Some(error),
        };
    }
    match lgsco::parse(&text) {
        Ok(decision) => Record {
            file: name,
            decision: Some(decision),
            error: None,
        },
        Err(err) => {
            let error = json!({
                "kind": format!("{:?}", err.kind()),
                "line": err.line(),
                "column": err.column(),
                "span": err.span(),
                "message": err.to_string(),
            });
            Record {
                file: name,
                decision: None,
                error: Some(error),
            }
        }
    }
}

/// The file itself, or every `.txt` file under a folder, sorted.
fn txt_files(path: &Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    let mut found = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                found.push(p);
            }
        }
    }
    found.sort();
    found
}
