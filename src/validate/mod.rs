//! Validation: what is wrong or unusual in a statement, where, and how sure
//! we are.
//!
//! [`parse`](crate::parse) accepts every readable statement; validation then
//! runs checks over the tree, each reporting [`Diagnostic`]s with a stable
//! [`Code`] (the table of codes is on that type). The checks live in one
//! file per area: `header.rs`, `structure.rs`, `ending.rs` (truncation),
//! `law.rs` (cited law, with the provisions of the Local Government Act 1974
//! in `lga1974.rs`) and `rendering.rs`. No check infers the outcome from
//! the wording: real `Upheld` statements can say "we will not investigate".

mod code;
mod diagnostic;
mod ending;
mod facts;
mod header;
mod known;
mod law;
mod lga1974;
mod rendering;
mod report;
mod structure;

pub use code::{Code, CodeError, Severity};
pub use diagnostic::Diagnostic;
pub use report::{Located, Report};

use crate::{Decision, Node, Options, SignatureKind, Span};
use chrono::NaiveDate;

/// Settings for the checks that need them.
///
/// ```
/// use chrono::NaiveDate;
/// let day = NaiveDate::from_ymd_opt(2024, 11, 1).unwrap();
/// let options = lgsco::ValidateOptions::new().with_today(day);
/// assert_eq!(options.today(), day);
/// // SAMPLE is dated 5 Nov 2024: in the future on 1 Nov 2024.
/// let report = lgsco::validate_with(lgsco::SAMPLE, &options);
/// assert!(report.diagnostics().iter().any(|d| d.code == lgsco::Code::DateInFuture));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ValidateOptions {
    today: Option<NaiveDate>,
    parse: Options,
    allowed: Vec<Code>,
    denied: Vec<Code>,
}

impl ValidateOptions {
    /// The defaults: "today" is read from the system clock.
    ///
    /// ```
    /// assert_eq!(lgsco::ValidateOptions::new(), lgsco::ValidateOptions::default());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Take `date` as today, for the "decision date in the future" check
    /// ([`Code::DateInFuture`]).
    ///
    /// ```
    /// let day = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    /// assert_eq!(lgsco::ValidateOptions::new().with_today(day).today(), day);
    /// ```
    pub fn with_today(mut self, date: NaiveDate) -> Self {
        self.today = Some(date);
        self
    }

