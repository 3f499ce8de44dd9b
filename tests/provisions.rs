//! Provisions at every depth are the unit of markup, compile, outcome and merge, on the real
//! text of WTSA Res. 1 (Rev. Hammamet, 2016): its Section 1 is one top-level clause holding
//! dozens of provisions (1.1 to 1.13, their items and sub-items). The proposals here are that
//! text with real delegation-style edits made in place: a word in 1.11.1 (depth 3), the second
//! sentence of 1.8 (depth 2), a word in 1.11.3.

mod common;

use common::repo;
use resdiff::Document;
use resdiff::diff::{Change, new_text};
use resdiff::input::corpus::load_file;
use resdiff::markup::{MarkupOptions, Numbering, Style};
use resdiff::model::{Clause, Status};
use resdiff::track::compile::{RowKind, compile};
use resdiff::track::merge::merge;

fn base() -> Document {
    load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("base")
}

fn find_mut<'d>(clauses: &'d mut [Clause], label: &str) -> Option<&'d mut Clause> {
    for c in clauses {
        if c.label.written.trim() == label {
            return Some(c);
        }
        if let Some(found) = find_mut(&mut c.children, label) {
            return Some(found);
        }
    }
    None
}

fn text_of(doc: &Document, label: &str) -> String {
    doc.clauses()
        .into_iter()
        .find(|(_, c)| c.label.written.trim() == label)
        .map(|(_, c)| c.text.clone())
        .unwrap_or_else(|| panic!("{label}"))
}

/// Res. 1 with `edits` (label, words, replacement) made, as proposal `id`.
fn proposal(id: &str, edits: &[(&str, &str, &str)]) -> Document {
    let mut doc = base();
    doc.revision.id = id.into();
    doc.revision.status = Status::Proposal;
    doc.revision.proposer = Some(id.to_uppercase());
    doc.revision.base = Some("hammamet-2016".into());
    for (label, from, to) in edits {
        let c = doc
            .sections
            .iter_mut()
            .find_map(|s| find_mut(&mut s.clauses, label))
            .unwrap_or_else(|| panic!("{label}"));
        assert!(c.text.contains(from), "{label} has no `{from}`");
        c.text = c.text.replacen(from, to, 1);
    }
    doc
}

const PROVIDE: (&str, &str, &str) = ("1.11.1", "to supply information", "to provide information");
const GIVE: (&str, &str, &str) = ("1.11.1", "to supply information", "to give information");
const SECOND_1_8: (&str, &str, &str) = (
    "1.8",
    "The Editorial Committee may therefore",
    "The Editorial Committee may exceptionally",
);
const WORD_1_11_3: (&str, &str, &str) = ("1.11.3", "take final decisions", "take decisions");

/// A word changed in 1.11.1: the markup numbers 1.11.1 alone, compile changes its row alone,
/// outcome judges it alone; neither 1.11 nor 1 (all of Section 1) is named.
#[test]
fn markup_compile_and_outcome_name_1_11_1_alone() {
    let base = base();
    let p = proposal("p1", &[PROVIDE]);

    let opts = MarkupOptions {
        numbering: Numbering::PerProvision,
        ..Default::default()
    };
    let markup = common::proposal(&base, &p, &opts);
    // Proposal 1 is the resolution's heading; the only other symbol line is 1.11.1's.
    let symbols: Vec<usize> = markup
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.style == Style::Proposal && p.symbol_and_id().1.is_some())
        .map(|(i, _)| i)
        .collect();
    assert_eq!(symbols.len(), 2, "{symbols:?}");
    let numbered = &markup.paragraphs[symbols[1] + 1];
    assert_eq!(new_text(&numbered.label).trim(), "1.11.1");
    assert_eq!(markup.paragraphs[symbols[1]].symbol_and_id().0, "MOD");

    let s = compile(&base, &[p.clone(), base.clone()]).expect("compile");
    let changed: Vec<&str> = s
        .rows
        .iter()
        .filter(|r| r.kind != RowKind::Heading)
        .filter(|r| r.cells.iter().flatten().any(|c| c.change != Change::Noc))
        .filter_map(|r| r.label.as_deref())
        .collect();
    assert_eq!(changed, ["1.11.1"]);
    let row = s
        .rows
        .iter()
        .find(|r| r.label.as_deref() == Some("1.11.1"))
        .expect("1.11.1's row");
    assert_eq!(row.depth, 2);
    assert_eq!(row.base.as_deref(), Some(text_of(&base, "1.11.1").as_str()));
    let cell = row.cells[0].as_ref().expect("p1's cell");
    assert_eq!(new_text(&cell.inline), text_of(&p, "1.11.1"));
    assert!(s.rows.iter().any(|r| r.label.as_deref() == Some("1.11")));

    let o = resdiff::track::outcome::outcome(&base, &p, &p).expect("outcome");
    let items: Vec<Option<&str>> = o.items.iter().map(|i| i.label.as_deref()).collect();
    assert_eq!(items, [Some("1.11.1")]);
}

