#!/usr/bin/env bash
# End-to-end times (process start, loading, check, output) of the issue-14 budget: `parallel` on
# the six versions of A/RES/80/118 and `project` 79/194 -> 80/118 into Arabic with drift; each
# must stay under 50 ms. Uses hyperfine when installed, else the median of 21 runs by `date`.
# In-process figures: `cargo bench --bench parallel`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/resdiff
cmds=(
    "$bin parallel unga/ict4sd@80-118 --format json"
    "$bin project unga/ict4sd@79-194:en unga/ict4sd@80-118:en --lang ar --format json"
)
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 3 -i "${cmds[@]}"
    exit
fi
for cmd in "${cmds[@]}"; do
    times=()
    for _ in $(seq 21); do
        start=$(date +%s%N)
        $cmd >/dev/null || true
        times+=($((($(date +%s%N) - start) / 1000)))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
    echo "$cmd: median ${median} µs of 21 runs"
done
