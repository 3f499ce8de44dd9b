//! Markdown keeps a clause in its list item or paragraph (issue 27, finding 27): GA 79/194 whose
//! first preambular paragraph (unlabelled, so it starts its line in a proposal) reads like a
//! list and holds line breaks. Neither `markup --format md` nor `diff --format md` lets it open a
//! list, a rule or a heading, or end the list item it is in.

use crate::common;
use common::{repo, resdiff};

const BASE: &str = "resolutions/unga/ict4sd/79-194.en.toml";
const FIRST: &str = "text = 'Recalling its resolution 78/132";

/// The first preambular paragraph replaced by `text` (a TOML basic string's content).
fn proposal(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let base = std::fs::read_to_string(repo().join(BASE)).expect("79/194");
    let at = base.find(FIRST).expect("preambular paragraph 1");
    let end = at + base[at..].find('\n').expect("its line");
    let toml = format!("{}text = \"{text}\"{}", &base[..at], &base[end..])
        .replace("id = '79-194'", "id = 'lists'")
        .replace("status = 'adopted'", "status = 'proposal'\nproposer = 'X'");
    let path = dir.join("lists.en.toml");
    std::fs::write(&path, toml).expect("write");
    path
}

fn md(args: &[&str], proposal: &std::path::Path) -> String {
    let out = resdiff()
        .args(args)
        .arg(BASE)
        .arg(proposal)
        .args(["--format", "md"])
        .args(if args == ["markup"] {
            &["--doc", "5"][..]
        } else {
            &[]
        })
        .output()
        .expect("run");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn clause_text_cannot_open_a_list_or_end_its_item() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = proposal(
        dir.path(),
        "1. Recalling its resolution 78/132,\\n- a line break and a dash,\\n2) a number,\\n---\\n    four spaces[^1]",
    );
    for args in [&["markup"][..], &["diff"][..]] {
        let out = md(args, &p);
        assert!(
            out.contains("78/132,<br>- a line break"),
            "{args:?}:\n{out}"
        );
        for line in out.lines() {
            for opens in ["1. ", "- a line", "2) ", "---", "    four"] {
                assert!(
                    !line.starts_with(opens),
                    "{args:?}: a line opens with `{opens}`: {line}"
                );
            }
        }
    }
    // Unchanged and unlabelled, a paragraph that reads like a list starts its line escaped.
    let p = proposal(dir.path(), "1. Recalling its resolution 78/132,[^1]");
    let base_too = dir.path().join("base.en.toml");
    std::fs::copy(&p, &base_too).expect("copy");
    let out = resdiff()
        .args(["markup"])
        .arg(&base_too)
        .arg(&p)
        .args(["--format", "md", "--doc", "5"])
        .output()
        .expect("run");
    let out = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        out.contains("\n1\\. Recalling its resolution 78/132,"),
        "{out}"
    );
}
