#!/usr/bin/env bash
# Builds the release binary statically linked against glibc (not PIE) and prints its path.
# Exits 1, printing nothing on stdout, where that is not possible (not Linux with glibc).
#
# Why a separate build: `-C target-feature=+crt-static` must reach the resdiff binary but not
# the proc-macro crates (serde, clap, thiserror), which cannot be static. Cargo keeps them apart
# only when --target is given, so this script names the host target explicitly and builds into
# its own directory; `cargo build --release` is left as it is.
#
# The binary is also position-dependent (`-C relocation-model=static`, given to the resdiff
# binary alone through `cargo rustc`, so the libraries already built are reused): a static-pie
# relocates its own 32,000 pointers at every start, 0.36M of the Res. 30 diff's 5.59M
# instructions (callgrind), and copies each page it writes them to (324 page faults instead of
# 193). The same reason as `-no-pie` for the plain build (build.rs).
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=$(rustc -vV | sed -n 's/^host: //p')
case "$HOST" in
    *-linux-gnu) ;;
    *) echo "build-static: $HOST is not Linux with glibc" >&2; exit 1 ;;
esac
RUSTFLAGS="-C target-feature=+crt-static" \
    cargo rustc --release --quiet --bin resdiff --target "$HOST" --target-dir target/static \
    -- -C relocation-model=static >&2
echo "target/static/$HOST/release/resdiff"
