//! Lines of a copied ITU text mended before its parts are read ([`super::itu::parts`]): a
//! label alone on its line, a space `pdftotext` sets before a no-break hyphen.

use std::collections::HashSet;

use super::join::label_start;
use super::pages::Line;
use crate::input::Warning;
use crate::model::text::excerpt;

/// A label alone on its line, its text on the next: `pdftotext` without `-layout` writes the
/// label of ITU's `label<TAB>text` apart (`1.1`, then `The World Telecommunication …`; `a)`,
/// an empty line, `If an existing …`). Put back before its text, warned.
pub(super) fn labels_alone(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().peekable();
    while let Some(l) = lines.next() {
        let t = l.body();
        let alone = !t.contains(char::is_whitespace)
            && t.chars().count() <= 12
            && (label_start(&format!("{t} x"), false) || t == "\u{2212}" || t == "\u{f02d}");
        if alone
            && let Some(next) = lines.next_if(|n| !n.break_before && !label_start(n.body(), false))
        {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "label `{t}` alone on its line: read as the label of line {}, `{}`",
                    next.number,
                    excerpt(next.body(), 30)
                ),
            });
            let mut joined = l.clone();
            joined.text = format!("{}{t} {}", " ".repeat(l.indent()), next.body());
            out.push(joined);
            continue;
        }
        out.push(l);
    }
    out
}

/// `ITU -T`: `pdftotext` sets a space before the no-break hyphen of a justified line (WTSA
/// Res. 1, 9.3.4). Taken out where the text writes the word whole elsewhere (`ITU-T`, 100
/// times), warned.
pub(super) fn spaced_hyphens(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let trim = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_string()
    };
    let whole: HashSet<String> = lines
        .iter()
        .flat_map(|l| l.body().split(' ').map(trim).collect::<Vec<_>>())
        .filter(|w| w.contains('-'))
        .collect();
    for l in &mut lines {
        let mut at = 0;
        while let Some(k) = l.text[at..].find(" -").map(|k| at + k) {
            at = k + 2;
            let before = l.text[..k].rsplit(' ').next().unwrap_or_default();
            let after = l.text[k + 2..].split(' ').next().unwrap_or_default();
            let word = format!("{}-{}", trim(before), trim(after));
            if before.is_empty() || after.is_empty() || !whole.contains(&word) {
                continue;
            }
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{before} -{after}`: read as `{word}`, written whole elsewhere in the text (a space the extractor set before the hyphen)"
                ),
            });
            l.text.replace_range(k..k + 1, "");
        }
    }
    lines
}
