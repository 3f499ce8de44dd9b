//! A symbol-font glyph (`w:sym`) resdiff knows no character for is left out of the text and
//! said, with the file, the paragraph and the font and code: WTSA Res. 1 as ITU publishes it,
//! one of the Symbol dashes of 1.5 b) v) turned into a Wingdings glyph.

use crate::common;
use common::docx::{WTSA1, read, rewrite, wtsa1};
use common::{repo, resdiff};

const DASH: &str = r#"<w:sym w:font="Symbol" w:char="F02D"/>"#;

fn with_wingdings() -> Vec<u8> {
    let bytes = std::fs::read(repo().join(WTSA1)).expect("fixture");
    rewrite(&bytes, &|name, text| {
        if name == "word/document.xml" {
            assert!(text.contains(DASH), "the fixture's Symbol dash");
            text.replacen(DASH, r#"<w:sym w:font="Wingdings" w:char="F0E8"/>"#, 1)
        } else {
            text
        }
    })
}

#[test]
fn an_unknown_symbol_glyph_is_left_out_and_said() {
    let got = read(&with_wingdings()).base;
    let said: Vec<&str> = got
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("w:sym"))
        .collect();
    assert_eq!(said.len(), 1, "{:?}", got.warnings);
    let w = said[0];
    for part in [
        "word/document.xml, paragraph ",
        "to accept proposals of ITU Member States",
        "font `Wingdings`",
        "char `F0E8`",
        "left out",
    ] {
        assert!(w.contains(part), "{part}: {w}");
    }
    // The known dashes are read as ever; none of the text took a character for the glyph.
    let known = &wtsa1().base;
    assert!(known.warnings.iter().all(|w| !w.message.contains("w:sym")));

    // On the command line the warning names the file and the paragraph as its line.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("res1-wingdings.docx");
    std::fs::write(&path, with_wingdings()).expect("write");
    let out = resdiff().arg("show").arg(&path).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.contains("w:sym"))
        .unwrap_or_else(|| panic!("{err}"));
    let paragraph = w
        .split("paragraph ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .expect("a paragraph number");
    assert!(
        line.starts_with(&format!("{}:{paragraph}: warning:", path.display())),
        "{line}"
    );
}
