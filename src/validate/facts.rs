//! Checks against the decision facts: the header's outcome and the result
//! the text states. Only clear contradictions are noted: an extractor miss
//! should not read as a fault of the statement.

use super::{Code, Context, Diagnostic};
use crate::{DecisionResult, Outcome};

pub(super) fn check(cx: &mut Context<'_>) {
    let h = &cx.d.header;
    // Only these outcomes can contradict a result: the result, the dearest
    // part of validation, is read for them alone.
    let Some(outcome @ (Outcome::Upheld | Outcome::ClosedAfterInitialEnquiries)) = &h.outcome
    else {
        return;
    };
    let Some(result) = cx.d.facts_result() else {
        return;
    };
    if !contradicts(outcome, result) {
        return;
    }
    let at = h.spans.outcome_value.unwrap_or_default();
    cx.push(
        Diagnostic::new(
            Code::OutcomeDisagrees,
            at,
            format!(
                "the header says `{}` but the text reads as `{result}`",
                outcome.as_str()
            ),
        )
        .with_help("check the `Decision :` line against the summary and final decision"),
    );
}

/// Whether the outcome and the result cannot both be true. `Not upheld`
/// is left alone: it covers fault without injustice as well as no fault.
fn contradicts(outcome: &Outcome, result: DecisionResult) -> bool {
    match outcome {
        Outcome::Upheld => matches!(
            result,
            DecisionResult::NotInvestigated
                | DecisionResult::Discontinued
                | DecisionResult::NoFault
        ),
        Outcome::ClosedAfterInitialEnquiries => result == DecisionResult::FaultFound,
        _ => false,
    }
}
