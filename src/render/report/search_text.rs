//! Terminal output of `search`: each text's hits under its address, one clause a line with
//! its section and labels (line breaks and bidi controls in them shown escaped, as `show`
//! does, so that no clause draws a line of its own).

use std::fmt::Write;

use crate::render::{Style, look, shown_line as shown};
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::input::corpus::load_file;
    use crate::track::search::search;

    /// GA 79/194 with operative paragraph 1 holding a line break and what would read as a
    /// paragraph 2 of its own (as tests/bad/bidi_newlines.rs writes it).
    #[test]
    fn a_line_break_in_a_hit_draws_no_line_of_its_own() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/unga/ict4sd/79-194.en.toml");
        let mut doc = load_file(&path).expect("79/194");
        let op = doc
            .sections
            .iter_mut()
            .find(|s| s.kind.part() == crate::model::Part::Operative)
            .expect("operative part");
        op.clauses[0]
            .text
            .push_str("\n  2.  Decides to dissolve itself;");
        let hits = search(&[doc], "dissolve itself");
        assert_eq!(hits.len(), 1);
        let out = render(&hits, Style::PLAIN);
        assert!(out.contains("economy;\\n  2.  Decides"), "{out}");
        assert!(
            !out.lines().any(|l| l.trim_start().starts_with("2.")),
            "{out}"
        );
    }
}
