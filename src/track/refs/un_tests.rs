//! The UN citations of `refs` on real texts: the series of A/RES/80/118 in its six languages,
//! the 78th session's human rights texts.

use std::path::Path;

use super::{AsOf, Kind, Standing, citations, stale};
use crate::input::ImportOptions;
use crate::input::akn::import_akn_file;
use crate::input::corpus::load_file;
use crate::model::{Body, Document, ResNumber};

fn ict4sd(revision: &str) -> Document {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/unga/ict4sd");
    load_file(&dir.join(format!("{revision}.en.toml"))).expect("ict4sd")
}

/// Issue 24: A/RES/80/118 recalls some 30 resolutions and lists more in its footnotes;
/// `refs` found none of them.
#[test]
fn the_resolutions_80_118_recalls_in_text_and_footnotes() {
    let found = citations(&ict4sd("80-118"));
    let un: Vec<(&str, Option<Body>, &str, &str)> = found
        .iter()
        .filter(|c| c.kind == Kind::UnResolution)
        .map(|c| {
            let mark = c.path.first().map_or("", String::as_str);
            (c.text.as_str(), c.body, c.section.as_str(), mark)
        })
        .collect();
    assert_eq!(un[0], ("79/194", Some(Body::Unga), "preambular", ""));
    assert_eq!(un[1], ("2025/18", Some(Body::Ecosoc), "preambular", ""));
    // Footnote 1 lists the series's 21 earlier texts, 56/183 to 78/132: each is read, by its mark.
    let note1: Vec<&str> = un
        .iter()
        .filter(|u| u.2 == "footnotes" && u.3 == "1")
        .map(|u| u.0)
        .collect();
    assert_eq!(note1.len(), 21, "{note1:?}");
    assert_eq!((note1[0], note1[20]), ("56/183", "78/132"));
    // "Resolution 217 A (III)" is the General Assembly's, not an ITU resolution 217.
    let udhr = found
        .iter()
        .find(|c| c.text.starts_with("217"))
        .expect("217 A (III)");
    assert_eq!(udhr.symbol.as_deref(), Some("A/RES/217 A (III)"));
    assert!(found.iter().all(|c| c.kind != Kind::Resolution));
}

/// The Security Council numbers by year in parentheses; the Human Rights Council by session.
#[test]
fn security_council_and_human_rights_council_resolutions() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/akn/unga-78session/A_RES_78_218-2325997E.xml");
    let opts = ImportOptions {
        number: Some(ResNumber::Series("dprk-human-rights".into())),
        ..Default::default()
    };
    let doc = import_akn_file(&path, &opts, &ImportOptions::default(), &|_, _| None)
        .expect("78/218")
        .document;
    let found = citations(&doc);
    let symbols: Vec<(Option<Body>, &str)> = found
        .iter()
        .filter(|c| c.kind == Kind::UnResolution)
        .map(|c| (c.body, c.symbol.as_deref().unwrap_or_default()))
        .collect();
    let want = [
        // "as referred to by the Security Council in its resolutions 2321 (2016) of ..."
        (Some(Body::Unsc), "S/RES/2321 (2016)"),
        // "pursuant to Human Rights Council resolution 31/18"
        (Some(Body::Hrc), "A/HRC/RES/31/18"),
    ];
    for w in want {
        assert!(symbols.contains(&w), "{w:?} not in {symbols:?}");
    }
}

