//! Any UTF-8 text: the phrase matchers compiled from grammar/facts.pest
//! (build/facts_match.rs) find, at every word, what pest's own parser
//! finds there (the oracle). `facts_spans` checks the facts themselves.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = lgsco::fuzz_facts_matchers_agree(text) {
        panic!("compiled matchers and pest disagree: {e}");
    }
});
