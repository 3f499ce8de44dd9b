//! Opening a DOCX package safely: a ZIP whose parts are read with a cap on their inflated size,
//! so that a zip bomb inflates to at most [`MAX_DOCX_PART`] bytes, all parts together, never the
//! machine. (Reading that much XML costs more than that: see the limits in `docs/manual.md`.)

use std::io::Cursor;

use super::DocxError;
use crate::input::limits::{Capped, MAX_DOCX_PART, MAX_ENTRIES, read_capped};

/// The parts of a DOCX the importer reads.
pub struct Package {
    pub document: String,
    pub footnotes: Option<String>,
    /// `word/numbering.xml`: the lists behind automatic labels.
    pub numbering: Option<String>,
    /// `word/styles.xml`: style names, and numbering set by style.
    pub styles: Option<String>,
}

/// Reads `word/document.xml` and, when present, `word/footnotes.xml`, `word/numbering.xml`
/// and `word/styles.xml`.
pub fn open(bytes: &[u8]) -> Result<Package, DocxError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip {
        reason: e.to_string(),
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(DocxError::TooManyEntries { count: zip.len() });
    }
    if zip.has_duplicate_names() {
        return Err(DocxError::DuplicatePart {
            part: duplicated(bytes, zip.central_directory_start()),
        });
    }
    let document =
        part(&mut zip, "word/document.xml", MAX_DOCX_PART)?.ok_or(DocxError::MissingDocument)?;
    // One budget for all parts: two parts at the cap cost twice the work of one.
    let mut left = MAX_DOCX_PART - document.len() as u64;
    let mut next = |name: &'static str| -> Result<Option<String>, DocxError> {
        let got = part(&mut zip, name, left)?;
        left -= got.as_ref().map_or(0, |g| g.len() as u64);
        Ok(got)
    };
    let footnotes = next("word/footnotes.xml")?;
    let numbering = next("word/numbering.xml")?;
    let styles = next("word/styles.xml")?;
    Ok(Package {
        document,
        footnotes,
        numbering,
        styles,
    })
}

/// Which part a package with a repeated entry name repeats, from the names its central directory
/// (which starts at `start`) holds: the zip reader keeps the last entry of a name only.
fn duplicated(bytes: &[u8], start: u64) -> &'static str {
    let directory = usize::try_from(start)
        .ok()
        .and_then(|s| bytes.get(s..))
        .unwrap_or_default();
    let count = |name: &str| {
        directory
            .windows(name.len())
            .filter(|w| *w == name.as_bytes())
            .count()
    };
    [
        "word/document.xml",
        "word/footnotes.xml",
        "word/numbering.xml",
        "word/styles.xml",
    ]
    .into_iter()
    .find(|name| count(name) > 1)
    .unwrap_or("a part")
}

fn part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
    limit: u64,
) -> Result<Option<String>, DocxError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(DocxError::BadPart {
                part: name,
                reason: e.to_string(),
            });
        }
    };
    let size = file.size();
    let bytes = read_capped(file, size, limit).map_err(|e| match e {
        Capped::TooLarge { .. } => DocxError::TooLarge { part: name, limit },
        Capped::Io(e) => DocxError::BadPart {
            part: name,
            reason: e.to_string(),
        },
    })?;
    crate::input::limits::utf8(bytes)
        .map(Some)
        .map_err(|offset| DocxError::BadPart {
            part: name,
            reason: format!("not UTF-8 (byte {offset})"),
        })
}
