//! The `script` stage: custom logic in a sandboxed Rhai script, no recompiling.
//!
//! The document is exposed to the script as a map `doc` with `id`, `title`,
//! `body` (array of paragraphs), `language`, `word_count`, `outlet`,
//! `published`, `stance` (label or `()`), `entities`, `quotes`, `removed`,
//! `tags` (array) and `fields` (a map the script may fill; it lands in the
//! record's `extra`). The script may change `title`, `body`, `language`,
//! `tags` and `fields`, and drop the document by setting `doc.drop = "reason"`.
//!
//! Key design choice: Rhai is pure Rust and sandboxed — no file, network or
//! process access — and the engine caps operations, string/array/map sizes and
//! call depth, so a script that loops forever or grows without bound fails its
//! document with a clear error instead of stalling the pipeline. Scripts are
//! compiled once when the pipeline loads; a syntax error names the line.
#![deny(missing_docs)]

use async_trait::async_trait;
use newsflow_core::{parse_options, Block, ConfigError, Document, Entities, Flow, Quote, Registry, Stage, StageError, StageKind, StageSpec};
use rhai::{Dynamic, Engine, Scope, AST};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Options of the `script` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptConfig {
    /// The script, inline.
    #[serde(default)]
    pub script: Option<String>,
    /// Or a script file (relative to the config file).
    #[serde(default)]
    pub file: Option<String>,
    /// Operations one document may cost before the script is stopped.
    #[serde(default = "max_operations")]
    pub max_operations: u64,
    /// Longest string a script may build.
    #[serde(default = "max_size")]
    pub max_string_size: usize,
    /// Largest array or map a script may build.
    #[serde(default = "max_items")]
    pub max_collection_size: usize,
    /// Deepest call nesting.
    #[serde(default = "max_depth")]
    pub max_call_depth: usize,
}

fn max_operations() -> u64 {
    1_000_000
}
fn max_size() -> usize {
    10 * 1024 * 1024
}
fn max_items() -> usize {
    100_000
}
fn max_depth() -> usize {
    64
}

/// A removed line, as scripts see it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RemovedView {
    text: String,
    reason: String,
}

/// The document as scripts see it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ScriptDoc {
    id: String,
    title: Option<String>,
    body: Vec<String>,
    language: Option<String>,
    word_count: i64,
    outlet: Option<String>,
    published: Option<String>,
    stance: Option<String>,
    entities: Entities,
    quotes: Vec<Quote>,
    removed: Vec<RemovedView>,
    tags: Vec<String>,
    fields: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    drop: Option<String>,
}

/// What a script may write back.
#[derive(Debug, Deserialize)]
struct ScriptResult {
    title: Option<String>,
    body: Vec<String>,
    language: Option<String>,
    tags: Vec<String>,
    fields: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    drop: Option<String>,
}

/// The `script` stage.
pub struct ScriptStage {
    engine: Engine,
    ast: AST,
}

impl std::fmt::Debug for ScriptStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ScriptStage")
    }
}

impl ScriptStage {
    /// Compiles `source` with the limits of `config`.
    pub fn new(source: &str, config: &ScriptConfig) -> Result<Self, String> {
        let mut engine = Engine::new();
        engine.set_max_operations(config.max_operations);
        engine.set_max_string_size(config.max_string_size);
        engine.set_max_array_size(config.max_collection_size);
        engine.set_max_map_size(config.max_collection_size);
        engine.set_max_call_levels(config.max_call_depth);
        engine.set_max_expr_depths(256, 256);
        engine.disable_symbol("eval");
        engine.set_module_resolver(rhai::module_resolvers::DummyModuleResolver::new());
        engine.on_print(|_| {});
        engine.on_debug(|_, _, _| {});
        let ast = engine.compile(source).map_err(|e| format!("script does not compile: {e}"))?;
        Ok(ScriptStage { engine, ast })
    }

