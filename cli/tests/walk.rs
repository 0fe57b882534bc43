//! The tool's folders and files (issue 24): links that loop, FIFOs, sparse
//! files, joined files, outputs named alike, a full disk.
#![cfg(unix)]

mod common;

use common::*;
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

fn copy(fixture: &str, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(fixtures_dir().join(fixture), to).unwrap();
}

/// Wait for the tool, failing the test (and killing it) past `secs`.
fn finish_within(mut child: Child, secs: u64) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("the tool did not finish in {secs} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn spawn(args: &[&str]) -> Child {
    lgsco()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn a_link_loop_is_followed_once_with_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    copy("web.txt", &root.join("a/x.txt"));
    std::os::unix::fs::symlink("..", root.join("a/loop")).unwrap();
    std::os::unix::fs::symlink("a", root.join("b")).unwrap();
    // A link to a folder outside is read, once.
    copy("dashed.txt", &tmp.path().join("outside/y.txt"));
    std::os::unix::fs::symlink("../outside", root.join("c")).unwrap();
    std::os::unix::fs::symlink("../outside", root.join("d")).unwrap();
    let out = finish_within(spawn(&["json", root.to_str().unwrap()]), 60);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let files: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["file"].as_str().unwrap().to_owned()
        })
        .collect();
    let a = root.join("a/x.txt").display().to_string();
    let c = root.join("c/y.txt").display().to_string();
    assert_eq!(files, [a, c], "each file once, by its real folder");
    for skipped in ["a/loop", "b", "d"] {
        let line = format!(
            "{}: a link to a folder already read",
            root.join(skipped).display()
        );
        assert!(err.contains(&line), "{skipped}: {err}");
    }
}

#[test]
fn a_fifo_in_a_folder_is_skipped_never_opened() {
    let tmp = tempfile::tempdir().unwrap();
    copy("web.txt", &tmp.path().join("good.txt"));
    let fifo = tmp.path().join("x.txt");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let out = finish_within(spawn(&["check", tmp.path().to_str().unwrap()]), 60);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(text(&out.stdout).contains("1 file checked"));
    assert!(
        err.contains(&format!(
            "{}: not a regular file (a FIFO); skipped",
            fifo.display()
        )),
        "{err}"
    );
}

#[test]
fn a_sparse_file_is_refused_by_its_size_unread() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    // Reading it would take 2 GiB: the tool runs in 512 MiB of address
    // space (thread stacks and allocator arenas included).
    let script = format!(
        "ulimit -v 524288 && exec '{}' check '{}' '{}'",
        env!("CARGO_BIN_EXE_lgsco"),
        big.display(),
        fixtures_dir().join("web.txt").display()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("2147483648 bytes, over the limit of 4194304"),
        "{stdout}"
    );
    assert!(stdout.contains("2 files checked"), "{stdout}");
    // Standard input is read no further than a byte past the limit.
    let out = run_with_stdin(
        &["check", "--max-input-bytes", "1000", "-"],
        &vec![b'a'; 5000],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("1001 bytes, over the limit of 1000"));
}

#[test]
fn a_joined_file_is_held_once_not_once_per_statement() {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        eprintln!("skipped: /usr/bin/time is absent, to measure the tool's peak memory");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let one = std::fs::read_to_string(fixtures_dir().join("several.txt")).unwrap();
    let joined = tmp.path().join("joined.txt");
    // 300 statements in 135 kB: a copy each would be 40 MB.
    std::fs::write(&joined, one.repeat(100)).unwrap();
    let out = std::process::Command::new(time)
        .args(["-f", "peak %M"])
        .arg(env!("CARGO_BIN_EXE_lgsco"))
        .args(["json", "--no-progress", joined.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).lines().count(), 300);
    let err = text(&out.stderr);
    let kb: usize = err
        .lines()
        .find_map(|l| l.strip_prefix("peak "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(kb < 40_000, "peak {kb} kB");
}

#[test]
fn akn_names_each_document_by_its_path_and_never_overwrites_one() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy("web.txt", &input.join("a/x.txt"));
    copy("dashed.txt", &input.join("b/x.txt"));
    copy("several.txt", &input.join("y.txt"));
    let xml = tmp.path().join("xml");
    let out = run(&["akn", input.to_str().unwrap(), "-o", xml.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut names: Vec<String> = txt_like(&xml);
    names.sort();
    assert_eq!(
        names,
        ["a/x.xml", "b/x.xml", "y#1.xml", "y#2.xml", "y#3.xml"]
    );
    let a = std::fs::read_to_string(xml.join("a/x.xml")).unwrap();
    let b = std::fs::read_to_string(xml.join("b/x.xml")).unwrap();
    assert_ne!(a, b);
    // Two folders named, each with an `x.txt`: the second is refused.
    let again = tmp.path().join("again");
    let out = run(&[
        "akn",
        input.join("a").to_str().unwrap(),
        input.join("b").to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("would both be written here; not overwritten"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(again.join("x.xml")).unwrap(), a);
}

/// The files below `dir`, as relative paths.
fn txt_like(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out
}

/// A 64 KiB tmpfs, unmounted when dropped.
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(at: &Path) -> Result<Tmpfs, String> {
        std::fs::create_dir_all(at).unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(at)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(Tmpfs(at.to_path_buf()))
        } else {
            Err(text(&out.stderr))
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_leaves_no_cut_file_under_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    for n in 0..60 {
        copy("web.txt", &input.join(format!("s{n:02}.txt")));
    }
    let disk = tmp.path().join("disk");
    let _mounted = match Tmpfs::mount(&disk) {
        Ok(m) => m,
        Err(why) => {
            println!("skipped: cannot mount a 64 KiB tmpfs (needs root): {why}");
            eprintln!("skipped: cannot mount a 64 KiB tmpfs (needs root): {why}");
            return;
        }
    };
    let input = input.to_str().unwrap();
    // No temporary file is left either.
    let no_temp = |dir: &Path| {
        for name in txt_like(dir) {
            assert!(!name.contains(".lgsco-"), "{name} left behind");
        }
    };

    let xml = disk.join("xml");
    let out = run(&["akn", input, "-o", xml.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("No space left"));
    let written = txt_like(&xml);
    assert!(!written.is_empty() && written.len() < 60, "{written:?}");
    for name in written {
        let doc = std::fs::read_to_string(xml.join(&name)).unwrap();
        assert!(doc.ends_with("</akomaNtoso>\n"), "{name} is cut");
    }
    no_temp(&disk);
    std::fs::remove_dir_all(&xml).unwrap();

    let tables = disk.join("tables");
    let out = run(&["table", input, "-o", tables.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    for name in txt_like(&tables) {
        let csv = std::fs::read_to_string(tables.join(&name)).unwrap();
        assert!(csv.ends_with('\n'), "{name} is cut");
        // Every table put in place is whole: as many rows as statements.
        if name == "decisions.csv" {
            assert_eq!(csv_rows(&tables.join(&name)).1.len(), 60);
        }
    }
    no_temp(&disk);
    std::fs::remove_dir_all(&tables).unwrap();

    // The database commits whole chunks: what it holds is consistent.
    let db = disk.join("d.db");
    let out = run(&["sqlite", input, "-o", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    if db.exists() {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
    }
}
