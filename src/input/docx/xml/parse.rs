//! One part read event by event: the paragraphs, their runs and what tracked changes did to
//! them, the authors of the changes, custom note marks and unknown symbol-font glyphs.

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::{Para, Parsed, REF_CLOSE, REF_OPEN, Track, UnknownSymbol, attr, next_event};
use crate::input::docx::{DocxError, symbol, typed};
use crate::input::limits::{MAX_PARAGRAPHS, MAX_TRACKED_NESTING};

/// Elements whose content is not text of the document.
const SKIPPED: &[&str] = &[
    "w:instrText",
    // A text box or drawing is written twice, as `mc:Choice` for Word 2010 and later and as
    // `mc:Fallback` (VML) for older readers: the Choice is read, the copy skipped.
    "mc:Fallback",
    "w:pPrChange",
    "w:rPrChange",
    "w:sectPrChange",
    "w:tblPrChange",
    "w:trPrChange",
    "w:tcPrChange",
    "w:numberingChange",
];

fn entity(r: &BytesRef<'_>, part: &'static str, at: u64) -> Result<char, DocxError> {
    crate::input::xml_ref::resolve(r).map_err(|bad| match bad {
        crate::input::xml_ref::BadRef::CharRef => DocxError::Xml {
            part,
            offset: at,
            reason: "bad character reference".into(),
        },
        crate::input::xml_ref::BadRef::Entity(name) => DocxError::Entity { part, name },
    })
}

struct State<'s> {
    out: Parsed,
    /// Whether a character style id is the note reference's (`Styles::is_note_reference`);
    /// never, in the notes' own part, where the style sets each note's own mark.
    note_ref: &'s dyn Fn(&str) -> bool,
    /// The text of the current run while it is in the note reference's style and holds no
    /// `w:footnoteReference`: a typed call if it is a number once the run ends.
    typed: Option<String>,
    /// Open paragraphs (a text box holds paragraphs inside a paragraph).
    open: Vec<Para>,
    /// Tracked-change wrappers around the current run.
    track: Vec<Track>,
    in_ppr: usize,
    in_text: bool,
    /// Depth inside a skipped element.
    skip: usize,
    footnote: Option<String>,
    /// A footnote reference whose mark is the next piece of text.
    custom_pending: Option<String>,
    /// The current run's font, when it is a symbol font (`w:rFonts`): LibreOffice writes ITU's
    /// `w:sym` dash back as text in the font's private-use code point.
    symbol_font: Option<String>,
    /// Unknown `w:sym` glyphs (font, code) of each open paragraph: its index in `paras` is
    /// known once it closes (a text box's paragraphs close inside their anchor's).
    open_symbols: Vec<Vec<(String, String)>>,
}

