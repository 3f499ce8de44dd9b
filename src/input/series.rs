//! Which series a new UN resolution continues: that of its predecessor (issue 24). The file does
//! not say; the corpus does, in two ways a person would check:
//!
//! 1. the same title (after [`title_key`]): "Commodities" of the 80th session continues
//!    "Commodities" of the 79th;
//! 2. else a resolution it recalls whose title is on the same subject (at least half of the two
//!    titles' words shared, [`SAME_SUBJECT`]): "Working Capital Fund for 2026" recalls "Working
//!    Capital Fund for 2025".
//!
//! Merely being recalled is no evidence: nearly every development resolution of the 80th session
//! opens by recalling the Sevilla Commitment, and proposing the first recalled resolution's
//! series filed 21 of them there. Where the evidence points to two series, none is proposed
//! and the error names both: a guess would be silently wrong.

use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

use crate::input::ImportError;
use crate::model::{Body, Language, ResNumber, UnSymbol};

/// Of a recalled resolution's title and the new one's, the least share of words (shared over
/// all, stop words aside) that makes them one subject. Measured on the 79th -> 80th session of
/// the General Assembly: true successors share 0.5 to 1 ("Report of the International Law
/// Commission on the work of its seventy-fifth / seventy-sixth session": 0.78), the unrelated
/// resolutions recalled most often at most 0.44.
pub const SAME_SUBJECT: f64 = 0.5;

/// What a caller knows of the UN revisions a new text may continue.
pub trait SeriesLookup {
    /// The series of the revision with this symbol, in any language.
    fn series(&self, body: Body, symbol: &UnSymbol) -> Option<ResNumber>;
    /// The titles of the revisions, when the caller has them: without them a series is found by
    /// the text's own symbol only.
    fn titles(&self) -> Option<&Titles> {
        None
    }
}

impl<F: Fn(Body, &UnSymbol) -> Option<ResNumber> + ?Sized> SeriesLookup for F {
    fn series(&self, body: Body, symbol: &UnSymbol) -> Option<ResNumber> {
        self(body, symbol)
    }
}

/// A revision of a UN series as the corpus holds it, with its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Titled {
    /// The body that adopted it.
    pub body: Body,
    /// Its series.
    pub series: ResNumber,
    /// Its revision id, `79-124`.
    pub revision: String,
    /// The language of this title.
    pub language: Language,
    /// The title as written.
    pub title: String,
    /// Its symbol as written, `A/RES/79/124`, when the file gives it.
    pub symbol: Option<String>,
}

impl Titled {
    /// `A/RES/79/124 “Commodities” (unga/s79-124@79-124)`: what a person looks up to check.
    fn shown(&self) -> String {
        let symbol = self.symbol.clone().unwrap_or_else(|| self.revision.clone());
        format!(
            "{symbol} “{}” ({}/{}@{})",
            self.title, self.body, self.series, self.revision
        )
    }
}

/// The end of the warning that a corpus file was left out of the title evidence.
const LEFT_OUT: &str = " left out of the title evidence";

/// The warning that a corpus file (`path (its head does not parse: why)`) was left out of the
/// title evidence.
pub fn unread_warning(file: &str) -> crate::input::Warning {
    crate::input::Warning {
        chosen: None,
        line: 1,
        message: format!("corpus file {file}{LEFT_OUT}"),
    }
}

/// Whether `w` is about the corpus rather than the text imported ([`unread_warning`]): a run
/// importing many texts says it once, not once per text that looked at the corpus.
pub fn about_corpus(w: &crate::input::Warning) -> bool {
    w.chosen.is_none() && w.message.starts_with("corpus file ") && w.message.ends_with(LEFT_OUT)
}

/// The titles of a corpus's UN revisions, found by title and by revision.
#[derive(Debug, Default)]
pub struct Titles {
    rows: Vec<Titled>,
    /// Corpus files whose head could not be read, each with why: no evidence, and said.
    unread: Vec<String>,
    by_key: FxHashMap<(Body, Language, String), Vec<usize>>,
    by_revision: FxHashMap<(Body, String, Language), usize>,
}

impl Titles {
    /// Adds a revision; the first of an address is kept, as the corpus resolves it.
    pub fn add(&mut self, t: Titled) {
        let at = self.rows.len();
        let revision = (t.body, t.revision.clone(), t.language);
        if self.by_revision.contains_key(&revision) {
            return;
        }
        self.by_revision.insert(revision, at);
        let key = (t.body, t.language, title_key(&t.title));
        self.by_key.entry(key).or_default().push(at);
        self.rows.push(t);
    }

    /// A corpus file left out of the evidence, since its head (title, symbol) could not be read.
    pub fn unread(&mut self, path: &std::path::Path, why: &str) {
        self.unread.push(format!(
            "{} (its head does not parse: {why})",
            path.display()
        ));
    }

