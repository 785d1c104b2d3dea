//! One child process and the wire protocol, pipelined: several requests may
//! be in flight on one child, each matched to its answer by id.
use crate::Launch;
use newsflow_core::{Document, Flow};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{ChildStdin, ChildStdout, Command};
use tokio::sync::oneshot;

/// Longest answer line accepted (a document is far smaller).
const MAX_LINE: usize = 64 * 1024 * 1024;

#[derive(serde::Deserialize)]
struct Answer {
    id: Option<u64>,
    document: Option<Document>,
    drop: Option<Value>,
    error: Option<Value>,
}

/// Only the id of an answer, to route it (the rest is parsed by its requester).
#[derive(serde::Deserialize)]
struct AnswerId {
    id: Option<u64>,
}

/// Why a request failed.
#[derive(Debug)]
pub(crate) enum RequestError {
    /// The child answered with an error for this document; it is still usable.
    Answer(String),
    /// The child is unusable (died, hung, broke the protocol) and this
    /// document is the likely cause: the oldest request it had not answered.
    Broken(String),
    /// The child became unusable while this document waited behind another:
    /// it can be sent again to a new child.
    Retry(String),
}

type Reply = Result<Vec<u8>, RequestError>;

/// Requests sent and not yet answered, oldest first (ids only grow).
#[derive(Default)]
struct Pending {
    waiting: BTreeMap<u64, oneshot::Sender<Reply>>,
    /// Set once the child is unusable: why.
    closed: Option<String>,
    /// Set when the request that broke the child has already been failed
    /// (it timed out, or its answer broke the protocol): the others are
    /// then all retryable.
    culprit_known: bool,
}

impl Pending {
    /// Fails everything in flight: the oldest as the likely cause, the rest
    /// as retryable.
    fn close(&mut self, why: String) {
        if self.closed.is_none() {
            self.closed = Some(why.clone());
        }
        let mut first = !self.culprit_known;
        for (_, tx) in std::mem::take(&mut self.waiting) {
            let error = if first { RequestError::Broken(why.clone()) } else { RequestError::Retry(why.clone()) };
            first = false;
            let _ = tx.send(Err(error));
        }
    }
}

pub(crate) struct Child {
    name: String,
    /// The pipe and the next request id; `None` once closed (dropping the
    /// pipe is what tells the child to exit). Ids are given out under this
    /// lock, so they follow the order the child reads requests in.
    stdin: tokio::sync::Mutex<Option<(ChildStdin, u64)>>,
    process: tokio::sync::Mutex<tokio::process::Child>,
    pending: Arc<Mutex<Pending>>,
    broken: AtomicBool,
}

impl std::fmt::Debug for Child {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Child").field("name", &self.name).finish()
    }
}

fn lock(pending: &Mutex<Pending>) -> std::sync::MutexGuard<'_, Pending> {
    pending.lock().unwrap_or_else(|p| p.into_inner())
}

/// Reads one line of at most [`MAX_LINE`] bytes; `None` at end of output.
async fn read_line(stdout: &mut BufReader<ChildStdout>) -> Result<Option<Vec<u8>>, String> {
    let mut line = Vec::with_capacity(16 * 1024);
    let n = stdout.take(MAX_LINE as u64).read_until(b'\n', &mut line).await.map_err(|e| format!("read: {e}"))?;
    if n == 0 {
        return Ok(None);
    }
    if !line.ends_with(b"\n") {
        return Err(format!("answer longer than {MAX_LINE} bytes or cut short"));
    }
    Ok(Some(line))
}

