//! The HTML and Markdown proposals lay out a part of the rules as the DOCX does
//! (`markup::Shape`): WTSA Res. 1 against the EUR fixture.

use std::path::Path;

use super::{proposal_html, proposal_md};
use crate::diff::{DiffOptions, diff_documents};
use crate::input::corpus::load_file;
use crate::markup::{MarkupOptions, Proposal, ProposalMeta, build};
use crate::model::Language;

/// WTSA Res. 1 against the EUR fixture, every provision shown.
fn res1(language: Language) -> Proposal {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = load_file(&root.join("resolutions/wtsa/001/hammamet-2016.en.toml"));
    let eur = load_file(&root.join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml"));
    let diff = diff_documents(
        &base.expect("res 1"),
        &eur.expect("eur"),
        &DiffOptions::default(),
    )
    .expect("diff");
    let meta = ProposalMeta {
        proposer: "EUR".parse().expect("a proposer"),
        doc: Some(38),
        annex: Some(1),
        date: "2022-01-10".parse().expect("a date"),
    };
    let mut p = build(&diff, meta, &MarkupOptions::default()).expect("markup");
    // The layout asks only the language: a French text is laid out as its proposal would be.
    p.language = language;
    p
}

#[test]
fn html_and_markdown_show_a_part_of_the_rules_as_the_docx_does() {
    for language in [Language::En, Language::Fr] {
        let p = res1(language);
        let md = proposal_md::render(&p);
        assert!(
            md.contains("\n**SECTION 3**\n\n**Study group management**\n"),
            "{language}: {md}"
        );
        assert!(!md.contains("3 Study group management"), "{language}");
        let html = proposal_html::render(&p);
        assert!(
            html.contains(
                "<p class=\"SectionNo\">SECTION 3</p>\n<p class=\"Sectiontitle\">Study group management</p>"
            ),
            "{language}: {html}"
        );
        // An appendix after the rules is its number and its title, as the DOCX has them.
        assert!(
            html.contains("<p class=\"AppendixNo\">Appendix I (to Resolution 1 (Rev. "),
            "{language}"
        );
        assert!(
            md.contains("**\n\n**Information for submission of a Question**"),
            "{language}"
        );
    }
    // A language whose SECTION word the reader does not read back keeps the numbered line.
    let html = proposal_html::render(&res1(Language::Ar));
    assert!(!html.contains("class=\"SectionNo\""));
    assert!(
        html.contains(
            "<p class=\"Normal\"><span class=\"label\">3</span>Study group management</p>"
        )
    );
}
