//! Test only: the words each alternative of the grammar's `cue` rule can
//! begin with, read from grammar/facts.pest itself (with `pest_meta`), so
//! that the dispatch table in [`super::STARTS`] cannot drift from the grammar.

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
pub(super) fn rules() -> Vec<AstRule> {
    let src = include_str!("../../../grammar/facts.pest");
    let pairs = pest_meta::parser::parse(pest_meta::parser::Rule::grammar_rules, src)
        .expect("facts.pest parses");
    pest_meta::parser::consume_rules(pairs).expect("facts.pest is valid")
}

/// The alternatives of `cue`, in order.
pub(super) fn cue_alternatives(rules: &[AstRule]) -> Vec<String> {
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
pub(super) fn is_try_of(rules: &[AstRule], name: &str) -> bool {
    let want = Expr::Opt(Box::new(Expr::Ident(name.to_owned())));
    rules
        .iter()
        .any(|r| r.name == format!("try_{name}") && r.expr == want)
}

/// The shortest literal beginnings of rule `name` (none a prefix of another),
/// or an error naming what lets it begin with anything.
pub(super) fn beginnings(rules: &[AstRule], name: &str) -> Result<BTreeSet<String>, String> {
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
