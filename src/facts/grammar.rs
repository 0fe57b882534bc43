//! The pest parser generated from `grammar/facts.pest`. Private: its `Rule`
//! enum changes with the grammar and never reaches the public API.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/facts.pest"]
pub(crate) struct FactsParser;

#[cfg(test)]
mod tests {
    /// The alternatives of each parenthesised group, split at its own `|`.
    fn groups(grammar: &str) -> Vec<Vec<&str>> {
        let bytes = grammar.as_bytes();
        let (mut open, mut out, mut quoted) = (Vec::new(), Vec::new(), false);
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'"' => quoted = !quoted,
                b'(' if !quoted => open.push((i, vec![i + 1])),
                b'|' if !quoted => {
                    if let Some((_, cuts)) = open.last_mut() {
                        cuts.push(i + 1);
                    }
                }
                b')' if !quoted => {
                    if let Some((_, mut cuts)) = open.pop() {
                        cuts.push(i + 1);
                        let alts = cuts.windows(2).map(|w| grammar[w[0]..w[1] - 1].trim());
                        out.push(alts.collect());
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// A choice commits to its first alternative that matches: in
    /// `(^"waive" | ^"waived") ~ end`, `waived` is never read. A bare word
    /// must come after every alternative it begins.
    #[test]
    fn no_word_hides_a_longer_one_after_it() {
        let grammar: String = include_str!("../../grammar/facts.pest")
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let literal = |a: &str| {
            let a = a.trim_start_matches('^');
            let inner = a.strip_prefix('"')?;
            let end = inner.find('"')?;
            Some((inner[..end].to_lowercase(), end + 2 == a.len()))
        };
        for alts in groups(&grammar) {
            for (i, a) in alts.iter().enumerate() {
                let Some((short, true)) = literal(a) else {
                    continue;
                };
                for b in &alts[i + 1..] {
                    if let Some((long, _)) = literal(b) {
                        assert!(
                            long == short || !long.starts_with(&short),
                            "`{short}` hides `{long}`"
                        );
                    }
                }
            }
        }
    }
}
