//! An ITU Recommendation printed from ITU's Word template (ITU-T J.1108 printed by LibreOffice):
//! its paragraphs given the styles of that template, as their look shows them, and laid out
//! by the DOCX reader's layout, which reads a Recommendation by those styles
//! ([`crate::input::recommendation`]): one reading of a Recommendation for both readers.
//!
//! What the print shows of each style, each guess said on its page:
//! - `RecNo`: a paragraph naming a Recommendation and nothing else (`Draft new Recommendation
//!   ITU-T J.1108 (ex J.roip-trans)`), where no resolution number is printed; the paragraphs
//!   before the first are its cover, as in the DOCX;
//! - `Rectitle`: the paragraph after a `RecNo`;
//! - a heading (`Heading1`, `Headingb`): a title (short, no closing stop) set in bold, or
//!   after a clause number set in bold (J.1108's `3.1` sets its title in roman);
//! - `enumlev1`, an item one level under the paragraph before it: a paragraph indented from
//!   the column's edge, hanging its text past its first line, or with a label other than a
//!   clause number before a tab (`CM<TAB>Cable Modem`); one between two items that starts where
//!   they start (`DOCSIS`, whose label fills the gap to its tab);
//! - any other paragraph is `Normal`.

use std::collections::BTreeMap;

use super::PdfText;
use super::layout::{FOOTNOTE, plain};
use super::paragraphs::Para;
use super::said;
use super::stops::edge;
use crate::input::recommendation as rec;
use crate::model::text::excerpt;
use crate::model::{Label, Scheme};

/// Each paragraph's style, when the paragraphs are a Recommendation's (see the module doc);
/// what was guessed in `notes` (page, message).
pub fn styled(paras: &[Para], notes: &mut Vec<(usize, String)>) -> Option<Vec<&'static str>> {
    let texts: Vec<String> = paras.iter().map(|p| plain(&p.text)).collect();
    // A resolution quoting a Recommendation stays a resolution, as in the DOCX reader.
    if texts
        .iter()
        .any(|t| t.chars().count() <= 100 && crate::input::resolution_number(t).is_some())
    {
        return None;
    }
    // Asked once a paragraph: the first names the Recommendation, each one after is a `RecNo`.
    let named: Vec<bool> = texts.iter().map(|t| rec::named(t).is_some()).collect();
    let first = named.iter().position(|&n| n)?;
    notes.push((
        paras[first].page,
        format!(
            "read `{}` as the Recommendation's number (its DOCX's RecNo): a paragraph naming a Recommendation and nothing else, with no resolution number printed",
            texts[first]
        ),
    ));
    let left = paras
        .iter()
        .map(|p| edge(&p.first))
        .fold(f64::INFINITY, f64::min);
    let mut styles = vec!["Normal"; paras.len()];
    let (mut headings, mut items) = (Vec::new(), Vec::new());
    for i in first..paras.len() {
        let (p, text) = (&paras[i], &texts[i]);
        if named[i] {
            styles[i] = "RecNo";
            continue;
        }
        // After a repeated number, only the title repeated is the title: a page's first
        // paragraph after it is text, kept.
        if styles[i - 1] == "RecNo"
            && !text.contains('\t')
            && (i == first + 1 || texts.get(first + 1) == Some(text))
        {
            styles[i] = "Rectitle";
            if i == first + 1 {
                notes.push((
                    p.page,
                    format!(
                        "read `{}` as the Recommendation's title (its DOCX's Rectitle): the paragraph after its number",
                        excerpt(text, 120)
                    ),
                ));
            }
            continue;
        }
        let (label, body) = match text.split_once('\t') {
            Some((l, body)) => (Label::parse(l.trim()).ok(), body),
            None => (None, text.as_str()),
        };
        let numbered = label
            .as_ref()
            .is_some_and(|l| matches!(l.scheme(), Scheme::Number | Scheme::Decimal));
        let bold = if numbered {
            p.first.label_bold
        } else {
            p.first.bold && !text.contains('\t')
        };
        if bold && super::flat::is_title(body) {
            styles[i] = if numbered { "Heading1" } else { "Headingb" };
            headings.push((p.page, excerpt(body, 40)));
            continue;
        }
        let indented = if p.first.rtl {
            edge(&p.first) < left - 0.5 * p.first.size
        } else {
            edge(&p.first) > left + 0.5 * p.first.size
        };
        // A rule of underscores, centred, is no item: the layout skips it.
        let words = text.chars().any(char::is_alphanumeric);
        if words && (indented || p.hangs || (text.contains('\t') && !numbered)) {
            styles[i] = "enumlev1";
            items.push(p.page);
        }
    }
    for i in first + 1..paras.len().saturating_sub(1) {
        let at = |j: usize| edge(&paras[j].first);
        let between = styles[i] == "Normal"
            && styles[i - 1] == "enumlev1"
            && styles[i + 1] == "enumlev1"
            && (at(i) - at(i - 1)).abs() <= 1.0
            && (at(i) - at(i + 1)).abs() <= 1.0;
        if between {
            styles[i] = "enumlev1";
            notes.push((
                paras[i].page,
                format!(
                    "read `{}` as an item, as the items before and after it, which start where it starts",
                    excerpt(&texts[i], 40)
                ),
            ));
        }
    }
    if let Some((_, heading)) = headings.first() {
        let per_page = per_page(headings.iter().map(|(p, _)| *p));
        notes.extend(said::counted(&per_page, |n| {
            format!(
                "{n} paragraphs read as the Recommendation's clause headings (`{heading}` the first): titles set in bold, as ITU's heading styles set them"
            )
        }));
    }
    notes.extend(said::counted(&per_page(items.into_iter()), |n| {
        format!(
            "{n} paragraphs read as items one level under the paragraph before them (its DOCX's enumlev1): indented, hanging their text, or labelled with a tab"
        )
    }));
    Some(styles)
}

