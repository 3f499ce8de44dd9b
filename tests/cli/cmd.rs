//! The CLI cases that only check what the binary prints and its exit code, written as console
//! sessions in `tests/cmd/*.md` (trycmd, as crate-ci/typos does): the expected output is read as
//! the user sees it. `TRYCMD=overwrite cargo test --test cli cmd::` rewrites them after a
//! deliberate change of wording; read the diff before committing it.

#[test]
fn cmd() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions");
    trycmd::TestCases::new()
        // The caller's environment must not colour or redirect anything.
        .env("NO_COLOR", "1")
        .env("RESDIFF_CORPUS", corpus.display().to_string())
        .case("tests/cmd/*.md");
}
