//! The citation types: what a citation of law is, once read. The citation
//! pass (`src/citation/`) finds them in the texts of the tree and stores
//! them on their nodes.

use super::citation_note::{CitationNote, CitationNoteKind};
use super::instruments;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

const LEGISLATION: &str = "http://www.legislation.gov.uk/id/";

/// A citation of law, as printed in a paragraph, list item or summary.
///
/// Parenthetical citations (`(Local Government Act 1974, section 24A(6), as
/// amended)`), citations in running text (`section 17 of the Children Act
/// 1989`) and short references (`section 26B`, `the Act`) all become a
/// `Citation`. A short reference takes its instrument from the last full
/// citation before it in the same paragraph; when there is none, its
/// `instrument` is `None` and it carries [`CitationNoteKind::Unresolved`].
///
/// ```
/// let text = "Summary: We will not investigate.\nThe Ombudsman’s role and powers\n\
///     - We may decide not to start. (Local Government Act 1974, section 24A(6) as amended, section 34(B))\n";
/// let d = lgsco::parse(text)?;
/// let c = &d.sections[0].paragraphs[0].citations[0];
/// assert_eq!(c.text, "(Local Government Act 1974, section 24A(6) as amended, section 34(B))");
/// assert_eq!(c.span.slice(text), Some(c.text.as_str()));
/// assert_eq!(c.instrument.as_ref().unwrap().name(), "Local Government Act 1974");
/// let canonical: Vec<_> = c.provisions.iter().map(|p| p.canonical.as_str()).collect();
/// assert_eq!(canonical, ["s. 24A(6)", "s. 34B"]);
/// assert!(c.as_amended);
/// // `34(B)` is read as section 34B, and noted.
/// assert_eq!(c.notes[0].kind, lgsco::CitationNoteKind::LetterInBrackets);
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Citation {
    /// Where the citation is, in bytes of the whole input; brackets included
    /// for a parenthetical citation.
    pub span: Span,
    /// The citation as printed.
    pub text: String,
    /// How it is printed.
    pub form: CitationForm,
    /// The instrument cited; `None` for a short reference that nothing in
    /// its paragraph resolves.
    pub instrument: Option<Instrument>,
    /// For a short reference (or a title printed without its year), the
    /// span of the earlier citation that supplied the instrument.
    pub resolved_from: Option<Span>,
    /// The provisions cited, in the order printed, slips normalised. Empty
    /// when the citation names an instrument only.
    pub provisions: Vec<Provision>,
    /// Whether the citation says `as amended`.
    pub as_amended: bool,
    /// Slips and oddities, each with its span: what validation reports.
    pub notes: Vec<CitationNote>,
}

impl Citation {
    /// Each provision's canonical form with the instrument: `1974 c. 7 s.
    /// 24A(6)`, or with the title and year when the table does not know the
    /// chapter. Empty for an unresolved reference.
    ///
    /// ```
    /// let text = "Summary: Under section 17 of the Children Act 1989 and section 9 of the Care Act 2014.\n";
    /// let d = lgsco::parse(text)?;
    /// let s = d.summary.unwrap();
    /// assert_eq!(s.citations[0].full_canonical(), ["1989 c. 41 s. 17"]);
    /// assert_eq!(s.citations[1].full_canonical(), ["2014 c. 23 s. 9"]);
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn full_canonical(&self) -> Vec<String> {
        match &self.instrument {
            Some(i) => self.provisions.iter().map(|p| p.canonical_in(i)).collect(),
            None => Vec::new(),
        }
    }

    /// Whether the citation names no instrument of its own (`section 26B`,
    /// `the Act`), whether or not it was resolved.
    ///
    /// ```
    /// let text = "Summary: See section 188 of the Housing Act 1996. Section 188 applies.\n";
    /// let d = lgsco::parse(text)?;
    /// let c = &d.summary.unwrap().citations;
    /// assert!(!c[0].is_short() && c[1].is_short());
    /// assert_eq!(c[1].resolved_from, Some(c[0].span));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn is_short(&self) -> bool {
        // A title printed without its year and completed from context still
        // names its instrument.
        let completed = self
            .notes
            .iter()
            .any(|n| n.kind == CitationNoteKind::YearFromContext);
        self.instrument.is_none() || (self.resolved_from.is_some() && !completed)
    }
}

