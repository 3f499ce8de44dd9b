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
mod dashes;
mod detached;
mod digits;
mod hyphens;
mod itu;
mod itu_columns;
mod itu_lines;
mod itu_notes;
mod join;
mod label_lines;
mod labels_above;
mod lam_alef;
mod latin_gaps;
mod ligatures;
mod mark_letter;
mod marks;
mod note_marks;
mod notes;
mod pages;
mod pieces;
mod raised_marks;
mod repair;
mod rows;
mod runs;
mod seams;
mod set_apart;
mod shadda;
mod spaced;
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

/// Whether a word ending in `last` bears a fathatan: on its final alef (`عملاً`, `ملجأً`), or
/// with no alef on a final taa marbuta, hamza or alef maqsura; never on another letter (a lam:
/// `عمال ً` is `عملا ً`).
fn bears_fathatan(last: char) -> bool {
    matches!(last, 'ا' | 'أ' | 'ة' | 'ء' | 'ى')
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
    let all = labels_below(labels_above::put_below(all, &mut warnings), &mut warnings);
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
    let alone = |t: &str| t.strip_suffix('.').is_some_and(digits::whole);
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
    unwrap_itu_levelled(lines, first, language, warnings)
        .map(|out| out.into_iter().map(|(n, t, _)| (n, t)).collect())
}

/// [`unwrap_itu`], each line with its level where the text has ITU's parts (`SECTION 1`, an
/// appendix): the tree read by the numbering (see [`itu`]), as the PDF reader reads it.
#[allow(clippy::type_complexity)]
pub fn unwrap_itu_levelled(
    lines: &[&str],
    first: usize,
    language: Language,
    warnings: &mut Vec<Warning>,
) -> Option<Vec<(usize, String, Option<usize>)>> {
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
    let mut all = all;
    let suffixed = if language.is_rtl() {
        Vec::new()
    } else {
        itu_notes::suffixed_notes(&mut all, warnings)
    };
    let (mut all, mut notes) = notes::extract(all, warnings);
    for note in suffixed {
        // After the note it is numbered from (`1bis` after `1`).
        let base = note.0.mark.trim_end_matches(char::is_alphabetic);
        let at = notes
            .iter()
            .position(|(n, _)| n.mark == base)
            .map_or(notes.len(), |k| k + 1);
        notes.insert(at, note);
    }
    if !language.is_rtl() {
        itu_notes::called_again(&mut all, &notes, warnings);
    }
    let f = all.iter().position(|l| is_formula(l.body()))?;
    // The venue line under the title, its notes called (`(Hammamet, 2016)[^1], [^1bis]`), is
    // the revision line, read with them (left to right; as before in Arabic).
    let venue = (!language.is_rtl())
        .then(|| {
            all[..f]
                .iter()
                .rposition(|l| l.body().starts_with('(') && l.text.contains("[^"))
        })
        .flatten();
    let (head_notes, mut notes): (Vec<_>, Vec<_>) = notes.into_iter().partition(|(n, _)| {
        let mark = format!("[^{}]", n.mark);
        all[..f]
            .iter()
            .enumerate()
            .any(|(k, l)| Some(k) != venue && l.text.contains(&mark))
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
        if let Some(v) = above.next_if(|v| venue.is_some_and(|k| v.number == all[k].number)) {
            head.push(Para {
                line: v.number,
                text: v.body().to_string(),
            });
        }
        above.by_ref().for_each(drop);
    }
    head.push(Para {
        line: all[f].number,
        text: all[f].body().to_string(),
    });
    // ITU's parts and headings (left to right: the Arabic repairs are measured without).
    let (body, heads) = if language.is_rtl() {
        (all[f + 1..].to_vec(), Default::default())
    } else {
        itu::parts(all[f + 1..].to_vec(), &notes, warnings)
    };
    let mut paras = join::paragraphs(&body, language, false, warnings);
    repair::text(&mut head, &mut paras, &mut notes, language, hand, warnings);
    let mut out: Vec<(usize, String, Option<usize>)> =
        before.into_iter().map(|(n, t)| (n, t, None)).collect();
    out.extend(head.into_iter().map(|p| (p.line, p.text, None)));
    let paras: Vec<(usize, String)> = paras
        .into_iter()
        .map(|p| (p.line, with_tab(&p.text)))
        .collect();
    let levels = itu::levels(&paras, &heads, warnings);
    out.extend(paras.into_iter().zip(levels).map(|((n, t), l)| (n, t, l)));
    for (note, line) in notes {
        out.push((line, format!("[^{}]: {}", note.mark, note.text), None));
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
        Some((head, rest))
            if (join::label_start(t, false) || join::itu_dash(t)) && !head.is_empty() =>
        {
            format!("{head}\t{}", rest.trim_start())
        }
        _ => t.to_string(),
    }
}

#[cfg(test)]
mod tests;
