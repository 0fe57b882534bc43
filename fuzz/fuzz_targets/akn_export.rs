//! Any UTF-8 text that parses: the Akoma Ntoso export is well-formed XML
//! with one root, and the text of every paragraph is in it (less the
//! characters XML forbids, which the export reports as dropped).
#![no_main]

use libfuzzer_sys::fuzz_target;
use quick_xml::events::Event;
use quick_xml::Reader;

/// The text content of the document, entities resolved.
fn content(xml: &str) -> String {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let (mut depth, mut roots, mut out) = (0usize, 0usize, String::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(_) => {
                roots += usize::from(depth == 0);
                depth += 1;
            }
            Event::Empty(_) => roots += usize::from(depth == 0),
            Event::End(_) => depth -= 1,
            Event::Text(t) => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => match r.resolve_char_ref().expect("character reference") {
                Some(c) => out.push(c),
                None => {
                    let name: &str = r.as_ref();
                    let c = quick_xml::escape::resolve_predefined_entity(name)
                        .expect("predefined entity");
                    out.push_str(c);
                }
            },
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!((depth, roots), (0, 1), "one closed root element");
    out
}

/// Whether XML 1.0 allows the character in text.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

fn words(text: &str) -> String {
    let kept: String = text.chars().filter(|&c| allowed(c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(decision) = lgsco::parse(text) else {
        return;
    };
    let export = lgsco::akn::export(&decision);
    let printed = words(&content(&export.xml));
    for (_, p) in decision.paragraphs() {
        let wanted = words(&p.text);
        assert!(printed.contains(&wanted), "paragraph text missing: {wanted:?}");
    }
});
