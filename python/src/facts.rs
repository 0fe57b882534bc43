//! What a statement decides, and what validation finds in it, as Python
//! objects: each fact with the span and the words it was read from.

use crate::chars::CharMap;
use crate::doc::Doc;
use crate::nodes::CharSpan;
use pyo3::prelude::*;
use pyo3::types::PyList;

/// One fact: the complainant, a reason, another body or a remedy.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Fact {
    /// `complainant`, `reason`, `body` or `remedy`.
    pub fact: String,
    /// What it is: the complainant as printed, or the reason's, body's or
    /// remedy's label (`late`, `tribunal`, `payment`...).
    pub label: String,
    /// Where the words it was read from are.
    pub span: CharSpan,
    /// Those words: `text[span[0]:span[1]]`.
    pub evidence: String,
    /// For a payment: the sum in pounds.
    pub amount: Option<f64>,
    /// For a remedy: when it is to be done, as printed.
    pub deadline: Option<String>,
    /// For a body: what sort of body it is (`tribunal`, `court`...).
    pub body_kind: Option<String>,
}

#[pymethods]
impl Fact {
    fn __repr__(&self) -> String {
        format!(
            "Fact(fact={:?}, label={:?}, evidence={:?})",
            self.fact, self.label, self.evidence
        )
    }
}

/// What the statement decides.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Facts {
    /// The complainant as first printed.
    pub complainant: Option<Py<Fact>>,
    /// `not_investigated`, `discontinued`, `fault_found` or `no_fault`.
    pub result: Option<String>,
    /// For fault found: whether it caused injustice.
    pub injustice: Option<bool>,
    /// Why it was not investigated (`list[Fact]`).
    pub reasons: Py<PyList>,
    /// Other bodies it points to (`list[Fact]`).
    pub bodies: Py<PyList>,
    /// Remedies agreed, recommended or given (`list[Fact]`).
    pub remedies: Py<PyList>,
    /// The sum of the remedies' amounts in pounds, when any names one.
    pub total_amount: Option<f64>,
}

#[pymethods]
impl Facts {
    fn __repr__(&self) -> String {
        format!(
            "Facts(result={}, injustice={})",
            crate::repr::opt(self.result.as_deref()),
            crate::repr::opt_value(self.injustice.map(|b| if b { "True" } else { "False" }))
        )
    }
}

fn pounds(a: lgsco::Amount) -> f64 {
    a.pence() as f64 / 100.0
}

/// A fact of `doc`.
fn fact(doc: &Doc, fact: &str, label: String, span: lgsco::Span) -> Fact {
    Fact {
        fact: fact.to_owned(),
        label,
        span: doc.span(span),
        evidence: doc.slice(span).to_owned(),
        amount: None,
        deadline: None,
        body_kind: None,
    }
}

/// The facts of a statement (read now, or as a batch read them).
pub fn facts(py: Python<'_>, doc: &Doc, f: &lgsco::Facts) -> PyResult<Facts> {
    let complainant = f
        .complainant
        .as_ref()
        .map(|c| Py::new(py, fact(doc, "complainant", c.text.clone(), c.span)))
        .transpose()?;
    let reasons = f
        .reasons
        .iter()
        .map(|r| fact(doc, "reason", r.kind.to_string(), r.span));
    let bodies = f.bodies.iter().map(|b| Fact {
        body_kind: Some(b.kind.as_str().to_owned()),
        ..fact(doc, "body", b.name.to_string(), b.span)
    });
    let remedies = f.remedies.iter().map(|r| Fact {
        amount: r.amount.map(pounds),
        deadline: r.deadline.as_ref().map(|d| d.text.clone()),
        ..fact(doc, "remedy", r.kind.to_string(), r.span)
    });
    Ok(Facts {
        complainant,
        result: f.result.map(|r| r.to_string()),
        injustice: f.injustice,
        reasons: PyList::new(py, reasons)?.unbind(),
        bodies: PyList::new(py, bodies)?.unbind(),
        remedies: PyList::new(py, remedies)?.unbind(),
        total_amount: f.total_amount().map(pounds),
    })
}

/// What validation found.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Diagnostic {
    /// The stable code (`S006`).
    pub code: String,
    /// Its name (`truncated`).
    pub name: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// Where it starts: line and column (in characters), from 1.
    pub line: usize,
    pub column: usize,
    /// Where it ends.
    pub end_line: usize,
    pub end_column: usize,
    /// What is wrong, in a sentence.
    pub message: String,
    /// How to fix it, when that is known.
    pub help: Option<String>,
    /// The text it is about (empty where something is missing).
    pub span: CharSpan,
}

#[pymethods]
impl Diagnostic {
    fn __repr__(&self) -> String {
        format!(
            "Diagnostic({}:{}: {}[{}]: {})",
            self.line, self.column, self.severity, self.code, self.message
        )
    }
}

/// The diagnostics of a statement.
pub fn diagnostics(
    index: &lgsco::LineIndex<'_>,
    map: &CharMap,
    found: &[lgsco::Diagnostic],
) -> Vec<Diagnostic> {
    found
        .iter()
        .map(|d| {
            let (start, end) = (index.position(d.span.start), index.position(d.span.end));
            Diagnostic {
                code: d.code.as_str().to_owned(),
                name: d.code.name().to_owned(),
                severity: d.severity.as_str().to_owned(),
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                message: d.message.clone(),
                help: d.help.clone(),
                span: map.span(d.span),
            }
        })
        .collect()
}
