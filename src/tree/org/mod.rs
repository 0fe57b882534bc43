//! Which body a decision is about: the organisation of the header, placed
//! in the register of councils or given its kind.
//!
//! [`Organisation::resolve`] reads a name as printed. A council is matched
//! against mySociety's register of UK local authorities, shipped with the
//! crate: the match tolerates the variants statements print (`&` or
//! `and`, `City`, `Metropolitan Borough`, `Council`, `Royal Borough of`,
//! `London Borough of`, case, spacing and punctuation) but never guesses:
//! a name that fits no council, or more than one, is [`Kind::Other`] with a
//! [note](Organisation::note). Other bodies LGSCO decides about (care
//! providers, schools, NHS bodies, ...) get their [`Kind`] from the words of
//! their name.
//!
//! ```
//! use lgsco::org::{Kind, Organisation};
//! let o = Organisation::resolve("Wirral Metropolitan Borough Council");
//! let council = o.council().unwrap();
//! assert_eq!(council.code(), "WRL");
//! assert_eq!(council.official_name(), "Wirral Borough Council");
//! assert_eq!(council.region(), Some("North West"));
//! assert_eq!(council.council_type().to_string(), "metropolitan_district");
//!
//! let provider = Organisation::resolve("Four Seasons Health Care (England) Limited");
//! assert_eq!(provider.kind(), Kind::CareProvider);
//! assert!(provider.council().is_none());
//! ```
//!
//! [`parse`](crate::parse) resolves the header's organisation into
//! [`Header::resolved_organisation`](crate::Header::resolved_organisation).
//! A statement printed without a header (a mirror copy) is placed only when
//! its text names exactly one council of the register
//! ([`Organisation::from_text`]); a caller that knows the file name can do
//! better with [`Decision::apply_name_hint`](crate::Decision::apply_name_hint).
//! [`Organisation::source`] says where the name came from.
//!
//! The register: "Contains data from mySociety's UK Local Authority Names
//! and Codes (CC BY 4.0), which contains ONS and OS data (Open Government
//! Licence)." `scripts/register.py` generates `src/tree/org/register.tsv` from
//! it.

mod register;
mod text;

