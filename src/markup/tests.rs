//! Markup of the Res. 30 pair: both texts come back from the marks, numbering, labels, options.

use std::path::Path;

use super::*;
use crate::diff::{DiffOptions, diff_documents};
use crate::input::corpus::load_file;
use crate::model::{Clause, Document};

fn res30() -> (Document, Document) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    (
        load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai"),
        load_file(&dir.join("rcc-wtdc17.ar.toml")).expect("rcc"),
    )
}

fn meta() -> ProposalMeta {
    ProposalMeta {
        proposer: "RCC".into(),
        doc: 23,
        annex: Some(1),
        date: "2017-09-01".parse().expect("a date"),
    }
}

fn proposal(opts: &MarkupOptions) -> Proposal {
    let (base, rcc) = res30();
    let diff = diff_documents(&base, &rcc, &DiffOptions::default()).expect("diff");
    build(&diff, meta(), opts).expect("markup")
}

/// What a word processor holds for a revision, from the tree alone (no markup code).
fn paragraphs_of(doc: &Document) -> Vec<String> {
    fn walk(out: &mut Vec<String>, cs: &[Clause]) {
        for c in cs {
            let l = c.label.written.trim();
            out.push(if l.is_empty() {
                c.text.clone()
            } else {
                format!("{l}\t{}", c.text)
            });
            walk(out, &c.children);
        }
    }
    let mut out = vec![doc.resolution.title.clone()];
    out.extend(doc.formula.clone());
    for s in &doc.sections {
        out.push(s.heading.clone());
        walk(&mut out, &s.clauses);
    }
    out
}

fn text_without_resno(p: &Proposal, accepted: bool) -> Vec<String> {
    let all = if accepted {
        p.accepted_text()
    } else {
        p.rejected_text()
    };
    // The first text paragraph is the resolution number line, which no tree holds as text.
    all.into_iter().skip(1).collect()
}

#[test]
fn accepting_gives_the_proposal_and_rejecting_gives_the_base() {
    let (base, rcc) = res30();
    let p = proposal(&MarkupOptions::default());
    assert_eq!(text_without_resno(&p, true), paragraphs_of(&rcc));
    assert_eq!(text_without_resno(&p, false), paragraphs_of(&base));
}

#[test]
fn resolution_heading_is_proposal_1_with_its_revision_tag_marked() {
    let p = proposal(&MarkupOptions::default());
    let first: String = p.paragraphs[0]
        .text
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(first, "MOD\tRCC/23A1/1");
    let resno = &p.paragraphs[1];
    assert_eq!(resno.style, Style::ResNo);
    assert_eq!(
        resno.text,
        vec![
            equal("القرار 30 (المراجَع في "),
            run(Op::Delete, "دبي، 2014"),
            run(Op::Insert, "بوينس آيرس، 2017"),
            equal(")"),
        ]
    );
}

#[test]
fn every_changed_provision_gets_the_next_number_and_a_reasons_line() {
    let p = proposal(&MarkupOptions::default());
    let symbols: Vec<String> = p
        .paragraphs
        .iter()
        .filter(|q| q.style == Style::Proposal)
        .map(|q| q.text.iter().map(|r| r.text.as_str()).collect())
        .collect();
    let numbered: Vec<&String> = symbols.iter().filter(|s| s.contains('\t')).collect();
    for (i, s) in numbered.iter().enumerate() {
        assert!(s.ends_with(&format!("\tRCC/23A1/{}", i + 1)), "{s}");
        assert!(!s.starts_with("NOC"), "{s}");
    }
    let reasons = p.paragraphs.iter().filter(|q| q.style == Style::Reasons);
    assert_eq!(reasons.count(), numbered.len());
    // Unchanged top-level clauses show NOC without a number.
    assert!(symbols.iter().any(|s| s == "NOC"));
}

#[test]
fn a_relabelled_clause_shows_old_label_struck_and_new_underlined() {
    let p = proposal(&MarkupOptions::default());
    let relabelled = p
        .paragraphs
        .iter()
        .find(|q| {
            q.label
                .first()
                .is_some_and(|r| r.text == "أ)" && r.op == Op::Delete)
        })
        .expect("old a) deleted");
    assert_eq!(relabelled.label[1], run(Op::Insert, "ه)"));
    assert_eq!(relabelled.label[2], equal("\t"));
}

#[test]
fn collapsing_noc_leaves_single_ellipses_and_keeps_every_change() {
    let full = proposal(&MarkupOptions::default());
    let short = proposal(&MarkupOptions {
        collapse_noc: true,
        ..MarkupOptions::default()
    });
    let is_noc = |q: &Paragraph| q.style == Style::Proposal && q.text[0].text == "NOC";
    assert!(!short.paragraphs.iter().any(is_noc));
    let ellipses = short
        .paragraphs
        .iter()
        .filter(|q| q.style == Style::Ellipsis)
        .count();
    assert!(ellipses > 0);
    assert!(
        short
            .paragraphs
            .windows(2)
            .all(|w| !(w[0].style == Style::Ellipsis && w[1].style == Style::Ellipsis))
    );
    assert_eq!(full.tracked(), short.tracked());
}

