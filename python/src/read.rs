//! `lgsco.read` and the rows behind `lgsco.tables`: files and folders
//! walked, read and decoded as the tool does (lgsco_cli), parsed on all
//! cores with the GIL released, results in input order.

use crate::decision::Decision;
use crate::doc::{Doc, SharedMap};
use crate::errors::{parse_error, read_error};
use crate::facts;
use lgsco_cli::args::{Common, Encoding};
use lgsco_cli::batch::{self, Loaded, Parsed};
use lgsco_cli::input::{self, Input};
use lgsco_cli::out::Failure;
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// The encoding a Python caller names.
pub fn encoding(name: &str) -> PyResult<Encoding> {
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "auto" => Ok(Encoding::Auto),
        "utf-8" | "utf8" => Ok(Encoding::Utf8),
        "windows-1252" | "cp1252" => Ok(Encoding::Windows1252),
        _ => Err(PyValueError::new_err(format!(
            "encoding {name:?}: use \"auto\" (UTF-8, else Windows-1252), \"utf-8\" or \"windows-1252\""
        ))),
    }
}

/// The tool's options for a Python call: no progress bar, no summary.
fn common(paths: Vec<PathBuf>, ext: &str, encoding: &str) -> PyResult<Common> {
    Ok(Common {
        paths,
        ext: ext.to_owned(),
        encoding: self::encoding(encoding)?,
        quiet: true,
        no_progress: true,
        ..Common::default()
    })
}

/// The tool's failure as a Python exception.
fn failure(f: Failure) -> PyErr {
    match f {
        Failure::Usage(m) => PyFileNotFoundError::new_err(m),
        Failure::Fatal(m) => PyOSError::new_err(m),
        Failure::BrokenPipe => PyOSError::new_err("broken pipe"),
    }
}

/// The thread pool for `jobs` threads; `None` for rayon's global pool
/// (one thread per core).
pub fn pool(jobs: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
    match jobs {
        Some(0) => Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| PyOSError::new_err(e.to_string())),
        None => Ok(None),
    }
}

/// Run `work` in `pool`, or in the global pool.
pub fn in_pool<T: Send>(pool: Option<&rayon::ThreadPool>, work: impl FnOnce() -> T + Send) -> T {
    match pool {
        Some(pool) => pool.install(work),
        None => work(),
    }
}

/// Load every input on `jobs` threads (all cores when `None`), in input
/// order, with the GIL released.
fn load_all(
    py: Python<'_>,
    common: &Common,
    inputs: &[Input],
    jobs: Option<usize>,
) -> PyResult<Vec<Vec<Statement>>> {
    let pool = pool(jobs)?;
    let options = common.validate_options();
    let work = || {
        inputs
            .par_iter()
            .map(|i| {
                let loaded = batch::load(i, common, &options, None);
                let map = SharedMap::default();
                loaded
                    .into_iter()
                    .map(|l| Statement::from_loaded(l, &map))
                    .collect()
            })
            .collect()
    };
    Ok(py.detach(|| in_pool(pool.as_ref(), work)))
}

/// The inputs the paths name, and the folders that could not be read.
pub fn collect(
    paths: Vec<PathBuf>,
    ext: &str,
    encoding: &str,
) -> PyResult<(Common, Vec<Input>, Vec<String>)> {
    let common = common(paths, ext, encoding)?;
    let (inputs, problems) = input::collect(&common).map_err(failure)?;
    Ok((common, inputs, problems))
}

/// What happened to one statement (or one input that could not be read).
enum Outcome {
    Parsed { doc: Arc<Doc>, facts: lgsco::Facts },
    Failed(lgsco::Error),
    Unreadable(String),
}

/// One statement read by `lgsco.read`: its decision, or the error that
/// stopped it (`ParseError`, or `OSError` for a file that could not be
/// read), never both.
#[pyclass(frozen, module = "lgsco")]
pub struct Statement {
    /// The file as reached from the path given; `file#N` for the Nth
    /// statement of a file that joins several.
    #[pyo3(get)]
    file: String,
    /// The statement's key: the file's absolute path, links resolved
    /// (`#N` after it for a joined file): `decisions.source` in the tables.
    #[pyo3(get)]
    source: String,
    /// Which statement of its file this is, from 0, and how many it holds.
    #[pyo3(get)]
    part: usize,
    #[pyo3(get)]
    statements: usize,
    /// The reference, printed or (failing that) from the file name.
    #[pyo3(get)]
    reference: Option<String>,
    /// Whether the reference came from the file name.
    #[pyo3(get)]
    reference_from_file_name: bool,
    /// The file was not UTF-8 and was read as Windows-1252.
    #[pyo3(get)]
    windows_1252: bool,
    text: Arc<str>,
    /// The statement's lines in `text` and the number of the first, so
    /// positions are found without indexing a whole joined file.
    lines: std::ops::Range<usize>,
    first_line: usize,
    diagnostics: Vec<lgsco::Diagnostic>,
    outcome: Outcome,
}

#[pymethods]
impl Statement {
    /// Whether the statement was parsed.
    #[getter]
    fn ok(&self) -> bool {
        matches!(self.outcome, Outcome::Parsed { .. })
    }

