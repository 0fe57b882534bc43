//! Finds the phrases of grammar/facts.pest in one text.
//!
//! One pass over the text: at the start of each word (and at each byte that
//! begins a phrase without a letter, such as `£`), only the alternatives of
//! the grammar's `cue` one of whose beginnings starts there, and whose first
//! two words follow, are tried, one pest call each through the rule's `try_`
//! wrapper, in `cue`'s order: the first to match is what `cue` would choose,
//! without paying for the forty that cannot. After a match the scan resumes
//! at its end.
//!
//! The tables that say which alternatives can begin where ([`STARTS`],
//! [`NEXT`], [`CANDIDATES`]) are read from grammar/facts.pest by build.rs
//! (build/facts_tables.rs) at build time: the grammar is the only place a
//! phrase is written. To add a phrase rule `x`: write it in the grammar, list
//! it in `cue` (before any shorter phrase its words begin), add
//! `try_x = { x? }` at the end of the file, and map the rule to a [`Cue`] in
//! [`cue_of`].

use super::grammar::{FactsParser, Rule};
use super::model::{parse_pounds, Amount, BodyName};
use crate::Span;
use pest::iterators::Pair;
use pest::Parser;

/// What a phrase says, before sentence logic decides whether the statement
/// asserts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    Designation,
    Money(Amount),
    Deadline,
    Body(BodyName, bool),
    DirectPayment,
    ComplaintHandling,
    InitialEnquiries,
    Discontinue,
    FoundFault,
    WasFault,
    FaultCaused,
    Fault,
    Upheld,
    EvidenceOfFault,
    WithoutFault,
    Merits,
    Judgement,
    NoProvision,
    CourtProceedings,
    CourtRemedy,
    AlreadyRemedied,
    BetterPlaced,
    Appeal,
    Late,
    Premature,
    Jurisdiction,
    NotAffected,
    AssessmentCode,
    PublicInterest,
    Injustice,
    Outcome,
    Apology,
    Payment,
    Reconsider,
    ServiceImprovement,
    Action,
    Agreed,
    Investigate,
    Failings,
    Harm,
}

/// A phrase found: what it says and where, in the text (`start..end`, from
/// the text's first byte) and in the input (`span`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
    pub span: Span,
}

/// A beginning of an alternative of `cue`: the alternative's index in
/// [`TRIES`] (and [`STARTS`]), the beginning (lower case) and the
/// alternative's first two words spelled out that start with it.
pub(super) struct Candidate {
    rule: u8,
    lit: &'static str,
    next: &'static [&'static str],
    /// The first eight bytes of `lit` (fewer if it is shorter) as a
    /// little-endian word, and the mask of those bytes: a word start is
    /// compared with a beginning in one step ([`begins`]).
    head: u64,
    mask: u64,
}

impl Candidate {
    const fn new(rule: u8, lit: &'static str, next: &'static [&'static str]) -> Candidate {
        let bytes = lit.as_bytes();
        let mut head = 0u64;
        let mut mask = 0u64;
        let mut i = 0;
        while i < bytes.len() && i < 8 {
            head |= (bytes[i].to_ascii_lowercase() as u64) << (8 * i);
            mask |= 0xFF << (8 * i);
            i += 1;
        }
        Candidate {
            rule,
            lit,
            next,
            head,
            mask,
        }
    }
}

/// A phrase rule compiled from the grammar: where it ends, tried at `p`.
type Matcher = fn(&[u8], usize) -> Option<usize>;

include!(concat!(env!("OUT_DIR"), "/facts_tables.rs"));

/// The beginnings of `cue`'s alternatives that may start with the bytes
/// `a`, `b`, `c` (lower-cased; `c` is 0 at the end of the text): those of
/// their bucket, in `cue`'s order. A few, where two bytes would give dozens
/// (`co` begins forty).
fn candidates(a: u8, b: u8, c: u8) -> &'static [Candidate] {
    let at = (usize::from(a) * 961 + usize::from(b) * 31 + usize::from(c)) % BUCKETS.len();
    let (from, to) = BUCKETS[at];
    &CANDIDATES[from as usize..to as usize]
}

