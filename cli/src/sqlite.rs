//! `lgsco sqlite`: the tables in one SQLite database, added to and
//! replaced by file.
//!
//! The database is in WAL mode and each chunk (1,000 statements or two
//! seconds, never splitting a file) is committed whole, so a reader such as
//! Datasette can query it during a run, a killed run keeps every chunk
//! committed before, and the next run completes what is missing. Rows are
//! keyed by the file's canonical path, so a file is the same however its
//! path is spelled. The full-text index over `paragraphs.text` is filled in
//! bulk as each chunk commits.

use crate::args::Common;
use crate::batch::{self, Parsed};
use crate::input;
use crate::out::{Failure, Status};
use crate::rows::{self, Table, Value, TABLES};
use rusqlite::{params, Connection, ErrorCode};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

/// `PRAGMA user_version` of the databases this version writes. It changes
/// when a table or column changes meaning or goes away, or when
/// `decisions` gains columns (an older file has no room for them): 3 adds
/// the `organisation_*` columns and the `organisations` table.
pub const SCHEMA_VERSION: i64 = 3;

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

/// A chunk ends after this many statements...
const CHUNK_STATEMENTS: usize = 1000;
/// ...or this long, whichever comes first.
const CHUNK_TIME: Duration = Duration::from_secs(2);

/// A test hook: exit without committing after this many statements, as a
/// killed run would.
const EXIT_AFTER: &str = "LGSCO_TEST_EXIT_AFTER";

/// A test hook: chunks of this many statements, to see several in a small
/// run; set, chunks are counted only, never timed, so that a test on a
/// loaded machine knows where they end.
const CHUNK_AFTER: &str = "LGSCO_TEST_CHUNK";

#[derive(Default)]
struct Counts {
    added: usize,
    replaced: usize,
    unchanged: usize,
    removed: usize,
}

/// The WAL may grow to about this many pages (of 4 KiB) past a chunk
/// before the writer waits for the checkpoint that lets it start over.
const WAL_PAGES: i64 = 16384;

/// The open database and the chunk being written.
struct Db<'a> {
    conn: Connection,
    path: &'a Path,
    /// Copies the WAL into the database file on a thread of its own while
    /// the next chunk is written.
    checkpoints: Option<Checkpoints>,
    /// Every paragraph id up to this one is in the full-text index.
    indexed: i64,
    in_chunk: usize,
    since: Instant,
    told_busy: bool,
}

