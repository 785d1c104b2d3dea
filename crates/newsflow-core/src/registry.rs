//! The stage registry: kind name → factory, as Vector registers its components.
use crate::{ConfigError, Stage};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a factory knows about the pipeline it is building for.
#[derive(Debug, Clone, Default)]
pub struct BuildContext {
    /// Folder of `pipeline.toml`: relative data-file paths resolve against it.
    pub config_dir: PathBuf,
    /// The outbox folder.
    pub outbox_dir: PathBuf,
    /// The state folder (ledger, template memory, quarantine).
    pub state_dir: PathBuf,
}

/// One `[[stage]]` table handed to a factory.
#[derive(Debug, Clone, Copy)]
pub struct StageSpec<'a> {
    /// The stage's name (defaults to its kind).
    pub name: &'a str,
    /// Its kind.
    pub kind: &'a str,
    /// The stage's own options: the table minus the common keys.
    pub options: &'a serde_json::Value,
    /// The pipeline context.
    pub context: &'a BuildContext,
}

impl StageSpec<'_> {
    /// Resolves a path from the config against the config's folder.
    pub fn resolve_path(&self, path: impl AsRef<Path>) -> PathBuf {
        let path = path.as_ref();
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.context.config_dir.join(path)
        }
    }

    /// An option error naming this stage.
    pub fn error(&self, message: impl Into<String>) -> ConfigError {
        ConfigError::Option { stage: self.name.to_string(), message: message.into() }
    }

    /// A data-file error naming this stage.
    pub fn data_error(&self, path: &Path, message: impl std::fmt::Display) -> ConfigError {
        ConfigError::Data { stage: self.name.to_string(), path: path.display().to_string(), message: message.to_string() }
    }

    /// Reads a data file referenced by this stage's options.
    pub fn read_data(&self, path: impl AsRef<Path>) -> Result<String, ConfigError> {
        let path = self.resolve_path(path);
        std::fs::read_to_string(&path).map_err(|e| self.data_error(&path, e))
    }
}

/// Deserialises a stage's options into its config struct; the error names the
/// stage and the offending key (use `#[serde(deny_unknown_fields)]`).
pub fn parse_options<T: DeserializeOwned>(spec: &StageSpec<'_>) -> Result<T, ConfigError> {
    T::deserialize(spec.options).map_err(|e| spec.error(e.to_string()))
}

/// The usual factory body: parse the stage's options into its config struct,
/// build the stage with `new`, and turn a build error into one naming the stage.
pub fn build_stage<C, S>(spec: &StageSpec<'_>, new: impl FnOnce(C) -> Result<S, String>) -> Result<Arc<dyn Stage>, ConfigError>
where
    C: DeserializeOwned,
    S: Stage + 'static,
{
    let config: C = parse_options(spec)?;
    Ok(Arc::new(new(config).map_err(|e| spec.error(e))?))
}

/// Builds a stage from its table.
pub type StageFactory = fn(&StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError>;

/// A registered stage kind.
#[derive(Clone)]
pub struct StageKind {
    /// The name used in `kind = "…"`.
    pub kind: &'static str,
    /// One line for `newsflow stages`.
    pub description: &'static str,
    /// Builds an instance.
    pub factory: StageFactory,
}

/// Kind name → factory.
#[derive(Clone, Default)]
pub struct Registry {
    kinds: BTreeMap<&'static str, StageKind>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Registers a kind (a later registration of the same name replaces it).
    pub fn register(&mut self, kind: StageKind) {
        self.kinds.insert(kind.kind, kind);
    }

    /// Looks a kind up.
    pub fn get(&self, kind: &str) -> Option<&StageKind> {
        self.kinds.get(kind)
    }

    /// Every kind, sorted by name.
    pub fn kinds(&self) -> impl Iterator<Item = &StageKind> {
        self.kinds.values()
    }

    /// The names, comma separated, for error messages.
    pub fn names(&self) -> String {
        self.kinds.keys().copied().collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Flow, StageError};
    use async_trait::async_trait;

    struct Nop;
    #[async_trait]
    impl Stage for Nop {
        async fn process(&self, _doc: &mut Document) -> Result<Flow, StageError> {
            Ok(Flow::Continue)
        }
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct NopConfig {
        level: u32,
    }

    fn nop_factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
        let _config: NopConfig = parse_options(spec)?;
        Ok(Arc::new(Nop))
    }

    #[test]
    fn registry_builds_and_option_errors_name_stage_and_key() {
        let mut registry = Registry::new();
        registry.register(StageKind { kind: "nop", description: "does nothing", factory: nop_factory });
        let ctx = BuildContext::default();
        let good = serde_json::json!({"level": 1});
        let spec = StageSpec { name: "first", kind: "nop", options: &good, context: &ctx };
        assert!((registry.get("nop").map(|k| k.factory)).map(|f| f(&spec).is_ok()).unwrap_or(false));
        let bad = serde_json::json!({"levle": 1});
        let spec = StageSpec { name: "first", kind: "nop", options: &bad, context: &ctx };
        let err = match nop_factory(&spec) {
            Err(e) => e.to_string(),
            Ok(_) => String::new(),
        };
        assert!(err.contains("first") && err.contains("levle"), "{err}");
        assert_eq!(registry.names(), "nop");
    }
}
