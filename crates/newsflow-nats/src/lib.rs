//! NATS JetStream as a newsflow source, and the tools around it.
//!
//! When one machine is not enough, many `newsflow run` workers share one
//! stream of articles. The stream has work-queue retention and one durable
//! pull consumer that every worker binds to, so the server hands each message
//! to exactly one worker at a time and deletes it only when that worker acks.
//! A worker acks only after the engine has made the outcome durable (the
//! record written, and published when the `nats_emit` stage is on), so a
//! worker killed mid-run loses nothing: its unacked messages are re-delivered
//! to the others after `ack_wait`.
//!
//! The key design choice is that a message's record id is derived from its
//! content, not from the worker that happens to process it: the source names
//! every input `<original stem>-<12 hex of its SHA-256>`, so a re-delivered
//! message gets the same id on any worker, and the record sink's
//! `Nats-Msg-Id` de-duplication turns at-least-once delivery into exactly one
//! record.
//!
//! A message that keeps failing is re-delivered (with a back-off) until
//! `max_deliver`, then published with its error to the dead-letter subject
//! and terminated, so one poison article never blocks the others.
#![deny(missing_docs)]

mod config;
mod ingest;
mod source;

pub use config::{NatsConfig, NatsError};
pub use ingest::{ingest_paths, IngestReport};
pub use source::{NatsMode, NatsSource};

/// Header carrying the original file name of an article.
pub const HEADER_NAME: &str = "Newsflow-Name";
/// Header carrying the MIME type of an article.
pub const HEADER_CONTENT_TYPE: &str = "Content-Type";
/// Header of a dead-lettered message: the error.
pub const HEADER_ERROR: &str = "Newsflow-Error";
/// Header of a dead-lettered message: the stage that failed.
pub const HEADER_STAGE: &str = "Newsflow-Stage";
/// Header of a dead-lettered message: how often it was delivered.
pub const HEADER_DELIVERIES: &str = "Newsflow-Deliveries";
/// Header of a dead-lettered message: its sequence in the article stream.
pub const HEADER_SEQUENCE: &str = "Newsflow-Stream-Sequence";

/// Connects to a NATS server (a clear error naming the URL when it is down).
pub async fn connect(url: &str) -> Result<async_nats::Client, NatsError> {
    async_nats::ConnectOptions::new()
        .name("newsflow")
        .connection_timeout(std::time::Duration::from_secs(5))
        .max_reconnects(Some(60))
        .connect(url)
        .await
        .map_err(|e| NatsError::Connect { url: url.to_string(), message: e.to_string() })
}
