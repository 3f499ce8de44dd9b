#!/usr/bin/env bash
# Times resdiff reading a 100-page PDF against `pdftotext` on the same file, in the same run
# (issue 25: under 1 s). The PDF is WTSA Res. 1 printed by LibreOffice from resdiff's DOCX
# (25 pages), four copies joined by `pdfunite`: target/bench/pdf-100.pdf.
#
#   bench/pdf.sh          # median of RUNS (default 5) wall times for each tool, their ratio,
#                         # the load before and after, then criterion (CRITERION=0: not)
#
# Needs soffice (libreoffice-writer) and poppler-utils (pdfunite, pdftotext, pdfinfo).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
out=target/bench
mkdir -p "$out"
cargo build --release --quiet --bin resdiff --example pdf_text
if [ ! -f "$out/pdf-100.pdf" ]; then
    work=$(mktemp -d)
    target/release/resdiff --corpus resolutions markup wtsa/1@hammamet-2016:en \
        wtsa/1@hammamet-2016:en --proposer RCC --doc 23 --format docx -o "$work/res1.docx"
    soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf \
        --outdir "$work" "$work/res1.docx" >/dev/null 2>&1
    pdfunite "$work/res1.pdf" "$work/res1.pdf" "$work/res1.pdf" "$work/res1.pdf" "$out/pdf-100.pdf"
    rm -rf "$work"
fi
echo "file: $out/pdf-100.pdf, $(pdfinfo "$out/pdf-100.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$out/pdf-100.pdf") bytes"

median() {
    local times=()
    for _ in $(seq "$runs"); do
        local s e
        s=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        e=$(date +%s.%N)
        times+=("$(echo "$e - $s" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}
echo "uptime: $(uptime)"
show=$(median target/release/resdiff show "$out/pdf-100.pdf")
text=$(median target/release/examples/pdf_text "$out/pdf-100.pdf")
poppler=$(median pdftotext "$out/pdf-100.pdf" -)
layout=$(median pdftotext -layout "$out/pdf-100.pdf" -)
echo "resdiff show (whole import, release): $show s"
echo "resdiff pdf_text (text layer only):   $text s"
echo "pdftotext:                            $poppler s"
echo "pdftotext -layout:                    $layout s"
echo "ratio resdiff show / pdftotext:       $(echo "scale=2; $show / $poppler" | bc)"
echo "ratio resdiff pdf_text / pdftotext:   $(echo "scale=2; $text / $poppler" | bc)"
echo "budget (issue 25): resdiff show under 1 s: $(echo "$show < 1" | bc | sed 's/1/met/;s/0/MISSED/')"
echo "uptime: $(uptime)"
# Criterion's figure (its own bench build): CRITERION=0 skips it.
if [ "${CRITERION:-1}" = 1 ]; then
    cargo bench --quiet --bench pdf 2>/dev/null | grep -E 'pdf_text|time:' || true
fi
