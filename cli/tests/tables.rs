//! `lgsco table` and `lgsco sqlite`: the tables parse, their row counts
//! match the statements, re-runs and interrupted runs leave the database
//! as it should be.

mod common;
use common::*;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// Rows each table should have for these statements (decisions counts
/// files that failed too, and each statement of a file that joins several).
fn expected(files: &[PathBuf]) -> [usize; 3] {
    let decisions = parsed(files);
    let mut paragraphs = 0;
    let mut citations = 0;
    for (_, d) in &decisions {
        paragraphs += usize::from(d.summary.is_some());
        for (_, p) in d.paragraphs() {
            paragraphs += 1 + p.trailing.len();
            let mut stack: Vec<&lgsco::Item> = p.items.iter().collect();
            while let Some(i) = stack.pop() {
                paragraphs += 1;
                stack.extend(&i.items);
            }
        }
        citations += d
            .citations()
            .map(|c| c.citation.provisions.len().max(1))
            .sum::<usize>();
    }
    [statement_names(files).len(), paragraphs, citations]
}

/// The citations of each statement as the library lists them: file,
/// citation text and each provision's canonical form.
fn library_citations(files: &[PathBuf]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (file, d) in parsed(files) {
        for c in d.citations() {
            if c.citation.provisions.is_empty() {
                out.push((file.clone(), c.citation.text.clone(), String::new()));
            }
            for p in &c.citation.provisions {
                out.push((file.clone(), c.citation.text.clone(), p.to_string()));
            }
        }
    }
    out
}

fn check_tables(input: &Path, files: &[PathBuf]) {
    let out_dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "table",
        input.to_str().unwrap(),
        "--out",
        out_dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    let [decisions, paragraphs, citations] = expected(files);
    let (head, rows) = csv_rows(&out_dir.path().join("decisions.csv"));
    assert_eq!(rows.len(), decisions);
    let file = head.iter().position(|h| h == "file").unwrap();
    assert_eq!(head[0], "source");
    let names = statement_names(files);
    let got: Vec<&String> = rows.iter().map(|r| &r[file]).collect();
    assert_eq!(got, names.iter().collect::<Vec<_>>(), "input order");
    assert_eq!(
        csv_rows(&out_dir.path().join("paragraphs.csv")).1.len(),
        paragraphs
    );
    let (head, rows) = csv_rows(&out_dir.path().join("citations.csv"));
    assert_eq!(rows.len(), citations);
    let col = |n: &str| head.iter().position(|h| h == n).unwrap();
    let table: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[col("source")].clone(),
                r[col("text")].clone(),
                r[col("canonical")].clone(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = library_citations(files)
        .into_iter()
        .map(|(f, t, c)| (source_of(&f), t, c))
        .collect();
    assert_eq!(table, want);
    let (_, diagnostics) = csv_rows(&out_dir.path().join("diagnostics.csv"));
    assert!(!diagnostics.is_empty());
    check_facts(out_dir.path(), files);
}

/// The facts table holds each statement's facts as the library reads them,
/// and the decisions table their summary columns.
fn check_facts(dir: &Path, files: &[PathBuf]) {
    let mut expected = Vec::new();
    let mut results = Vec::new();
    for (file, d) in parsed(files) {
        let f = d.facts();
        results.push(f.result.map(|r| r.to_string()).unwrap_or_default());
        let labels = f
            .complainant
            .iter()
            .map(|c| c.text.clone())
            .chain(f.reasons.iter().map(|r| r.kind.to_string()))
            .chain(f.bodies.iter().map(|b| b.name.to_string()))
            .chain(f.remedies.iter().map(|r| r.kind.to_string()));
        let source = source_of(&file);
        expected.extend(labels.map(|l| (source.clone(), l)));
    }
    let (head, rows) = csv_rows(&dir.join("facts.csv"));
    let col = |n: &str| head.iter().position(|h| h == n).unwrap();
    let got: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r[col("source")].clone(), r[col("label")].clone()))
        .collect();
    assert_eq!(got, expected);
    assert!(rows.iter().all(|r| !r[col("evidence")].is_empty()));
    let (head, rows) = csv_rows(&dir.join("decisions.csv"));
    let result = head.iter().position(|h| h == "result").unwrap();
    let parsed_rows: Vec<String> = rows
        .iter()
        .filter(|r| r[head.iter().position(|h| h == "parse_error").unwrap()].is_empty())
        .map(|r| r[result].clone())
        .collect();
    assert_eq!(parsed_rows, results);
}

