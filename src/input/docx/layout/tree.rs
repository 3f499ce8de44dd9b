//! The clause tree as it grows: sections, and in each the path to the clause last put, so that
//! the next one goes as deep as its style or its label says.

use crate::model::{Clause, Label, Scheme, Section, SectionKind};

#[derive(Default)]
pub(super) struct Tree {
    pub sections: Vec<Section>,
    /// Depth of each open clause's children: the path of indexes from the section down.
    path: Vec<usize>,
    /// Level of the last clause that was not an enumerated item, and whether it was a heading.
    base: usize,
    heading: bool,
}

impl Tree {
    /// Opens a section headed `heading`: what follows goes into it, from its top level.
    pub fn open(&mut self, kind: SectionKind, heading: String) {
        self.sections.push(Section {
            kind,
            heading,
            clauses: Vec::new(),
        });
        self.path.clear();
        (self.base, self.heading) = (0, false);
    }

    /// Puts `clause` at `level` in the last section; false when no section is open.
    pub fn put(&mut self, level: usize, clause: Clause) -> bool {
        let Some(section) = self.sections.last_mut() else {
            return false;
        };
        let level = level.min(self.path.len());
        self.path.truncate(level);
        let mut siblings = &mut section.clauses;
        for &i in &self.path {
            siblings = &mut siblings[i].children;
        }
        siblings.push(clause);
        self.path.push(siblings.len() - 1);
        true
    }

    /// The clause a section number (`SectionNo`, `AppendixNo`, `AnnexNo`: `no`) and its title
    /// (`body`) make, a heading at the top level: "SECTION 1bis" + its title is one clause
    /// labelled 1bis; an appendix stays unlabelled.
    pub fn numbered(&mut self, no: &str, body: String) -> (Label, String) {
        let number = no.split_whitespace().last().unwrap_or_default();
        let label = Label::parse(number)
            .ok()
            .filter(|l| l.scheme() == Scheme::Number && no.to_lowercase().starts_with("section"));
        (self.base, self.heading) = (0, true);
        match label {
            Some(l) => (l, body),
            None => (Label::none(), format!("{no} – {body}")),
        }
    }

    /// The level of a paragraph of `style` labelled `label` (`rec`: in a Recommendation), as
    /// deep as its style or its decimal label says, else under the last heading or beside the
    /// clause before it.
    pub fn level(&mut self, style: &str, label: &Label, rec: bool) -> usize {
        if rec && style == "ListParagraph" {
            self.base + 1
        } else if let Some(n) = style
            .strip_prefix("enumlev")
            .and_then(|n| n.parse::<usize>().ok())
        {
            // saturating: `enumlev18446744073709551615` is deep, not a wrapped level 0
            self.base.saturating_add(n.max(1))
        } else if let Some(n) = style.strip_prefix("Heading") {
            let n = n.parse::<usize>().unwrap_or(1);
            let level = label.decimal_depth().unwrap_or(n.saturating_sub(1));
            (self.base, self.heading) = (level, true);
            level
        } else if let Some(d) = label.decimal_depth().filter(|_| !rec) {
            (self.base, self.heading) = (d, false);
            d
        } else if self.heading {
            self.base + 1
        } else {
            self.base
        }
    }
}
