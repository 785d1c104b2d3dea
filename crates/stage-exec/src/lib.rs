//! The `exec` stage: custom logic in any language, in long-lived child processes.
//!
//! Protocol (newline-delimited JSON on the child's stdin/stdout):
//! 1. newsflow writes `{"newsflow": "exec", "version": 1}`; the child answers
//!    `{"hello": "newsflow-exec", "version": 1}`.
//! 2. Per document newsflow writes `{"id": N, "document": {…}}` and the child
//!    answers one line: `{"id": N, "document": {…}}` (the document, changed),
//!    `{"id": N, "drop": "reason"}` or `{"id": N, "error": "message"}`.
//!
//! Key design choices: the command is an argv (no shell, so no quoting bugs or
//! injection); each child handles one request at a time and a pool of
//! `pool` children gives concurrency, so a pipe can never deadlock on a full
//! buffer; a child that hangs past `request_timeout_ms` is killed and one that
//! dies is restarted with exponential backoff — the document involved fails
//! (and is quarantined by the engine), the others go on. The child's stderr is
//! forwarded to the logs line by line.
#![deny(missing_docs)]

mod child;

use async_trait::async_trait;
use child::Child;
use newsflow_core::{parse_options, ConfigError, Document, Flow, Registry, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, Semaphore};

/// Options of the `exec` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecConfig {
    /// The program and its arguments (no shell). Relative program paths
    /// containing `/` resolve against the config file's folder.
    pub command: Vec<String>,
    /// Children running at once.
    #[serde(default = "one")]
    pub pool: usize,
    /// Time a child has to answer one document.
    #[serde(default = "ten_seconds")]
    pub request_timeout_ms: u64,
    /// First restart delay after a child died (doubles, up to 10 s).
    #[serde(default = "backoff")]
    pub restart_backoff_ms: u64,
    /// Extra environment variables for the children.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

fn one() -> usize {
    1
}
fn ten_seconds() -> u64 {
    10_000
}
fn backoff() -> u64 {
    200
}

/// Program and arguments, resolved.
#[derive(Debug, Clone)]
pub(crate) struct Launch {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub env: BTreeMap<String, String>,
    pub stage: String,
}

/// The `exec` stage.
#[derive(Debug)]
pub struct ExecStage {
    launch: Launch,
    slots: Mutex<Vec<Option<Child>>>,
    permits: Semaphore,
    timeout: Duration,
    backoff: Duration,
    failures: AtomicU64,
    next_id: AtomicU64,
}

/// Finds a program: a path with `/` as given, else on `PATH`.
pub fn find_program(program: &str, base: &Path) -> Option<PathBuf> {
    if program.contains('/') {
        let p = if Path::new(program).is_absolute() { PathBuf::from(program) } else { base.join(program) };
        return p.is_file().then_some(p);
    }
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(program)).find(|p| p.is_file()))
}

impl ExecStage {
    /// A stage running `config.command` (resolved against `base`).
    pub fn new(config: ExecConfig, base: &Path, stage: &str) -> Result<Self, String> {
        let (program, args) = config.command.split_first().ok_or("command: give the program and its arguments, e.g. [\"python3\", \"stage.py\"]")?;
        let program = find_program(program, base).ok_or_else(|| format!("command: executable `{program}` not found"))?;
        if config.pool == 0 || config.pool > 256 {
            return Err("pool must be 1..=256".into());
        }
        Ok(ExecStage {
            launch: Launch { program, args: args.to_vec(), env: config.env, stage: stage.to_string() },
            slots: Mutex::new((0..config.pool).map(|_| None).collect()),
            permits: Semaphore::new(config.pool),
            timeout: Duration::from_millis(config.request_timeout_ms.max(1)),
            backoff: Duration::from_millis(config.restart_backoff_ms),
            failures: AtomicU64::new(0),
            next_id: AtomicU64::new(1),
        })
    }

    async fn run_one(&self, slot: &mut Option<Child>, doc: &mut Document) -> Result<Flow, StageError> {
        if slot.is_none() {
            let failures = self.failures.load(Ordering::Relaxed);
            if failures > 0 {
                let delay = self.backoff.saturating_mul(1 << failures.min(6)).min(Duration::from_secs(10));
                tokio::time::sleep(delay).await;
            }
            *slot = Some(Child::spawn(&self.launch, self.timeout).await.map_err(|e| {
                self.failures.fetch_add(1, Ordering::Relaxed);
                StageError::Failed(e)
            })?);
        }
        let child = slot.as_mut().ok_or_else(|| StageError::Failed("no child".into()))?;
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        match child.request(id, doc, self.timeout).await {
            Ok(flow) => {
                self.failures.store(0, Ordering::Relaxed);
                Ok(flow)
            }
            Err(child::RequestError::Answer(message)) => Err(StageError::Failed(message)),
            Err(child::RequestError::Broken(message)) => {
                // The child is dead, hung or out of protocol: replace it.
                if let Some(mut dead) = slot.take() {
                    dead.kill().await;
                }
                self.failures.fetch_add(1, Ordering::Relaxed);
                Err(StageError::Failed(message))
            }
        }
    }
}

#[async_trait]
impl Stage for ExecStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        let _permit = self.permits.acquire().await.map_err(|e| StageError::Failed(e.to_string()))?;
        let mut slot = self.slots.lock().await.pop().flatten();
        let result = self.run_one(&mut slot, doc).await;
        self.slots.lock().await.push(slot);
        result
    }

    async fn shutdown(&self) -> Result<(), StageError> {
        for slot in self.slots.lock().await.iter_mut() {
            if let Some(mut child) = slot.take() {
                child.close().await;
            }
        }
        Ok(())
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: ExecConfig = parse_options(spec)?;
    Ok(Arc::new(ExecStage::new(config, &spec.context.config_dir, spec.name).map_err(|e| spec.error(e))?))
}

/// Registers the `exec` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind {
        kind: "exec",
        description: "run documents through long-lived child processes (any language) over newline-delimited JSON",
        factory,
    });
}
