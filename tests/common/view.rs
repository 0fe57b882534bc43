//! What the canonical rendering keeps of a tree: everything but spans,
//! printed markers, whether the summary had its label, and what was set
//! aside. Shared by `tests/roundtrip.rs` and the fuzz target
//! `tree_round_trip`, which includes this file by path.
#![allow(dead_code)]

use lgsco::{Decision, Item};

/// A paragraph as text: its own text, items as `depth:text`, trailing lines,
/// then every citation (its own and its items') as text and provisions.
pub type ParagraphView = (String, Vec<String>, Vec<String>, Vec<String>);
/// A section as text: heading, sub-headings with their positions, paragraphs.
pub type SectionView = (Option<String>, Vec<(String, usize)>, Vec<ParagraphView>);

#[derive(Debug, PartialEq)]
pub struct View {
    pub header: Vec<Option<String>>,
    pub summary: Option<(String, Vec<String>)>,
    pub sections: Vec<SectionView>,
    pub signature: Option<String>,
}

fn items(list: &[Item], depth: usize, out: &mut Vec<String>, cites: &mut Vec<String>) {
    for item in list {
        out.push(format!("{depth}:{}", item.text));
        cites.extend(item.citations.iter().map(citation));
        items(&item.items, depth + 1, out, cites);
    }
}

/// A citation as printed, with its canonical provisions.
fn citation(c: &lgsco::Citation) -> String {
    let provisions: Vec<&str> = c.provisions.iter().map(|p| p.canonical.as_str()).collect();
    format!("{} => {}", c.text, provisions.join("; "))
}

pub fn view(d: &Decision) -> View {
    let h = &d.header;
    View {
        header: vec![
            h.organisation.clone(),
            h.reference.as_ref().map(|r| r.to_string()),
            h.category.as_ref().map(|c| c.to_string()),
            h.outcome.as_ref().map(|o| o.to_string()),
            h.date.map(|d| d.to_string()),
            h.date_text.clone(),
        ],
        summary: d
            .summary
            .as_ref()
            .map(|s| (s.text.clone(), s.citations.iter().map(citation).collect())),
        sections: d
            .sections
            .iter()
            .map(|s| {
                let subs = s
                    .subheadings
                    .iter()
                    .map(|h| (h.text.clone(), h.before_paragraph))
                    .collect();
                let paras = s
                    .paragraphs
                    .iter()
                    .map(|p| {
                        let mut list = Vec::new();
                        let mut cites: Vec<String> = p.citations.iter().map(citation).collect();
                        items(&p.items, 0, &mut list, &mut cites);
                        cites.sort();
                        (
                            p.text.clone(),
                            list,
                            p.trailing.iter().map(|t| t.text.clone()).collect(),
                            cites,
                        )
                    })
                    .collect();
                (s.heading.clone(), subs, paras)
            })
            .collect(),
        signature: d.signature.as_ref().map(|s| s.text.clone()),
    }
}
