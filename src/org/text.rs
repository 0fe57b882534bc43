//! Councils named in a statement's text (`Kent County Council`, `London
//! Borough of Ealing`), for statements printed without a header.

use super::register::{self, Level};
use super::{find_council, Council, Found};

/// Words read from the start of a text: a statement is far shorter; a
/// flood of words is not read to its end.
const MAX_TOKENS: usize = 20_000;

/// Longest name looked at, in words (`Bournemouth, Christchurch and Poole
/// Council` is six).
const MAX_WORDS: usize = 8;

struct Token<'t> {
    word: &'t str,
    /// Punctuation or a possessive after it: a name cannot run on.
    ends: bool,
}

/// The single council the text names in full, with the name as printed
/// the first time; `None` when it names none or more than one.
pub(super) fn only_council(text: &str) -> Option<(String, Council)> {
    let tokens: Vec<Token<'_>> = text
        .split_whitespace()
        .take(MAX_TOKENS)
        .filter_map(token)
        .collect();
    let mut found: Option<(String, Council)> = None;
    let mut i = 0;
    while i < tokens.len() {
        let Some((end, council)) = longest_at(&tokens, i) else {
            i += 1;
            continue;
        };
        match &found {
            Some((_, c)) if *c != council => return None,
            Some(_) => {}
            None => {
                let name: Vec<&str> = tokens[i..=end].iter().map(|t| t.word).collect();
                found = Some((name.join(" "), council));
            }
        }
        i = end + 1;
    }
    found
}

fn token(raw: &str) -> Option<Token<'_>> {
    let start = raw.trim_start_matches(['(', '"', '“', '‘', '\'', '[']);
    let mut word =
        start.trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?', '"', '”', '’', '\'']);
    let mut ends = word.len() < start.len();
    for possessive in ["’s", "'s"] {
        if let Some(w) = word.strip_suffix(possessive) {
            word = w;
            ends = true;
        }
    }
    (!word.is_empty()).then_some(Token { word, ends })
}

fn is_connector(word: &str) -> bool {
    matches!(word, "and" | "&" | "of" | "upon" | "on" | "under" | "the")
}

fn is_designation(word: &str) -> bool {
    matches!(
        word,
        "Council" | "Borough" | "City" | "County" | "Corporation"
    )
}

/// The longest run of words from `i` that names one council.
fn longest_at(tokens: &[Token<'_>], i: usize) -> Option<(usize, Council)> {
    let first = &tokens[i];
    if !first.word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut best = None;
    let mut designated = false;
    for j in i..tokens.len().min(i + MAX_WORDS) {
        let t = &tokens[j];
        let capital = t.word.starts_with(|c: char| c.is_uppercase());
        if !capital && !is_connector(t.word) {
            break;
        }
        designated |= is_designation(t.word);
        if designated && capital {
            let name: Vec<&str> = tokens[i..=j].iter().map(|t| t.word).collect();
            let name = name.join(" ");
            if !register::keys(&name)[Level::Core as usize].is_empty() {
                if let Found::One(council) = find_council(&name, Level::Core) {
                    best = Some((j, council));
                }
            }
        }
        if t.ends {
            break;
        }
    }
    best
}
