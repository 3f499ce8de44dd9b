//! `diff` sees a change of title or of a footnote's words alone: exit 1, and every format says
//! what changed (A/RES/78/132 from the corpus, and the plain-text Res. 30 excerpt).

use std::path::Path;

use crate::common;
use common::{repo, resdiff};

/// `diff OLD NEW` in `format`: the exit code and the output.
fn diff(old: &Path, new: &Path, format: &str) -> (i32, String) {
    let out = resdiff()
        .args(["diff", "--format", format])
        .arg(old)
        .arg(new)
        .output()
        .expect("diff runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
    )
}

/// A copy of `file` with `from` replaced by `to` (once), beside the original's name.
fn edited(dir: &Path, file: &str, from: &str, to: &str, name: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(repo().join(file)).expect("fixture");
    assert!(text.contains(from), "{from}");
    let path = dir.join(name);
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    path
}

#[test]
fn a_changed_title_or_footnote_is_a_change_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let un = "resolutions/unga/ict4sd/78-132.en.toml";
    let old = repo().join(un);
    let title = edited(
        dir.path(),
        un,
        "title = 'Information and communications technologies for sustainable development'",
        "title = 'Information and communications technologies for development'",
        "title.toml",
    );
    let note = edited(
        dir.path(),
        un,
        "75/202 and 76/189.'",
        "75/202, 76/189 and 77/150.'",
        "note.toml",
    );
    for (new, words) in [(&title, "[-sustainable -]"), (&note, "and 77/150+}")] {
        let (code, text) = diff(&old, new, "text");
        assert_eq!(code, 1, "{text}");
        assert!(
            !text.contains("no changes") && text.contains(words),
            "{text}"
        );
        let (code, md) = diff(&old, new, "md");
        assert_eq!(code, 1);
        assert!(!md.contains("No changes."), "{md}");
        let (code, _) = diff(&old, new, "json");
        assert_eq!(code, 1);
        let (code, akn) = diff(&old, new, "akn");
        assert_eq!(code, 1);
        assert!(akn.contains("<textualMod type=\"substitution\""), "{akn}");
    }
    let (_, text) = diff(&old, &note, "text");
    assert!(text.contains("MOD   [^1]"), "{text}");

    let plain = "fixtures/import/res30-excerpt.en.txt";
    let old = repo().join(plain);
    let new = edited(
        dir.path(),
        plain,
        "Role of the ITU Telecommunication Development Sector",
        "Role of the ITU Development Sector",
        "res30.en.txt",
    );
    let (code, text) = diff(&old, &new, "text");
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("title: "), "{text}");
}

#[test]
fn the_same_text_is_still_no_change() {
    let old = repo().join("resolutions/unga/ict4sd/78-132.en.toml");
    let (code, text) = diff(&old, &old, "text");
    assert_eq!((code, text.contains("no changes")), (0, true), "{text}");
}

#[test]
fn the_html_diff_shows_a_changed_title_in_both_layouts() {
    use resdiff::render::diff_html::{Layout, Links, render};
    // The web app's and the static site's diff pages: a title changed alone was on no row, so
    // the page showed only NOC rows for a diff the other formats call a change.
    let old = common::un("unga/ict4sd", "78-132", "en");
    let mut new = old.clone();
    new.resolution.title =
        Some("Information and communications technologies for development".into());
    let diff = resdiff::diff::diff_documents(&old, &new, &Default::default()).expect("diff");
    let inline = render(&diff, Layout::Inline, Links::default());
    assert!(
        inline.contains(
            "<div class=\"row title chg-mod depth-0\"><span class=\"sym\" dir=\"ltr\">MOD</span>\
             <span class=\"label\"></span><span class=\"text\">Information and communications \
             technologies for <del>sustainable </del>development</span></div>"
        ),
        "{inline}"
    );
    let sbs = render(&diff, Layout::SideBySide, Links::default());
    let row = sbs
        .lines()
        .find(|l| l.contains("row title"))
        .unwrap_or_else(|| panic!("no title row: {sbs}"));
    let old_side = row.split("<div class=\"new\">").next().unwrap_or_default();
    assert!(
        old_side.contains("for <del>sustainable </del>development"),
        "{row}"
    );
    assert!(!row.contains("<ins>"), "{row}");
}