pub fn run(common: &Common) -> Result<Status, Failure> {
    let Some(path) = common.out.as_deref().filter(|p| p.as_os_str() != "-") else {
        return Err(Failure::Usage(
            "sqlite needs the database file: -o FILE.db".into(),
        ));
    };
    // The inputs are checked before the database is touched.
    let (inputs, problems) = input::collect(common)?;
    let fatal = |e: rusqlite::Error| Failure::Fatal(format!("{}: {e}", path.display()));
    let _run = RunLock::take(path)?;
    let mut db = Db::open(path).map_err(fatal)?;
    db.begin().map_err(fatal)?;
    check_version(&db.conn, path)?;
    prepare(&db.conn).map_err(fatal)?;
    let stored = stored(&db.conn).map_err(fatal)?;
    let known = |source: &str, hash: &str| match stored.get(source) {
        Some((h, n)) if h == hash => Some(*n),
        _ => None,
    };
    let hook = |name: &str| -> Option<usize> { std::env::var(name).ok()?.parse().ok() };
    let exit_after = hook(EXIT_AFTER);
    let chunk_hook = hook(CHUNK_AFTER);
    let chunk = chunk_hook.unwrap_or(CHUNK_STATEMENTS);
    let chunk_time = chunk_hook.map_or(CHUNK_TIME, |_| Duration::MAX);
    let mut c = Counts::default();
    // Inputs neither stored before the run nor seen in it need no lookup.
    let mut seen: HashSet<String> = HashSet::new();
    let mut new = false;
    // The councils whose row of `organisations` this run has written.
    let mut councils: HashSet<&'static str> = HashSet::new();
    let mut each = |p: Parsed, rows: Rows| {
        if p.part == 0 {
            new = !stored.contains_key(&p.input_source) && seen.insert(p.input_source.clone());
        }
        store(&db.conn, &p, &rows, &mut c, &mut councils, db.indexed, new).map_err(fatal)?;
        db.in_chunk += 1;
        if exit_after == Some(c.added + c.replaced + c.unchanged) {
            std::process::exit(3);
        }
        if p.last_of_input() && (db.in_chunk >= chunk || db.since.elapsed() >= chunk_time) {
            db.commit().map_err(fatal)?;
            db.begin().map_err(fatal)?;
        }
        Ok(())
    };
    let tally = batch::run_with(
        common,
        inputs,
        problems,
        true,
        Some(&known),
        &Rows::of,
        &mut each,
    )?;
    c.unchanged += tally.known;
    db.commit().map_err(fatal)?;
    db.checkpoint();
    if !common.quiet || tally.interrupted {
        eprintln!(
            "lgsco: {}: {} added, {} replaced, {} unchanged, {} removed{}",
            path.display(),
            c.added,
            c.replaced,
            c.unchanged,
            c.removed,
            if tally.interrupted {
                "; interrupted: the rest is left for the next run"
            } else {
                ""
            }
        );
    }
    if tally.interrupted {
        return Ok(Status::Interrupted);
    }
    Ok(tally.status)
}

impl<'a> Db<'a> {
    fn open(path: &'a Path) -> rusqlite::Result<Db<'a>> {
        let conn = Connection::open(path)?;
        // A short wait at a time: a longer one is a loop that says why.
        conn.busy_timeout(Duration::from_millis(250))?;
        let mut db = Db {
            conn,
            path,
            checkpoints: None,
            indexed: 0,
            in_chunk: 0,
            since: Instant::now(),
            told_busy: false,
        };
        db.retry(|c| c.pragma_update(None, "journal_mode", "WAL"))?;
        db.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // The checkpoint thread does what each commit would.
        db.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        db.checkpoints = Some(Checkpoints::start(path)?);
        // 64 MiB of pages: the keys' indexes of a large database stay in
        // memory while a chunk is written.
        db.conn.pragma_update(None, "cache_size", -65536)?;
        // The foreign keys are declared for readers (Datasette's links, a
        // reader's own `PRAGMA foreign_keys`) and held by the writing: a
        // statement's council and decision are inserted before its other
        // rows, which are deleted before it. Enforced here they cost a
        // lookup of the parent's key per row.
        db.conn.pragma_update(None, "foreign_keys", false)?;
        Ok(db)
    }

    /// Run `f` until the database is not busy, saying once that another
    /// program holds it; a signal stops the wait.
    fn retry<T>(&mut self, f: impl Fn(&Connection) -> rusqlite::Result<T>) -> rusqlite::Result<T> {
        loop {
            match f(&self.conn) {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if matches!(e.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                        && !crate::signal::stopped() =>
                {
                    if !self.told_busy {
                        self.told_busy = true;
                        eprintln!(
                            "lgsco: {}: another program is writing to the database; waiting for it to finish",
                            self.path.display()
                        );
                    }
                }
                other => return other,
            }
        }
    }

    /// Start a chunk, waiting for another writer.
    fn begin(&mut self) -> rusqlite::Result<()> {
        // A WAL copied whole when a chunk begins is started over by its
        // first write, as SQLite's own checkpoints in `COMMIT` let it be.
        if let Some(c) = &self.checkpoints {
            c.wait_if_longer_than(WAL_PAGES);
        }
        self.retry(|c| c.execute_batch("BEGIN IMMEDIATE"))?;
        self.indexed = self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM paragraphs", [], |r| {
                r.get(0)
            })
            .or_else(|e| match e {
                // Before the tables are made.
                rusqlite::Error::SqliteFailure(..) => Ok(0),
                e => Err(e),
            })?;
        self.in_chunk = 0;
        self.since = Instant::now();
        Ok(())
    }

