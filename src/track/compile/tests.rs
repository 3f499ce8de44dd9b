use std::path::Path;

use super::*;
use crate::input::corpus::load_file;

fn corpus(rev: &str) -> Document {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    load_file(&dir.join(format!("{rev}.ar.toml"))).expect("corpus")
}

#[test]
fn a_section_a_proposal_adds_has_its_rows() {
    let side = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("fixtures/diff/sections/{name}.txt"));
        crate::input::import_file(&path, &Default::default())
            .expect("fixture")
            .document
    };
    let s = compile(&side("old"), &[side("new")]).expect("compile");
    let at = s
        .rows
        .iter()
        .position(|r| r.kind == RowKind::Heading && r.base.is_none())
        .expect("a heading row for the added section");
    let cell = s.rows[at].cells[0].as_ref().expect("the proposal's cell");
    assert_eq!(
        (cell.change, new_text(&cell.inline).as_str()),
        (Change::Add, "emphasizing")
    );
    let item = s.rows[at + 1].cells[0].as_ref().expect("its clause");
    assert_eq!(
        new_text(&item.inline),
        "the importance of measuring ICT for development,"
    );
}

#[test]
fn rcc_and_atu_side_by_side() {
    let base = corpus("dubai-2014");
    let s = compile(&base, &[corpus("rcc-wtdc17"), corpus("atu-fixture")]).expect("compile");
    assert_eq!(s.proposers, [Some("RCC".into()), Some("ATU".into())]);
    let provisions = s
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Provision)
        .count();
    // A row per provision at any depth: every labelled clause, and unlabelled or dashed ones
    // only at the top level (deeper, they belong to a provision).
    let units = base
        .clauses()
        .iter()
        .filter(|(path, c)| path.depth() == 0 || crate::model::provision::is_labelled(&c.label))
        .count();
    assert!(units > base.sections.iter().map(|x| x.clauses.len()).sum::<usize>());
    assert_eq!(provisions, units);
    // Recalling a): both update PP Res. 71 to Busan 2014, identically (RCC also relabels).
    let a = s
        .rows
        .iter()
        .find(|r| {
            r.base
                .as_deref()
                .is_some_and(|t| t.starts_with("بالقرار 71"))
        })
        .expect("a)");
    assert!(!a.conflict);
    let changes: Vec<Change> = a.cells.iter().flatten().map(|c| c.change).collect();
    assert_eq!(changes, [Change::Editorial, Change::Editorial]);
    // Recalling e): RCC suppresses PP Res. 172, ATU updates it: a conflict.
    let e = s
        .rows
        .iter()
        .find(|r| {
            r.base
                .as_deref()
                .is_some_and(|t| t.starts_with("بالقرار 172"))
        })
        .expect("e)");
    assert!(e.conflict);
    // ATU's new recalling i) is an added row in ATU's column only.
    let added = s
        .rows
        .iter()
        .find(|r| {
            r.kind == RowKind::Added
                && r.cells[1]
                    .as_ref()
                    .is_some_and(|c| new_text(&c.inline).contains("A/RES/70/1"))
        })
        .expect("ATU's addition");
    assert!(added.cells[0].is_none());
    assert!(s.conflicts() >= 1);
    // RCC's new item '3' under resolves 9 is a row of its own after item '2', in RCC's column;
    // resolves 9's own text is unchanged by it.
    let at = s
        .rows
        .iter()
        .position(|r| r.section == SectionKind::ResolvesToInvite && r.label.as_deref() == Some("9"))
        .expect("resolves 9");
    let nine = &s.rows[at];
    assert!(nine.cells.iter().flatten().all(|c| c.change == Change::Noc));
    let two = &s.rows[at + 2];
    assert_eq!((two.label.as_deref(), two.depth), (Some("9 '2'"), 1));
    let three = &s.rows[at + 3];
    assert_eq!(three.kind, RowKind::Added);
    let rcc = three.cells[0].as_ref().expect("RCC adds '3'");
    assert_eq!(
        (rcc.change, three.label.as_deref()),
        (Change::Add, Some("9 '3'"))
    );
    assert!(three.cells[1].is_none());
}
