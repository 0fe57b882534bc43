//! The command line.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The help's last part: examples, then the exit statuses.
macro_rules! after {
    ($($example:literal),* $(,)?) => {
        concat!("Examples:\n", $("  ", $example, "\n",)* "\n", "\
Exit status: 0 when all went well; 1 when there were findings (a check found an
error, or a file held no readable statement); 2 on a usage error, a missing
input or a folder without statement files (nothing is written then), or when
an input could not be read; 130 when SIGINT or SIGTERM stopped the run. A
failing file is reported with its path and never stops the others.")
    };
}

/// Read LGSCO decision statements into tables, a SQLite database, JSON and checks.
///
/// Every command takes files, folders (searched recursively for `.txt` files,
/// whatever their case) or `-` for standard input. A file that joins several
/// statements gives one result per statement, named `file#1`, `file#2`, ...
/// The options shared by every command may come before or after it.
#[derive(Parser, Debug)]
#[command(
    name = "lgsco",
    version,
    after_help = after!(
        "lgsco check downloads/",
        "lgsco -q sqlite downloads/ -o decisions.db",
        "lgsco table downloads/ -o tables/",
    )
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the readable outline of statements: header, sections, cited law.
    #[command(after_help = after!("lgsco show downloads/24-001-234.txt", "curl -s URL | lgsco show -"))]
    Show(Inputs),
    /// Check statements and print what is wrong with them.
    #[command(after_help = after!(
        "lgsco check downloads/",
        "lgsco check --format json downloads/ | jq 'select(.type == \"diagnostic\")'",
        "lgsco check --allow citation-slip --deny C002 downloads/",
    ))]
    Check(CheckArgs),
    /// Print one JSON object per statement per line (JSON Lines).
    #[command(after_help = after!(
        "lgsco json downloads/ > decisions.jsonl",
        "lgsco json --pretty --facts downloads/24-001-234.txt",
    ))]
    Json(JsonArgs),
    /// Write CSV (or TSV) tables, with a datapackage.json describing them:
    /// decisions, paragraphs, citations, facts, diagnostics.
    #[command(after_help = after!(
        "lgsco table downloads/ -o tables/",
        "lgsco table downloads/ --only decisions -o - | head",
        "lgsco table --format tsv downloads/ -o tables/",
    ))]
    Table(TableArgs),
    /// Write the tables into a SQLite database, adding to it or replacing by
    /// file; it can be read (Datasette, sqlite-utils) while it is written.
    #[command(after_help = after!(
        "lgsco sqlite downloads/ -o decisions.db",
        "datasette decisions.db   # then search the paragraphs",
    ))]
    Sqlite(Inputs),
    /// Print tallies: statements, complete, by area, outcome, most cited provisions.
    #[command(after_help = after!(
        "lgsco stats downloads/",
        "lgsco stats --format json --top 20 downloads/",
    ))]
    Stats(StatsArgs),
    /// Print a statement as an Akoma Ntoso 3.0 document, or write one file
    /// each into a folder (needed for several statements).
    #[command(after_help = after!(
        "lgsco akn downloads/24-001-234.txt > 24-001-234.xml",
        "lgsco akn downloads/ -o akn/",
    ))]
    Akn(Inputs),
}

/// The inputs of a command.
#[derive(Args, Debug, Clone)]
pub struct Inputs {
    /// Files, folders (recursive) or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// What every command shares: where to write, how to read the inputs. These
/// may come before or after the command.
#[derive(Args, Debug, Clone, Default)]
pub struct Common {
    /// The inputs, from the command's arguments.
    #[arg(skip)]
    pub paths: Vec<PathBuf>,
    /// Where to write: a file for show, check, json and stats (standard
    /// output when absent or `-`); a folder for table and akn; the database
    /// for sqlite.
    #[arg(short, long, global = true, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Print no progress bar and no summary on standard error; warnings and
    /// errors still show.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Parse on this many threads (default: one per core).
    #[arg(short, long, global = true, value_name = "N")]
    pub jobs: Option<usize>,
    /// The name of standard input in the tables, and its key in the
    /// database; without it, standard input is keyed by its content.
    #[arg(long, global = true, value_name = "NAME")]
    pub name: Option<String>,
    /// The extension of the files to take from folders (case-insensitive).
    #[arg(long, global = true, default_value = "txt", value_name = "EXT")]
    pub ext: String,
    /// How the files are encoded; `auto` reads UTF-8, else Windows-1252 with a warning.
    #[arg(long, global = true, value_enum, default_value_t = Encoding::Utf8)]
    pub encoding: Encoding,
    /// Leave out diagnostics with this code (`C002` or `citation-slip`); repeatable.
    #[arg(long, global = true, value_name = "CODE")]
    pub allow: Vec<lgsco::Code>,
    /// Make diagnostics with this code errors; repeatable.
    #[arg(long, global = true, value_name = "CODE")]
    pub deny: Vec<lgsco::Code>,
    /// Never draw a progress bar.
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Refuse a file longer than this many bytes (default 4194304, 4 MiB:
    /// hundreds of times a real statement).
    #[arg(long, global = true, value_name = "BYTES")]
    pub max_input_bytes: Option<usize>,
    /// Refuse a statement with more nodes than this: lines with text, and
    /// citations (default 50000).
    #[arg(long, global = true, value_name = "N")]
    pub max_nodes: Option<usize>,
}

/// How input bytes become text.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 only; other bytes are a failure of the file.
    #[default]
    #[value(name = "utf-8")]
    Utf8,
    /// Windows-1252 (what some scrapers save); a file that is valid UTF-8
    /// is read as asked, with a warning.
    #[value(name = "windows-1252")]
    Windows1252,
    /// UTF-8 when the bytes are UTF-8, else Windows-1252, with a warning.
    Auto,
}

/// `text` or `json`: the output of `check` and `stats`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// For people (`check`: the compiler's form).
    #[value(alias = "human")]
    Text,
    /// JSON (`check`: one object a line, each with a `type`).
    Json,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// `text` (the compiler's form) or `json` (one object a line: each
    /// `"type": "diagnostic"`, then one `"type": "summary"`).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct JsonArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Add the decision facts (result, reasons, bodies, remedies).
    #[arg(long)]
    pub facts: bool,
    /// Write one indented JSON array instead of JSON Lines.
    #[arg(long)]
    pub pretty: bool,
}

#[derive(Args, Debug)]
pub struct TableArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// `csv` or `tsv`.
    #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
    pub format: TableFormat,
    /// Write this table only (`decisions`, `paragraphs`, `citations`,
    /// `facts`, `diagnostics`), leaving the others and datapackage.json as
    /// they are; with `-o -`, to standard output.
    #[arg(long, value_name = "TABLE")]
    pub only: Option<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Tsv,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// How many of the most cited provisions to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
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

    /// Whether progress may be drawn.
    pub fn progress(&self) -> bool {
        !self.quiet && !self.no_progress
    }
}
