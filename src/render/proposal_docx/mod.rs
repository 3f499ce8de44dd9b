//! `markup --format docx`: the proposal as a Word document whose marks are real tracked changes.
//!
//! Inserted text is `w:ins`, deleted text `w:del` (with `w:delText`), each by the proposer and
//! dated, so that Word or LibreOffice lists them as revisions to accept or reject. A paragraph
//! that exists on one side only also has its paragraph mark tracked (`w:pPr/w:rPr/w:ins|w:del`):
//! rejecting an added clause removes its paragraph, not just its words. Neighbouring runs of one
//! kind are one `w:ins`/`w:del` element, which is what [`Proposal::tracked`] counts.
//!
//! Paragraphs carry ITU's style ids (ResNo, Restitle, Normalaftertitle, Call, enumlev1, ...),
//! defined in `word/styles.xml`; a clause `n` levels deep is `enumlev<n>` at every depth (past
//! ITU's enumlev3 the styles go on, one indentation step each), so that the DOCX reader gets the
//! tree back from the styles alone. Arabic paragraphs are `w:bidi` and their runs `w:rtl`. The
//! cover block (conference, document, date, original language, source, title) and the parts
//! Introduction and Proposal come first; the page header (`word/header1.xml`) carries the
//! document number. The package is the minimum Word needs: content types, relationships,
//! document, header, styles, settings (revision tracking left on, so the delegation's further
//! edits are tracked too) and core properties.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{Cursor, Seek, Write};

use rustc_hash::FxHashMap as HashMap;

mod parts;
mod styles;

use parts::{CONTENT_TYPES, DOC_RELS, RELS, SETTINGS, core, footnotes, header};

use styles::{enumlev_indent, styles};

use crate::diff::{Op, Segment};
use crate::markup::{Paragraph, Proposal, Shape, Style};
use crate::model::numbered_suffix;
use crate::render::RenderError;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The proposal as the bytes of a `.docx` file.
pub fn render(p: &Proposal) -> Result<Vec<u8>, RenderError> {
    write(p, Cursor::new(Vec::new())).map(Cursor::into_inner)
}

/// The proposal as a `.docx` package written to `out`, which is handed back when complete.
/// On an error `out` is dropped holding part of a package.
pub fn write<W: Write + Seek>(p: &Proposal, out: W) -> Result<W, RenderError> {
    // The document's references and the footnotes part both print them: computed once.
    let suffixes = automatic_suffixes(p);
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", RELS.to_string()),
        ("word/_rels/document.xml.rels", DOC_RELS.to_string()),
        ("word/document.xml", document(p, &suffixes)),
        ("word/header1.xml", header(p)),
        ("word/footnotes.xml", footnotes(p, &suffixes)),
        ("word/styles.xml", styles(p)),
        ("word/settings.xml", SETTINGS.to_string()),
        ("docProps/core.xml", core(p)),
    ];
    super::docx_package::write(parts, out)
}

/// Text escaped for XML content and attribute values, control characters shown: XML 1.0
/// forbids most of them, so a DOCX holding one does not open. A carriage return is XML, as
/// `&#13;` (a raw one a reader takes for a line feed), so it reads back as itself rather than
/// as the six characters `\u{d}`.
fn esc(s: &str) -> String {
    // `shown` would write a carriage return as `\u{d}` too, so they are split out first.
    let pieces: Vec<String> = s
        .split('\r')
        .map(|piece| super::xml_escape(&super::shown(piece)).into_owned())
        .collect();
    pieces.join("&#13;")
}

/// Text as `<tag>` elements (`w:t`, `w:delText`) of a run, each line break a `<w:cr/>`
/// between them: a raw one is a space to Word, and the reader reads `w:cr` back as the line
/// break (`w:br`, which Word writes for Shift+Enter, stays a space there).
fn text_elements(s: &str, tag: &str) -> String {
    let mut out = String::with_capacity(s.len() + 40);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:cr/>");
        }
        if !line.is_empty() {
            let _ = write!(out, "<{tag} xml:space=\"preserve\">{}</{tag}>", esc(line));
        }
    }
    out
}

/// For each footnote, in the proposal's order, the suffix typed after its automatic number
/// when its mark is that number and one of ITU's suffixes (`1bis`, the first automatic note):
/// LibreOffice takes a typed custom mark longer than one character as the reference's label
/// but keeps it in the text too (`1bis1bis`); ITU writes `1bis` as the automatic number
/// followed by a typed `bis`, which it shows once, as Word does. Custom marks do not count in
/// the automatic numbering, so only a mark whose number is the next automatic one qualifies;
/// every other mark stays typed, and so does one with another suffix (`1a`), which the DOCX
/// reader would not know for one.
fn automatic_suffixes(p: &Proposal) -> Vec<Option<&str>> {
    let mut automatic = 0;
    p.footnotes
        .iter()
        .map(|f| {
            let (number, suffix) = numbered_suffix(&f.mark)?;
            (number.parse::<usize>().ok() == Some(automatic + 1)).then(|| {
                automatic += 1;
                suffix
            })
        })
        .collect()
}

