//! `newsflow explain`: one file through the pipeline, stage by stage, with what changed.
use crate::run::{process_guarded, sha256_hex};
use crate::Pipeline;
use newsflow_core::{Document, Flow, Record, Removed, SourceInfo};
use serde_json::Value;

/// What one stage did to the document.
#[derive(Debug, Clone)]
pub struct ExplainStep {
    /// Stage name.
    pub stage: String,
    /// Record fields that changed, with their new values.
    pub changed: Vec<(String, Value)>,
    /// Lines this stage removed, with reasons.
    pub removed: Vec<Removed>,
    /// `continue`, `drop: …`, `error: …`, or `skipped (writes output)`.
    pub flow: String,
}

/// Runs `bytes` through every stage that has no side effects (no record is
/// written) and reports each stage's changes.
pub async fn explain(pipeline: &Pipeline, name: &str, origin: &str, bytes: Vec<u8>) -> (Vec<ExplainStep>, Document) {
    let source = SourceInfo { path: origin.into(), sha256: sha256_hex(&bytes), bytes: bytes.len() as u64, received: newsflow_core::time::rfc3339(std::time::SystemTime::now()) };
    let mut doc = Document::new(crate::sanitize_id(name), name, source, bytes);
    let mut steps = Vec::new();
    for stage in &pipeline.stages {
        if stage.stage.has_side_effects() {
            steps.push(ExplainStep { stage: stage.name.clone(), changed: vec![], removed: vec![], flow: "skipped (writes output)".into() });
            continue;
        }
        let before = snapshot(&doc);
        let removed_before = doc.removed.len();
        let result = process_guarded(stage, &mut doc).await;
        let after = snapshot(&doc);
        let changed = match (before, after) {
            (Value::Object(b), Value::Object(a)) => a.into_iter().filter(|(k, v)| k != "pipeline" && k != "removed" && b.get(k) != Some(v)).collect(),
            _ => vec![],
        };
        let flow = match &result {
            Ok(Flow::Continue) => "continue".to_string(),
            Ok(Flow::Drop { reason }) => format!("drop: {reason}"),
            Err(e) => format!("error: {e}"),
        };
        let removed = doc.removed.get(removed_before..).map(<[Removed]>::to_vec).unwrap_or_default();
        steps.push(ExplainStep { stage: stage.name.clone(), changed, removed, flow });
        if !matches!(result, Ok(Flow::Continue)) {
            break;
        }
    }
    (steps, doc)
}

fn snapshot(doc: &Document) -> Value {
    serde_json::to_value(Record::from_document(doc)).unwrap_or(Value::Null)
}
