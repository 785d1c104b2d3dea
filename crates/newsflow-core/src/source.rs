//! Where inputs come from, and how they are acknowledged once handled.
use crate::SourceError;
use async_trait::async_trait;
use std::time::SystemTime;

/// One input: its bytes and the handle that settles it.
pub struct Input {
    /// A name the record id is derived from (a file name, a message header).
    pub name: String,
    /// Where it came from, for the record (`source.path`).
    pub origin: String,
    /// The raw bytes, undecoded.
    pub bytes: Vec<u8>,
    /// When the source took it.
    pub received: SystemTime,
    /// Settles the input once its outcome is durable.
    pub ack: Box<dyn Acknowledge>,
}

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Input")
            .field("name", &self.name)
            .field("origin", &self.origin)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// How the pipeline handled an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A record was written and is durable.
    Emitted {
        /// The record id.
        record_id: String,
    },
    /// A stage dropped the document on purpose.
    Dropped {
        /// Which stage.
        stage: String,
        /// Why.
        reason: String,
    },
    /// The same content was already processed into a record.
    Duplicate {
        /// The id of the existing record.
        of: String,
    },
    /// A stage failed: the input must be quarantined.
    Failed {
        /// Which stage (or `read`).
        stage: String,
        /// The error.
        error: String,
    },
}

/// Settles one input: a folder source moves or deletes the file, or quarantines
/// it on failure; a queue source acks or dead-letters the message.
#[async_trait]
pub trait Acknowledge: Send {
    /// Called exactly once, after the outcome is durable.
    async fn acknowledge(self: Box<Self>, outcome: &Outcome) -> Result<(), SourceError>;
}

/// What a source yields.
#[derive(Debug)]
pub enum SourceEvent {
    /// An input to process.
    Input(Input),
    /// Something the source could not turn into an input and set aside with a
    /// reason (already quarantined by the source).
    Quarantined {
        /// What it was.
        origin: String,
        /// Why.
        reason: String,
    },
    /// Something the source passed over on purpose (a directory, a FIFO...).
    Skipped {
        /// What it was.
        origin: String,
        /// Why.
        reason: String,
    },
}

/// A stream of inputs. The engine pulls from it until it returns `None`
/// (a batch source is exhausted, or a daemon was asked to stop).
#[async_trait]
pub trait Source: Send {
    /// The next event, waiting if none is ready.
    async fn next_event(&mut self) -> Option<SourceEvent>;
}
