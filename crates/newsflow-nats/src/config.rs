//! `[source]` options of the NATS source, and the stream setup they imply.
use async_nats::jetstream::{self, consumer, stream};
use serde::Deserialize;
use std::time::Duration;

/// Errors of the NATS source and tools.
#[derive(Debug, thiserror::Error)]
pub enum NatsError {
    /// The server could not be reached.
    #[error("cannot connect to NATS at {url}: {message}")]
    Connect {
        /// The URL tried.
        url: String,
        /// Why.
        message: String,
    },
    /// A bad option.
    #[error("[source] (nats): {0}")]
    Config(String),
    /// A JetStream request failed.
    #[error("{context}: {message}")]
    JetStream {
        /// What was being done.
        context: String,
        /// The server's or client's error.
        message: String,
    },
    /// A file could not be read.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl NatsError {
    pub(crate) fn js(context: impl Into<String>, error: impl std::fmt::Display) -> Self {
        NatsError::JetStream { context: context.into(), message: error.to_string() }
    }
}

/// Where the articles are and how they are consumed. Every worker of a
/// cluster uses the same values.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NatsConfig {
    /// Always `"nats"` here (`[source] kind`).
    pub kind: String,
    /// Server URL(s), comma-separated.
    pub url: String,
    /// The work-queue stream of articles.
    pub stream: String,
    /// The subject articles are published to (the stream's subject).
    pub subject: String,
    /// The durable pull consumer shared by every worker.
    pub consumer: String,
    /// Seconds the server waits for a worker's ack before re-delivering;
    /// must exceed the worst-case time of one article through the pipeline
    /// including the queue in front of it.
    pub ack_wait_secs: u64,
    /// Deliveries of a failing message before it is dead-lettered.
    pub max_deliver: i64,
    /// Where a message goes after its last failed delivery, with its error.
    pub dead_letter_subject: String,
    /// The stream that keeps dead letters (created with `create`).
    pub dead_letter_stream: String,
    /// Messages asked for per pull request.
    pub fetch_batch: usize,
    /// Milliseconds a pull request waits for messages.
    pub fetch_wait_ms: u64,
    /// Milliseconds before a failed message is offered again.
    pub retry_delay_ms: u64,
    /// Create the streams and the consumer when missing.
    pub create: bool,
    /// Replicas of created streams (3 on a 3-node cluster).
    pub replicas: usize,
}

impl Default for NatsConfig {
    fn default() -> Self {
        NatsConfig {
            kind: "nats".into(),
            url: "nats://127.0.0.1:4222".into(),
            stream: "NEWSFLOW_ARTICLES".into(),
            subject: "newsflow.articles".into(),
            consumer: "newsflow-workers".into(),
            ack_wait_secs: 300,
            max_deliver: 5,
            dead_letter_subject: "newsflow.dead".into(),
            dead_letter_stream: "NEWSFLOW_DEAD".into(),
            fetch_batch: 64,
            fetch_wait_ms: 1000,
            retry_delay_ms: 1000,
            create: true,
            replicas: 1,
        }
    }
}

impl NatsConfig {
    /// Reads the `[source]` table and checks it.
    pub fn from_value(value: &serde_json::Value) -> Result<Self, NatsError> {
        let config: NatsConfig = serde_json::from_value(value.clone()).map_err(|e| NatsError::Config(e.to_string()))?;
        config.validate()?;
        Ok(config)
    }

