//! The old text's clauses as a tree of [`Node`]s, each marked with what the instructions do to
//! it (deleted, relabelled, paragraphs put before, after or under it), and [`made`], which turns
//! one list of siblings back into clauses once every instruction is taken.

use crate::markup::amend::{NewClause, Numbered, renumber};
use crate::model::{Clause, Label};

/// A clause of the old text with what the instructions do to it.
pub(super) struct Node {
    pub(super) label: Label,
    pub(super) text: String,
    /// The old clause's call (UN), kept while the new text still holds it.
    pub(super) call: Option<String>,
    pub(super) deleted: bool,
    pub(super) before: Vec<Clause>,
    pub(super) after: Vec<Clause>,
    pub(super) relabel: Option<String>,
    pub(super) children: Vec<Node>,
    /// Subparagraphs for a paragraph that had none.
    pub(super) appended: Vec<Clause>,
    /// Changes made to its words so far, against [`MAX_TEXT_EDITS`].
    pub(super) edits: usize,
}

pub(super) fn node(c: &Clause) -> Node {
    Node {
        label: c.label.clone(),
        text: c.text.clone(),
        call: c.call.clone(),
        deleted: false,
        before: Vec::new(),
        after: Vec::new(),
        relabel: None,
        children: c.children.iter().map(node).collect(),
        appended: Vec::new(),
        edits: 0,
    }
}

pub(super) fn label(written: &str) -> Result<Label, String> {
    Label::parse(written).map_err(|e| e.to_string())
}

pub(super) fn clause(c: &NewClause) -> Result<Clause, String> {
    Ok(Clause {
        label: label(&c.label)?,
        text: c.text.clone(),
        children: c.children.iter().map(clause).collect::<Result<_, _>>()?,
        call: None,
    })
}

/// The clauses of one list of siblings once the instructions are made.
pub(super) fn made(
    nodes: Vec<Node>,
    appended: Vec<Clause>,
    accordingly: bool,
) -> Result<Vec<Clause>, String> {
    let mut out: Vec<(Clause, bool, Option<String>)> = Vec::new();
    let mut first: Option<usize> = None;
    for n in nodes {
        for c in n.before {
            first.get_or_insert(out.len());
            out.push((c, true, None));
        }
        if n.deleted {
            first.get_or_insert(out.len());
        } else {
            let children = made(n.children, n.appended, accordingly)?;
            let call = n.call.filter(|call| n.text.contains(call.as_str()));
            let c = Clause {
                label: n.label,
                text: n.text,
                children,
                call,
            };
            out.push((c, false, n.relabel));
        }
        for c in n.after {
            first.get_or_insert(out.len());
            out.push((c, true, None));
        }
    }
    for c in appended {
        first.get_or_insert(out.len());
        out.push((c, true, None));
    }
    if accordingly && let Some(from) = first {
        let mut numbered: Vec<Numbered> = out
            .iter()
            .map(|(c, inserted, _)| Numbered {
                label: c.label.written().to_string(),
                inserted: *inserted,
            })
            .collect();
        renumber(&mut numbered, from);
        for ((c, _, _), n) in out.iter_mut().zip(numbered) {
            if c.label.written() != n.label {
                c.label = label(&n.label)?;
            }
        }
    }
    out.into_iter()
        .map(|(mut c, _, relabel)| {
            if let Some(l) = relabel {
                c.label = label(&l)?;
            }
            Ok(c)
        })
        .collect()
}
