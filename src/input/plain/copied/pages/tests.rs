use super::*;

/// A page number `N/M` fits its page; a resolution's number on a line of its own
/// (LibreOffice's Chinese note 1, `第` / `56/183` / `、57/238、…`, on page 1) does not.
#[test]
fn a_resolution_s_number_is_no_page_number() {
    assert!(of_pages("2/12", Some(1)));
    assert!(of_pages("2/12", None));
    assert!(!of_pages("56/183", Some(0)));
    assert!(!of_pages("13/12", None));
    assert!(!of_pages("56/183", Some(5)) && of_pages("56/183", None));
}

#[test]
fn furniture_shapes() {
    assert!(job_number("25-16680 (E)") && job_number("25-16680"));
    assert!(!job_number("2025-2030") && !job_number("70/125"));
    assert!(page_number("2/12") && page_number("- 3 -") && page_number("14"));
    assert!(!page_number("79/194.") && !page_number("2030 Agenda"));
    assert!(symbol("A/RES/80/118") && symbol("E/RES/2025/18"));
    assert!(!symbol("A/80/62-E/2025/12.") && !symbol("Assembly"));
    assert!(stamp("*2516680*"));
    assert!(symbol_like("23(Add.1)-A") && symbol_like("WTDC-17/23(Add.1)-A"));
    assert!(!symbol_like("NOC") && !symbol_like("2030") && !symbol_like("(a)"));
}

/// LibreOffice's print of resdiff's DOCX of A/RES/74/197 in Arabic, `pdftotext -layout`:
/// the proposal's symbol heads each page, after a U+2066 LibreOffice maps its blank glyph
/// to, and was read into the paragraph it broke (`23(Add.1)-A وإذ تؤكد من جديد كذلك`).
#[test]
fn a_symbol_heading_each_page_is_furniture() {
    let head = "\u{c}\u{202b}\u{2066}\u{202a}23(Add.1)-A\u{202c}\u{202c}";
    let mut raw = Vec::new();
    for page in 0..3 {
        raw.push(head);
        raw.push(if page == 0 {
            "وإذ تنوه أيضا باللجنة"
        } else {
            "لألمم المتحدة في متابعة"
        });
    }
    let mut w = Vec::new();
    let lines = drop_furniture(read(&raw, 1, &mut w), &mut w);
    assert!(lines.iter().all(|l| !l.text.contains("Add.1")), "{lines:?}");
    assert!(lines[1].break_before);
    assert!(
        w.iter()
            .any(|w| w.line == 1 && w.message.contains("`23(Add.1)-A` (a running head or foot)")),
        "{w:?}"
    );
}

/// `pdftotext` (no `-layout`) of LibreOffice's print of ITU's DOCX of WTSA Res. 1: the
/// running foot and the page's number on lines of their own (`WTSA-16 – Resolution 1`
/// then `3`), the landscape page 18 with its number on top; the printed numbers are not
/// the extractor's count of pages. They were read into the clauses (`… Resolution 1 3`).
#[test]
fn a_running_foot_and_its_page_number_on_lines_of_their_own_go() {
    let raw = [
        "1.8 the assembly to complete its tasks.",
        "WTSA-16 – Resolution 1",
        "3",
        "\u{c}1.9 Prior to the inaugural meeting",
        "its committees and group(s).",
        "4",
        "WTSA-16 – Resolution 1",
        "\u{c}18",
        "WTSA-16 – Resolution 1",
        "Figure 7.1a – Approval of new or revised Questions",
        "WTSA-16 – Resolution 1",
        "19",
    ];
    let mut w = Vec::new();
    let lines = drop_furniture(read(&raw, 1, &mut w), &mut w);
    let kept: Vec<&str> = lines.iter().map(Line::body).collect();
    assert_eq!(
        kept,
        [
            "1.8 the assembly to complete its tasks.",
            "1.9 Prior to the inaugural meeting",
            "its committees and group(s).",
            "Figure 7.1a – Approval of new or revised Questions",
        ]
    );
    assert!(w.iter().any(|w| w.message.contains("page number")), "{w:?}");
}

#[test]
fn form_feeds_start_pages_and_bidi_controls_go() {
    let mut w = Vec::new();
    let lines = read(&["a", "b\u{c}c", "\u{202b}d\u{202c}"], 1, &mut w);
    let pages: Vec<usize> = lines.iter().map(|l| l.page).collect();
    assert_eq!(pages, [0, 0, 1, 1]);
    assert!(lines[2].break_before && !lines[3].break_before);
    assert_eq!(lines[3].text, "d");
    assert!(w[0].message.contains("2 directional"), "{w:?}");
}
