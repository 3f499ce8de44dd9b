//! Page names. Every page has a flat file name (`text_wtdc_30_dubai-2014_ar.html`) and links to
//! the others by that name, relative, so the same HTML works from a server at `/` and from a
//! folder on disk. `_` separates the parts because no body, number, revision id or language
//! holds one.

use resdiff::model::{Body, Document, Language};
use resdiff::render::diff_html::Layout;

/// One resolution in one language: the revisions a history is made of.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Series {
    pub body: Body,
    pub number: resdiff::model::ResNumber,
    pub language: Language,
}

impl Series {
    /// None for a text that names no body or number: the corpus loader gives every text
    /// both, and a page is named by them.
    pub(super) fn of(d: &Document) -> Option<Series> {
        Some(Series {
            body: d.resolution.body?,
            number: d.resolution.number.clone()?,
            language: d.language,
        })
    }

    pub(super) fn key(&self) -> String {
        format!("{}_{}", self.body, self.number)
    }
}

/// A page of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    Index,
    Series(Series),
    Text(Series, String),
    Diff(Series, String, String, Layout),
    Blame(Series, String),
    /// The synoptic table of the proposals that amend one revision.
    Compile(Series, String),
    /// One revision in every language the corpus holds, side by side (the parallel check).
    Parallel(Body, resdiff::model::ResNumber, String),
    /// One paragraph in every revision of a series: its index in the series' lineage.
    Paragraph(Series, usize),
}

impl Page {
    /// The file name, which is also the link.
    pub fn name(&self) -> String {
        match self {
            Page::Index => "index.html".into(),
            Page::Series(s) => format!("res_{}_{}.html", s.key(), s.language),
            Page::Text(s, r) => format!("text_{}_{r}_{}.html", s.key(), s.language),
            Page::Diff(s, o, n, l) => {
                let kind = match l {
                    Layout::Inline => "diff",
                    Layout::SideBySide => "sbs",
                };
                format!("{kind}_{}_{o}_{n}_{}.html", s.key(), s.language)
            }
            Page::Blame(s, r) => format!("blame_{}_{r}_{}.html", s.key(), s.language),
            Page::Compile(s, r) => format!("compile_{}_{r}_{}.html", s.key(), s.language),
            Page::Parallel(b, n, r) => format!("parallel_{b}_{n}_{r}.html"),
            Page::Paragraph(s, i) => format!("para_{}_{i}_{}.html", s.key(), s.language),
        }
    }

    /// Reads a page name; anything that is not one (a path, `..`, an unknown kind) is `None`.
    pub fn parse(name: &str) -> Option<Page> {
        if name == "index.html" || name.is_empty() {
            return Some(Page::Index);
        }
        let stem = name.strip_suffix(".html")?;
        if !stem
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        {
            return None;
        }
        let parts: Vec<&str> = stem.split('_').collect();
        let series = |body: &str, number: &str, lang: &str| -> Option<Series> {
            Some(Series {
                body: body.parse().ok()?,
                number: number.parse().ok()?,
                language: lang.parse().ok()?,
            })
        };
        let rev = |r: &str| (!r.is_empty()).then(|| r.to_string());
        match parts.as_slice() {
            ["res", b, n, l] => Some(Page::Series(series(b, n, l)?)),
            ["text", b, n, r, l] => Some(Page::Text(series(b, n, l)?, rev(r)?)),
            ["blame", b, n, r, l] => Some(Page::Blame(series(b, n, l)?, rev(r)?)),
            ["compile", b, n, r, l] => Some(Page::Compile(series(b, n, l)?, rev(r)?)),
            ["para", b, n, i, l]
                if i.len() <= 6
                    && i.bytes().all(|c| c.is_ascii_digit())
                    && (i.len() == 1 || !i.starts_with('0')) =>
            {
                Some(Page::Paragraph(series(b, n, l)?, i.parse().ok()?))
            }
            ["parallel", b, n, r] => {
                Some(Page::Parallel(b.parse().ok()?, n.parse().ok()?, rev(r)?))
            }
            [kind @ ("diff" | "sbs"), b, n, o, new, l] => {
                let layout = if *kind == "diff" {
                    Layout::Inline
                } else {
                    Layout::SideBySide
                };
                Some(Page::Diff(series(b, n, l)?, rev(o)?, rev(new)?, layout))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
