//! The cover block of the document ITU receives: conference, "Addendum 1 to Document 38-E",
//! date, "Original: English", source ("European Common Proposals"), title ("Proposed
//! modification to Resolution 1"), the parts Introduction and Proposal, and the page header that
//! carries the document number ("WTSA-20/38(Add.1)-E").
//!
//! Each line comes from the flags ([`CoverOptions`]), else from the proposal's metadata
//! (`source = "WTSA-20/38"` gives the conference; `proposer` the source line; the text's
//! language the original language). The words are English and Arabic; French, Spanish, Russian
//! and Chinese texts get the English words (`docs/manual.md` says so).

use super::ProposalMeta;
use crate::diff::TextId;
use crate::model::{Date, Language};

/// What the flags say for the cover; `None` leaves a line to the proposal's metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoverOptions {
    /// "WTDC-17"; default: the part of the proposal's `source` before the slash.
    pub conference: Option<String>,
    /// "European Common Proposals"; default: the proposer's usual name.
    pub source: Option<String>,
    /// "Proposed modification to Resolution 1"; default: that, in the text's language.
    pub title: Option<String>,
    /// The language the proposal was written in; default: the text's.
    pub original: Option<Language>,
    /// The introduction's text, paragraphs apart by blank lines; default: none.
    pub introduction: Option<String>,
}

/// The cover block as printed, each line in the text's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cover {
    /// "WTSA-20", when known.
    pub conference: Option<String>,
    /// "Addendum 1 to Document 38-E"
    pub document: String,
    /// "10 January 2022"
    pub date: String,
    /// "Original: English"
    pub original: String,
    /// "European Common Proposals"
    pub source: String,
    /// "Proposed modification to Resolution 1"
    pub title: String,
    /// The heading of part one ("Introduction").
    pub introduction_heading: String,
    /// The paragraphs of part one; none: the document has no part one.
    pub introduction: Vec<String>,
    /// The heading of the part that holds the proposal ("Proposal").
    pub proposal_heading: String,
    /// The page header: "WTSA-20/38(Add.1)-E".
    pub header: String,
}

/// The letter ITU appends to a document number for its language: 38-E, 23-A.
fn language_letter(lang: Language) -> &'static str {
    match lang {
        Language::Ar => "A",
        Language::En => "E",
        Language::Fr => "F",
        Language::Es => "S",
        Language::Ru => "R",
        Language::Zh => "C",
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month names of ITU's Arabic documents.
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// A date as ITU prints it: "10 January 2022".
fn long_date(date: Date, lang: Language) -> String {
    let months = if lang == Language::Ar {
        &MONTHS_AR
    } else {
        &MONTHS_EN
    };
    // Date holds a month 1-12 by construction.
    let month = months[usize::from(date.month().clamp(1, 12)) - 1];
    format!("{} {month} {}", date.day(), date.year())
}

/// The name a language is announced by in "Original: English", in the text's language.
fn original_line(original: Language, lang: Language) -> String {
    if lang == Language::Ar {
        let name = match original {
            Language::Ar => "بالعربية",
            Language::En => "بالإنكليزية",
            Language::Fr => "بالفرنسية",
            Language::Es => "بالإسبانية",
            Language::Ru => "بالروسية",
            Language::Zh => "بالصينية",
        };
        return format!("الأصل: {name}");
    }
    format!("Original: {}", original.english_name())
}

/// The usual English name of a regional group's common proposals; others print as the proposer.
fn source_line(proposer: &str, lang: Language) -> String {
    let known = [
        ("EUR", "European Common Proposals"),
        ("CEPT", "European Common Proposals"),
        ("AFCP", "African Common Proposals"),
        ("ATU", "African Common Proposals"),
        ("APT", "Asia-Pacific Telecommunity Common Proposals"),
        ("ARB", "Arab States Common Proposals"),
        ("IAP", "Inter-American Proposals"),
        ("CITEL", "Inter-American Proposals"),
        (
            "RCC",
            "Regional Commonwealth in the field of Communications Common Proposals",
        ),
    ];
    match known
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(proposer))
    {
        Some((_, name)) if lang != Language::Ar => (*name).to_string(),
        _ => proposer.to_string(),
    }
}

