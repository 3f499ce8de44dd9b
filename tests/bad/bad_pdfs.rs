//! The bad-PDF catalogue (issue 25): each way a PDF can be unreadable or hostile is refused by
//! every command that reads a path, with exit code 2, one line naming the file and the problem,
//! and within the caps of `src/input/limits.rs`. The files and how they are made:
//! `fixtures/pdf/bad/make.py`.

use crate::common;

use std::time::{Duration, Instant};

use common::{refused, repo};

/// `resdiff show FILE` and `resdiff diff FILE FILE` refuse it with `message`, each in under
/// `within` (debug build, this two-core machine shared).
fn refuses(file: &str, message: &str) {
    let dir = repo().join("fixtures/pdf/bad");
    let start = Instant::now();
    refused(&["show", file], &dir, &format!("{file}: {message}"));
    refused(&["diff", file, file], &dir, message);
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(10),
        "{file}: refused in {took:?}, not within the caps"
    );
}

#[test]
fn an_encrypted_pdf_is_refused() {
    refuses("encrypted.pdf", "this PDF is encrypted with a password");
}

#[test]
fn a_scan_is_refused_as_a_scan() {
    refuses("scanned.pdf", "this PDF has no text: it is a scan");
}

#[test]
fn a_truncated_pdf_is_refused_as_broken() {
    refuses("truncated.pdf", "broken PDF: ");
}

#[test]
fn a_compression_bomb_stops_at_the_inflate_cap() {
    refuses(
        "bomb.pdf",
        "the PDF's compressed streams inflate to more than 268435456 bytes",
    );
}

/// LZW and RunLength expand as Flate does (3839 bytes for a 12-bit code, 128 for 2 bytes) and
/// hayro decodes them whole with no cap: before they were counted, these two read 300 MB and
/// 1 GB into memory and answered "no text".
#[test]
fn lzw_and_runlength_bombs_stop_at_the_same_cap() {
    refuses(
        "lzw-bomb.pdf",
        "the PDF's compressed streams inflate to more than 268435456 bytes",
    );
    // RunLength after Flate: each filter of a chain is decoded in turn.
    refuses(
        "runlength-bomb.pdf",
        "the PDF's compressed streams inflate to more than 268435456 bytes",
    );
}

#[test]
fn a_million_empty_pages_are_counted_before_they_are_read() {
    // Counted in the inflated object stream a piece at a time, a dictionary cut by a piece's
    // end included: the million, and the one page outside the stream.
    refuses(
        "million-pages.pdf",
        "the PDF has 1000001 pages, more than the 5000",
    );
}

#[test]
fn deep_object_nesting_is_refused_as_broken() {
    refuses("deep-nesting.pdf", "broken PDF: ");
}

#[test]
fn not_a_pdf_and_an_empty_file_are_refused() {
    refuses("not-a-pdf.pdf", "not a PDF: no `%PDF-` header");
    refuses("empty.pdf", "the file is empty");
}
