//! Provisions: the units a reader names and counts changes by (compile rows, merge conflicts,
//! proposal numbers). A provision is a labelled clause at any depth (1.11.1, b)bis, i) under
//! b)); an unlabelled paragraph inside one is part of it, not a unit of its own: the lead-in
//! under "1.13 Voting" belongs to 1.13, the three unlabelled items under 1.5 b) v) to v), the
//! "Furthermore, …" paragraph after 5.12 to 5.12. Only at the top level of a section does an
//! unlabelled paragraph stand alone (UN preambular paragraphs, the lead-in of ITU's *resolves*).
//! Dashed and bulleted items count as unlabelled: a dash names no place.

use super::{Clause, ClausePath, Document, Label};

/// Where an unlabelled paragraph belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// It is a provision of its own (labelled, or unlabelled at the top level).
    Own,
    /// It continues the labelled sibling before it.
    PreviousSibling,
    /// It is the lead-in (chapeau) of its parent.
    Parent,
}

/// The owner of a clause that is `labelled` or not, `depth` levels down (0: top level), with or
/// without a labelled sibling before it.
pub fn owner(labelled: bool, depth: usize, labelled_before: bool) -> Owner {
    match (labelled, depth, labelled_before) {
        (true, _, _) | (false, 0, _) => Owner::Own,
        (false, _, true) => Owner::PreviousSibling,
        (false, _, false) => Owner::Parent,
    }
}

/// Whether a clause with this label is a provision of its own. A dash or a bullet names no
/// place (every sibling has the same), so a dashed item is part of the provision above it, as
/// an unlabelled one is.
pub fn is_labelled(label: &Label) -> bool {
    !label.scheme().is_repeating() && !label.written().trim().is_empty()
}

/// A provision's name from its labels, top level down: `1.11.1` (its dotted label holds its
/// parents'), `1.5 b) i)` (letters and numerals do not). Unlabelled levels add nothing.
pub fn name<'a>(labels: impl IntoIterator<Item = &'a str>) -> String {
    let labels: Vec<&str> = labels
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out: Vec<&str> = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let held = labels
            .get(i + 1)
            .is_some_and(|next| next.strip_prefix(l).is_some_and(|r| r.starts_with('.')));
        if !held {
            out.push(l);
        }
    }
    out.join(" ")
}

/// The words of the provision at `path` as a reader cites them, one paragraph a line: its own
/// text, then its lead-ins (the unlabelled items before its first labelled one, with theirs)
/// and, below the top level, the unlabelled paragraphs after it up to its next labelled
/// sibling; a dash or bullet stands before its item, as in the text (and in compile's row).
/// `whole`: with every item below, labelled or not (a provision added or suppressed whole).
pub fn text(doc: &Document, path: &ClausePath, whole: bool) -> Option<String> {
    let siblings = match path.parent() {
        Some(p) => &doc.clause(&p)?.children,
        None => &doc.sections.get(path.section())?.clauses,
    };
    let k = path.index();
    let mut out = String::new();
    paragraph(siblings.get(k)?, whole, &mut out);
    if path.depth() > 0 {
        for next in siblings
            .iter()
            .skip(k + 1)
            .take_while(|n| !is_labelled(&n.label))
        {
            out.push('\n');
            paragraph(next, whole, &mut out);
        }
    }
    Some(out)
}

/// One paragraph of a provision's text with its lead-ins (`whole`: with all its items).
fn paragraph(c: &Clause, whole: bool, out: &mut String) {
    let dash = c.label.written().trim();
    if !dash.is_empty() && !is_labelled(&c.label) {
        out.push_str(dash);
        out.push(' ');
    }
    out.push_str(&c.text);
    for k in &c.children {
        if !whole && is_labelled(&k.label) {
            break;
        }
        out.push('\n');
        paragraph(k, whole, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name(["1", "1.11", "1.11.1"]), "1.11.1");
        assert_eq!(name(["1", "1.5", "b)", "i)"]), "1.5 b) i)");
        assert_eq!(name(["", "a)"]), "a)");
        // 1bis.1 holds 1bis; 1 does not hold 10.1.
        assert_eq!(name(["1bis", "1bis.1"]), "1bis.1");
        assert_eq!(name(["1", "10.1"]), "1 10.1");
    }

    #[test]
    fn owners() {
        assert_eq!(owner(false, 0, true), Owner::Own);
        assert_eq!(owner(false, 2, false), Owner::Parent);
        assert_eq!(owner(false, 1, true), Owner::PreviousSibling);
        assert_eq!(owner(true, 3, true), Owner::Own);
    }
}
