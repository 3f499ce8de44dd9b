//! WordprocessingML to paragraphs of tracked runs: what each paragraph says, in which style,
//! and which of its runs (and its paragraph mark) a tracked change inserted or deleted.
//!
//! Read: `w:p`, `w:pStyle`, `w:numPr` (`w:numId`, `w:ilvl`), `w:t`, `w:delText`, `w:tab`, `w:br`,
//! `w:cr` (a line break of the text), `w:noBreakHyphen`, `w:rStyle` (a number typed in the note
//! reference's character style: a typed call, see `typed`),
//! `w:ins`/`w:del` (also `w:moveTo`/`w:moveFrom`) around runs, `w:ins`/`w:del` in a paragraph's
//! `w:rPr` (its mark), `w:footnoteReference`, `w:sym` (a symbol-font glyph: read as its
//! character where `symbol` knows it, else listed for a warning). Skipped with their content: field codes and the
//! "before" side of formatting changes (`w:pPrChange`, `w:rPrChange`, ...). A `<!DOCTYPE>` is
//! refused outright and only the five predefined entities are read, so no entity — external or
//! recursive — is ever expanded.

use std::collections::BTreeSet;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::DocxError;

mod parse;
mod view;

pub use parse::parse;
pub use view::{has_changes, view};

/// A footnote reference stands in the text as these private-use characters around its `w:id`
/// until its printed mark is known; text typed as `[^1]` is then never mistaken for one.
pub const REF_OPEN: char = '\u{E000}';
pub const REF_CLOSE: char = '\u{E001}';

/// The id of the reference whose opening marker `after` follows: up to the closing marker,
/// when no other opening marker comes first. Only as far as the next marker is searched, so a
/// text of markers costs its length, not its length for each marker.
pub fn reference_id(after: &str) -> Option<&str> {
    let end = after.find([REF_OPEN, REF_CLOSE])?;
    crate::work::steps(end + 1);
    after[end..].starts_with(REF_CLOSE).then(|| &after[..end])
}

/// What a tracked change did to a run or a paragraph mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Track {
    Kept,
    Inserted,
    Deleted,
    /// Inserted by one reviewer and deleted by another (`w:ins` around `w:del`, or the reverse):
    /// rejecting all removes the insertion, accepting all the deletion, so it is in neither text.
    Neither,
}

/// One paragraph as written, changes included.
#[derive(Debug, Clone)]
pub struct Para {
    pub style: String,
    pub runs: Vec<(Track, String)>,
    pub mark: Track,
    /// For `footnotes.xml`: the `w:id` of the footnote the paragraph belongs to.
    pub footnote: Option<String>,
    /// Automatic numbering set on the paragraph itself (`w:numPr`): see [`super::numbering`].
    pub num: super::numbering::NumPr,
}

/// A parsed part.
#[derive(Debug, Default)]
pub struct Parsed {
    pub paras: Vec<Para>,
    /// Authors of tracked changes.
    pub authors: BTreeSet<String>,
    /// Footnotes whose printed mark is typed after the reference (`w:customMarkFollows`), as
    /// ITU does: footnote id -> mark.
    pub custom_marks: std::collections::BTreeMap<String, String>,
    /// Symbol-font glyphs (`w:sym`) no character is known for, left out of the text: each with
    /// the index of its paragraph in `paras`, for a warning that names it.
    pub unknown_symbols: Vec<UnknownSymbol>,
}

/// A `w:sym` whose font and code [`super::symbol::symbol_char`] does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSymbol {
    /// Index of the paragraph in [`Parsed::paras`].
    pub para: usize,
    /// `w:font`, empty where missing.
    pub font: String,
    /// `w:char`, empty where missing.
    pub code: String,
}

/// An attribute's value with XML's five entities and character references resolved
/// (`w:author="AT&amp;T"` is AT&T); a value holding any other entity is kept as written.
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(
            |a| match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                Ok(v) => v.into_owned(),
                Err(_) => a.value.to_string(),
            },
        )
}

/// The next event of a part, a parse error naming the part and offset, and a DTD refused:
/// every reader of a DOCX part goes through it.
pub(super) fn next_event<'x>(
    reader: &mut Reader<&'x [u8]>,
    part: &'static str,
) -> Result<Event<'x>, DocxError> {
    match reader.read_event() {
        Ok(Event::DocType(_)) => Err(DocxError::Dtd { part }),
        Ok(event) => Ok(event),
        Err(e) => Err(DocxError::Xml {
            part,
            offset: reader.error_position(),
            reason: e.to_string(),
        }),
    }
}