    /// Runs the script on a document.
    pub fn run(&self, doc: &mut Document) -> Result<Flow, StageError> {
        let view = ScriptDoc {
            id: doc.id.clone(),
            title: doc.fields.title.clone(),
            body: doc.blocks.iter().map(|b| b.text.clone()).collect(),
            language: doc.fields.language.clone(),
            word_count: doc.word_count() as i64,
            outlet: doc.fields.outlet.as_ref().map(|o| o.name.clone()),
            published: doc.fields.published.clone(),
            stance: doc.stance.as_ref().map(|s| s.label.clone()),
            entities: doc.fields.entities.clone(),
            quotes: doc.fields.quotes.clone(),
            removed: doc.removed.iter().map(|r| RemovedView { text: r.text.clone(), reason: r.reason.clone() }).collect(),
            tags: doc.tags.clone(),
            fields: doc.extra.clone(),
            drop: None,
        };
        let dynamic = rhai::serde::to_dynamic(&view).map_err(|e| StageError::Failed(format!("script input: {e}")))?;
        let mut scope = Scope::new();
        scope.push("doc", dynamic);
        self.engine.run_ast_with_scope(&mut scope, &self.ast).map_err(|e| StageError::Failed(format!("script: {e}")))?;
        let out: Dynamic = scope.get_value("doc").ok_or_else(|| StageError::Failed("script removed `doc`".into()))?;
        let result: ScriptResult = rhai::serde::from_dynamic(&out).map_err(|e| StageError::Failed(format!("script left `doc` malformed: {e}")))?;
        if let Some(reason) = result.drop.filter(|r| !r.is_empty()) {
            return Ok(Flow::Drop { reason });
        }
        doc.fields.title = result.title;
        doc.fields.language = result.language;
        doc.tags = result.tags;
        doc.extra = result.fields;
        if result.body.len() != doc.blocks.len() || result.body.iter().zip(&doc.blocks).any(|(a, b)| *a != b.text) {
            let positions: Vec<usize> = doc.blocks.iter().map(|b| b.position).collect();
            doc.blocks = result.body.into_iter().enumerate().map(|(i, text)| Block::paragraph(text, positions.get(i).copied().unwrap_or(0))).collect();
        }
        Ok(Flow::Continue)
    }
}

#[async_trait]
impl Stage for ScriptStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.run(doc)
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: ScriptConfig = parse_options(spec)?;
    let source = match (&config.script, &config.file) {
        (Some(s), None) => s.clone(),
        (None, Some(f)) => spec.read_data(f)?,
        _ => return Err(spec.error("give exactly one of `script` (inline) or `file`")),
    };
    Ok(Arc::new(ScriptStage::new(&source, &config).map_err(|e| spec.error(e))?))
}

/// Registers the `script` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind { kind: "script", description: "run a sandboxed Rhai script over the document (edit fields, add tags, drop)", factory });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ScriptConfig {
        ScriptConfig { script: None, file: None, max_operations: 100_000, max_string_size: 1 << 20, max_collection_size: 10_000, max_call_depth: 32 }
    }

    fn doc(text: &str) -> Document {
        let mut d = Document::default();
        d.blocks.push(Block::paragraph(text, 1));
        d
    }

    #[test]
    fn tags_edits_and_drops() -> Result<(), String> {
        let stage = ScriptStage::new(
            r#"
            if doc.word_count < 5 { doc.drop = "too short"; }
            if doc.body.some(|p| p.to_lower().contains("ceasefire")) { doc.tags.push("ceasefire"); }
            doc.fields.paragraphs = doc.body.len();
            doc.title = "Edited";
            "#,
            &config(),
        )?;
        let mut d = doc("The ceasefire held through the night, officials said.");
        assert_eq!(stage.run(&mut d).map_err(|e| e.to_string())?, Flow::Continue);
        assert_eq!(d.tags, vec!["ceasefire"]);
        assert_eq!(d.extra.get("paragraphs"), Some(&serde_json::json!(1)));
        assert_eq!(d.fields.title.as_deref(), Some("Edited"));
        let mut short = doc("Too short.");
        assert_eq!(stage.run(&mut short).map_err(|e| e.to_string())?, Flow::Drop { reason: "too short".into() });
        Ok(())
    }

    #[test]
    fn limits_stop_runaway_scripts_and_errors_name_the_line() {
        let looping = ScriptStage::new("let x = 0;\nloop { x += 1; }", &config()).map_err(|e| e.to_string());
        let err = looping.and_then(|s| s.run(&mut doc("a")).map_err(|e| e.to_string())).err().unwrap_or_default();
        assert!(err.to_lowercase().contains("operations"), "{err}");
        let bad = ScriptStage::new("let a = ;\n", &config()).err().unwrap_or_default();
        assert!(bad.contains("line 1"), "{bad}");
    }
}
