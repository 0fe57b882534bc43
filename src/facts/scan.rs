//! Finds the phrases of grammar/facts.pest in one text.
//!
//! One pass over the words: only a word in [`TRIGGERS`] (or starting with
//! one of [`STEMS`]), a title such as `Mr` or a `£` can begin a phrase. There
//! only the alternatives of the grammar's `cue` whose beginnings
//! ([`STARTS`]) start at that byte, and whose first two words ([`NEXT`],
//! spelled out from the grammar) follow, are tried, one pest call each
//! through the rule's `try_` wrapper, in `cue`'s order: the first to match is
//! what `cue` would choose, without paying for the forty that cannot. After a
//! match the scan resumes at its end.
//!
//! To add a phrase rule `x`: write it in grammar/facts.pest, list it in `cue`
//! (before any shorter phrase its words begin) and add `try_x = { x? }` at
//! the end of the file; put its first word in [`TRIGGERS`] or [`STEMS`] (a
//! word in neither is never tried); map the rule to a [`Cue`] in
//! [`cue_of`]; then run `cargo test -p lgsco --lib facts::scan`:
//! `starts_follow_the_grammar` and `next_follows_the_grammar` fail and print
//! the [`STARTS`] and [`NEXT`] (src/facts/scan/next.rs) to paste, read from
//! the grammar.

use super::grammar::{FactsParser, Rule};
use super::model::{parse_pounds, Amount, BodyName};
use crate::Span;
use pest::iterators::Pair;
use pest::Parser;

mod next;
use next::NEXT;

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

