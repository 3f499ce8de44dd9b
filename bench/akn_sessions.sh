#!/bin/sh
# Scale of the Akoma Ntoso reader, on the UN files of ../shared (not in the repository):
#  1. imports every resolution of the General Assembly's 78th session (six languages, ~1,960
#     files), one process per file, and reports the wall time and each file that was refused
#     with the reason resdiff gives;
#  2. links each English resolution of the 80th session to the 79th-session one its preamble
#     recalls (the first link to A/RES/79/...) and diffs each linked pair (a documented loop:
#     the link is the citation the UN marks up, read here with sed).
# Usage: sh bench/akn_sessions.sh [path/to/resdiff]   (default: target/release/resdiff)
# Last run (2026-12-02, release build, 2 shared cores, load average 4-7): 1,962 files in 7.5 s,
# 2 refused (78/80 A-B in Arabic: the collection has no title; in Chinese: label `㈠`), was 31;
# 178 pairs 80th -> 79th, 177 changed, 1 refused (80/236 A-B: FRBR metadata only in its parts).
set -u
bin=${1:-target/release/resdiff}
data=${RESDIFF_SHARED:-../shared}/data/outside
log=$(mktemp)
start=$(date +%s.%N)
n=0
for f in "$data"/unga-78session/*/*.xml; do
    n=$((n + 1))
    "$bin" --corpus /nonexistent import "$f" --series s78 >/dev/null 2>>"$log" || echo "REFUSED $f" >>"$log"
done
end=$(date +%s.%N)
echo "78th session: $n files in $(echo "$end - $start" | bc) s; refused: $(grep -c '^REFUSED' "$log")"
grep -v '^REFUSED' "$log" | grep -v 'warning:' | cut -c1-200
: >"$log"
pairs=0 same=0 changed=0 trouble=0
for f in "$data"/unga-79-80-english/80/*.xml; do
    cited=$(sed -n '/<preamble>/,/<\/preamble>/p' "$f" | grep -o 'A/RES/79/[0-9]*' | head -1)
    [ -n "$cited" ] || continue
    num=${cited##*/}
    old=$(ls "$data"/unga-79-80-english/79/A_RES_79_"$num"-*.xml "$data"/unga-79-80-english/79/79_"$num"_*.xml 2>/dev/null | head -1)
    [ -n "$old" ] || continue
    pairs=$((pairs + 1))
    "$bin" --corpus /nonexistent diff "$old" "$f" >/dev/null 2>>"$log"
    case $? in 0) same=$((same + 1)) ;; 1) changed=$((changed + 1)) ;; *) trouble=$((trouble + 1)); echo "TROUBLE $old $f" >>"$log" ;; esac
done
echo "80th -> 79th session by citation: $pairs linked pairs, $changed changed, $same identical, $trouble refused"
grep '^TROUBLE' "$log" | head -20
rm -f "$log"
