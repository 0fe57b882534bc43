//! The direction of the crate's imports, read from the source: every
//! `crate::` path (`use` lines and paths in code, test modules included;
//! comments and string literals left out) of every file under `src/`,
//! resolved to the top-level module it names, through the `use` list of
//! `lib.rs` where the path names a re-export (`crate::Citation` is `tree`).
//! `super::` paths are not followed: the crate's top-level files use them
//! only in their test modules, where they stay inside the file.
//!
//! - `tree/` is the ground floor: it imports nothing of the crate but
//!   `text/` (spans). The passes that fill, check, read and render the tree
//!   import it, never the other way round.
//! - `parse/` (grammar and builder) and `citation/` (the citation pass)
//!   import neither each other: `pipeline/` calls one after the other.
//! - No two modules import each other (`lib.rs`, the crate's face, aside).
//!
//! `cargo test --test layers -- --nocapture` prints each module's imports.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// What `tree/` may import besides itself.
const UNDER_TREE: &[&str] = &["text"];

/// Pairs of which neither side may import the other.
const APART: &[(&str, &str)] = &[("parse", "citation")];

#[test]
fn tree_is_the_ground_floor() {
    let graph = graph();
    let tree = &graph["tree"];
    let above: Vec<_> = tree
        .iter()
        .filter(|(m, _)| !UNDER_TREE.contains(&m.as_str()))
        .collect();
    assert!(
        above.is_empty(),
        "src/tree/ imports modules above it (module, files): {above:?}"
    );
}

#[test]
fn parse_and_citation_stand_apart() {
    let graph = graph();
    for (a, b) in APART {
        for (from, to) in [(a, b), (b, a)] {
            let files = graph.get(*from).and_then(|m| m.get(*to));
            assert!(
                files.is_none(),
                "src/{from}/ imports src/{to}/ in {files:?}: the pipeline calls both"
            );
        }
    }
}

#[test]
fn no_two_modules_import_each_other() {
    let graph = graph();
    for (a, imports) in &graph {
        for b in imports
            .keys()
            .filter(|&b| a < b && a != "lib" && b != "lib")
        {
            if let Some(back) = graph.get(b).and_then(|m| m.get(a)) {
                panic!(
                    "src/{a}/ and src/{b}/ import each other: {:?} and {back:?}",
                    imports[b]
                );
            }
        }
    }
}

/// The test reads what it checks: each rule names modules that exist.
#[test]
fn the_rules_name_real_modules() {
    let graph = graph();
    for m in ["tree", "text", "parse", "citation"] {
        assert!(graph.contains_key(m), "no module `{m}` under src/");
    }
    // A known import is found, so the reader works.
    assert!(graph["citation"].contains_key("tree"));
}

/// `cargo test --test layers -- --nocapture` prints the graph.
#[test]
fn prints_the_graph() {
    for (from, to) in graph() {
        let names: Vec<&str> = to.keys().map(String::as_str).collect();
        println!("{from} -> {}", names.join(", "));
    }
}

/// Module -> module it imports -> the files that import it.
type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let lib = code(&fs::read_to_string(src.join("lib.rs")).unwrap());
    let modules: BTreeSet<String> = files.iter().map(|f| top_module(f, &src)).collect();
    let roots = root_names(&lib, &modules);
    let mut graph = Graph::new();
    for file in &files {
        let from = top_module(file, &src);
        let text = code(&fs::read_to_string(file).unwrap());
        let entry = graph.entry(from.clone()).or_default();
        for (name, path) in crate_paths(&text) {
            // `crate::parse::X` is the module, `crate::parse(text)` the
            // function of lib.rs.
            let to = (if path { modules.get(&name) } else { None })
                .or_else(|| roots.get(&name))
                .or_else(|| modules.get(&name))
                .unwrap_or_else(|| panic!("{}: `crate::{name}` names nothing", file.display()));
            if to != &from && to != "extern" {
                let rel = file.strip_prefix(&src).unwrap().display().to_string();
                entry.entry(to.clone()).or_default().insert(rel);
            }
        }
    }
    graph
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
}

