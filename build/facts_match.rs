//! Build time: the phrase rules of grammar/facts.pest compiled into plain
//! Rust matchers (`m_<rule>(s, p) -> Option<usize>`: where the rule, tried
//! at byte `p` of `s`, ends), with pest's own semantics: ordered choice,
//! greedy repetition without backtracking, predicates that consume nothing,
//! `^"..."` ignoring ASCII case. src/facts/scan.rs calls them in place of a
//! pest call per phrase; pest's parser stays the oracle (a test compares
//! the two at every word of ../shared, and the `facts` fuzz target on any
//! text).

use pest_meta::ast::{Expr, Rule as AstRule, RuleType};
use std::fmt::Write as _;

/// The grammar's rules.
fn rules(src: &str) -> Vec<AstRule> {
    let pairs = pest_meta::parser::parse(pest_meta::parser::Rule::grammar_rules, src)
        .expect("facts.pest parses");
    pest_meta::parser::consume_rules(pairs).expect("facts.pest is valid")
}

/// A Rust byte-string literal for `s`.
fn bytes(s: &str) -> String {
    let mut out = String::from("b\"");
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => write!(out, "\\x{b:02x}").unwrap(),
        }
    }
    out.push('"');
    out
}

/// An expression of type `Option<usize>`: where `e`, tried at `p` (a
/// `usize` in scope), ends.
fn expr(e: &Expr, rules: &[AstRule]) -> Result<String, String> {
    let rep = |a: &Expr, n: u32| -> Result<String, String> {
        let one = expr(a, rules)?;
        Ok(format!(
            "{{ let mut p = p; for _ in 0..{n} {{ match {one} {{ Some(q) => p = q, None => break }} }} Some(p) }}"
        ))
    };
    let times = |a: &Expr, n: u32| -> Result<String, String> {
        let one = expr(a, rules)?;
        let mut out = "Some(p)".to_owned();
        for _ in 0..n {
            out = format!("{out}.and_then(|p| {one})");
        }
        Ok(out)
    };
    let star = |a: &Expr| -> Result<String, String> {
        let one = expr(a, rules)?;
        Ok(format!(
            "{{ let mut p = p; while let Some(q) = {one} {{ p = q; }} Some(p) }}"
        ))
    };
    Ok(match e {
        Expr::Str(s) => format!("lit(s, p, {})", bytes(s)),
        Expr::Insens(s) => format!("insens(s, p, {})", bytes(s)),
        Expr::Range(a, b) => {
            let (a, b) = (a.chars().next(), b.chars().next());
            let (Some(a), Some(b)) = (a, b) else {
                return Err("an empty range".into());
            };
            format!("range(s, p, {a:?}, {b:?})")
        }
        Expr::Ident(name) => match name.as_str() {
            "ANY" => "any(s, p)".into(),
            "ASCII_DIGIT" => "byte(s, p, |b| b.is_ascii_digit())".into(),
            "ASCII_ALPHA" => "byte(s, p, |b| b.is_ascii_alphabetic())".into(),
            "ASCII_ALPHA_UPPER" => "byte(s, p, |b| b.is_ascii_uppercase())".into(),
            "ASCII_ALPHA_LOWER" => "byte(s, p, |b| b.is_ascii_lowercase())".into(),
            "ASCII_ALPHANUMERIC" => "byte(s, p, |b| b.is_ascii_alphanumeric())".into(),
            "SOI" => "(p == 0).then_some(p)".into(),
            "EOI" => "(p == s.len()).then_some(p)".into(),
            _ if rules.iter().any(|r| &r.name == name) => format!("m_{name}(s, p)"),
            _ => return Err(format!("the phrase matchers do not know `{name}`")),
        },
        Expr::PosPred(a) => format!("{}.map(|_| p)", expr(a, rules)?),
        Expr::NegPred(a) => format!(
            "if {}.is_some() {{ None }} else {{ Some(p) }}",
            expr(a, rules)?
        ),
        Expr::Seq(a, b) => format!("{}.and_then(|p| {})", expr(a, rules)?, expr(b, rules)?),
        Expr::Choice(a, b) => format!("{}.or_else(|| {})", expr(a, rules)?, expr(b, rules)?),
        Expr::Opt(a) => format!("Some({}.unwrap_or(p))", expr(a, rules)?),
        Expr::Rep(a) => star(a)?,
        Expr::RepOnce(a) => format!("{}.and_then(|p| {})", expr(a, rules)?, star(a)?),
        Expr::RepExact(a, n) => times(a, *n)?,
        Expr::RepMin(a, n) => format!("{}.and_then(|p| {})", times(a, *n)?, star(a)?),
        Expr::RepMax(a, m) => rep(a, *m)?,
        Expr::RepMinMax(a, n, m) => {
            format!(
                "{}.and_then(|p| {})",
                times(a, *n)?,
                rep(a, m.saturating_sub(*n))?
            )
        }
        other => return Err(format!("the phrase matchers cannot compile {other:?}")),
    })
}

/// The names of the rules a choice of rule names holds, in order, if `e`
/// is one.
fn idents(e: &Expr) -> Option<Vec<&str>> {
    match e {
        Expr::Ident(n) => Some(vec![n.as_str()]),
        Expr::Choice(a, b) => {
            let mut out = idents(a)?;
            out.extend(idents(b)?);
            Some(out)
        }
        _ => None,
    }
}

/// The Rust that src/facts/scan.rs includes: a matcher per rule, and for
/// each rule that is a choice of rule names (`body`), which of them matched.
pub fn generate(src: &str) -> Result<String, String> {
    let rules = rules(src);
    if let Some(r) = rules
        .iter()
        .find(|r| r.name == "WHITESPACE" || r.name == "COMMENT")
    {
        return Err(format!(
            "the phrase matchers do not insert implicit `{}`",
            r.name
        ));
    }
    let mut out = String::from(
        "// Generated by build.rs (build/facts_match.rs) from grammar/facts.pest: do not edit.\n\n",
    );
    for r in &rules {
        let body = expr(&r.expr, &rules).map_err(|e| format!("rule `{}`: {e}", r.name))?;
        writeln!(
            out,
            "#[allow(dead_code, non_snake_case, clippy::all)]\n#[inline]\npub(super) fn m_{}(s: &[u8], p: usize) -> Option<usize> {{ {body} }}\n",
            r.name
        )
        .unwrap();
        if let Some(names) = idents(&r.expr).filter(|n| n.len() > 1) {
            // Only rules that give pairs can be named by pest's `Rule`.
            let named = names.iter().all(|n| {
                rules
                    .iter()
                    .any(|r| r.name == *n && r.ty != RuleType::Silent)
            });
            if !named {
                continue;
            }
            let mut arms = String::new();
            for n in &names {
                write!(arms, ".or_else(|| m_{n}(s, p).map(|e| (Rule::{n}, e)))").unwrap();
            }
            writeln!(
                out,
                "/// Which alternative of `{0}` matches at `p`, and where it ends.\n\
                 #[allow(dead_code, clippy::all)]\n\
                 pub(super) fn which_{0}(s: &[u8], p: usize) -> Option<(Rule, usize)> {{ None{arms} }}\n",
                r.name
            )
            .unwrap();
        }
    }
    Ok(out)
}
