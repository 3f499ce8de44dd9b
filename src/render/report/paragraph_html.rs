//! One paragraph's own page: its text in every revision of a series, with the change at each
//! step (words deleted and inserted against the revision it is compared with), from the
//! lineage ([`crate::track::history::lineage`]). The per-paragraph timeline a researcher reads
//! from the diff, text and history pages. Footnote marks are superscripts linking nowhere: each
//! revision numbers its notes its own way, and the page lists none.

use maud::html;

use crate::diff::DiffOptions;
use crate::diff::inline::diff_text;
use crate::render::diff_notes::runs_with;
use crate::render::html::{NoteSide, noted};
use crate::render::names::Names;
use crate::render::shown;
use crate::track::history::lineage::{Event, Lineage};

/// Every paragraph's number in every revision of a lineage, as the pages show them. They are
/// counted for the whole lineage at once (a UN preambular paragraph's PP3 is its place among
/// the others), so pages of many paragraphs of one series share one count.
#[derive(Debug, Clone)]
pub struct Numbers(Vec<Vec<String>>);

impl Numbers {
    /// The numbers of the lineage's paragraphs, for texts named by `names`.
    pub fn of(l: &Lineage, names: &Names) -> Numbers {
        Numbers(super::lineage_svg::paragraph_numbers(l, names.is_un()))
    }

    /// The number of paragraph `index` in the last revision that has it: its label, or PP3 for
    /// a UN preambular paragraph; empty for an unlabelled ITU paragraph.
    pub fn last(&self, index: usize) -> String {
        self.0
            .get(index)
            .and_then(|n| n.iter().rev().find(|n| !n.is_empty()))
            .cloned()
            .unwrap_or_default()
    }
}

/// The paragraph `index` of the lineage as a table, a row per revision that has it (or
/// suppressed it): the revision, what happened there, its number (from `numbers`, the
/// lineage's, counted once for all its pages), its text with the words changed since the
/// revision it is compared with. `None` for an index the lineage has not.
pub fn render(
    l: &Lineage,
    index: usize,
    names: &Names,
    rtl: bool,
    numbers: &Numbers,
) -> Option<String> {
    let p = l.provisions.get(index)?;
    let number = numbers.0.get(index)?;
    let dir = if rtl { "rtl" } else { "ltr" };
    let opts = DiffOptions::default();
    Some(
        html! {
            table class="paragraph" {
                thead {
                    tr { th { "revision" } th { "what happened" } th { "number" } th { "text" } }
                }
                tbody {
                    "\n"
                    @for (c, cell) in p.cells.iter().enumerate() {
                        @if let Some(cell) = cell {
                            @let col = &l.columns[c];
                            @let before = col.from.and_then(|f| p.cells[f].as_ref());
                            tr class=(cell.event.as_str()) {
                                td { (shown(&names.heading(&col.revision))) }
                                td { (cell.event.as_str()) }
                                td dir=(dir) { (shown(&number[c])) }
                                td dir=(dir) class="text" {
                                    @match (cell.event, before) {
                                        (Event::Suppressed, _) => del { (noted(&cell.text, NoteSide::Unlinked, rtl)) },
                                        (_, Some(b)) if b.event != Event::Suppressed => {
                                            (runs_with(&diff_text(&b.text, &cell.text, &opts), |_| true, rtl, false))
                                        }
                                        _ => (noted(&cell.text, NoteSide::Unlinked, rtl)),
                                    }
                                }
                            }
                            "\n"
                        }
                    }
                }
            }
            "\n"
        }
        .into_string(),
    )
}
