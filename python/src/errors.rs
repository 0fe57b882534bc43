//! `lgsco.ParseError`: a `ValueError` with the line, column and what was
//! expected, built from the library's error.

use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;

create_exception!(
    _lgsco,
    ParseError,
    PyValueError,
    "The text holds no statement (or is over the size limit, or is not in the\nencoding asked for). `line` and `column` count from 1; `expected` says\nwhat was looked for; `kind` is the library's error kind (`no_statement`,\n`too_large`, ...)."
);

/// The Python exception for a library error.
pub fn parse_error(py: Python<'_>, err: &lgsco::Error) -> PyErr {
    let e = ParseError::new_err(err.to_string());
    let value = e.value(py);
    // Setting attributes on a fresh exception instance cannot fail short
    // of memory; if it does, the error raised is that one.
    let set = || -> PyResult<()> {
        value.setattr("line", err.line())?;
        value.setattr("column", err.column())?;
        value.setattr("expected", err.expected())?;
        value.setattr("kind", err.kind().as_str())?;
        Ok(())
    };
    match set() {
        Ok(()) => e,
        Err(other) => other,
    }
}

/// The Python exception for a file that could not be read.
pub fn read_error(path: &str, message: &str) -> PyErr {
    PyOSError::new_err(format!("{path}: cannot read: {message}"))
}
