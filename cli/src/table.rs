//! `lgsco table`: one CSV (or TSV) file per table, and a `datapackage.json`
//! describing them, all written beside their targets and renamed into place
//! when the run ends; a failed or interrupted run leaves the old files.

use crate::args::{Common, TableArgs, TableFormat};
use crate::batch;
use crate::input;
use crate::out::{self, Failure, Sink, Status, Whole};
use crate::rows::{self, Table, TABLES};
use std::io::Write;

pub fn run(common: &Common, a: &TableArgs) -> Result<Status, Failure> {
    let Some(out_dir) = common.out.as_deref() else {
        return Err(Failure::Usage(
            "table needs the folder to write into: -o DIR (or --only TABLE -o -)".into(),
        ));
    };
    let only: Vec<bool> = match &a.only {
        None => vec![true; TABLES.len()],
        Some(name) => {
            if !TABLES.iter().any(|t| t.name == name) {
                let names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
                return Err(Failure::Usage(format!(
                    "--only {name}: no such table; the tables are {}",
                    names.join(", ")
                )));
            }
            TABLES.iter().map(|t| t.name == name).collect()
        }
    };
    let to_stdout = out_dir.as_os_str() == "-";
    if to_stdout && a.only.is_none() {
        return Err(Failure::Usage(
            "-o - writes one table to standard output: name it with --only TABLE".into(),
        ));
    }
    let (ext, delimiter) = match a.format {
        TableFormat::Csv => ("csv", b','),
        TableFormat::Tsv => ("tsv", b'\t'),
    };
    // The inputs are checked before any output is touched.
    let (inputs, problems) = input::collect(common)?;
    let mut writers: Vec<Option<csv::Writer<Sink>>> = Vec::new();
    for (t, &wanted) in TABLES.iter().zip(&only) {
        if !wanted {
            writers.push(None);
            continue;
        }
        let sink = if to_stdout {
            Sink::new(None)?
        } else {
            std::fs::create_dir_all(out_dir).map_err(|e| {
                Failure::Fatal(format!(
                    "{}: cannot make the folder: {e}",
                    out_dir.display()
                ))
            })?;
            Sink::File(Whole::create(&out_dir.join(format!("{}.{ext}", t.name)))?)
        };
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(sink);
        w.write_record(t.columns.iter().map(|c| c.name))
            .map_err(csv_failure)?;
        writers.push(Some(w));
    }
    let mut rows_written = [0usize; 5];
    let tally = batch::run(common, inputs, problems, true, None, &mut |p| {
        for (n, table) in rows::rows(&p).into_iter().enumerate() {
            let Some(w) = &mut writers[n] else { continue };
            for row in table {
                w.write_record(row.iter().map(|v| v.to_field()))
                    .map_err(csv_failure)?;
                rows_written[n] += 1;
            }
        }
        Ok(())
    })?;
    if tally.interrupted {
        // Dropped unfinished, the files written beside their targets go.
        drop(writers);
        eprintln!("lgsco: interrupted: {} left as it was", out_dir.display());
        return Ok(Status::Interrupted);
    }
    let mut sinks = Vec::new();
    for w in writers.into_iter().flatten() {
        sinks.push(w.into_inner().map_err(|e| {
            Failure::from(std::io::Error::new(e.error().kind(), e.error().to_string()))
        })?);
    }
    // The package describes all five tables: it is written with them, and
    // left alone when `--only` writes one.
    let package = if to_stdout || a.only.is_some() {
        None
    } else {
        let mut package = Whole::create(&out_dir.join("datapackage.json"))?;
        let tables: Vec<&Table> = TABLES.iter().collect();
        serde_json::to_writer_pretty(&mut package, &datapackage(&tables, ext, delimiter))
            .map_err(std::io::Error::from)?;
        package.write_all(b"\n")?;
        Some(package)
    };
    for s in sinks {
        s.finish()?;
    }
    if let Some(package) = package {
        package.commit()?;
    }
    if !common.quiet {
        let shown: Vec<String> = TABLES
            .iter()
            .zip(rows_written)
            .zip(&only)
            .filter(|(_, &w)| w)
            .map(|((t, n), _)| format!("{} {n}", t.name))
            .collect();
        let place = if to_stdout {
            "standard output".to_owned()
        } else {
            out_dir.display().to_string()
        };
        eprintln!(
            "lgsco: {} read into {place} ({})",
            out::count(tally.files, "file"),
            shown.join(", ")
        );
    }
    Ok(tally.status)
}

/// The Frictionless Data Package describing the tables: each column's
/// type, which are never empty, the keys and how the tables join.
fn datapackage(tables: &[&Table], ext: &str, delimiter: u8) -> serde_json::Value {
    use serde_json::json;
    let resources: Vec<serde_json::Value> = tables
        .iter()
        .map(|t| {
            let fields: Vec<serde_json::Value> = t
                .columns
                .iter()
                .map(|c| {
                    let mut f = json!({ "name": c.name, "type": c.kind.frictionless() });
                    if !c.doc.is_empty() {
                        f["description"] = json!(c.doc);
                    }
                    if c.required {
                        f["constraints"] = json!({ "required": true });
                    }
                    f
                })
                .collect();
            let mut schema = json!({ "fields": fields, "missingValues": [""] });
            let keyed = t
                .key
                .iter()
                .all(|k| t.columns.iter().any(|c| c.name == *k && c.required));
            if keyed {
                schema["primaryKey"] = json!(t.key);
            }
            if t.name != "decisions" {
                schema["foreignKeys"] = json!([{
                    "fields": ["source"],
                    "reference": { "resource": "decisions", "fields": ["source"] }
                }]);
            }
            json!({
                "name": t.name,
                "description": t.doc,
                "path": format!("{}.{ext}", t.name),
                "profile": "tabular-data-resource",
                "format": ext,
                "mediatype": if ext == "csv" { "text/csv" } else { "text/tab-separated-values" },
                "encoding": "utf-8",
                "dialect": { "delimiter": (delimiter as char).to_string(), "header": true },
                "schema": schema,
            })
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "lgsco-decisions",
        "title": "LGSCO decision statements, read by lgsco",
        "resources": resources,
    })
}

fn csv_failure(e: csv::Error) -> Failure {
    // A closed pipe (`-o - | head`) ends the run quietly, as for the other
    // commands.
    if let csv::ErrorKind::Io(io) = e.kind() {
        if io.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::BrokenPipe;
        }
    }
    Failure::Fatal(format!("cannot write the table: {e}"))
}
