//! Everything the binary writes: stdout, stderr and `-o` files.
//!
//! - A closed stdout or stderr (`resdiff ... 2>&1 | head -1`) is the reader's choice: writes to
//!   it are dropped, never a panic (`eprintln!` aborts on a closed stderr), and an `-o` file is
//!   still written.
//! - An `-o` file is written through a temporary file created exclusively, with an unpredictable
//!   name, in the target's folder (`tempfile`: `O_EXCL`, so a planted symlink is never
//!   followed), then renamed into place; the target's permissions are kept.
//! - A character device (`/dev/null`, a terminal) is written through, never replaced; `-` is
//!   stdout; a directory, FIFO, socket or block device is refused.
//! - The temporary file goes away on error (tempfile's drop) and on SIGINT, SIGTERM and SIGHUP
//!   (a `signal-hook` thread, started only when a file is written).
//! - A folder of outputs (the static site) writes a file new to it in place, created
//!   exclusively, and removes it the same way on error or signal.

use std::fmt::Display;
use std::fs::Permissions;
use std::io::Write;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use super::{CliError, Result};

/// Writes to stdout; a closed pipe (`resdiff show ... | head`) ends the output quietly.
pub fn emit(s: impl AsRef<[u8]>) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(s.as_ref()).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(CliError::Write {
            path: PathBuf::from("<stdout>"),
            source,
        }),
        Ok(()) => Ok(()),
    }
}

