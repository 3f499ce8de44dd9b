//! `word/styles.xml`: which ITU style a paragraph's style id stands for, and the numbering a
//! style gives its paragraphs.
//!
//! The layout reads ITU's style names (`enumlev1`, `Call`, `Res_No`, `heading 2`). A style id is
//! only the writer's key for a name: Word writes `enumlev1` and `Heading2`, LibreOffice re-saves
//! the same styles as `Enumlev1` and `Heading2`, another writer may use `Style12`. So the id is
//! read through the style's name, and both are compared with case, spaces and underscores
//! ignored: nesting then survives a re-save.

use std::collections::{HashMap, HashSet};

use super::DocxError;
use super::numbering::{NumPr, Tag, walk};
use super::xml::attr;

/// The ITU styles the layout knows, as it spells them.
const KNOWN: &[&str] = &[
    "ResNo",
    "Restitle",
    "Resref",
    "Call",
    "SectionNo",
    "AppendixNo",
    "AnnexNo",
    "Proposal",
    "Reasons",
    "MoveNote",
    // An ITU Recommendation's (`recommendation`).
    "RecNo",
    "Rectitle",
    "Normalaftertitle",
    "Headingb",
    "AppendixNotitle",
    "AnnexNotitle",
    "ListParagraph",
    "Reftext",
];

/// `word/styles.xml`, read.
#[derive(Debug, Default)]
pub struct Styles {
    /// Style id -> its name.
    names: HashMap<String, String>,
    /// The ids of the styles named as the note reference's (see [`Styles::is_note_reference`]),
    /// found once: the reader asks at every run with a character style.
    note_references: HashSet<String>,
    /// The numbering of the styles that have some.
    pub numbering: StyleNumbering,
}

