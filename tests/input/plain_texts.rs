//! Plain texts as people have them: no front matter, no flags. The language comes from the
//! script and the headings, unknown metadata stays unknown, a pair in two languages is refused,
//! and conferences are named in any usual spelling.

use crate::common;

use common::{repo, resdiff};
use predicates::prelude::*;

/// The text from its first heading on: no front matter, no RESOLUTION line, no formula.
fn headerless(path: &str, first_heading: &str) -> String {
    let text = std::fs::read_to_string(repo().join(path)).expect("fixture");
    let at = text.find(first_heading).expect("heading");
    text[at..].to_string()
}

#[test]
fn two_headerless_texts_compare_with_no_flags_in_arabic_and_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ar_old = headerless("fixtures/wtdc-030-dubai-2014.ar.txt", "إذ يذكّر");
    let ar_new = headerless("fixtures/wtdc-030-rcc-wtdc17.ar.txt", "إذ يذكّر");
    let en_old = headerless("fixtures/import/res30-excerpt.en.txt", "recalling");
    let en_new = en_old.replacen("Resolution 71", "Resolution 72", 1);
    for (name, old, new) in [("ar", &ar_old, &ar_new), ("en", &en_old, &en_new)] {
        let (a, b) = (
            dir.path().join(format!("old-{name}.txt")),
            dir.path().join(format!("new-{name}.txt")),
        );
        std::fs::write(&a, old).expect("write");
        std::fs::write(&b, new).expect("write");
        resdiff()
            .arg("diff")
            .args([&a, &b])
            .assert()
            .code(1)
            .stdout(predicate::str::contains("MOD"))
            .stderr(predicate::str::contains("error").not());
        resdiff().arg("diff").args([&a, &a]).assert().code(0);
        // Unknown metadata is shown as unknown, not refused (the revision is the file name).
        resdiff()
            .arg("show")
            .arg(&a)
            .args(["--format", "json"])
            .assert()
            .code(0)
            .stdout(predicate::str::contains(format!(
                "unknown/unknown@old-{name}:{name}"
            )));
        resdiff()
            .arg("markup")
            .args([&a, &b])
            .args(["--format", "md", "--proposer", "X", "--doc", "1"])
            .assert()
            .code(0);
    }
}

#[test]
fn flags_give_what_the_text_does_not_say() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("r.txt");
    std::fs::write(
        &file,
        headerless("fixtures/import/res30-excerpt.en.txt", "recalling"),
    )
    .expect("write");
    resdiff()
        .arg("show")
        .arg(&file)
        .args([
            "--lang", "en", "--number", "30", "--body", "wtdc", "--format", "json",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("wtdc/30@"));
    // Every command that reads plain text takes the three flags.
    for command in [
        "show", "diff", "markup", "refs", "compile", "outcome", "apply", "merge", "import",
    ] {
        resdiff().args([command, "--help"]).assert().code(0).stdout(
            predicate::str::contains("--lang")
                .and(predicate::str::contains("--number"))
                .and(predicate::str::contains("--body")),
        );
    }
}

#[test]
fn a_pair_in_two_languages_is_refused_saying_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("en.txt");
    std::fs::write(
        &file,
        headerless("fixtures/import/res30-excerpt.en.txt", "recalling"),
    )
    .expect("write");
    // It used to borrow Arabic from the other side and report ADD 16, SUP 59.
    resdiff()
        .args(["diff", "wtdc/30@dubai-2014:ar"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("`ar`")
                .and(predicate::str::contains("`en`"))
                .and(predicate::str::contains("one language")),
        );
}

