//! Engine errors.
use thiserror::Error;

/// What can stop the engine (as opposed to failing one document).
#[derive(Debug, Error)]
pub enum EngineError {
    /// The configuration is invalid.
    #[error(transparent)]
    Config(#[from] newsflow_core::ConfigError),
    /// The configuration file could not be read or parsed.
    #[error("config {path}: {message}")]
    Load {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// State on disk (ledger) could not be read or written.
    #[error("state {path}: {source}")]
    State {
        /// The file.
        path: String,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// A scratch table of the state (ledger index, id owners) failed.
    #[error(transparent)]
    Index(#[from] newsflow_diskmap::DiskMapError),
    /// A stage could not make its batch of outputs durable.
    #[error("stage {stage}: commit failed: {message}")]
    Commit {
        /// The stage.
        stage: String,
        /// What went wrong.
        message: String,
    },
}
