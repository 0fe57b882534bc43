//! The tables both `table` and `sqlite` write: their columns, and the rows
//! of one statement.

use crate::batch::Parsed;
use lgsco::{Amount, Decision, Facts, LineIndex, Location, Node, Severity};

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Text(String),
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }
    fn opt(s: Option<impl Into<String>>) -> Value {
        s.map_or(Value::Null, |s| Value::Text(s.into()))
    }
    fn int(n: impl TryInto<i64>) -> Value {
        n.try_into().map_or(Value::Null, Value::Int)
    }
    /// A sum in pounds (`250.5`), or null.
    fn pounds(amount: Option<Amount>) -> Value {
        amount.map_or(Value::Null, |a| Value::Real(a.pence() as f64 / 100.0))
    }
    /// Labels joined by `;`, as the expected-facts files write them.
    fn labels<T: std::fmt::Display>(labels: impl Iterator<Item = T>) -> Value {
        let mut seen: Vec<String> = Vec::new();
        for l in labels.map(|l| l.to_string()) {
            if !seen.contains(&l) {
                seen.push(l);
            }
        }
        Value::Text(seen.join(";"))
    }

    /// The cell as CSV prints it: empty for null.
    pub fn to_field(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Int(n) => n.to_string(),
            Value::Real(x) => x.to_string(),
            Value::Text(s) => s.clone(),
        }
    }
}

/// A column: its name and its SQL type (`TEXT`, `INTEGER`, `REAL`), with
/// the constraint words after it.
pub struct Column(pub &'static str, pub &'static str);

/// A table's name and columns; the first column of every child table is
/// `file`, the key of `decisions`.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// Columns making each row unique.
    pub key: &'static [&'static str],
}

pub const DECISIONS: Table = Table {
    name: "decisions",
    columns: &[
        Column("file", "TEXT NOT NULL"),
        Column("content_hash", "TEXT NOT NULL"),
        Column("reference", "TEXT"),
        Column("reference_from_file_name", "INTEGER NOT NULL"),
        Column("reference_year", "INTEGER"),
        Column("organisation", "TEXT"),
        // The body the decision is about, placed in the register of
        // councils (`lgsco::org`); `organisations` holds the register's rows.
        Column("organisation_code", "TEXT REFERENCES organisations(code)"),
        Column("organisation_gss", "TEXT"),
        Column("organisation_kind", "TEXT"),
        Column("organisation_type", "TEXT"),
        Column("organisation_region", "TEXT"),
        Column("organisation_current", "TEXT"),
        Column("organisation_source", "TEXT"),
        Column("area", "TEXT"),
        Column("subcategory", "TEXT"),
        Column("outcome", "TEXT"),
        Column("decision_date", "TEXT"),
        Column("complete", "INTEGER"),
        Column("complainant", "TEXT"),
        Column("result", "TEXT"),
        Column("injustice", "INTEGER"),
        Column("reasons", "TEXT"),
        Column("bodies", "TEXT"),
        Column("remedies", "TEXT"),
        Column("total_amount", "REAL"),
        Column("sections", "INTEGER"),
        Column("paragraphs", "INTEGER"),
        Column("citations", "INTEGER"),
        Column("errors", "INTEGER NOT NULL"),
        Column("warnings", "INTEGER NOT NULL"),
        Column("notes", "INTEGER NOT NULL"),
        Column("windows_1252", "INTEGER NOT NULL"),
        Column("parse_error", "TEXT"),
    ],
    key: &["file"],
};

pub const PARAGRAPHS: Table = Table {
    name: "paragraphs",
    columns: &[
        Column("file", "TEXT NOT NULL"),
        Column("number", "INTEGER NOT NULL"),
        Column("kind", "TEXT NOT NULL"),
        Column("path", "TEXT NOT NULL"),
        Column("section", "INTEGER"),
        Column("section_heading", "TEXT"),
        Column("section_kind", "TEXT"),
        Column("marker", "TEXT"),
        Column("text", "TEXT NOT NULL"),
    ],
    key: &["file", "number", "kind", "path"],
};

