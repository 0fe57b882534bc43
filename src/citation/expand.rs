//! List and range expansion: the paths and numbers a list or range stands
//! for.

/// The most provisions one list in brackets may stand for: `(1, 2 and 3)`
/// at several levels multiplies.
pub(super) const MAX_EXPANSION: usize = 64;

/// One bracketed level as read: its members, normalised.
pub(super) struct Level {
    pub(super) members: Vec<String>,
}

/// Every path the levels stand for: one per member of each level (at most
/// [`MAX_EXPANSION`], however many lists a bracket holds).
pub(super) fn expand(levels: &[Level]) -> Vec<Vec<String>> {
    let mut paths: Vec<Vec<String>> = vec![Vec::new()];
    for level in levels {
        let mut next = Vec::with_capacity(MAX_EXPANSION.min(paths.len() * level.members.len()));
        'fill: for path in &paths {
            for m in &level.members {
                if next.len() == MAX_EXPANSION {
                    break 'fill;
                }
                let mut p = path.clone();
                p.push(m.clone());
                next.push(p);
            }
        }
        paths = next;
    }
    paths
}

/// The levels strictly after `from` and before `to` in a range: letters
/// (`a` to `c` gives `b`) or numbers (`1` to `4` gives `2`, `3`). Nothing for
/// a range that mixes kinds or runs backwards.
pub(super) fn between(from: &str, to: &str) -> Vec<String> {
    if let (Ok(a), Ok(b)) = (from.parse::<u16>(), to.parse::<u16>()) {
        if a < b && b - a <= 30 {
            return (a + 1..b).map(|n| n.to_string()).collect();
        }
        return Vec::new();
    }
    let (mut fc, mut tc) = (from.chars(), to.chars());
    match (fc.next(), fc.next(), tc.next(), tc.next()) {
        (Some(a), None, Some(b), None)
            if a.is_ascii_lowercase() && b.is_ascii_lowercase() && a < b =>
        {
            (a as u8 + 1..b as u8)
                .map(|c| char::from(c).to_string())
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The numbers strictly between two plain numbers joined by a range word
/// (`20 to 23` gives 21 and 22); nothing when either has a letter or a path.
pub(super) fn numbers_between(
    prev: Option<(String, Vec<String>)>,
    next: &[(String, Vec<String>)],
) -> Vec<String> {
    match (prev, next) {
        (Some((from, from_path)), [(to, to_path)])
            if from_path.is_empty() && to_path.is_empty() =>
        {
            between(&from, to)
        }
        _ => Vec::new(),
    }
}

/// A lower-case Roman numeral up to ten.
pub(super) fn roman(s: &str) -> Option<u8> {
    const NUMERALS: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
    NUMERALS.iter().position(|&n| n == s).map(|i| i as u8 + 1)
}
