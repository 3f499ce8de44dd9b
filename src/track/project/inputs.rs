//! Whether the four texts of a projection belong together: one resolution, the target texts
//! the same revisions as the source texts, and the old revision before the new. Projecting
//! 79/194 onto an ECOSOC resolution, or onto the Arabic of 74/197 instead of 79/194, gave a
//! projection whose "carried" clauses carried outdated or unrelated text, marked `final`.
//! What a text does not say (a plain text's body, a revision without a date) is not checked.

use crate::model::Document;

/// Why four texts do not make a projection.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputsError {
    #[error(
        "{first} and {second} are not the same resolution: a projection carries one resolution's change into another language"
    )]
    OtherResolution { first: String, second: String },
    #[error(
        "{text} and {target} are not the same revision: the target text must be the source's {which} revision in the target language"
    )]
    OtherRevision {
        text: String,
        target: String,
        which: &'static str,
    },
    #[error("{old} is not older than {new}: give the old revision first")]
    NotInOrder { old: String, new: String },
    #[error("{0} is both the old and the new text: nothing changes to project")]
    Same(String),
}

/// Checks that the texts belong together (see the module).
pub fn check(
    source_old: &Document,
    source_new: &Document,
    target_old: &Document,
    target_new: Option<&Document>,
) -> Result<(), InputsError> {
    let all = [
        Some(source_old),
        Some(source_new),
        Some(target_old),
        target_new,
    ];
    for d in all.iter().flatten() {
        let (a, b) = (&source_old.resolution, &d.resolution);
        let bodies = matches!((a.body, b.body), (Some(x), Some(y)) if x != y);
        let numbers = matches!((&a.number, &b.number), (Some(x), Some(y)) if x != y);
        if bodies || numbers {
            return Err(InputsError::OtherResolution {
                first: source_old.address(),
                second: d.address(),
            });
        }
    }
    same_revision(source_old, target_old, "old")?;
    if let Some(t) = target_new {
        same_revision(source_new, t, "new")?;
    }
    if known(source_old) && source_old.revision.id == source_new.revision.id {
        return Err(InputsError::Same(source_old.address()));
    }
    let (o, n) = (&source_old.revision, &source_new.revision);
    let later = match (o.date, n.date, o.year, n.year) {
        (Some(a), Some(b), _, _) => a > b,
        (_, _, Some(a), Some(b)) => a > b,
        _ => false,
    };
    if later {
        return Err(InputsError::NotInOrder {
            old: source_old.address(),
            new: source_new.address(),
        });
    }
    Ok(())
}

/// A revision id a text gave (not the stand-in of one that gave none).
fn known(d: &Document) -> bool {
    d.revision.id.is_some()
}

fn same_revision(
    source: &Document,
    target: &Document,
    which: &'static str,
) -> Result<(), InputsError> {
    let (s, t) = (&source.revision, &target.revision);
    let differs = match (&s.symbol, &t.symbol) {
        (Some(a), Some(b)) => a != b,
        _ => known(source) && known(target) && s.id != t.id,
    } || matches!((s.date, t.date), (Some(a), Some(b)) if a != b);
    if differs {
        return Err(InputsError::OtherRevision {
            text: source.address(),
            target: target.address(),
            which,
        });
    }
    Ok(())
}
