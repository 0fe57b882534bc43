//! The one walk over a decision: every text (summary, headings,
//! sub-headings, paragraphs, nested items, trailing lines, signature) in
//! document order, with where it stands. Renderings, citation passes and
//! validation all read the tree through it, so a new node kind is added here
//! once.
//!
//! The walk keeps one frame per open list, never one per node, so its memory
//! is bounded by the nesting depth whatever the size of the tree. The
//! citation pass writes through `each_text_mut`, which follows the same
//! order; a test below compares the two.

use super::{
    Citation, Decision, Item, Paragraph, Section, Signature, SubHeading, Summary, TextLine,
};
use crate::text::Span;
use std::fmt;

/// The deepest item path a [`Place`] records: the most
/// [`Options::max_item_depth`](crate::Options::max_item_depth) allows.
pub(crate) const MAX_DEPTH: usize = 32;

/// The node a [`Text`] belongs to.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// let first = d.texts().next().unwrap();
/// assert!(matches!(first.node, lgsco::Node::Summary(_)));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Node<'d> {
    /// The summary's text.
    Summary(&'d Summary),
    /// A section's heading.
    Heading(&'d Section),
    /// A sub-heading inside a section.
    SubHeading(&'d SubHeading),
    /// A paragraph's own text.
    Paragraph(&'d Paragraph),
    /// A list item's text.
    Item(&'d Item),
    /// A line after a paragraph's items (a citation standing alone).
    Trailing(&'d TextLine),
    /// The closing line.
    Signature(&'d Signature),
}

/// The position of a list item under its paragraph: the index in each list
/// from the outermost down, from 0.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// let item = d.texts().find(|t| matches!(t.node, lgsco::Node::Item(_))).unwrap();
/// assert_eq!(item.place.item.as_slice(), [0]);
/// assert_eq!(item.place.item.to_string(), "1");
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemPath {
    len: u8,
    at: [u32; MAX_DEPTH],
}

impl ItemPath {
    /// The indices, outermost first; empty outside a list item.
    ///
    /// ```
    /// assert!(lgsco::ItemPath::default().as_slice().is_empty());
    /// ```
    pub fn as_slice(&self) -> &[u32] {
        &self.at[..usize::from(self.len)]
    }

    /// How deep the item is: 1 for an item of the paragraph, 0 outside lists.
    ///
    /// ```
    /// assert_eq!(lgsco::ItemPath::default().depth(), 0);
    /// ```
    pub fn depth(&self) -> usize {
        usize::from(self.len)
    }

    fn push(mut self, index: usize) -> Self {
        if let Some(slot) = self.at.get_mut(usize::from(self.len)) {
            *slot = u32::try_from(index).unwrap_or(u32::MAX);
            self.len += 1;
        }
        self
    }
}

/// Numbered from 1 and joined by dots: `2.1` is the first item under the
/// second.
impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, n) in self.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{}", u64::from(*n) + 1)?;
        }
        Ok(())
    }
}

impl fmt::Debug for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// Where a [`Text`] stands in the decision.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// let t = d.texts().find(|t| matches!(t.node, lgsco::Node::Item(_))).unwrap();
/// assert_eq!(t.place.section, Some(1));
/// assert_eq!(t.place.heading, Some("The Ombudsman’s role and powers"));
/// assert_eq!(t.place.paragraph.map(|p| p.number), Some(2));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Place<'d> {
    /// Index of the section in [`Decision::sections`].
    pub section: Option<usize>,
    /// The section's heading as printed.
    pub heading: Option<&'d str>,
    /// The sub-heading the text stands under, when the section has one
    /// before it.
    pub subheading: Option<&'d SubHeading>,
    /// The paragraph the text belongs to (its own text, an item, a trailing
    /// line).
    pub paragraph: Option<&'d Paragraph>,
    /// The item's position under the paragraph; empty outside items.
    pub item: ItemPath,
}

/// One text of a decision: what [`Decision::texts`] yields.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// for t in d.texts() {
///     assert_eq!(&lgsco::SAMPLE[t.span.start..t.span.end], t.text);
/// }
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Text<'d> {
    /// The node.
    pub node: Node<'d>,
    /// The text as the tree holds it (without marker or label).
    pub text: &'d str,
    /// Where the text is in the input.
    pub span: Span,
    /// Where it stands.
    pub place: Place<'d>,
}

