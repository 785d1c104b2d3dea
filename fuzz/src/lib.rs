//! Shared driver of the fuzz targets: the built-in text stages with their
//! shipped data, built once per process, run on one input in order.
//!
//! The targets call the stages' synchronous entry points (`clean`, `strip`,
//! `extract`) so that a finding reproduces without an async runtime.
use newsflow_core::{Document, SourceInfo};
use stage_boilerplate::BoilerplateStage;
use stage_clean::{CleanConfig, CleanStage};
use stage_extract::ExtractStage;
use std::sync::OnceLock;

/// How far through the pipeline one input goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Depth {
    /// Decoding and block splitting only.
    Clean,
    /// Clean, then boilerplate removal.
    Boilerplate,
    /// Clean, boilerplate removal, then field extraction.
    Extract,
}

struct Stages {
    clean: CleanStage,
    boilerplate: BoilerplateStage,
    extract: ExtractStage,
}

fn stages() -> &'static Stages {
    static STAGES: OnceLock<Stages> = OnceLock::new();
    STAGES.get_or_init(|| Stages {
        clean: CleanStage::new(CleanConfig::default()).unwrap_or_else(|e| panic!("clean config: {e}")),
        boilerplate: BoilerplateStage::with_defaults().unwrap_or_else(|e| panic!("cues: {e}")),
        extract: ExtractStage::with_defaults().unwrap_or_else(|e| panic!("extract data: {e}")),
    })
}

/// Runs `bytes`, named `file_name` (the extension picks text or HTML), through
/// the stages up to `depth`. A stage may reject the input with an error; it must
/// never panic, hang or blow the stack.
pub fn run(file_name: &str, bytes: &[u8], depth: Depth) -> Document {
    let source = SourceInfo { path: file_name.to_string(), sha256: String::new(), bytes: bytes.len() as u64, received: String::new() };
    let mut doc = Document::new("fuzz", file_name, source, bytes.to_vec());
    let stages = stages();
    if stages.clean.clean(&mut doc).is_err() {
        return doc;
    }
    if depth >= Depth::Boilerplate {
        stages.boilerplate.strip(&mut doc);
    }
    if depth >= Depth::Extract {
        stages.extract.extract(&mut doc);
    }
    doc
}
