//! The parts of the DOCX package besides the document and the styles: footnotes, page
//! header, core properties, and the fixed parts (content types, relationships, settings).

use std::fmt::Write as _;

use super::{W, esc, text_elements};
use crate::markup::Proposal;

/// The footnotes part: Word's two separators, then one footnote per mark of the proposal. A
/// footnote's own paragraph shows its mark through `w:footnoteRef`, which prints the custom mark
/// typed after the reference: typing the mark there too would show it twice, as LibreOffice
/// does with ITU's own files ("5 5Background"). `suffixes`: `super::automatic_suffixes`.
pub(super) fn footnotes(p: &Proposal, suffixes: &[Option<&str>]) -> String {
    let (bidi, rtl, rtl_prop) = if p.language.is_rtl() {
        ("<w:bidi/>", "<w:rPr><w:rtl/></w:rPr>", "<w:rtl/>")
    } else {
        ("", "", "")
    };
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:footnotes xmlns:w=\"{W}\">\
         <w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
         <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    );
    for (i, (f, suffix)) in p.footnotes.iter().zip(suffixes).enumerate() {
        let _ = write!(
            out,
            "<w:footnote w:id=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>{bidi}</w:pPr>\
             <w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>{rtl_prop}</w:rPr><w:footnoteRef/></w:r>\
             {}{}</w:r></w:p></w:footnote>",
            i + 1,
            // An automatic number prints as the number alone: its suffix is typed after it,
            // then a space, as ITU does. LibreOffice moves a tab there to the front of the
            // suffix on saving (`1<TAB>bisThis`), losing the break after it.
            suffix.map_or(format!("<w:r>{rtl}<w:tab/>"), |s| format!(
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>{rtl_prop}</w:rPr>{}</w:r>\
                 <w:r>{rtl}<w:t xml:space=\"preserve\"> </w:t>",
                text_elements(s, "w:t")
            )),
            text_elements(&f.text, "w:t")
        );
    }
    out.push_str("</w:footnotes>");
    out
}

/// The page header: the document number at the end of the line, as on every ITU document.
pub(super) fn header(p: &Proposal) -> String {
    let bidi = if p.language.is_rtl() { "<w:bidi/>" } else { "" };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:hdr xmlns:w=\"{W}\"><w:p><w:pPr>{bidi}\
         <w:jc w:val=\"end\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:hdr>",
        esc(&p.cover.header)
    )
}

pub(super) fn core(p: &Proposal) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title>\
         <dc:creator>{}</dc:creator><dc:language>{}</dc:language></cp:coreProperties>",
        esc(&p.name()),
        esc(p.meta.proposer.as_str()),
        p.language
    )
}

pub(super) const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

pub(super) const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

pub(super) const DOC_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>\
<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
</Relationships>";

pub(super) const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:trackRevisions/><w:defaultTabStop w:val=\"567\"/></w:settings>";