/// The lead-in under "1.13 Voting" has no label: compile gives it 1.13's row, not one of its own,
/// and a change to it is 1.13's change.
#[test]
fn an_unlabelled_lead_in_belongs_to_its_provision() {
    let base = base();
    let mut p = proposal("p1", &[]);
    let lead_in = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "1.13"))
        .and_then(|c| c.children.first_mut())
        .expect("1.13's lead-in");
    assert!(lead_in.label.written.is_empty());
    lead_in.text = lead_in
        .text
        .replace("Member States", "Member States present");
    let s = compile(&base, &[p.clone(), base.clone()]).expect("compile");
    let changed: Vec<&str> = s
        .rows
        .iter()
        .filter(|r| r.cells.iter().flatten().any(|c| c.change != Change::Noc))
        .filter_map(|r| r.label.as_deref())
        .collect();
    assert_eq!(changed, ["1.13"]);
    let row = s
        .rows
        .iter()
        .find(|r| r.label.as_deref() == Some("1.13"))
        .expect("1.13");
    assert!(
        row.base
            .as_deref()
            .is_some_and(|b| b.starts_with("Voting\n"))
    );
    assert_eq!(row.cells[0].as_ref().map(|c| c.change), Some(Change::Mod));
    // Numbered per provision, the markup gives the change to 1.13: its symbol line stands
    // above "1.13 Voting", its Reasons after the lead-in, and the lead-in has no number.
    let opts = MarkupOptions {
        numbering: Numbering::PerProvision,
        ..Default::default()
    };
    let markup = common::proposal(&base, &p, &opts);
    let numbered: Vec<usize> = markup
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.style == Style::Proposal && p.symbol_and_id().1.is_some())
        .map(|(i, _)| i)
        .collect();
    assert_eq!(numbered.len(), 2, "{numbered:?}");
    let at = numbered[1];
    assert_eq!(markup.paragraphs[at].symbol_and_id().0, "MOD");
    assert_eq!(new_text(&markup.paragraphs[at + 1].label).trim(), "1.13");
    assert!(new_text(&markup.paragraphs[at + 2].text).contains("Member States present"));
    assert_eq!(markup.paragraphs[at + 3].style, Style::Reasons);
    // outcome names the change 1.13's too.
    let o = resdiff::track::outcome::outcome(&base, &p, &p).expect("outcome");
    let items: Vec<Option<&str>> = o.items.iter().map(|i| i.label.as_deref()).collect();
    assert_eq!(items, [Some("1.13")]);
    // No row of Section 1 stands for an unlabelled paragraph.
    assert!(
        s.rows
            .iter()
            .filter(|r| r.kind == RowKind::Provision && r.depth > 0)
            .all(|r| r.label.is_some())
    );
}

/// Two proposals editing different provisions of Section 1 (1.11.1 at depth 3; 1.8 at depth 2
/// and 1.11.3): they merge with no conflict, and the merged text has all three edits and the
/// rest of the base as it was.
#[test]
fn edits_to_different_provisions_of_one_section_merge_cleanly() {
    let base = base();
    let p1 = proposal("p1", &[PROVIDE]);
    let p2 = proposal("p2", &[SECOND_1_8, WORD_1_11_3]);
    let merged = merge(&base, &p1, &p2);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let all = proposal("all", &[PROVIDE, SECOND_1_8, WORD_1_11_3]);
    assert_eq!(merged.document.sections, all.sections);
    assert!(text_of(&merged.document, "1.11.1").contains("to provide information"));
}

