//! Terminal output of `search`: each text's hits under its address, one clause a line with
//! its section and labels.

use std::fmt::Write;

use crate::render::{Style, look, shown};
use crate::track::search::Hit;

/// The hits grouped by text, then a count line.
pub fn render(hits: &[Hit], style: Style) -> String {
    let mut out = String::new();
    let mut address = "";
    for h in hits {
        if h.address != address {
            address = &h.address;
            let _ = writeln!(out, "{}", style.paint(&shown(address), look::BOLD));
        }
        let labels = h
            .path
            .iter()
            .filter(|l| !l.is_empty())
            .cloned()
            .collect::<Vec<_>>();
        // An unlabelled paragraph is named by its place among its siblings.
        let place = if labels.is_empty() {
            format!("{} #{}", h.section, h.index)
        } else {
            format!("{} {}", h.section, labels.join(" "))
        };
        let _ = writeln!(
            out,
            "  {}  {}",
            style.paint(&shown(&place), look::CYAN),
            shown(&h.text)
        );
    }
    let texts = {
        let mut a: Vec<&str> = hits.iter().map(|h| h.address.as_str()).collect();
        a.dedup();
        a.len()
    };
    let _ = writeln!(out, "{} clauses in {texts} texts", hits.len());
    out
}
