//! The stream filters that expand, decoded a piece at a time only to count what they give:
//! Flate (zlib, or raw deflate as hayro falls back to), LZW (an entry up to 4096 bytes for a
//! 12-bit code), RunLength (128 bytes for 2), and the ASCII filters that may come before them in
//! a chain (`[/ASCIIHexDecode /FlateDecode]`). hayro decodes each stream whole in memory with no
//! cap, so a stream is counted here first, in a small buffer, and a chain stage by stage.

use flate2::{Decompress, FlushDecompress, Status};

/// One filter of a stream's chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// `raw`: without a zlib header, read as raw deflate (as hayro does for a stream its
    /// dictionary says is Flate).
    Flate {
        raw: bool,
    },
    /// `EarlyChange` 1 (the default) widens codes one entry early.
    Lzw {
        early: bool,
    },
    RunLength,
    AsciiHex,
    Ascii85,
}

impl Filter {
    /// The filter a `/Filter` name names (long or abbreviated); `None` for the image codecs.
    pub fn named(name: &[u8], early: bool) -> Option<Filter> {
        Some(match name {
            b"FlateDecode" | b"Fl" => Filter::Flate { raw: true },
            b"LZWDecode" | b"LZW" => Filter::Lzw { early },
            b"RunLengthDecode" | b"RL" => Filter::RunLength,
            b"ASCIIHexDecode" | b"AHx" => Filter::AsciiHex,
            b"ASCII85Decode" | b"A85" => Filter::Ascii85,
            _ => return None,
        })
    }
}

/// Why decoding stopped early.
#[derive(Debug, PartialEq, Eq)]
pub enum Stop {
    /// The counter refused more: past the cap.
    Full,
    /// The data is not what the filter decodes (hayro will refuse or cut it too).
    Bad,
}

/// Where a stage's output goes.
pub type Sink<'s> = dyn FnMut(&[u8]) -> Result<(), Stop> + 's;

/// Decodes `data` through `chain`, handing the last stage's output to `count`.
pub fn run(chain: &[Filter], data: &[u8], count: &mut Sink) -> Result<(), Stop> {
    let mut stages: Vec<Stage> = chain.iter().map(|&f| Stage::new(f)).collect();
    push(&mut stages, data, count)?;
    finish(&mut stages, count)
}

fn push(stages: &mut [Stage], bytes: &[u8], count: &mut Sink) -> Result<(), Stop> {
    match stages.split_first_mut() {
        None => count(bytes),
        Some((first, rest)) => first.feed(bytes, &mut |out| push(rest, out, count)),
    }
}

/// Flushes what a stage holds back (ASCII85's last group, a hex digit).
fn finish(stages: &mut [Stage], count: &mut Sink) -> Result<(), Stop> {
    match stages.split_first_mut() {
        None => Ok(()),
        Some((first, rest)) => {
            first.end(&mut |out| push(rest, out, count))?;
            finish(rest, count)
        }
    }
}

/// A RunLength stream past its end mark (128).
const ENDED: i32 = i32::MIN;

enum Stage {
    Flate {
        z: Box<Decompress>,
        /// Whether the zlib header was checked.
        started: bool,
        raw: bool,
        done: bool,
        buf: Vec<u8>,
    },
    Lzw(Lzw),
    RunLength {
        /// Literal bytes still to copy, or a byte to repeat (`-n`: `n` times), or [`ENDED`].
        pending: i32,
    },
    Hex {
        high: Option<u8>,
    },
    A85 {
        group: [u8; 5],
        n: usize,
        done: bool,
    },
}

impl Stage {
    fn new(f: Filter) -> Stage {
        match f {
            Filter::Flate { raw } => Stage::Flate {
                z: Box::new(Decompress::new(true)),
                started: false,
                raw,
                done: false,
                buf: vec![0; 64 * 1024],
            },
            Filter::Lzw { early } => Stage::Lzw(Lzw::new(early)),
            Filter::RunLength => Stage::RunLength { pending: 0 },
            Filter::AsciiHex => Stage::Hex { high: None },
            Filter::Ascii85 => Stage::A85 {
                group: [0; 5],
                n: 0,
                done: false,
            },
        }
    }

