//! `[inbox]` options.
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What happens to an input once its record is durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnSuccess {
    /// Move it to `processed_dir`.
    Move,
    /// Leave it where it is (the ledger prevents reprocessing).
    Keep,
    /// Delete it.
    Delete,
}

/// The `[inbox]` table of `pipeline.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InboxConfig {
    /// The folder to read.
    pub path: PathBuf,
    /// File-name patterns to take (`*` and `?` wildcards); empty takes all.
    pub patterns: Vec<String>,
    /// Ignore names starting with `.`.
    pub ignore_hidden: bool,
    /// Ignore names of files still being written by common tools.
    pub ignore_temp: bool,
    /// Daemon: a file not renamed in is taken once unchanged for this long.
    pub min_age_ms: u64,
    /// Daemon: full rescan period.
    pub rescan_secs: u64,
    /// What to do with an input once processed.
    pub on_success: OnSuccess,
    /// Where processed inputs go (default: `<state>/processed`).
    pub processed_dir: Option<PathBuf>,
    /// Where failed inputs go (default: `<state>/quarantine`).
    pub quarantine_dir: Option<PathBuf>,
    /// Inputs larger than this are quarantined unread.
    pub max_bytes: u64,
}

impl Default for InboxConfig {
    fn default() -> Self {
        InboxConfig {
            path: PathBuf::from("inbox"),
            patterns: Vec::new(),
            ignore_hidden: true,
            ignore_temp: true,
            min_age_ms: 1500,
            rescan_secs: 30,
            on_success: OnSuccess::Move,
            processed_dir: None,
            quarantine_dir: None,
            max_bytes: 50 * 1024 * 1024,
        }
    }
}

const TEMP_SUFFIXES: &[&str] = &[".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", ".swx", "~", ".lock"];

impl InboxConfig {
    /// Parses the raw `[inbox]` table, resolving relative paths against `base`.
    pub fn from_value(value: &serde_json::Value, base: &Path) -> Result<Self, String> {
        let mut config: InboxConfig = serde_json::from_value(value.clone()).map_err(|e| format!("[inbox]: {e}"))?;
        config.path = base.join(&config.path);
        config.processed_dir = config.processed_dir.map(|p| base.join(p));
        config.quarantine_dir = config.quarantine_dir.map(|p| base.join(p));
        if config.max_bytes == 0 {
            return Err("[inbox]: max_bytes must be positive".into());
        }
        Ok(config)
    }

    /// Whether a file name is one to take.
    pub fn wants(&self, name: &str) -> bool {
        if self.ignore_hidden && name.starts_with('.') {
            return false;
        }
        let lower = name.to_ascii_lowercase();
        if self.ignore_temp && TEMP_SUFFIXES.iter().any(|s| lower.ends_with(s)) {
            return false;
        }
        self.patterns.is_empty() || self.patterns.iter().any(|p| glob(p.as_bytes(), name.as_bytes()))
    }
}

/// `*` and `?` wildcard match (iterative, linear in practice).
fn glob(pattern: &[u8], name: &[u8]) -> bool {
    let (mut p, mut n, mut star, mut mark) = (0, 0, None, 0);
    while n < name.len() {
        if p < pattern.len() && (pattern[p] == b'?' || pattern[p] == name[n]) {
            p += 1;
            n += 1;
        } else if p < pattern.len() && pattern[p] == b'*' {
            star = Some(p);
            mark = n;
            p += 1;
        } else if let Some(s) = star {
            p = s + 1;
            mark += 1;
            n = mark;
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_taken_and_ignored() {
        let mut c = InboxConfig::default();
        assert!(c.wants("a.txt"));
        assert!(!c.wants(".a.txt.tmp"));
        assert!(!c.wants("a.txt.part"));
        assert!(!c.wants(".hidden"));
        c.patterns = vec!["*.txt".into(), "*.htm?".into()];
        assert!(c.wants("x y.txt") && c.wants("p.html") && !c.wants("p.json"));
    }

    #[test]
    fn parses_and_rejects_unknown_keys() {
        let ok = InboxConfig::from_value(&serde_json::json!({"path": "in", "on_success": "keep"}), Path::new("/base"));
        assert!(ok.as_ref().is_ok_and(|c| c.path == Path::new("/base/in") && c.on_success == OnSuccess::Keep));
        let bad = InboxConfig::from_value(&serde_json::json!({"pth": "in"}), Path::new("/"));
        assert!(bad.err().unwrap_or_default().contains("pth"));
    }
}
