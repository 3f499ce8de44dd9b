//! Importer tests on the seed (RCC's proposal, Part II), on the clean Res. 30 fixtures and on
//! an English text in ITU's shape.

use std::path::{Path, PathBuf};

use super::*;
use crate::input::corpus::{load_file, parse_document, parse_document_with, to_toml};
use crate::model::{Scheme, SectionKind};

mod headings;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

const SEED: &str = "fixtures/seed/004_e26b540f71939401.txt";

fn seed_options() -> ImportOptions {
    ImportOptions {
        language: Some(Language::Ar),
        body: Some(Body::Wtdc),
        number: Some(30.into()),
        title: Some("دور قطاع تنمية الاتصالات".into()),
        revision: Some("rcc-raw".into()),
        status: Some(Status::Proposal),
        proposer: Some("RCC".into()),
        year: Some(2017),
        ..ImportOptions::default()
    }
}

fn import_seed() -> Imported {
    import_file(&repo(SEED), &seed_options()).expect("seed imports")
}

/// Options of a command that compares: metadata nothing gives stays unknown.
fn lenient() -> ImportOptions {
    ImportOptions {
        allow_unknown: true,
        ..ImportOptions::default()
    }
}

fn warned(imported: &Imported, line: usize, needle: &str) -> bool {
    imported
        .warnings
        .iter()
        .any(|w| w.line == line && w.message.contains(needle))
}

#[test]
fn seed_part_two_has_the_eleven_sections_of_res_30() {
    let doc = import_seed().document;
    let kinds: Vec<SectionKind> = doc.sections.iter().map(|s| s.kind).collect();
    use SectionKind::*;
    assert_eq!(
        kinds,
        [
            Recalling,
            Recognizing,
            RecognizingFurther,
            BearingInMind,
            Noting,
            NotingFurther,
            ResolvesToInvite,
            Instructs,
            InstructsFurther,
            Invites,
            RequestsSg
        ]
    );
    assert_eq!(
        doc.formula.as_deref(),
        Some("إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014بوينس آيرس، 2017)،")
    );
    // The raw recalling section holds old and new clauses side by side: 13 paragraphs.
    assert_eq!(doc.sections[0].clauses.len(), 13);
    // The dash items of old f) nest under it, the bullets of noting b) under b).
    assert_eq!(doc.sections[0].clauses[10].children.len(), 2);
    assert_eq!(
        doc.sections[4].clauses[1].children[0].label.scheme(),
        Scheme::Bullet
    );
}

#[test]
fn seed_artifacts_and_lookalikes_are_reported_not_fixed() {
    let imported = import_seed();
    assert!(warned(&imported, 36, "[bookmark: _GoBack]"));
    assert!(warned(&imported, 89, "`А/70/125` contains Cyrillic U+0410"));
    assert!(warned(&imported, 38, "holds two labels (أ/ه)"));
    assert!(warned(&imported, 47, "repeats the label of line 40"));
    assert!(warned(
        &imported,
        101,
        "label `45` follows `4` (expected `5`)"
    ));
    assert!(warned(&imported, 1, "lines 1-31"));
    let text = &imported.document.sections[8].clauses[1].text;
    assert!(!text.contains("bookmark"));
    let instructs_2 = &imported.document.sections[7].clauses[1].text;
    assert!(
        instructs_2.contains("А/70/125"),
        "look-alike kept as written"
    );
}

#[test]
fn seed_footnote_is_kept_with_its_mark() {
    let doc = import_seed().document;
    assert_eq!(doc.footnotes.len(), 1);
    assert!(doc.footnotes[0].text.starts_with("تشمل أقل البلدان نمواً"));
    assert!(doc.sections[6].clauses[0].text.contains("النامية[^1]"));
}

#[test]
fn seed_round_trips_through_toml_and_text() {
    let doc = import_seed().document;
    let toml = to_toml(&doc);
    let from_toml = parse_document_with(&toml, Path::new("raw.toml"), Check::AllowDuplicateLabels)
        .expect("toml");
    assert_eq!(from_toml, doc);
    let text = to_plain_text(&from_toml);
    let again = import_text(&text, &ImportOptions::default()).expect("text");
    assert_eq!(again.document, doc);
    assert_eq!(to_toml(&again.document), toml);
}

#[test]
fn raw_seed_is_refused_by_the_strict_loader_at_the_duplicate() {
    let toml = to_toml(&import_seed().document);
    let err = parse_document(&toml, Path::new("raw.toml")).expect_err("duplicate ز");
    assert!(err.to_string().contains("duplicate label `ز )`"), "{err}");
}

#[test]
fn clean_fixtures_import_to_the_shipped_corpus_files() {
    for rev in ["dubai-2014", "rcc-wtdc17"] {
        let txt = repo(&format!("fixtures/wtdc-030-{rev}.ar.txt"));
        let toml = repo(&format!("resolutions/wtdc/030/{rev}.ar.toml"));
        let imported = import_file(&txt, &ImportOptions::default()).expect("imports");
        let shipped = load_file(&toml).expect("loads");
        assert_eq!(
            imported.document, shipped,
            "{rev}: fixture and corpus differ"
        );
        // TOML -> text -> TOML is lossless.
        let again =
            import_text(&to_plain_text(&shipped), &ImportOptions::default()).expect("again");
        assert_eq!(to_toml(&again.document), to_toml(&shipped));
    }
}

