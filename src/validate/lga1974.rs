//! The provisions of the Local Government Act 1974 (c. 7) as amended: what
//! [`Code::NoSuchProvision`](super::Code::NoSuchProvision) checks a citation
//! of that Act against.
//!
//! The lists follow the Act's contents on legislation.gov.uk:
//!
//! - Part III (local government administration, the Ombudsman's powers over
//!   councils) is listed section by section for sections 23 to 30: 23, 23A,
//!   24, 24A, 25, 26, 26A to 26D, 27, 28, 29 and 30. Sections 31 to 33 take
//!   lettered insertions the crate knows (31A, 31B, 33ZA, 33A) and perhaps
//!   others, so any letter is accepted there. Section 34 interprets Part III.
//! - Part 3A (adult social care providers, inserted by the Health Act 2009)
//!   is sections 34A to 34T.
//! - Parts I and II (grants, rating; mostly repealed), Part 2A (section 22A)
//!   and Part IV (sections 35 to 43, ending with the short title) are
//!   accepted with any letter: statements do not cite them, and an
//!   insertion the crate does not know of must not be reported.
//! - Schedules 1 to 9 and 5A. Schedule 5 (matters not subject to
//!   investigation) and Schedule 5A (the same for adult social care) are
//!   checked to paragraph 9, with any letter (`paragraph 5A`); the
//!   paragraphs of the other schedules are not checked.
//!
//! Where the lists are unsure they accept: a provision is reported only when
//! it cannot exist (`section 34Z`, `section 99`, `Schedule 12`, `Part 7`).
//! Subsections are not checked.

use crate::{Provision, ProvisionKind};

/// The sections of Part III from 23 to 30, as amended.
const PART_III: &[&str] = &[
    "23", "23A", "24", "24A", "25", "26", "26A", "26B", "26C", "26D", "27", "28", "29", "30",
];

/// The Parts: Arabic as on legislation.gov.uk, or Roman as in the Act as
/// enacted and in many statements.
const PARTS: &[&str] = &[
    "1", "2", "2A", "3", "3A", "4", "I", "II", "IIA", "III", "IIIA", "IV",
];

/// A number as printed (`34B`, `33ZA`, `26`): its digits and the letters
/// after them.
fn split(number: &str) -> Option<(u16, &str)> {
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let value = number.get(..digits)?.parse().ok()?;
    let letters = &number[digits..];
    letters
        .bytes()
        .all(|b| b.is_ascii_uppercase())
        .then_some((value, letters))
}

/// Whether the Act has (or may have) section `number`.
pub(super) fn has_section(number: &str) -> bool {
    let Some((value, letters)) = split(number) else {
        // Not a number the grammar reads: nothing to say about it.
        return true;
    };
    match value {
        1..=22 | 31..=33 | 35..=43 => true,
        23..=30 => PART_III.contains(&number),
        34 => {
            letters.is_empty()
                || (letters.len() == 1 && (b'A'..=b'T').contains(&letters.as_bytes()[0]))
        }
        _ => false,
    }
}

/// Whether the Act has (or may have) Schedule `number`.
pub(super) fn has_schedule(number: &str) -> bool {
    match split(number) {
        Some((5, letters)) => letters.is_empty() || letters == "A",
        Some((value, _)) => (1..=9).contains(&value),
        None => true,
    }
}

/// Whether the Act has (or may have) paragraph `number` of Schedule
/// `schedule`, which exists.
fn has_paragraph(schedule: &str, number: &str) -> bool {
    if !matches!(schedule, "5" | "5A") {
        return true;
    }
    match split(number) {
        Some((value, _)) => (1..=9).contains(&value),
        None => true,
    }
}

/// Whether the Act has Part `number`.
fn has_part(number: &str) -> bool {
    PARTS.contains(&number)
}

/// What the Act lacks of a provision cited from it, in words (`section
/// 34Z`, `Schedule 12`, `paragraph 12 of Schedule 5`), or `None` when it
/// has it (or may have it).
pub(super) fn missing(p: &Provision) -> Option<String> {
    match p.kind {
        ProvisionKind::Section => {
            (!has_section(&p.number)).then(|| format!("section {}", p.number))
        }
        ProvisionKind::Schedule => {
            (!has_schedule(&p.number)).then(|| format!("Schedule {}", p.number))
        }
        ProvisionKind::Paragraph => {
            let schedule = p.schedule.as_deref()?;
            if !has_schedule(schedule) {
                Some(format!("Schedule {schedule}"))
            } else {
                (!has_paragraph(schedule, &p.number))
                    .then(|| format!("paragraph {} of Schedule {schedule}", p.number))
            }
        }
        ProvisionKind::Part => (!has_part(&p.number)).then(|| format!("Part {}", p.number)),
        // An Act is divided into sections: regulations and articles belong
        // to statutory instruments and conventions.
        ProvisionKind::Regulation => Some(format!("regulation {} (an Act has none)", p.number)),
        ProvisionKind::Article => Some(format!("Article {} (an Act has none)", p.number)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_of_part_iii_and_part_3a() {
        for n in [
            "24A", "25", "26", "26A", "26B", "26D", "29", "30", "31A", "31B", "33ZA", "33A", "34",
            "34A", "34B", "34D", "34H", "34T",
        ] {
            assert!(has_section(n), "{n}");
        }
        for n in ["34U", "34Z", "26E", "24B", "99", "44", "0", "34AA"] {
            assert!(!has_section(n), "{n}");
        }
        // Outside Parts III and 3A the list is permissive.
        for n in ["1", "22A", "9B", "35", "43"] {
            assert!(has_section(n), "{n}");
        }
    }

    #[test]
    fn schedules_and_their_paragraphs() {
        assert!(has_schedule("5") && has_schedule("5A") && has_schedule("8"));
        assert!(!has_schedule("12") && !has_schedule("5B") && !has_schedule("0"));
        assert!(has_paragraph("5", "5A") && has_paragraph("5A", "3"));
        assert!(!has_paragraph("5", "12"));
        assert!(has_paragraph("2", "30"));
    }

    #[test]
    fn parts() {
        assert!(has_part("3A") && has_part("III") && has_part("IIIA"));
        assert!(!has_part("7") && !has_part("VII"));
    }
}
