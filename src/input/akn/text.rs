//! Text out of AKN inline markup: links and spans read through, footnotes lifted out as
//! `[^marker]`, whitespace (tabs, line breaks, runs of spaces) made single spaces.

use rustc_hash::FxHashMap;

use super::AknError;
use super::dom::{Elem, Node};
use crate::model::{Body, Footnote, UnSymbol};

/// The file's line ends, to turn byte offsets into line numbers for messages by binary search:
/// counting newlines from the start for each message made a file with many warnings (the
/// 1.4 MB Final Acts collection) take seconds.
pub struct Lines(Vec<u64>);

impl Lines {
    pub fn new(xml: &str) -> Lines {
        Lines(
            xml.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i as u64)
                .collect(),
        )
    }

    pub fn at(&self, offset: u64) -> usize {
        self.0.partition_point(|&nl| nl < offset) + 1
    }
}

/// Footnotes in the order their markers stand, with where each mark is: searching the list
/// for each new note was quadratic in notes.
#[derive(Default)]
pub struct Notes {
    notes: Vec<Footnote>,
    at: FxHashMap<String, usize>,
}

impl Notes {
    fn add(&mut self, mark: String, text: String) -> Result<(), AknError> {
        crate::work::steps(1);
        match self.at.get(&mark).map(|&i| &self.notes[i]) {
            Some(f) if f.text == text => Ok(()),
            Some(_) => Err(AknError::FootnoteTwice(mark)),
            None => {
                self.at.insert(mark.clone(), self.notes.len());
                self.notes.push(Footnote { mark, text });
                Ok(())
            }
        }
    }

    fn len(&self) -> usize {
        self.notes.len()
    }

    pub fn into_footnotes(self) -> Vec<Footnote> {
        self.notes
    }
}

/// Single spaces, no space at either end. No-break spaces stay: they are part of the text.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A title as metadata: every kind of space one space (titles carry stray no-break spaces
/// that differ from year to year), without the dash Arabic files put after the symbol.
pub fn title(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    collapse(spaced.trim_start_matches(|c: char| c == '-' || c == '\u{2013}' || c.is_whitespace()))
}

/// Every text node below, footnotes included, as it stands (for `num`, `docTitle`).
pub fn plain(e: &Elem) -> String {
    let mut out = String::new();
    for n in &e.children {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::El(c) => out.push_str(&plain(c)),
        }
    }
    out
}

/// The text of an element, footnotes lifted out.
pub fn flat(e: &Elem, notes: &mut Notes) -> Result<String, AknError> {
    Ok(with_call(e, notes)?.0)
}

/// The text of an element, footnotes lifted out, and its call: the italic (or bold) words it
/// opens with, when it opens with them (an in-text paragraph number may stand before them).
pub fn with_call(e: &Elem, notes: &mut Notes) -> Result<(String, Option<String>), AknError> {
    with_call_as(e, notes, Space::Collapse)
}

/// Whether whitespace is made single spaces (the UN's files, indented and tabbed) or kept
/// (files resdiff wrote, whose text is exactly the clause's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    Collapse,
    Keep,
}

pub fn with_call_as(
    e: &Elem,
    notes: &mut Notes,
    space: Space,
) -> Result<(String, Option<String>), AknError> {
    let mut w = Walk {
        out: String::new(),
        call: None,
        opened: false,
        lead: String::new(),
        gap: false,
    };
    w.walk(e, notes)?;
    let text = match space {
        Space::Collapse => collapse(&w.out),
        Space::Keep => w.out,
    };
    let call = w.call.map(|c| collapse(&c)).filter(|c| !c.is_empty());
    Ok((text, call))
}

struct Walk {
    out: String,
    call: Option<String>,
    /// Text too long for a lead was seen: an emphasis after it is no call.
    opened: bool,
    /// `collapse(out)` while not `opened`, kept as text comes: collapsing all of `out` again
    /// for each piece was quadratic in the blanks between empty elements before the words.
    lead: String,
    /// A blank came after the last word of `lead`.
    gap: bool,
}

