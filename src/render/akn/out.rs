//! The XML writer: quick-xml does the escaping; this layer drops the
//! characters XML 1.0 forbids and notes each one.

use super::Dropped;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;
use std::io;

/// A writer that indents elements and keeps mixed content (a `p` with
/// `ref`s in it) on one line.
pub(super) struct Out<W: io::Write> {
    xml: Writer<W>,
    dropped: Vec<Dropped>,
    /// The element that dropped characters are reported against.
    element: String,
}

impl<W: io::Write> Out<W> {
    pub(super) fn new(sink: W) -> Self {
        Out {
            xml: Writer::new_with_indent(sink, b' ', 2),
            dropped: Vec::new(),
            element: String::from("meta"),
        }
    }

    /// Name the element later dropped characters are reported against.
    pub(super) fn at(&mut self, element: &str) {
        element.clone_into(&mut self.element);
    }

    pub(super) fn declaration(&mut self) -> io::Result<()> {
        self.xml
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
    }

    /// A start tag; attribute values are cleaned, then escaped by quick-xml.
    pub(super) fn open(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        let start = self.start(name, attributes);
        self.xml.write_event(Event::Start(start))
    }

    /// An element with no content.
    pub(super) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        let start = self.start(name, attributes);
        self.xml.write_event(Event::Empty(start))
    }

    pub(super) fn close(&mut self, name: &str) -> io::Result<()> {
        self.xml.write_event(Event::End(BytesEnd::new(name)))
    }

    /// Text content. Written even when empty, so the writer keeps the next
    /// tag on the same line: white space inside a `p` would be text.
    pub(super) fn text(&mut self, text: &str, offset: usize) -> io::Result<()> {
        let clean = self.clean(text, offset);
        // Only `<`, `>` and `&` need escaping in text.
        let escaped = quick_xml::escape::partial_escape(clean);
        self.xml
            .write_event(Event::Text(BytesText::from_escaped(escaped)))
    }

    /// An element holding only text: `<num>7.</num>`.
    pub(super) fn leaf(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
        text: &str,
    ) -> io::Result<()> {
        self.open(name, attributes)?;
        self.text(text, 0)?;
        self.close(name)
    }

    pub(super) fn finish(mut self) -> io::Result<Vec<Dropped>> {
        self.xml.get_mut().write_all(b"\n")?;
        Ok(self.dropped)
    }

    fn start<'a>(&mut self, name: &'a str, attributes: &[(&str, &'a str)]) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for &(key, value) in attributes {
            let clean = self.clean(value, 0);
            start.push_attribute((key, clean.as_ref()));
        }
        start
    }

    /// The text without the characters XML 1.0 forbids, each noted with
    /// its byte offset (`offset` is where `text` starts in the tree's text).
    fn clean<'t>(&mut self, text: &'t str, offset: usize) -> Cow<'t, str> {
        // A byte scan first: every forbidden character has a control byte
        // or starts with 0xEF (U+FFFE, U+FFFF) in UTF-8.
        let suspect = |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || *b == 0xEF;
        if !text.as_bytes().iter().any(suspect) || text.chars().all(allowed) {
            return Cow::Borrowed(text);
        }
        let mut kept = String::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            if allowed(c) {
                kept.push(c);
            } else {
                self.dropped.push(Dropped {
                    character: c,
                    element: self.element.clone(),
                    offset: offset + i,
                });
            }
        }
        Cow::Owned(kept)
    }
}

/// Whether XML 1.0 allows the character (`Char` in the XML 1.0
/// specification; Rust's `char` already excludes the surrogates).
pub(super) fn allowed(c: char) -> bool {
    !matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}
