//! What every corpus page shares around the library's HTML: the layout and navigation, the
//! names of series and texts in headings, the small address line, the legend of ITU symbols,
//! and the log's links.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use resdiff::model::{Document, Language};
use resdiff::render::diff_html::{self, Layout};
use resdiff::render::names::{self as named, Names};
use resdiff::render::report::history_html::LogLinks;
use resdiff::render::shown;

use super::{Library, Mode, Page, Series};

impl Library {
    /// How people name a series: `WTDC Res. 30`; a UN series by the symbols it runs through,
    /// `General Assembly resolutions 74/197 to 80/118`.
    pub(super) fn series_name(&self, s: &Series) -> String {
        if !s.body.is_un() {
            return format!("{} Res. {}", named::body(s.body), s.number);
        }
        let docs = self.docs(s).unwrap_or_default();
        let short = |d: &Document| {
            let name = named::document(d);
            let prefix = s.body.symbol_prefix().unwrap_or_default();
            name.strip_prefix(prefix)
                .map_or(name.clone(), str::to_string)
        };
        match (docs.first(), docs.last()) {
            (Some(a), Some(b)) if docs.len() > 1 => {
                format!(
                    "{} resolutions {} to {}",
                    named::body(s.body),
                    short(a),
                    short(b)
                )
            }
            (Some(a), _) => format!("{} resolution {}", named::body(s.body), short(a)),
            _ => named::body(s.body).to_string(),
        }
    }
}

/// A text's name and language for a title: `A/RES/80/118 (Arabic)`.
pub(super) fn title(d: &Document) -> String {
    format!("{} ({})", named::document(d), d.language.english_name())
}

/// The corpus address of a text, small, for those who use the command line.
pub(super) fn address(a: &str) -> Markup {
    html! { p class="address" { "address: " code { (a) } } "\n" }
}

/// The ITU symbols explained, on every page that shows them, in the language of the page's
/// texts where a sourced term exists (see `diff_html::legend_in`).
pub fn legend(lang: Language) -> Markup {
    html! {
        details class="legend" open {
            summary { "Symbols" }
            // Rendered (and escaped) by the library's maud template.
            (PreEscaped(diff_html::legend_in(lang)))
        }
        "\n"
    }
}

/// Log links by page name.
pub(super) struct PageLinks(pub(super) Series, pub(super) Names);

impl PageLinks {
    fn revision(address: &str) -> String {
        // `wtdc/30@dubai-2014:ar` -> `dubai-2014`
        let rev = address.split_once('@').map_or(address, |(_, r)| r);
        rev.rsplit_once(':').map_or(rev, |(r, _)| r).to_string()
    }
}

impl LogLinks for PageLinks {
    fn text(&self, address: &str) -> String {
        Page::Text(self.0.clone(), Self::revision(address)).name()
    }
    fn step(&self, from: &str, to: &str) -> String {
        Page::Diff(
            self.0.clone(),
            Self::revision(from),
            Self::revision(to),
            Layout::Inline,
        )
        .name()
    }
    fn blame(&self, address: &str) -> String {
        Page::Blame(self.0.clone(), Self::revision(address)).name()
    }
    fn name(&self, address: &str) -> Option<String> {
        Some(self.1.revision(address))
    }
}

/// A whole page around `body`: the stylesheet, the navigation.
pub fn layout(title: &str, body: Markup, mode: Mode) -> String {
    html! {
        (DOCTYPE) "\n"
        html lang="en" {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                title { (shown(title)) } "\n"
                link rel="stylesheet" href="style.css"; "\n"
            }
            "\n"
            body {
                "\n"
                header {
                    a class="home" href="index.html" { "resdiff" }
                    " · "
                    a href="index.html" { "corpus" }
                    @if mode == Mode::Server {
                        " · " a href="compare" { "compare files" }
                        " · " a href="outcome" { "outcome" }
                        " · " a href="compile" { "synoptic table" }
                    }
                }
                "\n"
                main { "\n" (body) }
                "\n"
            }
            "\n"
        }
        "\n"
    }
    .into_string()
}
