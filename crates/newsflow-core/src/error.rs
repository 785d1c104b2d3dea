//! Typed errors shared by stages, sources and the engine.
use thiserror::Error;

/// An error raised while a stage processes one document. It fails that document
/// only: the engine quarantines the input and goes on.
#[derive(Debug, Error)]
pub enum StageError {
    /// The input cannot be processed (undecodable, binary, empty...).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// An I/O operation failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The stage exceeded its time budget.
    #[error("timed out after {0} ms")]
    Timeout(u64),
    /// Any other failure, described.
    #[error("{0}")]
    Failed(String),
}

impl StageError {
    /// Wraps an I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        StageError::Io { context: context.into(), source }
    }
}

/// An error in `pipeline.toml` or in a data file it references, found at load time.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// A `[[stage]]` names a kind nobody registered.
    #[error("stage #{index} ({name}): unknown kind `{kind}` (known kinds: {known})")]
    UnknownKind {
        /// Position of the stage table (1-based).
        index: usize,
        /// Its name.
        name: String,
        /// The kind it asked for.
        kind: String,
        /// The registered kinds.
        known: String,
    },
    /// A stage's options do not fit its config struct.
    #[error("stage `{stage}`: {message}")]
    Option {
        /// The stage's name.
        stage: String,
        /// What is wrong, naming the key.
        message: String,
    },
    /// A data file referenced from a stage could not be read or parsed.
    #[error("stage `{stage}`: data file {path}: {message}")]
    Data {
        /// The stage's name.
        stage: String,
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A top-level section is invalid.
    #[error("{0}")]
    Invalid(String),
}

/// An error of a source of inputs (reading, acknowledging, quarantining).
#[derive(Debug, Error)]
pub enum SourceError {
    /// An I/O operation failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Anything else.
    #[error("{0}")]
    Other(String),
}

impl SourceError {
    /// Wraps an I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        SourceError::Io { context: context.into(), source }
    }
}
