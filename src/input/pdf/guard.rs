//! Checks made on a PDF's bytes before the parser reads it: that it is a PDF at all, that its
//! compressed streams do not inflate past [`MAX_PDF_INFLATED`] (a compression bomb), and that it
//! does not hold more page dictionaries than [`MAX_PDF_PAGES`]. The parser builds every page
//! and inflates each stream whole in memory, so both are counted here first, in a small buffer:
//! a million empty pages cost hayro over a minute to list.

use std::io::Read;

use flate2::read::ZlibDecoder;
use memchr::memmem;

use super::PdfError;
use crate::input::limits::{MAX_PDF_INFLATED, MAX_PDF_PAGES};

/// Refuses what is not a PDF, and a PDF past the caps on inflated bytes and pages.
pub fn check(bytes: &[u8]) -> Result<(), PdfError> {
    if bytes.is_empty() {
        return Err(PdfError::Empty);
    }
    // The header may follow some junk (the standard allows 1024 bytes of it).
    let head = &bytes[..bytes.len().min(1024)];
    if memmem::find(head, b"%PDF-").is_none() {
        return Err(PdfError::NotPdf);
    }
    let mut pages = page_dicts(bytes);
    let mut inflated: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    let mut from = 0;
    while let Some(at) = memmem::find(&bytes[from..], b"stream") {
        let keyword = from + at;
        from = keyword + 6;
        // `endstream` contains `stream`: skip it.
        if keyword >= 3 && &bytes[keyword - 3..keyword] == b"end" {
            continue;
        }
        let mut start = keyword + 6;
        if bytes.get(start) == Some(&b'\r') {
            start += 1;
        }
        if bytes.get(start) != Some(&b'\n') {
            continue;
        }
        start += 1;
        let end = memmem::find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
        from = end;
        if is_image(&bytes[keyword.saturating_sub(2048)..keyword]) {
            continue;
        }
        // Not Flate (or not compressed): the inflater stops at the first bad byte.
        let mut z = ZlibDecoder::new(&bytes[start..end]);
        loop {
            match z.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    inflated += n as u64;
                    if inflated > MAX_PDF_INFLATED {
                        return Err(PdfError::Inflated {
                            limit: MAX_PDF_INFLATED,
                        });
                    }
                    // Pages inside object streams.
                    pages += page_dicts(&buf[..n]);
                }
            }
        }
        if pages > MAX_PDF_PAGES {
            break;
        }
    }
    if pages > MAX_PDF_PAGES {
        return Err(PdfError::TooManyPages {
            pages,
            limit: MAX_PDF_PAGES,
        });
    }
    Ok(())
}

/// Page dictionaries: `/Type /Page` (not `/Pages`), spaces allowed between the two names.
fn page_dicts(bytes: &[u8]) -> usize {
    memmem::find_iter(bytes, b"/Page")
        .filter(|&i| {
            let after = bytes.get(i + 5).copied().unwrap_or(b' ');
            if after.is_ascii_alphanumeric() {
                return false;
            }
            let before = bytes[..i].trim_ascii_end();
            before.ends_with(b"/Type")
        })
        .count()
}

/// Whether the dictionary just before a stream (after its `obj`) says it is an image.
fn is_image(before: &[u8]) -> bool {
    let dict = match memmem::rfind(before, b"obj") {
        Some(i) => &before[i..],
        None => before,
    };
    memmem::find(dict, b"/Image").is_some()
}
