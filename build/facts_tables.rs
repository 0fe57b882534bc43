//! Build time: the tables by which src/facts/scan.rs finds the phrases of
//! grammar/facts.pest, read from the grammar itself (with `pest_meta`) and
//! written as Rust into `OUT_DIR`, so that the grammar is the only place a
//! phrase is written: which words can begin a phrase, which alternatives of
//! `cue` to try there, in `cue`'s order, and their first two words.

use pest_meta::ast::{Expr, Rule as AstRule};
use std::collections::BTreeSet;

/// What a phrase can begin with: literal beginnings (lower case), and
/// whether it can match without consuming anything first.
struct First {
    lits: BTreeSet<String>,
    nullable: bool,
}

impl First {
    fn empty() -> First {
        First {
            lits: BTreeSet::new(),
            nullable: true,
        }
    }
}

/// The grammar's rules.
fn rules(src: &str) -> Vec<AstRule> {
    let pairs = pest_meta::parser::parse(pest_meta::parser::Rule::grammar_rules, src)
        .expect("facts.pest parses");
    pest_meta::parser::consume_rules(pairs).expect("facts.pest is valid")
}

/// The alternatives of `cue`, in order.
fn cue_alternatives(rules: &[AstRule]) -> Vec<String> {
    fn walk(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::Choice(a, b) => {
                walk(a, out);
                walk(b, out);
            }
            Expr::Ident(name) => out.push(name.clone()),
            other => panic!("`cue` holds only rule names, not {other:?}"),
        }
    }
    let cue = rules
        .iter()
        .find(|r| r.name == "cue")
        .expect("a `cue` rule");
    let mut out = Vec::new();
    walk(&cue.expr, &mut out);
    out
}

/// Whether the grammar has `try_{name} = { name? }`, the wrapper that
/// src/facts/scan.rs calls.
fn is_try_of(rules: &[AstRule], name: &str) -> bool {
    let want = Expr::Opt(Box::new(Expr::Ident(name.to_owned())));
    rules
        .iter()
        .any(|r| r.name == format!("try_{name}") && r.expr == want)
}

/// The shortest literal beginnings of rule `name` (none a prefix of another),
/// or an error naming what lets it begin with anything.
fn beginnings(rules: &[AstRule], name: &str) -> Result<BTreeSet<String>, String> {
    let f = first_of_rule(rules, name, 0)?;
    if f.nullable {
        return Err(format!("`{name}` can match nothing"));
    }
    let all = f.lits;
    Ok(all
        .iter()
        .filter(|l| !all.iter().any(|o| o != *l && l.starts_with(o.as_str())))
        .cloned()
        .collect())
}

fn first_of_rule(rules: &[AstRule], name: &str, depth: usize) -> Result<First, String> {
    if depth > 30 {
        return Err(format!("`{name}` recurses"));
    }
    match rules.iter().find(|r| r.name == name) {
        Some(rule) => first(rules, &rule.expr, depth + 1),
        None => Err(format!("`{name}` (a built-in) begins with any character")),
    }
}

fn first(rules: &[AstRule], e: &Expr, depth: usize) -> Result<First, String> {
    Ok(match e {
        Expr::Str(s) | Expr::Insens(s) if s.is_empty() => First::empty(),
        Expr::Str(s) | Expr::Insens(s) => First {
            lits: BTreeSet::from([s.to_ascii_lowercase()]),
            nullable: false,
        },
        Expr::Ident(name) => first_of_rule(rules, name, depth)?,
        // A predicate consumes nothing: what follows it must still match here.
        Expr::PosPred(_) | Expr::NegPred(_) => First::empty(),
        Expr::Seq(a, b) => {
            let mut fa = first(rules, a, depth)?;
            if fa.nullable {
                let fb = first(rules, b, depth)?;
                fa.lits.extend(fb.lits);
                fa.nullable = fb.nullable;
            }
            fa
        }
        Expr::Choice(a, b) => {
            let mut fa = first(rules, a, depth)?;
            let fb = first(rules, b, depth)?;
            fa.lits.extend(fb.lits);
            fa.nullable |= fb.nullable;
            fa
        }
        Expr::Opt(a) | Expr::Rep(a) | Expr::RepMax(a, _) => {
            let mut f = first(rules, a, depth)?;
            f.nullable = true;
            f
        }
        Expr::RepOnce(a) | Expr::Push(a) => first(rules, a, depth)?,
        Expr::RepExact(a, n) | Expr::RepMin(a, n) | Expr::RepMinMax(a, n, _) => {
            let mut f = first(rules, a, depth)?;
            f.nullable |= *n == 0;
            f
        }
        other => return Err(format!("cannot read the beginning of {other:?}")),
    })
}