/// Lower-case words that can begin a phrase, sorted for binary search.
const TRIGGERS: &[&str] = &[
    "accept",
    "accepted",
    "accepts",
    "achieve",
    "achieving",
    "acknowledged",
    "acknowledges",
    "acted",
    "action",
    "actions",
    "add",
    "adding",
    "additional",
    "address",
    "addressed",
    "addresses",
    "adequate",
    "admission",
    "admissions",
    "admits",
    "admitted",
    "affected",
    "after",
    "agree",
    "agreed",
    "agreement",
    "agrees",
    "all",
    "already",
    "amend",
    "amended",
    "amending",
    "another",
    "anxiety",
    "appeal",
    "appealed",
    "appealing",
    "appeals",
    "applied",
    "apply",
    "appropriate",
    "are",
    "arrange",
    "arranged",
    "arranging",
    "ask",
    "asked",
    "asking",
    "assessment",
    "avoid",
    "avoidable",
    "backdate",
    "backdated",
    "backdating",
    "bad",
    "been",
    "before",
    "being",
    "best",
    "better",
    "beyond",
    "cancel",
    "cancelled",
    "cancelling",
    "care",
    "carry",
    "case",
    "challenge",
    "chance",
    "civil",
    "claim",
    "claims",
    "close",
    "closed",
    "come",
    "comment",
    "commercial",
    "compensate",
    "compensated",
    "compensation",
    "complain",
    "complained",
    "complaint",
    "complaints",
    "complete",
    "completed",
    "confusion",
    "consent",
    "consider",
    "considerable",
    "considered",
    "continuing",
    "contractual",
    "correct",
    "corrected",
    "correcting",
    "county",
    "court",
    "courts",
    "cqc",
    "credit",
    "criticise",
    "crown",
    "current",
    "damages",
    "dealt",
    "decided",
    "delay",
    "delayed",
    "delays",
    "department",
    "determined",
    "dfe",
    "did",
    "different",
    "direct",
    "disadvantage",
    "disproportionate",
    "distress",
    "done",
    "education",
    "employment",
    "empowered",
    "end",
    "ended",
    "ending",
    "enough",
    "environment",
    "esfa",
    "establish",
    "evidence",
    "excessive",
    "exclusion",
    "exhausted",
    "explain",
    "explained",
    "explaining",
    "explanation",
    "failed",
    "failing",
    "failings",
    "fails",
    "failure",
    "failures",
    "fair",
    "fall",
    "fallen",
    "falling",
    "falls",
    "family",
    "fault",
    "faults",
    "fed",
    "feed",
    "feedback",
    "fell",
    "finalise",
    "finalised",
    "financial",
    "find",
    "finding",
    "findings",
    "finds",
    "finish",
    "finished",
    "first",
    "first-tier",
    "followed",
    "found",
    "fresh",
    "frustration",
    "further",
    "given",
    "go",
    "goes",
    "going",
    "gone",
    "good",
    "granted",
    "guidance",
    "handling",
    "happen",
    "happened",
    "happens",
    "hardship",
    "harm",
    "has",
    "have",
    "health",
    "heard",
    "high",
    "housing",
    "how",
    "ico",
    "identify",
    "identifying",
    "impacted",
    "improve",
    "improvement",
    "improvements",
    "improving",
    "inconvenience",
    "independent",
    "indication",
    "information",
    "injustice",
    "insufficient",
    "insurance",
    "internal",
    "is",
    "isolation",
    "issue",
    "judge",
    "judges",
    "judicial",
    "jurisdiction",
    "just",
    "late",
    "lead",
    "leading",
    "learning",
    "legal",
    "lessons",
    "liability",
    "live",
    "local",
    "london",
    "loss",
    "lost",
    "made",
    "magistrate",
    "magistrates",
    "make",
    "making",
    "maladministration",
    "matter",
    "matters",
    "meaningful",
    "meet",
    "merits",
    "missed",
    "monetary",
    "monitor",
    "monitoring",
    "more",
    "most",
    "negligence",
    "new",
    "not",
    "nothing",
    "now",
    "offer",
    "offered",
    "ofsted",
    "ongoing",
    "only",
    "opportunity",
    "other",
    "out",
    "outside",
    "over",
    "paid",
    "parliamentary",
    "pay",
    "paying",
    "payment",
    "payments",
    "person",
    "personal",
    "personally",
    "personnel",
    "phso",
    "planning",
    "police",
    "policies",
    "policy",
    "poor",
    "power",
    "powers",
    "practice",
    "premature",
    "prematurely",
    "prevent",
    "procedure",
    "procedures",
    "processes",
    "professional",
    "proper",
    "proportionate",
    "proposed",
    "provide",
    "provided",
    "providing",
    "provision",
    "public",
    "purely",
    "put",
    "putting",
    "question",
    "raised",
    "rather",
    "reached",
    "reasonable",
    "reassurance",
    "reassurances",
    "recommend",
    "recommendation",
    "recommendations",
    "recommended",
    "recommends",
    "rectified",
    "rectify",
    "redetermine",
    "reduce",
    "reduced",
    "reducing",
    "refund",
    "refunded",
    "refunding",
    "refunds",
    "reimburse",
    "reimbursed",
    "reimbursement",
    "remedied",
    "remedies",
    "remedy",
    "remind",
    "reminded",
    "reminder",
    "reminders",
    "reminding",
    "remit",
    "remove",
    "removed",
    "removing",
    "repair",
    "repairing",
    "repairs",
    "report",
    "request",
    "requested",
    "resolved",
    "result",
    "review",
    "reviewed",
    "reviewing",
    "right",
    "rights",
    "satisfactorily",
    "satisfactory",
    "satisfied",
    "secretary",
    "send",
    "sendist",
    "sent",
    "separate",
    "serious",
    "service",
    "share",
    "shared",
    "sharing",
    "shortcomings",
    "sign",
    "significant",
    "signs",
    "simply",
    "since",
    "small",
    "so",
    "social",
    "special",
    "stand",
    "stand-alone",
    "standalone",
    "standards",
    "standing",
    "start",
    "statutory",
    "steps",
    "still",
    "stop",
    "stopped",
    "stress",
    "sufficient",
    "sufficiently",
    "suggestion",
    "suitable",
    "supplied",
    "symbolic",
    "take",
    "taken",
    "taking",
    "time",
    "too",
    "took",
    "tpt",
    "traffic",
    "train",
    "training",
    "tribunal",
    "tribunals",
    "twelve",
    "uncertainty",
    "undertake",
    "undertaken",
    "undertook",
    "undue",
    "unnecessary",
    "unreasonable",
    "update",
    "updated",
    "updating",
    "upheld",
    "uphold",
    "upholding",
    "upper",
    "upset",
    "used",
    "useful",
    "valuation",
    "waive",
    "waived",
    "waiving",
    "was",
    "way",
    "went",
    "were",
    "what",
    "will",
    "within",
    "without",
    "worry",
    "worthwhile",
    "write",
    "writing",
    "written",
    "wrote",
    "yet",
];

