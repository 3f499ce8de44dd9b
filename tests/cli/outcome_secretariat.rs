//! `outcome` as a secretariat reads it, on WTSA Res. 1 (Rev. Hammamet, 2016): a proposal that
//! amends a provision the conference deleted, and one that only renumbers a provision.

use crate::common;

use common::res1::*;
use resdiff::model::{Label, Stage};
use resdiff::track::outcome::{Item, Outcome, Verdict, outcome};

fn adopted(mut doc: resdiff::Document) -> resdiff::Document {
    doc.revision.id = "geneva-2022".parse().ok();
    doc.revision.stage = Stage::Adopted(None);
    doc.revision.base = None;
    doc
}

fn item<'o>(o: &'o Outcome, label: &str) -> &'o Item {
    o.items
        .iter()
        .find(|i| i.label.as_deref() == Some(label))
        .unwrap_or_else(|| panic!("{label}: {:#?}", o.items))
}

/// A MOD to 1.8, which the conference deleted: not adopted, and said so; before, "adopted
/// differently".
#[test]
fn an_amendment_to_a_deleted_provision_is_not_adopted() {
    let base = base();
    let p = proposal("p", &[SECOND_1_8]);
    let a = adopted(suppressing("a", &["1.8"]));
    let o = outcome(&base, &p, &a).expect("outcome");
    let i = item(&o, "1.8");
    assert_eq!(i.verdict, Verdict::NotAdoptedDeleted, "{i:?}");
    assert_eq!(i.verdict.as_str(), "not adopted (provision deleted)");
    assert_eq!(o.summary["not adopted (provision deleted)"], 1);
}

fn relabel(doc: &mut resdiff::Document, from: &str, to: &str) {
    let c = doc
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, from))
        .unwrap_or_else(|| panic!("{from}"));
    c.label = Label::parse(to).expect("label");
}

/// A proposal that only renumbers 1.13 as 1.14. The adopted text keeps 1.13 (and rewords
/// it, after another proposal): the renumbering was not adopted; before, "adopted
/// differently". Where the adopted text numbers it 1.14 too, it was adopted.
#[test]
fn a_renumbering_is_judged_against_the_adopted_numbering() {
    let base = base();
    let mut p = proposal("p", &[]);
    relabel(&mut p, "1.13", "1.14");
    let kept = adopted(proposal("a", &[("1.13", "Voting", "Voting at WTSA")]));
    let o = outcome(&base, &p, &kept).expect("outcome");
    assert_eq!(o.items.len(), 1, "{:#?}", o.items);
    assert_eq!(o.items[0].verdict, Verdict::NotAdopted, "{:?}", o.items[0]);
    assert_eq!(o.items[0].base_label.as_deref(), Some("1.13"));
    let line = resdiff::render::report::text::outcome(&o, resdiff::Style::PLAIN);
    assert!(line.contains("1.13 (proposal: 1.14)"), "{line}");

    let mut taken = adopted(proposal("a", &[("1.13", "Voting", "Voting at WTSA")]));
    relabel(&mut taken, "1.13", "1.14");
    let o = outcome(&base, &p, &taken).expect("outcome");
    assert_eq!(o.items[0].verdict, Verdict::Adopted, "{:?}", o.items[0]);
}

/// A section of no known kind (a Recommendation's "recommends", which resdiff has no kind for
/// yet) is named by its heading in the rows, not "other".
#[test]
fn a_section_of_no_known_kind_is_named_by_its_heading() {
    let recommends = |mut d: resdiff::Document| {
        for s in &mut d.sections {
            if s.kind == resdiff::model::SectionKind::Resolves {
                s.kind = resdiff::model::SectionKind::Other;
                s.heading = "recommends".into();
            }
        }
        d
    };
    let base = recommends(base());
    let p = recommends(proposal("p", &[SECOND_1_8]));
    let o = outcome(&base, &p, &adopted(p.clone())).expect("outcome");
    assert_eq!(o.items.len(), 1, "{:#?}", o.items);
    assert_eq!(o.items[0].section, "recommends");
}

