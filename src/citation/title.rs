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
    let blank = |c: char| c == ' ' || c == '\u{a0}' || c == '\t';
    let mut floor = floor.max(at.saturating_sub(MAX_TITLE_BYTES));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut starts = Vec::new();
    let mut end = at;
    let mut depth = 0usize;
    for _ in 0..MAX_TITLE_WORDS {
        let Some(before) = text.get(floor..end) else {
            break;
        };
        let trimmed = before.trim_end_matches(blank);
        if trimmed.len() == before.len() || trimmed.is_empty() {
            break;
        }
        let word_end = floor + trimmed.len();
        let word_start = floor
            + trimmed.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
                p + trimmed[p..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &text[word_start..word_end];
        let mut core = word;
        let closes = core.ends_with(')');
        if closes {
            core = &core[..core.len() - 1];
            depth += 1;
        }
        let opens = core.starts_with('(');
        if opens {
            core = &core[1..];
        }
        let comma = core.ends_with(',');
        if comma {
            core = &core[..core.len() - 1];
            // `Anti-social Behaviour, Crime and Policing Act`: a comma only
            // between capitalised words.
            if !text[word_end..at]
                .trim_start_matches(blank)
                .starts_with(|c: char| c.is_ascii_uppercase())
            {
                break;
            }
        }
        // The word that ends a title (`Act`) is inside one only in the
        // title of a statutory instrument.
        let ending = matches!(core, "Act" | "Regulations" | "Order" | "Rules");
        let title_word = is_title_word(core) && !ending;
        let year = core.len() == 4 && core.bytes().all(|b| b.is_ascii_digit());
        if year && !embedded && !opens && !closes && !comma && !starts.is_empty() {
            // `the 2014 Care Act`
            starts.push(word_start);
            break;
        }
        let allowed =
            title_word || CONNECTORS.contains(&core) || (embedded && (core == "Act" || year));
        if opens {
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
        if title_word && depth == 0 && !opens {
            starts.push(word_start);
        }
        end = word_start;
    }
    starts.reverse();
    starts
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