/// `text` with each mark `[^N]` of a note in `notes` as the DOCX reader's reference to it.
fn referenced(text: &str, notes: &BTreeMap<String, String>) -> String {
    use crate::input::docx::{REF_CLOSE, REF_OPEN};
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("[^") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        // A mark is short: looked for within 16 characters, not to the text's end each time.
        let close = after.char_indices().take(16).find(|(_, c)| *c == ']');
        let found = close
            .map(|(j, _)| (&after[..j], &after[j + 1..]))
            .filter(|(mark, _)| notes.contains_key(*mark));
        match found {
            Some((mark, tail)) => {
                out.push(REF_OPEN);
                out.push_str(mark);
                out.push(REF_CLOSE);
                rest = tail;
            }
            None => {
                out.push_str("[^");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Pages as (page, how many) for [`said::counted`].
fn per_page(pages: impl Iterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in pages {
        match out.last_mut() {
            Some((last, n)) if *last == p => *n += 1,
            _ => out.push((p, 1)),
        }
    }
    out
}

/// A Recommendation's print (its lines styled by [`styled`]) read by the DOCX reader's layout:
/// its footnotes (`[^N]: text`) as the notes of the marks `[^N]` in its text, and what the
/// layout says of a paragraph said of its page (each warning's `line` that page).
pub fn import(
    read: &PdfText,
    opts: &crate::input::ImportOptions,
    fallback: &crate::input::ImportOptions,
) -> Result<crate::input::Imported, crate::input::ImportError> {
    let lines = read.text.lines().count();
    if read.styles.len() != lines || read.pages.len() != lines {
        return Err(super::PdfError::Misaligned {
            lines,
            styles: read.styles.len(),
            pages: read.pages.len(),
        }
        .into());
    }
    let mut notes = BTreeMap::new();
    // A note whose mark an earlier note has (a print numbering its notes again on each page):
    // the marks in the text name the first; the second is named in a warning, not lost.
    let mut again = Vec::new();
    let mut paras = Vec::new();
    let mut pages = Vec::new();
    for ((line, style), page) in read.text.lines().zip(&read.styles).zip(&read.pages) {
        if style == FOOTNOTE
            && let Some((mark, text)) = line.strip_prefix("[^").and_then(|l| l.split_once("]: "))
        {
            if notes.contains_key(mark) {
                again.push((*page, mark.to_string(), text.to_string()));
            } else {
                notes.insert(mark.to_string(), text.to_string());
            }
        } else {
            paras.push((style.clone(), line.to_string()));
            pages.push(*page);
        }
    }
    for (_, text) in &mut paras {
        if text.contains("[^") {
            *text = referenced(text, &notes);
        }
    }
    let places = rec::Places::Pages(&pages);
    let mut imported = crate::input::docx::import_styled(paras, &notes, &places, opts, fallback)?;
    imported.warnings = std::mem::take(&mut imported.warnings)
        .into_iter()
        .map(|w| said::on_pages(w, &pages))
        .collect();
    imported
        .warnings
        .extend(again.into_iter().map(|(page, mark, text)| crate::input::Warning {
            line: page,
            message: format!(
                "page {page}: a second footnote {mark} left out, its text `{text}`: the marks {mark} in the text are read as the first's"
            ),
            chosen: None,
        }));
    Ok(imported)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_notes_mark_becomes_the_docx_readers_reference() {
        let notes = [("1".to_string(), "A note.".to_string())].into();
        assert_eq!(
            super::referenced("text[^1] and [^2] and [^", &notes),
            "text\u{E000}1\u{E001} and [^2] and [^"
        );
    }

    /// A print with the Recommendation's number atop every page (J.1108's ITU print repeats it
    /// once, with its title): the paragraph after a repeated number is the title only if it
    /// is the title; the first paragraph of the page's text stays text (it was styled
    /// `Rectitle`, and dropped as a title that differs from the first).
    #[test]
    fn only_the_title_repeated_after_a_repeated_number_is_a_title() {
        use super::super::paragraphs::Para;
        let para = |text: &str, y: f64, page: usize| Para {
            text: text.into(),
            first: super::super::tests::line(text, (56.8, 538.8, y, 11.0)),
            page,
            hangs: false,
        };
        let number = "Recommendation ITU-T J.1108";
        let title = "Transport of RF signals over IP";
        let paras = [
            para(number, 100.0, 1),
            para(title, 120.0, 1),
            para("1\tScope", 140.0, 1),
            para(number, 100.0, 2),
            para(title, 120.0, 2),
            para("The first text of page 2.", 140.0, 2),
            para(number, 100.0, 3),
            para("The first text of page 3.", 120.0, 3),
        ];
        let styles = super::styled(&paras, &mut Vec::new()).expect("a Recommendation");
        assert_eq!(
            styles[3..],
            ["RecNo", "Rectitle", "Normal", "RecNo", "Normal"]
        );
    }

    /// A Recommendation read with `styles` and `pages` for the lines of `text`.
    fn read(text: &str, styles: &[&str], pages: &[usize]) -> super::PdfText {
        super::PdfText {
            text: text.into(),
            pages: pages.to_vec(),
            notes: Vec::new(),
            marked: 0,
            levels: vec![None; pages.len()],
            styles: styles.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn import(read: &super::PdfText) -> crate::input::Imported {
        let opts = crate::input::ImportOptions {
            allow_unknown: true,
            ..Default::default()
        };
        super::import(read, &opts, &Default::default()).expect("imports")
    }

    /// A second note with the mark of an earlier one (a print numbering its notes on each
    /// page) replaced the first without a word: the first is kept, the second named.
    #[test]
    fn a_second_note_with_the_same_mark_is_said() {
        let read = read(
            "Recommendation ITU-T J.1108\nA title\n1\tScope\nA text[^1] and a text.\n[^1]: The first note.\n[^1]: The second note.\n",
            &[
                "RecNo",
                "Rectitle",
                "Heading1",
                "Normal",
                super::FOOTNOTE,
                super::FOOTNOTE,
            ],
            &[1, 1, 1, 1, 1, 2],
        );
        let imported = import(&read);
        let said: Vec<&str> = imported
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect();
        assert!(
            said.iter()
                .any(|m| m.starts_with("page 2:") && m.contains("The second note.")),
            "{said:?}"
        );
        assert!(format!("{:?}", imported.document).contains("The first note."));
    }

    /// A warning of no paragraph (line 0) came out as `page 0: …`.
    #[test]
    fn a_warning_of_no_paragraph_is_said_unpaged() {
        let warning = |line: usize| crate::input::Warning {
            line,
            message: "a word".into(),
            chosen: None,
        };
        let w = super::said::on_pages(warning(0), &[3, 4]);
        assert_eq!((w.line, w.message.as_str()), (0, "a word"));
        let w = super::said::on_pages(warning(2), &[3, 4]);
        assert_eq!((w.line, w.message.as_str()), (4, "page 4: a word"));
    }

    /// Styles or pages fewer than the paragraphs shifted every paragraph after the gap onto
    /// another's style, unsaid (the lists were zipped): refused as the reader's bug.
    #[test]
    fn paragraphs_styles_and_pages_that_disagree_are_refused() {
        let read = read(
            "Recommendation ITU-T J.1108\nA title\n1\tScope\nA text.\n",
            &["RecNo", "Rectitle", "Normal"],
            &[1, 1, 1, 1],
        );
        let opts = crate::input::ImportOptions {
            allow_unknown: true,
            ..Default::default()
        };
        let err = super::import(&read, &opts, &Default::default()).map(|_| ());
        assert!(
            matches!(
                err,
                Err(crate::input::ImportError::Pdf(
                    super::super::PdfError::Misaligned {
                        lines: 4,
                        styles: 3,
                        pages: 4
                    }
                ))
            ),
            "{err:?}"
        );
    }
}
