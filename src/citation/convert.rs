//! Pair-to-value conversion: one converter per grammar rule.

use super::expand::{between, expand, numbers_between, roman, Level, MAX_EXPANSION};
use super::found::Want;
use super::grammar::Rule;
use crate::Span;
use crate::{CitationNote, CitationNoteKind, Instrument, InstrumentKind, Provision, ProvisionKind};
use pest::iterators::Pair;

/// The span of a pair whose text starts at `off` in the input.
pub(super) fn shift(off: usize, pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    Span::new(off + s.start(), off + s.end())
}

/// Converts pairs to values, collecting notes on the way.
pub(super) struct Convert {
    pub(super) off: usize,
    pub(super) notes: Vec<CitationNote>,
}

impl Convert {
    pub(super) fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        shift(self.off, pair)
    }

    /// An `instrument`, `named_by` or `short_instrument` pair.
    pub(super) fn instrument_like(&mut self, pair: Pair<'_, Rule>) -> (Option<Instrument>, Want) {
        match pair.as_rule() {
            Rule::named_by => match pair.into_inner().next() {
                Some(inner) => self.instrument_like(inner),
                None => (
                    None,
                    Want::Context {
                        kind: None,
                        year: None,
                    },
                ),
            },
            Rule::short_instrument => {
                let mut year = None;
                let mut kind = Some(InstrumentKind::Act);
                for part in pair.into_inner() {
                    match part.as_rule() {
                        Rule::year => year = part.as_str().parse().ok(),
                        Rule::si_word => kind = Some(InstrumentKind::StatutoryInstrument),
                        _ => {}
                    }
                }
                (None, Want::Context { kind, year })
            }
            _ => self.instrument(pair),
        }
    }

    /// An `instrument`: its title, year and kind, and whether it still
    /// needs its year from context.
    fn instrument(&mut self, pair: Pair<'_, Rule>) -> (Option<Instrument>, Want) {
        let whole = pair.as_str();
        let start = pair.as_span().start();
        let end = pair.as_span().end();
        let parts: Vec<Pair<'_, Rule>> = pair.into_inner().collect();
        let kind = if parts.iter().any(|p| p.as_rule() == Rule::convention) {
            InstrumentKind::Convention
        } else if parts.iter().any(|p| p.as_rule() == Rule::si_word) {
            InstrumentKind::StatutoryInstrument
        } else {
            InstrumentKind::Act
        };
        let year_pair = parts
            .iter()
            .rev()
            .find(|p| p.as_rule() == Rule::year)
            .filter(|y| y.as_span().end() == end);
        let lead_year = parts.iter().find(|p| p.as_rule() == Rule::lead_year);
        // The title, the year, and where the name is printed: the title and
        // a year after it.
        let (title, year, printed) = match (year_pair, lead_year) {
            (Some(y), _) => (
                whole[..y.as_span().start() - start].trim_end(),
                y.as_str().parse::<u16>().ok(),
                0..whole.len(),
            ),
            // `the 2014 Care Act`
            (None, Some(y)) => {
                let title = whole[y.as_span().end() - start..].trim_start();
                let year = y.as_str().parse::<u16>().ok();
                (title, year, whole.len() - title.len()..whole.len())
            }
            (None, None) => (whole, None, 0..whole.len()),
        };
        let want = if year.is_some() || kind == InstrumentKind::Convention {
            Want::Nothing
        } else {
            Want::Year
        };
        let printed = without_the(whole, printed);
        let at = self.off + start;
        let span = Span::new(at + printed.start, at + printed.end);
        let instrument = Instrument::new(title, year, kind).with_span(span);
        (Some(instrument), want)
    }

    /// A group of provisions: `section_group`, `schedule_group`, ...
    pub(super) fn group(&mut self, pair: Pair<'_, Rule>) -> Vec<Provision> {
        match pair.as_rule() {
            Rule::section_group => self.list(pair, ProvisionKind::Section),
            Rule::regulation_group => self.list(pair, ProvisionKind::Regulation),
            Rule::article_group => self.list(pair, ProvisionKind::Article),
            Rule::part_group => pair
                .into_inner()
                .map(|part| {
                    Provision::new(
                        ProvisionKind::Part,
                        part.as_str().to_owned(),
                        None,
                        Vec::new(),
                        part.as_str().to_owned(),
                        self.span(&part),
                    )
                })
                .collect(),
            _ => self.schedule_group(pair),
        }
    }

    /// A list of references and shorthands of one kind.
    fn list(&mut self, pair: Pair<'_, Rule>, kind: ProvisionKind) -> Vec<Provision> {
        self.members(pair, kind)
            .into_iter()
            .map(|m| Provision::new(kind, m.number, None, m.path, m.text.to_owned(), m.span))
            .collect()
    }

    /// The members of a list (`section_group`, `paragraphs`, ...): each
    /// reference, each level a shorthand stands for after the member before
    /// it, and the numbers a range word stands for (`sections 20 to 23`).
    fn members<'i>(&mut self, pair: Pair<'i, Rule>, kind: ProvisionKind) -> Vec<Member<'i>> {
        let mut out: Vec<Member<'i>> = Vec::new();
        let mut through = false;
        for member in pair.into_inner() {
            let (text, span) = (member.as_str(), self.span(&member));
            match member.as_rule() {
                Rule::through => through = true,
                Rule::reference => {
                    let refs = self.reference(member, kind);
                    if std::mem::take(&mut through) {
                        let prev = out.last().map(|m| (m.number.clone(), m.path.clone()));
                        for number in numbers_between(prev, &refs) {
                            out.push(Member::new(number, Vec::new(), text, span));
                        }
                    }
                    for (number, path) in refs {
                        out.push(Member::new(number, path, text, span));
                    }
                }
                Rule::shorthand => {
                    let Some(prev) = out.last() else {
                        continue;
                    };
                    let (number, prev_path) = (prev.number.clone(), prev.path.clone());
                    for path in self.shorthand(member, &prev_path, through) {
                        out.push(Member::new(number.clone(), path, text, span));
                    }
                    through = false;
                }
                _ => {}
            }
        }
        out
    }

    /// The paths brackets alone stand for after a provision with path
    /// `prev`: they replace its last levels (`34H(3) and (4)`). After a
    /// range word (`(a)-(c)`), the levels between come too.
    fn shorthand(
        &mut self,
        pair: Pair<'_, Rule>,
        prev: &[String],
        through: bool,
    ) -> Vec<Vec<String>> {
        let brackets: Vec<_> = pair.into_inner().collect();
        let keep = prev.len().saturating_sub(brackets.len());
        let levels: Vec<Level> = brackets
            .into_iter()
            .enumerate()
            .map(|(i, b)| self.level(b, keep + i))
            .collect();
        let mut out = Vec::new();
        for tail in expand(&levels) {
            let mut path = prev[..keep].to_vec();
            if through && tail.len() == 1 && prev.len() == keep + 1 {
                out.extend(between(&prev[keep], &tail[0]).into_iter().map(|step| {
                    let mut p = path.clone();
                    p.push(step);
                    p
                }));
            }
            path.extend(tail);
            out.push(path);
        }
        out
    }

    /// A `reference` (`24A(6)`, `34(B)`, `34H(3 and 4)`): its number and
    /// each path it stands for.
    fn reference(
        &mut self,
        pair: Pair<'_, Rule>,
        kind: ProvisionKind,
    ) -> Vec<(String, Vec<String>)> {
        let mut inner = pair.into_inner();
        let Some(number_pair) = inner.next() else {
            return Vec::new();
        };
        let number_span = self.span(&number_pair);
        let mut number = number_pair.as_str().to_owned();
        let mut brackets: Vec<Pair<'_, Rule>> = inner.collect();
        if let Some(first) = brackets.first() {
            let gap = Span::new(number_span.end, self.span(first).start);
            if !gap.is_empty() {
                self.notes
                    .push(CitationNote::new(CitationNoteKind::SpaceBeforeBracket, gap));
            }
            // `34(B)`: a section letter in brackets.
            let members: Vec<&str> = first.clone().into_inner().map(|s| s.as_str()).collect();
            if kind == ProvisionKind::Section
                && number.bytes().all(|b| b.is_ascii_digit())
                && members.len() == 1
                && members[0].len() == 1
                && members[0].bytes().all(|b| b.is_ascii_uppercase())
            {
                number.push_str(members[0]);
                let span = number_span.join(self.span(first));
                self.notes
                    .push(CitationNote::new(CitationNoteKind::LetterInBrackets, span));
                brackets.remove(0);
            }
        }
        let levels: Vec<Level> = brackets
            .into_iter()
            .enumerate()
            .map(|(depth, b)| self.level(b, depth))
            .collect();
        expand(&levels)
            .into_iter()
            .map(|path| (number.clone(), path))
            .collect()
    }

    /// One bracket at a depth (0 for a subsection), normalised.
    fn level(&mut self, bracket: Pair<'_, Rule>, depth: usize) -> Level {
        let span = self.span(&bracket);
        let raw: Vec<String> = bracket
            .into_inner()
            .map(|s| s.as_str().to_owned())
            .collect();
        if raw.len() > 1 {
            self.notes
                .push(CitationNote::new(CitationNoteKind::ListInBrackets, span));
        }
        let mut members = Vec::with_capacity(raw.len());
        for member in raw {
            if depth == 0
                && let Some(n) = roman(&member)
            {
                self.notes
                    .push(CitationNote::new(CitationNoteKind::RomanSubsection, span));
                members.push(n.to_string());
                continue;
            }
            if member.len() == 1 && member.bytes().all(|b| b.is_ascii_uppercase()) {
                self.notes
                    .push(CitationNote::new(CitationNoteKind::CapitalLetter, span));
                members.push(member.to_ascii_lowercase());
                continue;
            }
            members.push(member);
        }
        Level { members }
    }

    /// `Schedule 5, paragraph 5(2)`, `Schedule 5/5A, paragraph 1/3`,
    /// `Schedule 5.5`, `paragraph 5A schedule 5`, `Schedule 5`.
    fn schedule_group(&mut self, pair: Pair<'_, Rule>) -> Vec<Provision> {
        let span = self.span(&pair);
        let text = pair.as_str();
        let group = self.schedule_parts(pair);
        if group.paragraph_first && !group.linked {
            self.notes.push(CitationNote::new(
                CitationNoteKind::ParagraphBeforeSchedule,
                span,
            ));
        }
        if group.schedules.len() > 1 && !group.paragraphs.is_empty() {
            self.notes
                .push(CitationNote::new(CitationNoteKind::SlashedSchedules, span));
        }
        group.provisions(text, span)
    }

    /// The schedules and paragraphs of a `schedule_group`, as printed.
    fn schedule_parts(&mut self, pair: Pair<'_, Rule>) -> ScheduleGroup {
        let span = self.span(&pair);
        let mut group = ScheduleGroup::default();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::dotted => {
                    self.notes
                        .push(CitationNote::new(CitationNoteKind::DottedSchedule, span));
                    for inner in part.into_inner() {
                        match inner.as_rule() {
                            Rule::dotted_schedule => {
                                group.schedules.push(inner.as_str().to_owned())
                            }
                            Rule::reference => group
                                .paragraphs
                                .extend(self.reference(inner, ProvisionKind::Paragraph)),
                            _ => {}
                        }
                    }
                }
                Rule::schedules => {
                    group
                        .schedules
                        .extend(part.into_inner().map(|s| s.as_str().to_owned()));
                }
                Rule::linking => group.linked = true,
                Rule::schedule => {
                    group.paragraph_first = true;
                    group.schedules.push(part.as_str().to_owned());
                }
                Rule::paragraphs => {
                    group.slashed = part
                        .clone()
                        .into_inner()
                        .any(|m| m.as_rule() == Rule::slash);
                    let members = self.members(part, ProvisionKind::Paragraph);
                    group
                        .paragraphs
                        .extend(members.into_iter().map(|m| (m.number, m.path)));
                }
                _ => {}
            }
        }
        group
    }
}

