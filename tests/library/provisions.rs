//! Provisions at every depth are the unit of markup, compile and outcome, on the real text of
//! WTSA Res. 1 (Rev. Hammamet, 2016): its Section 1 is one top-level clause holding dozens of
//! provisions (1.1 to 1.13, their items and sub-items). The proposals here are that text with
//! real delegation-style edits made in place (see `common::res1`); merge is in
//! tests/library/provisions_merge.rs.

use crate::common;

use common::repo;
use common::res1::*;
use resdiff::Document;
use resdiff::diff::{Change, new_text};
use resdiff::input::corpus::load_file;
use resdiff::markup::{MarkupOptions, Numbering, Style};
use resdiff::track::compile::{RowKind, compile};

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
    assert!(lead_in.label.written().is_empty());
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
        assert!(c.label.written().is_empty() && c.text.contains(from));
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
            .find(|c| c.label.written() == "1.13")
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