/// `tree` for `src/tree/visit.rs`, `options` for `src/options.rs`, `lib`
/// for `src/lib.rs`.
fn top_module(file: &Path, src: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// What each item at the crate root stands for: the module a `use` of
/// `lib.rs` takes it from, `lib` for what `lib.rs` defines, `extern` for
/// another crate.
fn root_names(lib: &str, modules: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    // `pub use tree::{A, B};`, `pub(crate) use text::bytes;`, `pub use chrono;`
    for stmt in lib.split(';') {
        let word = |&(at, _): &(usize, &str)| !stmt[..at].ends_with(is_ident);
        let Some((at, _)) = stmt.match_indices("use ").find(word) else {
            continue;
        };
        let path = stmt[at + 4..].trim();
        let (module, rest) = path.split_once("::").unwrap_or((path, ""));
        let module = if modules.contains(module) {
            module
        } else {
            "extern"
        };
        if rest.is_empty() {
            names.insert(path.to_owned(), module.to_owned());
        }
        let rest = rest.trim_start_matches('{').trim_end_matches('}');
        for item in rest.split(',') {
            let item = item.trim();
            let last = item
                .rsplit(" as ")
                .next()
                .unwrap()
                .rsplit("::")
                .next()
                .unwrap();
            if !last.is_empty() {
                names.insert(last.trim().to_owned(), module.to_owned());
            }
        }
    }
    // `pub fn parse`, `pub const SAMPLE`, `pub mod json_schema`, ...
    for line in lib.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let Some(i) = words
            .iter()
            .position(|w| matches!(*w, "fn" | "const" | "static" | "struct" | "mod"))
            && let Some(name) = words.get(i + 1)
        {
            let name: String = name
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !modules.contains(&name) || words[i] == "fn" {
                names.entry(name).or_insert_with(|| "lib".to_owned());
            }
        }
    }
    names
}

/// The first name of every `crate::` path, and whether more of the path
/// follows it: `tree` for `crate::tree::X`, `A` and `tree` for
/// `crate::{A, tree::X}`, `parse` alone for `crate::parse(text)`.
fn crate_paths(code: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    for (at, _) in code.match_indices("crate::") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => {
                        item_start = false;
                        out.push(first(&group[i..]));
                    }
                    _ => {}
                }
            }
        } else {
            out.push(first(rest));
        }
    }
    out.retain(|(n, _)| !n.is_empty() && n != "self");
    out
}

fn first(s: &str) -> (String, bool) {
    let name: String = s.chars().take_while(|&c| is_ident(c)).collect();
    let path = s[name.len()..].trim_start().starts_with("::");
    (name, path)
}

/// The code without comments, and string and character literals without
/// their contents: `"http://crate::x"` is neither a comment nor a path.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let prev = text[..i].chars().next_back();
        let skip = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if rest.starts_with("/*") {
            block_comment(rest)
        } else if rest.starts_with('"') {
            string(rest)
        } else if rest.starts_with('r') && !prev.is_some_and(is_ident) {
            raw_string(rest).unwrap_or(0)
        } else if rest.starts_with('\'') {
            char_literal(rest).unwrap_or(0)
        } else {
            0
        };
        if skip > 0 {
            out.push(' ');
            i += skip;
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The length of the (nested) block comment at the start of `s`.
fn block_comment(s: &str) -> usize {
    let mut depth = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with("/*") {
            depth += 1;
            i += 2;
        } else if s[i..].starts_with("*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += s[i..].chars().next().unwrap().len_utf8();
        }
    }
    s.len()
}

/// The length of the string literal at the start of `s`.
fn string(s: &str) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The length of a raw string literal (`r"..."`, `r#"..."#`) at the start
/// of `s`.
fn raw_string(s: &str) -> Option<usize> {
    let body = s.strip_prefix('r')?;
    let hashes = body.len() - body.trim_start_matches('#').len();
    let open = body[hashes..].strip_prefix('"')?;
    let close = format!("\"{}", "#".repeat(hashes));
    Some(1 + hashes + 1 + open.find(&close)? + close.len())
}

/// The length of a character literal (`'"'`, `'\''`, `'\u{a0}'`) at the
/// start of `s`; `None` for a lifetime (`'a`).
fn char_literal(s: &str) -> Option<usize> {
    let body = &s[1..];
    if let Some(escape) = body.strip_prefix('\\') {
        return Some(3 + escape[1..].find('\'')? + 1);
    }
    let c = body.chars().next()?;
    body[c.len_utf8()..]
        .starts_with('\'')
        .then(|| 2 + c.len_utf8())
}

#[test]
fn the_reader_reads_paths_and_skips_comments() {
    let text = "use crate::{Span, tree::{A, B}};\n// crate::x\nlet u = \"http://crate::y\"; /* crate::z */ crate::parse::run(r#\"crate::w\"#, '\"');";
    let code = code(text);
    let paths = crate_paths(&code);
    let names: Vec<(&str, bool)> = paths.iter().map(|(n, p)| (n.as_str(), *p)).collect();
    assert_eq!(names, [("Span", false), ("tree", true), ("parse", true)]);
}