/// Res. 1 with 1.10 (and its items) moved to Section 4 as 4.4bis, and 1.11 to 1.13 (with
/// 1.11.1 to 1.11.3) renumbered one down to close the gap, as a delegation writes a move.
fn moving_1_10(id: &str) -> resdiff::Document {
    let mut p = proposal(id, &[]);
    let one = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "1"))
        .expect("1");
    let at = one
        .children
        .iter()
        .position(|c| c.label.written() == "1.10")
        .expect("1.10");
    let mut moved = one.children.remove(at);
    fn down(c: &mut resdiff::model::Clause) {
        let l = c.label.written().to_string();
        let mut parts: Vec<String> = l.split('.').map(str::to_string).collect();
        if let Some(n) = parts.get(1).and_then(|n| n.parse::<u32>().ok()) {
            parts[1] = (n - 1).to_string();
            c.label = Label::parse(&parts.join(".")).expect("label");
        }
        c.children.iter_mut().for_each(down);
    }
    one.children[at..].iter_mut().for_each(down);
    moved.label = Label::parse("4.4bis").expect("label");
    let four = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "4"))
        .expect("4");
    let after = four
        .children
        .iter()
        .position(|c| c.label.written() == "4.4")
        .expect("4.4");
    four.children.insert(after + 1, moved);
    p
}

/// One move is one row: at its new place, the base's number beside, and the renumbering that
/// closes the gap in it; before, 8 "not adopted" rows (SUP*, ADD* and six renumberings).
#[test]
fn a_move_is_one_row_with_its_renumbering() {
    let base = base();
    let p = moving_1_10("p");
    let o = outcome(&base, &p, &adopted(base.clone())).expect("outcome");
    assert_eq!(o.items.len(), 1, "{:#?}", o.items);
    let row = &o.items[0];
    assert_eq!(row.label.as_deref(), Some("4.4bis"));
    assert_eq!(row.base_label.as_deref(), Some("1.10"));
    assert_eq!(row.verdict, Verdict::NotAdopted);
    let renumbered: Vec<(&str, &str)> = row
        .renumbered
        .iter()
        .map(|r| (r.base.as_str(), r.proposal.as_str()))
        .collect();
    assert_eq!(renumbered.len(), 6, "{renumbered:?}");
    assert_eq!(renumbered[0], ("1.11", "1.10"));
    assert!(renumbered.contains(&("1.11.3", "1.10.3")));
    let text = resdiff::render::report::text::outcome(&o, resdiff::Style::PLAIN);
    assert!(
        text.contains("resolves 1.10 (proposal: 4.4bis) [renumbers 1.11 → 1.10 … 1.13 → 1.12, 6 provisions]  ADD*"),
        "{text}"
    );
    let html = resdiff::render::report::outcome_html::table(&o);
    assert!(html.contains("<b>1.10</b> (proposal: 4.4bis)"), "{html}");
    // Taken by the conference: the one row is adopted.
    let o = outcome(&base, &p, &adopted(moving_1_10("a"))).expect("outcome");
    assert_eq!(o.items.len(), 1, "{:#?}", o.items);
    assert_eq!(o.items[0].verdict, Verdict::Adopted);
}

/// A UN resolution's preambular paragraphs have no labels: the rows name them as the UN counts
/// them, the base's PP number first and the proposal's beside it; before, "¶" for all.
#[test]
fn unlabelled_paragraphs_are_named_by_the_base_count() {
    let load =
        |p: &str| resdiff::input::corpus::load_file(&common::repo().join(p)).expect("corpus text");
    let old = load("resolutions/unga/ict4sd/79-194.en.toml");
    let new = load("resolutions/unga/ict4sd/80-118.en.toml");
    let o = outcome(&old, &new, &new).expect("outcome");
    let at = |label: &str| {
        o.items
            .iter()
            .find(|i| i.label.as_deref() == Some(label))
            .unwrap_or_else(|| panic!("{label}: {:#?}", o.items))
    };
    assert_eq!(at("PP1").base_label, None);
    // "Reaffirming the New Urban Agenda": PP5 of 79/194, PP6 of 80/118.
    let urban = at("PP6");
    assert_eq!(urban.base_label.as_deref(), Some("PP5"));
    assert!(
        urban
            .base
            .as_deref()
            .is_some_and(|t| t.contains("New Urban Agenda"))
    );
    assert!(o.items.iter().all(|i| i.label.is_some()), "{:#?}", o.items);
    let html = resdiff::render::report::outcome_html::table(&o);
    assert!(html.contains("<b>PP5</b> (proposal: PP6)"), "{html}");
}