impl Child {
    /// Starts the child, does the hello exchange, and starts the task that
    /// routes its answers.
    pub async fn spawn(launch: &Launch, timeout: Duration) -> Result<Self, String> {
        let name = format!("{} ({})", launch.stage, launch.program.display());
        let mut process = Command::new(&launch.program)
            .args(&launch.args)
            .envs(&launch.env)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start {name}: {e}"))?;
        let mut stdin = process.stdin.take().ok_or("no stdin")?;
        let mut stdout = BufReader::new(process.stdout.take().ok_or("no stdout")?);
        if let Some(stderr) = process.stderr.take() {
            let stage = launch.stage.clone();
            tokio::spawn(async move {
                let mut lines = BufReader::new(stderr).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    tracing::warn!(stage = %stage, "child stderr: {line}");
                }
            });
        }
        let hello = async {
            let mut line = serde_json::to_vec(&json!({"newsflow": "exec", "version": 1})).map_err(|e| e.to_string())?;
            line.push(b'\n');
            stdin.write_all(&line).await.map_err(|e| format!("write: {e}"))?;
            stdin.flush().await.map_err(|e| format!("write: {e}"))?;
            let answer = read_line(&mut stdout).await?.ok_or("the child closed its output before its hello")?;
            serde_json::from_slice::<Value>(&answer).map_err(|e| format!("hello is not JSON: {e}"))
        };
        let hello = match tokio::time::timeout(timeout, hello).await {
            Ok(Ok(hello)) => hello,
            Ok(Err(e)) => {
                let _ = process.kill().await;
                return Err(format!("{name}: hello failed: {e}"));
            }
            Err(_) => {
                let _ = process.kill().await;
                return Err(format!("{name}: no hello within {} ms", timeout.as_millis()));
            }
        };
        if hello.get("version").and_then(Value::as_u64) != Some(1) {
            let _ = process.kill().await;
            return Err(format!("{name}: expected {{\"hello\": …, \"version\": 1}}, got {hello}"));
        }
        let pending = Arc::new(Mutex::new(Pending::default()));
        tokio::spawn(route_answers(stdout, pending.clone(), name.clone()));
        Ok(Child { name, stdin: tokio::sync::Mutex::new(Some((stdin, 1))), process: tokio::sync::Mutex::new(process), pending, broken: AtomicBool::new(false) })
    }

    /// Whether the child can take no more requests.
    pub fn is_broken(&self) -> bool {
        self.broken.load(Ordering::Relaxed) || lock(&self.pending).closed.is_some()
    }

    /// Sends one document and applies the answer. The request is serialised
    /// straight from the document and the answer parsed straight into one:
    /// no intermediate JSON trees on the hot path.
    pub async fn request(&self, doc: &mut Document, timeout: Duration) -> Result<Flow, RequestError> {
        // `{"id": N, "document": …}`: the document is serialised outside the
        // lock, the id is given under it.
        let document = serde_json::to_vec(&*doc).map_err(|e| RequestError::Answer(e.to_string()))?;
        let (tx, rx) = oneshot::channel();
        let written = async {
            let mut guard = self.stdin.lock().await;
            let (stdin, next_id) = guard.as_mut().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed"))?;
            let id = *next_id;
            *next_id += 1;
            {
                let mut pending = lock(&self.pending);
                if let Some(why) = &pending.closed {
                    return Err(std::io::Error::new(std::io::ErrorKind::BrokenPipe, why.clone()));
                }
                pending.waiting.insert(id, tx);
            }
            let head = format!("{{\"id\":{id},\"document\":");
            let result = async {
                stdin.write_all(head.as_bytes()).await?;
                stdin.write_all(&document).await?;
                stdin.write_all(b"}\n").await?;
                stdin.flush().await
            }
            .await;
            result.map(|()| id).inspect_err(|_| {
                lock(&self.pending).waiting.remove(&id);
            })
        };
        let id = match written.await {
            Ok(id) => id,
            Err(e) => {
                // The answers already sent may still come; this request cannot.
                self.broken.store(true, Ordering::Relaxed);
                return Err(RequestError::Retry(format!("{}: write: {e}", self.name)));
            }
        };
        let mut rx = rx;
        let raw = loop {
            match tokio::time::timeout(timeout, &mut rx).await {
                Ok(Ok(Ok(raw))) => break raw,
                Ok(Ok(Err(RequestError::Broken(why)))) => return Err(RequestError::Broken(format!("{}: {why}", self.name))),
                Ok(Ok(Err(RequestError::Retry(why)))) => return Err(RequestError::Retry(format!("{}: {why}", self.name))),
                Ok(Ok(Err(RequestError::Answer(why)))) => return Err(RequestError::Answer(why)),
                Ok(Err(_)) => return Err(RequestError::Retry(format!("{}: the answer router stopped", self.name))),
                Err(_) => {
                    let mut pending = lock(&self.pending);
                    // Another request was already blamed and the child is
                    // being replaced: this one goes to the replacement.
                    if pending.culprit_known {
                        return Err(RequestError::Retry(format!("{}: waited behind a stuck request", self.name)));
                    }
                    // Waiting behind an older unanswered request: that one is
                    // stuck, and its own timeout (which started earlier) decides.
                    if pending.waiting.keys().next().is_some_and(|&oldest| oldest < id) {
                        continue;
                    }
                    // This request is the one stuck: take it out before the
                    // kill fails the others (as retryable).
                    pending.waiting.remove(&id);
                    pending.culprit_known = true;
                    drop(pending);
                    self.broken.store(true, Ordering::Relaxed);
                    return Err(RequestError::Broken(format!("{}: no answer within {} ms (child killed)", self.name, timeout.as_millis())));
                }
            }
        };
        let answer: Answer = serde_json::from_slice(&raw).map_err(|e| RequestError::Broken(format!("{}: answer does not fit the protocol: {e}", self.name)))?;
        let text = |v: Value| v.as_str().map_or_else(|| v.to_string(), String::from);
        if let Some(error) = answer.error {
            return Err(RequestError::Answer(format!("{}: {}", self.name, text(error))));
        }
        if let Some(reason) = answer.drop {
            return Ok(Flow::Drop { reason: text(reason) });
        }
        let Some(mut changed) = answer.document else {
            return Err(RequestError::Broken(format!("{}: answer has no document, drop or error", self.name)));
        };
        debug_assert_eq!(answer.id, Some(id));
        // Identity fields stay the engine's.
        changed.id = std::mem::take(&mut doc.id);
        changed.source = std::mem::take(&mut doc.source);
        changed.timings = std::mem::take(&mut doc.timings);
        *doc = changed;
        Ok(Flow::Continue)
    }

    /// Kills the child once the document to blame has been failed; its other
    /// unanswered requests fail as retryable (the router sees the end).
    pub async fn kill(&self) {
        lock(&self.pending).culprit_known = true;
        self.broken.store(true, Ordering::Relaxed);
        let _ = self.process.lock().await.kill().await;
    }

    /// Closes stdin (the child's signal to exit), waits a little, then kills.
    pub async fn close(&self) {
        drop(self.stdin.lock().await.take());
        let mut process = self.process.lock().await;
        if tokio::time::timeout(Duration::from_secs(2), process.wait()).await.is_err() {
            let _ = process.kill().await;
        }
    }
}

/// Reads answers and hands each to the request with its id, until the child's
/// output ends or breaks the protocol; then fails what is still in flight.
async fn route_answers(mut stdout: BufReader<ChildStdout>, pending: Arc<Mutex<Pending>>, name: String) {
    let why = loop {
        let line = match read_line(&mut stdout).await {
            Ok(Some(line)) => line,
            Ok(None) => break "the child closed its output".to_string(),
            Err(e) => break e,
        };
        let id = match serde_json::from_slice::<AnswerId>(&line) {
            Ok(AnswerId { id: Some(id) }) => id,
            Ok(AnswerId { id: None }) => break "an answer without an id".to_string(),
            Err(e) => break format!("answer does not fit the protocol: {e}"),
        };
        let Some(tx) = lock(&pending).waiting.remove(&id) else {
            break format!("answer for an unknown id {id}");
        };
        let _ = tx.send(Ok(line));
    };
    tracing::debug!(child = %name, "{why}");
    lock(&pending).close(why);
}
