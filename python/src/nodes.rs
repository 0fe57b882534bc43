//! The parts of a statement's tree, as plain Python objects: strings,
//! numbers, `datetime.date`, and spans as `(start, end)` in characters.

use crate::doc::Doc;
use crate::repr::opt;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A span in characters of the text: `text[start:end]`.
pub type CharSpan = (usize, usize);

/// The header lines: who the complaint is about, the reference, the
/// category, the outcome and the decision date, each `None` when absent.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Header {
    /// The organisation as printed.
    pub organisation: Option<String>,
    /// The reference, `24 012 345`.
    pub reference: Option<String>,
    /// The year the reference was given, from its first digits.
    pub reference_year: Option<u16>,
    /// The category's area (`Adult care services`).
    pub area: Option<String>,
    /// The category's subcategory (`Charging`).
    pub subcategory: Option<String>,
    /// The outcome as the library names it (`upheld`, ...).
    pub outcome: Option<String>,
    /// The decision date (`datetime.date`).
    pub date: Option<Py<PyAny>>,
    /// The date as printed.
    pub date_text: Option<String>,
    /// Each header line's span, by field (`organisation`, `reference`, ...).
    pub spans: Py<PyDict>,
}

#[pymethods]
impl Header {
    fn __repr__(&self) -> String {
        format!(
            "Header(organisation={}, reference={}, outcome={}, date_text={})",
            opt(self.organisation.as_deref()),
            opt(self.reference.as_deref()),
            opt(self.outcome.as_deref()),
            opt(self.date_text.as_deref())
        )
    }
}

impl Header {
    /// The header of a statement.
    pub fn new(py: Python<'_>, doc: &Doc) -> PyResult<Header> {
        let h = &doc.decision.header;
        let date = match h.date {
            Some(d) => {
                use lgsco::chrono::Datelike;
                let module = py.import("datetime")?;
                Some(
                    module
                        .getattr("date")?
                        .call1((d.year(), d.month(), d.day()))?
                        .unbind(),
                )
            }
            None => None,
        };
        let spans = PyDict::new(py);
        let s = &h.spans;
        for (name, span) in [
            ("title", s.title),
            ("organisation", s.organisation),
            ("reference", s.reference),
            ("category", s.category),
            ("area", s.area),
            ("subcategory", s.subcategory),
            ("outcome", s.outcome),
            ("outcome_value", s.outcome_value),
            ("date", s.date),
            ("date_value", s.date_value),
        ] {
            if let Some(span) = span {
                spans.set_item(name, doc.span(span))?;
            }
        }
        Ok(Header {
            organisation: h.organisation.clone(),
            reference: h.reference.as_ref().map(|r| r.as_str().to_owned()),
            reference_year: h.reference.as_ref().and_then(|r| r.year()),
            area: h.category.as_ref().map(|c| c.area.clone()),
            subcategory: h.category.as_ref().and_then(|c| c.subcategory.clone()),
            outcome: h.outcome.as_ref().map(|o| o.as_str().to_owned()),
            date,
            date_text: h.date_text.clone(),
            spans: spans.unbind(),
        })
    }
}

/// The summary at the head of the statement.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Summary {
    /// Its text, without the `Summary:` label.
    pub text: String,
    /// The whole summary, label included.
    pub span: CharSpan,
    /// The text alone.
    pub text_span: CharSpan,
}

/// A section: its heading as printed, a typed kind and its paragraphs.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Section {
    /// The heading as printed; `None` for text before the first heading.
    pub heading: Option<String>,
    /// The kind (`complaint`, `assessment`, `final_decision`, ...).
    pub kind: String,
    /// The whole section.
    pub span: CharSpan,
    /// The heading line.
    pub heading_span: Option<CharSpan>,
    /// Its paragraphs (`list[Paragraph]`).
    pub paragraphs: Py<PyList>,
}

#[pymethods]
impl Section {
    fn __repr__(&self) -> String {
        format!(
            "Section(heading={}, kind={:?})",
            opt(self.heading.as_deref()),
            self.kind
        )
    }
}

/// A numbered (or unnumbered) paragraph.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Paragraph {
    /// Its number in the whole document, from 1.
    pub number: u32,
    /// The marker as printed (`3.`), if any.
    pub marker: Option<String>,
    /// Its text, without marker or list items.
    pub text: String,
    /// The section it belongs to, from 0 (an index of `Decision.sections`).
    pub section: usize,
    /// The whole paragraph, items included.
    pub span: CharSpan,
    /// Its text alone.
    pub text_span: CharSpan,
    /// Its list items (`list[Item]`).
    pub items: Py<PyList>,
}

#[pymethods]
impl Paragraph {
    fn __repr__(&self) -> String {
        format!(
            "Paragraph(number={}, text={:?})",
            self.number,
            preview(&self.text)
        )
    }
}

/// An item of a list inside a paragraph.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Item {
    /// The marker as printed (`a)`, `•`), if any.
    pub marker: Option<String>,
    /// Its text.
    pub text: String,
    /// The whole item, nested items included.
    pub span: CharSpan,
    /// Its text alone.
    pub text_span: CharSpan,
    /// Nested items (`list[Item]`).
    pub items: Py<PyList>,
}

/// The first words of a long text, for a repr.
fn preview(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_owned(),
    }
}

/// The summary of a statement.
pub fn summary(doc: &Doc) -> Option<Summary> {
    let s = doc.decision.summary.as_ref()?;
    Some(Summary {
        text: s.text.clone(),
        span: doc.span(s.span),
        text_span: doc.span(s.text_span),
    })
}

/// Every section, with its paragraphs.
pub fn sections(py: Python<'_>, doc: &Doc) -> PyResult<Vec<Section>> {
    let mut out = Vec::with_capacity(doc.decision.sections.len());
    for (n, s) in doc.decision.sections.iter().enumerate() {
        let paragraphs = s
            .paragraphs
            .iter()
            .map(|p| paragraph(py, doc, n, p))
            .collect::<PyResult<Vec<_>>>()?;
        out.push(Section {
            heading: s.heading.clone(),
            kind: s.kind.as_str().to_owned(),
            span: doc.span(s.span),
            heading_span: s.heading_span.map(|h| doc.span(h)),
            paragraphs: PyList::new(py, paragraphs)?.unbind(),
        });
    }
    Ok(out)
}

/// Every paragraph of every section, in order.
pub fn paragraphs(py: Python<'_>, doc: &Doc) -> PyResult<Vec<Paragraph>> {
    let mut out = Vec::new();
    for (n, s) in doc.decision.sections.iter().enumerate() {
        for p in &s.paragraphs {
            out.push(paragraph(py, doc, n, p)?);
        }
    }
    Ok(out)
}

fn paragraph(
    py: Python<'_>,
    doc: &Doc,
    section: usize,
    p: &lgsco::Paragraph,
) -> PyResult<Paragraph> {
    Ok(Paragraph {
        number: p.number,
        marker: p.marker.clone(),
        text: p.text.clone(),
        section,
        span: doc.span(p.span),
        text_span: doc.span(p.text_span),
        items: items(py, doc, &p.items)?,
    })
}

/// List items, nested ones inside (bounded by the library's node limit).
fn items(py: Python<'_>, doc: &Doc, items: &[lgsco::Item]) -> PyResult<Py<PyList>> {
    let built = items
        .iter()
        .map(|i| {
            Ok(Item {
                marker: i.marker.clone(),
                text: i.text.clone(),
                span: doc.span(i.span),
                text_span: doc.span(i.text_span),
                items: self::items(py, doc, &i.items)?,
            })
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, built)?.unbind())
}