/// The instrument's name and the canonical provisions: `Local Government
/// Act 1974 s. 24A(6), s. 34B`; `(unresolved)` stands for an instrument
/// that nothing resolved.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE)?;
/// let c = d.citations().next().unwrap().citation;
/// assert_eq!(c.to_string(), "Local Government Act 1974 s. 24A(6), s. 34B");
/// # Ok::<(), lgsco::Error>(())
/// ```
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.instrument {
            Some(i) => write!(f, "{}", i.name())?,
            None => f.write_str("(unresolved)")?,
        }
        for (n, p) in self.provisions.iter().enumerate() {
            f.write_str(if n == 0 { " " } else { ", " })?;
            f.write_str(&p.canonical)?;
        }
        Ok(())
    }
}

/// How a citation is printed.
///
/// ```
/// use lgsco::CitationForm;
/// assert_eq!(serde_json::to_string(&CitationForm::RunningText).unwrap(), "\"running_text\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CitationForm {
    /// In round or square brackets: `(Local Government Act 1974, section
    /// 26(1))`.
    Parenthetical,
    /// In a sentence: `section 17 of the Children Act 1989`, `the Act`.
    RunningText,
}

/// An instrument: an Act, a statutory instrument or a convention; also a
/// judgment, cited by its neutral citation.
///
/// ```
/// use lgsco::{Instrument, InstrumentKind};
/// let lga = Instrument::new("Local Government Act", Some(1974), InstrumentKind::Act);
/// assert_eq!(lga.id.as_deref(), Some("ukpga/1974/7"));
/// assert_eq!(lga.short_form(), "1974 c. 7");
/// assert_eq!(lga.uri().as_deref(), Some("http://www.legislation.gov.uk/id/ukpga/1974/7"));
/// let other = Instrument::new("Caravan Sites Act", Some(1968), InstrumentKind::Act);
/// assert_eq!(other.id, None);
/// assert_eq!(other.short_form(), "Caravan Sites Act 1968");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Instrument {
    /// The title without its year (and without a leading `The`): `Local
    /// Government Act`, `Health and Social Care Act 2008 (Regulated
    /// Activities) Regulations`.
    pub title: String,
    /// The year, when printed (or supplied by an earlier citation of the
    /// same title in the paragraph).
    pub year: Option<u16>,
    /// Act, statutory instrument or convention.
    pub kind: InstrumentKind,
    /// The legislation.gov.uk identifier (`ukpga/1974/7`,
    /// `uksi/2014/2936`), for the instruments in the crate's table.
    pub id: Option<String>,
    /// Where the name is printed, in bytes of the whole input: the title
    /// and a year printed after it (`Local Government Act 1974`; `Care Act`
    /// in `the 2014 Care Act`; no leading `The`); for a judgment, the
    /// citation after the year (`EWHC 2847 (Admin)`). For an instrument a
    /// short reference took from an earlier citation, the span is in that
    /// citation. `None` for an instrument not read from a statement.
    ///
    /// ```
    /// let text = "Summary: See section 5 of the Caravan Sites Act 1968.\n";
    /// let d = lgsco::parse(text)?;
    /// let i = d.summary.unwrap().citations[0].instrument.clone().unwrap();
    /// assert_eq!(i.span.unwrap().slice(text), Some("Caravan Sites Act 1968"));
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Instrument {
    /// An instrument, with its identifier filled in from the built-in table
    /// when the title and year are known.
    ///
    /// ```
    /// use lgsco::{Instrument, InstrumentKind};
    /// let care = Instrument::new("Care Act", Some(2014), InstrumentKind::Act);
    /// assert_eq!(care.id.as_deref(), Some("ukpga/2014/23"));
    /// ```
    pub fn new(title: &str, year: Option<u16>, kind: InstrumentKind) -> Self {
        let known = year.and_then(|y| instruments::lookup(title, y));
        Instrument {
            title: known.map_or_else(|| clean_title(title), |k| k.title.to_owned()),
            year,
            kind: known.map_or(kind, |k| k.kind),
            id: known.map(|k| k.id.to_owned()),
            span: None,
        }
    }

    /// The same instrument, printed at `span`.
    ///
    /// ```
    /// use lgsco::{Instrument, InstrumentKind, Span};
    /// let i = Instrument::new("Care Act", Some(2014), InstrumentKind::Act).with_span(Span::new(4, 17));
    /// assert_eq!(i.span, Some(Span::new(4, 17)));
    /// ```
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// The title with its year: `Local Government Act 1974`.
    ///
    /// ```
    /// let i = lgsco::Instrument::new("Care Act", None, lgsco::InstrumentKind::Act);
    /// assert_eq!(i.name(), "Care Act");
    /// ```
    pub fn name(&self) -> String {
        match (self.kind, self.year) {
            (InstrumentKind::Judgment, Some(y)) => format!("[{y}] {}", self.title),
            (_, Some(y)) => format!("{} {y}", self.title),
            (_, None) => self.title.clone(),
        }
    }

    /// The short citation: `1974 c. 7` for an Act, `S.I. 2014/2936` for a
    /// statutory instrument, the title and year otherwise.
    ///
    /// ```
    /// use lgsco::{Instrument, InstrumentKind};
    /// let regs = Instrument::new(
    ///     "Health and Social Care Act 2008 (Regulated Activities) Regulations",
    ///     Some(2014),
    ///     InstrumentKind::StatutoryInstrument,
    /// );
    /// assert_eq!(regs.short_form(), "S.I. 2014/2936");
    /// ```
    pub fn short_form(&self) -> String {
        let parts: Vec<&str> = self.id.as_deref().unwrap_or("").split('/').collect();
        match parts.as_slice() {
            ["ukpga", year, chapter] => format!("{year} c. {chapter}"),
            ["uksi", year, number] => format!("S.I. {year}/{number}"),
            _ => self.name(),
        }
    }

    /// The legislation.gov.uk identifier URI, for instruments in the table.
    ///
    /// ```
    /// let i = lgsco::Instrument::new("Children Act", Some(1989), lgsco::InstrumentKind::Act);
    /// assert_eq!(i.uri().unwrap(), "http://www.legislation.gov.uk/id/ukpga/1989/41");
    /// ```
    pub fn uri(&self) -> Option<String> {
        self.id.as_ref().map(|id| format!("{LEGISLATION}{id}"))
    }
}

