//! `refs --fix`: each stale citation's revision tag updated to the revision that superseded it,
//! in the clauses and in the footnotes; a stale citation that cannot be updated so is left as it
//! is, and [`left_as_is`] says why, citation by citation.

use rustc_hash::FxHashMap;

use super::calendar::{Staleness, Standing};
use super::{FOOTNOTES, Kind};
use crate::align::align;
use crate::diff::{DiffOptions, DocDiff, from_alignment};
use crate::model::{Clause, Document, Language, conferences};

/// The revision tag an updated citation carries, in the text's language.
pub fn new_tag(language: Language, venue: &str, year: u16) -> String {
    if language == Language::Ar {
        let ar = conferences()
            .iter()
            .find(|k| k.venue_en == venue && k.year == year)
            .map_or(venue, |k| k.venue_ar.as_str());
        format!("(المراجَع في {ar}، {year})")
    } else {
        format!("(Rev. {venue}, {year})")
    }
}

/// Why `fix` leaves a stale citation as it is.
#[derive(Clone, Copy)]
enum Left {
    UnResolution,
    NoTag,
    NoDate,
}

/// Why `fix` leaves this stale citation as it is; `None` when it updates it. Said in words by
/// [`left_as_is`] only: `fix` asks of every citation and needs no sentence.
fn left(s: &Staleness) -> Option<Left> {
    if s.citation.kind == Kind::UnResolution {
        Some(Left::UnResolution)
    } else if s.citation.tag.is_none() {
        Some(Left::NoTag)
    } else if s.venue.is_none() || s.year.is_none() {
        Some(Left::NoDate)
    } else {
        None
    }
}

/// [`left`] in a sentence.
fn why(s: &Staleness, left: Left) -> String {
    let by = s.superseded_by.as_deref().unwrap_or("a later text");
    match left {
        Left::UnResolution => format!(
            "a UN resolution is cited by its own symbol, not by a revision tag: citing {by} instead would cite another text, which is the drafter's choice"
        ),
        Left::NoTag => "the citation names no revision tag to update".into(),
        Left::NoDate => format!("the table gives no venue and year of {by} to write in a tag"),
    }
}

/// The stale citations `fix` leaves as they are, each with why.
pub fn left_as_is(judged: &[Staleness]) -> Vec<(&Staleness, String)> {
    judged
        .iter()
        .filter(|s| s.status == Standing::Stale)
        .filter_map(|s| left(s).map(|l| (s, why(s, l))))
        .collect()
}

/// The exact diff from `doc` to its [`fix`]: what `refs --fix` lays out as a proposal.
pub fn fix_diff(doc: &Document, judged: &[Staleness]) -> DocDiff {
    let fixed = fix(doc, judged);
    from_alignment(doc, &fixed, &align(doc, &fixed), &DiffOptions::default())
}

/// `doc` with every stale citation's revision tag updated to the revision that superseded it,
/// in the clauses and in the footnotes; the citations of [`left_as_is`] are not touched.
pub fn fix(doc: &Document, judged: &[Staleness]) -> Document {
    // Each citing clause's updates, by section kind and labels, made in one pass over its text:
    // replacing them one by one searched and copied the whole text for each, and looked for
    // the clause among all the section's for each (40,000 stale citations: 22 s).
    let mut updates: Updates = FxHashMap::default();
    for s in judged.iter().filter(|s| s.status == Standing::Stale) {
        if left(s).is_some() {
            continue;
        }
        let (Some(tag), Some(venue), Some(year)) = (&s.citation.tag, &s.venue, s.year) else {
            continue;
        };
        let replacement =
            s.citation
                .text
                .replacen(tag.as_str(), &new_tag(doc.language, venue, year), 1);
        let key = (s.citation.section.as_str(), s.citation.path.as_slice());
        updates.entry(key).or_default().push((
            s.citation.offset,
            s.citation.text.as_str(),
            replacement,
        ));
    }
    let mut out = doc.clone();
    if updates.is_empty() {
        return out;
    }
    for u in updates.values_mut() {
        u.sort_by_key(|(at, _, _)| *at);
    }
    for section in &mut out.sections {
        let kind = section.kind.as_str();
        update(&mut section.clauses, kind, &mut Vec::new(), &updates);
    }
    // A citation read in a footnote is placed by the footnote's mark.
    for f in &mut out.footnotes {
        let mark = [f.mark.clone()];
        if let Some(u) = updates.get(&(FOOTNOTES, mark.as_slice())) {
            f.text = updated(&f.text, u);
        }
    }
    out
}

