//! A proposal printed with its marks: inserted text underlined, deleted text struck through,
//! both drawn as thin rules across or under the glyphs.
//!
//! The page is laid out once, as printed, with each marked glyph's text bracketed by its mark
//! ([`wrap`]): lines, paragraphs, labels and notes are those of the page, whichever side is
//! read. Reading a side a paragraph at a time from its own glyphs would not do: a line
//! shortened by the text a side drops looks like a paragraph's last line. Each side is then
//! the laid-out text with the other side's brackets and what they hold dropped ([`side_text`]).

use unicode_normalization::char::is_combining_mark;

use super::glyphs::{Glyph, Rule, extent};
use crate::input::Side;
use crate::model::text::is_bidi_control;

/// What a rule does to a glyph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    /// A rule through the letters' middle: deleted.
    Struck,
    /// A rule just under the baseline: inserted.
    Underlined,
}

/// Brackets round struck text in a line's text (control characters no PDF text carries: the
/// recorder's Unicode comes from fonts' maps, and the plain-text reader never sees them). They
/// must differ from the line reader's own markers (`\u{1}` to `\u{3}`, see [`super::lines`]),
/// or the line reader takes a bracket for a label's gap and makes it a space.
const STRUCK: (char, char) = ('\u{11}', '\u{12}');
/// Brackets round underlined text.
const INSERTED: (char, char) = ('\u{13}', '\u{14}');

fn is_bracket(c: char) -> bool {
    matches!(c, '\u{11}'..='\u{14}')
}

/// The mark of each glyph: a rule spanning the glyph's middle, a tenth to six tenths of its
/// size above the baseline (strike-through), or at most a third of its size below it
/// (underline). A rule reaching more than an em past the glyphs it would mark is not a mark
/// but a separator, a table's border or an ornament (the rule under an ITU cover's meeting
/// line): a mark is drawn under or through its own text.
pub fn marks(glyphs: &[Glyph], rules: &[Rule]) -> Vec<Mark> {
    let mut out = vec![Mark::None; glyphs.len()];
    let mut hits: Vec<(usize, Mark)> = Vec::new();
    for r in rules {
        hits.clear();
        for (i, g) in glyphs.iter().enumerate() {
            let centre = g.x + g.w / 2.0;
            if centre < r.x0 || centre > r.x1 {
                continue;
            }
            let above = g.y - r.y;
            if above > 0.1 * g.size && above < 0.6 * g.size {
                hits.push((i, Mark::Struck));
            } else if above <= 0.1 * g.size && above > -0.35 * g.size {
                hits.push((i, Mark::Underlined));
            }
        }
        let Some(em) = hits.iter().map(|&(i, _)| glyphs[i].size).reduce(f64::max) else {
            continue;
        };
        let (x0, x1) = extent(hits.iter().map(|&(i, _)| &glyphs[i]));
        if r.x0 < x0 - em || r.x1 > x1 + em {
            continue;
        }
        for &(i, m) in &hits {
            // A strike-through outranks an underline (a deletion inside an insertion).
            if out[i] != Mark::Struck {
                out[i] = m;
            }
        }
    }
    out
}

/// Brackets each marked glyph's text with its mark. Blanks and bidi controls are left bare (the
/// line reader tells spaces by them), and so are combining marks, which the line reader appends
/// to the letter they sit on: [`tidy_line`] takes them inside their letter's brackets.
pub fn wrap(glyphs: &mut [Glyph], marks: &[Mark]) {
    for (g, m) in glyphs.iter_mut().zip(marks) {
        let (open, close) = match m {
            Mark::None => continue,
            Mark::Struck => STRUCK,
            Mark::Underlined => INSERTED,
        };
        let bare = g
            .text
            .chars()
            .all(|c| c.is_whitespace() || is_bidi_control(c) || is_combining_mark(c));
        if !bare {
            g.text = format!("{open}{}{close}", g.text);
        }
    }
}

/// A line's text with its brackets made runs: a combining mark after a closing bracket goes
/// inside it (it belongs to the letter bracketed), and a bracket closed and opened again, with
/// nothing or a space between, is one run. The layout then counts a marked word's letters
/// nearly as an unmarked one's.
pub fn tidy_line(text: &str) -> String {
    if !text.contains(is_bracket) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_combining_mark(c) && out.ends_with([STRUCK.1, INSERTED.1]) {
            let close = out.pop();
            out.push(c);
            out.extend(close);
        } else {
            out.push(c);
        }
    }
    for (open, close) in [STRUCK, INSERTED] {
        out = out
            .replace(&format!("{close}{open}"), "")
            .replace(&format!("{close} {open}"), " ");
    }
    relabelled(&out).unwrap_or(out)
}