impl<'d> Text<'d> {
    /// The citations of law read from this text.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE)?;
    /// let cited: usize = d.texts().map(|t| t.citations().len()).sum();
    /// assert_eq!(cited, d.citations().count());
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn citations(&self) -> &'d [Citation] {
        match self.node {
            Node::Summary(s) => &s.citations,
            Node::Item(i) => &i.citations,
            // A paragraph keeps the citations of its own text, then those of
            // its trailing lines, in order.
            Node::Paragraph(p) => within(&p.citations, p.text_span),
            Node::Trailing(line) => self
                .place
                .paragraph
                .map_or(&[], |p| within(&p.citations, line.span)),
            Node::Heading(_) | Node::SubHeading(_) | Node::Signature(_) => &[],
        }
    }
}

/// The citations, sorted by position, that start inside `span`.
fn within(citations: &[Citation], span: Span) -> &[Citation] {
    let from = citations.partition_point(|c| c.span.start < span.start);
    let to = citations.partition_point(|c| c.span.start < span.end.max(span.start + 1));
    &citations[from..to.max(from)]
}

impl Decision {
    /// Every text of the statement in document order, with where it stands:
    /// the summary, then each section's heading, its sub-headings and
    /// paragraphs in their place (each paragraph's text, then its items depth
    /// first, then its trailing lines), then the signature.
    ///
    /// ```
    /// use lgsco::Node;
    /// let d = lgsco::parse(lgsco::SAMPLE)?;
    /// let headings: Vec<&str> = d
    ///     .texts()
    ///     .filter(|t| matches!(t.node, Node::Heading(_)))
    ///     .map(|t| t.text)
    ///     .collect();
    /// assert_eq!(headings[0], "The complaint");
    /// assert!(matches!(d.texts().last().unwrap().node, Node::Signature(_)));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn texts(&self) -> Texts<'_> {
        Texts {
            d: self,
            stage: Stage::Summary,
            section: 0,
            next_paragraph: 0,
            next_sub: 0,
            subheading: None,
            paragraph: ParagraphWalk::default(),
        }
    }
}

impl Paragraph {
    /// The paragraph's own texts: its text, its items depth first, then its
    /// trailing lines. Their [`Place`] names the paragraph but no section.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE)?;
    /// let p = &d.sections[1].paragraphs[0];
    /// assert_eq!(p.texts().count(), 1 + p.items.len() + p.trailing.len());
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn texts(&self) -> impl Iterator<Item = Text<'_>> + '_ {
        let mut walk = ParagraphWalk::new(self, Place::default());
        std::iter::from_fn(move || walk.next())
    }
}

/// The iterator [`Decision::texts`] returns.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// let texts: lgsco::Texts<'_> = d.texts();
/// assert!(texts.count() > 10);
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Debug)]
pub struct Texts<'d> {
    d: &'d Decision,
    stage: Stage,
    /// The section being walked.
    section: usize,
    next_paragraph: usize,
    next_sub: usize,
    subheading: Option<&'d SubHeading>,
    /// The paragraph being walked; its list stack is reused from one
    /// paragraph to the next.
    paragraph: ParagraphWalk<'d>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Summary,
    Heading,
    InSection,
    Signature,
    Done,
}

impl<'d> Iterator for Texts<'d> {
    type Item = Text<'d>;

    fn next(&mut self) -> Option<Text<'d>> {
        loop {
            if let Some(text) = self.paragraph.next() {
                return Some(text);
            }
            match self.stage {
                Stage::Summary => {
                    self.stage = Stage::Heading;
                    if let Some(s) = &self.d.summary {
                        return Some(text(
                            Node::Summary(s),
                            &s.text,
                            s.text_span,
                            Place::default(),
                        ));
                    }
                }
                Stage::Heading => {
                    let Some(section) = self.d.sections.get(self.section) else {
                        self.stage = Stage::Signature;
                        continue;
                    };
                    self.stage = Stage::InSection;
                    if let Some(heading) = &section.heading {
                        let span = section.heading_span.unwrap_or(section.span);
                        return Some(text(Node::Heading(section), heading, span, self.place()));
                    }
                }
                Stage::InSection => {
                    if let Some(t) = self.in_section() {
                        return Some(t);
                    }
                }
                Stage::Signature => {
                    self.stage = Stage::Done;
                    if let Some(s) = &self.d.signature {
                        return Some(text(Node::Signature(s), &s.text, s.span, Place::default()));
                    }
                }
                Stage::Done => return None,
            }
        }
    }
}

