//! One view of the document (changes accepted, or rejected) as the layout reads it: each
//! paragraph's ITU style whatever the writer called it, and its automatic label typed in front
//! of its text (`label<TAB>text`), as if the author had typed it.
//!
//! Numbering is counted per view: a numbered paragraph a tracked change inserted is counted in
//! the proposal only, so the labels after it are those Word shows with the change accepted.
//! A numbered paragraph in a style that does not place it (not `enumlevN` nor `HeadingN`) is
//! placed by its list level: level 1 and deeper are items under the last clause, as ITU's
//! `enumlev1`… paragraphs are, so `1.` with `a)` under it nests the same typed or generated.

use super::numbering::{Numbering, StyleNumbering};
use super::styles::Styles;
use super::xml::{Para, Track, view};
use crate::input::Warning;

/// What the layout needs of one view: (style, text) per paragraph, and what numbering could
/// not compute.
pub fn resolve(
    paras: &[Para],
    keep: Track,
    styles: &Styles,
    numbering: Option<&Numbering>,
) -> (Vec<(String, String)>, Vec<Warning>) {
    let viewed = view(paras, keep);
    let mut counter = numbering.map(Numbering::counter);
    let mut warnings = Vec::new();
    let out = viewed
        .into_iter()
        .enumerate()
        .map(|(line, (i, text))| {
            let text = without_symbol_glyphs(text);
            let p = &paras[i];
            let mut style = styles.canonical(&p.style);
            let num = p.num.over(style_num(&styles.numbering, &p.style));
            let shown = counter.as_mut().and_then(|c| c.next(num));
            let Some(shown) = shown else {
                return (style, text);
            };
            if let Some(format) = &shown.unknown_format {
                warnings.push(Warning {
                    line: line + 1,
                    message: format!(
                        "automatic numbering in format `{format}` is not computed; label `{}` read in decimal",
                        shown.label
                    ),
                });
            }
            if shown.level > 0 && !places(&style) {
                style = format!("enumlev{}", shown.level);
            }
            if shown.label.is_empty() || text.trim().is_empty() {
                return (style, text);
            }
            (style, format!("{}\t{}", shown.label, text.trim_start()))
        })
        .collect();
    (out, warnings)
}

/// A glyph of a symbol font (Symbol, Wingdings) is written by Word as `w:sym`, which the reader
/// does not take as text (ITU's items start with one, a dash drawn in Symbol), and by
/// LibreOffice as the private-use character U+F000-U+F0FF in a run of that font. Both are read
/// alike, as nothing, so that a re-save does not change the text.
fn without_symbol_glyphs(text: String) -> String {
    if text.contains(|c| ('\u{F000}'..='\u{F0FF}').contains(&c)) {
        text.replace(|c| ('\u{F000}'..='\u{F0FF}').contains(&c), "")
    } else {
        text
    }
}

fn style_num(styles: &StyleNumbering, id: &str) -> super::numbering::NumPr {
    if id.is_empty() {
        Default::default()
    } else {
        styles.of(id)
    }
}

/// Whether the layout places a paragraph of this style by the style itself.
fn places(style: &str) -> bool {
    style.starts_with("enumlev") || style.starts_with("Heading")
}
