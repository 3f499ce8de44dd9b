//! WTSA Res. 1 (Rev. Hammamet, 2016) and proposals made from it by editing it in place, for the
//! per-provision tests (tests/provisions*.rs).

use resdiff::Document;
use resdiff::input::corpus::load_file;
use resdiff::model::{Clause, Stage};

use super::repo;

/// The base text.
pub fn base() -> Document {
    load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("base")
}

/// The clause labelled `label`, at any depth.
pub fn find_mut<'d>(clauses: &'d mut [Clause], label: &str) -> Option<&'d mut Clause> {
    for c in clauses {
        if c.label.written().trim() == label {
            return Some(c);
        }
        if let Some(found) = find_mut(&mut c.children, label) {
            return Some(found);
        }
    }
    None
}

/// The text of the clause labelled `label`, at any depth.
pub fn text_of(doc: &Document, label: &str) -> String {
    doc.clauses()
        .into_iter()
        .find(|(_, c)| c.label.written().trim() == label)
        .map(|(_, c)| c.text.clone())
        .unwrap_or_else(|| panic!("{label}"))
}

/// Res. 1 with `edits` (label, words, replacement) made, as proposal `id`.
pub fn proposal(id: &str, edits: &[(&str, &str, &str)]) -> Document {
    let mut doc = base();
    doc.revision.id = id.parse().ok();
    doc.revision.stage = Stage::Proposal(id.to_uppercase().parse().expect("a proposer"));
    doc.revision.base = "hammamet-2016".parse().ok();
    for (label, from, to) in edits {
        let c = doc
            .sections
            .iter_mut()
            .find_map(|s| find_mut(&mut s.clauses, label))
            .unwrap_or_else(|| panic!("{label}"));
        assert!(c.text.contains(from), "{label} has no `{from}`");
        c.text = c.text.replacen(from, to, 1);
    }
    doc
}

/// Edits (label, words, replacement) a delegation might make.
pub const PROVIDE: (&str, &str, &str) =
    ("1.11.1", "to supply information", "to provide information");
pub const GIVE: (&str, &str, &str) = ("1.11.1", "to supply information", "to give information");
pub const SECOND_1_8: (&str, &str, &str) = (
    "1.8",
    "The Editorial Committee may therefore",
    "The Editorial Committee may exceptionally",
);
pub const WORD_1_11_3: (&str, &str, &str) = ("1.11.3", "take final decisions", "take decisions");

/// Res. 1 with the provisions `gone` suppressed from Section 1's list (under "1"), as `id`.
pub fn suppressing(id: &str, gone: &[&str]) -> Document {
    let mut p = proposal(id, &[]);
    let one = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "1"))
        .expect("1");
    one.children
        .retain(|c| !gone.contains(&c.label.written().trim()));
    p
}
