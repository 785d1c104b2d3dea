//! `filter`: keep or drop documents.
use async_trait::async_trait;
use newsflow_core::{ConfigError, Document, Flow, Stage, StageError, StageSpec};
use serde::Deserialize;
use std::sync::Arc;

/// Options of `filter`. Every condition set must hold for a document to be kept.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FilterConfig {
    /// Keep only these languages (`language` of the record).
    pub languages: Vec<String>,
    /// Keep only documents with at least this many words.
    pub min_words: Option<usize>,
    /// Keep only documents with at most this many words.
    pub max_words: Option<usize>,
    /// Keep only these stance labels.
    pub stance_labels: Vec<String>,
    /// Keep only titles matching this regex.
    pub title_matches: Option<String>,
    /// Keep only bodies matching this regex.
    pub body_matches: Option<String>,
    /// Drop titles matching this regex.
    pub drop_title_matches: Option<String>,
    /// Drop bodies matching this regex.
    pub drop_body_matches: Option<String>,
}

/// The `filter` stage.
#[derive(Debug)]
pub struct FilterStage {
    config: FilterConfig,
    title: Option<regex::Regex>,
    body: Option<regex::Regex>,
    drop_title: Option<regex::Regex>,
    drop_body: Option<regex::Regex>,
}

impl FilterStage {
    /// Compiles the filter.
    pub fn new(config: FilterConfig) -> Result<Self, String> {
        let opt = |name: &str, p: &Option<String>| p.as_deref().map(|p| crate::compile(name, p)).transpose();
        Ok(FilterStage {
            title: opt("title_matches", &config.title_matches)?,
            body: opt("body_matches", &config.body_matches)?,
            drop_title: opt("drop_title_matches", &config.drop_title_matches)?,
            drop_body: opt("drop_body_matches", &config.drop_body_matches)?,
            config,
        })
    }

    /// Why the document is dropped, or `None` to keep it.
    pub fn verdict(&self, doc: &Document) -> Option<String> {
        let c = &self.config;
        let words = doc.word_count();
        let title = doc.fields.title.as_deref().unwrap_or("");
        let body = || doc.body().join("\n");
        if !c.languages.is_empty() && !doc.fields.language.as_ref().is_some_and(|l| c.languages.contains(l)) {
            return Some(format!("language {:?} not in {:?}", doc.fields.language, c.languages));
        }
        if let Some(min) = c.min_words.filter(|m| words < *m) {
            return Some(format!("{words} words < min_words {min}"));
        }
        if let Some(max) = c.max_words.filter(|m| words > *m) {
            return Some(format!("{words} words > max_words {max}"));
        }
        if !c.stance_labels.is_empty() && !doc.stance.as_ref().is_some_and(|s| c.stance_labels.contains(&s.label)) {
            return Some(format!("stance not in {:?}", c.stance_labels));
        }
        if self.title.as_ref().is_some_and(|re| !re.is_match(title)) {
            return Some("title does not match title_matches".into());
        }
        if self.body.as_ref().is_some_and(|re| !re.is_match(&body())) {
            return Some("body does not match body_matches".into());
        }
        if self.drop_title.as_ref().is_some_and(|re| re.is_match(title)) {
            return Some("title matches drop_title_matches".into());
        }
        if self.drop_body.as_ref().is_some_and(|re| re.is_match(&body())) {
            return Some("body matches drop_body_matches".into());
        }
        None
    }
}

#[async_trait]
impl Stage for FilterStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        Ok(match self.verdict(doc) {
            Some(reason) => Flow::Drop { reason },
            None => Flow::Continue,
        })
    }
}

pub(crate) fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    newsflow_core::build_stage(spec, FilterStage::new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::Block;

    #[test]
    fn keeps_and_drops_with_reasons() -> Result<(), String> {
        let mut doc = Document::default();
        doc.blocks.push(Block::paragraph("A short ceasefire note.", 1));
        doc.fields.language = Some("en".into());
        let f = FilterStage::new(FilterConfig { min_words: Some(50), ..FilterConfig::default() })?;
        assert!(f.verdict(&doc).is_some_and(|r| r.contains("min_words")));
        let f = FilterStage::new(FilterConfig { languages: vec!["en".into()], body_matches: Some("(?i)ceasefire".into()), ..FilterConfig::default() })?;
        assert_eq!(f.verdict(&doc), None);
        assert!(FilterStage::new(FilterConfig { title_matches: Some("(".into()), ..FilterConfig::default() }).is_err());
        Ok(())
    }
}
