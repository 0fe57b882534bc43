//! `lgsco table`: one CSV (or TSV) file per table.

use crate::args::{TableArgs, TableFormat};
use crate::batch;
use crate::out::{self, Failure, Status};
use crate::rows::{self, TABLES};
use std::fs::File;
use std::io::BufWriter;

pub fn run(a: &TableArgs) -> Result<Status, Failure> {
    std::fs::create_dir_all(&a.out)
        .map_err(|e| Failure::Fatal(format!("{}: cannot make the folder: {e}", a.out.display())))?;
    let (ext, delimiter) = match a.format {
        TableFormat::Csv => ("csv", b','),
        TableFormat::Tsv => ("tsv", b'\t'),
    };
    let mut writers = Vec::new();
    for t in TABLES {
        let path = a.out.join(format!("{}.{ext}", t.name));
        let file = File::create(&path)
            .map_err(|e| Failure::Fatal(format!("{}: cannot write: {e}", path.display())))?;
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(BufWriter::new(file));
        w.write_record(t.columns.iter().map(|c| c.0))
            .map_err(csv_failure)?;
        writers.push(w);
    }
    let mut rows_written = [0usize; TABLES.len()];
    let tally = batch::run(&a.common, true, |p| {
        for (n, table) in rows::rows(&p).into_iter().enumerate() {
            for row in table {
                writers[n]
                    .write_record(row.iter().map(|v| v.to_field()))
                    .map_err(csv_failure)?;
                rows_written[n] += 1;
            }
        }
        Ok(())
    })?;
    for w in &mut writers {
        w.flush()?;
    }
    let shown: Vec<String> = TABLES
        .iter()
        .zip(rows_written)
        .map(|(t, n)| format!("{} {n}", t.name))
        .collect();
    eprintln!(
        "lgsco: {} read into {} ({})",
        out::count(tally.files, "file"),
        a.out.display(),
        shown.join(", ")
    );
    Ok(tally.status)
}

fn csv_failure(e: csv::Error) -> Failure {
    Failure::Fatal(format!("cannot write the table: {e}"))
}
