//! The bad-input catalogue, part two: files and the system. What `-o` may name, what an input
//! may be, and what a signal or a closed stream leaves behind. Nothing is clobbered, nothing
//! blocks, nothing stays behind.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::common;
use common::{binary, repo, resdiff};

const DUBAI: &str = "fixtures/wtdc-030-dubai-2014.ar.txt";

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {}", path.display());
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn import_to(out: &Path) -> assert_cmd::Command {
    let mut cmd = resdiff();
    cmd.arg("import").arg(repo().join(DUBAI)).arg("-o").arg(out);
    cmd
}

#[test]
fn a_planted_symlink_in_the_output_folder_is_never_followed() {
    // The temporary file used to be `.resdiff-<pid>.tmp`: anyone who can write the folder could
    // plant that name as a symlink to a file of yours for the next few thousand pids.
    let d = tmp();
    let victim = d.path().join("victim");
    std::fs::write(&victim, "yours").expect("victim");
    let last: u32 = std::fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(1);
    for pid in last..last + 3000 {
        let link = d.path().join(format!(".resdiff-{pid}.tmp"));
        std::os::unix::fs::symlink(&victim, link).expect("plant");
    }
    import_to(&d.path().join("out.toml")).assert().code(0);
    assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "yours");
    let out = std::fs::read_to_string(d.path().join("out.toml")).expect("written");
    assert!(out.starts_with("# wtdc/30@dubai-2014:ar"), "{out}");
}

#[test]
fn force_keeps_the_permissions_of_the_file_it_replaces() {
    let d = tmp();
    let out = d.path().join("private.toml");
    std::fs::write(&out, "old").expect("old");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    import_to(&out).arg("--force").assert().code(0);
    let meta = std::fs::metadata(&out).expect("written");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(meta.len() > 1000);
    // A new file gets the usual permissions (0666 less the umask), not tempfile's 0600.
    let fresh = d.path().join("fresh.toml");
    import_to(&fresh).assert().code(0);
    let mode = std::fs::metadata(&fresh)
        .expect("fresh")
        .permissions()
        .mode();
    assert_ne!(
        mode & 0o044,
        0,
        "readable by others as umask allows: {mode:o}"
    );
}

#[test]
fn a_fifo_as_output_is_refused_not_replaced() {
    let d = tmp();
    let fifo = d.path().join("pipe.toml");
    mkfifo(&fifo);
    import_to(&fifo)
        .arg("--force")
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pipe.toml is a FIFO (named pipe)"));
    let kind = std::fs::symlink_metadata(&fifo)
        .expect("still there")
        .file_type();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&kind), "replaced");
}

#[test]
fn dev_null_and_dash_are_written_through() {
    // Written through, never replaced: running as root, the old code replaced /dev/null itself
    // with a regular file, so this test is only ever run against this build.
    if std::env::var_os("RESDIFF_TEST_BIN").is_some() {
        return;
    }
    resdiff()
        .args(["import", DUBAI, "-o", "/dev/null"])
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    let meta = std::fs::metadata("/dev/null").expect("/dev/null");
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &meta.file_type()
    ));
    resdiff()
        .args(["import", DUBAI, "-o", "-"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("# wtdc/30@dubai-2014:ar"));
}

#[test]
fn a_directory_as_output_says_so() {
    let d = tmp();
    for force in [false, true] {
        let mut cmd = import_to(d.path());
        if force {
            cmd.arg("--force");
        }
        cmd.assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{} is a directory; -o names a file",
                d.path().display()
            )))
            .stderr(predicate::str::contains("exists; pass --force").not());
    }
}

#[test]
fn a_fifo_as_input_is_refused_without_blocking() {
    let d = tmp();
    let fifo = d.path().join("text.txt");
    mkfifo(&fifo);
    let toml = d.path().join("text.toml");
    mkfifo(&toml);
    for (args, name) in [
        (vec!["import", "text.txt", "--lang", "en"], "text.txt"),
        (vec!["show", "text.toml"], "text.toml"),
        (
            vec!["diff", "text.toml", "wtdc/30@dubai-2014:ar"],
            "text.toml",
        ),
    ] {
        resdiff()
            .current_dir(d.path())
            .env("RESDIFF_CORPUS", repo().join("resolutions"))
            .args(&args)
            .timeout(Duration::from_secs(20))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{name}: cannot read: a FIFO (named pipe), not a file"
            )));
    }
    // --reasons too
    resdiff()
        .args([
            "markup",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--format",
            "md",
        ])
        .arg("--reasons")
        .arg(&toml)
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a FIFO (named pipe), not a file"));
}

/// A text whose TOML takes a while to write: 50 clauses of 10,000 words (2.5 MB).
fn big_text(dir: &Path) -> PathBuf {
    let mut text = String::from("resolves\n");
    let words = "word ".repeat(10_000);
    for i in 1..=50 {
        text.push_str(&format!("{i}\t{words}end;\n"));
    }
    let path = dir.join("big.txt");
    std::fs::write(&path, text).expect("big");
    path
}