struct Doc<'p> {
    p: &'p Proposal,
    out: String,
    next_id: usize,
    rtl: bool,
    /// Each footnote's mark and its id in `footnotes.xml` (1, 2, ... in the proposal's order).
    note_ids: HashMap<&'p str, usize>,
    /// By footnote id less one ([`automatic_suffixes`]).
    suffixes: &'p [Option<&'p str>],
    /// Each note's mark, and whether the base and the proposal have a reference to it yet.
    called: HashMap<&'p str, (bool, bool)>,
}

impl Doc<'_> {
    /// `w:id`, `w:author` and `w:date` of one revision. Provisions added or suppressed whole
    /// are stamped five minutes after word-level changes: LibreOffice combines neighbouring
    /// changes of one author made within a minute of each other (one minute apart still counts)
    /// even across an untracked paragraph break ("؛" added
    /// at the end of a clause, then a new item), and rejecting that combined change would also
    /// remove the break, joining two paragraphs of the base.
    fn attrs(&mut self, whole: bool) -> String {
        self.next_id += 1;
        let time = if whole { "00:05:00" } else { "00:00:00" };
        format!(
            " w:id=\"{}\" w:author=\"{}\" w:date=\"{}T{time}Z\"",
            self.next_id,
            esc(self.p.meta.proposer.as_str()),
            self.p.meta.date
        )
    }

    fn run_props(&self) -> &'static str {
        if self.rtl {
            "<w:rPr><w:rtl/></w:rPr>"
        } else {
            ""
        }
    }

    /// Text with its footnote marks (`[^1]`) as footnote references; `op` says which sides
    /// show it.
    fn text(&mut self, text: &str, op: Op) {
        let deleted = op == Op::Delete;
        let mut rest = text;
        while let Some((i, mark, len)) = self.next_footnote(rest) {
            self.plain(&rest[..i], deleted);
            let tag = if deleted { "w:delText" } else { "w:t" };
            let rtl = if self.rtl { "<w:rtl/>" } else { "" };
            let id = self.note_ids.get(mark).copied().unwrap_or(0);
            let style = format!("<w:rPr><w:rStyle w:val=\"FootnoteReference\"/>{rtl}</w:rPr>");
            let suffix = id
                .checked_sub(1)
                .and_then(|i| self.suffixes.get(i))
                .copied()
                .flatten();
            if self.called_again(mark, op) {
                // Word's footnote is called once: a second reference to it is a second note
                // to LibreOffice. A note called again is its mark typed in the reference's
                // style, as ITU types 2.1.5's second call of note 2 in WTSA Res. 1, which the
                // DOCX reader reads as a call of the note.
                let _ = write!(self.out, "<w:r>{style}<{tag}>{}</{tag}></w:r>", esc(mark));
            } else if let Some(suffix) = suffix {
                // `1bis` as ITU writes it: the automatic number, then `bis` typed after it.
                let _ = write!(
                    self.out,
                    "<w:r>{style}<w:footnoteReference w:id=\"{id}\"/></w:r>\
                     <w:r>{style}<{tag}>{}</{tag}></w:r>",
                    esc(suffix)
                );
            } else {
                // The mark is typed after the reference, as ITU does, so it reads as written.
                let _ = write!(
                    self.out,
                    "<w:r>{style}<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"{id}\"/>\
                     <{tag}>{}</{tag}></w:r>",
                    esc(mark)
                );
            }
            rest = &rest[i + len..];
        }
        self.plain(rest, deleted);
    }

    /// Whether a call of `mark` on the sides `op` shows is a call again: each of those sides
    /// has a reference to the note already, and the mark reads as a note's number. If not, the
    /// call is a reference, which the sides it shows on have from then on.
    fn called_again(&mut self, mark: &'_ str, op: Op) -> bool {
        let (base, proposal) = (op != Op::Insert, op != Op::Delete);
        let Some((mark, _)) = self.note_ids.get_key_value(mark) else {
            return false;
        };
        let called = self.called.entry(mark).or_default();
        if (!base || called.0) && (!proposal || called.1) && crate::model::is_note_number(mark) {
            return true;
        }
        called.0 |= base;
        called.1 |= proposal;
        false
    }

    /// The first `[^mark]` of `text` naming a footnote of the proposal: (offset, mark, length).
    fn next_footnote<'t>(&self, text: &'t str) -> Option<(usize, &'t str, usize)> {
        let mut from = 0;
        while let Some(i) = text[from..].find("[^").map(|i| i + from) {
            let end = text[i..].find(']').map(|e| e + i)?;
            let mark = &text[i + 2..end];
            if self.note_ids.contains_key(mark) {
                return Some((i, mark, end + 1 - i));
            }
            from = i + 2;
        }
        None
    }

    /// One `w:r` per piece of text, tabs as `w:tab`.
    fn plain(&mut self, text: &str, deleted: bool) {
        let tag = if deleted { "w:delText" } else { "w:t" };
        let props = self.run_props();
        for (i, piece) in text.split('\t').enumerate() {
            let _ = write!(self.out, "<w:r>{props}");
            if i > 0 {
                self.out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                self.out.push_str(&text_elements(piece, tag));
            }
            self.out.push_str("</w:r>");
        }
    }

    /// A paragraph of the cover or the introduction: one style, plain text.
    fn cover_line(&mut self, style: &str, text: &str) {
        let bidi = if self.rtl { "<w:bidi/>" } else { "" };
        let _ = write!(
            self.out,
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{bidi}</w:pPr>"
        );
        self.plain(text, false);
        self.out.push_str("</w:p>");
    }

    /// The cover block, the Introduction part, and the heading of the Proposal part.
    fn cover(&mut self) {
        let c = &self.p.cover;
        if let Some(conference) = &c.conference {
            self.cover_line("Conference", conference);
        }
        for line in [&c.document, &c.date, &c.original] {
            self.cover_line("Docnumber", line);
        }
        self.cover_line("Source", &c.source);
        self.cover_line("Title1", &c.title);
        if !c.introduction.is_empty() {
            self.cover_line("Headingb", &c.introduction_heading);
            for para in &c.introduction {
                self.cover_line("Normal", para);
            }
        }
        self.cover_line("Headingb", &c.proposal_heading);
    }

    fn paragraph(&mut self, para: &Paragraph, shape: &Shape<'_>) {
        // A part of the rules as ITU writes it: "SECTION 3", then its title on a line of its
        // own; an appendix after it likewise, so that a reader sees it leave the section.
        if let Some(lines) = shape.lines(para) {
            for (style, runs) in lines {
                self.styled(style, None, para.whole, runs);
            }
            return;
        }
        let style = match para.style {
            Style::Section => Cow::Borrowed("Normal"),
            s => s.name(),
        };
        // An unlabelled item has no label to hang: its lines start where the text of its
        // labelled siblings does.
        let indent = match para.style {
            Style::Enumlev(n) if para.label.is_empty() => Some(enumlev_indent(n)),
            _ => None,
        };
        let runs: Vec<Segment> = para.runs().cloned().collect();
        self.styled(&style, indent, para.whole, &runs);
    }

    /// One paragraph of the text: its style, its own indent, its mark when it exists on one
    /// side only, and its marked runs.
    fn styled(&mut self, style: &str, indent: Option<usize>, whole: Option<Op>, runs: &[Segment]) {
        let _ = write!(self.out, "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>");
        if self.rtl {
            self.out.push_str("<w:bidi/>");
        }
        if let Some(left) = indent {
            let _ = write!(self.out, "<w:ind w:left=\"{left}\" w:hanging=\"0\"/>");
        }
        match whole {
            Some(Op::Insert) => {
                let a = self.attrs(true);
                let _ = write!(self.out, "<w:rPr><w:ins{a}/></w:rPr>");
            }
            Some(Op::Delete) => {
                let a = self.attrs(true);
                let _ = write!(self.out, "<w:rPr><w:del{a}/></w:rPr>");
            }
            _ => {}
        }
        self.out.push_str("</w:pPr>");
        let runs: Vec<&Segment> = runs.iter().filter(|r| !r.text.is_empty()).collect();
        let mut i = 0;
        while i < runs.len() {
            let op = runs[i].op;
            let end = runs[i..]
                .iter()
                .position(|r| r.op != op)
                .map_or(runs.len(), |n| i + n);
            let text: String = runs[i..end].iter().map(|r| r.text.as_str()).collect();
            match op {
                Op::Equal => self.text(&text, Op::Equal),
                Op::Insert => {
                    let a = self.attrs(whole.is_some());
                    let _ = write!(self.out, "<w:ins{a}>");
                    self.text(&text, Op::Insert);
                    self.out.push_str("</w:ins>");
                }
                Op::Delete => {
                    let a = self.attrs(whole.is_some());
                    let _ = write!(self.out, "<w:del{a}>");
                    self.text(&text, Op::Delete);
                    self.out.push_str("</w:del>");
                }
            }
            i = end;
        }
        self.out.push_str("</w:p>");
    }
}

fn document<'p>(p: &'p Proposal, suffixes: &'p [Option<&'p str>]) -> String {
    let rtl = p.language.is_rtl();
    let mut note_ids = HashMap::default();
    for (i, f) in p.footnotes.iter().enumerate() {
        // Footnotes are numbered 1, 2, ... in `footnotes.xml` in the proposal's order.
        note_ids.entry(f.mark.as_str()).or_insert(i + 1);
    }
    let mut doc = Doc {
        p,
        out: String::new(),
        next_id: 0,
        rtl,
        note_ids,
        suffixes,
        called: HashMap::default(),
    };
    let _ = write!(
        doc.out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>"
    );
    doc.cover();
    for (para, shape) in p.shapes() {
        doc.paragraph(para, &shape);
    }
    let bidi = if rtl { "<w:bidi/>" } else { "" };
    let _ = write!(
        doc.out,
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"11907\" w:h=\"16840\"/><w:pgMar w:top=\"1418\" \
         w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" \
         w:gutter=\"0\"/>{bidi}</w:sectPr></w:body></w:document>"
    );
    doc.out
}