    /// Checks the values that the server would reject late or silently.
    pub fn validate(&self) -> Result<(), NatsError> {
        let bad = |m: &str| Err(NatsError::Config(m.to_string()));
        if self.kind != "nats" {
            return bad("kind must be \"nats\"");
        }
        for (key, name) in [("stream", &self.stream), ("dead_letter_stream", &self.dead_letter_stream), ("consumer", &self.consumer)] {
            if name.is_empty() || name.contains(['.', ' ', '\t', '*', '>', '/', '\\']) {
                return Err(NatsError::Config(format!("`{key}` = {name:?}: a name without spaces, dots, wildcards or slashes")));
            }
        }
        if self.subject.is_empty() || self.subject == self.dead_letter_subject {
            return bad("`subject` must be set and differ from `dead_letter_subject`");
        }
        if self.max_deliver < 1 {
            return bad("`max_deliver` must be at least 1");
        }
        if self.ack_wait_secs == 0 || self.fetch_batch == 0 || self.fetch_wait_ms == 0 || self.replicas == 0 {
            return bad("`ack_wait_secs`, `fetch_batch`, `fetch_wait_ms` and `replicas` must be positive");
        }
        if Duration::from_millis(self.fetch_wait_ms) >= Duration::from_secs(self.ack_wait_secs) {
            return bad("`fetch_wait_ms` must be shorter than `ack_wait_secs`");
        }
        Ok(())
    }

    /// The article stream (created with work-queue retention when missing
    /// and `create` is on).
    pub async fn article_stream(&self, js: &jetstream::Context) -> Result<stream::Stream, NatsError> {
        let config = stream::Config {
            name: self.stream.clone(),
            subjects: vec![self.subject.clone()],
            retention: stream::RetentionPolicy::WorkQueue,
            storage: stream::StorageType::File,
            num_replicas: self.replicas,
            duplicate_window: Duration::from_secs(120),
            ..Default::default()
        };
        self.stream_named(js, config).await
    }

    /// The dead-letter stream.
    pub async fn dead_letter_stream(&self, js: &jetstream::Context) -> Result<stream::Stream, NatsError> {
        let config = stream::Config {
            name: self.dead_letter_stream.clone(),
            subjects: vec![self.dead_letter_subject.clone()],
            storage: stream::StorageType::File,
            num_replicas: self.replicas,
            ..Default::default()
        };
        self.stream_named(js, config).await
    }

    async fn stream_named(&self, js: &jetstream::Context, config: stream::Config) -> Result<stream::Stream, NatsError> {
        let name = config.name.clone();
        if self.create {
            js.get_or_create_stream(config).await.map_err(|e| NatsError::js(format!("creating stream {name}"), e))
        } else {
            js.get_stream(&name).await.map_err(|e| NatsError::js(format!("stream {name} (create = false)"), e))
        }
    }

    /// The shared durable pull consumer.
    pub async fn consumer(&self, stream: &stream::Stream) -> Result<consumer::PullConsumer, NatsError> {
        let config = consumer::pull::Config {
            durable_name: Some(self.consumer.clone()),
            ack_policy: consumer::AckPolicy::Explicit,
            ack_wait: Duration::from_secs(self.ack_wait_secs),
            max_deliver: self.max_deliver,
            ..Default::default()
        };
        let result = if self.create {
            stream.get_or_create_consumer(&self.consumer, config).await.map_err(|e| e.to_string())
        } else {
            stream.get_consumer(&self.consumer).await.map_err(|e| e.to_string())
        };
        result.map_err(|e| NatsError::js(format!("consumer {} on {}", self.consumer, self.stream), e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_mistakes_are_named() {
        assert!(NatsConfig::from_value(&serde_json::json!({"kind": "nats"})).is_ok());
        let err = |v: serde_json::Value| NatsConfig::from_value(&v).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err(serde_json::json!({"kind": "nats", "strem": "X"})).contains("strem"));
        assert!(err(serde_json::json!({"kind": "nats", "stream": "a.b"})).contains("stream"));
        assert!(err(serde_json::json!({"kind": "nats", "max_deliver": 0})).contains("max_deliver"));
        assert!(err(serde_json::json!({"kind": "nats", "subject": "x", "dead_letter_subject": "x"})).contains("differ"));
        assert!(err(serde_json::json!({"kind": "nats", "ack_wait_secs": 1, "fetch_wait_ms": 5000})).contains("shorter"));
    }
}
