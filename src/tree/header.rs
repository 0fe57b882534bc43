//! The header of a statement: organisation, reference, category, outcome and
//! decision date.

use super::vocab;
use crate::text::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The header lines of a statement. Every field is optional: mirrors and many
/// captures from 2021 on print only some of them, or none.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let h = &d.header;
/// assert_eq!(h.organisation.as_deref(), Some("Borsetshire County Council"));
/// assert_eq!(h.reference.as_ref().unwrap().to_string(), "24 012 345");
/// assert_eq!(h.date.unwrap().to_string(), "2024-11-05");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Header {
    /// The body complained about, from the title line.
    pub organisation: Option<String>,
    /// The case reference, from the title line.
    pub reference: Option<Reference>,
    /// `Category : Area > Subcategory`.
    pub category: Option<Category>,
    /// `Decision : <outcome>`.
    pub outcome: Option<Outcome>,
    /// `Decision date : DD Mon YYYY`, when it is a real date.
    pub date: Option<NaiveDate>,
    /// The decision date as printed, kept even when it is not a real date.
    pub date_text: Option<String>,
    /// Where each header line is.
    pub spans: HeaderSpans,
    /// The organisation placed in the register of councils, or given its
    /// kind ([`org`](crate::org)); for a statement without a header, the
    /// council its text names, when it names exactly one.
    ///
    /// ```
    /// let d = lgsco::parse("Redcar & Cleveland Council (24 012 345)\nSummary: s.\n").unwrap();
    /// let o = d.header.resolved_organisation.unwrap();
    /// assert_eq!(o.council().unwrap().code(), "RCC");
    /// ```
    #[serde(default)]
    pub resolved_organisation: Option<crate::org::Organisation>,
}

impl Header {
    /// Whether no header line was found at all (a mirror copy).
    ///
    /// ```
    /// assert!(lgsco::Header::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.spans == HeaderSpans::default()
    }
}

/// The span of each header line that was found.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// let title = d.header.spans.title.unwrap();
/// assert_eq!(&lgsco::SAMPLE[title.start..title.end], "Borsetshire County Council (24 012 345)");
/// let date = d.header.spans.date_value.unwrap();
/// assert_eq!(&lgsco::SAMPLE[date.start..date.end], "05 Nov 2024");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HeaderSpans {
    /// The title line `Organisation (YY NNN NNN)`.
    pub title: Option<Span>,
    /// The organisation inside the title line.
    pub organisation: Option<Span>,
    /// The reference inside the title line.
    pub reference: Option<Span>,
    /// The `Category :` line.
    pub category: Option<Span>,
    /// The `Decision :` line.
    pub outcome: Option<Span>,
    /// The `Decision date :` line.
    pub date: Option<Span>,
    /// The area of the category, as printed.
    #[serde(default)]
    pub area: Option<Span>,
    /// The subcategory, as printed.
    #[serde(default)]
    pub subcategory: Option<Span>,
    /// The outcome after `Decision :`.
    #[serde(default)]
    pub outcome_value: Option<Span>,
    /// The date after `Decision date :`.
    #[serde(default)]
    pub date_value: Option<Span>,
}

impl HeaderSpans {
    /// The header lines found, in the order the canonical rendering prints
    /// them: title, category, outcome, date.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    /// assert_eq!(d.header.spans.lines().count(), 4);
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = Span> {
        [self.title, self.category, self.outcome, self.date]
            .into_iter()
            .flatten()
    }
}

/// A case reference as printed, such as `24 006 388` or `17 002 402b`.
///
/// The first two digits are the business year (April to March) in which the
/// complaint arrived. References that do not have the canonical shape
/// `YY NNN NNN[a-z]` are kept as printed; [`Reference::is_canonical`] says
/// which is which. It serialises as the printed string.
///
/// ```
/// let r: lgsco::Reference = "17 002 402b".parse().unwrap();
/// assert_eq!(r.year(), Some(2017));
/// assert_eq!(r.serial(), Some(2402));
/// assert_eq!(r.suffix(), Some('b'));
/// assert_eq!(r.to_string(), "17 002 402b");
/// assert!("17-002-402".parse::<lgsco::Reference>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct Reference {
    printed: String,
}

