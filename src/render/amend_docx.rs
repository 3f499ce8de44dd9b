//! `markup --style un` as Word: the amendment instructions of [`super::amend_text`], one
//! instruction a paragraph, for a UN text, where a delegation tables amendments as instructions
//! rather than as an ITU proposal with tracked changes. A quoted new paragraph keeps its lines
//! (`w:br`) and its tab between number and text (`w:tab`). The package is the least Word opens:
//! content types, relationships and the document.

use std::io::Cursor;

use super::RenderError;

/// The instructions (as [`super::amend_text::render`] writes them: paragraphs between blank
/// lines) as the bytes of a `.docx` file.
pub fn render(instructions: &str) -> Result<Vec<u8>, RenderError> {
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", RELS.to_string()),
        ("word/document.xml", document(instructions)),
    ];
    super::docx_package::write(parts, Cursor::new(Vec::new())).map(Cursor::into_inner)
}

fn document(text: &str) -> String {
    let mut body = String::new();
    for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        body.push_str("<w:p>");
        for (i, line) in para.trim_end_matches('\n').split('\n').enumerate() {
            if i > 0 {
                body.push_str("<w:r><w:br/></w:r>");
            }
            for (k, piece) in line.split('\t').enumerate() {
                if k > 0 {
                    body.push_str("<w:r><w:tab/></w:r>");
                }
                if !piece.is_empty() {
                    body.push_str("<w:r><w:t xml:space=\"preserve\">");
                    body.push_str(&esc(piece));
                    body.push_str("</w:t></w:r>");
                }
            }
        }
        body.push_str("</w:p>");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
    )
}

/// XML text: the instructions' control characters are shown already (`amend_text`).
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
</Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";
