//! The `dedupe` stage: spots syndicated copies of the same story.
//!
//! Wire stories are republished by many outlets with small edits (a headline,
//! a dropped paragraph, a credit line), so exact hashes miss them. Each body
//! gets a 64-bit SimHash of its word 4-gram shingles; two bodies whose
//! fingerprints differ in at most `max_distance` bits are copies. The stage
//! records the id of the earlier copy in `extra.duplicate_of` and adds the tag
//! `near-duplicate` (or drops the copy, with `drop = true`).
//!
//! Key design choice: the memory of fingerprints is bounded (`max_entries`,
//! oldest forgotten first) and persisted in the state folder, so a daemon
//! recognises copies across restarts without growing forever. This crate is
//! also the worked example of adding a stage in Rust (see README).
#![deny(missing_docs)]

use async_trait::async_trait;
use newsflow_core::{parse_options, ConfigError, Document, Flow, Registry, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Options of the `dedupe` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DedupeConfig {
    /// Fingerprints differing in at most this many bits are copies (0–20).
    /// Unrelated texts differ in about 32 ± 4 bits; a republished copy with a
    /// sentence changed and a paragraph cut, in about 5–8.
    pub max_distance: u32,
    /// Fingerprints remembered.
    pub max_entries: usize,
    /// Drop copies instead of tagging them.
    pub drop: bool,
    /// Bodies with fewer words are not fingerprinted.
    pub min_words: usize,
}

impl Default for DedupeConfig {
    fn default() -> Self {
        DedupeConfig { max_distance: 10, max_entries: 200_000, drop: false, min_words: 40 }
    }
}

/// 64-bit SimHash of word 4-gram shingles (lower-cased).
pub fn simhash(text: &str) -> u64 {
    let words: Vec<String> = newsflow_text::words(text).map(str::to_lowercase).collect();
    let mut counts = [0i32; 64];
    for shingle in words.windows(4.min(words.len().max(1))) {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for w in shingle {
            for b in w.as_bytes().iter().chain(b" ") {
                h ^= u64::from(*b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        for (bit, count) in counts.iter_mut().enumerate() {
            *count += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    counts.iter().enumerate().fold(0u64, |acc, (bit, c)| if *c > 0 { acc | 1 << bit } else { acc })
}

struct Memory {
    entries: VecDeque<(u64, String)>,
    file: Option<std::fs::File>,
}

/// The `dedupe` stage.
pub struct DedupeStage {
    config: DedupeConfig,
    memory: Mutex<Memory>,
}

impl std::fmt::Debug for DedupeStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DedupeStage").field("config", &self.config).finish()
    }
}

impl DedupeStage {
    /// A stage remembering fingerprints in `path` (none: in memory only).
    pub fn new(config: DedupeConfig, path: Option<PathBuf>) -> std::io::Result<Self> {
        let mut entries = VecDeque::new();
        let mut file = None;
        if let Some(path) = path {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            if let Ok(text) = std::fs::read_to_string(&path) {
                for line in text.lines() {
                    if let Some((hash, id)) = line.split_once('\t') {
                        if let Ok(h) = u64::from_str_radix(hash, 16) {
                            entries.push_back((h, id.to_string()));
                        }
                    }
                }
                while entries.len() > config.max_entries {
                    entries.pop_front();
                }
            }
            file = Some(std::fs::OpenOptions::new().create(true).append(true).open(&path)?);
        }
        Ok(DedupeStage { config, memory: Mutex::new(Memory { entries, file }) })
    }

    /// Checks a document against the memory and remembers it.
    pub fn check(&self, doc: &mut Document) -> Flow {
        let body = doc.body().join("\n");
        if newsflow_text::word_count(&body) < self.config.min_words {
            return Flow::Continue;
        }
        let hash = simhash(&body);
        let mut memory = self.memory.lock().unwrap_or_else(|p| p.into_inner());
        let earlier = memory
            .entries
            .iter()
            .filter(|(_, id)| *id != doc.id)
            .map(|(h, id)| ((h ^ hash).count_ones(), id))
            .filter(|(d, _)| *d <= self.config.max_distance)
            .min_by_key(|(d, _)| *d)
            .map(|(d, id)| (d, id.clone()));
        if let Some((distance, id)) = earlier {
            if self.config.drop {
                return Flow::Drop { reason: format!("near-duplicate of {id} ({distance} bits apart)") };
            }
            doc.extra.insert("duplicate_of".into(), serde_json::json!(id));
            doc.extra.insert("duplicate_distance".into(), serde_json::json!(distance));
            if !doc.tags.iter().any(|t| t == "near-duplicate") {
                doc.tags.push("near-duplicate".into());
            }
            return Flow::Continue;
        }
        if let Some(file) = &mut memory.file {
            let _ = writeln!(file, "{hash:016x}\t{}", doc.id.replace(['\t', '\n'], " "));
        }
        memory.entries.push_back((hash, doc.id.clone()));
        while memory.entries.len() > self.config.max_entries {
            memory.entries.pop_front();
        }
        Flow::Continue
    }
}

#[async_trait]
impl Stage for DedupeStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        Ok(self.check(doc))
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: DedupeConfig = parse_options(spec)?;
    if config.max_distance > 20 {
        return Err(spec.error("max_distance must be 0..=20"));
    }
    let path = spec.context.state_dir.join(format!("dedupe-{}.tsv", spec.name));
    let stage = DedupeStage::new(config, Some(path.clone())).map_err(|e| spec.data_error(&path, e))?;
    Ok(Arc::new(stage))
}

/// Registers the `dedupe` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind { kind: "dedupe", description: "mark or drop near-duplicate copies (syndicated wire stories) with SimHash", factory });
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::Block;

    /// A real wire story (one of the seed articles shipped in inbox/).
    const STORY: &str = include_str!("../../../inbox/002_532e919b6eb4de28.txt");

    fn doc(id: &str, text: &str) -> Document {
        let mut d = Document { id: id.into(), ..Document::default() };
        d.blocks.push(Block::paragraph(text, 1));
        d
    }

    #[test]
    fn marks_an_edited_copy_and_survives_restart() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("d.tsv");
        let stage = DedupeStage::new(DedupeConfig::default(), Some(path.clone()))?;
        let mut first = doc("wire", STORY);
        stage.check(&mut first);
        assert!(first.extra.get("duplicate_of").is_none());
        drop(stage);
        let stage = DedupeStage::new(DedupeConfig::default(), Some(path))?;
        // A republisher's edit: a changed sentence and a dropped closing paragraph.
        let edited = STORY.replace("on Friday hosted", "on Friday evening hosted");
        let edited = &edited[..edited.rfind("In return").unwrap_or(edited.len())];
        let mut copy = doc("copy", edited);
        stage.check(&mut copy);
        assert_eq!(copy.extra.get("duplicate_of"), Some(&serde_json::json!("wire")), "{:?}", copy.extra);
        let mut other = doc("other", &"A completely different story about football results and weather in the north of the country this weekend. ".repeat(3));
        stage.check(&mut other);
        assert!(other.extra.get("duplicate_of").is_none());
        Ok(())
    }
}