    /// The date taken as today: the one given to
    /// [`with_today`](Self::with_today), or else the date in England at its
    /// latest (the system clock's UTC time plus one hour, British Summer
    /// Time), so a statement dated today is never in the future.
    ///
    /// ```
    /// let today = lgsco::ValidateOptions::new().today();
    /// assert!(today > chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// ```
    pub fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(clock_today)
    }

    /// Parse with these limits in [`validate_with`]; an input over them is
    /// a [`Code::ParseError`].
    ///
    /// ```
    /// let limits = lgsco::Options::default().max_input_len(100);
    /// let options = lgsco::ValidateOptions::new().with_parse_options(limits);
    /// assert_eq!(options.parse_options().max_input_len, 100);
    /// let report = lgsco::validate_with(lgsco::SAMPLE, &options);
    /// assert_eq!(report.diagnostics()[0].code, lgsco::Code::ParseError);
    /// ```
    pub fn with_parse_options(mut self, options: Options) -> Self {
        self.parse = options;
        self
    }

    /// The parsing limits [`validate_with`] uses.
    ///
    /// ```
    /// let options = lgsco::ValidateOptions::new();
    /// assert_eq!(options.parse_options(), &lgsco::Options::default());
    /// ```
    pub fn parse_options(&self) -> &Options {
        &self.parse
    }

    /// Silence a code: its diagnostics are left out (such as the `C002`
    /// slips statements print in their own boilerplate). Allowing a code
    /// undoes an earlier [`deny`](Self::deny) of it.
    ///
    /// ```
    /// let options = lgsco::ValidateOptions::new().allow(lgsco::Code::CitationSlip);
    /// assert!(options.is_allowed(lgsco::Code::CitationSlip));
    /// // The sample's one warning is a C002 slip.
    /// assert!(lgsco::validate_with(lgsco::SAMPLE, &options).diagnostics().is_empty());
    /// ```
    pub fn allow(mut self, code: Code) -> Self {
        self.denied.retain(|&c| c != code);
        if !self.allowed.contains(&code) {
            self.allowed.push(code);
        }
        self
    }

    /// Make a code an error, whatever its usual severity. Denying a code
    /// undoes an earlier [`allow`](Self::allow) of it.
    ///
    /// ```
    /// let options = lgsco::ValidateOptions::new().deny(lgsco::Code::CitationSlip);
    /// assert!(options.is_denied(lgsco::Code::CitationSlip));
    /// assert!(lgsco::validate_with(lgsco::SAMPLE, &options).has_errors());
    /// ```
    pub fn deny(mut self, code: Code) -> Self {
        self.allowed.retain(|&c| c != code);
        if !self.denied.contains(&code) {
            self.denied.push(code);
        }
        self
    }

    /// Whether [`allow`](Self::allow) silenced the code.
    ///
    /// ```
    /// assert!(!lgsco::ValidateOptions::new().is_allowed(lgsco::Code::Truncated));
    /// ```
    pub fn is_allowed(&self, code: Code) -> bool {
        self.allowed.contains(&code)
    }

    /// Whether [`deny`](Self::deny) made the code an error.
    ///
    /// ```
    /// assert!(!lgsco::ValidateOptions::new().is_denied(lgsco::Code::Truncated));
    /// ```
    pub fn is_denied(&self, code: Code) -> bool {
        self.denied.contains(&code)
    }

    /// Drops allowed codes and raises denied ones to errors.
    fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.retain(|d| !self.is_allowed(d.code));
        for d in diagnostics.iter_mut().filter(|d| self.is_denied(d.code)) {
            d.severity = Severity::Error;
        }
    }
}

fn clock_today() -> NaiveDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (seconds + 3600) / 86_400;
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
        .unwrap_or(NaiveDate::MAX)
}

impl Decision {
    /// Run every check with the default [`ValidateOptions`]. The diagnostics
    /// come in the order of their position in the input.
    ///
    /// ```
    /// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    /// // One warning: the sample prints LGSCO's slip `34(B)` for section 34B.
    /// let codes: Vec<lgsco::Code> = d.validate().iter().map(|d| d.code).collect();
    /// assert_eq!(codes, [lgsco::Code::CitationSlip]);
    /// let cut = &lgsco::SAMPLE[..lgsco::SAMPLE.find("Final decision").unwrap() - 30];
    /// let diagnostics = lgsco::parse(cut).unwrap().validate();
    /// assert!(diagnostics.iter().any(|d| d.code == lgsco::Code::Truncated));
    /// ```
    pub fn validate(&self) -> Vec<Diagnostic> {
        self.validate_with(&ValidateOptions::default())
    }

    /// Run every check with the given options.
    ///
    /// ```
    /// let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 4).unwrap();
    /// let options = lgsco::ValidateOptions::new().with_today(day);
    /// let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    /// assert_eq!(d.validate_with(&options)[0].code, lgsco::Code::DateInFuture);
    /// ```
    pub fn validate_with(&self, options: &ValidateOptions) -> Vec<Diagnostic> {
        let mut cx = Context::new(self, options);
        ending::check(&mut cx);
        header::check(&mut cx);
        structure::check(&mut cx);
        law::check(&mut cx);
        rendering::check(&mut cx);
        facts::check(&mut cx);
        let mut out = cx.out;
        out.sort_by(|a, b| {
            (a.span.start, a.span.end, a.code).cmp(&(b.span.start, b.span.end, b.code))
        });
        options.apply(&mut out);
        out
    }
}

/// Parse and validate in one call, with the default [`ValidateOptions`]. A
/// text that does not parse gives one [`Code::ParseError`] diagnostic.
///
/// ```
/// let report = lgsco::validate(lgsco::SAMPLE);
/// assert!(!report.has_errors());
/// let report = lgsco::validate("Dear Sir,\nI write to complain.");
/// assert_eq!(report.diagnostics()[0].code, lgsco::Code::ParseError);
/// assert!(report.has_errors());
/// ```
pub fn validate(source: &str) -> Report<'_> {
    validate_with(source, &ValidateOptions::default())
}

