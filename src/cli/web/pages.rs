//! The corpus pages, shared by `resdiff serve` and `resdiff site`: their names (names.rs) and
//! their HTML. The content comes from the library's renderers (`render::tree_html`,
//! `render::diff_html`, `render::report::{history_html, lineage_svg}`); this module only lays
//! pages around them.

use maud::{Markup, PreEscaped, html};
use resdiff::diff::{DiffOptions, DocDiff, diff_documents};
use resdiff::input::corpus::chronological;
use resdiff::input::series::Titles;
use resdiff::model::Document;
use resdiff::render::diff_html::{self, Layout, Links};
use resdiff::render::names::{self as named, Names};
use resdiff::render::report::{compile_html, lineage_svg};
use resdiff::render::report::{history_html, paragraph_html};
use resdiff::render::shown;
use resdiff::render::tree_html;
use resdiff::track::compile::compile;
use resdiff::track::history::lineage::Lineage;
use resdiff::track::history::{History, steps};

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

mod chrome;
mod lookup;
mod names;
mod paragraph;
mod parallel;

use chrome::{PageLinks, address, title};
pub use chrome::{layout, legend};
pub use names::{Page, Series};

/// The stylesheet every page links to as `style.css`.
pub const CSS: &str = include_str!("style.css");

/// Whether pages are served (with the upload form and any-pair diffs) or written as files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Server,
    Static,
}

