//! The pest parser generated from `grammar/citation.pest`. Private: its
//! `Rule` enum changes with the grammar and never reaches the public API.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/citation.pest"]
pub(crate) struct CitationParser;

#[cfg(test)]
mod tests {
    use super::{CitationParser, Rule};
    use crate::citation::title::CONNECTORS;
    use crate::citation::trigger::{INSTRUMENT_WORDS, KEYWORDS, PAREN_WORD_LIST, SHORT_WORDS};
    use pest::Parser;
    use std::collections::BTreeSet;

    const GRAMMAR: &str = include_str!("../../grammar/citation.pest");

    /// The string literals of a rule of the grammar, dots taken off (`s.`
    /// is the keyword `s`).
    fn words(rule: &str) -> BTreeSet<String> {
        let head = format!("{rule} = ");
        let start = GRAMMAR
            .lines()
            .position(|l| l.starts_with(&head))
            .unwrap_or_else(|| panic!("no rule {rule} in the grammar"));
        let mut body = String::new();
        for (k, line) in GRAMMAR.lines().enumerate().skip(start) {
            let new_rule = line.split_once(" = ").is_some_and(|(name, _)| {
                name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
            if k > start && (new_rule || line.is_empty() || line.starts_with("//")) {
                break;
            }
            body.push_str(line);
        }
        body.split('"')
            .skip(1)
            .step_by(2)
            .map(|w| w.trim_end_matches('.').to_owned())
            .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()) && !w.is_empty())
            .collect()
    }

    /// The words of the rules that open a list of provisions (but Parts).
    fn division_words() -> BTreeSet<String> {
        let rules = [
            "section_word",
            "schedule_word",
            "paragraph_word",
            "regulation_word",
            "article_word",
        ];
        rules.into_iter().flat_map(words).collect()
    }

    fn set(table: &[&[u8]]) -> BTreeSet<String> {
        table
            .iter()
            .map(|w| String::from_utf8(w.to_vec()).unwrap())
            .collect()
    }

    #[test]
    fn the_keywords_are_the_grammars_division_words() {
        let mut grammar = division_words();
        grammar.extend(words("part_group"));
        assert_eq!(set(KEYWORDS), grammar);
    }

    #[test]
    fn the_other_word_tables_are_the_grammars() {
        assert_eq!(set(INSTRUMENT_WORDS), words("si_word"));
        let mut short = words("short_instrument");
        short.retain(|w| !["Act", "Regulations", "Order", "Rules"].contains(&w.as_str()));
        assert_eq!(set(SHORT_WORDS), short);
        let connectors: BTreeSet<String> = CONNECTORS.iter().map(|w| w.to_string()).collect();
        assert_eq!(connectors, words("connector"));
    }

    /// Every lower-case word a bracketed citation may open with is found by
    /// a prefix of the scan's table, and every prefix finds one.
    #[test]
    fn the_bracket_prefixes_cover_the_grammars_opening_words() {
        let mut opening = division_words();
        opening.extend(words("lead"));
        opening.extend(words("short_instrument"));
        // `s26` and `s.` are found by the digit or dot after the `s`.
        opening.retain(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && w.len() > 2);
        let prefixes: Vec<String> = PAREN_WORD_LIST
            .iter()
            .map(|p| String::from_utf8(p.to_vec()).unwrap())
            .collect();
        // A prefix ending in a blank or dot needs the word followed by it.
        let finds = |p: &str, w: &str| {
            let p = p.trim_end_matches([' ', '.']);
            w.starts_with(p)
        };
        for w in &opening {
            assert!(prefixes.iter().any(|p| finds(p, w)), "no prefix for `{w}`");
        }
        for p in &prefixes {
            assert!(opening.iter().any(|w| finds(p, w)), "`{p}` opens nothing");
        }
    }

    /// Whether `text` parses as `rule`, whole.
    fn whole(rule: Rule, text: &str) -> bool {
        CitationParser::parse(rule, text)
            .ok()
            .and_then(|mut pairs| pairs.next())
            .is_some_and(|pair| pair.as_span().end() == text.len())
    }

    /// `assert_rule!(rule, "yes", ...; !"no", ...)`: the first strings parse
    /// whole as the rule, the others do not.
    macro_rules! assert_rule {
        ($rule:ident, $($yes:literal),* $(; ! $($no:literal),*)?) => {
            $(assert!(whole(Rule::$rule, $yes), "`{}` should be a {}", $yes, stringify!($rule));)*
            $($(assert!(!whole(Rule::$rule, $no), "`{}` should not be a {}", $no, stringify!($rule));)*)?
        };
    }

    #[test]
    fn numbers_and_references() {
        assert_rule!(number, "24A", "26", "26ZA"; !"4.3", "1234", "24a");
        assert_rule!(reference, "24A(6)", "26(6)(a)", "34(B)", "34H(3 and 4)", "24A (6)"; !"(6)");
        assert_rule!(bracket, "(6)", "(1B)", "(ii)", "(a, b)"; !"()", "(6");
        assert_rule!(part_number, "7", "VII", "III"; !"seven");
    }

    #[test]
    fn provision_groups() {
        assert_rule!(section_group, "section 24A(6)", "sections 26(1), 26A(1) and 34(3)",
            "s26(1) and s26A(1)", "ss. 20 to 23", "section 34H(3) and (4)"; !"section", "sections A");
        assert_rule!(schedule_group, "Schedule 5, paragraph 5(2)", "Schedule 5/5A, paragraph 1/3",
            "Schedule 5.5", "paragraph 5A schedule 5", "paragraph 3 of Schedule 2", "Schedule 5";
            !"paragraph 3", "Schedule");
        assert_rule!(part_group, "Part 7", "Parts 3 and 4", "Part VII"; !"Part seven");
        assert_rule!(
            regulation_group,
            "regulation 19",
            "Regulation 19(1)(a)",
            "regs. 3 and 4"
        );
        assert_rule!(article_group, "Article 8", "art. 8"; !"Article");
    }

    #[test]
    fn instruments() {
        assert_rule!(instrument, "Local Government Act 1974", "Care Act",
            "Anti-social Behaviour, Crime and Policing Act 2014", "2014 Care Act",
            "Health and Social Care Act 2008 (Regulated Activities) Regulations 2014",
            "European Convention on Human Rights"; !"Local Government", "the Care Act", "Regulations");
        assert_rule!(short_instrument, "the Act", "this Act", "the 1996 Act", "the Regulations";
            !"an Act", "the Council");
        assert_rule!(
            named_by,
            "of the Children Act 1989",
            "of the Act",
            "under the Care Act 2014"
        );
    }

    #[test]
    fn entry_rules() {
        assert_rule!(parenthetical, "(Local Government Act 1974, section 24A(6), as amended)",
            "[Local Government Act 1974, section 26(1)]", "(section 26A or 34C, Local Government Act 1974)",
            "(Local Government Act 1974, section 26"; !"(the Council)", "(Mr X)");
        assert_rule!(running, "section 17 of the Children Act 1989", "Part 7 of the Housing Act 1996",
            "section 26B"; !"section 4 of the policy");
        assert_rule!(named, "Care Act 2014, section 9", "Local Government Act 1974"; !"Care");
        assert_rule!(judgment, "[2006] EWHC 2847 (Admin)", "[2014] EWCA Civ 1407", "[2014] UKSC 56",
            "[2007] 1 FLR 256"; !"[2006] Ewhc 2847", "[20] EWHC 1");
    }
}
