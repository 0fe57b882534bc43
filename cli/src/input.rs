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
        /// The path below the folder named (the path as given, for a file
        /// named itself): what `akn --out` names its document after.
        relative: PathBuf,
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

    /// The path its outputs are named after, relative and without `..`:
    /// the path below the folder named, or a file's path as given (its
    /// name alone when that is absolute or climbs out); for standard input
    /// the `--name` given, else `stdin`.
    pub fn relative(&self, common: &Common) -> PathBuf {
        match self {
            Input::File { relative, .. } => relative.clone(),
            Input::Stdin => common
                .name
                .as_deref()
                .map(Path::new)
                .and_then(Path::file_name)
                .map_or_else(|| PathBuf::from("stdin"), PathBuf::from),
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
            inputs.extend(found.into_iter().map(|(p, canonical)| {
                Input::File {
                    relative: p
                        .strip_prefix(path)
                        .map_or_else(|_| named(&p), Path::to_path_buf),
                    path: p,
                    canonical,
                }
            }));
        } else {
            inputs.push(Input::File {
                path: path.clone(),
                canonical,
                relative: named(path),
            });
        }
    }
    Ok((inputs, problems))
}

/// A file named itself: its path as given when that stays below the
/// current folder (`./` left out), else its name.
fn named(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            _ => return path.file_name().map(PathBuf::from).unwrap_or_default(),
        }
    }
    out
}

/// Files under `dir` with the extension: the path as reached and the
/// canonical path (the folder's, joined, unless the entry is a link).
///
/// Each folder is read once, known by its device and inode: the real
/// folders first, then those reached through links, so a link back into the
/// tree (a loop) or to a folder already read is skipped with a note, and
/// the files keep the names of their real folders. Entries that are not
/// regular files (FIFOs, sockets, devices) are skipped with a note, never
/// opened: reading a FIFO would wait for a writer.
fn walk(
    dir: &Path,
    canonical: &Path,
    ext: &str,
    found: &mut Vec<(PathBuf, PathBuf)>,
    problems: &mut Vec<String>,
) {
    let mut seen = std::collections::HashSet::new();
    if let Some(id) = folder_id(canonical) {
        seen.insert(id);
    }
    let mut stack = vec![(dir.to_path_buf(), canonical.to_path_buf())];
    // Folders reached through a link, read once the real ones are.
    let mut linked: std::collections::VecDeque<(PathBuf, PathBuf)> = Default::default();
    loop {
        let (dir, canonical) = if let Some(next) = stack.pop() {
            next
        } else if let Some((dir, real)) = linked.pop_front() {
            if folder_id(&real).is_some_and(|id| !seen.insert(id)) {
                note(&format!(
                    "{}: a link to a folder already read (a loop, or a second way in); skipped",
                    escape(&dir.display().to_string())
                ));
                continue;
            }
            (dir, real)
        } else {
            break;
        };
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
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let p = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_symlink() {
                match (std::fs::canonicalize(&p), std::fs::metadata(&p)) {
                    (Ok(real), Ok(meta)) if meta.is_dir() => linked.push_back((p, real)),
                    (Ok(real), Ok(meta)) => file(p, real, &meta.file_type(), ext, found),
                    // A dangling link: read it, to report it.
                    _ => {
                        if has_ext(&p, ext) {
                            found.push((p, canonical.join(entry.file_name())));
                        }
                    }
                }
            } else if kind.is_dir() {
                let real = canonical.join(entry.file_name());
                if folder_id(&real).is_some_and(|id| !seen.insert(id)) {
                    note(&format!(
                        "{}: a folder already read (mounted twice); skipped",
                        escape(&p.display().to_string())
                    ));
                    continue;
                }
                stack.push((p, real));
            } else {
                file(p, canonical.join(entry.file_name()), &kind, ext, found);
            }
        }
    }
}

/// Keep a file with the extension; note and skip one that is not a regular
/// file.
fn file(
    p: PathBuf,
    real: PathBuf,
    kind: &std::fs::FileType,
    ext: &str,
    found: &mut Vec<(PathBuf, PathBuf)>,
) {
    if !has_ext(&p, ext) {
        return;
    }
    if kind.is_file() {
        found.push((p, real));
    } else {
        note(&format!(
            "{}: not a regular file ({}); skipped",
            escape(&p.display().to_string()),
            kind_name(kind)
        ));
    }
}

fn has_ext(p: &Path, ext: &str) -> bool {
    p.extension()
        .is_some_and(|x| x.to_string_lossy().to_ascii_lowercase() == ext)
}

/// What a file that is not a regular file is.
fn kind_name(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    let _ = kind;
    "not a file"
}

/// A folder's identity: its device and inode.
#[cfg(unix)]
fn folder_id(p: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino()))
}

/// Elsewhere folders are told by their canonical path.
#[cfg(not(unix))]
fn folder_id(p: &Path) -> Option<PathBuf> {
    Some(p.to_path_buf())
}

/// A note on standard error: something left out on purpose.
fn note(message: &str) {
    eprintln!("lgsco: note: {message}");
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

/// An input's bytes, or its size when over the limit.
pub enum Bytes {
    Read(Vec<u8>),
    /// Longer than the limit: this many bytes (at least, for a stream).
    TooLarge(usize),
}

/// Read an input's bytes (standard input once only), at most `limit`: a
/// file's size is taken from its metadata before reading, and a stream
/// (standard input, a FIFO named on the command line) is read no further
/// than one byte past the limit.
pub fn read_bytes(input: &Input, limit: usize) -> std::io::Result<Bytes> {
    match input {
        Input::File { path, .. } => {
            let file = std::fs::File::open(path)?;
            let meta = file.metadata()?;
            let len = usize::try_from(meta.len()).unwrap_or(usize::MAX);
            if meta.is_file() && len > limit {
                return Ok(Bytes::TooLarge(len));
            }
            let hint = if meta.is_file() { len } else { 0 };
            read_limited(file, limit, hint)
        }
        Input::Stdin => read_limited(std::io::stdin().lock(), limit, 0),
    }
}

fn read_limited(r: impl Read, limit: usize, hint: usize) -> std::io::Result<Bytes> {
    let mut bytes = Vec::with_capacity(hint.min(limit).saturating_add(1));
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    r.take(cap).read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Ok(Bytes::TooLarge(bytes.len()));
    }
    Ok(Bytes::Read(bytes))
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
