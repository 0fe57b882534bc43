//! The Akoma Ntoso export: schema validity (one `xmllint` call over every
//! document), identifiers, links, paragraphs and text checked against the
//! tree, a golden file, and the characters XML cannot hold.

mod common;

use lgsco::Decision;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A statement and its export.
struct Doc {
    name: String,
    decision: Decision,
    xml: String,
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for dir in [dir.clone(), dir.join("validate")] {
        for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Shapes the fixtures may not hold: nested lists, a header alone, a
/// summary alone, escaping, an untitled first section.
const SHAPES: &[&str] = &[
    "Borsetshire County Council (24 012 345)\nSummary: We found fault & <the Council> \"agreed\".\n\
     The complaint\n- Mr X complains:\n  • about noise;\n    • at night;\n      • often.\n\
     - And more.\nInvestigator's decision on behalf of the Ombudsman\n",
    "Borsetshire County Council (24 012 345)\nCategory : Housing\n",
    "Decision date : 31 Feb 2024\n",
    "Summary: We will not investigate.\n",
    "Summary: No.\n- A first paragraph with no heading.\nAgreed action\n- Pay £100.\nSomething else\n- More.\n",
];

/// The sample, every fixture and every real statement that holds a
/// statement (those that do not are `parse` errors, tested elsewhere).
fn documents() -> Vec<Doc> {
    let mut docs = own_documents();
    docs.extend(real_documents());
    docs
}

/// The sample, the shapes and every fixture that holds a statement.
fn own_documents() -> Vec<Doc> {
    let mut docs = vec![doc("SAMPLE".into(), lgsco::SAMPLE)];
    for (i, text) in SHAPES.iter().enumerate() {
        docs.push(doc(format!("shape {i}"), text));
    }
    docs.extend(documents_of(fixtures()));
    docs
}

/// Every real statement in `../shared` that holds a statement.
fn real_documents() -> Vec<Doc> {
    common::shared()
        .map(|shared| documents_of(common::statements(&shared)))
        .unwrap_or_default()
}

fn documents_of(files: Vec<PathBuf>) -> Vec<Doc> {
    let mut docs = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        if lgsco::parse(&text).is_ok() {
            docs.push(doc(path.display().to_string(), &text));
        }
    }
    docs
}

fn doc(name: String, text: &str) -> Doc {
    let decision = lgsco::parse(text).unwrap();
    let export = lgsco::akn::export(&decision);
    assert!(export.dropped.is_empty(), "{name}: {:?}", export.dropped);
    Doc {
        name,
        decision,
        xml: export.xml,
    }
}

/// An element read back from the XML.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attributes: HashMap<String, String>,
    children: Vec<Child>,
}

#[derive(Debug)]
enum Child {
    Node(Node),
    Text(String),
}

impl Node {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    /// This element and every element under it, in document order.
    fn walk(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            out.push(node);
            for child in node.children.iter().rev() {
                if let Child::Node(n) = child {
                    stack.push(n);
                }
            }
        }
        out
    }

    fn find(&self, name: &str) -> Option<&Node> {
        self.walk().into_iter().find(|n| n.name == name)
    }

    /// The text content, leaving out the elements named in `skip`.
    fn text(&self, skip: &[&str], out: &mut String) {
        for child in &self.children {
            match child {
                Child::Text(t) => out.push_str(t),
                Child::Node(n) if !skip.contains(&n.name.as_str()) => n.text(skip, out),
                Child::Node(_) => {}
            }
        }
    }
}

/// Parse the XML back with quick-xml: it must be well-formed.
fn read(name: &str, xml: &str) -> Node {
    let mut reader = Reader::from_str(xml);
    let mut stack = vec![Node::default()];
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("{name}: not well-formed: {e}"));
        match event {
            Event::Start(e) => stack.push(element(name, &e)),
            Event::Empty(e) => {
                let node = element(name, &e);
                push(&mut stack, node);
            }
            Event::End(_) => {
                let node = stack.pop().unwrap();
                push(&mut stack, node);
            }
            Event::Text(t) => text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => {
                        let entity = r.as_ref().to_owned();
                        quick_xml::escape::resolve_predefined_entity(&entity)
                            .unwrap_or_else(|| panic!("{name}: unknown entity {entity}"))
                            .to_owned()
                    }
                };
                text(&mut stack, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "{name}: unclosed elements");
    let mut root = stack.pop().unwrap();
    assert_eq!(root.children.len(), 1, "{name}: one root element");
    match root.children.pop() {
        Some(Child::Node(n)) => n,
        _ => panic!("{name}: no root element"),
    }
}

