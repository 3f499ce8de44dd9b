//! Issue 23, finding 6 (bullet 2): changes a reader cannot see are named in every format. A
//! no-break space that came in for a space (`أيلول/ سبتمبر` in A/RES/80/118), zero-width
//! characters, a tatweel, a word that gained a shadda (`تسلم` → `تسلّم`, A/RES/75/202): before,
//! each printed as something replaced by what looks the same.

use crate::common;

use common::{resdiff, un};
use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::render::diff_html::{Layout, Links};
use resdiff::render::{Style, diff_markdown, diff_text};

fn stdout(args: &[&str]) -> String {
    let out = resdiff().args(args).output().expect("resdiff runs");
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn a_no_break_space_is_named_in_text_markdown_and_amendments() {
    let (old, new) = ("unga/ict4sd@79-194:ar", "unga/ict4sd@80-118:ar");
    let text = stdout(&["diff", old, new]);
    assert!(
        text.contains("أيلول/{+ +}سبتمبر[- -]{+⟨NBSP⟩+}2016"),
        "{text}"
    );
    let md = stdout(&["diff", old, new, "--format", "md"]);
    assert!(
        md.contains("أيلول/<ins> </ins>سبتمبر<del> </del><ins>⟨NBSP⟩</ins>2016"),
        "{md}"
    );
    let un = stdout(&["markup", old, new, "--style", "un"]);
    assert!(
        un.contains("replace “سبتمبر 2016” with “سبتمبر⟨NBSP⟩2016”"),
        "{un}"
    );
    let en = stdout(&[
        "markup",
        "unga/ict4sd@75-202:en",
        "unga/ict4sd@76-189:en",
        "--style",
        "un",
    ]);
    assert!(
        en.contains(
            "In the third preambular paragraph, replace “25 September” with “25⟨NBSP⟩September”."
        ),
        "{en}"
    );
}

/// The instructions naming a no-break space read back as the text: `apply` gives 76/189 whole.
#[test]
fn named_characters_read_back() {
    let (old, new) = (
        un("unga/ict4sd", "75-202", "en"),
        un("unga/ict4sd", "76-189", "en"),
    );
    let diff = diff_documents(&old, &new, &DiffOptions::default()).expect("comparable");
    let amendments = resdiff::markup::amend::build(&diff).expect("instructions");
    let (words, _) = resdiff::render::amend_text::render(&amendments, old.language);
    assert!(words.contains("⟨NBSP⟩"), "{words}");
    let applied =
        resdiff::track::apply::instructions::apply_text(&old, &words).expect("instructions apply");
    let texts = |d: &resdiff::model::Document| -> Vec<String> {
        d.clauses()
            .into_iter()
            .map(|(_, c)| c.text.clone())
            .collect()
    };
    assert_eq!(texts(&applied), texts(&new));
}

#[test]
fn a_no_break_space_is_a_labelled_mark_in_html() {
    let diff = diff_documents(
        &un("unga/ict4sd", "75-202", "en"),
        &un("unga/ict4sd", "76-189", "en"),
        &DiffOptions::default(),
    )
    .expect("comparable");
    let html = resdiff::render::diff_html::render(&diff, Layout::Inline, Links::default());
    assert!(
        html.contains(r#"25<del> </del><ins><span class="invisible" title="no-break space (U+00A0)">⟨NBSP⟩</span></ins>September"#),
        "{html}"
    );
}

/// A/RES/75/202 writes تسلّم where 74/197 wrote تسلم: the shadda is named after the word.
#[test]
fn a_word_that_gained_a_diacritic_says_which() {
    let (old, new) = ("unga/ict4sd@74-197:ar", "unga/ict4sd@75-202:ar");
    let text = stdout(&["diff", old, new]);
    assert!(text.contains("[-تسلم-]{+تسلّم+} ⟨shadda added⟩"), "{text}");
    let md = stdout(&["diff", old, new, "--format", "md"]);
    assert!(
        md.contains("<del>تسلم</del><ins>تسلّم</ins> ⟨shadda added⟩"),
        "{md}"
    );
    let diff = diff_documents(
        &un("unga/ict4sd", "74-197", "ar"),
        &un("unga/ict4sd", "75-202", "ar"),
        &DiffOptions::default(),
    )
    .expect("comparable");
    let html = resdiff::render::diff_html::render(&diff, Layout::Inline, Links::default());
    assert!(
        html.contains(r#"<ins>تسلّم</ins> <span class="invisible">⟨shadda added⟩</span>"#),
        "{html}"
    );
}

/// A/RES/78/132 (Arabic) stretches تشـــــــــــــرين with tatweel where 77/150 writes تشرين;
/// zero-width characters do not occur in the corpus, so they are put into a real paragraph of
/// A/RES/80/118 as a pasted text would bring them.
#[test]
fn tatweel_and_zero_width_characters_are_named() {
    let old = un("unga/ict4sd", "78-132", "ar");
    let mut new = old.clone();
    let clause = new.sections[1]
        .clauses
        .iter_mut()
        .find(|c| c.text.contains("تشـــــــــــــرين"))
        .expect("the stretched month");
    clause.text = clause.text.replace("تشـــــــــــــرين", "تشرين");
    let diff = diff_documents(&old, &new, &DiffOptions::default()).expect("comparable");
    let text = diff_text::render(&diff, Style::PLAIN, Default::default());
    assert!(
        text.contains("[-تشـــــــــــــرين-]{+تشرين+} ⟨tatweel removed⟩"),
        "{text}"
    );

    let old = un("unga/ict4sd", "80-118", "en");
    let mut new = old.clone();
    let clause = &mut new.sections[1].clauses[0];
    for (word, with) in [
        ("Recognizes", "Recog\u{200B}nizes"),
        ("the ", "the\u{200C} "),
        (" information", " \u{200D}information"),
        ("and ", "and\u{FEFF} "),
    ] {
        clause.text = clause.text.replacen(word, with, 1);
    }
    let diff = diff_documents(&old, &new, &DiffOptions::default()).expect("comparable");
    let text = diff_text::render(&diff, Style::PLAIN, Default::default());
    for name in ["⟨ZWSP⟩", "⟨ZWNJ⟩", "⟨ZWJ⟩", "⟨BOM⟩"] {
        assert!(text.contains(name), "{name} in {text}");
    }
    let md = diff_markdown::render(&diff);
    assert!(md.contains("Recog⟨ZWSP⟩nizes"), "{md}");
}
