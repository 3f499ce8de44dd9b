//! Full-text search over clause texts (`resdiff search TERM`), in any language. A term matches
//! a clause when its search form is inside the clause's: the matching form the aligner uses
//! ([`fold_for_matching`]: case, Arabic marks and tatweel, alef and yeh variants, presentation
//! forms, look-alike letters), with Latin accents dropped too and runs of spaces made one, so
//! "developpement" finds "développement" and "الاتصالات" finds "الاتّصالات".

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::text::fold_for_matching;
use crate::model::{Clause, Document};

/// A clause holding the term.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// The text's corpus address, e.g. `wtdc/30@dubai-2014:ar`.
    pub address: String,
    /// The text's language code.
    pub language: String,
    /// The section kind, e.g. `recalling`.
    pub section: String,
    /// The labels from the top-level clause down to this one (empty strings for unlabelled
    /// paragraphs).
    pub path: Vec<String>,
    /// Nesting depth: 0 for a top-level clause.
    pub depth: usize,
    /// Its place among its siblings, from 1: what names an unlabelled paragraph (a UN
    /// preambular paragraph has no number).
    pub index: usize,
    /// The clause text as written.
    pub text: String,
}

/// The form both the term and the clause texts are compared in.
pub fn search_form(text: &str) -> String {
    let folded: String = fold_for_matching(text)
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every clause of `docs` (in their order, clauses in document order at every depth) whose
/// text holds `term`. A term with nothing left in its search form (spaces, marks) finds
/// nothing.
pub fn search(docs: &[Document], term: &str) -> Vec<Hit> {
    let needle = search_form(term);
    let mut hits = Vec::new();
    if needle.is_empty() {
        return hits;
    }
    fn walk(
        cs: &[Clause],
        doc: (&str, &str, &str),
        needle: &str,
        path: &mut Vec<String>,
        hits: &mut Vec<Hit>,
    ) {
        for (i, c) in cs.iter().enumerate() {
            path.push(c.label.written().trim().to_string());
            if search_form(&c.text).contains(needle) {
                hits.push(Hit {
                    address: doc.0.to_string(),
                    language: doc.1.to_string(),
                    section: doc.2.to_string(),
                    path: path.clone(),
                    depth: path.len() - 1,
                    index: i + 1,
                    text: c.text.clone(),
                });
            }
            walk(&c.children, doc, needle, path, hits);
            path.pop();
        }
    }
    for d in docs {
        let address = d.address();
        for s in &d.sections {
            let at = (address.as_str(), d.language.as_str(), s.kind.as_str());
            walk(&s.clauses, at, &needle, &mut Vec::new(), &mut hits);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::search_form;

    #[test]
    fn case_accents_and_arabic_marks_fold() {
        assert_eq!(
            search_form("Développement  DURABLE"),
            "developpement durable"
        );
        assert_eq!(search_form("الاتّصالات"), search_form("الاتصالات"));
        assert_eq!(search_form("إعلان"), search_form("اعلان"));
    }
}
