//! Printing texts to PDF for the PDF tests, with the two producers issue 25 names: LibreOffice
//! prints a DOCX (`soffice --headless --convert-to pdf`), headless Chromium prints HTML
//! (`chromium --headless --print-to-pdf`).
//!
//! Printing costs seconds (LibreOffice takes about three to start), so each function takes every
//! file a test binary needs in one call and one run of the producer, and keeps what it printed in
//! `target/test-artifacts/print/`, named by a hash of what shapes the print: a second test
//! binary, or the next `cargo test`, finds the PDF there and starts nothing. The hash covers the
//! input's bytes, the producer's `--version` line and the fonts fontconfig offers (file and font
//! version of each), so a changed DOCX or HTML, a new LibreOffice or Chromium, or an installed or
//! removed font is printed again rather than read from a stale PDF. The pages reference no CSS,
//! image or font file of their own (fonts are asked for by family name), so nothing else outside
//! the input's bytes is read.
//!
//! Each returns `None` when its producer is missing (the test then skips, saying why, through
//! [`super::tool_available`]; with `RESDIFF_REQUIRE_TOOLS=1` a missing producer fails instead).

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command as Std;
use std::sync::{Mutex, OnceLock};

use super::{artifacts, tool_missing};

/// Chromium headless with no sandbox, GPU, first-run, network or sync of its own: a run that
/// depends on nothing but the page (a fresh profile each time, given by the caller).
pub const CHROMIUM_HEADLESS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// One printer at a time within a test binary: two LibreOffice runs on one profile clash, and
/// a file being printed must not be read half-written by a second test.
static PRINTING: Mutex<()> = Mutex::new(());

/// The folder of printed PDFs, shared by every test binary.
pub fn folder() -> PathBuf {
    artifacts("print")
}

/// A stable name for `bytes` printed by `producer` in `setting` (its version and the fonts):
/// `NAME-PRODUCER-HASH.pdf`. The hash is std's SipHash with fixed keys
/// (`DefaultHasher::new()`), stable across runs of one toolchain.
fn cached_name(stem: &str, producer: &str, setting: &str, bytes: &[u8]) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    setting.hash(&mut h);
    bytes.hash(&mut h);
    format!("{stem}-{producer}-{:016x}.pdf", h.finish())
}

/// What `probe` printed on stdout when it ran and succeeded; `None` otherwise. Quiet: the caller
/// reports a missing program, every time it is asked.
fn probe_output(probe: &mut Std) -> Option<String> {
    probe
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
}

/// The `--version` line of a producer, asked once per test binary and kept in `cell`; when it is
/// missing, each call skips or fails as [`super::tool_available`] does.
fn version(
    cell: &'static OnceLock<Option<String>>,
    what: &str,
    program: &str,
) -> Option<&'static str> {
    let version = cell.get_or_init(|| probe_output(Std::new(program).arg("--version")));
    if version.is_none() {
        tool_missing(what);
    }
    version.as_deref()
}

/// The fonts fontconfig offers, one `file|version` a line, sorted: both producers find the
/// families a page asks for through fontconfig. Asked once per test binary (`fc-list` reads
/// fontconfig's cache: tens of milliseconds); empty without `fc-list`.
fn fonts() -> &'static str {
    static FONTS: OnceLock<String> = OnceLock::new();
    FONTS.get_or_init(|| {
        let listed =
            probe_output(Std::new("fc-list").args(["--format", "%{file}|%{fontversion}\\n"]))
                .unwrap_or_default();
        let mut lines: Vec<&str> = listed.lines().collect();
        lines.sort_unstable();
        lines.join("\n")
    })
}

/// What shapes a print besides its input: the producer's version and the fonts.
fn setting(version: &str) -> String {
    format!("{version}\n{}", fonts())
}

static LIBREOFFICE_VERSION: OnceLock<Option<String>> = OnceLock::new();
static CHROMIUM_VERSION: OnceLock<Option<String>> = OnceLock::new();

fn libreoffice_version() -> Option<&'static str> {
    version(&LIBREOFFICE_VERSION, "LibreOffice (soffice)", "soffice")
}

fn chromium_version() -> Option<&'static str> {
    version(&CHROMIUM_VERSION, "Chromium", "chromium")
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "input".into())
}

/// Whether LibreOffice can print (only `soffice` is needed: no Python bridge).
pub fn libreoffice_prints() -> bool {
    libreoffice_version().is_some()
}

/// Whether headless Chromium can print.
pub fn chromium_prints() -> bool {
    chromium_version().is_some()
}

