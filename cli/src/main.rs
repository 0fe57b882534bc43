//! `lgsco`: tables, a SQLite database and checks from LGSCO decision
//! statements, for people who do not write Rust.

mod akn;
mod args;
mod batch;
mod check;
mod input;
mod json;
mod out;
mod rows;
mod show;
mod sqlite;
mod stats;
mod table;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Show(a) => show::run(&a),
        args::Command::Check(a) => check::run(&a),
        args::Command::Json(a) => json::run(&a),
        args::Command::Table(a) => table::run(&a),
        args::Command::Sqlite(a) => sqlite::run(&a),
        args::Command::Stats(a) => stats::run(&a),
        args::Command::Akn(a) => akn::run(&a),
    };
    match result {
        Ok(status) => status.code(),
        Err(out::Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(out::Failure::Fatal(message)) => {
            eprintln!("lgsco: {message}");
            ExitCode::from(2)
        }
    }
}
