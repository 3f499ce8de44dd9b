//! The `resdiff` binary: parses arguments, runs one command, maps the outcome to an exit code
//! (0: done / no differences, 1: differences, 2: trouble), like `diff`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("resdiff: {err}");
            ExitCode::from(cli::exit_codes::TROUBLE)
        }
    }
}
