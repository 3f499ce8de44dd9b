//! Loader tests: one per class of error, each asserting the line the message names.

use std::path::Path;

use super::*;

const GOOD: &str = r#"language = "en"
formula = "The World Telecommunication Development Conference (Dubai, 2014),"

[resolution]
body = "wtdc"
number = 30
title = "Role of ITU-D in implementing the outcomes of WSIS"

[revision]
id = "dubai-2014"
status = "adopted"
year = 2014
date = "2014-04-10"

[[section]]
kind = "recalling"
heading = "recalling"

[[section.clause]]
label = "a)"
text = "Resolution 71 (Rev. Guadalajara, 2010)"

[[section.clause]]
label = "b)"
text = "the documents adopted by WSIS:"

[[section.clause.clause]]
label = "-"
text = "the Geneva Declaration of Principles;"

[[section.clause.clause]]
label = "-"
text = "the Tunis Commitment;"
"#;

fn load(src: &str) -> Result<Document, LoadError> {
    parse_document(src, Path::new("t.toml"))
}

/// Replaces the first occurrence of `from`; panics if the fixture text is not there, so a test
/// cannot pass by editing nothing.
fn with(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "fixture lacks {from:?}");
    GOOD.replacen(from, to, 1)
}

fn only_problem(src: &str) -> (usize, Problem, String) {
    let err = load(src).expect_err("must fail");
    let msg = err.to_string();
    let [p] = err.problems() else {
        panic!("expected one problem, got: {msg}");
    };
    (p.line, p.problem.clone(), msg)
}

#[test]
fn good_file_loads_with_nesting() {
    let doc = load(GOOD).expect("loads");
    assert_eq!(doc.sections.len(), 1);
    let clauses = &doc.sections[0].clauses;
    assert_eq!(clauses.len(), 2);
    assert_eq!(clauses[1].children.len(), 2);
    assert_eq!(doc.clause_count(), 4);
}

#[test]
fn round_trips_through_writer() {
    let doc = load(GOOD).expect("loads");
    let again = load(&to_toml(&doc)).expect("reloads");
    assert_eq!(doc, again);
}

#[test]
fn unknown_section_kind_names_its_line() {
    let (line, problem, msg) =
        only_problem(&with("kind = \"recalling\"", "kind = \"remembering\""));
    assert_eq!(line, 16);
    assert_eq!(problem, Problem::UnknownSectionKind("remembering".into()));
    assert!(
        msg.starts_with("t.toml:16: unknown section kind `remembering`"),
        "{msg}"
    );
}

#[test]
fn duplicate_label_names_both_lines() {
    let (line, problem, msg) = only_problem(&with("label = \"b)\"", "label = \"a )\""));
    assert_eq!(line, 24);
    assert!(matches!(
        problem,
        Problem::DuplicateLabel { first_line: 20, .. }
    ));
    assert!(
        msg.contains("t.toml:24:") && msg.contains("line 20"),
        "{msg}"
    );
}

#[test]
fn dash_items_may_repeat_but_presentation_forms_do_not_hide_duplicates() {
    assert!(load(GOOD).is_ok());
    let src = with("label = \"a)\"", "label = \"ه)\"").replacen(
        "label = \"b)\"",
        "label = \"\u{feeb})\"",
        1,
    );
    let (line, problem, _) = only_problem(&src);
    assert_eq!(line, 24);
    assert!(matches!(problem, Problem::DuplicateLabel { .. }));
}

#[test]
fn empty_clause_names_its_line() {
    let (line, problem, msg) =
        only_problem(&with("text = \"the Tunis Commitment;\"", "text = \"  \""));
    assert_eq!((line, problem), (33, Problem::EmptyClause));
    assert!(msg.starts_with("t.toml:33: empty clause"), "{msg}");
}

#[test]
fn unknown_language_names_its_line() {
    let (line, problem, msg) = only_problem(&with("language = \"en\"", "language = \"de\""));
    assert_eq!(line, 1);
    assert!(matches!(problem, Problem::UnknownLanguage(_)));
    assert!(
        msg.contains("unknown language `de`") && msg.contains("ar, en, fr, es, ru, zh"),
        "{msg}"
    );
}

#[test]
fn bad_revision_metadata_names_its_line() {
    let cases = [
        (
            "date = \"2014-04-10\"",
            "date = \"10/04/2014\"",
            13,
            "`10/04/2014` is not a date (YYYY-MM-DD)",
        ),
        (
            "date = \"2014-04-10\"",
            "date = \"2014-02-31\"",
            13,
            "`2014-02-31` is not a date: month 2 of 2014 has 28 days",
        ),
        (
            "date = \"2014-04-10\"",
            "date = \"2015-04-10\"",
            13,
            "not in year 2014",
        ),
        (
            "id = \"dubai-2014\"",
            "id = \"Dubai 2014\"",
            10,
            "lowercase",
        ),
        (
            "status = \"adopted\"",
            "status = \"accepted\"",
            11,
            "unknown status",
        ),
        (
            "status = \"adopted\"",
            "status = \"proposal\"",
            11,
            "needs `proposer`",
        ),
        ("year = 2014", "year = 14", 12, "between 1865 and 2100"),
    ];
    for (from, to, want_line, want_text) in cases {
        let (line, problem, msg) = only_problem(&with(from, to));
        assert_eq!(line, want_line, "{to}: {msg}");
        assert!(matches!(problem, Problem::BadRevision(_)), "{to}");
        assert!(msg.contains(want_text), "{to}: {msg}");
    }
}

