//! A pipeline: the stages of a config, built through the registry.
use crate::{EngineError, PipelineConfig};
use newsflow_core::{BuildContext, ConfigError, Registry, Stage, StageSpec};
use std::sync::Arc;
use std::time::Duration;

/// A built stage with its engine settings.
#[derive(Clone)]
pub struct PipelineStage {
    /// Name from config.
    pub name: String,
    /// Kind from config.
    pub kind: String,
    /// Workers.
    pub concurrency: usize,
    /// Per-document time budget.
    pub timeout: Option<Duration>,
    /// The stage.
    pub stage: Arc<dyn Stage>,
}

/// The stages, in order, ready to run.
#[derive(Clone)]
pub struct Pipeline {
    /// Enabled stages in order.
    pub stages: Vec<PipelineStage>,
    /// The build context the stages were made with.
    pub context: BuildContext,
}

impl Pipeline {
    /// Builds every enabled stage through the registry: each factory validates
    /// its own options, so a bad option fails here, before any document.
    pub fn build(config: &PipelineConfig, registry: &Registry) -> Result<Self, EngineError> {
        let context = BuildContext { config_dir: config.dir.clone(), outbox_dir: config.outbox.clone(), state_dir: config.state.clone() };
        let mut stages = Vec::new();
        let mut names = std::collections::HashSet::new();
        for (i, table) in config.stages.iter().enumerate() {
            let kind = registry.get(&table.kind).ok_or_else(|| ConfigError::UnknownKind {
                index: i + 1,
                name: table.name.clone(),
                kind: table.kind.clone(),
                known: registry.names(),
            })?;
            if !names.insert(table.name.clone()) {
                return Err(ConfigError::Invalid(format!("stage #{}: the name `{}` is used twice; give one a `name`", i + 1, table.name)).into());
            }
            let spec = StageSpec { name: &table.name, kind: &table.kind, options: &table.options, context: &context };
            let stage = (kind.factory)(&spec)?;
            if table.enabled {
                stages.push(PipelineStage {
                    name: table.name.clone(),
                    kind: table.kind.clone(),
                    concurrency: table.concurrency.or_else(|| stage.default_concurrency()).unwrap_or(config.default_concurrency),
                    timeout: table.timeout_ms.map(Duration::from_millis),
                    stage,
                });
            }
        }
        if stages.is_empty() {
            return Err(ConfigError::Invalid("no enabled [[stage]]: nothing would happen".into()).into());
        }
        Ok(Pipeline { stages, context })
    }

    /// Tells every stage the run is over.
    pub async fn shutdown(&self) {
        for s in &self.stages {
            if let Err(e) = s.stage.shutdown().await {
                tracing::warn!(stage = %s.name, error = %e, "stage shutdown failed");
            }
        }
    }
}
