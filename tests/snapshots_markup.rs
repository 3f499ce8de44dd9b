//! Snapshot regression of `markup` output: the Res. 30 proposal in Markdown and HTML (full and
//! with NOC collapsed), and the targeted diff fixtures (moves, nested items, section changes) in
//! Markdown. The DOCX is tested structurally and through LibreOffice, not as bytes.

use std::path::{Path, PathBuf};

use resdiff::corpus::load_file;
use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::import::{ImportOptions, import_file};
use resdiff::markup::{self, MarkupOptions, Proposal, ProposalMeta};
use resdiff::model::Document;
use resdiff::render::{proposal_html, proposal_md};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn build(base: &Document, new: &Document, opts: &MarkupOptions) -> Proposal {
    let diff = diff_documents(base, new, &DiffOptions::default()).expect("diff");
    let meta = ProposalMeta {
        proposer: "RCC".into(),
        doc: 23,
        annex: Some(1),
        date: "2017-09-01".into(),
    };
    markup::build(base, new, &diff, meta, opts).expect("markup")
}

#[test]
fn res30_proposal() {
    let dir = repo().join("resolutions/wtdc/030");
    let base = load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai");
    let rcc = load_file(&dir.join("rcc-wtdc17.ar.toml")).expect("rcc");
    let full = build(&base, &rcc, &MarkupOptions::default());
    insta::assert_snapshot!("res30__md", proposal_md::render(&full));
    insta::assert_snapshot!("res30__html", proposal_html::render(&full));
    let short = build(
        &base,
        &rcc,
        &MarkupOptions {
            collapse_noc: true,
            ..MarkupOptions::default()
        },
    );
    insta::assert_snapshot!("res30_collapsed__md", proposal_md::render(&short));
}

fn fixture(case: &str, side: &str) -> Document {
    let path = repo()
        .join("fixtures/diff")
        .join(case)
        .join(format!("{side}.txt"));
    import_file(Path::new(&path), &ImportOptions::default())
        .expect("fixture imports")
        .document
}

#[test]
fn targeted_cases() {
    for case in ["moves", "nested", "sections", "renumbering"] {
        let p = build(
            &fixture(case, "old"),
            &fixture(case, "new"),
            &MarkupOptions::default(),
        );
        insta::assert_snapshot!(format!("case__{case}__md"), proposal_md::render(&p));
    }
}
