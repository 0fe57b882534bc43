//! The walk over a decision (`Decision::texts`): every text once, in
//! document order, with its place.

mod common;

use lgsco::{Decision, Item, Node};

/// A fictional web-copy statement with a sub-heading, nested items and a
/// trailing citation line.
const NESTED: &str = "\
Wessex District Council (23 004 567)
Category : Housing > Homelessness
Decision : Upheld
Decision date : 14 Mar 2024
Summary: Ms V says the Council delayed her homelessness review.
The complaint
  1. Ms V complains that the Council:
    • lost her application;
      • twice, in May and June;
    • did not reply to her letters.
(Housing Act 1996, section 202)
What I found
Background
  2. The Council received her request in April.
  3. It decided in October.
Final decision
  4. I have completed my investigation.
Investigator's decision on behalf of the Ombudsman
";

fn count_items(items: &[Item]) -> usize {
    items.iter().map(|i| 1 + count_items(&i.items)).sum()
}

/// Every text once: as many paragraph, item and trailing texts as the tree
/// holds, each span slicing to its text.
fn check_walk(src: &str, d: &Decision) {
    let texts: Vec<_> = d.texts().collect();
    for t in &texts {
        assert_eq!(t.span.slice(src), Some(t.text), "{:?}", t.node);
    }
    let count = |f: fn(&Node<'_>) -> bool| texts.iter().filter(|t| f(&t.node)).count();
    assert_eq!(
        count(|n| matches!(n, Node::Paragraph(_))),
        d.paragraphs().count()
    );
    let items: usize = d.paragraphs().map(|(_, p)| count_items(&p.items)).sum();
    assert_eq!(count(|n| matches!(n, Node::Item(_))), items);
    let trailing: usize = d.paragraphs().map(|(_, p)| p.trailing.len()).sum();
    assert_eq!(count(|n| matches!(n, Node::Trailing(_))), trailing);
    let subs: usize = d.sections.iter().map(|s| s.subheadings.len()).sum();
    assert_eq!(count(|n| matches!(n, Node::SubHeading(_))), subs);
    // Document order, the summary aside (a late `Summary:` comes first).
    let starts: Vec<usize> = texts
        .iter()
        .filter(|t| !matches!(t.node, Node::Summary(_)))
        .map(|t| t.span.start)
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "not in document order"
    );
}

#[test]
fn nested_items_sub_headings_and_trailing_lines_in_their_place() {
    let d = lgsco::parse(NESTED).unwrap();
    check_walk(NESTED, &d);
    let walk: Vec<String> = d
        .texts()
        .map(|t| {
            let what = match t.node {
                Node::Summary(_) => "summary".to_owned(),
                Node::Heading(_) => "heading".to_owned(),
                Node::SubHeading(_) => "sub".to_owned(),
                Node::Paragraph(p) => format!("p{}", p.number),
                Node::Item(_) => format!("item {}", t.place.item),
                Node::Trailing(_) => "trailing".to_owned(),
                Node::Signature(_) => "signature".to_owned(),
                _ => "other".to_owned(),
            };
            let sub = t.place.subheading.map_or("", |s| s.text.as_str());
            format!("{what}|{}|{sub}", t.place.heading.unwrap_or(""))
        })
        .collect();
    assert_eq!(
        walk,
        [
            "summary||",
            "heading|The complaint|",
            "p1|The complaint|",
            "item 1|The complaint|",
            "item 1.1|The complaint|",
            "item 2|The complaint|",
            "trailing|The complaint|",
            "heading|What I found|",
            "sub|What I found|Background",
            "p2|What I found|Background",
            "p3|What I found|Background",
            "heading|Final decision|",
            "p4|Final decision|",
            "signature||",
        ]
    );
    let trailing = d
        .texts()
        .find(|t| matches!(t.node, Node::Trailing(_)))
        .unwrap();
    assert_eq!(trailing.citations().len(), 1);
    assert_eq!(trailing.place.paragraph.unwrap().number, 1);
}

#[test]
fn every_fixture_is_walked_whole() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            check_walk(&text, &lgsco::parse(&text).unwrap());
        }
    }
}

#[test]
#[cfg_attr(lgsco_no_shared, ignore = "../shared is absent")]
fn every_real_statement_is_walked_whole() {
    let Some(shared) = common::shared() else {
        return;
    };
    for path in common::statements(&shared) {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Ok(d) = lgsco::parse(&text) {
            check_walk(&text, &d);
        }
    }
}
