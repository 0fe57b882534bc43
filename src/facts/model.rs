//! The public types of decision facts: what a statement decides.

use crate::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a statement decides, read from its text: who complains, the
/// result, the reasons for not investigating, other bodies, the remedies.
/// Every fact carries the [`Span`] of the words it was read from.
///
/// ```
/// let facts = lgsco::parse(lgsco::SAMPLE).unwrap().facts();
/// assert_eq!(facts.complainant.as_ref().unwrap().text, "Mrs Q");
/// assert_eq!(facts.result, Some(lgsco::DecisionResult::NotInvestigated));
/// assert!(facts.reasons.iter().any(|r| r.kind == lgsco::ReasonKind::NoFault));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Facts {
    /// The complainant's designation as first printed (`Mr X`, `Mrs and Mr B`).
    pub complainant: Option<Complainant>,
    /// The result; `None` when the text does not say.
    pub result: Option<DecisionResult>,
    /// For [`DecisionResult::FaultFound`]: whether the fault caused
    /// injustice; `None` when unstated or not applicable.
    pub injustice: Option<bool>,
    /// Why the Ombudsman did not investigate, or stopped.
    pub reasons: Vec<Reason>,
    /// Other bodies the statement points to.
    pub bodies: Vec<Body>,
    /// Remedies agreed, recommended or already given.
    pub remedies: Vec<Remedy>,
}

impl Facts {
    /// The sum of every remedy's amount, `None` when no remedy names one.
    ///
    /// ```
    /// let facts = lgsco::parse("Summary: We found fault. The Council agreed to pay Mr B £150 and £50.\n")
    ///     .unwrap()
    ///     .facts();
    /// assert_eq!(facts.total_amount().unwrap().to_string(), "£200");
    /// ```
    pub fn total_amount(&self) -> Option<Amount> {
        let mut amounts = self.remedies.iter().filter_map(|r| r.amount).peekable();
        amounts.peek()?;
        Some(Amount::from_pence(amounts.map(Amount::pence).sum()))
    }
}

/// The complainant as printed.
///
/// ```
/// let facts = lgsco::parse("Summary: Mr and Mrs D complain about the Council.\n").unwrap().facts();
/// assert_eq!(facts.complainant.unwrap().text, "Mr and Mrs D");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Complainant {
    /// The designation, without an apostrophe-s.
    pub text: String,
    /// Where it is printed.
    pub span: Span,
}

/// A reason given for not investigating or for discontinuing.
///
/// ```
/// let facts = lgsco::parse("Summary: We will not investigate. The complaint is late.\n").unwrap().facts();
/// assert_eq!(facts.reasons[0].kind, lgsco::ReasonKind::Late);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reason {
    /// The kind of reason.
    pub kind: ReasonKind,
    /// The words it was read from.
    pub span: Span,
}

/// Another body the statement points the complainant to.
///
/// ```
/// let text = "Summary: We will not investigate. The Information Commissioner is better placed.\n";
/// let facts = lgsco::parse(text).unwrap().facts();
/// assert_eq!(facts.bodies[0].name, lgsco::BodyName::InformationCommissionersOffice);
/// assert_eq!(facts.bodies[0].kind, lgsco::BodyKind::Regulator);
/// assert_eq!(facts.bodies[0].text, "Information Commissioner");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Body {
    /// The canonical name.
    pub name: BodyName,
    /// What sort of body it is, named or not: every tribunal, the
    /// unnamed `a tribunal` too, is [`BodyKind::Tribunal`].
    #[serde(default)]
    pub kind: BodyKind,
    /// The name as printed.
    pub text: String,
    /// Where it is printed.
    pub span: Span,
}

/// A remedy agreed, recommended or already given.
///
/// ```
/// let text = "Summary: We found fault. The Council agreed to pay Mrs C £300 within one month.\n";
/// let facts = lgsco::parse(text).unwrap().facts();
/// let payment = &facts.remedies[0];
/// assert_eq!(payment.kind, lgsco::RemedyKind::Payment);
/// assert_eq!(payment.amount.unwrap().pence(), 30_000);
/// assert_eq!(payment.deadline.as_ref().unwrap().text, "within one month");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Remedy {
    /// The kind of remedy.
    pub kind: RemedyKind,
    /// The sum, for a payment that names one.
    pub amount: Option<Amount>,
    /// When it is to be done, as printed.
    pub deadline: Option<Deadline>,
    /// The words it was read from.
    pub span: Span,
}

