//! `import` of an ITU collection: every resolution, or the one `--number` names (issue 24).

use super::itu::{is_final_acts, read_final_acts};
use crate::input::Warning;

/// Imports the resolutions of an ITU collection: every one, or the one `opts.number` names
/// (whose other options then apply as to any import). Returns the texts, each with its
/// warnings, and the collection's own warnings.
pub fn import_final_acts(
    xml: &str,
    opts: &crate::input::ImportOptions,
) -> Result<FinalActsImport, crate::input::ImportError> {
    use crate::input::{ImportError, Imported};
    let acts = read_final_acts(xml)?;
    let mut texts = acts.texts;
    if let Some(n) = &opts.number {
        texts.retain(|t| t.document.resolution.number.as_ref() == Some(n));
        if texts.is_empty() {
            return Err(ImportError::Invalid(format!(
                "the collection holds no resolution {n}"
            )));
        }
    }
    if let Some(asked) = opts.body
        && let Some(t) = texts
            .iter()
            .find(|t| t.document.resolution.body != Some(asked))
    {
        return Err(ImportError::Invalid(format!(
            "the collection holds {} resolutions, not {asked}",
            crate::model::unknown::body_name(t.document.resolution.body)
        )));
    }
    let one = opts.number.is_some();
    let mut out = Vec::new();
    for t in texts {
        let mut document = t.document;
        if one {
            super::given_metadata(&mut document, opts)?;
        }
        out.push(Imported {
            document: crate::input::validate(document)?,
            warnings: t.warnings,
        });
    }
    Ok((out, acts.warnings))
}

/// What [`import_final_acts`] gives: the texts, and the collection's own warnings.
pub type FinalActsImport = (Vec<crate::input::Imported>, Vec<Warning>);

/// [`import_final_acts`] on a file, if it is an ITU collection ([`is_final_acts`]); `None` if
/// it is not.
pub fn import_final_acts_file(
    path: &std::path::Path,
    opts: &crate::input::ImportOptions,
) -> Result<Option<FinalActsImport>, crate::input::ImportError> {
    let xml = crate::input::read_text_file(path)?;
    if !is_final_acts(&xml) {
        return Ok(None);
    }
    import_final_acts(&xml, opts).map(Some)
}
