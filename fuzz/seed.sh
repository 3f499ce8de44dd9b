#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the repository's fixtures and corpus, so that
# fuzzing starts from real ITU texts (Arabic and English, plain text, TOML, DOCX).
set -euo pipefail
cd "$(dirname "$0")"
root=..
mkdir -p corpus/import_text corpus/load_toml corpus/read_docx corpus/diff_trees corpus/akn
mkdir -p corpus/un_instructions corpus/read_pdf
for f in "$root"/fixtures/*.txt "$root"/fixtures/diff/*/*.txt "$root"/fixtures/import/*.txt; do
    [ -f "$f" ] && cp "$f" "corpus/import_text/$(basename "$(dirname "$f")")-$(basename "$f")"
done
find "$root/resolutions" "$root/fixtures" -name '*.toml' | while read -r f; do
    cp "$f" "corpus/load_toml/$(echo "${f#../}" | tr '/' '_')"
done
cp "$root"/fixtures/docx/*.docx corpus/read_docx/
# PDFs: the kept hostile ones, and a text PDF to mutate (the Res. 30 proposal, when the PDF tests
# have printed it).
cp regressions/read_pdf/* corpus/read_pdf/
cp "$root"/target/test-artifacts/print/*-lo-*.pdf corpus/read_pdf/ 2>/dev/null || true
for case in "$root"/fixtures/diff/*/; do
    { cat "$case/old.txt"; printf '\0'; cat "$case/new.txt"; } > "corpus/diff_trees/$(basename "$case")"
done
{ cat "$root/fixtures/wtdc-030-dubai-2014.ar.txt"; printf '\0'; cat "$root/fixtures/wtdc-030-rcc-wtdc17.ar.txt"; } > corpus/diff_trees/res30
# The smallest UN files of each shape: one part (English), French with a list, Chinese (bold calls).
for f in unga-78session/A_RES_78_183A-2326024E.xml unga-78session/A_RES_78_240-2326249F.xml \
    unga-ict4sd/74_197_C.xml; do
    cp "$root/fixtures/akn/$f" corpus/akn/
done
echo "seeded: $(ls corpus/import_text | wc -l) texts, $(ls corpus/load_toml | wc -l) TOML, $(ls corpus/read_docx | wc -l) DOCX, $(ls corpus/diff_trees | wc -l) pairs, $(ls corpus/akn | wc -l) AKN"
# A proposal DOCX with tracked changes, as `resdiff markup` writes it.
cargo run --quiet --release --manifest-path "$root/Cargo.toml" -- --corpus "$root/resolutions" \
    markup wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --format docx --force \
    -o corpus/read_docx/rcc-markup.docx
# An ITU text as resdiff exports it (the <proprietary> shape the reader reads back).
cargo run --quiet --release --manifest-path "$root/Cargo.toml" -- --corpus "$root/resolutions" \
    export wtdc/30@dubai-2014:ar --format akn --force -o corpus/akn/wtdc-30-dubai-2014-ar.xml
# UN amendment instructions to GA 74/197 (the base `un_instructions` amends), as
# `resdiff markup --style un` writes them, and the kept hostile ones.
for next in 75-202 76-189; do
    cargo run --quiet --release --manifest-path "$root/Cargo.toml" -- --corpus "$root/resolutions" \
        markup --style un unga/ict4sd@74-197:en "unga/ict4sd@$next:en" \
        > "corpus/un_instructions/74-197-to-$next.txt" || true
done
cp regressions/un_instructions/* corpus/un_instructions/
