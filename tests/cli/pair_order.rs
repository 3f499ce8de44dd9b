//! Whether two texts compare does not depend on the order they are given in: each text lends
//! the other what it says of itself, both ways. Header-less plain texts (`fixtures/headerless/`)
//! were compared one way round and refused the other ("different resolutions").

use crate::common;

use std::path::PathBuf;

use common::{repo, resdiff};
use resdiff::input::ImportOptions;
use resdiff::{CompareError, Comparison};

fn headerless(name: &str) -> PathBuf {
    repo().join("fixtures/headerless").join(name)
}

/// The exit code and the last line on stderr of `resdiff diff OLD NEW`.
fn diff(old: &str, new: &str) -> (Option<i32>, String) {
    let out = resdiff()
        .args(["diff", old, new, "--format", "json"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or_default().to_string();
    (out.status.code(), last)
}

#[test]
fn header_less_texts_compare_either_way_round_on_the_command_line() {
    let (a, b) = (
        "fixtures/headerless/dubai-2014.ar.txt",
        "fixtures/headerless/rcc-wtdc17.ar.txt",
    );
    for (old, new) in [(a, b), (b, a)] {
        let (code, last) = diff(old, new);
        assert_eq!(code, Some(1), "diff {old} {new}: {last}");
    }
}

#[test]
fn a_pair_that_does_not_compare_is_refused_either_way_round_for_one_reason() {
    // An Arabic ITU text against an Arabic UN one: not one resolution, whichever comes first.
    let (a, b) = (
        "fixtures/headerless/dubai-2014.ar.txt",
        "unga/ict4sd@78-132:ar",
    );
    let (code_ab, why_ab) = diff(a, b);
    let (code_ba, why_ba) = diff(b, a);
    assert_eq!((code_ab, code_ba), (Some(2), Some(2)), "{why_ab}\n{why_ba}");
    let reason = |m: &str| m.rsplit_once("; ").map(|(_, r)| r.to_string());
    assert!(why_ab.contains("different resolutions"), "{why_ab}");
    assert_eq!(reason(&why_ab), reason(&why_ba), "{why_ab}\n{why_ba}");
}

#[test]
fn the_library_reads_a_pair_alike_either_way_round() {
    let (a, b) = (
        headerless("dubai-2014.ar.txt"),
        headerless("rcc-wtdc17.ar.txt"),
    );
    // Metadata nothing gives may stay unknown, as on the command line: both compare, each
    // text with the body and year the formula of the other gives.
    let loose = Comparison::new().given(ImportOptions {
        allow_unknown: true,
        ..ImportOptions::default()
    });
    for (old, new) in [(&a, &b), (&b, &a)] {
        let got = loose.files(old, new).expect("compares");
        assert_eq!(got.diff.old.body, Some(resdiff::Body::Wtdc));
        assert_eq!(got.diff.new.body, Some(resdiff::Body::Wtdc));
        assert_eq!(got.diff.old.number, got.diff.new.number);
    }
    // By default the library asks for the number and title neither gives: refused both ways
    // round, for the same reason.
    let missing = |r: Result<resdiff::Compared, CompareError>| match r {
        Err(CompareError::Source(resdiff::input::source::SourceError::Import {
            source: resdiff::ImportError::Missing(fields),
            ..
        })) => fields,
        other => panic!("expected missing metadata, got {other:?}"),
    };
    assert_eq!(
        missing(Comparison::new().files(&a, &b)),
        missing(Comparison::new().files(&b, &a))
    );
}
