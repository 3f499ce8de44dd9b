#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 300) each, two at a time, after seeding.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 lets the stable toolchain build them.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-300}
./seed.sh
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
run() {
    cargo fuzz run -O "$1" "corpus/$1" -- -max_total_time="$secs" -max_len="$2" \
        -rss_limit_mb=2048 -print_final_stats=1 > "artifacts-$1.log" 2>&1 || echo "$1: FOUND A CRASH (see artifacts/$1 and artifacts-$1.log)"
    tail -n 12 "artifacts-$1.log" | grep -E 'stat::|Done|SUMMARY' || true
}
run import_text 65536 & run load_toml 65536 & wait
run read_docx 262144 & run diff_trees 131072 & wait
run akn 262144 & run un_instructions 65536 & wait
run read_pdf 262144 & wait
