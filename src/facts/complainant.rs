//! Who complains: the designation as first printed for the complainant.

use super::model::Complainant;
use super::scan::{Cue, Hit};
use super::sentence::Sentence;

/// The complainant: the first designation printed as the one who complains
/// (`Mrs X complains`, `Mr X’s complaint`), else the first one printed that
/// is not `the late Mr X`. `None` if a generic text not yet read
/// ([`Sentence::pending`]) could hold it.
pub(crate) fn complainant(sentences: &[Sentence<'_>]) -> Option<Option<Complainant>> {
    let designations = || {
        sentences.iter().enumerate().flat_map(|(i, s)| {
            s.hits
                .iter()
                .filter(|h| h.cue == Cue::Designation)
                .map(move |h| (i, s, h))
        })
    };
    let of = |s: &Sentence<'_>, h: &Hit| Complainant {
        text: s.text[h.start..h.end].to_owned(),
        span: h.span,
    };
    let pending = sentences.iter().position(|s| s.pending.is_some());
    if let Some((i, s, h)) = designations().find(|(_, s, h)| complains(s, h))
        && pending.is_none_or(|p| i < p)
    {
        return Some(Some(of(s, h)));
    }
    if pending.is_some() {
        return None;
    }
    Some(
        designations()
            .find(|(_, s, h)| !late(s, h))
            .map(|(_, s, h)| of(s, h)),
    )
}

/// Words after a designation that make it the complainant's.
const COMPLAINS: &[&str] = &[
    "complain",
    "complains",
    "complained",
    "complaining",
    "complaint",
    "complaints",
    "brought",
    "made",
    "makes",
    "raised",
    "says",
    "said",
    "also",
    "has",
    "disagrees",
    "disputes",
    "wants",
];

/// `Mrs X complains`, `Mr X’s complaint`, `Mr and Mrs B, complain`.
fn complains(s: &Sentence<'_>, h: &Hit) -> bool {
    let after = s.after(h);
    let after = after
        .strip_prefix("’s")
        .or_else(|| after.strip_prefix("'s"))
        .unwrap_or(after);
    after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .enumerate()
        // `Ms C who is complaining for Mrs B`: a third word only when it
        // is the verb of complaining.
        .take_while(|(i, w)| {
            *i < 2 || w.eq_ignore_ascii_case("complaining") || w.eq_ignore_ascii_case("complains")
        })
        .any(|(_, w)| COMPLAINS.contains(&w.to_lowercase().as_str()))
        && !late(s, h)
}

/// `the late Mr X`: the person affected, who cannot be complaining.
fn late(s: &Sentence<'_>, h: &Hit) -> bool {
    let before = s.before(h).trim_end();
    before.len() >= 4
        && before.is_char_boundary(before.len() - 4)
        && before[before.len() - 4..].eq_ignore_ascii_case("late")
}
