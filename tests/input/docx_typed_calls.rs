//! A note called a second time by its number typed in the note reference's character style,
//! not by a `w:footnoteReference`: WTSA Res. 1 as ITU publishes it calls note 2 so in 2.1.5
//! (`…vice‑chairman of the study group` then a run `2` styled `FootnoteReference`). Word prints
//! it raised as a call, and the PDF reader reads LibreOffice's print of it as `[^2]`; the DOCX
//! reader read it as the text's digit (`study group2.`). Issue 25.

use std::io::Read;

use crate::common;
use common::docx::{WTSA1, read, rewrite};
use common::repo;
use resdiff::model::Clause;

/// ITU's typed call, as `word/document.xml` has it.
const TYPED: &str =
    r#"<w:rStyle w:val="FootnoteReference"/><w:lang w:val="en-GB"/></w:rPr><w:t>2</w:t>"#;

/// The text of the one clause holding `words`, searched through the whole tree.
fn clause_with<'d>(doc: &'d resdiff::model::Document, words: &str) -> &'d str {
    fn walk<'c>(cs: &'c [Clause], words: &str, out: &mut Vec<&'c str>) {
        for c in cs {
            if c.text.contains(words) {
                out.push(&c.text);
            }
            walk(&c.children, words, out);
        }
    }
    let mut found = Vec::new();
    for s in &doc.sections {
        walk(&s.clauses, words, &mut found);
    }
    assert_eq!(found.len(), 1, "{words}: {found:?}");
    found[0]
}

fn said(got: &resdiff::input::Imported) -> Vec<&str> {
    got.warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("character style"))
        .collect()
}

fn wtsa1_bytes() -> Vec<u8> {
    std::fs::read(repo().join(WTSA1)).expect("fixture")
}

/// ITU's DOCX with its typed call changed by `edit` in `word/document.xml`, and `styles.xml`
/// by `styles`.
fn edited(edit: &dyn Fn(String) -> String, styles: &dyn Fn(String) -> String) -> Vec<u8> {
    rewrite(&wtsa1_bytes(), &|name, text| match name {
        "word/document.xml" => {
            assert_eq!(text.matches(TYPED).count(), 1, "the fixture's typed call");
            edit(text)
        }
        "word/styles.xml" => styles(text),
        _ => text,
    })
}

#[test]
fn a_number_typed_in_the_note_reference_style_is_a_call_of_that_note() {
    let got = &common::docx::wtsa1().base;
    let text = clause_with(&got.document, "RA sets up a study group");
    assert!(
        text.contains("vice‑chairman of the study group[^2]. In this case"),
        "{text}"
    );
    // The first call, a real reference, is unchanged; and the notes are as many as before.
    assert!(text.contains("study group[^2], in consultation"), "{text}");
    let marks: Vec<&str> = got
        .document
        .footnotes
        .iter()
        .map(|f| f.mark.as_str())
        .collect();
    assert_eq!(marks, ["1", "1bis", "2", "3", "4", "5"]);
    let said = said(got);
    assert_eq!(said.len(), 1, "{:?}", got.warnings);
    for part in [
        "paragraph ",
        "vice‑chairman of the study group2`",
        "`2` typed in the note reference's character style (`footnote reference`), not as a reference",
        "read as a call of note 2",
    ] {
        assert!(said[0].contains(part), "{part}: {}", said[0]);
    }
}

#[test]
fn a_typed_number_that_names_no_note_stays_text() {
    let bytes = edited(
        &|t| t.replacen(TYPED, &TYPED.replace(">2<", ">7<"), 1),
        &|t| t,
    );
    let got = read(&bytes).base;
    let text = clause_with(&got.document, "RA sets up a study group");
    assert!(text.contains("the study group7. In this case"), "{text}");
    let said = said(&got);
    assert_eq!(said.len(), 1, "{:?}", got.warnings);
    assert!(
        said[0].contains("the text calls no note 7; kept as text"),
        "{}",
        said[0]
    );
}

