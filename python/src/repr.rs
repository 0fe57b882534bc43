//! Python-style reprs: `None` or a quoted string, not Rust's `Some("x")`.

/// An optional string as Python prints it.
pub fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| format!("{s:?}"))
}

/// An optional value as Python prints it.
pub fn opt_value<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "None".to_owned(), |v| v.to_string())
}
