//! Finding the input files and reading them as text.

use crate::args::{Common, Encoding};
use crate::out::{escape, Failure};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The warning for a file read as Windows-1252.
pub const WINDOWS_1252: &str = "the file is not UTF-8; it was read as Windows-1252";

/// One input: a file, or standard input.
#[derive(Clone, Debug)]
pub enum Input {
    /// A file: its path as reached from the input named, and its absolute
    /// path with links resolved, which is its identity.
    File {
        path: PathBuf,
        canonical: PathBuf,
    },
    Stdin,
}

impl Input {
    /// The name shown in messages and in the `file` column.
    pub fn name(&self, common: &Common) -> String {
        match self {
            Input::File { path, .. } => path.display().to_string(),
            Input::Stdin => common.name.clone().unwrap_or_else(|| "-".to_owned()),
        }
    }

    /// The key of the input's rows, the same however its path is spelled:
    /// the canonical path; for standard input the `--name` given, else
    /// `stdin:` and the hash of its bytes.
    pub fn source(&self, common: &Common, hash: &str) -> String {
        match self {
            Input::File { canonical, .. } => canonical.display().to_string(),
            Input::Stdin => common
                .name
                .clone()
                .unwrap_or_else(|| format!("stdin:{hash}")),
        }
    }
}

/// Every input the paths name: files as given, folders searched
/// recursively for files with the extension (any case), sorted within each
/// folder. A path that does not exist, or a folder holding no such file,
/// fails the run before anything is read or written; folders inside that
/// cannot be read are returned as problems.
pub fn collect(common: &Common) -> Result<(Vec<Input>, Vec<String>), Failure> {
    let ext = common.ext.trim_start_matches('.').to_ascii_lowercase();
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    let mut stdin = false;
    for path in &common.paths {
        if path.as_os_str() == "-" {
            if std::mem::replace(&mut stdin, true) {
                return Err(Failure::Usage("standard input (`-`) is named twice".into()));
            }
            inputs.push(Input::Stdin);
            continue;
        }
        let canonical = std::fs::canonicalize(path).map_err(|e| {
            Failure::Usage(format!(
                "{}: {}",
                escape(&path.display().to_string()),
                match e.kind() {
                    std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
                    _ => e.to_string(),
                }
            ))
        })?;
        if canonical.is_dir() {
            let mut found = Vec::new();
            walk(path, &canonical, &ext, &mut found, &mut problems);
            if found.is_empty() {
                return Err(Failure::Usage(format!(
                    "{}: no statement file here: no `.{ext}` file in the folder or below it (choose another with --ext)",
                    escape(&path.display().to_string())
                )));
            }
            found.sort_by(|a: &(PathBuf, PathBuf), b| a.0.cmp(&b.0));
            inputs.extend(
                found
                    .into_iter()
                    .map(|(path, canonical)| Input::File { path, canonical }),
            );
        } else {
            inputs.push(Input::File {
                path: path.clone(),
                canonical,
            });
        }
    }
    Ok((inputs, problems))
}

/// Files under `dir` with the extension: the path as reached and the
/// canonical path (the folder's, joined, unless the entry is a link).
fn walk(
    dir: &Path,
    canonical: &Path,
    ext: &str,
    found: &mut Vec<(PathBuf, PathBuf)>,
    problems: &mut Vec<String>,
) {
    let mut stack = vec![(dir.to_path_buf(), canonical.to_path_buf())];
    while let Some((dir, canonical)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) => {
                problems.push(format!(
                    "{}: cannot read the folder: {err}",
                    escape(&dir.display().to_string())
                ));
                continue;
            }
        };
        for entry in entries.filter_map(Result::ok) {
            let p = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let (is_dir, real) = if kind.is_symlink() {
                match std::fs::canonicalize(&p) {
                    Ok(real) => (real.is_dir(), real),
                    // A dangling link: read it, to report it.
                    Err(_) => (false, canonical.join(entry.file_name())),
                }
            } else {
                (kind.is_dir(), canonical.join(entry.file_name()))
            };
            if is_dir {
                stack.push((p, real));
            } else if p
                .extension()
                .is_some_and(|x| x.to_string_lossy().to_ascii_lowercase() == ext)
            {
                found.push((p, real));
            }
        }
    }
}

/// The text of an input.
pub struct Text {
    pub text: String,
    /// The bytes were not UTF-8 and were read as Windows-1252.
    pub windows_1252: bool,
    /// `--encoding windows-1252` was asked for but the bytes are UTF-8 with
    /// other characters than ASCII: the text is likely garbled.
    pub utf8_as_1252: bool,
    /// The bytes were not UTF-8 and `--encoding utf-8` was asked for: the
    /// error, with the text before the bad byte in `text`.
    pub invalid: Option<lgsco::Error>,
}

/// Read an input's bytes (standard input once only).
pub fn read_bytes(input: &Input) -> std::io::Result<Vec<u8>> {
    match input {
        Input::File { path, .. } => std::fs::read(path),
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            Ok(bytes)
        }
    }
}

/// Decode bytes as the flag asks, within the limits of `options`.
pub fn decode(bytes: &[u8], encoding: Encoding, options: &lgsco::Options) -> Text {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // UTF-16 with its byte order mark, as Windows saves "Unicode".
        let decoded = options.decode(bytes);
        return Text {
            text: decoded.as_deref().unwrap_or_default().to_owned(),
            windows_1252: false,
            utf8_as_1252: false,
            invalid: decoded.err(),
        };
    }
    let utf8 = std::str::from_utf8(bytes);
    match (utf8, encoding) {
        (Ok(text), Encoding::Utf8 | Encoding::Auto) => Text {
            text: text.to_owned(),
            windows_1252: false,
            utf8_as_1252: false,
            invalid: None,
        },
        (Err(e), Encoding::Utf8) => Text {
            text: String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(),
            windows_1252: false,
            utf8_as_1252: false,
            invalid: options.parse_bytes(bytes).err(),
        },
        (_, Encoding::Windows1252) | (Err(_), Encoding::Auto) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Text {
                text: text.into_owned(),
                windows_1252: utf8.is_err(),
                utf8_as_1252: utf8.is_ok() && !bytes.is_ascii(),
                invalid: None,
            }
        }
    }
}

/// FNV-1a, 64 bits, in hex: enough to tell a changed file from the same one.
pub fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