use chrono::NaiveDate;
use register::{register, Entry, Level};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A council (or other authority) of the register of UK local authorities:
/// a cheap handle on one entry of the data shipped with the crate.
///
/// `Display` prints the official name; `FromStr` reads a register code.
/// In JSON it is an object with every field; reading JSON back needs only
/// its `code`.
///
/// ```
/// use lgsco::org::Council;
/// let somerset: Council = "SOM".parse().unwrap();
/// assert_eq!(somerset.to_string(), "Somerset County Council");
/// assert!(!somerset.is_current());
/// assert_eq!(somerset.end_date().unwrap().to_string(), "2023-04-01");
/// let today: Vec<&str> = somerset.current().iter().map(|c| c.code()).collect();
/// assert_eq!(today, ["SMT"]);
/// assert!("XYZ".parse::<Council>().is_err());
/// ```
#[derive(Clone, Copy)]
pub struct Council(&'static Entry);

impl Council {
    /// The council with this register code (`KEN`), if there is one.
    ///
    /// ```
    /// let kent = lgsco::org::Council::from_code("KEN").unwrap();
    /// assert_eq!(kent.short_name(), "Kent");
    /// ```
    pub fn from_code(code: &str) -> Option<Council> {
        register().entry(code).map(Council)
    }

    /// Every entry of the register, current and former, in code order.
    ///
    /// ```
    /// let all: Vec<_> = lgsco::org::Council::all().collect();
    /// assert!(all.iter().any(|c| c.code() == "AYL"));
    /// assert!(all.len() > 400);
    /// ```
    pub fn all() -> impl Iterator<Item = Council> {
        register().entries.iter().map(Council)
    }

    /// The register's three-letter code (`KEN`; some former Northern Irish
    /// councils have longer ones).
    ///
    /// ```
    /// let o = lgsco::org::Organisation::resolve("Kent County Council");
    /// assert_eq!(o.council().unwrap().code(), "KEN");
    /// ```
    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// The official name (`City of Westminster`).
    ///
    /// ```
    /// let o = lgsco::org::Organisation::resolve("Westminster City Council");
    /// assert_eq!(o.council().unwrap().official_name(), "City of Westminster");
    /// ```
    pub fn official_name(&self) -> &'static str {
        self.0.official
    }

    /// The short name (`Westminster`).
    ///
    /// ```
    /// let c = lgsco::org::Council::from_code("WSM").unwrap();
    /// assert_eq!(c.short_name(), "Westminster");
    /// ```
    pub fn short_name(&self) -> &'static str {
        self.0.short
    }

    /// The ONS GSS code (`E09000033`), when the register has one.
    ///
    /// ```
    /// let c = lgsco::org::Council::from_code("WSM").unwrap();
    /// assert_eq!(c.gss(), Some("E09000033"));
    /// ```
    pub fn gss(&self) -> Option<&'static str> {
        Some(self.0.gss).filter(|s| !s.is_empty())
    }

    /// The nation: `England`, `Wales`, `Scotland` or `Northern Ireland`.
    ///
    /// ```
    /// assert_eq!(lgsco::org::Council::from_code("KEN").unwrap().nation(), "England");
    /// ```
    pub fn nation(&self) -> &'static str {
        self.0.nation
    }

    /// The English region (`South East`), or the nation elsewhere; `None`
    /// where the register gives none (some former councils).
    ///
    /// ```
    /// assert_eq!(lgsco::org::Council::from_code("KEN").unwrap().region(), Some("South East"));
    /// ```
    pub fn region(&self) -> Option<&'static str> {
        Some(self.0.region).filter(|s| !s.is_empty())
    }

    /// What sort of authority it is.
    ///
    /// ```
    /// use lgsco::org::{Council, CouncilType};
    /// assert_eq!(Council::from_code("KEN").unwrap().council_type(), CouncilType::County);
    /// ```
    pub fn council_type(&self) -> CouncilType {
        self.0.kind
    }

    /// When it began, when the register says.
    ///
    /// ```
    /// let c = lgsco::org::Council::from_code("SMT").unwrap();
    /// assert_eq!(c.start_date().unwrap().to_string(), "2023-04-01");
    /// ```
    pub fn start_date(&self) -> Option<NaiveDate> {
        self.0.start
    }

    /// When it ended; `None` while it exists.
    ///
    /// ```
    /// let c = lgsco::org::Council::from_code("AYL").unwrap();
    /// assert_eq!(c.end_date().unwrap().to_string(), "2020-03-31");
    /// ```
    pub fn end_date(&self) -> Option<NaiveDate> {
        self.0.end
    }

    /// Whether it still exists (has no end date).
    ///
    /// ```
    /// use lgsco::org::Council;
    /// assert!(Council::from_code("BUC").unwrap().is_current());
    /// assert!(!Council::from_code("AYL").unwrap().is_current());
    /// ```
    pub fn is_current(&self) -> bool {
        self.0.end.is_none()
    }

    /// The councils that took it over when it ended, as the register
    /// names them (empty while it exists).
    ///
    /// ```
    /// use lgsco::org::Council;
    /// let cumbria = Council::from_code("CMA").unwrap();
    /// let next: Vec<&str> = cumbria.replaced_by().iter().map(|c| c.code()).collect();
    /// assert_eq!(next, ["CBD", "WAF"]);
    /// ```
    pub fn replaced_by(&self) -> Vec<Council> {
        self.0
            .replaced_by
            .iter()
            .filter_map(|c| Council::from_code(c))
            .collect()
    }

    /// The councils that hold its duties today: itself while it exists,
    /// else its successors' current councils (Taunton Deane became Somerset
    /// West and Taunton, then Somerset Council). Empty for a council that
    /// ended with no successor in the register.
    ///
    /// ```
    /// use lgsco::org::Council;
    /// let taunton = Council::from_code("TAU").unwrap();
    /// assert_eq!(taunton.current()[0].code(), "SMT");
    /// assert_eq!(Council::from_code("KEN").unwrap().current()[0].code(), "KEN");
    /// ```
    pub fn current(&self) -> Vec<Council> {
        self.0
            .current
            .iter()
            .filter_map(|c| Council::from_code(c))
            .collect()
    }

    /// Its population in 2020, from the register, when given.
    ///
    /// ```
    /// let kent = lgsco::org::Council::from_code("KEN").unwrap();
    /// assert!(kent.population().unwrap() > 1_000_000);
    /// ```
    pub fn population(&self) -> Option<u64> {
        self.0.population
    }
}

