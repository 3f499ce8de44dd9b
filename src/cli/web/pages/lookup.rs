//! The corpus in memory as the importer asks it for a UN text's series: an uploaded Akoma
//! Ntoso file is filed as `resdiff import` files it ([`resdiff::input::series::propose`]), in the
//! series of its own symbol, else of its predecessor by title, with the evidence as a warning.

use resdiff::input::series::{SeriesLookup, Titled, Titles};
use resdiff::model::{Body, ResNumber, UnSymbol};

use super::Library;

impl SeriesLookup for Library {
    /// The series of the corpus revision with this symbol (`unga`, `78/132` -> `ict4sd`).
    fn series(&self, body: Body, symbol: &UnSymbol) -> Option<ResNumber> {
        let id = symbol.revision_id();
        self.series
            .iter()
            .filter(|(s, _)| s.body == body)
            .find(|(_, docs)| docs.iter().any(|d| d.revision.id_shown() == id))
            .map(|(s, _)| s.number.clone())
    }

    /// The titles of the UN revisions, gathered when an upload's own symbol is not in the
    /// corpus (as the command line reads them from the corpus files' heads).
    fn titles(&self) -> Option<&Titles> {
        Some(self.titles.get_or_init(|| {
            let mut titles = Titles::default();
            for (s, docs) in self.series.iter().filter(|(s, _)| s.body.is_un()) {
                for d in docs {
                    let Some(title) = &d.resolution.title else {
                        continue;
                    };
                    titles.add(Titled {
                        body: s.body,
                        series: s.number.clone(),
                        revision: d.revision.id_shown().to_string(),
                        language: d.language,
                        title: title.clone(),
                        symbol: d.revision.symbol.clone(),
                    });
                }
            }
            titles
        }))
    }
}
