//! Checks made on a PDF's bytes before the parser reads it: that it is a PDF at all, that its
//! compressed streams (Flate, LZW, RunLength, alone or after an ASCII filter) do not decode past
//! [`MAX_PDF_INFLATED`] in all (a compression bomb), and that it does not hold more page
//! dictionaries than [`MAX_PDF_PAGES`]. The parser builds every page and decodes each stream
//! whole in memory, so both are counted here first, a piece at a time ([`decode`]): a million
//! empty pages cost hayro over a minute to list.

mod decode;

use decode::{Filter, Stop};
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
        let dict = dictionary(&bytes[keyword.saturating_sub(2048)..keyword]);
        if memmem::find(dict, b"/Image").is_some() {
            continue;
        }
        // A filter named by reference, or none named: tried as zlib, which stops at the first
        // byte that is not.
        let chain = filters(dict).unwrap_or_else(|| vec![Filter::Flate { raw: false }]);
        if chain.is_empty() {
            continue;
        }
        // Pages inside object streams, counted across the pieces decoded: the end of one
        // piece is kept to find a dictionary cut in two.
        let mut seen: Vec<u8> = Vec::new();
        let counted = decode::run(&chain, &bytes[start..end], &mut |out| {
            inflated += out.len() as u64;
            if inflated > MAX_PDF_INFLATED {
                return Err(Stop::Full);
            }
            let from = seen.len();
            seen.extend_from_slice(out);
            pages += page_dicts_from(&seen, from);
            seen.drain(..seen.len().saturating_sub(64));
            Ok(())
        });
        if counted == Err(Stop::Full) {
            return Err(PdfError::Inflated {
                limit: MAX_PDF_INFLATED,
            });
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
    page_dicts_from(bytes, 0) + usize::from(bytes.ends_with(b"/Type /Page"))
}

/// The page dictionaries of `bytes` whose name ends at or after `from`, and is followed by a byte
/// that says it is not `/Pages`: decoded a piece at a time, a name at a piece's end is counted
/// with the next piece.
fn page_dicts_from(bytes: &[u8], from: usize) -> usize {
    memmem::find_iter(bytes, b"/Page")
        .filter(|&i| {
            let Some(&after) = bytes.get(i + 5) else {
                return false;
            };
            if i + 5 < from || after.is_ascii_alphanumeric() {
                return false;
            }
            let before = bytes[..i].trim_ascii_end();
            before.ends_with(b"/Type")
        })
        .count()
}

/// The dictionary just before a stream: from its object's `obj` on.
fn dictionary(before: &[u8]) -> &[u8] {
    match memmem::rfind(before, b"obj") {
        Some(i) => &before[i..],
        None => before,
    }
}

/// The filters a stream dictionary names, in order (`/Filter /FlateDecode`, `/Filter [/A85
/// /LZW]`); `None` if it names none directly. A chain stops at the first filter that is not
/// counted (an image codec): what comes out of it is an image's.
fn filters(dict: &[u8]) -> Option<Vec<Filter>> {
    let at = memmem::find(dict, b"/Filter")? + b"/Filter".len();
    let rest = dict[at..].trim_ascii_start();
    let names: &[u8] = match rest.first()? {
        b'[' => &rest[1..rest.iter().position(|&c| c == b']').unwrap_or(rest.len())],
        b'/' => {
            let end = rest[1..]
                .iter()
                .position(|c| c.is_ascii_whitespace() || b"/[]<>()".contains(c))
                .map_or(rest.len(), |e| e + 1);
            &rest[..end]
        }
        _ => return None,
    };
    // `/EarlyChange 0` in the parameters; 1 by default.
    let early = !dict
        .windows(b"/EarlyChange 0".len())
        .any(|w| w == b"/EarlyChange 0");
    let chain: Vec<Filter> = names
        .split(|&c| c == b'/' || c.is_ascii_whitespace())
        .filter(|n| !n.is_empty())
        .map_while(|n| Filter::named(n, early))
        .collect();
    Some(chain)
}
