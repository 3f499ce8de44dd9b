//! Text copied from a PDF (with a viewer, or by an extractor such as `pdftotext`): lines broken
//! where the page broke them, page furniture between them, footnote marks left as bare digits
//! and the notes at the foot of the pages or gathered at the end.
//!
//! [`read_un`] reads such lines in the UN's layout into sections and footnotes. It takes lines
//! (a PDF reader can feed it the lines it extracted, a form feed between pages) and says, as a
//! [`Warning`] naming the line, everything it had to guess: furniture dropped, paragraphs joined
//! across a page break, words joined at a hyphen, bare digits read as footnote marks, headings.

mod arabic_words;
mod call_break;
mod calls;
mod copies;
mod detached;
mod hyphens;
mod join;
mod label_lines;
mod lam_alef;
mod ligatures;
mod marks;
mod note_marks;
mod notes;
mod pages;
mod pieces;
mod raised_marks;
mod repair;
mod rows;
mod runs;
mod set_apart;
mod shadda;
mod tanween;
mod un;

pub use calls::opens_with_call;
pub use join::{PARAGRAPH, Para, append, ends_paragraph, label_start, paragraphs};
pub use un::{symbol_title, un_formula};

use crate::input::heading::is_formula;
use crate::input::{ImportError, Warning, resolution_number};
use crate::model::{Body, Footnote, Language, Section};

/// A letter of the Arabic alphabet (hamza to yeh, tatweel among them): what the repairs of an
/// Arabic hand (marks, lam-alef, pieces, notes) take for a word's letter.
fn arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}')
}

/// A harakah (fathatan to sukun): the vowel marks extractors set apart from their letters.
fn vowel_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}')
}

/// A tanween (fathatan, dammatan, kasratan): the marks a word's end bears, which extractors
/// set apart.
fn tanween(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{064D}')
}

/// An alef, bare or with its hamza or madda: what a lam-alef ligature holds after its lam.
fn alef(c: char) -> bool {
    matches!(c, 'ا' | 'أ' | 'إ' | 'آ')
}

/// A character of the Arabic block, digits and punctuation too: whether a line is Arabic at
/// all, as the note-number rules that ask it were measured on.
fn arabic_block(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}')
}

/// `items` each in backquotes, joined by `sep`: the words a warning names.
fn quoted<T: std::fmt::Display>(items: impl IntoIterator<Item = T>, sep: &str) -> String {
    items
        .into_iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(sep)
}

/// What a copied text in the UN's layout holds.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The body the formula names.
    pub body: Option<Body>,
    /// The formula line: `The General Assembly,`.
    pub formula: String,
    /// The symbol's number before the title: `80/118`, `2025/18`.
    pub symbol: Option<String>,
    /// The title after it.
    pub title: Option<String>,
    /// The preamble and the operative part (one section per heading of the operative part).
    pub sections: Vec<Section>,
    /// The notes, marks matched in the clause texts as `[^N]`.
    pub footnotes: Vec<Footnote>,
    /// What was guessed or dropped, by line.
    pub warnings: Vec<Warning>,
}

/// Lines read to find the formula: the head of a UN resolution is a dozen lines at most.
const HEAD_LINES: usize = 60;

/// Whether `lines` are in the UN's layout: a UN body's formula line (`The General Assembly,`)
/// opens the text, within its first lines.
pub fn is_un(lines: &[&str]) -> bool {
    lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .take(HEAD_LINES)
        .any(|l| {
            // Most lines hold no bidi control: they are read as they stand, where copying each
            // without them was 7% of a plain-text diff (callgrind).
            if !l.contains(crate::model::text::is_bidi_control) {
                return un_formula(l).is_some();
            }
            let clean: String = l
                .chars()
                .filter(|c| !crate::model::text::is_bidi_control(*c))
                .collect();
            un_formula(&clean).is_some()
        })
}

