//! The words of UN amendment instructions, shared by the writer (`render::amend_text`) and the
//! reader (`track::apply::instructions`): one instruction a [`sentence`], the fixed words around
//! its quotations in [`WORDS`]. They live in the markup stage because both ends read them, and
//! the reader comes before the renderers.

use crate::markup::amend::{Amendment, NewClause, Place, Step, Target, TextEdit, Under};
use crate::markup::quoting::{quote, quote_named};
use crate::model::Part;
use crate::model::text::invisible::looks_same;

/// The fixed words of each instruction, shared with the parser.
pub struct Words {
    /// The whole last instruction: "Renumber the subsequent paragraphs accordingly."
    pub renumber_accordingly: &'static str,
    /// Opens a relabelling: "Renumber operative paragraph 6 as “5”."
    pub renumber: &'static str,
    /// Between the paragraph relabelled and its new label: " as “".
    pub renumber_as: &'static str,
    /// Opens the deletion of a paragraph: "Delete operative paragraph 7."
    pub delete: &'static str,
    /// Opens the replacement of a whole text: "Replace the text of ...".
    pub whole: &'static str,
    /// Between the place and the whole new text: " with “".
    pub whole_with: &'static str,
    /// Opens an insertion after a paragraph: "After operative paragraph 5, ...".
    pub after: &'static str,
    /// Opens an insertion before a paragraph: "Before ...".
    pub before: &'static str,
    /// Between the paragraph named and the new paragraph quoted: ", insert a new paragraph
    /// reading: “".
    pub new_paragraph: &'static str,
    /// As `new_paragraph`, for a subparagraph (also after `at_end`).
    pub new_subparagraph: &'static str,
    /// Opens an edit of words: "In the fourth preambular paragraph, ...".
    pub in_: &'static str,
    /// Opens an insertion into a section that had no paragraph: "Under the heading “".
    pub under_heading: &'static str,
    /// Between that heading and the new paragraph quoted.
    pub under_heading_insert: &'static str,
    /// Opens an insertion into a paragraph that had no subparagraph: "At the end of ".
    pub at_end: &'static str,
    /// Between the place and the words replaced: ", replace “".
    pub replace: &'static str,
    /// Between the words replaced and the words that take their place: "” with “".
    pub with: &'static str,
    /// Between the place and the words deleted: ", delete “".
    pub delete_words: &'static str,
    /// Between the place and the words an insertion follows: ", after “".
    pub after_words: &'static str,
    /// Between the place and the words an insertion precedes: ", before “".
    pub before_words: &'static str,
    /// Between those words and the words inserted: "”, insert “".
    pub insert_words: &'static str,
    /// Closes every instruction that ends on a quotation: "”.".
    pub end: &'static str,
    /// The title as a place: "the title".
    pub title: &'static str,
    /// The title formula as a place: "the formula".
    pub formula: &'static str,
    /// After the ordinal: "the fourth preambular paragraph".
    pub preambular: &'static str,
    /// Before an operative paragraph's own number: "operative paragraph 5".
    pub operative: &'static str,
    /// After the ordinal, for an operative paragraph named by position: "the third operative
    /// paragraph".
    pub nth_operative: &'static str,
    /// Before a subparagraph's label: "subparagraph (b) of ...".
    pub subparagraph: &'static str,
    /// After the ordinal, for a subparagraph named by position: "the second subparagraph".
    pub nth_subparagraph: &'static str,
    /// Between a subparagraph and the paragraph that holds it: " of ".
    pub of: &'static str,
    /// A section heading as a place, before the heading quoted: "the heading “".
    pub heading: &'static str,
    /// A footnote as a place, before its old mark: "footnote 11".
    pub footnote: &'static str,
    /// Opens a new footnote: "Insert footnote [^new4] reading: “…”."
    pub add_footnote: &'static str,
    /// Between the new footnote's mark and its text.
    pub add_footnote_reading: &'static str,
    /// Opens the deletion of a footnote: "Delete footnote 7."
    pub delete_footnote: &'static str,
    /// The whole instruction: "Renumber the footnotes accordingly."
    pub renumber_footnotes: &'static str,
    /// "first" to "twentieth"; past twenty, [`ordinal`] writes "21st".
    pub ordinals: [&'static str; 20],
}

/// English, as in the UN's tables of amendments.
pub const WORDS: Words = Words {
    renumber_accordingly: "Renumber the subsequent paragraphs accordingly.",
    renumber: "Renumber ",
    renumber_as: " as “",
    delete: "Delete ",
    whole: "Replace the text of ",
    whole_with: " with “",
    after: "After ",
    before: "Before ",
    new_paragraph: ", insert a new paragraph reading: “",
    new_subparagraph: ", insert a new subparagraph reading: “",
    in_: "In ",
    under_heading: "Under the heading “",
    under_heading_insert: "”, insert a new paragraph reading: “",
    at_end: "At the end of ",
    replace: ", replace “",
    with: "” with “",
    delete_words: ", delete “",
    after_words: ", after “",
    before_words: ", before “",
    insert_words: "”, insert “",
    end: "”.",
    title: "the title",
    formula: "the formula",
    preambular: " preambular paragraph",
    operative: "operative paragraph ",
    nth_operative: " operative paragraph",
    subparagraph: "subparagraph ",
    nth_subparagraph: " subparagraph",
    of: " of ",
    heading: "the heading “",
    footnote: "footnote ",
    add_footnote: "Insert footnote [^",
    add_footnote_reading: "] reading: “",
    delete_footnote: "Delete footnote ",
    renumber_footnotes: "Renumber the footnotes accordingly.",
    ordinals: [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ],
};

/// "fourth", past twenty "21st".
pub fn ordinal(n: usize) -> String {
    if let Some(w) = n.checked_sub(1).and_then(|i| WORDS.ordinals.get(i)) {
        return (*w).to_string();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "the fourth preambular paragraph", "subparagraph (b) of operative paragraph 5".
pub fn target(t: &Target) -> String {
    let w = &WORDS;
    let mut out = String::new();
    for step in t.path.iter().rev() {
        match step {
            Step::Label(l) => out.push_str(&format!("{}{l}{}", w.subparagraph, w.of)),
            Step::Ordinal(n) => out.push_str(&format!(
                "the {}{}{}",
                ordinal(*n),
                w.nth_subparagraph,
                w.of
            )),
        }
    }
    match (t.part, &t.label) {
        (Part::Operative, Some(n)) => out.push_str(&format!("{}{n}", w.operative)),
        (Part::Operative, None) => {
            out.push_str(&format!("the {}{}", ordinal(t.number), w.nth_operative))
        }
        (Part::Preamble, _) => out.push_str(&format!("the {}{}", ordinal(t.number), w.preambular)),
        // A section outside the vocabulary (kind `other`) is in neither part that we know of.
        (Part::Unknown, _) => out.push_str(&format!("the {} paragraph", ordinal(t.number))),
    }
    out
}

fn place(p: &Place) -> String {
    match p {
        Place::Title => WORDS.title.to_string(),
        Place::Formula => WORDS.formula.to_string(),
        Place::Paragraph(t) => target(t),
        Place::Footnote(mark) => format!("{}{mark}", WORDS.footnote),
        Place::Heading(h) => format!("{}{}”", WORDS.heading, quote(h)),
    }
}

/// `label<TAB>text`, then the subparagraphs, two spaces a level.
fn block(c: &NewClause, depth: usize, out: &mut String) {
    if depth > 0 {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    }
    let text = quote(&c.text);
    if !c.label.is_empty() {
        out.push_str(&quote(&c.label));
        out.push('\t');
        out.push_str(&text);
    } else if depth > 0
        && let Some(rest) = text.strip_prefix(' ')
    {
        // A leading space would read as one more level of indentation.
        out.push_str("\\u{20}");
        out.push_str(rest);
    } else {
        out.push_str(&text);
    }
    for k in &c.children {
        block(k, depth + 1, out);
    }
}

fn capitalised(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// One instruction in words.
pub fn sentence(a: &Amendment) -> String {
    let w = &WORDS;
    let insert = |how: &str, t: &Target, c: &NewClause| {
        let mut quoted = String::new();
        block(c, 0, &mut quoted);
        let kind = if t.path.is_empty() {
            w.new_paragraph
        } else {
            w.new_subparagraph
        };
        format!("{how}{}{kind}{quoted}{}", target(t), w.end)
    };
    match a {
        Amendment::RenumberAccordingly => w.renumber_accordingly.to_string(),
        Amendment::RenumberFootnotes => w.renumber_footnotes.to_string(),
        Amendment::DeleteFootnote(mark) => format!("{}{mark}.", w.delete_footnote),
        Amendment::AddFootnote { mark, text } => format!(
            "{}{mark}{}{}{}",
            w.add_footnote,
            w.add_footnote_reading,
            quote(text),
            w.end
        ),
        Amendment::Relabel { target: t, label } => {
            format!(
                "{}{}{}{}{}",
                w.renumber,
                target(t),
                w.renumber_as,
                quote(label),
                w.end
            )
        }
        Amendment::Delete(t) => capitalised(&format!("{}{}.", w.delete, target(t))),
        Amendment::InsertAfter { target: t, clause } => insert(w.after, t, clause),
        Amendment::InsertBefore { target: t, clause } => insert(w.before, t, clause),
        Amendment::Append { under, clause } => {
            let mut quoted = String::new();
            block(clause, 0, &mut quoted);
            match under {
                Under::Heading(h) => format!(
                    "{}{}{}{quoted}{}",
                    w.under_heading,
                    quote(h),
                    w.under_heading_insert,
                    w.end
                ),
                Under::Paragraph(t) => format!(
                    "{}{}{}{quoted}{}",
                    w.at_end,
                    target(t),
                    w.new_subparagraph,
                    w.end
                ),
            }
        }
        Amendment::Edit { place: p, edit } => {
            let p = place(p);
            // An edit a reader could not see in print names its invisible characters.
            let unseen = match edit {
                TextEdit::Replace { old, new } => looks_same(old, new),
                TextEdit::Delete(text)
                | TextEdit::InsertAfter { text, .. }
                | TextEdit::InsertBefore { text, .. } => looks_same(text, ""),
                TextEdit::Whole(_) => false,
            };
            let q = |s: &String| if unseen { quote_named(s) } else { quote(s) };
            match edit {
                TextEdit::Whole(text) => {
                    format!("{}{p}{}{}{}", w.whole, w.whole_with, q(text), w.end)
                }
                TextEdit::Replace { old, new } => {
                    format!(
                        "{}{p}{}{}{}{}{}",
                        w.in_,
                        w.replace,
                        q(old),
                        w.with,
                        q(new),
                        w.end
                    )
                }
                TextEdit::Delete(words) => {
                    format!("{}{p}{}{}{}", w.in_, w.delete_words, q(words), w.end)
                }
                TextEdit::InsertAfter { anchor, text } => format!(
                    "{}{p}{}{}{}{}{}",
                    w.in_,
                    w.after_words,
                    q(anchor),
                    w.insert_words,
                    q(text),
                    w.end
                ),
                TextEdit::InsertBefore { anchor, text } => format!(
                    "{}{p}{}{}{}{}{}",
                    w.in_,
                    w.before_words,
                    q(anchor),
                    w.insert_words,
                    q(text),
                    w.end
                ),
            }
        }
    }
}

/// The instructions in words, one a paragraph with blank lines between, and a final newline.
pub fn instructions(amendments: &[Amendment]) -> String {
    let text = amendments
        .iter()
        .map(sentence)
        .collect::<Vec<_>>()
        .join("\n\n");
    if text.is_empty() { text } else { text + "\n" }
}
