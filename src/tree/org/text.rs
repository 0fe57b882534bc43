//! Councils named in a statement's text (`Kent County Council`, `London
//! Borough of Ealing`), for statements printed without a header.

use super::register::Level;
use super::{find_council, Council, Found};

/// Words saying what sort of council that are looked for first: only the
/// runs of capitalised words around them are read, so a statement that
/// prints `the Council` on every line costs a few look-ups.
const DESIGNATIONS: [&str; 5] = ["Council", "Borough", "City", "County", "Corporation"];

/// Runs read at most: a statement holds far fewer; a flood of them is not
/// read to its end.
const MAX_RUNS: usize = 5_000;

/// Longest name looked at, in words (`Bournemouth, Christchurch and Poole
/// Council` is six).
const MAX_WORDS: usize = 8;

/// Longest run of name words kept around a designation, each way.
const MAX_RUN: usize = 16;

struct Token<'t> {
    word: &'t str,
    /// Punctuation or a possessive after it: a name cannot run on. Not a
    /// comma, as inside `Bournemouth, Christchurch and Poole Council`.
    ends: bool,
}

/// The single council the text names in full, with the name as printed
/// the first time; `None` when it names none or more than one.
pub(super) fn only_council(text: &str) -> Option<(String, Council)> {
    let mut at: Vec<usize> = DESIGNATIONS
        .iter()
        .flat_map(|d| text.match_indices(d).map(|(i, _)| i))
        .collect();
    at.sort_unstable();
    let mut found: Option<(String, Council)> = None;
    let mut done = 0;
    let mut runs = 0;
    for k in at {
        if k < done {
            continue;
        }
        runs += 1;
        if runs > MAX_RUNS {
            break;
        }
        let (tokens, end) = run_around(text, k);
        done = end.max(k + 1);
        let mut i = 0;
        while i < tokens.len() {
            let Some((last, council)) = longest_at(&tokens, i) else {
                i += 1;
                continue;
            };
            // Perhaps the tail of a longer name the register does not know
            // (`Poole Council` of `Bournemouth, Christchurch and Poole
            // Council`), perhaps a second council (`Medway Council and Kent
            // County Council`): either way, not one council for certain.
            if i > 0 && joins(tokens[i - 1].word) {
                return None;
            }
            match &found {
                Some((_, c)) if *c != council => return None,
                Some(_) => {}
                None => {
                    let name: Vec<&str> = tokens[i..=last].iter().map(|t| t.word).collect();
                    found = Some((name.join(" "), council));
                }
            }
            i = last + 1;
        }
    }
    found
}

/// Whether a word can be part of a council's name.
fn in_name(t: &Token<'_>) -> bool {
    t.word.starts_with(|c: char| c.is_uppercase()) || is_connector(t.word)
}

/// The run of name words around the word at byte `k` (capitalised words
/// and connectors, not across punctuation), and where it ends.
fn run_around(text: &str, k: usize) -> (Vec<Token<'_>>, usize) {
    // Back to the start of the word at `k`, then word by word.
    let mut start = text[..k].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    for _ in 0..MAX_RUN {
        let before = text[..start].trim_end();
        if before.len() == start {
            break; // no blank before: the start of the text
        }
        let word_start = before.rfind(char::is_whitespace).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        match token(&before[word_start..]) {
            Some(t) if in_name(&t) && !t.ends => start = word_start,
            None => start = word_start,
            Some(_) => break,
        }
    }
    let mut tokens = Vec::new();
    let mut end = start;
    for raw in text[start..].split_whitespace() {
        let offset = raw.as_ptr() as usize - text.as_ptr() as usize;
        let Some(t) = token(raw) else {
            end = offset + raw.len();
            continue;
        };
        if !in_name(&t) || tokens.len() >= 2 * MAX_RUN {
            break;
        }
        let ends = t.ends;
        tokens.push(t);
        end = offset + raw.len();
        if ends && offset + raw.len() > k {
            break;
        }
    }
    (tokens, end)
}

fn token(raw: &str) -> Option<Token<'_>> {
    let start = raw.trim_start_matches(['(', '"', '“', '‘', '\'', '[']);
    let mut word =
        start.trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?', '"', '”', '’', '\'']);
    let comma = &start[word.len()..] == ",";
    let mut ends = word.len() < start.len() && !comma;
    for possessive in ["’s", "'s"] {
        if let Some(w) = word.strip_suffix(possessive) {
            word = w;
            ends = true;
        }
    }
    (!word.is_empty()).then_some(Token { word, ends })
}

/// A word that joins two parts of one name.
fn joins(word: &str) -> bool {
    matches!(word, "and" | "&" | "of" | "upon" | "on" | "under")
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

/// The longest run of words from `i` that names one council. Only runs
/// that hold a word saying what sort of council and a word of a place
/// (`Kent`, not `The` or `Council`) are looked up: `the Council`, printed
/// in every statement, costs no look-up.
fn longest_at(tokens: &[Token<'_>], i: usize) -> Option<(usize, Council)> {
    let first = &tokens[i];
    let capital = |t: &Token<'_>| t.word.starts_with(|c: char| c.is_uppercase());
    if !capital(first) || first.word == "The" {
        return None;
    }
    if is_designation(first.word) && tokens.get(i + 1).is_none_or(|t| t.word != "of") {
        return None;
    }
    let mut best = None;
    let (mut designated, mut placed) = (false, false);
    for j in i..tokens.len().min(i + MAX_WORDS) {
        let t = &tokens[j];
        if !capital(t) && !is_connector(t.word) {
            break;
        }
        if is_designation(t.word) {
            designated = true;
        } else if capital(t) && t.word != "The" {
            placed = true;
        }
        if designated && placed && capital(t) {
            let name: Vec<&str> = tokens[i..=j].iter().map(|t| t.word).collect();
            if let Found::One(council) = find_council(&name.join(" "), Level::Core) {
                best = Some((j, council));
            }
        }
        if t.ends {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::only_council;

    fn code(text: &str) -> Option<&'static str> {
        only_council(text).map(|(_, c)| c.code())
    }

    #[test]
    fn names_in_running_text() {
        assert_eq!(
            code("He wrote to the London Borough of Ealing’s housing team."),
            Some("EAL")
        );
        assert_eq!(
            code("Since 2019, Bournemouth, Christchurch and Poole Council has"),
            Some("BPC")
        );
        assert_eq!(code("The Council of the Isles of Scilly said"), Some("IOS"));
        assert_eq!(
            code("Kent County Council\n\nView Kent County Council scorecard\n"),
            Some("KEN")
        );
        assert_eq!(
            code("Mr X complained to the Council. Councillor Y replied."),
            None
        );
        assert_eq!(
            code("In 2020 the City Council and the County Council met."),
            None
        );
        // A name cut short is not read as another council's.
        assert_eq!(
            code("Mr X moved to North Somerset Council’s area."),
            Some("NSM")
        );
        assert_eq!(code("Medway Council and Kent County Council"), None);
        assert_eq!(code("However, Kent County Council said"), Some("KEN"));
        assert_eq!(code("Mr X and Kent County Council agreed."), None);
    }
}
