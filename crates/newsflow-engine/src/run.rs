//! The run loop: source → stage worker pools → finaliser (ledger, then ack).
use crate::{EngineError, IdAllocator, Ledger, LedgerEntry, Pipeline, PipelineStage};
use futures::FutureExt;
use newsflow_core::{time::rfc3339, Acknowledge, Document, Flow, Input, Outcome, Source, SourceEvent, SourceInfo, StageError, StageTiming};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Settings of a run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Documents buffered between two stages (backpressure bound).
    pub queue: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { queue: 16 }
    }
}

/// Told about every input as it is settled (progress bars, logs).
pub trait Observer: Send + Sync {
    /// An input reached its outcome (now durable and acknowledged).
    fn settled(&self, origin: &str, outcome: &Outcome);
    /// The source quarantined or skipped something on its own.
    fn passed_over(&self, origin: &str, reason: &str, quarantined: bool);
}

/// Counts of a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Records written.
    pub emitted: usize,
    /// Documents dropped on purpose by a stage.
    pub dropped: usize,
    /// Inputs whose content was already processed.
    pub duplicates: usize,
    /// Inputs quarantined (stage failures and unreadable inputs).
    pub quarantined: usize,
    /// Entries passed over (directories, links, vanished files).
    pub skipped: usize,
    /// Wall time.
    pub elapsed: Duration,
}

impl Summary {
    /// Inputs that reached an outcome.
    pub fn total(&self) -> usize {
        self.emitted + self.dropped + self.duplicates + self.quarantined
    }
}

/// How long the finaliser waits for more finished documents before one fsync.
const GROUP_COMMIT_LINGER: Duration = Duration::from_millis(5);

struct Envelope {
    doc: Document,
    ack: Box<dyn Acknowledge>,
    outcome: Option<Outcome>,
}

struct Shared {
    ledger: Ledger,
    ids: IdAllocator,
    in_flight: HashMap<String, String>,
}

/// Hex SHA-256 of bytes.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    newsflow_core::hex(&Sha256::digest(bytes))
}

