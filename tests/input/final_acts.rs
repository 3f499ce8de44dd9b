//! The Plenipotentiary Conference's Final Acts (Dubai, 2018) as Akoma Ntoso (issue 24): a
//! `<documentCollection>` by `#itu-pp`, imported one text per resolution into `resolutions/pp/`,
//! with a warning at each defect of the third party's conversion; `show` and `log` read them.

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

const ACTS: &str = "fixtures/akn/itu-akn4itu/pp18_final_acts_akn.xml";

/// Every file of `dir`, depth first, sorted.
fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// One import of the whole collection: the 61 resolutions are filed, the shipped files are
/// exactly that output, and the warnings name the file and line of each defect.
#[test]
fn the_61_resolutions_are_imported_and_shipped_as_imported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = resdiff()
        .args(["import", ACTS, "-o"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("61 resolutions filed under"), "{stderr}");
    // Where the conversion is known to fail, the file and line are named.
    for said in [
        "pp18_final_acts_akn.xml:3: warning: the markup was made by a converter",
        "DECISION 5 (REV. DUBAI, 2018) is not imported",
        "RECOMMENDATION 7 (DUBAI, 2018) is not imported",
        "Resolution 140: the title “ITU's role in implementing the outcomes of the World Summit on the Information Society and ...” ends in “...”",
        "markup repaired: Resolution 140: the label `a)` stood in the text",
        "markup repaired: Resolution 140: the numbering starts again at `1` after “instructs the Secretary-General”; the heading “instructs the Secretary-General and the Directors of the Bureaux” ran into the end of the clause before",
        "a footnote stands inline after a rule of underscores",
    ] {
        assert!(stderr.contains(said), "no `{said}` in:\n{stderr}");
    }
    let made = files(&dir.path().join("pp"));
    assert_eq!(made.len(), 61);
    let shipped: Vec<_> = files(&repo().join("resolutions/pp"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!(shipped.len(), 61);
    for (m, s) in made.iter().zip(&shipped) {
        assert_eq!(
            m.strip_prefix(dir.path()).ok(),
            s.strip_prefix(repo().join("resolutions")).ok()
        );
        let (m, s) = (
            std::fs::read_to_string(m).expect("made"),
            std::fs::read_to_string(s).expect("shipped"),
        );
        assert!(
            m == s,
            "{} is not the import's output (run sh fixtures/akn/ship.sh)",
            s.len()
        );
    }
    // Again without --force: every file in the way is named, one summary refuses, and
    // nothing is written (a file emptied meanwhile stays empty).
    std::fs::write(&made[0], "").expect("empty one");
    let again = resdiff()
        .args(["import", ACTS, "-o"])
        .arg(dir.path())
        .assert()
        .failure()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert_eq!(
        stderr.matches("exists; pass --force").count(),
        61,
        "{stderr}"
    );
    assert!(
        stderr.contains("61 of the 61 texts would replace files"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&made[0]).expect("read"), "");
}

#[test]
fn every_pp_resolution_loads_and_res_140_is_among_them() {
    let out = resdiff()
        .args(["list"])
        .assert()
        .success()
        .get_output()
        .clone();
    let list = String::from_utf8_lossy(&out.stdout);
    assert_eq!(list.lines().filter(|l| l.starts_with("pp/")).count(), 61);
    assert!(list.contains("pp/140@dubai-2018:en"), "{list}");
    resdiff()
        .args(["log", "pp/140:en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("dubai-2018  2018-11-15  Dubai"));
}

#[test]
fn show_res_140() {
    let out = resdiff()
        .args(["show", "pp/140@dubai-2018:en"])
        .assert()
        .success()
        .get_output()
        .clone();
    insta::assert_snapshot!("pp_140_dubai_2018", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn a_collection_needs_a_folder_or_a_number() {
    resdiff()
        .args(["import", ACTS])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "holds 61 resolutions: give -o DIR to file each as a corpus file under DIR, or --number N for one",
        ));
    resdiff()
        .args(["import", ACTS, "--number", "140"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# pp/140@dubai-2018:en — resdiff corpus file",
        ));
    // `show` on the collection says how to read it, rather than "unknown author".
    resdiff()
        .args(["show", ACTS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "a collection of ITU texts (Final Acts)",
        ));
}

/// Issue 24: the Final Acts inside a folder given to `import DIR` were read as one text (and
/// refused); they are a collection there too, filed one text per resolution beside the others.
#[test]
fn a_collection_in_a_folder_is_filed_one_text_per_resolution() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).expect("mkdir");
    std::fs::copy(repo().join(ACTS), inputs.join("pp18_final_acts_akn.xml")).expect("copy");
    std::fs::copy(
        repo().join("fixtures/akn/unga-ict4sd/A_RES_80_118-2520736E.xml"),
        inputs.join("A_RES_80_118-2520736E.xml"),
    )
    .expect("copy");
    let out = dir.path().join("out");
    let got = resdiff()
        .arg("import")
        .arg(&inputs)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&got.stderr);
    assert!(
        stderr.contains("62 texts of 2 files filed under"),
        "{stderr}"
    );
    assert!(
        stderr.contains("pp18_final_acts_akn.xml:3: warning: the markup was made by a converter"),
        "{stderr}"
    );
    assert_eq!(files(&out.join("pp")).len(), 61);
    let res140 = std::fs::read_to_string(out.join("pp/140/dubai-2018.en.toml")).expect("140");
    let shipped =
        std::fs::read_to_string(repo().join("resolutions/pp/140/dubai-2018.en.toml")).expect("140");
    assert_eq!(res140, shipped);
    assert!(out.join("unga/ict4sd/80-118.en.toml").is_file());
}
