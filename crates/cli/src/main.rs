//! The `attache` binary: flags in, library calls, output out. See `attache --help`.

/// `println!` that returns the error (a closed pipe ends the command quietly, exit 0)
/// instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)?;
    }};
}

mod analyze;
mod args;
mod bench;
mod bench_events;
mod bench_quotes;
mod eval;
mod inputs;
mod kb;
mod ner;
mod report;
mod syntax;
mod train;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Args, Command};

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Command::Analyze(a) => analyze::run(&a),
        Command::Eval(a) => eval::run(&a),
        Command::Bench(a) => bench::run(&a),
        Command::Train(a) => train::run(&a),
        Command::Ner(a) => ner::run(&a),
        Command::Parse(a) => syntax::run(&a),
        Command::Kb(a) => kb::run(&a),
        Command::Schema => io::stdout()
            .write_all(attache_wire::schema().as_bytes())
            .map(|()| true)
            .map_err(Into::into),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            // A closed pipe (`attache analyze … | head`) is not an error.
            let broken_pipe = |e: &(dyn std::error::Error + 'static)| {
                e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
                    || e.downcast_ref::<serde_json::Error>()
                        .is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
            };
            if error.chain().any(broken_pipe) {
                return ExitCode::SUCCESS;
            }
            eprintln!("attache: {error:#}");
            ExitCode::FAILURE
        }
    }
}
