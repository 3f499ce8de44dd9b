//! Lines back into paragraphs: where a copied line starts a paragraph (a label, a heading, the
//! call that opens a UN preamble paragraph, an indent, the short last line of the paragraph
//! before), and how two lines join (a space; nothing in Chinese; nothing after a word broken at
//! its hyphen, `post-` `conflict`).

use super::call_break::{PageSays, Uses, call_opens, indented_calls};
use super::calls::opens_with_call;
use super::dashes::{dash_alone, opens_with_dash};
use super::pages::Line;
use super::spaced::spaced_apart;
use crate::input::Warning;
use crate::input::heading::heading_kind;
use crate::model::Language;
use crate::model::text::is_cjk;

/// Opens a line that opens a paragraph for certain: the PDF reader's layout found it by the
/// page's geometry (space, indent, size), which a copied text has lost.
pub const PARAGRAPH: char = '\u{2029}';

/// A paragraph: its text and the line it starts at.
#[derive(Debug, Clone)]
pub struct Para {
    /// The line it starts at (1-based).
    pub line: usize,
    /// Its lines joined.
    pub text: String,
}

/// Width as printed: a Chinese character takes two columns.
pub(super) fn width(t: &str) -> usize {
    t.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// A line's reach from the margin, its indent and its text: in ITU's layout, left to right,
/// `pdftotext -layout` sets an item's lines in by its hang, and their reach is what runs the
/// width.
pub(super) fn reach(l: &Line) -> usize {
    l.indent() + width(l.body())
}

/// What the text's full lines measure (by `measure`): the 90th percentile.
pub(super) fn ninetieth(lines: &[Line], measure: impl Fn(&Line) -> usize) -> usize {
    let mut widths: Vec<usize> = lines.iter().map(measure).collect();
    widths.sort_unstable();
    widths.get(widths.len() * 9 / 10).copied().unwrap_or(0)
}

/// A line measuring `measure` is short beside full lines of `full`: under eight tenths (a
/// title's, a paragraph's last).
pub(super) fn short(measure: usize, full: usize) -> bool {
    measure * 10 < full * 8
}

/// How two lines were joined.
#[derive(Debug, PartialEq, Eq)]
pub enum Join {
    Space,
    /// Nothing between: Chinese, or a word broken after its hyphen (which stays).
    Tight,
    Hyphen,
}

/// Appends line `next` to `text`.
pub fn append(text: &mut String, next: &str) -> Join {
    let next = next.trim();
    let last = text.chars().next_back();
    let first = next.chars().next();
    let join = match (last, first) {
        (None, _) | (_, None) => Join::Tight,
        (Some(a), Some(b)) if is_cjk(a) || is_cjk(b) => Join::Tight,
        // A Chinese line broken inside `2025年7` `月29日` or before a mark.
        (Some(a), Some(b)) if a.is_ascii_digit() && is_cjk(b) => Join::Tight,
        // A number of a Chinese line broken across lines (`、20` `19/24`, as LibreOffice
        // breaks one): Chinese sets no space before it, so none was there to break at.
        (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() && after_cjk(text) => {
            Join::Tight
        }
        // `9–` `24 November`: a range of numbers broken after its dash.
        (Some('–'), Some(b)) if b.is_ascii_digit() && hyphenated_word(text) => Join::Tight,
        (Some('-' | '‑'), Some(b)) if b.is_alphanumeric() && hyphenated_word(text) => {
            Join::Hyphen
        }
        _ => Join::Space,
    };
    if join == Join::Space && !text.is_empty() {
        text.push(' ');
    }
    text.push_str(next);
    join
}

/// The digits ending `text` follow a Chinese character or mark (`、20`).
fn after_cjk(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_ascii_digit())
        .chars()
        .next_back()
        .is_some_and(is_cjk)
}

/// `people-` at the end of `text`: a word broken after its own hyphen (UN and ITU texts do not
/// hyphenate words that have none), not a dash standing alone.
fn hyphenated_word(text: &str) -> bool {
    let mut rev = text.chars().rev();
    rev.next();
    rev.next().is_some_and(char::is_alphanumeric)
}

/// The text without the footnote marks at its end (`Society,[^1]`), and without a mark left as
/// bare digits after the closing punctuation of a word (`levels;9`: a note cited again, which
/// LibreOffice prints at the size of the text and no extractor tells from a number).
fn without_end_marks(t: &str) -> &str {
    let mut t = t.trim_end();
    while t.ends_with(']')
        && let Some(k) = t.rfind("[^")
    {
        t = t[..k].trim_end();
    }
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let stem = &t[..t.len() - digits];
    let mut back = stem.chars().rev();
    let closing = back
        .next()
        .is_some_and(|c| matches!(c, ',' | ';' | ':' | '.'));
    let word = back
        .next()
        .is_some_and(|c| c.is_alphabetic() || matches!(c, ')' | '”' | '’'));
    if (1..=3).contains(&digits) && closing && word {
        stem
    } else {
        t
    }
}

/// A paragraph may end here: a UN preamble paragraph ends with a comma, an operative one with a
/// semicolon or full stop, an ITU heading with a colon.
pub fn ends_paragraph(t: &str) -> bool {
    without_end_marks(t).ends_with([
        ',', ';', '.', ':', '،', '؛', '，', '；', '。', '：', '”', '"', '»', ')', '）',
    ])
}

/// A sentence may end here: a full stop or colon, a closing bracket or quote after one
/// (`(See also 8.2.)`).
pub(super) fn ends_sentence(t: &str) -> bool {
    without_end_marks(t)
        .trim_end_matches([')', '"', '”', '’'])
        .ends_with(['.', ':'])
}

/// What an item's label holds between its brackets: a number, one letter (`a`, `أ`), a
/// lower-case Roman numeral (`iv`), a letter doubled (`aa`). Not a word: `(Inde) en 2008`
/// opening a line is a country's name after a city's (`à Hyderabad` / `(Inde)`).
fn item(inner: &str) -> bool {
    let mut chars = inner.chars();
    let first = chars.next();
    let roman = |c: char| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c');
    first.is_some_and(char::is_alphanumeric)
        && (inner.chars().all(|c| c.is_ascii_digit())
            || inner.chars().count() == 1
            || inner.chars().all(roman)
            || chars.all(|c| Some(c) == first))
}

/// A line that opens with a clause label: `1.`, `1 -` (Arabic), `(a)`, `(iv)`; outside the UN's
/// layout (`un` false) also `a)`, `أ)`, `1` followed by text (ITU's operative clauses), `-`, `•`.
pub fn label_start(t: &str, un: bool) -> bool {
    let head = t.split_whitespace().next().unwrap_or_default();
    let rest = t[head.len()..].trim_start();
    if rest.is_empty() {
        return false;
    }
    let number = super::digits::whole;
    // `1.5`, `1bis.2.2`: ITU's numbered provisions.
    let dotted = |s: &str| {
        s.split('.')
            .all(|p| number(p.trim_end_matches("bis").trim_end_matches("ter")))
            && !s.ends_with('.')
    };
    let un_label = (head.ends_with('.') && number(&head[..head.len() - 1]))
        || (number(head) && rest.starts_with(['-', '–']))
        || (head.starts_with('(')
            && head.ends_with(')')
            && head.chars().count() <= 6
            && item(&head[1..head.len() - 1]));
    // `a)`, `iv)`: French and Spanish UN texts letter their items so, as ITU does.
    let letter = head.ends_with(')')
        && head.chars().count() <= 5
        && head.chars().next().is_some_and(char::is_alphabetic)
        && head[..head.len() - 1].chars().all(char::is_alphabetic)
        && !acronym(&head[..head.len() - 1]);
    let un_label = un_label || letter;
    // `b)bis`.
    let letter = letter
        || (head.len() <= 6 && head.ends_with("bis") && head[..head.len() - 3].ends_with(')'));
    // `'1'`, `'ii'`: ITU's Arabic items of the third level, quoted.
    let quoted = head
        .strip_prefix('\'')
        .and_then(|h| h.strip_suffix('\''))
        .is_some_and(|n| {
            number(n) || (!n.is_empty() && n.len() <= 4 && n.chars().all(|c| "ivx".contains(c)))
        });
    // Not the full set of [`dash_alone`]: the PDF reader finds its labels by the page's tab
    // stops with this test, and U+2212 or U+F02D taken as a label there moves the read of
    // WTSA Res. 1's PDF (tests/input/itu_docx_pdf.rs); a copied U+2212 is [`itu_dash`]'s.
    let list_mark = matches!(head, "-" | "–" | "•");
    let itu_label = letter || quoted || list_mark || dotted(head);
    un_label || (!un && itu_label)
}

/// `−  to adopt`: ITU's list dash (U+2212, as its DOCX reads), a label in a copied ITU text
/// (the PDF reader finds its labels by the page's tab stops).
pub fn itu_dash(t: &str) -> bool {
    t.strip_prefix('\u{2212}')
        .is_some_and(|r| r.starts_with(char::is_whitespace))
}

/// `AAP` of `(alternative approval process,` `AAP) are`, a line opening with the end of a
/// bracket: capitals that are no roman numeral, never a label.
fn acronym(t: &str) -> bool {
    t.chars().count() >= 2
        && t.chars().all(|c| c.is_uppercase())
        && !t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// Whether `t` is one of ITU's headings (`recalling`); in Arabic also with the lam-alef
/// ligatures LibreOffice's print takes apart put back as the repairs will (`وإذ يالحظ كذلك`):
/// which line a heading is is asked before the paragraphs are repaired.
fn itu_heading_line(t: &str, language: Language) -> bool {
    if heading_kind(t, language).is_some() {
        return true;
    }
    if language != Language::Ar || !t.contains("ال") {
        return false;
    }
    let (t, _) = super::lam_alef::certain(t, true);
    let (t, _) = super::arabic_words::by_list(&t);
    heading_kind(&t, language).is_some()
}

/// Whether `lines` open with a heading of the operative part: up to three lines without a label
/// or closing punctuation, then a labelled line (`Internet governance`, `1. Welcomes`).
fn heading_before_label(lines: &[Line], un: bool) -> bool {
    let run = lines
        .iter()
        .take(4)
        .take_while(|l| !ends_paragraph(l.body()) && !label_start(l.body(), un))
        .count();
    (1..=3).contains(&run) && lines.get(run).is_some_and(|l| label_start(l.body(), un))
}

/// The lines joined into paragraphs.
pub fn paragraphs(
    lines: &[Line],
    language: Language,
    un: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<Para> {
    // Lines of a paragraph but the last run the width of the page; a short one ends it. In
    // ITU's layout, `pdftotext -layout` sets an item's lines in by its hang (`a)` and the
    // lines under it): their reach, from the margin, is what runs the width, not their text.
    // (Right to left, it pads every line to the right margin: the text's width says.)
    let by_reach = !un && !language.is_rtl();
    let measure = |l: &Line| {
        if by_reach { reach(l) } else { width(l.body()) }
    };
    let full = ninetieth(lines, measure);
    // `pdftotext -layout` keeps the first-line indent of paragraphs (left-to-right only: it
    // pads right-to-left lines to the right margin).
    let base = lines.iter().map(Line::indent).min().unwrap_or(0);
    let indents = !language.is_rtl() && lines.iter().any(|l| l.indent() >= base + 3);
    let mut out: Vec<Para> = Vec::new();
    let mut prev: Option<&Line> = None;
    // The paragraph being built is an ITU heading (one line) or a UN one (up to three).
    let (mut itu_heading, mut un_heading) = (false, false);
    let mut preamble = true;
    // A Chinese or Arabic line runs the full width unless a paragraph ends on it, and the
    // calls run on inside paragraphs there (`، وإذ تلاحظ`, `，欢迎`): a full line goes on.
    let dense = matches!(language, Language::Zh | Language::Ar);
    // `pdftotext -layout` of a page whose paragraphs are spaced apart sets an empty line
    // between them: there, the empty line says whether a call after a full line opens one.
    let (spaced, moved) = spaced_apart(lines, un, dense, warnings);
    let lines = moved.as_deref().unwrap_or(lines);
    let uses = Uses::of(lines, language, full);
    let indented = indented_calls(lines, language, full, base);
    // The index of the line the paragraph being built opens with.
    let mut opened = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.body();
        // An ITU list's dash alone on the page's first line opens its item, whose text follows
        // (Chromium's Arabic print of WTDC Res. 30 without `-layout`: `-`, an empty line,
        // `مواصلة التعاون …`). Elsewhere a dash alone may follow its text (LibreOffice's).
        let label = label_start(t, un)
            || (by_reach && itu_dash(t))
            || (!un && l.break_before && dash_alone(t));
        // ITU's headings (`recalling`); a UN text has none of them (`认识到` opens a paragraph).
        let heading = !un && !label && itu_heading_line(t, language);
        let starts = match prev {
            None => true,
            Some(_) if l.text.starts_with(PARAGRAPH) => true,
            Some(p) => {
                let pt = p.body();
                // ITU's paragraphs open with a label, a heading or a capital: a line in lower
                // case after one ending no sentence runs on, however short that one (`…ITU-T
                // A.2,` over `respectively.`, a line LibreOffice's justification left short;
                // `… (TSAG)` over `reports submitted`), unless that one stands alone (`or,`
                // between item c) and `through WTSA`).
                let lower_after_comma = by_reach
                    && !label
                    && !heading
                    && !ends_sentence(pt)
                    && !pt.ends_with(';')
                    && out.last().is_some_and(|para| para.line != p.number)
                    && t.starts_with(char::is_lowercase);
                let ends = ends_paragraph(pt) && !lower_after_comma;
                let is_short = short(measure(p), full);
                // ITU's layout, left to right: no UN heading of the operative part (its
                // headings are read by `itu::parts`), no indented first lines (an item's lines
                // hang in under its label), no call opening a paragraph (`According to`);
                // an item after a short line (`•  Source`, `•  Short title`), and with
                // `-layout` any paragraph after an empty line, open one.
                // An ITU heading is one line, unless it runs near the width (its own is
                // narrower than the text's) and a line with no label nor closing punctuation
                // runs it on before a labelled one (`يناشد … المنضمة`, `إليها`).
                let heading_runs_on = width(pt) * 10 >= full * 7
                    && !label
                    && !ends_paragraph(t)
                    && lines.get(i + 1).is_some_and(|n| label_start(n.body(), un));
                // With `-layout`, an ITU list item's lines hang in under its text: a labelled
                // line set out from the line before, or any line at or before the column of an
                // indented list item's dash or bullet, opens one (`–  that the proposed text is
                // stable.` after a line of the item before; `•  Relationship` after
                // `•  Specific task …`; `Guidelines for …` under `–  relevant …`).
                let listed = opens_with_dash(pt) && p.indent() > base;
                let set_out = by_reach
                    && indents
                    && ((listed && l.indent() <= p.indent()) || (label && l.indent() < p.indent()));
                if set_out && !(label && (ends || is_short)) && !(ends && is_short) {
                    warnings.push(Warning {
                        chosen: None,
                        line: l.number,
                        message: format!(
                            "line {} set out to the left of line {}, which hangs in under its label: read as opening a paragraph",
                            l.number, p.number
                        ),
                    });
                }
                set_out
                    || (itu_heading && !heading_runs_on)
                    || (un_heading && label)
                    || (!by_reach && !un_heading && ends && heading_before_label(&lines[i..], un))
                    || (heading && ends)
                    || (label && (ends || (by_reach && is_short)))
                    || (by_reach && indents && l.blank_before && (ends || is_short))
                    || (ends
                        && ((!by_reach && indents && l.indent() >= p.indent() + 3)
                            || is_short
                            || (preamble
                                && !by_reach
                                && opens_with_call(t, language)
                                && call_opens(
                                    p,
                                    l,
                                    language,
                                    if dense && spaced {
                                        PageSays::EmptyLines
                                    } else if indented {
                                        PageSays::Indent(l.indent() >= base + 3)
                                    } else {
                                        PageSays::Nothing
                                    },
                                    measure(p) * 100 / full.max(1),
                                    &uses,
                                    warnings,
                                ))))
            }
        };
        // Calls open preamble paragraphs; after the first numbered paragraph a call word
        // (`，欢迎`) runs on inside a sentence.
        preamble = preamble && !(starts && label && un);
        if starts {
            itu_heading = heading;
            un_heading = !by_reach && !heading && !label && heading_before_label(&lines[i..], un);
        }
        if by_reach
            && !label
            && !heading
            && !l.text.starts_with(PARAGRAPH)
            && let Some(w) =
                hanging_item::said(&lines[opened..=i], out.last(), starts, full, &measure)
        {
            warnings.push(w);
        }
        if starts {
            opened = i;
            out.push(Para {
                line: l.number,
                text: t.to_string(),
            });
        } else if let Some(para) = out.last_mut() {
            let before: String = para
                .text
                .chars()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let join = append(&mut para.text, t);
            if l.break_before {
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "a paragraph broken by a page break: joined to the paragraph of line {}",
                        para.line
                    ),
                });
            }
            if by_reach
                && t.starts_with(char::is_uppercase)
                && !label_start(t, un)
                && let Some(p) = prev.filter(|p| {
                    !short(reach(p), full) && p.body().trim_end_matches(['"', '”']).ends_with('.')
                })
            {
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "line {} opens with a capital after line {}, which runs the width and ends a sentence: read as running on in the paragraph of line {}; it may open a paragraph of its own (no indent or space between paragraphs says)",
                        l.number, p.number, para.line
                    ),
                });
            }
            // `Guidelines for drafting …` after `–  relevant standardization organizations`,
            // the last of a list of dash items, short, with no closing punctuation: without
            // `-layout` nothing says whether it runs on in the item or opens a paragraph.
            if by_reach
                && t.starts_with(char::is_uppercase)
                && !label_start(t, un)
                && prev.is_some_and(|p| !ends_paragraph(p.body()) && short(measure(p), full))
                && opens_with_dash(&para.text)
            {
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "line {} opens with a capital after a short line of the list item of line {} that ends with no punctuation: read as running on in the item; it may open a paragraph of its own",
                        l.number, para.line
                    ),
                });
            }
            if join == Join::Hyphen {
                let word: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
                let stem = before
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or_default();
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!("`{stem}` at a line end and `{word}`: joined as `{stem}{word}`, the hyphen kept"),
                });
            }
        }
        prev = Some(l);
    }
    out
}

mod hanging_item;
#[cfg(test)]
mod tests;
