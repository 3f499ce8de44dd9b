#!/usr/bin/env bash
# Times `resdiff diff` against `git diff --no-index --word-diff` and difftastic (`difft`) on the
# Res. 30 pair, on synthetic pairs of 1k, 5k and 20k clauses and on 20k near-identical provisions
# (`synth N DIR near`: repetitive vocabulary, as in the Radio Regulations), and prints one table: median
# wall time, peak resident memory, and each tool's time as a ratio of resdiff's.
#
#   bench/compare.sh            # all cases
#   RUNS=5 bench/compare.sh     # fewer repetitions per case (default: 201 rounds for Res. 30, 9 for the rest)
#
# resdiff reads the corpus TOML (Res. 30) or the generated TOML; git and difftastic read the
# same texts as plain text (fixtures/*.txt, generated *.txt). Outputs go to /dev/null.
# difftastic is installed with `cargo install` when missing (a few minutes, once). Peak memory
# needs GNU time (/usr/bin/time, Debian package `time`); without it the column says n/a.
#
# Two resdiff binaries are timed. "resdiff diff" is the release binary as we ship it on Linux
# with glibc: statically linked (bench/build-static.sh), which saves the dynamic loader's
# 0.3 ms per run (`resdiff --version`: 1.1 -> 0.8 ms). "resdiff (dynamic)" is what a plain
# `cargo build --release` makes. On other systems only the plain binary is timed.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin resdiff --example synth
DYNAMIC=target/release/resdiff
SYNTH=target/release/examples/synth
RESDIFF=$(bench/build-static.sh 2>/dev/null || true)
if [ -z "$RESDIFF" ]; then
    echo "note: no static build on this system; timing the plain release binary" >&2
    RESDIFF=$DYNAMIC
fi
# The two binaries must say the same thing before their times mean anything.
for fmt in text json; do
    cmp -s <("$RESDIFF" diff wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --format "$fmt" || true) \
           <("$DYNAMIC" diff wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --format "$fmt" || true) \
        || { echo "compare.sh: $RESDIFF and $DYNAMIC differ on Res. 30 ($fmt)" >&2; exit 2; }
done

DIFFT=$(command -v difft || true)
if [ -z "$DIFFT" ]; then
    [ -x "$HOME/.cargo/bin/difft" ] || cargo install --locked --quiet difftastic
    DIFFT="$HOME/.cargo/bin/difft"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for n in 1000 5000 20000; do
    "$SYNTH" "$n" "$WORK/syn$n"
done
"$SYNTH" 20000 "$WORK/near20000" near

python3 - "$RESDIFF" "$DIFFT" "$WORK" "${RUNS:-}" "$DYNAMIC" <<'PY'
import os, statistics, subprocess, sys, time

resdiff, difft, work, runs, dynamic = sys.argv[1:6]
res30_txt = ("fixtures/wtdc-030-dubai-2014.ar.txt", "fixtures/wtdc-030-rcc-wtdc17.ar.txt")
cases = [("Res. 30 (Dubai 2014 -> RCC)",
          [resdiff, "diff", "wtdc/30@dubai-2014:ar", "wtdc/30@rcc-wtdc17:ar"], res30_txt,
          int(runs or 201))]
for n in (1000, 5000, 20000):
    d = f"{work}/syn{n}"
    cases.append((f"synthetic {n // 1000}k clauses",
                  [resdiff, "diff", f"{d}/old.toml", f"{d}/new.toml"],
                  (f"{d}/old.txt", f"{d}/new.txt"), int(runs or 9)))
d = f"{work}/near20000"
cases.append(("near-identical 20k clauses", [resdiff, "diff", f"{d}/old.toml", f"{d}/new.toml"],
              (f"{d}/old.txt", f"{d}/new.txt"), int(runs or 9)))

env = dict(os.environ, GIT_PAGER="cat", NO_COLOR="1", DFT_COLOR="never")

GNU_TIME = "/usr/bin/time"

def peak_rss(argv):
    """Peak RSS in KiB, from GNU time (a forked Python would report its own size), or None."""
    if not os.access(GNU_TIME, os.X_OK):
        return None
    out = f"{work}/rss"
    subprocess.run([GNU_TIME, "-f", "%M", "-o", out, *argv], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=env)
    with open(out) as f:
        return int(f.read().split()[-1])

def run_once(argv):
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    code = p.wait()
    wall = time.perf_counter() - t0
    if code not in (0, 1):
        sys.exit(f"{argv[0]} exited with {code}: {' '.join(argv)}")
    return wall

def measure(rows, runs):
    """Median wall seconds of each row's command over `runs` rounds after one warm-up round.
    Each round runs every tool once, so that a slow spell of the machine hits all alike."""
    walls = {tool: [] for tool, _ in rows}
    for i in range(runs + 1):
        for tool, argv in rows:
            wall = run_once(argv)
            if i:
                walls[tool].append(wall)
    return {tool: statistics.median(w) for tool, w in walls.items()}

print(f"{'case':30} {'tool':28} {'wall (median)':>14} {'peak RSS':>10} {'time / resdiff':>15}")
growth = {}
for name, ours, (old, new), n in cases:
    rows = [("resdiff diff", ours)]
    if dynamic != resdiff:
        rows.append(("resdiff (dynamic)", [dynamic, *ours[1:]]))
    rows += [("git diff --word-diff", ["git", "diff", "--no-index", "--word-diff", old, new]),
             ("difft", [difft, "--color", "never", old, new])]
    medians = measure(rows, n)
    base = medians["resdiff diff"]
    growth[name] = base
    for tool, argv in rows:
        wall, rss = medians[tool], peak_rss(argv)
        mem = f"{rss / 1024:7.1f} MB" if rss else "       n/a"
        print(f"{name:30} {tool:28} {wall * 1000:11.1f} ms {mem} {wall / base:14.2f}x")
    print()

k5, k20 = growth["synthetic 5k clauses"], growth["synthetic 20k clauses"]
print(f"resdiff growth 5k -> 20k clauses (4x): {k20 / k5:.2f}x time")
PY
