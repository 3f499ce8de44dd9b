//! An ITU Recommendation in ITU's Word template (issue 24): `RecNo` ("Draft new Recommendation
//! ITU-T J.1108 (ex J.roip-trans)", "Recommendation ITU-R BT.500 (10/2019)") names it where a
//! resolution has `ResNo`, `Rectitle` is its title. Its body is a technical text: numbered
//! clause headings (`Heading1`, `Heading2`, …, `Headingb`, `AppendixNotitle`) each read as a
//! section of kind `other` as written, as `show --format plain` writes a Recommendation
//! converted from Metanorma (fixtures/align/j1108-*.en.txt); *considering* and *recommends*
//! (ITU-R, ITU-D) read through the heading terms as a resolution's headings do.
//!
//! Shared by the readers: the DOCX reader reads its paragraphs by their styles, and the PDF
//! reader gives a print's paragraphs the styles their look shows (`pdf::recommendation`) and
//! lays them out with the DOCX reader's layout, which calls this.

use crate::model::{Body, ResNumber};

/// What a `RecNo` paragraph says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecNo {
    pub number: ResNumber,
    /// The body of the Sector named (`ITU-T`: WTSA).
    pub body: Option<Body>,
    /// `(01/2019)`: the year of approval.
    pub year: Option<u16>,
    /// "Draft", "Draft new", "Draft revised" before "Recommendation".
    pub draft: bool,
    /// What else it says and nothing holds (`(ex J.roip-trans)`, the working name).
    pub unread: Vec<String>,
}

/// Reads a `RecNo` paragraph: words up to "Recommendation", the Sector (before or after that
/// word: ITU wrote "ITU-T Recommendation J.222.2" before 2008), the number, then parentheses.
pub fn read(text: &str) -> Option<RecNo> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("recommendation"))?;
    let mut body = None;
    let mut draft = false;
    let mut unread = Vec::new();
    for w in &words[..at] {
        if let Some(b) = Body::of_sector(w) {
            body = Some(b);
        } else if w.eq_ignore_ascii_case("draft") {
            draft = true;
        } else if !(draft && is_stage(w)) {
            unread.push((*w).to_string());
        }
    }
    let mut rest = words[at + 1..].iter().copied().peekable();
    if let Some(b) = rest.peek().and_then(|w| Body::of_sector(w)) {
        body = Some(b);
        rest.next();
    }
    let number = rest.next()?.parse::<ResNumber>().ok()?;
    if !matches!(number, ResNumber::Recommendation(_)) {
        return None;
    }
    let tail = rest.collect::<Vec<_>>().join(" ");
    let year = tail
        .strip_prefix('(')
        .and_then(|t| t.split_once(')'))
        .and_then(|(inside, _)| approval_year(inside));
    if year.is_none() && !tail.is_empty() {
        unread.push(tail);
    }
    Some(RecNo {
        number,
        body,
        year,
        draft,
        unread,
    })
}

/// A paragraph that names a Recommendation by its words alone, for a reader with no styles
/// to say it is a `RecNo`: short, nothing before "Recommendation" but "Draft", the stage and
/// the Sector, nothing after its number but parentheses (`(ex J.roip-trans)`, `(01/2019)`).
/// A sentence or a reference that cites one (`… in Recommendation ITU-T J.1106.`,
/// `Recommendation ITU-T J.210 (2006/11), Downstream RF Interface`) is not.
pub fn named(text: &str) -> Option<RecNo> {
    if text.split_whitespace().count() > 12 {
        return None;
    }
    let rec = read(text)?;
    rec.unread
        .iter()
        .all(|u| u.starts_with('(') && u.ends_with(')'))
        .then_some(rec)
}

/// How a warning names where a paragraph is: the DOCX's paragraphs by their number, a PDF's
/// by the page each starts on (`pages[i]` for paragraph `i + 1`).
pub enum Places<'p> {
    Paragraphs,
    Pages(&'p [usize]),
}

impl Places<'_> {
    /// Paragraph `n` (from 1): `paragraph 47`, `page 3`.
    pub fn at(&self, n: usize) -> String {
        match self {
            Places::Paragraphs => format!("paragraph {n}"),
            Places::Pages(pages) => format!("page {}", page_of(pages, n)),
        }
    }

    /// Paragraphs 1 to `n`: `paragraphs 1-46`, `pages 1-2`.
    pub fn upto(&self, n: usize) -> String {
        match self {
            Places::Paragraphs => format!("paragraphs 1-{n}"),
            Places::Pages(pages) => match (page_of(pages, 1), page_of(pages, n)) {
                (a, b) if a == b => format!("page {a}"),
                (a, b) => format!("pages {a}-{b}"),
            },
        }
    }
}