pub const CITATIONS: Table = Table {
    name: "citations",
    columns: &[
        Column("file", "TEXT NOT NULL"),
        Column("citation", "INTEGER NOT NULL"),
        Column("provision", "INTEGER NOT NULL"),
        Column("location", "TEXT NOT NULL"),
        Column("paragraph", "INTEGER"),
        Column("instrument", "TEXT"),
        Column("instrument_uri", "TEXT"),
        Column("canonical", "TEXT"),
        Column("provision_uri", "TEXT"),
        Column("provision_text", "TEXT"),
        Column("text", "TEXT NOT NULL"),
    ],
    key: &["file", "citation", "provision"],
};

pub const DIAGNOSTICS: Table = Table {
    name: "diagnostics",
    columns: &[
        Column("file", "TEXT NOT NULL"),
        Column("n", "INTEGER NOT NULL"),
        Column("code", "TEXT NOT NULL"),
        Column("name", "TEXT NOT NULL"),
        Column("severity", "TEXT NOT NULL"),
        Column("line", "INTEGER NOT NULL"),
        Column("column", "INTEGER NOT NULL"),
        Column("end_line", "INTEGER NOT NULL"),
        Column("end_column", "INTEGER NOT NULL"),
        Column("message", "TEXT NOT NULL"),
        Column("help", "TEXT"),
    ],
    key: &["file", "n"],
};

pub const FACTS: Table = Table {
    name: "facts",
    columns: &[
        Column("file", "TEXT NOT NULL"),
        Column("n", "INTEGER NOT NULL"),
        Column("fact", "TEXT NOT NULL"),
        Column("label", "TEXT NOT NULL"),
        Column("amount", "REAL"),
        Column("deadline", "TEXT"),
        Column("line", "INTEGER NOT NULL"),
        Column("column", "INTEGER NOT NULL"),
        Column("evidence", "TEXT"),
    ],
    key: &["file", "n"],
};

/// Every table, parents first.
pub const TABLES: [&Table; 5] = [&DECISIONS, &PARAGRAPHS, &CITATIONS, &FACTS, &DIAGNOSTICS];

/// The rows of one statement, one list per table of [`TABLES`].
pub fn rows(p: &Parsed) -> [Vec<Vec<Value>>; 5] {
    let (paragraphs, citations) = match &p.decision {
        Ok(d) => (paragraph_rows(&p.name, d), citation_rows(&p.name, d)),
        Err(_) => (Vec::new(), Vec::new()),
    };
    [
        vec![decision_row(p)],
        paragraphs,
        citations,
        fact_rows(p),
        diagnostic_rows(p),
    ]
}

fn decision_row(p: &Parsed) -> Vec<Value> {
    let count = |s: Severity| p.diagnostics.iter().filter(|d| d.severity == s).count();
    let warnings = count(Severity::Warning) + usize::from(p.windows_1252);
    let d = p.decision.as_ref().ok();
    let h = d.map(|d| &d.header);
    let category = h.and_then(|h| h.category.as_ref());
    let (reference, from_name) = match &p.reference {
        Some((r, from)) => (Some(r), *from),
        None => (None, false),
    };
    vec![
        Value::text(&p.name),
        Value::text(&p.hash),
        Value::opt(reference.map(|r| r.as_str())),
        Value::Bool(from_name),
        reference
            .and_then(|r| r.year())
            .map_or(Value::Null, Value::int),
        Value::opt(h.and_then(|h| h.organisation.as_deref())),
    ]
    .into_iter()
    .chain(organisation_cells(d.and_then(Decision::organisation)))
    .chain([
        Value::opt(category.map(|c| c.area.as_str())),
        Value::opt(category.and_then(|c| c.subcategory.as_deref())),
        Value::opt(h.and_then(|h| h.outcome.as_ref()).map(|o| o.as_str())),
        Value::opt(h.and_then(|h| h.date).map(|d| d.to_string())),
        d.map_or(Value::Null, |d| Value::Bool(d.is_complete())),
    ])
    .chain(fact_cells(p.facts.as_ref()))
    .chain([
        d.map_or(Value::Null, |d| Value::int(d.sections.len())),
        d.map_or(Value::Null, |d| Value::int(d.paragraphs().count())),
        d.map_or(Value::Null, |d| Value::int(d.citations().count())),
        Value::int(count(Severity::Error)),
        Value::int(warnings),
        Value::int(count(Severity::Note)),
        Value::Bool(p.windows_1252),
        Value::opt(p.decision.as_ref().err().map(|e| e.to_string())),
    ])
    .collect()
}