/// Beginnings of words that can begin a phrase, whatever their ending.
const STEMS: &[&str] = &[
    "apolog",
    "discontinu",
    "investigat",
    "reassess",
    "re-assess",
    "reconsider",
    "reopen",
    "re-open",
    "re-evaluate",
    "revisit",
];

/// Titles that begin a designation (case matters: `Mr X`, not `mr`).
const TITLES: &[&str] = &["Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"];

/// The longest word compared with the lists.
const MAX_WORD: usize = 20;

/// Whether the word at the start of `rest` can begin a phrase.
fn is_trigger(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    // The word lower-cased, zero-padded, as the table holds it.
    let mut lower = [0u8; 8 * KEY];
    let mut len = 0;
    for &b in bytes.iter().take(MAX_WORD + 1) {
        if !(b.is_ascii_alphabetic() || b == b'-') {
            break;
        }
        lower[len] = b.to_ascii_lowercase();
        len += 1;
    }
    if len == 0 || len > MAX_WORD {
        return false;
    }
    if bytes[0].is_ascii_uppercase() && TITLES.iter().any(|t| t.as_bytes() == &bytes[..len]) {
        return true;
    }
    let Some(letter) = lower[0].checked_sub(b'a').filter(|&l| l < 26) else {
        return false;
    };
    let table = trigger_table();
    table.words[usize::from(letter) * MAX_WORD + len - 1].contains(&key(&lower))
        || table.stems[usize::from(letter)]
            .iter()
            .any(|s| lower[..len].starts_with(s))
}

/// Words of [`TRIGGERS`] as keys of this many `u64`s (zero-padded), so that
/// a lookup compares a few integers.
const KEY: usize = MAX_WORD.div_ceil(8);

fn key(padded: &[u8; 8 * KEY]) -> [u64; KEY] {
    std::array::from_fn(|i| {
        u64::from_le_bytes(padded[8 * i..8 * i + 8].try_into().expect("8 bytes"))
    })
}

/// [`TRIGGERS`] by first letter and length, and [`STEMS`] by first letter,
/// so that a word is compared with the few of its shape only.
struct TriggerTable {
    words: Vec<Vec<[u64; KEY]>>,
    stems: Vec<Vec<&'static [u8]>>,
}

fn trigger_table() -> &'static TriggerTable {
    static TABLE: std::sync::OnceLock<TriggerTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words = vec![Vec::new(); 26 * MAX_WORD];
        // A word that is too long or starts with no letter is never looked up.
        let fits = |w: &&&str| w.len() <= MAX_WORD && w.as_bytes()[0].is_ascii_lowercase();
        for t in TRIGGERS.iter().filter(fits) {
            let mut padded = [0u8; 8 * KEY];
            padded[..t.len()].copy_from_slice(t.as_bytes());
            words[usize::from(padded[0] - b'a') * MAX_WORD + t.len() - 1].push(key(&padded));
        }
        let mut stems = vec![Vec::new(); 26];
        for s in STEMS.iter().filter(fits) {
            stems[usize::from(s.as_bytes()[0] - b'a')].push(s.as_bytes());
        }
        TriggerTable { words, stems }
    })
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
    if prev.is_ascii_alphanumeric() || prev == b'-' || prev == b'\'' {
        return false;
    }
    // `’` is E2 80 99: the `s` of `Mr X’s` is no word start.
    !(i >= 3 && bytes[i - 3..i] == [0xE2, 0x80, 0x99])
}

