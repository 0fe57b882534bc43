//! The tables both `table` and `sqlite` write. Each table is one list of
//! columns, each column its name, its type and how its cell is read from a
//! row, so names and cells cannot drift apart.

use crate::batch::Parsed;
use lgsco::{
    Amount, Citation, Decision, Diagnostic, Instrument, LineIndex, Location, Node, Provision,
    Section, Severity,
};
use std::sync::LazyLock;

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
    fn opt_int(n: Option<impl TryInto<i64>>) -> Value {
        n.map_or(Value::Null, Value::int)
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

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Text from a small set of values (a kind, a code, a category): a
    /// categorical column in the Python package's data frames; text in CSV
    /// and SQLite.
    Label,
    Integer,
    /// A number with a fraction (sums in pounds).
    Number,
    /// `true` or `false` in CSV, 1 or 0 in SQLite.
    Boolean,
    /// `YYYY-MM-DD`.
    Date,
}

impl Kind {
    /// The SQLite column type.
    pub fn sql(self) -> &'static str {
        match self {
            Kind::Text | Kind::Label | Kind::Date => "TEXT",
            Kind::Integer | Kind::Boolean => "INTEGER",
            Kind::Number => "REAL",
        }
    }
    /// The Frictionless Table Schema type.
    pub fn frictionless(self) -> &'static str {
        match self {
            Kind::Text | Kind::Label => "string",
            Kind::Integer => "integer",
            Kind::Number => "number",
            Kind::Boolean => "boolean",
            Kind::Date => "date",
        }
    }
}

/// A column of a table whose rows are `R`: name, type, whether it is never
/// empty, and its cell.
pub struct Col<R> {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub cell: fn(&R) -> Value,
}

/// A column that may be empty.
fn opt<R>(name: &'static str, kind: Kind, cell: fn(&R) -> Value) -> Col<R> {
    Col {
        name,
        kind,
        required: false,
        cell,
    }
}

/// A column never empty.
fn req<R>(name: &'static str, kind: Kind, cell: fn(&R) -> Value) -> Col<R> {
    Col {
        name,
        kind,
        required: true,
        cell,
    }
}

/// A column as the writers see it, without its cell.
#[derive(Clone, Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub doc: &'static str,
}

/// A table's name, columns and key.
pub struct Table {
    pub name: &'static str,
    pub doc: &'static str,
    pub columns: Vec<Column>,
    /// Columns making each row unique; every table but `decisions` starts
    /// with `source`, the key of `decisions`.
    pub key: &'static [&'static str],
}

fn table<R>(
    name: &'static str,
    doc: &'static str,
    key: &'static [&'static str],
    cols: &[Col<R>],
) -> Table {
    Table {
        name,
        doc,
        key,
        columns: cols
            .iter()
            .map(|c| Column {
                name: c.name,
                kind: c.kind,
                required: c.required,
                doc: column_doc(name, c.name),
            })
            .collect(),
    }
}

/// The cells of one row.
fn cells<R>(cols: &[Col<R>], row: &R) -> Vec<Value> {
    cols.iter().map(|c| (c.cell)(row)).collect()
}

/// Every table, parents first, in the order of [`rows`].
pub static TABLES: LazyLock<[Table; 5]> = LazyLock::new(|| {
    [
        table(
            "decisions",
            "One row per statement.",
            &["source"],
            &decision_cols(),
        ),
        table(
            "paragraphs",
            "The summary, each paragraph, list item and trailing line of each statement.",
            &["source", "number", "kind", "path"],
            &paragraph_cols(),
        ),
        table(
            "citations",
            "One row per provision of each citation of law.",
            &["source", "citation", "provision"],
            &citation_cols(),
        ),
        table(
            "facts",
            "What each statement decides: complainant, reasons, other bodies, remedies.",
            &["source", "n"],
            &fact_cols(),
        ),
        table(
            "diagnostics",
            "What the check found in each statement.",
            &["source", "n"],
            &diagnostic_cols(),
        ),
    ]
});

