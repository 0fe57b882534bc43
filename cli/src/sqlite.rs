//! `lgsco sqlite`: the tables in one SQLite database, added to and
//! replaced by file in one transaction per run.

use crate::args::SqliteArgs;
use crate::batch::{self, Parsed};
use crate::out::{Failure, Status};
use crate::rows::{self, Table, Value, TABLES};
use rusqlite::{params, types::ToSqlOutput, Connection, ToSql};

/// `PRAGMA user_version` of the databases this version writes. It changes
/// when a table or column changes meaning or goes away, or when
/// `decisions` gains columns (an older file has no room for them): 2 adds
/// the `organisation_*` columns and the `organisations` table.
pub const SCHEMA_VERSION: i64 = 2;

/// The councils of the register the decisions name (and those holding
/// their duties today), one row each, for joins by region, type or
/// population; `name` is Datasette's label for `decisions.organisation_code`.
const ORGANISATIONS: &str = "CREATE TABLE IF NOT EXISTS organisations (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  gss TEXT,
  nation TEXT NOT NULL,
  region TEXT,
  type TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  replaced_by TEXT,
  current TEXT,
  population INTEGER
);
";

/// A test hook: exit without committing after this many statements, as a
/// killed run would.
const EXIT_AFTER: &str = "LGSCO_TEST_EXIT_AFTER";

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

#[derive(Default)]
struct Counts {
    added: usize,
    replaced: usize,
    unchanged: usize,
    removed: usize,
}

pub fn run(a: &SqliteArgs) -> Result<Status, Failure> {
    let fatal = |e: rusqlite::Error| Failure::Fatal(format!("{}: {e}", a.out.display()));
    let mut db = Connection::open(&a.out).map_err(fatal)?;
    prepare(&db).map_err(fatal)?;
    let tx = db.transaction().map_err(fatal)?;
    let exit_after: Option<usize> = std::env::var(EXIT_AFTER).ok().and_then(|v| v.parse().ok());
    let mut c = Counts::default();
    let tally = batch::run(&a.common, true, |p| {
        store(&tx, &p, &mut c).map_err(fatal)?;
        if exit_after == Some(c.added + c.replaced + c.unchanged) {
            std::process::exit(3);
        }
        Ok(())
    })?;
    tx.commit().map_err(fatal)?;
    eprintln!(
        "lgsco: {}: {} added, {} replaced, {} unchanged, {} removed",
        a.out.display(),
        c.added,
        c.replaced,
        c.unchanged,
        c.removed
    );
    Ok(tally.status)
}

/// Check the schema version and make the tables, indexes and full-text index.
fn prepare(db: &Connection) -> rusqlite::Result<()> {
    db.pragma_update(None, "foreign_keys", true)?;
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version != 0 && version != SCHEMA_VERSION {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "the database has schema version {version}; this lgsco writes version {SCHEMA_VERSION}: write a new file"
        )));
    }
    let mut sql = String::from("BEGIN;\n");
    sql.push_str(ORGANISATIONS);
    for t in TABLES {
        sql.push_str(&create(t));
    }
    sql.push_str(
        "CREATE INDEX IF NOT EXISTS decisions_reference ON decisions(reference);
CREATE INDEX IF NOT EXISTS decisions_organisation ON decisions(organisation);
CREATE INDEX IF NOT EXISTS decisions_organisation_code ON decisions(organisation_code);
CREATE INDEX IF NOT EXISTS decisions_area ON decisions(area);
CREATE INDEX IF NOT EXISTS decisions_date ON decisions(decision_date);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(text, content='paragraphs', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
",
    );
    sql.push_str(&format!(
        "PRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;\n"
    ));
    db.execute_batch(&sql)
}

/// `CREATE TABLE` for a table: `decisions` keyed by file; the others keyed
/// by their key columns, each row pointing at its decision. `paragraphs`
/// has an integer id for the full-text index.
fn create(t: &Table) -> String {
    let mut cols: Vec<String> = Vec::new();
    if t.name == "paragraphs" {
        cols.push("id INTEGER PRIMARY KEY".to_owned());
    }
    cols.extend(t.columns.iter().map(|c| format!("\"{}\" {}", c.0, c.1)));
    let key = t.key.join(", ");
    if t.name == "paragraphs" {
        cols.push(format!("UNIQUE ({key})"));
    } else {
        cols.push(format!("PRIMARY KEY ({key})"));
    }
    if t.name != "decisions" {
        cols.push("FOREIGN KEY (file) REFERENCES decisions(file) ON DELETE CASCADE".to_owned());
    }
    format!(
        "CREATE TABLE IF NOT EXISTS {} (\n  {}\n);\n",
        t.name,
        cols.join(",\n  ")
    )
}

