//! UN resolution citations in the six languages: "its resolution 79/194", "sa résolution
//! 79/194", "su resolución 79/194", "свою резолюцию 79/194", "قرارها 79/194", "第79/194号决议";
//! "Economic and Social Council resolution 2025/18", "la résolution 2025/18 du Conseil
//! économique et social", "la resolución del Consejo Económico y Social 2025/18", "Security
//! Council resolution 2250 (2015)", and lists ("Resolutions 56/183, 57/238 … and 78/132").
//!
//! The body is the one named around the keyword: between it and the number (Spanish, Arabic,
//! Russian), right after the number (French, Spanish, Russian), or just before the keyword
//! (English, Chinese). "Assembly" alone is the General Assembly; "Council" alone is the council
//! named before it in the text. "its" is the citing text's body. Otherwise the number's shape
//! tells whose numbering it is, and the citation says the body was guessed, and from what.

use super::un_names::{NEAR, Name, before, name_at, name_before, names};
use super::un_numbers::{Number, Shape, continued, date_after, number, separator};
use crate::input::un_bodies::english_name;
use crate::model::Body;

/// One cited UN resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct UnFound {
    /// Where its number stands in the text.
    pub start: usize,
    pub end: usize,
    pub body: Body,
    /// Its symbol: `A/RES/79/194`.
    pub symbol: String,
    /// Why the body is what it is, when no name and no "its" says it.
    pub guessed: Option<String>,
}

/// "its" just before the keyword, in the languages that write it as a word.
fn its_before(window: &str) -> bool {
    let last = window.trim_end().rsplit(' ').next().unwrap_or_default();
    [
        "its",
        "sa",
        "ses",
        "su",
        "sus",
        "свою",
        "своей",
        "своих",
        "ее",
        "её",
        "его",
    ]
    .contains(&last)
}

/// A keyword read: where the number may start, and whether the word itself says "its"
/// (`قرارها`).
pub(super) struct Keyword {
    at: usize,
    after: usize,
    its: bool,
}

/// The resolution keywords of `text`: "resolution(s)", "résolution(s)", "resolución /
/// resoluciones", "резолюци…", and the Arabic "قرار" with its prefixes and suffixes.
pub(super) fn keywords(text: &str) -> Vec<Keyword> {
    let mut out = Vec::new();
    let mut word_start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() {
            word_start.get_or_insert(i);
            continue;
        }
        let Some(start) = word_start.take() else {
            continue;
        };
        crate::work::steps(1);
        let word = &text[start..i];
        // Compared lowercased char by char, with no copy of the word: only a word opening
        // with `r` (Latin or Cyrillic) is compared at all.
        let lower = || word.chars().flat_map(char::to_lowercase);
        let latin = word.starts_with(['r', 'R', 'р', 'Р'])
            && ([
                "resolution",
                "resolutions",
                "résolution",
                "résolutions",
                "resolución",
                "resoluciones",
            ]
            .iter()
            .any(|k| lower().eq(k.chars()))
                || {
                    let mut l = lower();
                    "резолюци".chars().all(|c| l.next() == Some(c))
                });
        let its = match arabic(word) {
            Some(its) => its,
            None if latin => false,
            None => continue,
        };
        out.push(Keyword {
            at: start,
            after: i,
            its,
        });
    }
    out
}

/// `word` as an Arabic resolution keyword (`القرار`, `بالقرار`, `قرارها`, `القرارات`): whether
/// its suffix says "its".
fn arabic(word: &str) -> Option<bool> {
    let at = word.find("قرار")?;
    let (prefix, suffix) = (&word[..at], &word[at + "قرار".len()..]);
    let prefix_ok = prefix.chars().count() <= 4 && prefix.chars().all(|c| "والبفك".contains(c));
    let suffix_ok = ["", "ات", "ها", "ه", "اتها", "اته"].contains(&suffix);
    (prefix_ok && suffix_ok).then(|| suffix.ends_with('ه') || suffix.ends_with("ها"))
}

/// What the citing text is, for reading "its" and the shapes.
#[derive(Clone, Copy)]
struct Citing {
    own: Option<Body>,
}

