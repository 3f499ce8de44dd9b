//! Each hostile input of issue 27 (findings 5-12), built from its described shape on real
//! texts, costs work linear in its size: twice the input, at most 2.2 times the steps. Counts
//! that would make it costly are refused before the cost, naming the file, place and cap.

use std::io::{Read, Write};

use super::{assert_linear, steps_of};
use crate::input::ImportOptions;
use crate::input::limits::MAX_TRACKED_NESTING;

/// WTSA Res. 1 with `word/document.xml` rewritten by `edit`.
fn wtsa1_edited(edit: impl Fn(&str) -> String) -> Vec<u8> {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/docx/T-RES-T.1-2016-MSW-E.docx"
    ))
    .expect("the WTSA Res. 1 fixture");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let name = file.name().expect("name").to_string();
        let mut content = Vec::new();
        file.read_to_end(&mut content).expect("read");
        if name == "word/document.xml" {
            content = edit(&String::from_utf8(content).expect("utf-8")).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&content).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

fn import_docx_steps(bytes: &[u8]) -> u64 {
    let opts = ImportOptions::default();
    let (got, steps) = steps_of(|| crate::input::import_docx(bytes, &opts, &opts));
    got.expect("reads");
    steps
}

#[test]
fn footnote_markers_in_docx_text_cost_their_length() {
    // Finding 5: U+E000, the reference marker, typed into the first clause of `resolves`.
    let docx = |n: usize| {
        wtsa1_edited(|xml| {
            let at = xml.find("<w:t>").map(|t| t + "<w:t>".len()).expect("text");
            let at = xml[at..].find("resolves").map_or(at, |r| {
                at + r + xml[at + r..].find("<w:t>").expect("a clause") + "<w:t>".len()
            });
            format!("{}{}{}", &xml[..at], "\u{E000}".repeat(n), &xml[at..])
        })
    };
    assert_linear("U+E000 in a DOCX", 20_000, |n| {
        let steps = import_docx_steps(&docx(n));
        assert!(steps > n as u64, "the markers are read as clause text");
        steps
    });
}

/// WTSA Res. 1 with `n` one-word paragraphs inside `depth` nested `w:ins`.
fn nested_insertions(depth: usize, n: usize) -> Vec<u8> {
    wtsa1_edited(|xml| {
        let at = xml.find("<w:body>").expect("body") + "<w:body>".len();
        format!(
            "{}{}{}{}{}",
            &xml[..at],
            "<w:ins w:author=\"RCC\">".repeat(depth),
            "<w:p><w:r><w:t>resolves</w:t></w:r></w:p>".repeat(n),
            "</w:ins>".repeat(depth),
            &xml[at..]
        )
    })
}

#[test]
fn tracked_changes_nested_past_the_cap_are_refused() {
    // Finding 6: a million `w:ins` deep was 54 s; one past the cap is refused where it stands.
    let opts = ImportOptions::default();
    let err =
        crate::input::import_docx(&nested_insertions(MAX_TRACKED_NESTING + 1, 1), &opts, &opts)
            .expect_err("refused");
    let message = err.to_string();
    assert!(
        message.starts_with(&format!(
            "word/document.xml: tracked changes (w:ins, w:del, w:moveTo, w:moveFrom) nested more than {MAX_TRACKED_NESTING} deep at byte "
        )),
        "{message}"
    );
    // At the cap, each run costs the same however many there are.
    assert_linear("runs inside nested w:ins", 5_000, |n| {
        import_docx_steps(&nested_insertions(MAX_TRACKED_NESTING, n))
    });
}

/// GA 74/197 (English) with `inserted` before the first preambular paragraph's words.
fn res_74_197_with(inserted: &str) -> String {
    let xml = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/akn/unga-ict4sd/74_197_E.xml"
    ))
    .expect("the 74/197 fixture");
    let at = xml
        .find("<span class=\"italic\">Recalling</span> its resolution")
        .expect("the first preambular paragraph");
    format!("{}{inserted}{}", &xml[..at], &xml[at..])
}