/// Whether byte `i` starts a word: a letter after anything but a letter,
/// digit, hyphen or apostrophe.
fn word_start(bytes: &[u8], i: usize) -> bool {
    if !bytes[i].is_ascii_alphabetic() {
        return false;
    }
    if i == 0 {
        return true;
    }
    let prev = bytes[i - 1];
    if ALNUM[usize::from(prev)] || prev == b'-' || prev == b'\'' {
        return false;
    }
    // `’` is E2 80 99: the `s` of `Mr X’s` is no word start.
    !(i >= 3 && bytes[i - 3..i] == [0xE2, 0x80, 0x99])
}

/// Which bytes are ASCII letters or digits, looked up: the scan reads every
/// byte of every word, and a lookup costs less than the comparisons.
static ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Where the run of ASCII letters and digits from `i` ends.
fn word_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| !ALNUM[usize::from(b)])
        .map_or(bytes.len(), |n| i + n)
}

/// Every phrase in `text`, whose first byte is at `base` in the input.
pub(crate) fn scan(text: &str, base: usize) -> Vec<Hit> {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let tried = if b.is_ascii_alphabetic() {
            word_start(bytes, i)
        } else {
            OTHER_FIRST.contains(&b)
        };
        if !tried {
            // No letter or digit after a letter or digit starts a word.
            i = if ALNUM[usize::from(b)] {
                word_end(bytes, i + 1)
            } else {
                i + 1
            };
            continue;
        }
        match attempt(text, i) {
            Some((cue, end)) => {
                hits.push(Hit {
                    cue,
                    start: i,
                    end,
                    span: Span::new(base + i, base + end),
                });
                i = end.max(i + 1);
            }
            None => i = word_end(bytes, i + 1),
        }
    }
    hits
}

/// The most bytes a phrase is tried over. Every phrase of the grammar is
/// bounded and far shorter; the window matters because pest indexes the lines
/// of all it is given on each call (and scans to the line's end on failure),
/// so passing the rest of a long paragraph made each attempt cost its length.
const WINDOW: usize = 320;

/// The rest of `text` from `at` that a phrase is tried over: at most
/// [`WINDOW`] bytes, cut on a character boundary.
fn window(text: &str, at: usize) -> &str {
    let mut end = (at + WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

/// Whether the first two words ([`NEXT`]) are checked before a rule is run.
const NEXT_FILTER: bool = false;

/// The alternatives of `cue` that may begin at `at`, in `cue`'s order, by
/// their index in [`RULES`]: those one of whose beginnings starts there,
/// followed by one of their first two words. Each index once.
fn tried<'t>(text: &'t str, at: usize) -> impl Iterator<Item = usize> + 't {
    let bytes = text.as_bytes();
    let key = match (bytes.get(at), bytes.get(at + 1)) {
        (Some(a), Some(b)) => {
            let c = bytes.get(at + 2).map_or(0, u8::to_ascii_lowercase);
            candidates(a.to_ascii_lowercase(), b.to_ascii_lowercase(), c)
        }
        _ => &[],
    };
    let rest = &bytes[at..];
    let head = head_of(rest);
    let mut last = usize::MAX;
    key.iter().filter_map(move |c| {
        let index = usize::from(c.rule);
        if index == last || !begins(rest, head, c) {
            return None;
        }
        if NEXT_FILTER && !c.next.iter().any(|p| fits(rest, p.as_bytes())) {
            return None;
        }
        last = index;
        Some(index)
    })
}

/// The phrase at `at`, if one starts there, and where it ends: the first of
/// the rules that can begin here (in the order of the grammar's `cue`) that
/// matches, as `cue` itself would choose; each rule run by its matcher
/// compiled from the grammar (build/facts_match.rs).
fn attempt(text: &str, at: usize) -> Option<(Cue, usize)> {
    let mut tried = tried(text, at).peekable();
    tried.peek()?;
    let rest = window(text, at);
    for index in tried {
        if let Some(len) = MATCHERS[index](rest.as_bytes(), 0) {
            return Some((cue_of(RULES[index], &rest[..len])?, at + len));
        }
    }
    None
}

