//! `log` and `blame` take a file wherever an address works (README), and `outcome`, `log` and
//! `blame` write to `-o`. Before, a path was refused as a bad address and `-o` was unknown.

use crate::common;

use common::resdiff;

const HAMMAMET: &str = "resolutions/wtsa/001/hammamet-2016.en.toml";
const EUR: &str = "fixtures/proposals/wtsa-001-eur-wtsa20.en.toml";

fn run(args: &[&str]) -> String {
    let out = resdiff().args(args).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn log_of_a_file_is_the_log_of_its_resolution() {
    assert_eq!(run(&["log", HAMMAMET]), run(&["log", "wtsa/1:en"]));
}

/// A proposal that is not in the corpus is blamed against the corpus's revisions: EUR's
/// 4.4bis is Hammamet's 1.12, its 1.14 is its own.
#[test]
fn blame_of_a_proposal_file() {
    let out = run(&["blame", EUR, "--format", "json"]);
    let lines: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let at = |label: &str| {
        lines
            .as_array()
            .expect("array")
            .iter()
            .find(|l| l["path"].as_array().and_then(|p| p.last()) == Some(&label.into()))
            .unwrap_or_else(|| panic!("{label}"))
            .clone()
    };
    assert_eq!(at("4.4bis")["introduced"], "hammamet-2016");
    assert_eq!(at("1.14")["introduced"], "eur-wtsa20");
}

#[test]
fn outcome_log_and_blame_write_to_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: [(&str, Vec<&str>); 3] = [
        ("log.txt", vec!["log", "wtsa/1:en"]),
        ("blame.txt", vec!["blame", EUR]),
        ("outcome.txt", vec!["outcome", HAMMAMET, EUR, HAMMAMET]),
    ];
    for (name, args) in cases {
        let path = dir.path().join(name);
        let printed = run(&args);
        let to_file = run(&[&args[..], &["-o", path.to_str().expect("path")]].concat());
        assert_eq!(to_file, "", "{name}: nothing on stdout");
        let written = std::fs::read_to_string(&path).expect("written");
        assert_eq!(written, printed, "{name}");
        // And not over an existing file without --force.
        let again = resdiff()
            .args(&args)
            .arg("-o")
            .arg(&path)
            .output()
            .expect("runs");
        assert_eq!(again.status.code(), Some(2), "{name}");
    }
}