    /// Index the chunk's new paragraphs and commit it.
    fn commit(&mut self) -> rusqlite::Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs WHERE id > ?",
            )?
            .execute(params![self.indexed])?;
        self.conn.execute_batch("COMMIT")?;
        if let Some(c) = &self.checkpoints {
            c.ask();
        }
        Ok(())
    }

    /// Move the WAL into the database file so that the file alone is whole.
    /// A reader still holding an old snapshot can make this partial; the
    /// next writer or reader finishes it.
    fn checkpoint(&mut self) {
        drop(self.checkpoints.take());
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
}

/// A thread with a connection of its own that copies the WAL into the
/// database file after each commit (a passive checkpoint, which takes no
/// lock the writer needs), so that the writing thread does not; the writer
/// waits for it only when the WAL has grown long (see [`Db::begin`]).
struct Checkpoints {
    state: std::sync::Arc<(std::sync::Mutex<Asked>, std::sync::Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

#[derive(Default)]
struct Asked {
    /// Checkpoints asked for and done, counted.
    asked: u64,
    done: u64,
    /// The WAL's length in pages at the last checkpoint.
    wal_pages: i64,
    stop: bool,
}

impl Checkpoints {
    fn start(path: &Path) -> rusqlite::Result<Checkpoints> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let state = std::sync::Arc::new((
            std::sync::Mutex::new(Asked::default()),
            std::sync::Condvar::new(),
        ));
        let shared = std::sync::Arc::clone(&state);
        let thread = std::thread::spawn(move || {
            let (lock, cvar) = &*shared;
            let mut asked = lock.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                while asked.done == asked.asked && !asked.stop {
                    asked = cvar.wait(asked).unwrap_or_else(|e| e.into_inner());
                }
                if asked.stop {
                    return;
                }
                let target = asked.asked;
                drop(asked);
                // Busy (another checkpoint) or failed: the next one, or
                // the writer's last, does it.
                let pages = conn
                    .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1))
                    .unwrap_or(0);
                asked = lock.lock().unwrap_or_else(|e| e.into_inner());
                asked.done = target;
                asked.wal_pages = pages;
                cvar.notify_all();
            }
        });
        Ok(Checkpoints {
            state,
            thread: Some(thread),
        })
    }

    /// Ask for a checkpoint of every chunk committed.
    fn ask(&self) {
        let (lock, cvar) = &*self.state;
        lock.lock().unwrap_or_else(|e| e.into_inner()).asked += 1;
        cvar.notify_all();
    }

    /// Wait for the checkpoints asked for when the WAL had grown past
    /// `pages` at the last.
    fn wait_if_longer_than(&self, pages: i64) {
        let (lock, cvar) = &*self.state;
        let mut asked = lock.lock().unwrap_or_else(|e| e.into_inner());
        if asked.wal_pages <= pages {
            return;
        }
        while asked.done < asked.asked {
            asked = cvar.wait(asked).unwrap_or_else(|e| e.into_inner());
        }
    }
}

