//! Every numbered item of the UN's own markup survives the import: across the whole 78th
//! session of the General Assembly in the six languages, each `<num>` of each `<mainBody>` is a
//! clause label of the imported text, or a warning of the import names it (its line and its
//! text). The `<num>`s are read here with quick-xml, not through resdiff's reader.
//!
//! The session (about 1,950 files) is not shipped: it is read from `../shared/data/outside/
//! unga-78session` (SOURCES.md there), found beside the clone or above it (a worktree), or where
//! `RESDIFF_SHARED` points. Missing, the test says it skips; with `RESDIFF_REQUIRE_TOOLS=1` (CI,
//! which has shared/ beside the clone) it fails instead.

use crate::common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use quick_xml::Reader;
use quick_xml::events::Event;
use resdiff::input::ImportOptions;
use resdiff::input::akn::import_akn;
use resdiff::model::{Clause, ResNumber};

const LANGUAGES: [&str; 6] = [
    "Arabic", "Chinese", "English", "French", "Russian", "Spanish",
];

/// `shared/data/outside/unga-78session`, beside the clone or a folder above it.
fn session() -> Option<PathBuf> {
    let tail = "data/outside/unga-78session";
    if let Some(s) = std::env::var_os("RESDIFF_SHARED") {
        return Some(PathBuf::from(s).join(tail)).filter(|p| p.is_dir());
    }
    common::repo()
        .ancestors()
        .skip(1)
        .map(|a| a.join("shared").join(tail))
        .find(|p| p.is_dir())
}

/// One `<num>` of a main body: its line and its text, whitespace collapsed.
struct Num {
    line: usize,
    text: String,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `<num>`s under every `<mainBody>` of the file (78/80 A-B has one per part).
fn nums(xml: &str) -> Vec<Num> {
    let mut reader = Reader::from_str(xml);
    let (mut in_main, mut in_num) = (0usize, 0usize);
    let mut out: Vec<Num> = Vec::new();
    // Line numbers counted on from the last `<num>`, not from the top each time: counting from
    // the top was quadratic, most of this test's minute over the session's 1,950 files.
    let (mut seen, mut lines) = (0usize, 1usize);
    let mut line = |at: u64| {
        let at = at as usize;
        lines += xml.as_bytes()[seen..at]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        seen = at;
        lines
    };
    loop {
        let at = reader.buffer_position();
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => match e.local_name().as_ref() {
                "mainBody" => in_main += 1,
                "num" if in_main > 0 => {
                    in_num += 1;
                    out.push(Num {
                        line: line(at),
                        text: String::new(),
                    });
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "mainBody" => in_main -= 1,
                "num" if in_num > 0 => in_num -= 1,
                _ => {}
            },
            Event::Text(t) if in_num > 0 => {
                if let Some(n) = out.last_mut() {
                    n.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_num > 0 => {
                let c = match r.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                if let (Some(n), Some(c)) = (out.last_mut(), c) {
                    n.text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    for n in &mut out {
        n.text = collapse(&n.text);
    }
    out
}

fn labels(clauses: &[Clause], out: &mut HashMap<String, usize>) {
    for c in clauses {
        let w = collapse(c.label.written());
        if !w.is_empty() {
            *out.entry(w).or_default() += 1;
        }
        labels(&c.children, out);
    }
}

/// Whether a warning names the number: on its line, quoting it; or, for a part not read (an
/// annex), giving the lines `A–B` it spans.
fn names(w: &resdiff::input::Warning, n: &Num) -> bool {
    if w.line == n.line && w.message.contains(&n.text) {
        return true;
    }
    let Some(span) = w.message.strip_prefix("lines ") else {
        return false;
    };
    let span = span.split(':').next().unwrap_or_default();
    let Some((a, b)) = span.split_once('–') else {
        return false;
    };
    matches!((a.parse::<usize>(), b.parse::<usize>()), (Ok(a), Ok(b)) if (a..=b).contains(&n.line))
}

#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
struct Tally {
    files: usize,
    nums: usize,
    labels: usize,
    warned: usize,
}

/// What one file gives: the tally, and each `<num>` neither a label nor warned.
fn check(path: &Path) -> (Tally, Vec<String>) {
    let xml = std::fs::read_to_string(path).expect("read");
    let opts = ImportOptions {
        number: Some(ResNumber::Series("session".into())),
        ..ImportOptions::default()
    };
    let name = path.display();
    let imported = match import_akn(&xml, &opts, &ImportOptions::default(), &|_, _| None) {
        Ok(i) => i,
        Err(e) => return (Tally::default(), vec![format!("{name}: refused: {e}")]),
    };
    let mut made = HashMap::new();
    for s in &imported.document.sections {
        labels(&s.clauses, &mut made);
    }
    let mut t = Tally {
        files: 1,
        ..Tally::default()
    };
    let mut lost = Vec::new();
    for n in nums(&xml) {
        t.nums += 1;
        if let Some(left) = made.get_mut(&n.text).filter(|k| **k > 0) {
            *left -= 1;
            t.labels += 1;
        } else if imported.warnings.iter().any(|w| names(w, &n)) {
            t.warned += 1;
        } else {
            lost.push(format!("{name}:{}: `{}`", n.line, n.text));
        }
    }
    (t, lost)
}

#[test]
fn every_num_of_the_78th_session_is_a_label_or_warned() {
    let Some(root) = session() else {
        let required = std::env::var_os("RESDIFF_REQUIRE_TOOLS").is_some_and(|v| v == "1");
        assert!(
            !required,
            "../shared/data/outside/unga-78session is required (RESDIFF_REQUIRE_TOOLS=1) but missing"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: ../shared/data/outside/unga-78session not found (set RESDIFF_SHARED)"
        );
        return;
    };
    let mut files: Vec<(usize, PathBuf)> = Vec::new();
    for (l, lang) in LANGUAGES.iter().enumerate() {
        for e in std::fs::read_dir(root.join(lang)).expect("language folder") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "xml") {
                files.push((l, p));
            }
        }
    }
    files.sort();
    // Each file is read on its own: the session in parallel, a share of files per thread.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results: Vec<(usize, Tally, Vec<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|k| {
                let files = &files;
                s.spawn(move || {
                    files
                        .iter()
                        .skip(k)
                        .step_by(threads)
                        .map(|(l, p)| {
                            let (t, lost) = check(p);
                            (*l, t, lost)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect()
    });
    let mut per = [Tally::default(); 6];
    let mut lost = Vec::new();
    for (l, t, l_lost) in results {
        per[l].files += t.files;
        per[l].nums += t.nums;
        per[l].labels += t.labels;
        per[l].warned += t.warned;
        lost.extend(l_lost);
    }
    lost.sort();
    let mut table = String::from("language  files  nums  labels  warned\n");
    for (lang, t) in LANGUAGES.iter().zip(per) {
        table.push_str(&format!(
            "{lang:<8} {:>6} {:>5} {:>7} {:>7}\n",
            t.files, t.nums, t.labels, t.warned
        ));
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{table}");
    assert!(
        lost.is_empty(),
        "{} numbers neither a label nor warned:\n{}\n{table}",
        lost.len(),
        lost.iter()
            .take(usize::MAX)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
