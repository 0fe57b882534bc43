//! `lgsco`: tables, a SQLite database and checks from LGSCO decision
//! statements, for people who do not write Rust.

// The shared modules, from the library, under the names the commands use
// (`crate::batch`, `crate::rows`, ...).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use lgsco_cli::{args, batch, input, out, rows, signal};

mod akn;
mod check;
mod json;
mod show;
mod sqlite;
mod stats;
mod table;

use args::Command;
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let mut common = cli.common;
    common.paths = match &cli.command {
        Command::Show(i) | Command::Sqlite(i) | Command::Akn(i) => i.paths.clone(),
        Command::Check(a) => a.inputs.paths.clone(),
        Command::Json(a) => a.inputs.paths.clone(),
        Command::Table(a) => a.inputs.paths.clone(),
        Command::Stats(a) => a.inputs.paths.clone(),
    };
    if let Some(jobs) = common.jobs {
        if jobs == 0 {
            eprintln!("lgsco: --jobs must be at least 1");
            return ExitCode::from(2);
        }
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build_global();
    }
    signal::install();
    let result = match &cli.command {
        Command::Show(_) => show::run(&common),
        Command::Check(a) => check::run(&common, a),
        Command::Json(a) => json::run(&common, a),
        Command::Table(a) => table::run(&common, a),
        Command::Sqlite(_) => sqlite::run(&common),
        Command::Stats(a) => stats::run(&common, a),
        Command::Akn(_) => akn::run(&common),
    };
    match result {
        Ok(status) => status.code(),
        Err(out::Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(out::Failure::Usage(message) | out::Failure::Fatal(message)) => {
            eprintln!("lgsco: {message}");
            ExitCode::from(2)
        }
    }
}
