//! How a cell goes into SQLite: here, beside [`Value`], because Rust lets a
//! foreign trait be implemented only in the crate that defines the type.

use crate::rows::Value;
use rusqlite::types::{ToSql, ToSqlOutput};

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::from(rusqlite::types::Null),
            Value::Bool(b) => ToSqlOutput::from(i64::from(*b)),
            Value::Int(n) => ToSqlOutput::from(*n),
            Value::Real(x) => ToSqlOutput::from(*x),
            Value::Text(s) => ToSqlOutput::from(s.as_str()),
        })
    }
}
