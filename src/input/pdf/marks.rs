//! A proposal printed with its marks: inserted text underlined, deleted text struck through,
//! both drawn as thin rules across or under the glyphs. Which glyphs a rule marks, and each
//! side of the proposal as the glyphs it keeps: the base drops what is underlined, the
//! proposal what is struck.

use super::glyphs::{Glyph, Rule};
use crate::input::Side;

/// What a rule does to a glyph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    /// A rule through the letters' middle: deleted.
    Struck,
    /// A rule just under the baseline: inserted.
    Underlined,
}

/// The mark of each glyph: a rule spanning the glyph's middle, a third to a half of its size
/// above the baseline (strike-through), or at most a third of its size below it (underline).
pub fn marks(glyphs: &[Glyph], rules: &[Rule]) -> Vec<Mark> {
    glyphs
        .iter()
        .map(|g| {
            let centre = g.x + g.w / 2.0;
            let mut mark = Mark::None;
            for r in rules {
                if centre < r.x0 || centre > r.x1 || r.x1 - r.x0 > 2000.0 {
                    continue;
                }
                let above = g.y - r.y;
                if above > 0.1 * g.size && above < 0.6 * g.size {
                    mark = Mark::Struck;
                    break;
                }
                if above <= 0.1 * g.size && above > -0.35 * g.size {
                    mark = Mark::Underlined;
                }
            }
            mark
        })
        .collect()
}

/// The glyphs of one side.
pub fn side(glyphs: Vec<Glyph>, marks: &[Mark], side: Side) -> Vec<Glyph> {
    let gone = match side {
        Side::Base => Mark::Underlined,
        Side::Proposal => Mark::Struck,
    };
    glyphs
        .into_iter()
        .zip(marks)
        .filter(|(_, m)| **m != gone)
        .map(|(g, _)| g)
        .collect()
}
