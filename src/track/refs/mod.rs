//! Citations in a resolution's text: ITU resolutions with body and revision, UN document
//! symbols, WSIS action lines and the SDGs / 2030 Agenda; and which cited revisions were
//! superseded at a date ([`stale`], with the conference calendar of [`calendar`]).
//!
//! Resolutions are read in English ("Resolution 140 (Rev. Guadalajara, 2010) of the
//! Plenipotentiary Conference", "Resolution 1332 (Mod. 2016) of the Council") and Arabic
//! ("بالقرار 140 (المراجَع في غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين", "في قراره 140",
//! "القرار 1334 (المعدل في 2013) للمجلس", "لهذا المؤتمر"): the body comes from the words after
//! the citation, else from the words just before it ("مؤتمر المندوبين المفوضين، في قراره 140").

mod bodies;
pub mod calendar;
mod fix;
pub mod table;
mod un;
mod un_names;
mod un_numbers;

use serde::Serialize;

use crate::model::text::{latin_twin, symbols, tokenize};
use crate::model::{Body, Document, venue_in_english};

pub(super) use bodies::body_of_conference;
use bodies::{body_in, short_after, short_before};

pub use calendar::{AsOf, BadAsOf, Staleness, Standing, stale};
pub use fix::{fix, fix_diff, left_as_is, new_tag};
pub use table::Table;

/// What a citation cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An ITU resolution: `Resolution 140 (Rev. Guadalajara, 2010)`.
    Resolution,
    /// A UN document symbol: `A/70/125`.
    UnSymbol,
    /// A UN resolution cited by number: `its resolution 79/194`, `Economic and Social Council
    /// resolution 2025/18`, `Security Council resolution 2250 (2015)`.
    UnResolution,
    /// A WSIS action line: `C5`.
    ActionLine,
    /// The Sustainable Development Goals or the 2030 Agenda.
    Sdg,
}

/// One citation, where it stands and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// What is cited.
    pub kind: Kind,
    /// As written, e.g. `القرار 140 (المراجَع في غوادالاخارا، 2010)`.
    pub text: String,
    /// Section kind and clause labels from the top down.
    pub section: String,
    /// The labels from the top-level clause down to the citing clause.
    pub path: Vec<String>,
    /// Byte offset of the citation in the clause text.
    pub offset: usize,
    /// The cited resolution's body, when the citation says it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The cited resolution's number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The revision tag as written, with its parentheses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// "Rev." / "المراجَع في": the cited text is a revision (else the original, or a Council
    /// modification).
    pub revised: bool,
    /// The cited revision's venue (English).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The cited revision's year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// A Cyrillic or Greek letter inside a UN symbol (`А/70/125`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lookalike: Option<char>,
    /// A cited UN resolution's document symbol: `A/RES/79/194` for "its resolution 79/194".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// A cited UN resolution whose body no name and no "its" gives: the body was guessed, and
    /// this says from what (`no body named: 2025/18: a year before the slash is the Economic
    /// and Social Council's numbering`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_guessed: Option<String>,
}

/// `(Rev. Guadalajara, 2010)`, `(غوادالاخارا، 2010)`, `(Mod. 2016)`: revised?, venue, year.
fn read_tag(inner: &str) -> (bool, Option<String>, Option<u16>) {
    let t = inner.trim();
    let (revised, rest) = match t
        .strip_prefix("Rev.")
        .or_else(|| t.strip_prefix("rev."))
        .or_else(|| t.strip_prefix("المراجَع في"))
        .or_else(|| t.strip_prefix("المراجع في"))
    {
        Some(rest) => (true, rest.trim()),
        None => (false, t),
    };
    let rest = rest
        .strip_prefix("Mod.")
        .or_else(|| rest.strip_prefix("المعدل في"))
        .unwrap_or(rest)
        .trim();
    let year = rest
        .rsplit(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)
        .and_then(|y| y.parse().ok());
    let venue = rest
        .split([',', '،'])
        .next()
        .map(str::trim)
        .filter(|v| !v.is_empty() && !v.chars().all(|c| c.is_ascii_digit()))
        .map(|v| venue_in_english(v).map_or_else(|| v.to_string(), str::to_string));
    (revised, venue, year)
}

