//! The text resdiff reads from a PDF, before structure is found: one paragraph a line, footnote
//! definitions last, then what the layout left out. `cargo run --example pdf_text FILE.pdf`
use std::io::Write;

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: pdf_text FILE.pdf");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{}: {e}", path.to_string_lossy());
        std::process::exit(2)
    });
    match resdiff::input::pdf::pdf_text(&bytes) {
        Ok(read) => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(read.text.as_bytes());
            for (page, note) in read.notes {
                let _ = writeln!(out, "# page {page}: {note}");
            }
        }
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            std::process::exit(2)
        }
    }
}
