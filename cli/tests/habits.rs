//! One set of habits across the commands: options before or after the
//! command, -o/-q/-j, one --format vocabulary, JSON that parses, escaped
//! control characters, warnings for a likely wrong encoding.

mod common;
use common::*;

fn web() -> String {
    fixtures_dir().join("web.txt").to_str().unwrap().to_owned()
}

#[test]
fn shared_options_come_before_or_after_the_command() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.db");
    let b = tmp.path().join("b.db");
    let w = web();
    let before = run(&[
        "-q",
        "--ext",
        "txt",
        "-o",
        a.to_str().unwrap(),
        "sqlite",
        &w,
    ]);
    let after = run(&[
        "sqlite",
        &w,
        "-o",
        b.to_str().unwrap(),
        "--quiet",
        "--ext",
        "txt",
    ]);
    for out in [&before, &after] {
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "quiet: {}", text(&out.stderr));
    }
    assert!(a.exists() && b.exists());
    let loud = run(&["sqlite", &w, "-o", b.to_str().unwrap()]);
    assert!(text(&loud.stderr).contains("1 unchanged"));
    assert_eq!(
        run(&["sqlite", &w]).status.code(),
        Some(2),
        "sqlite needs -o"
    );
    assert_eq!(run(&["table", &w]).status.code(), Some(2), "table needs -o");
}

#[test]
fn jobs_and_out_file() {
    let dir = fixtures_dir();
    let d = dir.to_str().unwrap();
    let all = run(&["json", d]);
    let one = run(&["-j", "1", "json", d]);
    assert_eq!(all.stdout, one.stdout, "the same output on one thread");
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("out.jsonl");
    let out = run(&["json", d, "-o", file.to_str().unwrap()]);
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(&file).unwrap(), all.stdout);
    assert_eq!(run(&["-j", "0", "json", d]).status.code(), Some(2));
}

#[test]
fn one_format_vocabulary() {
    let dir = fixtures_dir();
    let d = dir.to_str().unwrap();
    for sub in ["check", "stats"] {
        let text_out = run(&[sub, "--format", "text", d]);
        assert!(!text_out.stdout.is_empty(), "{sub} --format text");
        let json = run(&[sub, "--format", "json", d]);
        let body = text(&json.stdout);
        let first = body.lines().next().unwrap();
        assert!(first.starts_with('{'), "{sub} --format json: {first}");
    }
    let human = run(&["check", "--format", "human", d]);
    assert_eq!(
        human.stdout,
        run(&["check", "--format", "text", d]).stdout,
        "the old name still works"
    );
    let tsv = tempfile::tempdir().unwrap();
    let out = run(&[
        "table",
        "--format",
        "tsv",
        d,
        "-o",
        tsv.path().to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap() <= 1);
    assert!(tsv.path().join("decisions.tsv").exists());
}

#[test]
fn json_is_json_lines_and_pretty_is_one_array() {
    let d = fixtures_dir();
    let lines = run(&["json", d.to_str().unwrap()]);
    let objects: Vec<serde_json::Value> = text(&lines.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pretty = run(&["json", "--pretty", d.to_str().unwrap()]);
    let array: Vec<serde_json::Value> = serde_json::from_slice(&pretty.stdout).unwrap();
    assert_eq!(array, objects);
    assert!(
        text(&pretty.stdout).contains("\n  {\n    \"file\""),
        "indented"
    );
    let one = run(&["json", "--pretty", &web()]);
    let array: Vec<serde_json::Value> = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(array.len(), 1);
}

#[test]
fn akn_needs_a_folder_for_several_statements() {
    let several = fixtures_dir().join("several.txt");
    let out = run(&[
        "akn",
        &web(),
        fixtures_dir().join("dashed.txt").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("-o DIR"));
    let out = run(&["akn", several.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no half stream");
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&[
        "akn",
        several.to_str().unwrap(),
        "-o",
        tmp.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["several#1.xml", "several#2.xml", "several#3.xml"]);
}

#[test]
fn akn_of_a_statement_without_a_header_takes_the_reference_from_the_file_name() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("22-003-748__ai.txt");
    std::fs::copy(fixtures_dir().join("mirror.txt"), &path).unwrap();
    let out = run(&["akn", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let xml = text(&out.stdout);
    assert!(xml.contains("FRBRnumber value=\"22 003 748\""), "{xml}");
    assert!(!xml.contains("1970-01-01"), "no made-up date");
    assert!(
        xml.contains("name=\"reference year\""),
        "the reference year stands in, and says so"
    );
}

#[test]
fn control_characters_from_the_input_are_escaped() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("bell\u{7}.txt");
    let mut bytes = std::fs::read(fixtures_dir().join("truncated.txt")).unwrap();
    bytes.extend_from_slice(b"\n\x1b[2JDear Ombudsman\n");
    std::fs::write(&path, &bytes).unwrap();
    for args in [vec!["check"], vec!["show"], vec!["json"]] {
        let mut args = args.clone();
        args.push(path.to_str().unwrap());
        let out = run(&args);
        for stream in [&out.stdout, &out.stderr] {
            assert!(
                !stream.iter().any(|&b| b == 0x1b || b == 0x07),
                "{args:?}: {}",
                text(stream)
            );
        }
    }
    let out = run(&["check", path.to_str().unwrap()]);
    assert!(
        text(&out.stdout).contains("bell\\u{7}.txt"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn windows_1252_asked_for_utf8_text_warns() {
    let out = run(&["json", "--encoding", "windows-1252", &web()]);
    let err = text(&out.stderr);
    assert!(
        err.contains("valid UTF-8 but was read as Windows-1252"),
        "{err}"
    );
    let out = run(&["json", "--encoding", "auto", &web()]);
    assert!(!text(&out.stderr).contains("warning"));
}

/// In a terminal (`script` gives one), the progress bar shows whole
/// numbers and never shares a line with the output.
#[test]
fn the_progress_bar_never_splits_an_output_line() {
    let have_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    // Absent, the test fails rather than passing without a terminal:
    // `.ci/run` installs it (util-linux's `bsdutils`).
    assert!(
        have_script,
        "`script` (util-linux) is needed to run lgsco in a terminal: apt-get install bsdutils"
    );
    let dir = repeated(&txt_files(&fixtures_dir()), 8);
    let command = format!(
        "{} -j 1 check {}",
        env!("CARGO_BIN_EXE_lgsco"),
        dir.path().display()
    );
    let out = std::process::Command::new("script")
        .args(["-qc", &command, "/dev/null"])
        .output()
        .unwrap();
    let screen = text(&out.stdout);
    // Drop the terminal's escape sequences, then look at each line drawn.
    let mut plain = String::new();
    let mut chars = screen.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                while chars.next().is_some_and(|c| !c.is_ascii_alphabetic()) {}
            }
            continue;
        }
        plain.push(c);
    }
    let lines: Vec<&str> = plain.split(['\r', '\n']).collect();
    assert!(lines.iter().any(|l| l.contains("checked:")), "{plain}");
    assert!(
        lines.iter().any(|l| l.contains("files/s")),
        "the bar was drawn"
    );
    for line in &lines {
        if line.contains("files/s") {
            assert!(
                !line.contains(": note[") && !line.contains(": error["),
                "split: {line}"
            );
            let rate = line
                .split(" files/s")
                .next()
                .unwrap()
                .rsplit(' ')
                .next()
                .unwrap();
            assert!(rate.parse::<u64>().is_ok(), "a whole rate: {line}");
        }
    }
}
