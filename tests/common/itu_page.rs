//! An ITU resolution laid out in HTML as ITU prints its resolutions (the Final Acts of WTDC,
//! the WTSA resolutions), for Chromium to print to PDF: the title line (`RESOLUTION 1 (Rev.
//! Hammamet, 2016)`), the title in bold, the list of earlier revisions under it with its notes'
//! calls, the formula, the headings of the parts (`considering`)
//! in italics and indented, each clause as ITU's Normal style sets it (its label, a tab, then
//! the text running back to the margin), nested items with a hanging indent as its enumlev
//! styles, the parts of the rules as `SECTION 3` and their title centred, each appendix's
//! number (in capitals) and reference, and its title, centred, and footnotes at the
//! foot of the page that cites them, in smaller type under a short rule; a running foot on every
//! page (`WTSA-16 – Resolution 1` and the page number).
//!
//! Chromium has no CSS footnotes, so a script run before printing lays the pages out: it moves
//! the blocks one by one into A4 pages, each note onto the page of its first call, and opens a
//! new page when the block (or a note it brings) no longer fits.

use resdiff::model::{Clause, Document, Label, Language, Scheme, conferences};

use super::un_page::{escape, with_marks_by};

/// Footnote references `[^3]` as raised marks the script finds the note of.
fn with_marks(s: &str) -> String {
    with_marks_by(s, |mark| {
        format!("<sup class=\"fn\" data-mark=\"{mark}\">{mark}</sup>")
    })
}

/// A part of the rules (`1` "World Telecommunication Standardization Assembly", with 1.1,
/// 1.2, ...), as the DOCX writer decides it: a number whose labelled items are numbered under it.
fn is_rules_section(c: &Clause) -> bool {
    let own = c.label.written().trim();
    let numbered = Label::parse(own).is_ok_and(|l| l.scheme() == Scheme::Number);
    let mut labelled = c
        .children
        .iter()
        .map(|k| k.label.written().trim())
        .filter(|l| !l.is_empty())
        .peekable();
    numbered
        && labelled.peek().is_some()
        && labelled.all(|l| l.split_once('.').is_some_and(|(head, _)| head == own))
}

/// Whether ITU sets the clause at the margin as its Normal style (label, tab, text back to the
/// margin) wherever it stands: its numbered provisions (`1.11.2`, `1bis.3`).
fn at_margin(label: &str) -> bool {
    Label::parse(label).is_ok_and(|l| matches!(l.scheme(), Scheme::Number | Scheme::Decimal))
}

/// Where the text of a clause `level` items deep starts, in mm, as ITU's styles set it: the
/// Normal style's tab and enumlev1's hanging indent at 14 mm (794 twips), enumlev2's at 21 mm,
/// enumlev3's at 28 mm, and one such step further for each level below.
fn text_at(level: usize) -> usize {
    match level {
        0 => 0,
        n => 14 + 7 * (n - 1),
    }
}

/// The tab stop of ITU's Normal style a label's tab reaches, in mm: 14, then every 7 (794
/// twips, then steps of 397). The label's width is estimated from Times's advances at 11 pt
/// (a digit 1.9 mm, a stop 1 mm, a letter 1.8 mm), a fifth more in a heading's bold 12 pt,
/// with two millimetres to spare.
fn tab_stop(label: &str, heading: bool) -> usize {
    let width: f64 = label
        .chars()
        .map(|c| match c {
            '0'..='9' => 1.9,
            '.' | ',' | 'i' | 'l' => 1.0,
            _ => 1.8,
        })
        .sum();
    let width = if heading { width * 1.2 } else { width };
    let mut stop = 14;
    while (stop as f64) < width + 2.0 {
        stop += 7;
    }
    stop
}

/// One clause and its items. `level` 0 is ITU's Normal (label, tab, text back to the margin);
/// items hang their lines after the label as its enumlev styles do ([`text_at`]: enumlev1's
/// label stands at the margin, as a Normal clause's does); a numbered provision stands at the
/// margin at any depth.
fn clause(out: &mut String, c: &Clause, level: usize, rtl: bool) {
    let label = c.label.written().trim();
    let text = with_marks(&c.text);
    let level = if at_margin(label) { 0 } else { level };
    if label.is_empty() {
        // An unlabelled paragraph starts where its labelled siblings' text does.
        out.push_str(&format!(
            "<p style=\"margin-inline-start:{}mm\">{text}</p>\n",
            text_at(level)
        ));
    } else if level == 0 {
        // A numbered provision heading the ones under it (`2.2 Meetings outside Geneva`) is
        // ITU's Heading2 or Heading3: bold, kept with what follows.
        let heading = !c.children.is_empty() && !c.text.trim_end().ends_with(['.', ';', ':', ',']);
        let class = if heading { " class=\"head keep\"" } else { "" };
        out.push_str(&format!(
            "<p{class}><span class=\"lab\" style=\"min-width:{}mm\">{}</span>{text}</p>\n",
            tab_stop(label, heading),
            label_html(label, rtl)
        ));
    } else {
        // enumlev1 hangs its text 14 mm after a label at the margin, deeper ones 7 mm.
        let hang = if level == 1 { 14 } else { 7 };
        out.push_str(&format!(
            "<p style=\"margin-inline-start:{}mm;padding-inline-start:{hang}mm;text-indent:-{hang}mm\"><span class=\"lab\" style=\"min-width:{hang}mm\">{}</span>{text}</p>\n",
            text_at(level) - hang,
            label_html(label, rtl)
        ));
    }
    let items = if label.is_empty() { level } else { level + 1 };
    for child in &c.children {
        let child_level = if child.label.written().trim().is_empty() {
            level
        } else {
            items
        };
        clause(out, child, child_level, rtl);
    }
}

