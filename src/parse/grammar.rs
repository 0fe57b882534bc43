//! The pest parser generated from `grammar/decision.pest`. Private: its
//! `Rule` enum changes with the grammar and never reaches the public API.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/decision.pest"]
pub(crate) struct DecisionParser;

#[cfg(test)]
mod tests {
    use super::{DecisionParser, Rule};
    use pest::Parser;

    /// Whether `text` parses as `rule`, whole.
    fn matches(rule: Rule, text: &str) -> bool {
        DecisionParser::parse(rule, text)
            .ok()
            .and_then(|mut pairs| pairs.next())
            .is_some_and(|pair| pair.as_span().end() == text.len())
    }

    /// `assert_rule!(rule, yes: [...], no: [...])`: each `yes` text is one
    /// whole `rule`, each `no` text is not.
    macro_rules! assert_rule {
        ($rule:ident, yes: [$($yes:expr),* $(,)?], no: [$($no:expr),* $(,)?]) => {
            $(assert!(matches(Rule::$rule, $yes), "{:?} should be a {}", $yes, stringify!($rule));)*
            $(assert!(!matches(Rule::$rule, $no), "{:?} should not be a {}", $no, stringify!($rule));)*
        };
    }

    #[test]
    fn header_lines() {
        assert_rule!(title_line,
            yes: ["Borsetshire County Council (24 012 345)", "My Life (Care) Limited (19 001 002b)", "24 012 345"],
            no: ["- Borsetshire County Council (24 012 345)", "Borsetshire County Council", "(2 012 345)"]);
        assert_rule!(category_line,
            yes: ["Category : Environment > Noise", "  Category: Education", "Category :"],
            no: ["Categories : Education", "Category Education"]);
        assert_rule!(date_line, yes: ["Decision date : 05 Nov 2024"], no: ["Date : 05 Nov 2024"]);
        assert_rule!(outcome_line, yes: ["Decision : Upheld"], no: ["Decision date : 05 Nov 2024"]);
        assert_rule!(final_label,
            yes: ["The Ombudsman's final decision:", "The Ombudsman’s final decision"],
            no: ["The Ombudsman's final decision is below."]);
        assert_rule!(contents_entry, yes: ["- The complaint", "• Final decision:"], no: ["- Mr X complains."]);
    }

    #[test]
    fn body_lines() {
        assert_rule!(heading_line,
            yes: ["The complaint", "FINAL DECISION:", "What I found", "Assessment Mrs X says the Council erred."],
            no: ["The complaint was late.", "Decisions", "My assessment of the evidence is below"]);
        assert_rule!(numbered_line, yes: ["  1. Mr X complains.", "a) the first", "iv. the fourth"], no: ["1.5 million", "Mr X"]);
        assert_rule!(bullet_line, yes: ["  • the first", "•"], no: ["- the first"]);
        assert_rule!(dash_line, yes: ["- Mr X complains.", "– Mr X", "-"], no: ["-5 degrees"]);
        assert_rule!(citation_line,
            yes: ["(Local Government Act 1974, section 26(6)(c), as amended)", "[Care Act 2014]"],
            no: ["(Local Government Act 1974) applies.", "(unclosed"]);
        assert_rule!(summary_line, yes: ["Summary: We will not investigate."], no: ["Summaries: none"]);
        assert_rule!(back_to_top, yes: ["Back to top", "  Back to top  "], no: ["Back to the top"]);
        assert_rule!(furniture_line, yes: ["Print this page", "Accept all cookies"], no: ["Printing costs"]);
    }

    #[test]
    fn closing_lines() {
        assert_rule!(signature_line,
            yes: ["Investigator's decision on behalf of the Ombudsman", "Assistant Ombudsman’s decision", "Deputy Ombudsman's final decision."],
            no: ["Investigator's report", "The investigator's decision"]);
        assert_rule!(report_closing,
            yes: ["Ombudsman satisfied with Council's response: 1 May 2018.", "Ombudsman satisfied with"],
            no: ["The Ombudsman is satisfied with the Council's response."]);
    }
}
