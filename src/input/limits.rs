//! Resource limits, in one place: what `resdiff` refuses to read, with a clear error, so that a
//! hostile or mistaken input costs bounded time and memory. Documented in the README.

use std::io::Read;
use std::path::Path;

/// The largest plain-text, TOML or JSON input: Res. 30 is 30 KB and WTSA Res. 1 with its rules
/// of procedure 120 KB; 16 MiB is a hundred times the largest resolution.
pub const MAX_TEXT: u64 = 16 * 1024 * 1024;

/// The deepest clause nesting read (ITU texts nest three or four levels: a), '1', -).
pub const MAX_DEPTH: usize = 32;

/// The largest `.docx` file read.
pub const MAX_DOCX: u64 = 64 * 1024 * 1024;

/// The most any one part of a DOCX may inflate to. The largest ITU resolution seen (WTSA Res. 1,
/// with its rules of procedure) has a 285 KB `document.xml`; 32 MiB is a hundred times that.
pub const MAX_DOCX_PART: u64 = 32 * 1024 * 1024;

/// The most entries a DOCX package may list; Word writes a few dozen.
pub const MAX_ENTRIES: usize = 10_000;

/// Why a capped read gave nothing.
#[derive(Debug)]
pub enum Capped {
    /// The file could not be read.
    Io(std::io::Error),
    /// The input is larger than the limit (as announced, or as actually read).
    TooLarge {
        /// The input's size in bytes.
        size: u64,
    },
}

impl From<std::io::Error> for Capped {
    fn from(e: std::io::Error) -> Capped {
        Capped::Io(e)
    }
}

/// Reads `reader` whole if it holds at most `limit` bytes. `size` is what it announces (a
/// file's length, a ZIP entry's inflated size): a larger one is refused before reading, and
/// since an announcement can lie, no more than `limit + 1` bytes are ever read.
pub fn read_capped(reader: impl Read, size: u64, limit: u64) -> Result<Vec<u8>, Capped> {
    if size > limit {
        return Err(Capped::TooLarge { size });
    }
    // The announced size is the usual size: one allocation, as `std::fs::read` makes.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(Capped::TooLarge { size: read });
    }
    Ok(bytes)
}

/// A file's bytes, if it holds at most `limit` of them.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, Capped> {
    let file = open_regular(path)?;
    let size = file.metadata()?.len();
    read_capped(file, size, limit)
}

/// Opens a regular file for reading, refusing anything else. Opening a FIFO blocks until a
/// writer comes, and reading a device may never end, so the file is opened without blocking
/// and its type checked on the open file (not the path, which could change in between).
pub fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let kind = file.metadata()?.file_type();
    let what = if kind.is_file() {
        return Ok(file); // O_NONBLOCK does nothing on a regular file
    } else if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "a socket"
    };
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("{what}, not a file; resdiff reads regular files"),
    ))
}

/// A UTF-8 file's text, if it holds at most `limit` bytes; invalid UTF-8 is the I/O error
/// `std::fs::read_to_string` gives.
pub fn read_file_to_string(path: &Path, limit: u64) -> Result<String, Capped> {
    utf8(read_file(path, limit)?).map_err(|_| {
        Capped::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ))
    })
}

/// `bytes` as text, or the offset of the first byte that is not UTF-8. The standard library
/// checks non-ASCII text a character at a time; SIMD checks it in a tenth of the time, which
/// matters on Arabic files read at every run. The copy it costs is a fraction of that.
pub fn utf8(bytes: Vec<u8>) -> Result<String, usize> {
    match simdutf8::compat::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => Err(e.valid_up_to()),
    }
}
