//! Opening a DOCX package safely: a ZIP whose parts are read with a cap on their inflated size,
//! so that a zip bomb costs at most [`MAX_PART`] bytes of memory, never the machine.

use std::io::{Cursor, Read};

use super::DocxError;

/// The most any one part may inflate to. The largest ITU resolution seen (WTSA Res. 1, with its
/// rules of procedure) has a 285 KB `document.xml`; 32 MiB is a hundred times that.
pub const MAX_PART: u64 = 32 * 1024 * 1024;

/// The most entries a package may list; Word writes a few dozen.
pub const MAX_ENTRIES: usize = 10_000;

/// The parts of a DOCX the importer reads.
pub struct Package {
    pub document: String,
    pub footnotes: Option<String>,
}

/// Reads `word/document.xml` and, when present, `word/footnotes.xml`.
pub fn open(bytes: &[u8]) -> Result<Package, DocxError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip {
        reason: e.to_string(),
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(DocxError::TooManyEntries { count: zip.len() });
    }
    let document = part(&mut zip, "word/document.xml")?.ok_or(DocxError::MissingDocument)?;
    let footnotes = part(&mut zip, "word/footnotes.xml")?;
    Ok(Package {
        document,
        footnotes,
    })
}

fn part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
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
    // The declared size can lie; the cap on what is actually read is what protects us.
    if file.size() > MAX_PART {
        return Err(DocxError::TooLarge {
            part: name,
            limit: MAX_PART,
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_PART + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| DocxError::BadPart {
            part: name,
            reason: e.to_string(),
        })?;
    if bytes.len() as u64 > MAX_PART {
        return Err(DocxError::TooLarge {
            part: name,
            limit: MAX_PART,
        });
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| DocxError::BadPart {
            part: name,
            reason: format!("not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
        })
}
