//! The backwards walk from `Act` over the words of a title.

/// How far back a title may reach, in words and in bytes.
pub(super) const MAX_TITLE_WORDS: usize = 16;
pub(super) const MAX_TITLE_BYTES: usize = 300;

/// Capitalised words that never begin or continue a title.
pub(super) const STOP: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Under",
    "In",
    "By",
    "See",
    "As",
    "If",
    "When",
    "Our",
    "We",
    "It",
    "Its",
    "His",
    "Her",
    "Their",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "A",
    "An",
    "Both",
    "Also",
    "And",
    "Of",
    "For",
    "To",
    "On",
    "With",
    "From",
    "Section",
    "Part",
    "Schedule",
    "Regulation",
    "Article",
    "I",
    "However",
    "But",
    "So",
];

/// Lower-case words that may stand inside a title.
pub(super) const CONNECTORS: &[&str] = &["and", "of", "for", "in", "on", "to"];

/// Where a title ending just before `at` may begin, farthest first.
pub(super) fn title_starts(text: &str, floor: usize, at: usize, embedded: bool) -> Vec<usize> {
    let mut floor = floor.max(at.saturating_sub(MAX_TITLE_BYTES));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut starts = Vec::new();
    let mut end = at;
    let mut depth = 0usize;
    for _ in 0..MAX_TITLE_WORDS {
        let Some((word_start, word_end)) = word_before(text, floor, end) else {
            break;
        };
        let w = Word::read(&text[word_start..word_end]);
        depth += usize::from(w.closes);
        // `Anti-social Behaviour, Crime and Policing Act`: a comma only
        // between capitalised words.
        if w.comma
            && !text[word_end..at]
                .trim_start_matches(blank)
                .starts_with(|c: char| c.is_ascii_uppercase())
        {
            break;
        }
        // The word that ends a title (`Act`) is inside one only in the
        // title of a statutory instrument.
        let ending = matches!(w.core, "Act" | "Regulations" | "Order" | "Rules");
        let title_word = is_title_word(w.core) && !ending;
        let year = w.core.len() == 4 && w.core.bytes().all(|b| b.is_ascii_digit());
        if year && !embedded && !w.opens && !w.closes && !w.comma && !starts.is_empty() {
            // `the 2014 Care Act`
            starts.push(word_start);
            break;
        }
        let allowed =
            title_word || CONNECTORS.contains(&w.core) || (embedded && (w.core == "Act" || year));
        if w.opens {
            if depth > 0 && allowed {
                depth -= 1;
            } else {
                // `(Local Government Act 1974`: the title begins inside.
                if title_word && depth == 0 {
                    starts.push(word_start + 1);
                }
                break;
            }
        } else if !allowed {
            break;
        }
        if title_word && depth == 0 && !w.opens {
            starts.push(word_start);
        }
        end = word_start;
    }
    starts.reverse();
    starts
}

fn blank(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\t'
}

/// The word that ends, after blanks, just before `end`: where it starts and
/// ends. `None` at `floor`, or when no blank comes before `end`.
fn word_before(text: &str, floor: usize, end: usize) -> Option<(usize, usize)> {
    let before = text.get(floor..end)?;
    let trimmed = before.trim_end_matches(blank);
    if trimmed.len() == before.len() || trimmed.is_empty() {
        return None;
    }
    let word_end = floor + trimmed.len();
    let word_start = floor
        + trimmed.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
            p + trimmed[p..].chars().next().map_or(1, char::len_utf8)
        });
    Some((word_start, word_end))
}

/// A word of a title with the brackets and comma around it taken off.
struct Word<'t> {
    core: &'t str,
    /// `Activities)`
    closes: bool,
    /// `(Regulated`
    opens: bool,
    /// `Behaviour,`
    comma: bool,
}

impl<'t> Word<'t> {
    fn read(word: &'t str) -> Self {
        let mut core = word;
        let closes = core.ends_with(')');
        if closes {
            core = &core[..core.len() - 1];
        }
        let opens = core.starts_with('(');
        if opens {
            core = &core[1..];
        }
        let comma = core.ends_with(',');
        if comma {
            core = &core[..core.len() - 1];
        }
        Word {
            core,
            closes,
            opens,
            comma,
        }
    }
}

/// A capitalised word of a title: `Local`, `Anti-social`, `Children’s`.
pub(super) fn is_title_word(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) || STOP.contains(&word) {
        return false;
    }
    if !word
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '\'' | '’'))
    {
        return false;
    }
    // A possessive (`Council’s`) is not part of a title, but `Children’s` is.
    match word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")) {
        Some(stem) => matches!(stem, "Children" | "Women" | "People"),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_starts_walk_back_over_the_title() {
        let text = "under the Local Government and Public Involvement in Health Act 2007";
        let at = text.find("Act").unwrap();
        let starts = title_starts(text, 0, at, false);
        assert_eq!(
            &text[starts[0]..at],
            "Local Government and Public Involvement in Health "
        );
        let text = "The Council’s Care Act assessment";
        let at = text.find("Act").unwrap();
        let starts = title_starts(text, 0, at, false);
        assert_eq!(starts.len(), 1);
        assert_eq!(&text[starts[0]..at], "Care ");
    }
}