/// Citation updates by section kind and clause labels: (offset, as written, updated).
type Updates<'j> = FxHashMap<(&'j str, &'j [String]), Vec<(usize, &'j str, String)>>;

fn update(clauses: &mut [Clause], kind: &str, path: &mut Vec<String>, updates: &Updates<'_>) {
    for c in clauses {
        path.push(c.label.written().trim().to_string());
        if let Some(u) = updates.get(&(kind, path.as_slice())) {
            c.text = updated(&c.text, u);
        }
        update(&mut c.children, kind, path, updates);
        path.pop();
    }
}

/// `text` with each citation that stands where it was found replaced, in one pass.
fn updated(text: &str, updates: &[(usize, &str, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for (at, old, new) in updates {
        crate::work::steps(1);
        if *at >= done && text.get(*at..).is_some_and(|t| t.starts_with(old)) {
            out.push_str(&text[done..*at]);
            out.push_str(new);
            done = at + old.len();
        }
    }
    out.push_str(&text[done..]);
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{AsOf, citations, stale};
    use super::*;
    use crate::input::corpus::load_file;
    use crate::model::Footnote;

    fn corpus(path: &str) -> Document {
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
    }

    /// Issue 24: `--fix` counted a stale citation in a footnote and left it as written. No ITU
    /// text of the corpus cites a resolution in a footnote, so WTSA Res. 1's considering f)
    /// ("Resolution 165 (Guadalajara, 2010) of the Plenipotentiary Conference") stands in one
    /// here, as it stands in its clause.
    #[test]
    fn a_stale_tag_in_a_footnote_is_updated() {
        let mut doc = corpus("resolutions/wtsa/001/hammamet-2016.en.toml");
        let considering = doc
            .sections
            .iter()
            .flat_map(|s| &s.clauses)
            .find(|c| c.text.contains("165 (Guadalajara, 2010)"))
            .expect("considering f)")
            .text
            .clone();
        doc.footnotes.push(Footnote {
            mark: "6".into(),
            text: considering.clone(),
        });
        let as_of: AsOf = "WTSA-24".parse().expect("calendar");
        let judged = stale(&citations(&doc), &as_of, &[]);
        assert!(left_as_is(&judged).is_empty());
        let fixed = fix(&doc, &judged);
        let note = fixed.footnotes.iter().find(|f| f.mark == "6").expect("6");
        assert_eq!(
            note.text,
            considering.replace("165 (Guadalajara, 2010)", "165 (Rev. Dubai, 2018)")
        );
    }

    /// Issue 24: the stale UN citations of A/RES/79/194 (its recalled 78/132, 77/150 in its
    /// footnote's list of earlier resolutions) were counted by `--fix` and silently not rewritten: each is
    /// left as it is, and says why.
    #[test]
    fn a_stale_un_citation_is_left_and_says_why() {
        let doc = corpus("resolutions/unga/ict4sd/79-194.en.toml");
        let later = [
            corpus("resolutions/unga/ict4sd/77-150.en.toml"),
            corpus("resolutions/unga/ict4sd/78-132.en.toml"),
            corpus("resolutions/unga/ict4sd/80-118.en.toml"),
            corpus("resolutions/ecosoc/wsis/2024-13.en.toml"),
            corpus("resolutions/ecosoc/wsis/2025-18.en.toml"),
        ];
        let as_of: AsOf = "2026-01-01".parse().expect("date");
        let judged = stale(&citations(&doc), &as_of, &later);
        let stale_n = judged
            .iter()
            .filter(|s| s.status == Standing::Stale)
            .count();
        let left = left_as_is(&judged);
        assert!(stale_n >= 3, "{stale_n}");
        assert_eq!(left.len(), stale_n);
        let in_note = left
            .iter()
            .find(|(s, _)| s.citation.section == FOOTNOTES && s.citation.text == "77/150")
            .expect("footnote 1 lists 77/150");
        assert!(
            in_note
                .1
                .starts_with("a UN resolution is cited by its own symbol"),
            "{}",
            in_note.1
        );
        assert_eq!(fix(&doc, &judged), doc);
    }
}