/// What the columns every table shares hold.
fn column_doc(table: &str, column: &str) -> &'static str {
    match (table, column) {
        ("decisions", "source") => "The statement's key: the file's absolute path with links resolved, `#N` after it for the Nth statement of a file that joins several; `stdin:` and a hash of the text for standard input, or the `--name` given.",
        (_, "source") => "The statement (`decisions.source`).",
        ("decisions", "file") => "The file as reached from the input named on the command line (`-` for standard input), `#N` after it for the Nth statement of a file that joins several.",
        ("decisions", "organisation_code") => "The register code of the council the decision is about (mySociety's register of UK local authorities, CC BY 4.0); a row of `organisations`. Empty for a body that is not a council, or a name the register does not know or gives to more than one council.",
        ("decisions", "organisation_gss") => "The council's ONS GSS code.",
        ("decisions", "organisation_kind") => "`council`, or the kind of another body: `care_provider`, `school`, `national_park`, `police_and_crime`, `fire`, `transport`, `nhs`, `other`.",
        ("decisions", "organisation_type") => "The council's type: `county`, `non_metropolitan_district`, `unitary`, `metropolitan_district`, `london_borough`, `city_corporation`, `combined_authority`, ...",
        ("decisions", "organisation_region") => "The council's English region (the nation elsewhere).",
        ("decisions", "organisation_current") => "The codes of the councils that hold the council's duties today (itself while it exists), `;` between them.",
        ("decisions", "organisation_source") => "Where the organisation's name came from: `header`, `file_name` (a statement without a header) or `text` (its text names exactly one council).",
        ("paragraphs", "path") => "Where the row stands in its paragraph: `item 1.2` for the second item of the first list item, `line 2` for the second trailing line; empty for a paragraph or the summary.",
        _ => "",
    }
}

/// The rows of one statement, one list per table of [`TABLES`].
pub fn rows(p: &Parsed) -> [Vec<Vec<Value>>; 5] {
    // Lines and columns of facts and diagnostics, from one index.
    let index = LineIndex::part(&p.text, p.lines.clone(), p.first_line);
    let (paragraphs, citations) = match &p.decision {
        Ok(d) => (paragraph_rows(&p.source, d), citation_rows(&p.source, d)),
        Err(_) => (Vec::new(), Vec::new()),
    };
    [
        vec![cells(&decision_cols(), p)],
        paragraphs,
        citations,
        fact_rows(p, &index),
        diagnostic_rows(p, &index),
    ]
}

fn count(p: &Parsed, s: Severity) -> usize {
    p.diagnostics.iter().filter(|d| d.severity == s).count()
}

/// The body a statement is about, when placed.
fn organisation(p: &Parsed) -> Option<&lgsco::org::Organisation> {
    p.decision.as_ref().ok()?.organisation()
}

/// The council of the register a statement is about.
fn council(p: &Parsed) -> Option<lgsco::org::Council> {
    organisation(p)?.council()
}

