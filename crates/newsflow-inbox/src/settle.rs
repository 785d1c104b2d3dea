//! Settling inputs: move/keep/delete after success, quarantine after failure.
use crate::OnSuccess;
use async_trait::async_trait;
use newsflow_core::{time::rfc3339, Acknowledge, Outcome, SourceError};
use newsflow_diskmap::{DiskMap, Value};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Files the source has handed out or finished with, so scans skip them.
#[derive(Debug)]
pub(crate) struct Tracker {
    /// Handed to the engine, not settled yet.
    pub taken: HashSet<PathBuf>,
    /// Settled but left in place (kept, or could not be moved): skipped while
    /// their size and modification time are unchanged. Keyed by a 128-bit
    /// hash of the path, in a scratch table on disk: a daemon keeping its
    /// inputs meets them without end, and its memory must not grow with them.
    pub left: DiskMap,
    /// Whether `left` is kept: only a daemon scans again (a batch lists the
    /// inbox once, and a 100,000-file batch should not remember every file).
    pub rescans: bool,
}

/// Size and modification time (nanoseconds since the epoch, 0 if unknown),
/// packed as a table value.
fn stamp(meta: &std::fs::Metadata) -> Value {
    let modified = meta.modified().ok().and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as u64);
    let mut value = [0u8; 16];
    value[..8].copy_from_slice(&meta.len().to_le_bytes());
    value[8..].copy_from_slice(&modified.to_le_bytes());
    value
}

impl Tracker {
    /// A tracker; a daemon's (`rescans`) keeps its table of files left in
    /// place in a scratch file in `state_dir`.
    pub(crate) fn new(rescans: bool, state_dir: &Path) -> std::io::Result<Self> {
        let left = if rescans {
            std::fs::create_dir_all(state_dir)?;
            DiskMap::scratch_in(state_dir).map_err(|e| e.source)?
        } else {
            DiskMap::in_memory()
        };
        Ok(Tracker { taken: HashSet::new(), left, rescans })
    }

    pub(crate) fn is_busy(&self, path: &Path, meta: &std::fs::Metadata) -> bool {
        if self.taken.contains(path) {
            return true;
        }
        match self.left.get(newsflow_core::key128(path)) {
            Ok(left) => left == Some(stamp(meta)),
            Err(e) => {
                // Taken again, the engine's ledger still knows it as done.
                tracing::error!(error = %e, path = %path.display(), "cannot read the table of files left in place");
                false
            }
        }
    }
}

/// Where settled inputs go.
#[derive(Debug)]
pub(crate) struct Settler {
    pub on_success: OnSuccess,
    pub processed_dir: PathBuf,
    pub quarantine_dir: PathBuf,
    pub tracker: Arc<Mutex<Tracker>>,
}

impl Settler {
    pub(crate) fn tracker(&self) -> std::sync::MutexGuard<'_, Tracker> {
        self.tracker.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Remembers a file left in place so scans do not take it again.
    pub(crate) fn leave(&self, path: &Path) {
        if !self.tracker().rescans {
            self.tracker().taken.remove(path);
            return;
        }
        let stamp = std::fs::metadata(path).map(|m| stamp(&m)).unwrap_or([0; 16]);
        let mut t = self.tracker();
        t.taken.remove(path);
        if t.rescans {
            if let Err(e) = t.left.insert(newsflow_core::key128(path), stamp) {
                tracing::error!(error = %e, path = %path.display(), "cannot remember a file left in place");
            }
        }
    }
}

/// The acknowledgement handle of one inbox file.
pub(crate) struct InboxAck {
    pub path: PathBuf,
    pub settler: Arc<Settler>,
}

#[async_trait]
impl Acknowledge for InboxAck {
    async fn acknowledge(self: Box<Self>, outcome: &Outcome) -> Result<(), SourceError> {
        // An input kept in place costs at most a stat and an entry in the
        // table of files left in place: done here. Moving, deleting and
        // quarantining go to the blocking pool (a handoff per input was a
        // twentieth of a batch's CPU when none of them was needed).
        let result = if keeps_in_place(&self.settler, outcome) {
            settle(&self.settler, &self.path, outcome)
        } else {
            let settler = self.settler.clone();
            let path = self.path.clone();
            let outcome = outcome.clone();
            tokio::task::spawn_blocking(move || settle(&settler, &path, &outcome))
                .await
                .map_err(|e| SourceError::Other(format!("settling task failed: {e}")))?
        };
        if result.is_err() {
            // Could not move it: leave it, and do not take it again unless it changes.
            self.settler.leave(&self.path);
        }
        result
    }
}

/// Whether settling this outcome leaves the input where it is.
fn keeps_in_place(settler: &Settler, outcome: &Outcome) -> bool {
    !matches!(outcome, Outcome::Failed { .. }) && matches!(settler.on_success, OnSuccess::Keep)
}