    fn same_title(&self, body: Body, language: Language, title: &str) -> Vec<&Titled> {
        let key = (body, language, title_key(title));
        self.by_key
            .get(&key)
            .map(|rows| rows.iter().map(|&i| &self.rows[i]).collect())
            .unwrap_or_default()
    }

    fn of(&self, body: Body, symbol: &UnSymbol, language: Language) -> Option<&Titled> {
        let at = self
            .by_revision
            .get(&(body, symbol.revision_id(), language))?;
        Some(&self.rows[*at])
    }
}

/// A title as compared: compatibility-normalised (NFKC), lower case, its words alone (quotes,
/// dashes and the final full stop do not count).
pub fn title_key(title: &str) -> String {
    tokens(title).collect::<Vec<_>>().join(" ")
}

fn tokens(title: &str) -> impl Iterator<Item = String> + '_ {
    let folded: String = title.nfkc().flat_map(char::to_lowercase).collect();
    let mut out = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        if is_ideograph(c) {
            // Chinese titles have no spaces: each character is a word.
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out.into_iter()
}

fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Words that say nothing of a subject, in the six UN languages.
const STOP: &[&str] = &[
    // English
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "its", "of", "on", "or", "the", "to",
    "with", // French
    "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur", "un",
    "une", // Spanish
    "al", "del", "el", "las", "los", "para", "por", "y", // Russian
    "в", "и", "к", "на", "о", "об", "по", "с", // Arabic
    "في", "من", "على", "إلى", "و", // Chinese
    "的", "和", "与", "及", "在",
];

fn subject_words(title: &str) -> Vec<String> {
    let mut words: Vec<String> = tokens(title)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// How many words two titles share, of how many they hold together.
fn shared(a: &[String], b: &[String]) -> (usize, usize) {
    let both = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    (both, a.len() + b.len() - both)
}

/// The series proposed for a new text, and the evidence, said to the person.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// The series.
    pub series: ResNumber,
    /// Why, in a clause: `same title as A/RES/79/124 “Commodities” (unga/s79-124@79-124)`.
    pub why: String,
    /// The corpus files whose heads could not be read, left out of the title evidence: each
    /// `path (its head does not parse: why)`, for a warning.
    pub unread: Vec<String>,
}

/// What the new text says of itself, for [`propose`].
#[derive(Debug, Clone, Copy)]
pub struct NewText<'a> {
    /// The body that adopted it.
    pub body: Body,
    /// Its language: titles are compared in it.
    pub language: Language,
    /// Its own symbol.
    pub symbol: Option<&'a UnSymbol>,
    /// Its title.
    pub title: &'a str,
    /// The resolutions of its body it recalls, in order.
    pub recalled: &'a [UnSymbol],
}

/// The series of the new text's predecessor: the series of this very revision in another
/// language, else of the one revision with its title, else of the one resolution it recalls on
/// the same subject. Refused ([`ImportError::NoSeries`], saying why) when there is none, or
/// more than one.
pub fn propose(lookup: &dyn SeriesLookup, text: &NewText) -> Result<Proposal, ImportError> {
    let body = text.body;
    if let Some(own) = text.symbol
        && let Some(series) = lookup.series(body, own)
    {
        return Ok(Proposal {
            unread: Vec::new(),
            why: format!(
                "this revision is in the corpus in another language, as {body}/{series}@{}",
                own.revision_id()
            ),
            series,
        });
    }
    // Only the title evidence reads the corpus files' heads (a text whose own revision is in
    // the corpus needs none): a file left out there is said.
    let titles = lookup.titles();
    let unread = titles.map(|t| t.unread.clone()).unwrap_or_default();
    match propose_by_evidence(lookup, titles, text) {
        Ok((series, why)) => Ok(Proposal {
            series,
            why,
            unread,
        }),
        Err(ImportError::NoSeries { mut why }) if !unread.is_empty() => {
            why.push_str(&format!(
                "; left out of the title evidence: {}",
                unread.join(", ")
            ));
            Err(ImportError::NoSeries { why })
        }
        Err(e) => Err(e),
    }
}

