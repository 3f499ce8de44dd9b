//! Helpers for the DOCX tests: reading a file's two sides, comparing clause trees line by line,
//! rewriting a package's XML, and running `tests/tools/lo_docx.py`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command as Std;

use resdiff::input::{ImportOptions, import_docx};
use resdiff::model::Document;

use super::repo;

/// A copy of `../shared/data/itu-docx/T-RES-T.1-2016-MSW-E.docx` (WTSA Res. 1, English).
pub const WTSA1: &str = "fixtures/docx/T-RES-T.1-2016-MSW-E.docx";

/// The DOCX `bytes` with the parts `edit` rewrites (given the part's name and text).
pub fn rewrite(bytes: &[u8], edit: &dyn Fn(&str, String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let name = file.name().expect("name").to_string();
        let mut content = Vec::new();
        file.read_to_end(&mut content).expect("read");
        if name.ends_with(".xml") {
            let text = String::from_utf8(content).expect("utf-8");
            content = edit(&name, text).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&content).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

pub fn read(bytes: &[u8]) -> resdiff::input::DocxImport {
    import_docx(bytes, &ImportOptions::default(), &ImportOptions::default()).expect("reads")
}

/// [`WTSA1`] as [`read`] reads it, read once per test binary: several tests compare with it, and
/// each reading costs a second of CPU.
pub fn wtsa1() -> &'static resdiff::input::DocxImport {
    static READ: std::sync::OnceLock<resdiff::input::DocxImport> = std::sync::OnceLock::new();
    READ.get_or_init(|| read(&std::fs::read(repo().join(WTSA1)).expect("fixture")))
}

/// The tree as lines (depth, label, text), to report the first difference rather than a
/// whole document.
pub fn lines(doc: &Document) -> Vec<String> {
    fn walk(out: &mut Vec<String>, cs: &[resdiff::model::Clause], depth: usize) {
        for c in cs {
            out.push(format!("{depth} {} | {}", c.label.written(), c.text));
            walk(out, &c.children, depth + 1);
        }
    }
    let mut out = vec![format!("formula | {:?}", doc.formula)];
    for s in &doc.sections {
        out.push(format!("section | {}", s.heading));
        walk(&mut out, &s.clauses, 1);
    }
    out.extend(
        doc.footnotes
            .iter()
            .map(|f| format!("[^{}] {}", f.mark, f.text)),
    );
    out
}

pub fn same_tree(got: &Document, want: &Document, what: &str) {
    let (g, w) = (lines(got), lines(want));
    if let Some(i) = (0..g.len().max(w.len())).find(|&i| g.get(i) != w.get(i)) {
        panic!(
            "{what}: line {i} differs\n got:  {:?}\n want: {:?}",
            g.get(i),
            w.get(i)
        );
    }
    assert_eq!(got.sections, want.sections, "{what}: sections");
    assert_eq!(got.footnotes, want.footnotes, "{what}: footnotes");
}

/// Runs `tests/tools/lo_docx.py` over `jobs` (action, input, output), in one LibreOffice; the
/// job list is written in `dir`, a folder of the calling test's own.
pub fn libreoffice(dir: &Path, jobs: &[(&str, PathBuf, PathBuf)]) {
    let list: Vec<[String; 3]> = jobs
        .iter()
        .map(|(a, i, o)| [a.to_string(), path(i), path(o)])
        .collect();
    let file = dir.join("jobs.json");
    std::fs::write(&file, serde_json::to_string(&list).expect("json")).expect("write jobs");
    let out = Std::new("/usr/bin/python3")
        .arg(repo().join("tests/tools/lo_docx.py"))
        .arg(&file)
        .output()
        .expect("run LibreOffice");
    assert!(
        out.status.success(),
        "lo_docx.py failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn path(p: &Path) -> String {
    p.to_str().expect("UTF-8 path").to_string()
}
