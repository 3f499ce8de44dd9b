//! Resource limits, in one place: what `resdiff` refuses to read, with a clear error, so that a
//! hostile or mistaken input costs bounded time and memory. Documented in `docs/manual.md`.

use std::io::Read;
use std::path::Path;

/// The largest plain-text, Akoma Ntoso or JSON input: Res. 30 is 30 KB and WTSA Res. 1 with its
/// rules of procedure 120 KB; 16 MiB is a hundred times the largest resolution.
pub const MAX_TEXT: u64 = 16 * 1024 * 1024;

/// The largest corpus TOML file: TOML writes about 50 bytes of keys around each clause
/// (`[[section.clause]]`, `label = `, `text = `), so [`MAX_TEXT`] of plain text with
/// [`MAX_CLAUSES`] clauses is up to 26 MiB of TOML. What parsing costs is bounded by
/// [`MAX_TOML_ITEMS`], not by this.
pub const MAX_TOML: u64 = 32 * 1024 * 1024;

/// The deepest clause nesting read (ITU texts nest three or four levels: a), '1', -).
pub const MAX_DEPTH: usize = 32;

/// The largest `.docx` file read.
pub const MAX_DOCX: u64 = 64 * 1024 * 1024;

/// The most any one part of a DOCX may inflate to. The largest ITU resolution seen (WTSA Res. 1,
/// with its rules of procedure) has a 285 KB `document.xml`; 32 MiB is a hundred times that.
pub const MAX_DOCX_PART: u64 = 32 * 1024 * 1024;

/// The largest `.pdf` file read: the ITU's Final Acts, the largest text it prints as one PDF,
/// are some 20 MB with their fonts; a resolution printed alone is under 1 MB.
pub const MAX_PDF: u64 = 64 * 1024 * 1024;

/// The most pages a PDF may hold (counted once the page tree is read, before any page is): the
/// Final Acts run to about 1,000 pages, the Radio Regulations' volumes to about 1,500.
pub const MAX_PDF_PAGES: usize = 5_000;

/// The most a PDF's Flate streams (fonts and page contents; images are not counted) may inflate
/// to, all together, counted before the parser inflates them: a 100-page resolution inflates to
/// under 5 MiB, fonts included, and a compression bomb inflates a thousandfold.
pub const MAX_PDF_INFLATED: u64 = 256 * 1024 * 1024;

/// The most glyphs one PDF page may draw: a dense page of small print is about 6,000.
pub const MAX_PDF_PAGE_GLYPHS: usize = 100_000;

/// The most entries a DOCX package may list; Word writes a few dozen.
pub const MAX_ENTRIES: usize = 10_000;

/// The most clauses a text may hold, every level counted. A resolution holds a few hundred
/// (WTSA Res. 1 with its rules of procedure; GA 78/69, the largest of the GA's 78th session, 452
/// paragraphs in 356 KB); the Radio Regulations, the largest ITU text, some tens of thousands of
/// provisions. Past this, reading and comparing cost more than a second a text, and the TOML
/// parser alone about 1.7 KB a clause (a 16 MiB file of 600k tiny clauses took 1 GB).
pub const MAX_CLAUSES: usize = 200_000;

/// The most keys, tables and array items a TOML file may hold, counted before it is parsed
/// ([`toml_items`]): the parser builds a table for each, and that, not the file's size, is what
/// it costs. A corpus clause is 5 items (`[[section.clause]]` 3, `label` and `text` 1 each), one
/// nested four deep 8; a tenth of the items are metadata, headings and footnotes.
pub const MAX_TOML_ITEMS: usize = 8 * MAX_CLAUSES;

/// The most lines with text a plain-text input may hold, counted before it is read: a clause is
/// a line, and twice [`MAX_CLAUSES`] leaves room for headings and footnotes.
pub const MAX_LINES: usize = 2 * MAX_CLAUSES;

/// The most paragraphs (`w:p`) a DOCX may hold, and the most elements an Akoma Ntoso file may:
/// each is kept in memory until the text is laid out. A DOCX clause is one paragraph and GA 78/69
/// is 2,892 elements, six a paragraph; empty paragraphs and inline markup are counted too.
pub const MAX_PARAGRAPHS: usize = 2 * MAX_CLAUSES;

/// The deepest nesting of tracked changes (`w:ins`, `w:del`, `w:moveTo`, `w:moveFrom`) a DOCX
/// may hold: Word nests two (a deletion inside another reviewer's insertion), and each run
/// reads every wrapper around it.
pub const MAX_TRACKED_NESTING: usize = 32;