impl Citing {
    /// The body of a number of `shape`: named, the citing text's own (said "its"), or guessed
    /// from the shape, with why.
    fn body(
        self,
        text: &str,
        at: usize,
        named: Option<Name>,
        its: bool,
        n: &Number,
    ) -> Option<(Body, Option<String>)> {
        let (_, shape, tail) = n;
        let own_un = self.own.filter(|b| b.is_un());
        match named {
            Some(Name::Full(b)) => return numbers(b, *shape).then_some((b, None)),
            Some(Name::Assembly) => {
                return numbers(Body::Unga, *shape).then_some((Body::Unga, None));
            }
            Some(Name::Council) => return council(text, at, self.own, *shape, tail),
            None => {}
        }
        if its && let Some(b) = own_un.filter(|b| numbers(*b, *shape)) {
            return Some((b, None));
        }
        // Outside a UN text only the slashed numbers are UN resolutions' ("Resolution 217" of
        // an ITU text is ITU's).
        if own_un.is_none() && !matches!(shape, Shape::Session | Shape::Year) {
            return None;
        }
        let (body, whose) = match shape {
            Shape::Year => (Body::Ecosoc, ""),
            Shape::Council => (Body::Unsc, ""),
            Shape::Old => (Body::Unga, ""),
            Shape::Session => match own_un.filter(|b| numbers(*b, *shape)) {
                Some(b) => (b, " (the citing body)"),
                None => (Body::Unga, ""),
            },
        };
        Some((
            body,
            Some(format!(
                "no body named; {tail}, {}, taken as the {}'s{whose}",
                numbered(*shape),
                shown(body)
            )),
        ))
    }
}

/// Whether body `b` numbers its resolutions in `shape`.
fn numbers(b: Body, shape: Shape) -> bool {
    match b {
        Body::Unsc => shape == Shape::Council,
        Body::Ecosoc => shape == Shape::Year,
        Body::Unga => matches!(shape, Shape::Session | Shape::Old),
        Body::Hrc => shape == Shape::Session,
        _ => false,
    }
}

/// "Council" alone: the council named last before `at` in the text, else the citing text's body
/// when a council, else the council whose numbering the shape is.
fn council(
    text: &str,
    at: usize,
    own: Option<Body>,
    shape: Shape,
    tail: &str,
) -> Option<(Body, Option<String>)> {
    let councils = [Body::Ecosoc, Body::Hrc, Body::Unsc];
    let earlier = names()
        .filter_map(|(n, name)| match name {
            Name::Full(b) if councils.contains(&b) => text[..at].rfind(n).map(|i| (i + n.len(), b)),
            _ => None,
        })
        .max_by_key(|(i, _)| *i)
        .map(|(_, b)| b);
    let why = if let Some(b) = earlier.filter(|b| numbers(*b, shape)) {
        (
            b,
            format!("“Council” alone, read as the {} named before it", shown(b)),
        )
    } else if let Some(b) = own.filter(|b| councils.contains(b) && numbers(*b, shape)) {
        (
            b,
            format!(
                "“Council” alone, read as the citing council, the {}",
                shown(b)
            ),
        )
    } else {
        let b = match shape {
            Shape::Council => Body::Unsc,
            Shape::Year => Body::Ecosoc,
            Shape::Session => Body::Hrc,
            Shape::Old => return None,
        };
        (
            b,
            format!(
                "“Council” alone, and no council named before it; {tail}, {}, taken as the {}'s",
                numbered(shape),
                shown(b)
            ),
        )
    };
    Some((why.0, Some(why.1)))
}

/// How a number of `shape` is numbered, for a guess's reason.
fn numbered(shape: Shape) -> &'static str {
    match shape {
        Shape::Session => "numbered by session",
        Shape::Year => "numbered by year",
        Shape::Council => "numbered with its year in brackets",
        Shape::Old => "numbered with part and session in roman numerals (before 1976)",
    }
}

fn shown(b: Body) -> &'static str {
    english_name(b).unwrap_or("council")
}

