//! Puts the citations of each text into the tree, resolving short references
//! within their paragraph, and lists them back out.

use super::found::{Found, Want};
use super::scan::scan;
use crate::{Citation, CitationNote, CitationNoteKind, Decision, Instrument, InstrumentKind};
use crate::{Node, Span, Text};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// Scans every text that holds citations and stores them on its node. A
/// paragraph is one scope for short references: its text, then its items in
/// document order, then its trailing lines. At most `max` citations are
/// read (the nodes the lines left of the node limit); past them, the
/// offset of the citation that passed the limit.
pub(crate) fn attach(d: &mut Decision, max: usize) -> Result<(), usize> {
    let mut left = max;
    let mut scope = Scope::default();
    let mut passed = None;
    crate::tree::each_text_mut(d, |t| {
        if passed.is_some() {
            return;
        }
        if t.opens_paragraph {
            scope = Scope::default();
        }
        let found = scope.read(t.text, t.start, left);
        let Some(still) = left.checked_sub(found.len()) else {
            passed = found.get(left).map(|c| c.span.start);
            return;
        };
        left = still;
        t.citations.extend(found);
        // Room for four is kept after the first push; most texts hold one.
        t.citations.shrink_to_fit();
    });
    passed.map_or(Ok(()), Err)
}

/// The full citations seen so far in a paragraph.
#[derive(Default)]
struct Scope {
    named: Vec<(Instrument, Span)>,
}

impl Scope {
    /// How many earlier citations resolution looks back over.
    const DEPTH: usize = 64;

    /// The citations of `text`, more than `max` only when there are.
    fn read(&mut self, text: &str, base: usize, max: usize) -> Vec<Citation> {
        scan(text, base, max)
            .into_iter()
            .map(|f| self.resolve(f))
            .collect()
    }

    fn resolve(&mut self, found: Found) -> Citation {
        let Found { mut citation, want } = found;
        match want {
            Want::Nothing => {}
            Want::Year => {
                // `the Care Act` after `the Care Act 2014`.
                let title = citation.instrument.as_ref().map(|i| i.title.clone());
                if let Some((earlier, span)) = self
                    .named
                    .iter()
                    .rev()
                    .find(|(i, _)| i.year.is_some() && Some(&i.title) == title.as_ref())
                {
                    citation.instrument = Some(earlier.clone());
                    citation.resolved_from = Some(*span);
                    citation.notes.push(CitationNote::new(
                        CitationNoteKind::YearFromContext,
                        citation.span,
                    ));
                }
            }
            Want::Context { kind, year } => {
                let earlier = self.named.iter().rev().find(|(i, _)| {
                    kind.is_none_or(|k| k == i.kind) && year.is_none_or(|y| Some(y) == i.year)
                });
                match earlier {
                    Some((instrument, span)) => {
                        citation.instrument = Some(instrument.clone());
                        citation.resolved_from = Some(*span);
                    }
                    None => citation.notes.push(CitationNote::new(
                        CitationNoteKind::Unresolved,
                        citation.span,
                    )),
                }
            }
        }
        if !matches!(want, Want::Context { .. }) {
            // A judgment is no antecedent for `the Act` or `section 5`.
            if let Some(instrument) = citation
                .instrument
                .as_ref()
                .filter(|i| i.kind != InstrumentKind::Judgment)
            {
                if self.named.len() >= 2 * Self::DEPTH {
                    self.named.drain(..Self::DEPTH);
                }
                self.named.push((instrument.clone(), citation.span));
            }
        }
        citation.complete_provisions();
        citation.provisions.shrink_to_fit();
        citation.notes.shrink_to_fit();
        citation
    }
}

/// Where a citation occurs in a [`Decision`].
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// let first = d.citations().next().unwrap();
/// assert!(matches!(first.location, lgsco::Location::Paragraph { number: 2, .. }));
/// assert_eq!(first.location.to_string(), "¶2 (The Ombudsman’s role and powers)");
/// let json = serde_json::to_value(first.location).unwrap();
/// assert_eq!((json["in"].as_str(), json["number"].as_u64()), (Some("paragraph"), Some(2)));
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "in", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Location<'d> {
    /// In the summary.
    Summary,
    /// In a paragraph's own text or in a line after its items.
    Paragraph {
        /// Index of the section in [`Decision::sections`].
        section: usize,
        /// The section's heading.
        heading: Option<&'d str>,
        /// The paragraph's document-wide number.
        number: u32,
    },
    /// In a list item of a paragraph.
    Item {
        /// Index of the section in [`Decision::sections`].
        section: usize,
        /// The section's heading.
        heading: Option<&'d str>,
        /// The number of the paragraph the item belongs to.
        number: u32,
    },
}

impl<'d> Location<'d> {
    /// Where a text of the walk is, as a citation location.
    fn of(t: &Text<'d>) -> Location<'d> {
        let (section, heading) = (t.place.section.unwrap_or(0), t.place.heading);
        let number = t.place.paragraph.map_or(0, |p| p.number);
        match t.node {
            Node::Item(_) => Location::Item {
                section,
                heading,
                number,
            },
            Node::Summary(_) => Location::Summary,
            _ => Location::Paragraph {
                section,
                heading,
                number,
            },
        }
    }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, heading, number) = match *self {
            Location::Summary => return f.write_str("summary"),
            Location::Paragraph {
                heading, number, ..
            } => ("¶", heading, number),
            Location::Item {
                heading, number, ..
            } => ("item of ¶", heading, number),
        };
        write!(f, "{what}{number}")?;
        if let Some(h) = heading {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

/// A citation with where it occurs: what [`Decision::citations`] yields.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// for c in d.citations() {
///     println!("{}: {}", c.location, c.citation.text);
/// }
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CitationRef<'d> {
    /// The citation.
    pub citation: &'d Citation,
    /// Where it is.
    pub location: Location<'d>,
}

impl Decision {
    /// Every citation of law in the statement, in document order, with where
    /// it occurs.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE)?;
    /// let texts: Vec<&str> = d.citations().map(|c| c.citation.text.as_str()).collect();
    /// assert_eq!(texts.len(), 1);
    /// assert!(texts[0].starts_with("(Local Government Act 1974, section 24A(6)"));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn citations(&self) -> impl Iterator<Item = CitationRef<'_>> + '_ {
        self.texts().flat_map(|t| {
            let location = Location::of(&t);
            t.citations()
                .iter()
                .map(move |citation| CitationRef { citation, location })
        })
    }

    /// How often each provision is cited, keyed by its canonical form with
    /// the instrument (`1974 c. 7 s. 24A(6)`). Unresolved short references
    /// are left out: their instrument is unknown.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE)?;
    /// let counts = d.cited_provisions();
    /// assert_eq!(counts.get("1974 c. 7 s. 24A(6)"), Some(&1));
    /// assert_eq!(counts.get("1974 c. 7 s. 34B"), Some(&1));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn cited_provisions(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for c in self.citations() {
            for p in &c.citation.provisions {
                if let Some(key) = &p.full_canonical {
                    *counts.entry(key.clone()).or_insert(0) += 1;
                }
            }
        }
        counts
    }
}
