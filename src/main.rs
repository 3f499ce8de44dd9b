//! The `resdiff` binary: parses arguments, runs one command, maps the outcome to an exit code
//! (0: done / no differences, 1: differences, 2: trouble), like `diff`.

// Every line the binary writes goes through cli::output, which a closed stream cannot abort.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Args::from_env();
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            cli::output::note(format_args!("resdiff: {err}"));
            ExitCode::from(cli::exit_codes::TROUBLE)
        }
    }
}