#[test]
fn tables_of_the_fixtures_match_the_library() {
    let dir = fixtures_dir();
    check_tables(&dir, &txt_files(&dir));
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn tables_of_the_real_statements_match_the_library() {
    let Some(shared) = shared() else { return };
    for sub in ["seeds", "corpus", "corpus-2"] {
        let dir = shared.join(sub);
        if dir.is_dir() {
            check_tables(&dir, &txt_files(&dir));
        }
    }
}

#[test]
fn tsv_is_tab_separated() {
    let out_dir = tempfile::tempdir().unwrap();
    let f = fixtures_dir().join("web.txt");
    let out = run(&[
        "table",
        "--format",
        "tsv",
        f.to_str().unwrap(),
        "--out",
        out_dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let tsv = std::fs::read_to_string(out_dir.path().join("decisions.tsv")).unwrap();
    assert!(tsv.starts_with("source\tfile\tcontent_hash\treference"));
}

fn count(db: &Connection, table: &str) -> usize {
    db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap() as usize
}

fn counts(db: &Path) -> [usize; 4] {
    if !db.exists() {
        return [0; 4];
    }
    let db = Connection::open(db).unwrap();
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // The foreign keys hold, though the writer does not enforce them.
    let broken: i64 = db
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
    // The full-text index's own rows: one per paragraph indexed.
    [
        "decisions",
        "paragraphs",
        "citations",
        "paragraphs_fts_docsize",
    ]
    .map(|t| count(&db, t))
}

fn sqlite(input: &Path, db: &Path) -> std::process::Output {
    run(&[
        "sqlite",
        input.to_str().unwrap(),
        "--out",
        db.to_str().unwrap(),
    ])
}

#[test]
fn sqlite_rows_match_and_a_second_run_adds_none() {
    let dir = fixtures_dir();
    let files = txt_files(&dir);
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    let out = sqlite(&dir, &db);
    assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    let [decisions, paragraphs, citations] = expected(&files);
    assert_eq!(counts(&db), [decisions, paragraphs, citations, paragraphs]);
    let conn = Connection::open(&db).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 3);
    let fk: i64 = conn
        .query_row(
            "SELECT count(*) FROM pragma_foreign_key_list('paragraphs')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(fk, 1);
    drop(conn);
    let out = sqlite(&dir, &db);
    assert!(text(&out.stderr).contains(&format!("0 added, 0 replaced, {decisions} unchanged")));
    assert_eq!(counts(&db), [decisions, paragraphs, citations, paragraphs]);
}

#[test]
fn a_changed_file_replaces_its_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let file = input.join("web.txt");
    std::fs::copy(fixtures_dir().join("web.txt"), &file).unwrap();
    let db = tmp.path().join("lgsco.db");
    sqlite(&input, &db);
    let before = counts(&db);
    // Drop the signature: the same rows but one, and now incomplete.
    let text_now = std::fs::read_to_string(&file).unwrap();
    let cut = text_now.replace("Investigator's decision on behalf of the Ombudsman", "");
    std::fs::write(&file, cut).unwrap();
    let out = sqlite(&input, &db);
    assert!(text(&out.stderr).contains("0 added, 1 replaced, 0 unchanged"));
    assert_eq!(counts(&db), before);
    let conn = Connection::open(&db).unwrap();
    let complete: i64 = conn
        .query_row("SELECT complete FROM decisions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(complete, 0);
}

/// The first column of the rows `sql` gives, as text.
fn strings(db: &Path, sql: &str, params: impl rusqlite::Params) -> Vec<String> {
    let db = Connection::open(db).unwrap();
    let mut q = db.prepare(sql).unwrap();
    let rows = q.query_map(params, |r| r.get(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

/// The files whose paragraphs the full-text index finds `word` in, sorted.
fn found(db: &Path, word: &str) -> Vec<String> {
    strings(
        db,
        "SELECT DISTINCT d.file FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid
         JOIN decisions d ON d.source = p.source
         WHERE paragraphs_fts MATCH ?1 ORDER BY d.file",
        [word],
    )
}

#[test]
fn replaced_statements_are_found_by_their_new_words_only() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let web = std::fs::read_to_string(fixtures_dir().join("web.txt")).unwrap();
    assert!(web.contains("homelessness"));
    let names: Vec<String> = (0..7).map(|n| format!("web{n}.txt")).collect();
    for name in &names {
        std::fs::write(input.join(name), &web).unwrap();
    }
    let db = tmp.path().join("lgsco.db");
    // Chunks of two statements: replaced rows in several chunks, the
    // last one's among them.
    let in_chunks = |input: &Path| {
        let out = lgsco()
            .env("LGSCO_TEST_CHUNK", "2")
            .args([
                "sqlite",
                input.to_str().unwrap(),
                "-o",
                db.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
        text(&out.stderr)
    };
    in_chunks(&input);
    let file = |n: usize| input.join(&names[n]).display().to_string();
    let all: Vec<String> = (0..7).map(file).collect();
    assert_eq!(found(&db, "homelessness"), all);
    let changed = [1, 2, 4, 6];
    for &n in &changed {
        let text = web.replace("homelessness", "zyxwords");
        std::fs::write(input.join(&names[n]), text).unwrap();
    }
    let err = in_chunks(&input);
    assert!(err.contains("0 added, 4 replaced, 3 unchanged"), "{err}");
    assert_eq!(found(&db, "zyxwords"), changed.map(file));
    assert_eq!(found(&db, "homelessness"), [0, 3, 5].map(file));
    // The index holds exactly the paragraphs' text.
    let conn = Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .unwrap();
    let [_, paragraphs, _, fts] = counts(&db);
    assert_eq!(paragraphs, fts);
}

/// The `file` column of every decision, sorted.
fn decision_names(db: &Path) -> Vec<String> {
    strings(db, "SELECT file FROM decisions ORDER BY file", [])
}

#[test]
fn a_joined_file_that_holds_fewer_statements_leaves_no_stale_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    // A file whose name begins with a statement's name is left alone.
    let other = input.join("joined.txt#2.txt");
    std::fs::copy(fixtures_dir().join("web.txt"), &other).unwrap();
    let file = input.join("joined.txt");
    let three = std::fs::read_to_string(fixtures_dir().join("several.txt")).unwrap();
    std::fs::write(&file, &three).unwrap();
    let db = tmp.path().join("lgsco.db");
    let out = sqlite(&input, &db);
    let err = text(&out.stderr);
    assert!(
        err.contains("4 added, 0 replaced, 0 unchanged, 0 removed"),
        "{err}"
    );
    let name = |n: &str| format!("{}{n}", file.display());
    let notes = other.display().to_string();
    assert_eq!(
        decision_names(&db),
        [name("#1"), name("#2"), notes.clone(), name("#3")]
    );
    // Two statements: the third's rows go.
    let second = three.find("Hallowmere Council").unwrap();
    std::fs::write(&file, &three[..second]).unwrap();
    let out = sqlite(&input, &db);
    let err = text(&out.stderr);
    assert!(
        err.contains("0 added, 2 replaced, 1 unchanged, 1 removed"),
        "{err}"
    );
    assert_eq!(decision_names(&db), [name("#1"), name("#2"), notes.clone()]);
    // One statement: it is named by the file alone, and both parts go.
    let first = three.find("Gorsebrook County Council").unwrap();
    std::fs::write(&file, &three[..first]).unwrap();
    let out = sqlite(&input, &db);
    let err = text(&out.stderr);
    assert!(
        err.contains("1 added, 0 replaced, 1 unchanged, 2 removed"),
        "{err}"
    );
    assert_eq!(decision_names(&db), [name(""), notes]);
    let [decisions, paragraphs, _, fts] = counts(&db);
    assert_eq!(decisions, 2);
    assert_eq!(paragraphs, fts);
}

#[test]
fn a_run_killed_inside_its_first_chunk_leaves_the_database_as_it_was() {
    let files = txt_files(&fixtures_dir());
    let tmp = tempfile::tempdir().unwrap();
    let first = repeated(&files[..10], 1);
    let db = tmp.path().join("lgsco.db");
    sqlite(first.path(), &db);
    let before = counts(&db);
    let more = repeated(&files, 3);
    let out = lgsco()
        .env("LGSCO_TEST_EXIT_AFTER", "25")
        // One chunk for the whole run, however slow the machine.
        .env("LGSCO_TEST_CHUNK", "1000")
        .args([
            "sqlite",
            more.path().to_str().unwrap(),
            "--out",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "the hook stopped the run");
    assert_eq!(
        counts(&db),
        before,
        "nothing of the interrupted run is kept"
    );
    // The next run completes.
    let out = sqlite(more.path(), &db);
    assert!(out.status.code().unwrap() <= 1);
    assert_eq!(
        counts(&db)[0],
        before[0] + 3 * statement_names(&files).len()
    );
}

#[test]
fn a_full_text_query_finds_the_statements_that_say_it() {
    let dir = fixtures_dir();
    let files = txt_files(&dir);
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    sqlite(&dir, &db);
    let conn = Connection::open(&db).unwrap();
    for word in ["homelessness", "school", "parking", "refund"] {
        let mut stmt = conn
            .prepare(
                "SELECT DISTINCT d.file FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid
                 JOIN decisions d ON d.source = p.source
                 WHERE paragraphs_fts MATCH ?1 ORDER BY d.file",
            )
            .unwrap();
        let found: Vec<String> = stmt
            .query_map([word], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut want: Vec<String> = parsed(&files)
            .into_iter()
            .filter(|(_, d)| {
                let summary = d
                    .summary
                    .iter()
                    .any(|s| s.text.to_lowercase().contains(word));
                summary
                    || d.paragraphs()
                        .any(|(_, p)| p.full_text().to_lowercase().contains(word))
            })
            .map(|(f, _)| f)
            .collect();
        want.sort();
        assert!(!want.is_empty(), "{word} is in some fixture");
        assert_eq!(found, want, "{word}");
    }
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn sqlite_over_the_real_statements() {
    let Some(shared) = shared() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    for sub in ["seeds", "corpus", "corpus-2"] {
        let dir = shared.join(sub);
        if !dir.is_dir() {
            continue;
        }
        let files = txt_files(&dir);
        let before = counts(&db);
        sqlite(&dir, &db);
        let [d, p, c] = expected(&files);
        let after = counts(&db);
        assert_eq!(
            after,
            [before[0] + d, before[1] + p, before[2] + c, before[3] + p]
        );
        sqlite(&dir, &db);
        assert_eq!(counts(&db), after);
    }
}

/// The build script's `cfg(lgsco_no_shared)`, which marks the real-statement
/// tests ignored, agrees with what is on disk.
#[test]
fn shared_cfg_matches_the_directory() {
    assert_eq!(cfg!(lgsco_no_shared), shared().is_none());
}