/// [`attempt`] with pest's own parser, one call per rule through its
/// `try_` wrapper: the oracle the compiled matchers are checked against.
#[cfg_attr(not(any(test, fuzzing)), allow(dead_code))]
fn attempt_by_pest(text: &str, at: usize) -> Option<(Cue, usize)> {
    let rest = window(text, at);
    for index in tried(text, at) {
        // `try_x = { x? }` always matches, so a miss builds no pest error;
        // its phrase is inside.
        let found = FactsParser::parse(TRIES[index], rest)
            .ok()
            .and_then(|mut pairs| pairs.next())
            .and_then(|pair| pair.into_inner().next());
        if let Some(pair) = found {
            let len = pair.as_str().len();
            return Some((cue_of_pair(pair)?, at + len));
        }
    }
    None
}

/// Whether the compiled matchers find, at every word of `text`, what
/// pest's parser finds (for the `facts` fuzz target).
#[cfg(any(test, fuzzing))]
pub(crate) fn matchers_agree(text: &str) -> Result<(), String> {
    let bytes = text.as_bytes();
    for at in 0..bytes.len() {
        let b = bytes[at];
        let start = if b.is_ascii_alphabetic() {
            word_start(bytes, at)
        } else {
            OTHER_FIRST.contains(&b)
        };
        if !start {
            continue;
        }
        let (compiled, pest) = (attempt(text, at), attempt_by_pest(text, at));
        if compiled != pest {
            return Err(format!(
                "at {at} ({:?}): compiled {compiled:?}, pest {pest:?}",
                window(text, at).chars().take(60).collect::<String>()
            ));
        }
    }
    Ok(())
}

/// The grammar's phrase rules compiled into plain Rust (build.rs writes
/// them from grammar/facts.pest).
mod compiled {
    use super::Rule;

    /// `lit` at `p`.
    #[inline]
    fn lit(s: &[u8], p: usize, lit: &[u8]) -> Option<usize> {
        let end = p.checked_add(lit.len())?;
        (s.get(p..end)? == lit).then_some(end)
    }

    /// `lit` at `p`, ignoring ASCII case (pest's `^"..."`).
    #[inline]
    fn insens(s: &[u8], p: usize, lit: &[u8]) -> Option<usize> {
        let end = p.checked_add(lit.len())?;
        s.get(p..end)?.eq_ignore_ascii_case(lit).then_some(end)
    }

    /// One byte that `f` takes (pest's `ASCII_...` built-ins).
    #[inline]
    fn byte(s: &[u8], p: usize, f: impl Fn(u8) -> bool) -> Option<usize> {
        f(*s.get(p)?).then_some(p + 1)
    }

    /// The character at `p`, and where it ends.
    #[allow(dead_code)]
    fn char_at(s: &[u8], p: usize) -> Option<(char, usize)> {
        let len = match *s.get(p)? {
            b if b < 0x80 => 1,
            b if b >= 0xF0 => 4,
            b if b >= 0xE0 => 3,
            _ => 2,
        };
        let c = std::str::from_utf8(s.get(p..p + len)?)
            .ok()?
            .chars()
            .next()?;
        Some((c, p + len))
    }

    /// Any one character (pest's `ANY`).
    #[allow(dead_code)]
    fn any(s: &[u8], p: usize) -> Option<usize> {
        char_at(s, p).map(|(_, end)| end)
    }

    /// One character in `a..=b` (pest's `'a'..'b'`).
    #[allow(dead_code)]
    fn range(s: &[u8], p: usize, a: char, b: char) -> Option<usize> {
        char_at(s, p).and_then(|(c, end)| (a <= c && c <= b).then_some(end))
    }

    include!(concat!(env!("OUT_DIR"), "/facts_match.rs"));
}

/// Whether `rest`, whose [`head_of`] is `head`, begins with `c`'s
/// beginning, ignoring ASCII case as `^"..."` does: the first eight bytes
/// compared at once, the rest of a longer beginning byte by byte.
fn begins(rest: &[u8], head: u64, c: &Candidate) -> bool {
    head & c.mask == c.head
        && (c.lit.len() <= 8
            || rest
                .get(8..c.lit.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(&c.lit.as_bytes()[8..])))
}