fn import_akn_steps(xml: &str) -> u64 {
    let opts = ImportOptions {
        number: Some(crate::model::ResNumber::Series("ict4sd".into())),
        ..ImportOptions::default()
    };
    let (got, steps) = steps_of(|| {
        crate::input::akn::import_akn(xml, &opts, &ImportOptions::default(), &|_, _| None)
    });
    got.expect("reads");
    steps
}

#[test]
fn blanks_between_empty_elements_before_a_paragraphs_words_cost_their_length() {
    // Finding 7: 1.1 MB of `<a/> ` took 26 s.
    assert_linear("blanks between empty AKN elements", 5_000, |n| {
        import_akn_steps(&res_74_197_with(&"<a/> \n".repeat(n)))
    });
}

#[test]
fn many_authorial_notes_cost_their_number() {
    // Finding 8: 6.5 MB of notes took 14.5 s.
    let notes = |n: usize| {
        (0..n)
            .map(|i| {
                format!("<authorialNote marker=\"n{i}\"><p>Resolution 73/218.</p></authorialNote>")
            })
            .collect::<String>()
    };
    assert_linear("AKN authorialNotes", 5_000, |n| {
        import_akn_steps(&res_74_197_with(&notes(n)))
    });
}

#[test]
fn a_text_recalling_many_resolutions_reads_the_corpus_once() {
    // Finding 9: with no --series, the corpus was listed for each symbol recalled, and the list
    // of symbols kept each once by searching it.
    let links = |n: usize| {
        (0..n)
            .map(|i| {
                format!(
                    "<a href=\"https://undocs.org/en/A/RES/{}/{}\">x</a> ",
                    100 + i / 300,
                    1 + i % 300
                )
            })
            .collect::<String>()
    };
    // The ECOSOC part of the corpus: 74/197 itself is not in it, so every symbol is asked for.
    let corpus = tempfile::tempdir().expect("tempdir");
    let from = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/resolutions/ecosoc/wsis"
    ));
    let to = corpus.path().join("ecosoc/wsis");
    std::fs::create_dir_all(&to).expect("mkdir");
    for f in std::fs::read_dir(from).expect("the ECOSOC corpus") {
        let f = f.expect("entry").path();
        std::fs::copy(&f, to.join(f.file_name().expect("name"))).expect("copy");
    }
    let root = corpus.path();
    assert_linear("AKN recalling many resolutions", 3_000, |n| {
        let xml = res_74_197_with(&links(n));
        let opts = ImportOptions::default();
        let finder = crate::input::source::series_finder(root);
        let (got, steps) = steps_of(|| {
            crate::input::akn::read(&xml)
                .map_err(crate::input::ImportError::from)
                .and_then(|a| crate::input::akn::import_read_in(a, &opts, &opts, &finder))
        });
        assert!(
            matches!(got, Err(crate::input::ImportError::NoSeries { .. })),
            "none is in the corpus"
        );
        steps
    });
}

#[test]
fn footnote_marks_holding_a_space_cost_their_number() {
    // Finding 10: marks the citation scan finds implausible (a space) were each searched for
    // in every clause (4.8 MB: 38 s).
    let toml = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/resolutions/wtdc/030/dubai-2014.ar.toml"
    ))
    .expect("Res. 30");
    let with_notes = |n: usize| {
        let at = toml.find("text = '").expect("a clause") + "text = '".len();
        let cites: String = (0..n).map(|i| format!("[^a {i}] ")).collect();
        let mut out = format!("{}{cites}{}", &toml[..at], &toml[at..]);
        for i in 0..n {
            out.push_str(&format!(
                "\n[[footnote]]\nmark = 'a {i}'\ntext = 'القرار 71'\n"
            ));
        }
        out
    };
    let path = std::path::Path::new("30.toml");
    assert_linear("footnote marks with a space", 2_000, |n| {
        let source = with_notes(n);
        let (got, steps) = steps_of(|| crate::input::corpus::parse_document(&source, path));
        assert!(
            got.expect("loads").footnotes.len() > n,
            "the notes are read"
        );
        steps
    });
}

