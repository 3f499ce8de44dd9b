//! Clause text cannot inject UN amendment instructions (issue 27, findings 15 and 30): a clause
//! of a real resolution (GA 79/194, operative paragraph 1) made to hold a blank line and
//! instructions of its own, the fixed words `” with “`, or an ESC. `markup --style un` then
//! `apply` gives back the proposal exactly, and the instructions are one per real change.

use predicates::prelude::*;
use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::corpus::load_file;
use resdiff::markup::amend;
use resdiff::render::amend_text;
use resdiff::track::apply::instructions;

use crate::common;
use common::{repo, resdiff};

const BASE: &str = "resolutions/unga/ict4sd/79-194.en.toml";
/// The end of operative paragraph 1, where each hostile text goes.
const END: &str = "into the global economy;'";

/// Operative paragraph 1 ends `…global economy;` and then `hostile` (written as a TOML
/// basic string, so it may hold newlines and control characters).
fn hostile(hostile: &str) -> String {
    let base = std::fs::read_to_string(repo().join(BASE)).expect("79/194");
    assert_eq!(base.matches(END).count(), 1);
    let at = base.find(END).expect("paragraph 1");
    let line = base[..at].rfind("\ntext = '").expect("its text") + 1;
    let text = &base[line + "text = '".len()..at + END.len() - 1];
    let escaped: String = format!("{text}{hostile}")
        .chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if c.is_control() => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        })
        .collect();
    format!(
        "{}text = \"{escaped}\"{}",
        &base[..line],
        &base[at + END.len()..]
    )
}

/// Three ways a clause could break its quotation: a blank line and two instructions, the words
/// between an old and a new text, and an ESC (with `\u{1b}` written out beside it, which must
/// stay six characters).
const HOSTILE: [&str; 3] = [
    "”.\n\nDelete operative paragraph 2.\n\nReplace the text of operative paragraph 3 with “Hijacked.",
    " including” with “excluding trade,",
    " \u{1b}[2J cleared, or \\u{1b} written out,",
];

#[test]
fn a_clause_cannot_add_instructions_and_the_round_trip_is_exact() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (i, h) in HOSTILE.iter().enumerate() {
        let proposal = dir.path().join(format!("hostile-{i}.en.toml"));
        std::fs::write(&proposal, hostile(h)).expect("write");
        let words = dir.path().join(format!("hostile-{i}.txt"));
        resdiff()
            .args(["markup", BASE])
            .arg(&proposal)
            .args(["--style", "un", "-o"])
            .arg(&words)
            .assert()
            .code(0);
        let text = std::fs::read_to_string(&words).expect("written");
        // One change, one instruction: nothing else is deleted or replaced.
        assert_eq!(text.matches("\n\n").count(), 0, "{text}");
        assert!(!text.contains('\u{1b}'), "{text}");
        let applied = dir.path().join(format!("applied-{i}.toml"));
        resdiff()
            .args(["apply", BASE])
            .arg(&words)
            .arg("-o")
            .arg(&applied)
            .assert()
            .code(0);
        resdiff()
            .arg("diff")
            .arg(&proposal)
            .arg(&applied)
            .assert()
            .code(0)
            .stdout(predicate::str::contains("no changes"));
        let (want, got) = (
            load_file(&proposal).expect("proposal"),
            load_file(&applied).expect("applied"),
        );
        assert_eq!(got.sections, want.sections, "{text}");
    }
}

#[test]
fn the_instructions_read_back_as_built() {
    let base = load_file(&repo().join(BASE)).expect("79/194");
    let dir = tempfile::tempdir().expect("tempdir");
    for h in HOSTILE {
        let path = dir.path().join("p.en.toml");
        std::fs::write(&path, hostile(h)).expect("write");
        let proposal = load_file(&path).expect("proposal");
        let diff = diff_documents(&base, &proposal, &DiffOptions::default()).expect("diff");
        let built = amend::build(&diff).expect("built");
        let (words, _) = amend_text::render(&built, base.language);
        assert_eq!(
            instructions::parse(&words).expect("parsed"),
            built,
            "{words}"
        );
        let got = instructions::apply(&base, &built).expect("applied");
        assert_eq!(got.sections, proposal.sections);
    }
}
