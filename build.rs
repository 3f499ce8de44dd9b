//! Writes the heading vocabulary of `data/heading-terms.tsv` as Rust statics, each term with its
//! folded form: parsing and folding the table at start-up was 1.9M instructions of an 11.9M
//! plain-text diff of Res. 30 (callgrind). `src/model/kind.rs` includes the output, and a unit
//! test there checks it against the table read and folded at run time.

use std::fmt::Write as _;

#[allow(dead_code)]
#[path = "src/model/text/form.rs"]
mod form;
#[allow(dead_code)]
#[path = "src/model/text/heading_fold.rs"]
mod heading_fold;

/// The language columns of the table, and the `Language` variant each is.
const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "Ar"),
    ("en", "En"),
    ("fr", "Fr"),
    ("es", "Es"),
    ("ru", "Ru"),
    ("zh", "Zh"),
];

fn main() {
    heading_terms();
    position_dependent_binary();
}

/// Links the `resdiff` binary (not the library) as a position-dependent executable on Linux.
///
/// Why: a position-independent one is relocated by the dynamic loader at every start, about
/// 32,000 pointers in the statics and vtables (R_X86_64_RELATIVE), each page of them copied on
/// write. On the Res. 30 diff that was 0.45M of 8.6M instructions (callgrind), and the loader
/// was 0.68M in all; linked at a fixed address the linker has filled them in. The price is that
/// the binary's own code and statics lose address randomisation (libraries, the heap and the
/// stack keep theirs): for a memory-safe program that mostly runs for milliseconds, a fair trade.
/// The code stays position-independent (only the link changes), so the objects are the same.
/// `RESDIFF_PIE=1` at build time keeps the usual position-independent link. A static build
/// (`+crt-static`, bench/build-static.sh) is left to rustc, which links it by its relocation model.
fn position_dependent_binary() {
    println!("cargo::rerun-if-env-changed=RESDIFF_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let pie = std::env::var_os("RESDIFF_PIE").is_some_and(|v| !v.is_empty() && v != "0");
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_crt = features.split(',').any(|f| f == "crt-static");
    if linux && !pie && !static_crt {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}

fn heading_terms() {
    let path = "data/heading-terms.tsv";
    println!("cargo::rerun-if-changed={path}");
    println!("cargo::rerun-if-changed=src/model/text/heading_fold.rs");
    println!("cargo::rerun-if-changed=src/model/text/form.rs");
    let tsv = std::fs::read_to_string(path).expect("data/heading-terms.tsv is readable");
    let mut lines = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().map_or(Vec::new(), |h| h.split('\t').collect());
    let (mut terms, mut folded, mut count) = (String::new(), String::new(), 0);
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let kind = cells[0];
        for (column, cell) in header.iter().zip(&cells) {
            let lower = column.to_ascii_lowercase();
            let Some((_, language)) = LANGUAGES.iter().find(|(code, _)| *code == lower) else {
                continue;
            };
            for alt in cell.split(" / ") {
                let open = alt.trim().ends_with("...");
                let term = alt.trim().trim_end_matches("...").trim();
                if term.is_empty() {
                    continue;
                }
                let full = heading_fold::fold(term);
                let (words, short) = (
                    heading_fold::words(&full),
                    heading_fold::first_three_words(&full),
                );
                let kind = format!("SectionKind::named({kind:?})");
                let language = format!("Language::{language}");
                let _ = writeln!(
                    terms,
                    "    HeadingTerm {{ kind: {kind}, language: {language}, term: {term:?}, open: {open} }},"
                );
                let _ = writeln!(
                    folded,
                    "    FoldedTerm {{ term: &HEADING_TERMS[{count}], full: {full:?}, \
                     words: {words}, short: {short:?} }},"
                );
                count += 1;
            }
        }
    }
    let out = format!(
        "static HEADING_TERMS: [HeadingTerm; {count}] = [\n{terms}];\n\n\
         pub(crate) static FOLDED_TERMS: &[FoldedTerm] = &[\n{folded}];\n"
    );
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/heading_terms.rs"), out).expect("OUT_DIR is writable");
}
