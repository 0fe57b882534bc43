//! `lgsco stats`: tallies over statements.

use crate::args::{Common, Format, StatsArgs};
use crate::batch;
use crate::out::{Failure, Sink, Status};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Default, Serialize)]
struct Stats {
    statements: usize,
    unreadable: usize,
    no_statement: usize,
    complete: usize,
    by_area: BTreeMap<String, usize>,
    by_outcome: BTreeMap<String, usize>,
    by_year: BTreeMap<String, usize>,
    /// Statements about each council of the register (`Kent County Council
    /// (KEN)`); other bodies under their kind (`(care_provider)`).
    by_council: BTreeMap<String, usize>,
    /// Statements by the council's region.
    by_region: BTreeMap<String, usize>,
    /// Statements by council type (`county`, `unitary`, ...), or the kind
    /// of body that is not a council.
    by_type: BTreeMap<String, usize>,
    by_result: BTreeMap<String, usize>,
    /// Statements giving each reason for not investigating.
    by_reason: BTreeMap<String, usize>,
    /// Statements naming each other body.
    by_body: BTreeMap<String, usize>,
    /// Statements agreeing each kind of remedy.
    by_remedy: BTreeMap<String, usize>,
    /// Sums agreed, in pounds, over all statements.
    total_amount: f64,
    /// Statements with a sum agreed.
    with_amount: usize,
    /// Most cited provisions: (provision, citations, statements).
    most_cited: Vec<(String, usize, usize)>,
}

pub fn run(common: &Common, a: &StatsArgs) -> Result<Status, Failure> {
    let mut s = Stats::default();
    // provision -> (citations, statements)
    let mut cited: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (inputs, problems) = crate::input::collect(common)?;
    let tally = batch::run(common, inputs, problems, true, None, &mut |p| {
        let Ok(d) = &p.decision else {
            return Ok(());
        };
        s.statements += 1;
        s.complete += usize::from(d.is_complete());
        let h = &d.header;
        let area = h.category.as_ref().map_or("(none)", |c| c.area.as_str());
        *s.by_area.entry(area.to_owned()).or_default() += 1;
        let outcome = h.outcome.as_ref().map_or("(none)", |o| o.as_str());
        *s.by_outcome.entry(outcome.to_owned()).or_default() += 1;
        let year = p
            .reference
            .as_ref()
            .and_then(|(r, _)| r.year())
            .map_or_else(|| "(none)".to_owned(), |y| y.to_string());
        *s.by_year.entry(year).or_default() += 1;
        tally_organisation(&mut s, d.organisation());
        if let Some(f) = &p.facts {
            tally_facts(&mut s, f);
        }
        for (key, n) in d.cited_provisions() {
            let e = cited.entry(key).or_default();
            e.0 += n;
            e.1 += 1;
        }
        Ok(())
    })?;
    s.unreadable = tally.unreadable;
    s.no_statement = tally.failed;
    let mut ranked: Vec<(String, usize, usize)> =
        cited.into_iter().map(|(k, (c, n))| (k, c, n)).collect();
    ranked.sort_by(|a, b| (b.1, b.2, &a.0).cmp(&(a.1, a.2, &b.0)));
    ranked.truncate(a.top);
    s.most_cited = ranked;
    if tally.interrupted {
        return Ok(Status::Interrupted);
    }
    let mut w = Sink::new(common.out.as_deref())?;
    match a.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut w, &s).map_err(std::io::Error::from)?;
            writeln!(w)?;
        }
        Format::Text => write_text(&mut w, &s)?,
    }
    w.finish()?;
    Ok(tally.status)
}

/// Adds the body one statement is about.
fn tally_organisation(s: &mut Stats, o: Option<&lgsco::org::Organisation>) {
    let (council, region, kind) = match o {
        None => (
            "(none)".to_owned(),
            "(none)".to_owned(),
            "(none)".to_owned(),
        ),
        Some(o) => match o.council() {
            Some(c) => (
                format!("{} ({})", c.official_name(), c.code()),
                c.region().unwrap_or("(none)").to_owned(),
                c.council_type().to_string(),
            ),
            None => {
                let kind = format!("({})", o.kind());
                (kind.clone(), "(not a council)".to_owned(), kind)
            }
        },
    };
    *s.by_council.entry(council).or_default() += 1;
    *s.by_region.entry(region).or_default() += 1;
    *s.by_type.entry(kind).or_default() += 1;
}

/// Adds one statement's facts: each label once per statement.
fn tally_facts(s: &mut Stats, f: &lgsco::Facts) {
    let result = f
        .result
        .map_or_else(|| "(unclear)".to_owned(), |r| r.to_string());
    *s.by_result.entry(result).or_default() += 1;
    let once = |map: &mut BTreeMap<String, usize>, labels: Vec<String>| {
        let mut labels = labels;
        labels.sort();
        labels.dedup();
        for l in labels {
            *map.entry(l).or_default() += 1;
        }
    };
    once(
        &mut s.by_reason,
        f.reasons.iter().map(|r| r.kind.to_string()).collect(),
    );
    once(
        &mut s.by_body,
        f.bodies.iter().map(|b| b.name.to_string()).collect(),
    );
    once(
        &mut s.by_remedy,
        f.remedies.iter().map(|r| r.kind.to_string()).collect(),
    );
    if let Some(total) = f.total_amount() {
        s.total_amount += total.pence() as f64 / 100.0;
        s.with_amount += 1;
    }
}

fn write_text(w: &mut impl Write, s: &Stats) -> std::io::Result<()> {
    writeln!(w, "Statements   : {}", s.statements)?;
    writeln!(w, "Complete     : {}", s.complete)?;
    if s.no_statement + s.unreadable > 0 {
        writeln!(w, "No statement : {}", s.no_statement)?;
        writeln!(w, "Unreadable   : {}", s.unreadable)?;
    }
    for (title, map) in [
        ("By area", &s.by_area),
        ("By outcome", &s.by_outcome),
        ("By reference year", &s.by_year),
        ("By council", &s.by_council),
        ("By region", &s.by_region),
        ("By council type", &s.by_type),
        ("By result", &s.by_result),
        ("Reasons for not investigating (statements)", &s.by_reason),
        ("Other bodies named (statements)", &s.by_body),
        ("Remedies (statements)", &s.by_remedy),
    ] {
        writeln!(w, "\n{title}")?;
        let mut rows: Vec<_> = map.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, n) in rows {
            writeln!(w, "  {n:>6}  {k}")?;
        }
    }
    writeln!(
        w,
        "\nSums agreed  : £{:.2} in {} statements",
        s.total_amount, s.with_amount
    )?;
    writeln!(w, "\nMost cited provisions (citations, statements)")?;
    for (k, c, n) in &s.most_cited {
        writeln!(w, "  {c:>6} {n:>6}  {k}")?;
    }
    Ok(())
}
