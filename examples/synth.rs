//! Writes a synthetic revision pair for benchmarks: `cargo run --release --example synth -- N DIR`
//! gives DIR/old.toml, DIR/new.toml (corpus format) and DIR/old.txt, DIR/new.txt (plain text, for
//! line and word diff tools). `synth N DIR near` writes near-identical provisions instead (the
//! repetitive vocabulary of the Radio Regulations).

#[path = "../benches/support/synth.rs"]
mod synth;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: synth CLAUSES DIR [near]");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let (old, new) = match args.get(2).map(String::as_str) {
        Some("near") => synth::near_pair(n, 2017),
        _ => synth::pair(n, 2017),
    };
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text);
    let result = std::fs::create_dir_all(&dir)
        .and_then(|_| write("old.toml", resdiff::input::corpus::to_toml(&old)))
        .and_then(|_| write("new.toml", resdiff::input::corpus::to_toml(&new)))
        .and_then(|_| write("old.txt", resdiff::input::to_plain_text(&old)))
        .and_then(|_| write("new.txt", resdiff::input::to_plain_text(&new)));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}
