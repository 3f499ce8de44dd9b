//! Snapshot regression of `markup` output, each proposal form: the Res. 30 proposal as one
//! proposal (Markdown and HTML), per provision, and with NOC collapsed; WTSA Res. 1 against the
//! EUR fixture (nesting five deep, heading from the formula, cover from the metadata) as one
//! proposal and per provision, both collapsed; and the targeted diff fixtures (moves, nested
//! items, section changes) in Markdown. The DOCX is tested by reading it back
//! (`markup_readback.rs`) and through LibreOffice (`markup_docx.rs`), not as bytes.

use resdiff::input::corpus::load_file;
use resdiff::markup::{CoverOptions, MarkupOptions, Numbering};
use resdiff::render::{proposal_html, proposal_md};

use crate::common;
use common::{diff_fixture as fixture, proposal, proposal_by, repo, res30_proposal};

/// The EUR fixture's proposal as WTSA-20 Document 38 Addendum 1.
fn eur_proposal(
    base: &resdiff::model::Document,
    eur: &resdiff::model::Document,
    opts: &MarkupOptions,
) -> resdiff::markup::Proposal {
    let meta = resdiff::markup::ProposalMeta {
        proposer: "EUR".parse().expect("a proposer"),
        doc: Some(38),
        annex: Some(1),
        date: "2022-01-10".parse().expect("a date"),
    };
    proposal_by(base, eur, meta, opts)
}

fn per_provision() -> MarkupOptions {
    MarkupOptions {
        numbering: Numbering::PerProvision,
        ..MarkupOptions::default()
    }
}

#[test]
fn res30() {
    let full = res30_proposal(&MarkupOptions::default());
    insta::assert_snapshot!("res30__md", proposal_md::render(&full));
    insta::assert_snapshot!("res30__html", proposal_html::render(&full));
    let per = res30_proposal(&per_provision());
    insta::assert_snapshot!("res30_per_provision__md", proposal_md::render(&per));
    let short = res30_proposal(&MarkupOptions {
        collapse_noc: true,
        ..MarkupOptions::default()
    });
    insta::assert_snapshot!("res30_collapsed__md", proposal_md::render(&short));
}

#[test]
fn res1_eur_fixture() {
    let base =
        load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("res 1");
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let cover = CoverOptions {
        introduction: Some(
            "CEPT proposes to bring Resolution 1 up to date.\n\nThe changes are marked.".into(),
        ),
        ..CoverOptions::default()
    };
    let one = eur_proposal(
        &base,
        &eur,
        &MarkupOptions {
            collapse_noc: true,
            cover: cover.clone(),
            ..MarkupOptions::default()
        },
    );
    insta::assert_snapshot!("res1_collapsed__md", proposal_md::render(&one));
    insta::assert_snapshot!("res1_collapsed__html", proposal_html::render(&one));
    let per = eur_proposal(
        &base,
        &eur,
        &MarkupOptions {
            collapse_noc: true,
            cover,
            ..per_provision()
        },
    );
    insta::assert_snapshot!(
        "res1_per_provision_collapsed__md",
        proposal_md::render(&per)
    );
}

#[test]
fn un_instructions() {
    use resdiff::markup::amend;
    use resdiff::render::amend_text;
    let words = |old: &resdiff::model::Document, new: &resdiff::model::Document| {
        let diff = resdiff::diff::diff_documents(old, new, &Default::default()).expect("diff");
        amend_text::render(&amend::build(&diff).expect("instructions"), old.language).0
    };
    let base =
        load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("res 1");
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    insta::assert_snapshot!("res1_un__txt", words(&base, &eur));
    for case in ["renumbering", "nested", "moves"] {
        let (old, new) = (fixture(case, "old"), fixture(case, "new"));
        insta::assert_snapshot!(format!("case__{case}__un_txt"), words(&old, &new));
    }
}

#[test]
fn targeted_cases() {
    for case in ["moves", "nested", "sections", "renumbering"] {
        let p = proposal(
            &fixture(case, "old"),
            &fixture(case, "new"),
            &MarkupOptions::default(),
        );
        insta::assert_snapshot!(format!("case__{case}__md"), proposal_md::render(&p));
    }
}
