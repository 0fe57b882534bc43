//! Checks of the header: the title line, reference, category, outcome and
//! decision date.

use super::{known, Code, Context, Diagnostic};
use crate::{Outcome, Span};
use chrono::NaiveDate;

pub(super) fn check(cx: &mut Context<'_>) {
    missing(cx);
    reference(cx);
    date(cx);
    outcome(cx);
    category(cx);
}

/// The last of `spans` that is present.
fn last_of(spans: &[Option<Span>]) -> Option<Span> {
    spans.iter().rev().find_map(|s| *s)
}

fn missing(cx: &mut Context<'_>) {
    let h = &cx.d.header;
    let s = h.spans;
    let none = s.title.is_none() && h.reference.is_none() && h.category.is_none();
    if none && h.outcome.is_none() && h.date.is_none() && h.date_text.is_none() {
        // A mirror copy prints no header by design: one note, not five
        // warnings on every file.
        let at = cx.expected_after(None);
        cx.push(
            Diagnostic::new(Code::NoHeader, at, "no header: no title line, reference, category, outcome or date")
                .with_help("mirror copies print none; the statement's own page opens with `Borsetshire County Council (24 012 345)` and its header fields"),
        );
        return;
    }
    if s.title.is_none() {
        let at = cx.expected_after(None);
        cx.push(
            Diagnostic::new(
                Code::MissingTitle,
                at,
                "no title line naming the organisation and the case reference",
            )
            .with_help("the statement opens with a line such as `Borsetshire County Council (24 012 345)`; mirror copies drop it"),
        );
    }
    if h.reference.is_none() {
        let at = s.title.unwrap_or_else(|| cx.expected_after(None));
        cx.push(
            Diagnostic::new(Code::MissingReference, at, "no case reference").with_help(
                "the reference (`YY NNN NNN`) is printed in brackets after the organisation",
            ),
        );
    }
    if h.category.is_none() {
        let at = cx.expected_after(s.title);
        cx.push(
            Diagnostic::new(Code::MissingCategory, at, "no `Category :` line").with_help(
                "the header gives `Category : <Area> > <Subcategory>` after the title line",
            ),
        );
    }
    if h.outcome.is_none() {
        let at = cx.expected_after(last_of(&[s.title, s.category]));
        cx.push(
            Diagnostic::new(
                Code::MissingOutcome,
                at,
                "no `Decision :` line giving the outcome",
            )
            .with_help("the header gives `Decision : <Outcome>` after the category"),
        );
    }
    if h.date.is_none() && h.date_text.is_none() {
        let at = cx.expected_after(last_of(&[s.title, s.category, s.outcome]));
        cx.push(
            Diagnostic::new(Code::MissingDate, at, "no `Decision date :` line")
                .with_help("the header gives `Decision date : DD Mon YYYY` after the outcome"),
        );
    }
}

fn reference(cx: &mut Context<'_>) {
    let h = &cx.d.header;
    let Some(reference) = &h.reference else {
        return;
    };
    if reference.is_canonical() {
        return;
    }
    let at = h.spans.reference.or(h.spans.title).unwrap_or_default();
    let mut diagnostic = Diagnostic::new(
        Code::ReferenceNotCanonical,
        at,
        format!("the reference `{reference}` is not in the form `YY NNN NNN`"),
    );
    let digits: String = reference
        .as_str()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if digits.len() == 8 {
        let letter = reference.suffix().map(String::from).unwrap_or_default();
        diagnostic = diagnostic.with_help(format!(
            "write it as `{} {} {}{letter}`",
            &digits[..2],
            &digits[2..5],
            &digits[5..]
        ));
    }
    cx.push(diagnostic);
}