/// `name` without case, spaces, underscores or hyphens.
fn folded(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The layout's spelling of an ITU style, if `name` is one: `Enumlev1` and `enumlev 1` are
/// `enumlev1`, `heading 2` is `Heading2`, `Res_No` is `ResNo`.
fn known(name: &str) -> Option<String> {
    let f = folded(name);
    let numbered = |prefix: &str, spelt: &str| {
        let n = f.strip_prefix(prefix)?;
        (!n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| format!("{spelt}{n}"))
    };
    numbered("enumlev", "enumlev")
        .or_else(|| numbered("heading", "Heading"))
        .or_else(|| KNOWN.iter().find(|k| folded(k) == f).map(|k| k.to_string()))
}

impl Styles {
    /// Reads `word/styles.xml`.
    pub fn parse(xml: &str) -> Result<Styles, DocxError> {
        let mut out = Styles::default();
        // The style being read: id, numbering, basedOn; and whether we are in its w:pPr.
        let mut current: Option<(String, NumPr, Option<String>)> = None;
        let mut in_ppr = 0usize;
        let mut skip = 0usize;
        walk(xml, "word/styles.xml", |name, tag| {
            let Tag::Open(e, empty) = tag else {
                if skip > 0 {
                    skip -= 1;
                    return;
                }
                match name {
                    "w:pPr" => in_ppr = in_ppr.saturating_sub(1),
                    "w:style" => {
                        if let Some((id, num, based_on)) = current.take() {
                            out.numbering.insert(id, num, based_on);
                        }
                    }
                    _ => {}
                }
                return;
            };
            if skip > 0 {
                skip += usize::from(!empty);
                return;
            }
            match name {
                "w:style" if !empty => {
                    current = attr(e, "w:styleId").map(|id| (id, NumPr::default(), None));
                }
                "w:pPrChange" if !empty => skip = 1,
                "w:pPr" if !empty => in_ppr += 1,
                _ => {
                    let Some((id, num, based_on)) = current.as_mut() else {
                        return;
                    };
                    match name {
                        "w:name" => {
                            if let Some(v) = attr(e, "w:val") {
                                out.names.insert(id.clone(), v);
                            }
                        }
                        "w:basedOn" => *based_on = attr(e, "w:val"),
                        "w:numId" | "w:ilvl" if in_ppr > 0 => {
                            if let Some(v) = attr(e, "w:val") {
                                num.set(name, &v);
                            }
                        }
                        _ => {}
                    }
                }
            }
        })?;
        out.note_references = out
            .names
            .iter()
            .filter(|(_, name)| is_note_reference_name(name))
            .map(|(id, _)| id.clone())
            .collect();
        Ok(out)
    }

    /// The layout's name for style `id`: an ITU style by its name (else its id) whatever the
    /// writer's spelling; any other style keeps its id.
    pub fn canonical(&self, id: &str) -> String {
        self.names
            .get(id)
            .and_then(|name| known(name))
            .or_else(|| known(id))
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether character style `id` is the note reference's, Word's built-in `footnote
    /// reference`: by its name, which Word keeps in English whatever the id (French Word writes
    /// `Appelnotedebasdep`); by the id only where styles.xml does not name it. LibreOffice
    /// re-saves Word's style as its own `Footnote Characters`, and its anchor style as
    /// `Footnote Reference` (`Footnote Anchor` within it): ITU's WTSA Res. 1 re-saved types its
    /// second call of note 2 in `Footnote Characters`.
    pub fn is_note_reference(&self, id: &str) -> bool {
        if self.names.contains_key(id) {
            self.note_references.contains(id)
        } else {
            is_note_reference_name(id)
        }
    }
}

/// Whether a style's name (or its id, where it has none) is the note reference's, in any
/// writer's spelling (see [`Styles::is_note_reference`]).
fn is_note_reference_name(name: &str) -> bool {
    matches!(
        folded(name).as_str(),
        "footnotereference" | "footnotecharacters" | "footnoteanchor"
    )
}

/// The numbering each style gives its paragraphs (`w:numPr` in `w:style`), through `w:basedOn`.
#[derive(Debug, Default)]
pub struct StyleNumbering {
    own: HashMap<String, (NumPr, Option<String>)>,
}

impl StyleNumbering {
    /// Records style `id`'s own numbering and the style it is based on.
    pub fn insert(&mut self, id: String, num: NumPr, based_on: Option<String>) {
        if num.is_set() || based_on.is_some() {
            self.own.insert(id, (num, based_on));
        }
    }

    /// The numbering style `id` gives, following at most 16 `w:basedOn` links (a loop is a
    /// malformed file, not a hang).
    pub fn of(&self, id: &str) -> NumPr {
        let mut num = NumPr::default();
        let mut at = id;
        for _ in 0..16 {
            let Some((own, based_on)) = self.own.get(at) else {
                break;
            };
            num = num.over(*own);
            match based_on {
                Some(b) => at = b,
                None => break,
            }
        }
        num
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn itu_styles_are_known_by_name_in_any_spelling() {
        let xml = r#"<w:styles xmlns:w="w">
            <w:style w:type="paragraph" w:styleId="Enumlev1"><w:name w:val="enumlev1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Style12"><w:name w:val="Res_No"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>
              <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="ListNumber"/></w:style>
        </w:styles>"#;
        let s = Styles::parse(xml).expect("parses");
        assert_eq!(s.canonical("Enumlev1"), "enumlev1");
        assert_eq!(s.canonical("Style12"), "ResNo");
        assert_eq!(s.canonical("Heading2"), "Heading2");
        assert_eq!(s.canonical("ResNo"), "ResNo", "an id alone is enough");
        assert_eq!(s.canonical("Normal"), "Normal");
        let five = NumPr {
            num_id: Some(5),
            ilvl: Some(1),
        };
        assert_eq!(s.numbering.of("Mine"), five, "through basedOn");
        assert_eq!(known("enumlev123"), None);
        assert_eq!(known("Heading 10").as_deref(), Some("Heading10"));
    }

    /// By the name where styles.xml gives one (French Word's id, LibreOffice's re-save), by
    /// the id where it gives none; a named style is not read by its id.
    #[test]
    fn the_note_reference_style_is_known_by_its_name_else_its_id() {
        let xml = r#"<w:styles xmlns:w="w">
            <w:style w:type="character" w:styleId="Appelnotedebasdep"><w:name w:val="footnote reference"/></w:style>
            <w:style w:type="character" w:styleId="FootnoteCharacters"><w:name w:val="Footnote Characters"/></w:style>
            <w:style w:type="character" w:styleId="FootnoteAnchor"><w:name w:val="Emphasis"/></w:style>
        </w:styles>"#;
        let s = Styles::parse(xml).expect("parses");
        let found: Vec<bool> = [
            "Appelnotedebasdep",
            "FootnoteCharacters",
            "FootnoteAnchor",
            "Footnote_Reference",
            "Strong",
        ]
        .iter()
        .map(|id| s.is_note_reference(id))
        .collect();
        assert_eq!(found, [true, true, false, true, false]);
    }

    #[test]
    fn a_dtd_is_refused() {
        let err = Styles::parse("<!DOCTYPE x [<!ENTITY a 'b'>]><w:styles/>").unwrap_err();
        assert!(matches!(err, DocxError::Dtd { .. }), "{err}");
    }

    #[test]
    fn a_style_loop_ends() {
        let mut s = StyleNumbering::default();
        s.insert(
            "A".into(),
            NumPr {
                num_id: Some(4),
                ilvl: Some(1),
            },
            Some("B".into()),
        );
        s.insert("B".into(), NumPr::default(), Some("A".into()));
        assert_eq!(
            s.of("A"),
            NumPr {
                num_id: Some(4),
                ilvl: Some(1)
            }
        );
    }
}