impl PartialEq for Council {
    fn eq(&self, other: &Self) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Council {}

impl std::hash::Hash for Council {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl fmt::Debug for Council {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Council({} {})", self.0.code, self.0.official)
    }
}

impl fmt::Display for Council {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.official)
    }
}

/// A text that is not a code of the register.
///
/// ```
/// let err = "XYZ".parse::<lgsco::org::Council>().unwrap_err();
/// assert!(err.to_string().contains("XYZ"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a code of the register of councils")]
pub struct UnknownCode(String);

impl FromStr for Council {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Council::from_code(s.trim()).ok_or_else(|| UnknownCode(s.to_owned()))
    }
}

/// The JSON shape of a [`Council`].
#[derive(Serialize)]
struct CouncilOut {
    code: &'static str,
    official_name: &'static str,
    short_name: &'static str,
    gss: Option<&'static str>,
    nation: &'static str,
    region: Option<&'static str>,
    #[serde(rename = "type")]
    council_type: CouncilType,
    start_date: Option<NaiveDate>,
    end_date: Option<NaiveDate>,
    replaced_by: &'static [&'static str],
    current: &'static [&'static str],
}

impl Serialize for Council {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        CouncilOut {
            code: e.code,
            official_name: e.official,
            short_name: e.short,
            gss: self.gss(),
            nation: e.nation,
            region: self.region(),
            council_type: e.kind,
            start_date: e.start,
            end_date: e.end,
            replaced_by: &e.replaced_by,
            current: &e.current,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Council {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct CodeOnly {
            code: String,
        }
        let CodeOnly { code } = CodeOnly::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// The sort of authority a [`Council`] is, from the register's
/// `local-authority-type`. `Display` and `FromStr` use the snake_case name,
/// as JSON does.
///
/// ```
/// use lgsco::org::CouncilType;
/// let t: CouncilType = "london_borough".parse().unwrap();
/// assert_eq!(t, CouncilType::LondonBorough);
/// assert_eq!(t.to_string(), "london_borough");
/// assert!("parish".parse::<CouncilType>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CouncilType {
    /// An English county council (`CTY`).
    County,
    /// A district under a county (`NMD`).
    NonMetropolitanDistrict,
    /// An English unitary authority (`UA`).
    Unitary,
    /// A metropolitan borough or city (`MD`).
    MetropolitanDistrict,
    /// A London borough (`LBO`).
    LondonBorough,
    /// The City of London Corporation (`CC`).
    CityCorporation,
    /// A combined (or combined county) authority (`COMB`).
    CombinedAuthority,
    /// The Greater London Authority (`SRA`).
    StrategicRegionalAuthority,
    /// A Scottish council (`SCO`).
    ScottishUnitary,
    /// A Welsh principal council (`WPA`).
    WelshUnitary,
    /// A Northern Irish district (`NID`).
    NiDistrict,
    /// A type this version does not know.
    Other,
}

impl CouncilType {
    const ALL: [(CouncilType, &'static str, &'static str); 12] = [
        (CouncilType::County, "county", "CTY"),
        (
            CouncilType::NonMetropolitanDistrict,
            "non_metropolitan_district",
            "NMD",
        ),
        (CouncilType::Unitary, "unitary", "UA"),
        (
            CouncilType::MetropolitanDistrict,
            "metropolitan_district",
            "MD",
        ),
        (CouncilType::LondonBorough, "london_borough", "LBO"),
        (CouncilType::CityCorporation, "city_corporation", "CC"),
        (CouncilType::CombinedAuthority, "combined_authority", "COMB"),
        (
            CouncilType::StrategicRegionalAuthority,
            "strategic_regional_authority",
            "SRA",
        ),
        (CouncilType::ScottishUnitary, "scottish_unitary", "SCO"),
        (CouncilType::WelshUnitary, "welsh_unitary", "WPA"),
        (CouncilType::NiDistrict, "ni_district", "NID"),
        (CouncilType::Other, "other", ""),
    ];

    fn from_register(code: &str) -> CouncilType {
        Self::ALL
            .iter()
            .find(|(_, _, c)| *c == code)
            .map_or(CouncilType::Other, |(t, _, _)| *t)
    }

