//! Running heads and page numbers left out; headings alike at the tops of pages kept.

use super::super::layout::lay_out;
use super::{drawn, page_of, typed};

#[test]
fn a_running_head_on_every_page_is_left_out() {
    let page = |n: &str| {
        page_of(
            &[
                drawn(&["A", "/", "R", "E", "S"], 72.0, 40.0, 6.0),
                drawn(&["T", "e", "x", "t", " ", n], 72.0, 400.0, 6.0),
            ]
            .concat(),
        )
    };
    let laid = lay_out(&[page("1"), page("2")]);
    assert_eq!(laid.text, "Text 1 Text 2\n");
    assert_eq!(laid.notes.len(), 2, "{:?}", laid.notes);
}

/// WTSA Res. 1 as the EUR proposal prints it: `SECTION 2` and `SECTION 8` each open a page,
/// under the running head, so each is in the margin band and alike but for its number. A page
/// number goes up with the page; a section's does not.
#[test]
fn headings_alike_at_the_top_of_pages_are_not_a_running_head() {
    let page = |head: &str, number: &str| {
        page_of(
            &[
                typed("WTSA-20/38-E", 462.0, 40.0, 6.0, 12.0),
                typed(head, 268.0, 70.0, 6.0, 12.0),
                typed("Text", 72.0, 400.0, 6.0, 12.0),
                typed(number, 300.0, 780.0, 6.0, 12.0),
            ]
            .concat(),
        )
    };
    let laid = lay_out(&[
        page("SECTION 2", "- 4 -"),
        page("SECTION 8", "- 5 -"),
        page("Study groups", "- 6 -"),
    ]);
    assert_eq!(
        laid.text,
        // Each `SECTION N` and the paragraph after it (its title) one clause, labelled N.
        "2\tText\n8\tText\nStudy groups\nText\n"
    );
}
