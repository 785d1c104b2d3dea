//! The contract every part of newsflow is written against.
//!
//! This crate is deliberately small, in the spirit of ripgrep's `grep-matcher`: it
//! defines the [`Stage`] trait, the [`Document`] that flows from stage to stage, the
//! [`Record`] written to the outbox, the [`Source`] of inputs with its
//! acknowledgement handle, and the [`Registry`] that maps a stage *kind* name (as
//! written in `pipeline.toml`) to a factory.
//!
//! Key design choice: this crate knows no concrete stage and no concrete source.
//! Stage crates depend on it and register themselves by kind name; the engine
//! builds a pipeline only through the registry. Adding a stage therefore never
//! touches the engine, and a stage can never reach into another stage: the only
//! thing stages share is the [`Document`].
#![deny(missing_docs)]

mod document;
mod error;
mod hex;
mod keys;
mod record;
mod registry;
mod source;
mod stage;
pub mod time;

pub use document::{
    Block, BlockKind, Dateline, DecodeInfo, Document, Entities, Evidence, Extracted, HtmlSignals,
    InputFormat, Outlet, Quote, QuoteKind, Removed, RemovedKind, SourceInfo, StageTiming, Stance,
};
pub use error::{ConfigError, SourceError, StageError};
pub use hex::hex;
pub use keys::{key128, key64};
pub use record::Record;
pub use registry::{build_stage, parse_options, BuildContext, Registry, StageFactory, StageKind, StageSpec};
pub use source::{Acknowledge, Input, Outcome, Source, SourceEvent};
pub use stage::{Flow, Stage};

/// The newsflow version stamped into every record.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