    /// The snake_case name.
    ///
    /// ```
    /// assert_eq!(lgsco::org::CouncilType::County.as_str(), "county");
    /// ```
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(t, _, _)| *t == self)
            .map_or("other", |(_, name, _)| name)
    }
}

impl fmt::Display for CouncilType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text that is not the name of a [`CouncilType`] or a [`Kind`].
///
/// ```
/// let err = "parish".parse::<lgsco::org::Kind>().unwrap_err();
/// assert!(err.to_string().contains("parish"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a known name")]
pub struct UnknownName(String);

impl FromStr for CouncilType {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|(_, name, _)| *name == s)
            .map(|(t, _, _)| *t)
            .ok_or_else(|| UnknownName(s.to_owned()))
    }
}

/// What kind of body an [`Organisation`] is. `Display` and `FromStr` use
/// the snake_case name, as JSON does.
///
/// ```
/// use lgsco::org::{Kind, Organisation};
/// assert_eq!(Organisation::resolve("Transport for London").kind(), Kind::Transport);
/// assert_eq!("national_park".parse::<Kind>().unwrap(), Kind::NationalPark);
/// assert_eq!(Kind::PoliceAndCrime.to_string(), "police_and_crime");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// An authority of the register of councils.
    Council,
    /// A company or charity providing adult social care (LGSCO decides
    /// about companies only as care providers).
    CareProvider,
    /// A school, academy, college or its governing body or appeal panel.
    School,
    /// A national park authority.
    NationalPark,
    /// A police and crime commissioner, the Mayor's Office for Policing and
    /// Crime.
    PoliceAndCrime,
    /// A fire and rescue authority.
    Fire,
    /// A transport body (Transport for London).
    Transport,
    /// An NHS trust, clinical commissioning group or integrated care board.
    Nhs,
    /// Anything else, including a name that looks like a council but fits
    /// no entry of the register, or more than one.
    Other,
}

impl Kind {
    const ALL: [(Kind, &'static str); 9] = [
        (Kind::Council, "council"),
        (Kind::CareProvider, "care_provider"),
        (Kind::School, "school"),
        (Kind::NationalPark, "national_park"),
        (Kind::PoliceAndCrime, "police_and_crime"),
        (Kind::Fire, "fire"),
        (Kind::Transport, "transport"),
        (Kind::Nhs, "nhs"),
        (Kind::Other, "other"),
    ];

    /// The snake_case name.
    ///
    /// ```
    /// assert_eq!(lgsco::org::Kind::CareProvider.as_str(), "care_provider");
    /// ```
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("other", |(_, name)| name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|(_, name)| *name == s)
            .map(|(k, _)| *k)
            .ok_or_else(|| UnknownName(s.to_owned()))
    }
}

/// Where the name of an [`Organisation`] came from.
///
/// ```
/// use lgsco::org::{Organisation, Source};
/// assert_eq!(Organisation::resolve("Kent County Council").source(), Source::Header);
/// let hinted = Organisation::from_name_hint("lgo-22-001-436-kent-county-council").unwrap();
/// assert_eq!(hinted.source(), Source::FileName);
/// assert_eq!(Source::Text.to_string(), "text");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Source {
    /// The title line of the header.
    #[default]
    Header,
    /// A file name or address given by the caller.
    FileName,
    /// The statement's text, which names exactly one council.
    Text,
}

impl Source {
    /// The snake_case name.
    ///
    /// ```
    /// assert_eq!(lgsco::org::Source::FileName.as_str(), "file_name");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Header => "header",
            Source::FileName => "file_name",
            Source::Text => "text",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The body a decision is about: a council of the register, or another
/// kind of body with its name as printed.
///
/// `Display` prints the name as found; `FromStr` is
/// [`Organisation::resolve`] and never fails.
///
/// ```
/// use lgsco::org::{Kind, Organisation};
/// let o: Organisation = "Redcar & Cleveland Council".parse().unwrap();
/// assert_eq!(o.kind(), Kind::Council);
/// assert_eq!(o.council().unwrap().code(), "RCC");
/// assert_eq!(o.to_string(), "Redcar & Cleveland Council");
///
/// // Never the nearest council: a name that fits none is `other`, with a note.
/// let fictional = Organisation::resolve("Borsetshire County Council");
/// assert_eq!(fictional.kind(), Kind::Other);
/// assert!(fictional.note().unwrap().contains("register"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Organisation {
    name: String,
    kind: Kind,
    council: Option<Council>,
    source: Source,
    #[serde(default)]
    note: Option<String>,
}

