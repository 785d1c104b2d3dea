//! Template memory: lines that recur across pages of the same site are the
//! site's template (navigation, slogans, footers), not article text.
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Mutex;

/// Lines remembered for one source.
#[derive(Debug, Default, Serialize, Deserialize)]
struct SourceLines {
    docs: u32,
    lines: rustc_hash::FxHashMap<u64, u32>,
}

/// A bounded, persisted memory of short lines per source (site host).
#[derive(Debug)]
pub struct TemplateMemory {
    sources: Mutex<HashMap<String, SourceLines>>,
    path: Option<PathBuf>,
    min_docs: u32,
    max_sources: usize,
    max_lines: usize,
}

/// The hash of a folded line.
pub fn line_key(folded: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    folded.hash(&mut h);
    h.finish()
}

impl TemplateMemory {
    /// A memory loaded from `path` (when it exists); a line is template once
    /// seen in `min_docs` earlier documents of the same source.
    pub fn new(path: Option<PathBuf>, min_docs: u32, max_sources: usize, max_lines: usize) -> Self {
        let sources = path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        TemplateMemory { sources: Mutex::new(sources), path, min_docs: min_docs.max(1), max_sources, max_lines }
    }

    /// Returns which of `keys` are template lines of `source` (seen in enough
    /// earlier documents), then remembers this document's lines.
    pub fn check_and_learn(&self, source: &str, keys: &[u64]) -> rustc_hash::FxHashSet<u64> {
        let mut sources = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        if !sources.contains_key(source) && sources.len() >= self.max_sources {
            // Forget the source seen in the fewest documents.
            if let Some(victim) = sources.iter().min_by_key(|(_, s)| s.docs).map(|(k, _)| k.clone()) {
                sources.remove(&victim);
            }
        }
        let entry = sources.entry(source.to_string()).or_default();
        let template: rustc_hash::FxHashSet<u64> = keys.iter().copied().filter(|k| entry.lines.get(k).is_some_and(|n| *n >= self.min_docs)).collect();
        entry.docs += 1;
        for k in keys.iter().collect::<rustc_hash::FxHashSet<_>>() {
            *entry.lines.entry(*k).or_default() += 1;
        }
        if entry.lines.len() > self.max_lines {
            // Lines seen once are the first to go; if that is not enough, the rarest.
            entry.lines.retain(|_, n| *n > 1);
            if entry.lines.len() > self.max_lines {
                let mut counts: Vec<u32> = entry.lines.values().copied().collect();
                counts.sort_unstable();
                let cut = counts[counts.len() - self.max_lines];
                entry.lines.retain(|_, n| *n > cut);
            }
        }
        template
    }

    /// Writes the memory to its file (atomically).
    pub fn save(&self) -> std::io::Result<()> {
        let Some(path) = &self.path else { return Ok(()) };
        let bytes = {
            let sources = self.sources.lock().unwrap_or_else(|p| p.into_inner());
            serde_json::to_vec(&*sources).map_err(std::io::Error::other)?
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let temp = path.with_extension("json.tmp");
        std::fs::write(&temp, bytes)?;
        std::fs::rename(temp, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_template_after_min_docs_and_persist() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("t.json");
        let memory = TemplateMemory::new(Some(path.clone()), 2, 10, 100);
        let nav = line_key("home news sport");
        assert!(memory.check_and_learn("example.org", &[nav, 1]).is_empty());
        assert!(memory.check_and_learn("example.org", &[nav, 2]).is_empty());
        assert!(memory.check_and_learn("other.org", &[nav]).is_empty(), "sources are separate");
        memory.save()?;
        let memory = TemplateMemory::new(Some(path), 2, 10, 100);
        assert_eq!(memory.check_and_learn("example.org", &[nav, 3]), rustc_hash::FxHashSet::from_iter([nav]));
        Ok(())
    }

    #[test]
    fn memory_is_bounded() {
        let memory = TemplateMemory::new(None, 2, 2, 10);
        for source in ["a", "b", "c"] {
            memory.check_and_learn(source, &(0..50).collect::<Vec<_>>());
        }
        let sources = memory.sources.lock().unwrap_or_else(|p| p.into_inner());
        assert!(sources.len() <= 2);
        assert!(sources.values().all(|s| s.lines.len() <= 10));
    }
}
