//! Page names: every page reads back from its name, and nothing else is a page.

use super::*;

#[test]
fn page_names_read_back() {
    let s = Series {
        body: Body::Wtdc,
        number: 30.into(),
        language: Language::Ar,
    };
    for p in [
        Page::Index,
        Page::Series(s.clone()),
        Page::Text(s.clone(), "dubai-2014".into()),
        Page::Blame(s.clone(), "rcc-wtdc17".into()),
        Page::Compile(s.clone(), "dubai-2014".into()),
        Page::Diff(
            s.clone(),
            "dubai-2014".into(),
            "rcc-wtdc17".into(),
            Layout::SideBySide,
        ),
        Page::Parallel(
            Body::Unga,
            "ict4sd".parse().expect("series"),
            "80-118".into(),
        ),
    ] {
        assert_eq!(Page::parse(&p.name()), Some(p));
    }
}

#[test]
fn paths_and_strangers_are_no_page() {
    for name in [
        "../etc/passwd",
        "text_wtdc_30_..%2f_ar.html",
        "text_wtdc_30_../x_ar.html",
        "text_wtdc_30_dubai-2014_xx.html",
        "text_wtdc_0_dubai-2014_ar.html",
        "res_wtdc_30_ar.htm",
        "/etc/passwd",
        "style.css",
    ] {
        assert_eq!(Page::parse(name), None, "{name}");
    }
}
