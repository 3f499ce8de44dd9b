//! Character and entity references in the XML resdiff reads (DOCX parts, Akoma Ntoso). Only
//! character references and the five predefined entities are read: no entity, external or
//! recursive, is ever expanded (the readers refuse a `<!DOCTYPE>` before one could be declared).

use quick_xml::events::BytesRef;

/// Why a reference was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadRef {
    /// `&#xZZ;` or a code point that is no character.
    CharRef,
    /// A named entity beside the five predefined ones.
    Entity(String),
}

/// The character a reference stands for.
pub fn resolve(r: &BytesRef<'_>) -> Result<char, BadRef> {
    if r.is_char_ref() {
        return r.resolve_char_ref().ok().flatten().ok_or(BadRef::CharRef);
    }
    let name = r.xml10_content();
    Ok(match name.as_ref() {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        other => return Err(BadRef::Entity(other.to_string())),
    })
}
