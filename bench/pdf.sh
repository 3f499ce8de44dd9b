#!/usr/bin/env bash
# Times resdiff reading a 100-page PDF against `pdftotext` on the same file, in the same run
# (issue 25: under 1 s). The PDF is WTSA Res. 1 printed by LibreOffice from resdiff's DOCX
# (25 pages), four copies joined by `pdfunite`: target/bench/pdf-100.pdf.
#
#   bench/pdf.sh          # median of RUNS (default 5) wall times for each tool, then criterion
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
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f s", a[int((NR+1)/2)]}'
}
echo "resdiff show (whole import, release): $(median target/release/resdiff show "$out/pdf-100.pdf")"
echo "resdiff pdf_text (text layer only):   $(median target/release/examples/pdf_text "$out/pdf-100.pdf")"
echo "pdftotext:                            $(median pdftotext "$out/pdf-100.pdf" -)"
echo "pdftotext -layout:                    $(median pdftotext -layout "$out/pdf-100.pdf" -)"
cargo bench --quiet --bench pdf 2>/dev/null | grep -E 'pdf_text|time:' || true
