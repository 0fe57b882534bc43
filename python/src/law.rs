//! Cited law, as Python objects.

use crate::doc::Doc;
use crate::nodes::CharSpan;
use pyo3::prelude::*;
use pyo3::types::PyList;

/// A citation of law: the instrument and the provisions it cites.
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Citation {
    /// The citation as printed.
    pub text: String,
    /// Where it is.
    pub span: CharSpan,
    /// `summary`, `paragraph` or `item`.
    pub location: String,
    /// The paragraph's number, for a citation in a paragraph or its items.
    pub paragraph: Option<u32>,
    /// The instrument's name (`Local Government Act 1974`); `None` for a
    /// short reference nothing resolves.
    pub instrument: Option<String>,
    /// The instrument's legislation.gov.uk identifier, when known.
    pub instrument_uri: Option<String>,
    /// Whether it says `as amended`.
    pub as_amended: bool,
    /// The provisions cited (`list[Provision]`); empty when it names an
    /// instrument only.
    pub provisions: Py<PyList>,
}

#[pymethods]
impl Citation {
    fn __repr__(&self) -> String {
        format!(
            "Citation(text={:?}, instrument={})",
            self.text,
            crate::repr::opt(self.instrument.as_deref())
        )
    }
}

/// A provision: a section, schedule paragraph, regulation, Part...
#[pyclass(frozen, get_all, module = "lgsco")]
pub struct Provision {
    /// As printed.
    pub text: String,
    /// Where it is printed.
    pub span: CharSpan,
    /// The canonical form without the instrument (`s. 24A(6)`).
    pub canonical: String,
    /// With the instrument (`1974 c. 7 s. 24A(6)`), when it is resolved.
    pub full_canonical: Option<String>,
    /// The legislation.gov.uk identifier, when known.
    pub uri: Option<String>,
}

#[pymethods]
impl Provision {
    fn __repr__(&self) -> String {
        format!(
            "Provision(canonical={:?}, text={:?})",
            self.canonical, self.text
        )
    }
}

/// Every citation in the statement, in document order.
pub fn citations(py: Python<'_>, doc: &Doc) -> PyResult<Vec<Citation>> {
    let mut out = Vec::new();
    for c in doc.decision.citations() {
        let (location, paragraph) = match c.location {
            lgsco::Location::Paragraph { number, .. } => ("paragraph", Some(number)),
            lgsco::Location::Item { number, .. } => ("item", Some(number)),
            _ => ("summary", None),
        };
        let cited = c.citation;
        let provisions = cited.provisions.iter().map(|p| Provision {
            text: p.text.clone(),
            span: doc.span(p.span),
            canonical: p.canonical.clone(),
            full_canonical: p.full_canonical.clone(),
            uri: p.uri.clone(),
        });
        out.push(Citation {
            text: cited.text.clone(),
            span: doc.span(cited.span),
            location: location.to_owned(),
            paragraph,
            instrument: cited.instrument.as_ref().map(|i| i.name()),
            instrument_uri: cited.instrument.as_ref().and_then(|i| i.uri()),
            as_amended: cited.as_amended,
            provisions: PyList::new(py, provisions)?.unbind(),
        });
    }
    Ok(out)
}
