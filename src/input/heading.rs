//! Recognising section headings ("recalling", "وإذ يدرك كذلك", "instructs the Director of the
//! Telecommunication Development Bureau") and the title formula line.
//!
//! A line is a heading when, after folding (NFKC, no Arabic diacritics or tatweel, one alef, lower
//! case, no trailing `:`/`,`/`،`), it starts with a known term at a word boundary and is short.
//! Long English terms are matched on their first three words, since texts differ after that
//! ("invites Member States, Sector Members, Associates and Academia ..."). The longest matching
//! term wins, so "recognizing further" beats "recognizing" and "يكلف مدير مكتب تنمية الاتصالات
//! كذلك" beats "يكلف مدير مكتب تنمية الاتصالات".

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::model::{Language, SectionKind, heading_terms};

/// Lowercase, diacritic-free, alef-folded, single-spaced form for matching.
pub fn fold(s: &str) -> String {
    let folded: String = s
        .nfkc()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'إ' | 'آ' | 'ا' | 'ٱ' => 'أ',
            'ى' => 'ي',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([':', ',', '،', ' '])
        .to_string()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Words of `line` sure to survive [`fold`]: those holding an ASCII letter or digit, or an Arabic
/// letter or digit of the main block (NFKC-stable; alef variants stay letters). Never more than
/// the words of the folded line, which NFKC may split but never joins.
fn words_kept_by_fold(line: &str) -> usize {
    let kept = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}')
    };
    line.split_whitespace()
        .filter(|w| w.chars().any(kept))
        .count()
}

/// The kind of heading `line` is, if it is one. Terms of `lang` are tried first, then all.
pub fn heading_kind(line: &str, lang: Language) -> Option<SectionKind> {
    // Most lines are clauses, too long to be a heading: they skip the costly folding. Folding
    // can drop a word (a lone mark or tatweel, a trailing ":"), so only words holding a letter or
    // digit that folding keeps are counted here; the folded count below has the last word.
    if words_kept_by_fold(line) > 18 {
        return None;
    }
    let text = fold(line);
    if text.is_empty() || text.ends_with([';', '؛', '.']) || words(&text) > 18 {
        return None;
    }
    best_match(&text, Some(lang)).or_else(|| best_match(&text, None))
}

/// The language whose section headings `text` uses ("recalling", "إذ يذكّر", "décide", ...): the
/// one whose terms begin the most lines, or `None` when no line is a heading or two languages
/// tie. Headings, not letters, decide: English, French and Spanish share a script.
pub fn detect_language(text: &str) -> Option<Language> {
    let mut votes = [0usize; Language::ALL.len()];
    for line in text.lines() {
        if words_kept_by_fold(line) > 18 {
            continue;
        }
        let folded = fold(line);
        if folded.is_empty() || folded.ends_with([';', '؛', '.']) {
            continue;
        }
        for (vote, lang) in votes.iter_mut().zip(Language::ALL) {
            let is_heading = folded_terms()
                .iter()
                .any(|t| t.language == *lang && starts_with_words(&folded, &t.full));
            *vote += usize::from(is_heading);
        }
    }
    let most = *votes.iter().max()?;
    let mut leaders = Language::ALL.iter().zip(votes).filter(|(_, v)| *v == most);
    match (leaders.next(), leaders.next()) {
        (Some((lang, _)), None) if most > 0 => Some(*lang),
        _ => None,
    }
}

/// A heading term in folded form, with its first three words; folded once per run, not once
/// per line of every imported text.
struct Folded {
    kind: SectionKind,
    language: Language,
    full: String,
    words: usize,
    short: String,
    open: bool,
}

fn folded_terms() -> &'static [Folded] {
    static TERMS: LazyLock<Vec<Folded>> = LazyLock::new(|| {
        heading_terms()
            .iter()
            .map(|t| {
                let full = fold(&t.term);
                Folded {
                    kind: t.kind,
                    language: t.language,
                    words: words(&full),
                    short: full.split(' ').take(3).collect::<Vec<_>>().join(" "),
                    full,
                    open: t.open,
                }
            })
            .collect()
    });
    &TERMS
}