fn insert_sql(t: &Table) -> String {
    let names: Vec<String> = t.columns.iter().map(|c| format!("\"{}\"", c.0)).collect();
    let marks = vec!["?"; names.len()].join(", ");
    format!(
        "INSERT INTO {} ({}) VALUES ({marks})",
        t.name,
        names.join(", ")
    )
}

/// Store one statement, replacing an earlier copy of the file unless its
/// content hash is the same.
fn store(tx: &Connection, p: &Parsed, c: &mut Counts) -> rusqlite::Result<()> {
    if p.name == batch::part_name(&p.input, 0, p.statements) {
        c.removed += remove_stale(tx, p)?;
    }
    let old: Option<String> = tx
        .prepare_cached("SELECT content_hash FROM decisions WHERE file = ?")?
        .query_row(params![p.name], |r| r.get(0))
        .ok();
    match &old {
        Some(hash) if *hash == p.hash => {
            c.unchanged += 1;
            return Ok(());
        }
        Some(_) => {
            delete(tx, &p.name)?;
            c.replaced += 1;
        }
        None => c.added += 1,
    }
    if let Some(c) = p
        .decision
        .as_ref()
        .ok()
        .and_then(|d| d.organisation())
        .and_then(|o| o.council())
    {
        for c in std::iter::once(c).chain(c.current()) {
            store_council(tx, c)?;
        }
    }
    for (t, table_rows) in TABLES.iter().zip(rows::rows(p)) {
        let mut insert = tx.prepare_cached(&insert_sql(t))?;
        for row in table_rows {
            insert.execute(rusqlite::params_from_iter(row.iter()))?;
        }
    }
    Ok(())
}

/// Adds or refreshes a council's row of `organisations` (never deleted:
/// decisions point at it).
fn store_council(tx: &Connection, c: lgsco::org::Council) -> rusqlite::Result<()> {
    let codes = |list: Vec<lgsco::org::Council>| {
        let codes: Vec<&str> = list.iter().map(|c| c.code()).collect();
        codes.join(";")
    };
    tx.prepare_cached(
        "INSERT INTO organisations (code, name, short_name, gss, nation, region, type, start_date, end_date, replaced_by, current, population)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT(code) DO UPDATE SET name = ?2, short_name = ?3, gss = ?4, nation = ?5, region = ?6, type = ?7,
           start_date = ?8, end_date = ?9, replaced_by = ?10, current = ?11, population = ?12",
    )?
    .execute(params![
        c.code(),
        c.official_name(),
        c.short_name(),
        c.gss(),
        c.nation(),
        c.region(),
        c.council_type().as_str(),
        c.start_date().map(|d| d.to_string()),
        c.end_date().map(|d| d.to_string()),
        codes(c.replaced_by()),
        codes(c.current()),
        c.population().and_then(|n| i64::try_from(n).ok()),
    ])?;
    Ok(())
}

/// Deletes the rows of one statement. Children first, so the full-text
/// triggers see each row go.
fn delete(tx: &Connection, name: &str) -> rusqlite::Result<()> {
    for t in TABLES.iter().rev() {
        tx.prepare_cached(&format!("DELETE FROM {} WHERE file = ?", t.name))?
            .execute(params![name])?;
    }
    Ok(())
}

/// Deletes what an earlier run stored under names of `p`'s input that it
/// no longer gives: `x.txt#3` once the file joins two statements, `x.txt`
/// once it joins several, `x.txt#1` once it holds one. How many went.
fn remove_stale(tx: &Connection, p: &Parsed) -> rusqlite::Result<usize> {
    let names: Vec<String> = tx
        .prepare_cached(
            "SELECT file FROM decisions WHERE file = ?1 OR substr(file, 1, length(?1) + 1) = ?1 || '#'",
        )?
        .query_map(params![p.input], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let given =
        |name: &str| (0..p.statements).any(|n| batch::part_name(&p.input, n, p.statements) == name);
    let mut removed = 0;
    for name in names
        .iter()
        .filter(|n| is_part_of(n, &p.input) && !given(n))
    {
        delete(tx, name)?;
        removed += 1;
    }
    Ok(removed)
}

/// Whether `name` is `input` or `input#N`.
fn is_part_of(name: &str, input: &str) -> bool {
    match name.strip_prefix(input) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('#')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    }
}
