//! The rows behind `lgsco.tables`: the tool's own table definitions
//! (lgsco_cli::rows), cells handed to Python column by column.

use crate::read::{collect, in_pool, path_list, pool};
use lgsco_cli::batch::{self, Loaded};
use lgsco_cli::rows::{self, Kind, Value, TABLES};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyString, PyTuple};
use rayon::prelude::*;
use std::sync::mpsc::{sync_channel, Receiver};

/// Inputs parsed at a time: the next chunk parses on all cores while this
/// thread turns the last into Python objects (which needs the GIL), as the
/// tool's batch overlaps parsing and writing.
const CHUNK: usize = 256;

/// One input's rows, table by table, or why it could not be read.
type InputRows = Vec<Result<[Vec<Vec<Value>>; 5], String>>;

/// A column's kind, as `lgsco.tables` names it.
fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Text => "text",
        Kind::Label => "label",
        Kind::Integer => "integer",
        Kind::Number => "number",
        Kind::Boolean => "boolean",
        Kind::Date => "date",
    }
}

/// The rows of one loaded input.
fn input_rows(loaded: Vec<Loaded>) -> InputRows {
    let mut out = Vec::new();
    for l in loaded {
        match l {
            Loaded::Parsed(p) => out.push(Ok(rows::rows(&p))),
            Loaded::Unreadable(file, m) => out.push(Err(format!("{file}: cannot read: {m}"))),
            Loaded::Known(_) => {}
        }
    }
    out
}

/// The next chunk from the parsing thread, waited for without the GIL.
fn next(
    py: Python<'_>,
    chunks: Receiver<Vec<InputRows>>,
) -> Option<(Receiver<Vec<InputRows>>, Vec<InputRows>)> {
    let (chunks, got) = py.detach(move || {
        let got = chunks.recv();
        (chunks, got)
    });
    got.ok().map(|chunk| (chunks, chunk))
}

/// The tables `lgsco table` writes, from the same definitions: for each,
/// its name, its columns as `(name, kind)` and its cells column by column;
/// then the inputs that could not be read (the tool reports them on
/// standard error and writes no row for them).
#[pyfunction]
#[pyo3(signature = (paths, *, jobs = None, ext = ".txt", encoding = "auto"))]
pub fn table_columns<'py>(
    py: Python<'py>,
    paths: Bound<'py, PyAny>,
    jobs: Option<usize>,
    ext: &str,
    encoding: &str,
) -> PyResult<(Bound<'py, PyList>, Vec<String>)> {
    let (common, inputs, mut problems) = collect(path_list(&paths)?, ext, encoding)?;
    let pool = pool(jobs)?;
    let options = common.validate_options();
    let mut columns: Vec<Vec<Column<'py>>> = TABLES
        .iter()
        .map(|t| t.columns.iter().map(|_| Column::new(py)).collect())
        .collect();
    std::thread::scope(|s| -> PyResult<()> {
        let (send, chunks) = sync_channel::<Vec<InputRows>>(1);
        let (pool, common, options, inputs) = (pool.as_ref(), &common, &options, &inputs);
        s.spawn(move || {
            for chunk in inputs.chunks(CHUNK) {
                let parse = || {
                    chunk
                        .par_iter()
                        .map(|i| input_rows(batch::load(i, common, options, None)))
                        .collect()
                };
                // A send fails only when the receiving side stopped on an error.
                if send.send(in_pool(pool, parse)).is_err() {
                    break;
                }
            }
        });
        let mut chunks = chunks;
        while let Some((rest, chunk)) = next(py, chunks) {
            chunks = rest;
            for input in chunk.into_iter().flatten() {
                match input {
                    Ok(tables) => append(py, &mut columns, tables)?,
                    Err(m) => problems.push(m),
                }
            }
        }
        Ok(())
    })?;
    let out = PyList::empty(py);
    for (t, cells) in TABLES.iter().zip(columns) {
        let names = t.columns.iter().map(|c| (c.name, kind_name(c.kind)));
        out.append(PyTuple::new(
            py,
            [
                t.name.into_pyobject(py)?.into_any(),
                PyList::new(py, names)?.into_any(),
                PyList::new(py, cells.into_iter().map(|c| c.list))?.into_any(),
            ],
        )?)?;
    }
    Ok((out, problems))
}

/// A column being filled, with its last text cell: a statement's rows
/// repeat its `source`, and labels repeat, so the string object is shared
/// rather than made again (fewer objects, less time).
struct Column<'py> {
    list: Bound<'py, PyList>,
    last: Option<(String, Bound<'py, PyAny>)>,
}

impl<'py> Column<'py> {
    fn new(py: Python<'py>) -> Self {
        Column {
            list: PyList::empty(py),
            last: None,
        }
    }

    fn push(&mut self, py: Python<'py>, v: Value) -> PyResult<()> {
        let Value::Text(text) = v else {
            return self.list.append(cell(py, v));
        };
        if let Some((last, object)) = &self.last {
            if *last == text {
                return self.list.append(object);
            }
        }
        let object = PyString::new(py, &text).into_any();
        self.list.append(&object)?;
        self.last = Some((text, object));
        Ok(())
    }
}

/// Append one statement's rows to the columns.
fn append<'py>(
    py: Python<'py>,
    columns: &mut [Vec<Column<'py>>],
    tables: [Vec<Vec<Value>>; 5],
) -> PyResult<()> {
    for (table, rows) in columns.iter_mut().zip(tables) {
        for row in rows {
            for (column, v) in table.iter_mut().zip(row) {
                column.push(py, v)?;
            }
        }
    }
    Ok(())
}

/// A cell as a Python value.
fn cell(py: Python<'_>, v: Value) -> Bound<'_, PyAny> {
    match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, b).to_owned().into_any(),
        Value::Int(n) => PyInt::new(py, n).into_any(),
        Value::Real(x) => PyFloat::new(py, x).into_any(),
        Value::Text(s) => PyString::new(py, &s).into_any(),
    }
}