fn element(name: &str, e: &quick_xml::events::BytesStart) -> Node {
    let mut node = Node {
        name: e.name().as_ref().to_owned(),
        ..Node::default()
    };
    for attribute in e.attributes() {
        let attribute = attribute.unwrap_or_else(|err| panic!("{name}: {err}"));
        let key = attribute.key.as_ref().to_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
            .unwrap_or_else(|err| panic!("{name}: {err}"))
            .into_owned();
        assert!(
            node.attributes.insert(key, value).is_none(),
            "{name}: repeated attribute"
        );
    }
    node
}

fn push(stack: &mut [Node], node: Node) {
    stack.last_mut().unwrap().children.push(Child::Node(node));
}

fn text(stack: &mut [Node], text: &str) {
    // White space outside the root element is not content.
    if stack.len() > 1 || !text.trim().is_empty() {
        let parent = stack.last_mut().unwrap();
        parent.children.push(Child::Text(text.to_owned()));
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tree's texts in document order, as the export should print them.
fn tree_texts(d: &Decision) -> String {
    let texts: Vec<&str> = d.texts().map(|t| t.text).collect();
    normalise(&texts.join(" "))
}

/// Every legislation.gov.uk URI the tree holds.
fn tree_uris(d: &Decision) -> BTreeSet<String> {
    let mut uris = BTreeSet::new();
    for c in d.citations() {
        uris.extend(c.citation.instrument.as_ref().and_then(|i| i.uri()));
        uris.extend(c.citation.provisions.iter().filter_map(|p| p.uri.clone()));
    }
    uris
}

/// What the tests check of every document against its tree.
fn check(doc: &Doc) {
    let name = &doc.name;
    let root = read(name, &doc.xml);
    assert_eq!(root.name, "akomaNtoso", "{name}");
    let nodes = root.walk();

    let mut ids = BTreeSet::new();
    for node in &nodes {
        if let Some(id) = node.attribute("eId") {
            assert!(
                !id.is_empty() && !id.contains(char::is_whitespace),
                "{name}: eId `{id}`"
            );
            assert!(ids.insert(id), "{name}: eId `{id}` twice");
        }
    }
    for node in &nodes {
        if let Some(target) = node.attribute("refersTo") {
            let id = target.strip_prefix('#').unwrap_or(target);
            assert!(ids.contains(id), "{name}: refersTo `{target}` has no eId");
        }
    }

    let uris = tree_uris(&doc.decision);
    for node in nodes.iter().filter(|n| n.name == "ref") {
        let href = node.attribute("href").unwrap();
        assert!(
            href.starts_with("http://www.legislation.gov.uk/id/"),
            "{name}: {href}"
        );
        assert!(uris.contains(href), "{name}: {href} is not in the tree");
        assert!(
            node.attribute("lgsco:canonical").is_some(),
            "{name}: {href}"
        );
    }

    let paragraphs: Vec<&&Node> = nodes.iter().filter(|n| n.name == "paragraph").collect();
    let tree: Vec<_> = doc.decision.paragraphs().map(|(_, p)| p).collect();
    assert_eq!(paragraphs.len(), tree.len(), "{name}: paragraphs");
    for (i, (node, p)) in paragraphs.iter().zip(&tree).enumerate() {
        let id = format!("para_{}", i + 1);
        assert_eq!(node.attribute("eId"), Some(id.as_str()), "{name}");
        // Parsed trees number their paragraphs as the eIds do; hand-built
        // ones leave 0.
        assert!(p.number == 0 || p.number as usize == i + 1, "{name}: {id}");
        let num = node.children.iter().find_map(|c| match c {
            Child::Node(n) if n.name == "num" => {
                let mut t = String::new();
                n.text(&[], &mut t);
                Some(t)
            }
            _ => None,
        });
        assert_eq!(num.as_deref(), p.marker.as_deref(), "{name}: {id}");
    }

    let mut text = String::new();
    let body = root.find("judgmentBody").expect("judgmentBody");
    body.text(&["num"], &mut text);
    if let Some(conclusions) = root.find("conclusions") {
        text.push(' ');
        conclusions.text(&[], &mut text);
    }
    assert_eq!(
        normalise(&text),
        tree_texts(&doc.decision),
        "{name}: text content"
    );

    if let Some(reference) = &doc.decision.header.reference {
        let number = root.find("docNumber").expect("docNumber");
        let mut printed = String::new();
        number.text(&[], &mut printed);
        assert_eq!(printed, reference.as_str(), "{name}");
    }
}

#[test]
fn every_own_document_matches_its_tree() {
    check_all(&own_documents());
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_real_document_matches_its_tree() {
    check_all(&real_documents());
}

fn check_all(docs: &[Doc]) {
    for doc in docs {
        check(doc);
    }
    eprintln!("checked {} documents against their trees", docs.len());
}

/// All documents in one `xmllint` call: compiling the schema is the slow
/// part.
/// The schema is in `../shared/akn`.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_document_is_valid_against_the_schema() {
    let docs = documents();
    let dir = std::env::temp_dir().join(format!("lgsco-akn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let path = dir.join(format!("{i:04}.xml"));
        std::fs::write(&path, &doc.xml).unwrap();
        files.push(path);
    }
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/akn/akomantoso30.xsd");
    if !schema.is_file() {
        eprintln!(
            "note: {} is absent; NOT validated against the schema, well-formedness only",
            schema.display()
        );
        for doc in &docs {
            read(&doc.name, &doc.xml);
        }
        std::fs::remove_dir_all(&dir).ok();
        return;
    }
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .args(&files)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run xmllint ({e}): install libxml2-utils, as .ci/run does")
        });
    let stderr = String::from_utf8_lossy(&output.stderr);
    let problems: Vec<String> = stderr
        .lines()
        .filter(|l| !l.ends_with(" validates"))
        .map(|l| {
            // Name the statement, not the temporary file.
            let mut line = l.to_owned();
            for (doc, path) in docs.iter().zip(&files) {
                line = line.replace(&path.display().to_string(), &doc.name);
            }
            line
        })
        .collect();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        output.status.success() && problems.is_empty(),
        "xmllint ({}):\n{}",
        output.status,
        problems.join("\n")
    );
    eprintln!(
        "{} documents valid against {}",
        docs.len(),
        schema.display()
    );
}