    /// The decision, or `None` when it failed.
    #[getter]
    fn decision(&self) -> Option<Decision> {
        match &self.outcome {
            Outcome::Parsed { doc, .. } => Some(Decision {
                doc: Arc::clone(doc),
            }),
            _ => None,
        }
    }

    /// The error (`ParseError` or `OSError`), or `None`; `raise s.error`
    /// raises it.
    #[getter]
    fn error(&self, py: Python<'_>) -> Option<Py<pyo3::exceptions::PyBaseException>> {
        let err = match &self.outcome {
            Outcome::Parsed { .. } => return None,
            Outcome::Failed(e) => parse_error(py, e),
            Outcome::Unreadable(m) => read_error(&self.file, m),
        };
        Some(err.into_value(py))
    }

    /// The input's text (the whole file for a joined one).
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// What the check found (as `lgsco check` does; a failed parse gives
    /// its one diagnostic).
    #[getter]
    fn diagnostics(&self) -> Vec<facts::Diagnostic> {
        let index = lgsco::LineIndex::part(&self.text, self.lines.clone(), self.first_line);
        match &self.outcome {
            Outcome::Parsed { doc, .. } => facts::diagnostics(&index, doc.map(), &self.diagnostics),
            // A failed statement's one diagnostic: no tree holds a map.
            _ => {
                let map = crate::chars::CharMap::new(&self.text);
                facts::diagnostics(&index, &map, &self.diagnostics)
            }
        }
    }

    /// What the statement decides, or `None` when it failed (read in the
    /// batch, on all cores).
    #[getter]
    fn facts(&self, py: Python<'_>) -> PyResult<Option<facts::Facts>> {
        match &self.outcome {
            Outcome::Parsed { doc, facts } => Ok(Some(facts::facts(py, doc, facts)?)),
            _ => Ok(None),
        }
    }

    fn __repr__(&self) -> String {
        let state = match &self.outcome {
            Outcome::Parsed { .. } => "ok".to_owned(),
            Outcome::Failed(e) => format!("error={:?}", e.to_string()),
            Outcome::Unreadable(m) => format!("unreadable={m:?}"),
        };
        format!("Statement(file={:?}, {state})", self.file)
    }
}

impl Statement {
    fn from_loaded(l: Loaded, map: &SharedMap) -> Statement {
        match l {
            Loaded::Parsed(p) => Statement::from_parsed(*p, map),
            Loaded::Unreadable(file, message) => Statement::unreadable(file, message),
            // Never given: `read` passes no known inputs.
            Loaded::Known(_) => Statement::unreadable(String::new(), "already read".into()),
        }
    }

    fn unreadable(file: String, message: String) -> Statement {
        Statement {
            source: file.clone(),
            file,
            part: 0,
            statements: 1,
            reference: None,
            reference_from_file_name: false,
            windows_1252: false,
            text: Arc::from(""),
            lines: 0..0,
            first_line: 1,
            diagnostics: Vec::new(),
            outcome: Outcome::Unreadable(message),
        }
    }

    fn from_parsed(p: Parsed, map: &SharedMap) -> Statement {
        let outcome = match p.decision {
            Ok(d) => Outcome::Parsed {
                doc: Doc::new(Arc::clone(&p.text), d, map),
                facts: p.facts.unwrap_or_default(),
            },
            Err(e) => Outcome::Failed(e),
        };
        Statement {
            file: p.name,
            source: p.source,
            part: p.part,
            statements: p.statements,
            reference: p.reference.as_ref().map(|(r, _)| r.as_str().to_owned()),
            reference_from_file_name: p.reference.as_ref().is_some_and(|(_, f)| *f),
            windows_1252: p.windows_1252,
            text: p.text,
            lines: p.lines,
            first_line: p.first_line,
            diagnostics: p.diagnostics,
            outcome,
        }
    }
}

/// Read statements from files and folders (folders searched recursively
/// for files ending with `ext`, in any case), parsed on `jobs` threads
/// (all cores by default) with the GIL released. One `Statement` per
/// statement in input order; a file that cannot be read or holds no
/// statement is a `Statement` with its `error`, never an exception. Raises
/// `FileNotFoundError` before reading anything when a path does not exist
/// or a folder holds no such file.
#[pyfunction]
#[pyo3(signature = (paths, *, jobs = None, ext = ".txt", encoding = "auto"))]
pub fn read(
    py: Python<'_>,
    paths: Bound<'_, PyAny>,
    jobs: Option<usize>,
    ext: &str,
    encoding: &str,
) -> PyResult<Vec<Statement>> {
    let (common, inputs, problems) = collect(path_list(&paths)?, ext, encoding)?;
    let loaded = load_all(py, &common, &inputs, jobs)?;
    let mut out: Vec<Statement> = problems
        .into_iter()
        .map(|m| Statement::unreadable(m.clone(), m))
        .collect();
    out.extend(loaded.into_iter().flatten());
    Ok(out)
}

/// One path or a list of them.
pub fn path_list(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(one) = paths.extract::<PathBuf>() {
        return Ok(vec![one]);
    }
    let mut out = Vec::new();
    for p in paths.try_iter()? {
        out.push(p?.extract::<PathBuf>()?);
    }
    Ok(out)
}
