use std::path::Path;

use super::*;
use crate::input::corpus::load_file;

fn load(path: &str) -> Document {
    load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("loads")
}

#[test]
fn every_verdict_on_the_adopted_fixture() {
    let base = load("resolutions/wtdc/030/dubai-2014.ar.toml");
    let rcc = load("resolutions/wtdc/030/rcc-wtdc17.ar.toml");
    let adopted = load("fixtures/tracking/wtdc-030-adopted-fixture.ar.toml");
    let o = outcome(&base, &rcc, &adopted).expect("outcome");
    let find = |needle: &str| {
        o.items
            .iter()
            .find(|i| {
                i.proposed
                    .as_deref()
                    .or(i.base.as_deref())
                    .is_some_and(|t| t.contains(needle))
            })
            .unwrap_or_else(|| panic!("{needle}"))
    };
    assert_eq!(
        find("بالقرار A/70/125 للجمعية").verdict,
        Verdict::NotAdopted
    );
    let noting = find("القرار 1332 الصادر عن المجلس");
    assert_eq!(noting.verdict, Verdict::Partly, "{noting:?}");
    assert!(
        noting.share.is_some_and(|s| s > 0.0 && s < 0.5),
        "{noting:?}"
    );
    assert_eq!(find("رفع هذا القرار").verdict, Verdict::Partly);
    assert_eq!(find("القرار 61 (").verdict, Verdict::AdoptedDifferently);
    assert_eq!(find("بالقرار A/70/1 للجمعية").verdict, Verdict::Adopted);
    // A suppression RCC made, kept by the fixture: Res. 1334 of the Council is gone.
    assert_eq!(find("القرار 1334").verdict, Verdict::Adopted);
    assert_eq!(o.summary["not adopted"], 1);
    assert_eq!(o.summary["partly"], 2);
    assert_eq!(o.summary["adopted differently"], 1);
    assert_eq!(o.items.len(), o.summary.values().sum::<usize>());
}
