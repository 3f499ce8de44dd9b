//! The layout's parts on WTSA Res. 1's own paragraphs (fixtures/docx/T-RES-T.1-2016-MSW-E.docx).

use super::super::typed::TYPED;
use super::super::xml::{REF_CLOSE, REF_OPEN};
use super::text::NoteRefs;
use super::tree::Tree;
use super::*;

fn p(style: &str, text: &str) -> (String, String) {
    (style.to_string(), text.to_string())
}

const TITLE: &str = "Rules of procedure of the ITU Telecommunication Standardization Sector";

/// Res. 1's head (the empty `ResNo` that ends its cover's section first) and its first clause.
fn head() -> Vec<(String, String)> {
    vec![
        p("ResNo", ""),
        p("ResNo", "RESOLUTION 1 (Rev. Hammamet, 2016)"),
        p("Restitle", TITLE),
        p(
            "Normalaftertitle0",
            "The World Telecommunication Standardization Assembly (Hammamet, 2016),",
        ),
        p("Call", "considering"),
        p(
            "Normal",
            "a)\tthat the functions, duties and organization of the ITU Telecommunication Standardization Sector (ITU-T) are stated in Articles 17, 18, 19, 20 of the Constitution",
        ),
    ]
}

#[test]
fn the_title_is_the_first_restitle_after_the_number_and_a_second_one_is_said() {
    let mut paras = head();
    paras.push(p("ResNo", "RESOLUTION 1 (Rev. Hammamet, 2016)"));
    paras.push(p("Restitle", TITLE));
    let laid = lay_out(&paras, Language::En, &Places::Paragraphs);
    let (number, title) = laid.header.expect("the head");
    assert_eq!(number, ResNumber::Number(1));
    assert_eq!(title.as_deref(), Some(TITLE));
    let said: Vec<(usize, &str)> = laid
        .warnings
        .iter()
        .map(|w| (w.line, w.message.as_str()))
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(said[0].0, 7);
    assert!(
        said[0]
            .1
            .contains("second resolution number after the one read (paragraph 2)")
    );
    assert_eq!(said[1].0, 8);
    assert!(
        said[1]
            .1
            .contains("second resolution title after the one read (paragraph 3)")
    );
}

#[test]
fn a_restitle_without_a_number_is_no_title_and_is_said() {
    let mut paras = head();
    paras[1] = p("Normal", "");
    let laid = lay_out(&paras, Language::En, &Places::Paragraphs);
    assert_eq!(laid.header, None);
    assert!(
        laid.warnings.iter().any(|w| w.line == 3
            && w.message
                .ends_with("(Restitle) was not read as the resolution title; skipped")),
        "{:?}",
        laid.warnings
    );
}

/// Res. 1's list of revisions calls its notes 1 (a custom mark) and 2 (`bis` typed after it);
/// a clause calling note 2 again is not where it was first called.
#[test]
fn each_note_is_kept_once_with_the_paragraph_that_first_calls_it() {
    let call = |id: &str| format!("{REF_OPEN}{id}{REF_CLOSE}");
    let resref = format!("(Hammamet, 2016){}, {}bis", call("1"), call("2"));
    let mut refs = NoteRefs::default();
    refs.add(&resref, 54);
    refs.add(
        &format!("study group{} {}", call(&format!("{TYPED}2")), call("2")),
        120,
    );
    assert_eq!(refs.ids, [("1".to_string(), 54), ("2".to_string(), 54)]);
}

#[test]
fn a_section_number_labels_its_title_and_an_appendix_number_opens_it() {
    let mut tree = Tree::default();
    let (label, body) = tree.numbered(
        "SECTION 1",
        "World Telecommunication Standardization Assembly".into(),
    );
    assert_eq!(
        (label.written(), body.as_str()),
        ("1", "World Telecommunication Standardization Assembly")
    );
    let (label, _) = tree.numbered("Section 1bis", "Documentation of ITU-T".into());
    assert_eq!(label.written(), "1bis");
    let (label, body) = tree.numbered(
        "Appendix I (to Resolution 1 (Rev. Hammamet, 2016))",
        "Information for submission of a Question".into(),
    );
    assert_eq!(label.written(), "");
    assert_eq!(
        body,
        "Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information for submission of a Question"
    );
}

#[test]
fn a_title_reads_without_its_note_calls_and_a_message_shows_them() {
    let title = format!("{TITLE}{REF_OPEN}3{REF_CLOSE}");
    assert_eq!(text::without_refs(&title), TITLE);
    assert_eq!(shown_refs(&title), format!("{TITLE}[^3]"));
    assert_eq!(squeeze("Rules of  procedure\tof"), "Rules of procedure of");
}
