//! Recognising section headings ("recalling", "وإذ يدرك كذلك", "instructs the Director of the
//! Telecommunication Development Bureau") and the title formula line.
//!
//! A line is a heading when, after folding (NFKC, no Arabic diacritics or tatweel, one alef, lower
//! case, no trailing `:`/`,`/`،`), it starts with a known term at a word boundary and is short.
//! Long English terms are matched on their first three words, since texts differ after that
//! ("invites Member States, Sector Members, Associates and Academia ..."). The longest matching
//! term wins, so "recognizing further" beats "recognizing" and "يكلف مدير مكتب تنمية الاتصالات
//! كذلك" beats "يكلف مدير مكتب تنمية الاتصالات".

use crate::model::text::heading_fold::words;
use crate::model::{FoldedTerm, Language, SectionKind};

pub use crate::model::text::heading_fold::fold;

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
    let text = heading_candidate(line)?;
    best_match(&text, Some(lang)).or_else(|| best_match(&text, None))
}

/// [`heading_kind`] with the terms of `lang` only (for telling languages apart).
pub fn heading_kind_in(line: &str, lang: Language) -> Option<SectionKind> {
    best_match(&heading_candidate(line)?, Some(lang))
}

/// The folded line, when it is short enough and unpunctuated enough to be a heading.
fn heading_candidate(line: &str) -> Option<String> {
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
    Some(text)
}

fn folded_terms() -> &'static [FoldedTerm] {
    crate::model::FOLDED_TERMS
}

fn best_match(text: &str, lang: Option<Language>) -> Option<SectionKind> {
    let mut best: Option<(usize, SectionKind)> = None;
    let text_words = words(text);
    for folded in folded_terms() {
        if lang.is_some_and(|l| l != folded.term.language) {
            continue;
        }
        let full = starts_with_words(text, folded.full);
        let score = if full && (folded.term.open || text_words <= folded.words + 4) {
            // A full-term match always beats a three-word match.
            1000 + folded.full.len()
        } else if folded.term.language == Language::En
            && folded.words > 3
            && starts_with_words(text, folded.short)
        {
            folded.short.len()
        } else {
            continue;
        };
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, folded.term.kind));
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

/// The words that name the meeting in a formula, in the six languages.
const MEETINGS: &[&str] = &[
    "Conference",
    "Assembly",
    "Council",
    "المؤتمر",
    "الجمعية",
    "المجلس",
    "Conférence",
    "Assemblée",
    "Conseil",
    "Conferencia",
    "Asamblea",
    "Consejo",
    "конференция",
    "Конференция",
    "Ассамблея",
    "ассамблея",
    "Совет",
    "大会",
    "全会",
    "理事会",
];

/// Whether `line` is the title formula that opens a resolution, in any of the six languages:
/// "The World Telecommunication Development Conference (Dubai, 2014)," /
/// "إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،" / "La Conférence de plénipotentiaires de
/// l'Union internationale des télécommunications (Busan, 2014)," / "国际电联全权代表大会（2014年，釜山），",
/// and the Council's, which names no venue: "The Council," / "Le Conseil," / "إن المجلس،".
pub fn is_formula(line: &str) -> bool {
    let t = line.trim();
    if !t.ends_with([',', '،', '，']) || !MEETINGS.iter().any(|w| t.contains(w)) {
        return false;
    }
    let opens = ["The ", "إن ", "La ", "Le ", "L'", "L’", "El "]
        .iter()
        .any(|p| t.starts_with(p))
        || t.starts_with(|c: char| matches!(c, '\u{0400}'..='\u{04FF}' | '\u{4E00}'..='\u{9FFF}'));
    let venue = t.contains(['(', '（']);
    // Without a venue only the Council's short formula, which ends with the meeting's name.
    let bare = t.trim_end_matches([',', '،', '，']);
    let short = t.split_whitespace().count() <= 3 && MEETINGS.iter().any(|w| bare.ends_with(w));
    opens && (venue || short) && t.split_whitespace().count() <= 30
}

