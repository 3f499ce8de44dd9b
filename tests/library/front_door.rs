//! The library's front door: `resdiff::compare` and `Comparison` on real texts, against what the
//! pipeline gives when driven stage by stage.

use crate::common;

use resdiff::diff::{Normalisation, diff_documents};
use resdiff::input::corpus::load_file;
use resdiff::render::{Style, diff_text};
use resdiff::{Change, Comparison, DiffOptions, ImportError, Language, compare, compare_files};

const HEAD: &str = "RESOLUTION 30 (Rev. Dubai, 2014)\nRole of ITU-D in implementing WSIS\n";

fn text(formula_venue: &str, first: &str) -> String {
    format!(
        "{HEAD}The World Telecommunication Development Conference ({formula_venue}),\nresolves\n\
         1\t{first};\n2\tto report to the Council,\n"
    )
}

#[test]
fn two_strings_give_a_clause_level_diff() {
    let diff = compare(
        &text("Dubai, 2014", "to continue the work"),
        &text(
            "Kigali, 2017",
            "to continue the work with the other Sectors",
        ),
    )
    .expect("comparable");
    assert_eq!(diff.old.language, Language::En);
    let clauses = &diff.sections[0].clauses;
    assert_eq!(
        clauses.iter().map(|c| c.change).collect::<Vec<_>>(),
        [Change::Mod, Change::Noc]
    );
    let told = Comparison::new()
        .texts(&text("Dubai, 2014", "a"), &text("Dubai, 2014", "b"))
        .expect("comparable");
    assert_eq!(
        told.old_warnings[0].message,
        "no language given: read as `en` from the script and the headings"
    );
    let shown = diff_text::render(&diff, Style::PLAIN, Default::default());
    assert!(
        shown.contains("MOD   1  to continue the work{+ with the other Sectors+};"),
        "{shown}"
    );
}

#[test]
fn files_give_the_diff_the_stages_give() {
    let repo = common::repo();
    let (old, new) = (
        repo.join("resolutions/wtdc/030/dubai-2014.ar.toml"),
        repo.join("resolutions/wtdc/030/rcc-wtdc17.ar.toml"),
    );
    let front = compare_files(&old, &new).expect("comparable");
    let staged = diff_documents(
        &load_file(&old).expect("old"),
        &load_file(&new).expect("new"),
        &DiffOptions::default(),
    )
    .expect("comparable");
    assert_eq!(
        serde_json::to_value(&front).expect("json"),
        serde_json::to_value(&staged).expect("json")
    );
}

#[test]
fn plain_text_files_borrow_metadata_and_detect_arabic() {
    let repo = common::repo();
    let compared = Comparison::new()
        .files(
            &repo.join("resolutions/wtdc/030/dubai-2014.ar.toml"),
            &repo.join("fixtures/wtdc-030-rcc-wtdc17.ar.txt"),
        )
        .expect("comparable");
    assert_eq!(compared.diff.new.language, Language::Ar);
    assert!(compared.diff.has_changes());
}

#[test]
fn the_language_is_read_from_headings_or_refused() {
    // Front matter without a language; the heading `décide` says French.
    let french = "+++\n[resolution]\nbody = \"wtdc\"\nnumber = 30\ntitle = \"Rôle\"\n\
                  [revision]\nid = \"dubai-2014\"\nyear = 2014\n+++\ndécide\n1\tde poursuivre;\n";
    let got = compare(french, french);
    assert!(
        got.as_ref()
            .is_ok_and(|d| d.old.language == Language::Fr && !d.has_changes()),
        "{got:?}"
    );
    let no_heading = "RESOLUTION 30\nTitle\n1\tsomething;\n";
    let err = compare(no_heading, no_heading).expect_err("no heading, no language");
    assert!(
        matches!(
            err,
            resdiff::CompareError::Import {
                source: ImportError::Missing { .. }
                    | ImportError::Language { .. }
                    | ImportError::NoSections,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().starts_with("new text: "), "{err}");
}

/// `Comparison` switches every normalisation of the table, diacritics included, and gives the
/// diff the stages give with the same options.
#[test]
fn every_normalisation_reaches_the_diff() {
    let repo = common::repo();
    let (old, new) = (
        repo.join("resolutions/wtdc/030/dubai-2014.ar.toml"),
        repo.join("resolutions/wtdc/030/rcc-wtdc17.ar.toml"),
    );
    let (old_doc, new_doc) = (load_file(&old).expect("old"), load_file(&new).expect("new"));
    for n in Normalisation::ALL {
        let front = Comparison::new()
            .normalisation(n, true)
            .files(&old, &new)
            .expect("comparable")
            .diff;
        assert_eq!(front.options.normalisations(), [n]);
        let mut options = DiffOptions::default();
        n.set(&mut options, true);
        let staged = diff_documents(&old_doc, &new_doc, &options).expect("comparable");
        assert_eq!(
            serde_json::to_value(&front).expect("json"),
            serde_json::to_value(&staged).expect("json"),
            "{n}"
        );
    }
    let named = Comparison::new()
        .ignore_diacritics(true)
        .files(&old, &new)
        .expect("comparable");
    assert!(named.diff.options.ignore_diacritics);
}

#[test]
fn a_given_language_wins_and_options_apply() {
    let old = text("Dubai, 2014", "to continue  the work");
    let new = text("Dubai, 2014", "to continue the work");
    let strict = Comparison::new().language(Language::En).texts(&old, &new);
    assert!(strict.expect("comparable").diff.has_changes());
    let loose = Comparison::new()
        .language(Language::En)
        .ignore_whitespace(true)
        .texts(&old, &new)
        .expect("comparable");
    assert!(!loose.diff.has_changes());
    assert!(loose.diff.options.ignore_whitespace);
}

#[test]
fn colour_asked_for_is_colour_given_off_a_terminal() {
    // The test harness's stdout is not a terminal; the style alone decides.
    let diff = compare(
        &text("Dubai, 2014", "to continue the work"),
        &text("Dubai, 2014", "to continue"),
    )
    .expect("comparable");
    let coloured = diff_text::render(&diff, Style::COLOR, Default::default());
    assert!(coloured.contains("\u{1b}[31m"), "{coloured:?}");
    let plain = diff_text::render(&diff, Style::PLAIN, Default::default());
    assert!(!plain.contains('\u{1b}'));
}