fn decision_cols() -> Vec<Col<Parsed>> {
    use Kind::*;
    fn d(p: &Parsed) -> Option<&Decision> {
        p.decision.as_ref().ok()
    }
    vec![
        req("source", Text, |p| Value::text(&p.source)),
        req("file", Text, |p| Value::text(&p.name)),
        req("content_hash", Text, |p| Value::text(&p.hash)),
        opt("reference", Text, |p| {
            Value::opt(p.reference.as_ref().map(|(r, _)| r.as_str()))
        }),
        req("reference_from_file_name", Boolean, |p| {
            Value::Bool(p.reference.as_ref().is_some_and(|(_, f)| *f))
        }),
        opt("reference_year", Integer, |p| {
            Value::opt_int(p.reference.as_ref().and_then(|(r, _)| r.year()))
        }),
        opt("organisation", Text, |p| {
            Value::opt(d(p).and_then(|d| d.header.organisation.as_deref()))
        }),
        // The body the decision is about, placed in the register of
        // councils (`lgsco::org`); `organisations` holds the register's rows.
        opt("organisation_code", Text, |p| {
            Value::opt(council(p).map(|c| c.code()))
        }),
        opt("organisation_gss", Text, |p| {
            Value::opt(council(p).and_then(|c| c.gss()))
        }),
        opt("organisation_kind", Label, |p| {
            Value::opt(organisation(p).map(|o| o.kind().as_str()))
        }),
        opt("organisation_type", Label, |p| {
            Value::opt(council(p).map(|c| c.council_type().as_str()))
        }),
        opt("organisation_region", Label, |p| {
            Value::opt(council(p).and_then(|c| c.region()))
        }),
        opt("organisation_current", Text, |p| {
            Value::opt(council(p).map(|c| {
                let codes: Vec<&str> = c.current().iter().map(|c| c.code()).collect();
                codes.join(";")
            }))
        }),
        opt("organisation_source", Label, |p| {
            Value::opt(organisation(p).map(|o| o.source().as_str()))
        }),
        opt("area", Label, |p| {
            Value::opt(d(p).and_then(|d| Some(d.header.category.as_ref()?.area.as_str())))
        }),
        opt("subcategory", Label, |p| {
            Value::opt(d(p).and_then(|d| d.header.category.as_ref()?.subcategory.as_deref()))
        }),
        opt("outcome", Label, |p| {
            Value::opt(d(p).and_then(|d| Some(d.header.outcome.as_ref()?.as_str())))
        }),
        opt("decision_date", Date, |p| {
            Value::opt(d(p).and_then(|d| d.header.date).map(|d| d.to_string()))
        }),
        opt("complete", Boolean, |p| {
            d(p).map_or(Value::Null, |d| Value::Bool(d.is_complete()))
        }),
        opt("complainant", Text, |p| {
            Value::opt(
                p.facts
                    .as_ref()
                    .and_then(|f| Some(f.complainant.as_ref()?.text.as_str())),
            )
        }),
        opt("result", Label, |p| {
            Value::opt(
                p.facts
                    .as_ref()
                    .and_then(|f| f.result)
                    .map(|r| r.to_string()),
            )
        }),
        opt("injustice", Boolean, |p| {
            p.facts
                .as_ref()
                .and_then(|f| f.injustice)
                .map_or(Value::Null, Value::Bool)
        }),
        opt("reasons", Text, |p| {
            p.facts.as_ref().map_or(Value::Null, |f| {
                Value::labels(f.reasons.iter().map(|r| r.kind))
            })
        }),
        opt("bodies", Text, |p| {
            p.facts.as_ref().map_or(Value::Null, |f| {
                Value::labels(f.bodies.iter().map(|b| b.name))
            })
        }),
        opt("remedies", Text, |p| {
            p.facts.as_ref().map_or(Value::Null, |f| {
                Value::labels(f.remedies.iter().map(|r| r.kind))
            })
        }),
        opt("total_amount", Number, |p| {
            Value::pounds(p.facts.as_ref().and_then(|f| f.total_amount()))
        }),
        opt("sections", Integer, |p| {
            Value::opt_int(d(p).map(|d| d.sections.len()))
        }),
        opt("paragraphs", Integer, |p| {
            Value::opt_int(d(p).map(|d| d.paragraphs().count()))
        }),
        opt("citations", Integer, |p| {
            Value::opt_int(d(p).map(|d| d.citations().count()))
        }),
        req("errors", Integer, |p| Value::int(count(p, Severity::Error))),
        req("warnings", Integer, |p| {
            Value::int(count(p, Severity::Warning) + usize::from(p.windows_1252))
        }),
        req("notes", Integer, |p| Value::int(count(p, Severity::Note))),
        req("windows_1252", Boolean, |p| Value::Bool(p.windows_1252)),
        opt("parse_error", Text, |p| {
            Value::opt(p.decision.as_ref().err().map(|e| e.to_string()))
        }),
    ]
}

/// A row of `paragraphs`.
struct Para<'a> {
    source: &'a str,
    number: u32,
    kind: &'static str,
    path: String,
    section: Option<(usize, &'a Section)>,
    marker: Option<&'a str>,
    text: &'a str,
}

fn paragraph_cols<'a>() -> Vec<Col<Para<'a>>> {
    use Kind::*;
    vec![
        req("source", Text, |r| Value::text(r.source)),
        req("number", Integer, |r| Value::int(r.number)),
        req("kind", Label, |r| Value::text(r.kind)),
        // Empty for a paragraph or the summary, which Frictionless reads as
        // missing: not required there, though never null here.
        opt("path", Text, |r| Value::text(&r.path)),
        opt("section", Integer, |r| {
            Value::opt_int(r.section.map(|(i, _)| i + 1))
        }),
        opt("section_heading", Text, |r| {
            Value::opt(r.section.and_then(|(_, s)| s.heading.as_deref()))
        }),
        opt("section_kind", Label, |r| {
            Value::opt(r.section.map(|(_, s)| s.kind.as_str()))
        }),
        opt("marker", Text, |r| Value::opt(r.marker)),
        req("text", Text, |r| Value::text(r.text)),
    ]
}