/// Every phrase in `text`, whose first byte is at `base` in the input.
pub(crate) fn scan(text: &str, base: usize) -> Vec<Hit> {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let pound = bytes[i] == 0xC2 && bytes.get(i + 1) == Some(&0xA3);
        if !(pound || word_start(bytes, i) && is_trigger(&text[i..])) {
            i += 1;
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
            None => i += if pound { 2 } else { 1 },
        }
    }
    hits
}

/// The most bytes a phrase is tried over. Every phrase of the grammar is
/// bounded and far shorter; the window matters because pest indexes the lines
/// of all it is given on each call (and scans to the line's end on failure),
/// so passing the rest of a long paragraph made each attempt cost its length.
const WINDOW: usize = 320;

/// The phrase at `at`, if one starts there, and where it ends: the first of
/// the rules that can begin here (in the order of the grammar's `cue`) that
/// matches, as `cue` itself would choose.
fn attempt(text: &str, at: usize) -> Option<(Cue, usize)> {
    let mut end = (at + WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[at..end];
    let first = rest.as_bytes().first()?.to_ascii_lowercase();
    let second = rest.as_bytes().get(1).map(u8::to_ascii_lowercase);
    let mut last = usize::MAX;
    for (index, lit, next) in &index()[usize::from(first)] {
        let index = *index;
        // The second byte first: it rejects most beginnings at once.
        let near = lit.as_bytes().get(1).is_none_or(|&b| Some(b) == second);
        if index == last || !near || !begins(rest, lit) {
            continue;
        }
        // Then the rule's first two words: most misses end here, unparsed.
        if !next.iter().any(|p| fits(rest.as_bytes(), p.as_bytes())) {
            continue;
        }
        last = index;
        // `try_x = { x? }` always matches, so a miss builds no pest error
        // (which would cost more than the attempt); its phrase is inside.
        let found = FactsParser::parse(STARTS[index].0, rest)
            .ok()
            .and_then(|mut pairs| pairs.next())
            .and_then(|pair| pair.into_inner().next());
        if let Some(pair) = found {
            let len = pair.as_str().len();
            return Some((cue_of(pair)?, at + len));
        }
    }
    None
}

/// Whether `rest` begins with `lit`, ignoring ASCII case as `^"..."` does.
fn begins(rest: &str, lit: &str) -> bool {
    rest.as_bytes()
        .get(..lit.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(lit.as_bytes()))
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

/// [`STARTS`] by the first byte of each beginning: for each byte, the
/// rule's index in [`STARTS`], the beginning, and the rule's spelled-out
/// beginnings in [`NEXT`] that start with it, in the order of `cue`.
type Index = Vec<Vec<(usize, &'static str, Vec<&'static str>)>>;

fn index() -> &'static Index {
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Index = vec![Vec::new(); 256];
        for (i, ((_, lits), (_, spelled))) in STARTS.iter().zip(NEXT).enumerate() {
            for lit in *lits {
                let mut next: Vec<&str> = spelled
                    .iter()
                    .copied()
                    .filter(|p| p.starts_with(lit))
                    .collect();
                // None spelled out (a table out of date): only `lit` is known.
                if next.is_empty() {
                    next.push(lit);
                }
                index[usize::from(lit.as_bytes()[0])].push((i, lit, next));
            }
        }
        index
    })
}

