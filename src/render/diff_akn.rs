//! `diff OLD NEW --format akn`: the new text as Akoma Ntoso ([`super::tree_akn`]) with the diff
//! in its metadata, as AKN records what one version does to another:
//! `<analysis><activeModifications>` holding a `<textualMod>` per change.
//!
//! - `insertion`: a clause or section the new text adds; `source` is its eId in this document,
//!   `destination` the old element it follows (`pos="after"`) or the one it opens
//!   (`pos="start"`), in the old text's FRBR expression (`/akn/un/.../77-150/eng@#para_12`);
//! - `repeal`: a clause or section the new text drops; `source` is the new expression itself;
//! - `substitution`: a clause (or section heading, formula, title) whose words changed, with
//!   `<old>` and `<new>` words;
//! - `renumbering`: a clause whose label changed, with `<previous>` pointing at it in the old
//!   text and the labels as `<old>` and `<new>`.
//!
//! AKN types `<old>` and `<new>` as elements of another namespace, so the words stand in a
//! `<resdiff:words>` element. A moved clause is a repeal where it stood and an insertion where
//! it went. Footnotes are amended as part of the paragraph text that cites them (`[^3]`); a
//! note whose own words changed is a substitution of the whole expression with its words.

use std::fmt::Write;

use super::xml_escape as escape;

use super::tree_akn::{Ids, expression_uri, render_with_ids};
use crate::diff::{ClauseChange, DocDiff, Op, Segment, new_text, old_text};
use crate::model::Document;

struct Mods<'a> {
    out: String,
    count: usize,
    old_uri: String,
    new_uri: String,
    old_ids: &'a Ids,
    new_ids: &'a Ids,
}

impl Mods<'_> {
    fn old_ref(&self, id: &str) -> String {
        format!("{}#{id}", self.old_uri)
    }

    /// One `<textualMod>`; `source` and `destination` are full hrefs.
    fn push(&mut self, kind: &str, source: &str, destination: (&str, Option<&str>), body: &str) {
        self.count += 1;
        let _ = write!(
            self.out,
            "<textualMod type=\"{kind}\" eId=\"amod_{}\"><source href=\"{}\"/><destination href=\"{}\"",
            self.count,
            escape(source),
            escape(destination.0)
        );
        if let Some(pos) = destination.1 {
            let _ = write!(self.out, " pos=\"{pos}\"");
        }
        let _ = writeln!(self.out, "/>{body}</textualMod>");
    }

    fn words(old: Option<&str>, new: Option<&str>) -> String {
        let mut out = String::new();
        for (tag, text) in [("old", old), ("new", new)] {
            if let Some(t) = text {
                let _ = write!(
                    out,
                    "<{tag}><resdiff:words xml:space=\"preserve\">{}</resdiff:words></{tag}>",
                    escape(t)
                );
            }
        }
        out
    }

    fn changed(runs: &[Segment]) -> bool {
        runs.iter().any(|r| r.op != Op::Equal)
    }

    /// One list of siblings: `parent` is the old element the list belongs to (the section's
    /// container or the parent clause), `at` the section and path of that parent in each text.
    fn clauses(
        &mut self,
        list: &[ClauseChange],
        parent: &str,
        old_at: &(usize, Vec<usize>),
        new_at: &(usize, Vec<usize>),
    ) {
        let mut last_old: Option<String> = None;
        for c in list {
            let old_key = c.old_index.map(|i| {
                let mut p = old_at.1.clone();
                p.push(i - 1);
                (old_at.0, p)
            });
            let new_key = c.new_index.map(|i| {
                let mut p = new_at.1.clone();
                p.push(i - 1);
                (new_at.0, p)
            });
            let old_id = old_key.as_ref().and_then(|k| self.old_ids.clauses.get(k));
            let new_id = new_key.as_ref().and_then(|k| self.new_ids.clauses.get(k));
            match c.change.whole() {
                Some(Op::Insert) => {
                    let source = format!("#{}", new_id.map_or("", |s| s));
                    let dest = match &last_old {
                        Some(prev) => (self.old_ref(prev), "after"),
                        None => (self.old_ref(parent), "start"),
                    };
                    let body = Self::words(None, Some(&new_text(&c.inline)));
                    self.push("insertion", &source, (&dest.0, Some(dest.1)), &body);
                }
                Some(_) => {
                    let Some(old_id) = old_id.cloned() else {
                        continue;
                    };
                    let body = Self::words(Some(&old_text(&c.inline)), None);
                    let (source, dest) = (self.new_uri.clone(), self.old_ref(&old_id));
                    self.push("repeal", &source, (&dest, None), &body);
                    last_old = Some(old_id);
                }
                None => {
                    let (Some(old_id), Some(new_id), Some(ok), Some(nk)) =
                        (old_id.cloned(), new_id.cloned(), old_key, new_key)
                    else {
                        continue;
                    };
                    let (source, dest) = (format!("#{new_id}"), self.old_ref(&old_id));
                    if c.old_label != c.new_label {
                        let body = format!(
                            "<previous href=\"{}\"/>{}",
                            escape(&dest),
                            Self::words(c.old_label.as_deref(), c.new_label.as_deref())
                        );
                        self.push("renumbering", &source, (&dest, None), &body);
                    }
                    if Self::changed(&c.inline) {
                        let body =
                            Self::words(Some(&old_text(&c.inline)), Some(&new_text(&c.inline)));
                        self.push("substitution", &source, (&dest, None), &body);
                    }
                    self.clauses(&c.children, &old_id, &ok, &nk);
                    last_old = Some(old_id);
                }
            }
        }
    }
}