impl fmt::Display for Instrument {
    /// ```
    /// let i = lgsco::Instrument::new("Care Act", Some(2014), lgsco::InstrumentKind::Act);
    /// assert_eq!(i.to_string(), "Care Act 2014");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// What kind of instrument is cited.
///
/// ```
/// assert_eq!(serde_json::to_string(&lgsco::InstrumentKind::StatutoryInstrument).unwrap(),
///     "\"statutory_instrument\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InstrumentKind {
    /// An Act of Parliament.
    Act,
    /// Regulations, an Order or Rules made by statutory instrument.
    StatutoryInstrument,
    /// An international convention (`European Convention on Human Rights`).
    Convention,
    /// A court's judgment, by its neutral citation or law report: the
    /// title is the citation after the year (`EWHC 2847 (Admin)`).
    Judgment,
}

/// One cited provision: a section and its subsections, a schedule paragraph,
/// a Part, a regulation or an article.
///
/// ```
/// let text = "Summary: We cannot investigate (Local Government Act 1974, Schedule 5/5A, paragraph 1/3).\n";
/// let d = lgsco::parse(text)?;
/// let c = &d.summary.as_ref().unwrap().citations[0];
/// let p = &c.provisions[1];
/// assert_eq!(p.kind, lgsco::ProvisionKind::Paragraph);
/// assert_eq!((p.schedule.as_deref(), p.number.as_str()), (Some("5A"), "3"));
/// assert_eq!(p.canonical, "Sch. 5A para. 3");
/// assert_eq!(p.uri.as_deref(), Some("http://www.legislation.gov.uk/id/ukpga/1974/7/schedule/5A/paragraph/3"));
/// assert_eq!(p.text, "Schedule 5/5A, paragraph 1/3");
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Provision {
    /// What kind of division it is.
    pub kind: ProvisionKind,
    /// The number of the section, paragraph, Part, regulation or article,
    /// normalised (`34B` for a printed `34(B)`); for a schedule, the
    /// schedule's number.
    pub number: String,
    /// The schedule a paragraph belongs to.
    pub schedule: Option<String>,
    /// Subsections, paragraphs and sub-paragraphs below the number,
    /// normalised: `["6", "a"]` for `26(6)(a)`, `["1"]` for a printed `(i)`.
    pub path: Vec<String>,
    /// The provision as printed.
    pub text: String,
    /// Where it is printed, in bytes of the whole input.
    pub span: Span,
    /// The canonical form without the instrument: `s. 24A(6)`, `Sch. 5
    /// para. 1`, `reg. 19`, `Pt. 7`.
    pub canonical: String,
    /// The canonical form with the instrument (`1974 c. 7 s. 24A(6)`);
    /// `None` when the instrument is unresolved.
    pub full_canonical: Option<String>,
    /// The legislation.gov.uk identifier URI, when the instrument is in the
    /// crate's table.
    pub uri: Option<String>,
}