/// EUR's proposal (1.7 deleted, 1.8 reworded, 1.11.1 changed, 1.12 moved to 4.4bis, 1.14
/// added) merged with one changing 1.11.3: no conflict, and 1.12's sentence stands once, at
/// 4.4bis.
#[test]
fn a_move_merges_without_a_duplicated_sentence() {
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let p2 = proposal("p2", &[WORD_1_11_3]);
    let merged = merge(&base, &eur, &p2);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let doc = &merged.document;
    let sentence = text_of(&base, "1.12");
    let holding: Vec<String> = doc
        .clauses()
        .into_iter()
        .filter(|(_, c)| c.text == sentence)
        .map(|(_, c)| c.label.written.clone())
        .collect();
    assert_eq!(holding, ["4.4bis"]);
    assert!(text_of(doc, "1.11.3").contains("take decisions"));
    assert_eq!(text_of(doc, "1.11.1"), text_of(&eur, "1.11.1"));
    assert_eq!(text_of(doc, "1.8"), text_of(&eur, "1.8"));
    assert!(doc.clauses().iter().any(|(_, c)| c.label.written == "1.14"));
}

/// Both proposals change the same words of 1.11.1: one conflict, on 1.11.1 alone, holding the
/// two texts; 1.11.1 keeps the base's words, and 1.8, which one proposal changes besides, takes
/// the change. The report shows where the texts part.
#[test]
fn a_conflict_names_the_provision_and_its_two_texts() {
    let base = base();
    let p1 = proposal("p1", &[PROVIDE]);
    let p2 = proposal("p2", &[GIVE, SECOND_1_8]);
    let merged = merge(&base, &p1, &p2);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!(c.place, "resolves, 1.11.1");
    assert_eq!(c.base.as_deref(), Some(text_of(&base, "1.11.1").as_str()));
    assert_eq!(c.first.as_deref(), Some(text_of(&p1, "1.11.1").as_str()));
    assert_eq!(c.second.as_deref(), Some(text_of(&p2, "1.11.1").as_str()));
    let doc = &merged.document;
    assert_eq!(text_of(doc, "1.11.1"), text_of(&base, "1.11.1"));
    assert_eq!(text_of(doc, "1.8"), text_of(&p2, "1.8"));
    let line = resdiff::track::report::text::conflicts(&merged.conflicts);
    assert!(line.contains("resolves, 1.11.1"), "{line}");
    assert!(
        line.contains("provide information") && line.contains("give information"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1, "{line}");
}

/// EUR moves 1.12 to 4.4bis: the proposal says so above each place, in DOCX (a `MoveNote`
/// paragraph, which is apparatus, not text: the DOCX still reads back) as in HTML and Markdown.
#[test]
fn every_proposal_format_says_where_a_moved_provision_went() {
    use std::io::Read;
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let p = common::proposal(&base, &eur, &MarkupOptions::default());
    let notes: Vec<String> = p
        .paragraphs
        .iter()
        .filter(|q| q.style == Style::MoveNote)
        .map(|q| new_text(&q.text))
        .collect();
    assert_eq!(notes, ["moved to 4.4bis", "moved from 1.12"]);
    // Each note stands just above its provision: SUP* 1.12, then ADD* 4.4bis.
    for (i, q) in p.paragraphs.iter().enumerate() {
        if q.style == Style::MoveNote {
            let next = &p.paragraphs[i + 1];
            assert!(next.whole.is_some(), "{next:?}");
        }
    }

    let bytes = resdiff::render::proposal_docx::render(&p).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("UTF-8");
    for note in &notes {
        let para = "<w:pStyle w:val=\"MoveNote\"/>";
        let at = xml.find(note.as_str()).unwrap_or_else(|| panic!("{note}"));
        let start = xml[..at].rfind("<w:p>").expect("its paragraph");
        assert!(xml[start..at].contains(para), "{note}");
    }
    let html = resdiff::render::proposal_html::render(&p);
    assert!(html.contains("<p class=\"MoveNote\">moved from 1.12</p>"));
    let md = resdiff::render::proposal_md::render(&p);
    assert!(md.contains("*(moved to 4.4bis)*"));

    // compile's cells say it too: 1.12's row holds SUP* "moved to 4.4bis" under its own label.
    let s = compile(&base, &[eur.clone(), base.clone()]).expect("compile");
    let row = s
        .rows
        .iter()
        .find(|r| r.label.as_deref() == Some("1.12"))
        .expect("1.12");
    let cell = row.cells[0].as_ref().expect("EUR's cell");
    assert_eq!(
        (cell.change, cell.label.as_deref(), cell.note.as_deref()),
        (Change::SupMoved, Some("1.12"), Some("moved to 4.4bis"))
    );
    let added = s
        .rows
        .iter()
        .filter_map(|r| r.cells[0].as_ref())
        .find(|c| c.change == Change::AddMoved)
        .expect("ADD* 4.4bis");
    assert_eq!(added.note.as_deref(), Some("moved from 1.12"));
}

/// EUR moves 1.12 to 4.4bis; another proposal changes a word of 1.12 where it stands. Merged
/// (in either order): 1.12 stands once, at 4.4bis, with that word changed; no conflict.
#[test]
fn a_moved_provision_takes_the_other_proposals_change() {
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let p = proposal(
        "p",
        &[(
            "1.12",
            "assign specific matters",
            "assign particular matters",
        )],
    );
    for (first, second) in [(&eur, &p), (&p, &eur)] {
        let merged = merge(&base, first, second);
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let holding: Vec<String> = merged
            .document
            .clauses()
            .into_iter()
            .filter(|(_, c)| c.text.contains("of the Convention, WTSA may assign"))
            .map(|(_, c)| c.label.written.clone())
            .collect();
        assert_eq!(holding, ["4.4bis"]);
        assert_eq!(
            text_of(&merged.document, "4.4bis"),
            text_of(&p, "1.12"),
            "the other proposal's word, where EUR put the provision"
        );
    }
}

/// EUR moves 1.12 to 4.4bis; another proposal suppresses 1.12. Neither wins (in either
/// order): one conflict on 1.12, holding EUR's text and "suppressed", and the sentence stays
/// once, where it stood. Before, it landed at 4.4bis with no conflict: a silent choice.
#[test]
fn a_move_against_a_suppression_is_a_conflict_and_the_base_stays() {
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let mut p = proposal("p", &[]);
    let one = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "1"))
        .expect("1");
    one.children.retain(|c| c.label.written.trim() != "1.12");
    for (first, second, eur_first) in [(&eur, &p, true), (&p, &eur, false)] {
        let merged = merge(&base, first, second);
        let holding: Vec<String> = merged
            .document
            .clauses()
            .into_iter()
            .filter(|(_, c)| c.text.contains("of the Convention, WTSA may assign"))
            .map(|(_, c)| c.label.written.clone())
            .collect();
        // Where it stood: both proposals reshape Section 1 (EUR suppresses 1.7), so the merged
        // list is numbered again and it reads 1.11 there.
        assert_eq!(holding, ["1.11"], "once, in Section 1, not at 4.4bis");
        let on_1_12: Vec<_> = merged
            .conflicts
            .iter()
            .filter(|c| c.place.ends_with("1.12"))
            .collect();
        assert_eq!(on_1_12.len(), 1, "{:?}", merged.conflicts);
        let (moved, suppressed) = if eur_first {
            (&on_1_12[0].first, &on_1_12[0].second)
        } else {
            (&on_1_12[0].second, &on_1_12[0].first)
        };
        assert!(suppressed.is_none());
        assert_eq!(moved.as_deref(), Some(text_of(&eur, "4.4bis").as_str()));
    }
}

