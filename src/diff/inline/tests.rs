use super::runs::{Runs, common_ends};
use super::*;
use proptest::prelude::*;

/// Texts made of the pieces Res. 30's clauses are made of, so that equal ends are common and
/// cuts fall next to every kind of token.
fn clause_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "القرار",
        "بوسان",
        "دبي",
        "جيم",
        "2014",
        "2",
        "C",
        "7",
        " ",
        "  ",
        "\u{a0}",
        "،",
        "؛",
        "(",
        ")",
        "A/70/125",
        "WSIS",
        "ﻫ",
        "َ",
        "-",
        "'1'",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|p| p.concat())
}

fn ops(old: &str, new: &str, opts: &DiffOptions) -> Vec<(Op, String)> {
    diff_text(old, new, opts)
        .into_iter()
        .map(|s| (s.op, s.text))
        .collect()
}

/// Rebuilds both texts from runs and counts the tokens they change.
fn check(old: &str, new: &str, runs: &Runs) -> Result<usize, TestCaseError> {
    let (mut o, mut n, mut changed) = (String::new(), String::new(), 0);
    for (op, range) in &runs.0 {
        let text = if *op == Op::Delete {
            &old[range.clone()]
        } else {
            &new[range.clone()]
        };
        if *op != Op::Insert {
            o.push_str(text);
        }
        if *op != Op::Delete {
            n.push_str(text);
        }
        if *op != Op::Equal {
            changed += tokenize(text).len();
        }
    }
    prop_assert_eq!(o, old);
    prop_assert_eq!(n, new);
    Ok(changed)
}

proptest! {
    /// Leaving the equal ends out may change which of two equally short diffs the word diff
    /// picks (with repeated words), never the texts or the number of tokens changed.
    #[test]
    fn leaving_out_the_equal_ends_keeps_the_diff_minimal(
        stem in clause_text(),
        a in clause_text(),
        b in clause_text(),
        end in clause_text(),
    ) {
        let old = format!("{stem}{a}{end}");
        let new = format!("{stem}{b}{end}");
        let opts = DiffOptions::default();
        let ends = common_ends(&old, &new);
        prop_assert!(ends.0 + ends.1 <= old.len().min(new.len()));
        let trimmed = check(&old, &new, &runs(&old, &new, &opts, ends))?;
        let whole = check(&old, &new, &runs(&old, &new, &opts, (0, 0)))?;
        prop_assert_eq!(trimmed, whole);
    }
}

#[test]
fn citation_update_reads_as_one_replacement() {
    let old = "بالقرار 71 (المراجَع في غوادالاخارا، 2010) لمؤتمر";
    let new = "بالقرار 71 (المراجَع في بوسان، 2014) لمؤتمر";
    let got = ops(old, new, &DiffOptions::default());
    assert_eq!(
        got,
        [
            (Op::Equal, "بالقرار 71 (المراجَع في ".to_string()),
            (Op::Delete, "غوادالاخارا، 2010".to_string()),
            (Op::Insert, "بوسان، 2014".to_string()),
            (Op::Equal, ") لمؤتمر".to_string()),
        ]
    );
}

#[test]
fn sides_rebuild_both_texts() {
    let old = "(دبي، 2014)، إذ يذكّر";
    let new = "(بوينس آيرس، 2017)، إذ يذكر";
    let segs = diff_text(old, new, &DiffOptions::default());
    assert_eq!(old_text(&segs), old);
    assert_eq!(new_text(&segs), new);
}

#[test]
fn normalisations_are_switches() {
    let plain = DiffOptions::default();
    let lenient = DiffOptions {
        ignore_whitespace: true,
        ignore_presentation_forms: true,
        ignore_lookalikes: true,
        ..DiffOptions::default()
    };
    let cases = [
        ("قرار\u{a0}في", "قرار في"),
        ("\u{feeb}ذا", "هذا"),
        ("لقراري А/70/125 و", "لقراري A/70/125 و"),
    ];
    for (a, b) in cases {
        assert!(
            ops(a, b, &plain).iter().any(|(op, _)| *op != Op::Equal),
            "{a}"
        );
        assert!(
            ops(a, b, &lenient).iter().all(|(op, _)| *op == Op::Equal),
            "{a}"
        );
    }
    // A Cyrillic word outside a symbol stays a difference.
    assert!(
        ops("Аnd", "And", &lenient)
            .iter()
            .any(|(op, _)| *op != Op::Equal)
    );
}