/// A label as ITU sets it: a letter's in italics in English (`a)`, `b)bis`).
fn label_html(label: &str, rtl: bool) -> String {
    let lettered = !rtl && label.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    if lettered {
        format!("<i>{}</i>", escape(label))
    } else {
        escape(label)
    }
}

/// `RESOLUTION 1 (Rev. Hammamet, 2016)` and the running foot's `WTSA-16 – Resolution 1`.
fn title_and_foot(doc: &Document) -> (String, String) {
    let number = doc
        .resolution
        .number
        .as_ref()
        .map(|n| n.to_string())
        .unwrap_or_default();
    let year = doc.revision.year.unwrap_or_default();
    let venue = doc.revision.venue.clone().unwrap_or_default();
    let conference = conferences()
        .iter()
        .find(|c| Some(c.body) == doc.resolution.body && c.year == year && c.venue_en == venue);
    let short = conference.map_or(String::new(), |c| c.short.clone());
    if doc.language == Language::Ar {
        let venue = conference
            .map(|c| c.venue_ar.clone())
            .filter(|v| !v.is_empty())
            .unwrap_or(venue);
        (
            format!("القرار {number} (المراجَع في {venue}، {year})"),
            format!("{short} – القرار {number}"),
        )
    } else {
        (
            format!("RESOLUTION {number} (Rev. {venue}, {year})"),
            format!("{short} – Resolution {number}"),
        )
    }
}

/// An appendix (`Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information for
/// submission of a Question`, as the corpus holds it) as ITU sets it: its number, and its
/// reference under it, in its AppendixNo style (the word in capitals), and its title.
fn appendix_lines(text: &str) -> Option<(&str, &str, &str)> {
    let (head, title) = text.split_once(") – ")?;
    let (number, _) = head.split_once(" (")?;
    let refers = &text[number.len() + 1..head.len() + 1];
    (number.starts_with("Appendix ") && refers.starts_with("(to "))
        .then_some((number, refers, title))
}

/// The section word of the rules (`SECTION 3`), where ITU's text has one.
fn section_word(language: Language) -> Option<&'static str> {
    match language {
        Language::En | Language::Fr => Some("SECTION"),
        _ => None,
    }
}

