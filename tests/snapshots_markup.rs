//! Snapshot regression of `markup` output: the Res. 30 proposal in Markdown and HTML (full and
//! with NOC collapsed), and the targeted diff fixtures (moves, nested items, section changes) in
//! Markdown. The DOCX is tested structurally and through LibreOffice, not as bytes.

use resdiff::markup::MarkupOptions;
use resdiff::render::{proposal_html, proposal_md};

mod common;
use common::{diff_fixture as fixture, proposal, res30_proposal};

#[test]
fn res30() {
    let full = res30_proposal(&MarkupOptions::default());
    insta::assert_snapshot!("res30__md", proposal_md::render(&full));
    insta::assert_snapshot!("res30__html", proposal_html::render(&full));
    let short = res30_proposal(&MarkupOptions {
        collapse_noc: true,
        ..MarkupOptions::default()
    });
    insta::assert_snapshot!("res30_collapsed__md", proposal_md::render(&short));
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
