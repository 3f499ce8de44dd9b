//! A paragraph's own page: its text in every revision of the series, with the change at each
//! step (`render::report::paragraph_html`), reached by the § link beside each paragraph of the
//! text, diff and paragraph history pages. Paragraphs are the lineage's provisions; the
//! lineage of a series is worked out once and kept. The static site writes them too, one per
//! paragraph of each series and language, so its pages link them as the server's do.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use maud::{PreEscaped, html};
use resdiff::model::ClausePath;
use resdiff::render::names::{self as named, Names};
use resdiff::render::report::paragraph_html;
use resdiff::track::history::{History, lineage::Lineage};

use super::{Library, Mode, Page, PageError, Series, address, layout};

/// What `map` holds for series `s`, made by `make` and kept on first use. A poisoned lock only
/// loses the keeping, not the value.
fn cached<T>(
    map: &Mutex<HashMap<Series, Arc<T>>>,
    s: &Series,
    make: impl FnOnce() -> Result<T, PageError>,
) -> Result<Arc<T>, PageError> {
    if let Some(v) = map.lock().ok().and_then(|m| m.get(s).cloned()) {
        return Ok(v);
    }
    let v = Arc::new(make()?);
    if let Ok(mut m) = map.lock() {
        m.insert(s.clone(), v.clone());
    }
    Ok(v)
}

impl Library {
    /// The series' history (its steps aligned and diffed once), made on first use.
    pub(super) fn history_of(&self, s: &Series) -> Result<Arc<History>, PageError> {
        cached(&self.histories, s, || {
            let docs = self.docs(s).ok_or(PageError::NotFound)?.to_vec();
            Ok(History::new(docs)?)
        })
    }

    /// The series' lineage, worked out on first use.
    pub(super) fn lineage_of(&self, s: &Series) -> Result<Arc<Lineage>, PageError> {
        cached(&self.lineages, s, || Ok(self.history_of(s)?.lineage()))
    }

    /// The series' paragraph numbers (see [`paragraph_html::Numbers`]), counted on first use.
    fn numbers_of(
        &self,
        s: &Series,
        l: &Lineage,
        names: &Names,
    ) -> Result<Arc<paragraph_html::Numbers>, PageError> {
        cached(&self.numbers, s, || {
            Ok(paragraph_html::Numbers::of(l, names))
        })
    }

    /// The links to the paragraph pages from revision `rev`'s paragraphs: the lineage and the
    /// revision's column looked up once for a whole page.
    pub(super) fn paragraph_links(&self, s: &Series, rev: &str) -> ParagraphLinks {
        let column = self
            .docs(s)
            .and_then(|docs| docs.iter().position(|d| d.revision.id_shown() == rev));
        ParagraphLinks {
            series: s.clone(),
            places: column.and_then(|c| Some((self.lineage_of(s).ok()?, c))),
        }
    }

    pub(super) fn paragraph_page(
        &self,
        s: &Series,
        index: usize,
        mode: Mode,
    ) -> Result<String, PageError> {
        let docs = self.docs(s).ok_or(PageError::NotFound)?;
        let l = self.lineage_of(s)?;
        let names = Names::of(docs);
        let numbers = self.numbers_of(s, &l, &names)?;
        let table = paragraph_html::render(&l, index, &names, s.language.is_rtl(), &numbers)
            .ok_or(PageError::NotFound)?;
        let p = &l.provisions[index];
        // Named as it reads in the last revision that has it.
        let (column, cell) = p
            .cells
            .iter()
            .enumerate()
            .rev()
            .find_map(|(c, cell)| cell.as_ref().map(|cell| (c, cell)))
            .ok_or(PageError::NotFound)?;
        let doc = &docs[column];
        let number = numbers.last(index);
        let label = if number.is_empty() {
            format!("a paragraph of {}", cell.section.replace('_', " "))
        } else {
            number
        };
        let title = format!(
            "{}, {} ({}), in every revision",
            label,
            named::document(doc),
            s.language.english_name()
        );
        let body = html! {
            h2 { (title) } "\n"
            (address(&format!("{}/{}:{}", s.body, s.number, s.language)))
            p class="links" {
                a href=(Page::Series(s.clone()).name()) { "history of " (self.series_name(s)) }
                " · "
                a href=(Page::Text(s.clone(), doc.revision.id_shown().to_string()).name()) { (named::document(doc)) }
            }
            "\n"
            p class="legend" {
                "A row per revision that has this paragraph, oldest first: what happened to it \
                 there, its number, and its words, those changed since the revision it is \
                 compared with underlined (inserted) or struck through (deleted)."
            }
            "\n"
            // Rendered (and escaped) by the library's maud template.
            (PreEscaped(table))
        };
        Ok(layout(&title, body, mode))
    }
}

/// The paragraph pages of one revision's paragraphs (see [`Library::paragraph_links`]).
pub(super) struct ParagraphLinks {
    series: Series,
    /// The lineage and the revision's column in it; None when either is missing.
    places: Option<(Arc<Lineage>, usize)>,
}

impl ParagraphLinks {
    /// The page of the paragraph at `path`, when the lineage has it.
    pub(super) fn href(&self, path: &ClausePath) -> Option<String> {
        let (l, column) = self.places.as_ref()?;
        let index = *l.places.get(*column)?.get(path)?;
        Some(Page::Paragraph(self.series.clone(), index).name())
    }
}