#[test]
fn golden_export_of_the_web_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures/web.txt")).unwrap();
    let xml = lgsco::akn::export(&lgsco::parse(&text).unwrap()).xml;
    let golden = root.join("tests/golden/akn/web.xml");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &xml).unwrap();
        eprintln!("wrote {}", golden.display());
        return;
    }
    let expected = std::fs::read_to_string(&golden)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", golden.display()));
    assert!(
        xml == expected,
        "the export of web.txt differs from {}; if the change is meant, rerun with UPDATE_GOLDEN=1",
        golden.display()
    );
}

#[test]
fn characters_xml_forbids_are_dropped_and_reported() {
    let text = "Borsetshire County\u{7} Council (24 012 345)\n\
        Summary: We found fault & <the Council> agreed.\n\
        The complaint\u{1b}\n\
        - Mr X\u{0} complains:\n  • about\u{ffff} noise;\n    • at night\u{b}.\n\
        Investigator's decision on behalf of the Ombudsman\n";
    let d = lgsco::parse(text).unwrap();
    let export = lgsco::akn::export(&d);
    let dropped: Vec<(char, &str)> = export
        .dropped
        .iter()
        .map(|x| (x.character, x.element.as_str()))
        .collect();
    assert_eq!(
        dropped,
        [
            ('\u{7}', "meta"),
            ('\u{7}', "header"),
            ('\u{1b}', "sec_1"),
            ('\0', "para_1"),
            ('\u{ffff}', "para_1__item_1"),
            ('\u{b}', "para_1__item_1__item_1"),
        ]
    );
    assert!(!export
        .xml
        .contains(|c: char| c < ' ' && c != '\n' || c == '\u{ffff}'));
    let root = read("forbidden", &export.xml);
    let mut text = String::new();
    root.find("judgmentBody").unwrap().text(&["num"], &mut text);
    assert_eq!(
        normalise(&text),
        "We found fault & <the Council> agreed. The complaint Mr X complains: about noise; at night."
    );
    let offsets: Vec<usize> = export.dropped.iter().map(|x| x.offset).collect();
    assert_eq!(offsets, [18, 18, 13, 4, 5, 8]);
}