/// The body a title formula names, in the six languages.
pub fn formula_body(line: &str) -> Option<crate::model::Body> {
    use crate::model::Body;
    let t = line.to_lowercase();
    let table = [
        ("radiocommunication conference", Body::Wrc),
        ("conférence mondiale des radiocommunications", Body::Wrc),
        ("conferencia mundial de radiocomunicaciones", Body::Wrc),
        ("всемирная конференция радиосвязи", Body::Wrc),
        ("世界无线电通信大会", Body::Wrc),
        ("المؤتمر العالمي للاتصالات الراديوية", Body::Wrc),
        ("development conference", Body::Wtdc),
        ("développement des télécommunications", Body::Wtdc),
        ("desarrollo de las telecomunicaciones", Body::Wtdc),
        ("развитию электросвязи", Body::Wtdc),
        ("电信发展大会", Body::Wtdc),
        ("لتنمية الاتصالات", Body::Wtdc),
        ("plenipotentiary", Body::Pp),
        ("plénipotentiaires", Body::Pp),
        ("plenipotenciarios", Body::Pp),
        ("полномочная конференция", Body::Pp),
        ("全权代表大会", Body::Pp),
        ("المندوبين المفوضين", Body::Pp),
        ("standardization assembly", Body::Wtsa),
        ("normalisation des télécommunications", Body::Wtsa),
        ("normalización de las telecomunicaciones", Body::Wtsa),
        ("стандартизации электросвязи", Body::Wtsa),
        ("电信标准化全会", Body::Wtsa),
        ("لتقييس الاتصالات", Body::Wtsa),
        ("radiocommunication assembly", Body::Ra),
        ("assemblée des radiocommunications", Body::Ra),
        ("asamblea de radiocomunicaciones", Body::Ra),
        ("ассамблея радиосвязи", Body::Ra),
        ("无线电通信全会", Body::Ra),
        ("جمعية الاتصالات الراديوية", Body::Ra),
        ("الاتصالات الراديوية", Body::Ra),
        ("council", Body::Council),
        ("conseil", Body::Council),
        ("consejo", Body::Council),
        ("совет", Body::Council),
        ("理事会", Body::Council),
        ("المجلس", Body::Council),
    ];
    table.iter().find(|(k, _)| t.contains(k)).map(|(_, b)| *b)
}

/// `(Dubai, 2014)` / `(دبي، 2014)` / `（2014年，釜山）` at the end of a formula: venue and year.
pub fn formula_venue_year(line: &str) -> Option<(String, u16)> {
    let open = line.rfind(['(', '（'])?;
    let inner = &line[open..];
    let inner = inner.trim_start_matches(['(', '（']);
    let inner = &inner[..inner.find([')', '）'])?];
    let (venue, year) = inner.rsplit_once([',', '،', '，'])?;
    let (venue, year) = match year.trim().trim_end_matches('年').parse::<u16>() {
        Ok(y) => (venue, y),
        // Chinese puts the year first: （2014年，釜山）.
        Err(_) => (year, venue.trim().trim_end_matches('年').parse().ok()?),
    };
    let venue = venue.trim().trim_start_matches("Rev.").trim();
    Some((venue.to_string(), year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::heading_terms;
    use crate::model::text::heading_fold::is_nfkc;
    use SectionKind::*;
    use unicode_normalization::{IsNormalized, is_nfkc_quick};

    #[test]
    fn the_fast_nfkc_check_agrees_with_the_library() {
        let quick = |s: &str| is_nfkc_quick(s.chars()) == IsNormalized::Yes;
        for t in heading_terms() {
            assert_eq!(is_nfkc(t.term), quick(t.term), "{}", t.term);
        }
        for c in ('\0'..='\u{FFFF}').filter(|c| !c.is_ascii()) {
            for s in [format!("a{c}"), format!("\u{628}\u{651}{c}")] {
                assert_eq!(is_nfkc(&s), quick(&s), "{s:?}");
            }
        }
    }

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

    #[test]
    fn formulas_in_six_languages_and_every_body() {
        use crate::model::Body;
        let cases = [
            (
                "The World Radiocommunication Conference (Sharm el-Sheikh, 2019),",
                Body::Wrc,
                Some(("Sharm el-Sheikh", 2019)),
            ),
            (
                "La Conférence mondiale des radiocommunications (Genève, 2015),",
                Body::Wrc,
                Some(("Genève", 2015)),
            ),
            (
                "La Conferencia Mundial de Radiocomunicaciones (Dubái, 2023),",
                Body::Wrc,
                Some(("Dubái", 2023)),
            ),
            (
                "Всемирная конференция радиосвязи (Шарм-эль-Шейх, 2019 г.),",
                Body::Wrc,
                None,
            ),
            (
                "إن المؤتمر العالمي للاتصالات الراديوية (شرم الشيخ، 2019)،",
                Body::Wrc,
                Some(("شرم الشيخ", 2019)),
            ),
            (
                "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Busan, 2014),",
                Body::Pp,
                Some(("Busan", 2014)),
            ),
            (
                "Полномочная конференция Международного союза электросвязи (Пусан, 2014),",
                Body::Pp,
                Some(("Пусан", 2014)),
            ),
            (
                "国际电信联盟全权代表大会（2014年，釜山），",
                Body::Pp,
                Some(("釜山", 2014)),
            ),
            (
                "La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),",
                Body::Wtsa,
                Some(("Hammamet", 2016)),
            ),
            (
                "The Radiocommunication Assembly (Geneva, 2015),",
                Body::Ra,
                Some(("Geneva", 2015)),
            ),
            ("The Council,", Body::Council, None),
            ("Le Conseil,", Body::Council, None),
            ("El Consejo,", Body::Council, None),
            ("إن المجلس،", Body::Council, None),
            ("理事会，", Body::Council, None),
        ];
        for (line, body, venue_year) in cases {
            assert!(is_formula(line), "{line}");
            assert_eq!(formula_body(line), Some(body), "{line}");
            if let Some((v, y)) = venue_year {
                assert_eq!(formula_venue_year(line), Some((v.to_string(), y)), "{line}");
            }
        }
        assert!(!is_formula("The Council decided,"));
        assert!(!is_formula(
            "that the Council, at its 2016 session, agreed,"
        ));
    }
}
