//! `lgsco._lgsco`: the native part of the `lgsco` Python package. The
//! package (python/lgsco/) re-exports it and adds `tables` in pandas.
//!
//! Built by maturin (`pip install ./python`); spans given to Python count
//! characters, not the library's bytes (`chars.rs`).

mod chars;
mod decision;
mod doc;
mod errors;
mod facts;
mod law;
mod nodes;
mod read;
mod repr;
mod tables;

use pyo3::prelude::*;

/// The module `lgsco._lgsco`.
#[pymodule]
fn _lgsco(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(decision::parse, m)?)?;
    m.add_function(wrap_pyfunction!(decision::parse_all, m)?)?;
    m.add_function(wrap_pyfunction!(decision::parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(read::read, m)?)?;
    m.add_function(wrap_pyfunction!(tables::table_columns, m)?)?;
    m.add("ParseError", m.py().get_type::<errors::ParseError>())?;
    m.add("SAMPLE", lgsco::SAMPLE)?;
    m.add_class::<decision::Decision>()?;
    m.add_class::<read::Statement>()?;
    m.add_class::<nodes::Header>()?;
    m.add_class::<nodes::Summary>()?;
    m.add_class::<nodes::Section>()?;
    m.add_class::<nodes::Paragraph>()?;
    m.add_class::<nodes::Item>()?;
    m.add_class::<law::Citation>()?;
    m.add_class::<law::Provision>()?;
    m.add_class::<facts::Facts>()?;
    m.add_class::<facts::Fact>()?;
    m.add_class::<facts::Diagnostic>()?;
    Ok(())
}
