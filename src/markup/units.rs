//! Provisions in the markup: which paragraphs of the diff are provisions of their own and which
//! belong to one (see [`crate::model::provision`]), and the symbol of a provision taken with
//! its unlabelled paragraphs, so that per-provision numbering gives a changed lead-in to the
//! provision it introduces rather than a number of its own; and which top-level clauses are
//! parts of the rules ("SECTION 3").

use crate::diff::{Change, ClauseChange, owners};
use crate::model::provision::Owner;
use crate::model::{Label, Scheme};

/// Two changes taken as one provision's: the same if they agree, else what each makes of a
/// parent, whichever weighs more.
fn combine(a: Change, b: Change) -> Change {
    if a == b {
        a
    } else {
        a.to_parent().max(b.to_parent())
    }
}

/// The symbol of sibling `k` as a provision: its own change with those of its unlabelled
/// items (and theirs) and of the unlabelled siblings after it that continue it.
pub(super) fn unit_change(rows: &[ClauseChange], k: usize, kin: &[Owner]) -> Change {
    fn with_lead_ins(c: &ClauseChange, depth_owners: Vec<Owner>) -> Change {
        c.children
            .iter()
            .zip(&depth_owners)
            .filter(|(_, o)| **o == Owner::Parent)
            .fold(c.change, |acc, (child, _)| {
                // A lead-in's own unlabelled items are lead-ins too.
                let below = vec![Owner::Parent; child.children.len()];
                combine(acc, with_lead_ins(child, below))
            })
    }
    // Below a clause, everything is at least one level down.
    let depth_owners = |c: &ClauseChange| owners(&c.children, 1);
    let c = &rows[k];
    let mut change = with_lead_ins(c, depth_owners(c));
    for (next, o) in rows.iter().zip(kin).skip(k + 1) {
        if *o != Owner::PreviousSibling {
            break;
        }
        change = combine(change, with_lead_ins(next, depth_owners(next)));
    }
    change
}

/// Whether a top-level clause is a part of the rules, "SECTION 3" above "Study group
/// management": a number for its label, and each labelled item under it numbered `3.1`, `3.2`, ...
/// (on either side). The DOCX reader reads ITU's SectionNo and Sectiontitle paragraphs as such a
/// clause; the proposal writes it back the same way.
pub(super) fn is_rules_section(c: &ClauseChange) -> bool {
    let own = [c.old_label.as_deref(), c.new_label.as_deref()];
    let numbered = |l: &str| Label::parse(l).is_ok_and(|l| l.scheme() == Scheme::Number);
    let under = |l: &String| {
        Label::parse(l).is_ok_and(|p| p.scheme() == Scheme::Decimal)
            && l.split_once('.')
                .is_some_and(|(head, _)| own.contains(&Some(head)))
    };
    // A provision moved in or out carries its label on the other side too (1.12 moved to be
    // 4.4bis): one of its labels under the number is enough.
    let labelled = || {
        c.children
            .iter()
            .map(|k| [k.old_label.as_ref(), k.new_label.as_ref()])
            .filter(|ls| ls.iter().any(Option::is_some))
    };
    own.iter().flatten().all(|l| numbered(l))
        && own.iter().any(Option::is_some)
        && labelled().next().is_some()
        && labelled().all(|ls| ls.into_iter().flatten().any(under))
}
