//! Windows give the trees that the whole rest of the text gives.

use super::oracle::agree;
use crate::Options;
use std::path::Path;

/// Fails unless every window size gives what the whole rest gives.
fn same(text: &str, options: &Options) {
    if let Err(e) = agree(text, options) {
        panic!("{e}:\n{text}");
    }
}

/// Real statements (when `../shared` is there), the sample, and each of
/// them with its closing line dropped and blank lines after its title, so
/// that the next one is found by its title and header, further ahead.
fn statements() -> Vec<String> {
    let mut texts = vec![crate::SAMPLE.to_string()];
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    for dir in ["seeds", "corpus", "corpus-2"] {
        let Ok(entries) = std::fs::read_dir(shared.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    let variants = texts.iter().map(|t| {
        let unsigned: Vec<&str> = t.lines().filter(|l| !l.contains("on behalf of")).collect();
        unsigned.join("\n").replacen('\n', "\n\n \u{feff}\n\t\n", 1)
    });
    let mut variants: Vec<String> = variants.collect();
    texts.append(&mut variants);
    texts
}

#[test]
fn windows_give_the_trees_the_whole_rest_gives() {
    let options = Options::default()
        .max_input_len(usize::MAX)
        .max_nodes(usize::MAX);
    let texts = statements();
    for group in texts.chunks(5) {
        same(&group.join("\n"), &options);
        same(&group.join("\n\n\n"), &options);
    }
}

#[test]
fn statements_joined_in_odd_ways_read_the_same() {
    let s = crate::SAMPLE;
    let title = "Borsetshire County Council (24 012 346)\n";
    let texts = [
        // A title, blank lines, then a header: a statement without its closing line.
        format!(
            "{}\n{title}\n\n\n\nCategory : Noise\n{s}",
            &s[..s.len() / 2]
        ),
        // A title with no header after it: a paragraph, not a statement.
        format!("{}\n{title}\n\n\nsome text\n{s}", &s[..s.len() / 2]),
        format!("{s}{title}"),
        format!("{s}{title}\n   \n"),
        format!("{s}\r\n{s}\u{2028}{s}"),
        format!("junk\n{}\n{s}", "x\n".repeat(5000)),
        s.repeat(40),
        s.replace('\n', "\r\n").repeat(3),
    ];
    for text in &texts {
        same(text, &Options::default());
    }
}

#[test]
fn the_node_limit_counts_the_rest_of_the_text() {
    let text = format!("{}\n", crate::SAMPLE).repeat(6);
    let lines = super::limit::lines(&text);
    for max in [lines - 1, lines, lines + 2, lines + 40] {
        same(&text, &Options::default().max_nodes(max));
    }
    let too_long = Options::default().max_input_len(text.len() - 1);
    same(&text, &too_long);
}
