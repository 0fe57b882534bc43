//! `meta`: identification, classification, lifecycle, references and
//! proprietary, in the order the schema sets.

use super::ids::{lgo_address, Identity};
use super::out::Out;
use crate::Decision;
use std::io;

/// `href` of the Ombudsman in `references`.
const OMBUDSMAN: &str = "/akn/ontology/organizations/gb/lgsco";
const OMBUDSMAN_NAME: &str = "Local Government and Social Care Ombudsman";

pub(super) fn write<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    out.at("meta");
    out.open("meta", &[])?;
    identification(out, d)?;
    classification(out, d)?;
    if let Some(date) = d.header.date {
        out.open("lifecycle", &[("source", "#lgsco")])?;
        let date = date.to_string();
        out.empty(
            "eventRef",
            &[
                ("date", &date),
                ("source", "#lgsco"),
                ("refersTo", "#decision"),
            ],
        )?;
        out.close("lifecycle")?;
    }
    references(out, d)?;
    proprietary(out, d)?;
    out.close("meta")
}

fn identification<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    let id = Identity::of(d);
    let date = id.date.to_string();
    let dated = [("date", date.as_str()), ("name", id.date_name)];
    let author = [("href", "#lgsco")];
    out.open("identification", &[("source", "#lgsco")])?;

    out.open("FRBRWork", &[])?;
    out.empty("FRBRthis", &[("value", &format!("{}/!main", id.work))])?;
    out.empty("FRBRuri", &[("value", &id.work)])?;
    if let Some(address) = lgo_address(&d.header) {
        out.empty("FRBRalias", &[("value", &address), ("name", "lgo.org.uk")])?;
    }
    out.empty("FRBRdate", &dated)?;
    out.empty("FRBRauthor", &author)?;
    out.empty("FRBRcountry", &[("value", "GB-ENG")])?;
    if let Some(reference) = &d.header.reference {
        out.empty("FRBRnumber", &[("value", reference.as_str())])?;
    }
    out.close("FRBRWork")?;

    let expression = id.expression();
    out.open("FRBRExpression", &[])?;
    out.empty("FRBRthis", &[("value", &format!("{expression}/!main"))])?;
    out.empty("FRBRuri", &[("value", &expression)])?;
    out.empty("FRBRdate", &dated)?;
    out.empty("FRBRauthor", &author)?;
    out.empty("FRBRlanguage", &[("language", "eng")])?;
    out.close("FRBRExpression")?;

    let manifestation = id.manifestation();
    out.open("FRBRManifestation", &[])?;
    out.empty("FRBRthis", &[("value", &manifestation)])?;
    out.empty("FRBRuri", &[("value", &manifestation)])?;
    out.empty("FRBRdate", &dated)?;
    out.empty("FRBRauthor", &author)?;
    out.close("FRBRManifestation")?;

    out.close("identification")
}

/// One keyword for the area and one for the subcategory.
fn classification<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    let Some(category) = &d.header.category else {
        return Ok(());
    };
    out.open("classification", &[("source", "#lgsco")])?;
    let words = std::iter::once(&category.area).chain(&category.subcategory);
    for word in words {
        out.empty(
            "keyword",
            &[("value", word), ("showAs", word), ("dictionary", "#lgsco")],
        )?;
    }
    out.close("classification")
}

fn references<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    out.open("references", &[("source", "#lgsco")])?;
    out.empty(
        "TLCOrganization",
        &[
            ("eId", "lgsco"),
            ("href", OMBUDSMAN),
            ("showAs", OMBUDSMAN_NAME),
        ],
    )?;
    if let Some(organisation) = &d.header.organisation {
        let href = format!(
            "/akn/ontology/organizations/gb-eng/{}",
            super::ids::slug(organisation)
        );
        out.empty(
            "TLCOrganization",
            &[
                ("eId", "organisation"),
                ("href", &href),
                ("showAs", organisation),
            ],
        )?;
    }
    out.empty(
        "TLCEvent",
        &[
            ("eId", "decision"),
            ("href", "/akn/ontology/events/decision"),
            ("showAs", "Decision"),
        ],
    )?;
    out.empty(
        "TLCRole",
        &[
            ("eId", "investigator"),
            ("href", "/akn/ontology/roles/investigator"),
            ("showAs", "Investigator"),
        ],
    )?;
    out.close("references")
}

/// The header fields as printed, in the crate's own namespace.
fn proprietary<W: io::Write>(out: &mut Out<W>, d: &Decision) -> io::Result<()> {
    let h = &d.header;
    out.open("proprietary", &[("source", "#lgsco")])?;
    out.open("lgsco:statement", &[])?;
    if let Some(reference) = &h.reference {
        out.leaf("lgsco:reference", &[], reference.as_str())?;
    }
    if let Some(category) = &h.category {
        let mut attributes = vec![("area", category.area.as_str())];
        attributes.extend(category.subcategory.as_deref().map(|s| ("subcategory", s)));
        out.leaf("lgsco:category", &attributes, &category.to_string())?;
    }
    if let Some(outcome) = &h.outcome {
        out.leaf("lgsco:outcome", &[], outcome.as_str())?;
    }
    if let Some(date) = &h.date_text {
        out.leaf("lgsco:date", &[], date)?;
    }
    out.close("lgsco:statement")?;
    out.close("proprietary")
}