/// Each of `inputs` (DOCX, or anything LibreOffice opens) printed to PDF by LibreOffice, in
/// the same order; one LibreOffice run for all those not printed before. `None`: no LibreOffice.
pub fn libreoffice(inputs: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let setting = setting(libreoffice_version()?);
    let _one = PRINTING.lock().unwrap_or_else(|e| e.into_inner());
    let out = folder();
    let (targets, todo) = plan(inputs, "lo", &setting, &out);
    if !todo.is_empty() {
        // Copies named as the cached PDFs will be (LibreOffice names its output after its input),
        // in a private folder, printed by a LibreOffice in a private profile: other tests may run
        // LibreOffice at the same time, and two on one profile refuse each other.
        let work = tempfile::tempdir().expect("work folder");
        let profile = tempfile::tempdir().expect("profile folder");
        let mut copies = Vec::new();
        for (input, target) in &todo {
            let ext = input.extension().and_then(|e| e.to_str()).unwrap_or("docx");
            let copy = work.path().join(
                Path::new(target.file_name().expect("named"))
                    .with_extension(ext)
                    .file_name()
                    .expect("named"),
            );
            std::fs::copy(input, &copy).expect("copy input");
            copies.push(copy);
        }
        let status = Std::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.path().display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(work.path())
            .args(&copies)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("run soffice");
        assert!(
            status.success(),
            "soffice --convert-to pdf failed: {status}"
        );
        for (_, target) in &todo {
            let printed = work.path().join(target.file_name().expect("named"));
            assert!(
                printed.exists(),
                "LibreOffice printed no {}",
                printed.display()
            );
            std::fs::copy(&printed, target).expect("keep the PDF");
        }
    }
    Some(targets)
}

/// Each of `pages` (HTML files) printed to PDF by headless Chromium, without the header and
/// footer Chromium adds by default (date, file name, page numbers): the page's own CSS says
/// what is printed. `None`: no Chromium.
pub fn chromium(pages: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let setting = setting(chromium_version()?);
    let _one = PRINTING.lock().unwrap_or_else(|e| e.into_inner());
    Some(chromium_locked(pages, &setting))
}

/// At most this many Chromiums print at once: a print waits on Chromium's start far more than
/// it computes (3 s of wall time here, under half a second of CPU), so a few side by side cost
/// little more than one.
const CHROMIUMS_AT_ONCE: usize = 8;

/// [`chromium`]'s work, for a caller holding [`PRINTING`]: the pages not printed before, by
/// Chromiums running side by side, each in a private profile (two on one profile refuse each
/// other). `setting`: Chromium's version and the fonts, for the cache's names.
fn chromium_locked(pages: &[PathBuf], setting: &str) -> Vec<PathBuf> {
    let out = folder();
    let (targets, todo) = plan(pages, "chromium", setting, &out);
    for batch in todo.chunks(CHROMIUMS_AT_ONCE) {
        let running: Vec<_> = batch
            .iter()
            .map(|(page, target)| {
                let profile = tempfile::tempdir().expect("profile folder");
                let partial = target.with_extension("part");
                let page = page.canonicalize().expect("page path");
                let child = Std::new("chromium")
                    .args(CHROMIUM_HEADLESS)
                    .arg("--no-pdf-header-footer")
                    .arg(format!("--user-data-dir={}", profile.path().display()))
                    .arg(format!("--print-to-pdf={}", partial.display()))
                    .arg(format!("file://{}", page.display()))
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .expect("run chromium");
                (child, profile, partial, target)
            })
            .collect();
        for (mut child, _profile, partial, target) in running {
            let status = child.wait().expect("wait for chromium");
            assert!(status.success(), "chromium --print-to-pdf failed: {status}");
            std::fs::rename(&partial, target).expect("keep the PDF");
        }
    }
    targets
}

/// The cached PDF of each input, and the (input, PDF) pairs not printed yet.
fn plan(
    inputs: &[PathBuf],
    producer: &str,
    setting: &str,
    out: &Path,
) -> (Vec<PathBuf>, Vec<(PathBuf, PathBuf)>) {
    let mut targets = Vec::new();
    let mut todo = Vec::new();
    for input in inputs {
        let bytes =
            std::fs::read(input).unwrap_or_else(|e| panic!("read {}: {e}", input.display()));
        let target = out.join(cached_name(&stem(input), producer, setting, &bytes));
        if !target.exists() && !todo.iter().any(|(_, t)| t == &target) {
            todo.push((input.clone(), target.clone()));
        }
        targets.push(target);
    }
    (targets, todo)
}

/// Each of `pages` (HTML text, with a name for the file) written to `target/test-artifacts/`
/// and printed by Chromium: a convenience for tests that lay out HTML themselves.
///
/// The pages are written under the printing lock: two tests of one binary print the same UN
/// pages (`import_pdf`, `copied_pdf_text`), and one rewriting a page while Chromium or the hash
/// reads the other's copy would print or name a half-written file. The second finds the first's
/// PDFs cached and starts no Chromium.
pub fn chromium_html(pages: &[(&str, String)]) -> Option<Vec<PathBuf>> {
    let setting = setting(chromium_version()?);
    let _one = PRINTING.lock().unwrap_or_else(|e| e.into_inner());
    let dir = artifacts("print-html");
    let files: Vec<PathBuf> = pages
        .iter()
        .map(|(name, html)| {
            let path = dir.join(format!("{name}.html"));
            std::fs::write(&path, html).expect("write page");
            path
        })
        .collect();
    Some(chromium_locked(&files, &setting))
}
