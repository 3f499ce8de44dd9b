//! Citations of the Res. 30 texts and their standing at WTDC-17.

use std::path::Path;

use super::*;
use crate::input::corpus::load_file;

fn dubai() -> Document {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai")
}

#[test]
fn arabic_resolution_citations_with_body_and_revision() {
    let found = citations(&dubai());
    type Row<'a> = (
        Option<Body>,
        Option<u32>,
        bool,
        Option<&'a str>,
        Option<u16>,
    );
    let res: Vec<Row> = found
        .iter()
        .filter(|c| c.kind == Kind::Resolution)
        .map(|c| (c.body, c.number, c.revised, c.venue.as_deref(), c.year))
        .collect();
    assert_eq!(
        res[0],
        (
            Some(Body::Pp),
            Some(71),
            true,
            Some("Guadalajara"),
            Some(2010)
        )
    );
    // PP Res. 172 as adopted (not revised) at Guadalajara.
    assert!(res.contains(&(
        Some(Body::Pp),
        Some(172),
        false,
        Some("Guadalajara"),
        Some(2010)
    )));
    // "مؤتمر المندوبين المفوضين، في قراره 140": the body stands before the citation.
    let recognizing = found
        .iter()
        .find(|c| c.section == "recognizing_further" && c.kind == Kind::Resolution)
        .expect("recognizing further");
    assert_eq!(
        (recognizing.body, recognizing.number),
        (Some(Body::Pp), Some(140))
    );
    // Council resolutions, with and without a modification year; "this conference" is WTDC.
    assert!(res.contains(&(Some(Body::Council), Some(1334), false, None, Some(2013))));
    assert!(res.contains(&(Some(Body::Wtdc), Some(8), true, Some("Dubai"), Some(2014))));
    assert!(res.contains(&(Some(Body::Wtsa), Some(75), true, Some("Dubai"), Some(2012))));
}

#[test]
fn action_lines_un_symbols_and_sdgs() {
    let rcc = load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030/rcc-wtdc17.ar.toml"),
    )
    .expect("rcc");
    let found = citations(&rcc);
    let texts = |k: Kind| -> Vec<&str> {
        found
            .iter()
            .filter(|c| c.kind == k)
            .map(|c| c.text.as_str())
            .collect()
    };
    assert!(texts(Kind::ActionLine).contains(&"وجيم5"));
    assert!(texts(Kind::UnSymbol).contains(&"A/70/125"));
    assert!(texts(Kind::Sdg).contains(&"خطة التنمية المستدامة لعام 2030"));
    let english = in_text(
        "Resolution 140 (Rev. Busan, 2014) of the Plenipotentiary Conference, Action Lines C1 and C11, A/RES/70/1, the Sustainable Development Goals, Resolution 1332 (Mod. 2016) of the Council",
        Some(Body::Wtdc),
    );
    let kinds: Vec<Kind> = english.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Resolution,
            Kind::ActionLine,
            Kind::ActionLine,
            Kind::UnSymbol,
            Kind::Sdg,
            Kind::Resolution
        ]
    );
    assert_eq!(english[0].body, Some(Body::Pp));
    assert_eq!(english[5].body, Some(Body::Council));
    // No body named: the conference of the tag says which (WTSA-16 met at Hammamet in 2016).
    let bare = in_text(
        "in accordance with Resolution 35 (Rev. Hammamet, 2016), the chairmen",
        Some(Body::Wtsa),
    );
    assert_eq!((bare[0].body, bare[0].number), (Some(Body::Wtsa), Some(35)));
    let bare = in_text(
        "القرار 131 (المراجَع في بوسان، 2014)، بشأن",
        Some(Body::Wtdc),
    );
    assert_eq!(bare[0].body, Some(Body::Pp));
}