/// Word names its styles in the user's language, the id with them (French Word writes
/// `Appelnotedebasdep`): the style is known by its built-in name, `footnote reference`.
#[test]
fn the_note_reference_style_is_known_by_its_name_not_its_id() {
    let renamed = |t: String| t.replace(r#"w:val="FootnoteReference""#, r#"w:val="Appel""#);
    let bytes = edited(&renamed, &|t| {
        t.replace(r#"w:styleId="FootnoteReference""#, r#"w:styleId="Appel""#)
    });
    let got = read(&bytes).base;
    let text = clause_with(&got.document, "RA sets up a study group");
    assert!(text.contains("the study group[^2]. In this case"), "{text}");
    assert_eq!(said(&got).len(), 1, "{:?}", got.warnings);
    // A style of that id with another name is not the note reference's.
    let bytes = edited(&renamed, &|t| {
        t.replace(r#"<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>"#,
            r#"<w:style w:type="character" w:styleId="Appel"><w:name w:val="Appel"/>"#)
    });
    let got = read(&bytes).base;
    let text = clause_with(&got.document, "RA sets up a study group");
    assert!(text.contains("the study group2. In this case"), "{text}");
    assert!(said(&got).is_empty(), "{:?}", got.warnings);
}

/// resdiff's own DOCX of Res. 1 as the corpus has it, 2.1.5 calling note 2 twice (`[^2]`):
/// the second call typed in the note reference's style, as ITU types it, for a second
/// reference to one note is a second note to LibreOffice (re-saved or printed, the text read
/// back had two notes `2`: "footnote `2`: defined twice"). `edits` are made to 2.1.5 for the
/// proposal; the DOCX is read back to both texts.
fn written(edits: &[(&str, &str, &str)]) -> (String, resdiff::input::DocxImport) {
    let base = common::res1::base();
    let new = common::res1::proposal("eur", edits);
    let p = common::proposal(&base, &new, &resdiff::markup::MarkupOptions::default());
    let bytes = resdiff::render::proposal_docx::render(&p).expect("renders");
    let mut xml = String::new();
    zip::ZipArchive::new(std::io::Cursor::new(&bytes))
        .expect("zip")
        .by_name("word/document.xml")
        .expect("document")
        .read_to_string(&mut xml)
        .expect("utf-8");
    let got = common::docx::read(&bytes);
    let text = |d: &resdiff::model::Document| common::res1::text_of(d, "2.1.5");
    assert_eq!(text(&got.base.document), text(&base));
    if let Some(proposal) = &got.proposal {
        assert_eq!(text(&proposal.document), text(&new));
    }
    (xml, got)
}

#[test]
fn our_docx_types_a_second_call_of_a_note_as_itu_does() {
    let (xml, got) = written(&[]);
    assert_eq!(
        xml.matches(
            r#"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>2</w:t></w:r>"#
        )
        .count(),
        1
    );
    let notes = got.base.document.footnotes.iter().filter(|f| f.mark == "2");
    assert_eq!(notes.count(), 1);
    assert_eq!(said(&got.base).len(), 1, "{:?}", got.base.warnings);
}

/// The first call deleted, the second kept: the proposal has no reference to note 2 before the
/// second call, which is then a reference (the base has two, of one note).
#[test]
fn a_call_is_typed_only_where_each_side_showing_it_has_called_the_note() {
    let first = "WTSA shall appoint the chairman and vice‑chairman of the study group[^2], in consultation with the Radiocommunication Assembly (RA) as appropriate, and receive the formal report of the work of the study group. ";
    let (xml, got) = written(&[("2.1.5", first, "")]);
    assert!(
        !xml.contains(r#"<w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>2</w:t>"#),
        "no typed call"
    );
    let proposal = got.proposal.expect("tracked").document;
    assert_eq!(
        proposal.footnotes.iter().filter(|f| f.mark == "2").count(),
        1
    );
}