/// Reads `lines` (numbered from `first`, 1-based) in the UN's layout.
pub fn read_un(lines: &[&str], first: usize, language: Language) -> Result<Layout, ImportError> {
    let mut warnings = Vec::new();
    let all = hyphens::restore(pages::read(lines, first, &mut warnings), &mut warnings);
    let all = pages::drop_furniture(all, &mut warnings);
    let all = labels_below(all, &mut warnings);
    let f = all
        .iter()
        .position(|l| un_formula(l.body()).is_some())
        .ok_or(ImportError::NoSections)?;
    // The formula, then the title: the head, repaired with the rest below.
    let mut head = vec![Para {
        line: all[f].number,
        text: all[f].body().to_string(),
    }];
    let t = all[..f]
        .iter()
        .rposition(|l| symbol_title(l.body()).is_some());
    let symbol = match t.and_then(|t| Some((t, symbol_title(all[t].body())?))) {
        Some((t, (symbol, start))) => {
            let mut title = start.to_string();
            for l in &all[t + 1..f] {
                join::append(&mut title, l.body());
            }
            if !title.is_empty() {
                head.push(Para {
                    line: all[t].number,
                    text: title,
                });
            }
            Some(symbol)
        }
        None => None,
    };
    let head_end = t.unwrap_or(f);
    if head_end > 0 {
        warnings.push(Warning {
            chosen: None,
            line: all[0].number,
            message: format!(
                "lines {}-{} ({head_end} non-empty) come before the {} and were not imported",
                all[0].number,
                all[head_end - 1].number,
                if t.is_some() {
                    "symbol and title"
                } else {
                    "title formula"
                }
            ),
        });
    }
    let after = detached::repair(all[f + 1..].to_vec(), &mut warnings);
    let hand = lam_alef_hand(&after, language, &mut warnings);
    let (body, mut notes) = notes::extract(after, &mut warnings);
    let mut paras = join::paragraphs(&body, language, true, &mut warnings);
    repair::text(
        &mut head,
        &mut paras,
        &mut notes,
        language,
        hand,
        &mut warnings,
    );
    let sections = un::sections(&paras, &mut warnings);
    warnings.sort_by_key(|w| w.line);
    let mut head = head.into_iter().map(|p| p.text);
    let formula = head.next().unwrap_or_default();
    Ok(Layout {
        body: un_formula(&formula),
        formula,
        symbol,
        title: head.next(),
        sections,
        footnotes: notes.into_iter().map(|(n, _)| n).collect(),
        warnings,
    })
}

/// A clause label alone on a line under its paragraph's first line (`3.`), where `pdftotext
/// -layout` puts it when a raised mark lifts that line's text above the label's baseline: put
/// back before that line, with a warning.
fn labels_below(mut lines: Vec<pages::Line>, warnings: &mut Vec<Warning>) -> Vec<pages::Line> {
    let alone = |t: &str| {
        t.strip_suffix('.')
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
    };
    let mut i = 1;
    while i < lines.len() {
        if alone(lines[i].body())
            && let Some(start) = label_of_page_start(&lines, i)
        {
            let label = lines.remove(i);
            if let Some(after) = lines.get_mut(i) {
                after.break_before = true;
            }
            let l = &mut lines[start];
            l.text = format!("{}{} {}", " ".repeat(l.indent()), label.body(), l.body());
            warnings.push(Warning {
                chosen: None,
                line: label.number,
                message: format!(
                    "label `{}` alone at the page's foot: read as the label of line {}, the page's first, which the next label `{}` follows",
                    label.body(),
                    l.number,
                    next_label(label.body())
                ),
            });
            i += 1;
            continue;
        }
        let above = lines[i - 1].body();
        if alone(lines[i].body())
            && !lines[i].break_before
            && !above.is_empty()
            && !join::label_start(above, true)
        {
            let label = lines.remove(i);
            let l = &mut lines[i - 1];
            let lead = l.indent();
            let text = format!("{}{} {}", " ".repeat(lead), label.body(), l.body());
            warnings.push(Warning {
                chosen: None,
                line: label.number,
                message: format!(
                    "label `{}` alone under line {}: read as that line's label",
                    label.body(),
                    l.number
                ),
            });
            l.text = text;
        }
        i += 1;
    }
    lines
}

/// `4.` after `3.`.
fn next_label(label: &str) -> String {
    let n: u32 = label.trim_end_matches('.').parse().unwrap_or(0);
    format!("{}.", n + 1)
}

/// `pdftotext` without `-layout` writes a label that opens a page's first line at the page's
/// foot (`确认…` … `3.`, page break): the page's first line, when it has no label and the
/// page's first label is the one after (`4.`). Where that line is, if so.
fn label_of_page_start(lines: &[pages::Line], i: usize) -> Option<usize> {
    let page_end = lines.get(i + 1).is_none_or(|l| l.break_before);
    let start = lines[..i].iter().rposition(|l| l.break_before)?;
    let first = lines[start].body();
    if !page_end || join::label_start(first, true) {
        return None;
    }
    let next = next_label(lines[i].body());
    let first_label = lines[start..i]
        .iter()
        .find(|l| join::label_start(l.body(), true))?;
    (first_label.body().split_whitespace().next() == Some(next.as_str())).then_some(start)
}

