//! `cargo bench`: documents per second of each built-in stage on one core, on
//! the seed articles shipped in inbox/ (optionally more files: NEWSFLOW_BENCH_DIR,
//! e.g. WCXB pages laid out by `bench/corpus.sh 793 DIR html`).
//! A plain harness (no criterion) keeps the dependency tree small; each stage
//! runs on copies of documents already prepared by the stages before it.
use newsflow_core::{Document, Stage};
use std::time::{Duration, Instant};

fn inputs() -> Vec<(String, Vec<u8>)> {
    let dir = std::env::var("NEWSFLOW_BENCH_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/inbox").to_string());
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| Some((e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).ok()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Runs `stage` over copies of `docs` for about a second; returns docs/s.
/// The copies are made before the clock runs: the stage is measured, not
/// the cloning of its input.
fn measure(stage: &dyn Stage, docs: &[Document]) -> f64 {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap_or_else(|e| panic!("runtime: {e}"));
    let rounds = (2000 / docs.len().max(1)).max(1);
    let (mut n, mut busy) = (0usize, Duration::ZERO);
    while busy < Duration::from_secs(1) {
        let mut batch: Vec<Document> = (0..rounds).flat_map(|_| docs.iter().cloned()).collect();
        let start = Instant::now();
        for d in &mut batch {
            let _ = runtime.block_on(stage.process(d));
        }
        busy += start.elapsed();
        n += batch.len();
    }
    n as f64 / busy.as_secs_f64()
}

fn main() {
    let files = inputs();
    if files.is_empty() {
        eprintln!("no inputs");
        return;
    }
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let clean = stage_clean::CleanStage::new(Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let boilerplate = stage_boilerplate::BoilerplateStage::with_defaults().unwrap_or_else(|e| panic!("{e}"));
    let extract = stage_extract::ExtractStage::with_defaults().unwrap_or_else(|e| panic!("{e}"));
    let profile = stage_stance::Profile::load(&repo.join("config/stance/karabakh.toml")).unwrap_or_else(|e| panic!("{e}"));
    let stance = stage_stance::StanceStage::new(profile, stage_stance::StanceConfig::default());
    let raw: Vec<Document> = files.iter().map(|(name, bytes)| Document::new("bench", name.clone(), Default::default(), bytes.clone())).collect();
    let stages: [(&str, &dyn Stage); 4] = [("clean", &clean), ("boilerplate", &boilerplate), ("extract", &extract), ("stance", &stance)];
    // The same stage with a hashed n-gram model (trained here on the inputs
    // themselves, labels in turn: this measures speed, not accuracy).
    let labels = ["pro_azerbaijan", "pro_armenia", "neutral"];
    let examples: Vec<stage_stance::model::Example> = files
        .iter()
        .enumerate()
        .map(|(i, (_, b))| stage_stance::model::Example { text: String::from_utf8_lossy(b).into_owned(), label: labels[i % 3].into(), title: None, outlet: None })
        .collect();
    let model = stage_stance::model::Model::train(&examples, 1 << 16, 0.5, 1).unwrap_or_else(|e| panic!("{e}"));
    let profile = stage_stance::Profile::load(&repo.join("config/stance/karabakh.toml")).unwrap_or_else(|e| panic!("{e}"));
    let with_model = stage_stance::StanceStage::new(profile, stage_stance::StanceConfig::default()).with_model(model).unwrap_or_else(|e| panic!("{e}"));
    let mut docs = raw;
    println!("{} documents (one core)", docs.len());
    for (name, stage) in stages {
        println!("{name:>12}: {:>9.0} docs/s", measure(stage, &docs));
        if name == "stance" {
            println!("{:>12}: {:>9.0} docs/s", "stance+model", measure(&with_model, &docs));
        }
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap_or_else(|e| panic!("runtime: {e}"));
        for d in &mut docs {
            let _ = runtime.block_on(stage.process(d));
        }
    }
    // emit: records written to a temporary outbox, made durable by one group
    // commit per 64 documents, as the engine's finaliser does.
    let outbox = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let emit = stage_emit::EmitStage::new(stage_emit::EmitConfig::default(), outbox.path().to_path_buf()).unwrap_or_else(|e| panic!("{e}"));
    for (i, d) in docs.iter_mut().enumerate() {
        d.id = format!("bench{i}");
    }
    let (mut n, start) = (0usize, Instant::now());
    while start.elapsed() < Duration::from_secs(1) {
        for doc in &docs {
            let _ = emit.write(doc);
            n += 1;
            if n % 64 == 0 {
                let _ = emit.sync_pending();
            }
        }
    }
    let _ = emit.sync_pending();
    println!("{:>12}: {:>9.0} docs/s", "emit", n as f64 / start.elapsed().as_secs_f64());
}