#[test]
fn sigterm_while_writing_leaves_no_temporary_file() {
    let d = tmp();
    let src = big_text(d.path());
    let out_dir = d.path().join("out");
    std::fs::create_dir(&out_dir).expect("out");
    let out = out_dir.join("big.toml");
    let signal = |pid: u32, sig: libc::c_int| {
        // SAFETY: kill(2) on our own child's pid, which has not been reaped yet.
        let ok = unsafe { libc::kill(pid as libc::pid_t, sig) } == 0;
        assert!(ok, "kill {sig}");
    };
    // The whole output, to tell a finished file from a partial one.
    let reference = d.path().join("reference.toml");
    let made = Command::new(binary())
        .arg("import")
        .arg(&src)
        .args(["--lang", "en", "--body", "wtdc", "--number", "1"])
        .args(["--title", "t", "--year", "2014", "--revision", "x"])
        .arg("-o")
        .arg(&reference)
        .stderr(Stdio::null())
        .status()
        .expect("reference import");
    assert!(made.success(), "{made:?}");
    let whole = std::fs::read(&reference).expect("reference");
    for _ in 0..10 {
        let mut child = Command::new(binary())
            .arg("import")
            .arg(&src)
            .args(["--lang", "en", "--body", "wtdc", "--number", "1"])
            .args(["--title", "t", "--year", "2014", "--revision", "x"])
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // Watch the folder; the moment a temporary file appears, freeze the writer, and if the
        // file is still there, send SIGTERM: the signal lands while the file is half written,
        // however busy the machine.
        let start = Instant::now();
        let mut signalled = false;
        while start.elapsed() < Duration::from_secs(120) {
            if child.try_wait().expect("wait").is_some() {
                break;
            }
            if names(&out_dir).iter().any(|n| n.ends_with(".tmp")) {
                signal(child.id(), libc::SIGSTOP);
                signalled = names(&out_dir).iter().any(|n| n.ends_with(".tmp"));
                if signalled {
                    signal(child.id(), libc::SIGTERM);
                }
                signal(child.id(), libc::SIGCONT);
                break;
            }
        }
        let status = child.wait().expect("wait");
        let left: Vec<String> = names(&out_dir)
            .into_iter()
            .filter(|n| n != "big.toml")
            .collect();
        assert!(left.is_empty(), "left behind after {status:?}: {left:?}");
        if signalled {
            // The handler removed the file and the process died of the signal, or the rename
            // won the race: then the output is whole, whether the process went on to exit 0 or
            // died of the signal it had pending when the rename was done.
            let died = std::os::unix::process::ExitStatusExt::signal(&status) == Some(15);
            assert!(died || status.success(), "{status:?}");
            if status.success() {
                assert!(out.exists(), "exit 0 without the output");
            }
            if out.exists() {
                let written = std::fs::read(&out).expect("output");
                assert!(
                    written == whole,
                    "a partial output was left in place ({status:?})"
                );
            }
            return;
        }
        let _ = std::fs::remove_file(&out);
    }
    panic!("the temporary file was never seen in ten runs");
}

/// Runs `sh -c SCRIPT` in the repository and returns the exit status of resdiff, which the
/// script writes to the file `status`.
fn shell(script: &str, dir: &Path) -> (String, String) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(repo())
        .env("BIN", binary())
        .env("DIR", dir)
        .output()
        .expect("sh");
    let status = std::fs::read_to_string(dir.join("status")).unwrap_or_default();
    (
        status.trim().to_string(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn a_closed_stderr_never_aborts_and_the_output_file_is_still_written() {
    // import warns on stderr for every `[bookmark: _GoBack]` dropped: enough lines to fill a pipe
    // whose reader left after the first.
    let d = tmp();
    let mut text = String::from("resolves\n");
    for i in 1..=3000 {
        text.push_str(&format!("{i}\t[bookmark: _GoBack]clause {i};\n"));
    }
    std::fs::write(d.path().join("noisy.txt"), text).expect("noisy");
    let (status, first) = shell(
        "{ \"$BIN\" import \"$DIR/noisy.txt\" --lang en --body wtdc --number 1 --title t \
         --year 2014 --revision x -o \"$DIR/out.toml\" 2>&1 >/dev/null; echo $? > \"$DIR/status\"; } \
         | head -1",
        d.path(),
    );
    assert!(first.contains("warning"), "{first}");
    assert_eq!(status, "0", "exit status with stderr closed");
    let written = std::fs::read_to_string(d.path().join("out.toml")).expect("written");
    assert!(written.contains("clause 3000;"));
}

#[test]
fn apply_with_closed_stderr_reports_trouble_without_aborting() {
    // A changeset for another base lists every difference on stderr, into a closed pipe.
    let d = tmp();
    let json = d.path().join("atu.json");
    let diff = resdiff()
        .args(["diff", "wtdc/30@rcc-wtdc17:ar", "wtdc/30@atu-fixture:ar"])
        .args(["--format", "json"])
        .output()
        .expect("diff");
    std::fs::write(&json, diff.stdout).expect("json");
    let (status, _) = shell(
        "{ \"$BIN\" apply wtdc/30@dubai-2014:ar \"$DIR/atu.json\" 2>&1 >/dev/null; \
         echo $? > \"$DIR/status\"; } | head -1",
        d.path(),
    );
    assert_eq!(status, "2", "trouble, not an abort (134)");
}