/// The new text as AKN, with the diff from the old one as `activeModifications`.
pub fn render(diff: &DocDiff, old: &Document, new: &Document) -> String {
    let (_, old_ids) = render_with_ids(old);
    let (xml, new_ids) = render_with_ids(new);
    let mut m = Mods {
        out: String::new(),
        count: 0,
        old_uri: expression_uri(old),
        new_uri: expression_uri(new),
        old_ids: &old_ids,
        new_ids: &new_ids,
    };
    let (old_uri, new_uri) = (m.old_uri.clone(), m.new_uri.clone());
    if let Some(t) = &diff.title {
        let body = Mods::words(Some(&old_text(&t.inline)), Some(&new_text(&t.inline)));
        m.push("substitution", &new_uri, (&old_uri, None), &body);
    }
    if let Some(f) = &diff.formula
        && Mods::changed(&f.inline)
    {
        let body = Mods::words(Some(&old_text(&f.inline)), Some(&new_text(&f.inline)));
        m.push("substitution", &new_uri, (&old_uri, None), &body);
    }
    for n in diff.note_changes() {
        let body = Mods::words(
            n.old.map(|f| f.text.as_str()),
            n.new.map(|f| f.text.as_str()),
        );
        m.push("substitution", &new_uri, (&old_uri, None), &body);
    }
    let mut last_old: Option<String> = None;
    for s in &diff.sections {
        let old_s = s.old_index.map(|i| i - 1);
        let new_s = s.new_index.map(|i| i - 1);
        let old_id = old_s.and_then(|i| old_ids.sections.get(&i)).cloned();
        let new_id = new_s.and_then(|i| new_ids.sections.get(&i)).cloned();
        match (s.change.whole(), old_id, new_id) {
            (Some(Op::Insert), _, Some(new_id)) => {
                let dest = match &last_old {
                    Some(prev) => (m.old_ref(prev), Some("after")),
                    None => (old_uri.clone(), Some("start")),
                };
                let body = Mods::words(None, s.new_heading.as_deref());
                m.push("insertion", &format!("#{new_id}"), (&dest.0, dest.1), &body);
            }
            (Some(_), Some(old_id), _) => {
                let body = Mods::words(s.old_heading.as_deref(), None);
                let dest = m.old_ref(&old_id);
                m.push("repeal", &new_uri, (&dest, None), &body);
                last_old = Some(old_id);
            }
            (None, Some(old_id), Some(new_id)) => {
                let dest = m.old_ref(&old_id);
                if s.old_heading != s.new_heading {
                    let body = Mods::words(s.old_heading.as_deref(), s.new_heading.as_deref());
                    m.push("substitution", &format!("#{new_id}"), (&dest, None), &body);
                }
                if let (Some(o), Some(n)) = (old_s, new_s) {
                    m.clauses(&s.clauses, &old_id, &(o, Vec::new()), &(n, Vec::new()));
                }
                last_old = Some(old_id);
            }
            // Every section has an eId; a section the diff pairs with none is already listed.
            _ => {}
        }
    }
    if m.count == 0 {
        return xml;
    }
    let analysis = format!(
        "<analysis source=\"#resdiff\"><activeModifications>\n{}</activeModifications></analysis>\n",
        m.out
    );
    match xml.find("<proprietary") {
        Some(at) => format!("{}{analysis}{}", &xml[..at], &xml[at..]),
        None => xml,
    }
}
