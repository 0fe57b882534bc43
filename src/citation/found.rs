//! What the scan hands on to assembly, conversion, the memo and resolution:
//! a citation as found, what it still needs from context, and the grammar
//! rule it was read from.

use crate::{Citation, InstrumentKind};

/// A citation as found, with what its instrument still needs from context.
pub(crate) struct Found {
    pub citation: Citation,
    pub want: Want,
}

/// What resolution must do for a found citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Want {
    /// Nothing: the instrument is named in full.
    Nothing,
    /// The title is printed without its year.
    Year,
    /// A short reference: the instrument comes from an earlier citation.
    Context {
        kind: Option<InstrumentKind>,
        year: Option<u16>,
    },
}

/// The grammar's entry rules.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Entry {
    Parenthetical,
    Running,
    Named,
    Short,
    Judgment,
}