/// The spaces a citation is written with: ordinary, no-break and narrow no-break.
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The first `)` at or after `from`, from `last` (where a search began, what it found) when it
/// tells, else searched for and kept there.
fn next_close(text: &str, from: usize, last: &mut Option<(usize, Option<usize>)>) -> Option<usize> {
    if let Some((began, found)) = *last
        && began <= from
        && found.is_none_or(|f| f >= from)
    {
        return found;
    }
    let found = text[from..].find(')').map(|i| from + i);
    crate::work::steps(found.map_or(text.len(), |f| f + 1) - from);
    *last = Some((from, found));
    found
}

/// Where the word holding `at` starts (back to a space or `(`), from `last` (the previous
/// keyword and its word's start) when no space or `(` stands between them.
fn word_start(text: &str, at: usize, last: &mut Option<(usize, usize)>) -> usize {
    let stops = |c: char| c.is_whitespace() || c == '(';
    if let Some((before, start)) = *last
        && before <= at
    {
        crate::work::steps(at - before + 1);
        if !text[before..at].contains(stops) {
            *last = Some((at, start));
            return start;
        }
    }
    let run = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| !stops(*c));
    let start = run.last().map_or(at, |(i, _)| i);
    crate::work::steps(at - start + 1);
    *last = Some((at, start));
    start
}

/// Resolution citations in one text.
/// (start, end, body, number, tag) of one resolution citation.
type Found = (usize, usize, Option<Body>, u32, Option<String>);

fn resolutions(text: &str, own: Option<Body>) -> Vec<Found> {
    let mut out = Vec::new();
    for key in ["Resolution", "القرار", "قراره", "قرارها"] {
        // The last `)` found and the last word's start, reused by the next citation where they
        // still hold: searching again from each citation was quadratic in a text of citations
        // with no `)` or no space.
        let mut closing: Option<(usize, Option<usize>)> = None;
        let mut word: Option<(usize, usize)> = None;
        for (at, _) in text.match_indices(key) {
            // A space, or the no-break spaces ITU's own DOCX puts there ("Resolution\u{a0}165").
            let after_key = &text[at + key.len()..];
            let after = after_key.trim_start_matches(SPACES);
            if after.len() == after_key.len() {
                continue;
            }
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let Ok(number) = digits.parse::<u32>() else {
                continue;
            };
            let mut end = text.len() - after.len() + digits.len();
            // "Resolution 70/1" is a UN resolution, not an ITU one.
            if text[end..].starts_with('/') {
                continue;
            }
            let mut tag = None;
            let rest = &text[end..];
            let trimmed = rest.trim_start_matches(SPACES);
            let open = text.len() - trimmed.len();
            if trimmed.starts_with('(')
                && let Some(close) = next_close(text, open, &mut closing)
            {
                let close = close - open;
                let inner = &trimmed[1..close];
                if inner.chars().any(|c| c.is_ascii_digit()) {
                    tag = Some(trimmed[..=close].to_string());
                    end += rest.len() - trimmed.len() + close + 1;
                }
            }
            let window: String = text[end..].chars().take(60).collect();
            let before_start = text[..at]
                .char_indices()
                .rev()
                .nth(90)
                .map_or(0, |(i, _)| i);
            // Start at the word that holds the keyword ("بالقرار", "وبالقرار").
            let start = word_start(text, at, &mut word);
            let body = short_before(text, start)
                .or_else(|| short_after(&window))
                .or_else(|| body_in(&window, own, false))
                .or_else(|| body_in(&text[before_start..at], own, true));
            out.push((start, end, body, number, tag));
        }
    }
    out.sort_by_key(|r| r.0);
    out
}

/// Every citation of a document, in reading order.
pub fn citations(doc: &Document) -> Vec<Citation> {
    let mut out = Vec::new();
    fn walk(
        cs: &[crate::model::Clause],
        section: &str,
        path: &mut Vec<String>,
        own: (Option<u32>, Option<Body>),
        out: &mut Vec<Citation>,
    ) {
        for c in cs {
            path.push(c.label.written().trim().to_string());
            out.extend(
                in_text(&c.text, own.1)
                    .into_iter()
                    .filter(|x| !own_part(&c.text, x, own))
                    .map(|mut x| {
                        x.section = section.to_string();
                        x.path = path.clone();
                        x
                    }),
            );
            walk(&c.children, section, path, own, out);
            path.pop();
        }
    }
    let own = (
        doc.resolution
            .number
            .as_ref()
            .and_then(crate::model::ResNumber::as_number),
        doc.resolution.body,
    );
    for s in &doc.sections {
        walk(&s.clauses, s.kind.as_str(), &mut Vec::new(), own, &mut out);
    }
    // Footnotes cite as much as the text does (a UN resolution's lists of earlier resolutions
    // and document symbols stand there): each is placed by its mark.
    for f in &doc.footnotes {
        out.extend(in_text(&f.text, own.1).into_iter().map(|mut x| {
            x.section = FOOTNOTES.to_string();
            x.path = vec![f.mark.clone()];
            x
        }));
    }
    out
}