#[test]
fn reasons_are_placed_by_number_and_unknown_numbers_refused() {
    let reasons = Reasons::parse(
        "default = \"Alignment with WSIS+10.\"\n2 = \"New recalling a).\"\n",
        Path::new("r.toml"),
    )
    .expect("reasons");
    let p = proposal(&MarkupOptions {
        reasons,
        ..MarkupOptions::default()
    });
    let lines: Vec<String> = p
        .paragraphs
        .iter()
        .filter(|q| q.style == Style::Reasons)
        .map(|q| q.text[0].text.clone())
        .collect();
    assert_eq!(lines[0], "الأسباب: Alignment with WSIS+10.");
    assert_eq!(lines[1], "الأسباب: New recalling a).");

    let bad = Reasons::parse("999 = \"x\"", Path::new("r.toml")).expect("parses");
    let (base, rcc) = res30();
    let diff = diff_documents(&base, &rcc, &DiffOptions::default()).expect("diff");
    let err = build(
        &diff,
        meta(),
        &MarkupOptions {
            reasons: bad,
            ..MarkupOptions::default()
        },
    )
    .expect_err("999 is past the last proposal");
    assert!(err.to_string().contains("proposal 999"), "{err}");
    let key = Reasons::parse("recalling = \"x\"", Path::new("r.toml")).expect_err("bad key");
    assert!(
        key.to_string().starts_with("r.toml: key `recalling`"),
        "{key}"
    );
}

#[test]
fn ids_with_and_without_annex() {
    let mut m = meta();
    assert_eq!(m.id(5), "RCC/23A1/5");
    m.annex = None;
    assert_eq!(m.id(5), "RCC/23/5");
}

#[test]
fn a_normalised_diff_is_refused_naming_its_options() {
    let (base, rcc) = res30();
    let opts = DiffOptions {
        ignore_labels: true,
        ignore_lookalikes: true,
        ..DiffOptions::default()
    };
    let diff = diff_documents(&base, &rcc, &opts).expect("diff");
    let err = build(&diff, meta(), &MarkupOptions::default()).expect_err("normalised");
    assert!(
        matches!(&err, MarkupError::NotExact { options } if options.len() == 2),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("made with `ignore_labels`, `ignore_lookalikes`"),
        "{err}"
    );
}

/// The diff alone is enough: one read back from its JSON, with no document at hand, gives the
/// same proposal (title, venue tag, footnotes and all).
#[test]
fn the_diff_read_back_from_json_gives_the_same_proposal() {
    let res1 = load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtsa/001/hammamet-2016.en.toml"),
    )
    .expect("res 1");
    let (base, rcc) = res30();
    for (old, new) in [(&base, &rcc), (&res1, &res1)] {
        let diff = diff_documents(old, new, &DiffOptions::default()).expect("diff");
        let json = serde_json::to_string(&diff).expect("json");
        let back: crate::diff::DocDiff = serde_json::from_str(&json).expect("reads back");
        let (a, b) = (
            build(&diff, meta(), &MarkupOptions::default()).expect("markup"),
            build(&back, meta(), &MarkupOptions::default()).expect("markup"),
        );
        assert_eq!(a.paragraphs, b.paragraphs);
        assert_eq!((&a.heading, a.summary), (&b.heading, b.summary));
        assert_eq!(a.footnotes, b.footnotes);
        assert_eq!(a.footnotes, new.footnotes);
    }
}

/// The title is diffed once, with the rest, and the proposal shows that diff.
#[test]
fn a_changed_title_is_marked_from_the_diff() {
    let (base, mut rcc) = res30();
    rcc.resolution.title.push_str(" وخطة عام 2030");
    let diff = diff_documents(&base, &rcc, &DiffOptions::default()).expect("diff");
    let title = diff.title.as_ref().expect("title change");
    assert_eq!(title.change, Change::Mod);
    let p = build(&diff, meta(), &MarkupOptions::default()).expect("markup");
    let restitle = p
        .paragraphs
        .iter()
        .find(|q| q.style == Style::Restitle)
        .expect("title paragraph");
    assert_eq!(restitle.text, title.inline);
    assert_eq!(
        restitle.accepted().as_deref(),
        Some(rcc.resolution.title.as_str())
    );
    assert_eq!(
        restitle.rejected().as_deref(),
        Some(base.resolution.title.as_str())
    );
}
