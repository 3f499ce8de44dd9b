//! The reasons file: why each proposal is made, keyed by proposal number.
//!
//! ```toml
//! # reasons for RCC/23A1/n
//! default = "Alignment with the WSIS+10 outcomes."   # for proposals not listed
//! 1 = "Update the resolution to the outcomes of the WSIS+10 review (A/RES/70/125)."
//! 4 = "PP-14 revised Resolution 140."
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Reasons per proposal number, with an optional default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reasons {
    default: Option<String>,
    by_number: BTreeMap<usize, String>,
}

/// A reasons file that cannot be used.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum ReasonsError {
    #[error("{}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Toml { path: PathBuf, message: String },
    #[error(
        "{}: key `{key}` is neither a proposal number (1, 2, ...) nor `default`",
        path.display()
    )]
    BadKey { path: PathBuf, key: String },
    #[error("{}: the reason for `{key}` must be a string", path.display())]
    NotText { path: PathBuf, key: String },
}

impl Reasons {
    /// Reads a reasons file.
    pub fn load(path: &Path) -> Result<Reasons, ReasonsError> {
        use crate::input::limits::{Capped, MAX_TEXT, read_file_to_string};
        let text = read_file_to_string(path, MAX_TEXT).map_err(|e| ReasonsError::Read {
            path: path.to_path_buf(),
            source: match e {
                Capped::Io(source) => source,
                Capped::TooLarge { size } => std::io::Error::other(format!(
                    "the file has {size} bytes, more than the {MAX_TEXT} resdiff reads"
                )),
            },
        })?;
        Reasons::parse(&text, path)
    }

    /// Parses the text of a reasons file; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Reasons, ReasonsError> {
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| ReasonsError::Toml {
                path: path.to_path_buf(),
                // The line, not toml's rendering, which quotes the whole line (any length).
                message: match e.span() {
                    Some(s) => format!(
                        "line {}: {}",
                        text[..s.start].matches('\n').count() + 1,
                        e.message().trim()
                    ),
                    None => e.message().trim().to_string(),
                },
            })?;
        let mut reasons = Reasons::default();
        for (key, value) in table {
            let Some(text) = value.as_str().map(str::to_string) else {
                return Err(ReasonsError::NotText {
                    path: path.to_path_buf(),
                    key,
                });
            };
            if key == "default" {
                reasons.default = Some(text);
            } else if let Ok(n) = key.parse::<usize>()
                && n > 0
            {
                reasons.by_number.insert(n, text);
            } else {
                return Err(ReasonsError::BadKey {
                    path: path.to_path_buf(),
                    key,
                });
            }
        }
        Ok(reasons)
    }

    /// The reason for proposal `number`, else the default.
    pub fn get(&self, number: usize) -> Option<String> {
        self.by_number
            .get(&number)
            .or(self.default.as_ref())
            .cloned()
    }

    /// The proposal numbers the file names.
    pub fn numbers(&self) -> impl Iterator<Item = usize> + '_ {
        self.by_number.keys().copied()
    }
}
