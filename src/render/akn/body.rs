//! `header`, `judgmentBody` and `conclusions`.

use super::inline;
use super::out::Out;
use crate::{Decision, Item, Node, Paragraph, SectionKind, Text};
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
    let mut body = Body {
        out,
        d,
        block: None,
        level: None,
        crossheading: 0,
        ordinal: 0,
        paragraph: None,
        items: Vec::new(),
    };
    for t in d.texts() {
        body.text(&t)?;
    }
    body.finish()
}

/// Where the writer stands in the nesting of the body.
struct Body<'a, W: io::Write> {
    out: &'a mut Out<W>,
    d: &'a Decision,
    /// The open block (`background`, `motivation`, ...).
    block: Option<&'static str>,
    /// The index of the section whose `level` is open.
    level: Option<usize>,
    /// The `crossHeading`s written in the open level.
    crossheading: usize,
    /// Paragraphs across the document.
    ordinal: u32,
    /// The `eId` of the paragraph whose `content` is open.
    paragraph: Option<String>,
    /// The `eId`s of the open items, outermost first; each sits in an open
    /// `blockList`.
    items: Vec<String>,
}

impl<W: io::Write> Body<'_, W> {
    fn text(&mut self, t: &Text<'_>) -> io::Result<()> {
        match t.node {
            Node::Summary(_) => self.summary(t),
            Node::Heading(_) => {
                self.enter(t.place.section)?;
                self.out.leaf("heading", &[], t.text)
            }
            Node::SubHeading(_) => {
                self.enter(t.place.section)?;
                self.close_paragraph()?;
                self.crossheading += 1;
                let id = format!("{}__crossheading_{}", sec_id(self.level), self.crossheading);
                self.out.at(&id);
                self.out.leaf("crossHeading", &[("eId", &id)], t.text)
            }
            Node::Paragraph(p) => {
                self.enter(t.place.section)?;
                self.open_paragraph(p)?;
                self.p(t)
            }
            Node::Item(item) => self.item(t, item),
            Node::Trailing(_) => {
                self.close_items()?;
                if let Some(id) = &self.paragraph {
                    self.out.at(id);
                }
                self.p(t)
            }
            // The signature is written in `conclusions`.
            Node::Signature(_) => Ok(()),
        }
    }

    fn summary(&mut self, t: &Text<'_>) -> io::Result<()> {
        self.out.at("summary");
        self.out.open("introduction", &[])?;
        let attributes = [("name", "summary"), ("eId", "summary")];
        self.out.open("container", &attributes)?;
        self.p(t)?;
        self.out.close("container")?;
        self.out.close("introduction")
    }

    /// The text as a `p` with its citations linked.
    fn p(&mut self, t: &Text<'_>) -> io::Result<()> {
        self.out.open("p", &[])?;
        inline::write(self.out, t.text, t.span.start, t.citations())?;
        self.out.close("p")
    }

    /// Open the `level` of section `index` unless it is open, after the
    /// `level`s of any sections before it that hold no text.
    fn enter(&mut self, index: Option<usize>) -> io::Result<()> {
        let Some(index) = index else {
            return Ok(());
        };
        let from = self.level.map_or(0, |open| open + 1);
        for i in from..=index {
            self.open_level(i)?;
        }
        Ok(())
    }

    /// Close what is open and open the `level` of section `index`, in the
    /// block of its kind.
    fn open_level(&mut self, index: usize) -> io::Result<()> {
        self.close_level()?;
        let kind = self.d.sections.get(index).map(|s| s.kind);
        let next = kind
            .and_then(block_of)
            .or(self.block)
            .unwrap_or("background");
        if self.block != Some(next) {
            if let Some(open) = self.block {
                self.out.close(open)?;
            }
            self.out.open(next, &[])?;
            self.block = Some(next);
        }
        self.level = Some(index);
        self.crossheading = 0;
        let id = sec_id(self.level);
        self.out.at(&id);
        self.out.open("level", &[("eId", &id)])
    }

    fn close_level(&mut self) -> io::Result<()> {
        self.close_paragraph()?;
        if self.level.is_some() {
            self.out.close("level")?;
        }
        Ok(())
    }

    /// `paragraph eId="para_N"` with its printed marker in `num`; its text,
    /// items (as a `blockList`) and trailing lines go in its `content`.
    fn open_paragraph(&mut self, p: &Paragraph) -> io::Result<()> {
        self.close_paragraph()?;
        self.ordinal += 1;
        let id = format!("para_{}", self.ordinal);
        self.out.at(&id);
        self.out.open("paragraph", &[("eId", &id)])?;
        if let Some(marker) = &p.marker {
            self.out.leaf("num", &[], marker)?;
        }
        self.out.open("content", &[])?;
        self.paragraph = Some(id);
        Ok(())
    }

    fn close_paragraph(&mut self) -> io::Result<()> {
        self.close_items()?;
        if self.paragraph.take().is_some() {
            self.out.close("content")?;
            self.out.close("paragraph")?;
        }
        Ok(())
    }

    /// An item as `item` in the `blockList` of its parent, opened before
    /// the first: the items still open at its depth or deeper are closed.
    fn item(&mut self, t: &Text<'_>, item: &Item) -> io::Result<()> {
        let path = t.place.item.as_slice();
        let depth = path.len().max(1);
        while self.items.len() >= depth {
            self.close_item()?;
            if self.items.len() >= depth {
                self.out.close("blockList")?;
            }
        }
        let parent = self.items.last().or(self.paragraph.as_ref());
        let parent = parent.map_or("", String::as_str);
        let index = path.last().map_or(0, |i| u64::from(*i));
        if index == 0 {
            self.out
                .open("blockList", &[("eId", &format!("{parent}__list"))])?;
        }
        let id = format!("{parent}__item_{}", index + 1);
        self.out.at(&id);
        self.out.open("item", &[("eId", &id)])?;
        if let Some(marker) = &item.marker {
            self.out.leaf("num", &[], marker)?;
        }
        self.p(t)?;
        self.items.push(id);
        Ok(())
    }

    fn close_item(&mut self) -> io::Result<()> {
        self.items.pop();
        self.out.close("item")
    }

    /// Close every open item and its list.
    fn close_items(&mut self) -> io::Result<()> {
        while !self.items.is_empty() {
            self.close_item()?;
            self.out.close("blockList")?;
        }
        Ok(())
    }

    /// Close what is open, after the `level`s of trailing sections that
    /// hold no text; the schema wants one block at least.
    fn finish(mut self) -> io::Result<()> {
        if let Some(last) = self.d.sections.len().checked_sub(1) {
            self.enter(Some(last))?;
        }
        self.close_level()?;
        match self.block {
            Some(open) => self.out.close(open)?,
            None if self.d.summary.is_none() => {
                self.out.open("introduction", &[])?;
                self.out.leaf("p", &[], "")?;
                self.out.close("introduction")?;
            }
            None => {}
        }
        self.out.close("judgmentBody")
    }
}

/// `sec_N`, numbered from 1.
fn sec_id(level: Option<usize>) -> String {
    format!("sec_{}", level.map_or(0, |i| i + 1))
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
