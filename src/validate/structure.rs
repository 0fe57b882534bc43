//! Checks of the statement's structure: summary, sections, their order.
//! (Whether the statement reaches its closing line is `ending.rs`.)

use super::{Code, Context, Diagnostic};
use crate::{Section, SectionKind, Span};

pub(super) fn check(cx: &mut Context<'_>) {
    summary(cx);
    sections(cx);
    duplicates(cx);
    order(cx);
    empty(cx);
    outside(cx);
}

fn summary(cx: &mut Context<'_>) {
    if cx.d.summary.is_some() {
        return;
    }
    let h = &cx.d.header.spans;
    let after = h
        .lines()
        .chain(cx.d.final_decision_label)
        .max_by_key(|s| s.end);
    let at = cx.expected_after(after);
    cx.push(
        Diagnostic::new(Code::MissingSummary, at, "no `Summary:` paragraph").with_help(
            "the statement gives its decision in one `Summary:` paragraph before the first section",
        ),
    );
}

fn headed<'d>(cx: &Context<'d>) -> impl Iterator<Item = &'d Section> + 'd {
    let d = cx.d;
    d.sections.iter().filter(|s| s.heading.is_some())
}

fn heading_span(section: &Section) -> Span {
    section.heading_span.unwrap_or(section.span)
}

fn name(section: &Section) -> &str {
    section.heading.as_deref().unwrap_or("(untitled)")
}

fn sections(cx: &mut Context<'_>) {
    if cx.report_summary {
        return;
    }
    let known = |s: &&Section| !matches!(s.kind, SectionKind::Other | SectionKind::Untitled);
    if !cx.d.sections.iter().any(|s| known(&s)) {
        if !cx.unfinished() {
            let at = match headed(cx).next() {
                Some(first) => {
                    let span = heading_span(first);
                    Span::new(span.start, span.start)
                }
                None => cx.expected_after(cx.d.summary.as_ref().map(|s| s.span)),
            };
            cx.push(
                Diagnostic::new(
                    Code::NoSections,
                    at,
                    "none of the statement's sections (`The complaint`, `My assessment`, `Final decision`, ...)",
                )
                .with_help("a statement sets out the complaint, the Ombudsman's role, how it was considered, the assessment and the final decision, each under its heading"),
            );
        }
        return;
    }
    let has = |kind| cx.d.sections.iter().any(|s| s.kind == kind);
    // A statement cut short may stop before `The complaint` when a
    // background section comes first: only once a later section is there
    // is the complaint missing.
    let later =
        cx.d.sections
            .iter()
            .any(|s| rank(s.kind).is_some_and(|r| r > 0));
    if !has(SectionKind::Complaint) && (later || !cx.unfinished()) {
        let first = headed(cx).next().map(heading_span).unwrap_or_default();
        cx.push(
            Diagnostic::new(
                Code::MissingComplaintSection,
                Span::new(first.start, first.start),
                "no `The complaint` section",
            )
            .with_help("the first section of a statement is `The complaint`"),
        );
    }
    if !has(SectionKind::FinalDecision) && !cx.unfinished() {
        let at = match &cx.d.signature {
            Some(s) => Span::new(s.span.start, s.span.start),
            None => {
                let end = cx.d.sections.iter().map(|s| s.span.end).max().unwrap_or(0);
                Span::new(end, end)
            }
        };
        cx.push(
            Diagnostic::new(
                Code::MissingFinalDecision,
                at,
                "no `Final decision` section",
            )
            .with_help("the last section of a statement is `Final decision`, before the signature"),
        );
    }
}

/// Kinds a statement prints at most once.
fn single(kind: SectionKind) -> bool {
    !matches!(kind, SectionKind::Other | SectionKind::Untitled)
}

fn duplicates(cx: &mut Context<'_>) {
    let mut seen: Vec<SectionKind> = Vec::new();
    let mut found = Vec::new();
    for section in headed(cx) {
        if !single(section.kind) {
            continue;
        }
        if seen.contains(&section.kind) {
            found.push(
                Diagnostic::new(
                    Code::DuplicateSection,
                    heading_span(section),
                    format!("a second `{}` section", name(section)),
                )
                .with_help(
                    "a statement prints each section once; the text may have been pasted twice",
                ),
            );
        } else {
            seen.push(section.kind);
        }
    }
    cx.out.extend(found);
}

/// Where a kind stands: `The complaint` first, `Final decision` last, the
/// others between in any order; background and unlisted headings anywhere.
fn rank(kind: SectionKind) -> Option<u8> {
    match kind {
        SectionKind::Complaint => Some(0),
        SectionKind::RoleAndPowers
        | SectionKind::HowIConsidered
        | SectionKind::Assessment
        | SectionKind::WhatIFound
        | SectionKind::WhatIInvestigated
        | SectionKind::Analysis
        | SectionKind::Investigation
        | SectionKind::Conclusions => Some(1),
        SectionKind::FinalDecision => Some(2),
        _ => None,
    }
}

fn order(cx: &mut Context<'_>) {
    let mut highest: Option<(u8, &Section)> = None;
    let mut found = None;
    for section in headed(cx) {
        let Some(r) = rank(section.kind) else {
            continue;
        };
        match highest {
            Some((top, before)) if r < top => {
                found = Some(
                    Diagnostic::new(
                        Code::SectionOutOfOrder,
                        heading_span(section),
                        format!("`{}` comes after `{}`", name(section), name(before)),
                    )
                    .with_help(
                        "statements open with `The complaint` and close with `Final decision`",
                    ),
                );
                break;
            }
            Some((top, _)) if r <= top => {}
            _ => highest = Some((r, section)),
        }
    }
    cx.out.extend(found);
}

fn empty(cx: &mut Context<'_>) {
    let last = cx.d.sections.len().saturating_sub(1);
    let mut found = Vec::new();
    for (i, section) in cx.d.sections.iter().enumerate() {
        if section.heading.is_none() || !section.paragraphs.is_empty() {
            continue;
        }
        // An unfinished statement may stop just after a heading.
        if i == last && cx.unfinished() {
            continue;
        }
        found.push(
            Diagnostic::new(
                Code::EmptySection,
                heading_span(section),
                format!("the `{}` section has no paragraphs", name(section)),
            )
            .with_help("a paragraph may have been lost, or the heading printed by mistake"),
        );
    }
    cx.out.extend(found);
}

/// Paragraphs before the first heading, in a statement that has headings
/// (one without is `no-sections`) and is not a report summary (where they
/// are the rule).
fn outside(cx: &mut Context<'_>) {
    if cx.report_summary || headed(cx).next().is_none() {
        return;
    }
    let mut found = Vec::new();
    for section in &cx.d.sections {
        if section.kind != SectionKind::Untitled || section.heading.is_some() {
            continue;
        }
        let Some(first) = section.paragraphs.first() else {
            continue;
        };
        let n = section.paragraphs.len();
        let what = if n == 1 {
            "a paragraph".to_owned()
        } else {
            format!("{n} paragraphs")
        };
        found.push(
            Diagnostic::new(
                Code::ParagraphOutsideSection,
                first.span,
                format!("{what} before the first section heading"),
            )
            .with_help("in a statement every paragraph after the summary belongs to a section such as `The complaint`"),
        );
    }
    cx.out.extend(found);
}
