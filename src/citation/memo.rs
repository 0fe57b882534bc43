//! Bracketed citations repeat from statement to statement: LGSCO prints the
//! same few dozen in most of them. The last parses are kept per thread,
//! keyed by the text of the bracket, with spans relative to its start, so a
//! repeat costs a copy instead of a parse. The result of a parse depends on
//! the key alone, so the memo changes nothing but time; it holds at most
//! [`CAPACITY`] brackets.

use super::found::Found;
use crate::Span;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub(super) const CAPACITY: usize = 256;
/// Longer brackets are parsed every time.
pub(super) const LONGEST: usize = 512;

type Parsed = Option<Rc<[Found]>>;

thread_local! {
    static MEMO: RefCell<HashMap<Box<str>, Parsed>> = RefCell::new(HashMap::new());
}

/// The citations a bracket holds (relative spans), `Some(None)` when it
/// holds none, `None` when it was not seen.
pub(super) fn get(key: &str) -> Option<Parsed> {
    MEMO.with(|m| m.borrow().get(key).cloned())
}

pub(super) fn put(key: &str, found: Option<Vec<Found>>) {
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= CAPACITY {
            m.clear();
        }
        m.insert(key.into(), found.map(Rc::from));
    });
}

/// Where the bracket opened at `at` closes, on the same line and within
/// [`LONGEST`] bytes.
pub(super) fn closing_bracket(bytes: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &b) in bytes[at..].iter().enumerate().take(LONGEST) {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + k);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

impl Found {
    /// The same citation with every span moved from an origin at `from` to
    /// one at `to`.
    pub(super) fn moved(&self, from: usize, to: usize) -> Found {
        let m = |s: Span| Span::new(s.start - from + to, s.end - from + to);
        let mut citation = self.citation.clone();
        citation.span = m(citation.span);
        if let Some(i) = &mut citation.instrument {
            i.span = i.span.map(m);
        }
        for p in &mut citation.provisions {
            p.span = m(p.span);
        }
        for n in &mut citation.notes {
            n.span = m(n.span);
        }
        Found {
            citation,
            want: self.want,
        }
    }
}