/// When a remedy is to be done, as printed: `within one month`.
///
/// ```
/// let d = lgsco::Deadline { text: "within four weeks".into(), span: lgsco::Span::new(0, 17) };
/// assert_eq!(d.text.len(), d.span.len());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// The words as printed.
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// A sum of money in whole pence. Prints as `£1,500` or `£250.50`; in JSON
/// it is a number of pounds (`1500`, `250.5`).
///
/// ```
/// let a = lgsco::Amount::from_pence(25_050);
/// assert_eq!(a.to_string(), "£250.50");
/// assert_eq!(serde_json::to_string(&a).unwrap(), "250.5");
/// assert_eq!(lgsco::Amount::from_pence(150_000).to_string(), "£1,500");
/// assert_eq!("£1,500".parse::<lgsco::Amount>().unwrap().pence(), 150_000);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Amount(u64);

impl Amount {
    /// An amount of this many pence.
    ///
    /// ```
    /// assert_eq!(lgsco::Amount::from_pence(100).pence(), 100);
    /// ```
    pub fn from_pence(pence: u64) -> Self {
        Amount(pence)
    }

    /// The amount in pence.
    ///
    /// ```
    /// assert_eq!(lgsco::Amount::from_pence(250).pence(), 250);
    /// ```
    pub fn pence(self) -> u64 {
        self.0
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pounds = self.0 / 100;
        let digits = pounds.to_string();
        f.write_str("£")?;
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                f.write_str(",")?;
            }
            write!(f, "{c}")?;
        }
        match self.0 % 100 {
            0 => Ok(()),
            p => write!(f, ".{p:02}"),
        }
    }
}

/// Text that is not a sum of money (`£1,500`, `1500`, `250.50`).
///
/// ```
/// assert!("lots".parse::<lgsco::Amount>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a sum of money")]
pub struct AmountError(String);

impl FromStr for Amount {
    type Err = AmountError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_pounds(s.trim().trim_start_matches('£')).ok_or_else(|| AmountError(s.to_owned()))
    }
}

/// `1,500`, `250.50`, `250.5` as pence.
pub(crate) fn parse_pounds(s: &str) -> Option<Amount> {
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, f),
        None => (s, ""),
    };
    let digits: String = whole.chars().filter(|&c| c != ',').collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 12 {
        return None;
    }
    let pence = match frac.len() {
        0 => 0,
        1 | 2 if frac.bytes().all(|b| b.is_ascii_digit()) => {
            frac.parse::<u64>().ok()? * if frac.len() == 1 { 10 } else { 1 }
        }
        _ => return None,
    };
    Some(Amount(digits.parse::<u64>().ok()? * 100 + pence))
}

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            serializer.serialize_u64(self.0 / 100)
        } else {
            serializer.serialize_f64(self.0 as f64 / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let pounds = f64::deserialize(deserializer)?;
        if !(0.0..1e12).contains(&pounds) {
            return Err(serde::de::Error::custom("an amount is 0 to 10^12 pounds"));
        }
        Ok(Amount((pounds * 100.0).round() as u64))
    }
}

/// Text that is not one of a label enum's labels.
///
/// ```
/// let err = "maybe".parse::<lgsco::DecisionResult>().unwrap_err();
/// assert!(err.to_string().contains("maybe"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a known label")]
pub struct LabelError(String);

/// A label enum: its variants, labels, Display, FromStr and string serde.
macro_rules! labels {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $label:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(into = "&'static str", try_from = "String")]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the guide's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The label as the guide prints it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = LabelError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| LabelError(s.to_owned()))
            }
        }

        impl From<$name> for &'static str {
            fn from(v: $name) -> Self {
                v.as_str()
            }
        }

        impl TryFrom<String> for $name {
            type Error = LabelError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
    };
}