impl Reference {
    /// Keep a reference as printed, canonical or not.
    pub(crate) fn printed(text: &str) -> Self {
        Reference {
            printed: text.to_owned(),
        }
    }

    /// The reference exactly as printed.
    ///
    /// ```
    /// let r: lgsco::Reference = "24 006 388".parse().unwrap();
    /// assert_eq!(r.as_str(), "24 006 388");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.printed
    }

    /// Whether it has the canonical shape `YY NNN NNN` with an optional
    /// lower-case letter.
    ///
    /// ```
    /// let r: lgsco::Reference = "24 006 388".parse().unwrap();
    /// assert!(r.is_canonical());
    /// ```
    pub fn is_canonical(&self) -> bool {
        canonical_parts(&self.printed).is_some()
    }

    /// The business year the complaint arrived in, `20YY`.
    ///
    /// ```
    /// let r: lgsco::Reference = "24 006 388".parse().unwrap();
    /// assert_eq!(r.year(), Some(2024));
    /// ```
    pub fn year(&self) -> Option<u16> {
        let digits: String = self.printed.chars().filter(char::is_ascii_digit).collect();
        digits.get(..2)?.parse::<u16>().ok().map(|yy| 2000 + yy)
    }

    /// The serial number after the year (`006 388` is 6388).
    ///
    /// ```
    /// let r: lgsco::Reference = "24 006 388".parse().unwrap();
    /// assert_eq!(r.serial(), Some(6388));
    /// ```
    pub fn serial(&self) -> Option<u32> {
        let digits: String = self.printed.chars().filter(char::is_ascii_digit).collect();
        digits.get(2..)?.parse().ok()
    }

    /// The letter of a case split between bodies (`17 002 402b`).
    ///
    /// ```
    /// let r: lgsco::Reference = "24 006 388".parse().unwrap();
    /// assert_eq!(r.suffix(), None);
    /// ```
    pub fn suffix(&self) -> Option<char> {
        self.printed.chars().last().filter(char::is_ascii_lowercase)
    }
}

impl Reference {
    /// Read a reference printed loosely: the eight digits in groups of two,
    /// three and three, separated by a space, `-`, `/`, `_` or `.` (or
    /// nothing), with an optional lower-case letter. The result is canonical
    /// (`24 006 388`); text that is anything else is an error.
    ///
    /// ```
    /// use lgsco::Reference;
    /// for loose in ["24-006-388", "24/006/388", "24006388", " 24 006 388 "] {
    ///     assert_eq!(Reference::parse_lenient(loose).unwrap().as_str(), "24 006 388");
    /// }
    /// assert_eq!(Reference::parse_lenient("17-002-402b").unwrap().as_str(), "17 002 402b");
    /// assert!(Reference::parse_lenient("24-006").is_err());
    /// ```
    pub fn parse_lenient(text: &str) -> Result<Reference, ReferenceError> {
        let trimmed = text.trim();
        match loose_at(trimmed.as_bytes(), 0) {
            Some((r, end)) if end == trimmed.len() => Ok(r),
            _ => Err(ReferenceError(text.to_owned())),
        }
    }

    /// The first loosely printed reference inside a longer text, such as a
    /// file name (`22-003-748__ai.txt`), not run together with other digits.
    ///
    /// ```
    /// use lgsco::Reference;
    /// let r = Reference::find_in("statements/22-003-748__ai.txt").unwrap();
    /// assert_eq!(r.as_str(), "22 003 748");
    /// assert_eq!(Reference::find_in("lgo_24_006_388b.txt").unwrap().as_str(), "24 006 388b");
    /// assert_eq!(Reference::find_in("000_5c2e510e2d6654ca.txt"), None);
    /// assert_eq!(Reference::find_in("123456789.txt"), None);
    /// ```
    pub fn find_in(text: &str) -> Option<Reference> {
        let b = text.as_bytes();
        (0..b.len())
            .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
            .find_map(|i| loose_at(b, i).map(|(r, _)| r))
    }
}

