//! Loading `pipeline.toml` (TOML, with `NEWSFLOW__SECTION__KEY` environment overrides).
use crate::EngineError;
use newsflow_core::ConfigError;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// One `[[stage]]` table: the common keys, and the stage's own options.
#[derive(Debug, Clone)]
pub struct StageTable {
    /// Name for logs and errors (defaults to the kind).
    pub name: String,
    /// Registered kind.
    pub kind: String,
    /// Disabled stages are skipped.
    pub enabled: bool,
    /// Workers for this stage, when the table sets them (otherwise the
    /// stage's own preference, then `[engine] default_concurrency`).
    pub concurrency: Option<usize>,
    /// Per-document time budget.
    pub timeout_ms: Option<u64>,
    /// Everything else in the table, for the stage's factory.
    pub options: Value,
}

/// The whole configuration.
#[derive(Debug, Clone)]
pub struct PipelineConfig {
    /// The folder of the config file (relative paths resolve against it).
    pub dir: PathBuf,
    /// `[inbox]`, kept raw: the source owns its options.
    pub inbox: Value,
    /// `[source]`, kept raw: which source feeds the pipeline (`kind`, default
    /// `"inbox"`) and that source's options. The engine never looks inside.
    pub source: Value,
    /// `[outbox] path`.
    pub outbox: PathBuf,
    /// `[state] path` (default: `<outbox>/.newsflow`).
    pub state: PathBuf,
    /// Whether `[state] path` was set (otherwise it follows the outbox).
    pub state_is_set: bool,
    /// `[engine] queue`: documents buffered between two stages.
    pub queue: usize,
    /// `[engine] default_concurrency`: workers of stages that set none.
    pub default_concurrency: usize,
    /// The `[[stage]]` tables in order.
    pub stages: Vec<StageTable>,
}

impl PipelineConfig {
    /// Points the pipeline at another outbox (the state folder follows it
    /// unless `[state] path` was set).
    pub fn set_outbox(&mut self, outbox: PathBuf) {
        if !self.state_is_set {
            self.state = outbox.join(".newsflow");
        }
        self.outbox = outbox;
    }
}

const TOP_KEYS: &[&str] = &["source", "inbox", "outbox", "state", "engine", "stage"];
const COMMON_KEYS: &[&str] = &["kind", "name", "enabled", "concurrency", "timeout_ms"];

/// Loads and checks the config file (stage options are checked later, by the
/// factories, when the pipeline is built).
pub fn load_config(path: &Path) -> Result<PipelineConfig, EngineError> {
    let load_err = |message: String| EngineError::Load { path: path.display().to_string(), message };
    if !path.is_file() {
        return Err(load_err("no such file".into()));
    }
    let built = config::Config::builder()
        .add_source(config::File::from(path).format(config::FileFormat::Toml))
        .add_source(
            config::Environment::with_prefix("NEWSFLOW").prefix_separator("__").separator("__").try_parsing(true),
        )
        .build()
        .map_err(|e| load_err(e.to_string()))?;
    let root: Value = built.try_deserialize().map_err(|e| load_err(e.to_string()))?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    from_value(root, dir)
}

fn from_value(root: Value, dir: PathBuf) -> Result<PipelineConfig, EngineError> {
    let invalid = |m: String| EngineError::Config(ConfigError::Invalid(m));
    let Value::Object(root) = root else { return Err(invalid("the config must be a table".into())) };
    if let Some(key) = root.keys().find(|k| !TOP_KEYS.contains(&k.as_str())) {
        return Err(invalid(format!("unknown top-level key `{key}` (expected one of: {})", TOP_KEYS.join(", "))));
    }
    let section = |name: &str| -> Map<String, Value> { root.get(name).and_then(Value::as_object).cloned().unwrap_or_default() };
    let outbox_table = section("outbox");
    check_keys("outbox", &outbox_table, &["path"])?;
    let outbox = dir.join(outbox_table.get("path").and_then(Value::as_str).unwrap_or("outbox"));
    let state_table = section("state");
    check_keys("state", &state_table, &["path"])?;
    let state_is_set = state_table.contains_key("path");
    let state = match state_table.get("path").and_then(Value::as_str) {
        Some(p) => dir.join(p),
        None => outbox.join(".newsflow"),
    };
    let engine = section("engine");
    check_keys("engine", &engine, &["queue", "default_concurrency"])?;
    let number = |key: &str, default: usize| -> Result<usize, EngineError> {
        match engine.get(key) {
            None => Ok(default),
            Some(v) => v.as_u64().filter(|n| *n > 0).map(|n| n as usize).ok_or_else(|| invalid(format!("[engine] {key} must be a positive integer"))),
        }
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let queue = number("queue", 16)?;
    let default_concurrency = number("default_concurrency", cores)?;
    let stages = match root.get("stage") {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| stage_table(i + 1, item))
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => return Err(invalid("`stage` must be an array of tables: write [[stage]]".into())),
    };
    Ok(PipelineConfig { dir, inbox: Value::Object(section("inbox")), source: Value::Object(section("source")), outbox, state, state_is_set, queue, default_concurrency, stages })
}