labels! {
    /// What the Ombudsman decided.
    ///
    /// ```
    /// use lgsco::DecisionResult;
    /// assert_eq!(DecisionResult::FaultFound.to_string(), "fault_found");
    /// assert_eq!("no_fault".parse::<DecisionResult>().unwrap(), DecisionResult::NoFault);
    /// assert_eq!(serde_json::to_string(&DecisionResult::Discontinued).unwrap(), "\"discontinued\"");
    /// ```
    DecisionResult {
        /// Not investigated (including closed after initial enquiries).
        NotInvestigated = "not_investigated",
        /// An investigation was started and then ended.
        Discontinued = "discontinued",
        /// Fault found, whether or not it caused injustice.
        FaultFound = "fault_found",
        /// Investigated, and no fault found.
        NoFault = "no_fault",
    }
}

labels! {
    /// Why the Ombudsman did not investigate, or stopped.
    ///
    /// ```
    /// use lgsco::ReasonKind;
    /// assert_eq!(ReasonKind::BetterPlacedBody.to_string(), "better_placed_body");
    /// assert_eq!("late".parse::<ReasonKind>().unwrap(), ReasonKind::Late);
    /// ```
    ReasonKind {
        /// Not enough evidence of fault; the merits of a decision made without fault.
        NoFault = "no_fault",
        /// The injustice is not significant enough.
        InjusticeNotSignificant = "injustice_not_significant",
        /// Investigating would not lead to a different or worthwhile outcome.
        NoWorthwhileOutcome = "no_worthwhile_outcome",
        /// The body has already put things right.
        AlreadyRemedied = "already_remedied",
        /// Another body is better placed.
        BetterPlacedBody = "better_placed_body",
        /// A right of appeal, review, tribunal or court remedy.
        AlternativeRemedy = "alternative_remedy",
        /// A matter decided, or being decided, by a court.
        CourtProceedings = "court_proceedings",
        /// Complained too late.
        Late = "late",
        /// The body has not had the chance to deal with it first.
        Premature = "premature",
        /// Another legal bar on the Ombudsman's remit.
        OutsideJurisdiction = "outside_jurisdiction",
        /// The complainant is not the person affected, without standing.
        NotAffected = "not_affected",
        /// Complaint handling alone, when the matter itself is not investigated.
        ComplaintHandlingOnly = "complaint_handling_only",
        /// Any other reason.
        Other = "other",
    }
}

labels! {
    /// The canonical name of another body.
    ///
    /// ```
    /// use lgsco::BodyName;
    /// assert_eq!(BodyName::InformationCommissionersOffice.to_string(), "Information Commissioner's Office");
    /// assert_eq!("court".parse::<BodyName>().unwrap(), BodyName::Court);
    /// ```
    BodyName {
        /// The Information Commissioner's Office.
        InformationCommissionersOffice = "Information Commissioner's Office",
        /// The Housing Ombudsman.
        HousingOmbudsman = "Housing Ombudsman",
        /// The Parliamentary and Health Service Ombudsman.
        ParliamentaryAndHealthServiceOmbudsman = "Parliamentary and Health Service Ombudsman",
        /// The Care Quality Commission.
        CareQualityCommission = "Care Quality Commission",
        /// Ofsted.
        Ofsted = "Ofsted",
        /// The Traffic Penalty Tribunal.
        TrafficPenaltyTribunal = "Traffic Penalty Tribunal",
        /// The Valuation Tribunal.
        ValuationTribunal = "Valuation Tribunal",
        /// The First-tier Tribunal (Special Educational Needs and Disability).
        FirstTierTribunalSend = "First-tier Tribunal (Special Educational Needs and Disability)",
        /// Any other chamber of the First-tier Tribunal.
        FirstTierTribunal = "First-tier Tribunal",
        /// The Upper Tribunal.
        UpperTribunal = "Upper Tribunal",
        /// London Tribunals.
        LondonTribunals = "London Tribunals",
        /// A school admission or exclusion appeal or review panel.
        IndependentAppealPanel = "Independent Appeal Panel",
        /// Any court.
        Court = "court",
        /// The police.
        Police = "police",
        /// The Planning Inspectorate.
        PlanningInspectorate = "Planning Inspectorate",
        /// The Secretary of State.
        SecretaryOfState = "Secretary of State",
        /// The Department for Education (and its funding agency).
        DepartmentForEducation = "Department for Education",
        /// The Local Government Boundary Commission.
        LocalGovernmentBoundaryCommission = "Local Government Boundary Commission",
        /// A council's standards committee or monitoring officer.
        Standards = "Standards",
        /// Social Work England.
        SocialWorkEngland = "Social Work England",
        /// Anything else, or an unnamed tribunal.
        Other = "Other",
    }
}

