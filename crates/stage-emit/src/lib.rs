//! The `emit` stage: the record of a document, written atomically to the outbox.
//!
//! A reader of the outbox must never see half a record, and a crash must never
//! leave one: the record is written to a hidden temporary file in the outbox,
//! flushed to disk, renamed over `<id>.json` (atomic on POSIX file systems) and
//! the directory entry is flushed too. Only then does the stage return, and
//! only then does the engine acknowledge the input. The id has been sanitised
//! by the engine; this stage checks it again, so no id can write elsewhere.
#![deny(missing_docs)]

use async_trait::async_trait;
use newsflow_core::{parse_options, ConfigError, Document, Flow, Record, Registry, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Options of the `emit` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmitConfig {
    /// Indented JSON (easier to read) or one line (smaller).
    pub pretty: bool,
    /// fsync each record and the outbox directory before acknowledging (turn off
    /// only where losing the last records on power loss is acceptable).
    pub fsync: bool,
    /// Keep the removed lines in the record.
    pub include_removed: bool,
    /// Another folder than `[outbox] path` (relative to the config file).
    pub path: Option<String>,
}

impl Default for EmitConfig {
    fn default() -> Self {
        EmitConfig { pretty: true, fsync: true, include_removed: true, path: None }
    }
}

/// The `emit` stage.
#[derive(Debug)]
pub struct EmitStage {
    config: EmitConfig,
    dir: PathBuf,
    counter: AtomicU64,
}

impl EmitStage {
    /// A stage writing into `dir` (created if missing).
    pub fn new(config: EmitConfig, dir: PathBuf) -> std::io::Result<Self> {
        std::fs::create_dir_all(&dir)?;
        remove_stale_temp_files(&dir);
        Ok(EmitStage { config, dir, counter: AtomicU64::new(0) })
    }

    /// Serialises and writes the record of `doc`; returns its path.
    pub fn write(&self, doc: &Document) -> Result<PathBuf, StageError> {
        let id = &doc.id;
        if id.is_empty() || id.starts_with('.') || id.contains(['/', '\\', '\0']) {
            return Err(StageError::Failed(format!("unsafe record id {id:?}")));
        }
        let mut record = Record::from_document(doc);
        if !self.config.include_removed {
            record.removed.clear();
        }
        let json = if self.config.pretty { serde_json::to_vec_pretty(&record) } else { serde_json::to_vec(&record) }
            .map_err(|e| StageError::Failed(format!("serialising record: {e}")))?;
        let target = self.dir.join(format!("{id}.json"));
        let temp = self.dir.join(format!(".{id}.{}.{}.tmp", std::process::id(), self.counter.fetch_add(1, Ordering::Relaxed)));
        let result = write_atomically(&temp, &target, &json, self.config.fsync);
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result.map_err(|e| StageError::io(format!("writing {}", target.display()), e))?;
        Ok(target)
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
    file.write_all(b"\n")?;
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