fn page_of(pages: &[usize], n: usize) -> usize {
    crate::input::pdf::page_of(pages, n).unwrap_or(0)
}

/// "new", "revised": which draft, a stage the model does not tell apart from "draft".
fn is_stage(word: &str) -> bool {
    ["new", "revised", "[new]", "[revised]"]
        .iter()
        .any(|s| word.eq_ignore_ascii_case(s))
}

/// `01/2019` or `2019`: the year.
fn approval_year(inside: &str) -> Option<u16> {
    let year = inside.rsplit('/').next()?.trim();
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())
        .flatten()
}

/// What the reader made of `text` (the `RecNo` paragraph), when it took something as it was
/// not written or left something out; `None` when it read all of it as written.
pub fn reading(text: &str, rec: &RecNo) -> Option<String> {
    if !rec.draft && rec.unread.is_empty() {
        return None;
    }
    let mut said = format!("`{text}` (RecNo) is read as Recommendation {}", rec.number);
    if rec.draft {
        said.push_str(", status draft (the text calls itself a draft)");
    }
    if !rec.unread.is_empty() {
        said.push_str(&format!(
            "; `{}` is not kept (no field of the text holds it)",
            rec.unread.join(" ")
        ));
    }
    Some(said)
}

/// The styles ITU's Recommendation template gives a section heading.
pub fn is_heading(style: &str) -> bool {
    style.starts_with("Heading") || matches!(style, "AppendixNotitle" | "AnnexNotitle")
}

/// The styles whose paragraphs the reader places in a Recommendation; any other is said.
fn is_known(style: &str) -> bool {
    is_heading(style)
        || style.starts_with("enumlev")
        || matches!(
            style,
            "" | "Normal"
                | "Call"
                | "RecNo"
                | "Rectitle"
                | "Normalaftertitle"
                | "ListParagraph"
                | "Reftext"
                | "SectionNo"
                | "AppendixNo"
                | "AnnexNo"
        )
}

/// The first `RecNo` and `Rectitle` after the cover page, as read: (paragraph index, text).
pub struct Firsts {
    pub number: Option<(usize, String)>,
    pub title: Option<(usize, String)>,
}

/// Whether the layout skips paragraph `i` of a Recommendation (`text` squeezed, its note marks
/// shown), and what it says of it: ITU's template repeats the number and title over the first
/// clause, and a print may repeat them on its pages (a repeat is said, and one that differs
/// said as such), a rule of underscores has no words, and a style not known here is read as a
/// paragraph of text, said.
pub fn screen(
    style: &str,
    text: &str,
    i: usize,
    firsts: &Firsts,
    places: &Places,
) -> (bool, Option<String>) {
    let place = places.at(i + 1);
    let first = match style {
        "RecNo" => Some(&firsts.number),
        "Rectitle" => Some(&firsts.title),
        _ => None,
    };
    if let Some(first) = first {
        let said = match first {
            // The one read as the number or title: nothing left out.
            Some((at, _)) if *at == i => None,
            Some((at, read)) if read == text => Some(format!(
                "{place}: `{text}` ({style}) repeats the first {style} ({}), which was read; skipped",
                places.at(at + 1)
            )),
            _ => Some(format!(
                "{place}: `{text}` ({style}) differs from the first {style}, which was read; skipped"
            )),
        };
        return (true, said);
    }
    if is_rule(text) {
        let said = format!("{place}: `{text}` is a rule drawn with underscores, no text; skipped");
        return (true, Some(said));
    }
    let said = (!is_known(style)).then(|| {
        format!(
            "{place} (`{}`): style `{style}` is not one resdiff reads in a Recommendation; read as a paragraph of text",
            crate::model::text::excerpt(text, 60)
        )
    });
    (false, said)
}

/// A label of two or more capitals and nothing else (`CM`, `DS`): an abbreviation defined.
pub fn is_abbreviation(label: &str) -> bool {
    label.len() >= 2 && label.bytes().all(|b| b.is_ascii_uppercase())
}

