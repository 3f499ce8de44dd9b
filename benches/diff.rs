//! In-process cost of comparing two revisions (alignment + diff), without process start or file
//! loading: the Res. 30 pair and synthetic pairs of 1k, 5k and 20k clauses from
//! `synth`, and near-identical provisions (`synth::near_pair`) of 10k and 40k clauses. Then the
//! loading alone, which is half of an everyday diff: the Res. 30 pair read by corpus address
//! (finding the files, TOML) and as plain text (the plain-text reader, as `git diff` reads it).
//! End-to-end timings against other tools: `bench/compare.sh`; the largest inputs:
//! `bench/scale.sh`.

#[path = "support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use resdiff::Input;
use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::corpus::load_file;
use resdiff::input::source::Source;

fn res30(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    let (Ok(old), Ok(new)) = (
        load_file(&dir.join("dubai-2014.ar.toml")),
        load_file(&dir.join("rcc-wtdc17.ar.toml")),
    ) else {
        eprintln!("benches/diff.rs: the Res. 30 corpus files do not load; skipping");
        return;
    };
    c.bench_function("res30_dubai_to_rcc", |b| {
        b.iter(|| diff_documents(black_box(&old), black_box(&new), &DiffOptions::default()))
    });
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    group.sample_size(10);
    for n in [1_000, 5_000, 20_000] {
        let (old, new) = synth::pair(n, 2017);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| diff_documents(black_box(&old), black_box(&new), &DiffOptions::default()))
        });
    }
    group.finish();
}

fn near_identical(c: &mut Criterion) {
    let mut group = c.benchmark_group("near_identical");
    group.sample_size(10);
    for n in [10_000, 40_000] {
        let (old, new) = synth::near_pair(n, 2017);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| diff_documents(black_box(&old), black_box(&new), &DiffOptions::default()))
        });
    }
    group.finish();
}

/// Reading the Res. 30 pair as `resdiff diff` does, by address and as the plain-text pair.
fn res30_load(c: &mut Criterion) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let comparison = resdiff::Comparison::new().corpus(&repo.join("resolutions"));
    let pairs = [
        (
            "res30_load_addresses",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
        ),
        (
            "res30_load_plain_text",
            "fixtures/wtdc-030-dubai-2014.ar.txt",
            "fixtures/wtdc-030-rcc-wtdc17.ar.txt",
        ),
    ];
    for (name, old, new) in pairs {
        let source = |arg: &str| match Source::parse(arg) {
            Ok(Source::Text(p)) => Source::Text(repo.join(p)),
            Ok(s) => s,
            Err(e) => panic!("{arg}: {e}"),
        };
        let (old, new) = (source(old), source(new));
        if let Err(e) = comparison.pair(Input::Source(&old), Input::Source(&new)) {
            eprintln!("benches/diff.rs: {name} does not load ({e}); skipping");
            continue;
        }
        c.bench_function(name, |b| {
            b.iter(|| comparison.pair(Input::Source(black_box(&old)), Input::Source(&new)))
        });
    }
}

criterion_group!(benches, res30, synthetic, near_identical, res30_load);
criterion_main!(benches);