impl Organisation {
    /// Place a name as printed in a header (`Westminster City Council`,
    /// `Cornwall Care Limited`).
    ///
    /// Names of care providers, schools, NHS bodies, police, fire,
    /// transport and national park bodies are told by their words
    /// (`Limited`, `School`, `NHS`, ...); any other name is looked up in
    /// the register: first with case, spacing, punctuation and `&`/`and`
    /// folded, then also without the words that say what sort of council
    /// (`Council`, `City`, `Borough`, `Metropolitan`, `District`, `Royal`,
    /// `London Borough of`), then also without `County` (the last two only
    /// for a name holding such a word: `London` alone is not taken for the
    /// City of London). The first step that finds the name decides; if it finds more than one council
    /// (`Somerset` was a county council and is a unitary council), the
    /// result is [`Kind::Other`] with a note naming them.
    ///
    /// ```
    /// use lgsco::org::{Kind, Organisation};
    /// for printed in ["Kingston Upon Hull City Council", "Hull City Council"] {
    ///     assert_eq!(Organisation::resolve(printed).council().unwrap().code(), "KHL");
    /// }
    /// let somerset = Organisation::resolve("Somerset");
    /// assert_eq!(somerset.kind(), Kind::Other);
    /// assert!(somerset.note().unwrap().contains("SMT"));
    /// assert_eq!(Organisation::resolve("Somerset County Council").council().unwrap().code(), "SOM");
    /// assert_eq!(Organisation::resolve("Somerset Council").council().unwrap().code(), "SMT");
    /// ```
    pub fn resolve(printed: &str) -> Organisation {
        let name = printed.trim().to_owned();
        let words = register::words(&name);
        if words.is_empty() {
            return Organisation::other(name, Kind::Other, Some("no name".into()));
        }
        if let Some(kind) = kind_by_words(&words) {
            if words.iter().any(|w| w == "council") {
                let note = format!("names a council and a body of kind {kind}: more than one body");
                return Organisation::other(name, Kind::Other, Some(note));
            }
            return Organisation::other(name, kind, None);
        }
        match find_council(&name, loosest(&words)) {
            Found::One(council) => Organisation {
                name,
                kind: Kind::Council,
                council: Some(council),
                source: Source::Header,
                note: None,
            },
            Found::Several(codes) => {
                let note = format!(
                    "the name fits more than one council of the register: {}",
                    codes.join(", ")
                );
                Organisation::other(name, Kind::Other, Some(note))
            }
            Found::None => {
                let note = if looks_like_council(&words) {
                    "no council of the register has this name"
                } else {
                    "not a council of the register, nor a kind of body known by its name"
                };
                Organisation::other(name, Kind::Other, Some(note.into()))
            }
        }
    }