impl State<'_> {
    fn current(&self) -> Track {
        crate::work::steps(self.track.len() + 1);
        let inserted = self.track.contains(&Track::Inserted);
        let deleted = self.track.contains(&Track::Deleted);
        match (inserted, deleted) {
            (true, true) => Track::Neither,
            (true, false) => Track::Inserted,
            (false, true) => Track::Deleted,
            (false, false) => Track::Kept,
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(id) = self.custom_pending.take() {
            self.out.custom_marks.insert(id, text.trim().to_string());
            return;
        }
        if let Some(run) = self.typed.as_mut() {
            run.push_str(text);
            return;
        }
        let track = self.current();
        if let Some(p) = self.open.last_mut() {
            match p.runs.last_mut() {
                Some((t, s)) if *t == track => s.push_str(text),
                _ => p.runs.push((track, text.to_string())),
            }
        }
    }

    /// Ends the run held as a possible typed call: a number is one, anything else its text.
    fn end_typed(&mut self, may_call: bool) {
        let Some(run) = self.typed.take() else {
            return;
        };
        if may_call && crate::model::is_note_number(&run) {
            self.push_text(&format!("{REF_OPEN}{}{run}{REF_CLOSE}", typed::TYPED));
        } else if !run.is_empty() {
            self.push_text(&run);
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.name();
        let name = name.as_ref();
        if self.skip > 0 {
            if !empty {
                self.skip += 1;
            }
            return;
        }
        if SKIPPED.contains(&name) {
            if !empty {
                self.skip = 1;
            }
            return;
        }
        let tracked = match name {
            "w:ins" | "w:moveTo" => Some(Track::Inserted),
            "w:del" | "w:moveFrom" => Some(Track::Deleted),
            _ => None,
        };
        if let Some(t) = tracked {
            if let Some(a) = attr(e, "w:author") {
                self.out.authors.insert(a);
            }
            if self.in_ppr > 0 {
                if let Some(p) = self.open.last_mut() {
                    p.mark = t;
                }
            } else if !empty {
                // Each run reads the whole stack: unbounded, a million wrappers around as many
                // runs were quadratic. `parse` refuses the file once past the cap.
                self.track.push(t);
            }
            return;
        }
        match name {
            "w:p" => {
                let p = Para {
                    style: String::new(),
                    runs: Vec::new(),
                    mark: Track::Kept,
                    footnote: self.footnote.clone(),
                    num: Default::default(),
                };
                if empty {
                    self.out.paras.push(p);
                } else {
                    self.open.push(p);
                    self.open_symbols.push(Vec::new());
                }
            }
            "w:footnote" if !empty => self.footnote = attr(e, "w:id"),
            "w:pPr" if !empty => self.in_ppr += 1,
            "w:pStyle" if self.in_ppr > 0 => {
                if let (Some(p), Some(v)) = (self.open.last_mut(), attr(e, "w:val")) {
                    p.style = v;
                }
            }
            "w:numId" | "w:ilvl" if self.in_ppr > 0 => {
                if let (Some(p), Some(v)) = (self.open.last_mut(), attr(e, "w:val")) {
                    p.num.set(name, &v);
                }
            }
            "w:t" | "w:delText" if !empty => self.in_text = true,
            "w:tab" if self.in_ppr == 0 => self.push_text("\t"),
            // A text's own line break, as resdiff's DOCX writes it; Word writes `w:br` for a
            // line broken by hand in a paragraph, read as the space it stands for.
            "w:cr" if self.in_ppr == 0 => self.push_text("\n"),
            "w:br" if self.in_ppr == 0 => self.push_text(" "),
            "w:noBreakHyphen" => self.push_text("\u{2011}"),
            "w:r" => {
                // A run inside a run is a text box's: the outer run's text is no call.
                self.end_typed(false);
                self.symbol_font = None;
            }
            "w:rStyle"
                if self.in_ppr == 0 && attr(e, "w:val").is_some_and(|v| (self.note_ref)(&v)) =>
            {
                self.typed = Some(String::new());
            }
            "w:rFonts" if self.in_ppr == 0 => {
                self.symbol_font = attr(e, "w:ascii").or_else(|| attr(e, "w:hAnsi"));
            }
            // ITU's dash items: the dash is a symbol-font character, not text.
            "w:sym" if self.in_ppr == 0 => {
                let font = attr(e, "w:font").unwrap_or_default();
                let code = attr(e, "w:char").unwrap_or_default();
                match symbol::symbol_char(&font, &code) {
                    Some(c) => self.push_text(c.encode_utf8(&mut [0; 4])),
                    // Which glyph a font draws at a code is the font's: guessing a character
                    // would put words in the text, so it is left out and said.
                    None => {
                        if let Some(syms) = self.open_symbols.last_mut() {
                            syms.push((font, code));
                        }
                    }
                }
            }
            "w:footnoteReference" => {
                // The run is a reference: its text is the reference's mark or suffix.
                self.end_typed(false);
                if let Some(id) = attr(e, "w:id") {
                    self.push_text(&format!("{REF_OPEN}{id}{REF_CLOSE}"));
                    if matches!(
                        attr(e, "w:customMarkFollows").as_deref(),
                        Some("1" | "true")
                    ) {
                        self.custom_pending = Some(id);
                    }
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match name {
            "w:ins" | "w:moveTo" | "w:del" | "w:moveFrom" if self.in_ppr == 0 => {
                self.track.pop();
            }
            "w:r" => self.end_typed(true),
            "w:p" => {
                self.end_typed(false);
                if let Some(mut p) = self.open.pop() {
                    let para = self.out.paras.len();
                    let syms = self.open_symbols.pop().unwrap_or_default();
                    self.out.unknown_symbols.extend(
                        syms.into_iter()
                            .map(|(font, code)| UnknownSymbol { para, font, code }),
                    );
                    // Kept until both views are read: room for four runs and doubled strings
                    // would be most of a short paragraph's cost.
                    p.runs.shrink_to_fit();
                    for (_, text) in &mut p.runs {
                        text.shrink_to_fit();
                    }
                    self.out.paras.push(p);
                }
            }
            "w:footnote" => self.footnote = None,
            "w:pPr" => self.in_ppr = self.in_ppr.saturating_sub(1),
            "w:t" | "w:delText" => self.in_text = false,
            _ => {}
        }
    }
}

/// Parses one part (`word/document.xml` or `word/footnotes.xml`); `note_ref` tells the note
/// reference's character style (never, for the notes).
pub fn parse(
    xml: &str,
    part: &'static str,
    note_ref: &dyn Fn(&str) -> bool,
) -> Result<Parsed, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut st = State {
        out: Parsed::default(),
        note_ref,
        typed: None,
        open: Vec::new(),
        track: Vec::new(),
        in_ppr: 0,
        in_text: false,
        skip: 0,
        footnote: None,
        custom_pending: None,
        symbol_font: None,
        open_symbols: Vec::new(),
    };
    loop {
        match next_event(&mut reader, part)? {
            Event::Start(e) => st.start(&e, false),
            Event::Empty(e) => st.start(&e, true),
            Event::End(e) => st.end(e.name().as_ref()),
            Event::Text(t) if st.in_text && st.skip == 0 => {
                let text = t.xml10_content();
                match &st.symbol_font {
                    Some(font) => {
                        let text = symbol::symbol_text(font, &text);
                        st.push_text(&text);
                    }
                    None => st.push_text(&text),
                }
            }
            Event::CData(t) if st.in_text && st.skip == 0 => {
                st.push_text(&t.xml10_content());
            }
            Event::GeneralRef(r) => {
                let c = entity(&r, part, reader.buffer_position())?;
                if st.in_text && st.skip == 0 {
                    st.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if st.track.len() > MAX_TRACKED_NESTING {
            return Err(DocxError::TrackedTooDeep {
                part,
                offset: reader.buffer_position(),
                limit: MAX_TRACKED_NESTING,
            });
        }
        // Refused as it is read: a part of empty paragraphs holds 4 million in 32 MiB.
        if st.out.paras.len() > MAX_PARAGRAPHS {
            return Err(DocxError::TooManyParagraphs {
                part,
                limit: MAX_PARAGRAPHS,
            });
        }
    }
    if !st.open.is_empty() {
        return Err(DocxError::Xml {
            part,
            offset: reader.buffer_position(),
            reason: "the document ends inside a paragraph".into(),
        });
    }
    Ok(st.out)
}
