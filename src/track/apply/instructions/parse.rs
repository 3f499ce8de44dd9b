//! Reading UN amendment instructions back from the words of `markup::vocabulary`, as `render::amend_text` writes them. Each
//! instruction is a paragraph; the quoted words are cut out by the fixed words around them
//! (`” with “`, `”, insert “`, the closing `”.`) where their `”` is not escaped, never by
//! looking for quote marks, so quoted text may itself hold “quotations”; the quoted text is then
//! unescaped (`markup::quoting`).

use crate::markup::amend::{Amendment, NewClause, Place, Step, Target, TextEdit, Under};
use crate::markup::quoting::{find_unescaped, unquote};
use crate::markup::vocabulary::WORDS;
use crate::model::Part;

/// An instruction that does not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}: `{text}`")]
pub struct ParseError {
    /// The 1-based line the instruction starts on.
    pub line: usize,
    /// What does not read.
    pub message: String,
    /// The instruction's first 80 characters.
    pub text: String,
}

/// Every instruction of `text`, in order. A byte-order mark and Windows line ends (as a
/// Windows editor saves the file) are read as the text they stand for: quoted text escapes
/// every control character, so a CR is never part of it.
pub fn parse(text: &str) -> Result<Vec<Amendment>, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unix;
    let text = if text.contains('\r') {
        unix = text.replace("\r\n", "\n");
        unix.as_str()
    } else {
        text
    };
    let mut out = Vec::new();
    let mut line = 1;
    for para in text.split("\n\n") {
        let start = line + para.len() - para.trim_start_matches('\n').len();
        line += para.matches('\n').count() + 2;
        let para = para.trim_matches('\n');
        if para.trim().is_empty() {
            continue;
        }
        out.push(instruction(para).map_err(|message| ParseError {
            line: start,
            message,
            text: para.chars().take(80).collect(),
        })?);
    }
    Ok(out)
}

fn ordinal_number(word: &str) -> Option<usize> {
    if let Some(i) = WORDS.ordinals.iter().position(|o| *o == word) {
        return Some(i + 1);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse().ok()
}

/// "subparagraph (b) of the second subparagraph of operative paragraph 5".
fn target(s: &str) -> Result<Target, String> {
    let w = &WORDS;
    let mut rest = s;
    let mut path = Vec::new();
    loop {
        if let Some(r) = rest.strip_prefix(w.subparagraph) {
            let (label, r) = r
                .split_once(w.of)
                .ok_or_else(|| format!("`{s}`: a subparagraph of what?"))?;
            path.push(Step::Label(label.to_string()));
            rest = r;
        } else if let Some((head, r)) = rest.split_once(w.of)
            && let Some(n) = head
                .strip_prefix("the ")
                .and_then(|h| h.strip_suffix(w.nth_subparagraph))
        {
            path.push(Step::Ordinal(
                ordinal_number(n).ok_or_else(|| format!("`{n}` is not an ordinal"))?,
            ));
            rest = r;
        } else {
            break;
        }
    }
    path.reverse();
    let by_position = |suffix: &str| {
        rest.strip_prefix("the ")
            .and_then(|r| r.strip_suffix(suffix))
            .and_then(ordinal_number)
    };
    let (part, number, label) = if let Some(n) = rest.strip_prefix(w.operative) {
        (Part::Operative, 0, Some(n.to_string()))
    } else if let Some(n) = by_position(w.nth_operative) {
        (Part::Operative, n, None)
    } else if let Some(n) = by_position(w.preambular) {
        (Part::Preamble, n, None)
    } else {
        return Err(format!("`{rest}` names no paragraph"));
    };
    Ok(Target {
        part,
        number,
        label,
        path,
    })
}

fn place(s: &str) -> Result<Place, String> {
    Ok(match s {
        t if t == WORDS.title => Place::Title,
        f if f == WORDS.formula => Place::Formula,
        f if f.starts_with(WORDS.footnote) => Place::Footnote(f[WORDS.footnote.len()..].into()),
        h if h.starts_with(WORDS.heading) && h.ends_with('”') => {
            Place::Heading(unquote(&h[WORDS.heading.len()..h.len() - '”'.len_utf8()]))
        }
        _ => Place::Paragraph(target(s)?),
    })
}

/// A quoted new paragraph: `label<TAB>text`, subparagraphs on indented lines.
fn new_clause(quoted: &str) -> Result<NewClause, String> {
    fn one(line: &str) -> NewClause {
        // Quoted text holds no tab of its own (it is escaped), so the first tab ends the label.
        let (label, text) = line.split_once('\t').unwrap_or(("", line));
        NewClause {
            label: unquote(label),
            text: unquote(text),
            children: Vec::new(),
        }
    }
    let mut lines = quoted.split('\n');
    let mut root = one(lines.next().unwrap_or_default());
    for line in lines {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let depth = indent / 2;
        if depth == 0 || indent % 2 == 1 {
            return Err("a subparagraph line must be indented two spaces a level".into());
        }
        let mut siblings = &mut root.children;
        for _ in 1..depth {
            siblings = &mut siblings
                .last_mut()
                .ok_or("a subparagraph line is indented deeper than the line before it")?
                .children;
        }
        siblings.push(one(&line[indent..]));
    }
    Ok(root)
}

/// `<text>”.` → `<text>`
fn closing(s: &str) -> Result<&str, String> {
    s.strip_suffix(WORDS.end)
        .ok_or_else(|| "the quotation does not close with ”.".to_string())
}

/// `x” with “y` cut where the fixed words stand unescaped, which must be once.
fn split_once_only<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str), String> {
    match find_unescaped(s, sep)[..] {
        [at] => Ok((&s[..at], &s[at + sep.len()..])),
        [] => Err(format!("expected `{sep}`")),
        _ => Err(format!(
            "`{sep}` stands more than once; the instruction is ambiguous"
        )),
    }
}