    /// Place a council from a file name or an address
    /// (`lgo-22-001-436-kent-county-council.txt`, a mirror's URL): what is
    /// left of the last path segment without the case reference, the
    /// extension and `lgo` must be the name of exactly one council of the
    /// register. Only councils are placed this way; anything else is
    /// `None`.
    ///
    /// ```
    /// use lgsco::org::Organisation;
    /// let o = Organisation::from_name_hint(
    ///     "https://example.org/decisions/lgo-22-004-378-brighton-hove-city-council/").unwrap();
    /// assert_eq!(o.council().unwrap().code(), "BNH");
    /// assert_eq!(o.name(), "brighton hove city council");
    /// assert!(Organisation::from_name_hint("22-004-378__ai.txt").is_none());
    /// assert!(Organisation::from_name_hint("decision-somerset.txt").is_none());
    /// assert!(Organisation::from_name_hint("london.txt").is_none());
    /// ```
    pub fn from_name_hint(hint: &str) -> Option<Organisation> {
        let last = hint
            .trim_end_matches(['/', '\\'])
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(hint);
        let stem = match last.rsplit_once('.') {
            Some((stem, ext)) if ext.len() <= 4 && ext.chars().all(char::is_alphanumeric) => stem,
            _ => last,
        };
        let words: Vec<String> = register::words(stem)
            .into_iter()
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()) && w != "lgo")
            .collect();
        let name = words.join(" ");
        if name.is_empty() {
            return None;
        }
        match find_council(&name, loosest(&words)) {
            Found::One(council) => Some(Organisation {
                name,
                kind: Kind::Council,
                council: Some(council),
                source: Source::FileName,
                note: None,
            }),
            _ => None,
        }
    }

    /// Place a council from a statement's text: the names of councils it
    /// prints in full (`Kent County Council`, `London Borough of Ealing`,
    /// not `the Council`), when they are all the same council. A text
    /// naming none, or two, gives `None`.
    ///
    /// ```
    /// use lgsco::org::{Organisation, Source};
    /// let o = Organisation::from_text("Mrs X complains that Kent County Council's officers were late.").unwrap();
    /// assert_eq!(o.council().unwrap().code(), "KEN");
    /// assert_eq!(o.source(), Source::Text);
    /// assert!(Organisation::from_text("Mr X complains about the Council.").is_none());
    /// assert!(Organisation::from_text("Kent County Council and Medway Council disagree.").is_none());
    /// ```
    pub fn from_text(text: &str) -> Option<Organisation> {
        let (name, council) = text::only_council(text)?;
        Some(Organisation {
            name,
            kind: Kind::Council,
            council: Some(council),
            source: Source::Text,
            note: None,
        })
    }

    fn other(name: String, kind: Kind, note: Option<String>) -> Organisation {
        Organisation {
            name,
            kind,
            council: None,
            source: Source::Header,
            note,
        }
    }

    /// The name as printed (or as found in a file name or the text).
    ///
    /// ```
    /// let o = lgsco::org::Organisation::resolve(" Leeds City Council ");
    /// assert_eq!(o.name(), "Leeds City Council");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of body it is; [`Kind::Council`] exactly when
    /// [`Organisation::council`] is some.
    ///
    /// ```
    /// use lgsco::org::{Kind, Organisation};
    /// assert_eq!(Organisation::resolve("Peak District National Park Authority").kind(), Kind::NationalPark);
    /// ```
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The council of the register, for [`Kind::Council`].
    ///
    /// ```
    /// let o = lgsco::org::Organisation::resolve("London Borough of Ealing");
    /// assert_eq!(o.council().unwrap().gss(), Some("E09000009"));
    /// ```
    pub fn council(&self) -> Option<Council> {
        self.council
    }

    /// Where the name came from.
    ///
    /// ```
    /// let o = lgsco::org::Organisation::resolve("Leeds City Council");
    /// assert_eq!(o.source(), lgsco::org::Source::Header);
    /// ```
    pub fn source(&self) -> Source {
        self.source
    }

    /// Why a name was not placed: it fits no council of the register, or
    /// several. `None` for councils and recognised kinds.
    ///
    /// ```
    /// let o = lgsco::org::Organisation::resolve("Leeds City Council");
    /// assert_eq!(o.note(), None);
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

impl fmt::Display for Organisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl FromStr for Organisation {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Organisation::resolve(s))
    }
}

impl crate::Decision {
    /// The body the decision is about:
    /// [`Header::resolved_organisation`](crate::Header::resolved_organisation),
    /// set by [`parse`](crate::parse) from the header or, for a statement
    /// without one, from its text when that names exactly one council.
    ///
    /// ```
    /// let d = lgsco::parse("Cornwall Council (24 012 345)\nSummary: s.\n").unwrap();
    /// assert_eq!(d.organisation().unwrap().council().unwrap().code(), "CON");
    /// ```
    pub fn organisation(&self) -> Option<&Organisation> {
        self.header.resolved_organisation.as_ref()
    }

    /// Use a file name or address to place a statement whose header names
    /// no organisation ([`Organisation::from_name_hint`]); it takes the
    /// place of one found in the text. Returns whether it was used. A
    /// printed header always wins.
    ///
    /// ```
    /// let mut d = lgsco::parse("Summary: We will not investigate.\n").unwrap();
    /// assert!(d.organisation().is_none());
    /// assert!(d.apply_name_hint("lgo-21-016-965-warrington-council.txt"));
    /// let o = d.organisation().unwrap();
    /// assert_eq!(o.council().unwrap().code(), "WRT");
    /// assert_eq!(o.source(), lgsco::org::Source::FileName);
    /// ```
    pub fn apply_name_hint(&mut self, hint: &str) -> bool {
        let from_header = self
            .header
            .resolved_organisation
            .as_ref()
            .is_some_and(|o| o.source == Source::Header);
        if from_header || self.header.organisation.is_some() {
            return false;
        }
        match Organisation::from_name_hint(hint) {
            Some(o) => {
                self.header.resolved_organisation = Some(o);
                true
            }
            None => false,
        }
    }
}

