//! The predecessor rules on titles of the General Assembly's 79th and 80th sessions (English,
//! as the AKN files give them).

use super::*;

fn sym(s: &str) -> UnSymbol {
    UnSymbol::parse(s).expect("symbol")
}

/// A corpus of 79th-session resolutions, each its own series `s79-N`.
fn corpus(rows: &[(&str, &str)]) -> (Titles, FxHashMap<String, ResNumber>) {
    let mut titles = Titles::default();
    let mut series = FxHashMap::default();
    for (number, title) in rows {
        let s = ResNumber::Series(format!("s79-{number}"));
        series.insert(format!("79-{number}"), s.clone());
        titles.add(Titled {
            body: Body::Unga,
            series: s,
            revision: format!("79-{number}"),
            language: Language::En,
            title: (*title).into(),
            symbol: Some(format!("A/RES/79/{number}")),
        });
    }
    (titles, series)
}

struct Known(Titles, FxHashMap<String, ResNumber>);

impl SeriesLookup for Known {
    fn series(&self, _: Body, symbol: &UnSymbol) -> Option<ResNumber> {
        self.1.get(&symbol.revision_id()).cloned()
    }
    fn titles(&self) -> Option<&Titles> {
        Some(&self.0)
    }
}

fn known(rows: &[(&str, &str)]) -> Known {
    let (t, s) = corpus(rows);
    Known(t, s)
}

fn new_text<'a>(title: &'a str, recalled: &'a [UnSymbol]) -> NewText<'a> {
    NewText {
        body: Body::Unga,
        language: Language::En,
        symbol: None,
        title,
        recalled,
    }
}

const SEVILLA: (&str, &str) = ("323", "Sevilla Commitment");

#[test]
fn the_same_title_wins_over_the_first_recalled() {
    // 80/124 "Commodities" recalls 59/224 ... and 79/323 (Sevilla) before its predecessor.
    let lookup = known(&[SEVILLA, ("210", "Commodities")]);
    let recalled = [sym("59/224"), sym("79/323"), sym("79/210")];
    let got = propose(&lookup, &new_text("Commodities", &recalled)).expect("a series");
    assert_eq!(got.series, ResNumber::Series("s79-210".into()));
    assert_eq!(
        got.why,
        "same title as A/RES/79/210 “Commodities” (unga/s79-210@79-210)"
    );
}

#[test]
fn a_recalled_resolution_on_another_subject_is_no_evidence() {
    let lookup = known(&[SEVILLA]);
    let recalled = [sym("59/224"), sym("79/323")];
    let err = propose(&lookup, &new_text("Commodities", &recalled)).expect_err("no series");
    let ImportError::NoSeries { why } = err else {
        panic!("{err}");
    };
    assert!(why.contains("none it recalls is on its subject"), "{why}");
    assert!(why.contains("A/RES/79/323 “Sevilla Commitment”"), "{why}");
}

#[test]
fn a_recalled_resolution_on_the_same_subject_is_proposed() {
    let lookup = known(&[
        (
            "121",
            "Report of the International Law Commission on the work of its seventy-fifth session",
        ),
        SEVILLA,
    ]);
    let recalled = [sym("79/323"), sym("79/121")];
    let title =
        "Report of the International Law Commission on the work of its seventy-sixth session";
    let got = propose(&lookup, &new_text(title, &recalled)).expect("a series");
    assert_eq!(got.series, ResNumber::Series("s79-121".into()));
    assert!(got.why.contains("recalls A/RES/79/121"), "{}", got.why);
    assert!(got.why.contains("shares 7 of their 9 words"), "{}", got.why);
}

#[test]
fn two_series_on_the_subject_are_named_not_chosen() {
    let lookup = known(&[
        (
            "257",
            "Questions relating to the proposed programme budget for 2025",
        ),
        (
            "258",
            "Special subjects relating to the proposed programme budget for 2025",
        ),
    ]);
    let recalled = [sym("79/257"), sym("79/258")];
    let title = "Relating to the proposed programme budget for 2026";
    let err = propose(&lookup, &new_text(title, &recalled)).expect_err("ambiguous");
    let ImportError::NoSeries { why } = err else {
        panic!("{err}");
    };
    assert!(
        why.contains("2 series") && why.contains("79/257") && why.contains("79/258"),
        "{why}"
    );
}

#[test]
fn one_title_in_two_series_takes_the_recalled_one_or_none() {
    let lookup = known(&[("10", "Commodities"), ("210", "Commodities")]);
    let recalled = [sym("79/210")];
    let got = propose(&lookup, &new_text("Commodities", &recalled)).expect("recalled");
    assert_eq!(got.series, ResNumber::Series("s79-210".into()));
    let err = propose(&lookup, &new_text("Commodities", &[])).expect_err("ambiguous");
    assert!(err.to_string().contains("2 series"), "{err}");
}

#[test]
fn titles_compare_by_their_words() {
    assert_eq!(
        title_key("Youth, disarmament and non\u{2011}proliferation."),
        title_key("youth disarmament and non-proliferation")
    );
    assert_ne!(title_key("Commodities"), title_key("Commodity"));
}
