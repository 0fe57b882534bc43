//! Checks of the rendering: what the parser set aside, and paragraph markers
//! from more than one rendering.

use super::{Code, Context, Diagnostic};
use crate::{MarkerStyle, Paragraph, SkipReason, Span};

pub(super) fn check(cx: &mut Context<'_>) {
    skipped(cx);
    markers(cx);
}

fn skipped(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for s in &cx.d.skipped {
        let (code, message) = match s.reason {
            SkipReason::PageFurniture => (
                Code::SkippedText,
                "web page furniture (print link, logo, cookie notices) set aside",
            ),
            SkipReason::MirrorBanner => (Code::SkippedText, "a mirror site's banner set aside"),
            SkipReason::BeforeStatement => {
                (Code::SkippedText, "text before the statement set aside")
            }
            SkipReason::AfterStatement => {
                (Code::SkippedText, "text after the closing line set aside")
            }
            SkipReason::DuplicateHeader => (
                Code::RepeatedLine,
                "a header line printed a second time, set aside",
            ),
            SkipReason::ConflictingHeader => (
                Code::ConflictingHeader,
                "a header line printed again with a different value, set aside: another statement's header?",
            ),
            SkipReason::NextStatement => (
                Code::NextStatement,
                "another statement begins here and is set aside: lgsco::parse_all reads each statement of a file",
            ),
            SkipReason::RepeatedSignature => (
                Code::RepeatedLine,
                "the signature printed a second time, set aside",
            ),
            _ => continue,
        };
        found.push(Diagnostic::new(code, s.span, message));
    }
    cx.out.extend(found);
}

/// The rendering a paragraph marker belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `1.`: the web copy.
    Numbered,
    /// `-`: the dashed copy.
    Dashed,
}

impl Style {
    fn of(p: &Paragraph) -> Option<Style> {
        match p.marker_style? {
            MarkerStyle::Numbered => Some(Style::Numbered),
            MarkerStyle::Dash => Some(Style::Dashed),
            _ => None,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Style::Numbered => "numbered (`1.`)",
            Style::Dashed => "dashed (`-`)",
        }
    }
}

/// [`Code::MixedMarkers`]: numbered and dashed paragraphs in one statement.
/// Reported once, at the first paragraph of the less common style.
fn markers(cx: &mut Context<'_>) {
    let styled: Vec<(&Paragraph, Style)> =
        cx.d.paragraphs()
            .filter_map(|(_, p)| Style::of(p).map(|s| (p, s)))
            .collect();
    let numbered = styled.iter().filter(|(_, s)| *s == Style::Numbered).count();
    let dashed = styled.len() - numbered;
    if numbered == 0 || dashed == 0 {
        return;
    }
    let (odd, usual) = if dashed < numbered {
        (Style::Dashed, Style::Numbered)
    } else {
        (Style::Numbered, Style::Dashed)
    };
    let Some((p, _)) = styled.iter().find(|(_, s)| *s == odd) else {
        return;
    };
    let marker = p.marker.as_deref().unwrap_or_default();
    cx.push(
        Diagnostic::new(
            Code::MixedMarkers,
            Span::new(p.span.start, p.span.start + marker.len()),
            format!(
                "paragraph marked `{marker}` in a statement whose paragraphs are mostly {}",
                usual.describe()
            ),
        )
        .with_help(format!(
            "the text mixes two renderings; {} paragraphs are not usually {}",
            match usual {
                Style::Numbered => "web-copy",
                Style::Dashed => "dashed-copy",
            },
            odd.describe()
        )),
    );
}
