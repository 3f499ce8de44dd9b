//! Markup of the Res. 30 pair: both texts come back from the marks, numbering, labels, options.

use std::path::Path;

use super::*;
use crate::diff::{DiffOptions, diff_documents};
use crate::input::corpus::load_file;
use crate::model::{Clause, Document, Language};

fn res30() -> (Document, Document) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    (
        load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai"),
        load_file(&dir.join("rcc-wtdc17.ar.toml")).expect("rcc"),
    )
}

fn meta() -> ProposalMeta {
    ProposalMeta {
        proposer: "RCC".parse().expect("a proposer"),
        doc: Some(23),
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
            let l = c.label.written().trim();
            out.push(if l.is_empty() {
                c.text.clone()
            } else {
                format!("{l}\t{}", c.text)
            });
            walk(out, &c.children);
        }
    }
    let mut out = vec![doc.resolution.title_shown().to_string()];
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
    resno_changes(
        &p,
        "القرار 30 (المراجَع في ",
        "دبي، 2014",
        "بوينس آيرس، 2017",
    );
}

/// The heading's revision tag, old struck and new inserted.
fn resno_changes(p: &Proposal, before: &str, old: &str, new: &str) {
    let resno = &p.paragraphs[1];
    assert_eq!(resno.style, Style::ResNo);
    let want = vec![
        equal(before),
        run(Op::Delete, old),
        run(Op::Insert, new),
        equal(")"),
    ];
    assert_eq!(resno.text, want);
}

