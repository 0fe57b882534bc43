//! What a statement decides, read from its text on demand
//! ([`Decision::facts`](crate::Decision::facts)).
//!
//! The phrases are in `grammar/facts.pest`, tried at trigger words
//! ([`scan`]); the sentence logic that says whether a phrase is asserted, and
//! in whose voice, is in [`sentence`]; each family of facts has its file.

mod bodies;
mod complainant;
mod find;
mod grammar;
mod model;
mod reasons;
mod remedies;
mod result;
#[cfg(test)]
mod rule_tests;
mod scan;
mod sentence;
mod spans;
mod texts;

pub use model::{
    Amount, AmountError, Body, BodyKind, BodyName, Complainant, Deadline, DecisionResult, Facts,
    LabelError, Reason, ReasonKind, Remedy, RemedyKind,
};

use crate::Decision;

#[cfg(fuzzing)]
pub(crate) use scan::matchers_agree;

impl Decision {
    /// [`Facts::result`] alone, as validation needs it: the same reading,
    /// one sentence at a time, without building the other facts.
    pub(crate) fn facts_result(&self) -> Option<DecisionResult> {
        let mut reader = result::ResultReader::default();
        texts::each_sentence(self, |s| {
            // The summary comes first, and what it says is the result: the
            // rest need not be read.
            if s.scope != sentence::Scope::Summary && reader.summary_says() {
                return std::ops::ControlFlow::Break(());
            }
            reader.read(s);
            std::ops::ControlFlow::Continue(())
        });
        reader.finish().map(|(r, _)| r)
    }

    /// What the statement decides: the complainant, the result, the reasons,
    /// other bodies and the remedies, each with the span of its words.
    /// Computed from the tree each time it is called; [`parse`](crate::parse)
    /// does not pay for it.
    ///
    /// Reasons and bodies come from the statement's own text (summary,
    /// assessment, findings, final decision), not from the generic
    /// role-and-powers wording, unless the decision relies on it (`a right of
    /// appeal to a tribunal`, named only there).
    ///
    /// ```
    /// use lgsco::{DecisionResult, ReasonKind};
    /// let facts = lgsco::parse(lgsco::SAMPLE)?.facts();
    /// assert_eq!(facts.result, Some(DecisionResult::NotInvestigated));
    /// let kinds: Vec<ReasonKind> = facts.reasons.iter().map(|r| r.kind).collect();
    /// assert!(kinds.contains(&ReasonKind::NoFault));
    /// assert!(kinds.contains(&ReasonKind::AlreadyRemedied));
    /// let at = facts.reasons[0].span;
    /// assert!(at.slice(lgsco::SAMPLE).is_some());
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn facts(&self) -> Facts {
        self.read_facts(true)
    }

    /// [`facts`](Self::facts); with `lazy`, the generic texts' phrases are
    /// read only if the complainant or a body needs them (nothing else
    /// reads them), which gives the same facts for less work.
    fn read_facts(&self, lazy: bool) -> Facts {
        let sentences = texts::sentences(self, lazy);
        let all = std::cell::OnceCell::new();
        let all = || all.get_or_init(|| texts::fill(&sentences));
        let found = result::result(&sentences);
        let result = found.map(|(r, _)| r);
        let injustice = match result {
            Some(DecisionResult::FaultFound) => result::injustice(&sentences),
            _ => None,
        };
        let not_investigated = matches!(
            result,
            Some(DecisionResult::NotInvestigated | DecisionResult::Discontinued)
        );
        // A part not investigated (`matters decided in court`) still points
        // to a body where fault was found in the rest.
        let grounds = reasons::reasons(&sentences);
        let bodies = bodies::bodies(&sentences, &grounds)
            .or_else(|| bodies::bodies(all(), &grounds))
            .unwrap_or_default();
        let complainant = complainant::complainant(&sentences)
            .or_else(|| complainant::complainant(all()))
            .flatten();
        Facts {
            complainant,
            result,
            injustice,
            bodies,
            reasons: if not_investigated {
                grounds
            } else {
                Vec::new()
            },
            remedies: remedies::remedies(&sentences, not_investigated),
        }
    }
}

#[cfg(test)]
mod tests {
    /// The facts of the fixtures and, when present, the real statements,
    /// read lazily and in full.
    #[test]
    fn lazy_reading_gives_the_same_facts() {
        let mut texts = vec![crate::SAMPLE.to_owned()];
        for dir in [
            "tests/fixtures",
            "tests/fixtures/facts",
            "../shared/seeds",
            "../shared/corpus",
        ] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                texts.extend(std::fs::read_to_string(entry.path()));
            }
        }
        // A complainant named only in the generic text.
        let generic = "- I read what Mrs Q and the Council sent us.";
        let only = crate::SAMPLE
            .replace(generic, "- I read what X and the Council sent us.")
            .replace("Mrs Q", "the complainant")
            .replace("- I read what X", "- I read what Mrs Q");
        assert!(only.contains(generic));
        let d = crate::parse(&only).expect("parses");
        assert_eq!(
            d.facts().complainant.map(|c| c.text).as_deref(),
            Some("Mrs Q")
        );
        texts.push(only);
        let mut read = 0;
        for d in texts.iter().filter_map(|t| crate::parse(t).ok()) {
            assert_eq!(d.read_facts(true), d.read_facts(false));
            read += 1;
        }
        assert!(read > 1, "{read}");
    }
}
