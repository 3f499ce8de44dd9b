#!/usr/bin/env bash
# The largest inputs resdiff takes, each timed against its target (issue 17): wall time and peak
# resident memory (GNU time, /usr/bin/time, Debian package `time`) of the release binary.
#
#   bench/scale.sh
#   RESDIFF=path/to/resdiff SYNTH=path/to/synth bench/scale.sh    # binaries built otherwise
#
# | case | input | target |
# |---|---|---|
# | plain import | 200k clauses, 14 MB of plain text | 2 s |
# | DOCX import | a 32 MiB word/document.xml of one-word paragraphs (a 100 KB .docx) | 3 s, 400 MB |
# | DOCX import | the same with a 32 MiB word/footnotes.xml beside it | 3 s, 400 MB |
# | inline diff | one clause of 400k words against an edited copy | 1 s |
# | alignment | 10k and 40k near-identical provisions, 5% edited, 1% added and suppressed | 1 s at 40k, growth 10k -> 40k at most 4.5x |
#
# Then the worst inputs under the caps (src/input/limits.rs), each within 10 s and 1 GB, whether
# read or refused at a count cap: 400k one-word DOCX paragraphs (the paragraph cap) and 200k
# paragraphs filling 32 MiB (read whole); 400k plain lines (the line cap); TOML at the item cap,
# as tables and as inline tables (the parser's costliest shape); 1.6M Akoma Ntoso elements (the
# element cap); a diff of two 190k-provision near-identical texts (32 MiB of TOML each).
#
# Every run must also stay under 10 s and 1 GB. Wall time is the median of RUNS runs (default 3);
# on a busy machine, user + system time (also printed) is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."

# RESDIFF and SYNTH may name binaries built otherwise (another profile); else the release build.
if [ -z "${RESDIFF:-}" ] || [ -z "${SYNTH:-}" ]; then
    cargo build --release --quiet --bin resdiff --example synth
    RESDIFF=$PWD/target/release/resdiff
    SYNTH=$PWD/target/release/examples/synth
fi
[ -x /usr/bin/time ] || { echo "scale.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import random, sys, zipfile
work = sys.argv[1]
rng = random.Random(17)
formula = "The World Telecommunication Development Conference (Dubai, 2014),"

# 200k clauses of plain text, 70 bytes each: 14 MB, under the 16 MiB cap.
lines = [formula, "resolves"]
lines += [f"{i}\tto continue the work of item {i} with the members concerned;"
          for i in range(1, 200_001)]
open(f"{work}/plain200k.txt", "w").write("\n".join(lines) + "\n")

# One clause of 400k words and a copy with 1% of its words replaced, inserted or deleted.
vocab = [f"{a}{b}" for a in ("tel", "com", "net", "dev", "reg", "pol", "sec", "cap")
         for b in ("a", "e", "i", "o", "u", "an", "er", "is", "on", "um")]
words = [rng.choice(vocab) for _ in range(400_000)]
edited = []
for w in words:
    r = rng.random()
    if r < 0.0033:
        continue
    edited.append(rng.choice(vocab) if r < 0.0066 else w)
    if r > 0.9967:
        edited.append(rng.choice(vocab))
for name, ws in (("old", words), ("new", edited)):
    front = (f"+++\nlanguage = 'en'\n[resolution]\nbody = 'wtdc'\nnumber = 1\ntitle = 'T'\n"
             f"[revision]\nid = '{name}'\nstatus = 'adopted'\nyear = 2014\n+++\n")
    open(f"{work}/words-{name}.txt", "w").write(
        f"{front}{formula}\nresolves\n1\tto {' '.join(ws)};\n")

# A document.xml of one-word paragraphs, up to the 32 MiB cap on a part; and the same with a
# footnotes part of that size (the parts share one budget, so the second is refused).
head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body><w:p><w:pPr><w:pStyle w:val="ResNo"/></w:pPr><w:r><w:t>RESOLUTION 1</w:t>'
        '</w:r></w:p><w:p><w:r><w:t>' + formula + '</w:t></w:r></w:p><w:p><w:pPr>'
        '<w:pStyle w:val="Call"/></w:pPr><w:r><w:t>resolves</w:t></w:r></w:p>')