fn res_74_197() -> crate::model::Document {
    crate::input::corpus::load_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/resolutions/unga/ict4sd/74-197.en.toml"
    )))
    .expect("74/197")
}

#[test]
fn changes_to_the_words_of_one_paragraph_are_capped() {
    // Finding 11: 40,000 insertions into one paragraph (15.5 s) each searched and copied it.
    use crate::input::limits::MAX_TEXT_EDITS;
    let insertions = |n: usize| {
        (0..n)
            .map(|i| {
                format!("In the first preambular paragraph, after “Recalling”, insert “w{i}”.\n\n")
            })
            .collect::<String>()
    };
    let base = res_74_197();
    crate::track::apply::instructions::apply_text(&base, &insertions(MAX_TEXT_EDITS))
        .expect("at the cap");
    let err = crate::track::apply::instructions::apply_text(&base, &insertions(40_000))
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        format!(
            "instruction {} (“In the first preambular paragraph, after “Recalling”, insert “w{MAX_TEXT_EDITS}”.”): more than {MAX_TEXT_EDITS} changes to the words of this text; resdiff makes at most {MAX_TEXT_EDITS} a text (replace its text whole instead)",
            MAX_TEXT_EDITS + 1
        )
    );
}

#[test]
fn instructions_to_many_paragraphs_cost_their_number() {
    // Each instruction found its paragraph by reading every paragraph of the text.
    let base = |n: usize| {
        let mut doc = res_74_197();
        let operative = doc
            .sections
            .iter_mut()
            .find(|s| s.kind.part() == crate::model::Part::Operative)
            .expect("an operative part");
        let first = operative.clauses[0].clone();
        operative.clauses = (1..=n)
            .map(|k| crate::model::Clause {
                label: crate::model::Label::parse(&format!("{k}.")).expect("label"),
                ..first.clone()
            })
            .collect();
        // The notes the replaced paragraphs cited go with them, so the text still loads
        // (`apply` refuses a result that does not).
        let all: Vec<String> = doc.clauses().iter().map(|(_, c)| c.text.clone()).collect();
        doc.footnotes
            .retain(|f| all.iter().any(|t| t.contains(&format!("[^{}]", f.mark))));
        doc
    };
    assert_linear("UN instructions to many paragraphs", 2_000, |n| {
        let doc = base(n);
        let text: String = (1..=n)
            .map(|k| {
                format!(
                    "In operative paragraph {k}, replace “Recognizes” with “Also recognizes”.\n\n"
                )
            })
            .collect();
        let (got, steps) = steps_of(|| crate::track::apply::instructions::apply_text(&doc, &text));
        got.expect("applies");
        steps
    });
}

#[test]
fn many_stale_citations_are_fixed_in_one_pass() {
    // Finding 12: `refs --fix` with 40,000 stale citations in one clause (3 MB: 22 s).
    let wtsa1 = crate::input::corpus::load_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/resolutions/wtsa/001/hammamet-2016.en.toml"
    )))
    .expect("WTSA Res. 1");
    let cite = "Resolution 71 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference, ";
    let as_of = crate::track::refs::AsOf(crate::model::Date::new(2025, 1, 1).expect("date"));
    assert_linear("refs --fix", 2_000, |n| {
        let mut doc = wtsa1.clone();
        let clause = &mut doc.sections[0].clauses[0];
        clause.text = format!("{}{}", cite.repeat(n), clause.text);
        let (fixed, steps) = steps_of(|| {
            let found = crate::track::refs::citations(&doc);
            let judged = crate::track::refs::stale(&found, &as_of, &[]);
            crate::track::refs::fix(&doc, &judged)
        });
        let updated = fixed.sections[0].clauses[0]
            .text
            // The latest revision the table holds (PP-18's Final Acts); issue 24: the
            // calendar alone wrote "(Rev. Bucharest, 2022)", which no source gives.
            .matches("(Rev. Dubai, 2018)");
        assert_eq!(updated.count(), n);
        steps
    });
}
