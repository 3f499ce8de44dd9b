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
