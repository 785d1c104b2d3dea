//! The record written to the outbox: the contract evaluation scripts and users read.
use crate::{Dateline, Document, Entities, Outlet, Quote, Removed, SourceInfo, StageTiming, Stance};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Pipeline provenance stamped into each record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PipelineInfo {
    /// newsflow version.
    pub version: String,
    /// Time spent per stage.
    pub timings: Vec<StageTiming>,
}

/// One output record per input. Field names are a contract: do not rename.
///
/// A record built from a document borrows the document's text (`Cow`): it
/// exists to be serialised, and copying every paragraph and removed line
/// first was a tenth of the emit stage. Deserialised records own their data.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record<'a> {
    /// Record id (also the outbox file stem).
    pub id: Cow<'a, str>,
    /// Where the input came from.
    pub source: Cow<'a, SourceInfo>,
    /// The headline.
    pub title: Option<Cow<'a, str>>,
    /// Where the headline came from (`"h1 (confirmed by meta:og:title)"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_source: Option<Cow<'a, str>>,
    /// Publication date-time, ISO 8601.
    pub published: Option<Cow<'a, str>>,
    /// Where the date came from (`"meta:article:published_time"`, `"date_line \"…\""`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_source: Option<Cow<'a, str>>,
    /// The dateline.
    pub dateline: Option<Cow<'a, Dateline>>,
    /// The outlet with its evidence.
    pub outlet: Option<Cow<'a, Outlet>>,
    /// Authors.
    pub authors: Cow<'a, [String]>,
    /// Kept paragraphs, original wording.
    pub body: Vec<Cow<'a, str>>,
    /// Removed lines with reasons.
    pub removed: Cow<'a, [Removed]>,
    /// Named entities.
    pub entities: Cow<'a, Entities>,
    /// Direct quotations with their speakers.
    pub quotes: Cow<'a, [Quote]>,
    /// The stance of the source.
    pub stance: Option<Cow<'a, Stance>>,
    /// Language code.
    pub language: Option<Cow<'a, str>>,
    /// Words in the body.
    pub word_count: usize,
    /// Input format (`text` or `html`) and decoding.
    pub format: crate::InputFormat,
    /// How the bytes were decoded.
    pub decode: Cow<'a, crate::DecodeInfo>,
    /// Tags added by stages.
    pub tags: Cow<'a, [String]>,
    /// Fields added by custom stages.
    #[serde(default, skip_serializing_if = "is_empty_map")]
    pub extra: Cow<'a, serde_json::Map<String, serde_json::Value>>,
    /// Pipeline provenance.
    pub pipeline: PipelineInfo,
}

// serde hands `skip_serializing_if` a reference to the field, which is a Cow.
#[allow(clippy::ptr_arg)]
fn is_empty_map(map: &Cow<'_, serde_json::Map<String, serde_json::Value>>) -> bool {
    map.is_empty()
}

impl<'a> Record<'a> {
    /// The record of a document, borrowing its text.
    pub fn from_document(doc: &'a Document) -> Self {
        let f = &doc.fields;
        Record {
            id: Cow::Borrowed(&doc.id),
            source: Cow::Borrowed(&doc.source),
            title: f.title.as_deref().map(Cow::Borrowed),
            title_source: f.title_source.as_deref().map(Cow::Borrowed),
            published: f.published.as_deref().map(Cow::Borrowed),
            published_source: f.published_source.as_deref().map(Cow::Borrowed),
            dateline: f.dateline.as_ref().map(Cow::Borrowed),
            outlet: f.outlet.as_ref().map(Cow::Borrowed),
            authors: Cow::Borrowed(&f.authors),
            body: doc.blocks.iter().map(|b| Cow::Borrowed(b.text.as_str())).collect(),
            removed: Cow::Borrowed(&doc.removed),
            entities: Cow::Borrowed(&f.entities),
            quotes: Cow::Borrowed(&f.quotes),
            stance: doc.stance.as_ref().map(Cow::Borrowed),
            language: f.language.as_deref().map(Cow::Borrowed),
            word_count: doc.word_count(),
            format: doc.format,
            decode: Cow::Borrowed(&doc.decode),
            tags: Cow::Borrowed(&doc.tags),
            extra: Cow::Borrowed(&doc.extra),
            pipeline: PipelineInfo { version: crate::VERSION.to_string(), timings: doc.timings.clone() },
        }
    }

    /// Leaves the removed lines out (the emit stages' `include_removed = false`).
    pub fn without_removed(mut self) -> Self {
        self.removed = Cow::Borrowed(&[]);
        self
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
        assert!(value.get("title_source").is_none(), "no title, no source");
    }

    #[test]
    fn title_and_date_say_where_they_came_from() {
        let mut doc = Document::default();
        doc.fields.title = Some("Ceasefire holds".into());
        doc.fields.title_source = Some("meta:og:title".into());
        doc.fields.published = Some("2020-11-23".into());
        doc.fields.published_source = Some("jsonld:datePublished".into());
        let value = serde_json::to_value(Record::from_document(&doc)).unwrap_or_default();
        assert_eq!(value["title_source"], "meta:og:title");
        assert_eq!(value["published_source"], "jsonld:datePublished");
    }
}