/// The series by the title evidence (`titles`, when the caller has them), for a text whose own
/// revision is not in the corpus, and why.
fn propose_by_evidence(
    lookup: &dyn SeriesLookup,
    titles: Option<&Titles>,
    text: &NewText,
) -> Result<(ResNumber, String), ImportError> {
    let body = text.body;
    let no = |why: String| Err(ImportError::NoSeries { why });
    let held: Vec<(&UnSymbol, ResNumber)> = text
        .recalled
        .iter()
        .filter_map(|s| lookup.series(body, s).map(|n| (s, n)))
        .collect();
    let Some(titles) = titles else {
        return no(match held.first() {
            None => none_held(text.recalled),
            Some((s, n)) => format!(
                "its title cannot be compared with the corpus's (it recalls {s}, of series `{n}`, but a recalled resolution is no evidence of the subject)"
            ),
        });
    };
    // A text with no words in its title (none is read without one) matches nothing.
    let same = if title_key(text.title).is_empty() {
        Vec::new()
    } else {
        titles.same_title(body, text.language, text.title)
    };
    let mut series: Vec<&ResNumber> = same.iter().map(|t| &t.series).collect();
    series.sort_by_key(|s| s.to_string());
    series.dedup();
    match series.len() {
        0 => {}
        1 => {
            // The latest revision of the series with this title is the predecessor shown.
            let last = same.iter().max_by_key(|t| revision_order(&t.revision));
            return Ok((
                series[0].clone(),
                format!(
                    "same title as {}",
                    last.map(|t| t.shown()).unwrap_or_default()
                ),
            ));
        }
        _ => {
            // The one among them the text recalls.
            let recalled: Vec<&&Titled> = same
                .iter()
                .filter(|t| text.recalled.iter().any(|s| s.revision_id() == t.revision))
                .collect();
            let mut of_recalled: Vec<&ResNumber> = recalled.iter().map(|t| &t.series).collect();
            of_recalled.sort_by_key(|s| s.to_string());
            of_recalled.dedup();
            if let ([series], Some(t)) = (of_recalled.as_slice(), recalled.first()) {
                return Ok((
                    (*series).clone(),
                    format!(
                        "same title as {}, which it recalls (the title is in other series too)",
                        t.shown()
                    ),
                ));
            }
            return no(format!(
                "its title is that of resolutions in {} series: {}",
                series.len(),
                listed(same.iter().map(|t| t.shown()))
            ));
        }
    }
    let words = subject_words(text.title);
    // Each recalled resolution the corpus holds in this language, with its share of words.
    let mut judged: Vec<(&Titled, usize, usize)> = Vec::new();
    let mut untitled = Vec::new();
    for (symbol, _) in &held {
        crate::work::steps(1);
        match titles.of(body, symbol, text.language) {
            Some(t) => {
                let (both, all) = shared(&words, &subject_words(&t.title));
                judged.push((t, both, all));
            }
            None => untitled.push(symbol.to_string()),
        }
    }
    let on_subject = |&&(_, both, all): &&(&Titled, usize, usize)| {
        all > 0 && both as f64 >= SAME_SUBJECT * all as f64
    };
    let mut found: Vec<&(&Titled, usize, usize)> = judged.iter().filter(on_subject).collect();
    found.sort_by(|a, b| (b.1 * a.2).cmp(&(a.1 * b.2)));
    let mut found_series: Vec<&ResNumber> = found.iter().map(|(t, ..)| &t.series).collect();
    found_series.sort_by_key(|s| s.to_string());
    found_series.dedup();
    match found_series.len() {
        1 => {
            let (t, both, all) = found[0];
            Ok((
                t.series.clone(),
                format!(
                    "no `{}` text in the corpus has its title; it recalls {}, whose title shares {both} of their {all} words",
                    text.language,
                    t.shown()
                ),
            ))
        }
        0 => {
            let mut why = format!(
                "no `{}` text in the corpus has its title, and {}",
                text.language,
                if held.is_empty() {
                    none_held(text.recalled)
                } else {
                    "none it recalls is on its subject".into()
                }
            );
            if !judged.is_empty() {
                why.push_str(&format!(
                    " (fewer than half of the title words shared: {})",
                    listed(judged.iter().map(|(t, ..)| t.shown()))
                ));
            }
            if !untitled.is_empty() {
                why.push_str(&format!(
                    "; not in `{}` in the corpus: {}",
                    text.language,
                    listed(untitled.into_iter())
                ));
            }
            no(why)
        }
        n => no(format!(
            "it recalls resolutions of {n} series on its subject: {}",
            listed(found.iter().map(|(t, ..)| t.shown()))
        )),
    }
}

/// `79-124` ordered by session, then number.
fn revision_order(revision: &str) -> (u32, u32, String) {
    let mut parts = revision.splitn(2, '-');
    let mut num = || {
        parts
            .next()
            .map(|p| p.trim_end_matches(|c: char| !c.is_ascii_digit()))
            .and_then(|p| p.parse().ok())
            .unwrap_or(0)
    };
    (num(), num(), revision.to_string())
}

fn none_held(recalled: &[UnSymbol]) -> String {
    if recalled.is_empty() {
        return "the preamble recalls no resolution".into();
    }
    format!(
        "none of the resolutions the preamble recalls ({}) is in the corpus",
        listed(recalled.iter().map(|s| s.to_string()))
    )
}

/// The first three, and how many more.
fn listed(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    let mut shown = items.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    if items.len() > 3 {
        shown.push_str(&format!(" and {} more", items.len() - 3));
    }
    shown
}

#[cfg(test)]
mod tests;
