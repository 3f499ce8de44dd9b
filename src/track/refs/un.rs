//! UN resolution citations: "its resolution 79/194", "General Assembly resolution 70/1",
//! "Economic and Social Council resolutions 2006/46, 2008/3 and 2024/13", "Human Rights Council
//! resolution 53/29", "Security Council resolution 2250 (2015)". The body comes from the name
//! written just before the keyword, else from the number's shape: the Economic and Social
//! Council numbers by year (`2025/18`), the General Assembly by session (`79/194`).

use crate::model::Body;

/// (start, end, body, symbol) of one cited UN resolution.
pub(super) type UnFound = (usize, usize, Body, String);

/// Names written before "resolution", and the body each means.
const NAMED: &[(&str, Body)] = &[
    ("General Assembly", Body::Unga),
    ("Economic and Social Council", Body::Ecosoc),
    ("Human Rights Council", Body::Hrc),
    ("Security Council", Body::Unsc),
];

/// How far before the keyword a body's name still governs it ("the General Assembly in its
/// resolution" is 8 characters away; a name a sentence earlier is not).
const NEAR: usize = 24;

/// The digits at the start of `s`.
fn digits(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len())]
}

/// `79/194` or `2025/18` at the start of `s`: its length and whether it numbers by year.
fn un_number(s: &str) -> Option<(usize, bool)> {
    let a = digits(s);
    let rest = s[a.len()..].strip_prefix('/')?;
    let b = digits(rest);
    if a.is_empty() || b.is_empty() || a.len() > 4 {
        return None;
    }
    Some((a.len() + 1 + b.len(), a.len() == 4))
}

/// `2250 (2015)` at the start of `s`: the Security Council's numbering.
fn council_number(s: &str) -> Option<(usize, String)> {
    let n = digits(s);
    let year = s[n.len()..].strip_prefix(" (")?;
    let y = digits(year);
    (!n.is_empty() && y.len() == 4 && year[y.len()..].starts_with(')'))
        .then(|| (n.len() + 2 + y.len() + 1, format!("S/RES/{n} ({y})")))
}

/// `217 A (III)` at the start of `s`: the General Assembly's numbering before 1976 (number,
/// part, session in roman numerals).
fn session_number(s: &str) -> Option<usize> {
    let n = digits(s);
    let mut rest = &s[n.len()..];
    if let Some(r) = rest.strip_prefix(' ')
        && r.starts_with(|c: char| c.is_ascii_uppercase())
        && r[1..].starts_with(" (")
    {
        rest = &r[1..];
    }
    let inner = rest.strip_prefix(" (")?;
    let roman = &inner[..inner
        .find(|c: char| !"IVXLC".contains(c))
        .unwrap_or(inner.len())];
    (!n.is_empty() && !roman.is_empty() && inner[roman.len()..].starts_with(')'))
        .then(|| s.len() - inner.len() + roman.len() + 1)
}

/// `" of 19 December 2024"` at the start of `s`: its length, so a list reads on past the date.
fn date_after(s: &str) -> usize {
    let Some(rest) = s.strip_prefix(" of ") else {
        return 0;
    };
    let mut words = rest.splitn(4, ' ');
    let (Some(d), Some(m), Some(y)) = (words.next(), words.next(), words.next()) else {
        return 0;
    };
    let y = digits(y);
    let ok = !d.is_empty()
        && d.chars().all(|c| c.is_ascii_digit())
        && m.chars().all(char::is_alphabetic)
        && y.len() == 4;
    if ok {
        4 + d.len() + 1 + m.len() + 1 + y.len()
    } else {
        0
    }
}

/// The body named within [`NEAR`] characters before `at`, and whether "its" stands right
/// before the keyword.
fn named_before(text: &str, at: usize) -> (Option<Body>, bool) {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(NEAR)
        .map_or(0, |(i, _)| i);
    let window = &text[from..at];
    let named = NAMED
        .iter()
        .filter_map(|(n, b)| window.rfind(n).map(|i| (i, *b)))
        .max_by_key(|(i, _)| *i)
        .map(|(_, b)| b);
    (named, window.trim_end().ends_with("its"))
}