/// The longest beginning, in bytes, that [`prefixes`] spells out: longer
/// ones are cut there (a cut beginning only lets more text through).
const LONGEST: usize = 20;

/// Unrolled repetitions: past this many the beginnings are cut.
const REPEATS: u32 = 4;

/// A beginning: its text (lower case; one space stands for a run of spaces,
/// tabs and no-break spaces) and whether the expression may go on after it.
type Beginning = (String, bool);

/// Every text rule `name` can begin with, spelled out up to [`LONGEST`]
/// bytes through its literals, optional parts, choices and repetitions
/// (lower case, one space for any run of white space, predicates ignored):
/// a text that begins with none of them cannot match, so none needs a pest
/// call. None is a prefix of another. An error names what lets the rule
/// begin with anything.
fn prefixes(rules: &[AstRule], name: &str) -> Result<BTreeSet<String>, String> {
    let all = spell_rule(rules, name, 0)?;
    if all.iter().any(|(p, _)| p.is_empty()) {
        return Err(format!("`{name}` can begin with anything"));
    }
    // At a trigger only the beginning matters: whatever follows is allowed.
    let all: BTreeSet<Beginning> = all.into_iter().map(|(p, _)| (p, true)).collect();
    Ok(absorb(all).into_iter().map(|(p, _)| p).collect())
}

/// Drops each beginning that one that may go on already begins.
fn absorb(set: BTreeSet<Beginning>) -> BTreeSet<Beginning> {
    let open: Vec<String> = set
        .iter()
        .filter(|(_, more)| *more)
        .map(|(p, _)| p.clone())
        .collect();
    set.into_iter()
        .filter(|(p, more)| {
            !open
                .iter()
                .any(|o| p.starts_with(o.as_str()) && (o.len() < p.len() || !*more && o == p))
        })
        .collect()
}

