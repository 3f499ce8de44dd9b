//! How a page lays out each paragraph of a proposal, as ITU's template does: a part of the
//! rules is two paragraphs ("SECTION 3", then "Study group management"), and so is an appendix
//! after the rules ("Appendix I (to Resolution 1 …)", then its title). The DOCX, HTML and
//! Markdown proposals all lay out from here, so that they show one page.

use super::{Paragraph, Proposal, Run, Style};
use crate::diff::{Op, Segment};
use crate::model::Language;

/// What one paragraph of a proposal is on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape<'p> {
    /// As its style says ([`Style`]).
    Plain,
    /// A part of the rules: its number line ("SECTION 3", ITU's SectionNo) and its title
    /// (Sectiontitle).
    Section {
        /// "SECTION " and the label, marked as the label is.
        number: Vec<Run>,
        /// The clause's text.
        title: &'p [Run],
    },
    /// An unlabelled top-level paragraph after a part of the rules holding " – ": an appendix,
    /// its number (AppendixNo) and its title (Appendixtitle) either side of the dash.
    Appendix {
        /// "Appendix I (to Resolution 1 (Rev. Hammamet, 2016))".
        number: Vec<Run>,
        /// "Information for submission of a Question".
        title: Vec<Run>,
    },
    /// Any other unlabelled top-level paragraph after a part of the rules: a heading that
    /// leaves the section before it (Heading1).
    Heading,
}

/// The word ITU writes before a section's number in the rules, in the languages whose word the
/// DOCX reader reads back ("SECTION 3" in English and French); elsewhere a section stays one
/// numbered paragraph.
pub fn section_word(language: Language) -> Option<&'static str> {
    matches!(language, Language::En | Language::Fr).then_some("SECTION")
}

impl Proposal {
    /// Each paragraph with what it is on the page, in order.
    pub fn shapes(&self) -> Vec<(&Paragraph, Shape<'_>)> {
        // A part of the rules has been laid out: top-level paragraphs under no section
        // heading now leave it. A section heading (*resolves*) ends the rules.
        let mut in_rules = false;
        self.paragraphs
            .iter()
            .map(|para| {
                let shape = match para.style {
                    Style::Section => match section_word(self.language) {
                        Some(word) => {
                            in_rules = true;
                            Shape::Section {
                                number: section_number(para, word),
                                title: &para.text,
                            }
                        }
                        None => Shape::Plain,
                    },
                    Style::Normal if in_rules && para.label.is_empty() => {
                        match split_runs(&para.text, " – ") {
                            Some((number, title)) => Shape::Appendix { number, title },
                            None => Shape::Heading,
                        }
                    }
                    Style::Call => {
                        in_rules = false;
                        Shape::Plain
                    }
                    _ => Shape::Plain,
                };
                (para, shape)
            })
            .collect()
    }
}

/// "SECTION 3": the word, marked as the paragraph is whole, then the label without the tab
/// that ends it.
fn section_number(para: &Paragraph, word: &str) -> Vec<Run> {
    let mut number = vec![Segment {
        op: para.whole.unwrap_or(Op::Equal),
        text: format!("{word} "),
        was: None,
    }];
    number.extend(para.label.iter().map(|r| Segment {
        text: r.text.trim_end_matches('\t').to_string(),
        ..r.clone()
    }));
    number
}

/// `runs` cut at the first `sep` they hold, `sep` dropped: None unless it lies whole in one run.
fn split_runs(runs: &[Segment], sep: &str) -> Option<(Vec<Segment>, Vec<Segment>)> {
    let at = runs.iter().position(|r| r.text.contains(sep))?;
    let (head, tail) = runs[at].text.split_once(sep)?;
    let piece = |text: &str| Segment {
        text: text.to_string(),
        ..runs[at].clone()
    };
    let mut before = runs[..at].to_vec();
    before.push(piece(head));
    let mut after = vec![piece(tail)];
    after.extend_from_slice(&runs[at + 1..]);
    Some((before, after))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{MarkupOptions, ProposalMeta, build};
    use crate::diff::{DiffOptions, diff_documents};
    use crate::input::corpus::load_file;
    use crate::model::Language;
    use crate::render::{proposal_html, proposal_md};

    /// WTSA Res. 1 against the EUR fixture, every provision shown.
    fn res1(language: Language) -> super::Proposal {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let base = load_file(&root.join("resolutions/wtsa/001/hammamet-2016.en.toml"));
        let eur = load_file(&root.join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml"));
        let diff = diff_documents(
            &base.expect("res 1"),
            &eur.expect("eur"),
            &DiffOptions::default(),
        )
        .expect("diff");
        let meta = ProposalMeta {
            proposer: "EUR".parse().expect("a proposer"),
            doc: Some(38),
            annex: Some(1),
            date: "2022-01-10".parse().expect("a date"),
        };
        let mut p = build(&diff, meta, &MarkupOptions::default()).expect("markup");
        // The layout asks only the language: a French text is laid out as its proposal would be.
        p.language = language;
        p
    }

    #[test]
    fn html_and_markdown_show_a_part_of_the_rules_as_the_docx_does() {
        for language in [Language::En, Language::Fr] {
            let p = res1(language);
            let md = proposal_md::render(&p);
            assert!(
                md.contains("\n**SECTION 3**\n\n**Study group management**\n"),
                "{language}: {md}"
            );
            assert!(!md.contains("3 Study group management"), "{language}");
            let html = proposal_html::render(&p);
            assert!(
                html.contains(
                    "<p class=\"SectionNo\">SECTION 3</p>\n<p class=\"Sectiontitle\">Study group management</p>"
                ),
                "{language}: {html}"
            );
            // An appendix after the rules is its number and its title, as the DOCX has them.
            assert!(
                html.contains("<p class=\"AppendixNo\">Appendix I (to Resolution 1 (Rev. "),
                "{language}"
            );
            assert!(
                md.contains("**\n\n**Information for submission of a Question**"),
                "{language}"
            );
        }
        // A language whose SECTION word the reader does not read back keeps the numbered line.
        let html = proposal_html::render(&res1(Language::Ar));
        assert!(!html.contains("class=\"SectionNo\""));
        assert!(html.contains(
            "<p class=\"Normal\"><span class=\"label\">3</span>Study group management</p>"
        ));
    }
}