/// The place named at the start of `r`, the first of `forms` after it and what follows. A
/// heading is quoted and may hold those words, so after a heading only a form that follows its
/// unescaped closing `”` counts.
fn split_after_place<'a, 'f>(r: &'a str, forms: &[&'f str]) -> Option<(&'a str, &'f str, &'a str)> {
    let found = |f: &str| -> Option<(usize, usize)> {
        if r.starts_with(WORDS.heading) {
            let closed = format!("”{f}");
            let at = *find_unescaped(r, &closed).first()?;
            Some((at + '”'.len_utf8(), f.len()))
        } else {
            r.find(f).map(|at| (at, f.len()))
        }
    };
    let (at, len, form) = forms
        .iter()
        .filter_map(|f| found(f).map(|(at, len)| (at, len, *f)))
        .min_by_key(|(at, _, _)| *at)?;
    Some((&r[..at], form, &r[at + len..]))
}

fn instruction(p: &str) -> Result<Amendment, String> {
    let w = &WORDS;
    if p == w.renumber_accordingly {
        return Ok(Amendment::RenumberAccordingly);
    }
    if p == w.renumber_footnotes {
        return Ok(Amendment::RenumberFootnotes);
    }
    if let Some(r) = p.strip_prefix(w.delete_footnote) {
        let mark = r
            .strip_suffix('.')
            .ok_or("an instruction ends with a full stop")?;
        return Ok(Amendment::DeleteFootnote(mark.into()));
    }
    if let Some(r) = p.strip_prefix(w.add_footnote) {
        let (mark, text) = r
            .split_once(w.add_footnote_reading)
            .ok_or("insert the footnote reading what?")?;
        return Ok(Amendment::AddFootnote {
            mark: mark.into(),
            text: unquote(closing(text)?),
        });
    }
    if let Some(r) = p.strip_prefix(w.renumber) {
        let (t, label) = r.split_once(w.renumber_as).ok_or("renumber as what?")?;
        return Ok(Amendment::Relabel {
            target: target(t)?,
            label: unquote(closing(label)?),
        });
    }
    if let Some(r) = p.strip_prefix(w.whole) {
        let (pl, _, text) = split_after_place(r, &[w.whole_with]).ok_or("replace with what?")?;
        return Ok(Amendment::Edit {
            place: place(pl)?,
            edit: TextEdit::Whole(unquote(closing(text)?)),
        });
    }
    for (how, after) in [(w.after, true), (w.before, false)] {
        let Some(r) = p.strip_prefix(how) else {
            continue;
        };
        let (t, quoted) = r
            .split_once(w.new_paragraph)
            .or_else(|| r.split_once(w.new_subparagraph))
            .ok_or("insert what?")?;
        let (target, clause) = (target(t)?, new_clause(closing(quoted)?)?);
        return Ok(if after {
            Amendment::InsertAfter { target, clause }
        } else {
            Amendment::InsertBefore { target, clause }
        });
    }
    if let Some(r) = p.strip_prefix(w.under_heading) {
        let at = *find_unescaped(r, w.under_heading_insert)
            .first()
            .ok_or("insert what under the heading?")?;
        let (heading, quoted) = (&r[..at], &r[at + w.under_heading_insert.len()..]);
        return Ok(Amendment::Append {
            under: Under::Heading(unquote(heading)),
            clause: new_clause(closing(quoted)?)?,
        });
    }
    if let Some(r) = p.strip_prefix(w.at_end) {
        let (t, quoted) = r
            .split_once(w.new_subparagraph)
            .ok_or("insert what at the end?")?;
        return Ok(Amendment::Append {
            under: Under::Paragraph(target(t)?),
            clause: new_clause(closing(quoted)?)?,
        });
    }
    if let Some(r) = p.strip_prefix("Delete ") {
        let t = r
            .strip_suffix('.')
            .ok_or("an instruction ends with a full stop")?;
        // "Delete the fourth ..." was capitalised from "delete the fourth ...".
        return Ok(Amendment::Delete(target(t)?));
    }
    let Some(r) = p.strip_prefix(w.in_) else {
        return Err("not an amendment instruction".into());
    };
    let forms = [w.replace, w.delete_words, w.after_words, w.before_words];
    let (pl, form, body) = split_after_place(r, &forms).ok_or("in the paragraph, do what?")?;
    let pl = place(pl)?;
    let body = closing(body)?;
    let edit = if form == w.replace {
        let (old, new) = split_once_only(body, w.with)?;
        TextEdit::Replace {
            old: unquote(old),
            new: unquote(new),
        }
    } else if form == w.delete_words {
        TextEdit::Delete(unquote(body))
    } else {
        let (anchor, text) = split_once_only(body, w.insert_words)?;
        let (anchor, text) = (unquote(anchor), unquote(text));
        if form == w.after_words {
            TextEdit::InsertAfter { anchor, text }
        } else {
            TextEdit::InsertBefore { anchor, text }
        }
    };
    Ok(Amendment::Edit { place: pl, edit })
}
