//! Control characters and U+FFFE in a text never make an XML output ill-formed, and the Akoma
//! Ntoso reader refuses what XML forbids (issue 27, finding 19): GA 79/194 with operative
//! paragraph 1 holding an ESC, a U+FFFE and a NEL is exported and diffed as AKN, and the XML is
//! well-formed; `&#xFFFE;` and a raw control byte in the UN's XML of 78/132 are refused; a NEL
//! (`&#x85;`, which XML allows) is read and warned.

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

const BASE: &str = "resolutions/unga/ict4sd/79-194.en.toml";
const END: &str = "into the global economy;'";

/// 79/194 whose operative paragraph 1 ends with an ESC, a U+FFFE and a NEL.
fn with_controls(dir: &std::path::Path) -> std::path::PathBuf {
    let base = std::fs::read_to_string(repo().join(BASE)).expect("79/194");
    let at = base.find(END).expect("paragraph 1");
    let open = base[..at].rfind("\ntext = '").expect("its text") + 1;
    let toml = format!(
        "{}text = \"{} \\u001B[2J \\uFFFE \\u0085 end;\"{}",
        &base[..open],
        &base[open + "text = '".len()..at + END.len() - 2],
        &base[at + END.len()..]
    )
    .replace("id = '79-194'", "id = 'controls'");
    let path = dir.join("controls.en.toml");
    std::fs::write(&path, toml).expect("write");
    path
}

/// What XML 1.0 forbids anywhere in a document, raw or as a reference.
fn well_formed(xml: &str) {
    let forbidden = |c: char| matches!(c, '\0'..='\x08' | '\x0b' | '\x0c' | '\x0e'..='\x1f' | '\u{fffe}' | '\u{ffff}');
    assert!(!xml.chars().any(forbidden), "a raw character XML forbids");
    for bad in ["&#27;", "&#x1b;", "&#x1B;", "&#xFFFE;", "&#xfffe;"] {
        assert!(!xml.contains(bad), "{bad}");
    }
}

#[test]
fn akn_export_and_diff_are_well_formed_with_control_characters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = with_controls(dir.path());
    let exported = dir.path().join("controls.xml");
    resdiff()
        .arg("export")
        .arg(&text)
        .arg("-o")
        .arg(&exported)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "holds the control character U+001B",
        ));
    let xml = std::fs::read_to_string(&exported).expect("written");
    well_formed(&xml);
    assert!(xml.contains("\\u{1b}[2J \\u{fffe}"), "shown, not dropped");
    // resdiff reads its own export back.
    resdiff().arg("import").arg(&exported).assert().code(0);
    let diff = resdiff()
        .args(["diff", BASE])
        .arg(&text)
        .args(["--format", "akn"])
        .output()
        .expect("run");
    assert_eq!(diff.status.code(), Some(1));
    well_formed(&String::from_utf8(diff.stdout).expect("UTF-8"));
}

#[test]
fn the_akn_reader_refuses_what_xml_forbids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xml =
        std::fs::read_to_string(repo().join("fixtures/akn/unga-ict4sd/A_RES_78_132-2325902E.xml"))
            .expect("78/132");
    let words = "into the global economy; ";
    assert!(xml.contains(words));
    for (inserted, why) in [
        ("&#xFFFE;", "the character U+FFFE is not allowed in XML"),
        ("\u{1}", "the character U+0001 is not allowed in XML"),
        ("&#27;", "the character U+001B is not allowed in XML"),
    ] {
        let path = dir.path().join("bad.xml");
        std::fs::write(
            &path,
            xml.replacen(words, &format!("{words}{inserted}x "), 1),
        )
        .expect("write");
        resdiff()
            .arg("import")
            .arg(&path)
            .args(["--series", "ict4sd"])
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(why));
    }
    let path = dir.path().join("nel.xml");
    std::fs::write(&path, xml.replacen(words, &format!("{words}&#x85;x "), 1)).expect("write");
    resdiff()
        .arg("import")
        .arg(&path)
        .args(["--series", "ict4sd"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "holds the control character U+0085",
        ));
}
