//! Lines before the statement: banners, furniture, anything else.

use super::lines::line_span;
use super::Builder;
use crate::parse::grammar::Rule;
use crate::SkipReason;
use pest::iterators::Pair;

impl Builder<'_> {
    pub(super) fn front(&mut self, front: Pair<'_, Rule>) {
        let lines: Vec<_> = front.into_inner().collect();
        let mirror = lines.iter().any(|l| l.as_rule() == Rule::banner_line);
        for line in lines {
            let reason = match line.as_rule() {
                Rule::furniture_line => SkipReason::PageFurniture,
                Rule::banner_line => SkipReason::MirrorBanner,
                Rule::other_line if mirror => SkipReason::MirrorBanner,
                Rule::other_line => SkipReason::BeforeStatement,
                _ => continue,
            };
            let span = line_span(&line);
            self.skip(span, reason);
        }
    }
}
