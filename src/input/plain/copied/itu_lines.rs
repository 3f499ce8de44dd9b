//! Lines of a copied ITU text mended before its parts are read ([`super::itu::parts`]): a
//! label alone on its line, a space `pdftotext` sets before a no-break hyphen.

use std::collections::{HashMap, HashSet};

use super::dashes::dash_alone;
use super::hyphens::{hyphen_split, word_counts};
use super::itu::full_reach;
use super::join::{ends_paragraph, label_start, reach, short};
use super::pages::Line;
use crate::input::Warning;
use crate::input::heading::heading_kind;
use crate::model::Language;
use crate::model::text::excerpt;

/// A label alone on its line, its text on the next: `pdftotext` without `-layout` writes the
/// label of ITU's `label<TAB>text` apart (`1.1`, then `The World Telecommunication …`; `a)`,
/// an empty line, `If an existing …`). Put back before its text, warned.
pub(super) fn labels_alone(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let lines = bullets_apart(lines, warnings);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().peekable();
    // An item's label written before the dash items of the item above (`c)`, `–`, `a simple
    // majority …`, `–`, `at least ten …`, `The Director shall …`: 7.2.3 in Chromium's print):
    // held until the line after them that opens a paragraph. With it, where it stood in `out`:
    // no such line, it goes back there.
    let mut held: Option<(Line, usize, usize)> = None;
    while let Some(mut l) = lines.next() {
        let t = l.body();
        let alone = label_alone(t);
        if alone
            && !dash_alone(t)
            && held.is_none()
            && let Some(n) = lines
                .peek()
                .filter(|n| !n.break_before && dash_alone(n.body()))
        {
            held = Some((l.clone(), n.number, out.len()));
            continue;
        }
        if let Some((h, _, at)) = held.take_if(|_| l.break_before || label_start(t, false)) {
            left_alone(&mut out, h, at, warnings);
        }
        if !alone
            && t.starts_with(char::is_uppercase)
            && out.last().is_some_and(|p| ends_paragraph(p.body()))
            && let Some((h, d, _)) = held.take()
        {
            warnings.push(Warning {
                chosen: None,
                line: h.number,
                message: format!(
                    "label `{}` alone on its line over dash items (from line {d}), with no text of its own before them: read as the label of line {} after them, `{}`",
                    h.body(),
                    l.number,
                    excerpt(t, 30)
                ),
            });
            l.text = format!("{}{} {}", " ".repeat(l.indent()), h.body(), t);
            out.push(l);
            continue;
        }
        let t = l.body();
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
    if let Some((h, _, at)) = held {
        left_alone(&mut out, h, at, warnings);
    }
    out
}

/// A label held over dash items that no paragraph after them takes: put back where it stood,
/// before them, said.
fn left_alone(out: &mut Vec<Line>, h: Line, at: usize, warnings: &mut Vec<Warning>) {
    warnings.push(Warning {
        chosen: None,
        line: h.number,
        message: format!(
            "label `{}` alone on its line over dash items: no paragraph after them on its page to take it, left alone where it stands",
            h.body()
        ),
    });
    out.insert(at.min(out.len()), h);
}

/// A column of bullets `pdftotext` without `-layout` wrote before their items' lines (WTSA Res.
/// 1, Appendix I: seven `•`, then `Source`, `Short title`, … up to the dash items under the
/// last). Where the lines after them, up to the next label or page, are as many as the
/// bullets, each item has one line: each bullet is put before its line, in order, warned.
/// Otherwise left to [`labels_alone`].
fn bullets_apart(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut i = 0;
    while i < lines.len() {
        let bullet = |k: usize, start: usize| {
            lines[k].body() == "•" && (k == start || !lines[k].break_before)
        };
        let j = (i..lines.len())
            .take_while(|&k| bullet(k, i))
            .last()
            .map_or(i, |k| k + 1);
        let n = j - i;
        let end = (j..lines.len())
            .find(|&k| {
                (k > j && lines[k].break_before)
                    || label_start(lines[k].body(), false)
                    || label_alone(lines[k].body())
            })
            .unwrap_or(lines.len());
        if n < 2 || end - j != n || lines[j].break_before {
            i = j.max(i + 1);
            continue;
        }
        warnings.push(Warning {
            chosen: None,
            line: lines[i].number,
            message: format!(
                "a column of {n} bullets (lines {}-{}) written before their items' lines, as many (lines {}-{}): each bullet read as the label of its line, in order",
                lines[i].number,
                lines[j - 1].number,
                lines[j].number,
                lines[end - 1].number
            ),
        });
        let texts: Vec<Line> = lines.drain(j..end).collect();
        for (b, t) in lines[i..j].iter_mut().zip(texts) {
            b.text = format!("{}• {}", " ".repeat(b.indent()), t.body());
            // Each an item of its own, whatever its line's length says.
            super::itu::opening(b);
        }
        i = j;
    }
    lines
}

/// A label alone on its line (ITU's list dash among them, and U+F02D, the Symbol font's).
pub(super) fn label_alone(t: &str) -> bool {
    !t.contains(char::is_whitespace)
        && t.chars().count() <= 12
        && (label_start(&format!("{t} x"), false) || t == "\u{2212}" || t == "\u{f02d}")
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
            // Past the hyphen, which moves one byte back when its space is taken out.
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
            at = k + 1;
        }
    }
    lines
}