impl Drop for Checkpoints {
    fn drop(&mut self) {
        let (lock, cvar) = &*self.state;
        lock.lock().unwrap_or_else(|e| e.into_inner()).stop = true;
        cvar.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Refuse a database another version of the schema wrote (0 is a new
/// file).
fn check_version(db: &Connection, path: &Path) -> Result<(), Failure> {
    let version: i64 = db
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| Failure::Fatal(format!("{}: {e}", path.display())))?;
    if version != 0 && version != SCHEMA_VERSION {
        return Err(Failure::Fatal(format!(
            "{}: the database has schema version {version}; this lgsco writes version {SCHEMA_VERSION}: write a new file",
            path.display()
        )));
    }
    Ok(())
}

/// Make the tables, indexes and full-text index, inside the first chunk's
/// transaction.
fn prepare(db: &Connection) -> rusqlite::Result<()> {
    let mut sql = String::from(ORGANISATIONS);
    for t in TABLES.iter() {
        sql.push_str(&create(t));
    }
    // `content="paragraphs"` is the form Datasette and sqlite-utils look
    // for, with the `<table>_fts` name, to offer full-text search.
    sql.push_str(
        "CREATE INDEX IF NOT EXISTS decisions_reference ON decisions(reference);
CREATE INDEX IF NOT EXISTS decisions_organisation ON decisions(organisation);
CREATE INDEX IF NOT EXISTS decisions_organisation_code ON decisions(organisation_code);
CREATE INDEX IF NOT EXISTS decisions_area ON decisions(area);
CREATE INDEX IF NOT EXISTS decisions_date ON decisions(decision_date);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(text, content=\"paragraphs\", content_rowid=\"id\");
",
    );
    // Each chunk's commit adds a segment to the full-text index; FTS5
    // merges them 4 at a time by default, so each paragraph is written
    // again at every level, about log4 of the chunks. 16 at a time halves
    // the levels, and so that work, for a few more segments to read per
    // query (still milliseconds over 100,000 statements). Kept in the
    // index's own config table.
    sql.push_str("INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('automerge', 16);\n");
    sql.push_str(&format!("PRAGMA user_version = {SCHEMA_VERSION};\n"));
    db.execute_batch(&sql)
}

/// `CREATE TABLE` for a table: `decisions` keyed by source; the others
/// keyed by their key columns, each row pointing at its decision.
/// `paragraphs` has an integer id for the full-text index, never reused.
fn create(t: &Table) -> String {
    let mut cols: Vec<String> = Vec::new();
    if t.name == "paragraphs" {
        cols.push("id INTEGER PRIMARY KEY AUTOINCREMENT".to_owned());
    }
    cols.extend(t.columns.iter().map(|c| {
        let null = if c.required { " NOT NULL" } else { "" };
        format!("\"{}\" {}{null}", c.name, c.kind.sql())
    }));
    let key = t.key.join(", ");
    if t.name == "paragraphs" {
        cols.push(format!("UNIQUE ({key})"));
    } else {
        cols.push(format!("PRIMARY KEY ({key})"));
    }
    if t.name != "decisions" {
        cols.push("FOREIGN KEY (source) REFERENCES decisions(source) ON DELETE CASCADE".to_owned());
    } else {
        cols.push("FOREIGN KEY (organisation_code) REFERENCES organisations(code)".to_owned());
    }
    format!(
        "CREATE TABLE IF NOT EXISTS {} (\n  {}\n);\n",
        t.name,
        cols.join(",\n  ")
    )
}

/// `INSERT` for each table of [`TABLES`], made once.
static INSERTS: LazyLock<Vec<String>> = LazyLock::new(|| TABLES.iter().map(insert_sql).collect());

fn insert_sql(t: &Table) -> String {
    let names: Vec<String> = t
        .columns
        .iter()
        .map(|c| format!("\"{}\"", c.name))
        .collect();
    let marks = vec!["?"; names.len()].join(", ");
    format!(
        "INSERT INTO {} ({}) VALUES ({marks})",
        t.name,
        names.join(", ")
    )
}

/// Each input already stored: its source, the hash of its bytes, and how
/// many statements it gave (`x.txt`, or `x.txt#1`, `x.txt#2`, ...).
fn stored(db: &Connection) -> rusqlite::Result<HashMap<String, (String, usize)>> {
    let mut out: HashMap<String, (String, usize)> = HashMap::new();
    let mut q = db.prepare("SELECT source, content_hash FROM decisions")?;
    let mut rows = q.query([])?;
    while let Some(r) = rows.next()? {
        let source: String = r.get(0)?;
        let hash: String = r.get(1)?;
        let input = input_of(&source).to_owned();
        let e = out.entry(input).or_insert_with(|| (hash.clone(), 0));
        if e.0 == hash {
            e.1 += 1;
        } else {
            // Parts with different hashes: parse the file again.
            e.0.clear();
        }
    }
    Ok(out)
}

/// `x.txt` of `x.txt#2`.
fn input_of(source: &str) -> &str {
    match source.rsplit_once('#') {
        Some((input, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => input,
        _ => source,
    }
}

/// The cells a statement stores, made on a parsing thread so that the one
/// thread writing to SQLite only binds and steps.
struct Rows {
    /// The rows of `organisations` the statement names, by code.
    councils: Vec<(&'static str, Vec<Value>)>,
    /// One list per table of [`TABLES`].
    tables: [Vec<Vec<Value>>; 5],
}

impl Rows {
    fn of(p: &Parsed) -> Rows {
        let council = p
            .decision
            .as_ref()
            .ok()
            .and_then(|d| d.organisation())
            .and_then(|o| o.council());
        let councils = council.map_or(Vec::new(), |c| {
            std::iter::once(c)
                .chain(c.current())
                .map(|c| (c.code(), council_row(c)))
                .collect()
        });
        Rows {
            councils,
            tables: rows::rows(p),
        }
    }
}

/// Store one statement, replacing an earlier copy unless its content hash
/// is the same. Paragraph ids up to `indexed` are in the full-text index.
fn store(
    tx: &Connection,
    p: &Parsed,
    rows: &Rows,
    c: &mut Counts,
    councils: &mut HashSet<&'static str>,
    indexed: i64,
    new: bool,
) -> rusqlite::Result<()> {
    if new {
        c.added += 1;
        return insert(tx, rows, councils);
    }
    if p.part == 0 {
        c.removed += remove_stale(tx, p, indexed)?;
    }
    let old: Option<String> = tx
        .prepare_cached("SELECT content_hash FROM decisions WHERE source = ?")?
        .query_row(params![p.source], |r| r.get(0))
        .ok();
    match &old {
        Some(hash) if *hash == p.hash => {
            c.unchanged += 1;
            return Ok(());
        }
        Some(_) => {
            delete(tx, &p.source, indexed)?;
            c.replaced += 1;
        }
        None => c.added += 1,
    }
    insert(tx, rows, councils)
}

/// Insert the rows of one statement.
/// A council's row is written once a run: it is the register's, the same
/// for every statement naming the council.
fn insert(
    tx: &Connection,
    rows: &Rows,
    councils: &mut HashSet<&'static str>,
) -> rusqlite::Result<()> {
    for (code, row) in &rows.councils {
        if councils.insert(code) {
            store_council(tx, row)?;
        }
    }
    for (sql, table_rows) in INSERTS.iter().zip(&rows.tables) {
        let mut insert = tx.prepare_cached(sql)?;
        for row in table_rows {
            insert.execute(rusqlite::params_from_iter(row))?;
        }
    }
    Ok(())
}

/// A council's row of `organisations`.
fn council_row(c: lgsco::org::Council) -> Vec<Value> {
    let codes = |list: Vec<lgsco::org::Council>| {
        let codes: Vec<&str> = list.iter().map(|c| c.code()).collect();
        Value::Text(codes.join(";"))
    };
    let text = |s: &str| Value::Text(s.to_owned());
    let opt = |s: Option<String>| s.map_or(Value::Null, Value::Text);
    vec![
        text(c.code()),
        text(c.official_name()),
        text(c.short_name()),
        opt(c.gss().map(str::to_owned)),
        text(c.nation()),
        opt(c.region().map(str::to_owned)),
        text(c.council_type().as_str()),
        opt(c.start_date().map(|d| d.to_string())),
        opt(c.end_date().map(|d| d.to_string())),
        codes(c.replaced_by()),
        codes(c.current()),
        c.population()
            .and_then(|n| i64::try_from(n).ok())
            .map_or(Value::Null, Value::Int),
    ]
}

/// Adds or refreshes a council's row of `organisations` (never deleted:
/// decisions point at it).
fn store_council(tx: &Connection, row: &[Value]) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO organisations (code, name, short_name, gss, nation, region, type, start_date, end_date, replaced_by, current, population)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT(code) DO UPDATE SET name = ?2, short_name = ?3, gss = ?4, nation = ?5, region = ?6, type = ?7,
           start_date = ?8, end_date = ?9, replaced_by = ?10, current = ?11, population = ?12",
    )?
    .execute(rusqlite::params_from_iter(row))?;
    Ok(())
}

/// Deletes the rows of one statement, and its paragraphs from the
/// full-text index (those indexed already).
fn delete(tx: &Connection, source: &str, indexed: i64) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text)
         SELECT 'delete', id, text FROM paragraphs WHERE source = ?1 AND id <= ?2",
    )?
    .execute(params![source, indexed])?;
    for t in TABLES.iter().rev() {
        tx.prepare_cached(&format!("DELETE FROM {} WHERE source = ?", t.name))?
            .execute(params![source])?;
    }
    Ok(())
}

/// Deletes what an earlier run stored under names of `p`'s input that it
/// no longer gives: `x.txt#3` once the file joins two statements, `x.txt`
/// once it joins several, `x.txt#1` once it holds one. How many went.
fn remove_stale(tx: &Connection, p: &Parsed, indexed: i64) -> rusqlite::Result<usize> {
    // `#` is followed by `$` in ASCII: the range is every `x.txt#...`,
    // read from the key's index.
    let names: Vec<String> = tx
        .prepare_cached(
            "SELECT source FROM decisions WHERE source = ?1 OR (source > ?1 || '#' AND source < ?1 || '$')",
        )?
        .query_map(params![p.input_source], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // The one part a name can be, read from it, then made again to compare:
    // making every part's name for each would cost a file joining
    // thousands of statements thousands squared.
    let given = |name: &str| {
        let n = match name.rsplit_once('#') {
            Some((_, n)) => n.parse::<usize>().map_or(0, |n| n.saturating_sub(1)),
            None => 0,
        };
        n < p.statements && batch::part_name(&p.input_source, n, p.statements) == name
    };
    let mut removed = 0;
    for name in names
        .iter()
        .filter(|n| input_of(n) == p.input_source && !given(n))
    {
        delete(tx, name, indexed)?;
        removed += 1;
    }
    Ok(removed)
}

/// One `lgsco sqlite` run at a time on a database: a second waits for the
/// first to finish, saying so, instead of writing between its chunks. (Other
/// programs writing are waited for chunk by chunk, see [`Db::retry`].) The
/// lock is `flock` on the database file, apart from SQLite's own locks, and
/// goes with the process.
struct RunLock(#[allow(dead_code)] std::fs::File);

impl RunLock {
    fn take(path: &Path) -> Result<RunLock, Failure> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| Failure::Fatal(format!("{}: cannot open: {e}", path.display())))?;
        #[cfg(unix)]
        {
            use std::os::unix::io::AsRawFd;
            let mut told = false;
            // SAFETY: `flock` on a descriptor this function owns.
            while unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
                if crate::signal::stopped() {
                    return Err(Failure::Fatal(format!(
                        "{}: stopped while waiting for another lgsco run",
                        path.display()
                    )));
                }
                if !std::mem::replace(&mut told, true) {
                    eprintln!(
                        "lgsco: {}: another lgsco run is writing to the database; waiting for it to finish",
                        path.display()
                    );
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        Ok(RunLock(file))
    }
}