impl<'d> Texts<'d> {
    fn place(&self) -> Place<'d> {
        let section = &self.d.sections[self.section];
        Place {
            section: Some(self.section),
            heading: section.heading.as_deref(),
            subheading: self.subheading,
            ..Place::default()
        }
    }

    /// The next sub-heading or paragraph of the current section (a
    /// paragraph's walk is left in `self.paragraph`), or on to the next
    /// section.
    fn in_section(&mut self) -> Option<Text<'d>> {
        let section = &self.d.sections[self.section];
        let sub = section.subheadings.get(self.next_sub);
        // Sub-headings printed before this paragraph, or after the last.
        if let Some(sub) = sub.filter(|s| {
            s.before_paragraph <= self.next_paragraph
                || self.next_paragraph >= section.paragraphs.len()
        }) {
            self.next_sub += 1;
            self.subheading = Some(sub);
            return Some(text(
                Node::SubHeading(sub),
                &sub.text,
                sub.span,
                self.place(),
            ));
        }
        if let Some(p) = section.paragraphs.get(self.next_paragraph) {
            self.next_paragraph += 1;
            let place = self.place();
            self.paragraph.start(p, place);
            return None;
        }
        self.section += 1;
        self.next_paragraph = 0;
        self.next_sub = 0;
        self.subheading = None;
        self.stage = Stage::Heading;
        None
    }
}

/// The texts of one paragraph, with one frame per open list.
#[derive(Debug, Default)]
struct ParagraphWalk<'d> {
    /// The paragraph, until its walk is over.
    p: Option<&'d Paragraph>,
    place: Place<'d>,
    started: bool,
    /// Each open list and the index of its next item.
    lists: Vec<(&'d [Item], usize)>,
    next_trailing: usize,
}

impl<'d> ParagraphWalk<'d> {
    fn new(p: &'d Paragraph, place: Place<'d>) -> Self {
        let mut walk = ParagraphWalk::default();
        walk.start(p, place);
        walk
    }

    fn start(&mut self, p: &'d Paragraph, place: Place<'d>) {
        self.p = Some(p);
        self.place = Place {
            paragraph: Some(p),
            ..place
        };
        self.started = false;
        self.lists.clear();
        self.next_trailing = 0;
    }

    fn next(&mut self) -> Option<Text<'d>> {
        let p = self.p?;
        if !self.started {
            self.started = true;
            if !p.items.is_empty() {
                self.lists.push((&p.items, 0));
            }
            return Some(text(Node::Paragraph(p), &p.text, p.text_span, self.place));
        }
        if let Some(t) = self.next_item() {
            return Some(t);
        }
        match p.trailing.get(self.next_trailing) {
            Some(line) => {
                self.next_trailing += 1;
                Some(text(
                    Node::Trailing(line),
                    &line.text,
                    line.span,
                    self.place,
                ))
            }
            None => {
                self.p = None;
                None
            }
        }
    }

    /// The next item, depth first.
    fn next_item(&mut self) -> Option<Text<'d>> {
        while let Some((list, next)) = self.lists.last_mut() {
            let Some(item) = list.get(*next) else {
                self.lists.pop();
                continue;
            };
            *next += 1;
            let path = self
                .lists
                .iter()
                .fold(ItemPath::default(), |path, (_, n)| path.push(n - 1));
            if !item.items.is_empty() {
                self.lists.push((&item.items, 0));
            }
            let place = Place {
                item: path,
                ..self.place
            };
            return Some(text(Node::Item(item), &item.text, item.text_span, place));
        }
        None
    }
}

fn text<'d>(node: Node<'d>, text: &'d str, span: Span, place: Place<'d>) -> Text<'d> {
    Text {
        node,
        text,
        span,
        place,
    }
}

/// A text and the list its citations go in, for the pass that fills them.
pub(crate) struct TextMut<'a> {
    pub(crate) text: &'a str,
    /// Where `text` starts in the input.
    pub(crate) start: usize,
    pub(crate) citations: &'a mut Vec<Citation>,
    /// Whether the text opens a paragraph (or is the summary): short
    /// references resolve within one.
    pub(crate) opens_paragraph: bool,
}

