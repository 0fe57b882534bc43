//! What the `lgsco` tool and the Python package share: the command line's
//! options, the input walk and decoding, the parallel batch, and the table
//! definitions (each written once, so the tool's CSV and SQLite tables and
//! the package's data frames cannot drift apart).

pub mod args;
pub mod batch;
pub mod input;
pub mod out;
pub mod rows;
pub mod signal;
#[cfg(feature = "sqlite")]
mod to_sql;
