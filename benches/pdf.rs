//! The issue-25 budget: a 100-page PDF read in under a second. The PDF is WTSA Res. 1 (ITU's
//! rules of procedure, 25 pages as LibreOffice prints resdiff's DOCX) four times over, made by
//! `bench/pdf.sh`, which also times `pdftotext` on the same file in the same run. Without the
//! file (`target/bench/pdf-100.pdf`) the benchmark says so and measures nothing.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use resdiff::input::pdf::pdf_text;

fn read_100_pages(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/pdf-100.pdf");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("{}: missing; run bench/pdf.sh", path.display());
        return;
    };
    // The text laid out (hayro, lines, layout): what the PDF reader adds to the plain-text
    // reader, whose cost is measured by the other benchmarks.
    c.bench_function("pdf_text_100_pages", |b| {
        b.iter(|| pdf_text(black_box(&bytes)).expect("reads"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = read_100_pages
}
criterion_main!(benches);
