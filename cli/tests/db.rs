//! The database people build on: one row per statement however its path is
//! spelled, safe to read while written, safe when stopped or killed, a
//! second writer waits; the tables are written whole; empty and failed runs
//! fail before any output.

mod common;
use common::*;
use rusqlite::Connection;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

fn decisions(db: &Path) -> usize {
    let conn = Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // Every paragraph is in the full-text index, once.
    let (paragraphs, indexed): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM paragraphs), (SELECT count(*) FROM paragraphs_fts_docsize)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(paragraphs, indexed);
    conn.query_row("SELECT count(*) FROM decisions", [], |r| r.get::<_, i64>(0))
        .unwrap() as usize
}

fn in_dir(dir: &Path, args: &[&str]) -> Output {
    lgsco().current_dir(dir).args(args).output().unwrap()
}

#[test]
fn a_file_is_the_same_however_its_path_is_spelled() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let input = root.join("downloads");
    std::fs::create_dir(&input).unwrap();
    for f in ["web.txt", "dashed.txt", "several.txt"] {
        std::fs::copy(fixtures_dir().join(f), input.join(f)).unwrap();
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(&input, root.join("link")).unwrap();
    let db = root.join("lgsco.db");
    let db = db.to_str().unwrap();
    let abs = input.to_str().unwrap();
    // Named twice in one run, the files are read twice but stored once.
    let first = in_dir(root, &["sqlite", "downloads", "./downloads/", "-o", db]);
    assert!(
        text(&first.stderr).contains("5 added, 0 replaced, 5 unchanged"),
        "{}",
        text(&first.stderr)
    );
    let mut spellings = vec![
        (root.to_path_buf(), "./downloads"),
        (root.to_path_buf(), abs),
        (input.clone(), "."),
        (root.join("downloads"), "../downloads/"),
    ];
    if cfg!(unix) {
        spellings.push((root.to_path_buf(), "link"));
    }
    for (dir, spelled) in spellings {
        let out = in_dir(&dir, &["sqlite", spelled, "-o", db]);
        let err = text(&out.stderr);
        assert!(
            err.contains("0 added, 0 replaced, 5 unchanged"),
            "{spelled}: {err}"
        );
    }
    // One file named alone is the same too.
    let out = in_dir(&input, &["sqlite", "web.txt", "-o", db]);
    assert!(text(&out.stderr).contains("0 added, 0 replaced, 1 unchanged"));
    assert_eq!(decisions(Path::new(db)), 5);
    // The tables show the path as it was named, beside the key.
    let conn = Connection::open(db).unwrap();
    let (source, file): (String, String) = conn
        .query_row(
            "SELECT source, file FROM decisions WHERE file LIKE '%web.txt'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(file, "downloads/web.txt");
    assert_eq!(source, source_of(input.join("web.txt").to_str().unwrap()));
    let out = in_dir(root, &["table", "downloads", "-o", "tables"]);
    assert!(out.status.success());
    let (head, rows) = csv_rows(&root.join("tables/decisions.csv"));
    assert_eq!(&head[..2], ["source", "file"]);
    assert!(rows.iter().any(|r| r[1] == "downloads/several.txt#2"));
}

#[test]
fn standard_input_is_keyed_by_its_content_or_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    let db = db.to_str().unwrap();
    let web = std::fs::read(fixtures_dir().join("web.txt")).unwrap();
    let dashed = std::fs::read(fixtures_dir().join("dashed.txt")).unwrap();
    let err = |o: Output| text(&o.stderr);
    assert!(err(run_with_stdin(&["sqlite", "-", "-o", db], &web))
        .contains("1 added, 0 replaced, 0 unchanged"));
    assert!(err(run_with_stdin(&["sqlite", "-", "-o", db], &web))
        .contains("0 added, 0 replaced, 1 unchanged"));
    assert!(err(run_with_stdin(&["sqlite", "-", "-o", db], &dashed))
        .contains("1 added, 0 replaced, 0 unchanged"));
    assert_eq!(decisions(Path::new(db)), 2, "two texts, two rows");
    let named = ["sqlite", "--name", "letters/web.txt", "-", "-o", db];
    assert!(err(run_with_stdin(&named, &web)).contains("1 added"));
    assert!(err(run_with_stdin(&named, &dashed)).contains("1 replaced"));
    let conn = Connection::open(db).unwrap();
    let file: String = conn
        .query_row(
            "SELECT file FROM decisions WHERE source = 'letters/web.txt'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(file, "letters/web.txt");
    let stdin_rows: i64 = conn
        .query_row(
            "SELECT count(*) FROM decisions WHERE source LIKE 'stdin:%' AND file = '-'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stdin_rows, 2);
    // The name gives the reference a statement without one lacks.
    let mirror = std::fs::read(fixtures_dir().join("mirror.txt")).unwrap();
    let out = run_with_stdin(&["json", "--name", "22-003-748__ai.txt", "-"], &mirror);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["file"], "22-003-748__ai.txt");
    assert_eq!(v["reference"], "22 003 748");
}

#[test]
fn a_stopped_run_commits_its_chunks_says_so_and_exits_130_with_a_reader_attached() {
    let files = txt_files(&fixtures_dir());
    let input = repeated(&files, 20);
    let all = statement_names(&txt_files(input.path())).len();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    // A reader holding a snapshot all through the run.
    sqlite_run(&files_dir_of(&fixtures_dir()), &db);
    let reader = Connection::open(&db).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let before: i64 = reader
        .query_row("SELECT count(*) FROM decisions", [], |r| r.get(0))
        .unwrap();
    let hooks = [
        ("LGSCO_TEST_SIGNAL_AFTER", "300"),
        ("LGSCO_TEST_CHUNK", "100"),
    ];
    let out = sqlite_with(&hooks, input.path(), &db);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("interrupted"), "{err}");
    let during: i64 = reader
        .query_row("SELECT count(*) FROM decisions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(during, before, "the reader's snapshot holds");
    reader.execute_batch("COMMIT").unwrap();
    let kept = decisions(&db) - before as usize;
    assert!(kept >= 300 && kept < all, "{kept} of {all} kept");
    let out = sqlite_run(input.path(), &db);
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{} added", all - kept)), "{err}");
    assert_eq!(decisions(&db), before as usize + all);
}

/// A signal that comes once the last statement is handed on stops
/// nothing: the run is whole, and says so.
#[test]
fn a_signal_after_the_last_statement_is_not_an_interruption() {
    let input = repeated(&txt_files(&fixtures_dir()), 2);
    let all = statement_names(&txt_files(input.path())).len();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    let all_text = all.to_string();
    let out = sqlite_with(&[("LGSCO_TEST_SIGNAL_AFTER", &all_text)], input.path(), &db);
    let err = text(&out.stderr);
    assert_ne!(out.status.code(), Some(130), "{err}");
    assert!(!err.contains("interrupted"), "{err}");
    assert!(err.contains(&format!("{all} added")), "{err}");
    assert_eq!(decisions(&db), all);
}

/// A database another schema version wrote is refused, in plain words.
#[test]
fn a_database_of_another_schema_version_is_refused_plainly() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("old.db");
    Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    let out = sqlite_run(&fixtures_dir(), &db);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("schema version 99"), "{err}");
    assert!(!err.to_lowercase().contains("parameter"), "{err}");
}