#[test]
fn conferences_in_any_usual_spelling() {
    let expected = resdiff()
        .args([
            "refs",
            "wtdc/30@dubai-2014:ar",
            "--stale",
            "--as-of",
            "WTDC-17",
        ])
        .output()
        .expect("refs");
    assert_eq!(expected.status.code(), Some(1));
    for spelling in ["WTDC-2017", "wtdc2017", "WTDC 2017", "wtdc-17"] {
        let got = resdiff()
            .args([
                "refs",
                "wtdc/30@dubai-2014:ar",
                "--stale",
                "--as-of",
                spelling,
            ])
            .output()
            .expect("refs");
        assert_eq!(got.stdout, expected.stdout, "{spelling}");
    }
    resdiff()
        .args([
            "refs",
            "wtdc/30@dubai-2014:ar",
            "--stale",
            "--as-of",
            "WTDC-2018",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("WTDC-2018"));
}

#[test]
fn nfd_text_and_arabic_vowelling_compare_as_the_same_text() {
    use unicode_normalization::UnicodeNormalization;
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(repo().join("fixtures/wtdc-030-dubai-2014.ar.txt"))
        .expect("fixture");
    // Res. 30 in NFD against itself used to give MOD 45.
    let nfd = dir.path().join("nfd.txt");
    std::fs::write(&nfd, text.nfd().collect::<String>()).expect("write");
    resdiff()
        .args(["diff", "wtdc/30@dubai-2014:ar"])
        .arg(&nfd)
        .assert()
        .code(0);
    // Tashkeel and tatweel added by a translator: changes, unless ignored (-n includes it).
    let vowelled = dir.path().join("vowelled.txt");
    // Clause texts only: a vowelled label (`بَ)`) is no label.
    let vowelled_text: String = text
        .lines()
        .map(|l| match l.split_once('\t') {
            Some((label, body)) => format!(
                "{label}\t{}\n",
                body.replace('ب', "بَ").replace("الاتصالات", "الاتصـالات")
            ),
            None => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&vowelled, vowelled_text).expect("write");
    resdiff()
        .args(["diff", "wtdc/30@dubai-2014:ar"])
        .arg(&vowelled)
        .assert()
        .code(1);
    for flag in ["--ignore-diacritics", "-n"] {
        resdiff()
            .args(["diff", "wtdc/30@dubai-2014:ar"])
            .arg(&vowelled)
            .arg(flag)
            .assert()
            .code(0);
    }
}

#[test]
fn labels_with_invisible_characters_are_read_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("r.txt");
    std::fs::write(
        &file,
        "recalling\na)\tfirst;\nb\u{200b})\tsecond;\nc\u{202e})\tthird;\n\u{2066}d)\u{2069}\tfourth;\n",
    )
    .expect("write");
    let out = resdiff()
        .arg("show")
        .arg(&file)
        .args(["--format", "json"])
        .output()
        .expect("show");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (line, name) in [
        (3, "U+200B ZERO WIDTH SPACE"),
        (4, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        (5, "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ] {
        assert!(
            stderr.contains(&format!("r.txt:{line}: warning: label")) && stderr.contains(name),
            "{stderr}"
        );
    }
    // Four sibling clauses, none nested under a label that failed.
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let clauses = json["sections"][0]["clauses"].as_array().expect("clauses");
    assert_eq!(clauses.len(), 4, "{json}");
}

#[test]
fn a_text_that_names_no_revision_has_none_and_shows_unknown() {
    use resdiff::input::{ImportOptions, import_text, to_plain_text};
    let lenient = ImportOptions {
        allow_unknown: true,
        ..ImportOptions::default()
    };
    let text = headerless("fixtures/wtdc-030-dubai-2014.ar.txt", "إذ يذكّر");
    let doc = import_text(&text, &lenient).expect("reads").document;
    assert_eq!(doc.revision.id, None);
    let json = serde_json::to_value(&doc.revision).expect("json");
    assert_eq!(json["id"], "unknown");
    // What `show --format plain` writes of it reads back as no id, not as an id `unknown`.
    let again = import_text(&to_plain_text(&doc), &lenient).expect("reads back");
    assert_eq!(again.document.revision.id, None);
}
