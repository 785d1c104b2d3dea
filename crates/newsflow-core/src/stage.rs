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

    /// Called once when the pipeline stops, after the last document.
    async fn shutdown(&self) -> Result<(), StageError> {
        Ok(())
    }
}