    fn feed(&mut self, mut input: &[u8], out: &mut Sink) -> Result<(), Stop> {
        match self {
            Stage::Flate {
                z,
                started,
                raw,
                done,
                buf,
            } => {
                if !*started && !input.is_empty() {
                    *started = true;
                    let header = input.len() >= 2
                        && input[0] & 0x0f == 8
                        && (u16::from(input[0]) << 8 | u16::from(input[1])) % 31 == 0;
                    if !header && !*raw {
                        return Err(Stop::Bad);
                    }
                    if !header {
                        **z = Decompress::new(false);
                    }
                }
                while !*done && !input.is_empty() {
                    let (before_in, before_out) = (z.total_in(), z.total_out());
                    let status = z
                        .decompress(input, buf, FlushDecompress::None)
                        .map_err(|_| Stop::Bad)?;
                    let used = (z.total_in() - before_in) as usize;
                    let made = (z.total_out() - before_out) as usize;
                    input = &input[used..];
                    out(&buf[..made])?;
                    if status == Status::StreamEnd {
                        *done = true;
                    } else if used == 0 && made == 0 {
                        break;
                    }
                }
                // What is left in the decoder for want of output space.
                while !*done {
                    let before_out = z.total_out();
                    let status = z
                        .decompress(&[], buf, FlushDecompress::None)
                        .map_err(|_| Stop::Bad)?;
                    let made = (z.total_out() - before_out) as usize;
                    out(&buf[..made])?;
                    if status == Status::StreamEnd {
                        *done = true;
                    }
                    if made == 0 {
                        break;
                    }
                }
                Ok(())
            }
            Stage::Lzw(l) => l.feed(input, out),
            Stage::RunLength { pending } => {
                let mut batch = Batch::new(out);
                while !input.is_empty() && *pending != ENDED {
                    if *pending > 0 {
                        let n = (*pending as usize).min(input.len());
                        batch.put(&input[..n])?;
                        *pending -= n as i32;
                        input = &input[n..];
                    } else if *pending < 0 {
                        batch.repeat(input[0], (-*pending) as usize)?;
                        *pending = 0;
                        input = &input[1..];
                    } else {
                        match input[0] {
                            128 => *pending = ENDED,
                            n @ 0..=127 => *pending = i32::from(n) + 1,
                            n => *pending = -(257 - i32::from(n)),
                        }
                        input = &input[1..];
                    }
                }
                batch.flush()
            }
            Stage::Hex { high } => {
                let mut buf = Vec::with_capacity(input.len() / 2 + 1);
                for &c in input {
                    if c == b'>' {
                        break;
                    }
                    let Some(v) = (c as char).to_digit(16) else {
                        continue;
                    };
                    match high.take() {
                        None => *high = Some(v as u8),
                        Some(h) => buf.push(h << 4 | v as u8),
                    }
                }
                out(&buf)
            }
            Stage::A85 { group, n, done } => {
                let mut buf = Vec::with_capacity(input.len());
                for &c in input {
                    if *done {
                        break;
                    }
                    match c {
                        b'~' => *done = true,
                        b'z' if *n == 0 => buf.extend_from_slice(&[0; 4]),
                        b'!'..=b'u' => {
                            group[*n] = c - b'!';
                            *n += 1;
                            if *n == 5 {
                                buf.extend_from_slice(&a85(group, 5));
                                *n = 0;
                            }
                        }
                        _ => {}
                    }
                }
                out(&buf)
            }
        }
    }

    fn end(&mut self, out: &mut Sink) -> Result<(), Stop> {
        match self {
            Stage::A85 { group, n, .. } if *n > 1 => {
                let bytes = a85(group, *n);
                out(&bytes[..*n - 1])
            }
            // An odd last digit is followed by 0.
            Stage::Hex { high: Some(h) } => out(&[*h << 4]),
            _ => Ok(()),
        }
    }
}

/// An ASCII85 group of `n` digits (the rest padded with `u`) as its four bytes.
fn a85(group: &mut [u8; 5], n: usize) -> [u8; 4] {
    for d in group.iter_mut().skip(n) {
        *d = b'u' - b'!';
    }
    let v = group
        .iter()
        .fold(0u32, |v, &d| v.wrapping_mul(85).wrapping_add(u32::from(d)));
    v.to_be_bytes()
}

/// Output gathered into pieces of up to 64 KiB before it goes on: RunLength and LZW make many
/// small runs, and each would otherwise be counted (and searched for pages) alone.
struct Batch<'o, 's> {
    buf: Vec<u8>,
    out: &'o mut Sink<'s>,
}

impl<'o, 's> Batch<'o, 's> {
    const SIZE: usize = 64 * 1024;

    fn new(out: &'o mut Sink<'s>) -> Self {
        Batch {
            buf: Vec::with_capacity(Self::SIZE),
            out,
        }
    }

    fn room(&mut self, n: usize) -> Result<(), Stop> {
        if self.buf.len() + n > Self::SIZE {
            self.flush()?;
        }
        Ok(())
    }

    fn put(&mut self, bytes: &[u8]) -> Result<(), Stop> {
        self.room(bytes.len())?;
        self.buf.extend_from_slice(bytes);
        Ok(())
    }

    /// `n` (at most 128) copies of `byte`.
    fn repeat(&mut self, byte: u8, n: usize) -> Result<(), Stop> {
        self.put(&[byte; 128][..n.min(128)])
    }

