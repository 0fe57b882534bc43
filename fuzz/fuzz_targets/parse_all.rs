//! Any UTF-8 text: `parse_all`, which reads each statement of a joined file
//! from a window of the text, gives the statements, trees and errors that
//! parsing the whole rest of the text gives, at every window size tried
//! (down to one byte, so that every path of the doubling is taken).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = lgsco::fuzz_parse_all_agrees(text) {
        panic!("parse_all's windows and the whole rest disagree: {e}");
    }
});
