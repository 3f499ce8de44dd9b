//! Checks made on a PDF's bytes before the parser reads it: that it is a PDF at all, and that its
//! compressed streams do not inflate past [`MAX_PDF_INFLATED`] (a compression bomb), counted
//! here in a small buffer since the parser inflates each stream whole in memory.

use std::io::Read;

use flate2::read::ZlibDecoder;

use super::PdfError;
use crate::input::limits::MAX_PDF_INFLATED;

/// Refuses what is not a PDF, and a PDF whose Flate streams inflate past the cap.
pub fn check(bytes: &[u8]) -> Result<(), PdfError> {
    if bytes.is_empty() {
        return Err(PdfError::Empty);
    }
    // The header may follow some junk (the standard allows 1024 bytes of it).
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::NotPdf);
    }
    inflated_within(bytes, MAX_PDF_INFLATED)
}

/// Inflates every stream that is not an image, counting, and stops past `cap` bytes in all.
fn inflated_within(bytes: &[u8], cap: u64) -> Result<(), PdfError> {
    let mut total: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    let mut from = 0;
    while let Some(at) = find(&bytes[from..], b"stream") {
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
        let end = find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
        if is_image(&bytes[keyword.saturating_sub(2048)..keyword]) {
            from = end;
            continue;
        }
        let mut z = ZlibDecoder::new(&bytes[start..end]);
        loop {
            match z.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n as u64;
                    if total > cap {
                        return Err(PdfError::Inflated { limit: cap });
                    }
                }
            }
        }
        from = end;
    }
    Ok(())
}

/// Whether the dictionary just before a stream (after its `obj`) says it is an image.
fn is_image(before: &[u8]) -> bool {
    let dict = match rfind(before, b"obj") {
        Some(i) => &before[i..],
        None => before,
    };
    find(dict, b"/Image").is_some()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}
