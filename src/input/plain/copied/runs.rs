//! The left-to-right runs `pdftotext` wraps inside Arabic lines (U+202A … U+202C), put back in
//! reading order.
//!
//! A run holds its characters in the order the page shows them, left to right. In Arabic text
//! the bidi algorithm (UAX #9) makes each number an Arabic number (rule W2), and only a common
//! separator (`/`, `.`, `,`, `:`) joins two of them into one (W4): `79/194` reads as it is seen,
//! but the hyphen of `2022-2025` or `كوفيد-19`, a space between two numbers, and the
//! punctuation at a run's ends are laid out right to left (N1, N2). So the run's pieces read
//! right to left, each number and each Latin phrase (`Facts and Figures 2024 (Geneva, 2024)`)
//! as it stands.

use std::borrow::Cow;

const LRE: char = '\u{202A}';
const PDF: char = '\u{202C}';

/// A run whose pieces were put in reading order by more than moving its leading punctuation
/// behind it: as seen, and as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reordered {
    pub seen: String,
    pub read: String,
}

/// `line` with each left-to-right run in reading order, and the runs that needed more than
/// their leading space or comma moved behind them (`LRE 79/194 PDF المؤرخ`, `LRE ،1 PDF`).
pub fn in_reading_order(line: &str) -> (Cow<'_, str>, Vec<Reordered>) {
    if !line.contains(LRE) {
        return (Cow::Borrowed(line), Vec::new());
    }
    let mut out = String::with_capacity(line.len());
    let mut said = Vec::new();
    let mut rest = line;
    while let Some(k) = rest.find(LRE) {
        out.push_str(&rest[..k]);
        let run = &rest[k + LRE.len_utf8()..];
        let end = run.find(PDF).unwrap_or(run.len());
        let inner = &run[..end];
        rest = run.get(end + PDF.len_utf8()..).unwrap_or("");
        let Some(start) = inner.find(char::is_alphanumeric) else {
            // Punctuation alone (LRE, space, comma, PDF after `نموًا `): the space before a
            // comma is the run's own; a dash keeps the text's spaces on both sides.
            let mark = inner.trim();
            if inner.starts_with(' ') && out.ends_with(' ') && !matches!(mark, "-" | "–" | "—")
            {
                out.pop();
            }
            out.extend(inner.chars().rev());
            continue;
        };
        let (lead, body) = inner.split_at(start);
        let (mut core, trail) = body.split_at(core_end(body));
        // `)` LRE `Sustainable … (New York, 2025` PDF: the run's closing bracket, set right
        // to left before it.
        let mut closed = String::new();
        if opens(core) > 0 && !lead.contains(')') {
            let before = out.trim_end_matches(|c: char| crate::model::text::is_bidi_control(c));
            if before.ends_with(')') {
                out.truncate(before.len() - 1);
                closed = format!("{core})");
                core = &closed;
            }
        }
        let seen = core;
        let core: Cow<'_, str> = if !core.contains(char::is_alphabetic) {
            Cow::Owned(pieces_reversed(core))
        } else if opens(core) > 0 && lead.contains(')') {
            // `.)E/2025/31( 11`: brackets seen mirrored, `)` left of their text and `(` right
            // of it, were laid out right to left, and what they hold is a piece apart.
            Cow::Owned(mirrored(core))
        } else {
            Cow::Borrowed(core)
        };
        // `LRE ، 2006/46 PDF`, `LRE ، “2030 PDF`: the blank the extractor sets before the
        // comma it carried into the run, right to left after the number; Arabic sets none.
        let seen_lead: String = lead.chars().rev().collect();
        let lead = seen_lead.replace(" ،", "،").replace(" ؛", "؛");
        let read: String = trail
            .chars()
            .rev()
            .chain(core.chars())
            .chain(lead.chars())
            .collect();
        if !trail.is_empty() || !closed.is_empty() || core != seen || lead != seen_lead {
            said.push(Reordered {
                seen: format!(
                    "{}{}",
                    if closed.is_empty() { "" } else { ")" },
                    inner.trim()
                ),
                read: read.trim().to_string(),
            });
        }
        out.push_str(&read);
    }
    out.push_str(rest);
    (Cow::Owned(out), said)
}

/// Where a run's text ends, before the punctuation set right to left after it: after its last
/// letter or digit, and the closing brackets of the brackets it opened (`(Geneva, 2024)`).
fn core_end(body: &str) -> usize {
    let mut end = body
        .char_indices()
        .rfind(|(_, c)| c.is_alphanumeric())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let mut open = opens(&body[..end]);
    for c in body[end..].chars() {
        if c != ')' || open == 0 {
            break;
        }
        open -= 1;
        end += 1;
    }
    end
}

/// How many brackets `t` opens and does not close.
fn opens(t: &str) -> usize {
    t.chars().fold(0usize, |n, c| match c {
        '(' => n + 1,
        ')' => n.saturating_sub(1),
        _ => n,
    })
}