    fn flush(&mut self) -> Result<(), Stop> {
        if !self.buf.is_empty() {
            (self.out)(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// An LZW decoder as hayro's: codes of 9 to 12 bits, 256 clears the table, 257 ends; entries
/// past 4096 are not kept.
struct Lzw {
    early: bool,
    /// The bytes of the entries from 258 on, one after another, and where each is.
    arena: Vec<u8>,
    entries: Vec<(usize, usize)>,
    prev: Option<u16>,
    bits: u32,
    nbits: u32,
    ended: bool,
}

impl Lzw {
    fn new(early: bool) -> Lzw {
        Lzw {
            early,
            arena: Vec::new(),
            entries: Vec::with_capacity(4096),
            prev: None,
            bits: 0,
            nbits: 0,
            ended: false,
        }
    }

    fn size(&self) -> usize {
        258 + self.entries.len()
    }

    fn width(&self) -> u32 {
        match self.size() + usize::from(self.early) {
            n if n >= 2048 => 12,
            n if n >= 1024 => 11,
            n if n >= 512 => 10,
            _ => 9,
        }
    }

    /// Where entry `code` is: in the arena, or (below 258) the byte itself.
    fn entry(&self, code: u16) -> Result<&[u8], u8> {
        match usize::from(code).checked_sub(258) {
            Some(i) => {
                let (start, len) = self.entries[i];
                Ok(&self.arena[start..start + len])
            }
            None => Err(code as u8),
        }
    }

    fn first(&self, code: u16) -> u8 {
        match self.entry(code) {
            Ok(bytes) => bytes[0],
            Err(b) => b,
        }
    }

    fn register(&mut self, prefix: u16, byte: u8) {
        if self.size() >= 4096 {
            return;
        }
        let start = self.arena.len();
        match self.entry(prefix) {
            Ok(_) => {
                let (s, len) = self.entries[usize::from(prefix) - 258];
                self.arena.extend_from_within(s..s + len);
            }
            Err(b) => self.arena.push(b),
        }
        self.arena.push(byte);
        self.entries.push((start, self.arena.len() - start));
    }

    fn emit(&self, code: u16, out: &mut Batch) -> Result<(), Stop> {
        match self.entry(code) {
            Ok(bytes) => out.put(bytes),
            Err(b) => out.put(&[b]),
        }
    }

    fn feed(&mut self, input: &[u8], out: &mut Sink) -> Result<(), Stop> {
        let mut batch = Batch::new(out);
        for &b in input {
            if self.ended {
                break;
            }
            self.bits = self.bits << 8 | u32::from(b);
            self.nbits += 8;
            while self.nbits >= self.width() && !self.ended {
                let w = self.width();
                self.nbits -= w;
                let code = ((self.bits >> self.nbits) & ((1 << w) - 1)) as u16;
                self.bits &= (1 << self.nbits) - 1;
                self.code(code, &mut batch)?;
            }
        }
        batch.flush()
    }

    fn code(&mut self, code: u16, out: &mut Batch) -> Result<(), Stop> {
        match code {
            256 => {
                self.entries.clear();
                self.arena.clear();
                self.prev = None;
            }
            257 => self.ended = true,
            c if usize::from(c) < self.size() => {
                self.emit(c, out)?;
                if let Some(p) = self.prev {
                    let first = self.first(c);
                    self.register(p, first);
                }
                self.prev = Some(c);
            }
            c if usize::from(c) == self.size() && self.prev.is_some() => {
                // The entry being defined: the previous one and its own first byte.
                let p = self.prev.unwrap_or_default();
                let first = self.first(p);
                self.register(p, first);
                self.emit(c, out)?;
                self.prev = Some(c);
            }
            _ => return Err(Stop::Bad),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(chain: &[Filter], data: &[u8]) -> Vec<u8> {
        let mut got = Vec::new();
        let _ = run(chain, data, &mut |b| {
            got.extend_from_slice(b);
            Ok(())
        });
        got
    }

    #[test]
    fn each_filter_decodes_as_the_standard_says() {
        // The examples of hayro's tests and the PDF reference.
        assert_eq!(
            decoded(&[Filter::RunLength], &[4, 10, 11, 12, 13, 14, 253, 3, 128]),
            [10, 11, 12, 13, 14, 3, 3, 3, 3]
        );
        // PDF 32000-1, 7.4.4.2: 45 45 45 45 45 65 45 45 45 66.
        let lzw = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];
        assert_eq!(
            decoded(&[Filter::Lzw { early: true }], &lzw),
            b"\x2d\x2d\x2d\x2d\x2d\x41\x2d\x2d\x2d\x42"
        );
        assert_eq!(decoded(&[Filter::AsciiHex], b"48 65 6c6C6f7>"), b"Hellop");
        assert_eq!(decoded(&[Filter::Ascii85], b"87cURDZ~>"), b"Hello");
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut z, &[7u8; 100_000]).expect("deflate");
        let zlib = z.finish().expect("deflate");
        assert_eq!(
            decoded(&[Filter::Flate { raw: true }], &zlib),
            vec![7u8; 100_000]
        );
        // Raw deflate, as hayro also reads.
        assert_eq!(
            decoded(&[Filter::Flate { raw: true }], &zlib[2..]),
            vec![7u8; 100_000]
        );
        let hex: String = zlib.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            decoded(
                &[Filter::AsciiHex, Filter::Flate { raw: true }],
                hex.as_bytes()
            ),
            vec![7u8; 100_000]
        );
    }
}
