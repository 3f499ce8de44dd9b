//! The conventions of a command-line tool: completion scripts and man pages made from the same
//! definitions as `--help`, and `textconv`, which lets `git diff` show clause-level changes.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::resdiff;

fn stdout_of(args: &[&str]) -> String {
    let out = resdiff().args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn completion_scripts_know_the_commands_and_flags() {
    for (shell, marker) in [
        ("bash", "_resdiff()"),
        ("zsh", "#compdef resdiff"),
        ("fish", "complete -c resdiff"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: no `{marker}`");
        for word in ["markup", "textconv", "ignore-presentation-forms"] {
            assert!(script.contains(word), "{shell}: no `{word}`");
        }
    }
}

#[test]
fn man_pages_come_from_the_help_text() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH resdiff 1"), "{page}");
    assert!(page.contains("Compare revisions of ITU resolutions clause by clause"));
    let diff = stdout_of(&["man", "diff"]);
    assert!(diff.contains(".TH resdiff\\-diff 1") || diff.contains(".TH resdiff-diff 1"));
    assert!(diff.contains("Clauses are aligned by content, not by label"));
}

#[test]
fn textconv_prints_a_line_per_clause_for_toml_docx_and_plain_text() {
    let toml = stdout_of(&["textconv", "resolutions/wtdc/030/dubai-2014.ar.toml"]);
    assert!(
        toml.starts_with("address: wtdc/30@dubai-2014:ar\n"),
        "{toml}"
    );
    assert!(toml.contains("\nrecalling و) > -\tإعلان مبادئ جنيف وخطة عمل جنيف؛\n"));
    let docx = stdout_of(&["textconv", "fixtures/docx/T-RES-T.1-2016-MSW-E.docx"]);
    assert!(
        docx.contains("\nconsidering b)bis\tthat the International Telecommunication Regulations")
    );
    let plain = stdout_of(&["textconv", "fixtures/diff/moves/old.txt"]);
    assert!(
        plain.contains("\nresolves 4\tto encourage cooperation"),
        "{plain}"
    );
}

/// Issue 27, finding 21: textconv refused a plain text with no RESOLUTION line, which `show`
/// reads; `git diff` then aborted on every file ("unable to read files to diff").
#[test]
fn textconv_reads_what_show_reads() {
    let file = "fixtures/headerless/dubai-2014.ar.txt";
    resdiff().args(["show", file]).assert().code(0);
    let lines = stdout_of(&["textconv", file]);
    assert!(lines.starts_with("address: wtdc/unknown@"), "{lines}");
    assert!(
        lines.contains("\nrecalling و) > -\tإعلان مبادئ جنيف وخطة عمل جنيف؛\n"),
        "{lines}"
    );
}

#[test]
fn textconv_reads_an_akoma_ntoso_file_as_the_shipped_text_it_became() {
    // The English AKN of A/RES/80/118 is the source of resolutions/unga/ict4sd/80-118.en.toml
    // (fixtures/akn/ship.sh): the two must convert to the same lines.
    let xml = stdout_of(&[
        "textconv",
        "fixtures/akn/unga-ict4sd/A_RES_80_118-2520736E.xml",
    ]);
    let toml = stdout_of(&["textconv", "resolutions/unga/ict4sd/80-118.en.toml"]);
    assert!(xml.starts_with("address: unga/ict4sd@80-118:en\n"), "{xml}");
    assert_eq!(xml, toml);
}

#[test]
fn textconv_takes_the_proposal_of_a_tracked_docx_and_no_id_from_a_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docx = dir.path().join("rcc.docx");
    resdiff()
        .args(["markup", "wtdc/30@dubai-2014:ar", "wtdc/30@rcc-wtdc17:ar"])
        .args(["--format", "docx", "-o"])
        .arg(&docx)
        .assert()
        .success();
    let path = docx.to_str().expect("UTF-8 path");
    let proposal = stdout_of(&["textconv", path]);
    assert!(
        proposal.starts_with(
            "tracked changes by RCC: the proposal (changes accepted); --side base for the base\n"
        ),
        "{proposal}"
    );
    // The proposal's recalling j) is new in it; the base has no j).
    assert!(proposal.contains("\nrecalling ي)\t"), "{proposal}");
    let base = stdout_of(&["textconv", path, "--side", "base"]);
    assert!(base.starts_with("address: "), "{base}");
    assert!(!base.contains("\nrecalling ي)\t"), "{base}");

    // git's temporary copies are named `XXXXXX_name`: the output must not depend on the name.
    let text = "+++\nlanguage = \"en\"\n[resolution]\nbody = \"wtdc\"\nnumber = 30\ntitle = \"t\"\n\
                [revision]\nyear = 2014\n+++\nresolves\n1\tto act;\n";
    let shown: Vec<String> = ["draft.txt", "Ab12Cd_draft.txt"]
        .iter()
        .map(|name| {
            let file = dir.path().join(name);
            std::fs::write(&file, text).expect("write");
            stdout_of(&["textconv", file.to_str().expect("UTF-8 path")])
        })
        .collect();
    assert!(
        shown[0].starts_with("address: wtdc/30@unnamed:en\n"),
        "{}",
        shown[0]
    );
    assert_eq!(shown[0], shown[1]);
}

fn git(repo: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(repo)
        .env("HOME", repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The README's recipe, followed to the letter in a new repository: a committed corpus file, one
/// clause changed, `git diff` names the clause.
#[test]
fn git_diff_with_the_textconv_recipe_shows_the_changed_clause() {
    if !common::tool_available("git", Command::new("git").arg("--version")) {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    let file = repo.join("dubai-2014.ar.toml");
    let original =
        std::fs::read_to_string(common::repo().join("resolutions/wtdc/030/dubai-2014.ar.toml"))
            .expect("corpus text");
    std::fs::write(&file, &original).expect("write");
    std::fs::write(repo.join(".gitattributes"), "*.toml diff=resdiff\n").expect("write");
    let textconv = format!("{} textconv", env!("CARGO_BIN_EXE_resdiff"));
    git(repo, &["config", "diff.resdiff.textconv", &textconv]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "Res. 30 (Dubai, 2014)"]);

    let old = "بالقرار 130 (المراجَع في غوادالاخارا، 2010)";
    let new = "بالقرار 130 (المراجَع في بوسان، 2014)";
    assert_eq!(original.matches(old).count(), 1);
    std::fs::write(&file, original.replace(old, new)).expect("write");

    let diff = git(repo, &["diff", "--no-color"]);
    let changed: Vec<&str> = diff
        .lines()
        .filter(|l| {
            (l.starts_with('-') || l.starts_with('+'))
                && !l.starts_with("---")
                && !l.starts_with("+++")
        })
        .collect();
    assert_eq!(changed.len(), 2, "{diff}");
    assert!(
        changed[0].starts_with(&format!("-recalling ب)\t{old}")),
        "{diff}"
    );
    assert!(
        changed[1].starts_with(&format!("+recalling ب)\t{new}")),
        "{diff}"
    );
    // Without the recipe, git shows the TOML line, which names no clause.
    let raw = git(repo, &["diff", "--no-color", "--no-textconv"]);
    assert!(raw.contains(&format!("+text = '{new}")), "{raw}");
}