/// A loose reference starting at `at`, and where it ends; it must not run on
/// into more digits or letters (a suffix letter excepted).
fn loose_at(b: &[u8], at: usize) -> Option<(Reference, usize)> {
    let mut i = at;
    let mut groups: Vec<&[u8]> = Vec::with_capacity(3);
    for (n, width) in [2, 3, 3].into_iter().enumerate() {
        if n > 0 && matches!(b.get(i), Some(b' ' | b'-' | b'/' | b'_' | b'.')) {
            i += 1;
        }
        let group = b.get(i..i + width)?;
        if !group.iter().all(u8::is_ascii_digit) {
            return None;
        }
        groups.push(group);
        i += width;
    }
    let mut printed: String = groups
        .iter()
        .map(|g| String::from_utf8_lossy(g).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let next_is_word = |j: usize| b.get(j).is_some_and(u8::is_ascii_alphanumeric);
    if b.get(i).is_some_and(u8::is_ascii_lowercase) && !next_is_word(i + 1) {
        printed.push(char::from(b[i]));
        i += 1;
    }
    if next_is_word(i) {
        return None;
    }
    Some((Reference::printed(&printed), i))
}

fn canonical_parts(text: &str) -> Option<()> {
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let shape = digits(0..2)
        && b.get(2) == Some(&b' ')
        && digits(3..6)
        && b.get(6) == Some(&b' ')
        && digits(7..10);
    let tail_ok = match b.len() {
        10 => true,
        11 => b[10].is_ascii_lowercase(),
        _ => false,
    };
    (shape && tail_ok).then_some(())
}

/// The text is not a canonical case reference `YY NNN NNN[a-z]`.
///
/// ```
/// let err = "24/006".parse::<lgsco::Reference>().unwrap_err();
/// assert!(err.to_string().contains("24/006"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a case reference like `24 006 388`")]
pub struct ReferenceError(String);

impl FromStr for Reference {
    type Err = ReferenceError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match canonical_parts(s) {
            Some(()) => Ok(Reference::printed(s)),
            None => Err(ReferenceError(s.to_owned())),
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed)
    }
}

impl From<String> for Reference {
    fn from(printed: String) -> Self {
        Reference { printed }
    }
}

impl From<Reference> for String {
    fn from(r: Reference) -> Self {
        r.printed
    }
}

/// The outcome line `Decision : <outcome>`. Known outcomes are typed; any
/// other text is kept in [`Outcome::Other`]. It serialises as printed.
///
/// ```
/// use lgsco::Outcome;
/// let o: Outcome = "Closed after initial enquiries".parse().unwrap();
/// assert_eq!(o, Outcome::ClosedAfterInitialEnquiries);
/// assert_eq!(o.to_string(), "Closed after initial enquiries");
/// assert_eq!("Withdrawn".parse::<Outcome>().unwrap(), Outcome::Other("Withdrawn".into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Outcome {
    /// `Upheld`: fault found.
    Upheld,
    /// `Not upheld`: no fault found.
    NotUpheld,
    /// `Closed after initial enquiries`: not investigated.
    ClosedAfterInitialEnquiries,
    /// Any other outcome, as printed.
    Other(String),
}

impl Outcome {
    /// The outcome as printed.
    ///
    /// ```
    /// assert_eq!(lgsco::Outcome::NotUpheld.as_str(), "Not upheld");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            Outcome::Upheld => "Upheld",
            Outcome::NotUpheld => "Not upheld",
            Outcome::ClosedAfterInitialEnquiries => "Closed after initial enquiries",
            Outcome::Other(text) => text,
        }
    }

    /// Whether this is one of the outcomes LGSCO publishes.
    ///
    /// ```
    /// assert!(lgsco::Outcome::Upheld.is_known());
    /// ```
    pub fn is_known(&self) -> bool {
        !matches!(self, Outcome::Other(_))
    }
}