/// The summary (number 0), then each paragraph, its items (path `item 1`,
/// `item 1.2`, ...) and its trailing lines (path `line 1`, `line 2`, ...),
/// in the order of the library's walk over the texts. The path never reads
/// as a number, so `1.10` and `1.1` stay apart in tools that guess.
fn paragraph_rows(source: &str, d: &Decision) -> Vec<Vec<Value>> {
    let cols = paragraph_cols();
    let mut out = Vec::new();
    let mut trailing = 0;
    for t in d.texts() {
        let (kind, marker, path) = match t.node {
            Node::Summary(_) => ("summary", None, String::new()),
            Node::Paragraph(p) => {
                trailing = 0;
                ("paragraph", p.marker.as_deref(), String::new())
            }
            Node::Item(i) => (
                "item",
                i.marker.as_deref(),
                format!("item {}", t.place.item),
            ),
            Node::Trailing(_) => {
                trailing += 1;
                ("trailing", None, format!("line {trailing}"))
            }
            _ => continue,
        };
        let row = Para {
            source,
            number: t.place.paragraph.map_or(0, |p| p.number),
            kind,
            path,
            section: t.place.section.and_then(|i| Some((i, d.sections.get(i)?))),
            marker,
            text: t.text,
        };
        out.push(cells(&cols, &row));
    }
    out
}

/// A row of `citations`: provision 0 for a citation naming an instrument
/// only.
struct Cite<'a> {
    source: &'a str,
    n: usize,
    k: usize,
    location: &'static str,
    paragraph: Option<u32>,
    instrument: Option<&'a Instrument>,
    provision: Option<&'a Provision>,
    citation: &'a Citation,
}

fn citation_cols<'a>() -> Vec<Col<Cite<'a>>> {
    use Kind::*;
    vec![
        req("source", Text, |r| Value::text(r.source)),
        req("citation", Integer, |r| Value::int(r.n)),
        req("provision", Integer, |r| Value::int(r.k)),
        req("location", Label, |r| Value::text(r.location)),
        opt("paragraph", Integer, |r| Value::opt_int(r.paragraph)),
        opt("instrument", Label, |r| {
            Value::opt(r.instrument.map(|i| i.name()))
        }),
        opt("instrument_uri", Text, |r| {
            Value::opt(r.instrument.and_then(|i| i.uri()))
        }),
        opt("canonical", Text, |r| {
            Value::opt(r.provision.map(|p| p.to_string()))
        }),
        opt("provision_uri", Text, |r| {
            Value::opt(r.provision.and_then(|p| p.uri.as_deref()))
        }),
        opt("provision_text", Text, |r| {
            Value::opt(r.provision.map(|p| p.text.as_str()))
        }),
        req("text", Text, |r| Value::text(&r.citation.text)),
    ]
}

/// One row per provision of each citation; a citation that names an
/// instrument only has one row with provision 0.
fn citation_rows<'a>(source: &'a str, d: &'a Decision) -> Vec<Vec<Value>> {
    let cols = citation_cols();
    let mut out = Vec::new();
    for (n, c) in d.citations().enumerate() {
        let (location, paragraph) = match c.location {
            Location::Paragraph { number, .. } => ("paragraph", Some(number)),
            Location::Item { number, .. } => ("item", Some(number)),
            _ => ("summary", None),
        };
        let citation = c.citation;
        let row = |k: usize, provision: Option<&'a Provision>| {
            cells(
                &cols,
                &Cite {
                    source,
                    n: n + 1,
                    k,
                    location,
                    paragraph,
                    instrument: citation.instrument.as_ref(),
                    provision,
                    citation,
                },
            )
        };
        if citation.provisions.is_empty() {
            out.push(row(0, None));
        }
        for (k, p) in citation.provisions.iter().enumerate() {
            out.push(row(k + 1, Some(p)));
        }
    }
    out
}

/// A row of `facts`.
struct Fact<'a> {
    source: &'a str,
    n: usize,
    fact: &'static str,
    label: String,
    amount: Option<Amount>,
    deadline: Option<&'a str>,
    line: usize,
    column: usize,
    evidence: Option<&'a str>,
    /// For a body, what sort of body it is.
    body_kind: Option<lgsco::BodyKind>,
}