impl Provision {
    pub(crate) fn new(
        kind: ProvisionKind,
        number: String,
        schedule: Option<String>,
        path: Vec<String>,
        text: String,
        span: Span,
    ) -> Self {
        let mut p = Provision {
            kind,
            number,
            schedule,
            path,
            text,
            span,
            canonical: String::new(),
            full_canonical: None,
            uri: None,
        };
        p.canonical = p.render_canonical();
        p
    }

    fn render_canonical(&self) -> String {
        let mut out = String::new();
        if let Some(s) = &self.schedule {
            out.push_str("Sch. ");
            out.push_str(s);
            out.push(' ');
        }
        out.push_str(self.kind.abbreviation());
        out.push(' ');
        self.push_number(&mut out);
        out
    }

    /// Appends the number and its levels in brackets: `24A(6)(a)`.
    pub(crate) fn push_number(&self, out: &mut String) {
        out.push_str(&self.number);
        for level in &self.path {
            out.push('(');
            out.push_str(level);
            out.push(')');
        }
    }

    /// The canonical form with an instrument: `1974 c. 7 s. 24A(6)`, or
    /// `Caravan Sites Act 1968 s. 5` when the chapter is unknown.
    ///
    /// ```
    /// use lgsco::{Instrument, InstrumentKind};
    /// let text = "Summary: (Local Government Act 1974, section 26(6)(a)).\n";
    /// let d = lgsco::parse(text)?;
    /// let p = &d.summary.unwrap().citations[0].provisions[0];
    /// let lga = Instrument::new("Local Government Act", Some(1974), InstrumentKind::Act);
    /// assert_eq!(p.canonical_in(&lga), "1974 c. 7 s. 26(6)(a)");
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn canonical_in(&self, instrument: &Instrument) -> String {
        self.canonical_after(&instrument.short_form())
    }

    fn canonical_after(&self, short_form: &str) -> String {
        let mut out = String::with_capacity(short_form.len() + 1 + self.canonical.len());
        out.push_str(short_form);
        out.push(' ');
        out.push_str(&self.canonical);
        out
    }

    /// The legislation.gov.uk URI of the provision in an instrument, when
    /// the instrument has an identifier: each level is a path segment.
    ///
    /// ```
    /// use lgsco::{Instrument, InstrumentKind};
    /// let text = "Summary: (Local Government Act 1974, section 24A(6)).\n";
    /// let d = lgsco::parse(text)?;
    /// let p = &d.summary.unwrap().citations[0].provisions[0];
    /// let lga = Instrument::new("Local Government Act", Some(1974), InstrumentKind::Act);
    /// assert_eq!(p.uri_in(&lga).unwrap(), "http://www.legislation.gov.uk/id/ukpga/1974/7/section/24A/6");
    /// # Ok::<(), lgsco::Error>(())
    /// ```
    pub fn uri_in(&self, instrument: &Instrument) -> Option<String> {
        Some(self.uri_after(&instrument.uri()?))
    }

