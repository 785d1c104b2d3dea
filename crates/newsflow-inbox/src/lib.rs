//! The inbox folder as a [`newsflow_core::Source`].
//!
//! Batch mode lists the folder once. Daemon mode lists it at start, then
//! watches it with `notify` *and* rescans it periodically, so a lost or
//! overflowed watch event delays a file but never loses it. A file is taken
//! only when complete: when it was renamed into the folder (the recommended
//! producer convention: write `.name.tmp`, then rename), or when its size and
//! modification time have not changed for `min_age_ms`.
//!
//! Settling is the source's job, not the engine's: on success the input is
//! moved to the processed folder, kept, or deleted (per config) — only after
//! the engine says its record is durable; on failure it is moved to the
//! quarantine folder with a `<name>.error.json` beside it.
#![deny(missing_docs)]

mod config;
mod settle;
mod source;

pub use config::{InboxConfig, OnSuccess};
pub use settle::{quarantine, requeue};
pub use source::{InboxSource, Mode};