/// Whether `lines` are a copied text in ITU's layout (or any but the UN's): `pdftotext` marks
/// its pages with form feeds; Word's export and typed text have none.
pub fn is_paged(lines: &[&str]) -> bool {
    lines.iter().any(|l| l.contains('\u{c}'))
}

/// Text copied from an ITU text's PDF as the layout the plain-text reader reads: page furniture
/// dropped, paragraphs joined, `label<TAB>text`, notes as `[^N]: text` at the end. Each line
/// comes with the line of the input it starts at. `None` without a title formula.
pub fn unwrap_itu(
    lines: &[&str],
    first: usize,
    language: Language,
    warnings: &mut Vec<Warning>,
) -> Option<Vec<(usize, String)>> {
    let all = hyphens::restore(pages::read(lines, first, warnings), warnings);
    let all = pages::drop_furniture(all, warnings);
    let all = if language.is_rtl() && label_lines::reading_order(&all) {
        label_lines::put_back(all, language, warnings)
    } else {
        all
    };
    // No formula, no ITU text: the reader goes on as for any plain text.
    all.iter().position(|l| is_formula(l.body()))?;
    // Notes at the foot of the first page may belong to the title (`(Hammamet, 2016)1`): read
    // over the whole text, and those whose mark is above the formula dropped with it.
    let hand = lam_alef_hand(&all, language, warnings);
    let (all, notes) = notes::extract(all, warnings);
    let f = all.iter().position(|l| is_formula(l.body()))?;
    let (head_notes, mut notes): (Vec<_>, Vec<_>) = notes.into_iter().partition(|(n, _)| {
        let mark = format!("[^{}]", n.mark);
        all[..f].iter().any(|l| l.text.contains(&mark))
    });
    for (n, line) in head_notes {
        warnings.push(Warning {
            chosen: None,
            line,
            message: format!(
                "footnote {} belongs to the lines above the title formula, which are not imported; dropped with them",
                n.mark
            ),
        });
    }
    // The resolution's number, its title and the formula: the head, repaired with the rest
    // below. The lines before the number (a cover, a foreword) are not imported: as they are.
    let mut before: Vec<(usize, String)> = Vec::new();
    let mut head: Vec<Para> = Vec::new();
    let mut above = all[..f].iter().peekable();
    while let Some(l) = above.next() {
        let numbered = resolution_number(l.body())
            .is_some_and(|(_, after)| after.is_empty() || after.starts_with('('));
        if !numbered {
            before.push((l.number, l.body().to_string()));
            continue;
        }
        head.push(Para {
            line: l.number,
            text: l.body().to_string(),
        });
        // The title runs on until the formula, or the venue line below it.
        let mut title = String::new();
        let line = above.peek().map_or(l.number, |t| t.number);
        while let Some(t) = above.next_if(|t| !t.body().starts_with('(')) {
            join::append(&mut title, t.body());
        }
        if !title.is_empty() {
            head.push(Para { line, text: title });
        }
        above.by_ref().for_each(drop);
    }
    head.push(Para {
        line: all[f].number,
        text: all[f].body().to_string(),
    });
    let mut paras = join::paragraphs(&all[f + 1..], language, false, warnings);
    repair::text(&mut head, &mut paras, &mut notes, language, hand, warnings);
    let mut out = before;
    out.extend(head.into_iter().map(|p| (p.line, p.text)));
    for p in paras {
        out.push((p.line, with_tab(&p.text)));
    }
    for (note, line) in notes {
        out.push((line, format!("[^{}]: {}", note.mark, note.text)));
    }
    Some(out)
}

/// Whether an Arabic text's lines, body and notes together, show LibreOffice's lam-alef hand
/// (see [`lam_alef::decide`]): decided once, so that notes and body are read alike.
fn lam_alef_hand(lines: &[pages::Line], language: Language, warnings: &mut Vec<Warning>) -> bool {
    language == Language::Ar
        && lam_alef::decide(lines.iter().map(|l| (l.body(), l.number)), warnings)
}

/// `a) that …` as `a)<TAB>that …`: the plain-text reader takes any label before a tab.
fn with_tab(t: &str) -> String {
    match t.split_once(' ') {
        Some((head, rest)) if join::label_start(t, false) && !head.is_empty() => {
            format!("{head}\t{}", rest.trim_start())
        }
        _ => t.to_string(),
    }
}

#[cfg(test)]
mod tests;
