//! One child process and the wire protocol.
use crate::Launch;
use newsflow_core::{Document, Flow};
use serde_json::{json, Value};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{ChildStdin, ChildStdout, Command};

/// Longest answer line accepted (a document is far smaller).
const MAX_LINE: usize = 64 * 1024 * 1024;

#[derive(serde::Serialize)]
struct Request<'a> {
    id: u64,
    document: &'a Document,
}

#[derive(serde::Deserialize)]
struct Answer {
    id: Option<u64>,
    document: Option<Document>,
    drop: Option<Value>,
    error: Option<Value>,
}

/// Why a request failed.
pub(crate) enum RequestError {
    /// The child answered with an error for this document; it is still usable.
    Answer(String),
    /// The child is unusable (died, hung, broke the protocol).
    Broken(String),
}

#[derive(Debug)]
pub(crate) struct Child {
    process: tokio::process::Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    name: String,
}

impl Child {
    /// Starts the child and does the hello exchange.
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
        let stdin = process.stdin.take().ok_or("no stdin")?;
        let stdout = BufReader::new(process.stdout.take().ok_or("no stdout")?);
        if let Some(stderr) = process.stderr.take() {
            let stage = launch.stage.clone();
            tokio::spawn(async move {
                let mut lines = BufReader::new(stderr).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    tracing::warn!(stage = %stage, "child stderr: {line}");
                }
            });
        }
        let mut child = Child { process, stdin, stdout, name };
        let hello = tokio::time::timeout(timeout, child.exchange(&json!({"newsflow": "exec", "version": 1})))
            .await
            .map_err(|_| format!("{}: no hello within {} ms", child.name, timeout.as_millis()))?
            .map_err(|e| format!("{}: hello failed: {e}", child.name))?;
        if hello.get("version").and_then(Value::as_u64) != Some(1) {
            child.kill().await;
            return Err(format!("{}: expected {{\"hello\": …, \"version\": 1}}, got {hello}", child_name(launch)));
        }
        Ok(child)
    }

    async fn exchange(&mut self, message: &Value) -> Result<Value, String> {
        let line = serde_json::to_vec(message).map_err(|e| e.to_string())?;
        let answer = self.round_trip(line).await?;
        serde_json::from_slice(&answer).map_err(|e| format!("answer is not JSON: {e}"))
    }

    /// Writes one line, reads one line back.
    async fn round_trip(&mut self, mut line: Vec<u8>) -> Result<Vec<u8>, String> {
        line.push(b'\n');
        self.stdin.write_all(&line).await.map_err(|e| format!("write: {e}"))?;
        self.stdin.flush().await.map_err(|e| format!("write: {e}"))?;
        let mut answer = Vec::with_capacity(line.len() + 256);
        let n = (&mut self.stdout).take(MAX_LINE as u64).read_until(b'\n', &mut answer).await.map_err(|e| format!("read: {e}"))?;
        if n == 0 {
            let status = self.process.try_wait().ok().flatten().map_or("still running".to_string(), |s| s.to_string());
            return Err(format!("the child closed its output ({status})"));
        }
        if !answer.ends_with(b"\n") {
            return Err(format!("answer longer than {MAX_LINE} bytes or cut short"));
        }
        Ok(answer)
    }

    /// Sends one document and applies the answer. The request is serialised
    /// straight from the document and the answer parsed straight into one:
    /// no intermediate JSON trees on the hot path.
    pub async fn request(&mut self, id: u64, doc: &mut Document, timeout: Duration) -> Result<Flow, RequestError> {
        let line = serde_json::to_vec(&Request { id, document: doc }).map_err(|e| RequestError::Answer(e.to_string()))?;
        let raw = match tokio::time::timeout(timeout, self.round_trip(line)).await {
            Err(_) => return Err(RequestError::Broken(format!("{}: no answer within {} ms (child killed)", self.name, timeout.as_millis()))),
            Ok(Err(e)) => return Err(RequestError::Broken(format!("{}: {e}", self.name))),
            Ok(Ok(raw)) => raw,
        };
        let answer: Answer = serde_json::from_slice(&raw).map_err(|e| RequestError::Broken(format!("{}: answer does not fit the protocol: {e}", self.name)))?;
        if answer.id != Some(id) {
            return Err(RequestError::Broken(format!("{}: answer for another id: {:?}", self.name, answer.id)));
        }
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
        // Identity fields stay the engine's.
        changed.id = std::mem::take(&mut doc.id);
        changed.source = std::mem::take(&mut doc.source);
        changed.timings = std::mem::take(&mut doc.timings);
        *doc = changed;
        Ok(Flow::Continue)
    }

    /// Kills the child.
    pub async fn kill(&mut self) {
        let _ = self.process.kill().await;
    }

    /// Closes stdin (the child's signal to exit), waits a little, then kills.
    pub async fn close(&mut self) {
        let _ = self.stdin.shutdown().await;
        if tokio::time::timeout(Duration::from_secs(2), self.process.wait()).await.is_err() {
            self.kill().await;
        }
    }
}

fn child_name(launch: &Launch) -> String {
    format!("{} ({})", launch.stage, launch.program.display())
}
