//! The two UN series shipped in `resolutions/` (General Assembly "ICT for sustainable
//! development", ECOSOC "WSIS"): made by the AKN importer, found by `import` from the citations,
//! followed by `log` and `blame`, and the 2024 -> 2025 step of the GA series kept as snapshots.

use predicates::prelude::*;
use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::ImportOptions;
use resdiff::input::akn::import_akn_file;
use resdiff::input::corpus::{Address, Corpus, path_for, to_toml};
use resdiff::model::{Part, ResNumber};
use resdiff::render::{Style, diff_text};

use crate::common;
use common::{repo, resdiff};

const SERIES: [(&str, &str); 2] = [("unga-ict4sd", "ict4sd"), ("ecosoc-wsis", "wsis")];

#[test]
fn shipped_files_are_the_importers_output() {
    let root = repo().join("resolutions");
    let mut n = 0;
    for (folder, series) in SERIES {
        for e in std::fs::read_dir(repo().join("fixtures/akn").join(folder)).expect("fixtures") {
            let xml = e.expect("entry").path();
            let opts = ImportOptions {
                number: Some(ResNumber::Series(series.into())),
                ..ImportOptions::default()
            };
            let doc = import_akn_file(&xml, &opts, &ImportOptions::default(), &|_, _| None)
                .expect("imports")
                .document;
            let path = path_for(&root, &doc);
            let shipped = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!("{}: {e} (run sh fixtures/akn/ship.sh)", path.display())
            });
            assert!(
                shipped == to_toml(&doc),
                "{} differs from the import of {} (run sh fixtures/akn/ship.sh)",
                path.display(),
                xml.display()
            );
            assert!(
                shipped.contains("Source: United Nations"),
                "{}",
                path.display()
            );
            n += 1;
        }
    }
    assert_eq!(n, 72, "12 revisions x 6 languages");
}

/// `import` without `--series` proposes the series of its predecessor: here the same title.
#[test]
fn import_proposes_the_series_of_the_predecessor() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("resolutions");
    std::fs::create_dir_all(corpus.join("unga/ict4sd")).expect("mkdir");
    std::fs::copy(
        repo().join("resolutions/unga/ict4sd/79-194.fr.toml"),
        corpus.join("unga/ict4sd/79-194.fr.toml"),
    )
    .expect("copy");
    resdiff()
        .arg("--corpus")
        .arg(&corpus)
        .args([
            "import",
            "fixtures/akn/unga-ict4sd/A_RES_80_118-2520736F.xml",
        ])
        .current_dir(repo())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("series = 'ict4sd'"))
        .stderr(predicate::str::contains(
            "series `ict4sd` proposed: same title as A/RES/79/194 “Les technologies de l’information et des communications au service du développement durable” (unga/ict4sd@79-194); pass --series to choose another",
        ));
    // 74/197 recalls 73/218, which no corpus holds, but has the title of 79/194: one series.
    resdiff()
        .arg("--corpus")
        .arg(&corpus)
        .args(["import", "fixtures/akn/unga-ict4sd/74_197_F.xml"])
        .current_dir(repo())
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "series `ict4sd` proposed: same title as A/RES/79/194",
        ));
    // In English the corpus has no title to compare: the series must be named.
    resdiff()
        .arg("--corpus")
        .arg(&corpus)
        .args(["import", "fixtures/akn/unga-ict4sd/74_197_E.xml"])
        .current_dir(repo())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no `en` text in the corpus has its title, and none of the resolutions the preamble recalls (73/218").and(predicate::str::contains(
                "is in the corpus; pass --series NAME (e.g. --series ict4sd)",
            )),
        );
}

/// Issue 24, finding 4: on a corpus of the 79th session, an 80th-session text went to the series
/// of the first resolution it recalls that the corpus holds, the Sevilla Commitment for 21 of
/// them. The series is its predecessor's (the same title), or none, with the evidence said.
#[test]
fn import_files_by_predecessor_not_by_the_first_recalled() {
    let dir = "fixtures/akn/unga-79-80-series";
    let import = |file: &str| {
        resdiff()
            .args(["--corpus", &format!("{dir}/corpus"), "import"])
            .arg(format!("{dir}/{file}"))
            .current_dir(repo())
            .assert()
    };
    import("A_RES_80_128-2520741E.xml")
        .code(0)
        .stdout(predicate::str::contains("series = 'tax-cooperation'"))
        .stderr(predicate::str::contains(
            "series `tax-cooperation` proposed: same title as A/RES/79/235 “Promotion of inclusive and effective international tax cooperation at the United Nations” (unga/tax-cooperation@79-235)",
        ));
    // "Commodities" has no 79th-session predecessor: recalling the Sevilla Commitment does
    // not make it one.
    import("A_RES_80_124-2520760E.xml")
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("cannot tell the series").and(predicate::str::contains(
                "A/RES/79/323 “Sevilla Commitment” (unga/sevilla@79-323)",
            )),
        );
}

