//! Running text with its cited law as `ref`s to legislation.gov.uk.

use super::out::Out;
use crate::Citation;
use std::io;

/// A stretch of a text to link: where it is, the URI, the canonical form.
struct Link {
    start: usize,
    end: usize,
    href: String,
    canonical: String,
}

/// Write `text` (which starts at input offset `base`) as mixed content:
/// each provision the crate links becomes a `ref` around its printed
/// words; a citation of an instrument without provisions becomes one `ref`
/// around the whole citation. A citation whose span does not fall on the
/// same words of this text (a hand-built tree), or with no URI, stays text.
pub(super) fn write<W: io::Write>(
    out: &mut Out<W>,
    text: &str,
    base: usize,
    citations: &[Citation],
) -> io::Result<()> {
    let mut at = 0;
    for link in links(text, base, citations) {
        if link.start < at {
            continue;
        }
        out.text(&text[at..link.start], at)?;
        out.open(
            "ref",
            &[("href", &link.href), ("lgsco:canonical", &link.canonical)],
        )?;
        out.text(&text[link.start..link.end], link.start)?;
        out.close("ref")?;
        at = link.end;
    }
    out.text(&text[at..], at)
}

/// The links of the citations that lie in `text`, in order.
fn links(text: &str, base: usize, citations: &[Citation]) -> Vec<Link> {
    let mut links = Vec::new();
    for c in citations {
        let Some(instrument) = &c.instrument else {
            continue;
        };
        if c.provisions.is_empty() {
            let (Some(href), Some((start, end))) =
                (instrument.uri(), locate(text, base, c.span.start, &c.text))
            else {
                continue;
            };
            let canonical = instrument.short_form();
            links.push(Link {
                start,
                end,
                href,
                canonical,
            });
            continue;
        }
        for p in &c.provisions {
            let (Some(href), Some((start, end))) =
                (p.uri.clone(), locate(text, base, p.span.start, &p.text))
            else {
                continue;
            };
            let canonical = p
                .full_canonical
                .clone()
                .unwrap_or_else(|| p.canonical_in(instrument));
            links.push(Link {
                start,
                end,
                href,
                canonical,
            });
        }
    }
    links.sort_by_key(|l| l.start);
    links
}

/// Where `printed`, found at input offset `at`, lies in `text` (which
/// starts at `base`), if those are the same words.
fn locate(text: &str, base: usize, at: usize, printed: &str) -> Option<(usize, usize)> {
    let start = at.checked_sub(base)?;
    let end = start.checked_add(printed.len())?;
    (!printed.is_empty() && text.get(start..end) == Some(printed)).then_some((start, end))
}
