//! The ledger: an append-only log of finished inputs, keyed by content hash,
//! that makes restarts neither lose nor repeat work.
use crate::EngineError;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// One finished input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Content hash (hex SHA-256).
    pub sha256: String,
    /// The record id.
    pub id: String,
    /// `emitted`, `dropped` or `duplicate`.
    pub status: String,
    /// Where the input came from.
    pub origin: String,
    /// Where the record was written (empty when none).
    pub output: String,
}

/// Content hash → entry, persisted as tab-separated lines in `ledger.tsv`.
/// A torn last line (crash mid-write) is ignored on load.
#[derive(Debug)]
pub struct Ledger {
    path: PathBuf,
    file: Option<File>,
    by_hash: HashMap<String, LedgerEntry>,
}

fn clean(field: &str) -> String {
    field.replace(['\t', '\n', '\r'], " ")
}

impl Ledger {
    /// Opens (creating) the ledger in a state folder.
    pub fn open(state_dir: &Path) -> Result<Self, EngineError> {
        let err = |path: &Path, source| EngineError::State { path: path.display().to_string(), source };
        std::fs::create_dir_all(state_dir).map_err(|e| err(state_dir, e))?;
        let path = state_dir.join("ledger.tsv");
        let mut by_hash = HashMap::new();
        if let Ok(file) = File::open(&path) {
            for line in BufReader::new(file).lines() {
                let Ok(line) = line else { break };
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() == 5 && f[0].len() == 64 {
                    let entry = LedgerEntry { sha256: f[0].into(), id: f[1].into(), status: f[2].into(), origin: f[3].into(), output: f[4].into() };
                    by_hash.insert(entry.sha256.clone(), entry);
                }
            }
        }
        let mut file = OpenOptions::new().create(true).append(true).open(&path).map_err(|e| err(&path, e))?;
        // A crash may have left a torn last line: start the next entry on a line of its own.
        let torn = std::fs::read(&path).map(|b| b.last().is_some_and(|&c| c != b'\n')).unwrap_or(false);
        if torn {
            file.write_all(b"\n").map_err(|e| err(&path, e))?;
        }
        Ok(Ledger { path, file: Some(file), by_hash })
    }

    /// An in-memory ledger (for `explain` and tests).
    pub fn in_memory() -> Self {
        Ledger { path: PathBuf::new(), file: None, by_hash: HashMap::new() }
    }

    /// The entry of a content hash, if its record still exists: a ledger entry
    /// whose output file was deleted (or written to another outbox) does not
    /// stop the input from being processed again.
    pub fn finished(&self, sha256: &str) -> Option<&LedgerEntry> {
        self.by_hash.get(sha256).filter(|e| e.output.is_empty() || Path::new(&e.output).exists())
    }

    /// Every entry.
    pub fn entries(&self) -> impl Iterator<Item = &LedgerEntry> {
        self.by_hash.values()
    }

    /// Appends an entry (not yet durable: call [`Ledger::sync`]).
    pub fn append(&mut self, entry: LedgerEntry) -> Result<(), EngineError> {
        if let Some(file) = &mut self.file {
            let line = format!("{}\t{}\t{}\t{}\t{}\n", entry.sha256, clean(&entry.id), clean(&entry.status), clean(&entry.origin), clean(&entry.output));
            file.write_all(line.as_bytes()).map_err(|e| EngineError::State { path: self.path.display().to_string(), source: e })?;
        }
        self.by_hash.insert(entry.sha256.clone(), entry);
        Ok(())
    }

    /// Makes every appended entry durable (one fsync for a batch: group commit).
    pub fn sync(&mut self) -> Result<(), EngineError> {
        match &mut self.file {
            Some(file) => file.sync_data().map_err(|e| EngineError::State { path: self.path.display().to_string(), source: e }),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survives_reopen_and_ignores_torn_lines() -> Result<(), EngineError> {
        let dir = tempfile::tempdir().map_err(|e| EngineError::State { path: "tmp".into(), source: e })?;
        let out = dir.path().join("a.json");
        std::fs::write(&out, "{}").map_err(|e| EngineError::State { path: "a".into(), source: e })?;
        let hash = "a".repeat(64);
        {
            let mut ledger = Ledger::open(dir.path())?;
            ledger.append(LedgerEntry { sha256: hash.clone(), id: "a".into(), status: "emitted".into(), origin: "in/a\tb".into(), output: out.display().to_string() })?;
            ledger.sync()?;
        }
        let mut f = OpenOptions::new().append(true).open(dir.path().join("ledger.tsv")).map_err(|e| EngineError::State { path: "l".into(), source: e })?;
        let _ = f.write_all(b"deadbeef\tpartial");
        let ledger = Ledger::open(dir.path())?;
        assert_eq!(ledger.finished(&hash).map(|e| e.id.as_str()), Some("a"));
        assert_eq!(ledger.entries().count(), 1);
        drop(ledger);
        let mut ledger = Ledger::open(dir.path())?;
        ledger.append(LedgerEntry { sha256: "b".repeat(64), id: "b".into(), status: "dropped".into(), origin: "x".into(), output: String::new() })?;
        ledger.sync()?;
        let ledger = Ledger::open(dir.path())?;
        assert_eq!(ledger.entries().count(), 2, "an entry after a torn line is kept");
        std::fs::remove_file(&out).map_err(|e| EngineError::State { path: "a".into(), source: e })?;
        assert!(ledger.finished(&hash).is_none(), "a deleted record must be redone");
        Ok(())
    }
}