/// The alternatives of the grammar's `cue` rule, in its order, each by its
/// `try_` wrapper, with the beginnings it can match (lower case; matched
/// ignoring case): a rule is tried only where one of its beginnings starts.
/// A test reads these from grammar/facts.pest and fails, printing the lines
/// to write, when a rule is added to `cue` or its first words change.
// One line per rule, as the test prints them.
#[rustfmt::skip]
const STARTS: &[(Rule, &[&str])] = &[
    (Rule::try_designation, &["dr", "miss", "mr", "ms", "mx"]),
    (Rule::try_money, &["£"]),
    (Rule::try_deadline, &["within"]),
    (Rule::try_court_proceedings, &["before", "being considered", "care", "considered", "court", "dealt with", "decided", "family", "heard", "judge", "legal", "magistrates", "raised"]),
    (Rule::try_body, &["admission", "another", "appeal", "care quality commission", "civil", "county", "court", "cqc", "crown", "department for education", "dfe", "different", "education and skills funding agency", "environment and traffic adjudicators", "esfa", "exclusion", "family", "first", "health service ombudsman", "high", "housing ombudsman", "ico", "independent", "information commissioner", "judicial review", "local government boundary commission", "london tribunals", "magistrate", "matter for", "monitoring officer", "ofsted", "other", "parliamentary and health service ombudsman", "phso", "planning inspector", "police", "review", "secretary of state", "send", "small claims", "social work england", "special educational needs and disability", "standards committee", "statutory", "tpt", "traffic penalty tribun", "tribunal", "upper tribunal", "valuation tribunal"]),
    (Rule::try_direct_payment, &["direct payment", "housing benefit", "paid for", "pay for", "payment of", "payments for"]),
    (Rule::try_complaint_handling, &["complaint", "good use of public", "handling of", "how", "isolation", "just", "only", "purely", "separate", "simply", "stand alone", "stand-alone", "standalone", "way"]),
    (Rule::try_initial_enquiries, &["after initial enquiries", "after making enquiries", "after our initial enquiries"]),
    (Rule::try_discontinue, &["close", "discontinu", "end", "stop"]),
    (Rule::try_found_fault, &["find", "found"]),
    (Rule::try_was_fault, &["been", "is", "was", "were"]),
    (Rule::try_fault_caused, &["fault"]),
    (Rule::try_fault, &["fault"]),
    (Rule::try_upheld, &["upheld", "uphold"]),
    (Rule::try_evidence_of_fault, &["evidence", "indication", "sign", "suggestion"]),
    (Rule::try_find_fault, &["establish", "find", "identify"]),
    (Rule::try_without_fault, &["without"]),
    (Rule::try_decided_properly, &["made", "reached", "took"]),
    (Rule::try_acted_properly, &["acted", "applied", "followed"]),
    (Rule::try_no_provision, &["provision"]),
    (Rule::try_merits, &["challenge", "comment on", "criticise", "question"]),
    (Rule::try_judgement, &["professional"]),
    (Rule::try_court_remedy, &["action", "apply", "are", "case", "civil", "claim", "compensation", "damages", "decided", "determined", "go", "insurance", "is", "legal", "liability", "matter", "negligence", "personal injury", "remedy", "resolved", "take", "taking", "took", "went"]),
    (Rule::try_already_remedied, &["action", "adequate", "agreed", "already", "appropriate", "been", "done", "fair", "given", "granted", "has", "have", "now", "offered", "proportionate", "provided", "put", "reasonable", "satisfactorily", "satisfactory", "satisfied with", "since", "steps", "suitable", "what", "will"]),
    (Rule::try_better_placed, &["appropriate", "best", "better", "correct", "matter", "more appropriate", "proper", "right"]),
    (Rule::try_appeal, &["appeal", "ask", "reasonable", "request", "review", "right", "statutory"]),
    (Rule::try_late, &["beyond", "come to us", "complain", "late", "more than", "out of time", "outside", "over", "so", "too", "twelve"]),
    (Rule::try_premature, &["chance", "complete", "continuing", "current", "exhausted", "finish", "live", "ongoing", "opportunity", "premature", "still", "too", "used", "yet"]),
    (Rule::try_jurisdiction, &["action", "all", "commercial", "contractual", "employment", "happen", "housing association", "internal", "jurisdiction", "most", "personnel", "public body", "rather than", "remit", "social housing", "social landlord"]),
    (Rule::try_not_affected, &["consent", "person", "standing"]),
    (Rule::try_assessment_code, &["assessment code"]),
    (Rule::try_public_interest, &["public interest"]),
    (Rule::try_significant_enough, &["affected", "impacted", "personally", "significant enough", "sufficiently serious"]),
    (Rule::try_injustice, &["enough", "injustice", "insufficient", "personal", "serious", "significant", "sufficient"]),
    (Rule::try_outcome, &["achieve", "achieving", "add", "better", "different", "disproportionate", "empowered", "further", "lead", "make", "making", "meaningful", "nothing", "power", "result", "significant", "useful", "worthwhile"]),
    (Rule::try_apology, &["apolog"]),
    (Rule::try_payment, &["backdate", "backdating", "compensate", "compensation", "financial", "monetary", "paid", "pay", "refund", "reimburse", "symbolic"]),
    (Rule::try_learning_review, &["review"]),
    (Rule::try_reconsider, &["arrange", "carry out", "complete", "consider", "fresh", "further", "new", "re-assess", "re-evaluate", "re-open", "reassess", "reconsider", "redetermine", "reopen", "review", "revisit", "start", "undertake"]),
    (Rule::try_service_improvement, &["action", "avoid", "fed back", "feed back", "feedback", "guidance", "improve", "improving", "learning", "lessons", "policies", "policy", "practice", "prevent", "procedure", "processes", "remind", "report", "share", "sharing", "steps", "train"]),
    (Rule::try_action, &["address", "amend", "arrange", "arranging", "cancel", "correct", "credit", "explain", "explanation", "finalise", "issue", "meet", "monitor", "provide", "providing", "reassurance", "rectified", "rectify", "reduce", "reducing", "remove", "removing", "repair", "send", "sent", "share", "supplied", "update", "updating", "waive", "waiving", "write off", "writing off", "written off", "wrote off"]),
    (Rule::try_agreed, &["agree", "offer", "proposed", "recommend", "remedied", "remedies", "remedy", "undertaken", "undertook"]),
    (Rule::try_investigate, &["investigat"]),
    (Rule::try_failings, &["accept", "acknowledged", "acknowledges", "admits", "admitted", "bad", "considerable", "delay", "did not", "excessive", "failed", "failing", "fails", "failure", "fall", "fell", "go", "maladministration", "not", "poor", "service failure", "shortcomings", "significant", "undue", "unnecessary", "unreasonable", "went"]),
    (Rule::try_harm, &["anxiety", "avoidable", "confusion", "disadvantage", "distress", "financial loss", "frustration", "hardship", "harm", "inconvenience", "injustice", "loss of", "lost", "missed", "stress", "time and trouble", "uncertainty", "upset", "worry"]),
];