/// The first eight bytes of `rest` (zeros past its end, which no beginning
/// holds) as a little-endian word, ASCII capitals lower-cased.
fn head_of(rest: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = rest.len().min(8);
    b[..n].copy_from_slice(&rest[..n]);
    let word = u64::from_le_bytes(b);
    // Each byte from `A` to `Z` gains 0x20, eight bytes at once: the high
    // bit of each byte of `ge_a` says `>= A`, of `gt_z` says `> Z`, of
    // `ascii` that the byte is below 0x80.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = word & !HIGH;
    let ge_a = low7 + ONES * u64::from(0x80 - b'A');
    let gt_z = low7 + ONES * u64::from(0x7F - b'Z');
    let ascii = !word & HIGH;
    let upper = (ge_a ^ gt_z) & ascii;
    word | (upper >> 2)
}

/// Whether `rest` begins with `pattern`, a beginning of [`NEXT`]: its
/// letters ignoring ASCII case, and each space for a run of the white space
/// the grammar's `sp` takes (at least one).
fn fits(rest: &[u8], pattern: &[u8]) -> bool {
    let mut i = 0;
    for &p in pattern {
        if p == b' ' {
            let from = i;
            loop {
                match rest.get(i..).unwrap_or_default() {
                    [b' ' | b'\t', ..] => i += 1,
                    [0xC2, 0xA0, ..] => i += 2,
                    _ => break,
                }
            }
            if i == from {
                return false;
            }
        } else if rest.get(i).is_some_and(|b| b.to_ascii_lowercase() == p) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// What the phrase `text` of alternative `rule` of `cue` says.
fn cue_of(rule: Rule, text: &str) -> Option<Cue> {
    let s = text.as_bytes();
    Some(match rule {
        Rule::money => {
            // `£`, perhaps a space, then the pounds.
            let at = (0..s.len()).find(|&q| compiled::m_pounds(s, q) == Some(s.len()))?;
            Cue::Money(parse_pounds(&text[at..])?)
        }
        Rule::body => {
            let (name, unnamed) = body_name(compiled::which_body(s, 0)?.0);
            Cue::Body(name, unnamed)
        }
        rule => plain_cue(rule)?,
    })
}

/// What the grammar's rule says, read from pest's pair (the oracle).
fn cue_of_pair(pair: Pair<'_, Rule>) -> Option<Cue> {
    Some(match pair.as_rule() {
        Rule::money => {
            let pounds = pair.into_inner().next()?;
            Cue::Money(parse_pounds(pounds.as_str())?)
        }
        Rule::body => {
            let (name, unnamed) = body_name(pair.into_inner().next()?.as_rule());
            Cue::Body(name, unnamed)
        }
        rule => plain_cue(rule)?,
    })
}

/// What a rule of `cue` says, for those whose words give nothing more.
fn plain_cue(rule: Rule) -> Option<Cue> {
    Some(match rule {
        Rule::designation => Cue::Designation,
        Rule::deadline => Cue::Deadline,
        Rule::direct_payment => Cue::DirectPayment,
        Rule::complaint_handling => Cue::ComplaintHandling,
        Rule::initial_enquiries => Cue::InitialEnquiries,
        Rule::discontinue => Cue::Discontinue,
        Rule::found_fault => Cue::FoundFault,
        Rule::was_fault => Cue::WasFault,
        Rule::fault_caused => Cue::FaultCaused,
        Rule::fault => Cue::Fault,
        Rule::upheld => Cue::Upheld,
        Rule::evidence_of_fault | Rule::find_fault => Cue::EvidenceOfFault,
        Rule::without_fault | Rule::decided_properly | Rule::acted_properly => Cue::WithoutFault,
        Rule::no_provision => Cue::NoProvision,
        Rule::merits => Cue::Merits,
        Rule::judgement => Cue::Judgement,
        Rule::court_proceedings => Cue::CourtProceedings,
        Rule::court_remedy => Cue::CourtRemedy,
        Rule::already_remedied => Cue::AlreadyRemedied,
        Rule::better_placed => Cue::BetterPlaced,
        Rule::appeal => Cue::Appeal,
        Rule::late => Cue::Late,
        Rule::premature => Cue::Premature,
        Rule::jurisdiction => Cue::Jurisdiction,
        Rule::not_affected => Cue::NotAffected,
        Rule::assessment_code => Cue::AssessmentCode,
        Rule::public_interest => Cue::PublicInterest,
        Rule::injustice | Rule::significant_enough => Cue::Injustice,
        Rule::outcome => Cue::Outcome,
        Rule::apology => Cue::Apology,
        Rule::payment => Cue::Payment,
        Rule::reconsider => Cue::Reconsider,
        Rule::service_improvement | Rule::learning_review => Cue::ServiceImprovement,
        Rule::action => Cue::Action,
        Rule::agreed => Cue::Agreed,
        Rule::investigate => Cue::Investigate,
        Rule::failings => Cue::Failings,
        Rule::harm => Cue::Harm,
        _ => return None,
    })
}

/// The canonical name of a body rule, and whether the text left it unnamed.
fn body_name(rule: Rule) -> (BodyName, bool) {
    let name = match rule {
        Rule::body_ico => BodyName::InformationCommissionersOffice,
        Rule::body_housing_ombudsman => BodyName::HousingOmbudsman,
        Rule::body_phso => BodyName::ParliamentaryAndHealthServiceOmbudsman,
        Rule::body_cqc => BodyName::CareQualityCommission,
        Rule::body_ofsted => BodyName::Ofsted,
        Rule::body_tpt => BodyName::TrafficPenaltyTribunal,
        Rule::body_valuation => BodyName::ValuationTribunal,
        Rule::body_ftt_send => BodyName::FirstTierTribunalSend,
        Rule::body_ftt => BodyName::FirstTierTribunal,
        Rule::body_upper => BodyName::UpperTribunal,
        Rule::body_london => BodyName::LondonTribunals,
        Rule::body_appeal_panel => BodyName::IndependentAppealPanel,
        Rule::body_planning => BodyName::PlanningInspectorate,
        Rule::body_sos => BodyName::SecretaryOfState,
        Rule::body_dfe => BodyName::DepartmentForEducation,
        Rule::body_boundary => BodyName::LocalGovernmentBoundaryCommission,
        Rule::body_standards => BodyName::Standards,
        Rule::body_swe => BodyName::SocialWorkEngland,
        Rule::body_police => BodyName::Police,
        Rule::body_court => BodyName::Court,
        Rule::body_other => BodyName::Other,
        _ => return (BodyName::Other, true),
    };
    (name, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_reads_spaces_as_sp() {
        assert!(fits(b"Was  not", b"was not"));
        assert!(fits("was\u{a0}\tnot at".as_bytes(), b"was not"));
        assert!(!fits(b"wasnot", b"was not"));
        assert!(!fits(b"was", b"was not"));
        assert!(fits("Mr X’s".as_bytes(), "mr x’".as_bytes()));
    }

    /// The phrase `cue` itself finds at `at`, the way [`attempt`] did before
    /// it dispatched on the first word.
    fn attempt_by_cue(text: &str, at: usize) -> Option<(Cue, usize)> {
        let mut end = (at + WINDOW).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let cue = FactsParser::parse(Rule::cue, &text[at..end]).ok()?.next()?;
        let inner = cue.into_inner().next()?;
        let len = inner.as_str().len();
        Some((cue_of_pair(inner)?, at + len))
    }

    #[test]
    fn dispatch_finds_what_cue_finds() {
        // The fixtures and, when present, the real seed statements.
        let mut texts = vec![crate::SAMPLE.to_owned()];
        for dir in ["tests/fixtures", "tests/fixtures/facts", "../shared/seeds"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                texts.extend(std::fs::read_to_string(entry.path()));
            }
        }
        let mut tried = 0;
        for text in &texts {
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let b = text.as_bytes()[at];
                if b.is_ascii_alphabetic() && word_start(text.as_bytes(), at) || b == 0xC2 {
                    assert_eq!(attempt(text, at), attempt_by_cue(text, at), "at {at}");
                    tried += 1;
                }
            }
        }
        assert!(tried > 1000, "{tried}");
    }

    /// The compiled matchers find what pest's parser finds at every word
    /// of every fixture and of every statement in ../shared.
    #[test]
    fn compiled_matchers_agree_with_pest() {
        let mut texts = vec![crate::SAMPLE.to_owned()];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in [
            "tests/fixtures",
            "tests/fixtures/facts",
            "../shared/seeds",
            "../shared/corpus",
            "../shared/corpus-2",
        ] {
            for entry in std::fs::read_dir(root.join(dir))
                .into_iter()
                .flatten()
                .flatten()
            {
                texts.extend(std::fs::read_to_string(entry.path()));
            }
        }
        // Phrases cut by the end of the text, and odd spacing.
        texts.push("We found the Council was at".into());
        texts.push("pay Mr X £1,50".into());
        texts.push("£ 300 and £1,500.5 and £12.345 and Traffic Penalty Tribun".into());
        for text in &texts {
            if let Err(e) = matchers_agree(text) {
                panic!("{e}");
            }
        }
        assert!(texts.len() > 3, "{}", texts.len());
    }

    #[test]
    fn head_lower_cases_as_ascii_does() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'x'; 8];
                bytes[at] = b;
                let mut lower = bytes;
                lower.make_ascii_lowercase();
                assert_eq!(head_of(&bytes), u64::from_le_bytes(lower), "{b:#x} at {at}");
            }
        }
        // Past the end: zeros.
        assert_eq!(head_of(b"No"), u64::from(b'n') | u64::from(b'o') << 8);
    }

    #[test]
    fn begins_as_eq_ignore_ascii_case() {
        for c in CANDIDATES.iter().step_by(7) {
            let lit = c.lit.as_bytes();
            let upper = c.lit.to_ascii_uppercase();
            for text in [lit, upper.as_bytes(), &lit[..lit.len() - 1]] {
                let expected =
                    text.len() >= lit.len() && text[..lit.len()].eq_ignore_ascii_case(lit);
                assert_eq!(begins(text, head_of(text), c), expected, "{:?}", c.lit);
            }
        }
    }

    #[test]
    fn reads_only_sums_that_form_one() {
        let sums = |text: &str| -> Vec<u64> {
            scan(text, 0)
                .into_iter()
                .filter_map(|h| match h.cue {
                    Cue::Money(a) => Some(a.pence()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            sums("pay £1,500. Then £250.50, £ 300 and £2."),
            [150_000, 25_050, 30_000, 200]
        );
        // An invisible character inside a number ends it: no sum at all.
        assert_eq!(sums("pay £1\u{200B},500 now"), Vec::<u64>::new());
        assert_eq!(sums("pay £1\u{AD}500 now"), Vec::<u64>::new());
        assert_eq!(sums("pay £1.234 or £1,50 or £1,500,00"), Vec::<u64>::new());
    }

    #[test]
    fn finds_phrases_at_words() {
        let text = "We will not investigate Mrs B’s complaint; pay her £1,250.50 within one month.";
        let cues: Vec<Cue> = scan(text, 0).into_iter().map(|h| h.cue).collect();
        assert_eq!(
            cues,
            [
                Cue::Investigate,
                Cue::Designation,
                Cue::Payment,
                Cue::Money(Amount::from_pence(125_050)),
                Cue::Deadline
            ]
        );
    }
}

/// Every alternative of the grammar is reached through the real scan: for
/// each branch of each choice in the rules `cue` calls, a phrase that takes
/// that branch is written out from the grammar (pest_meta's tree); where it
/// starts, the scan's dispatch must try the rule, and its compiled matcher
/// must read what pest reads. (Which alternative of `cue` wins there is
/// `cue`'s order: `find fault` is found_fault's, though find_fault also
/// reads it.)
#[cfg(test)]
mod reach {
    use super::*;
    use pest_meta::ast::{Expr, Rule as AstRule};

    fn rules() -> Vec<AstRule> {
        let src = include_str!("../../grammar/facts.pest");
        let pairs = pest_meta::parser::parse(pest_meta::parser::Rule::grammar_rules, src)
            .expect("facts.pest parses");
        pest_meta::parser::consume_rules(pairs).expect("facts.pest is valid")
    }

    /// Most texts kept for one expression.
    const KEEP: usize = 24;

    /// A text written out from the grammar, and whether it took the branch
    /// under test.
    type Text = (String, bool);

    /// The branch under test: a choice (by address) and its branch's index.
    type Target = (*const Expr, usize);

    struct Writer<'r> {
        rules: &'r [AstRule],
        target: Target,
    }

    impl Writer<'_> {
        /// Texts `e` matches, those through the target first, at most
        /// [`KEEP`].
        fn write(&self, e: &Expr, depth: usize) -> Vec<Text> {
            if depth > 400 {
                return vec![];
            }
            let mut out = match e {
                Expr::Str(s) => vec![(s.clone(), false)],
                Expr::Insens(s) => vec![(s.clone(), false)],
                Expr::Ident(name) => match name.as_str() {
                    "ASCII_ALPHA" | "ANY" => vec![("x".into(), false)],
                    "ASCII_ALPHA_UPPER" => vec![("X".into(), false)],
                    "ASCII_DIGIT" | "ASCII_ALPHANUMERIC" => vec![("5".into(), false)],
                    _ => match self.rules.iter().find(|r| &r.name == name) {
                        Some(r) => self.write(&r.expr, depth + 1),
                        None => vec![("x".into(), false)],
                    },
                },
                // What a predicate looks at is left to what follows.
                Expr::NegPred(_) => vec![(String::new(), false)],
                Expr::PosPred(a) => self.write(a, depth + 1),
                Expr::Seq(a, b) => {
                    let (a, b) = (self.write(a, depth + 1), self.write(b, depth + 1));
                    let mut out = Vec::new();
                    for (x, vx) in &a {
                        for (y, vy) in &b {
                            out.push((format!("{x}{y}"), *vx || *vy));
                        }
                    }
                    out
                }
                Expr::Choice(..) => {
                    let mut branches = Vec::new();
                    let mut at = e;
                    while let Expr::Choice(a, b) = at {
                        branches.push(&**a);
                        at = b;
                    }
                    branches.push(at);
                    let mut out = Vec::new();
                    for (i, branch) in branches.iter().enumerate() {
                        let texts = self.write(branch, depth + 1);
                        if std::ptr::eq(e, self.target.0) {
                            if i == self.target.1 {
                                return texts.into_iter().map(|(t, _)| (t, true)).collect();
                            }
                            continue;
                        }
                        out.extend(texts);
                    }
                    out
                }
                Expr::Opt(a) | Expr::Rep(a) | Expr::RepMax(a, _) => {
                    let mut out = vec![(String::new(), false)];
                    out.extend(self.write(a, depth + 1));
                    out
                }
                Expr::RepOnce(a) | Expr::Push(a) => self.write(a, depth + 1),
                Expr::RepExact(a, n) | Expr::RepMin(a, n) | Expr::RepMinMax(a, n, _) => {
                    // `n` times, and once more where that is allowed.
                    let most = match e {
                        Expr::RepExact(..) => *n,
                        Expr::RepMinMax(_, _, m) => (*m).min(n + 1),
                        _ => n + 1,
                    };
                    let once = self.write(a, depth + 1);
                    let mut power = vec![(String::new(), false)];
                    let mut out = Vec::new();
                    for k in 0..=most {
                        if k >= *n {
                            out.extend(power.iter().cloned());
                        }
                        let mut next = Vec::new();
                        for (x, vx) in &power {
                            for (y, vy) in &once {
                                next.push((format!("{x}{y}"), *vx || *vy));
                            }
                        }
                        next.sort_by_key(|(t, v)| (!v, t.len()));
                        next.truncate(KEEP);
                        power = next;
                    }
                    out
                }
                _ => vec![(String::new(), false)],
            };
            // Those through the target first; then shorter ones.
            out.sort_by_key(|(t, v)| (!v, t.len()));
            out.dedup();
            out.truncate(KEEP);
            out
        }
    }

    /// Every choice in the expression of each rule `name` calls, with its
    /// number of branches, each rule once.
    fn choices<'r>(
        rules: &'r [AstRule],
        name: &str,
        seen: &mut Vec<String>,
    ) -> Vec<(&'r Expr, usize)> {
        fn walk<'r>(
            rules: &'r [AstRule],
            e: &'r Expr,
            seen: &mut Vec<String>,
            out: &mut Vec<(&'r Expr, usize)>,
        ) {
            match e {
                Expr::Ident(n) => out.extend(choices(rules, n, seen)),
                Expr::Choice(..) => {
                    let mut n = 1;
                    let mut at = e;
                    while let Expr::Choice(a, b) = at {
                        walk(rules, a, seen, out);
                        n += 1;
                        at = b;
                    }
                    walk(rules, at, seen, out);
                    out.push((e, n));
                }
                Expr::Seq(a, b) => {
                    walk(rules, a, seen, out);
                    walk(rules, b, seen, out);
                }
                Expr::PosPred(_) | Expr::NegPred(_) => {}
                Expr::Opt(a)
                | Expr::Rep(a)
                | Expr::RepOnce(a)
                | Expr::RepExact(a, _)
                | Expr::RepMin(a, _)
                | Expr::RepMax(a, _)
                | Expr::RepMinMax(a, _, _)
                | Expr::Push(a) => walk(rules, a, seen, out),
                _ => {}
            }
        }
        let mut out = Vec::new();
        if seen.iter().any(|s| s == name) {
            return out;
        }
        seen.push(name.to_owned());
        if let Some(r) = rules.iter().find(|r| r.name == name) {
            walk(rules, &r.expr, seen, &mut out);
        }
        out
    }

    /// The phrase pest reads at the start of `text` with alternative
    /// `index` of `cue`.
    fn pest_reads(index: usize, text: &str) -> Option<(Cue, usize)> {
        let pair = FactsParser::parse(TRIES[index], text)
            .ok()?
            .next()?
            .into_inner()
            .next()?;
        let len = pair.as_str().len();
        Some((cue_of_pair(pair)?, len))
    }

    #[test]
    fn every_alternative_is_reached() {
        let rules = rules();
        // Each branch of each choice, reached from any alternative of `cue`
        // (a rule such as `det` is called by many).
        let mut targets: Vec<(Target, String, bool)> = Vec::new();
        // The alternatives of `cue` whose rules hold each choice.
        let mut holders: Vec<(*const Expr, usize)> = Vec::new();
        let mut tops = Vec::new();
        for (index, rule) in TRIES.iter().enumerate() {
            let name = format!("{rule:?}");
            let name = name.strip_prefix("try_").expect("a try_ rule").to_owned();
            let top = &rules.iter().find(|r| r.name == name).expect("rule").expr;
            // The rule itself, its first text.
            targets.push(((std::ptr::null(), index), name.clone(), false));
            let mut seen = Vec::new();
            for (choice, n) in choices(&rules, &name, &mut seen) {
                holders.push((choice as *const Expr, index));
                for i in 0..n {
                    let t: Target = (choice as *const Expr, i);
                    if !targets.iter().any(|(o, ..)| *o == t) {
                        targets.push((t, name.clone(), false));
                    }
                }
            }
            tops.push((index, top));
        }
        for (target, _, reached) in &mut targets {
            let from: Vec<&(usize, &Expr)> = if target.0.is_null() {
                tops.iter().filter(|(i, _)| *i == target.1).collect()
            } else {
                let by = |i: &usize| holders.contains(&(target.0, *i));
                tops.iter().filter(|(i, _)| by(i)).collect()
            };
            *reached = from.iter().any(|(index, top)| {
                let texts = Writer {
                    rules: &rules,
                    target: *target,
                }
                .write(top, 0);
                texts
                    .iter()
                    .filter(|(_, v)| *v || target.0.is_null())
                    .any(|(phrase, _)| {
                        // Between words, as a sentence prints it.
                        let text = format!("So {phrase} here.");
                        let Some((cue, len)) = pest_reads(*index, &text[3..]) else {
                            return false;
                        };
                        // The scan tries the rule there and its matcher reads
                        // what pest reads (an earlier alternative of `cue`
                        // may still win there: `find fault` is found_fault's).
                        let _ = cue;
                        tried(&text, 3).any(|i| i == *index)
                            && MATCHERS[*index](&text.as_bytes()[3..], 0) == Some(len)
                    })
            });
        }
        let missed: Vec<String> = targets
            .iter()
            .filter(|(_, _, r)| !r)
            .map(|(target, name, _)| {
                let top = &rules.iter().find(|r| &r.name == name).expect("rule").expr;
                let one = Writer {
                    rules: &rules,
                    target: *target,
                }
                .write(top, 0);
                let through = one.iter().find(|(_, v)| *v).map(|(t, _)| t);
                format!(
                    "{name}: {:?} (through it: {through:?})",
                    one.first().map(|(t, _)| t)
                )
            })
            .collect();
        assert!(
            missed.is_empty(),
            "{} of {} alternatives never reached through the scan:\n{}",
            missed.len(),
            targets.len(),
            missed.join("\n")
        );
    }
}
