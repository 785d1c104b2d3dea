//! newsflow stage `nats_emit`: publish each record to a JetStream subject.
//!
//! It is a sink like `emit`, and the two can run together (outbox folder and
//! stream). The stage waits for the stream's publish acknowledgement, and the
//! engine acks the input only after every stage has finished, so an input is
//! never settled before its record is stored.
//!
//! The key design choice is `Nats-Msg-Id` = record id: a worker that crashes
//! after publishing but before acking its input gets the input re-delivered
//! (to itself or another worker), publishes the same record id again, and the
//! stream drops the second copy inside its duplicate window. At-least-once
//! delivery plus idempotent publishing gives exactly one record.
#![deny(missing_docs)]

use async_nats::jetstream::{self, stream};
use async_trait::async_trait;
use newsflow_core::{parse_options, ConfigError, Document, Flow, Record, Registry, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::OnceCell;

/// Options of a `nats_emit` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NatsEmitConfig {
    /// Server URL(s), comma-separated.
    pub url: String,
    /// Subject the records are published to.
    pub subject: String,
    /// The stream that stores them (created when missing with `create`).
    pub stream: String,
    /// Create the stream when missing.
    pub create: bool,
    /// How long the stream remembers record ids to drop re-published copies;
    /// must exceed the longest a crashed worker's input can wait for
    /// re-delivery (`ack_wait_secs` of the source, times `max_deliver`).
    pub duplicate_window_secs: u64,
    /// Replicas of the created stream.
    pub replicas: usize,
    /// Keep the removed lines in the published record.
    pub include_removed: bool,
}

impl Default for NatsEmitConfig {
    fn default() -> Self {
        NatsEmitConfig {
            url: "nats://127.0.0.1:4222".into(),
            subject: "newsflow.records".into(),
            stream: "NEWSFLOW_RECORDS".into(),
            create: true,
            duplicate_window_secs: 3600,
            replicas: 1,
            include_removed: true,
        }
    }
}

/// Publishes records; connects on first use (so `validate` needs no server).
#[derive(Debug)]
pub struct NatsEmitStage {
    config: NatsEmitConfig,
    context: OnceCell<jetstream::Context>,
}

impl NatsEmitStage {
    /// A stage with checked options.
    pub fn new(config: NatsEmitConfig) -> Result<Self, String> {
        if config.subject.is_empty() || config.subject.contains([' ', '*', '>']) {
            return Err(format!("`subject` = {:?}: a concrete subject without spaces or wildcards", config.subject));
        }
        if config.stream.is_empty() || config.stream.contains(['.', ' ', '*', '>', '/', '\\']) {
            return Err(format!("`stream` = {:?}: a name without spaces, dots, wildcards or slashes", config.stream));
        }
        if config.duplicate_window_secs == 0 || config.replicas == 0 {
            return Err("`duplicate_window_secs` and `replicas` must be positive".into());
        }
        Ok(NatsEmitStage { config, context: OnceCell::new() })
    }

    async fn jetstream(&self) -> Result<&jetstream::Context, StageError> {
        self.context
            .get_or_try_init(|| async {
                let client = newsflow_nats::connect(&self.config.url).await.map_err(|e| StageError::Failed(e.to_string()))?;
                let js = jetstream::new(client);
                if self.config.create {
                    let stream_config = stream::Config {
                        name: self.config.stream.clone(),
                        subjects: vec![self.config.subject.clone()],
                        storage: stream::StorageType::File,
                        num_replicas: self.config.replicas,
                        duplicate_window: Duration::from_secs(self.config.duplicate_window_secs),
                        ..Default::default()
                    };
                    js.get_or_create_stream(stream_config).await.map_err(|e| StageError::Failed(format!("creating stream {}: {e}", self.config.stream)))?;
                }
                Ok(js)
            })
            .await
    }
}

#[async_trait]
impl Stage for NatsEmitStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        let js = self.jetstream().await?;
        let record = Record::from_document(doc);
        let record = if self.config.include_removed { record } else { record.without_removed() };
        let json = serde_json::to_vec(&record).map_err(|e| StageError::Failed(format!("serialising record: {e}")))?;
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(async_nats::header::NATS_MESSAGE_ID, doc.id.as_str());
        headers.insert("Content-Type", "application/json");
        let failed = |what: &str, e: &dyn std::fmt::Display| StageError::Failed(format!("{what} record {} to {}: {e}", doc.id, self.config.subject));
        let ack = js.publish_with_headers(self.config.subject.clone(), headers, json.into()).await.map_err(|e| failed("publishing", &e))?;
        let ack = ack.await.map_err(|e| failed("storing", &e))?;
        doc.outputs.push(format!("nats:{}/{}", ack.stream, ack.sequence));
        Ok(Flow::Continue)
    }

    fn has_side_effects(&self) -> bool {
        true
    }

    /// Each publish waits for the stream's acknowledgement: many in flight.
    fn default_concurrency(&self) -> Option<usize> {
        Some(32)
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: NatsEmitConfig = parse_options(spec)?;
    Ok(Arc::new(NatsEmitStage::new(config).map_err(|e| spec.error(e))?))
}

/// Registers the `nats_emit` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind { kind: "nats_emit", description: "publish the record to a JetStream subject (Nats-Msg-Id = record id) before the input is acked", factory });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_checked_at_load() {
        assert!(NatsEmitStage::new(NatsEmitConfig::default()).is_ok());
        let with = |f: fn(&mut NatsEmitConfig)| {
            let mut c = NatsEmitConfig::default();
            f(&mut c);
            NatsEmitStage::new(c).err().unwrap_or_default()
        };
        assert!(with(|c| c.subject = "records.>".into()).contains("subject"));
        assert!(with(|c| c.stream = "a.b".into()).contains("stream"));
        assert!(with(|c| c.duplicate_window_secs = 0).contains("duplicate_window_secs"));
    }
}
