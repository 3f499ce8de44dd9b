//! Every numbered item of the UN's markup is a label, or a warning names it (issue 23, finding
//! 3): sub-lists at any depth, Chinese ㈠-style numbers, lists written as paragraphs, and each
//! repair of the source markup warned, naming the element, and reported by `parallel` as a
//! `markup` finding of the language whose markup differs.

use std::path::Path;

use resdiff::input::akn::import_akn;
use resdiff::input::{ImportOptions, Imported};
use resdiff::model::{Clause, Part, ResNumber, Scheme};
use resdiff::track::parallel::{Kind, check_with_markup};

fn import_xml(name: &str, xml: &str) -> Imported {
    let opts = ImportOptions {
        number: Some(ResNumber::Series("fixture".into())),
        ..ImportOptions::default()
    };
    import_akn(xml, &opts, &ImportOptions::default(), &|_, _| None)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn import(path: &str) -> Imported {
    let xml = std::fs::read_to_string(Path::new("fixtures/akn").join(path)).expect("fixture");
    import_xml(path, &xml)
}

fn operative(i: &Imported) -> Vec<&Clause> {
    i.document
        .sections
        .iter()
        .filter(|s| s.kind.part() == Part::Operative)
        .flat_map(|s| &s.clauses)
        .collect()
}

fn all(cs: &[Clause]) -> Vec<&Clause> {
    cs.iter()
        .flat_map(|c| std::iter::once(c).chain(all(&c.children)))
        .collect()
}

#[test]
fn a_sublist_is_the_points_of_the_point_before_it() {
    // A/RES/78/218: (i)-(xiii) under (a) of paragraph 2 were one unlabelled paragraph of
    // 8,020 characters.
    let i = import("unga-78session/A_RES_78_218-2325997E.xml");
    let op = operative(&i);
    let p2 = op
        .iter()
        .find(|c| c.label.norm() == "2")
        .expect("paragraph 2");
    let labels: Vec<&str> = p2.children.iter().map(|c| c.label.written()).collect();
    assert_eq!(labels, ["(a)", "(b)", "(c)"]);
    let a = &p2.children[0];
    let subs: Vec<(&str, Scheme, Option<u32>)> = a
        .children
        .iter()
        .map(|c| (c.label.written(), c.label.scheme(), c.label.ordinal()))
        .collect();
    assert_eq!(subs.len(), 13, "{subs:?}");
    for (k, (written, scheme, ordinal)) in subs.iter().enumerate() {
        assert_eq!(*scheme, Scheme::Roman, "{written}");
        assert_eq!(*ordinal, Some(k as u32 + 1), "{written}");
    }
    assert_eq!(subs[12].0, "(xiii)");
    let longest = op
        .iter()
        .flat_map(|c| all(std::slice::from_ref(*c)))
        .map(|c| c.text.chars().count())
        .max();
    assert!(
        longest < Some(3000),
        "a paragraph of {longest:?} characters"
    );
}

#[test]
fn chinese_circled_numbers_are_labels() {
    // A/RES/78/80 A-B in Chinese numbers (i)-(iv) as ㈠-㈣: the file was refused.
    let i = import("unga-78session/A_RES_78_80AB-2324937C.xml");
    let han: Vec<(String, Option<u32>)> = operative(&i)
        .into_iter()
        .flat_map(|c| all(std::slice::from_ref(c)))
        .filter(|c| c.label.written().starts_with('㈠') || "㈡㈢㈣".contains(c.label.written()))
        .map(|c| (c.label.written().to_string(), c.label.ordinal()))
        .collect();
    assert_eq!(
        han,
        [
            ("㈠".to_string(), Some(1)),
            ("㈡".to_string(), Some(2)),
            ("㈢".to_string(), Some(3)),
            ("㈣".to_string(), Some(4))
        ]
    );
    // They stand as paragraphs of their own (the English has them as points of (e)): each is
    // a repair, and warned at its number.
    let warned = i
        .warnings
        .iter()
        .filter(|w| w.message.contains("㈡") && w.message.starts_with("markup repaired"))
        .count();
    assert_eq!(warned, 1, "{:#?}", i.warnings);
}

#[test]
fn a_collection_with_no_title_takes_its_first_parts_and_says_so() {
    // A/RES/78/80 A-B in Arabic: no <docTitle> in the collection's preface; it was refused.
    let i = import("unga-78session/A_RES_78_80AB-2324937A.xml");
    assert!(
        i.document
            .resolution
            .title
            .as_deref()
            .is_some_and(|t| !t.is_empty())
    );
    assert!(
        i.warnings
            .iter()
            .any(|w| w.message.contains("<documentCollection> has no title")),
        "{:#?}",
        i.warnings
    );
}

/// 80/118 in Arabic with paragraph 70's list (أ)-(ب) written as paragraphs of their own, the
/// letters typed in the text, as ECOSOC 2022/15 writes its paragraph numbers.
fn list_as_paragraphs(xml: &str) -> String {
    let start = xml
        .find("<paragraph eId=\"para_1351\"")
        .expect("paragraph 70");
    let end = start + xml[start..].find("</paragraph>").expect("end") + "</paragraph>".len();
    let para = &xml[start..end];
    let inner = |s: &str, open: &str, close: &str| -> String {
        let a = s.find(open).expect(open) + open.len();
        let b = a + s[a..].find(close).expect(close);
        s[a..b].to_string()
    };
    let intro = inner(para, "<intro eId=\"para_1351_list_intro\">", "</intro>");
    let mut out = format!(
        "<paragraph eId=\"para_1351\" class=\"SingleTxt\"><num>70 -</num><content>{intro}</content></paragraph>"
    );
    for (k, letter) in ["أ", "ب"].iter().enumerate() {
        let point = &para[para.find(&format!("<num>({letter})</num>")).expect("point")..];
        let p = inner(point, "<p xml:space=\"preserve\">", "</p>");
        out.push_str(&format!(
            "<paragraph eId=\"para_x{k}\" class=\"SingleTxt\"><content><p xml:space=\"preserve\">\t({letter})\t{}</p></content></paragraph>",
            p.trim_start()
        ));
    }
    format!("{}{out}{}", &xml[..start], &xml[end..])
}

#[test]
fn lettered_paragraphs_standing_for_a_list_are_its_points() {
    let xml = std::fs::read_to_string("fixtures/akn/unga-ict4sd/A_RES_80_118-2520736A.xml")
        .expect("fixture");
    let i = import_xml("80/118 A, list as paragraphs", &list_as_paragraphs(&xml));
    let headings: Vec<&str> = i
        .document
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .filter(|h| !h.is_empty())
        .collect();
    assert!(headings.is_empty(), "headings made: {headings:?}");
    let op = operative(&i);
    assert_eq!(op.len(), 74);
    let p70 = op[69];
    assert_eq!(p70.label.norm(), "70");
    let points: Vec<&str> = p70.children.iter().map(|c| c.label.norm()).collect();
    assert_eq!(points, ["أ", "ب"]);
    assert!(
        p70.children[0].text.starts_with("تعزيز"),
        "{}",
        p70.children[0].text
    );
    for letter in ["(أ)", "(ب)"] {
        assert!(
            i.warnings.iter().any(|w| w
                .message
                .contains(&format!("the label `{letter}` is typed in the text"))),
            "{letter}: {:#?}",
            i.warnings
        );
    }
}

const WSIS_2022: [&str; 6] = ["A", "C", "E", "F", "R", "S"];

#[test]
fn the_repairs_of_ecosoc_2022_15_in_arabic_are_warned_and_reported_by_parallel() {
    let texts: Vec<Imported> = WSIS_2022
        .iter()
        .map(|l| import(&format!("ecosoc-wsis/E_RES_2022_15-2211664{l}.xml")))
        .collect();
    let arabic = &texts[0];
    // Paragraph numbers typed in the text, said once a run; (أ)-(د) as paragraphs, one each,
    // at the line of its <num>.
    let typed: Vec<&str> = arabic
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("are typed in their text"))
        .collect();
    assert_eq!(typed.len(), 2, "{typed:#?}");
    assert!(typed[0].contains("`1 -` to `89 -`"), "{}", typed[0]);
    for (letter, line) in [("(أ)", 669), ("(ب)", 675), ("(ج)", 681), ("(د)", 687)] {
        assert!(
            arabic.warnings.iter().any(|w| w.line == line
                && w.message.contains(&format!(
                    "<paragraph> `{letter}` is marked up as a paragraph"
                ))),
            "{letter}: {:#?}",
            arabic.warnings
        );
    }
    for other in &texts[1..] {
        assert!(other.warnings.is_empty(), "{:#?}", other.warnings);
    }
    let docs: Vec<_> = texts.iter().map(|t| t.document.clone()).collect();
    let warnings: Vec<_> = texts.iter().map(|t| t.warnings.clone()).collect();
    let r = check_with_markup(&docs, &warnings);
    let markup: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == Kind::Markup)
        .collect();
    assert_eq!(markup.len(), 6, "{markup:#?}");
    assert!(markup.iter().all(|f| f.language == docs[0].language));
    assert!(markup[1].detail.contains("`(أ)`"), "{:?}", markup[1]);
}
