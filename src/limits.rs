//! Resource limits, in one place: what `resdiff` refuses to read, with a clear error, so that a
//! hostile or mistaken input costs bounded time and memory. Documented in the README.

/// The largest plain-text, TOML or JSON input: Res. 30 is 30 KB and WTSA Res. 1 with its rules
/// of procedure 120 KB; 16 MiB is a hundred times the largest resolution.
pub const MAX_TEXT: u64 = 16 * 1024 * 1024;

/// The deepest clause nesting read (ITU texts nest three or four levels: a), '1', -).
pub const MAX_DEPTH: usize = 32;

pub use crate::import::docx::{MAX_ENTRIES, MAX_FILE as MAX_DOCX, MAX_PART as MAX_DOCX_PART};

/// The size of a file, or the I/O error of asking.
pub fn size(path: &std::path::Path) -> std::io::Result<u64> {
    std::fs::metadata(path).map(|m| m.len())
}