impl From<&str> for Outcome {
    fn from(text: &str) -> Self {
        match text {
            "Upheld" => Outcome::Upheld,
            "Not upheld" => Outcome::NotUpheld,
            "Closed after initial enquiries" => Outcome::ClosedAfterInitialEnquiries,
            other => Outcome::Other(other.to_owned()),
        }
    }
}

impl From<String> for Outcome {
    fn from(text: String) -> Self {
        match Outcome::from(text.as_str()) {
            Outcome::Other(_) => Outcome::Other(text),
            known => known,
        }
    }
}

impl From<Outcome> for String {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Other(text) => text,
            known => known.as_str().to_owned(),
        }
    }
}

impl FromStr for Outcome {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Outcome::from(s))
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `Category : Area > Subcategory`, as printed.
///
/// ```
/// let c: lgsco::Category = "Housing > Homelessness".parse().unwrap();
/// assert_eq!(c.area, "Housing");
/// assert_eq!(c.subcategory.as_deref(), Some("Homelessness"));
/// assert_eq!(c.to_string(), "Housing > Homelessness");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Category {
    /// The area, such as `Adult care services`.
    pub area: String,
    /// The subcategory, such as `Charging`; absent when the line has no `>`.
    pub subcategory: Option<String>,
}

impl Category {
    /// A category from its parts.
    ///
    /// ```
    /// let c = lgsco::Category::new("Planning", Some("Enforcement"));
    /// assert_eq!(c.to_string(), "Planning > Enforcement");
    /// ```
    pub fn new(area: &str, subcategory: Option<&str>) -> Self {
        Category {
            area: area.to_owned(),
            subcategory: subcategory.map(str::to_owned),
        }
    }
}

impl FromStr for Category {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.split_once('>') {
            Some((area, sub)) => Category::new(area.trim(), Some(sub.trim())),
            None => Category::new(s.trim(), None),
        })
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.area)?;
        if let Some(sub) = &self.subcategory {
            write!(f, " > {sub}")?;
        }
        Ok(())
    }
}

/// Read a decision date printed as `DD Mon YYYY` (`23 Sep 2024`); full month
/// names and single-digit days are accepted too.
/// Read by hand: chrono's `parse_from_str` interprets its format string on
/// every call, which cost more than the rest of the header.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split_whitespace();
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !digits(day, 1..=2) || !digits(year, 4..=4) {
        return None;
    }
    // The full name or its first three letters, nothing between.
    let month = vocab::month_number(month, 3)
        .filter(|&m| month.len() == 3 || month.len() == vocab::MONTHS[m as usize - 1].len())?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.parse().ok()?)
}

/// A date as LGSCO prints it: `05 Nov 2024`.
pub(crate) fn print_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    let month = &vocab::MONTHS[date.month0() as usize][..3];
    format!("{:02} {month} {}", date.day(), date.year())
}

/// Whether `s` is ASCII digits, as many as `len` allows.
fn digits(s: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn dates_as_printed_and_with_full_month_names() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("23 Sep 2024"), d(2024, 9, 23));
        assert_eq!(parse_date(" 5 September 2023 "), d(2023, 9, 5));
        assert_eq!(parse_date("05 SEP 2023"), d(2023, 9, 5));
        assert_eq!(parse_date("31 Feb 2024"), None);
        assert_eq!(parse_date("5 Sept 2023"), None);
        assert_eq!(parse_date("05/09/2023"), None);
        assert_eq!(parse_date("23 Sep 2024 extra"), None);
        assert_eq!(parse_date("123 Sep 2024"), None);
        assert_eq!(parse_date("23 Sep 24"), None);
        assert_eq!(print_date(d(2024, 11, 5).unwrap()), "05 Nov 2024");
    }
}