#[test]
fn english_text_in_itu_shape_with_inferred_metadata() {
    let path = repo("fixtures/import/res30-excerpt.en.txt");
    let opts = ImportOptions {
        language: Some(Language::En),
        ..ImportOptions::default()
    };
    let doc = import_file(&path, &opts).expect("imports").document;
    assert_eq!(doc.address(), "wtdc/30@dubai-2014:en");
    assert!(doc.resolution.title_shown().starts_with("Role of the ITU"));
    let counts: Vec<usize> = doc.sections.iter().map(|s| s.clauses.len()).collect();
    assert_eq!(counts, [8, 1, 2, 1]);
    let f = &doc.sections[0].clauses[5];
    assert_eq!((f.label.norm(), f.children.len()), ("f", 2));
    let quoted = &doc.sections[2].clauses[1].children;
    assert_eq!(quoted.len(), 2);
    assert_eq!(quoted[1].label.norm(), "'2'");
    assert_eq!(doc.footnotes[0].mark, "1");
}

#[test]
fn text_before_any_heading_is_an_error_naming_the_line() {
    let text = "The World Telecommunication Development Conference (Dubai, 2014),\nstray paragraph\nrecalling\na)\tx;\n";
    let opts = ImportOptions {
        language: Some(Language::En),
        number: Some(30.into()),
        title: Some("t".into()),
        ..ImportOptions::default()
    };
    let err = import_text(text, &opts).expect_err("orphan");
    assert!(matches!(err, ImportError::Orphan { line: 2, .. }), "{err}");
}

#[test]
fn missing_metadata_names_the_field() {
    let text = "recalling\na)\tx;\n";
    let opts = ImportOptions {
        language: Some(Language::En),
        ..ImportOptions::default()
    };
    let err = import_text(text, &opts).expect_err("no body");
    let ImportError::Missing(fields) = &err else {
        panic!("{err}");
    };
    assert_eq!(
        fields,
        &[
            Field::Body,
            Field::Number,
            Field::Title,
            Field::Year,
            Field::Revision
        ]
    );
    assert_eq!(
        err.to_string(),
        "cannot tell the body, the resolution number, the resolution title, the year and the revision id"
    );
    // A text whose language nothing tells (no letters, or letters no heading places) is refused
    // naming the candidates; one with an English heading needs nothing.
    let err = import_text("1\t2;\n", &ImportOptions::default()).expect_err("no letters");
    assert_eq!(
        err.to_string(),
        "cannot tell the language: the text has no letters"
    );
    let err = import_text("a)\tx;\n", &ImportOptions::default())
        .expect_err("no lang, and no heading to read it from");
    assert_eq!(
        err.to_string(),
        "cannot tell the language: it reads as en or fr or es"
    );
    let lenient = ImportOptions {
        allow_unknown: true,
        ..ImportOptions::default()
    };
    let doc = import_text(text, &lenient)
        .expect("unknown metadata")
        .document;
    assert_eq!(doc.language, Language::En);
    assert_eq!(doc.address(), "unknown/unknown@unknown:en");
}

#[test]
fn an_unspecified_language_is_read_from_the_headings_and_reported() {
    let text = "+++\n[resolution]\nbody = \"wtdc\"\nnumber = 30\ntitle = \"t\"\n[revision]\n\
                id = \"x\"\nyear = 2014\n+++\nإذ يذكّر\nأ)\tنص؛\n";
    let got = import_text(text, &ImportOptions::default()).expect("imports");
    assert_eq!(got.document.language, Language::Ar);
    assert_eq!(
        got.warnings[0].message,
        "no language given: read as `ar` from the script and the headings"
    );
    // Two scripts half and half: no guess.
    let tie = "recalling\na)\tx;\nإذ يذكّر\nأ)\tنص؛\n";
    assert_eq!(crate::input::detect_language(tie), None);
    assert_eq!(
        crate::input::detect_language("considérant\na)\tx;\n"),
        Some(Language::Fr)
    );
}

#[test]
fn bad_front_matter_names_its_line() {
    let text = "+++\nlanguage = \"en\"\n[revision]\nyear = \"soon\"\n+++\nrecalling\na)\tx;\n";
    let err = import_text(text, &ImportOptions::default()).expect_err("bad year");
    assert!(
        matches!(err, ImportError::FrontMatter { line: 4, .. }),
        "{err}"
    );
}

#[test]
fn text_without_headings_is_refused() {
    let err = import_text("just a letter\n", &seed_options()).expect_err("nothing");
    assert!(matches!(err, ImportError::NoSections));
}

/// Clause paths (model) on a text that nests three deep: each names its clause again.
#[test]
fn every_clause_is_found_again_by_its_path() {
    let path = repo("resolutions/wtsa/001/hammamet-2016.en.toml");
    let doc = load_file(&path).expect("res 1");
    let all = doc.clauses();
    assert_eq!(all.len(), doc.clause_count());
    assert!(all.iter().any(|(p, _)| p.depth() >= 2), "Res. 1 nests");
    for (p, c) in &all {
        assert!(std::ptr::eq(doc.clause(p).expect("found"), *c), "{p}");
    }
    let deep = all.iter().map(|(p, _)| p).max_by_key(|p| p.depth());
    let deep = deep.expect("a clause");
    assert_eq!(deep.to_string().matches('.').count(), deep.depth());
    assert!(doc.clause(&deep.child(999)).is_none());
}
