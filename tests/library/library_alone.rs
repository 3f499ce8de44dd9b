//! A Rust caller can take the library without the command line or the server: with
//! `default-features = false`, none of the binary's crates is in the build (`cargo tree`).

use std::process::Command;

/// What only the `resdiff` binary needs (feature `cli`).
const BINARY_ONLY: &[&str] = &[
    "axum",
    "clap",
    "clap_complete",
    "clap_mangen",
    "signal-hook",
    "tempfile",
    "tokio",
    "tower-http",
];

/// The crate names `cargo tree -e normal --prefix none` lists with `args`, or `None` (with the
/// reason printed) where cargo cannot be run at all.
fn crates(args: &[&str]) -> Option<Vec<String>> {
    // Cargo names itself to the tests it runs; a bare `cargo test` binary falls back to PATH.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = match Command::new(&cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["tree", "-e", "normal", "--prefix", "none", "--offline"])
        .args(args)
        .output()
    {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("skipped: `{cargo}` is not on PATH ({e})");
            return None;
        }
        Err(e) => panic!("running `{cargo} tree`: {e}"),
    };
    assert!(
        out.status.success(),
        "`cargo tree {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).expect("cargo tree writes UTF-8");
    // Each line is `name vX.Y.Z`, then a path or `(*)` for a crate listed before.
    Some(
        tree.lines()
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_owned)
            .collect(),
    )
}

#[test]
fn the_library_alone_compiles_none_of_the_binarys_crates() {
    let Some(library) = crates(&["--no-default-features"]) else {
        return;
    };
    assert!(
        library.iter().any(|c| c == "resdiff") && library.iter().any(|c| c == "quick-xml"),
        "cargo tree listed no library: {library:?}"
    );
    let carried: Vec<&&str> = BINARY_ONLY
        .iter()
        .filter(|c| library.iter().any(|l| l == *c))
        .collect();
    assert!(
        carried.is_empty(),
        "the library without `cli` still builds {carried:?}"
    );
}

/// The check above is not vacuous: the binary's build lists every one of them.
#[test]
fn the_default_build_has_the_binarys_crates() {
    let Some(all) = crates(&[]) else {
        return;
    };
    for c in BINARY_ONLY {
        assert!(
            all.iter().any(|l| l == c),
            "{c} is not in the default build"
        );
    }
}

/// What a diff holds is named at the crate root: `ClauseChange.inline` is `Segment`s of `Op`s.
#[test]
fn a_clause_change_is_read_with_root_names_only() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let diff = resdiff::compare_files(
        fixtures.join("wtdc-030-dubai-2014.ar.txt"),
        fixtures.join("wtdc-030-rcc-wtdc17.ar.txt"),
    )
    .expect("the Res. 30 pair compares");
    let inline: Vec<&resdiff::Segment> = diff
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .flat_map(|c: &resdiff::ClauseChange| &c.inline)
        .collect();
    assert!(inline.iter().any(|s| s.op == resdiff::Op::Insert));
    assert!(inline.iter().any(|s| s.op == resdiff::Op::Delete));
}
