//! `resdiff list` writes a title's control characters as inert escapes (`\u{1b}`), as every
//! other command does, so that a corpus file cannot drive the terminal.

use crate::common;
use common::{repo, resdiff};

#[test]
fn list_escapes_control_characters_in_titles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("unga/ict4sd");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let text = std::fs::read_to_string(repo().join("resolutions/unga/ict4sd/78-132.en.toml"))
        .expect("corpus file");
    let from = "title = 'Information and communications technologies for sustainable development'";
    assert!(text.contains(from));
    let text = text.replacen(
        from,
        "title = \"Information\\u001b]0;pwned\\u0007 and communications technologies\"",
        1,
    );
    std::fs::write(folder.join("78-132.en.toml"), text).expect("write");
    let out = resdiff()
        .arg("--corpus")
        .arg(dir.path())
        .arg("list")
        .output()
        .expect("list runs");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        stdout.contains("Information\\u{1b}]0;pwned\\u{7} and"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{7}'));
}