/// Issue 27 (speed): `import DIR` reads a session in one process and files each text at its
/// corpus place under -o DIR. A file that cannot be read is named and left out (exit 2), the
/// same text twice is written once, and a second run refuses to replace what the first wrote.
#[test]
fn import_of_a_folder_files_each_text_and_names_the_ones_left_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("session");
    std::fs::create_dir_all(inputs.join("French")).expect("mkdir");
    let fixture = |name: &str| repo().join("fixtures/akn/unga-ict4sd").join(name);
    for (name, to) in [
        ("A_RES_80_118-2520736E.xml", "A_RES_80_118-2520736E.xml"),
        (
            "A_RES_80_118-2520736F.xml",
            "French/A_RES_80_118-2520736F.xml",
        ),
        // The same file again, as the 78th session's Russian folder holds French files.
        ("A_RES_80_118-2520736F.xml", "French/copy.xml"),
    ] {
        std::fs::copy(fixture(name), inputs.join(to)).expect("copy");
    }
    std::fs::write(inputs.join("broken.xml"), "<akomaNtoso>").expect("write");
    let out = dir.path().join("corpus");
    let run = || {
        resdiff()
            .args(["--corpus", "resolutions", "import"])
            .arg(&inputs)
            .arg("-o")
            .arg(&out)
            .assert()
    };
    run().code(2).stderr(
        predicate::str::contains("broken.xml")
            .and(predicate::str::contains("make the same text: written once"))
            .and(predicate::str::contains("2 texts of 4 files filed under"))
            .and(predicate::str::contains("1 files left out")),
    );
    for lang in ["en", "fr"] {
        let name = format!("80-118.{lang}.toml");
        let written =
            std::fs::read_to_string(out.join("unga/ict4sd").join(&name)).expect("written");
        let shipped = std::fs::read_to_string(repo().join("resolutions/unga/ict4sd").join(&name))
            .expect("shipped");
        assert!(written == shipped, "{name} is not the shipped corpus file");
    }
    // Nothing is replaced without --force, and a refusal writes nothing.
    let en = out.join("unga/ict4sd/80-118.en.toml");
    std::fs::write(&en, "kept").expect("write");
    std::fs::remove_file(out.join("unga/ict4sd/80-118.fr.toml")).expect("rm");
    run()
        .code(2)
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(std::fs::read_to_string(&en).expect("kept"), "kept");
    assert!(!out.join("unga/ict4sd/80-118.fr.toml").exists());
    // Several files need a corpus folder to go to.
    resdiff()
        .args([
            "import",
            "fixtures/akn/unga-ict4sd/A_RES_80_118-2520736E.xml",
        ])
        .arg(inputs.join("broken.xml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give -o DIR"));
}