/// `E/2025/31( 11` as `11 (E/2025/31`: the pieces on either side of each opening bracket,
/// right to left.
fn mirrored(core: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for (k, piece) in core.split('(').enumerate() {
        if k > 0 {
            out.push("(".into());
        }
        out.push(if piece.contains(char::is_alphabetic) {
            piece.to_string()
        } else {
            pieces_reversed(piece)
        });
    }
    out.into_iter().rev().collect()
}

/// Numbers and what stands between them, right to left: `2025-2022` as `2022-2025`; a number
/// with common separators (`79/194`, `2024/13`) is one piece.
fn pieces_reversed(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut pieces: Vec<String> = Vec::new();
    let mut number = false;
    for (i, &c) in chars.iter().enumerate() {
        let joins = matches!(c, '/' | '.' | ',' | ':')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        let digit = c.is_ascii_digit() || joins;
        match pieces.last_mut() {
            Some(p) if digit && number => p.push(c),
            _ => pieces.push(c.to_string()),
        }
        number = digit;
    }
    pieces.into_iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(seen: &str) -> String {
        in_reading_order(seen).0.into_owned()
    }

    #[test]
    fn a_run_leading_punctuation_goes_behind_it() {
        let seen = "قرارها \u{202a} 79/194\u{202c}المؤرخ المسألة\u{202a}،1\u{202c}";
        let (text, said) = in_reading_order(seen);
        assert_eq!(text, "قرارها 79/194 المؤرخ المسألة1،");
        assert!(said.is_empty());
    }

    /// `pdftotext -layout` of A/RES/80/118 in Arabic, printed by Chromium.
    #[test]
    fn numbers_joined_by_a_hyphen_read_right_to_left() {
        // Was `2025-2022`, `(كوفيد19-)`, `كوفيد19-،`, `(د3-).`, `الأول1-.`, `باريس24-9 ،`.
        let seen = "للفترة \u{202a} 2025-2022\u{202c}التي";
        assert_eq!(read(seen), "للفترة 2022-2025 التي");
        assert_eq!(read("(كوفيد\u{202a} )19-\u{202c}يزيد"), "(كوفيد-19) يزيد");
        assert_eq!(
            read("جائحة كوفيد\u{202a} ،19-\u{202c}وتهيب"),
            "جائحة كوفيد-19، وتهيب"
        );
        assert_eq!(read("ألف (د\u{202a}.)3-\u{202c}"), "ألف (د-3).");
        assert_eq!(read("الشكل الأول\u{202a}.1-\u{202c}"), "الشكل الأول-1.");
        assert_eq!(
            read("باريس\u{202a} 24-9 ،\u{202c}تشرين"),
            "باريس، 9-24 تشرين"
        );
        let (_, said) = in_reading_order(seen);
        assert_eq!(
            said,
            [Reordered {
                seen: "2025-2022".into(),
                read: "2022-2025".into()
            }]
        );
    }

    #[test]
    fn latin_runs_keep_their_brackets_and_give_back_the_comma() {
        // Notes 20, 21 and 25 of the same print.
        assert_eq!(
            read("للاتصالات\u{202a}.International Union, Facts 2024 (Geneva, 2024) ،\u{202c}"),
            "للاتصالات، International Union, Facts 2024 (Geneva, 2024)."
        );
        assert_eq!(
            read("والاجتماعية\u{202a}Progress on the ،\u{202c}"),
            "والاجتماعية، Progress on the"
        );
        assert_eq!(
            read("\u{202b})\u{202a}.Sustainable Goals 2025 (New York, 2025\u{202c}"),
            "\u{202b}Sustainable Goals 2025 (New York, 2025)."
        );
        assert_eq!(
            read("الملحق رقم \u{202a}.)E/2025/31( 11\u{202c}"),
            "الملحق رقم 11 (E/2025/31)."
        );
    }

    /// A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX, `pdftotext -layout`
    /// (lines 31, 79 and 136): the comma a run carries, with blanks on both sides.
    #[test]
    fn no_blank_before_the_comma_a_run_carries() {
        assert_eq!(
            read("المستدامة لعام \u{202a} ، “2030\u{202c}الذي"),
            "المستدامة لعام 2030“، الذي"
        );
        assert_eq!(
            read("الجمعية العامة\u{202a} ، 5\u{202c}وإلى"),
            "الجمعية العامة5، وإلى"
        );
        assert_eq!(
            read("\u{202a} ، 2006/46\u{202c}في تقديم"),
            "2006/46، في تقديم"
        );
        let (_, said) = in_reading_order("\u{202a} ، 2006/46\u{202c}في تقديم");
        assert_eq!(said[0].read, "2006/46،");
    }

    #[test]
    fn a_spaced_dash_keeps_its_spaces() {
        // `الثلاثة - الاقتصادي`, read as `الثلاثة- الاقتصادي` before.
        assert_eq!(
            read("الثلاثة \u{202a} -\u{202c}الاقتصادي"),
            "الثلاثة - الاقتصادي"
        );
        assert_eq!(read("نموًا \u{202a} ،\u{202c}وتدعو"), "نموًا، وتدعو");
    }
}