/// Chinese puts a short adverbial before the verb (在这方面**强调** "in this regard,
/// *emphasizes*"), so a call may follow a lead of a few characters.
const MAX_LEAD: usize = 8;

impl Walk {
    fn walk(&mut self, e: &Elem, notes: &mut Notes) -> Result<(), AknError> {
        for n in &e.children {
            match n {
                Node::Text(t) => {
                    self.out.push_str(t);
                    if !self.opened {
                        self.extend_lead(t);
                        crate::work::steps(self.lead.len() + 1);
                        let lead = number_in_text(&self.lead).map(|(_, rest)| rest);
                        let lead = lead.as_deref().unwrap_or(&self.lead);
                        self.opened = lead.chars().count() > MAX_LEAD;
                    }
                }
                Node::El(c) => self.element(c, notes)?,
            }
        }
        Ok(())
    }

    /// `lead` as `collapse` would make it with `t` appended to `out`.
    fn extend_lead(&mut self, t: &str) {
        for c in t.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r') {
                self.gap = true;
            } else {
                if self.gap && !self.lead.is_empty() {
                    self.lead.push(' ');
                }
                self.gap = false;
                self.lead.push(c);
            }
        }
    }

    fn element(&mut self, c: &Elem, notes: &mut Notes) -> Result<(), AknError> {
        match c.name.as_str() {
            "authorialNote" => {
                let mut inner = Notes::default();
                let text = flat(c, &mut inner)?;
                // Arabic notes open with `()`, the place the printed mark stood.
                let text = text.trim_start_matches("()").trim().to_string();
                let mark = c
                    .attr("marker")
                    .map(str::to_string)
                    .unwrap_or_else(|| (notes.len() + 1).to_string());
                self.out.push_str(&format!("[^{mark}]"));
                notes.add(mark, text)?;
                for f in inner.notes {
                    notes.add(f.mark, f.text)?;
                }
                self.opened = true;
            }
            // Arabic files bracket the note mark: <sup>(</sup><authorialNote/><sup>)</sup>.
            "sup" if matches!(plain(c).trim(), "(" | ")") => {}
            "eol" | "br" => {
                self.out.push(' ');
                if !self.opened {
                    self.extend_lead(" ");
                }
            }
            "span" | "i" | "b"
                if !self.opened
                    && self.call.is_none()
                    && (c.has_class("italic") || c.has_class("bold") || c.name != "span") =>
            {
                let t = plain(c);
                self.out.push_str(&t);
                // Arabic 77/150: `53 <span>-	تقرر</span>`, the number's dash inside the span.
                self.call = Some(t.trim_start_matches(['-', ' ', '\t']).to_string());
                self.opened = true;
            }
            _ => self.walk(c, notes)?,
        }
        Ok(())
    }
}

/// `1 - Recognizes ...` -> (`1 -`, `Recognizes ...`): a paragraph number the markup left in
/// the text. Only a number followed by a dash counts.
pub fn number_in_text(text: &str) -> Option<(String, String)> {
    let t = text.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = t[digits..].trim_start();
    let rest = rest.strip_prefix(['-', '\u{2013}'])?;
    Some((format!("{} -", &t[..digits]), rest.trim_start().to_string()))
}

/// The resolutions of `body` an element links to (`https://undocs.org/en/A/RES/78/132`), in
/// order; the caller keeps each once.
pub fn links(e: &Elem, body: Body, out: &mut Vec<UnSymbol>) {
    let Some(prefix) = body.symbol_prefix() else {
        return;
    };
    let mut anchors = Vec::new();
    e.find_all("a", &mut anchors);
    for a in anchors {
        crate::work::steps(1);
        let Some(href) = a.attr("href") else {
            continue;
        };
        let Some(at) = href.find(prefix) else {
            continue;
        };
        if let Some(sym) = UnSymbol::parse(&href[at + prefix.len()..]) {
            out.push(sym);
        }
    }
}
