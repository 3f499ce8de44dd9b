use super::*;

fn page(texts: &[&str]) -> Vec<Line> {
    texts
        .iter()
        .enumerate()
        .map(|(k, t)| Line {
            number: k + 1,
            text: t.trim_start_matches('\u{c}').to_string(),
            page: 0,
            break_before: t.starts_with('\u{c}'),
            blank_before: false,
        })
        .collect()
}

fn texts(lines: &[Line]) -> Vec<&str> {
    lines.iter().map(|l| l.text.as_str()).collect()
}

#[test]
fn a_mark_above_the_short_line_it_ends() {
    let mut w = Vec::new();
    let got = repair(page(&["取得的进展的报", "11", "告，", "回顾"]), &mut w);
    assert_eq!(texts(&got), ["取得的进展的报", "告，11", "回顾"]);
    assert!(
        w[0].message
            .contains("`11` on a line of its own, between `取得的进展的报` and `告，`")
    );
    // A note's number before its text stays.
    let mut w = Vec::new();
    let lines = page(&["号决议。", "2", "经济及社会理事会第2006/46号决议。"]);
    assert_eq!(
        texts(&repair(lines, &mut w)),
        ["号决议。", "2", "经济及社会理事会第2006/46号决议。"]
    );
    assert!(w.is_empty());
}

#[test]
fn a_note_number_at_the_foot_of_the_page_after_later_notes() {
    let mut w = Vec::new();
    let lines = page(&[
        "决议。",
        "\u{c}第70/1号决议。",
        "20",
        "国际电信联盟。",
        "26",
        "E/HLPF/2025/6。",
        "19",
    ]);
    let got = repair(lines, &mut w);
    assert_eq!(
        texts(&got),
        [
            "决议。",
            "19",
            "第70/1号决议。",
            "20",
            "国际电信联盟。",
            "26",
            "E/HLPF/2025/6。"
        ]
    );
    assert!(got[1].break_before && !got[2].break_before);
    assert!(w[0].message.contains("note number `19`"));
}

/// `pdftotext` (without `-layout`) of Chromium's print of A/RES/74/197 in Chinese, lines
/// 278-291: the notes gathered at the text's end, note 1's text after the last paragraph,
/// its number at the page's foot after note 2. Unread, the text was refused ("footnote
/// `1`: empty text").
#[test]
fn a_note_number_at_the_foot_of_the_page_after_its_text_and_later_notes() {
    let mut w = Vec::new();
    let lines = page(&[
        "45. 决定将题为“信息和通信技术促进可持续发展”的项目列入大会第七十五届会议临时议程，除非另",
        "有商定。",
        "第56/183、57/238、59/220、60/252、62/182、63/202、64/187、65/141、66/184、67/195、68/198、69/204、70/184、71/212和72/200号",
        "决议。",
        "2",
        "经济及社会理事会第2006/46、2008/3、2009/7、2010/2、2011/16、2012/5、2013/9、2014/27、2015/26、2016/22、2017/21和2018/28号",
        "决议。",
        "1",
        "\u{c}第71/256号决议，附件。",
    ]);
    let got = repair(lines, &mut w);
    assert_eq!(
        texts(&got)[1..6],
        [
            "有商定。",
            "1",
            "第56/183、57/238、59/220、60/252、62/182、63/202、64/187、65/141、66/184、67/195、68/198、69/204、70/184、71/212和72/200号",
            "决议。",
            "2"
        ]
    );
    assert_eq!(got.len(), 9);
    assert!(got[8].break_before);
    assert!(
        w[0].message.starts_with("note number `1` written at the page's foot after later notes: read as the number of the text at line 3, after the text's last sentence and before note 2 at line 5"),
        "{w:?}"
    );
}

/// Each lone number looked back to the text's start for the note after it: lone numbers
/// with no page break and no note after them took looks growing as the square of their
/// count (1,999,000 for 2000 lines, four times that for twice as many); now at most
/// `PAGE_REACH` each way, about twice the work for twice the lines.
#[test]
fn lone_numbers_are_read_in_linear_time() {
    let work = |count: usize| {
        let texts = vec!["1"; count];
        let mut work = 0;
        let got = numbers_taken_out_counted(page(&texts), &mut Vec::new(), &mut work);
        assert_eq!(got.len(), count);
        work
    };
    let (small, large) = (work(2000), work(4000));
    assert!(large * 2 < small * 5, "{small} then {large}");
    assert!(large <= 4000 * 3 * PAGE_REACH, "{large}");
}

#[test]
fn numbers_taken_out_of_a_note_put_back_in_its_holes() {
    let mut w = Vec::new();
    let lines = page(&[
        "临时议程。",
        "、 、64/187、",
        "、 和 号决议。",
        "2",
        "经济及社会理事会第2006/46号决议。",
        "1",
        "第",
        "56/183 57/238",
        "73/218 77/150 78/132",
        "\u{c}第70/1号决议。",
    ]);
    let got = repair(lines, &mut w);
    assert_eq!(
        texts(&got),
        [
            "临时议程。",
            "1 第56/183、57/238、64/187、73/218、77/150和78/132号决议。",
            "2",
            "经济及社会理事会第2006/46号决议。",
            "第70/1号决议。",
        ]
    );
    assert!(
        w[0].message.contains("note 1: its number and 5 numbers"),
        "{w:?}"
    );
}
