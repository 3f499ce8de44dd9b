//! What the reader says of a body it reads as it is, without repairing it: text standing in no
//! paragraph, and a label given twice among siblings.

use super::dom::{Elem, Node};
use super::text;
use crate::input::Warning;
use crate::model::{Clause, Section};

/// Text standing in `part` between its paragraphs, in no element of its own, is in no
/// paragraph: it is not read, and said, with its first words.
pub(super) fn loose(part: &Elem, lines: &text::Lines, warn: &mut Vec<Warning>) {
    for n in &part.children {
        if let Node::Text(t) = n
            && !t.trim().is_empty()
        {
            warn.push(Warning {
                chosen: None,
                line: lines.at(part.offset),
                message: format!(
                    "text directly in <{}>, outside any paragraph, is not read: “{}”",
                    part.name,
                    crate::model::text::excerpt(&text::collapse(t), 60)
                ),
            });
        }
    }
}

/// A label given twice among siblings (two `<num>1.</num>`), which the corpus loader refuses:
/// said at the `<num>` of the second, as the plain-text importer says it. The line is that of
/// the n-th `<num>` of `part` written so, n counted over the labels read before it.
pub(super) fn twice(
    part: &Elem,
    sections: &[Section],
    lines: &text::Lines,
    warn: &mut Vec<Warning>,
) {
    fn walk<'c>(
        clauses: &'c [Clause],
        seen_all: &mut std::collections::HashMap<&'c str, usize>,
        found: &mut Vec<(&'c str, usize)>,
    ) {
        let mut here = rustc_hash::FxHashSet::default();
        for c in clauses {
            let written = c.label.written().trim();
            let n = seen_all.entry(written).or_default();
            *n += 1;
            if crate::model::provision::is_labelled(&c.label) && !here.insert(c.label.norm()) {
                found.push((written, *n));
            }
            walk(&c.children, seen_all, found);
        }
    }
    let mut found = Vec::new();
    let mut seen_all = std::collections::HashMap::new();
    for s in sections {
        walk(&s.clauses, &mut seen_all, &mut found);
    }
    if found.is_empty() {
        return;
    }
    let mut nums = Vec::new();
    part.find_all("num", &mut nums);
    for (written, n) in found {
        let line = nums
            .iter()
            .filter(|num| text::collapse(&text::plain(num)) == written)
            .nth(n - 1)
            .map_or(lines.at(part.offset), |num| lines.at(num.offset));
        warn.push(Warning {
            chosen: None,
            line,
            message: format!(
                "label `{written}` is given to two paragraphs of one list; the corpus loader refuses duplicate labels, so number them apart before the text goes into the corpus"
            ),
        });
    }
}
