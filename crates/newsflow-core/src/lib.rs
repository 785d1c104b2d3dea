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
mod record;
mod registry;
mod source;
mod stage;
pub mod time;

pub use document::{
    Block, BlockKind, Dateline, DecodeInfo, Document, Entities, Evidence, Extracted, HtmlSignals,
    InputFormat, Outlet, Quote, Removed, RemovedKind, SourceInfo, StageTiming, Stance,
};
pub use error::{ConfigError, SourceError, StageError};
pub use record::Record;
pub use registry::{build_stage, parse_options, BuildContext, Registry, StageFactory, StageKind, StageSpec};
pub use source::{Acknowledge, Input, Outcome, Source, SourceEvent};
pub use stage::{Flow, Stage};

/// Lower-case hex of bytes (content hashes in ledgers, ids and message ids).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

#[cfg(test)]
mod hex_tests {
    #[test]
    fn hex_is_lower_case_two_digits_per_byte() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(super::hex(&[]), "");
    }
}

/// The newsflow version stamped into every record.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
