//! A capital after a sentence's end inside an ITU list item whose lines hang under its text.

use super::{Para, ends_sentence, short};
use crate::input::Warning;
use crate::input::plain::copied::dashes::opens_with_dash;
use crate::input::plain::copied::pages::Line;

/// `However, implementers …` after `… to implement this Recommendation.`, the fourth line of
/// WTSA Res. 1's dash item `–  "As of the date …` (9.6.4): without `-layout` an item's lines,
/// hanging under its text, all end short, so a short line ending a sentence does not say the
/// item ended there. `item` is the item's lines and the line read (last); `starts`, whether it
/// was read as opening a paragraph. The warning, where so.
pub(super) fn said(
    item: &[Line],
    para: Option<&Para>,
    starts: bool,
    full: usize,
    measure: &impl Fn(&Line) -> usize,
) -> Option<Warning> {
    let (l, above) = item.split_last()?;
    let p = above.last().filter(|p| ends_sentence(p.body()))?;
    let para = para.filter(|para| opens_with_dash(&para.text))?;
    let hanging = above.len() >= 2 && above.iter().all(|m| measure(m) * 100 < full * 88);
    // Run on after a line near the width: said as any such line is.
    let said_so = !starts && !short(measure(p), full);
    if !l.body().starts_with(char::is_uppercase) || !hanging || said_so {
        return None;
    }
    Some(Warning {
        chosen: None,
        line: l.number,
        message: format!(
            "line {} opens with a capital after line {}, which ends a sentence, in the list item of line {} whose lines all end short (its text hangs under its label): {}",
            l.number,
            p.number,
            para.line,
            if starts {
                "read as opening a paragraph of its own; it may run on in the item"
            } else {
                "read as running on in the item; it may open a paragraph of its own"
            }
        ),
    })
}