/// The organisation's cells of a `decisions` row: register code, GSS code,
/// kind, council type, region, the codes of the councils holding its
/// duties today (`;` between them), and where the name came from.
fn organisation_cells(o: Option<&lgsco::org::Organisation>) -> [Value; 7] {
    let Some(o) = o else {
        return std::array::from_fn(|_| Value::Null);
    };
    let c = o.council();
    [
        Value::opt(c.map(|c| c.code())),
        Value::opt(c.and_then(|c| c.gss())),
        Value::text(o.kind().as_str()),
        Value::opt(c.map(|c| c.council_type().as_str())),
        Value::opt(c.and_then(|c| c.region())),
        Value::opt(c.map(|c| {
            let current: Vec<&str> = c.current().iter().map(|c| c.code()).collect();
            current.join(";")
        })),
        Value::text(o.source().as_str()),
    ]
}

/// The decision facts' cells of a `decisions` row: complainant, result,
/// injustice, reasons, bodies, remedies, total amount.
fn fact_cells(f: Option<&Facts>) -> [Value; 7] {
    let Some(f) = f else {
        return std::array::from_fn(|_| Value::Null);
    };
    [
        Value::opt(f.complainant.as_ref().map(|c| c.text.as_str())),
        Value::opt(f.result.map(|r| r.to_string())),
        f.injustice.map_or(Value::Null, Value::Bool),
        Value::labels(f.reasons.iter().map(|r| r.kind)),
        Value::labels(f.bodies.iter().map(|b| b.name)),
        Value::labels(f.remedies.iter().map(|r| r.kind)),
        Value::pounds(f.total_amount()),
    ]
}

/// One row per fact: the complainant, each reason, body and remedy, with
/// the words it was read from.
fn fact_rows(p: &Parsed) -> Vec<Vec<Value>> {
    let Some(f) = &p.facts else {
        return Vec::new();
    };
    let index = LineIndex::new(&p.text);
    let mut facts: Vec<FactRow<'_>> = Vec::new();
    if let Some(c) = &f.complainant {
        facts.push(FactRow::new("complainant", c.text.clone(), c.span));
    }
    facts.extend(
        f.reasons
            .iter()
            .map(|r| FactRow::new("reason", r.kind.to_string(), r.span)),
    );
    facts.extend(
        f.bodies
            .iter()
            .map(|b| FactRow::new("body", b.name.to_string(), b.span)),
    );
    facts.extend(f.remedies.iter().map(|r| FactRow {
        amount: r.amount,
        deadline: r.deadline.as_ref().map(|d| d.text.as_str()),
        ..FactRow::new("remedy", r.kind.to_string(), r.span)
    }));
    facts
        .into_iter()
        .enumerate()
        .map(|(n, row)| {
            let at = index.position(row.span.start);
            vec![
                Value::text(&p.name),
                Value::int(n + 1),
                Value::text(row.fact),
                Value::Text(row.label),
                Value::pounds(row.amount),
                Value::opt(row.deadline),
                Value::int(at.line),
                Value::int(at.column),
                Value::opt(row.span.slice(&p.text)),
            ]
        })
        .collect()
}

/// One fact, before it becomes a row.
struct FactRow<'f> {
    fact: &'static str,
    label: String,
    amount: Option<Amount>,
    deadline: Option<&'f str>,
    span: lgsco::Span,
}

impl FactRow<'_> {
    fn new(fact: &'static str, label: String, span: lgsco::Span) -> Self {
        FactRow {
            fact,
            label,
            amount: None,
            deadline: None,
            span,
        }
    }
}

