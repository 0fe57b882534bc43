//! The closing line and what follows it.

use super::lines::line_span;
use super::Builder;
use crate::parse::grammar::Rule;
use crate::{Signature, SignatureKind, SkipReason};
use pest::iterators::Pair;

impl Builder<'_> {
    pub(super) fn back(&mut self, back: Pair<'_, Rule>) {
        self.seal_section();
        for line in back.into_inner() {
            let span = line_span(&line);
            match line.as_rule() {
                Rule::signature_line | Rule::report_closing if self.d.signature.is_none() => {
                    let kind = match line.as_rule() {
                        Rule::report_closing => SignatureKind::ReportClosing,
                        _ => SignatureKind::Signature,
                    };
                    let text = self.src[span.start..span.end].to_owned();
                    self.d.signature = Some(Signature { text, kind, span });
                }
                Rule::signature_line => self.skip(span, SkipReason::RepeatedSignature),
                Rule::next_statement => self.next_statement(&line),
                Rule::furniture_line => self.skip(span, SkipReason::PageFurniture),
                Rule::other_line | Rule::report_closing => {
                    self.skip(span, SkipReason::AfterStatement)
                }
                _ => {}
            }
        }
    }
}
