//! The lexical side of the fast reader: blanks, comments, bare keys, strings and integers, each
//! read as TOML reads it or refused (`None`), never guessed.

use toml::Spanned;

use super::Value;

pub(super) fn skip_blanks(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// After a value or header: blanks, then the line's end or a comment. TOML allows no control
/// character but tab in a comment; a carriage return is left to `toml` too.
pub(super) fn rest_of_line(b: &[u8], i: usize, end: usize) -> Option<()> {
    let i = skip_blanks(b, i, end);
    if i == end {
        return Some(());
    }
    (b[i] == b'#' && !has_control(&b[i + 1..end])).then_some(())
}

/// What TOML allows in no string or comment as it stands: the control characters but tab.
fn is_control(c: u8) -> bool {
    (c < 0x20) & (c != b'\t') | (c == 0x7F)
}

/// Whether `bytes` hold a control character but tab. Sixteen bytes are looked at together,
/// with no early exit inside them, so that the compiler compares them at once: byte by byte,
/// this was most of the reader's time (0.56M of the 0.71M instructions reading the two Res. 30
/// files, callgrind).
fn has_control(bytes: &[u8]) -> bool {
    let (blocks, rest) = bytes.as_chunks::<16>();
    blocks.iter().any(|block| {
        block
            .iter()
            .fold(0u8, |any, &c| any | u8::from(is_control(c)))
            != 0
    }) || rest.iter().copied().any(is_control)
}

/// `key = value` at `i`: the bare key, the value, and where the value ends.
pub(super) fn key_value(source: &str, i: usize, end: usize) -> Option<(&[u8], Value, usize)> {
    let b = source.as_bytes();
    let mut k = i;
    while k < end && (b[k].is_ascii_alphanumeric() || matches!(b[k], b'_' | b'-')) {
        k += 1;
    }
    let key = &b[i..k];
    let eq = skip_blanks(b, k, end);
    if key.is_empty() || eq == end || b[eq] != b'=' {
        return None;
    }
    let v = skip_blanks(b, eq + 1, end);
    if v == end {
        return None;
    }
    let (value, after) = match b[v] {
        b'\'' => literal(source, v, end)?,
        b'"' => basic(source, v, end)?,
        b'0'..=b'9' | b'-' => integer(source, v, end)?,
        _ => return None,
    };
    Some((key, value, after))
}

/// A literal string `'…'` opening at `i` (a multi-line one is `toml`'s).
fn literal(source: &str, i: usize, end: usize) -> Option<(Value, usize)> {
    let b = source.as_bytes();
    if b[i..end].starts_with(b"'''") {
        return None;
    }
    let close = i + 1 + memchr::memchr(b'\'', &b[i + 1..end])?;
    let text = &source[i + 1..close];
    if has_control(text.as_bytes()) {
        return None;
    }
    let value = Spanned::new(i..close + 1, text.to_string());
    Some((Value::Str(value), close + 1))
}

/// A basic string `"…"` opening at `i`, or `"""…"""` closed on its line (as `toml` writes a
/// text holding both kinds of quote), with TOML 1.0's escapes; any other is `toml`'s.
fn basic(source: &str, i: usize, end: usize) -> Option<(Value, usize)> {
    let b = source.as_bytes();
    let multi = b[i..end].starts_with(b"\"\"\"");
    let mut out = String::new();
    let mut j = i + if multi { 3 } else { 1 };
    loop {
        let stop = j + memchr::memchr2(b'"', b'\\', &b[j..end])?;
        let run = &source[j..stop];
        if has_control(run.as_bytes()) {
            return None;
        }
        out.push_str(run);
        if b[stop] == b'"' {
            let close = match multi {
                false => stop + 1,
                // Quotes after the closing three belong to the text: left to `toml`.
                true if b[stop..end].starts_with(b"\"\"\"") => match b.get(stop + 3) {
                    Some(b'"') => return None,
                    _ => stop + 3,
                },
                true => {
                    out.push('"');
                    j = stop + 1;
                    continue;
                }
            };
            let value = Spanned::new(i..close, out);
            return Some((Value::Str(value), close));
        }
        let (c, len) = match *b.get(stop + 1)? {
            b'b' => ('\u{8}', 2),
            b't' => ('\t', 2),
            b'n' => ('\n', 2),
            b'f' => ('\u{c}', 2),
            b'r' => ('\r', 2),
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'u' => (hex_char(source.get(stop + 2..stop + 6)?)?, 6),
            b'U' => (hex_char(source.get(stop + 2..stop + 10)?)?, 10),
            _ => return None,
        };
        if stop + len > end {
            return None;
        }
        out.push(c);
        j = stop + len;
    }
}

fn hex_char(digits: &str) -> Option<char> {
    if !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
        return None;
    }
    char::from_u32(u32::from_str_radix(digits, 16).ok()?)
}

/// A decimal integer at `i`: digits, no leading zero, no sign but `-`, no `_`.
fn integer(source: &str, i: usize, end: usize) -> Option<(Value, usize)> {
    let b = source.as_bytes();
    let digits = usize::from(b[i] == b'-') + i;
    let mut k = digits;
    while k < end && b[k].is_ascii_digit() {
        k += 1;
    }
    if k == digits || (b[digits] == b'0' && k > digits + 1) {
        return None;
    }
    let n: i64 = source[i..k].parse().ok()?;
    Some((Value::Int(Spanned::new(i..k, n)), k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_character_is_found_at_every_place_of_a_long_text() {
        let text = "وإذ يضع في اعتباره tab\there ".repeat(3);
        assert!(!has_control(text.as_bytes()));
        for at in 0..text.len() {
            for c in [0u8, 0x1F, 0x7F, b'\r', b'\n'] {
                let mut bytes = text.clone().into_bytes();
                bytes[at] = c;
                assert!(has_control(&bytes), "{c:#x} at {at}");
            }
        }
    }
}