/// Whether `ops` take `old` to `new`: each side covered in order, equal runs equal.
fn rebuilds(old: &[u8], new: &[u8], ops: &[DiffOp]) -> bool {
    let (mut i, mut j) = (0, 0);
    for op in ops {
        let (o, n) = (op.old_range(), op.new_range());
        if o.start != i || n.start != j {
            return false;
        }
        if matches!(op, DiffOp::Equal { .. }) && old[o.clone()] != new[n.clone()] {
            return false;
        }
        (i, j) = (o.end, n.end);
    }
    (i, j) == (old.len(), new.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// The long-pair path (histogram diff, and what is left when its deadline passes) still takes
    /// one side to the other: with time to finish, and with none at all.
    #[test]
    fn long_pairs_stay_a_correct_diff(
        old in prop::collection::vec(0u8..6, 0..300),
        edits in prop::collection::vec((0usize..300, 0u8..8), 0..30),
    ) {
        let mut new = old.clone();
        for (at, what) in edits {
            let at = at % (new.len() + 1);
            match what {
                0..=5 => new.insert(at, what),
                _ if at < new.len() => { new.remove(at); }
                _ => {}
            }
        }
        for nanos in [u64::MAX, 0] {
            let ops = word_ops_within(&old, &new, 0, nanos);
            prop_assert!(rebuilds(&old, &new, &ops), "nanos {}: {:?}", nanos, ops);
        }
    }
}

#[test]
fn long_pairs_rebuild_both_texts() {
    // Past MINIMAL_TOKENS, with a change at each end so that the whole text is diffed.
    let words: Vec<String> = (0..12_000).map(|i| format!("w{}", i % 97)).collect();
    let old = format!("a {} z", words.join(" "));
    let mut edited = words.clone();
    edited.retain(|w| w != "w13");
    let new = format!("b {} y", edited.join(" x "));
    let segs = diff_text(&old, &new, &DiffOptions::default());
    assert!(tokenize(&old).len() + tokenize(&new).len() > MINIMAL_TOKENS);
    assert_eq!(old_text(&segs), old);
    assert_eq!(new_text(&segs), new);
}

/// Issue 23: GA 79/194 -> 80/118 (Chinese), the IGF's host city. Riyadh (利雅得) and Lillestrøm
/// (利勒斯特伦) share 利 by chance; a date keeps its units between changed numbers.
#[test]
fn no_han_island_inside_replaced_chinese_text() {
    use Op::*;
    let opts = DiffOptions::default();
    let (old, new) = (
        "回顾各东道国努力召开互联网治理论坛会议，包括最近于2023年在日本京都举行了会议，并表示注意到2024年将在沙特阿拉伯利雅得举行会议，主题为“建设我们的多利益攸关方数字未来”，",
        "回顾各东道国努力召开互联网治理论坛会议，包括最近于2025年在挪威利勒斯特伦召开了主题为“共同建设治理”的会议，",
    );
    assert_eq!(
        ops(old, new, &opts),
        [
            (Equal, "回顾各东道国努力召开互联网治理论坛会议，包括最近于".into()),
            (Delete, "2023".into()),
            (Insert, "2025".into()),
            (Equal, "年在".into()),
            (
                Delete,
                "日本京都举行了会议，并表示注意到2024年将在沙特阿拉伯利雅得举行会议，主题为“建设我们的多利益攸关方数字未来”".into()
            ),
            (Insert, "挪威利勒斯特伦召开了主题为“共同建设治理”的会议".into()),
            (Equal, "，".into()),
        ]
    );
    assert_eq!(
        ops("2021年12月6日", "2022年11月28日", &opts),
        [
            (Delete, "2021".into()),
            (Insert, "2022".into()),
            (Equal, "年".into()),
            (Delete, "12".into()),
            (Insert, "11".into()),
            (Equal, "月".into()),
            (Delete, "6".into()),
            (Insert, "28".into()),
            (Equal, "日".into()),
        ]
    );
    // Under a normalisation the clean-up reads the same tokens.
    let n = DiffOptions {
        ignore_whitespace: true,
        ..DiffOptions::default()
    };
    assert!(
        !diff_text("沙特阿拉伯利雅得举行", "挪威利勒斯特伦召开", &n)
            .iter()
            .any(|s| s.op == Equal)
    );
}

proptest! {
    /// Folding Han islands into the changes around them keeps both texts whole.
    #[test]
    fn han_clean_up_gives_back_both_texts(
        old in prop::collection::vec(prop::sample::select(vec!["利", "雅", "得", "勒", "于", "关", "不", "迟", "年", "2024", "，", " "]), 0..30),
        new in prop::collection::vec(prop::sample::select(vec!["利", "雅", "得", "勒", "于", "关", "不", "迟", "年", "2025", "，", " "]), 0..30),
    ) {
        let (old, new) = (old.concat(), new.concat());
        let runs = diff_text(&old, &new, &DiffOptions::default());
        prop_assert_eq!(old_text(&runs), old);
        prop_assert_eq!(new_text(&runs), new);
    }
}