#[test]
fn per_provision_every_changed_provision_gets_the_next_number_and_a_reasons_line() {
    let p = proposal(&MarkupOptions {
        numbering: Numbering::PerProvision,
        ..MarkupOptions::default()
    });
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
        reasons: reasons.clone(),
        numbering: Numbering::PerProvision,
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
    // One proposal: the default reason, once, at the end; proposal 2 does not exist.
    let one = proposal(&MarkupOptions {
        reasons: Reasons::parse("default = \"WSIS+10.\"", Path::new("r.toml")).expect("parses"),
        ..MarkupOptions::default()
    });
    let last = one.paragraphs.last().expect("paragraphs");
    assert_eq!(
        (last.style, last.text[0].text.as_str()),
        (Style::Reasons, "الأسباب: WSIS+10.")
    );
    let refused = |reasons: Reasons| {
        let (base, rcc) = res30();
        let diff = diff_documents(&base, &rcc, &DiffOptions::default()).expect("diff");
        let opts = MarkupOptions {
            reasons,
            ..MarkupOptions::default()
        };
        build(&diff, meta(), &opts)
            .expect_err("a reason for a proposal that does not exist")
            .to_string()
    };
    let err = refused(reasons);
    assert!(err.contains("proposal 2, but the proposal has 1"), "{err}");
    let bad = Reasons::parse("999 = \"x\"", Path::new("r.toml")).expect("parses");
    let err = refused(bad);
    assert!(err.contains("proposal 999"), "{err}");
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

/// Diacritics are a normalisation like the others: the runs of such a diff hold one side's
/// vowel marks only, so markup refuses it by name instead of laying out a proposal that rewrites
/// the text it quotes.
#[test]
fn a_diff_ignoring_diacritics_is_refused_by_name() {
    let (base, rcc) = res30();
    let opts = DiffOptions {
        ignore_diacritics: true,
        ..DiffOptions::default()
    };
    let diff = diff_documents(&base, &rcc, &opts).expect("diff");
    let err = build(&diff, meta(), &MarkupOptions::default()).expect_err("normalised");
    assert!(
        err.to_string().contains("made with `ignore_diacritics`"),
        "{err}"
    );
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
/// same proposal (title, venue tag, footnotes, cover and all); for EUR's Res. 1 the new venue
/// tag comes from the formula's runs, as its metadata names no venue.
#[test]
fn the_diff_read_back_from_json_gives_the_same_proposal() {
    let (res1, eur) = res1();
    let (base, rcc) = res30();
    for (old, new) in [(&base, &rcc), (&res1, &res1), (&res1, &eur)] {
        let diff = diff_documents(old, new, &DiffOptions::default()).expect("diff");
        let json = serde_json::to_string(&diff).expect("json");
        let back: crate::diff::DocDiff = serde_json::from_str(&json).expect("reads back");
        let (a, b) = (
            build(&diff, meta(), &MarkupOptions::default()).expect("markup"),
            build(&back, meta(), &MarkupOptions::default()).expect("markup"),
        );
        assert_eq!(a.paragraphs, b.paragraphs);
        assert_eq!(a.cover, b.cover);
        assert_eq!((&a.heading, a.summary), (&b.heading, b.summary));
        assert_eq!(a.footnotes, b.footnotes);
        assert_eq!(a.footnotes, new.footnotes);
    }
}

/// The title is diffed once, with the rest, and the proposal shows that diff.
#[test]
fn a_changed_title_is_marked_from_the_diff() {
    let (base, mut rcc) = res30();
    rcc.resolution
        .title
        .as_mut()
        .expect("title")
        .push_str(" وخطة عام 2030");
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
        rcc.resolution.title.as_deref()
    );
    assert_eq!(
        restitle.rejected().as_deref(),
        base.resolution.title.as_deref()
    );
}

#[test]
fn one_proposal_carries_one_id_above_the_heading_and_one_reasons_at_the_end() {
    let p = proposal(&MarkupOptions::default());
    let apparatus: Vec<(Style, String)> = p
        .paragraphs
        .iter()
        .filter(|q| !q.style.is_text())
        .map(|q| (q.style, q.text.iter().map(|r| r.text.as_str()).collect()))
        .collect();
    assert_eq!(
        apparatus,
        vec![
            (Style::Proposal, "MOD\tRCC/23A1/1".to_string()),
            (Style::Reasons, "الأسباب:".to_string())
        ]
    );
    assert_eq!(p.paragraphs[1].style, Style::ResNo);
    assert_eq!(p.paragraphs.last().map(|q| q.style), Some(Style::Reasons));
    // The same text as the per-provision form: only the apparatus differs. (Tracked counts
    // differ: with no symbol line between them, clauses added whole one after another are one
    // insertion, as LibreOffice counts them.)
    let per = proposal(&MarkupOptions {
        numbering: Numbering::PerProvision,
        ..MarkupOptions::default()
    });
    assert_eq!(p.accepted_text(), per.accepted_text());
    assert_eq!(p.rejected_text(), per.rejected_text());
}

/// WTSA Res. 1 and the EUR fixture that edits it (`fixtures/proposals/README.md`).
fn res1() -> (Document, Document) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (
        load_file(&root.join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("res 1"),
        load_file(&root.join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur"),
    )
}

/// The EUR fixture's proposal against Res. 1.
fn res1_proposal(meta: ProposalMeta, opts: &MarkupOptions) -> Proposal {
    let (base, eur) = res1();
    let diff = diff_documents(&base, &eur, &DiffOptions::default()).expect("diff");
    build(&diff, meta, opts).expect("markup")
}

#[test]
fn heading_takes_venue_and_year_from_the_formula_when_the_metadata_has_none() {
    assert_eq!(res1().1.revision.venue, None);
    let p = res1_proposal(meta(), &MarkupOptions::default());
    resno_changes(&p, "RESOLUTION 1 (REV. ", "HAMMAMET, 2016", "GENEVA, 2022");
}

#[test]
fn every_depth_has_its_own_style() {
    let p = res1_proposal(meta(), &MarkupOptions::default());
    let style_of = |text: &str| {
        p.paragraphs
            .iter()
            .find(|q| q.runs().any(|r| r.text.starts_with(text)))
            .map(|q| q.style)
    };
    // "SECTION 1" of the rules: a section, above its items 1.1, 1.2, ...
    assert_eq!(
        style_of("World Telecommunication Standardization Assembly"),
        Some(Style::Section)
    );
    assert_eq!(
        style_of("The World Telecommunication Standardization Assembly (WTSA), in"),
        Some(Style::Enumlev(1))
    );
    assert_eq!(
        style_of("WTSA shall consider reports"),
        Some(Style::Enumlev(2))
    );
    assert_eq!(
        style_of("propose the allocation of Questions"),
        Some(Style::Enumlev(3))
    );
    assert_eq!(
        style_of("to entrust the study to a single study group"),
        Some(Style::Enumlev(4))
    );
    assert_eq!(Style::Enumlev(4).name(), "enumlev4");
}

#[test]
fn the_cover_comes_from_the_proposal_metadata_unless_flags_say_otherwise() {
    let eur_meta = ProposalMeta {
        proposer: "EUR".parse().expect("a proposer"),
        doc: Some(38),
        annex: Some(1),
        date: "2022-01-10".parse().expect("a date"),
    };
    let p = res1_proposal(eur_meta.clone(), &MarkupOptions::default());
    let c = &p.cover;
    assert_eq!(c.conference.as_deref(), Some("WTSA-20"));
    assert_eq!(c.document, "Addendum 1 to Document 38-E");
    assert_eq!(c.date, "10 January 2022");
    assert_eq!(c.original, "Original: English");
    assert_eq!(c.source, "European Common Proposals");
    assert_eq!(c.title, "Proposed modification to Resolution 1");
    assert_eq!(c.header, "WTSA-20/38(Add.1)-E");
    assert!(c.introduction.is_empty());
    let flagged = MarkupOptions {
        cover: CoverOptions {
            conference: Some("WTSA-24".into()),
            source: Some("France".into()),
            title: Some("Revision of Resolution 1".into()),
            original: Some(Language::Fr),
            introduction: Some("First paragraph\nwrapped.\n\nSecond.\n".into()),
        },
        ..MarkupOptions::default()
    };
    let p = res1_proposal(eur_meta, &flagged);
    let c = &p.cover;
    assert_eq!(c.header, "WTSA-24/38(Add.1)-E");
    assert_eq!(
        (c.source.as_str(), c.title.as_str()),
        ("France", "Revision of Resolution 1")
    );
    assert_eq!(c.original, "Original: French");
    assert_eq!(c.introduction, vec!["First paragraph wrapped.", "Second."]);
}

/// Issue 24: a proposal to revise an ITU Recommendation names it as ITU does, where a
/// resolution's says "RESOLUTION 1" (the clauses are WTSA Res. 1's and the EUR fixture's: only
/// the names are under test).
#[test]
fn a_recommendations_proposal_names_the_recommendation() {
    let (mut base, mut eur) = res1();
    for d in [&mut base, &mut eur] {
        d.resolution.number = "J.1108".parse().ok();
    }
    let diff = diff_documents(&base, &eur, &DiffOptions::default()).expect("diff");
    let p = build(&diff, meta(), &MarkupOptions::default()).expect("markup");
    assert_eq!(
        p.cover.title,
        "Proposed modification to Recommendation ITU-T J.1108"
    );
    assert!(
        p.heading
            .starts_with("Draft revision of Recommendation ITU-T J.1108"),
        "{}",
        p.heading
    );
    let resno = p
        .paragraphs
        .iter()
        .find(|q| q.style == Style::ResNo)
        .expect("resno");
    let text: String = resno.runs().map(|r| r.text.as_str()).collect();
    assert!(text.starts_with("RECOMMENDATION ITU-T J.1108"), "{text}");
}
