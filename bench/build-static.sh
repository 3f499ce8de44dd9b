#!/usr/bin/env bash
# Builds the release binary statically linked against glibc (static-pie) and prints its path.
# Exits 1, printing nothing on stdout, where that is not possible (not Linux with glibc).
#
# Why a separate build: `-C target-feature=+crt-static` must reach the resdiff binary but not
# the proc-macro crates (serde, clap, thiserror), which cannot be static. Cargo keeps them apart
# only when --target is given, so this script names the host target explicitly and builds into
# its own directory; `cargo build --release` is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=$(rustc -vV | sed -n 's/^host: //p')
case "$HOST" in
    *-linux-gnu) ;;
    *) echo "build-static: $HOST is not Linux with glibc" >&2; exit 1 ;;
esac
RUSTFLAGS="-C target-feature=+crt-static" \
    cargo build --release --quiet --bin resdiff --target "$HOST" --target-dir target/static >&2
echo "target/static/$HOST/release/resdiff"