#[test]
fn the_cyrillic_a_of_the_seed_is_flagged() {
    let found = in_text("بقراري الجمعية العامة А/70/125 وA/70/1", Some(Body::Wtdc));
    let symbols: Vec<(&str, Option<char>)> = found
        .iter()
        .filter(|c| c.kind == Kind::UnSymbol)
        .map(|c| (c.text.as_str(), c.lookalike))
        .collect();
    assert_eq!(symbols, [("А/70/125", Some('А')), ("A/70/1", None)]);
}

#[test]
fn at_wtdc17_the_guadalajara_revisions_are_stale_since_busan() {
    let doc = dubai();
    let as_of: AsOf = "WTDC-17".parse().expect("calendar");
    assert_eq!(as_of.0.to_string(), "2017-10-09");
    let judged = stale(&citations(&doc), &as_of, &[]);
    let pp71 = judged
        .iter()
        .find(|s| s.citation.number == Some(71))
        .expect("PP Res. 71");
    assert_eq!(pp71.status, Standing::Stale);
    assert_eq!(pp71.superseded_by.as_deref(), Some("PP-14 (Busan, 2014)"));
    // WTDC Res. 8 (Rev. Dubai, 2014): WTDC-17 has not ended on its opening day.
    let wtdc8 = judged
        .iter()
        .find(|s| s.citation.number == Some(8))
        .expect("Res. 8");
    assert_eq!(wtdc8.status, Standing::Current);
    let wtsa75 = judged
        .iter()
        .find(|s| s.citation.number == Some(75))
        .expect("WTSA Res. 75");
    assert_eq!(
        wtsa75.superseded_by.as_deref(),
        Some("WTSA-16 (Hammamet, 2016)")
    );
    let council = judged
        .iter()
        .find(|s| s.citation.number == Some(1334))
        .expect("1334");
    assert_eq!(council.status, Standing::Unknown);
    // As of 2014-01-01, Busan had not met: current.
    let early = stale(&citations(&doc), &"2014-01-01".parse().expect("date"), &[]);
    assert!(
        early
            .iter()
            .filter(|s| s.citation.body == Some(Body::Pp))
            .all(|s| s.status == Standing::Current)
    );
}

#[test]
fn fixing_updates_each_stale_tag_in_the_text_language() {
    let doc = dubai();
    let judged = stale(&citations(&doc), &"WTDC-17".parse().expect("as of"), &[]);
    let fixed = fix(&doc, &judged);
    let a = &fixed.sections[0].clauses[0].text;
    assert!(
        a.starts_with("بالقرار 71 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين"),
        "{a}"
    );
    // No adopted text of the corpus cites a Busan revision of PP Res. 172 (only the proposals
    // do), and the table lacks PP-14's Final Acts: the tag stays as it is.
    let e = &fixed.sections[0].clauses[4].text;
    assert!(e.starts_with("بالقرار 172 (غوادالاخارا، 2010)"), "{e}");
    // Nothing stale is left.
    let again = stale(&citations(&fixed), &"WTDC-17".parse().expect("as of"), &[]);
    assert!(
        again.iter().all(|s| s.status != Standing::Stale),
        "{:?}",
        again
            .iter()
            .filter(|s| s.status == Standing::Stale)
            .map(|s| &s.citation.text)
            .collect::<Vec<_>>()
    );
}

