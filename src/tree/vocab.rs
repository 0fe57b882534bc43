//! The shared words of the format: fixed strings, the known headings, month
//! names and the apostrophe fold, each written once. The tree reads and
//! prints with them (headings, dates); the builder and validation take them
//! from here.

use super::SectionKind;

/// The signature as LGSCO prints it, with a straight apostrophe.
pub(crate) const SIGNATURE: &str = "Investigator's decision on behalf of the Ombudsman";

/// The web copy's link back to the top of the page.
pub(crate) const BACK_TO_TOP: &str = "Back to top";

/// The apostrophes statements print, folded to a straight one: typeset
/// quotes and the backtick some scrapes leave.
pub(crate) fn fold_apostrophe(c: char) -> char {
    match c {
        '’' | '‘' | '`' => '\'',
        c => c,
    }
}

/// Case and apostrophes ignored: how headings and titles are compared.
pub(crate) fn fold(c: char) -> char {
    fold_apostrophe(c).to_ascii_lowercase()
}

/// Month names, for reading and printing dates.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month (1 to 12) whose name starts with `name`, in any case, when
/// `name` has at least `shortest` letters (`Sep`, `Sept`, `September`).
pub(crate) fn month_number(name: &str, shortest: usize) -> Option<u32> {
    if name.len() < shortest {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            m.get(..name.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(name))
        })
        .map(|i| i as u32 + 1)
}

/// Known headings, lower-cased with a straight apostrophe, and their kinds.
/// The grammar's `known_heading` accepts exactly these (a test below checks).
pub(crate) const HEADINGS: &[(&str, SectionKind)] = &[
    ("the complaint", SectionKind::Complaint),
    (
        "the ombudsman's role and powers",
        SectionKind::RoleAndPowers,
    ),
    (
        "what the ombudsman can and cannot do",
        SectionKind::RoleAndPowers,
    ),
    (
        "how i considered this complaint",
        SectionKind::HowIConsidered,
    ),
    (
        "how we thought about this complaint",
        SectionKind::HowIConsidered,
    ),
    ("my assessment", SectionKind::Assessment),
    ("assessment", SectionKind::Assessment),
    ("what i found", SectionKind::WhatIFound),
    ("what we found out", SectionKind::WhatIFound),
    ("what we found", SectionKind::WhatIFound),
    ("what i have investigated", SectionKind::WhatIInvestigated),
    (
        "what i have and have not investigated",
        SectionKind::WhatIInvestigated,
    ),
    (
        "what i have not investigated",
        SectionKind::WhatIInvestigated,
    ),
    ("final decision", SectionKind::FinalDecision),
    ("decision", SectionKind::FinalDecision),
    ("agreed action", SectionKind::AgreedAction),
    ("background", SectionKind::Background),
    ("complaint background", SectionKind::Background),
    ("what happened", SectionKind::WhatHappened),
    ("relevant law and policy", SectionKind::LawAndGuidance),
    ("relevant law and guidance", SectionKind::LawAndGuidance),
    ("law, guidance and policies", SectionKind::LawAndGuidance),
    ("law and guidance", SectionKind::LawAndGuidance),
    (
        "legal and administrative background",
        SectionKind::LawAndGuidance,
    ),
    (
        "relevant legislation and guidance",
        SectionKind::LawAndGuidance,
    ),
    ("planning law and guidance", SectionKind::LawAndGuidance),
    ("legislation", SectionKind::LawAndGuidance),
    ("analysis", SectionKind::Analysis),
    ("the investigation", SectionKind::Investigation),
    ("conclusions", SectionKind::Conclusions),
    ("conclusion", SectionKind::Conclusions),
    ("findings", SectionKind::Conclusions),
];

#[cfg(test)]
mod tests {
    use super::HEADINGS;
    use std::collections::BTreeSet;

    /// The strings a pest expression of literals, `^` literals, `~`, `|`,
    /// brackets and `apos` accepts, lower-cased: enough for `known_heading`.
    struct Expand<'g> {
        tokens: Vec<&'g str>,
        at: usize,
    }

    impl<'g> Expand<'g> {
        fn new(expr: &'g str) -> Self {
            let mut tokens = Vec::new();
            let mut rest = expr.trim();
            while !rest.is_empty() {
                let len = if let Some(lit) = rest.strip_prefix("^\"").or(rest.strip_prefix('"')) {
                    rest.len() - lit.len() + lit.find('"').unwrap() + 1
                } else if rest.starts_with(['(', ')', '|', '~']) {
                    1
                } else {
                    rest.find(|c: char| !c.is_alphanumeric() && c != '_')
                        .unwrap_or(rest.len())
                };
                tokens.push(&rest[..len]);
                rest = rest[len..].trim_start();
            }
            Expand { tokens, at: 0 }
        }

        fn alternatives(&mut self) -> BTreeSet<String> {
            let mut out = self.sequence();
            while self.tokens.get(self.at) == Some(&"|") {
                self.at += 1;
                out.extend(self.sequence());
            }
            out
        }

        fn sequence(&mut self) -> BTreeSet<String> {
            let mut out = self.term();
            while self.tokens.get(self.at) == Some(&"~") {
                self.at += 1;
                let next = self.term();
                out = out
                    .iter()
                    .flat_map(|a| next.iter().map(move |b| format!("{a}{b}")))
                    .collect();
            }
            out
        }

        fn term(&mut self) -> BTreeSet<String> {
            let token = self.tokens[self.at];
            self.at += 1;
            if token == "(" {
                let inner = self.alternatives();
                assert_eq!(self.tokens[self.at], ")");
                self.at += 1;
                return inner;
            }
            let text = match token {
                "apos" => "'".to_owned(),
                t => t.trim_start_matches('^').trim_matches('"').to_lowercase(),
            };
            BTreeSet::from([text])
        }
    }

    #[test]
    fn the_heading_table_is_the_grammars_known_heading() {
        let grammar = include_str!("../../grammar/decision.pest");
        let start = grammar.find("known_heading = @{").unwrap() + "known_heading = @{".len();
        let end = start + grammar[start..].find("\n}").unwrap();
        let body: String = grammar[start..end]
            .lines()
            .map(|l| l.split("//").next().unwrap())
            .collect::<Vec<_>>()
            .join(" ");
        let accepted = Expand::new(&body).alternatives();
        let table: BTreeSet<String> = HEADINGS.iter().map(|(h, _)| h.to_string()).collect();
        assert_eq!(
            accepted, table,
            "grammar/decision.pest's known_heading and HEADINGS differ"
        );
    }
}