/// The walk of [`Decision::texts`], over the texts that hold citations, with
/// their citation lists open for writing: the same texts in the same order
/// (the test `the_mutable_walk_follows_texts` holds them together), for
/// the citation pass, which cannot write through the shared walk.
pub(crate) fn each_text_mut(d: &mut Decision, mut f: impl FnMut(TextMut<'_>)) {
    if let Some(s) = &mut d.summary {
        f(TextMut {
            text: &s.text,
            start: s.text_span.start,
            citations: &mut s.citations,
            opens_paragraph: true,
        });
    }
    for p in d.sections.iter_mut().flat_map(|s| &mut s.paragraphs) {
        f(TextMut {
            text: &p.text,
            start: p.text_span.start,
            citations: &mut p.citations,
            opens_paragraph: true,
        });
        let mut stack: Vec<&mut Item> = p.items.iter_mut().rev().collect();
        while let Some(item) = stack.pop() {
            f(TextMut {
                text: &item.text,
                start: item.text_span.start,
                citations: &mut item.citations,
                opens_paragraph: false,
            });
            stack.extend(item.items.iter_mut().rev());
        }
        for line in &p.trailing {
            f(TextMut {
                text: &line.text,
                start: line.span.start,
                citations: &mut p.citations,
                opens_paragraph: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{each_text_mut, Node};
    use crate::text::Span;
    use crate::tree::{Decision, Item, Paragraph, TextLine};
    use std::path::Path;

    /// `(start, text, opens_paragraph)` of each text that holds citations.
    type Visit = (usize, String, bool);

    /// The texts `each_text_mut` visits, in its order.
    fn walked(d: &mut Decision) -> Vec<Visit> {
        let mut out = Vec::new();
        each_text_mut(d, |t| {
            out.push((t.start, t.text.to_owned(), t.opens_paragraph))
        });
        out
    }

    /// The texts of `texts()` that hold citations, in its order.
    fn listed(d: &Decision) -> Vec<Visit> {
        d.texts()
            .filter_map(|t| {
                let opens = match t.node {
                    Node::Summary(_) | Node::Paragraph(_) => true,
                    Node::Item(_) | Node::Trailing(_) => false,
                    _ => return None,
                };
                Some((t.span.start, t.text.to_owned(), opens))
            })
            .collect()
    }

    fn trees(dir: &Path, out: &mut Vec<Decision>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                trees(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                let json = std::fs::read_to_string(&path).unwrap();
                if let Ok(d) = serde_json::from_str::<Decision>(&json) {
                    out.push(d);
                }
            }
        }
    }

    /// A paragraph with items three deep and trailing lines, which no
    /// golden tree has: `p`, `a`, `a1`, `a1i`, `a2`, `b`, `t1`, `t2` in
    /// document order.
    fn nested() -> Paragraph {
        let item = |text: &str, items: Vec<Item>| {
            let mut item = Item::new(text);
            item.items = items;
            item
        };
        let line = |text: &str| TextLine {
            text: text.to_owned(),
            span: Span::default(),
        };
        let mut p = Paragraph::new("p");
        p.items = vec![
            item(
                "a",
                vec![item("a1", vec![item("a1i", vec![])]), item("a2", vec![])],
            ),
            item("b", vec![]),
        ];
        p.trailing = vec![line("t1"), line("t2")];
        p
    }

    /// One walk order: the mutable walk of the citation pass visits the
    /// texts that hold citations in the order `texts()` gives them, on every
    /// golden tree, and on each again with a deeply nested paragraph put
    /// first in its first section.
    #[test]
    fn the_mutable_walk_follows_texts() {
        let mut all = Vec::new();
        let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
        trees(&golden, &mut all);
        assert!(all.len() >= 10, "only {} golden trees", all.len());
        let with_sections: Vec<Decision> = all
            .iter()
            .filter(|d| !d.sections.is_empty())
            .cloned()
            .collect();
        // The nested paragraph alone, in a section of its own.
        let mut d = with_sections[0].clone();
        d.summary = None;
        d.sections.truncate(1);
        d.sections[0].subheadings.clear();
        d.sections[0].paragraphs = vec![nested()];
        let order: Vec<String> = walked(&mut d).into_iter().map(|v| v.1).collect();
        assert_eq!(order, ["p", "a", "a1", "a1i", "a2", "b", "t1", "t2"]);
        // And first among the paragraphs of every golden tree.
        for mut d in with_sections {
            d.sections[0].paragraphs.insert(0, nested());
            all.push(d);
        }
        for mut d in all {
            let listed = listed(&d);
            assert_eq!(walked(&mut d), listed);
        }
    }
}