/// The `section` of a citation read in a footnote; its `path` is the footnote's mark.
pub const FOOTNOTES: &str = "footnotes";

/// A citation of the citing resolution itself where it names its own parts ("Appendix I (to
/// Resolution 1 (Rev. Hammamet, 2016))", "Annex A to Resolution 30") or stands alone as its
/// title or the list of its revisions: not a citation of another text, and never to update.
fn own_part(clause: &str, c: &Citation, own: (Option<u32>, Option<Body>)) -> bool {
    if c.kind != Kind::Resolution || own.0.is_none() || c.number != own.0 {
        return false;
    }
    if c.body.is_some() && c.body != own.1 {
        return false;
    }
    let before = clause[..c.offset]
        .trim_end_matches(SPACES)
        .trim_end_matches('(')
        .trim_end_matches(SPACES);
    let part = before
        .strip_suffix("to")
        .or_else(|| before.strip_suffix("to the"))
        .or_else(|| before.strip_suffix("of"))
        .is_some_and(|b| {
            let last = b.rfind(['.', ';', ':']).map_or(b, |i| &b[i + 1..]);
            ["Appendix", "Annex", "Attachment", "Supplement"]
                .iter()
                .any(|w| last.contains(w))
        });
    part || clause.trim() == c.text
}

fn blank(kind: Kind, text: &str, offset: usize) -> Citation {
    Citation {
        kind,
        text: text.to_string(),
        section: String::new(),
        path: Vec::new(),
        offset,
        body: None,
        number: None,
        tag: None,
        revised: false,
        venue: None,
        year: None,
        lookalike: None,
        symbol: None,
        body_guessed: None,
    }
}

/// The citations of one clause text.
pub fn in_text(text: &str, own: Option<Body>) -> Vec<Citation> {
    let mut out = Vec::new();
    let un = un::un_resolutions(text, own);
    for (start, end, body, number, tag) in resolutions(text, own) {
        // "Resolution 217 A (III)" is the General Assembly's, read below.
        if un.iter().any(|u| start <= u.start && u.start < end) {
            continue;
        }
        let (revised, venue, year) = tag
            .as_deref()
            .map(|t| read_tag(t.trim_start_matches('(').trim_end_matches(')')))
            .unwrap_or((false, None, None));
        // No body named near the citation: the conference its tag names tells (Busan, 2014 is
        // PP-14; Hammamet, 2016 is WTSA-16), when only one body met there that year.
        let body = body.or_else(|| body_of_conference(venue.as_deref()?, year?));
        out.push(Citation {
            body,
            number: Some(number),
            tag,
            revised,
            venue,
            year,
            ..blank(Kind::Resolution, &text[start..end], start)
        });
    }
    for u in un {
        out.push(Citation {
            body: Some(u.body),
            symbol: Some(u.symbol),
            body_guessed: u.guessed,
            ..blank(Kind::UnResolution, &text[u.start..u.end], u.start)
        });
    }
    for (offset, symbol) in symbols(text) {
        out.push(Citation {
            lookalike: symbol.chars().find(|c| latin_twin(*c).is_some()),
            ..blank(Kind::UnSymbol, symbol, offset)
        });
    }
    let mut offset = 0;
    for tok in tokenize(text) {
        let core = tok.trim_start_matches(['و', 'ب', 'ل']);
        let n = core
            .strip_prefix("جيم")
            .or_else(|| core.strip_prefix('C').filter(|_| tok.starts_with('C')))
            .and_then(|d| d.parse::<u8>().ok());
        if n.is_some_and(|n| (1..=11).contains(&n)) {
            out.push(blank(Kind::ActionLine, tok, offset));
        }
        offset += tok.len();
    }
    for phrase in [
        "Sustainable Development Goals",
        "2030 Agenda for Sustainable Development",
        "SDGs",
        "أهداف التنمية المستدامة",
        "خطة التنمية المستدامة لعام 2030",
    ] {
        for (at, _) in text.match_indices(phrase) {
            out.push(blank(Kind::Sdg, phrase, at));
        }
    }
    out.sort_by_key(|c| c.offset);
    out
}

#[cfg(test)]
mod table_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod un_tests;