/// A relabelled clause's first line, its old label struck and its new one underlined: the two
/// labels fill the tab stop, so a space's gap or none is left before the text. The tab is put back,
/// as each side's label stands apart from its text.
fn relabelled(line: &str) -> Option<String> {
    let run = |s: &str| -> Option<(char, usize)> {
        let open = s.chars().next()?;
        let close = [STRUCK, INSERTED].into_iter().find(|m| m.0 == open)?.1;
        let end = s.find(close)?;
        let label = &s[open.len_utf8()..end];
        let is_label = !label.is_empty()
            && label.chars().count() <= 12
            && !label.contains([' ', '\t'])
            && crate::model::Label::parse(label).is_ok();
        is_label.then_some((open, end + close.len_utf8()))
    };
    let (first, a) = run(line)?;
    let (second, b) = run(&line[a..])?;
    let rest = &line[a + b..];
    let rest = rest
        .strip_prefix([' ', super::lines::LABEL_GAP])
        .unwrap_or(rest);
    (first != second && !rest.starts_with('\t')).then(|| format!("{}\t{rest}", &line[..a + b]))
}

/// The laid-out text of one side: `Some(Base)` drops what is underlined, `Some(Proposal)` what
/// is struck, `None` neither (the page as printed). A paragraph left empty is dropped; a space
/// left doubled, or before punctuation, or at either end, by what was dropped goes with it.
#[cfg(test)]
pub fn side_text(text: &str, side: Option<Side>) -> String {
    if !text.contains(is_bracket) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for kept in text.lines().filter_map(|l| side_of_line(l, side)) {
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

/// One line of [`side_text`]: `None` when the side leaves it empty.
pub fn side_of_line(line: &str, side: Option<Side>) -> Option<String> {
    if !line.contains(is_bracket) {
        return Some(line.to_string());
    }
    let gone = match side {
        Some(Side::Base) => Some(INSERTED),
        Some(Side::Proposal) => Some(STRUCK),
        None => None,
    };
    let kept = side_line(line, gone);
    (!kept.trim().is_empty()).then_some(kept)
}

/// A laid-out line as each side reads it: the line itself when it has no marks. What a line's
/// first word is (a label or not) is asked of a side's text: a renumbered label reads as
/// neither with both its numbers bracketed in it (`1.\u{11}6\u{12}\u{13}7\u{14}`).
pub fn line_sides(line: &str) -> Vec<String> {
    if !line.contains(is_bracket) {
        return vec![line.to_string()];
    }
    vec![
        side_line(line, Some(INSERTED)),
        side_line(line, Some(STRUCK)),
    ]
}

fn side_line(line: &str, gone: Option<(char, char)>) -> String {
    // The text kept, in pieces: a piece ends where a run of the side's other text was dropped.
    let mut pieces: Vec<String> = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if let Some((open, close)) = gone
            && c == open
        {
            chars.by_ref().take_while(|&d| d != close).for_each(drop);
            pieces.push(String::new());
        } else if !is_bracket(c)
            && let Some(p) = pieces.last_mut()
        {
            p.push(c);
        }
    }
    let blank = |c: char| c.is_whitespace() && c != '\t';
    let cut = pieces.len() > 1;
    let mut out = pieces.remove(0);
    for p in pieces {
        // The blanks either side of the cut become one run (the left one, as printed before
        // the text dropped), or none where they would stand at the paragraph's start, beside
        // a label's tab, after an opening bracket or before closing punctuation.
        let kept = out.trim_end_matches(blank).len();
        let left = out.split_off(kept);
        let rest = p.trim_start_matches(blank);
        let right = &p[..p.len() - rest.len()];
        let before = out.chars().last();
        let after = rest.chars().next();
        let none = before.is_none_or(|c| c == '\t' || c == '(')
            || after.is_some_and(|c| c == '\t' || is_closing_punctuation(c));
        if !none {
            out.push_str(if left.is_empty() { right } else { &left });
        }
        out.push_str(rest);
    }
    if cut {
        out.truncate(out.trim_end_matches(blank).len());
    }
    out
}

/// Punctuation that follows its word with no space (Latin and Arabic).
fn is_closing_punctuation(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '،' | '؛' | '؟')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::pdf::glyphs::{Glyph, Rule};

    #[test]
    fn brackets_are_not_the_line_readers_markers() {
        use super::super::lines::{LABEL_GAP, SUP_CLOSE, SUP_OPEN};
        for c in [STRUCK.0, STRUCK.1, INSERTED.0, INSERTED.1] {
            assert!(![LABEL_GAP, SUP_OPEN, SUP_CLOSE].contains(&c), "{c:?}");
        }
    }

    /// Res. 1's 1.7, struck whole in the EUR proposal as LibreOffice prints it: the label's tab
    /// is drawn as four space glyphs for the rule to run through.
    #[test]
    fn a_struck_labels_tab_reads_as_an_unmarked_ones() {
        let drawn = [
            ("1", 85.2, 6.0),
            (".", 91.2, 3.0),
            ("7", 94.2, 6.0),
            (" ", 100.1, 3.0),
            (" ", 103.5, 3.0),
            (" ", 107.0, 3.0),
            (" ", 110.5, 3.0),
            ("T", 113.5, 7.3),
            ("h", 120.8, 6.0),
            ("e", 126.8, 5.3),
        ];
        let mut glyphs: Vec<Glyph> = drawn
            .iter()
            .map(|&(t, x, w)| Glyph {
                x,
                y: 100.0,
                w,
                size: 12.0,
                text: t.to_string(),
                typed: false,
                bold: false,
            })
            .collect();
        let m = vec![Mark::Struck; glyphs.len()];
        wrap(&mut glyphs, &m);
        let line = &super::super::lines::lines_of(&glyphs, false)[0];
        let gap = super::super::lines::LABEL_GAP;
        assert_eq!(
            tidy_line(&line.text),
            format!("\u{11}1.7\u{12}{gap}\u{11}The\u{12}")
        );
        assert_eq!(line.label_at, Some(113.5));
        assert_eq!(line_sides(&line.text)[0].replace(gap, " "), "1.7 The");
    }

    #[test]
    fn a_side_drops_the_other_sides_runs_and_the_spaces_they_leave() {
        let t = "a)\tthe \u{11}old\u{12} \u{13}new\u{14} text\u{11} here\u{12}.\n\u{13}b)\tadded\u{14}\n";
        assert_eq!(side_text(t, Some(Side::Base)), "a)\tthe old text here.\n");
        assert_eq!(
            side_text(t, Some(Side::Proposal)),
            "a)\tthe new text.\nb)\tadded\n"
        );
        assert_eq!(
            side_text(t, None),
            "a)\tthe old new text here.\nb)\tadded\n"
        );
    }

    #[test]
    fn a_rule_is_a_mark_only_under_or_through_its_own_text() {
        let glyphs: Vec<Glyph> = "Geneva"
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: 100.0 + 6.0 * i as f64,
                y: 200.0,
                w: 6.0,
                size: 12.0,
                text: c.to_string(),
                typed: false,
                bold: false,
            })
            .collect();
        let rule = |x0, x1, y| Rule { x0, x1, y };
        let under = marks(&glyphs, &[rule(100.0, 136.0, 201.5)]);
        assert!(under.iter().all(|m| *m == Mark::Underlined));
        let through = marks(&glyphs, &[rule(100.0, 136.0, 196.0)]);
        assert!(through.iter().all(|m| *m == Mark::Struck));
        // The rule under a cover's meeting line, across the column: a separator.
        let separator = marks(&glyphs, &[rule(50.0, 500.0, 202.0)]);
        assert!(separator.iter().all(|m| *m == Mark::None));
    }

    #[test]
    fn a_relabelled_clause_keeps_its_labels_tab() {
        // Res. 30's أ) relabelled ه) (RCC's proposal): a space's gap after the two labels.
        let line = "\u{11}أ(\u{12}\u{13}ه(\u{14} بالقرار 71";
        assert_eq!(tidy_line(line), "\u{11}أ(\u{12}\u{13}ه(\u{14}\tبالقرار 71");
        assert_eq!(
            side_text(&tidy_line(line), Some(Side::Base)),
            "أ(\tبالقرار 71\n"
        );
        // Words changed at a line's start are not labels.
        let words = "\u{11}the\u{12}\u{13}a\u{14} text";
        assert_eq!(tidy_line(words), words);
    }

    #[test]
    fn a_marked_words_brackets_become_one_run_with_its_vowels() {
        // ب with a fatha drawn apart, then ت, both struck.
        assert_eq!(
            tidy_line("\u{11}ب\u{12}\u{64E}\u{11}ت\u{12} \u{11}x\u{12}"),
            "\u{11}ب\u{64E}ت x\u{12}"
        );
    }
}
