//! The settings of a parse: limits on what the parser accepts. The parse
//! itself, in order, is in `src/pipeline/`.

/// Parsing limits. The defaults are safe for untrusted input: under them no
/// input, however built, makes a parse or a validation use more than about
/// 256 MiB of heap (BENCHMARKS.md gives the figures), and every real
/// statement is far inside them. Passing a limit is an [`Error`](crate::Error) that says
/// which limit and where; raise the limit with its builder method when the
/// input is genuine. Nothing here changes process-wide state.
///
/// | limit | default | a real statement | error |
/// |---|---:|---:|---|
/// | [`max_input_len`](Options::max_input_len) | 4 MiB | at most tens of KB; the longest well under 1 MB | [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge) |
/// | [`max_nodes`](Options::max_nodes) | 50,000 | a few hundred | [`ErrorKind::TooManyNodes`](crate::ErrorKind::TooManyNodes) |
///
/// ```
/// let options = lgsco::Options::default().max_input_len(1 << 20).max_item_depth(4);
/// let decision = options.parse(lgsco::SAMPLE)?;
/// assert!(decision.signature.is_some());
/// let err = lgsco::Options::default().max_input_len(10).parse(lgsco::SAMPLE).unwrap_err();
/// assert_eq!(err.kind(), lgsco::ErrorKind::TooLarge);
/// // Far more paragraphs than any statement has: raise the node limit.
/// let big = "Summary: s.\n".to_owned() + &"- Mr X complains.\n".repeat(60_000);
/// assert_eq!(lgsco::parse(&big).unwrap_err().kind(), lgsco::ErrorKind::TooManyNodes);
/// let options = lgsco::Options::default().max_nodes(100_000);
/// assert_eq!(options.parse(&big)?.paragraphs().count(), 60_000);
/// # Ok::<(), lgsco::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Inputs longer than this many bytes are refused. Default 4 MiB
    /// ([`Options::DEFAULT_MAX_INPUT_LEN`]).
    pub max_input_len: usize,
    /// The most nodes a statement may have: each line that holds more than
    /// spaces, tabs and carriage returns counts one (it becomes a paragraph,
    /// an item, a heading or a skipped line; rarely two, as a heading that
    /// runs into its first sentence), and each citation of law one. Default
    /// 50,000 ([`Options::DEFAULT_MAX_NODES`]).
    ///
    /// The lines are counted before the grammar runs, as the grammar's
    /// working memory grows with them; citations as they are read. Input
    /// past the limit is refused with
    /// [`ErrorKind::TooManyNodes`](crate::ErrorKind::TooManyNodes) at the
    /// line or citation that passed it.
    pub max_nodes: usize,
    /// List items nest at most this deep; deeper indentation is kept at this
    /// depth. Default 16; at most [`Options::MAX_ITEM_DEPTH`] (a larger
    /// value counts as that), so every tree the parser builds reads back
    /// from its own JSON and is safe to clone, print and drop.
    pub max_item_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_len: Self::DEFAULT_MAX_INPUT_LEN,
            max_nodes: Self::DEFAULT_MAX_NODES,
            max_item_depth: 16,
        }
    }
}

impl Options {
    /// The default [`Options::max_input_len`]: 4 MiB, four times the
    /// longest real statement's upper bound and hundreds of times a typical
    /// one (4 to 12 KB).
    ///
    /// ```
    /// assert_eq!(lgsco::Options::default().max_input_len, lgsco::Options::DEFAULT_MAX_INPUT_LEN);
    /// ```
    pub const DEFAULT_MAX_INPUT_LEN: usize = 4 << 20;

    /// The default [`Options::max_nodes`]: 50,000, a hundred times the
    /// lines and citations of a long real statement.
    ///
    /// ```
    /// assert_eq!(lgsco::Options::default().max_nodes, lgsco::Options::DEFAULT_MAX_NODES);
    /// ```
    pub const DEFAULT_MAX_NODES: usize = 50_000;

    /// Set [`Options::max_input_len`].
    ///
    /// ```
    /// assert_eq!(lgsco::Options::default().max_input_len(5).max_input_len, 5);
    /// ```
    pub fn max_input_len(mut self, bytes: usize) -> Self {
        self.max_input_len = bytes;
        self
    }

    /// Set [`Options::max_nodes`].
    ///
    /// ```
    /// let text = "Summary: s.\nThe complaint\n- Mr X complains.\n- Mrs Y complains.\n";
    /// let err = lgsco::Options::default().max_nodes(3).parse(text).unwrap_err();
    /// assert_eq!(err.kind(), lgsco::ErrorKind::TooManyNodes);
    /// assert_eq!((err.line(), err.column()), (4, 1));
    /// assert!(err.to_string().contains("raise Options::max_nodes"));
    /// assert!(lgsco::Options::default().max_nodes(4).parse(text).is_ok());
    /// ```
    pub fn max_nodes(mut self, nodes: usize) -> Self {
        self.max_nodes = nodes;
        self
    }

    /// The deepest nesting of list items any options allow.
    ///
    /// ```
    /// let options = lgsco::Options::default().max_item_depth(1000);
    /// assert_eq!(options.max_item_depth, lgsco::Options::MAX_ITEM_DEPTH);
    /// ```
    pub const MAX_ITEM_DEPTH: usize = crate::tree::MAX_DEPTH;

    /// Set [`Options::max_item_depth`] (at least 1, at most
    /// [`Options::MAX_ITEM_DEPTH`]).
    ///
    /// ```
    /// assert_eq!(lgsco::Options::default().max_item_depth(0).max_item_depth, 1);
    /// ```
    pub fn max_item_depth(mut self, depth: usize) -> Self {
        self.max_item_depth = depth.clamp(1, Self::MAX_ITEM_DEPTH);
        self
    }
}