/// Runs every input of `source` through `pipeline` until the source ends.
pub async fn run(
    pipeline: &Pipeline,
    mut source: Box<dyn Source>,
    ledger: Ledger,
    options: RunOptions,
    observer: Arc<dyn Observer>,
) -> Result<Summary, EngineError> {
    let started = Instant::now();
    let mut ids = match ledger.state_dir() {
        Some(dir) => IdAllocator::scratch_in(dir)?,
        None => IdAllocator::default(),
    };
    for entry in ledger.entries() {
        let entry = entry?;
        ids.claim(&entry.id, &entry.origin)?;
    }
    let shared = Arc::new(Mutex::new(Shared { ledger, ids, in_flight: HashMap::new() }));
    let queue = options.queue.max(1);
    let (final_tx, final_rx) = mpsc::channel::<Envelope>(queue);

    // Wire the stage pools back to front.
    let mut next_tx = final_tx.clone();
    let mut workers = Vec::new();
    for stage in pipeline.stages.iter().rev() {
        let (tx, rx) = mpsc::channel::<Envelope>(queue);
        let rx = Arc::new(tokio::sync::Mutex::new(rx));
        for _ in 0..stage.concurrency.max(1) {
            workers.push(tokio::spawn(worker(stage.clone(), rx.clone(), next_tx.clone(), final_tx.clone())));
        }
        next_tx = tx;
    }
    let first_tx = next_tx;
    let committers: Vec<PipelineStage> = pipeline.stages.iter().filter(|s| s.stage.has_side_effects()).cloned().collect();
    let finaliser = tokio::spawn(finalise(final_rx, shared.clone(), observer.clone(), committers));

    let mut summary = Summary::default();
    while let Some(event) = source.next_event().await {
        match event {
            SourceEvent::Input(input) => {
                let envelope = admit(input, &shared);
                let target = if envelope.outcome.is_some() { &final_tx } else { &first_tx };
                if target.send(envelope).await.is_err() {
                    tracing::error!("pipeline stopped accepting documents");
                    break;
                }
            }
            SourceEvent::Quarantined { origin, reason } => {
                summary.quarantined += 1;
                observer.passed_over(&origin, &reason, true);
            }
            SourceEvent::Skipped { origin, reason } => {
                summary.skipped += 1;
                observer.passed_over(&origin, &reason, false);
            }
        }
    }
    drop(first_tx);
    drop(final_tx);
    for w in workers {
        let _ = w.await;
    }
    let settled = finaliser.await.unwrap_or_else(|e| {
        tracing::error!(error = %e, "finaliser failed");
        Ok(Summary::default())
    })?;
    pipeline.shutdown().await;
    summary.emitted = settled.emitted;
    summary.dropped = settled.dropped;
    summary.duplicates = settled.duplicates;
    summary.quarantined += settled.quarantined;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Turns an input into a document with an id, or settles it at once as a duplicate.
fn admit(input: Input, shared: &Mutex<Shared>) -> Envelope {
    let sha = sha256_hex(&input.bytes);
    let source = SourceInfo { path: input.origin.clone(), sha256: sha.clone(), bytes: input.bytes.len() as u64, received: rfc3339(input.received) };
    let mut state = match shared.lock() {
        Ok(s) => s,
        Err(poisoned) => poisoned.into_inner(),
    };
    // A state table that cannot be read fails the input (it is quarantined
    // with the reason, not lost) rather than risk a second record.
    let unreadable = |e: EngineError, doc: Document, ack| Envelope { doc, ack, outcome: Some(Outcome::Failed { stage: "state".into(), error: e.to_string() }) };
    let previous = match state.ledger.finished(&sha) {
        Ok(found) => found.map(|e| e.id).or_else(|| state.in_flight.get(&sha).cloned()),
        Err(e) => return unreadable(e, Document { source, ..Document::default() }, input.ack),
    };
    if let Some(of) = previous {
        let doc = Document { id: of.clone(), source, ..Document::default() };
        return Envelope { doc, ack: input.ack, outcome: Some(Outcome::Duplicate { of }) };
    }
    let id = match state.ids.allocate(&input.name, &input.origin, &sha) {
        Ok(id) => id,
        Err(e) => return unreadable(e.into(), Document { source, ..Document::default() }, input.ack),
    };
    state.in_flight.insert(sha, id.clone());
    let doc = Document::new(id, input.name, source, input.bytes);
    Envelope { doc, ack: input.ack, outcome: None }
}

async fn worker(
    stage: PipelineStage,
    rx: Arc<tokio::sync::Mutex<mpsc::Receiver<Envelope>>>,
    next: mpsc::Sender<Envelope>,
    done: mpsc::Sender<Envelope>,
) {
    loop {
        let received = rx.lock().await.recv().await;
        let Some(mut env) = received else { break };
        let started = Instant::now();
        let result = process_guarded(&stage, &mut env.doc).await;
        env.doc.timings.push(StageTiming { stage: stage.name.clone(), micros: started.elapsed().as_micros() as u64 });
        let (target, outcome) = match result {
            Ok(Flow::Continue) => (&next, None),
            Ok(Flow::Drop { reason }) => (&done, Some(Outcome::Dropped { stage: stage.name.clone(), reason })),
            Err(e) => (&done, Some(Outcome::Failed { stage: stage.name.clone(), error: e.to_string() })),
        };
        env.outcome = outcome;
        if target.send(env).await.is_err() {
            break;
        }
        // A worker with a full input queue would otherwise run document
        // after document until its cooperative budget runs out (tens of
        // milliseconds of CPU), while tasks woken by I/O — an exec stage's
        // answer from its child, a network ack — wait behind it.
        tokio::task::yield_now().await;
    }
}

/// Runs one stage on one document with its timeout; a panic fails the document only.
pub(crate) async fn process_guarded(stage: &PipelineStage, doc: &mut Document) -> Result<Flow, StageError> {
    let fut = AssertUnwindSafe(stage.stage.process(doc)).catch_unwind();
    let result = match stage.timeout {
        Some(limit) => match tokio::time::timeout(limit, fut).await {
            Ok(r) => r,
            Err(_) => return Err(StageError::Timeout(limit.as_millis() as u64)),
        },
        None => fut.await,
    };
    result.unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(StageError::Failed(format!("stage panicked: {message}")))
    })
}