fn files_dir_of(p: &Path) -> std::path::PathBuf {
    p.to_path_buf()
}

fn sqlite_run(input: &Path, db: &Path) -> Output {
    run(&[
        "sqlite",
        input.to_str().unwrap(),
        "-o",
        db.to_str().unwrap(),
    ])
}

/// [`sqlite_run`] with test hooks set in its environment.
fn sqlite_with(hooks: &[(&str, &str)], input: &Path, db: &Path) -> Output {
    let mut cmd = lgsco();
    cmd.envs(hooks.iter().copied());
    cmd.args([
        "sqlite",
        input.to_str().unwrap(),
        "-o",
        db.to_str().unwrap(),
    ])
    .output()
    .unwrap()
}

#[test]
fn a_killed_run_leaves_a_whole_database_and_the_next_run_completes_it() {
    let files = txt_files(&fixtures_dir());
    let input = repeated(&files, 40);
    let all = statement_names(&txt_files(input.path())).len();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    let mut child = lgsco()
        .env("LGSCO_TEST_CHUNK", "20")
        .args([
            "sqlite",
            input.path().to_str().unwrap(),
            "-o",
            db.to_str().unwrap(),
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once a chunk is in.
    let start = Instant::now();
    loop {
        let some = Connection::open(&db)
            .and_then(|c| c.query_row("SELECT count(*) FROM decisions", [], |r| r.get::<_, i64>(0)))
            .unwrap_or(0);
        if some > 0 || start.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let kept = decisions(&db);
    assert!(kept > 0, "a chunk was committed");
    let out = sqlite_run(input.path(), &db);
    assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    assert_eq!(decisions(&db), all);
}

#[test]
fn a_second_writer_waits_for_the_first_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    sqlite_run(&fixtures_dir().join("web.txt"), &db);
    let other = Connection::open(&db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let child = lgsco()
        .args([
            "sqlite",
            fixtures_dir().to_str().unwrap(),
            "-o",
            db.to_str().unwrap(),
        ])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    other.execute_batch("COMMIT").unwrap();
    let out = child.wait_with_output().unwrap();
    let err = text(&out.stderr);
    assert!(out.status.code().unwrap() <= 1, "{err}");
    assert!(
        err.contains("another program is writing to the database; waiting"),
        "{err}"
    );
    assert!(err.contains("unchanged"), "{err}");
    assert_eq!(
        decisions(&db),
        statement_names(&txt_files(&fixtures_dir())).len()
    );
}

#[test]
fn the_database_is_in_wal_mode_and_checkpointed_at_the_end() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    sqlite_run(&fixtures_dir(), &db);
    let wal = tmp.path().join("lgsco.db-wal");
    assert!(
        std::fs::metadata(&wal).map_or(0, |m| m.len()) == 0,
        "the WAL is empty"
    );
    let conn = Connection::open(&db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'paragraphs_fts'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        sql.contains("content=\"paragraphs\""),
        "as Datasette and sqlite-utils look for it: {sql}"
    );
    // The full-text index's segments are merged 16 at a time.
    let automerge: i64 = conn
        .query_row(
            "SELECT v FROM paragraphs_fts_config WHERE k = 'automerge'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(automerge, 16);
}

#[test]
fn a_missing_input_or_an_empty_folder_fails_before_any_output() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("notes.md"), "not a statement").unwrap();
    let db = tmp.path().join("new.db");
    let tables = tmp.path().join("tables");
    for (input, says) in [
        ("no/such/folder", "no/such/folder: no such file or folder"),
        (empty.to_str().unwrap(), "no `.txt` file"),
    ] {
        for args in [
            vec!["sqlite", input, "-o", db.to_str().unwrap()],
            vec!["table", input, "-o", tables.to_str().unwrap()],
            vec!["check", input],
            vec!["json", input],
        ] {
            let out = run(&args);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains(says), "{args:?}: {err}");
            assert!(out.stdout.is_empty(), "{args:?}");
        }
    }
    let out = run(&["check", empty.to_str().unwrap()]);
    assert!(text(&out.stderr).contains("--ext"));
    assert!(!db.exists(), "no database made");
    assert!(!tables.exists(), "no folder made");
    let out = run(&["check", "--ext", "md", empty.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the .md file is read, and holds no statement"
    );
}

/// Every file in a folder and its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn tables_are_replaced_whole_or_left_as_they_were() {
    let tmp = tempfile::tempdir().unwrap();
    let tables = tmp.path().join("tables");
    let t = tables.to_str().unwrap();
    let fixtures = fixtures_dir();
    let out = run(&["table", fixtures.to_str().unwrap(), "-o", t]);
    assert!(out.status.code().unwrap() <= 1);
    let before = snapshot(&tables);
    let names: Vec<&str> = before.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "citations.csv",
            "datapackage.json",
            "decisions.csv",
            "diagnostics.csv",
            "facts.csv",
            "paragraphs.csv"
        ]
    );
    // A typo in the input.
    let out = run(&["table", "fixturs", "-o", t]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(snapshot(&tables), before);
    // A run stopped part way.
    let many = repeated(&txt_files(&fixtures), 10);
    let out = lgsco()
        .env("LGSCO_TEST_SIGNAL_AFTER", "20")
        .args(["table", many.path().to_str().unwrap(), "-o", t])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("interrupted"));
    assert_eq!(
        snapshot(&tables),
        before,
        "no partial table, no temporary file"
    );
    // One table to standard output.
    let out = run(&[
        "table",
        fixtures.to_str().unwrap(),
        "--only",
        "decisions",
        "-o",
        "-",
    ]);
    assert!(out.status.code().unwrap() <= 1);
    let decisions = &before.iter().find(|(n, _)| n == "decisions.csv").unwrap().1;
    assert_eq!(&out.stdout, decisions);
    // One table into the folder: the others and the package stay.
    let web = fixtures.join("web.txt");
    let out = run(&["table", web.to_str().unwrap(), "--only", "facts", "-o", t]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let after = snapshot(&tables);
    for ((name, old), (_, new)) in before.iter().zip(&after) {
        assert_eq!(old == new, name != "facts.csv", "{name}");
    }
    let out = run(&["table", fixtures.to_str().unwrap(), "-o", "-"]);
    assert_eq!(out.status.code(), Some(2), "-o - needs --only");
    let out = run(&[
        "table",
        fixtures.to_str().unwrap(),
        "--only",
        "nope",
        "-o",
        "-",
    ]);
    assert!(text(&out.stderr).contains("the tables are decisions, paragraphs"));
}