fn best_match(text: &str, lang: Option<Language>) -> Option<SectionKind> {
    let mut best: Option<(usize, SectionKind)> = None;
    let text_words = words(text);
    for term in folded_terms() {
        if lang.is_some_and(|l| l != term.language) {
            continue;
        }
        let full = starts_with_words(text, &term.full);
        let score = if full && (term.open || text_words <= term.words + 4) {
            // A full-term match always beats a three-word match.
            1000 + term.full.len()
        } else if term.language == Language::En
            && term.words > 3
            && starts_with_words(text, &term.short)
        {
            term.short.len()
        } else {
            continue;
        };
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, term.kind));
        }
    }
    best.map(|(_, k)| k)
}

fn starts_with_words(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '،']))
}

/// Whether a line outside the vocabulary is shaped like a heading: short, unlabelled, not ending
/// a sentence, and opening with the word class ITU's calls open with (an English `-ing` or `-s`
/// verb, a French or Spanish participle, a Russian verbal adverb or verb, an Arabic `إذ`/`وإذ` or
/// third-person verb). The importer keeps such a line as a section of kind `other` and warns,
/// rather than gluing it into the clauses of the section before.
pub fn looks_like_heading(line: &str, lang: Language) -> bool {
    if words_kept_by_fold(line) > 10 {
        return false;
    }
    let t = line.trim();
    if t.is_empty() || t.ends_with([';', '؛', '.', '。', '；', ')']) {
        return false;
    }
    let text = fold(t);
    let n = words(&text);
    let first = text.split(' ').next().unwrap_or_default();
    let lower_start = t.chars().next().is_some_and(char::is_lowercase);
    match lang {
        Language::Ar => {
            n <= 8
                && (first == "أذ"
                    || first == "وأذ"
                    || (first.starts_with('ي') && first.chars().count() >= 4))
        }
        Language::Zh => t.chars().count() <= 12 && !t.contains(['，', '、', '：']),
        Language::En => {
            const OPENERS: &[&str] = &[
                "this", "thus", "its", "as", "is", "was", "has", "his", "towards", "across",
                "various", "less", "unless", "always", "perhaps", "besides",
            ];
            lower_start
                && n <= 8
                && (first.ends_with("ing") || first.ends_with('s') || first == "further")
                && !OPENERS.contains(&first)
        }
        Language::Fr | Language::Es => {
            lower_start
                && n <= 8
                && ["ant", "ando", "iendo", "e", "a", "ent"]
                    .iter()
                    .any(|end| first.ends_with(end))
                && ![
                    "que", "la", "le", "de", "une", "una", "esta", "cette", "entre",
                ]
                .contains(&first)
        }
        Language::Ru => {
            lower_start
                && n <= 8
                && ["я", "ет", "ит", "ает", "в"]
                    .iter()
                    .any(|end| first.ends_with(end))
                && !["для", "в"].contains(&first)
        }
    }
}

/// Whether `line` is the title formula that opens a resolution:
/// "The World Telecommunication Development Conference (Dubai, 2014)," or
/// "إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،".
pub fn is_formula(line: &str) -> bool {
    let t = line.trim();
    let opens = t.starts_with("The ") || t.starts_with("إن ") || t.starts_with("La ");
    let names_meeting = [
        "Conference",
        "Assembly",
        "Council",
        "المؤتمر",
        "الجمعية",
        "المجلس",
    ]
    .iter()
    .any(|w| t.contains(w));
    opens && names_meeting && t.contains('(') && t.ends_with([',', '،'])
}

/// The body a title formula names.
pub fn formula_body(line: &str) -> Option<crate::model::Body> {
    use crate::model::Body;
    let t = line.to_lowercase();
    let table = [
        ("development conference", Body::Wtdc),
        ("لتنمية الاتصالات", Body::Wtdc),
        ("plenipotentiary", Body::Pp),
        ("المندوبين المفوضين", Body::Pp),
        ("standardization assembly", Body::Wtsa),
        ("لتقييس الاتصالات", Body::Wtsa),
        ("radiocommunication assembly", Body::Ra),
        ("الاتصالات الراديوية", Body::Ra),
        ("council", Body::Council),
        ("المجلس", Body::Council),
    ];
    table.iter().find(|(k, _)| t.contains(k)).map(|(_, b)| *b)
}

