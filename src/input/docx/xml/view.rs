//! A part's paragraphs as one side of their tracked changes reads them.

use super::{Para, Track};

/// The paragraphs once every change is accepted (`keep` = Inserted) or rejected (`keep` =
/// Deleted), each as the index of the paragraph that gives it its style and numbering, and its
/// text. A paragraph whose mark goes away runs on into the next one, as in a word processor.
///
/// The joined paragraph keeps the properties of its first paragraph that still holds text,
/// as LibreOffice (and Word since 2013) do when they reject or accept a paragraph mark: a
/// paragraph that goes away whole (its text and its mark) leaves the next one's properties.
/// So an item after which LibreOffice recorded a new paragraph (it marks the item's own mark
/// as inserted, the new paragraph's runs too, and gives the new paragraph's style to the
/// mark it kept) reads in the base with its own style, not the new paragraph's
/// (docs/tricky_cases.md).
pub fn view(paras: &[Para], keep: Track) -> Vec<(usize, String)> {
    let drop = if keep == Track::Inserted {
        Track::Deleted
    } else {
        Track::Inserted
    };
    let shown = |t: Track| t != drop && t != Track::Neither;
    // Sized once, and each text copied at its length: growth's spare room, a third of a view
    // of short paragraphs, stays unused while the clause tree is built from it.
    let mut out = Vec::with_capacity(paras.len());
    let mut text = String::new();
    // The first paragraph of the one being joined that keeps some of its text.
    let mut owner = None;
    for (i, p) in paras.iter().enumerate() {
        let mut holds_text = false;
        for (t, s) in &p.runs {
            if shown(*t) && !s.is_empty() {
                text.push_str(s);
                holds_text = true;
            }
        }
        if p.mark != drop {
            out.push((owner.take().unwrap_or(i), text.as_str().into()));
            text.clear();
        } else if holds_text && owner.is_none() {
            owner = Some(i);
        }
    }
    if !text.is_empty() && !paras.is_empty() {
        out.push((owner.unwrap_or(paras.len() - 1), text));
    }
    out
}

/// Whether any run or paragraph mark is a tracked change.
pub fn has_changes(paras: &[Para]) -> bool {
    paras
        .iter()
        .any(|p| p.mark != Track::Kept || p.runs.iter().any(|(t, _)| *t != Track::Kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(style: &str, runs: &[(Track, &str)], mark: Track) -> Para {
        Para {
            style: style.into(),
            runs: runs.iter().map(|(t, s)| (*t, s.to_string())).collect(),
            mark,
            footnote: None,
            num: Default::default(),
        }
    }

    fn styled(paras: &[Para], keep: Track) -> Vec<(&str, String)> {
        view(paras, keep)
            .into_iter()
            .map(|(i, text)| (paras[i].style.as_str(), text))
            .collect()
    }

    use Track::{Deleted as Del, Inserted as Ins, Kept};

    #[test]
    fn a_paragraph_added_after_an_item_leaves_the_item_its_style() {
        // As LibreOffice records it: the item's mark inserted, the new paragraph's runs
        // inserted, and the mark it ends with (the item's, before) in the new style.
        let paras = [
            para("enumlev1", &[(Kept, "b)\tan item")], Ins),
            para("Normal", &[(Ins, "1.10bis\tnew")], Kept),
        ];
        assert_eq!(styled(&paras, Del), [("enumlev1", "b)\tan item".into())]);
        assert_eq!(
            styled(&paras, Ins),
            [
                ("enumlev1", "b)\tan item".into()),
                ("Normal", "1.10bis\tnew".into())
            ]
        );
    }

    #[test]
    fn a_paragraph_gone_whole_leaves_the_next_one_its_style() {
        // Inserted before an item (text and mark), as Word and resdiff's proposals write it.
        let paras = [
            para("Normal", &[(Ins, "new")], Ins),
            para("enumlev1", &[(Kept, "a)\titem")], Kept),
        ];
        assert_eq!(styled(&paras, Del), [("enumlev1", "a)\titem".into())]);
        // Nor does a paragraph with no text of its own in this view, here an empty one.
        let paras = [
            para("enumlev1", &[], Ins),
            para("Normal", &[(Ins, "new")], Kept),
        ];
        assert_eq!(styled(&paras, Del), [("Normal", String::new())]);
    }

    #[test]
    fn a_deleted_mark_joins_the_next_paragraph_into_the_first() {
        let paras = [
            para("enumlev1", &[(Kept, "d)\tend.")], Del),
            para("Normal", &[(Kept, "1.4\tnext")], Kept),
        ];
        assert_eq!(
            styled(&paras, Ins),
            [("enumlev1", "d)\tend.1.4\tnext".into())]
        );
        assert_eq!(styled(&paras, Del).len(), 2);
    }
}
