//! Ids without a history, on 79/194 -> 80/118 (English to Arabic).

use std::path::Path;

use super::*;
use crate::input::corpus::load_file;

fn un(revision: &str, lang: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("resolutions/unga/ict4sd/{revision}.{lang}.toml"));
    load_file(&path).expect("corpus file")
}

/// Given no history (texts given as files), a kept clause is named where it stands in OLD, a new
/// one where it stands in NEW; a birth given for NEW wins over both.
#[test]
fn without_a_history_ids_name_the_place_in_old_or_new() {
    let (old, new, target) = (un("79-194", "en"), un("80-118", "en"), un("79-194", "ar"));
    let p = project(&old, &new, &target, None);
    let row = |label: &str| {
        p.clauses
            .iter()
            .find(|c| c.section_index == 1 && c.label == label && c.status != Status::Suppressed)
            .unwrap_or_else(|| panic!("{label}"))
    };
    // 80/118 inserts a paragraph at ¶5: ¶6 is 79/194's ¶5.
    assert_eq!(row("¶5").status, Status::New);
    assert_eq!(row("¶5").id, "80-118:1:5");
    assert_eq!(row("¶6").id, "79-194:1:5");
    let mut births = Births::default();
    let at = ClausePath::top(0, 5);
    births.new.insert(
        at.clone(),
        Birth {
            revision: "74-197".into(),
            at: ClausePath::top(0, 4),
        },
    );
    let p = project_with(&old, &new, &target, None, &births);
    let sixth = p.clauses.iter().find(|c| c.label == "¶6").expect("¶6");
    assert_eq!(sixth.id, "74-197:1:5");
    // The title and footnotes are projected: 80/118's 26 notes, then 79/194's it drops.
    assert_eq!(p.title.as_ref().map(|t| t.status), Some(Status::Carried));
    let kept = p
        .footnotes
        .iter()
        .filter(|f| f.status != Status::Suppressed);
    assert_eq!(kept.count(), 26);
}