/// Res. 1 with the provisions `gone` suppressed from Section 1's list (under "1"), as `id`.
fn suppressing(id: &str, gone: &[&str]) -> Document {
    let mut p = proposal(id, &[]);
    let one = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "1"))
        .expect("1");
    one.children
        .retain(|c| !gone.contains(&c.label.written.trim()));
    p
}

/// One proposal suppresses 1.3, the other 1.7: both reshape the list under 1, so the merged
/// list is numbered again (1.11 reads 1.9), and 1.11's dotted items follow their provision
/// (1.9.1 to 1.9.3, not 1.11.1 under 1.9); 1.5's a) and i) hold no number and stay.
#[test]
fn renumbered_provisions_take_their_dotted_items_along() {
    let base = base();
    let (p1, p2) = (suppressing("p1", &["1.3"]), suppressing("p2", &["1.7"]));
    let merged = merge(&base, &p1, &p2);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let doc = &merged.document;
    let one = doc
        .sections
        .iter()
        .find_map(|s| s.clauses.iter().find(|c| c.label.written.trim() == "1"))
        .expect("1");
    let was_1_11 = one
        .children
        .iter()
        .find(|c| c.text == text_of(&base, "1.11"))
        .expect("1.11's text");
    assert_eq!(was_1_11.label.written, "1.9");
    let items: Vec<&str> = was_1_11
        .children
        .iter()
        .map(|c| c.label.written.as_str())
        .collect();
    assert_eq!(items, ["1.9.1", "1.9.2", "1.9.3"]);
    assert_eq!(text_of(doc, "1.9.1"), text_of(&base, "1.11.1"));
    let was_1_5 = one
        .children
        .iter()
        .find(|c| c.text == text_of(&base, "1.5"))
        .expect("1.5's text");
    assert_eq!(was_1_5.label.written, "1.4");
    let b = &was_1_5.children[1];
    assert_eq!(b.label.written, "b)");
    assert_eq!(b.children[0].label.written, "i)");
    assert!(
        !doc.clauses()
            .iter()
            .any(|(_, c)| c.label.written == "1.11.1")
    );
}

