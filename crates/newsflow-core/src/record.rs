//! The record written to the outbox: the contract evaluation scripts and users read.
use crate::{Dateline, Document, Entities, Outlet, Quote, Removed, SourceInfo, StageTiming, Stance};
use serde::{Deserialize, Serialize};

/// Pipeline provenance stamped into each record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PipelineInfo {
    /// newsflow version.
    pub version: String,
    /// Time spent per stage.
    pub timings: Vec<StageTiming>,
}

/// One output record per input. Field names are a contract: do not rename.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    /// Record id (also the outbox file stem).
    pub id: String,
    /// Where the input came from.
    pub source: SourceInfo,
    /// The headline.
    pub title: Option<String>,
    /// Publication date-time, ISO 8601.
    pub published: Option<String>,
    /// The dateline.
    pub dateline: Option<Dateline>,
    /// The outlet with its evidence.
    pub outlet: Option<Outlet>,
    /// Authors.
    pub authors: Vec<String>,
    /// Kept paragraphs, original wording.
    pub body: Vec<String>,
    /// Removed lines with reasons.
    pub removed: Vec<Removed>,
    /// Named entities.
    pub entities: Entities,
    /// Direct quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// The stance of the source.
    pub stance: Option<Stance>,
    /// Language code.
    pub language: Option<String>,
    /// Words in the body.
    pub word_count: usize,
    /// Input format (`text` or `html`) and decoding.
    pub format: crate::InputFormat,
    /// How the bytes were decoded.
    pub decode: crate::DecodeInfo,
    /// Tags added by stages.
    pub tags: Vec<String>,
    /// Fields added by custom stages.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Pipeline provenance.
    pub pipeline: PipelineInfo,
}

impl Record {
    /// Builds the record of a finished document.
    pub fn from_document(doc: &Document) -> Self {
        let f = &doc.fields;
        Record {
            id: doc.id.clone(),
            source: doc.source.clone(),
            title: f.title.clone(),
            published: f.published.clone(),
            dateline: f.dateline.clone(),
            outlet: f.outlet.clone(),
            authors: f.authors.clone(),
            body: doc.blocks.iter().map(|b| b.text.clone()).collect(),
            removed: doc.removed.clone(),
            entities: f.entities.clone(),
            quotes: f.quotes.clone(),
            stance: doc.stance.clone(),
            language: f.language.clone(),
            word_count: doc.word_count(),
            format: doc.format,
            decode: doc.decode.clone(),
            tags: doc.tags.clone(),
            extra: doc.extra.clone(),
            pipeline: PipelineInfo { version: crate::VERSION.to_string(), timings: doc.timings.clone() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Block;

    #[test]
    fn record_carries_contract_field_names() {
        let mut doc = Document::default();
        doc.id = "a".into();
        doc.blocks.push(Block::paragraph("One two three.", 1));
        let value = serde_json::to_value(Record::from_document(&doc)).unwrap_or_default();
        for key in ["id", "source", "title", "published", "outlet", "body", "removed", "entities", "quotes", "stance", "language", "word_count", "pipeline"] {
            assert!(value.get(key).is_some(), "missing {key}");
        }
        assert_eq!(value["word_count"], 3);
        assert!(value["entities"].get("organizations").is_some());
    }
}