/// What the grammar's rule says.
fn cue_of(pair: Pair<'_, Rule>) -> Option<Cue> {
    Some(match pair.as_rule() {
        Rule::designation => Cue::Designation,
        Rule::money => {
            let pounds = pair.into_inner().next()?;
            Cue::Money(parse_pounds(pounds.as_str())?)
        }
        Rule::deadline => Cue::Deadline,
        Rule::body => {
            let (name, unnamed) = body_name(pair.into_inner().next()?.as_rule());
            Cue::Body(name, unnamed)
        }
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
mod first;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_follow_the_grammar() {
        let rules = first::rules();
        let mut want = String::new();
        for name in first::cue_alternatives(&rules) {
            assert!(
                first::is_try_of(&rules, &name),
                "grammar/facts.pest needs `try_{name} = {{ {name}? }}`"
            );
            let lits = first::beginnings(&rules, &name).unwrap_or_else(|e| panic!("{e}"));
            let lits: Vec<String> = lits.iter().map(|l| format!("{l:?}")).collect();
            want.push_str(&format!(
                "    (Rule::try_{name}, &[{}]),\n",
                lits.join(", ")
            ));
        }
        let mut have = String::new();
        for (rule, lits) in STARTS {
            let lits: Vec<String> = lits.iter().map(|l| format!("{l:?}")).collect();
            have.push_str(&format!("    (Rule::{rule:?}, &[{}]),\n", lits.join(", ")));
        }
        assert!(
            have == want,
            "STARTS in src/facts/scan.rs must read, from grammar/facts.pest:\n{want}"
        );
    }

    #[test]
    fn next_follows_the_grammar() {
        let rules = first::rules();
        let mut want = String::new();
        for name in first::cue_alternatives(&rules) {
            let spelled = first::prefixes(&rules, &name).unwrap_or_else(|e| panic!("{e}"));
            let spelled: Vec<String> = spelled.iter().map(|l| format!("{l:?}")).collect();
            want.push_str(&format!(
                "    (Rule::try_{name}, &[{}]),\n",
                spelled.join(", ")
            ));
        }
        let mut have = String::new();
        for (rule, spelled) in NEXT {
            let spelled: Vec<String> = spelled.iter().map(|l| format!("{l:?}")).collect();
            have.push_str(&format!(
                "    (Rule::{rule:?}, &[{}]),\n",
                spelled.join(", ")
            ));
        }
        assert!(
            have == want,
            "NEXT in src/facts/scan/next.rs must read, from grammar/facts.pest:\n{want}"
        );
    }

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
        Some((cue_of(inner)?, at + len))
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

    /// [`is_trigger`] as it was, by binary search of the whole list.
    fn is_trigger_by_search(rest: &str) -> bool {
        let bytes = rest.as_bytes();
        let len = bytes
            .iter()
            .take(MAX_WORD + 1)
            .position(|&b| !(b.is_ascii_alphabetic() || b == b'-'))
            .unwrap_or(bytes.len().min(MAX_WORD + 1));
        if len == 0 || len > MAX_WORD {
            return false;
        }
        let word = &bytes[..len];
        if bytes[0].is_ascii_uppercase() && TITLES.iter().any(|t| t.as_bytes() == word) {
            return true;
        }
        let mut lower = [0u8; MAX_WORD];
        for (l, b) in lower.iter_mut().zip(word) {
            *l = b.to_ascii_lowercase();
        }
        let lower = &lower[..len];
        TRIGGERS
            .binary_search_by(|t| t.as_bytes().cmp(lower))
            .is_ok()
            || STEMS.iter().any(|s| lower.starts_with(s.as_bytes()))
    }

    #[test]
    fn trigger_table_agrees_with_the_lists() {
        let mut words: Vec<String> = TRIGGERS
            .iter()
            .chain(STEMS)
            .map(|w| w.to_string())
            .collect();
        words.extend(TITLES.iter().map(|t| t.to_string()));
        for w in TRIGGERS.iter().chain(STEMS) {
            words.push(format!("{w}s"));
            words.push(w[..w.len() - 1].to_owned());
            words.push(w.to_ascii_uppercase());
        }
        words.extend(["", "-", "a", "mrs", "MR", "é", "zzz", "investigations"].map(String::from));
        words.push("x".repeat(MAX_WORD + 3));
        let sample: Vec<&str> = crate::SAMPLE.split_whitespace().collect();
        for w in words.iter().map(String::as_str).chain(sample) {
            for tail in ["", " x", "’s", "-on"] {
                let rest = format!("{w}{tail}");
                assert_eq!(is_trigger(&rest), is_trigger_by_search(&rest), "{rest:?}");
            }
        }
    }

    #[test]
    fn triggers_are_sorted_lower_case() {
        assert!(TRIGGERS.windows(2).all(|w| w[0] < w[1]), "sorted");
        assert!(TRIGGERS
            .iter()
            .all(|t| t.bytes().all(|b| !b.is_ascii_uppercase())));
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