/// The cover of the proposal by `meta` turning a text into `proposed`.
pub(super) fn cover(opts: &CoverOptions, meta: &ProposalMeta, proposed: &TextId) -> Cover {
    let lang = proposed.language;
    let ar = lang == Language::Ar;
    let letter = language_letter(lang);
    let conference = opts.conference.clone().or_else(|| {
        let source = proposed.source.as_deref()?;
        let (conf, _) = source.split_once('/')?;
        Some(conf.trim().to_string()).filter(|c| !c.is_empty())
    });
    let doc = meta.doc_shown();
    // In Arabic the Latin document number is isolated left to right (U+2066 ... U+2069):
    // otherwise the right-to-left paragraph shows "23-A" as "A-23".
    let ltr = |s: String| {
        if ar {
            format!("\u{2066}{s}\u{2069}")
        } else {
            s
        }
    };
    let number = ltr(format!("{doc}-{letter}"));
    let document = match (meta.annex, ar) {
        (Some(a), false) => format!("Addendum {a} to Document {number}"),
        (Some(a), true) => format!("الإضافة {a} للوثيقة {number}"),
        (None, false) => format!("Document {number}"),
        (None, true) => format!("الوثيقة {number}"),
    };
    let add = meta.annex.map(|a| format!("(Add.{a})")).unwrap_or_default();
    let header = ltr(match &conference {
        Some(c) => format!("{c}/{doc}{add}-{letter}"),
        None => format!("{doc}{add}-{letter}"),
    });
    let number = proposed.number_shown();
    let recommendation = proposed
        .number
        .as_ref()
        .and_then(|n| n.recommendation_name(proposed.body));
    let title = opts
        .title
        .clone()
        .unwrap_or_else(|| match (recommendation, ar) {
            // "التوصية ITU-T J.1108": ITU's Arabic keeps the Latin name of a Recommendation.
            (Some(r), true) => format!(
                "تعديل مقترح للتوصية {}",
                ltr(r.trim_start_matches("Recommendation ").to_string())
            ),
            (Some(r), false) => format!("Proposed modification to {r}"),
            (None, true) => format!("تعديل مقترح للقرار {number}"),
            (None, false) => format!("Proposed modification to Resolution {number}"),
        });
    let introduction = opts
        .introduction
        .as_deref()
        .map(|text| {
            text.split("\n\n")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let (introduction_heading, proposal_heading) = if ar {
        ("مقدمة", "المقترح")
    } else {
        ("Introduction", "Proposal")
    };
    Cover {
        conference,
        document,
        date: long_date(meta.date, lang),
        original: original_line(opts.original.unwrap_or(lang), lang),
        source: opts
            .source
            .clone()
            .unwrap_or_else(|| source_line(meta.proposer.as_str(), lang)),
        title,
        introduction_heading: introduction_heading.to_string(),
        introduction,
        proposal_heading: proposal_heading.to_string(),
        header,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_itu_prints_them() {
        let date = |s: &str| s.parse::<Date>().expect("date");
        assert_eq!(
            long_date(date("2022-01-10"), Language::En),
            "10 January 2022"
        );
        assert_eq!(long_date(date("2017-09-01"), Language::Ar), "1 سبتمبر 2017");
        assert_eq!(
            long_date(date("2024-12-31"), Language::En),
            "31 December 2024"
        );
    }

    #[test]
    fn regional_groups_by_their_usual_names() {
        assert_eq!(
            source_line("EUR", Language::En),
            "European Common Proposals"
        );
        assert_eq!(source_line("Kenya", Language::En), "Kenya");
        assert_eq!(original_line(Language::Ru, Language::Ar), "الأصل: بالروسية");
    }
}
