//! The `emit` stage: the record of a document, written atomically to the outbox.
//!
//! A reader of the outbox must never see half a record: the record is written
//! to a hidden temporary file in the outbox and renamed over `<id>.json`
//! (atomic on POSIX file systems). The id has been sanitised by the engine;
//! this stage checks it again, so no id can write elsewhere.
//!
//! Durability is a group commit, the key design choice: one fsync per record
//! and one per directory entry cost more than all the text processing on a
//! typical disk, so by default the stage only writes and renames, and makes a
//! whole batch durable at once when the engine calls [`Stage::commit`] (one
//! `syncfs` of the outbox's file system on Linux, a fsync per file elsewhere),
//! before any input of the batch is settled. The guarantee is unchanged: no
//! input is settled before its record is on disk. A power cut between the
//! rename and the commit can leave a record incomplete, but its input was not
//! settled, so the restart writes it again. `sync_each = true` syncs every
//! record as it is written instead.
#![deny(missing_docs)]

use async_trait::async_trait;
use newsflow_core::{parse_options, ConfigError, Document, Flow, Record, Registry, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Options of the `emit` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmitConfig {
    /// Indented JSON (easier to read) or one line (smaller).
    pub pretty: bool,
    /// Make records durable before their input is settled (turn off only where
    /// losing the last records on power loss is acceptable).
    pub fsync: bool,
    /// fsync each record and the directory as it is written, instead of one
    /// group commit per batch (slower; for file systems where `syncfs` is not
    /// to be trusted, such as some network mounts).
    pub sync_each: bool,
    /// Keep the removed lines in the record.
    pub include_removed: bool,
    /// Another folder than `[outbox] path` (relative to the config file).
    pub path: Option<String>,
}

impl Default for EmitConfig {
    fn default() -> Self {
        EmitConfig { pretty: true, fsync: true, sync_each: false, include_removed: true, path: None }
    }
}

/// The `emit` stage.
#[derive(Debug)]
pub struct EmitStage {
    config: EmitConfig,
    dir: PathBuf,
    /// This process's id, in temp file names (read once: it is a system call).
    pid: u32,
    counter: AtomicU64,
    /// Records written since the last commit, not yet known to be durable.
    unsynced: Mutex<Vec<PathBuf>>,
}

impl EmitStage {
    /// A stage writing into `dir` (created if missing).
    pub fn new(config: EmitConfig, dir: PathBuf) -> std::io::Result<Self> {
        std::fs::create_dir_all(&dir)?;
        remove_stale_temp_files(&dir);
        Ok(EmitStage { config, dir, pid: std::process::id(), counter: AtomicU64::new(0), unsynced: Mutex::new(Vec::new()) })
    }

    /// Serialises and writes the record of `doc`; returns its path.
    pub fn write(&self, doc: &Document) -> Result<PathBuf, StageError> {
        let id = &doc.id;
        if id.is_empty() || id.starts_with('.') || id.contains(['/', '\\', '\0']) {
            return Err(StageError::Failed(format!("unsafe record id {id:?}")));
        }
        let record = Record::from_document(doc);
        let record = if self.config.include_removed { record } else { record.without_removed() };
        let mut json = if self.config.pretty { serde_json::to_vec_pretty(&record) } else { serde_json::to_vec(&record) }
            .map_err(|e| StageError::Failed(format!("serialising record: {e}")))?;
        json.push(b'\n');
        let target = self.dir.join(format!("{id}.json"));
        let temp = self.dir.join(format!(".{id}.{}.{}.tmp", self.pid, self.counter.fetch_add(1, Ordering::Relaxed)));
        let sync_now = self.config.fsync && self.config.sync_each;
        let result = write_atomically(&temp, &target, &json, sync_now);
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result.map_err(|e| StageError::io(format!("writing {}", target.display()), e))?;
        if self.config.fsync && !sync_now {
            self.unsynced.lock().unwrap_or_else(|p| p.into_inner()).push(target.clone());
        }
        Ok(target)
    }

    /// Makes every record written since the last call durable, with their
    /// directory entries.
    pub fn sync_pending(&self) -> Result<(), StageError> {
        let pending = std::mem::take(&mut *self.unsynced.lock().unwrap_or_else(|p| p.into_inner()));
        if pending.is_empty() {
            return Ok(());
        }
        let failed = |e| StageError::io(format!("syncing {} records in {}", pending.len(), self.dir.display()), e);
        let dir = std::fs::File::open(&self.dir).map_err(failed)?;
        sync_file_system(&dir, &pending).map_err(failed)
    }
}

/// Temp files left by a writer that was killed mid-record are never renamed;
/// remove them when a new pipeline opens the outbox.
fn remove_stale_temp_files(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".tmp") && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn write_atomically(temp: &Path, target: &Path, bytes: &[u8], fsync: bool) -> std::io::Result<()> {
    let mut file = std::fs::File::create(temp)?;
    file.write_all(bytes)?;
    if fsync {
        file.sync_all()?;
    }
    drop(file);
    std::fs::rename(temp, target)?;
    if fsync {
        if let Some(dir) = target.parent() {
            std::fs::File::open(dir)?.sync_all()?;
        }
    }
    Ok(())
}

/// One `syncfs(2)`: every dirty page and inode of the outbox's file system,
/// so all pending records and their renames, in one journal commit.
#[cfg(target_os = "linux")]
fn sync_file_system(dir: &std::fs::File, _pending: &[PathBuf]) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: syncfs only reads the descriptor, which `dir` keeps open for the call.
    if unsafe { libc::syncfs(dir.as_raw_fd()) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Elsewhere: fsync each pending record, then the directory.
#[cfg(not(target_os = "linux"))]
fn sync_file_system(dir: &std::fs::File, pending: &[PathBuf]) -> std::io::Result<()> {
    for path in pending {
        match std::fs::File::open(path) {
            Ok(file) => file.sync_all()?,
            // Replaced by a newer record of the same id, which is pending too.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    dir.sync_all()
}

#[async_trait]
impl Stage for EmitStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        let path = self.write(doc)?;
        doc.outputs.push(path.display().to_string());
        Ok(Flow::Continue)
    }

    fn has_side_effects(&self) -> bool {
        true
    }

    async fn commit(&self) -> Result<(), StageError> {
        self.sync_pending()
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: EmitConfig = parse_options(spec)?;
    let dir = match &config.path {
        Some(p) => spec.resolve_path(p),
        None => spec.context.outbox_dir.clone(),
    };
    let stage = EmitStage::new(config, dir.clone()).map_err(|e| spec.error(format!("cannot create outbox {}: {e}", dir.display())))?;
    Ok(Arc::new(stage))
}

/// Registers the `emit` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind { kind: "emit", description: "write the record atomically (temp file, fsync, rename) to the outbox", factory });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_complete_records_and_refuses_unsafe_ids() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let stage = EmitStage::new(EmitConfig::default(), dir.path().to_path_buf())?;
        let mut doc = Document { id: "a".into(), ..Document::default() };
        doc.blocks.push(newsflow_core::Block::paragraph("Body.", 1));
        let path = stage.write(&doc)?;
        assert_eq!(stage.unsynced.lock().map(|p| p.len()).unwrap_or(0), 1, "group commit: pending until commit");
        stage.sync_pending()?;
        assert_eq!(stage.unsynced.lock().map(|p| p.len()).unwrap_or(9), 0);
        let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&path)?)?;
        assert_eq!(value["id"], "a");
        assert_eq!(value["body"][0], "Body.");
        let leftovers = std::fs::read_dir(dir.path())?.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).count();
        assert_eq!(leftovers, 0);
        for bad in ["../x", ".hidden", "", "a/b"] {
            doc.id = bad.into();
            assert!(stage.write(&doc).is_err(), "{bad}");
        }
        Ok(())
    }
}
