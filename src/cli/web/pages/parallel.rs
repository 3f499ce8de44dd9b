//! The languages of one revision side by side: the library's parallel check
//! (`track::parallel::check`) laid out by its report (`render::report::parallel::table`), a
//! column per language, Arabic right to left, disagreements marked.

use maud::{PreEscaped, html};
use resdiff::model::{Body, Document, ResNumber};
use resdiff::render::report::parallel::table;
use resdiff::track::parallel::{LANGUAGE_ORDER, check};

use resdiff::render::names as named;

use super::{Library, Mode, Page, PageError, Series, layout};

impl Library {
    /// The versions of one revision in every language the corpus holds, English first.
    pub(super) fn languages(&self, body: Body, number: &ResNumber, rev: &str) -> Vec<&Document> {
        let mut docs: Vec<&Document> = self
            .series
            .iter()
            .filter(|(s, _)| s.body == body && s.number == *number)
            .filter_map(|(_, docs)| docs.iter().find(|d| d.revision.id_shown() == rev))
            .collect();
        docs.sort_by_key(|d| LANGUAGE_ORDER.iter().position(|l| *l == d.language));
        docs
    }

    /// The parallel page of a revision held in two languages or more.
    pub(super) fn parallel_page(
        &self,
        body: Body,
        number: &ResNumber,
        rev: &str,
        mode: Mode,
    ) -> Result<String, PageError> {
        let docs: Vec<Document> = self
            .languages(body, number, rev)
            .into_iter()
            .cloned()
            .collect();
        if docs.len() < 2 {
            return Err(PageError::NotFound);
        }
        let report = check(&docs);
        let verdict = if report.agrees() {
            "The versions agree in every number, symbol, footnote mark and label.".to_string()
        } else {
            format!(
                "{} disagreement(s) with the {} text, listed below with links to their rows \
                 (marked in the table).",
                report.findings.len(),
                docs[0].language.english_name()
            )
        };
        let s = Series {
            body,
            number: number.clone(),
            language: docs[0].language,
        };
        let body_html = html! {
            h2 { (named::document(&docs[0])) ": the languages side by side" } "\n"
            (super::address(&format!("{body}/{number}@{rev}")))
            p class="links" {
                a href=(Page::Series(s.clone()).name()) { "history" }
                @for d in &docs {
                    " · "
                    @let text = Series {
                        body,
                        number: number.clone(),
                        language: d.language,
                    };
                    a href=(Page::Text(text, rev.to_string()).name()) { (d.language.english_name()) }
                }
            }
            "\n"
            p { (verdict) } "\n"
            // Rendered (and escaped) by the library's maud template.
            (PreEscaped(table(&report, &docs)))
        };
        Ok(layout(
            &format!("{}: the languages side by side", named::document(&docs[0])),
            body_html,
            mode,
        ))
    }
}
