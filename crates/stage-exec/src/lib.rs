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
//! injection). Requests are pipelined: many documents are in flight on each
//! child (answers are routed by id, in any order), because under a loaded
//! pipeline the time until an answer is *read* is set by the scheduler, not
//! by the child, and only documents in flight hide it. A task per child reads
//! its output independently of the writers, so a pipe can never deadlock on a
//! full buffer. A child that hangs past `request_timeout_ms` is killed and one
//! that dies is restarted with exponential backoff: the oldest unanswered
//! document fails (and is quarantined by the engine) as the likely cause, the
//! others in flight on that child are sent again to its replacement. The
//! child's stderr is forwarded to the logs line by line.
#![deny(missing_docs)]

mod child;

use async_trait::async_trait;
use child::{Child, RequestError};
use newsflow_core::{parse_options, ConfigError, Document, Flow, Registry, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

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
    /// Documents in flight on each child (the stage's default concurrency is
    /// `pool × in_flight`).
    #[serde(default = "sixteen")]
    pub in_flight: usize,
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
fn sixteen() -> usize {
    16
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
    slots: Vec<Mutex<Option<Arc<Child>>>>,
    in_flight: usize,
    timeout: Duration,
    backoff: Duration,
    failures: AtomicU64,
    next_slot: AtomicU64,
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
        if config.in_flight == 0 || config.in_flight > 1024 {
            return Err("in_flight must be 1..=1024".into());
        }
        Ok(ExecStage {
            launch: Launch { program, args: args.to_vec(), env: config.env, stage: stage.to_string() },
            slots: (0..config.pool).map(|_| Mutex::new(None)).collect(),
            in_flight: config.in_flight,
            timeout: Duration::from_millis(config.request_timeout_ms.max(1)),
            backoff: Duration::from_millis(config.restart_backoff_ms),
            failures: AtomicU64::new(0),
            next_slot: AtomicU64::new(0),
        })
    }

    /// The live child of a slot, started (after the backoff, if children
    /// have been failing) when there is none or it broke.
    async fn child(&self, slot: usize) -> Result<Arc<Child>, StageError> {
        let mut guard = self.slots[slot].lock().await;
        if let Some(child) = guard.as_ref().filter(|c| !c.is_broken()) {
            return Ok(child.clone());
        }
        if let Some(old) = guard.take() {
            old.kill().await;
        }
        let failures = self.failures.load(Ordering::Relaxed);
        if failures > 0 {
            let delay = self.backoff.saturating_mul(1 << failures.min(6)).min(Duration::from_secs(10));
            tokio::time::sleep(delay).await;
        }
        let child = Arc::new(Child::spawn(&self.launch, self.timeout).await.map_err(|e| {
            self.failures.fetch_add(1, Ordering::Relaxed);
            StageError::Failed(e)
        })?);
        *guard = Some(child.clone());
        Ok(child)
    }
}

#[async_trait]
impl Stage for ExecStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        // A document waiting behind the one that broke a child is sent again
        // to the replacement (twice at most: then it fails too).
        let mut last_error = String::new();
        for _ in 0..3 {
            let turn = self.next_slot.fetch_add(1, Ordering::Relaxed);
            let child = self.child(turn as usize % self.slots.len()).await?;
            match child.request(doc, self.timeout).await {
                Ok(flow) => {
                    self.failures.store(0, Ordering::Relaxed);
                    return Ok(flow);
                }
                Err(RequestError::Answer(message)) => return Err(StageError::Failed(message)),
                Err(RequestError::Broken(message)) => {
                    child.kill().await;
                    self.failures.fetch_add(1, Ordering::Relaxed);
                    return Err(StageError::Failed(message));
                }
                Err(RequestError::Retry(message)) => {
                    child.kill().await;
                    last_error = message;
                }
            }
        }
        Err(StageError::Failed(format!("{last_error} (and again on restarted children)")))
    }

    fn default_concurrency(&self) -> Option<usize> {
        Some((self.slots.len() * self.in_flight).min(1024))
    }

    async fn shutdown(&self) -> Result<(), StageError> {
        for slot in &self.slots {
            if let Some(child) = slot.lock().await.take() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::Block;

    fn stage(dir: &Path, script: &str, in_flight: usize) -> Result<ExecStage, String> {
        let path = dir.join("child.py");
        std::fs::write(&path, script).map_err(|e| e.to_string())?;
        let config = ExecConfig {
            command: vec!["python3".into(), path.display().to_string()],
            pool: 1,
            in_flight,
            request_timeout_ms: 5_000,
            restart_backoff_ms: 10,
            env: BTreeMap::new(),
        };
        ExecStage::new(config, dir, "test")
    }

    /// A child that reads two requests before answering both, in reverse
    /// order: only pipelined requests routed by id get through.
    const REVERSING: &str = "import json, sys\nsys.stdin.readline()\nprint(json.dumps({'hello': 't', 'version': 1}), flush=True)\nheld = []\nfor line in sys.stdin:\n    req = json.loads(line)\n    req['document']['tags'] = ['seen']\n    held.append(req)\n    if len(held) == 2:\n        for r in reversed(held):\n            print(json.dumps({'id': r['id'], 'document': r['document']}), flush=True)\n        held = []\n";

    #[tokio::test]
    async fn answers_in_any_order_reach_their_documents() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let stage = stage(dir.path(), REVERSING, 16)?;
        assert_eq!(stage.default_concurrency(), Some(16));
        let mut a = Document { id: "a".into(), ..Document::default() };
        a.blocks.push(Block::paragraph("First.", 1));
        let mut b = Document { id: "b".into(), ..Document::default() };
        b.blocks.push(Block::paragraph("Second.", 1));
        let (ra, rb) = tokio::join!(stage.process(&mut a), stage.process(&mut b));
        assert!(matches!(ra, Ok(Flow::Continue)) && matches!(rb, Ok(Flow::Continue)), "{ra:?} {rb:?}");
        assert_eq!((a.id.as_str(), a.blocks[0].text.as_str(), a.tags.clone()), ("a", "First.", vec!["seen".to_string()]));
        assert_eq!((b.id.as_str(), b.blocks[0].text.as_str()), ("b", "Second."));
        stage.shutdown().await?;
        Ok(())
    }
}
