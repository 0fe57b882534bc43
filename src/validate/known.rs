//! The header values LGSCO is known to publish (FORMAT.md). The lists are
//! open: a value not here is kept by the parser and flagged with a warning.

/// Category areas, each with the subcategories seen under it. An area with
/// no subcategories listed has none known yet, so none is flagged.
/// `Other` is a subcategory of every area.
const CATEGORIES: &[(&str, &[&str])] = &[
    (
        "Adult care services",
        &[
            "Assessment and care plan",
            "Charging",
            "Direct payments",
            "Disabled facilities grants",
            "Domiciliary care",
            "Residential care",
            "Safeguarding",
            "Transition from childrens services",
            "Transport",
        ],
    ),
    (
        "Benefits and tax",
        &[
            "Council tax",
            "Council tax support",
            "COVID-19",
            "Housing benefit and council tax benefit",
        ],
    ),
    (
        "Children's care services",
        &[
            "Adoption",
            "Child protection",
            "Disabled children",
            "Fostering",
            "Friends and family carers",
            "Looked after children",
        ],
    ),
    (
        "Education",
        &[
            "Alternative provision",
            "School admissions",
            "School exclusions",
            "School transport",
            "Special educational needs",
        ],
    ),
    (
        "Environment and regulation",
        &[
            "Antisocial behaviour",
            "Cemeteries and crematoria",
            "Drainage",
            "Licensing",
            "Noise",
            "Refuse and recycling",
        ],
    ),
    ("Health", &[]),
    (
        "Housing",
        &[
            "Allocations",
            "Homelessness",
            "Managing council tenancies",
            "Private housing",
        ],
    ),
    (
        "Other Categories",
        &[
            "Commercial and contracts",
            "Councillor conduct and standards",
            "Land",
            "Leisure and culture",
        ],
    ),
    (
        "Planning",
        &["Enforcement", "Planning advice", "Planning applications"],
    ),
    (
        "Transport and highways",
        &[
            "Highway repair and maintenance",
            "Parking and other penalties",
            "Rights of way",
            "Traffic management",
        ],
    ),
];

/// Whether two values are the same but for case, apostrophes and spacing,
/// compared word by word without building strings: every header is checked.
fn same(a: &str, b: &str) -> bool {
    // Most values are printed exactly as listed, and most entries differ
    // from the first letter.
    if a == b {
        return true;
    }
    let first = |s: &str| {
        s.trim_start()
            .bytes()
            .next()
            .map(|b| b.to_ascii_lowercase())
    };
    if first(a) != first(b) {
        return false;
    }
    let fold = crate::tree::vocab::fold;
    let mut x = a.split_whitespace();
    let mut y = b.split_whitespace();
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p.chars().map(fold).eq(q.chars().map(fold)) => {}
            _ => return false,
        }
    }
}

/// The known subcategories of an area, or `None` when the area is unknown.
pub(super) fn subcategories(area: &str) -> Option<&'static [&'static str]> {
    CATEGORIES
        .iter()
        .find(|(a, _)| same(a, area))
        .map(|&(_, subs)| subs)
}

/// Whether `sub` is known under an area with these subcategories.
pub(super) fn is_known_subcategory(subs: &[&str], sub: &str) -> bool {
    same(sub, "other") || subs.is_empty() || subs.iter().any(|s| same(s, sub))
}

/// The known areas, for help texts.
pub(super) fn areas() -> String {
    CATEGORIES
        .iter()
        .map(|(a, _)| *a)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Outcomes LGSCO publishes, for help texts.
pub(super) const OUTCOMES: &str = "Upheld, Not upheld, Closed after initial enquiries";
