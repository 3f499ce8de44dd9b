//! UN amendment instructions (`markup --style un`) give back the new text: for each pair, the
//! instructions are built from the diff, worded, parsed back from the words, and applied to the
//! old text, which must then be the new text (title, formula, headings, labels, words, nesting).
//!
//! The pairs: every step of every resolution in the corpus (each adopted text after the one
//! before it, each proposal after its base: the UN series joins by landing in the corpus), the
//! EUR fixture against WTSA Res. 1, and the targeted diff fixtures, each both ways.

use resdiff::diff::{DiffOptions, diff_documents, in_nfc};
use resdiff::input::corpus::{Corpus, chronological, load_entry, load_file};
use resdiff::markup::amend::{self, AmendError};
use resdiff::model::{Clause, Document};
use resdiff::render::amend_text;
use resdiff::track::apply::instructions;
use resdiff::track::history::steps;

use crate::common;
use common::{diff_fixture, repo};

/// What the instructions must rebuild: everything but the revision metadata.
fn text_of(d: &Document) -> String {
    fn clauses(out: &mut String, cs: &[Clause], depth: usize) {
        for c in cs {
            out.push_str(&format!(
                "{}{}\t{}\n",
                "  ".repeat(depth),
                c.label.written(),
                c.text
            ));
            clauses(out, &c.children, depth + 1);
        }
    }
    let mut out = format!("{}\n{:?}\n", d.resolution.title_shown(), d.formula);
    for s in &d.sections {
        out.push_str(&format!("# {} {}\n", s.kind, s.heading));
        clauses(&mut out, &s.clauses, 0);
    }
    for f in &d.footnotes {
        out.push_str(&format!("[^{}]: {}\n", f.mark, f.text));
    }
    out
}

/// Builds, words, parses back and applies the instructions turning `old` into `new`.
fn round_trip(old: &Document, new: &Document) -> Result<usize, AmendError> {
    let diff = diff_documents(old, new, &DiffOptions::default()).expect("diff");
    let built = amend::build(&diff)?;
    let (words, _) = amend_text::render(&built, old.language);
    let parsed = instructions::parse(&words).unwrap_or_else(|e| panic!("{e}\n{words}"));
    assert_eq!(
        parsed, built,
        "the words read back as other instructions:\n{words}"
    );
    let applied = instructions::apply(old, &parsed).unwrap_or_else(|e| panic!("{e}\n{words}"));
    // Compared in NFC, as the diff compares (a few shipped Arabic texts put shadda before
    // fatha; the diff, and so the instructions, read them in canonical order).
    let (got, want) = (text_of(&applied), text_of(&in_nfc(new)));
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{} -> {}: applying the instructions does not give the new text (line {line})\n got: {:?}\nwant: {:?}\n{words}",
            old.address(),
            new.address(),
            got.lines().nth(line),
            want.lines().nth(line)
        );
    }
    Ok(built.len())
}

#[test]
fn every_step_of_the_corpus_round_trips() {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    let mut groups: Vec<Vec<Document>> = Vec::new();
    for e in &corpus.entries {
        let doc = load_entry(e).expect("corpus text");
        match groups.iter_mut().find(|g| {
            let f = &g[0];
            (f.resolution.body, &f.resolution.number, f.language)
                == (doc.resolution.body, &doc.resolution.number, doc.language)
        }) {
            Some(g) => g.push(doc),
            None => groups.push(vec![doc]),
        }
    }
    let (mut done, mut un) = (0, 0);
    for mut docs in groups {
        chronological(&mut docs);
        for (from, to) in steps(&docs) {
            let Some(from) = from else { continue };
            let is_un = docs[from].resolution.is_un();
            match round_trip(&docs[from], &docs[to]) {
                Ok(_) => {
                    done += 1;
                    un += usize::from(is_un);
                }
                // The UN renumbers its footnotes every year; the instructions amend them too.
                Err(e) if is_un => {
                    panic!("{} -> {}: {e}", docs[from].address(), docs[to].address())
                }
                // Refused whole, with a reason (a section heading changed): said, and never a
                // wrong text.
                Err(e) => eprintln!("{} -> {}: {e}", docs[from].address(), docs[to].address()),
            }
        }
    }
    // Res. 30: Dubai 2014 -> RCC and -> the ATU fixture.
    assert!(done >= 2, "{done} steps round-tripped");
    // GA ICT4SD 74/197 -> 80/118 and ECOSOC WSIS 2021/28 -> 2025/18, six languages each.
    assert_eq!(un, (6 + 4) * 6, "UN steps round-tripped");
}

#[test]
fn res30_both_ways_and_the_res1_fixture() {
    let dir = repo().join("resolutions/wtdc/030");
    let dubai = load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai");
    let rcc = load_file(&dir.join("rcc-wtdc17.ar.toml")).expect("rcc");
    assert!(round_trip(&dubai, &rcc).expect("dubai -> rcc") > 10);
    round_trip(&rcc, &dubai).expect("rcc -> dubai");
    let res1 =
        load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("res 1");
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    round_trip(&res1, &eur).expect("res 1 -> eur");
    round_trip(&eur, &res1).expect("eur -> res 1");
}

#[test]
fn targeted_cases_round_trip_or_are_refused_for_their_sections() {
    for case in [
        "identical",
        "moves",
        "nested",
        "renumbering",
        "replaced",
        "sections",
    ] {
        let (old, new) = (diff_fixture(case, "old"), diff_fixture(case, "new"));
        for (a, b) in [(&old, &new), (&new, &old)] {
            match round_trip(a, b) {
                Ok(_) => {}
                Err(AmendError::Section(_) | AmendError::Unplaced(_)) if case == "sections" => {}
                Err(e) => panic!("{case}: {e}"),
            }
        }
    }
}