fn date(cx: &mut Context<'_>) {
    let h = &cx.d.header;
    let (at, date) = match (h.date_text.as_deref(), h.date) {
        (Some(text), parsed) => {
            let at = h.spans.date_value.unwrap_or_default();
            let date = match parsed.or_else(|| lenient_date(text)) {
                Some(date) => date,
                None => {
                    cx.push(invalid_date(text, at));
                    return;
                }
            };
            let printed = crate::tree::print_date(date);
            if text.trim() != printed {
                cx.push(
                    Diagnostic::new(
                        Code::DateFormat,
                        at,
                        format!("the decision date `{text}` is not printed as `DD Mon YYYY`"),
                    )
                    .with_help(format!("write it as `{printed}`")),
                );
            }
            (at, date)
        }
        (None, Some(date)) => (h.spans.date.unwrap_or_default(), date),
        (None, None) => return,
    };
    // Printed only for a message: few dates need one.
    let printed = || crate::tree::print_date(date);
    if let Some(year) = h.reference.as_ref().and_then(|r| r.year()) {
        let start = NaiveDate::from_ymd_opt(i32::from(year), 4, 1);
        if start.is_some_and(|start| date < start) {
            cx.push(
                Diagnostic::new(
                    Code::DateBeforeReferenceYear,
                    at,
                    format!(
                        "the decision date {} is before 1 April {year}, when the business year of the reference began",
                        printed()
                    ),
                )
                .with_help("the reference's first two digits are the business year the complaint arrived in; check the date and the reference"),
            );
        }
    }
    let today = cx.options.today();
    if date > today {
        cx.push(
            Diagnostic::new(
                Code::DateInFuture,
                at,
                format!(
                    "the decision date {} is in the future (today is {})",
                    printed(),
                    crate::tree::print_date(today)
                ),
            )
            .with_help("check the year of the decision date"),
        );
    }
}

/// Day, month and year of a date printed with a month name, such as
/// `5 Sept 2023` or `05 SEP 2023`, whether or not the day exists.
fn date_parts(text: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [day, month_name, year] = parts[..] else {
        return None;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if !digits(day, 1..=2) || !digits(year, 4..=4) {
        return None;
    }
    Some((day.parse().ok()?, month(month_name)?, year.parse().ok()?))
}

/// A real date the parser did not read because it is printed another way:
/// `5 Sept 2023`, `05/09/2023`.
fn lenient_date(text: &str) -> Option<NaiveDate> {
    if let Some((d, m, y)) = date_parts(text) {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    NaiveDate::parse_from_str(text.trim(), "%d/%m/%Y").ok()
}

/// A date that cannot be: impossible (`31 Feb 2024`) or not a date at all.
fn invalid_date(text: &str, at: Span) -> Diagnostic {
    let parts: Vec<&str> = text.split_whitespace().collect();
    if date_parts(text).is_some() {
        Diagnostic::new(
            Code::InvalidDate,
            at,
            format!("the decision date `{text}` is not a real date"),
        )
        .with_help(format!(
            "{} has no day {}",
            parts[1],
            parts[0].trim_start_matches('0')
        ))
    } else {
        Diagnostic::new(
            Code::InvalidDate,
            at,
            format!("the decision date `{text}` cannot be read as a date"),
        )
        .with_help("write it as `DD Mon YYYY`, such as `05 Nov 2024`")
    }
}

/// The number of a month from its name, full or shortened to three letters
/// or more (`Sep`, `Sept`, `September`), in any case.
fn month(name: &str) -> Option<u32> {
    crate::tree::vocab::month_number(name.trim_end_matches('.'), 3)
}

fn outcome(cx: &mut Context<'_>) {
    let h = &cx.d.header;
    let Some(Outcome::Other(text)) = &h.outcome else {
        return;
    };
    let at = h.spans.outcome_value.unwrap_or_default();
    cx.push(
        Diagnostic::new(
            Code::UnknownOutcome,
            at,
            format!("`{text}` is not an outcome LGSCO publishes"),
        )
        .with_help(format!("known outcomes: {}", known::OUTCOMES)),
    );
}

fn category(cx: &mut Context<'_>) {
    let h = &cx.d.header;
    let Some(category) = &h.category else {
        return;
    };
    let line = h.spans.category.unwrap_or_default();
    let Some(subs) = known::subcategories(&category.area) else {
        cx.push(
            Diagnostic::new(
                Code::UnknownCategoryArea,
                line,
                format!("`{}` is not a known category area", category.area),
            )
            .with_help(format!("known areas: {}", known::areas())),
        );
        return;
    };
    match &category.subcategory {
        None => cx.push(
            Diagnostic::new(
                Code::UnknownSubcategory,
                line,
                format!("the category `{}` has no subcategory", category.area),
            )
            .with_help("write the category as `<Area> > <Subcategory>`"),
        ),
        Some(sub) if !known::is_known_subcategory(subs, sub) => cx.push(
            Diagnostic::new(
                Code::UnknownSubcategory,
                h.spans.subcategory.unwrap_or(line),
                format!("`{sub}` is not a known subcategory of `{}`", category.area),
            )
            .with_help(format!("known subcategories: {}, Other", subs.join(", "))),
        ),
        Some(_) => {}
    }
}
