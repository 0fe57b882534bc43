//! Finding the input files and reading them as text.

use crate::args::{Common, Encoding};
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input: a file, or standard input.
#[derive(Clone, Debug)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    /// The name shown in messages and stored in tables.
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_owned(),
        }
    }
}

/// Every input the paths name: files as given, folders searched
/// recursively for files with the extension (any case), sorted within each
/// folder. Folders that cannot be read are returned as problems.
pub fn collect(common: &Common) -> (Vec<Input>, Vec<String>) {
    let ext = common.ext.trim_start_matches('.').to_ascii_lowercase();
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in &common.paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &ext, &mut found, &mut problems);
            found.sort();
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    (inputs, problems)
}

fn walk(dir: &Path, ext: &str, found: &mut Vec<PathBuf>, problems: &mut Vec<String>) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) => {
                problems.push(format!("{}: cannot read the folder: {err}", dir.display()));
                continue;
            }
        };
        for entry in entries.filter_map(Result::ok) {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .extension()
                .is_some_and(|x| x.to_string_lossy().to_ascii_lowercase() == ext)
            {
                found.push(p);
            }
        }
    }
}

/// The text of an input.
pub struct Text {
    pub text: String,
    /// The bytes were not UTF-8 and were read as Windows-1252.
    pub windows_1252: bool,
    /// The bytes were not UTF-8 and `--encoding utf-8` was asked for: the
    /// error, with the text before the bad byte in `text`.
    pub invalid: Option<lgsco::Error>,
    /// A hash of the bytes, to see whether a file changed.
    pub hash: String,
}

/// Read an input's bytes (standard input once only).
pub fn read_bytes(input: &Input) -> std::io::Result<Vec<u8>> {
    match input {
        Input::File(p) => std::fs::read(p),
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            Ok(bytes)
        }
    }
}

/// Decode bytes as the flag asks, within the limits of `options`.
pub fn decode(bytes: &[u8], encoding: Encoding, options: &lgsco::Options) -> Text {
    let hash = fnv1a(bytes);
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // UTF-16 with its byte order mark, as Windows saves "Unicode".
        let decoded = options.decode(bytes);
        return Text {
            text: decoded.as_deref().unwrap_or_default().to_owned(),
            windows_1252: false,
            invalid: decoded.err(),
            hash,
        };
    }
    let utf8 = std::str::from_utf8(bytes);
    match (utf8, encoding) {
        (Ok(text), Encoding::Utf8 | Encoding::Auto) => Text {
            text: text.to_owned(),
            windows_1252: false,
            invalid: None,
            hash,
        },
        (Err(e), Encoding::Utf8) => Text {
            text: String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(),
            windows_1252: false,
            invalid: options.parse_bytes(bytes).err(),
            hash,
        },
        (_, Encoding::Windows1252) | (Err(_), Encoding::Auto) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Text {
                text: text.into_owned(),
                windows_1252: utf8.is_err(),
                invalid: None,
                hash,
            }
        }
    }
}

/// FNV-1a, 64 bits, in hex: enough to tell a changed file from the same one.
fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
