//! Footnotes in the Markdown synoptic table: each mark a GFM footnote reference (`[^1]`) with
//! its definition under the table, where the escaped `\[^1\]` showed the mark as raw text.
//!
//! Base and proposals may give one mark different notes (a proposal rewording note 1): a mark
//! keeps its own name for the first note it names and takes a suffix for each other
//! (`[^1-2]`), so that no definition is written twice. A deleted run is the base's words, so
//! its marks name the base's notes; every other run of a proposal's cell names the proposal's.
//! The HTML table ([`super::compile_html`]) names its notes the same way, as its anchors.

use std::fmt::Write;

use crate::model::Footnote;
use crate::render::escape_md;

/// The notes named so far: (mark, text, reference name), in order of first use.
#[derive(Default)]
pub(super) struct Notes {
    named: Vec<(String, String, String)>,
}

impl Notes {
    fn name(&mut self, note: &Footnote) -> String {
        if let Some((_, _, name)) = self
            .named
            .iter()
            .find(|(m, t, _)| *m == note.mark && *t == note.text)
        {
            return name.clone();
        }
        // A GFM reference name is one word: a mark of other characters reads by its place.
        let plain: String = note.mark.chars().filter(|c| c.is_alphanumeric()).collect();
        let base = if plain.is_empty() {
            format!("n{}", self.named.len() + 1)
        } else {
            plain
        };
        let mut name = base.clone();
        let mut n = 1;
        while self.named.iter().any(|(_, _, used)| *used == name) {
            n += 1;
            name = format!("{base}-{n}");
        }
        self.named
            .push((note.mark.clone(), note.text.clone(), name.clone()));
        name
    }

    /// `md` (a cell as escaped Markdown) with each escaped mark `\[^m\]` that names a note a
    /// footnote reference: in `<del>`, one of `old`; elsewhere one of `new`, else `old`.
    pub(super) fn link(&mut self, md: &str, old: &[Footnote], new: &[Footnote]) -> String {
        let mut out = String::with_capacity(md.len());
        let mut rest = md;
        let mut deleted = false;
        loop {
            let next = ["<del>", "</del>", "\\[^"]
                .iter()
                .filter_map(|t| rest.find(t).map(|i| (i, *t)))
                .min();
            let Some((i, token)) = next else {
                out.push_str(rest);
                return out;
            };
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            if token != "\\[^" {
                deleted = token == "<del>";
                out.push_str(token);
                rest = &rest[token.len()..];
                continue;
            }
            let inner = &rest[3..];
            let found = inner.find("\\]").and_then(|end| {
                let mark = inner[..end].replace('\\', "");
                Some((end, self.resolve(&mark, deleted, old, new)?))
            });
            match found {
                Some((end, name)) => {
                    let _ = write!(out, "[^{name}]");
                    rest = &inner[end + 2..];
                }
                None => {
                    out.push_str("\\[^");
                    rest = inner;
                }
            }
        }
    }

    /// The name of the note `mark` names: in a deleted run one of `old`, elsewhere one of
    /// `new`, else `old`; None when no text has a note under that mark.
    pub(super) fn resolve(
        &mut self,
        mark: &str,
        deleted: bool,
        old: &[Footnote],
        new: &[Footnote],
    ) -> Option<String> {
        let side = if deleted { old } else { new };
        let note = side.iter().chain(old).find(|f| f.mark == mark)?.clone();
        Some(self.name(&note))
    }

    /// The notes named, in order of first use: (mark, text, name).
    pub(super) fn named(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.named
            .iter()
            .map(|(m, t, n)| (m.as_str(), t.as_str(), n.as_str()))
    }

    /// The definitions, one a paragraph, under the table.
    pub(super) fn definitions(&self) -> String {
        let mut out = String::new();
        for (_, text, name) in &self.named {
            let _ = writeln!(out, "\n[^{name}]: {}", escape_md(text));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Notes;
    use crate::model::Footnote;

    fn note(mark: &str, text: &str) -> Footnote {
        Footnote {
            mark: mark.into(),
            text: text.into(),
        }
    }

    #[test]
    fn marks_become_references_and_a_reworded_note_gets_its_own_name() {
        let old = [note("1", "Old note.")];
        let new = [note("1", "New note.")];
        let mut n = Notes::default();
        assert_eq!(n.link("a\\[^1\\] b", &old, &old), "a[^1] b");
        assert_eq!(
            n.link("<del>x\\[^1\\]</del><ins>y</ins>z\\[^1\\]", &old, &new),
            "<del>x[^1]</del><ins>y</ins>z[^1-2]"
        );
        // A mark naming no note stays text.
        assert_eq!(n.link("\\[^9\\]", &old, &new), "\\[^9\\]");
        assert_eq!(n.definitions(), "\n[^1]: Old note.\n\n[^1-2]: New note.\n");
    }
}
