//! The FRBR metadata of an AKN4UN file ([`Meta`]): the body from the work's author, the
//! adoption date, the expression's language, the symbol from the cover page or the work's IRI
//! (with the part of a resolution adopted in parts), and the title.

use super::dom::Elem;
use super::{AknError, text};
use crate::model::{Body, Date, Language, UnSymbol};

/// `78/183 A.` or `78-183A` (a resolution adopted in parts): the symbol and the part's letter.
fn with_part(s: &str) -> Option<(UnSymbol, char)> {
    let s = s.trim().trim_end_matches('.').trim_end();
    let part = s.chars().last().filter(|c| c.is_ascii_uppercase())?;
    UnSymbol::parse(s[..s.len() - 1].trim_end()).map(|sym| (sym, part))
}

/// `A/RES/78/132`, `78/132.`, `78/183 A.`, `78/183A`, `A/RES/78/80 A-B`: a cover's number that
/// is a symbol of the body whose symbols start with `prefix`.
fn reads_as_symbol(cover: &str, prefix: &str) -> bool {
    let rest = cover.strip_prefix(prefix).unwrap_or(cover);
    let (number, part) = rest.split_once(' ').unwrap_or((rest, ""));
    let digits = |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit());
    let numbered = number
        .trim_end_matches('.')
        .split_once('/')
        .is_some_and(|(a, b)| {
            digits(a) && digits(b.trim_end_matches(|c: char| c.is_ascii_uppercase()))
        });
    let part = part.trim_end_matches('.');
    numbered && part.len() <= 5 && part.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

/// The expression's language: `ara zho eng fra rus spa`.
pub(super) fn language(doc: &Elem) -> Result<Language, AknError> {
    let lang = doc
        .find("FRBRExpression")
        .and_then(|e| e.child("FRBRlanguage"))
        .and_then(|l| l.attr("language"))
        .ok_or(AknError::Missing("the language (FRBRlanguage)"))?;
    Ok(match lang {
        "ara" | "ar" => Language::Ar,
        "zho" | "chi" | "zh" => Language::Zh,
        "eng" | "en" => Language::En,
        "fra" | "fre" | "fr" => Language::Fr,
        "rus" | "ru" => Language::Ru,
        "spa" | "es" => Language::Es,
        other => {
            return Err(AknError::Unknown {
                what: "language",
                value: other.to_string(),
            });
        }
    })
}

/// The metadata an AKN4UN file gives.
pub(super) struct Meta {
    pub(super) body: Body,
    pub(super) symbol: UnSymbol,
    /// The part of a resolution adopted in parts (`78/183 A`).
    pub(super) part: Option<char>,
    pub(super) full_symbol: String,
    pub(super) date: Date,
    pub(super) year: u16,
    pub(super) language: Language,
    pub(super) title: String,
}

impl Meta {
    pub(super) fn read(doc: &Elem) -> Result<Meta, AknError> {
        let work = doc
            .find("FRBRWork")
            .ok_or(AknError::Missing("the work (FRBRWork)"))?;
        let author = work
            .child("FRBRauthor")
            .and_then(|a| a.attr("href"))
            .ok_or(AknError::Missing("the body (FRBRauthor)"))?;
        let body = match author.trim_start_matches('#') {
            "ga" | "unga" => Body::Unga,
            "ecosoc" | "unecosoc" => Body::Ecosoc,
            "hrc" => Body::Hrc,
            "sc" | "unsc" => Body::Unsc,
            other => {
                return Err(AknError::Unknown {
                    what: "author",
                    value: other.to_string(),
                });
            }
        };
        let date: Date = work
            .child("FRBRdate")
            .and_then(|d| d.attr("date"))
            .and_then(|d| d.parse().ok())
            .ok_or(AknError::Missing("the adoption date (FRBRdate)"))?;
        let year = date.year();
        let prefix = body.symbol_prefix().unwrap_or_default();
        // The cover's number is the symbol only when it reads as one of this body's: any
        // other text with a `/` there (another document's symbol, words) is not taken.
        let cover = doc
            .find("coverPage")
            .and_then(|c| c.find("docNumber"))
            .map(|n| text::collapse(&text::plain(n)))
            .filter(|c| reads_as_symbol(c, prefix));
        let iri = work.child("FRBRthis").and_then(|t| t.attr("value"));
        let from_iri = iri.and_then(|v| {
            v.trim_end_matches('/')
                .split('/')
                .rfind(|p| !p.starts_with('!'))
                .and_then(UnSymbol::parse)
        });
        let iri_tail = iri.and_then(|v| {
            v.trim_end_matches('/')
                .split('/')
                .rfind(|p| !p.starts_with('!'))
        });
        let (symbol, part) = match cover.as_deref().and_then(UnSymbol::parse).or(from_iri) {
            Some(s) => (s, None),
            // 78/183 A and B: a resolution adopted in parts, one file each.
            None => cover
                .as_deref()
                .and_then(with_part)
                .or_else(|| iri_tail.and_then(with_part))
                .map(|(s, p)| (s, Some(p)))
                .ok_or(AknError::Missing("the symbol (docNumber or FRBRthis)"))?,
        };
        let full_symbol = match part {
            Some(p) => format!("{prefix}{symbol} {p}"),
            None => cover
                .filter(|c| c.contains('/'))
                .unwrap_or_else(|| format!("{prefix}{symbol}")),
        };
        let language = language(doc)?;
        let title = doc
            .find("preface")
            .and_then(|p| p.find("docTitle"))
            .map(|t| text::title(&text::plain(t)))
            .filter(|t| !t.is_empty());
        // A collection whose preface has no title (78/80 A-B in Arabic) takes its first
        // part's, with a warning: see `read`.
        let title = match title {
            Some(t) => t,
            None if doc.name == "documentCollection" => String::new(),
            None => return Err(AknError::Missing("the title (preface docTitle)")),
        };
        Ok(Meta {
            body,
            symbol,
            part,
            full_symbol,
            date,
            year,
            language,
            title,
        })
    }
}