fn fact_cols<'a>() -> Vec<Col<Fact<'a>>> {
    use Kind::*;
    vec![
        req("source", Text, |r| Value::text(r.source)),
        req("n", Integer, |r| Value::int(r.n)),
        req("fact", Label, |r| Value::text(r.fact)),
        req("label", Label, |r| Value::text(&r.label)),
        opt("amount", Number, |r| Value::pounds(r.amount)),
        opt("deadline", Text, |r| Value::opt(r.deadline)),
        req("line", Integer, |r| Value::int(r.line)),
        req("column", Integer, |r| Value::int(r.column)),
        opt("evidence", Text, |r| Value::opt(r.evidence)),
        opt("body_kind", Label, |r| {
            Value::opt(r.body_kind.map(|k| k.as_str()))
        }),
    ]
}

/// One row per fact: the complainant, each reason, body and remedy, with
/// the words it was read from.
fn fact_rows(p: &Parsed, index: &LineIndex) -> Vec<Vec<Value>> {
    let Some(f) = &p.facts else {
        return Vec::new();
    };
    let fact = |fact, label, amount, deadline, span: lgsco::Span| {
        let at = index.position(span.start);
        Fact {
            source: &p.source,
            n: 0,
            fact,
            label,
            amount,
            deadline,
            line: at.line,
            column: at.column,
            evidence: span.slice(&p.text),
            body_kind: None,
        }
    };
    let mut facts: Vec<Fact<'_>> = Vec::new();
    if let Some(c) = &f.complainant {
        facts.push(fact("complainant", c.text.clone(), None, None, c.span));
    }
    facts.extend(
        f.reasons
            .iter()
            .map(|r| fact("reason", r.kind.to_string(), None, None, r.span)),
    );
    facts.extend(f.bodies.iter().map(|b| Fact {
        body_kind: Some(b.kind),
        ..fact("body", b.name.to_string(), None, None, b.span)
    }));
    facts.extend(f.remedies.iter().map(|r| {
        let deadline = r.deadline.as_ref().map(|d| d.text.as_str());
        fact("remedy", r.kind.to_string(), r.amount, deadline, r.span)
    }));
    let cols = fact_cols();
    facts
        .into_iter()
        .enumerate()
        .map(|(n, mut row)| {
            row.n = n + 1;
            cells(&cols, &row)
        })
        .collect()
}

/// A row of `diagnostics`: `n` 0 for the encoding warning, which is no
/// diagnostic of the library.
struct Diag<'a> {
    source: &'a str,
    n: usize,
    code: &'a str,
    name: &'a str,
    severity: &'a str,
    start: lgsco::Position,
    end: lgsco::Position,
    message: &'a str,
    help: Option<&'a str>,
}

fn diagnostic_cols<'a>() -> Vec<Col<Diag<'a>>> {
    use Kind::*;
    vec![
        req("source", Text, |r| Value::text(r.source)),
        req("n", Integer, |r| Value::int(r.n)),
        req("code", Label, |r| Value::text(r.code)),
        req("name", Label, |r| Value::text(r.name)),
        req("severity", Label, |r| Value::text(r.severity)),
        req("line", Integer, |r| Value::int(r.start.line)),
        req("column", Integer, |r| Value::int(r.start.column)),
        req("end_line", Integer, |r| Value::int(r.end.line)),
        req("end_column", Integer, |r| Value::int(r.end.column)),
        req("message", Text, |r| Value::text(r.message)),
        opt("help", Text, |r| Value::opt(r.help)),
    ]
}

fn diagnostic_rows(p: &Parsed, index: &LineIndex) -> Vec<Vec<Value>> {
    let cols = diagnostic_cols();
    let mut out = Vec::new();
    if p.windows_1252 {
        let first = lgsco::Position { line: 1, column: 1 };
        out.push(cells(
            &cols,
            &Diag {
                source: &p.source,
                n: 0,
                code: "encoding",
                name: "windows-1252",
                severity: "warning",
                start: first,
                end: first,
                message: crate::input::WINDOWS_1252,
                help: None,
            },
        ));
    }
    for (n, d) in p.diagnostics.iter().enumerate() {
        let d: &Diagnostic = d;
        out.push(cells(
            &cols,
            &Diag {
                source: &p.source,
                n: n + 1,
                code: d.code.as_str(),
                name: d.code.name(),
                severity: d.severity.as_str(),
                start: index.position(d.span.start),
                end: index.position(d.span.end),
                message: &d.message,
                help: d.help.as_deref(),
            },
        ));
    }
    out
}