/// The most changes UN amendment instructions may make to the words of one text (a paragraph,
/// the title, a footnote): each searches and copies the whole text. Amendments to a paragraph
/// quote a few changes; past a hundred, the paragraph is replaced whole.
pub const MAX_TEXT_EDITS: usize = 100;

/// See [`MAX_PARAGRAPHS`].
pub const MAX_XML_ELEMENTS: usize = 8 * MAX_CLAUSES;

/// How many keys, tables and array items TOML `source` holds at most: its `=`, `.`, `,`, `[` and
/// `{` outside strings and comments (each key is an `=`, each table a `[`, `{` or dotted key's
/// `.`, each array item a `[` or `,`). One pass, no allocation; a count, not a check of syntax.
pub fn toml_items(source: &str) -> usize {
    let bytes = source.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'=' | b'.' | b',' | b'[' | b'{' => count += 1,
            b'#' => i = end_of_line(bytes, i),
            b'\'' | b'"' => i = after_string(bytes, i - 1),
            _ => {}
        }
    }
    count
}

fn end_of_line(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

/// Where the TOML string opening at `start` ends. A single-line string ends at its line's end
/// at the latest; a multi-line one's closing quotes may be followed by one or two quotes that
/// belong to the text (`'''a''''` is `a'`), so a run of quotes closes it whole. Most of a
/// corpus file is strings, so the bytes that can end one are searched for (memchr), not
/// looked at one by one.
fn after_string(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let escapes = quote == b'"';
    let multi = bytes.get(start..start + 3) == Some(&[quote; 3][..]);
    let mut i = start + if multi { 3 } else { 1 };
    while let Some(rest) = bytes.get(i..) {
        let next = match (escapes, multi) {
            (true, true) => memchr::memchr2(b'\\', quote, rest),
            (true, false) => memchr::memchr3(b'\\', quote, b'\n', rest),
            (false, true) => memchr::memchr(quote, rest),
            (false, false) => memchr::memchr2(quote, b'\n', rest),
        };
        let Some(at) = next else {
            break;
        };
        i += at;
        let b = bytes[i];
        if escapes && b == b'\\' {
            i += 2;
        } else if b == quote && (!multi || bytes.get(i..i + 3) == Some(&[quote; 3][..])) {
            while multi && bytes.get(i) == Some(&quote) {
                i += 1;
            }
            return if multi { i } else { i + 1 };
        } else if b == b'\n' && !multi {
            return i;
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// Lines holding more than blanks, as the plain-text reader counts them against [`MAX_LINES`].
pub fn lines_with_text(text: &str) -> usize {
    text.lines().filter(|l| !l.trim().is_empty()).count()
}

/// Why resdiff could not read back a text it is about to write.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum Unreadable {
    #[error("{size} bytes, more than the {limit} resdiff reads")]
    Bytes { size: u64, limit: u64 },
    #[error("{count} {what}, more than the {limit} resdiff reads")]
    Count {
        count: usize,
        what: &'static str,
        limit: usize,
    },
}

/// Whether corpus TOML about to be written is within what the loader reads: an import or an
/// `apply` that writes a file resdiff then refuses has only moved the error.
pub fn toml_readable(toml: &str) -> Result<(), Unreadable> {
    let size = toml.len() as u64;
    if size > MAX_TOML {
        return Err(Unreadable::Bytes {
            size,
            limit: MAX_TOML,
        });
    }
    let count = toml_items(toml);
    if count > MAX_TOML_ITEMS {
        return Err(Unreadable::Count {
            count,
            what: "TOML keys, tables and array items",
            limit: MAX_TOML_ITEMS,
        });
    }
    Ok(())
}

/// [`toml_readable`] for the plain-text format.
pub fn plain_readable(text: &str) -> Result<(), Unreadable> {
    let size = text.len() as u64;
    if size > MAX_TEXT {
        return Err(Unreadable::Bytes {
            size,
            limit: MAX_TEXT,
        });
    }
    let count = lines_with_text(text);
    if count > MAX_LINES {
        return Err(Unreadable::Count {
            count,
            what: "lines with text",
            limit: MAX_LINES,
        });
    }
    Ok(())
}

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
#[cfg(unix)]
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
    Err(not_a_file(what))
}

/// Opens a regular file for reading, refusing anything else. Without `O_NONBLOCK` (Windows,
/// wasm) the type is still checked on the open file; what the platform calls a file is read.
#[cfg(not(unix))]
pub fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let file = std::fs::File::open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        Ok(file)
    } else if kind.is_dir() {
        Err(not_a_file("a directory"))
    } else {
        Err(not_a_file("a device, pipe or socket"))
    }
}