#[test]
fn log_lists_the_seven_revisions_in_date_order_with_change_counts() {
    let out = resdiff()
        .args(["log", "unga/ict4sd:en"])
        .current_dir(repo())
        .output()
        .expect("log");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let ids = [
        "74-197", "75-202", "76-189", "77-150", "78-132", "79-194", "80-118",
    ];
    let at: Vec<usize> = ids
        .iter()
        .map(|id| {
            text.find(&format!("  {id}  "))
                .unwrap_or_else(|| panic!("{id}:\n{text}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "date order:\n{text}");
    // Each step after the first says what changed from the one before.
    for (prev, id) in ids.iter().zip(&ids[1..]) {
        let line = text
            .lines()
            .find(|l| l.contains(&format!("  {id}  ")))
            .expect("line");
        assert!(
            line.contains(&format!("from unga/ict4sd@{prev}:en: ")),
            "{line}"
        );
        assert!(line.contains("MOD "), "{line}");
    }
    resdiff()
        .args(["log", "ecosoc/wsis:zh"])
        .current_dir(repo())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("2025-18  2025-07-29"));
}

/// For each operative paragraph of 80/118: the year it first appeared and the year its text
/// last changed.
#[test]
fn blame_dates_each_operative_paragraph_of_80_118() {
    let out = resdiff()
        .args(["blame", "unga/ict4sd@80-118:en", "--format", "json"])
        .current_dir(repo())
        .output()
        .expect("blame");
    assert!(out.status.success());
    let lines: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let operative: Vec<&serde_json::Value> = lines
        .as_array()
        .expect("array")
        .iter()
        .filter(|l| l["section"] == "operative" && l["depth"] == 0)
        .collect();
    assert_eq!(operative.len(), 74, "80/118 has 74 operative paragraphs");
    let years = |l: &serde_json::Value| {
        (
            l["introduced_year"].as_u64().expect("year"),
            l["changed_year"].as_u64().expect("year"),
        )
    };
    for l in &operative {
        let (intro, changed) = years(l);
        assert!((2019..=2025).contains(&intro) && intro <= changed, "{l}");
    }
    // Paragraph 1 ("Recognizes that information and communications technologies have the
    // potential ...") stands in 74/197 and was last reworded in 79/194.
    assert_eq!(years(operative[0]), (2019, 2024));
    // Paragraph 15 ("Emphasizes the role of the Commission on Science and Technology for
    // Development ...") is new in 2025.
    assert_eq!(years(operative[14]), (2025, 2025));
    resdiff()
        .args(["blame", "ecosoc/wsis@2025-18:ar"])
        .current_dir(repo())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("2021-28  2025-18"));
}

fn load(addr: &str) -> resdiff::model::Document {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    corpus
        .load(&addr.parse::<Address>().expect("address"))
        .expect("loads")
}

#[test]
fn the_2024_to_2025_step_in_english_and_arabic() {
    for lang in ["en", "ar"] {
        let old = load(&format!("unga/ict4sd@79-194:{lang}"));
        let new = load(&format!("unga/ict4sd@80-118:{lang}"));
        let diff = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
        let text = diff_text::render(&diff, Style::PLAIN, diff_text::TextOptions { all: true });
        insta::assert_snapshot!(format!("unga-ict4sd__79-194__80-118__{lang}"), text);
    }
}

#[test]
fn operative_paragraphs_sit_in_the_operative_part() {
    let doc = load("ecosoc/wsis@2023-3:en");
    let headings: Vec<&str> = doc
        .sections
        .iter()
        .filter(|s| s.kind.part() == Part::Operative)
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(headings.len(), 5, "{headings:?}");
    assert!(headings[0].starts_with("Taking stock"), "{headings:?}");
}

/// A corpus with 79/194 and a 78/132 whose head does not parse (its title's closing quote
/// lost, as a hand edit may leave it): the folder that holds them.
fn corpus_with_a_broken_head(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("resolutions");
    let series = corpus.join("unga/ict4sd");
    std::fs::create_dir_all(&series).expect("mkdir");
    let shipped = repo().join("resolutions/unga/ict4sd");
    std::fs::copy(
        shipped.join("79-194.fr.toml"),
        series.join("79-194.fr.toml"),
    )
    .expect("copy");
    // 78/132 with its title's closing quote lost, as a hand edit may leave it.
    let text = std::fs::read_to_string(shipped.join("78-132.fr.toml")).expect("78/132");
    let broken = text.replacen("durable'\n", "durable\n", 1);
    assert_ne!(broken, text);
    std::fs::write(series.join("78-132.fr.toml"), broken).expect("write");
    series
}

/// Issue 24: a corpus file whose head does not parse was left out of the title evidence
/// silently; a series proposed without it is said to lack it, naming the file.
#[test]
fn a_corpus_file_with_an_unreadable_head_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let series = corpus_with_a_broken_head(dir.path());
    let corpus = dir.path().join("resolutions");
    resdiff()
        .arg("--corpus")
        .arg(&corpus)
        .args([
            "import",
            "fixtures/akn/unga-ict4sd/A_RES_80_118-2520736F.xml",
        ])
        .current_dir(repo())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("series = 'ict4sd'"))
        .stderr(predicate::str::contains(format!(
            "warning: corpus file {} (",
            series.join("78-132.fr.toml").display()
        )))
        .stderr(predicate::str::contains(
            "78-132.fr.toml (its head does not parse: TOML parse error at line 9, column 101) left out of the title evidence",
        ));
}

/// Issue 24: importing many texts whose series is proposed from titles said the unreadable
/// corpus file once per text; it is said once per run.
#[test]
fn an_unreadable_corpus_file_is_said_once_per_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    corpus_with_a_broken_head(dir.path());
    let out = resdiff()
        .arg("--corpus")
        .arg(dir.path().join("resolutions"))
        .args([
            "import",
            "fixtures/akn/unga-ict4sd/A_RES_80_118-2520736F.xml",
            "fixtures/akn/unga-ict4sd/74_197_F.xml",
            "-o",
        ])
        .arg(dir.path().join("out"))
        .current_dir(repo())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // Both texts are filed by title ...
    assert_eq!(
        stderr.matches("series `ict4sd` proposed").count(),
        2,
        "{stderr}"
    );
    // ... and the file left out is said once.
    let left_out = "78-132.fr.toml (its head does not parse: TOML parse error at line 9, column 101) left out of the title evidence";
    assert_eq!(stderr.matches(left_out).count(), 1, "{stderr}");
}
