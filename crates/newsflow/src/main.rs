//! `newsflow`: the command-line front of the pipeline.
// Doc comments here are the CLI help text: "[inbox]" names a config section, not an item.
#![allow(rustdoc::broken_intra_doc_links)]
mod observe;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use newsflow_core::{Registry, Source};
use newsflow_engine::{load_config, run, Ledger, Pipeline, PipelineConfig, RunOptions};
use newsflow_inbox::{InboxConfig, InboxSource, Mode};
use newsflow_nats::{ingest_paths, NatsConfig, NatsMode, NatsSource};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read before `main` as a C string (a thin pointer to
/// its first byte): one arena per CPU, used by the threads running on it.
/// The default, four arenas per CPU, held 20 MB more on a batch of HTML
/// pages for no speed.
#[export_name = "_rjem_malloc_conf"]
pub static MALLOC_CONF: &u8 = &b"percpu_arena:percpu\0"[0];

/// Exit code when some inputs were quarantined (the rest were processed).
const EXIT_QUARANTINED: i32 = 3;

#[derive(Parser)]
#[command(name = "newsflow", version, about = "Streaming ingestion of news articles into clean, structured, stance-labelled records")]
struct Cli {
    /// Log format.
    #[arg(long, value_enum, default_value_t = LogFormat::Human, global = true)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Human,
    Json,
}

#[derive(clap::Args, Clone)]
struct Paths {
    /// The pipeline configuration.
    #[arg(long, default_value = "pipeline.toml")]
    config: PathBuf,
    /// Inbox folder (overrides [inbox] path).
    #[arg(long)]
    inbox: Option<PathBuf>,
    /// Outbox folder (overrides [outbox] path).
    #[arg(long)]
    outbox: Option<PathBuf>,
    /// Take articles from NATS JetStream at this URL instead of the inbox
    /// (the other [source] options apply when `kind = "nats"`).
    #[arg(long, value_name = "URL")]
    nats: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Process every file present in the inbox, then exit (exit 3 if some were quarantined).
    Batch(Paths),
    /// Run as a daemon: scan, then watch the inbox; SIGINT/SIGTERM drain and exit 0.
    Run(Paths),
    /// Move quarantined inputs back into the inbox and process them again (after a
    /// config fix); each input's earlier error reports are kept as `<name>.error.<n>.json`.
    Replay {
        #[command(flatten)]
        paths: Paths,
        /// The quarantine folder (default: the one of the config).
        #[arg(long)]
        quarantine: Option<PathBuf>,
    },
    /// Publish article files into the NATS JetStream stream that workers consume.
    Ingest {
        /// NATS server URL (default: [source] url of the config, or nats://127.0.0.1:4222).
        #[arg(long, value_name = "URL")]
        nats: Option<String>,
        /// Subject to publish to (default: [source] subject, or newsflow.articles).
        #[arg(long)]
        subject: Option<String>,
        /// The pipeline configuration whose [source] names the stream (optional).
        #[arg(long, default_value = "pipeline.toml")]
        config: PathBuf,
        /// Article files, or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Load and validate the configuration (every stage's options and data files).
    Validate {
        /// The pipeline configuration.
        #[arg(long, default_value = "pipeline.toml")]
        config: PathBuf,
    },
    /// List the registered stage kinds.
    Stages,
    /// Train and evaluate the stance model.
    #[command(subcommand)]
    Stance(StanceCommand),
    /// Run one file through the pipeline (no record written) and show what each stage did.
    Explain {
        /// The article file.
        file: PathBuf,
        /// The pipeline configuration.
        #[arg(long, default_value = "pipeline.toml")]
        config: PathBuf,
        /// Print the resulting record as JSON too.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum StanceCommand {
    /// Train a model from JSONL (`text`, `label`, optional `title`, `outlet`).
    Train {
        /// Training data (JSONL).
        #[arg(long)]
        data: PathBuf,
        /// Where to write the model.
        #[arg(long)]
        out: PathBuf,
        /// Hash buckets (a power of two).
        #[arg(long, default_value_t = 1 << 16)]
        buckets: usize,
        /// Additive smoothing.
        #[arg(long, default_value_t = 0.5)]
        alpha: f64,
        /// Drop features used by fewer outlets than this (needs `outlet` in the data).
        #[arg(long, default_value_t = 1)]
        min_outlets: usize,
    },
    /// Accuracy, macro-F1 and confusion matrix of a model on labelled JSONL, or
    /// with `--group-by outlet`, outlet-grouped cross-validation on it.
    Eval {
        /// Labelled data (JSONL).
        #[arg(long)]
        data: PathBuf,
        /// The model to evaluate (its settings are reused by cross-validation).
        #[arg(long)]
        model: Option<PathBuf>,
        /// Cross-validate with folds that never share an outlet.
        #[arg(long, value_parser = ["outlet"])]
        group_by: Option<String>,
        /// Folds for cross-validation.
        #[arg(long, default_value_t = 5)]
        folds: usize,
    },
}

fn stance(command: StanceCommand) -> Result<i32> {
    use stage_stance::model::{full_text, grouped_cv, read_examples, Model, Report};
    match command {
        StanceCommand::Train { data, out, buckets, alpha, min_outlets } => {
            let started = std::time::Instant::now();
            let examples = read_examples(&data)?;
            let model = Model::train(&examples, buckets, alpha, min_outlets)?;
            model.save(&out)?;
            println!("trained on {} examples ({} labels: {}) in {:.2} s → {}", examples.len(), model.header.labels.len(), model.header.labels.join(", "), started.elapsed().as_secs_f64(), out.display());
        }
        StanceCommand::Eval { data, model, group_by, folds } => {
            let examples = read_examples(&data)?;
            let report = match (group_by, model) {
                (Some(_), model) => {
                    let (buckets, alpha, min_outlets) = match model {
                        Some(path) => {
                            let m = Model::load(&path)?;
                            (m.header.buckets, m.header.alpha, m.header.min_outlets)
                        }
                        None => (1 << 16, 0.5, 1),
                    };
                    println!("outlet-grouped {folds}-fold cross-validation on {} examples", examples.len());
                    grouped_cv(&examples, folds, buckets, alpha, min_outlets)?
                }
                (None, Some(path)) => {
                    let m = Model::load(&path)?;
                    let pairs: Vec<(String, String)> = examples.iter().map(|e| (e.label.clone(), m.predict(&full_text(e)).to_string())).collect();
                    Report::new(&pairs)
                }
                (None, None) => bail!("give --model, or --group-by outlet for cross-validation"),
            };
            println!("{}", report.render());
        }
    }
    Ok(0)
}

/// Every stage kind built into newsflow.
fn registry() -> Registry {
    let mut registry = Registry::new();
    stage_clean::register(&mut registry);
    stage_boilerplate::register(&mut registry);
    stage_extract::register(&mut registry);
    stage_stance::register(&mut registry);
    stage_emit::register(&mut registry);
    stage_rules::register(&mut registry);
    stage_exec::register(&mut registry);
    stage_script::register(&mut registry);
    stage_dedupe::register(&mut registry);
    stage_nats_emit::register(&mut registry);
    registry
}

fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("NEWSFLOW_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,async_nats=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

struct Loaded {
    config: PipelineConfig,
    inbox: InboxConfig,
    /// Set when the articles come from NATS JetStream instead of the inbox.
    nats: Option<NatsConfig>,
    pipeline: Pipeline,
}

/// The `[source]` table as NATS options, if it selects NATS (or `--nats` does).
fn nats_source(source: &serde_json::Value, url: Option<&str>) -> Result<Option<NatsConfig>> {
    let kind = source.get("kind").and_then(serde_json::Value::as_str).unwrap_or("inbox");
    let mut config = match kind {
        "nats" => NatsConfig::from_value(source)?,
        "inbox" if url.is_some() => NatsConfig::default(),
        "inbox" => {
            if let Some(key) = source.as_object().and_then(|t| t.keys().find(|k| *k != "kind")) {
                bail!("[source] kind = \"inbox\" takes no `{key}`: the inbox options are in [inbox]");
            }
            return Ok(None);
        }
        other => bail!("[source] kind = {other:?}: expected \"inbox\" or \"nats\""),
    };
    if let Some(url) = url {
        config.url = url.to_string();
    }
    Ok(Some(config))
}

fn load(paths: &Paths) -> Result<Loaded> {
    let mut config = load_config(&paths.config)?;
    if let Some(outbox) = &paths.outbox {
        config.set_outbox(outbox.clone());
    }
    let mut inbox_config = InboxConfig::from_value(&config.inbox, &config.dir).map_err(anyhow::Error::msg)?;
    if let Some(inbox) = &paths.inbox {
        inbox_config.path = inbox.clone();
    }
    let nats = nats_source(&config.source, paths.nats.as_deref())?;
    let pipeline = Pipeline::build(&config, &registry())?;
    Ok(Loaded { config, inbox: inbox_config, nats, pipeline })
}

fn config_paths(config: &Path) -> Paths {
    Paths { config: config.to_path_buf(), inbox: None, outbox: None, nats: None }
}

async fn process(paths: Paths, daemon: bool, format: LogFormat) -> Result<i32> {
    let loaded = load(&paths)?;
    let ledger = Ledger::open(&loaded.config.state)?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    // Where failed inputs end up, for the closing message.
    let (source, set_aside): (Box<dyn Source>, String) = match loaded.nats {
        Some(nats) => {
            let mode = if daemon { NatsMode::Follow { stop: stop_rx } } else { NatsMode::Drain };
            let dead = format!("the dead-letter subject {} (stream {}) after {} deliveries", nats.dead_letter_subject, nats.dead_letter_stream, nats.max_deliver);
            tracing::info!(url = %nats.url, stream = %nats.stream, consumer = %nats.consumer, outbox = %loaded.config.outbox.display(), "consuming");
            (Box::new(NatsSource::connect(nats, mode).await?), dead)
        }
        None => {
            let mode = if daemon { Mode::Daemon { stop: stop_rx } } else { Mode::Batch };
            let inbox_path = loaded.inbox.path.clone();
            let source = InboxSource::new(loaded.inbox, &loaded.config.state, mode).with_context(|| format!("opening inbox {}", inbox_path.display()))?;
            let quarantine = format!("{} (each with its .error.json report)", source.quarantine_dir().display());
            if daemon {
                tracing::info!(inbox = %inbox_path.display(), outbox = %loaded.config.outbox.display(), "watching");
            }
            (Box::new(source), quarantine)
        }
    };
    let observer = Arc::new(observe::Progress::new(daemon, matches!(format, LogFormat::Human)));
    if daemon {
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("stop requested: finishing documents in flight");
            let _ = stop_tx.send(true);
        });
    }
    let options = RunOptions { queue: loaded.config.queue };
    let summary = run(&loaded.pipeline, source, ledger, options, observer.clone()).await?;
    observer.finish();
    let secs = summary.elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "processed {} | dropped {} | duplicates {} | skipped {} | quarantined {} | {:.2} s | {:.1} docs/s",
        summary.emitted,
        summary.dropped,
        summary.duplicates,
        summary.skipped,
        summary.quarantined,
        secs,
        summary.total() as f64 / secs
    );
    if summary.quarantined > 0 {
        eprintln!("failed inputs are in {set_aside}");
        if !daemon {
            return Ok(EXIT_QUARANTINED);
        }
    }
    Ok(0)
}

async fn replay(paths: Paths, quarantine: Option<PathBuf>, format: LogFormat) -> Result<i32> {
    let loaded = load(&paths)?;
    if let Some(nats) = &loaded.nats {
        bail!("replay moves quarantined files back into the inbox; with the NATS source, failed articles are in stream {} (subject {}): publish them again with `newsflow ingest`", nats.dead_letter_stream, nats.dead_letter_subject);
    }
    let quarantine = quarantine
        .or_else(|| loaded.inbox.quarantine_dir.clone())
        .unwrap_or_else(|| loaded.config.state.join("quarantine"));
    let moved = newsflow_inbox::requeue(&quarantine, &loaded.inbox.path)?;
    eprintln!("replaying {} quarantined inputs from {}", moved.len(), quarantine.display());
    process(paths, false, format).await
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn validate(config: &Path) -> Result<i32> {
    let loaded = load(&config_paths(config))?;
    println!("{}: ok", config.display());
    match &loaded.nats {
        Some(nats) => println!("  source: NATS {} stream {} consumer {} (dead letters: {})", nats.url, nats.stream, nats.consumer, nats.dead_letter_subject),
        None => println!("  inbox:  {}", loaded.inbox.path.display()),
    }
    println!("  outbox: {}", loaded.config.outbox.display());
    println!("  state:  {}", loaded.config.state.display());
    for (i, s) in loaded.pipeline.stages.iter().enumerate() {
        let timeout = s.timeout.map(|t| format!(", timeout {} ms", t.as_millis())).unwrap_or_default();
        println!("  {}. {} (kind {}, concurrency {}{timeout})", i + 1, s.name, s.kind, s.concurrency);
    }
    Ok(0)
}

async fn ingest(nats: Option<String>, subject: Option<String>, config: &Path, paths: &[PathBuf]) -> Result<i32> {
    let source = if config.is_file() { load_config(config)?.source } else { serde_json::Value::Null };
    let mut settings = nats_source(&source, None)?.unwrap_or_default();
    if let Some(url) = nats {
        settings.url = url;
    }
    if let Some(subject) = subject {
        settings.subject = subject;
    }
    settings.validate()?;
    let started = std::time::Instant::now();
    let report = ingest_paths(&settings, paths).await?;
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    eprintln!(
        "published {} | already in the stream {} | refused {} | {:.1} MB | {:.2} s | {:.0} files/s → {} (stream {})",
        report.published,
        report.duplicates,
        report.refused.len(),
        report.bytes as f64 / 1e6,
        secs,
        (report.published + report.duplicates) as f64 / secs,
        settings.subject,
        settings.stream
    );
    for (path, why) in &report.refused {
        eprintln!("refused {}: {why}", path.display());
    }
    Ok(if report.refused.is_empty() { 0 } else { EXIT_QUARANTINED })
}

async fn explain(file: &Path, config: &Path, json: bool) -> Result<i32> {
    let loaded = load(&config_paths(config))?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (steps, doc) = newsflow_engine::explain(&loaded.pipeline, &name, &file.display().to_string(), bytes).await;
    for step in &steps {
        println!("== {} [{}]", step.stage, step.flow);
        for r in &step.removed {
            println!("  - removed ({:?}: {}): {}", r.kind, r.reason, short(&r.text, 100));
        }
        for (key, value) in &step.changed {
            let text = match value {
                serde_json::Value::Array(items) if key == "body" => format!("{} paragraphs", items.len()),
                other => short(&other.to_string(), 300),
            };
            println!("  * {key}: {text}");
        }
        if let (Some(stance), true) = (&doc.stance, step.changed.iter().any(|(k, _)| k == "stance")) {
            for e in &stance.evidence {
                println!("    evidence {:+.2} {} [{}] {}", e.weight, e.label, e.source, e.detail);
            }
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&newsflow_core::Record::from_document(&doc))?);
    }
    if let Some(failed) = steps.iter().find(|s| s.flow.starts_with("error")) {
        bail!("stage {} failed: {}", failed.stage, failed.flow);
    }
    Ok(0)
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

fn main() {
    let cli = Cli::parse();
    init_logs(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().event_interval(4).build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            std::process::exit(1);
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Batch(paths) => process(paths, false, cli.log_format).await,
            Command::Run(paths) => process(paths, true, cli.log_format).await,
            Command::Replay { paths, quarantine } => replay(paths, quarantine, cli.log_format).await,
            Command::Ingest { nats, subject, config, paths } => ingest(nats, subject, &config, &paths).await,
            Command::Validate { config } => validate(&config),
            Command::Stages => {
                for kind in registry().kinds() {
                    println!("{:<12} {}", kind.kind, kind.description);
                }
                Ok(0)
            }
            Command::Explain { file, config, json } => explain(&file, &config, json).await,
            Command::Stance(command) => stance(command),
        }
    });
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(1);
        }
    }
}