#[test]
fn calendar_spans() {
    let span = |dates, year| {
        let (a, b) = calendar::span(dates, year);
        (a.to_string(), b.to_string())
    };
    assert_eq!(
        span("9-20 Oct 2017", 2017),
        ("2017-10-09".into(), "2017-10-20".into())
    );
    assert_eq!(
        span("24 May-4 Jun 2010", 2010),
        ("2010-05-24".into(), "2010-06-04".into())
    );
    assert_eq!(span("", 2010), ("2010-01-01".into(), "2010-12-31".into()));
    // A month without days is the whole month, to its last day.
    assert_eq!(
        span("(Nov 2006)", 2006),
        ("2006-11-01".into(), "2006-11-30".into())
    );
    assert_eq!(span("Feb 2016", 2016).1, "2016-02-29");
    assert_eq!(span("30-31 Feb 2015", 2015).1, "2015-02-28");
    assert!(matches!(
        "WTDC-99".parse::<AsOf>(),
        Err(calendar::BadAsOf::Unknown(_))
    ));
    // Shaped as a date: refused as a date, naming the value, not as an unknown conference.
    let err = "9999-99-99".parse::<AsOf>().map(|a| a.0.to_string());
    assert!(matches!(err, Err(calendar::BadAsOf::Date(_))), "{err:?}");
    assert_eq!(
        err.map_err(|e| e.to_string()),
        Err("`9999-99-99` is not a date: there is no month 99".into())
    );
    assert_eq!(
        "wtdc-17".parse::<AsOf>().map(|a| a.0.to_string()),
        Ok("2017-10-09".into())
    );
}

#[test]
fn every_conference_spans_its_year() {
    for c in crate::model::conferences() {
        let (open, close) = calendar::span(&c.dates, c.year);
        assert!(open <= close, "{}: {open} after {close}", c.short);
        assert_eq!((open.year(), close.year()), (c.year, c.year), "{}", c.short);
    }
}

#[test]
fn citations_written_with_no_break_spaces_are_found() {
    // ITU's own DOCX writes "Resolution\u{a0}165": WTSA Res. 1 cites PP Res. 165, 72 and 5 so.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtsa/001/hammamet-2016.en.toml");
    let doc = load_file(&path).expect("wtsa 1");
    let found = citations(&doc);
    let numbers: Vec<u32> = found
        .iter()
        .filter(|c| c.kind == Kind::Resolution)
        .filter_map(|c| c.number)
        .collect();
    for n in [165, 72, 5, 71] {
        assert!(numbers.contains(&n), "Res. {n} not found in {numbers:?}");
    }
    // The stale one the issue named: PP Res. 165 (Guadalajara, 2010), revised at Busan.
    let judged = stale(&found, &"WTSA-20".parse().expect("calendar"), &[]);
    let r165 = judged
        .iter()
        .find(|s| s.citation.number == Some(165))
        .expect("Res. 165");
    assert_eq!(r165.status, Standing::Stale);
    // A narrow no-break space works too; a word that merely starts with the key does not.
    let text = "Resolution\u{202f}140 (Rev. Busan, 2014) and Resolutions 2 and 3";
    let got = resolutions(text, Some(Body::Wtsa));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].3, 140);
}

fn wtsa_1() -> Document {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtsa/001/hammamet-2016.en.toml");
    load_file(&path).expect("wtsa 1")
}

