#!/usr/bin/env bash
# `resdiff site` on the shipped corpus (every series page, text, blame, diff in both layouts and
# paragraph page: ~5,000 pages), timed with GNU time: wall, user and system seconds and peak RSS
# per run, into a fresh folder each run, then once over the last run's site (every page
# replaced). The pages of every run are compared with the first run's (`diff -r`): a run that
# writes other bytes fails the script.
#
# usage: bench/site.sh [RUNS=3]; RESDIFF=path times a binary already built (say, the old one,
# for a before/after on the same machine state), else the release build is made.
# The machine's load average is printed first: these numbers mean little on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[ -x /usr/bin/time ] || { echo "GNU time is missing (Debian: apt-get install time)" >&2; exit 2; }
if [ -z "${RESDIFF:-}" ]; then
    cargo build --release --quiet
    RESDIFF=./target/release/resdiff
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $RESDIFF"
timed() { # label, output folder
    /usr/bin/time -f "$1: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
        "$RESDIFF" site "$2" 2>&1 >/dev/null | tail -1
}
for i in $(seq "$runs"); do
    timed "fresh folder, run $i" "$work/site-$i"
    [ "$i" = 1 ] || diff -r "$work/site-1" "$work/site-$i" >/dev/null
done
timed "over the last run's site" "$work/site-$runs"
diff -r "$work/site-1" "$work/site-$runs" >/dev/null
echo "pages: $(find "$work/site-1" -name '*.html' | wc -l), the same bytes in every run"
