//! The UN's layout, as text copied from a resolution's PDF gives it: the head of the page
//! (skipped), `80/118. Title`, the formula (`The General Assembly,`), preamble paragraphs that
//! open with their call and no label, then the operative paragraphs `1. Welcomes …` with their
//! `(a)` and `(i)` items, under headings where the text has them.

use super::join::{Para, ends_paragraph, label_start};
use crate::input::Warning;
use crate::input::plain::tree::Builder;
use crate::input::un_bodies::UN_BODY_NAMES;
use crate::model::{Body, Label, Section, SectionKind};

/// The body whose formula `line` is: `The General Assembly,`, `L’Assemblée générale,`,
/// `إن الجمعية العامة،`, `大会，` ...
pub fn un_formula(line: &str) -> Option<Body> {
    let t = line.trim();
    let t = t.strip_suffix([',', '،', '，'])?.trim_end();
    let t = ["The ", "L’", "L'", "La ", "Le ", "El ", "إن "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    UN_BODY_NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(t) || *n == t))
        .map(|(b, _)| *b)
}

/// `80/118. Title` / `2025/18. Title`: the symbol's number and the title's start.
pub fn symbol_title(line: &str) -> Option<(String, &str)> {
    let t = line.trim();
    let (number, rest) = t.split_once('.')?;
    let (a, b) = number.split_once('/')?;
    let digits = |s: &str, max: usize| {
        !s.is_empty() && s.len() <= max && s.chars().all(|c| c.is_ascii_digit())
    };
    (digits(a, 4) && digits(b, 4)).then(|| (number.to_string(), rest.trim()))
}

/// A clause's label and text: `1. Welcomes` → `1.`, `1 - يرحب` → `1 -`, `(a) To` → `(a)`.
fn split(t: &str) -> Option<(Label, String)> {
    if !label_start(t, true) {
        return None;
    }
    let head = t.split_whitespace().next()?;
    let rest = t[head.len()..].trim_start();
    let (written, text) = match rest.strip_prefix(['-', '–']) {
        Some(after) if head.chars().all(|c| c.is_ascii_digit()) => {
            (format!("{head} -"), after.trim_start())
        }
        _ => (head.to_string(), rest),
    };
    let label = Label::parse(&written).ok()?;
    Some((label, text.to_string()))
}

/// A paragraph read as a heading: no label, no closing punctuation, short, and a numbered
/// paragraph after it.
fn heading(p: &Para, next: Option<&Para>) -> bool {
    !ends_paragraph(&p.text)
        && p.text.split_whitespace().count() <= 30
        && p.text.chars().count() <= 200
        && next.is_some_and(|n| split(&n.text).is_some())
}

/// The sections the paragraphs after the formula make.
pub fn sections(paras: &[Para], warnings: &mut Vec<Warning>) -> Vec<Section> {
    let mut b = Builder::new();
    let mut operative = false;
    for (i, p) in paras.iter().enumerate() {
        if heading(p, paras.get(i + 1)) {
            warnings.push(Warning {
                chosen: None,
                line: p.line,
                message: format!(
                    "`{}` has no label and no closing punctuation, and a numbered paragraph follows: read as a heading of the operative part",
                    p.text
                ),
            });
            b.section(SectionKind::UnOperative, &p.text, p.line);
            operative = true;
            continue;
        }
        match split(&p.text) {
            Some((label, text)) => {
                if !operative {
                    b.section(SectionKind::UnOperative, "", p.line);
                    operative = true;
                }
                b.clause(label, text, p.line);
            }
            None => {
                if b.sections.is_empty() {
                    b.section(SectionKind::UnPreamble, "", p.line);
                }
                b.clause(Label::none(), p.text.clone(), p.line);
            }
        }
    }
    let (sections, found) = b.finish();
    warnings.extend(found);
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_six_languages() {
        for (line, body) in [
            ("The General Assembly,", Body::Unga),
            ("L’Assemblée générale,", Body::Unga),
            ("Генеральная Ассамблея,", Body::Unga),
            ("إن الجمعية العامة،", Body::Unga),
            ("大会，", Body::Unga),
            ("The Economic and Social Council,", Body::Ecosoc),
            ("El Consejo Económico y Social,", Body::Ecosoc),
            ("经济及社会理事会，", Body::Ecosoc),
        ] {
            assert_eq!(un_formula(line), Some(body), "{line}");
        }
        assert_eq!(
            un_formula("The World Telecommunication Development Conference (Dubai, 2014),"),
            None
        );
        assert_eq!(un_formula("General Assembly resolution 70/1,"), None);
    }

    #[test]
    fn symbol_and_title() {
        assert_eq!(
            symbol_title("80/118. Information and communications"),
            Some(("80/118".into(), "Information and communications"))
        );
        assert_eq!(
            symbol_title("2025/18. Assessment"),
            Some(("2025/18".into(), "Assessment"))
        );
        assert_eq!(symbol_title("80/118."), Some(("80/118".into(), "")));
        assert_eq!(symbol_title("Recalling its resolution 70/125. It"), None);
    }

    #[test]
    fn labels_as_the_un_writes_them() {
        let (l, t) = split("1 - ترحب بما").unwrap();
        assert_eq!((l.written(), t.as_str()), ("1 -", "ترحب بما"));
        let (l, _) = split("(a) To").unwrap();
        assert_eq!(l.norm(), "a");
        assert!(split("Recalling").is_none());
    }
}