/// A cited UN resolution is stale when the corpus holds a later one of its series.
#[test]
fn un_staleness_follows_the_series_in_the_corpus() {
    let corpus: Vec<Document> = ["77-150", "78-132", "79-194", "80-118"]
        .iter()
        .map(|r| ict4sd(r))
        .collect();
    let found = citations(&ict4sd("79-194"));
    let judge = |as_of: &str| stale(&found, &as_of.parse::<AsOf>().expect("date"), &corpus);
    let of = |j: &[super::Staleness], s: &str| {
        j.iter()
            .find(|x| x.citation.symbol.as_deref() == Some(s))
            .cloned()
            .unwrap_or_else(|| panic!("{s}"))
    };
    let late = judge("2026-01-01");
    let r = of(&late, "A/RES/78/132");
    assert_eq!(r.status, Standing::Stale);
    assert_eq!(r.superseded_by.as_deref(), Some("A/RES/80/118"));
    let early = judge("2025-01-01");
    assert_eq!(
        of(&early, "A/RES/78/132").superseded_by.as_deref(),
        Some("A/RES/79/194")
    );
    let r = of(&late, "A/RES/70/1");
    assert_eq!(r.status, Standing::Unknown);
    assert_eq!(r.reason.as_deref(), Some("A/RES/70/1 is not in the corpus"));
}

fn dprk() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/akn/unga-78session/A_RES_78_218-2325997E.xml");
    let opts = ImportOptions {
        number: Some(ResNumber::Series("dprk-human-rights".into())),
        ..Default::default()
    };
    import_akn_file(&path, &opts, &ImportOptions::default(), &|_, _| None)
        .expect("78/218")
        .document
}

/// Issue 24: "pursuant to Council resolution 31/18" in a General Assembly text, after the Human
/// Rights Council is named, was read as the General Assembly's 31/18. "Council" alone is the
/// council named before it, and the citation says so; "Assembly" alone is the General Assembly.
#[test]
fn council_alone_is_the_council_named_before_it() {
    let found = citations(&dprk());
    let at = |path: &str, text: &str| {
        found
            .iter()
            .find(|c| c.kind == Kind::UnResolution && c.path.join(" ") == path && c.text == text)
            .unwrap_or_else(|| panic!("{path} {text}"))
    };
    let r = at("1.", "31/18");
    assert_eq!(r.symbol.as_deref(), Some("A/HRC/RES/31/18"));
    assert_eq!(
        r.body_guessed.as_deref(),
        Some("“Council” alone, read as the Human Rights Council named before it")
    );
    // "including Assembly resolution 77/226 of 15 December 2022 and Council resolution 52/28".
    let pre = |text: &str| at("", text);
    assert_eq!(pre("77/226").symbol.as_deref(), Some("A/RES/77/226"));
    assert_eq!(pre("77/226").body_guessed, None);
    assert_eq!(pre("52/28").symbol.as_deref(), Some("A/HRC/RES/52/28"));
    // "paragraph 17 of resolution 2375 (2017)": no body named, the year in brackets tells.
    let r = at("2. (a) (xi)", "2375 (2017)");
    assert_eq!(r.body, Some(Body::Unsc));
    assert_eq!(
        r.body_guessed.as_deref(),
        Some(
            "no body named; 2375 (2017), numbered with its year in brackets, taken as the Security Council's"
        )
    );
    // "the Security Council in its resolutions 2321 (2016) of 30 November 2016, 2371 (2017) …":
    // the list reads on past each date.
    let sc: Vec<&str> = found
        .iter()
        .filter(|c| c.path == [""] && c.body == Some(Body::Unsc))
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        sc,
        ["2321 (2016)", "2371 (2017)", "2375 (2017)", "2397 (2017)"]
    );
}

/// The UN resolutions a text cites, as a set of symbols, with the document symbols it cites.
fn cited(doc: &Document) -> std::collections::BTreeSet<String> {
    citations(doc)
        .into_iter()
        .filter_map(|c| match c.kind {
            Kind::UnResolution => c.symbol,
            Kind::UnSymbol => Some(c.text),
            _ => None,
        })
        .collect()
}