const STYLE: &str = r#"
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Times New Roman", "Noto Serif", "Noto Naskh Arabic", "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 14pt; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 20mm 20mm 12mm 20mm; display: flex; flex-direction: column; break-after: page; overflow: hidden; }
.body { flex: 1 1 auto; min-height: 0; overflow: hidden; }
.notes { flex: none; font-size: 10pt; }
.notes:not(:empty)::before { content: ""; display: block; width: 50mm; border-top: 0.5pt solid #000; margin-bottom: 2mm; }
.notes p { margin: 0 0 2pt 0; padding-inline-start: 4.5mm; text-indent: -4.5mm; line-height: normal; }
.foot { flex: none; font-size: 10pt; font-weight: bold; text-align: end; padding-top: 4mm; }
p { margin: 8pt 0 0 0; text-align: justify; }
p.resno { text-align: center; margin-bottom: 14pt; }
p.restitle { text-align: center; font-weight: bold; font-size: 14pt; margin-bottom: 14pt; }
p.call { font-style: italic; margin-top: 12pt; margin-inline-start: 14mm; text-align: start; }
p.secno { text-align: center; margin-top: 24pt; font-size: 14pt; }
p.appno { text-align: center; margin-top: 24pt; font-size: 14pt; }
span.caps { text-transform: uppercase; }
p.apptitle { text-align: center; font-weight: bold; font-size: 14pt; margin-bottom: 6pt; }
p.revline { text-align: center; font-style: italic; margin-top: 0; }
p.sectitle { text-align: center; font-weight: bold; font-size: 14pt; margin-bottom: 6pt; }
p.head { font-weight: bold; font-size: 12pt; margin-top: 14pt; text-align: start; }
span.lab { display: inline-block; min-width: 14mm; text-indent: 0; }
sup { font-size: 65%; }
#flow, #allnotes { display: none; }
"#;

/// Moves the blocks of `#flow` into pages, each note onto the page of its first call, once
/// however often its block calls it (WTSA Res. 1's 2.1.5 calls note 2 twice).
const SCRIPT: &str = r#"
(function () {
  const blocks = Array.from(document.getElementById('flow').children);
  const notes = {};
  for (const n of document.getElementById('allnotes').children) notes[n.dataset.mark] = n;
  const placed = new Set();
  const foot = document.getElementById('flow').dataset.foot;
  let page, body, area, number = 0;
  function open() {
    number += 1;
    page = document.createElement('div'); page.className = 'page';
    body = document.createElement('div'); body.className = 'body';
    area = document.createElement('div'); area.className = 'notes';
    const f = document.createElement('div'); f.className = 'foot';
    f.textContent = foot + '\u2003' + number;
    page.append(body, area, f);
    document.body.appendChild(page);
  }
  const full = () => body.scrollHeight > body.clientHeight + 1;
  open();
  for (const b of blocks) {
    const own = () => Array.from(b.querySelectorAll('sup.fn'))
      .map(s => s.dataset.mark)
      .filter((m, i, all) => notes[m] && !placed.has(m) && all.indexOf(m) === i);
    let added = own().map(m => { const n = notes[m].cloneNode(true); area.appendChild(n); return n; });
    body.appendChild(b);
    if (full() && body.children.length > 1) {
      b.remove(); added.forEach(n => n.remove());
      // Headings go with the block they head.
      const heads = [];
      while (body.children.length > 1 && body.lastElementChild.classList.contains('keep')) {
        const h = body.lastElementChild; h.remove(); heads.unshift(h);
      }
      open();
      heads.forEach(h => body.appendChild(h));
      added = own().map(m => { const n = notes[m].cloneNode(true); area.appendChild(n); return n; });
      body.appendChild(b);
    }
    for (const s of b.querySelectorAll('sup.fn')) placed.add(s.dataset.mark);
  }
})();
"#;

/// The page of `doc`, an ITU resolution.
pub fn html(doc: &Document) -> String {
    let lang = doc.language;
    let rtl = lang == Language::Ar;
    let dir = if rtl { "rtl" } else { "ltr" };
    let (title_line, foot) = title_and_foot(doc);
    let mut out = format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <style>{STYLE}</style></head><body>\n<div id=\"flow\" data-foot=\"{foot}\">\n\
         <p class=\"resno\">{}</p>\n<p class=\"restitle\">{}</p>\n{}<p>{}</p>\n",
        escape(&title_line),
        escape(doc.resolution.title.as_deref().unwrap_or_default()),
        // The list of earlier revisions under the title, with its notes' calls.
        doc.revision_line
            .as_deref()
            .map_or(String::new(), |l| format!(
                "<p class=\"revline\">{}</p>\n",
                with_marks(l)
            )),
        with_marks(doc.formula.as_deref().unwrap_or_default()),
        foot = escape(&foot),
    );
    for s in &doc.sections {
        if !s.heading.is_empty() {
            out.push_str(&format!(
                "<p class=\"call keep\">{}</p>\n",
                escape(&s.heading)
            ));
        }
        for c in &s.clauses {
            match section_word(lang).filter(|_| is_rules_section(c)) {
                Some(word) => {
                    out.push_str(&format!(
                        "<p class=\"secno keep\">{word} {}</p>\n<p class=\"sectitle keep\">{}</p>\n",
                        escape(c.label.written().trim()),
                        with_marks(&c.text)
                    ));
                    // The numbered provisions of a part are set as ITU's Normal, as at the top.
                    for child in &c.children {
                        clause(&mut out, child, 0, rtl);
                    }
                }
                None => match appendix_lines(&c.text) {
                    Some((number, refers, title)) if c.label.written().trim().is_empty() => {
                        out.push_str(&format!(
                            "<p class=\"appno keep\"><span class=\"caps\">{}</span><br>{}</p>\n<p class=\"apptitle keep\">{}</p>\n",
                            escape(number),
                            escape(refers),
                            with_marks(title)
                        ));
                        // Its items in enumlev1 (the label at the margin, the text hung), as
                        // under a labelled clause; its paragraphs at the margin.
                        for child in &c.children {
                            let level = usize::from(!child.label.written().trim().is_empty());
                            clause(&mut out, child, level, rtl);
                        }
                    }
                    _ => clause(&mut out, c, 0, rtl),
                },
            }
        }
    }
    out.push_str("</div>\n<div id=\"allnotes\">\n");
    for n in &doc.footnotes {
        let mark = escape(&n.mark);
        out.push_str(&format!(
            "<p data-mark=\"{mark}\"><sup>{mark}</sup>\u{2003}{}</p>\n",
            with_marks(&n.text)
        ));
    }
    out.push_str(&format!(
        "</div>\n<script>{SCRIPT}</script>\n</body></html>\n"
    ));
    out
}
