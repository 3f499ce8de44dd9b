#!/usr/bin/env bash
# Times `resdiff diff` against `git diff --no-index --word-diff` and difftastic (`difft`) on the
# Res. 30 pair, on synthetic pairs of 1k, 5k and 20k clauses and on 20k near-identical provisions
# (`synth N DIR near`: repetitive vocabulary, as in the Radio Regulations), and prints one table: median
# wall time, peak resident memory, and each tool's time as a ratio of resdiff's.
#
#   bench/compare.sh            # all cases
#   RUNS=5 bench/compare.sh     # fewer repetitions per case (default: 201 rounds for Res. 30, 9 for the rest)
#   ONLY=res30 bench/compare.sh # the Res. 30 pair alone (difftastic left out when not installed)
#   RESDIFF=target/x/resdiff bench/compare.sh   # time a binary already built, building none
#
# The Res. 30 pair is also read by resdiff as git reads it, as the plain-text pair, and closes
# with resdiff against git side by side: each one's median time as a ratio of git's, measured in
# the same rounds, each one's mean CPU time (user + system) in those rounds, which a busy machine
# moves much less than the wall time, and the instructions each executes (valgrind's callgrind,
# when installed), which it does not move.
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

if [ -n "${RESDIFF:-}" ]; then
    # A binary given (RESDIFF=path): timed as it is, nothing built for resdiff.
    DYNAMIC=$RESDIFF
else
    cargo build --release --quiet --bin resdiff
    DYNAMIC=target/release/resdiff
    RESDIFF=$(bench/build-static.sh 2>/dev/null || true)
    if [ -z "$RESDIFF" ]; then
        echo "note: no static build on this system; timing the plain release binary" >&2
        RESDIFF=$DYNAMIC
    fi
fi
SYNTH=target/release/examples/synth
[ "${ONLY:-}" = res30 ] || cargo build --release --quiet --example synth
# The two binaries must say the same thing before their times mean anything.
for fmt in text json; do
    cmp -s <("$RESDIFF" diff wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --format "$fmt" || true) \
           <("$DYNAMIC" diff wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --format "$fmt" || true) \
        || { echo "compare.sh: $RESDIFF and $DYNAMIC differ on Res. 30 ($fmt)" >&2; exit 2; }
done

DIFFT=$(command -v difft || true)
if [ -z "$DIFFT" ] && [ -x "$HOME/.cargo/bin/difft" ]; then
    DIFFT="$HOME/.cargo/bin/difft"
elif [ -z "$DIFFT" ] && [ "${ONLY:-}" = res30 ]; then
    echo "note: difftastic not installed; left out" >&2
elif [ -z "$DIFFT" ]; then
    cargo install --locked --quiet difftastic
    DIFFT="$HOME/.cargo/bin/difft"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ "${ONLY:-}" != res30 ]; then
    for n in 1000 5000 20000; do
        "$SYNTH" "$n" "$WORK/syn$n"
    done
    "$SYNTH" 20000 "$WORK/near20000" near
fi

python3 - "$RESDIFF" "$DIFFT" "$WORK" "${RUNS:-}" "$DYNAMIC" "${ONLY:-}" <<'PY'
import os, re, resource, shutil, statistics, subprocess, sys, time

resdiff, difft, work, runs, dynamic, only = sys.argv[1:7]
res30_txt = ("fixtures/wtdc-030-dubai-2014.ar.txt", "fixtures/wtdc-030-rcc-wtdc17.ar.txt")
RES30 = "Res. 30 (Dubai 2014 -> RCC)"
cases = [(RES30,
          [resdiff, "diff", "wtdc/30@dubai-2014:ar", "wtdc/30@rcc-wtdc17:ar"], res30_txt,
          int(runs or 201))]
for n in () if only == "res30" else (1000, 5000, 20000):
    d = f"{work}/syn{n}"
    cases.append((f"synthetic {n // 1000}k clauses",
                  [resdiff, "diff", f"{d}/old.toml", f"{d}/new.toml"],
                  (f"{d}/old.txt", f"{d}/new.txt"), int(runs or 9)))
