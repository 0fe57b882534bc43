//! The command line.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Exit status: 0 when all went well; 1 when there were findings (a check found an
error, or a file held no readable statement); 2 on a usage error or when an input
could not be read. A failing file is reported with its path and never stops the
others.";

/// Read LGSCO decision statements into tables, a SQLite database, JSON and checks.
///
/// Every command takes files, folders (searched recursively for `.txt` files,
/// whatever their case) or `-` for standard input. A file that joins several
/// statements gives one result per statement, named `file#1`, `file#2`, ...
#[derive(Parser, Debug)]
#[command(name = "lgsco", version, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the readable outline of statements: header, sections, cited law.
    #[command(after_help = EXIT_CODES)]
    Show(Common),
    /// Check statements and print what is wrong with them.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Print one JSON object per statement per line.
    #[command(after_help = EXIT_CODES)]
    Json(JsonArgs),
    /// Write CSV (or TSV) tables: decisions, paragraphs, citations, facts, diagnostics.
    #[command(after_help = EXIT_CODES)]
    Table(TableArgs),
    /// Write the tables into a SQLite database, adding to it or replacing by file.
    #[command(after_help = EXIT_CODES)]
    Sqlite(SqliteArgs),
    /// Print tallies: statements, complete, by area, outcome, most cited provisions.
    #[command(after_help = EXIT_CODES)]
    Stats(StatsArgs),
    /// Print each statement as an Akoma Ntoso 3.0 document, or write one file each.
    #[command(after_help = EXIT_CODES)]
    Akn(AknArgs),
}

/// `lgsco akn`.
#[derive(Args, Debug)]
pub struct AknArgs {
    #[command(flatten)]
    pub common: Common,
    /// Write `<name>.xml` for each statement into this folder instead of
    /// printing the documents one after another.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// What every command shares: the inputs and how to read them.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Files, folders (recursive) or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The extension of the files to take from folders (case-insensitive).
    #[arg(long, default_value = "txt", value_name = "EXT")]
    pub ext: String,
    /// How the files are encoded; `auto` reads UTF-8, else Windows-1252 with a warning.
    #[arg(long, value_enum, default_value_t = Encoding::Utf8)]
    pub encoding: Encoding,
    /// Leave out diagnostics with this code (`C002` or `citation-slip`); repeatable.
    #[arg(long, value_name = "CODE")]
    pub allow: Vec<lgsco::Code>,
    /// Make diagnostics with this code errors; repeatable.
    #[arg(long, value_name = "CODE")]
    pub deny: Vec<lgsco::Code>,
    /// Never draw a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Refuse a file longer than this many bytes (default 4194304, 4 MiB:
    /// hundreds of times a real statement).
    #[arg(long, value_name = "BYTES")]
    pub max_input_bytes: Option<usize>,
    /// Refuse a statement with more nodes than this: lines with text, and
    /// citations (default 50000).
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
}

/// How input bytes become text.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 only; other bytes are a failure of the file.
    #[value(name = "utf-8")]
    Utf8,
    /// Windows-1252 (what some scrapers save).
    #[value(name = "windows-1252")]
    Windows1252,
    /// UTF-8 when the bytes are UTF-8, else Windows-1252, with a warning.
    Auto,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub common: Common,
    /// `human` (the compiler's form) or `json` (one object a line, then a summary object).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct JsonArgs {
    #[command(flatten)]
    pub common: Common,
    /// Add the decision facts (result, reasons, bodies, remedies).
    #[arg(long)]
    pub facts: bool,
    /// Indent each object over several lines.
    #[arg(long)]
    pub pretty: bool,
}

#[derive(Args, Debug)]
pub struct TableArgs {
    #[command(flatten)]
    pub common: Common,
    /// The folder to write the tables into (made if absent).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// `csv` or `tsv`.
    #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
    pub format: TableFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Tsv,
}

#[derive(Args, Debug)]
pub struct SqliteArgs {
    #[command(flatten)]
    pub common: Common,
    /// The database file, made if absent.
    #[arg(long, value_name = "FILE.db")]
    pub out: PathBuf,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub common: Common,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,
    /// How many of the most cited provisions to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatsFormat {
    Text,
    Json,
}

impl Common {
    /// The validation options the flags ask for.
    pub fn validate_options(&self) -> lgsco::ValidateOptions {
        let mut limits = lgsco::Options::default();
        if let Some(bytes) = self.max_input_bytes {
            limits = limits.max_input_len(bytes);
        }
        if let Some(nodes) = self.max_nodes {
            limits = limits.max_nodes(nodes);
        }
        let mut options = lgsco::ValidateOptions::new().with_parse_options(limits);
        for &code in &self.allow {
            options = options.allow(code);
        }
        for &code in &self.deny {
            options = options.deny(code);
        }
        options
    }
}
