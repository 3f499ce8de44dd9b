//! The lines a diff shows above its sections, in the order every format shows them: the title
//! and the line of earlier revisions where they changed, then the title formula.

use crate::diff::{Change, DocDiff, LineChange};

/// Which of the lines above the sections a [`LineChange`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    Title,
    Revisions,
    Formula,
}

impl Head {
    /// `title`, `revisions`, `formula`: the HTML row's class.
    pub fn name(self) -> &'static str {
        match self {
            Head::Title => "title",
            Head::Revisions => "revisions",
            Head::Formula => "formula",
        }
    }

    /// What the text formats write before the line's words (`title: `); the formula is
    /// recognised by its words alone.
    pub fn prefix(self) -> &'static str {
        match self {
            Head::Title => "title: ",
            Head::Revisions => "revisions: ",
            Head::Formula => "",
        }
    }
}

/// The title and the revision line where they changed, then the formula where either side has
/// one (NOC too: a format leaves out an unchanged one itself if it would).
pub(crate) fn head_lines(diff: &DocDiff) -> impl Iterator<Item = (Head, &LineChange)> {
    let changed = |l: &&LineChange| l.change != Change::Noc;
    let title = diff.title.as_ref().filter(changed);
    let revisions = diff.revision_line.as_ref().filter(changed);
    [
        title.map(|l| (Head::Title, l)),
        revisions.map(|l| (Head::Revisions, l)),
        diff.formula.as_ref().map(|l| (Head::Formula, l)),
    ]
    .into_iter()
    .flatten()
}