impl BodyName {
    /// What sort of body the name is. [`BodyName::Other`] is
    /// [`BodyKind::Other`] here; a body printed as an unnamed tribunal
    /// keeps the name `Other` but has [`Body::kind`] `tribunal`.
    ///
    /// ```
    /// use lgsco::{BodyKind, BodyName};
    /// assert_eq!(BodyName::ValuationTribunal.kind(), BodyKind::Tribunal);
    /// assert_eq!(BodyName::Court.kind(), BodyKind::Court);
    /// assert_eq!(BodyName::HousingOmbudsman.kind(), BodyKind::Ombudsman);
    /// ```
    pub fn kind(self) -> BodyKind {
        match self {
            BodyName::HousingOmbudsman | BodyName::ParliamentaryAndHealthServiceOmbudsman => {
                BodyKind::Ombudsman
            }
            BodyName::InformationCommissionersOffice
            | BodyName::CareQualityCommission
            | BodyName::Ofsted
            | BodyName::SocialWorkEngland => BodyKind::Regulator,
            BodyName::TrafficPenaltyTribunal
            | BodyName::ValuationTribunal
            | BodyName::FirstTierTribunalSend
            | BodyName::FirstTierTribunal
            | BodyName::UpperTribunal
            | BodyName::LondonTribunals
            | BodyName::IndependentAppealPanel => BodyKind::Tribunal,
            BodyName::Court => BodyKind::Court,
            BodyName::Police => BodyKind::Police,
            BodyName::PlanningInspectorate
            | BodyName::SecretaryOfState
            | BodyName::DepartmentForEducation
            | BodyName::LocalGovernmentBoundaryCommission => BodyKind::Government,
            BodyName::Standards | BodyName::Other => BodyKind::Other,
        }
    }
}

labels! {
    /// What sort of body another body is: a filter over bodies, named or
    /// not (`a tribunal` is a tribunal though its name is `Other`).
    ///
    /// ```
    /// use lgsco::BodyKind;
    /// assert_eq!(BodyKind::Tribunal.to_string(), "tribunal");
    /// assert_eq!("regulator".parse::<BodyKind>().unwrap(), BodyKind::Regulator);
    /// assert_eq!(serde_json::to_string(&BodyKind::Court).unwrap(), "\"court\"");
    /// assert!("bank".parse::<BodyKind>().is_err());
    /// ```
    BodyKind {
        /// Any court (county, family, magistrates', High Court, Court of
        /// Protection, judicial review).
        Court = "court",
        /// A tribunal, named or not, or a school appeal panel.
        Tribunal = "tribunal",
        /// The Housing Ombudsman, the Parliamentary and Health Service
        /// Ombudsman.
        Ombudsman = "ombudsman",
        /// The Information Commissioner, the Care Quality Commission,
        /// Ofsted, Social Work England.
        Regulator = "regulator",
        /// The police.
        Police = "police",
        /// The Planning Inspectorate, the Secretary of State, the
        /// Department for Education, the Boundary Commission.
        Government = "government",
        /// Anything else: a standards committee, a school, another body.
        Other = "other",
    }
}

impl Default for BodyKind {
    /// [`BodyKind::Other`], for JSON written before bodies had a kind.
    fn default() -> Self {
        BodyKind::Other
    }
}

labels! {
    /// The kind of a remedy.
    ///
    /// ```
    /// use lgsco::RemedyKind;
    /// assert_eq!(RemedyKind::ServiceImprovement.to_string(), "service_improvement");
    /// assert_eq!("apology".parse::<RemedyKind>().unwrap(), RemedyKind::Apology);
    /// ```
    RemedyKind {
        /// An apology.
        Apology = "apology",
        /// A payment to the complainant or the person affected.
        Payment = "payment",
        /// A new decision, assessment or review.
        Reconsider = "reconsider",
        /// Changes aimed at others: procedures, training, reminders.
        ServiceImprovement = "service_improvement",
        /// Something specific done for the complainant.
        Action = "action",
        /// A remedy whose kind is not stated.
        Unspecified = "unspecified",
    }
}