/// Fill [`Header::resolved_organisation`](crate::Header::resolved_organisation)
/// of a freshly parsed statement from its header or its own text: up to
/// its closing line, or where a next statement set aside begins, so that
/// the banner of a mirror copy joined after it (which names the next
/// statement's council) is not read.
pub(crate) fn attach(d: &mut crate::Decision, text: &str) {
    d.header.resolved_organisation = match &d.header.organisation {
        Some(printed) => Some(Organisation::resolve(printed)),
        None => {
            let next = d
                .skipped
                .iter()
                .find(|s| s.reason == crate::SkipReason::NextStatement)
                .map(|s| s.span.start);
            let end = d
                .signature
                .as_ref()
                .map(|s| s.span.end)
                .or(next)
                .unwrap_or(text.len());
            Organisation::from_text(text.get(..end).unwrap_or(text))
        }
    };
}

enum Found {
    None,
    One(Council),
    Several(Vec<&'static str>),
}

/// Look a name up at each level up to `loosest`, stopping at the first
/// that knows it.
fn find_council(name: &str, loosest: Level) -> Found {
    let r = register();
    let keys = register::keys(name);
    for level in [Level::Folded, Level::Core, Level::Loose] {
        if level as usize > loosest as usize {
            break;
        }
        let key = &keys[level as usize];
        if key.is_empty() {
            continue;
        }
        match r.lookup(level, key) {
            [] => continue,
            [one] => return Found::One(Council(&r.entries[*one])),
            several => return Found::Several(several.iter().map(|&i| r.entries[i].code).collect()),
        }
    }
    Found::None
}

/// How loosely a name may be matched: a name without a word saying what
/// sort of council (`London`, `Hull`) only as the register spells one of
/// its names, so a place is not taken for a council.
fn loosest(words: &[String]) -> Level {
    if looks_like_council(words)
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "city" | "metropolitan" | "royal"))
    {
        Level::Loose
    } else {
        Level::Folded
    }
}

/// The kind of a body that is not a council, told by the words of its name.
fn kind_by_words(words: &[String]) -> Option<Kind> {
    let has = |w: &str| words.iter().any(|x| x == w);
    let has_seq = |seq: &[&str]| words.windows(seq.len()).any(|win| win == seq);
    if has("nhs")
        || has_seq(&["foundation", "trust"])
        || has_seq(&["clinical", "commissioning", "group"])
        || has_seq(&["integrated", "care", "board"])
        || has("ccg")
        || has("hospital")
        || has("hospitals")
    {
        return Some(Kind::Nhs);
    }
    if has("police") || has("policing") || has_seq(&["crime", "commissioner"]) {
        return Some(Kind::PoliceAndCrime);
    }
    if has("fire") {
        return Some(Kind::Fire);
    }
    if has_seq(&["national", "park"]) || has_seq(&["broads", "authority"]) {
        return Some(Kind::NationalPark);
    }
    if has("transport") {
        return Some(Kind::Transport);
    }
    if has("school")
        || has("academy")
        || has("academies")
        || has("college")
        || has("governors")
        || has_seq(&["governing", "body"])
        || has_seq(&["appeal", "panel"])
    {
        return Some(Kind::School);
    }
    if [
        "limited",
        "ltd",
        "llp",
        "plc",
        "cic",
        "care",
        "healthcare",
        "homecare",
    ]
    .iter()
    .any(|w| has(w))
        || has_seq(&["nursing", "home"])
        || has_seq(&["residential", "home"])
    {
        return Some(Kind::CareProvider);
    }
    None
}

/// Whether a name is shaped like a council's (so its note can say it is
/// missing from the register).
fn looks_like_council(words: &[String]) -> bool {
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "council" | "borough" | "county" | "district" | "authority" | "corporation"
        )
    })
}