/// A paragraph of underscores only: the rule ITU draws at the end of a text, no words.
fn is_rule(text: &str) -> bool {
    text.len() >= 3 && text.chars().all(|c| c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_recommendation_number_is_read_and_what_is_left_said() {
        let text = "Draft new Recommendation ITU-T J.1108 (ex J.roip-trans)";
        let rec = read(text).expect("a Recommendation");
        assert_eq!(rec.number, ResNumber::Recommendation("J.1108".into()));
        assert_eq!(
            (rec.body, rec.year, rec.draft),
            (Some(Body::Wtsa), None, true)
        );
        assert_eq!(rec.unread, ["(ex J.roip-trans)"]);
        let said = reading(text, &rec).expect("said");
        assert!(said.contains("status draft") && said.contains("`(ex J.roip-trans)`"));
    }

    /// ITU-D D.19 (fixtures/itu/D-REC-D.19-201003.en.adoc) as ITU's Word template styles it:
    /// its *considering* and *recommends* read as those sections, not as `other`.
    #[test]
    fn an_itu_d_recommendations_headings_read_with_their_kinds() {
        use crate::model::{Language, SectionKind};
        let p = |s: &str, t: &str| (s.to_string(), t.to_string());
        let paras = [
            p("Normal", "cover page"),
            p("RecNo", "Recommendation ITU-D D.19 (03/2010)"),
            p("Rectitle", "Telecommunication for rural and remote areas"),
            p("Call", "considering"),
            p(
                "Normal",
                "a)\tthat stimulation of demand for telecommunications/ICTs through proactive government policies is a key to realizing their benefits;",
            ),
            p("Call", "recommends"),
            p(
                "Normal",
                "1\tthat developing countries should include provision of telecommunications/ICTs in rural and remote areas in their national development plans;",
            ),
            p("Mystery", "a paragraph in a style of its own"),
        ];
        let laid = crate::input::docx::layout::lay_out(&paras, Language::En, &Places::Paragraphs);
        let kinds: Vec<_> = laid.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SectionKind::Considering, SectionKind::Recommends]);
        assert_eq!(
            laid.header,
            Some((
                ResNumber::Recommendation("D.19".into()),
                Some("Telecommunication for rural and remote areas".into())
            ))
        );
        let recommends = &laid.sections[1].clauses;
        assert_eq!(recommends.len(), 2);
        assert_eq!(recommends[0].label.written(), "1");
        let said: Vec<&str> = laid.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[0].contains("come before the Recommendation's number"));
        assert!(
            said[1].contains("style `Mystery` is not one resdiff reads"),
            "{}",
            said[1]
        );
    }

    /// As J.1108's print gives its paragraphs: its number, and what cites a Recommendation.
    #[test]
    fn a_paragraph_is_a_recommendations_number_only_when_it_says_nothing_else() {
        let named = |t: &str| named(t).map(|r| r.number.to_string());
        assert_eq!(
            named("Draft new Recommendation ITU-T J.1108 (ex J.roip-trans)").as_deref(),
            Some("J.1108")
        );
        assert_eq!(
            named("Recommendation ITU-T J.210 (2006/11), Downstream RF Interface").as_deref(),
            None
        );
        assert_eq!(named("see Recommendation ITU-T J.1106").as_deref(), None);
        assert_eq!(
            named(
                "The architecture described in this Draft [New] Recommendation are defined according to [ITU-T J.1106]."
            ),
            None
        );
    }

    #[test]
    fn a_place_is_a_paragraph_of_a_docx_and_a_page_of_a_pdf() {
        assert_eq!(Places::Paragraphs.at(47), "paragraph 47");
        assert_eq!(Places::Paragraphs.upto(46), "paragraphs 1-46");
        let pages = [1, 1, 2, 3];
        assert_eq!(Places::Pages(&pages).at(4), "page 3");
        assert_eq!(Places::Pages(&pages).upto(2), "page 1");
        assert_eq!(Places::Pages(&pages).upto(3), "pages 1-2");
    }

    #[test]
    fn a_published_recommendation_number_reads_whole() {
        let text = "ITU-D Recommendation D.19 (03/2010)";
        let rec = read(text).expect("a Recommendation");
        assert_eq!(rec.number, ResNumber::Recommendation("D.19".into()));
        assert_eq!((rec.body, rec.year), (Some(Body::Wtdc), Some(2010)));
        assert_eq!(reading(text, &rec), None);
        assert_eq!(read("RESOLUTION 1 (Rev. Hammamet, 2016)"), None);
    }
}