/// Issue 24: as of WTSA-24 every PP citation of WTSA Res. 1 was "superseded at PP-22", and
/// `--fix` wrote `Resolution 5 (Rev. Bucharest, 2022)` and moved Res. 165 past Dubai 2018.
#[test]
fn wtsa_1_at_wtsa24_is_judged_by_the_table_alone() {
    let doc = wtsa_1();
    let as_of: AsOf = "WTSA-24".parse().expect("calendar");
    let judged = stale(&citations(&doc), &as_of, &[]);
    let of = |n: u32| {
        judged
            .iter()
            .find(|s| s.citation.number == Some(n))
            .unwrap_or_else(|| panic!("Res. {n}"))
    };
    // PP-18 revised Res. 165 (its Final Acts say so); PP-22 is not in the table.
    let r165 = of(165);
    assert_eq!(r165.status, Standing::Stale);
    assert_eq!(r165.superseded_by.as_deref(), Some("PP-18 (Dubai, 2018)"));
    assert_eq!(
        r165.evidence.as_deref(),
        Some("Final Acts PP-18: RESOLUTION 165 (REV. DUBAI, 2018)")
    );
    assert!(r165.reason.as_deref().is_some_and(|r| r.contains("PP-22")));
    // Res. 5 and Res. 72 are not among PP-18's resolutions; what PP-22 did is not known.
    for n in [5, 72] {
        assert_eq!(of(n).status, Standing::Unknown, "Res. {n}");
        assert!(
            of(n).reason.as_deref().is_some_and(|r| r.contains("PP-22")
                && r.starts_with("no Final Acts of")
                && !r.contains("PP-18")),
            "{:?}",
            of(n).reason
        );
    }
    // WTSA-20 (Geneva, 2022) met, but nothing says what it revised.
    assert_eq!(of(35).status, Standing::Unknown);
    assert_eq!(
        of(35).reason.as_deref(),
        Some("no Final Acts of WTSA-20 in the table")
    );
    let fixed = fix(&doc, &judged);
    fn texts(cs: &[crate::model::Clause], out: &mut String) {
        for c in cs {
            out.push_str(&c.text);
            out.push('\n');
            texts(&c.children, out);
        }
    }
    let mut all = String::new();
    for s in &fixed.sections {
        texts(&s.clauses, &mut all);
    }
    // ITU's DOCX writes "Resolution\u{a0}165".
    assert!(all.contains("165 (Rev. Dubai, 2018) of the Plenipotentiary"));
    assert!(all.contains("71 (Rev. Dubai, 2018) of the Plenipotentiary"));
    assert!(all.contains("5 (Kyoto, 1994) of the Plenipotentiary"));
    assert!(
        !all.contains("Bucharest") && !all.contains("Geneva, 2022"),
        "{all}"
    );
    assert!(all.contains("Appendix I (to Resolution 1 (Rev. Hammamet, 2016))"));
}

/// The resolution's own appendices name it with its tag: not a citation, never updated.
#[test]
fn own_appendices_and_title_line_are_not_citations() {
    let mut doc = wtsa_1();
    let found = citations(&doc);
    assert!(
        found
            .iter()
            .filter(|c| c.kind == Kind::Resolution)
            .all(|c| c.number != Some(1) || c.tag.is_none()),
        "{:?}",
        found.iter().map(|c| &c.text).collect::<Vec<_>>()
    );
    // A title line read as a clause (as a pasted text may give it) is no citation either.
    let mut title = doc.sections[0].clauses[0].clone();
    title.text = "Resolution 1 (Rev. Hammamet, 2016)".into();
    doc.sections[0].clauses.insert(0, title);
    assert_eq!(citations(&doc).len(), found.len());
    // Another resolution's appendix is cited as any other text.
    let other = in_text(
        "Appendix I (to Resolution 2 (Rev. Hammamet, 2016))",
        Some(Body::Wtsa),
    );
    assert_eq!(other.len(), 1);
}

/// Issue 24: "WTSA Resolution 2" came out with an unknown body.
#[test]
fn bodies_named_by_their_short_names() {
    let found = citations(&wtsa_1());
    let r2 = found
        .iter()
        .find(|c| c.number == Some(2))
        .expect("WTSA Resolution 2");
    assert_eq!(r2.body, Some(Body::Wtsa), "{}", r2.text);
    let body = |text: &str| in_text(text, Some(Body::Pp))[0].body;
    assert_eq!(
        body("the Resolution 2 of the WTSA applies"),
        Some(Body::Wtsa)
    );
    assert_eq!(body("in PP Resolution 140, the"), Some(Body::Pp));
    assert_eq!(
        in_text("WTDC Resolution 30 applies", Some(Body::Pp))[0].body,
        Some(Body::Wtdc)
    );
    assert_eq!(
        body("Resolution 30 (Rev. Dubai, 2014) of the WTDC"),
        Some(Body::Wtdc)
    );
    // A word that merely ends so ("SPP") names nothing.
    assert_eq!(in_text("SPP Resolution 7", None)[0].body, None);
}
