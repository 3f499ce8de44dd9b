//! One view of the document (changes accepted, or rejected) as the layout reads it: each
//! paragraph's ITU style whatever the writer called it, and its automatic label typed in front
//! of its text (`label<TAB>text`), as if the author had typed it.
//!
//! Numbering is counted per view: a numbered paragraph a tracked change inserted is counted in
//! the proposal only, so the labels after it are those Word shows with the change accepted.
//! A numbered paragraph in a style that does not place it (not `enumlevN` nor `HeadingN`) is
//! placed by its list level: level 1 and deeper are items under the last clause, as ITU's
//! `enumlev1`… paragraphs are, so `1.` with `a)` under it nests the same typed or generated.

use super::layout::squeeze;
use super::numbering::Numbering;
use super::styles::{StyleNumbering, Styles};
use super::xml::{Para, Track, view};
use crate::input::Warning;
use crate::model::text::excerpt;
use crate::model::{Label, Scheme, typed_suffix};

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
            if let Some(problem) = shown.problem {
                warnings.push(Warning {
                    chosen: None,
                    line: line + 1,
                    message: format!("{problem} (label `{}`)", shown.label),
                });
            }
            if shown.level > 0 && !places(&style) {
                style = format!("enumlev{}", shown.level);
            }
            if shown.label.is_empty() || text.trim().is_empty() {
                return (style, text);
            }
            let typed = text.trim_start();
            if let Some((suffix, rest)) = typed_suffix(typed) {
                // ITU types a clause added after `b)` as `b)bis`: the suffix after the number.
                let label = format!("{}{suffix}", shown.label);
                // A bullet or a dash takes no suffix: `•bis` would read as a bullet.
                let joined = Label::parse(&label).is_ok_and(|l| {
                    !matches!(l.scheme(), Scheme::None | Scheme::Bullet | Scheme::Dash)
                });
                let read = if joined {
                    format!("as the label `{label}`")
                } else {
                    format!(
                        "as the label `{}` and its text: `{label}` is no label",
                        shown.label
                    )
                };
                warnings.push(Warning {
                    chosen: None,
                    line: line + 1,
                    message: format!(
                        "read the automatic number `{}` and `{suffix}` typed after it (`{}`) {read}",
                        shown.label,
                        excerpt(&squeeze(typed), 60)
                    ),
                });
                if joined {
                    return (style, format!("{label}\t{}", rest.trim_start()));
                }
            }
            (style, format!("{}\t{}", shown.label, typed))
        })
        .collect();
    (out, warnings)
}

/// A glyph of a symbol font (Symbol, Wingdings) is written by Word as `w:sym` and by
/// LibreOffice as a private-use character U+F000-U+F0FF in a run of that font. The few the
/// reader knows (ITU's Symbol dash, U+2212: `super::symbol`) are read as their characters;
/// any other reads as nothing in the label's place, before the first tab, so that both
/// spellings read alike and a re-save does not change the text; anywhere else the character
/// is kept, and shows.
fn without_symbol_glyphs(text: String) -> String {
    let glyph = |c: char| ('\u{F000}'..='\u{F0FF}').contains(&c);
    let lead = text.trim_start();
    let rest = lead.trim_start_matches(glyph);
    if rest.len() < lead.len() && rest.starts_with('\t') {
        rest.to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(body: &str, numbering: &str) -> (Vec<(String, String)>, Vec<Warning>) {
        let doc = super::super::xml::parse(
            &format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#),
            "word/document.xml",
            &|_| false,
        )
        .expect("parses");
        let numbering = Numbering::parse(numbering).expect("numbering parses");
        resolve(
            &doc.paras,
            Track::Inserted,
            &Styles::default(),
            Some(&numbering),
        )
    }

    fn numbered(style: &str, ilvl: u8, text: &str) -> String {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    }

    const LIST: &str = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%2)"/></w:lvl>
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

    #[test]
    fn a_numbered_paragraph_gets_its_label_and_its_level() {
        let body = [
            numbered("Normal", 0, "first"),
            numbered("Normal", 1, "an item"),
            numbered("Heading2", 1, "a heading keeps its style"),
            // An empty numbered paragraph counts, as Word shows it, but is no clause.
            numbered("Normal", 0, ""),
            numbered("Normal", 0, "third"),
        ]
        .concat();
        let (paras, warnings) = resolved(&body, LIST);
        let want = [
            ("Normal", "1\tfirst"),
            ("enumlev1", "1)\tan item"),
            ("Heading2", "2)\ta heading keeps its style"),
            ("Normal", ""),
            ("Normal", "3\tthird"),
        ];
        let got: Vec<(&str, &str)> = paras
            .iter()
            .map(|(s, t)| (s.as_str(), t.as_str()))
            .collect();
        assert_eq!(got, want);
        // Chinese counting is not computed: said, with the label read in decimal.
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(warnings[0].line, 2);
        assert!(
            warnings[0].message.contains("`chineseCounting`"),
            "{}",
            warnings[0].message
        );
    }

    /// ITU's suffix typed after an automatic number makes one label with it, said; where the
    /// two make no label, the suffix stays in the text, said too. Both were read unsaid.
    #[test]
    fn a_suffix_typed_after_an_automatic_number_is_said() {
        let body = [
            numbered("Normal", 0, "bis\tto invite"),
            numbered("Normal", 0, "bisection"),
        ]
        .concat();
        let (paras, warnings) = resolved(&body, LIST);
        assert_eq!(paras[0].1, "1bis\tto invite");
        assert_eq!(paras[1].1, "2\tbisection");
        let said: Vec<(usize, &str)> = warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert_eq!(
            said,
            [(
                1,
                "read the automatic number `1` and `bis` typed after it (`bis to invite`) as the label `1bis`"
            )]
        );
        // A bullet takes no suffix: the suffix is text.
        let bullets = LIST.replace(
            r#"<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>"#,
            r#"<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>"#,
        );
        let (paras, warnings) = resolved(&numbered("Normal", 0, "ter the text"), &bullets);
        assert_eq!(paras[0].1, "•\tter the text");
        assert_eq!(
            warnings[0].message,
            "read the automatic number `•` and `ter` typed after it (`ter the text`) as the label `•` and its text: `•ter` is no label"
        );
    }

    #[test]
    fn a_symbol_glyph_is_nothing_in_the_label_place_only() {
        assert_eq!(
            without_symbol_glyphs("\u{F02D}\tto adopt".into()),
            "\tto adopt"
        );
        assert_eq!(without_symbol_glyphs("a \u{F0E3} b".into()), "a \u{F0E3} b");
        assert_eq!(without_symbol_glyphs("\u{F0E3}".into()), "\u{F0E3}");
    }
}