/// `(Dubai, 2014)` / `(دبي، 2014)` at the end of a formula: venue and year.
pub fn formula_venue_year(line: &str) -> Option<(String, u16)> {
    let open = line.rfind('(')?;
    let close = open + line[open..].find(')')?;
    let inner = &line[open + 1..close];
    let (venue, year) = inner.rsplit_once([',', '،'])?;
    let year: u16 = year.trim().parse().ok()?;
    let venue = venue.trim().trim_start_matches("Rev.").trim();
    Some((venue.to_string(), year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use SectionKind::*;

    #[test]
    fn words_that_folding_drops_do_not_count_against_a_heading() {
        // Twenty stray tatweels and a spaced colon: 22 words as typed, one once folded.
        let line = format!("إذ يذكّر{} :", " ـ".repeat(20));
        assert_eq!(heading_kind(&line, Language::Ar), Some(Recalling));
        let long = format!("إذ يذكّر{}", " كلمة".repeat(20));
        assert_eq!(heading_kind(&long, Language::Ar), None);
    }

    #[test]
    fn arabic_headings_of_the_seed() {
        let cases = [
            ("إذ يذكّر", Recalling),
            ("وإذ يدرك", Recognizing),
            ("وإذ يدرك كذلك", RecognizingFurther),
            ("وإذ يأخذ بعين الاعتبار", BearingInMind),
            ("وإذ يلاحظ", Noting),
            ("وإذ يلاحظ كذلك", NotingFurther),
            ("يقرر دعوة قطاع تنمية الاتصالات للاتحاد إلى", ResolvesToInvite),
            ("يكلف مدير مكتب تنمية الاتصالات", Instructs),
            ("يكلف مدير مكتب تنمية الاتصالات كذلك", InstructsFurther),
            (
                "يناشد الدول الأعضاء وأعضاء القطاعات والمنتسبين إليها والهيئات الأكاديمية المنضمة إليها",
                Invites,
            ),
            ("يطلب من الأمين العام", RequestsSg),
            ("يقرر", Resolves),
        ];
        for (line, kind) in cases {
            assert_eq!(heading_kind(line, Language::Ar), Some(kind), "{line}");
        }
    }

    #[test]
    fn arabic_headings_without_shadda_or_with_other_alef() {
        assert_eq!(heading_kind("إذ يذكر", Language::Ar), Some(Recalling));
        assert_eq!(
            heading_kind("واذ يدرك كذلك:", Language::Ar),
            Some(RecognizingFurther)
        );
    }

    #[test]
    fn english_headings_as_itu_prints_them() {
        let cases = [
            ("recalling", Recalling),
            ("recognizing further", RecognizingFurther),
            ("bearing in mind", BearingInMind),
            ("taking into account", BearingInMind),
            ("noting with satisfaction", NotingWithSatisfaction),
            ("resolves", Resolves),
            (
                "resolves to invite the Telecommunication Development Sector",
                ResolvesToInvite,
            ),
            (
                "instructs the Director of the Telecommunication Development Bureau",
                Instructs,
            ),
            ("instructs the Secretary-General", InstructsSg),
            (
                "further instructs the Director of the Telecommunication Development Bureau",
                InstructsFurther,
            ),
            (
                "invites Member States, Sector Members, Associates and Academia",
                Invites,
            ),
            ("requests the Secretary-General", RequestsSg),
            ("Considering", Considering),
        ];
        for (line, kind) in cases {
            assert_eq!(heading_kind(line, Language::En), Some(kind), "{line}");
        }
    }

    #[test]
    fn clauses_are_not_headings() {
        for line in [
            "that the Plenipotentiary Conference, in its Resolution 140, resolved;",
            "أن الأمين العام للاتحاد قد أنشأ فريق المهام",
            "recalling its earlier work on this matter, the conference agreed that the review of all of the implementation must go on",
            "to continue to work;",
        ] {
            assert_eq!(heading_kind(line, Language::En), None, "{line}");
            assert_eq!(heading_kind(line, Language::Ar), None, "{line}");
        }
    }

    #[test]
    fn formula_lines() {
        let en = "The World Telecommunication Development Conference (Dubai, 2014),";
        let ar = " إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،";
        assert!(is_formula(en) && is_formula(ar));
        assert!(!is_formula("The conference agreed (in 2014) that"));
        assert_eq!(formula_venue_year(en), Some(("Dubai".into(), 2014)));
        assert_eq!(formula_venue_year(ar), Some(("دبي".into(), 2014)));
        assert_eq!(formula_body(ar), Some(crate::model::Body::Wtdc));
    }
}