/// Why a page cannot be shown.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("no such page")]
    NotFound,
    #[error(transparent)]
    Diff(#[from] resdiff::diff::DiffError),
    #[error(transparent)]
    History(#[from] resdiff::track::history::HistoryError),
}

/// A pair's diff and the pair: series, old and new revision.
type DiffKey = ((Series, String, String), Arc<DocDiff>);

/// The corpus in memory, revisions of each series oldest first.
pub struct Library {
    pub series: Vec<(Series, Vec<Document>)>,
    /// Each series' history: its steps aligned and diffed once for its log, lineage, blames
    /// and diff pages.
    histories: Mutex<HashMap<Series, Arc<History>>>,
    /// Each series' lineage, once worked out (the paragraph pages and their links need it).
    lineages: Mutex<HashMap<Series, Arc<Lineage>>>,
    /// Each series' paragraph numbers, counted over its whole lineage once for all its
    /// paragraph pages (counted per page, they were most of the static site's time).
    numbers: Mutex<HashMap<Series, Arc<paragraph_html::Numbers>>>,
    /// The last diff worked out: the two layouts of one pair, asked one after the other (as
    /// the static site writes them), share it.
    last_diff: Mutex<Option<DiffKey>>,
    /// The UN revisions' titles, once an upload asks for its predecessor (lookup.rs).
    titles: OnceLock<Titles>,
}

impl Library {
    pub fn new(docs: Vec<Document>) -> Library {
        let mut series: Vec<(Series, Vec<Document>)> = Vec::new();
        for d in docs {
            let Some(s) = Series::of(&d) else {
                continue;
            };
            match series.iter_mut().find(|(k, _)| *k == s) {
                Some((_, v)) => v.push(d),
                None => series.push((s, vec![d])),
            }
        }
        for (_, v) in &mut series {
            chronological(v);
        }
        series.sort_by_key(|(s, _)| s.clone());
        Library {
            series,
            histories: Mutex::new(HashMap::new()),
            lineages: Mutex::new(HashMap::new()),
            numbers: Mutex::new(HashMap::new()),
            last_diff: Mutex::new(None),
            titles: OnceLock::new(),
        }
    }

    fn docs(&self, s: &Series) -> Option<&[Document]> {
        self.series
            .iter()
            .find(|(k, _)| k == s)
            .map(|(_, v)| v.as_slice())
    }

    fn doc(&self, s: &Series, rev: &str) -> Option<&Document> {
        self.docs(s)?.iter().find(|d| d.revision.id_shown() == rev)
    }

    /// The diff of revisions `o` and `n` of `s` (the documents `old` and `new`), kept until
    /// another pair's is asked for.
    fn diff(
        &self,
        s: &Series,
        o: &str,
        n: &str,
        old: &Document,
        new: &Document,
    ) -> Result<Arc<DocDiff>, PageError> {
        // A step of the series: its history made that diff for the log.
        if let Ok(h) = self.history_of(s)
            && let (Ok(from), Ok(to)) = (h.position(o), h.position(n))
            && h.from(to) == Some(from)
            && let Some(diff) = h.diff(to)
        {
            return Ok(diff);
        }
        let key = (s.clone(), o.to_string(), n.to_string());
        if let Ok(last) = self.last_diff.lock()
            && let Some((k, diff)) = last.as_ref()
            && *k == key
        {
            return Ok(Arc::clone(diff));
        }
        let diff = Arc::new(diff_documents(old, new, &DiffOptions::default())?);
        if let Ok(mut last) = self.last_diff.lock() {
            *last = Some((key, Arc::clone(&diff)));
        }
        Ok(diff)
    }

    /// Every page of the static site: the index, and per series its page, each revision's text
    /// and blame, each step's diff in both layouts, and each paragraph's own page. A series
    /// whose lineage fails has no paragraph pages here; its series page then names the error.
    pub fn all_pages(&self) -> Vec<Page> {
        let mut out = vec![Page::Index];
        for (s, docs) in &self.series {
            out.push(Page::Series(s.clone()));
            for d in docs {
                out.push(Page::Text(s.clone(), d.revision.id_shown().to_string()));
                out.push(Page::Blame(s.clone(), d.revision.id_shown().to_string()));
            }
            for base in amended(docs) {
                out.push(Page::Compile(
                    s.clone(),
                    docs[base].revision.id_shown().to_string(),
                ));
            }
            for d in docs {
                let page =
                    Page::Parallel(s.body, s.number.clone(), d.revision.id_shown().to_string());
                if self
                    .languages(s.body, &s.number, d.revision.id_shown())
                    .len()
                    > 1
                    && !out.contains(&page)
                {
                    out.push(page);
                }
            }
            for (from, to) in steps(docs) {
                if let Some(f) = from {
                    for layout in [Layout::Inline, Layout::SideBySide] {
                        out.push(Page::Diff(
                            s.clone(),
                            docs[f].revision.id_shown().to_string(),
                            docs[to].revision.id_shown().to_string(),
                            layout,
                        ));
                    }
                }
            }
            if let Ok(l) = self.lineage_of(s) {
                out.extend((0..l.provisions.len()).map(|i| Page::Paragraph(s.clone(), i)));
            }
        }
        out
    }

    /// A page's HTML.
    pub fn render(&self, page: &Page, mode: Mode) -> Result<String, PageError> {
        match page {
            Page::Index => Ok(self.index(mode)),
            Page::Paragraph(s, i) => self.paragraph_page(s, *i, mode),
            Page::Parallel(b, n, r) => self.parallel_page(*b, n, r, mode),
            Page::Series(s) => self.series_page(s, mode),
            Page::Text(s, r) => {
                let d = self.doc(s, r).ok_or(PageError::NotFound)?;
                let languages = self.languages(s.body, &s.number, r).len() > 1;
                let links = self.paragraph_links(s, r);
                let body = html! {
                    h2 { (named::document(d)) " (" (d.language.english_name()) ")" } "\n"
                    (address(&d.address()))
                    p class="links" {
                        a href=(Page::Series(s.clone()).name()) { "history of " (self.series_name(s)) }
                        " · "
                        a href=(Page::Blame(s.clone(), r.clone()).name()) { "paragraph history" }
                        @if languages {
                            " · "
                            a href=(Page::Parallel(s.body, s.number.clone(), r.clone()).name()) {
                                "all languages side by side"
                            }
                        }
                    }
                    "\n"
                    // Rendered (and escaped) by the library's maud template.
                    (PreEscaped(tree_html::render_linked(d, &|p| links.href(p))))
                };
                Ok(layout(&title(d), body, mode))
            }
            Page::Blame(s, r) => {
                let d = self.doc(s, r).ok_or(PageError::NotFound)?;
                let names = Names::of(self.docs(s).ok_or(PageError::NotFound)?);
                let paths: Vec<_> = d.clauses().into_iter().map(|(p, _)| p).collect();
                let lines = self.history_of(s)?.blame(r)?;
                let links = self.paragraph_links(s, r);
                let link = |k: usize| paths.get(k).and_then(|p| links.href(p));
                let body = html! {
                    h2 { "Paragraph history: " (title(d)) } "\n"
                    (address(&d.address()))
                    p class="legend" {
                        "For each paragraph of this text: the revision it first appears in, and \
                         the revision its words last changed in."
                    }
                    "\n"
                    p class="links" {
                        a href=(Page::Text(s.clone(), r.clone()).name()) { "text" }
                        " · "
                        a href=(Page::Series(s.clone()).name()) { "history" }
                    }
                    "\n"
                    (PreEscaped(history_html::blame_linked(&lines, s.language.is_rtl(), &names, &link)))
                    (PreEscaped(tree_html::notes(d)))
                };
                Ok(layout(
                    &format!("Paragraph history: {}", title(d)),
                    body,
                    mode,
                ))
            }
            Page::Compile(s, r) => {
                let docs = self.docs(s).ok_or(PageError::NotFound)?;
                let base = docs
                    .iter()
                    .position(|d| d.revision.id_shown() == r)
                    .ok_or(PageError::NotFound)?;
                let proposals: Vec<_> = steps(docs)
                    .into_iter()
                    .filter(|&(from, to)| from == Some(base) && !is_adopted(&docs[to]))
                    .map(|(_, to)| docs[to].clone())
                    .collect();
                if proposals.is_empty() {
                    return Err(PageError::NotFound);
                }
                let synopsis = compile(&docs[base], &proposals)?;
                let dir = if s.language.is_rtl() { "rtl" } else { "ltr" };
                let body = html! {
                    h2 { "Proposals to " (title(&docs[base])) } "\n"
                    (address(&docs[base].address()))
                    p class="links" { a href=(Page::Series(s.clone()).name()) { "history" } } "\n"
                    (legend(s.language))
                    div class="compile" lang=(s.language) dir=(dir) {
                        (PreEscaped(compile_html::table(&synopsis, "base")))
                    }
                    "\n"
                };
                Ok(layout(
                    &format!("Synoptic table: {}", title(&docs[base])),
                    body,
                    mode,
                ))
            }
            Page::Diff(s, o, n, l) => {
                let old = self.doc(s, o).ok_or(PageError::NotFound)?;
                let new = self.doc(s, n).ok_or(PageError::NotFound)?;
                let diff = self.diff(s, o, n, old, new)?;
                let old_href = Page::Text(s.clone(), o.clone()).name();
                let new_href = Page::Text(s.clone(), n.clone()).name();
                let other = match l {
                    Layout::Inline => ("side by side", Layout::SideBySide),
                    Layout::SideBySide => ("inline", Layout::Inline),
                };
                let (old_links, new_links) =
                    (self.paragraph_links(s, o), self.paragraph_links(s, n));
                let paragraph = |old_side: bool, p: &resdiff::model::ClausePath| {
                    if old_side { &old_links } else { &new_links }.href(p)
                };
                let links = Links {
                    old: Some(&old_href),
                    new: Some(&new_href),
                    paragraph: Some(&paragraph),
                };
                let body = html! {
                    h2 {
                        a href=(old_href) { (named::document(old)) }
                        " → "
                        a href=(new_href) { (named::document(new)) }
                        " (" (new.language.english_name()) ")"
                    }
                    "\n"
                    p class="address" {
                        "address: " code { (old.address()) } " → " code { (new.address()) }
                    }
                    "\n"
                    p class="links" {
                        a href=(Page::Diff(s.clone(), o.clone(), n.clone(), other.1).name()) {
                            (other.0)
                        }
                        " · "
                        a href=(Page::Series(s.clone()).name()) { "history" }
                    }
                    "\n"
                    (legend(new.language))
                    (PreEscaped(diff_html::render(&diff, *l, links)))
                };
                Ok(layout(
                    &format!(
                        "{} → {} ({})",
                        named::document(old),
                        named::document(new),
                        new.language.english_name()
                    ),
                    body,
                    mode,
                ))
            }
        }
    }

    fn index(&self, mode: Mode) -> String {
        let body = html! {
            h2 { "Corpus" } "\n"
            table class="corpus" {
                thead {
                    tr { th { "resolution" } th { "language" } th { "title" } th { "revisions" } }
                }
                tbody {
                    "\n"
                    @for (s, docs) in &self.series {
                        tr {
                            td { a href=(Page::Series(s.clone()).name()) { (self.series_name(s)) } }
                            td { (s.language.english_name()) }
                            td lang=(s.language) dir=(if s.language.is_rtl() { "rtl" } else { "ltr" }) {
                                (shown(docs.first().map_or("", |d| d.resolution.title_shown())))
                            }
                            td {
                                @for (i, d) in docs.iter().enumerate() {
                                    @if i > 0 { " · " }
                                    a href=(Page::Text(s.clone(), d.revision.id_shown().to_string()).name()) {
                                        (named::revision(d))
                                    }
                                }
                            }
                        }
                        "\n"
                    }
                }
            }
            "\n"
            @if mode == Mode::Server {
                p { a href="compare" { "Compare your own files" } } "\n"
            }
        };
        layout("resdiff", body, mode)
    }

    fn series_page(&self, s: &Series, mode: Mode) -> Result<String, PageError> {
        let docs = self.docs(s).ok_or(PageError::NotFound)?;
        let log = self.history_of(s)?.log();
        let lineage = self.lineage_of(s)?;
        let tables = amended(docs);
        let names = Names::of(docs);
        let body = html! {
            h2 { (self.series_name(s)) " (" (s.language.english_name()) ")" } "\n"
            (address(&format!("{}/{}:{}", s.body, s.number, s.language)))
            p lang=(s.language) dir=(if s.language.is_rtl() { "rtl" } else { "ltr" }) {
                (shown(&log.title))
            }
            "\n"
            h3 { "Revisions" } "\n"
            (legend(s.language))
            (PreEscaped(history_html::log(&log, &PageLinks(s.clone(), names.clone()))))
            @if mode == Mode::Server && docs.len() > 1 {
                form class="pair" method="get" action="diff" {
                    input type="hidden" name="series" value={ (s.key()) "_" (s.language) };
                    label { "old " select name="old" { (options(docs)) } } " "
                    label { "new " select name="new" { (options(docs)) } } " "
                    label { input type="checkbox" name="sbs" value="1"; " side by side" } " "
                    button type="submit" { "Compare" }
                }
                "\n"
            }
            @if !tables.is_empty() {
                p {
                    "Synoptic tables (a row per provision, a column per proposal, conflicts marked): "
                    @for (i, b) in tables.into_iter().enumerate() {
                        @if i > 0 { " · " }
                        a href=(Page::Compile(s.clone(), docs[b].revision.id_shown().to_string()).name()) {
                            "proposals to " (named::revision(&docs[b]))
                        }
                    }
                }
                "\n"
            }
            h3 { "Clause lineage" } "\n"
            p class="legend" {
                "A column per revision, headed by its year; a line per paragraph, labelled with \
                 its number and opening words, in bands by section: ● born, • kept, edited or \
                 renumbered, ◆ moved, ✕ suppressed. Hover over a mark for the paragraph as that \
                 revision has it, over a label for its whole text."
            }
            "\n"
            div class="chart" { (PreEscaped(lineage_svg::render_named(&lineage, &names))) } "\n"
        };
        Ok(layout(
            &format!("{} ({})", self.series_name(s), s.language.english_name()),
            body,
            mode,
        ))
    }
}

/// The revisions of a series as the options of a `<select>`.
fn options(docs: &[Document]) -> Markup {
    html! {
        @for d in docs {
            option value=(d.revision.id_shown()) { (named::revision(d)) }
        }
    }
}

fn is_adopted(d: &Document) -> bool {
    d.revision.stage.status() == resdiff::model::Status::Adopted
}

/// The revisions (indexes into `docs`) that at least one proposal amends.
fn amended(docs: &[Document]) -> Vec<usize> {
    let mut out: Vec<usize> = steps(docs)
        .into_iter()
        .filter(|&(_, to)| !is_adopted(&docs[to]))
        .filter_map(|(from, _)| from)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
