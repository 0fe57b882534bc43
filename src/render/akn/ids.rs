//! The document's identifiers: FRBR URIs from the reference and the date,
//! a stable stand-in when either is missing, and the lgo.org.uk address.

use crate::{Decision, Header};
use chrono::{Datelike, NaiveDate};

/// The parts of the FRBR URIs.
pub(super) struct Identity {
    /// `/akn/gb-eng/judgment/lgsco/2024-09-23/24-006-388`.
    pub work: String,
    /// The `FRBRdate` date and its name.
    pub date: NaiveDate,
    pub date_name: &'static str,
}

impl Identity {
    pub(super) fn of(decision: &Decision) -> Self {
        let h = &decision.header;
        let year = h.reference.as_ref().and_then(|r| r.year());
        let (date, date_name) = match (h.date, year) {
            (Some(date), _) => (date, "decision"),
            (None, Some(y)) => (
                NaiveDate::from_ymd_opt(i32::from(y), 1, 1).unwrap_or_default(),
                "reference year",
            ),
            (None, None) => (NaiveDate::default(), "unknown"),
        };
        let when = match (h.date, year) {
            (Some(d), _) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            (None, Some(y)) => y.to_string(),
            (None, None) => "undated".to_owned(),
        };
        let number = number(decision);
        Identity {
            work: format!("/akn/gb-eng/judgment/lgsco/{when}/{number}"),
            date,
            date_name,
        }
    }

    pub(super) fn expression(&self) -> String {
        format!("{}/eng@", self.work)
    }

    pub(super) fn manifestation(&self) -> String {
        format!("{}/eng@/main.xml", self.work)
    }
}

/// The Work URI of a decision: `/akn/gb-eng/judgment/lgsco/{date}/{number}`.
///
/// The number is the case reference with its spaces as hyphens
/// (`24-006-388`, `24-006-388a`); the date is the decision date. Without a
/// date the reference year stands in (`/2024/`), or `undated`; without a
/// reference the number is `h` and sixteen hex digits, a 64-bit FNV-1a hash
/// of the statement's texts, so the same statement always gets the same
/// URI.
///
/// ```
/// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
/// assert_eq!(lgsco::akn::work_uri(&d), "/akn/gb-eng/judgment/lgsco/2024-11-05/24-012-345");
/// let bare = lgsco::parse("Summary: We will not investigate.\n").unwrap();
/// let uri = lgsco::akn::work_uri(&bare);
/// assert!(uri.starts_with("/akn/gb-eng/judgment/lgsco/undated/h"));
/// assert_eq!(uri, lgsco::akn::work_uri(&bare.clone()));
/// ```
pub fn work_uri(decision: &Decision) -> String {
    Identity::of(decision).work
}

/// The number part of the URIs.
fn number(decision: &Decision) -> String {
    let from_reference = decision
        .header
        .reference
        .as_ref()
        .map(|r| slug(r.as_str()))
        .filter(|s| !s.is_empty());
    from_reference.unwrap_or_else(|| format!("h{:016x}", text_hash(decision)))
}

/// FNV-1a over the organisation, then every text of the statement in
/// document order ([`Decision::texts`]), each followed by a line feed.
fn text_hash(d: &Decision) -> u64 {
    let mut hash = Fnv(FNV_OFFSET);
    hash.line(d.header.organisation.as_deref().unwrap_or(""));
    for text in d.texts() {
        hash.line(text.text);
    }
    hash.0
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits: small, and stable across versions and machines.
struct Fnv(u64);

impl Fnv {
    fn line(&mut self, text: &str) {
        for &b in text.as_bytes().iter().chain(b"\n") {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// The lgo.org.uk address of a statement, when its reference is canonical
/// and its category names both area and subcategory:
/// `https://www.lgo.org.uk/decisions/{area}/{subcategory}/{number}`.
pub(super) fn lgo_address(h: &Header) -> Option<String> {
    let reference = h.reference.as_ref().filter(|r| r.is_canonical())?;
    let category = h.category.as_ref()?;
    let sub = category.subcategory.as_deref()?;
    let (area, sub) = (slug(&category.area), slug(sub));
    if area.is_empty() || sub.is_empty() {
        return None;
    }
    Some(format!(
        "https://www.lgo.org.uk/decisions/{area}/{sub}/{}",
        slug(reference.as_str())
    ))
}

/// Lower-case ASCII letters and digits, each run of anything else one
/// hyphen, none at the ends: `Children's care services` gives
/// `children-s-care-services`.
pub(super) fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_as_lgo_org_uk_prints_them() {
        assert_eq!(slug("Children's care services"), "children-s-care-services");
        assert_eq!(slug(" Adult care services "), "adult-care-services");
        assert_eq!(slug("24 006 388a"), "24-006-388a");
        assert_eq!(slug("’"), "");
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        // FNV-1a of "a\n", from the published parameters.
        let mut hash = Fnv(FNV_OFFSET);
        hash.line("a");
        let expected = [b'a', b'\n'].iter().fold(FNV_OFFSET, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        assert_eq!(hash.0, expected);
        let mut empty = Fnv(FNV_OFFSET);
        empty.line("");
        assert_eq!(
            empty.0,
            (FNV_OFFSET ^ 0x0a).wrapping_mul(0x0000_0100_0000_01b3)
        );
    }
}
