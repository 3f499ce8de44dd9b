//! Bidi controls and line breaks in clause text are warned and shown escaped (issue 27,
//! finding 23): GA 79/194 with operative paragraph 1 holding a RIGHT-TO-LEFT OVERRIDE and a
//! line break that would draw a fake paragraph `2.` under it.

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

const BASE: &str = "resolutions/unga/ict4sd/79-194.en.toml";
const END: &str = "into the global economy;'";

fn hostile(dir: &std::path::Path) -> std::path::PathBuf {
    let base = std::fs::read_to_string(repo().join(BASE)).expect("79/194");
    let at = base.find(END).expect("paragraph 1");
    let open = base[..at].rfind("\ntext = '").expect("its text") + 1;
    let toml = format!(
        "{}text = \"{} \\u202Eylno\\u202C\\n  2.  Decides to dissolve itself;\"{}",
        &base[..open],
        &base[open + "text = '".len()..at + END.len() - 2],
        &base[at + END.len()..]
    )
    .replace("id = '79-194'", "id = 'bidi'");
    let path = dir.join("bidi.en.toml");
    std::fs::write(&path, toml).expect("write");
    path
}

#[test]
fn show_and_diff_warn_of_bidi_controls_and_line_breaks_and_escape_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = hostile(dir.path());
    let shown = resdiff()
        .arg("show")
        .arg(&text)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "section operative clause 1. holds the bidi control U+202E; text output shows it as \\u{202e}",
        ))
        .get_output()
        .stdout
        .clone();
    let shown = String::from_utf8(shown).expect("UTF-8");
    assert!(!shown.contains('\u{202e}'), "{shown}");
    assert!(
        shown.contains("economy \\u{202e}ylno\\u{202c}\\n  2.  Decides to dissolve itself;"),
        "{shown}"
    );
    assert!(
        !shown
            .lines()
            .any(|l| l.trim_start().starts_with("2.  Decides"))
    );
    let diff = resdiff()
        .args(["diff", BASE])
        .arg(&text)
        .output()
        .expect("run");
    let diff = String::from_utf8(diff.stdout).expect("UTF-8");
    assert!(!diff.contains('\u{202e}'), "{diff}");
    assert!(diff.contains("\\n  2.  Decides"), "{diff}");

    // A line break alone is warned too.
    let plain = std::fs::read_to_string(&text)
        .expect("read")
        .replace("\\u202Eylno\\u202C", "");
    std::fs::write(&text, plain).expect("write");
    resdiff()
        .arg("show")
        .arg(&text)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "section operative clause 1. holds a line break (U+000A); text output shows it as \\n",
        ));
}