/// Words of a justified line that `pdftotext` without `-layout` writes apart, after its
/// paragraph, each alone between empty lines (`has`, `been`, `consented`: 8.3 in Chromium's
/// print, where the justification set them far from `… once the Recommendation`): put back at
/// the end of the one short line above, on their page, that ends no paragraph and that its
/// paragraph runs on after; warned. Two words at least, in lower case, no heading among them.
pub(super) fn stray_words(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let full = full_reach(&lines);
    let word = |l: &Line| {
        let t = l.body();
        l.blank_before
            && !l.break_before
            && t.starts_with(char::is_lowercase)
            && t.chars().all(char::is_alphabetic)
            && heading_kind(t, Language::En).is_none()
    };
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| word(l)).count();
        if run < 2 {
            i += 1;
            continue;
        }
        // The lines above on the page, back to the paragraph before.
        let from = (i.saturating_sub(8)..i)
            .rev()
            .take_while(|&k| k + 1 == i || !lines[k + 1].break_before)
            .last()
            .unwrap_or(i);
        let hosts: Vec<usize> = (from..i.saturating_sub(1))
            .filter(|&k| {
                short(reach(&lines[k]), full)
                    && !ends_paragraph(lines[k].body())
                    && !label_start(lines[k + 1].body(), false)
                    && !lines[k + 1].blank_before
            })
            .collect();
        let words: Vec<String> = lines[i..i + run]
            .iter()
            .map(|l| l.body().to_string())
            .collect();
        let said = words.join(" ");
        if let [k] = hosts[..] {
            warnings.push(Warning {
                chosen: None,
                line: lines[i].number,
                message: format!(
                    "`{said}`, words alone on lines {}-{} after their paragraph: read as the end of line {}, `{}`, short where its paragraph runs on (a justified line's words the extractor set apart)",
                    lines[i].number,
                    lines[i + run - 1].number,
                    lines[k].number,
                    excerpt(lines[k].body(), 30)
                ),
            });
            lines[k].text.push(' ');
            lines[k].text.push_str(&said);
            lines.drain(i..i + run);
        } else {
            warnings.push(Warning {
                chosen: None,
                line: lines[i].number,
                message: format!(
                    "`{said}`, words alone on lines {}-{} after a paragraph: perhaps a justified line's words the extractor set apart, but no one line above says where; read where they stand",
                    lines[i].number,
                    lines[i + run - 1].number
                ),
            });
            i += run;
        }
    }
    lines
}

/// `taskoriented` in a line a little wider than the text's full lines: `pdftotext` without
/// `-layout` joined a line ending in a hyphen to the next and dropped the hyphen, the next
/// holding little more than the word's end (2.1 a) in Chromium's print, `task-` over
/// `oriented fashion;`), too little for [`super::hyphens`] to see a line as wide as two.
/// Put back where the text writes the word with a hyphen elsewhere (`task‑oriented`) and never
/// without; a breakable hyphen (`-`: a no-break one never ends a line), warned.
pub(super) fn dropped_hyphens(
    mut lines: Vec<Line>,
    notes: &[&str],
    warnings: &mut Vec<Warning>,
) -> Vec<Line> {
    let full = full_reach(&lines);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let texts = || lines.iter().map(Line::body).chain(notes.iter().copied());
    // Words of two parts, the punctuation around them left out (`(follow-up)`).
    let hyphenated: HashMap<String, String> = hyphen_split(texts())
        .filter_map(|parts| {
            let [a, b] = parts.as_slice() else {
                return None;
            };
            let (a, b) = (
                a.trim_start_matches(|c: char| !c.is_alphanumeric()),
                b.trim_end_matches(|c: char| !c.is_alphanumeric()),
            );
            let letters = |p: &str| !p.is_empty() && p.chars().all(char::is_alphabetic);
            (letters(a) && letters(b)).then(|| (format!("{a}{b}"), format!("{a}-{b}")))
        })
        .collect();
    let written = word_counts(texts());
    for l in &mut lines {
        if reach(l) * 20 <= full * 21 {
            continue;
        }
        // The token itself is mended, where it stands: its letters may stand inside another
        // word before it (`nonline … online`).
        let text = l.text.as_str();
        let found = text.split_whitespace().find_map(|w| {
            let key = bare(w);
            let whole = hyphenated.get(&key)?;
            let at = w.as_ptr() as usize - text.as_ptr() as usize + w.find(key.as_str())?;
            (written.get(&key) == Some(&1)).then(|| (at, key.clone(), whole.clone()))
        });
        let Some((k, key, whole)) = found else {
            continue;
        };
        l.text.replace_range(k..k + key.len(), &whole);
        warnings.push(Warning {
            chosen: None,
            line: l.number,
            message: format!(
                "`{key}` in a line wider than the text's full lines: the extractor joined a line ending in a hyphen to the next and dropped the hyphen; read as `{whole}`, so written elsewhere in the text and nowhere without"
            ),
        });
    }
    lines
}

#[cfg(test)]
#[path = "itu/lines_tests.rs"]
mod tests;