#[test]
fn the_datapackage_declares_every_column_and_no_text_reads_as_a_number() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&[
        "table",
        fixtures_dir().to_str().unwrap(),
        "-o",
        tmp.path().to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap() <= 1);
    let package: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("datapackage.json")).unwrap())
            .unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 5);
    for r in resources {
        let (head, rows) = csv_rows(&tmp.path().join(r["path"].as_str().unwrap()));
        let fields = r["schema"]["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(names, head, "{}", r["name"]);
        for (n, f) in fields.iter().enumerate() {
            let kind = f["type"].as_str().unwrap();
            for row in &rows {
                let cell = &row[n];
                if cell.is_empty() {
                    assert!(
                        f.get("constraints").is_none(),
                        "{} {} is required",
                        r["name"],
                        f["name"]
                    );
                    continue;
                }
                let fits = match kind {
                    "integer" => cell.parse::<i64>().is_ok(),
                    "number" => cell.parse::<f64>().is_ok(),
                    "boolean" => cell == "true" || cell == "false",
                    "date" => lgsco::chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d").is_ok(),
                    "string" => true,
                    other => panic!("type {other}"),
                };
                assert!(fits, "{} {}: {cell:?} is no {kind}", r["name"], f["name"]);
            }
        }
    }
    let (head, rows) = csv_rows(&tmp.path().join("paragraphs.csv"));
    let path = head.iter().position(|h| h == "path").unwrap();
    let paths: Vec<&String> = rows
        .iter()
        .map(|r| &r[path])
        .filter(|p| !p.is_empty())
        .collect();
    assert!(paths.iter().any(|p| p.starts_with("item ")));
    assert!(
        paths.iter().all(|p| p.parse::<f64>().is_err()),
        "a path never reads as a number"
    );
}

