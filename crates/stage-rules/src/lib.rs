//! Declarative stages: the common custom steps, written as data in `pipeline.toml`.
//!
//! * `filter` keeps or drops documents on language, word count, stance label
//!   and regular expressions over title and body;
//! * `tag` adds tags when terms occur;
//! * `regex_replace` rewrites the body or the title;
//! * `drop_lines` removes body lines matching patterns, recording each with its reason.
//!
//! Key design choice: each kind is a small, fully validated config struct
//! (unknown keys and bad regexes fail at load, naming the stage) rather than a
//! general expression language: the frequent cases need no code and cannot
//! fail at run time. Anything beyond them belongs in an `exec` stage.
#![deny(missing_docs)]

mod filter;
mod lines;
mod tag;

pub use filter::{FilterConfig, FilterStage};
pub use lines::{DropLinesConfig, DropLinesStage, RegexReplaceConfig, RegexReplaceStage, TextField};
pub use tag::{TagConfig, TagRule, TagStage};

use newsflow_core::{Registry, StageKind};

/// Compiles a regex option, naming the option in the error.
pub(crate) fn compile(option: &str, pattern: &str) -> Result<regex::Regex, String> {
    regex::Regex::new(pattern).map_err(|e| format!("{option}: `{pattern}`: {e}"))
}

/// Registers `filter`, `tag`, `regex_replace` and `drop_lines`.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind { kind: "filter", description: "keep or drop documents on language, word count, stance label, title/body regex", factory: filter::factory });
    registry.register(StageKind { kind: "tag", description: "add tags when terms occur in the title or body", factory: tag::factory });
    registry.register(StageKind { kind: "regex_replace", description: "rewrite the body or the title with a regular expression", factory: lines::replace_factory });
    registry.register(StageKind { kind: "drop_lines", description: "remove body lines matching patterns (extra boilerplate), keeping each with its reason", factory: lines::drop_factory });
}