/// Reads the list of numbers from `p` on; `named`/`its` as found around the keyword.
/// `between` is a name between the keyword and the number, `near` one just before the keyword;
/// a name right after the list's last number comes between them.
#[allow(clippy::too_many_arguments)]
fn read_list(
    text: &str,
    mut p: usize,
    key_at: usize,
    (between, near): (Option<Name>, Option<Name>),
    its: bool,
    citing: Citing,
    out: &mut Vec<UnFound>,
) {
    let mut items: Vec<(usize, Number)> = Vec::new();
    while let Some(n) = number(&text[p..]) {
        crate::work::steps(1);
        items.push((p, n.clone()));
        p += n.0;
        // "2006/46, … et 2018/28 du Conseil économique et social": a name after the last
        // number names the list's body.
        let dated = p + date_after(&text[p..]);
        if let Some(len) = separator(&text[dated..]) {
            p = dated + len;
        } else if let Some(next) = continued(text, p, n.1) {
            p = next;
        } else {
            break;
        }
    }
    let next = &text[p..];
    let after = name_at(next.strip_prefix([' ', '\u{a0}']).unwrap_or(next))
        .filter(|(len, _)| *len > 0)
        .map(|(_, n)| n);
    let named = between.or(after).or(near);
    for (start, n) in items {
        if let Some((body, guessed)) = citing.body(text, key_at, named, its, &n) {
            let prefix = body.symbol_prefix().unwrap_or("A/RES/");
            out.push(UnFound {
                start,
                end: start + n.0,
                body,
                symbol: format!("{prefix}{}", n.2),
                guessed,
            });
        }
    }
}

/// Every UN resolution `text` cites, in order; `own` is the citing text's body.
pub(super) fn un_resolutions(text: &str, own: Option<Body>) -> Vec<UnFound> {
    let citing = Citing { own };
    let mut out = Vec::new();
    for k in keywords(text) {
        let rest = text[k.after..].trim_start_matches([' ', '\u{a0}']);
        let mut p = text.len() - rest.len();
        if p == k.after {
            continue;
        }
        // A name between the keyword and the number: "resolución del Consejo Económico y Social
        // 2025/18", "قرار الجمعية العامة 70/125", "резолюции Генеральной Ассамблеи 79/1".
        let mut between = None;
        if let Some((len, name)) = name_at(rest).filter(|(len, _)| *len > 0) {
            let after = text[p + len..].trim_start_matches([' ', '\u{a0}']);
            if number(after).is_some() {
                between = Some(name);
                p = text.len() - after.len();
            }
        }
        let window = before(text, k.at, NEAR);
        let its = k.its || its_before(window);
        let names = (between, name_before(text, k.at));
        read_list(text, p, k.at, names, its, citing, &mut out);
    }
    chinese(text, citing, &mut out);
    out.sort_by_key(|f| f.start);
    out.dedup_by_key(|f| f.start);
    out
}

/// `第79/194号决议`, `第56/183、57/238……和78/132号决议`, `经济及社会理事会第2025/18号决议`: the
/// numbers stand between `第` and `号决议`, the body's name before `第`, "its" as `其`.
fn chinese(text: &str, citing: Citing, out: &mut Vec<UnFound>) {
    for (end, _) in text.match_indices("号决议") {
        crate::work::steps(1);
        // The list runs back over digits, separators and the old numbering's letters; a
        // bounded look, so a text of `号决议` stays linear.
        let back = before(text, end, 400);
        let listed = |c: char| c.is_ascii_alphanumeric() || "/、和 ()".contains(c);
        // The list is the run of list characters before `号决议`, from its first digit; most
        // lists open with `第`, but ECOSOC 2025/18 writes "……的78/160号决议" once without it.
        let run = &back[back.trim_end_matches(listed).len()..];
        let list = run.trim_start_matches(|c: char| !c.is_ascii_digit());
        if list.is_empty() {
            continue;
        }
        let start = end - list.len();
        let mut opening = end - run.len();
        if text[..opening].ends_with('第') {
            opening -= '第'.len_utf8();
        }
        // "回顾其关于……的第79/194号决议": `其` ("its") opens the phrase, which may be long.
        let phrase = before(text, opening, 200);
        let its = phrase
            .rsplit(['，', '。', '；'])
            .next()
            .is_some_and(|s| s.contains('其'));
        let names = (None, name_before(text, opening));
        read_list(text, start, start, names, its, citing, out);
    }
}