#[test]
fn identifiers_are_stable_and_need_no_reference() {
    let d = lgsco::parse(lgsco::SAMPLE).unwrap();
    assert_eq!(lgsco::akn::export(&d), lgsco::akn::export(&d.clone()));
    let bare = lgsco::parse("Summary: We will not investigate.\n").unwrap();
    let other = lgsco::parse("Summary: We will investigate.\n").unwrap();
    let (a, b) = (lgsco::akn::work_uri(&bare), lgsco::akn::work_uri(&other));
    assert!(a.starts_with("/akn/gb-eng/judgment/lgsco/undated/h"), "{a}");
    assert_ne!(a, b);
    assert_eq!(
        a,
        lgsco::akn::work_uri(&lgsco::parse("Summary: We will not investigate.\n").unwrap())
    );
    let xml = lgsco::akn::export(&bare).xml;
    assert!(xml.contains(&format!(r#"<FRBRuri value="{a}"/>"#)));
    assert!(xml.contains(r#"<FRBRdate date="1970-01-01" name="unknown"/>"#));

    let undated = lgsco::parse("Borsetshire County Council (24 012 345)\nSummary: No.\n").unwrap();
    let xml = lgsco::akn::export(&undated).xml;
    assert!(xml.contains(r#"<FRBRuri value="/akn/gb-eng/judgment/lgsco/2024/24-012-345"/>"#));
    assert!(xml.contains(r#"<FRBRdate date="2024-01-01" name="reference year"/>"#));
}

/// A tree built by hand has no spans: citations cannot be placed, so the
/// text stays whole, and the export is still complete.
#[test]
fn hand_built_trees_export() {
    let mut d = lgsco::parse("Summary: We upheld the complaint.\n").unwrap();
    d.sections.clear();
    let mut p = lgsco::Paragraph::new("The Council has agreed to:");
    let mut item = lgsco::Item::new("apologise;");
    item.items.push(lgsco::Item::new("in writing."));
    p.items.push(item);
    let mut section = lgsco::Section::new(Some("Agreed action"), lgsco::Span::default());
    section.paragraphs.push(p);
    section.subheadings.push(lgsco::SubHeading::new("Later", 1));
    d.sections.push(section);
    let xml = lgsco::akn::export(&d).xml;
    assert!(xml.contains("<remedies>"));
    assert!(xml.contains(r#"<item eId="para_1__item_1__item_1">"#));
    assert!(xml.contains(r#"<crossHeading eId="sec_1__crossheading_1">Later</crossHeading>"#));
    let doc = Doc {
        name: "hand-built".into(),
        decision: d,
        xml,
    };
    check(&doc);
}

/// The lgo.org.uk address in `FRBRalias` is the one the corpus index gives
/// for statements taken from lgo.org.uk.
#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn alias_is_the_lgo_org_uk_address() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut checked = 0;
    for row in common::tsv(&shared.join("corpus/index.tsv")) {
        let (Some(file), Some(url)) = (row.get("file"), row.get("url")) else {
            continue;
        };
        if !url.starts_with("https://www.lgo.org.uk/decisions/") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(shared.join("corpus").join(file)) else {
            continue;
        };
        let Ok(d) = lgsco::parse(&text) else { continue };
        let xml = lgsco::akn::export(&d).xml;
        if let Some(at) = xml.find("<FRBRalias value=\"") {
            let rest = &xml[at + 18..];
            let alias = &rest[..rest.find('"').unwrap()];
            // Some addresses carry a query (`?displaypref=0`): not part of the page's name.
            let page = url.split('?').next().unwrap_or(url);
            assert_eq!(alias, page, "{file}");
            checked += 1;
        }
    }
    eprintln!("{checked} aliases checked against corpus/index.tsv");
}

/// Long lists and the deepest nesting the parser keeps export whole.
#[test]
fn long_and_deep_lists_export() {
    let mut text = String::from("Summary: Many.\nThe complaint\n- Mr X lists:\n");
    for i in 0..5000 {
        text.push_str(&format!(
            "{:width$}• point {i};\n",
            "",
            width = 2 + 2 * (i % 20)
        ));
    }
    let decision = lgsco::parse(&text).unwrap();
    let export = lgsco::akn::export(&decision);
    assert!(export
        .xml
        .contains(r#"<item eId="para_1__item_1__item_1__item_1">"#));
    check(&Doc {
        name: "deep".into(),
        decision,
        xml: export.xml,
    });
}