para = '<w:p><w:r><w:t>x</w:t></w:r></w:p>'
tail = '</w:body></w:document>'
n = (32 * 1024 * 1024 - len(head) - len(tail)) // len(para)
xml = head + para * n + tail
for name, parts in (("docx32m", 1), ("docx32m-2parts", 2)):
    with zipfile.ZipFile(f"{work}/{name}.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("word/document.xml", xml)
        if parts == 2:
            z.writestr("word/footnotes.xml", xml.replace("w:document", "w:footnotes"))

# The worst under the caps.
def docx(name, text, n):
    para = f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
    with zipfile.ZipFile(f"{work}/{name}.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("word/document.xml", head + para * n + tail)
docx("docx400k", "x", 399_990)
docx("docx200k", "to continue the work " * 6, 199_990)
lines = [formula, "resolves"] + [f"{i}\tto go on with item {i} of it." for i in range(1, 399_999)]
open(f"{work}/plain400k.txt", "w").write("\n".join(lines) + "\n")
meta = ("language = 'en'\n[resolution]\nbody = 'wtdc'\nnumber = 1\ntitle = 'T'\n[revision]\n"
        "id = 'x'\nstatus = 'adopted'\nyear = 2014\n[[section]]\nkind = 'resolves'\n"
        "heading = 'resolves'\n")
items = 1_600_000 - 20
open(f"{work}/items-tables.toml", "w").write(meta + "".join(
    f"[[section.clause]]\nlabel = '{i + 1}'\ntext = 'a'\n" for i in range(items // 5)))
open(f"{work}/items-inline.toml", "w").write(
    meta + "clause = [" + ",".join("{text='a'}" for _ in range(items // 3)) + "]\n")
open(f"{work}/akn1600k.xml", "w").write(
    '<akomaNtoso><statement name="resolution"><preamble>' + '<p>a</p>' * (1_600_000 - 3)
    + '</preamble></statement></akomaNtoso>')
PY
for n in 10000 40000 190000; do
    "$SYNTH" "$n" "$WORK/near$n" near
done

python3 - "$RESDIFF" "$WORK" "${RUNS:-3}" <<'PY'
import os, statistics, subprocess, sys

resdiff, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
imp = [resdiff, "import", "--lang", "en", "--number", "1", "--title", "T", "-o",
       f"{work}/out.toml", "--force"]
cases = [
    ("plain import, 200k clauses", imp[:2] + [f"{work}/plain200k.txt"] + imp[2:], 2.0, None),
    ("DOCX, 32 MiB document.xml", imp[:2] + [f"{work}/docx32m.docx"] + imp[2:], 3.0, 400),
    ("DOCX, two 32 MiB parts", imp[:2] + [f"{work}/docx32m-2parts.docx"] + imp[2:], 3.0, 400),
    ("inline diff, 400k words", [resdiff, "diff", f"{work}/words-old.txt",
                                 f"{work}/words-new.txt"], 1.0, None),
    ("align 10k near-identical", [resdiff, "diff", f"{work}/near10000/old.toml",
                                  f"{work}/near10000/new.toml"], None, None),
    ("align 40k near-identical", [resdiff, "diff", f"{work}/near40000/old.toml",
                                  f"{work}/near40000/new.toml"], 1.0, None),
    ("DOCX, 400k paragraphs (cap)", imp[:2] + [f"{work}/docx400k.docx"] + imp[2:], None, None),
    ("DOCX, 200k x 130 B paragraphs", imp[:2] + [f"{work}/docx200k.docx"] + imp[2:], None, None),
    ("plain, 400k lines (cap)", imp[:2] + [f"{work}/plain400k.txt"] + imp[2:], None, None),
    ("TOML, 1.6M items as tables", [resdiff, "show", f"{work}/items-tables.toml"], None, None),
    ("TOML, 1.6M items inline", [resdiff, "show", f"{work}/items-inline.toml"], None, None),
    ("AKN, 1.6M elements (cap)", [resdiff, "import", f"{work}/akn1600k.xml", "--series",
                                  "ict4sd", "-o", f"{work}/out.toml", "--force"], None, None),
    ("diff 190k near-identical", [resdiff, "diff", f"{work}/near190000/old.toml",
                                  f"{work}/near190000/new.toml"], None, None),
]

def run(argv):
    out = f"{work}/time"
    p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", out, *argv],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall, user, sys_, rss = open(out).read().split()[-4:]
    return p.returncode, float(wall), float(user) + float(sys_), int(rss) / 1024, p.stderr

print(f"{'case':30} {'exit':>4} {'wall (median)':>14} {'user+sys':>9} {'peak RSS':>10}  target")
walls = {}
for name, argv, target_s, target_mb in cases:
    results = [run(argv) for _ in range(runs)]
    code, _, _, _, err = results[-1]
    wall = statistics.median(r[1] for r in results)
    cpu = statistics.median(r[2] for r in results)
    rss = max(r[3] for r in results)
    walls[name] = cpu
    target = []
    if target_s:
        target.append(f"{'ok' if cpu <= target_s else 'OVER'} {target_s:g} s")
    if target_mb:
        target.append(f"{'ok' if rss <= target_mb else 'OVER'} {target_mb} MB")
    if wall > 10 or rss > 1024:
        target.append("OVER 10 s / 1 GB")
    print(f"{name:30} {code:>4} {wall:12.2f} s {cpu:7.2f} s {rss:7.0f} MB  {', '.join(target)}")
    if code not in (0, 1):
        print(f"{'':30} {err.strip().splitlines()[-1] if err.strip() else ''}")
growth = walls["align 40k near-identical"] / walls["align 10k near-identical"]
print(f"alignment growth 10k -> 40k (4x clauses): {growth:.2f}x user+sys time "
      f"({'ok' if growth <= 4.5 else 'OVER'} 4.5x)")
PY