/// The summary (number 0), then each paragraph, its items (path `1`,
/// `1.2`, ...) and its trailing lines (path `1`, `2`, ...), in the order of
/// the library's walk over the texts.
fn paragraph_rows(file: &str, d: &Decision) -> Vec<Vec<Value>> {
    let mut out = Vec::new();
    let mut trailing = 0;
    for t in d.texts() {
        let (kind, marker, path) = match t.node {
            Node::Summary(_) => ("summary", None, String::new()),
            Node::Paragraph(p) => {
                trailing = 0;
                ("paragraph", p.marker.as_deref(), String::new())
            }
            Node::Item(i) => ("item", i.marker.as_deref(), t.place.item.to_string()),
            Node::Trailing(_) => {
                trailing += 1;
                ("trailing", None, trailing.to_string())
            }
            _ => continue,
        };
        let section = t.place.section.and_then(|i| Some((i, d.sections.get(i)?)));
        out.push(vec![
            Value::text(file),
            Value::int(t.place.paragraph.map_or(0, |p| p.number)),
            Value::text(kind),
            Value::Text(path),
            section.map_or(Value::Null, |(i, _)| Value::int(i + 1)),
            Value::opt(section.and_then(|(_, s)| s.heading.as_deref())),
            Value::opt(section.map(|(_, s)| s.kind.as_str())),
            Value::opt(marker),
            Value::text(t.text),
        ]);
    }
    out
}

/// One row per provision of each citation; a citation that names an
/// instrument only has one row with provision 0.
fn citation_rows(file: &str, d: &Decision) -> Vec<Vec<Value>> {
    let mut out = Vec::new();
    for (n, c) in d.citations().enumerate() {
        let (location, paragraph) = match c.location {
            Location::Paragraph { number, .. } => ("paragraph", Some(number)),
            Location::Item { number, .. } => ("item", Some(number)),
            _ => ("summary", None),
        };
        let citation = c.citation;
        let instrument = citation.instrument.as_ref();
        let head = |provision: usize| {
            vec![
                Value::text(file),
                Value::int(n + 1),
                Value::int(provision),
                Value::text(location),
                paragraph.map_or(Value::Null, Value::int),
                Value::opt(instrument.map(|i| i.name())),
                Value::opt(instrument.and_then(|i| i.uri())),
            ]
        };
        if citation.provisions.is_empty() {
            let mut row = head(0);
            row.extend([
                Value::Null,
                Value::Null,
                Value::Null,
                Value::text(&citation.text),
            ]);
            out.push(row);
        }
        for (k, p) in citation.provisions.iter().enumerate() {
            let mut row = head(k + 1);
            row.extend([
                Value::text(p.to_string()),
                Value::opt(p.uri.as_deref()),
                Value::text(&p.text),
                Value::text(&citation.text),
            ]);
            out.push(row);
        }
    }
    out
}

fn diagnostic_rows(p: &Parsed) -> Vec<Vec<Value>> {
    let index = LineIndex::new(&p.text);
    let mut out = Vec::new();
    if p.windows_1252 {
        out.push(vec![
            Value::text(&p.name),
            Value::int(0),
            Value::text("encoding"),
            Value::text("windows-1252"),
            Value::text("warning"),
            Value::int(1),
            Value::int(1),
            Value::int(1),
            Value::int(1),
            Value::text("the file is not UTF-8; it was read as Windows-1252"),
            Value::Null,
        ]);
    }
    for (n, d) in p.diagnostics.iter().enumerate() {
        let start = index.position(d.span.start);
        let end = index.position(d.span.end);
        out.push(vec![
            Value::text(&p.name),
            Value::int(n + 1),
            Value::text(d.code.as_str()),
            Value::text(d.code.name()),
            Value::text(d.severity.as_str()),
            Value::int(start.line),
            Value::int(start.column),
            Value::int(end.line),
            Value::int(end.column),
            Value::text(&d.message),
            Value::opt(d.help.as_deref()),
        ]);
    }
    out
}
