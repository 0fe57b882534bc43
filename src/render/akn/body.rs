//! `header`, `judgmentBody` and `conclusions`.

use super::inline;
use super::out::Out;
use crate::{Decision, Item, Paragraph, Section, SectionKind};
use std::io;

pub(super) fn write_header<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    let h = &d.header;
    out.at("header");
    out.open("header", &[])?;
    if let Some(reference) = &h.reference {
        out.open("p", &[])?;
        if let Some(organisation) = &h.organisation {
            out.text("", 0)?;
            out.leaf("party", &[("refersTo", "#organisation")], organisation)?;
            out.text(" ", 0)?;
        }
        out.text("(", 0)?;
        out.leaf("docNumber", &[], reference.as_str())?;
        out.text(")", 0)?;
        out.close("p")?;
    } else if let Some(organisation) = &h.organisation {
        out.open("p", &[])?;
        out.text("", 0)?;
        out.leaf("party", &[("refersTo", "#organisation")], organisation)?;
        out.text("", 0)?;
        out.close("p")?;
    }
    if let Some(category) = &h.category {
        out.leaf("p", &[], &format!("Category : {category}"))?;
    }
    if let Some(outcome) = &h.outcome {
        out.leaf("p", &[], &format!("Decision : {outcome}"))?;
    }
    let printed = h.date_text.clone().or_else(|| h.date.map(print_date));
    if let Some(printed) = printed {
        out.open("p", &[])?;
        out.text("Decision date : ", 0)?;
        match h.date {
            Some(date) => out.leaf("docDate", &[("date", &date.to_string())], &printed)?,
            None => out.text(&printed, 0)?,
        }
        out.text("", 0)?;
        out.close("p")?;
    }
    out.close("header")
}

/// `05 Nov 2024`, as the statements print a date.
fn print_date(date: chrono::NaiveDate) -> String {
    date.format("%d %b %Y").to_string()
}

/// The summary in `introduction`, then the sections, each in the block its
/// kind belongs to; consecutive sections of one block share it.
pub(super) fn write_body<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    out.open("judgmentBody", &[])?;
    let mut block: Option<&str> = None;
    if let Some(summary) = &d.summary {
        out.at("summary");
        out.open("introduction", &[])?;
        out.open("container", &[("name", "summary"), ("eId", "summary")])?;
        out.open("p", &[])?;
        inline::write(
            out,
            &summary.text,
            summary.text_span.start,
            &summary.citations,
        )?;
        out.close("p")?;
        out.close("container")?;
        out.close("introduction")?;
    }
    let mut ordinal = 0;
    for (index, section) in d.sections.iter().enumerate() {
        let next = block_of(section.kind).or(block).unwrap_or("background");
        if block != Some(next) {
            if let Some(open) = block {
                out.close(open)?;
            }
            out.open(next, &[])?;
            block = Some(next);
        }
        write_section(out, section, index + 1, &mut ordinal)?;
    }
    match block {
        Some(open) => out.close(open)?,
        // The schema wants one block at least.
        None if d.summary.is_none() => {
            out.open("introduction", &[])?;
            out.leaf("p", &[], "")?;
            out.close("introduction")?;
        }
        None => {}
    }
    out.close("judgmentBody")
}

/// The block of a kind of section; `None` for a kind that follows the
/// section before it (untitled and unknown headings).
fn block_of(kind: SectionKind) -> Option<&'static str> {
    Some(match kind {
        SectionKind::Complaint
        | SectionKind::RoleAndPowers
        | SectionKind::HowIConsidered
        | SectionKind::WhatIInvestigated
        | SectionKind::Background
        | SectionKind::WhatHappened
        | SectionKind::LawAndGuidance => "background",
        SectionKind::Assessment
        | SectionKind::WhatIFound
        | SectionKind::Analysis
        | SectionKind::Investigation
        | SectionKind::Conclusions => "motivation",
        SectionKind::AgreedAction => "remedies",
        SectionKind::FinalDecision => "decision",
        _ => return None,
    })
}