/// Settles finished documents in batches: ledger entries, one fsync, then acks.
async fn finalise(mut rx: mpsc::Receiver<Envelope>, shared: Arc<Mutex<Shared>>, observer: Arc<dyn Observer>, committers: Vec<PipelineStage>) -> Result<Summary, EngineError> {
    let mut summary = Summary::default();
    let mut batch = Vec::new();
    while let Some(first) = rx.recv().await {
        batch.push(first);
        // Group commit: gather what finishes within a few milliseconds, so one
        // ledger fsync covers many documents instead of one each.
        let deadline = tokio::time::Instant::now() + GROUP_COMMIT_LINGER;
        while batch.len() < 256 {
            match rx.try_recv() {
                Ok(env) => batch.push(env),
                Err(mpsc::error::TryRecvError::Disconnected) => break,
                Err(mpsc::error::TryRecvError::Empty) => match tokio::time::timeout_at(deadline, rx.recv()).await {
                    Ok(Some(env)) => batch.push(env),
                    Ok(None) | Err(_) => break,
                },
            }
        }
        // The outputs of the batch become durable first (one sync for all of
        // them), then the ledger that points at them, then the inputs go.
        for stage in &committers {
            stage.stage.commit().await.map_err(|e| EngineError::Commit { stage: stage.name.clone(), message: e.to_string() })?;
        }
        let mut settled = Vec::with_capacity(batch.len());
        {
            let mut state = match shared.lock() {
                Ok(s) => s,
                Err(poisoned) => poisoned.into_inner(),
            };
            for env in batch.drain(..) {
                let doc = &env.doc;
                let outcome = env.outcome.clone().unwrap_or_else(|| Outcome::Emitted { record_id: doc.id.clone() });
                let status = match &outcome {
                    Outcome::Emitted { .. } => Some("emitted"),
                    Outcome::Dropped { .. } => Some("dropped"),
                    _ => None,
                };
                if let Some(status) = status {
                    state.ledger.append(LedgerEntry {
                        sha256: doc.source.sha256.clone(),
                        id: doc.id.clone(),
                        status: status.into(),
                        origin: doc.source.path.clone(),
                        output: doc.outputs.first().cloned().unwrap_or_default(),
                    })?;
                }
                if !matches!(outcome, Outcome::Duplicate { .. }) {
                    state.in_flight.remove(&doc.source.sha256);
                }
                settled.push((env.ack, outcome, doc.source.path.clone()));
            }
            state.ledger.sync()?;
        }
        for (_, outcome, _) in &settled {
            match outcome {
                Outcome::Emitted { .. } => summary.emitted += 1,
                Outcome::Dropped { .. } => summary.dropped += 1,
                Outcome::Duplicate { .. } => summary.duplicates += 1,
                Outcome::Failed { .. } => summary.quarantined += 1,
            }
        }
        // Settling is I/O (a rename, a network ack): the batch's inputs are
        // settled concurrently, each independently of the others.
        futures::future::join_all(settled.into_iter().map(|(ack, outcome, origin)| {
            let observer = observer.clone();
            async move {
                if let Err(e) = ack.acknowledge(&outcome).await {
                    tracing::error!(input = %origin, error = %e, "could not settle input");
                }
                observer.settled(&origin, &outcome);
            }
        }))
        .await;
    }
    Ok(summary)
}