d = f"{work}/near20000"
if only != "res30":
    cases.append(("near-identical 20k clauses",
                  [resdiff, "diff", f"{d}/old.toml", f"{d}/new.toml"],
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

def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def run_once(argv):
    """Wall seconds, and CPU seconds (user + system) of the child, which waiting for a core
    on a busy machine does not add to."""
    t0, c0 = time.perf_counter(), child_cpu()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    code = p.wait()
    wall = time.perf_counter() - t0
    if code not in (0, 1):
        sys.exit(f"{argv[0]} exited with {code}: {' '.join(argv)}")
    return wall, child_cpu() - c0

def measure(rows, runs):
    """Median wall seconds of each row's command over `runs` rounds after one warm-up round,
    and mean CPU seconds. Each round runs every tool once, so that a slow spell of the machine
    hits all alike."""
    walls = {tool: [] for tool, _ in rows}
    cpus = {tool: [] for tool, _ in rows}
    for i in range(runs + 1):
        for tool, argv in rows:
            wall, cpu = run_once(argv)
            if i:
                walls[tool].append(wall)
                cpus[tool].append(cpu)
    return ({tool: statistics.median(w) for tool, w in walls.items()},
            {tool: statistics.mean(c) for tool, c in cpus.items()})

def instructions(argv):
    """Instructions executed, as valgrind's callgrind counts them, or None without valgrind."""
    if not shutil.which("valgrind"):
        return None
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    found = re.search(r"Collected : (\d+)", p.stderr)
    return int(found.group(1)) if found else None

GIT = "git diff --word-diff"
print(f"{'case':30} {'tool':28} {'wall (median)':>14} {'peak RSS':>10} {'time / resdiff':>15}")
growth, res30 = {}, None
for name, ours, (old, new), n in cases:
    rows = [("resdiff diff", ours)]
    if name == RES30:
        # The same pair as git reads it: resdiff's plain-text reader instead of the corpus.
        rows.append(("resdiff diff (.txt pair)", [resdiff, "diff", old, new]))
    if dynamic != resdiff:
        rows.append(("resdiff (dynamic)", [dynamic, *ours[1:]]))
    rows.append((GIT, ["git", "diff", "--no-index", "--word-diff", old, new]))
    if difft:
        rows.append(("difft", [difft, "--color", "never", old, new]))
    medians, cpu = measure(rows, n)
    base = medians["resdiff diff"]
    growth[name] = base
    for tool, argv in rows:
        wall, rss = medians[tool], peak_rss(argv)
        mem = f"{rss / 1024:7.1f} MB" if rss else "       n/a"
        print(f"{name:30} {tool:28} {wall * 1000:11.1f} ms {mem} {wall / base:14.2f}x")
    print()
    if name == RES30:
        res30 = (rows, medians, cpu)

if "synthetic 5k clauses" in growth:
    k5, k20 = growth["synthetic 5k clauses"], growth["synthetic 20k clauses"]
    print(f"resdiff growth 5k -> 20k clauses (4x): {k20 / k5:.2f}x time")
    print()

# resdiff against git on the everyday pair, from the same interleaved rounds as the table.
# CPU time (user + system, mean) is what a busy machine moves least after instructions: waiting
# for a core adds to the wall time only.
rows, medians, cpu = res30
print(f"{RES30}: resdiff against {GIT}")
print(f"{'tool':28} {'wall (median)':>14} {'time / git':>11} {'CPU (mean)':>11} {'CPU / git':>10} "
      f"{'instructions':>14} {'instr. / git':>13}")
counts = {tool: instructions(argv) for tool, argv in rows if tool != "difft"}
for tool, _ in rows:
    if tool == "difft":
        continue
    wall, count = medians[tool], counts[tool]
    shown = f"{count:14,}" if count else f"{'n/a':>14}"
    ratio = f"{count / counts[GIT]:12.2f}x" if count and counts[GIT] else f"{'n/a':>13}"
    print(f"{tool:28} {wall * 1000:11.2f} ms {wall / medians[GIT]:10.2f}x "
          f"{cpu[tool] * 1000:8.2f} ms {cpu[tool] / cpu[GIT]:9.2f}x {shown} {ratio}")
# The goal (issue 27): the everyday diff at or under git's time and instructions.
ours, theirs = counts.get("resdiff diff"), counts.get(GIT)
time_ok = medians["resdiff diff"] <= medians[GIT]
cpu_ok = cpu["resdiff diff"] <= cpu[GIT]
verdict = f"time {'at or under' if time_ok else 'over'} git's, CPU {'at or under' if cpu_ok else 'over'} git's"
if ours and theirs:
    verdict += f", instructions {'at or under' if ours <= theirs else 'over'} git's"
print(f"resdiff diff against {GIT}: {verdict}")
print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
PY