fn check_keys(section: &str, table: &Map<String, Value>, allowed: &[&str]) -> Result<(), EngineError> {
    match table.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(key) => Err(EngineError::Config(ConfigError::Invalid(format!(
            "[{section}]: unknown key `{key}` (expected one of: {})",
            allowed.join(", ")
        )))),
        None => Ok(()),
    }
}

fn stage_table(index: usize, item: &Value) -> Result<StageTable, EngineError> {
    let invalid = |m: String| EngineError::Config(ConfigError::Invalid(format!("stage #{index}: {m}")));
    let Value::Object(table) = item else { return Err(invalid("must be a table".into())) };
    let kind = table.get("kind").and_then(Value::as_str).ok_or_else(|| invalid("missing `kind`".into()))?.to_string();
    let name = table.get("name").and_then(Value::as_str).map(String::from).unwrap_or_else(|| kind.clone());
    let enabled = match table.get("enabled") {
        None => true,
        Some(v) => v.as_bool().ok_or_else(|| invalid(format!("({name}) `enabled` must be true or false")))?,
    };
    let concurrency = match table.get("concurrency") {
        None => None,
        Some(v) => Some(v.as_u64().filter(|n| (1..=1024).contains(n)).ok_or_else(|| invalid(format!("({name}) `concurrency` must be 1..=1024")))? as usize),
    };
    let timeout_ms = match table.get("timeout_ms") {
        None => None,
        Some(v) => Some(v.as_u64().filter(|n| *n > 0).ok_or_else(|| invalid(format!("({name}) `timeout_ms` must be a positive integer")))?),
    };
    let options: Map<String, Value> = table.iter().filter(|(k, _)| !COMMON_KEYS.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();
    Ok(StageTable { name, kind, enabled, concurrency, timeout_ms, options: Value::Object(options) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) -> PathBuf {
        let path = dir.join("pipeline.toml");
        std::fs::write(&path, text).unwrap_or_default();
        path
    }

    #[test]
    fn loads_stages_in_order_with_common_keys_split_off() -> Result<(), EngineError> {
        let dir = tempfile::tempdir().map_err(|e| EngineError::State { path: "tmp".into(), source: e })?;
        let path = write(dir.path(), "[outbox]\npath = \"out\"\n[[stage]]\nkind = \"clean\"\n[[stage]]\nkind = \"tag\"\nname = \"t\"\nconcurrency = 3\ntimeout_ms = 50\nterms = [\"a\"]\n");
        let cfg = load_config(&path)?;
        assert_eq!(cfg.outbox, dir.path().join("out"));
        assert_eq!(cfg.state, dir.path().join("out/.newsflow"));
        assert_eq!(cfg.stages.len(), 2);
        let t = &cfg.stages[1];
        assert_eq!((t.name.as_str(), t.kind.as_str(), t.concurrency, t.timeout_ms), ("t", "tag", Some(3), Some(50)));
        assert_eq!(cfg.stages[0].concurrency, None, "unset: the stage or the engine decides");
        assert_eq!(t.options, serde_json::json!({"terms": ["a"]}));
        Ok(())
    }

    #[test]
    fn errors_name_the_section_and_key() -> Result<(), EngineError> {
        let dir = tempfile::tempdir().map_err(|e| EngineError::State { path: "tmp".into(), source: e })?;
        let err = |text: &str| load_config(&write(dir.path(), text)).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err("[outbox]\npaht = \"x\"\n").contains("paht"));
        assert!(err("[[stage]]\nname = \"x\"\n").contains("missing `kind`"));
        assert!(err("[[stage]]\nkind = \"x\"\nconcurrency = 0\n").contains("concurrency"));
        assert!(err("bogus = 1\n").contains("bogus"));
        Ok(())
    }
}