#[test]
fn bad_label_names_its_line() {
    let (line, problem, _) = only_problem(&with("label = \"a)\"", "label = \"a1b)\""));
    assert_eq!(line, 20);
    assert!(matches!(problem, Problem::BadLabel(_)));
}

#[test]
fn toml_syntax_error_names_its_line() {
    let err = load(&with("heading = \"recalling\"", "heading = \"recalling")).expect_err("fails");
    assert!(matches!(err, LoadError::Syntax { line: 17, .. }), "{err}");
    assert!(
        err.to_string().starts_with("t.toml:17: TOML syntax"),
        "{err}"
    );
}

#[test]
fn unknown_keys_are_refused_not_ignored() {
    let err = load(&with(
        "heading = \"recalling\"",
        "heading = \"recalling\"\nheadng = \"x\"",
    ))
    .expect_err("fails");
    assert!(err.to_string().contains("headng"), "{err}");
    assert!(matches!(err, LoadError::Syntax { line: 18, .. }), "{err}");
}

#[test]
fn all_problems_are_reported_together() {
    let src = with("language = \"en\"", "language = \"xx\"").replacen(
        "text = \"the Tunis Commitment;\"",
        "text = \"\"",
        1,
    );
    let err = load(&src).expect_err("fails");
    let lines: Vec<usize> = err.problems().iter().map(|p| p.line).collect();
    assert_eq!(lines, [1, 33]);
}

#[test]
fn footnote_without_reference_is_refused() {
    let src = format!("{GOOD}\n[[footnote]]\nmark = \"1\"\ntext = \"developing countries\"\n");
    let (line, problem, _) = only_problem(&src);
    assert_eq!(line, 36);
    assert!(matches!(problem, Problem::BadFootnote(..)));
}

#[test]
fn addresses_parse_and_explain_mistakes() {
    let a: Address = "wtdc/30@dubai-2014:ar".parse().expect("parses");
    assert_eq!(a.number, 30);
    assert_eq!(a.revision.as_deref(), Some("dubai-2014"));
    assert_eq!(a.language, Some(Language::Ar));
    let b: Address = "WTDC/030".parse().expect("parses");
    assert_eq!((b.number, b.revision, b.language), (30.into(), None, None));
    for bad in ["wtdc", "itu/30", "wtdc/x", "wtdc/30@", "wtdc/30:de"] {
        let err = bad.parse::<Address>().expect_err(bad).to_string();
        assert!(
            err.contains(bad) && err.contains("expected body/number@revision:lang"),
            "{err}"
        );
    }
}

/// A document of `n` one-word clauses, as an import would make it.
fn clauses(n: usize) -> crate::model::Document {
    let mut doc = crate::input::import_text(
        "The World Telecommunication Development Conference (Dubai, 2014),\nresolves\n1\ta\n",
        &crate::input::ImportOptions {
            number: Some(crate::model::ResNumber::Number(1)),
            title: Some("T".into()),
            ..Default::default()
        },
    )
    .expect("imports")
    .document;
    let one = doc.sections[0].clauses[0].clone();
    doc.sections[0].clauses = vec![one; n];
    for c in &mut doc.sections[0].clauses {
        c.label = crate::model::Label::none();
    }
    doc
}

#[test]
fn every_input_is_held_to_the_clause_cap() {
    use crate::input::limits::MAX_CLAUSES;
    let path = std::path::Path::new("big");
    // Imports (plain, DOCX, Akoma Ntoso) and loaded files go through the same check.
    check_document(clauses(MAX_CLAUSES), path, Check::Full).expect("at the cap");
    let err = check_document(clauses(MAX_CLAUSES + 1), path, Check::Full).unwrap_err();
    assert_eq!(
        err.problems()
            .iter()
            .map(|p| &p.problem)
            .collect::<Vec<_>>(),
        [&Problem::TooManyClauses(MAX_CLAUSES)]
    );
}

#[test]
fn stand_ins_and_blanks_are_refused_as_the_types_refuse_them() {
    let cases = [
        // `unknown` is what a text that gives no id shows; a corpus text gives one.
        (
            "id = \"dubai-2014\"",
            "id = \"unknown\"",
            10,
            "stands for an id",
        ),
        ("id = \"dubai-2014\"", "id = \"\"", 10, "lowercase"),
        (
            "status = \"adopted\"",
            "status = \"adopted\"\nproposer = \" \"",
            11,
            "`proposer` is empty",
        ),
        (
            "status = \"adopted\"",
            "status = \"proposal\"\nproposer = \"\"",
            11,
            "needs `proposer`",
        ),
        // A base is a revision's id, checked as the id is.
        (
            "status = \"adopted\"",
            "status = \"adopted\"\nbase = \"../x\"",
            12,
            "base id `../x` must be lowercase",
        ),
        (
            "status = \"adopted\"",
            "status = \"adopted\"\nbase = \"unknown\"",
            12,
            "base id `unknown` stands for an id",
        ),
    ];
    for (from, to, want_line, want_text) in cases {
        let (line, problem, msg) = only_problem(&with(from, to));
        assert_eq!(line, want_line, "{to}: {msg}");
        assert!(matches!(problem, Problem::BadRevision(_)), "{to}");
        assert!(msg.contains(want_text), "{to}: {msg}");
    }
}
