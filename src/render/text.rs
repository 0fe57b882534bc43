//! The canonical text rendering of a decision (its `Display`).

use crate::{Decision, Node, Paragraph, Text, TextLine};
use std::fmt;

/// The canonical dashed rendering: header lines, the final-decision label,
/// `Summary:`, each heading, `- ` paragraphs with `  • ` items (two more
/// spaces for each level of nesting), sub-headings, and the signature. A
/// paragraph that would read as something else after a dash (a lower-case
/// line after one ending in `:`, which reads as a flattened list item, or a
/// known heading first after the header, which reads as a table of
/// contents) is numbered `1.` instead. Parsing the rendering gives back the
/// same headings and texts, and rendering that gives the same text again.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let text = d.to_string();
/// assert!(text.starts_with("Borsetshire County Council (24 012 345)\nCategory : "));
/// let again = lgsco::parse(&text).unwrap();
/// assert_eq!(again.sections.len(), d.sections.len());
/// ```
impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        header(self, f)?;
        let mut markers = Markers::default();
        let mut moved = Moved::default();
        for t in self.texts() {
            match t.node {
                Node::Summary(s) => writeln!(f, "Summary: {}", s.text)?,
                Node::Paragraph(p) => {
                    moved = Moved::of(p);
                    writeln!(f, "{} {}", markers.of(p, &t), p.text)?
                }
                Node::Item(item) => {
                    if let (Some(p), [k]) = (t.place.paragraph, t.place.item.as_slice()) {
                        moved.print_before(p, *k as usize, f)?;
                    }
                    let width = t.place.item.depth() * 2;
                    writeln!(f, "{:width$}• {}", "", item.text)?
                }
                Node::Trailing(_) if moved.next_was_moved() => {}
                _ => writeln!(f, "{}", t.text)?,
            }
            markers.printed_body = true;
        }
        Ok(())
    }
}

/// A paragraph's trailing lines that stood before one of its items (a
/// citation standing alone between the paragraph and its list, or between
/// two items), by their spans: each is printed before that item, as after
/// the list it could read as something else (a title, before a `Decision
/// :` line). A tree built by hand, without spans, keeps the order of its
/// fields. Worked out once a paragraph, in one pass over both lists.
#[derive(Default)]
struct Moved {
    /// For each trailing line, the item of the outer list it stood before.
    before: Vec<Option<usize>>,
    /// The next trailing line to print before an item.
    printed: usize,
    /// The trailing lines the walk has reached.
    reached: usize,
}

impl Moved {
    fn of(p: &Paragraph) -> Moved {
        let mut k = 0;
        let before = p
            .trailing
            .iter()
            .map(|line: &TextLine| {
                if line.span.is_empty() {
                    return None;
                }
                while p.items.get(k).is_some_and(|i| i.span.start < line.span.end) {
                    k += 1;
                }
                (k < p.items.len()).then_some(k)
            })
            .collect();
        Moved {
            before,
            ..Moved::default()
        }
    }

    /// Print the trailing lines that stood before item `k` of `p`.
    fn print_before(&mut self, p: &Paragraph, k: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        while let Some(at) = self.before.get(self.printed) {
            match at {
                Some(j) if *j > k => break,
                Some(_) => writeln!(f, "{}", p.trailing[self.printed].text)?,
                None => {}
            }
            self.printed += 1;
        }
        Ok(())
    }

    /// Whether the walk's next trailing line was printed before an item.
    fn next_was_moved(&mut self) -> bool {
        let moved = self.before.get(self.reached).is_some_and(Option::is_some);
        self.reached += 1;
        moved
    }
}

/// The title and header lines, and the final-decision label.
fn header(d: &Decision, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let h = &d.header;
    match (&h.organisation, &h.reference) {
        (Some(org), Some(r)) => writeln!(f, "{org} ({r})")?,
        (None, Some(r)) => writeln!(f, "({r})")?,
        _ => {}
    }
    if let Some(c) = &h.category {
        writeln!(f, "Category : {c}")?;
    }
    // A header line printed without a value is kept: it may be all the
    // statement there is.
    match (&h.outcome, h.spans.outcome) {
        (Some(o), _) => writeln!(f, "Decision : {o}")?,
        (None, Some(_)) => writeln!(f, "Decision :")?,
        _ => {}
    }
    match (&h.date_text, h.date, h.spans.date) {
        (Some(text), _, _) => writeln!(f, "Decision date : {text}")?,
        (None, Some(date), _) => writeln!(f, "Decision date : {}", crate::tree::print_date(date))?,
        (None, None, Some(_)) => writeln!(f, "Decision date :")?,
        _ => {}
    }
    if d.final_decision_label.is_some() {
        writeln!(f, "The Ombudsman's final decision:")?;
    }
    Ok(())
}

/// Chooses each paragraph's marker: `-`, or `1.` where a dash would make
/// the line read back as something else.
#[derive(Default)]
struct Markers<'d> {
    /// Whether a line that ends the header has been printed.
    printed_body: bool,
    /// The previous paragraph and its section.
    previous: Option<(Option<usize>, &'d Paragraph)>,
}

impl<'d> Markers<'d> {
    fn of(&mut self, p: &'d Paragraph, t: &Text<'d>) -> &'static str {
        let section = t.place.section;
        // A lower-case line after a dashed paragraph ending in `:` reads as
        // an item of a list the dashed rendering flattened.
        let reads_as_item = self.previous.is_some_and(|(s, q)| {
            s == section && q.text.ends_with(':') && q.items.is_empty() && q.trailing.is_empty()
        }) && p.text.starts_with(char::is_lowercase);
        // Printed first after the header lines, `- Final decision` reads as
        // an entry of a table of contents; so does any paragraph that is
        // only a known heading.
        let reads_as_contents = !self.printed_body && crate::tree::is_known_heading(&p.text);
        self.previous = Some((section, p));
        if reads_as_item || reads_as_contents {
            "1."
        } else {
            "-"
        }
    }
}