fn not_a_file(what: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("{what}, not a file; resdiff reads regular files"),
    )
}

/// A UTF-8 file's text, if it holds at most `limit` bytes; invalid UTF-8 is the I/O error
/// `std::fs::read_to_string` gives.
pub fn read_file_to_string(path: &Path, limit: u64) -> Result<String, Capped> {
    utf8_text(read_file(path, limit)?).map_err(Capped::Io)
}

/// [`utf8`], or an error that says where the first byte that is not UTF-8 stands (line and
/// byte), as the message of a file that cannot be read.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, std::io::Error> {
    match simdutf8::compat::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("not UTF-8 text: line {line}, byte {at}; save it as UTF-8"),
            ))
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_resdiff_writes_is_held_to_what_it_reads() {
        let cap = usize::try_from(MAX_TOML).unwrap();
        assert!(toml_readable(&"a".repeat(cap)).is_ok());
        assert!(matches!(
            toml_readable(&"a".repeat(cap + 1)),
            Err(Unreadable::Bytes { .. })
        ));
        assert!(toml_readable(&",".repeat(MAX_TOML_ITEMS)).is_ok());
        assert!(matches!(
            toml_readable(&",".repeat(MAX_TOML_ITEMS + 1)),
            Err(Unreadable::Count { .. })
        ));
        assert!(plain_readable(&"a\n".repeat(MAX_LINES)).is_ok());
        assert!(matches!(
            plain_readable(&"a\n\n".repeat(MAX_LINES + 1)),
            Err(Unreadable::Count { .. })
        ));
        let cap = usize::try_from(MAX_TEXT).unwrap();
        assert!(matches!(
            plain_readable(&" ".repeat(cap + 1)),
            Err(Unreadable::Bytes { .. })
        ));
    }

    /// What the TOML parser builds: every table, array and value, keys included once.
    fn built(v: &toml::Value) -> usize {
        1 + match v {
            toml::Value::Table(t) => t.values().map(built).sum(),
            toml::Value::Array(a) => a.iter().map(built).sum(),
            _ => 0,
        }
    }

    /// Tables in `clause` arrays, at any depth.
    fn clauses(v: &toml::Value) -> usize {
        match v {
            toml::Value::Table(t) => t
                .iter()
                .map(|(k, v)| match v {
                    toml::Value::Array(a) if k == "clause" => a.len() + clauses(v),
                    _ => clauses(v),
                })
                .sum(),
            toml::Value::Array(a) => a.iter().map(clauses).sum(),
            _ => 0,
        }
    }

    #[test]
    fn toml_items_bound_what_the_parser_builds_on_every_corpus_file() {
        let mut files = 0;
        let mut stack = vec![std::path::PathBuf::from("resolutions")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "toml") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    let value: toml::Value = toml::from_str(&source).unwrap();
                    let (counted, parsed) = (toml_items(&source), built(&value));
                    assert!(
                        counted + 1 >= parsed,
                        "{}: {counted} < {parsed}",
                        path.display()
                    );
                    // What the cap assumes: 8 items a clause at most, and a little metadata.
                    let per_clause = MAX_TOML_ITEMS / MAX_CLAUSES;
                    let allowed = per_clause * clauses(&value) + 60;
                    assert!(
                        counted <= allowed,
                        "{}: {counted} > {allowed}",
                        path.display()
                    );
                    files += 1;
                }
            }
        }
        assert!(files > 50, "only {files} corpus files found");
    }

    #[test]
    fn toml_items_skip_strings_and_comments_of_every_kind() {
        let source = r#"a = 'x = [1, 2]' # b = {c = 1}
b = "say \"=,.\" [ {"
c = '''one '' two''' # ''' = ,
d = """two "" \""" = [""""
e = '''quoted'''''
[[f.g]]
h = [1, {i = 2}]
"#;
        // a b c d e: 5 `=`; [[f.g]]: 2 `[` and a `.`; h: `=`, `[`, `,`, `{`, `=`.
        assert_eq!(toml_items(source), 5 + 3 + 5);
        let value: toml::Value = toml::from_str(source).unwrap();
        assert_eq!(value["d"].as_str(), Some(r#"two "" """ = [""#));
        assert_eq!(value["c"].as_str(), Some("one '' two"));
        assert_eq!(value["e"].as_str(), Some("quoted''"));
    }

    #[test]
    fn an_unclosed_string_ends_with_its_line() {
        assert_eq!(toml_items("a = 'x\nb = 1\nc = \"y\\\"\n[d]"), 4);
    }
}
