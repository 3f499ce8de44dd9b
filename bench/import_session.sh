#!/bin/sh
# A whole General Assembly session imported two ways (issue 27, "Speed back"): one process per
# file, as a researcher's loop does, and one `resdiff import DIR -o CORPUS` on every core. Prints
# both wall times and their ratio. The 78th session of ../shared/data/outside (every resolution
# in the six languages, ~1,960 AKN4UN files; RESDIFF_SHARED names another ../shared), all in one
# series (--series s78) so that no corpus is needed; each run writes its corpus files to a
# temporary folder.
#
# The one-process run leaves out, and names, the files that cannot be read and the pairs of files
# that make one text with different contents (the 78th session's French 78/130 says it is
# 78/13), so it ends with exit status 2; the loop writes each file to a name of its own, so it
# meets no such pair.
#
# Usage: sh bench/import_session.sh [path/to/resdiff]   (default: target/release/resdiff)
# Last run (2026-12-05, release build, 2 cores shared with ~8 agents, load average 19): one process
# per file 31.4 s; import DIR 6.1 s (1.4 s user + 0.6 s sys of CPU in all, so about 1-1.5 s on
# two idle cores); 5.1 times faster. 1,955 texts written; 4 files left out: two pairs that make
# one text differently (French 78/13 and 78/130; 78/3 and 78/4).
set -u
bin=${1:-target/release/resdiff}
shared=${RESDIFF_SHARED:-../shared}
[ -d "$shared/data/outside/unga-78session" ] || shared=/work/shared
session=$shared/data/outside/unga-78session
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
echo "machine: $(nproc) cores;$(uptime | sed 's/.*load/ load/')"

mkdir "$tmp/each"
start=$(now)
n=0 refused=0
for f in "$session"/*/*.xml; do
    n=$((n + 1))
    "$bin" --corpus /nonexistent import "$f" --series s78 -o "$tmp/each/$n.toml" \
        >/dev/null 2>&1 || refused=$((refused + 1))
done
each=$(echo "$(now) - $start" | bc)
echo "one process per file: $n files in $each s ($refused refused)"

start=$(now)
"$bin" --corpus /nonexistent import "$session" --series s78 -o "$tmp/corpus" 2>"$tmp/log"
code=$?
one=$(echo "$(now) - $start" | bc)
echo "one process (import DIR): $(tail -1 "$tmp/log") in $one s, exit $code"
grep '^resdiff:' "$tmp/log" | cut -c1-200
echo "ratio: $(echo "scale=1; $each / $one" | bc) times faster"