#[test]
fn a_second_lgsco_run_waits_for_the_first_to_finish() {
    let files = txt_files(&fixtures_dir());
    let big = repeated(&files, 10);
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    let first = lgsco()
        .env("LGSCO_TEST_CHUNK", "20")
        .args([
            "sqlite",
            big.path().to_str().unwrap(),
            "-o",
            db.to_str().unwrap(),
        ])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Once the first has committed a chunk, start the second.
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        let some = Connection::open(&db)
            .and_then(|c| c.query_row("SELECT count(*) FROM decisions", [], |r| r.get::<_, i64>(0)))
            .unwrap_or(0);
        if some > 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = sqlite_run(&fixtures_dir(), &db);
    let first = first.wait_with_output().unwrap();
    assert!(first.status.code().unwrap() <= 1, "{}", text(&first.stderr));
    let err = text(&second.stderr);
    assert!(second.status.code().unwrap() <= 1, "{err}");
    assert!(
        err.contains("another lgsco run is writing to the database; waiting"),
        "{err}"
    );
    // The second started after the first had finished: all of it added.
    let fixtures = statement_names(&files).len();
    assert!(err.contains(&format!("{fixtures} added")), "{err}");
    assert_eq!(decisions(&db), fixtures * 11);
}

/// A stopped `json`, `check` or `show` leaves an `-o FILE` written by an
/// earlier run as it was, with no temporary file beside it.
#[test]
fn a_stopped_run_leaves_its_output_file_as_it_was() {
    let many = repeated(&txt_files(&fixtures_dir()), 10);
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("old.out");
    for sub in ["json", "check", "show"] {
        std::fs::write(&target, "the earlier run\n").unwrap();
        let out = lgsco()
            .env("LGSCO_TEST_SIGNAL_AFTER", "5")
            .args([sub, many.path().to_str().unwrap(), "-o"])
            .arg(&target)
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{sub}: {err}");
        assert!(err.contains("left as it was"), "{sub}: {err}");
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            "the earlier run\n"
        );
        assert_eq!(
            std::fs::read_dir(out_dir.path()).unwrap().count(),
            1,
            "{sub}"
        );
    }
}