/// A section as a `level`, sub-headings as `crossHeading`s where they
/// stand. `ordinal` counts paragraphs across the document.
fn write_section<W: io::Write>(
    out: &mut Out<W>,
    section: &Section,
    index: usize,
    ordinal: &mut u32,
) -> io::Result<()> {
    let id = format!("sec_{index}");
    out.at(&id);
    out.open("level", &[("eId", &id)])?;
    if let Some(heading) = &section.heading {
        out.leaf("heading", &[], heading)?;
    }
    // Sub-headings in order of the paragraph they stand before.
    let mut subs: Vec<_> = section.subheadings.iter().collect();
    subs.sort_by_key(|s| s.before_paragraph);
    let mut subs = subs.into_iter().peekable();
    let mut crossheading = 0;
    for (i, p) in section.paragraphs.iter().enumerate() {
        while let Some(sub) = subs.next_if(|s| s.before_paragraph <= i) {
            crossheading += 1;
            write_crossheading(out, &id, crossheading, &sub.text)?;
        }
        *ordinal += 1;
        write_paragraph(out, p, *ordinal)?;
    }
    for sub in subs {
        crossheading += 1;
        write_crossheading(out, &id, crossheading, &sub.text)?;
    }
    out.close("level")
}

fn write_crossheading<W: io::Write>(
    out: &mut Out<W>,
    section: &str,
    n: usize,
    text: &str,
) -> io::Result<()> {
    let id = format!("{section}__crossheading_{n}");
    out.at(&id);
    out.leaf("crossHeading", &[("eId", &id)], text)
}

/// `paragraph eId="para_N"` with its printed marker in `num`, its text and
/// trailing lines as `p`s and its items as a `blockList` between them.
fn write_paragraph<W: io::Write>(out: &mut Out<W>, p: &Paragraph, ordinal: u32) -> io::Result<()> {
    let id = format!("para_{ordinal}");
    out.at(&id);
    out.open("paragraph", &[("eId", &id)])?;
    if let Some(marker) = &p.marker {
        out.leaf("num", &[], marker)?;
    }
    out.open("content", &[])?;
    out.open("p", &[])?;
    inline::write(out, &p.text, p.text_span.start, &p.citations)?;
    out.close("p")?;
    write_items(out, &p.items, &id)?;
    out.at(&id);
    for line in &p.trailing {
        out.open("p", &[])?;
        inline::write(out, &line.text, line.span.start, &p.citations)?;
        out.close("p")?;
    }
    out.close("content")?;
    out.close("paragraph")
}

/// What is left to write of a list, innermost last.
enum Step<'t> {
    Item(&'t Item, String),
    CloseItem,
    CloseList,
}

/// Items as `blockList/item`, nested lists inside their item, with an
/// explicit stack so no depth of nesting can exhaust the call stack.
fn write_items<W: io::Write>(out: &mut Out<W>, items: &[Item], parent: &str) -> io::Result<()> {
    let mut stack = Vec::new();
    open_list(out, items, parent, &mut stack)?;
    while let Some(step) = stack.pop() {
        match step {
            Step::CloseItem => out.close("item")?,
            Step::CloseList => out.close("blockList")?,
            Step::Item(item, id) => {
                out.at(&id);
                out.open("item", &[("eId", &id)])?;
                if let Some(marker) = &item.marker {
                    out.leaf("num", &[], marker)?;
                }
                out.open("p", &[])?;
                inline::write(out, &item.text, item.text_span.start, &item.citations)?;
                out.close("p")?;
                stack.push(Step::CloseItem);
                open_list(out, &item.items, &id, &mut stack)?;
            }
        }
    }
    Ok(())
}

/// Open the `blockList` of `items` under `parent` and queue its items.
fn open_list<'t, W: io::Write>(
    out: &mut Out<W>,
    items: &'t [Item],
    parent: &str,
    stack: &mut Vec<Step<'t>>,
) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    out.open("blockList", &[("eId", &format!("{parent}__list"))])?;
    stack.push(Step::CloseList);
    for (i, item) in items.iter().enumerate().rev() {
        stack.push(Step::Item(item, format!("{parent}__item_{}", i + 1)));
    }
    Ok(())
}

pub(super) fn write_conclusions<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    let Some(signature) = &d.signature else {
        return Ok(());
    };
    out.at("conclusions");
    out.open("conclusions", &[])?;
    out.open("p", &[])?;
    out.text("", 0)?;
    out.leaf("signature", &[], &signature.text)?;
    out.text("", 0)?;
    out.close("p")?;
    out.close("conclusions")
}
