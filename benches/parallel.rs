//! The issue-14 budget: `parallel` on the six versions of A/RES/80/118, and the projection of
//! 79/194 -> 80/118 into Arabic (with drift against the Arabic 80/118), each under 50 ms. Both
//! are timed with the files' loading included, and without. End to end (process start too):
//! `bench/parallel.sh`.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use resdiff::input::corpus::load_file;
use resdiff::model::Document;
use resdiff::track::parallel::check;
use resdiff::track::project::project;

fn file(rev: &str, lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("resolutions/unga/ict4sd/{rev}.{lang}.toml"))
}

fn load(paths: &[PathBuf]) -> Option<Vec<Document>> {
    paths.iter().map(|p| load_file(p).ok()).collect()
}

fn parallel(c: &mut Criterion) {
    let paths: Vec<PathBuf> = ["en", "ar", "zh", "fr", "ru", "es"]
        .iter()
        .map(|l| file("80-118", l))
        .collect();
    let docs = load(&paths).expect("the 80/118 files load");
    c.bench_function("parallel_80_118_six", |b| {
        b.iter(|| check(black_box(&docs)))
    });
    c.bench_function("parallel_80_118_six_with_loading", |b| {
        b.iter(|| load(black_box(&paths)).map(|d| check(&d)))
    });
}

fn projection(c: &mut Criterion) {
    let paths = [
        file("79-194", "en"),
        file("80-118", "en"),
        file("79-194", "ar"),
        file("80-118", "ar"),
    ];
    let d = load(&paths).expect("the 79/194 and 80/118 files load");
    c.bench_function("project_79_194_to_80_118_ar", |b| {
        b.iter(|| project(black_box(&d[0]), &d[1], &d[2], Some(&d[3])))
    });
    c.bench_function("project_79_194_to_80_118_ar_with_loading", |b| {
        b.iter(|| load(black_box(&paths)).map(|d| project(&d[0], &d[1], &d[2], Some(&d[3]))))
    });
}

criterion_group!(benches, parallel, projection);
criterion_main!(benches);
