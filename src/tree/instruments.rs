//! The instruments LGSCO statements cite, with their legislation.gov.uk
//! identifiers.
//!
//! Every entry was checked against legislation.gov.uk (or FORMAT.md, which
//! records checked chapter numbers). An instrument missing from the table is
//! still recognised by its title; it only has no identifier and no URIs.

use super::InstrumentKind;

/// One known instrument: its title without the year (and without a leading
/// `The`), its year, its kind and its legislation.gov.uk identifier.
pub(crate) struct Known {
    pub title: &'static str,
    pub year: u16,
    pub kind: InstrumentKind,
    pub id: &'static str,
}

const fn act(title: &'static str, year: u16, id: &'static str) -> Known {
    Known {
        title,
        year,
        kind: InstrumentKind::Act,
        id,
    }
}

const fn si(title: &'static str, year: u16, id: &'static str) -> Known {
    Known {
        title,
        year,
        kind: InstrumentKind::StatutoryInstrument,
        id,
    }
}

pub(crate) const KNOWN: &[Known] = &[
    act("Local Government Act", 1974, "ukpga/1974/7"),
    act("Care Act", 2014, "ukpga/2014/23"),
    act("Children Act", 1989, "ukpga/1989/41"),
    act("Housing Act", 1996, "ukpga/1996/52"),
    act("Education Act", 1996, "ukpga/1996/56"),
    act("Children and Families Act", 2014, "ukpga/2014/6"),
    act("Equality Act", 2010, "ukpga/2010/15"),
    act("Human Rights Act", 1998, "ukpga/1998/42"),
    act("Data Protection Act", 2018, "ukpga/2018/12"),
    act("Freedom of Information Act", 2000, "ukpga/2000/36"),
    act(
        "Chronically Sick and Disabled Persons Act",
        1970,
        "ukpga/1970/44",
    ),
    act("Mental Health Act", 1983, "ukpga/1983/20"),
    act("Local Government Finance Act", 1992, "ukpga/1992/14"),
    act("Traffic Management Act", 2004, "ukpga/2004/18"),
    act("Highways Act", 1980, "ukpga/1980/66"),
    act("Environmental Protection Act", 1990, "ukpga/1990/43"),
    act("Town and Country Planning Act", 1990, "ukpga/1990/8"),
    act("Mental Capacity Act", 2005, "ukpga/2005/9"),
    act("Housing Act", 2004, "ukpga/2004/34"),
    act(
        "Housing Grants, Construction and Regeneration Act",
        1996,
        "ukpga/1996/53",
    ),
    act("Local Government Act", 1972, "ukpga/1972/70"),
    si(
        "Health and Social Care Act 2008 (Regulated Activities) Regulations",
        2014,
        "uksi/2014/2936",
    ),
    si(
        "Special Educational Needs and Disability Regulations",
        2014,
        "uksi/2014/1530",
    ),
    si(
        "Care and Support (Eligibility Criteria) Regulations",
        2015,
        "uksi/2015/313",
    ),
    si(
        "Care and Support (Charging and Assessment of Resources) Regulations",
        2014,
        "uksi/2014/2672",
    ),
];

/// The table entry for a title and year, compared without regard to case,
/// spacing or a leading `The`.
pub(crate) fn lookup(title: &str, year: u16) -> Option<&'static Known> {
    let mut same_year = KNOWN.iter().filter(|k| k.year == year).peekable();
    same_year.peek()?;
    let key = fold(title);
    same_year.find(|k| fold(k.title) == key)
}

/// Every instrument in the table: its title (without the year) and year.
pub(crate) fn known_titles() -> impl Iterator<Item = (&'static str, u16)> {
    KNOWN.iter().map(|k| (k.title, k.year))
}

/// A title folded for comparison: lower case, single spaces, no leading
/// `the`, curly apostrophes straightened.
pub(crate) fn fold(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for word in title.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            out.push(if c == '’' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_fold_for_lookup() {
        assert_eq!(
            lookup("local  government act", 1974).map(|k| k.id),
            Some("ukpga/1974/7")
        );
        assert_eq!(
            lookup(
                "The Special Educational Needs and Disability Regulations",
                2014
            )
            .map(|k| k.id),
            Some("uksi/2014/1530")
        );
        assert!(lookup("Local Government Act", 2000).is_none());
    }

    #[test]
    fn identifiers_are_well_formed() {
        for k in KNOWN {
            let parts: Vec<&str> = k.id.split('/').collect();
            assert_eq!(parts.len(), 3, "{}", k.id);
            assert_eq!(parts[1], k.year.to_string(), "{}", k.id);
            assert!(parts[2].chars().all(|c| c.is_ascii_digit()), "{}", k.id);
        }
    }
}
