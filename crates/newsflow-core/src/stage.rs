//! The one trait every stage implements.
use crate::{Document, StageError};
use async_trait::async_trait;

/// What a stage tells the engine after processing a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flow {
    /// Hand the document to the next stage.
    Continue,
    /// Stop here: the document is dropped on purpose (a filter), not failed.
    Drop {
        /// Why, recorded in the ledger and logs.
        reason: String,
    },
}

/// A step of the pipeline. Implementations own their configuration (parsed and
/// validated by their factory) and must be cheap to share between concurrent
/// workers: `process` takes `&self`.
#[async_trait]
pub trait Stage: Send + Sync {
    /// Transforms one document in place.
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError>;

    /// True when the stage writes outside the document (the outbox, a network
    /// sink). `newsflow explain` skips such stages so that explaining a file
    /// never writes a record.
    fn has_side_effects(&self) -> bool {
        false
    }

    /// Workers the stage wants when its table sets no `concurrency`: stages
    /// that mostly wait (on a child process, on a network acknowledgement)
    /// need many documents in flight to keep up; CPU-bound stages keep the
    /// default, `[engine] default_concurrency` (one per core).
    fn default_concurrency(&self) -> Option<usize> {
        None
    }

    /// Makes durable what [`Stage::process`] wrote without syncing (group
    /// commit). The engine calls it once per batch of finished documents,
    /// after their stages ran and before their ledger entries are synced and
    /// their inputs settled; an error stops the run with nothing settled.
    /// Stages that sync as they write keep the default, which does nothing.
    async fn commit(&self) -> Result<(), StageError> {
        Ok(())
    }

    /// Called once when the pipeline stops, after the last document.
    async fn shutdown(&self) -> Result<(), StageError> {
        Ok(())
    }
}
