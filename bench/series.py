#!/usr/bin/env python3
"""How often `resdiff import` files a new UN resolution in its predecessor's series (issue 24).

  python3 bench/series.py [path/to/resdiff]      (default: target/release/resdiff)
  python3 bench/series.py BIN -v                 also list every text filed wrong, not at all,
                                                 or (without a same-title predecessor) by subject

On the English General Assembly resolutions of ../shared/data/outside/unga-79-80-english
(RESDIFF_SHARED names another ../shared): builds a temporary corpus of the 79th session, each
resolution in its own series `s79-N` (`resdiff import FILE --series s79-N`), then imports each
80th-session resolution into it without --series, one process each, as a researcher would.

Ground truth: an 80th-session resolution whose title (NFKC, lower case, its words alone) is the
title of exactly one 79th-session resolution belongs in that one's series. The script counts
those filed right, wrong and not at all, and says what became of the others (no same-title
predecessor): filed by subject, or refused (every refusal names its reasons on stderr).
Standard library only.

Last run (2026-12-05, release build): 149 of 149 with a same-title predecessor filed right (100%),
none wrong, none refused; of the 112 without one, 8 filed by subject, 104 refused. The build
before (first recalled resolution, `main` at d586f92): 107 right (71.8%), 12 wrong, 30 none.
"""
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared():
    given = os.environ.get("RESDIFF_SHARED")
    for p in ([Path(given)] if given else []) + [ROOT.parent / "shared", Path("/work/shared")]:
        if (p / "data/outside/unga-79-80-english").is_dir():
            return p / "data/outside/unga-79-80-english"
    sys.exit("no ../shared/data/outside/unga-79-80-english (set RESDIFF_SHARED)")


def key(title):
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", title).lower()))


def run(binary, corpus, *args):
    return subprocess.run(
        [binary, "--corpus", str(corpus), "import", *map(str, args)],
        capture_output=True,
        text=True,
    )


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    binary = args[0] if args else str(ROOT / "target/release/resdiff")
    data = shared()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "resolutions"
        # The 79th session, each resolution its own series.
        series_of_79 = {}  # title key -> [series]
        refused_79 = 0
        for f in sorted((data / "79").glob("*.xml")):
            probe = run(binary, "/nonexistent", f, "--series", "x")
            if probe.returncode != 0:
                refused_79 += 1
                continue
            doc = tomllib.loads(probe.stdout)
            rev = doc["revision"]["id"]
            series = f"s{rev}"
            out = corpus / "unga" / series / f"{rev}.en.toml"
            out.parent.mkdir(parents=True, exist_ok=True)
            filed = run(binary, "/nonexistent", f, "--series", series, "-o", out)
            if filed.returncode != 0:
                sys.exit(f"{f}: {filed.stderr}")
            series_of_79.setdefault(key(doc["resolution"]["title"]), []).append(series)
        counts = {"right": 0, "wrong": 0, "none": 0}
        others = {"by subject": 0, "refused": 0}
        lines = []
        n80 = 0
        for f in sorted((data / "80").glob("*.xml")):
            probe = run(binary, "/nonexistent", f, "--series", "x")
            if probe.returncode != 0:
                continue  # not importable at all: no series question
            n80 += 1
            title = tomllib.loads(probe.stdout)["resolution"]["title"]
            got = run(binary, corpus, f)
            proposed = None
            if got.returncode == 0:
                proposed = tomllib.loads(got.stdout)["resolution"]["series"]
            why = next(
                (l for l in got.stderr.splitlines() if "series" in l), got.stderr.strip()
            )
            expected = series_of_79.get(key(title), [])
            if len(expected) == 1:
                verdict = (
                    "none" if proposed is None else "right" if proposed == expected[0] else "wrong"
                )
                counts[verdict] += 1
                if verdict != "right":
                    lines.append(f"{verdict.upper()} {f.name} “{title}” -> {proposed}: {why}")
            else:
                verdict = "refused" if proposed is None else "by subject"
                others[verdict] += 1
                lines.append(f"{verdict} {f.name} “{title}” -> {proposed}: {why}")
    same = sum(counts.values())
    print(
        f"79th session: {sum(map(len, series_of_79.values()))} resolutions in the corpus"
        f" ({refused_79} refused by import); 80th session: {n80} imported"
    )
    print(
        f"with one same-title predecessor: {same}; right {counts['right']}"
        f" ({100 * counts['right'] / max(same, 1):.1f}%), wrong {counts['wrong']},"
        f" none {counts['none']}"
    )
    print(
        f"without one: {n80 - same}; filed by subject {others['by subject']},"
        f" refused (asks for --series) {others['refused']}"
    )
    for line in lines:
        if verbose or not line.startswith(("by subject", "refused")):
            print(line[:300])


if __name__ == "__main__":
    main()