fn settle(settler: &Settler, path: &Path, outcome: &Outcome) -> Result<(), SourceError> {
    match outcome {
        Outcome::Failed { stage, error } => {
            quarantine(path, &settler.quarantine_dir, stage, error)?;
        }
        _ => match settler.on_success {
            OnSuccess::Move => {
                move_unique(path, &settler.processed_dir).map_err(|e| SourceError::io(format!("moving {} to {}", path.display(), settler.processed_dir.display()), e))?;
            }
            OnSuccess::Delete => match std::fs::remove_file(path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(SourceError::io(format!("deleting {}", path.display()), e)),
            },
            OnSuccess::Keep => {
                settler.leave(path);
                return Ok(());
            }
        },
    }
    settler.tracker().taken.remove(path);
    Ok(())
}

/// Moves `path` into `dir` under its own name, or `name-1`, `name-2`… when taken.
fn move_unique(path: &Path, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "input".into());
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (name[..i].to_string(), name[i..].to_string()),
        _ => (name.clone(), String::new()),
    };
    let mut target = dir.join(&name);
    let mut n = 0;
    while target.exists() {
        n += 1;
        target = dir.join(format!("{stem}-{n}{ext}"));
    }
    match std::fs::rename(path, &target) {
        Ok(()) => Ok(target),
        // Another file system: copy, flush, then remove.
        Err(e) if e.raw_os_error() == Some(18) => {
            std::fs::copy(path, &target)?;
            std::fs::File::open(&target)?.sync_all()?;
            std::fs::remove_file(path)?;
            Ok(target)
        }
        Err(e) => Err(e),
    }
}

/// Moves a failed input into the quarantine folder and writes
/// `<name>.error.json` beside it (input path, stage, error, time). Returns the
/// quarantined path.
pub fn quarantine(path: &Path, dir: &Path, stage: &str, error: &str) -> Result<PathBuf, SourceError> {
    let target = move_unique(path, dir).map_err(|e| SourceError::io(format!("quarantining {}", path.display()), e))?;
    let report = serde_json::json!({
        "input": path.display().to_string(),
        "quarantined_as": target.display().to_string(),
        "stage": stage,
        "error": error,
        "time": rfc3339(SystemTime::now()),
    });
    let mut report_name = target.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    report_name.push(".error.json");
    let report_path = dir.join(report_name);
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    std::fs::write(&report_path, text).map_err(|e| SourceError::io(format!("writing {}", report_path.display()), e))?;
    Ok(target)
}

/// Moves every quarantined input back into `inbox` for another run (after a
/// config fix). Each input's error report is kept beside it in the quarantine
/// folder as `<name>.error.<n>.json`, so the error history survives however
/// often an input is replayed. Returns the inputs moved.
pub fn requeue(quarantine_dir: &Path, inbox: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let err = |what: &str, p: &Path, e| SourceError::io(format!("{what} {}", p.display()), e);
    let entries = match std::fs::read_dir(quarantine_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(err("listing", quarantine_dir, e)),
    };
    let mut inputs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && !p.file_name().map(|n| n.to_string_lossy()).is_some_and(|n| n.ends_with(".json") && n.contains(".error.")))
        .collect();
    inputs.sort();
    std::fs::create_dir_all(inbox).map_err(|e| err("creating", inbox, e))?;
    let mut moved = Vec::new();
    for input in inputs {
        let name = input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let report = quarantine_dir.join(format!("{name}.error.json"));
        if report.exists() {
            let mut n = 1;
            while quarantine_dir.join(format!("{name}.error.{n}.json")).exists() {
                n += 1;
            }
            let kept = quarantine_dir.join(format!("{name}.error.{n}.json"));
            std::fs::rename(&report, &kept).map_err(|e| err("keeping", &report, e))?;
        }
        let target = move_unique(&input, inbox).map_err(|e| err("replaying", &input, e))?;
        moved.push(target);
    }
    Ok(moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarantine_moves_and_explains() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let input = dir.path().join("a b.txt");
        std::fs::write(&input, b"x")?;
        let q = dir.path().join("q");
        let moved = quarantine(&input, &q, "clean", "binary")?;
        assert!(!input.exists() && moved.exists());
        let report: serde_json::Value = serde_json::from_slice(&std::fs::read(q.join("a b.txt.error.json"))?)?;
        assert_eq!(report["stage"], "clean");
        std::fs::write(&input, b"y")?;
        let again = quarantine(&input, &q, "clean", "binary")?;
        assert_eq!(again, q.join("a b-1.txt"));
        let inbox = dir.path().join("in");
        let moved = requeue(&q, &inbox)?;
        assert_eq!(moved.len(), 2);
        assert!(q.join("a b.txt.error.1.json").exists(), "the error history is kept");
        assert!(inbox.join("a b.txt").exists() && inbox.join("a b-1.txt").exists());
        Ok(())
    }
}
