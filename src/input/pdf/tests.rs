use super::lines::unshape;

#[test]
fn presentation_forms_become_letters() {
    // Lam-alef with hamza above (U+FEF7) is lam then alef with hamza: the order pdftotext loses.
    assert_eq!(unshape("\u{FE8D}\u{FEF7}\u{FEBC}\u{FEDE}"), "الأصل");
    assert_eq!(unshape("abc 123"), "abc 123");
}