/// Parse and validate in one call, with the given options: the parse
/// limits of [`ValidateOptions::with_parse_options`] apply, so under the
/// defaults no input makes validation use more than 256 MiB. Input
/// over [`Options::max_input_len`] gives a report whose source is empty:
/// none of it was read; input past [`Options::max_nodes`], one whose source
/// ends with the line that passed the limit.
///
/// ```
/// let options = lgsco::ValidateOptions::new();
/// let report = lgsco::validate_with("Summary: s.\n", &options);
/// assert!(report.decision().is_some());
/// assert!(report.has_errors()); // no closing line
/// let small = options.with_parse_options(lgsco::Options::default().max_input_len(5));
/// let report = lgsco::validate_with("Summary: s.\n", &small);
/// assert_eq!((report.source(), report.diagnostics()[0].code), ("", lgsco::Code::ParseError));
/// ```
pub fn validate_with<'s>(source: &'s str, options: &ValidateOptions) -> Report<'s> {
    match options.parse.parse(source) {
        Ok(decision) => {
            let diagnostics = decision.validate_with(options);
            Report::new(source, Some(decision), diagnostics)
        }
        Err(err) => {
            let mut diagnostics = vec![parse_error(&err)];
            options.apply(&mut diagnostics);
            Report::new(read_of(source, &err), None, diagnostics)
        }
    }
}

/// What of `source` a report on its parse error keeps: what was read.
/// Nothing when it is over the size limit; up to the line or citation that
/// passed the node limit. The report indexes the lines it keeps, and what
/// was refused should not cost memory in proportion to its size.
fn read_of<'s>(source: &'s str, err: &crate::Error) -> &'s str {
    match err.kind() {
        crate::ErrorKind::TooLarge => &source[..0],
        crate::ErrorKind::TooManyNodes => source.get(..err.span().end).unwrap_or(source),
        _ => source,
    }
}

/// Parse and validate bytes, which should be UTF-8, with the default
/// [`ValidateOptions`]; see [`validate_bytes_with`].
///
/// ```
/// let report = lgsco::validate_bytes(lgsco::SAMPLE.as_bytes());
/// assert!(report.decision().is_some());
/// let report = lgsco::validate_bytes(b"Summary: Mrs B\x92s complaint");
/// assert_eq!(report.diagnostics()[0].code, lgsco::Code::ParseError);
/// assert!(report.diagnostics()[0].message.contains("Windows-1252"));
/// ```
pub fn validate_bytes(bytes: &[u8]) -> Report<'_> {
    validate_bytes_with(bytes, &ValidateOptions::default())
}

/// Parse and validate bytes with the given options. Bytes that are not
/// UTF-8 give one [`Code::ParseError`] diagnostic at the first bad byte
/// (with the Windows-1252 hint of [`parse_bytes`](crate::parse_bytes)
/// where it applies); the report's source is then the valid text before it,
/// so line and column still come out right. Bytes over
/// [`Options::max_input_len`] give a report with an empty source.
///
/// ```
/// let options = lgsco::ValidateOptions::new();
/// let report = lgsco::validate_bytes_with(b"Summary: caf\xE9\n", &options);
/// assert_eq!(report.source(), "Summary: caf");
/// let first = report.iter().next().unwrap();
/// assert_eq!((first.start.line, first.start.column), (1, 13));
/// ```
pub fn validate_bytes_with<'s>(bytes: &'s [u8], options: &ValidateOptions) -> Report<'s> {
    let mut diagnostics = match options.parse.decode(bytes) {
        Ok(std::borrow::Cow::Borrowed(text)) => return validate_with(text, options),
        // The report borrows its source, which decoded UTF-16 is not.
        Ok(std::borrow::Cow::Owned(_)) => vec![Diagnostic::new(
            Code::ParseError,
            crate::Span::new(0, 0),
            "UTF-16 text: decode it with `Options::decode` and validate the text".to_owned(),
        )],
        Err(err) if err.kind() == crate::ErrorKind::TooLarge => {
            let mut diagnostics = vec![parse_error(&err)];
            options.apply(&mut diagnostics);
            return Report::new("", None, diagnostics);
        }
        Err(err) => vec![parse_error(&err)],
    };
    let valid = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    };
    options.apply(&mut diagnostics);
    Report::new(valid, None, diagnostics)
}