/// One space for each run of white space.
fn normal(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = if matches!(c, ' ' | '\t' | '\u{a0}') {
            ' '
        } else {
            c
        };
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// `a` then `b`: what `a` ends is followed by each beginning of `b`.
fn then(a: BTreeSet<Beginning>, b: &BTreeSet<Beginning>) -> BTreeSet<Beginning> {
    let mut out = BTreeSet::new();
    for (p, more) in a {
        if more {
            out.insert((p, true));
            continue;
        }
        for (q, more_q) in b {
            out.insert(cut(normal(&format!("{p}{q}")), *more_q));
        }
    }
    absorb(out)
}

/// `p` cut after its second word or at [`LONGEST`] bytes, which then may
/// go on: two words reject most beginnings, and more would multiply them.
fn cut(mut p: String, more: bool) -> Beginning {
    let mut end = p.match_indices(' ').nth(1).map_or(p.len(), |(i, _)| i + 1);
    if end >= p.len() && p.len() <= LONGEST {
        return (p, more);
    }
    end = end.min(LONGEST);
    while !p.is_char_boundary(end) {
        end -= 1;
    }
    p.truncate(end);
    (p, true)
}

fn just(p: &str, more: bool) -> BTreeSet<Beginning> {
    BTreeSet::from([(normal(p), more)])
}

/// `a` repeated `min` to `max` times (`None`: no bound).
fn repeat(a: &BTreeSet<Beginning>, min: u32, max: Option<u32>) -> BTreeSet<Beginning> {
    let last = max.unwrap_or(u32::MAX).min(REPEATS);
    let mut out = BTreeSet::new();
    let mut power = just("", false);
    for k in 0..=last {
        if k >= min {
            out.extend(power.iter().cloned());
        }
        let next = then(power.clone(), a);
        // `sp`: a run of spaces spells as one space however long it is.
        if next == power && k >= min {
            return absorb(out);
        }
        power = next;
    }
    // More repetitions than were spelled out begin with one of the last.
    if max.is_none_or(|m| m > REPEATS) {
        out.extend(power.into_iter().map(|(p, _)| (p, true)));
    }
    absorb(out)
}

fn spell_rule(rules: &[AstRule], name: &str, depth: usize) -> Result<BTreeSet<Beginning>, String> {
    if depth > 30 {
        return Err(format!("`{name}` recurses"));
    }
    match rules.iter().find(|r| r.name == name) {
        Some(rule) => spell(rules, &rule.expr, depth + 1),
        // A built-in (`ASCII_ALPHA`, `ANY`): anything may come here.
        None => Ok(just("", true)),
    }
}

fn spell(rules: &[AstRule], e: &Expr, depth: usize) -> Result<BTreeSet<Beginning>, String> {
    Ok(match e {
        Expr::Str(s) | Expr::Insens(s) => BTreeSet::from([cut(normal(s), false)]),
        Expr::Ident(name) => spell_rule(rules, name, depth)?,
        // A predicate consumes nothing; its condition is not spelled out.
        Expr::PosPred(_) | Expr::NegPred(_) => just("", false),
        Expr::Seq(a, b) => then(spell(rules, a, depth)?, &spell(rules, b, depth)?),
        Expr::Choice(a, b) => {
            let mut s = spell(rules, a, depth)?;
            s.extend(spell(rules, b, depth)?);
            absorb(s)
        }
        Expr::Opt(a) => repeat(&spell(rules, a, depth)?, 0, Some(1)),
        Expr::Rep(a) => repeat(&spell(rules, a, depth)?, 0, None),
        Expr::RepOnce(a) => repeat(&spell(rules, a, depth)?, 1, None),
        Expr::RepExact(a, n) => repeat(&spell(rules, a, depth)?, *n, Some(*n)),
        Expr::RepMin(a, n) => repeat(&spell(rules, a, depth)?, *n, None),
        Expr::RepMax(a, m) => repeat(&spell(rules, a, depth)?, 0, Some(*m)),
        Expr::RepMinMax(a, n, m) => repeat(&spell(rules, a, depth)?, *n, Some(*m)),
        Expr::Push(a) => spell(rules, a, depth)?,
        // Anything else (a range, a stack operation): anything may come.
        _ => just("", true),
    })
}

/// One alternative of `cue` as the scan sees it: its `try_` rule, the
/// literal beginnings it can start with and its first two words spelled out.
struct Alternative {
    name: String,
    starts: BTreeSet<String>,
    next: BTreeSet<String>,
}

/// Reads `cue`'s alternatives from the grammar, or says what is wrong.
fn alternatives(src: &str) -> Result<Vec<Alternative>, String> {
    let rules = rules(src);
    let mut out = Vec::new();
    for name in cue_alternatives(&rules) {
        if !is_try_of(&rules, &name) {
            return Err(format!(
                "grammar/facts.pest needs `try_{name} = {{ {name}? }}`"
            ));
        }
        let starts = beginnings(&rules, &name)?;
        let next = prefixes(&rules, &name)?;
        for lit in &starts {
            if lit.len() < 2 {
                return Err(format!(
                    "`{name}` can begin with `{lit}`, one byte: it would be tried almost \
                     everywhere; give it a longer beginning"
                ));
            }
        }
        out.push(Alternative { name, starts, next });
    }
    if out.len() > usize::from(u8::MAX) {
        return Err("`cue` has more than 255 alternatives".into());
    }
    Ok(out)
}

/// How many buckets the beginnings are hashed into.
const BUCKETS: usize = 8192;

/// The bucket of a beginning's first three bytes (lower case), as
/// src/facts/scan.rs computes it.
fn bucket_of(a: u8, b: u8, c: u8) -> usize {
    (usize::from(a) * 961 + usize::from(b) * 31 + usize::from(c)) % BUCKETS
}

/// A beginning of an alternative: its index in `cue`, the beginning, and
/// its first two words that start with it.
type Keyed<'a> = (usize, &'a str, Vec<&'a str>);

/// The Rust that src/facts/scan.rs includes: `STARTS`, `NEXT` and the
/// dispatch by a phrase's first two bytes.
pub fn generate(src: &str) -> Result<String, String> {
    use std::fmt::Write as _;
    let alts = alternatives(src)?;
    let mut out = String::new();
    let list = |set: &BTreeSet<String>| {
        set.iter()
            .map(|l| format!("{l:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push_str(
        "// Generated by build.rs (build/facts_tables.rs) from grammar/facts.pest: do not edit.\n\n\
         /// The alternatives of the grammar's `cue` rule, in its order, each by its\n\
         /// `try_` wrapper, with the literal beginnings it can match (lower case;\n\
         /// matched ignoring case): a rule is tried only where one of them starts.\n\
         #[rustfmt::skip]\n\
         #[allow(dead_code)]\n\
         pub(super) const STARTS: &[(Rule, &[&str])] = &[\n",
    );
    for a in &alts {
        writeln!(out, "    (Rule::try_{}, &[{}]),", a.name, list(&a.starts)).unwrap();
    }
    out.push_str(
        "];\n\n\
         /// Each alternative of `cue` spelled out to its first two words (lower\n\
         /// case, one space for any run of spaces, tabs and no-break spaces): a\n\
         /// text that begins with none of a rule's cannot match it.\n\
         #[rustfmt::skip]\n\
         #[allow(dead_code)]\n\
         pub(super) const NEXT: &[(Rule, &[&str])] = &[\n",
    );
    for a in &alts {
        writeln!(out, "    (Rule::try_{}, &[{}]),", a.name, list(&a.next)).unwrap();
    }
    out.push_str("];\n\n");

    // Every (beginning, rule) keyed by the beginning's first two bytes, in
    // `cue`'s order within a key.
    let mut keyed: std::collections::BTreeMap<(u8, u8), Vec<Keyed<'_>>> = Default::default();
    for (i, a) in alts.iter().enumerate() {
        for lit in &a.starts {
            let mut next: Vec<&str> = a
                .next
                .iter()
                .map(String::as_str)
                .filter(|p| p.starts_with(lit.as_str()))
                .collect();
            if next.is_empty() {
                next.push(lit);
            }
            let b = lit.as_bytes();
            keyed.entry((b[0], b[1])).or_default().push((i, lit, next));
        }
    }
    // Each beginning filed under the hash of its first three bytes (a
    // two-byte one under every third byte); each bucket's beginnings in
    // `cue`'s order, then by beginning.
    let mut buckets: Vec<Vec<(usize, &str, &Vec<&str>)>> = vec![Vec::new(); BUCKETS];
    let mut others = BTreeSet::new();
    for list in keyed.values() {
        for (rule, lit, next) in list {
            let b = lit.as_bytes();
            if !b[0].is_ascii_alphabetic() {
                others.insert(b[0]);
            }
            let thirds: Vec<u8> = match b.get(2) {
                Some(&c) => vec![c],
                None => (0..=255).collect(),
            };
            for c in thirds {
                let bucket = &mut buckets[bucket_of(b[0], b[1], c)];
                if !bucket.iter().any(|(r, l, _)| r == rule && l == lit) {
                    bucket.push((*rule, lit, next));
                }
            }
        }
    }
    let mut cands = String::new();
    let mut runs = Vec::with_capacity(BUCKETS);
    let mut n_cands = 0u32;
    for bucket in &mut buckets {
        bucket.sort();
        let from = n_cands;
        for (rule, lit, next) in bucket.iter() {
            let next: Vec<String> = next.iter().map(|p| format!("{p:?}")).collect();
            writeln!(
                cands,
                "    Candidate::new({rule}, {lit:?}, &[{}]),",
                next.join(", ")
            )
            .unwrap();
            n_cands += 1;
        }
        runs.push((from, n_cands));
    }
    writeln!(
        out,
        "/// The [`CANDIDATES`] `from..to` whose first three bytes (lower-cased)\n\
         /// hash ([`bucket_of`]) to each index.\n\
         #[rustfmt::skip]\n\
         pub(super) static BUCKETS: [(u32, u32); {BUCKETS}] = {runs:?};\n\n\
         /// Beginnings of the alternatives of `cue`, by bucket, each bucket's in\n\
         /// `cue`'s order.\n\
         #[rustfmt::skip]\n\
         pub(super) static CANDIDATES: [Candidate; {n_cands}] = [\n{cands}];\n\n\
         /// The first bytes of beginnings that are not letters (`£`): the scan\n\
         /// tries these wherever they occur, letters only at the start of a word.\n\
         pub(super) const OTHER_FIRST: &[u8] = &{:?};",
        others.iter().collect::<Vec<_>>()
    )
    .unwrap();
    let matchers: Vec<String> = alts
        .iter()
        .map(|a| format!("compiled::m_{}", a.name))
        .collect();
    let rules: Vec<String> = alts.iter().map(|a| format!("Rule::{}", a.name)).collect();
    writeln!(
        out,
        "\n/// Each alternative of `cue`, in its order: its rule, and its matcher\n\
         /// compiled from the grammar (build/facts_match.rs).\n\
         #[rustfmt::skip]\n\
         pub(super) const RULES: [Rule; {n}] = [{}];\n\n\
         #[rustfmt::skip]\n\
         pub(super) const MATCHERS: [Matcher; {n}] = [{}];",
        rules.join(", "),
        matchers.join(", "),
        n = rules.len(),
    )
    .unwrap();
    let names: Vec<String> = alts
        .iter()
        .map(|a| format!("Rule::try_{}", a.name))
        .collect();
    writeln!(
        out,
        "\n/// The `try_` rule of each alternative of `cue`, in its order.\n\
         #[rustfmt::skip]\n\
         pub(super) const TRIES: [Rule; {}] = [{}];",
        names.len(),
        names.join(", ")
    )
    .unwrap();
    Ok(out)
}