/// Every UN resolution `text` cites, in order; `own` is the citing text's body.
pub(super) fn un_resolutions(text: &str, own: Option<Body>) -> Vec<UnFound> {
    let mut out = Vec::new();
    for key in ["resolution", "Resolution"] {
        for (at, _) in text.match_indices(key) {
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let mut p = at + key.len();
            if text[p..].starts_with('s') {
                p += 1;
            }
            let Some(rest) = text[p..].strip_prefix(' ') else {
                continue;
            };
            p = text.len() - rest.len();
            let (named, its) = named_before(text, at);
            let own_un = own.filter(|b| b.is_un());
            loop {
                crate::work::steps(1);
                let here = &text[p..];
                let found =
                    if named == Some(Body::Unsc) || (named.is_none() && own == Some(Body::Unsc)) {
                        council_number(here).map(|(n, s)| (n, Body::Unsc, s))
                    } else {
                        un_number(here).map(|(n, by_year)| {
                            let body = match named {
                                None if by_year => Body::Ecosoc,
                                Some(b) => b,
                                None if its
                                    && own_un.is_some_and(|b| (b == Body::Ecosoc) == by_year) =>
                                {
                                    own_un.unwrap_or(Body::Unga)
                                }
                                None => Body::Unga,
                            };
                            let prefix = body.symbol_prefix().unwrap_or("A/RES/");
                            (n, body, format!("{prefix}{}", &here[..n]))
                        })
                    };
                let found = found.or_else(|| {
                    let old = matches!(named, None | Some(Body::Unga)) && own_un.is_some();
                    let n = session_number(here).filter(|_| old)?;
                    Some((n, Body::Unga, format!("A/RES/{}", &here[..n])))
                });
                let Some((n, body, symbol)) = found else {
                    break;
                };
                out.push((p, p + n, body, symbol));
                p += n;
                p += date_after(&text[p..]);
                let next = &text[p..];
                let sep = [", and ", ", ", " and "].iter().find(|s| {
                    next.starts_with(*s)
                        && next[s.len()..].starts_with(|c: char| c.is_ascii_digit())
                });
                match sep {
                    Some(s) => p += s.len(),
                    None => break,
                }
            }
        }
    }
    out.sort_by_key(|f| f.0);
    out.dedup_by_key(|f| f.0);
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{AsOf, Kind, Standing, citations, stale};
    use crate::input::ImportOptions;
    use crate::input::akn::import_akn_file;
    use crate::input::corpus::load_file;
    use crate::model::{Body, Document, ResNumber};

    fn ict4sd(revision: &str) -> Document {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/unga/ict4sd");
        load_file(&dir.join(format!("{revision}.en.toml"))).expect("ict4sd")
    }

    /// Issue 24: A/RES/80/118 recalls some 30 resolutions and lists more in its footnotes;
    /// `refs` found none of them.
    #[test]
    fn the_resolutions_80_118_recalls_in_text_and_footnotes() {
        let found = citations(&ict4sd("80-118"));
        let un: Vec<(&str, Option<Body>, &str, &str)> = found
            .iter()
            .filter(|c| c.kind == Kind::UnResolution)
            .map(|c| {
                let mark = c.path.first().map_or("", String::as_str);
                (c.text.as_str(), c.body, c.section.as_str(), mark)
            })
            .collect();
        assert_eq!(un[0], ("79/194", Some(Body::Unga), "preambular", ""));
        assert_eq!(un[1], ("2025/18", Some(Body::Ecosoc), "preambular", ""));
        // Footnote 1 lists the series's 21 earlier texts, 56/183 to 78/132: each is read, by its mark.
        let note1: Vec<&str> = un
            .iter()
            .filter(|u| u.2 == "footnotes" && u.3 == "1")
            .map(|u| u.0)
            .collect();
        assert_eq!(note1.len(), 21, "{note1:?}");
        assert_eq!((note1[0], note1[20]), ("56/183", "78/132"));
        // "Resolution 217 A (III)" is the General Assembly's, not an ITU resolution 217.
        let udhr = found
            .iter()
            .find(|c| c.text.starts_with("217"))
            .expect("217 A (III)");
        assert_eq!(udhr.symbol.as_deref(), Some("A/RES/217 A (III)"));
        assert!(found.iter().all(|c| c.kind != Kind::Resolution));
    }

    /// The Security Council numbers by year in parentheses; the Human Rights Council by session.
    #[test]
    fn security_council_and_human_rights_council_resolutions() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/akn/unga-78session/A_RES_78_218-2325997E.xml");
        let opts = ImportOptions {
            number: Some(ResNumber::Series("dprk-human-rights".into())),
            ..Default::default()
        };
        let doc = import_akn_file(&path, &opts, &ImportOptions::default(), &|_, _| None)
            .expect("78/218")
            .document;
        let found = citations(&doc);
        let symbols: Vec<(Option<Body>, &str)> = found
            .iter()
            .filter(|c| c.kind == Kind::UnResolution)
            .map(|c| (c.body, c.symbol.as_deref().unwrap_or_default()))
            .collect();
        let want = [
            // "as referred to by the Security Council in its resolutions 2321 (2016) of ..."
            (Some(Body::Unsc), "S/RES/2321 (2016)"),
            // "pursuant to Human Rights Council resolution 31/18"
            (Some(Body::Hrc), "A/HRC/RES/31/18"),
        ];
        for w in want {
            assert!(symbols.contains(&w), "{w:?} not in {symbols:?}");
        }
    }

    /// A cited UN resolution is stale when the corpus holds a later one of its series.
    #[test]
    fn un_staleness_follows_the_series_in_the_corpus() {
        let corpus: Vec<Document> = ["77-150", "78-132", "79-194", "80-118"]
            .iter()
            .map(|r| ict4sd(r))
            .collect();
        let found = citations(&ict4sd("79-194"));
        let judge = |as_of: &str| stale(&found, &as_of.parse::<AsOf>().expect("date"), &corpus);
        let of = |j: &[super::super::Staleness], s: &str| {
            j.iter()
                .find(|x| x.citation.symbol.as_deref() == Some(s))
                .cloned()
                .unwrap_or_else(|| panic!("{s}"))
        };
        let late = judge("2026-01-01");
        let r = of(&late, "A/RES/78/132");
        assert_eq!(r.status, Standing::Stale);
        assert_eq!(r.superseded_by.as_deref(), Some("A/RES/80/118"));
        let early = judge("2025-01-01");
        assert_eq!(
            of(&early, "A/RES/78/132").superseded_by.as_deref(),
            Some("A/RES/79/194")
        );
        let r = of(&late, "A/RES/70/1");
        assert_eq!(r.status, Standing::Unknown);
        assert_eq!(r.reason.as_deref(), Some("A/RES/70/1 is not in the corpus"));
    }
}