/// The diagnostic for input that holds no statement.
///
/// ```
/// let err = lgsco::parse("Dear Sir,\nI write to complain.").unwrap_err();
/// let d = lgsco::Diagnostic::from(&err);
/// assert_eq!((d.code, d.span), (lgsco::Code::ParseError, err.span()));
/// assert!(d.message.starts_with("expected a decision statement"));
/// ```
impl From<&crate::Error> for Diagnostic {
    fn from(err: &crate::Error) -> Self {
        parse_error(err)
    }
}

fn parse_error(err: &crate::Error) -> Diagnostic {
    // The error's text after its `line L, column C: ` prefix: the
    // diagnostic carries the position itself.
    let text = err.to_string();
    let message = match text.split_once(": ") {
        Some((_, rest)) => rest.to_owned(),
        None => text,
    };
    let diagnostic = Diagnostic::new(Code::ParseError, err.span(), message);
    match err.kind() {
        crate::ErrorKind::Empty | crate::ErrorKind::NoStatement => diagnostic.with_help(
            "a statement begins with a title line such as `Borsetshire County Council (24 012 345)` or with `Summary:`",
        ),
        _ => diagnostic,
    }
}

/// What the checks share: the tree, the options, what the ending check
/// found, and the diagnostics so far.
pub(crate) struct Context<'d> {
    pub(crate) d: &'d Decision,
    pub(crate) options: &'d ValidateOptions,
    pub(crate) out: Vec<Diagnostic>,
    /// Where the statement was found to stop short, when it does.
    pub(crate) truncated_at: Option<Span>,
    /// Whether the statement lacks its closing line (cut short, or not
    /// signed): then what would come last cannot be missed.
    pub(crate) unfinished: bool,
    /// Whether the statement is a 2016-2019 report summary (it closes with
    /// `Ombudsman satisfied with ...`).
    pub(crate) report_summary: bool,
    /// Start of every line-level node of the tree, sorted.
    starts: Vec<usize>,
}

impl<'d> Context<'d> {
    fn new(d: &'d Decision, options: &'d ValidateOptions) -> Self {
        let h = &d.header.spans;
        // Header lines, then each line-level node: the summary (with its
        // label), headings, sub-headings, paragraphs (from their marker),
        // the signature.
        let mut starts: Vec<usize> = h
            .lines()
            .chain(d.final_decision_label)
            .map(|s| s.start)
            .collect();
        starts.extend(d.texts().filter_map(|t| match t.node {
            Node::Summary(s) => Some(s.span.start),
            Node::Paragraph(p) => Some(p.span.start),
            Node::Heading(_) | Node::SubHeading(_) | Node::Signature(_) => Some(t.span.start),
            _ => None,
        }));
        starts.sort_unstable();
        let report_summary = d
            .signature
            .as_ref()
            .is_some_and(|s| s.kind == SignatureKind::ReportClosing);
        Context {
            d,
            options,
            out: Vec::new(),
            truncated_at: None,
            unfinished: false,
            report_summary,
            starts,
        }
    }

    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.out.push(diagnostic);
    }

    pub(crate) fn unfinished(&self) -> bool {
        self.unfinished
    }

    /// Where something missing belongs: at the start of the first node after
    /// `after` (or of the statement, when `after` is `None`), as an empty
    /// span; at the end of `after` when nothing follows it.
    pub(crate) fn expected_after(&self, after: Option<Span>) -> Span {
        let from = after.map_or(0, |s| s.end);
        match self.starts.iter().find(|&&start| start >= from) {
            Some(&start) => Span::new(start, start),
            None => Span::new(from, from),
        }
    }
}
