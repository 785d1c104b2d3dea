//! `cargo bench`: documents per second of each built-in stage on one core
//! (criterion), on the seed articles shipped in inbox/ and, when
//! NEWSFLOW_BENCH_DIR names a folder, on its files too (e.g. the WCXB pages
//! laid out by `bench/corpus.sh 793 DIR html`).
//!
//! Each stage runs on copies of documents already prepared by the stages
//! before it; the copies are made outside the timed loop, so the stage is
//! measured, not the cloning of its input. Criterion reports elements/s:
//! one element is one document. `cargo bench -- stance` runs one stage.
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newsflow_core::{Document, Stage};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Files of a folder: (name, bytes), by name.
type Files = Vec<(String, Vec<u8>)>;

fn read_dir(dir: &Path) -> Files {
    let mut files: Files = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .filter_map(|e| Some((e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).ok()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The corpora to measure: the seeds, and NEWSFLOW_BENCH_DIR if set.
fn corpora() -> Vec<(String, Files)> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![("seeds".to_string(), read_dir(&repo.join("inbox")))];
    if let Ok(dir) = std::env::var("NEWSFLOW_BENCH_DIR") {
        let dir = PathBuf::from(dir);
        let name = dir.file_name().map_or("dir".into(), |n| n.to_string_lossy().into_owned());
        out.push((name, read_dir(&dir)));
    }
    out.retain(|(_, files)| !files.is_empty());
    out
}

fn or_die<T, E: std::fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("bench setup: {e}"))
}

/// The stance stage with a hashed n-gram model, trained here on the inputs
/// themselves with labels in turn: this measures speed, not accuracy.
fn stance_with_model(repo: &Path, files: &[(String, Vec<u8>)]) -> stage_stance::StanceStage {
    let labels = ["pro_azerbaijan", "pro_armenia", "neutral"];
    let examples: Vec<stage_stance::model::Example> = files
        .iter()
        .enumerate()
        .map(|(i, (_, b))| stage_stance::model::Example { text: String::from_utf8_lossy(b).into_owned(), label: labels[i % 3].into(), title: None, outlet: None })
        .collect();
    let model = or_die(stage_stance::model::Model::train(&examples, 1 << 16, 0.5, 1));
    let profile = or_die(stage_stance::Profile::load(&repo.join("config/stance/karabakh.toml")));
    or_die(stage_stance::StanceStage::new(profile, stage_stance::StanceConfig::default()).with_model(model))
}

fn bench_stages(c: &mut Criterion) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runtime = or_die(tokio::runtime::Builder::new_current_thread().build());
    let clean = or_die(stage_clean::CleanStage::new(Default::default()));
    let boilerplate = or_die(stage_boilerplate::BoilerplateStage::with_defaults());
    let extract = or_die(stage_extract::ExtractStage::with_defaults());
    let profile = or_die(stage_stance::Profile::load(&repo.join("config/stance/karabakh.toml")));
    let stance = stage_stance::StanceStage::new(profile, stage_stance::StanceConfig::default());
    for (corpus, files) in corpora() {
        let with_model = stance_with_model(repo, &files);
        let mut group = c.benchmark_group(corpus.as_str());
        group.throughput(Throughput::Elements(files.len() as u64));
        group.measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500)).sample_size(20);
        let mut docs: Vec<Document> = files.iter().map(|(name, bytes)| Document::new("bench", name.clone(), Default::default(), bytes.clone())).collect();
        let stages: [(&str, &dyn Stage); 5] =
            [("clean", &clean), ("boilerplate", &boilerplate), ("extract", &extract), ("stance", &stance), ("stance+model", &with_model)];
        for (name, stage) in stages {
            group.bench_function(name, |b| {
                b.iter_batched_ref(
                    || docs.clone(),
                    |batch| {
                        for d in batch.iter_mut() {
                            let _ = runtime.block_on(stage.process(d));
                        }
                    },
                    BatchSize::LargeInput,
                )
            });
            // The next stage sees this stage's output (stance+model adds
            // nothing the emit stage needs beyond what stance added).
            if name != "stance+model" {
                for d in &mut docs {
                    let _ = runtime.block_on(stage.process(d));
                }
            }
        }
        bench_emit(&mut group, &mut docs);
        group.finish();
    }
}

/// emit: records written to a temporary outbox, made durable by one group
/// commit per 64 documents, as the engine's finaliser does.
fn bench_emit(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, docs: &mut [Document]) {
    let outbox = or_die(tempfile::tempdir());
    let emit = or_die(stage_emit::EmitStage::new(stage_emit::EmitConfig::default(), outbox.path().to_path_buf()));
    for (i, d) in docs.iter_mut().enumerate() {
        d.id = format!("bench{i}");
    }
    let mut written = 0usize;
    group.bench_function("emit", |b| {
        b.iter(|| {
            for doc in docs.iter() {
                let _ = emit.write(doc);
                written += 1;
                if written.is_multiple_of(64) {
                    let _ = emit.sync_pending();
                }
            }
        })
    });
    let _ = emit.sync_pending();
}

criterion_group!(benches, bench_stages);
criterion_main!(benches);
