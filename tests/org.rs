//! Which body a decision is about (`lgsco::org`): every organisation printed
//! in the headers of the statements in `../shared`, and every council named
//! in the addresses of the mirror copies printed without a header, against
//! `tests/org_names.tsv`, a table written by hand; then each printed variant
//! and each kind on names alone.

mod common;

use lgsco::org::{Council, CouncilType, Kind, Organisation, Source};
use std::collections::HashMap;
use std::path::Path;

/// `(form, name)` to the expected code (upper case) or kind (lower case).
fn table() -> HashMap<(String, String), String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/org_names.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "a row of three columns: {l:?}");
            ((f[0].to_owned(), f[1].to_owned()), f[2].to_owned())
        })
        .collect()
}

/// What an organisation resolved to, in the table's terms.
fn outcome(o: &Organisation) -> String {
    match o.council() {
        Some(c) => c.code().to_owned(),
        None => o.kind().to_string(),
    }
}

/// The folders of `../shared` that list the headers of their statements.
fn folders(shared: &Path) -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = std::fs::read_dir(shared)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expected-headers.tsv").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The council named in a mirror's address, without the case reference:
/// `.../lgo-22-001-273-thurrock-council/` is `thurrock-council`.
fn slug(url: &str) -> Option<String> {
    let last = url.trim_end_matches('/').rsplit('/').next()?;
    let last = last.split('?').next()?;
    let rest = last.strip_prefix("lgo-")?;
    let parts: Vec<&str> = rest.splitn(4, '-').collect();
    (parts.len() == 4).then(|| parts[3].to_owned())
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_organisation_in_shared_resolves_as_the_table_says() {
    let Some(shared) = common::shared() else {
        return;
    };
    let table = table();
    let mut wrong = Vec::new();
    let mut unlisted = Vec::new();
    let (mut headers, mut councils, mut hinted, mut from_text) = (0, 0, 0, 0);
    let mut kinds: HashMap<String, usize> = HashMap::new();
    for dir in folders(&shared) {
        let urls: HashMap<String, String> = common::tsv(&dir.join("index.tsv"))
            .into_iter()
            .map(|r| (r["file"].clone(), r["url"].clone()))
            .collect();
        for row in common::tsv(&dir.join("expected-headers.tsv")) {
            let file = &row["file"];
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            let mut d = lgsco::parse(&text).unwrap();
            let printed = row["organisation"].as_str();
            if !printed.is_empty() {
                headers += 1;
                let o = d
                    .organisation()
                    .expect("a header's organisation is resolved");
                assert_eq!(o.source(), Source::Header, "{file}");
                assert_eq!(o.name(), printed, "{file}");
                let got = outcome(o);
                *kinds.entry(o.kind().to_string()).or_default() += 1;
                councils += usize::from(o.council().is_some());
                match table.get(&("header".to_owned(), printed.to_owned())) {
                    Some(want) if *want == got => {}
                    Some(want) => wrong.push(format!("{file}: {printed:?} is {got}, not {want}")),
                    None => unlisted.push(format!("{printed:?} (resolves to {got})")),
                }
                continue;
            }
            // No header: the text may name the council; the mirror's address does.
            let Some(name) = urls.get(file).and_then(|u| slug(u)) else {
                assert!(
                    d.organisation().is_none(),
                    "{file}: placed from its text with no address to check it against"
                );
                continue;
            };
            let want = table.get(&("file_name".to_owned(), name.clone()));
            if let Some(o) = d.organisation() {
                from_text += 1;
                assert_eq!(o.source(), Source::Text, "{file}");
                if want.is_some_and(|w| *w != outcome(o)) {
                    wrong.push(format!(
                        "{file}: its text names {}, its address {name}",
                        o.name()
                    ));
                }
            }
            let url = &urls[file];
            assert!(d.apply_name_hint(url), "{file}: {url} is not placed");
            let o = d.organisation().unwrap();
            assert_eq!(o.source(), Source::FileName);
            hinted += 1;
            let got = outcome(o);
            match want {
                Some(want) if *want == got => {}
                Some(want) => wrong.push(format!("{file}: {name:?} is {got}, not {want}")),
                None => unlisted.push(format!("address {name:?} (resolves to {got})")),
            }
        }
    }
    eprintln!(
        "org: {headers} header organisations ({councils} councils, kinds {kinds:?}); \
         {hinted} headerless placed from their address, {from_text} of them also from their text"
    );
    // Statements added to ../shared after the table was written: their
    // names are shown for someone to check and add, not failed.
    for name in &unlisted {
        eprintln!("note: not in tests/org_names.tsv, check by hand and add: {name}");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(headers > 0 && hinted > 0);
}

/// Each variant statements print resolves to the same council.
#[test]
fn printed_variants_resolve_to_one_council() {
    let cases: &[(&str, &[&str])] = &[
        (
            "WRL",
            &[
                "Wirral Metropolitan Borough Council",
                "Wirral Borough Council",
                "Wirral Council",
                "WIRRAL  COUNCIL",
            ],
        ),
        (
            "KHL",
            &[
                "Kingston Upon Hull City Council",
                "Hull City Council",
                "Kingston upon Hull, City of",
                "Kingston-upon-Hull City Council",
            ],
        ),
        (
            "WSM",
            &[
                "Westminster City Council",
                "City of Westminster",
                "Westminster",
            ],
        ),
        (
            "RCC",
            &[
                "Redcar & Cleveland Council",
                "Redcar and Cleveland Borough Council",
                "redcar & cleveland",
            ],
        ),
        (
            "KEC",
            &[
                "Royal Borough of Kensington & Chelsea",
                "Kensington and Chelsea",
                "Kensington & Chelsea Council",
            ],
        ),
        (
            "HMF",
            &[
                "London Borough of Hammersmith & Fulham",
                "Hammersmith and Fulham Council",
            ],
        ),
        (
            "BRD",
            &[
                "City Of Bradford Metropolitan District Council",
                "Bradford Council",
                "Bradford Metropolitan District Council",
            ],
        ),
        (
            "COL",
            &["Colchester City Council", "Colchester Borough Council"],
        ),
        ("DUR", &["Durham County Council", "County Durham Council"]),
        (
            "KIN",
            &[
                "Borough Council of King's Lynn & West Norfolk",
                "King’s Lynn and West Norfolk Borough Council",
            ],
        ),
        (
            "SAL",
            &[
                "St. Albans City & District Council",
                "St Albans City and District Council",
                "Saint Albans District Council",
            ],
        ),
        (
            "IOS",
            &["Council of the Isles of Scilly", "Isles of Scilly Council"],
        ),
        (
            "SOS",
            &[
                "Southend-on-Sea City Council",
                "Southend on Sea Borough Council",
            ],
        ),
        (
            "TRF",
            &["Trafford Council", "Trafford Metropolitan Borough Council"],
        ),
        (
            "WNM",
            &[
                "Royal Borough of Windsor & Maidenhead",
                "Windsor and Maidenhead Council",
            ],
        ),
        ("LND", &["City of London Corporation", "City of London"]),
    ];
    for (code, names) in cases {
        for name in *names {
            let o = Organisation::resolve(name);
            assert_eq!(o.council().map(|c| c.code()), Some(*code), "{name}");
            assert_eq!(o.kind(), Kind::Council);
            assert_eq!(o.note(), None);
        }
    }
}

/// Councils merged or renamed keep their own entry, and say what holds
/// their duties today.
#[test]
fn former_councils_name_their_successors() {
    let current = |name: &str| -> Vec<&'static str> {
        let c = Organisation::resolve(name).council().unwrap();
        c.current().iter().map(Council::code).collect()
    };
    assert_eq!(current("Aylesbury Vale District Council"), ["BUC"]);
    assert_eq!(current("Somerset County Council"), ["SMT"]);
    assert_eq!(current("Taunton Deane Borough Council"), ["SMT"]);
    assert_eq!(current("Cumbria County Council"), ["CBD", "WAF"]);
    assert_eq!(current("Shepway District Council"), ["SHE"]);
    let aylesbury = Organisation::resolve("Aylesbury Vale District Council")
        .council()
        .unwrap();
    assert!(!aylesbury.is_current());
    assert_eq!(
        aylesbury.council_type(),
        CouncilType::NonMetropolitanDistrict
    );
    let buckinghamshire = Organisation::resolve("Buckinghamshire Council")
        .council()
        .unwrap();
    assert!(buckinghamshire.is_current());
    assert_eq!(buckinghamshire.council_type(), CouncilType::Unitary);
}

/// Names the register gives to more than one council, and councils it
/// does not know, are `other` with a note: never the nearest council.
#[test]
fn no_guessing() {
    // The register's own lookup gives `Dorset` to Dorset Council, but
    // `Somerset` and `North Yorkshire` to both the county and the unitary.
    for name in ["Somerset", "North Yorkshire", "Somerset Borough"] {
        let o = Organisation::resolve(name);
        assert_eq!(o.kind(), Kind::Other, "{name}");
        assert!(o.council().is_none());
        assert!(
            o.note().unwrap().contains("more than one council"),
            "{name}"
        );
    }
    for name in [
        "Borsetshire County Council",
        "Kent Parish Council",
        "Bedfordshire County Council",
        "Chester City Council",
    ] {
        let o = Organisation::resolve(name);
        assert_eq!(o.kind(), Kind::Other, "{name}");
        assert_eq!(
            o.note(),
            Some("no council of the register has this name"),
            "{name}"
        );
    }
    // A place alone is matched only as the register spells a council's
    // name: `London` is not the City of London, `Hull` not Hull City Council.
    for name in ["London", "Hull"] {
        let o = Organisation::resolve(name);
        assert_eq!(o.kind(), Kind::Other, "{name}");
    }
    assert_eq!(
        Organisation::resolve("Kent").council().unwrap().code(),
        "KEN"
    );
    let o = Organisation::resolve("The Land Registry");
    assert_eq!(o.kind(), Kind::Other);
    assert!(o.note().is_some());
    let joint = Organisation::resolve("Leeds City Council and Leeds Teaching Hospitals NHS Trust");
    assert_eq!(joint.kind(), Kind::Other);
    assert!(joint.note().unwrap().contains("more than one body"));
    assert_eq!(Organisation::resolve("").kind(), Kind::Other);
}

/// Each kind of body that is not a council.
#[test]
fn every_kind() {
    let cases = [
        (
            "Four Seasons Health Care (England) Limited",
            Kind::CareProvider,
        ),
        ("Fernleigh Home Care Ltd", Kind::CareProvider),
        ("MELM Care Solutions", Kind::CareProvider),
        ("Forget Me Not Residential Home Limited", Kind::CareProvider),
        ("Our Lady & St. Swithins Primary School", Kind::School),
        ("The Governing Body of Millbrook Academy", Kind::School),
        ("Peak District National Park Authority", Kind::NationalPark),
        (
            "Mayor's Office for Policing and Crime",
            Kind::PoliceAndCrime,
        ),
        (
            "Police and Crime Commissioner for Borsetshire",
            Kind::PoliceAndCrime,
        ),
        ("Borsetshire Fire and Rescue Authority", Kind::Fire),
        ("Transport for London", Kind::Transport),
        (
            "Sheffield Teaching Hospitals NHS Foundation Trust",
            Kind::Nhs,
        ),
        ("Borsetshire Integrated Care Board", Kind::Nhs),
        ("The Land Registry", Kind::Other),
    ];
    for (name, kind) in cases {
        let o = Organisation::resolve(name);
        assert_eq!(o.kind(), kind, "{name}");
        assert!(o.council().is_none(), "{name}");
        assert_eq!(o.name(), name);
        assert_eq!(o.to_string().parse::<Organisation>().unwrap(), o);
        assert_eq!(kind.to_string().parse::<Kind>().unwrap(), kind);
    }
    let wyca = Organisation::resolve("West Yorkshire Combined Authority");
    assert_eq!(wyca.kind(), Kind::Council);
    assert_eq!(
        wyca.council().unwrap().council_type(),
        CouncilType::CombinedAuthority
    );
}

/// File names and addresses place a council only when what is left is
/// exactly one council's name.
#[test]
fn name_hints() {
    let code = |hint: &str| Organisation::from_name_hint(hint).map(|o| o.council().unwrap().code());
    assert_eq!(code("lgo-22-001-436-kent-county-council"), Some("KEN"));
    assert_eq!(code("lgo-22-001-436-kent-county-council.txt"), Some("KEN"));
    assert_eq!(
        code("statements/lgo-22-004-378-brighton-hove-city-council/"),
        Some("BNH")
    );
    assert_eq!(
        code("C:\\mirror\\lgo-21-010-148-city-of-london.html"),
        Some("LND")
    );
    assert_eq!(code("22-003-748__ai.txt"), None);
    assert_eq!(code("lgo-23-020-815-somerset.txt"), None);
    assert_eq!(code("lgo-23-020-815-borsetshire-county-council.txt"), None);
    assert_eq!(
        code("lgo-24-001-581-four-seasons-health-care-limited"),
        None
    );
}

/// The JSON of an organisation reads back, and a council needs only its code.
#[test]
fn json_round_trip() {
    for name in ["Cumbria County Council", "Transport for London", "Somerset"] {
        let o = Organisation::resolve(name);
        let json = serde_json::to_string(&o).unwrap();
        let back: Organisation = serde_json::from_str(&json).unwrap();
        assert_eq!(back, o);
    }
    let json = serde_json::to_value(Organisation::resolve("Cumbria County Council")).unwrap();
    assert_eq!(json["kind"], "council");
    assert_eq!(json["council"]["type"], "county");
    assert_eq!(
        json["council"]["current"],
        serde_json::json!(["CBD", "WAF"])
    );
    let council: Council = serde_json::from_str(r#"{"code": "KEN"}"#).unwrap();
    assert_eq!(council.official_name(), "Kent County Council");
    assert!(serde_json::from_str::<Council>(r#"{"code": "XYZ"}"#).is_err());
}

/// A printed header wins over a file name; a text's council gives way to one.
#[test]
fn header_then_file_name_then_text() {
    let mut d = lgsco::parse("Cornwall Council (24 012 345)\nSummary: s.\n").unwrap();
    assert!(!d.apply_name_hint("lgo-24-012-345-devon-county-council"));
    assert_eq!(d.organisation().unwrap().council().unwrap().code(), "CON");

    let text = "Summary: We will not investigate Mrs A’s complaint about Devon County Council.\n";
    let mut d = lgsco::parse(text).unwrap();
    assert_eq!(d.organisation().unwrap().source(), Source::Text);
    assert!(d.apply_name_hint("lgo-24-012-345-devon-county-council"));
    assert_eq!(d.organisation().unwrap().source(), Source::FileName);

    // A header naming a body not in the register is still the header's.
    let mut d = lgsco::parse("Borsetshire County Council (24 012 345)\nSummary: s.\n").unwrap();
    assert!(!d.apply_name_hint("lgo-24-012-345-devon-county-council"));
    assert_eq!(d.organisation().unwrap().kind(), Kind::Other);
}

/// Every entry of the register reads back through its own official name,
/// or the name is one the register shares between entries.
#[test]
fn official_names_find_their_entries() {
    let mut shared = 0;
    for c in Council::all() {
        let o = Organisation::resolve(c.official_name());
        match o.council() {
            Some(found) => assert_eq!(found, c, "{}", c.official_name()),
            None => {
                shared += 1;
                assert!(o.note().is_some(), "{}", c.official_name());
            }
        }
        assert_eq!(c.code().parse::<Council>().unwrap(), c);
    }
    assert!(
        shared < 5,
        "{shared} official names do not find their entry"
    );
}

/// Read without its title line, a statement whose header names a council
/// is placed from its text only when the text names that same council.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn text_placement_never_contradicts_the_header() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut placed = 0;
    for path in common::statements(&shared) {
        let text = std::fs::read_to_string(&path).unwrap();
        let d = lgsco::parse(&text).unwrap();
        let (Some(title), Some(header)) = (d.header.spans.title, d.organisation()) else {
            continue;
        };
        if let Some(o) = Organisation::from_text(&text[title.end..]) {
            placed += 1;
            assert_eq!(o.council(), header.council(), "{}", path.display());
        }
    }
    eprintln!("org: {placed} statements with a header also name their council in the text");
}

/// `src/tree/org/register.tsv` is what `scripts/register.py` makes of
/// `../shared/register` (when Python 3 is installed).
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn the_shipped_register_is_generated_by_the_script() {
    let Some(shared) = common::shared() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("python3")
        .arg(root.join("scripts/register.py"))
        .arg(shared.join("register"))
        .output();
    let Ok(out) = out else {
        eprintln!("note: python3 is absent; the register is not regenerated");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shipped = std::fs::read(root.join("src/tree/org/register.tsv")).unwrap();
    assert!(
        out.stdout == shipped,
        "src/tree/org/register.tsv differs from what scripts/register.py writes: run it again"
    );
}