/// Issue 24: UN citations were read in English only. A/RES/80/118 cites the same resolutions in
/// its six languages ("sa résolution 79/194", "la resolución del Consejo Económico y Social
/// 2025/18", "свою резолюцию", "قرارات المجلس الاقتصادي والاجتماعي 2006/46، و 2008/3",
/// "第56/183、57/238……和78/132号决议") and the same document symbols, and `refs` finds them
/// all. The differences are the Arabic text's own: operative paragraph 66 reads "على النحو
/// الوارد في،" ("as contained in,") where the others cite General Assembly resolution 79/277,
/// and its last footnote cites E/HLPF/2024/7 where the others cite E/HLPF/2025/6.
#[test]
fn the_resolutions_80_118_cites_in_six_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/unga/ict4sd");
    let load = |lang: &str| load_file(&dir.join(format!("80-118.{lang}.toml"))).expect(lang);
    let english = cited(&load("en"));
    assert_eq!(english.len(), 55 + 9, "{english:?}");
    for lang in ["fr", "es", "ru", "ar", "zh"] {
        let got = cited(&load(lang));
        let missing: Vec<&String> = english.difference(&got).collect();
        let extra: Vec<&String> = got.difference(&english).collect();
        let arabic = lang == "ar";
        let (lacks, adds): (&[&str], &[&str]) = if arabic {
            (&["A/RES/79/277", "E/HLPF/2025/6"], &["E/HLPF/2024/7"])
        } else {
            (&[], &[])
        };
        assert_eq!(missing, lacks, "{lang}: missing");
        assert_eq!(extra, adds, "{lang}: extra");
    }
}

/// Issue 24: English, Spanish and Russian write a list of resolutions broken by what each is
/// about without repeating the keyword ("resolutions 79/1 of 22 September 2024, in which …, and
/// 79/194 of 19 December 2024 on …, 78/160 of …"), and the list was read only up to the first
/// title: ECOSOC 2025/18 missed 78/160, 78/311 and 79/194 there, 2024/13 missed 78/132, 78/160
/// and 78/265 (in Arabic too). The Chinese text of 2025/18 writes "的78/160号决议" without
/// `第`, and the Russian 2021/28 "2200 A (XXI)" with no-break spaces. Each revision of the
/// series now cites the same resolutions in the six languages. (Their document symbols are
/// not compared here: the Arabic 2022/15 writes its A/C.2/59/3 footnote differently.)
#[test]
fn the_wsis_series_cites_the_same_in_six_languages() {
    let resolutions = |doc: &Document| -> std::collections::BTreeSet<String> {
        citations(doc)
            .into_iter()
            .filter(|c| c.kind == Kind::UnResolution)
            .filter_map(|c| c.symbol)
            .collect()
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/ecosoc/wsis");
    for revision in ["2021-28", "2022-15", "2023-3", "2024-13", "2025-18"] {
        let load = |lang: &str| {
            let path = dir.join(format!("{revision}.{lang}.toml"));
            resolutions(&load_file(&path).expect(lang))
        };
        let english = load("en");
        for lang in ["fr", "es", "ru", "ar", "zh"] {
            assert_eq!(load(lang), english, "{revision} {lang}");
        }
    }
    let english = resolutions(&load_file(&dir.join("2025-18.en.toml")).expect("2025/18"));
    for s in [
        "A/RES/78/160",
        "A/RES/78/311",
        "A/RES/79/194",
        "A/RES/78/265",
    ] {
        assert!(english.contains(s), "{s}");
    }
}

/// A list goes on past a title only to a dated number of the same shape, with no keyword
/// between: A/RES/79/128's "as well as its decisions 75/526 … and 78/516" are decisions, not
/// resolutions, though numbered alike.
#[test]
fn a_list_goes_on_past_a_title_to_resolutions_only() {
    let text = "Recalling its resolutions 71/141 of 13 December 2016, 73/209 of 20 December 2018 \
                and 76/119 of 9 December 2021, as well as its decisions 75/526 of 15 December \
                2020 and 78/516 of 7 December 2023,";
    let found: Vec<String> = super::un::un_resolutions(text, Some(Body::Unga))
        .into_iter()
        .map(|f| f.symbol)
        .collect();
    assert_eq!(found, ["A/RES/71/141", "A/RES/73/209", "A/RES/76/119"]);
}