    fn uri_after(&self, instrument_uri: &str) -> String {
        let mut out = String::with_capacity(instrument_uri.len() + 32);
        out.push_str(instrument_uri);
        if let Some(s) = &self.schedule {
            out.push_str("/schedule/");
            out.push_str(s);
        }
        out.push('/');
        out.push_str(self.kind.segment());
        out.push('/');
        out.push_str(&self.number);
        for level in &self.path {
            out.push('/');
            out.push_str(level);
        }
        out
    }
}

/// The canonical form with the instrument when it is known (`1974 c. 7 s.
/// 24A(6)`), else without it (`s. 26B`).
///
/// ```
/// let d = lgsco::parse("Summary: (Local Government Act 1974, section 26(6)(a)). See section 26B.\n")?;
/// let c = &d.summary.unwrap().citations;
/// assert_eq!(c[0].provisions[0].to_string(), "1974 c. 7 s. 26(6)(a)");
/// assert_eq!(c[1].provisions[0].to_string(), "1974 c. 7 s. 26B");
/// # Ok::<(), lgsco::Error>(())
/// ```
impl fmt::Display for Provision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.full_canonical.as_deref().unwrap_or(&self.canonical))
    }
}

impl Citation {
    /// Fills each provision's `full_canonical` and `uri` from the citation's
    /// instrument.
    pub(crate) fn complete_provisions(&mut self) {
        let short_form = self.instrument.as_ref().map(Instrument::short_form);
        let uri = self.instrument.as_ref().and_then(Instrument::uri);
        for p in &mut self.provisions {
            p.full_canonical = short_form.as_deref().map(|s| p.canonical_after(s));
            p.uri = uri.as_deref().map(|u| p.uri_after(u));
        }
    }
}

/// The kind of a cited division of an instrument.
///
/// ```
/// assert_eq!(lgsco::ProvisionKind::Section.abbreviation(), "s.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProvisionKind {
    /// A section of an Act, with its subsections in [`Provision::path`].
    Section,
    /// A whole schedule.
    Schedule,
    /// A paragraph of a schedule ([`Provision::schedule`]).
    Paragraph,
    /// A Part.
    Part,
    /// A regulation of a statutory instrument.
    Regulation,
    /// An article (of an Order or a convention).
    Article,
}

impl ProvisionKind {
    /// The abbreviation used in canonical forms: `s.`, `Sch.`, `para.`,
    /// `Pt.`, `reg.`, `art.`.
    ///
    /// ```
    /// assert_eq!(lgsco::ProvisionKind::Part.abbreviation(), "Pt.");
    /// ```
    pub fn abbreviation(self) -> &'static str {
        match self {
            ProvisionKind::Section => "s.",
            ProvisionKind::Schedule => "Sch.",
            ProvisionKind::Paragraph => "para.",
            ProvisionKind::Part => "Pt.",
            ProvisionKind::Regulation => "reg.",
            ProvisionKind::Article => "art.",
        }
    }

    /// The path segment legislation.gov.uk uses: `section`, `schedule`,
    /// `paragraph`, `part`, `regulation`, `article`.
    ///
    /// ```
    /// assert_eq!(lgsco::ProvisionKind::Regulation.segment(), "regulation");
    /// ```
    pub fn segment(self) -> &'static str {
        match self {
            ProvisionKind::Section => "section",
            ProvisionKind::Schedule => "schedule",
            ProvisionKind::Paragraph => "paragraph",
            ProvisionKind::Part => "part",
            ProvisionKind::Regulation => "regulation",
            ProvisionKind::Article => "article",
        }
    }
}

/// A title as printed, with blanks made single spaces and a leading `The`
/// dropped.
fn clean_title(title: &str) -> String {
    let words: Vec<&str> = title
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"The") | Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}
