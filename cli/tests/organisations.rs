//! The body each decision is about, in the tables, the database and the
//! stats: councils of the register with their codes, the `organisations`
//! table the decisions point at, and a headerless statement placed from its
//! file name.

mod common;
use common::*;
use rusqlite::Connection;
use std::path::Path;

/// Four fictional statements: a council printed as a variant, a care
/// provider, a former council, and a mirror copy without a header whose
/// file name names its council.
fn statements(dir: &Path) {
    let fixtures = fixtures_dir();
    let copy = |from: &str, to: &str| {
        std::fs::copy(fixtures.join(from), dir.join(to)).unwrap();
    };
    copy("org/council_variant.txt", "wirral.txt");
    copy("org/care_provider.txt", "care.txt");
    copy("mirror.txt", "lgo-24-003-840-somerset-council.txt");
    std::fs::write(
        dir.join("cumbria.txt"),
        "Cumbria County Council (22 001 234)\nSummary: We will not investigate.\n",
    )
    .unwrap();
}

#[test]
fn decisions_carry_the_organisation_columns() {
    let input = tempfile::tempdir().unwrap();
    statements(input.path());
    let out_dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "table",
        input.path().to_str().unwrap(),
        "--out",
        out_dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    let (head, rows) = csv_rows(&out_dir.path().join("decisions.csv"));
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let cells = |file: &str| -> Vec<String> {
        let row = rows
            .iter()
            .find(|r| r[col("file")].ends_with(file))
            .unwrap();
        [
            "organisation_code",
            "organisation_gss",
            "organisation_kind",
            "organisation_type",
            "organisation_region",
            "organisation_current",
            "organisation_source",
        ]
        .iter()
        .map(|c| row[col(c)].clone())
        .collect()
    };
    assert_eq!(
        cells("wirral.txt"),
        [
            "WRL",
            "E08000015",
            "council",
            "metropolitan_district",
            "North West",
            "WRL",
            "header"
        ]
    );
    assert_eq!(
        cells("care.txt"),
        ["", "", "care_provider", "", "", "", "header"]
    );
    assert_eq!(
        cells("cumbria.txt"),
        [
            "CMA",
            "E10000006",
            "council",
            "county",
            "North West",
            "CBD;WAF",
            "header"
        ]
    );
    assert_eq!(
        cells("lgo-24-003-840-somerset-council.txt"),
        [
            "SMT",
            "E06000066",
            "council",
            "unitary",
            "South West",
            "SMT",
            "file_name"
        ]
    );
}

#[test]
fn the_database_links_decisions_to_organisations() {
    let input = tempfile::tempdir().unwrap();
    statements(input.path());
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lgsco.db");
    for _ in 0..2 {
        let out = run(&[
            "sqlite",
            input.path().to_str().unwrap(),
            "--out",
            db.to_str().unwrap(),
        ]);
        assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    }
    let conn = Connection::open(&db).unwrap();
    let codes: Vec<String> = conn
        .prepare("SELECT code FROM organisations ORDER BY code")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // The councils decided about, and those holding Cumbria's duties today.
    assert_eq!(codes, ["CBD", "CMA", "SMT", "WAF", "WRL"]);
    let (name, population): (String, i64) = conn
        .query_row(
            "SELECT name, population FROM organisations WHERE code = 'WRL'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(name, "Wirral Borough Council");
    assert!(population > 300_000);
    let fk: String = conn
        .query_row(
            "SELECT \"table\" FROM pragma_foreign_key_list('decisions') WHERE \"from\" = 'organisation_code'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(fk, "organisations");
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
    // The README's query by region.
    let by_region: Vec<(String, i64)> = conn
        .prepare(
            "SELECT o.region, count(*) AS decisions FROM decisions d
             JOIN organisations o ON o.code = d.organisation_code
             GROUP BY o.region ORDER BY decisions DESC, o.region",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        by_region,
        [("North West".to_owned(), 2), ("South West".to_owned(), 1)]
    );
}

#[test]
fn stats_count_by_council_region_and_type() {
    let input = tempfile::tempdir().unwrap();
    statements(input.path());
    let out = run(&["stats", "--format", "json", input.path().to_str().unwrap()]);
    assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["by_council"]["Wirral Borough Council (WRL)"], 1);
    assert_eq!(stats["by_council"]["(care_provider)"], 1);
    assert_eq!(stats["by_region"]["North West"], 2);
    assert_eq!(stats["by_region"]["(not a council)"], 1);
    assert_eq!(stats["by_type"]["county"], 1);
    assert_eq!(stats["by_type"]["unitary"], 1);
    assert_eq!(stats["by_type"]["(care_provider)"], 1);
}

#[test]
fn show_says_where_the_organisation_is_placed() {
    let input = tempfile::tempdir().unwrap();
    statements(input.path());
    let show = |file: &str| {
        let out = run(&["show", input.path().join(file).to_str().unwrap()]);
        text(&out.stdout)
    };
    assert!(show("wirral.txt").contains(
        "Placed as    : WRL Wirral Borough Council (metropolitan_district, North West) from the header"
    ));
    assert!(show("lgo-24-003-840-somerset-council.txt")
        .contains("Placed as    : SMT Somerset Council (unitary, South West) from the file name"));
    assert!(show("care.txt").contains("Placed as    : care_provider\n"));
}