/// Res. 1 with 1.13's heading `heading` and, if given, a word of its lead-in changed, as `id`.
fn voting(id: &str, heading: &str, lead_in: Option<(&str, &str)>) -> Document {
    let mut p = proposal(id, &[("1.13", "Voting", heading)]);
    if let Some((from, to)) = lead_in {
        let c = p
            .sections
            .iter_mut()
            .find_map(|s| find_mut(&mut s.clauses, "1.13"))
            .and_then(|c| c.children.first_mut())
            .expect("1.13's lead-in");
        assert!(c.label.written.is_empty() && c.text.contains(from));
        c.text = c.text.replacen(from, to, 1);
    }
    p
}

/// A proposal changes both 1.13's heading and the unlabelled lead-in under it; the adopted
/// text takes the heading alone. Outcome judges 1.13 once, its heading and lead-in together
/// (as compile's row joins them): one item, partly adopted, its texts the two paragraphs.
/// Before, the lead-in was an item of its own: two items both named 1.13, one adopted and one
/// not.
#[test]
fn outcome_judges_a_provision_with_its_lead_in() {
    let base = base();
    let p = voting(
        "p",
        "Voting procedure",
        Some(("Member States", "Member States present")),
    );
    let adopted = voting("adopted", "Voting procedure", None);
    let o = resdiff::track::outcome::outcome(&base, &p, &adopted).expect("outcome");
    let items: Vec<Option<&str>> = o.items.iter().map(|i| i.label.as_deref()).collect();
    assert_eq!(items, [Some("1.13")]);
    let item = &o.items[0];
    assert_eq!(item.change, Change::Mod);
    assert_eq!(item.verdict, resdiff::track::outcome::Verdict::Partly);
    let lead_in = |d: &Document| {
        d.sections
            .iter()
            .flat_map(|s| s.clauses.iter())
            .flat_map(|c| c.children.iter())
            .find(|c| c.label.written == "1.13")
            .map(|c| format!("{}\n{}", c.text, c.children[0].text))
            .expect("1.13")
    };
    assert_eq!(item.base.as_deref(), Some(lead_in(&base).as_str()));
    assert_eq!(item.proposed.as_deref(), Some(lead_in(&p).as_str()));
    assert_eq!(item.adopted.as_deref(), Some(lead_in(&adopted).as_str()));
    assert!(item.share.is_some_and(|s| s > 0.0 && s < 1.0), "{item:?}");
    // Adopted whole, the two paragraphs are one adopted change.
    let o = resdiff::track::outcome::outcome(&base, &p, &p).expect("outcome");
    assert_eq!(o.items.len(), 1, "{:?}", o.items);
    assert_eq!(
        o.items[0].verdict,
        resdiff::track::outcome::Verdict::Adopted
    );
}