/// One line on stderr (a warning, an error). Nothing is left to say it with when stderr is
/// closed, so a failed write is dropped: the run goes on and writes its output.
pub fn note(line: impl Display) {
    let text = format!("{line}\n");
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Text for stderr as it is (several lines, each already ended).
pub fn note_raw(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// What an `-o` path names.
enum Target {
    /// `-`: standard output.
    Stdout,
    /// A character device such as `/dev/null`: written through, never replaced.
    Device,
    /// A regular file (or nothing yet): replaced whole, keeping the permissions it had.
    File(Option<Permissions>),
}

fn target(path: &Path, force: bool) -> Result<Target> {
    if path.as_os_str() == "-" {
        return Ok(Target::Stdout);
    }
    let refuse = |what: &str| {
        Err(CliError::Usage(format!(
            "{} is {what}; -o names a file (or - for stdout)",
            path.display()
        )))
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        // A link whose target is missing is still in the way: replacing it is the user's call.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let dangling = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            if dangling && !force {
                return Err(CliError::Usage(format!(
                    "{} is a symbolic link to a missing file; pass --force to replace it",
                    path.display()
                )));
            }
            return Ok(Target::File(None));
        }
        Err(source) => {
            return Err(CliError::Write {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let kind = meta.file_type();
    if kind.is_dir() {
        refuse("a directory")
    } else if kind.is_char_device() {
        Ok(Target::Device)
    } else if kind.is_fifo() {
        refuse("a FIFO (named pipe)")
    } else if kind.is_socket() {
        refuse("a socket")
    } else if kind.is_block_device() {
        refuse("a block device")
    } else if !force {
        Err(CliError::Usage(format!(
            "{} exists; pass --force to overwrite it",
            path.display()
        )))
    } else {
        Ok(Target::File(Some(meta.permissions())))
    }
}

/// Refuses, before any work, an output that cannot or may not be written: an existing file
/// without --force, a directory, a special file that is not a character device.
pub fn check_overwrite(output: Option<&Path>, force: bool) -> Result<()> {
    match output {
        Some(path) => target(path, force).map(drop),
        None => Ok(()),
    }
}

/// Writes each text to its place (a file under a corpus folder), making the folders it needs.
/// Every place is checked first, each refusal said, so that a refusal leaves nothing half-done.
pub fn write_all_or_none(files: &[(&Path, &str)], force: bool) -> Result<()> {
    let mut refused = 0;
    for (place, _) in files {
        if let Err(e) = check_overwrite(Some(place), force) {
            refused += 1;
            note(format_args!("resdiff: {e}"));
        }
    }
    if refused > 0 {
        return Err(CliError::Usage(format!(
            "{refused} of the {} texts would replace files (pass --force to replace them); nothing was written",
            files.len()
        )));
    }
    for (place, text) in files {
        if let Some(parent) = place.parent() {
            std::fs::create_dir_all(parent).map_err(|source| CliError::Write {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        write_atomically(place, text)?;
    }
    Ok(())
}

/// Writes `-o` output; the caller checked with [`check_overwrite`] (so `--force` was given for
/// an existing file), and the check runs again here in case the path changed meanwhile.
pub fn write_atomically(path: &Path, text: impl AsRef<[u8]>) -> Result<()> {
    let err = |source| CliError::Write {
        path: path.to_path_buf(),
        source,
    };
    let keep = match target(path, true)? {
        Target::Stdout => return emit(text),
        Target::Device => {
            let mut device = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(err)?;
            return device.write_all(text.as_ref()).map_err(err);
        }
        Target::File(keep) => keep,
    };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(d) = dir
        && !d.is_dir()
    {
        return Err(CliError::Usage(format!(
            "cannot write {}: the folder {} does not exist",
            path.display(),
            d.display()
        )));
    }
    clean_up_on_signals();
    // Held from the file's creation until it is named pending: a signal in between would
    // otherwise find nothing to remove and leave the file behind.
    let mut pending = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    // A new file gets the usual 0666 less the umask (tempfile's default is 0600).
    let mut tmp = tempfile::Builder::new()
        .prefix(".resdiff-")
        .suffix(".tmp")
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(dir.unwrap_or(Path::new(".")))
        .map_err(err)?;
    *pending = Some(tmp.path().to_path_buf());
    drop(pending);
    let written = tmp.write_all(text.as_ref()).and_then(|()| match keep {
        Some(mode) => tmp.as_file().set_permissions(mode),
        None => Ok(()),
    });
    if let Err(e) = written {
        set_pending(None);
        return Err(err(e)); // the drop removes the temporary file
    }
    // Held across the rename, so a signal handler never removes a file that is in place.
    let mut pending = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    let persisted = tmp.persist(path).map(drop).map_err(|e| err(e.error));
    *pending = None;
    persisted
}

/// Writes one file of a folder of outputs (the static site's pages). A file new to the folder is
/// created exclusively (`O_EXCL`: a link planted meanwhile is not followed) and written in place:
/// nothing stood there to lose, so it needs no temporary file, and a write that fails or a
/// signal handled (SIGINT, SIGTERM, SIGHUP) removes it as it would the temporary one; a process
/// killed outright may leave the new page cut short, which the next run replaces. An earlier
/// regular file under the name is replaced whole by [`write_atomically`]; anything else there is
/// refused. A temporary file and a rename per page were most of the
/// writing of a fresh site (5,000 pages).
pub fn write_new_or_atomically(path: &Path, text: impl AsRef<[u8]>) -> Result<()> {
    let err = |source| CliError::Write {
        path: path.to_path_buf(),
        source,
    };
    clean_up_on_signals();
    // Held from the file's creation until it is named pending, as in `write_atomically`.
    let mut pending = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            drop(pending);
            // What stands there may have been planted since the caller looked (a link to
            // `/dev/tty`, which `write_atomically` would write through): only a regular file,
            // an earlier output, is replaced.
            return match std::fs::symlink_metadata(path) {
                Ok(meta) if meta.file_type().is_file() => write_atomically(path, text),
                _ => Err(err(e)),
            };
        }
        Err(e) => return Err(err(e)),
    };
    *pending = Some(path.to_path_buf());
    drop(pending);
    let written = file.write_all(text.as_ref());
    let mut pending = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    *pending = None;
    written.map_err(|e| {
        let _ = std::fs::remove_file(path);
        err(e)
    })
}

/// The temporary file being written, for the signal thread to remove.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

fn set_pending(path: Option<PathBuf>) {
    *PENDING.lock().unwrap_or_else(|p| p.into_inner()) = path;
}

/// On SIGINT, SIGTERM or SIGHUP: remove the temporary file being written, then die of the
/// signal as if it had not been caught (the exit status the shell expects). `signal-hook` does
/// the async-signal-safe part; the removal runs on its ordinary thread. Started at the first
/// file write only: most runs write to stdout and pay nothing.
fn clean_up_on_signals() {
    static START: Once = Once::new();
    START.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return; // without the handler, a signal may leave the file: no worse than before
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let mut pending = PENDING.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(path) = pending.take() {
                    let _ = std::fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    });
}

/// Corpus TOML to write, if resdiff can read it back (see `limits::toml_readable`).
pub fn readable_toml(toml: String) -> Result<String> {
    match resdiff::input::limits::toml_readable(&toml) {
        Ok(()) => Ok(toml),
        Err(source) => Err(CliError::Unreadable {
            format: "TOML",
            source,
        }),
    }
}

/// Plain text to write, if resdiff can read it back.
pub fn readable_plain(text: String) -> Result<String> {
    match resdiff::input::limits::plain_readable(&text) {
        Ok(()) => Ok(text),
        Err(source) => Err(CliError::Unreadable {
            format: "plain text",
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::write_new_or_atomically;

    /// A link standing under a page's name (planted after the site looked) is neither written
    /// through nor replaced: the page is refused, the link and what it points to kept.
    #[test]
    fn a_link_under_a_new_page_s_name_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let theirs = dir.path().join("theirs.txt");
        std::fs::write(&theirs, "the user's own").expect("write");
        let page = dir.path().join("index.html");
        std::os::unix::fs::symlink(&theirs, &page).expect("link");
        assert!(write_new_or_atomically(&page, "<html>").is_err());
        let meta = std::fs::symlink_metadata(&page).expect("still there");
        assert!(meta.file_type().is_symlink());
        assert_eq!(
            std::fs::read_to_string(&theirs).expect("read"),
            "the user's own"
        );
    }

    /// A page new to the folder is written; an earlier page (a regular file) is replaced.
    #[test]
    fn a_new_page_is_written_and_an_earlier_one_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let page = dir.path().join("index.html");
        write_new_or_atomically(&page, "one").expect("new");
        write_new_or_atomically(&page, "two").expect("again");
        assert_eq!(std::fs::read_to_string(&page).expect("read"), "two");
    }
}