/// One member of a list as read: its number and path, and the printed
/// member it comes from.
struct Member<'i> {
    number: String,
    path: Vec<String>,
    text: &'i str,
    span: Span,
}

impl<'i> Member<'i> {
    fn new(number: String, path: Vec<String>, text: &'i str, span: Span) -> Self {
        Member {
            number,
            path,
            text,
            span,
        }
    }
}

/// The schedules and paragraphs of a `schedule_group`.
#[derive(Default)]
struct ScheduleGroup {
    schedules: Vec<String>,
    paragraphs: Vec<(String, Vec<String>)>,
    /// `paragraph 1/3`: paired with `Schedule 5/5A` by position.
    slashed: bool,
    /// `paragraph 5A schedule 5`, `paragraph 3 of Schedule 2`.
    paragraph_first: bool,
    /// `of`, `to` or `in` between the paragraphs and their schedule.
    linked: bool,
}

impl ScheduleGroup {
    /// The provisions the group stands for: its schedules alone, its
    /// paragraphs paired with the schedules by position (`Schedule 5/5A,
    /// paragraph 1/3`), or every paragraph of every schedule.
    fn provisions(self, text: &str, span: Span) -> Vec<Provision> {
        let make = |kind, schedule: Option<&String>, number: String, path| {
            Provision::new(kind, number, schedule.cloned(), path, text.to_owned(), span)
        };
        if self.paragraphs.is_empty() {
            return self
                .schedules
                .into_iter()
                .map(|s| make(ProvisionKind::Schedule, None, s, Vec::new()))
                .collect();
        }
        let paired = self.slashed && self.schedules.len() == self.paragraphs.len();
        if self.schedules.len() > 1 && paired {
            return self
                .schedules
                .iter()
                .zip(self.paragraphs)
                .map(|(s, (n, p))| make(ProvisionKind::Paragraph, Some(s), n, p))
                .collect();
        }
        let mut out = Vec::new();
        for s in &self.schedules {
            for (n, p) in &self.paragraphs {
                out.push(make(
                    ProvisionKind::Paragraph,
                    Some(s),
                    n.clone(),
                    p.clone(),
                ));
            }
        }
        out.truncate(MAX_EXPANSION);
        out
    }
}

/// The part `range` of `whole` without a leading `The ` before a title of
/// more than one word, as [`Instrument::title`] drops it.
fn without_the(whole: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let name = &whole[range.clone()];
    let rest = name
        .strip_prefix("The")
        .or_else(|| name.strip_prefix("the"))
        .filter(|r| r.starts_with(char::is_whitespace));
    match rest.map(|r| r.trim_start()) {
        Some(r) if !r.is_empty() => range.end - r.len()..range.end,
        _ => range,
    }
}
