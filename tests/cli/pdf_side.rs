//! `import --side` for a proposal printed to PDF with its marks (issue 25, item 2): it takes
//! the side `FILE.pdf#base` and `FILE.pdf#proposal` name, for one file and for the PDFs of a
//! folder, as it does for a DOCX with tracked changes. It was refused for one PDF ("--side
//! applies to .docx files with tracked changes") and ignored for PDFs in a folder, which then
//! filed the page as printed, struck and underlined text together.

use crate::common::{repo, resdiff};

const PDF: &str = "tests/cmd/pdf.in/res1-considering.pdf";

fn run(args: &[&str]) -> std::process::Output {
    resdiff().args(args).output().expect("run resdiff")
}

/// `diff FILE ADDRESS` finds no change (exit 0), or what it said.
fn same(file: &str, address: &str) {
    let out = run(&["diff", file, address]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{file} against {address}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn side_takes_a_side_of_a_pdf_as_its_address_does() {
    let tmp = tempfile::tempdir().expect("temp dir");
    for side in ["base", "proposal"] {
        let toml = tmp.path().join(format!("{side}.toml"));
        let t = toml.display().to_string();
        let out = run(&["import", PDF, "--side", side, "-o", &t]);
        assert!(
            out.status.success(),
            "{side}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        same(&t, &format!("{PDF}#{side}"));
    }
}

#[test]
fn side_takes_a_side_of_the_pdfs_of_a_folder() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let folder = tmp.path().join("in");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::copy(repo().join(PDF), folder.join("res1-considering.pdf")).expect("copy");
    let out = tmp.path().join("out");
    let (f, o) = (folder.display().to_string(), out.display().to_string());
    let done = run(&["import", &f, "--side", "proposal", "-o", &o]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let written = walk(&out);
    assert_eq!(written.len(), 1, "{written:?}");
    same(
        &written[0].display().to_string(),
        &format!("{PDF}#proposal"),
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
