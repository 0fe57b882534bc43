//! `lgsco.Decision`: a parsed statement, and `parse`, `parse_all` and
//! `parse_bytes`, which make one.

use crate::doc::{Doc, SharedMap};
use crate::errors::parse_error;
use crate::{facts, law, nodes};
use pyo3::prelude::*;
use pyo3::types::PyList;
use std::sync::Arc;

/// A parsed decision statement: its header, summary, sections and
/// paragraphs, with spans into `text` counted in characters, so that
/// `text[start:end]` is what a node or a fact was read from.
#[pyclass(frozen, module = "lgsco")]
pub struct Decision {
    pub(crate) doc: Arc<Doc>,
}

#[pymethods]
impl Decision {
    /// The whole text the statement was read from (for a file that joins
    /// several statements, the whole file): every span indexes it.
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }

    /// The header: organisation, reference, area, subcategory, outcome and
    /// decision date (`datetime.date`).
    #[getter]
    fn header(&self, py: Python<'_>) -> PyResult<nodes::Header> {
        nodes::Header::new(py, &self.doc)
    }

    /// The summary, or `None`.
    #[getter]
    fn summary(&self) -> Option<nodes::Summary> {
        nodes::summary(&self.doc)
    }

    /// The sections, each with its paragraphs.
    #[getter]
    fn sections(&self, py: Python<'_>) -> PyResult<Vec<nodes::Section>> {
        nodes::sections(py, &self.doc)
    }

    /// Every paragraph of every section, in order.
    #[getter]
    fn paragraphs(&self, py: Python<'_>) -> PyResult<Vec<nodes::Paragraph>> {
        nodes::paragraphs(py, &self.doc)
    }

    /// Whether the statement is whole: a header, a final decision and no
    /// sign of a cut-off download.
    #[getter]
    fn is_complete(&self) -> bool {
        self.doc.decision.is_complete()
    }

    /// Every citation of law, in document order.
    fn citations(&self, py: Python<'_>) -> PyResult<Vec<law::Citation>> {
        law::citations(py, &self.doc)
    }

    /// What the statement decides: the complainant, the result, reasons,
    /// other bodies and remedies, each with the words it was read from.
    fn facts(&self, py: Python<'_>) -> PyResult<facts::Facts> {
        facts::facts(py, &self.doc, &self.doc.decision.facts())
    }

    /// What is wrong or unusual in the statement (the checks of `lgsco
    /// check`), in document order.
    fn validate(&self) -> Vec<facts::Diagnostic> {
        let found = self.doc.decision.validate();
        let index = lgsco::LineIndex::new(&self.doc.text);
        facts::diagnostics(&index, self.doc.map(), &found)
    }

    /// The tree as JSON, in the documented schema (docs/schema.md): the
    /// same bytes as the Rust crate's `serde_json::to_string`. Its spans
    /// are byte offsets into the UTF-8 text, as the schema says. With
    /// `indent`, pretty-printed by two spaces.
    #[pyo3(signature = (*, indent = false))]
    fn to_json(&self, indent: bool) -> PyResult<String> {
        let json = if indent {
            serde_json::to_string_pretty(&self.doc.decision)
        } else {
            serde_json::to_string(&self.doc.decision)
        };
        json.map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
    }

    /// The tree as Python dicts and lists: `json.loads(self.to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?
            .call_method1("loads", (self.to_json(false)?,))
    }

    /// The statement as an Akoma Ntoso 3.0 document (XML text).
    fn to_akn(&self) -> String {
        lgsco::akn::export(&self.doc.decision).xml
    }

    /// The canonical text: the statement re-rendered in its dashed form.
    fn __str__(&self) -> String {
        self.doc.decision.to_string()
    }

    fn __repr__(&self) -> String {
        let h = &self.doc.decision.header;
        format!(
            "Decision(reference={}, organisation={}, sections={})",
            crate::repr::opt(h.reference.as_ref().map(|r| r.as_str())),
            crate::repr::opt(h.organisation.as_deref()),
            self.doc.decision.sections.len()
        )
    }
}

/// Parse one statement: the first in `text` (a second is set aside, and
/// validation warns with `R005`). Raises `ParseError` when the text holds
/// no statement.
#[pyfunction]
pub fn parse(py: Python<'_>, text: &str) -> PyResult<Decision> {
    let shared: Arc<str> = Arc::from(text);
    let parsed = py.detach(|| lgsco::parse(&shared));
    match parsed {
        Ok(d) => Ok(Decision {
            doc: Doc::new(shared, d, &SharedMap::default()),
        }),
        Err(e) => Err(parse_error(py, &e)),
    }
}

/// Parse every statement in a text that joins several, one `Decision`
/// each, spans into the whole text. Raises `ParseError` on the first part
/// that holds no statement.
#[pyfunction]
pub fn parse_all(py: Python<'_>, text: &str) -> PyResult<Py<PyList>> {
    let shared: Arc<str> = Arc::from(text);
    let parsed: Vec<_> = py.detach(|| lgsco::parse_all(&shared).collect());
    let mut out = Vec::with_capacity(parsed.len());
    let map = SharedMap::default();
    for d in parsed {
        let d = d.map_err(|e| parse_error(py, &e))?;
        out.push(Decision {
            doc: Doc::new(Arc::clone(&shared), d, &map),
        });
    }
    Ok(PyList::new(py, out)?.unbind())
}

/// Parse the first statement in bytes: `encoding` is `auto` (UTF-8, else
/// Windows-1252), `utf-8` or `windows-1252`; UTF-16 with a byte order
/// mark is read whatever it says. Raises `ParseError` when the bytes hold
/// no statement or are not in the encoding asked for.
#[pyfunction]
#[pyo3(signature = (data, encoding = "auto"))]
pub fn parse_bytes(py: Python<'_>, data: &[u8], encoding: &str) -> PyResult<Decision> {
    let encoding = crate::read::encoding(encoding)?;
    let options = lgsco::Options::default();
    let mut text = lgsco_cli::input::decode(data, encoding, &options);
    if let Some(err) = text.invalid.take() {
        return Err(parse_error(py, &err));
    }
    parse(py, &text.text)
}
