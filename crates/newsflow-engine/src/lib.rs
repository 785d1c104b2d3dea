//! The newsflow engine: configuration, pipeline building, and the concurrent run loop.
//!
//! The engine knows stages only through the [`newsflow_core::Registry`] and
//! inputs only through the [`newsflow_core::Source`] trait, so the same run loop
//! serves the inbox folder in batch and daemon mode and any future source.
//!
//! Key design choice: each stage runs as its own pool of workers connected by
//! bounded channels. Bounded channels give backpressure (memory stays flat
//! whatever the inbox size), per-stage pools give per-stage concurrency, and a
//! single finaliser task owns the ledger, so acknowledging an input happens only
//! after its record and its ledger entry are durable (group commit: one fsync of
//! the ledger per batch of finished documents).
#![deny(missing_docs)]

mod config;
mod error;
mod explain;
mod ids;
mod ledger;
mod pipeline;
mod run;

pub use config::{load_config, PipelineConfig, StageTable};
pub use error::EngineError;
pub use explain::{explain, ExplainStep};
pub use ids::{sanitize_id, IdAllocator};
pub use ledger::{Ledger, LedgerEntry};
pub use pipeline::{Pipeline, PipelineStage};
pub use run::{run, Observer, RunOptions, Summary};
