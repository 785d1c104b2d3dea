//! `regex_replace` and `drop_lines`: line-level rewriting of the body.
use async_trait::async_trait;
use newsflow_core::{ConfigError, Document, Flow, Removed, RemovedKind, Stage, StageError, StageSpec};
use serde::Deserialize;
use std::sync::Arc;

/// Which text a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextField {
    /// Every body paragraph.
    Body,
    /// The title.
    Title,
}

/// Options of `regex_replace`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegexReplaceConfig {
    /// `body` or `title`.
    pub field: TextField,
    /// The regex.
    pub pattern: String,
    /// The replacement (`$1`, `${name}` refer to groups).
    pub replacement: String,
}

/// The `regex_replace` stage.
#[derive(Debug)]
pub struct RegexReplaceStage {
    field: TextField,
    pattern: regex::Regex,
    replacement: String,
}

impl RegexReplaceStage {
    /// Compiles the rule.
    pub fn new(config: RegexReplaceConfig) -> Result<Self, String> {
        Ok(RegexReplaceStage { field: config.field, pattern: crate::compile("pattern", &config.pattern)?, replacement: config.replacement })
    }

    /// Applies the rule; paragraphs left empty are removed.
    pub fn apply(&self, doc: &mut Document) {
        match self.field {
            TextField::Title => {
                if let Some(t) = &doc.fields.title {
                    doc.fields.title = Some(self.pattern.replace_all(t, self.replacement.as_str()).trim().to_string());
                }
            }
            TextField::Body => {
                for b in &mut doc.blocks {
                    b.text = self.pattern.replace_all(&b.text, self.replacement.as_str()).trim().to_string();
                }
                doc.blocks.retain(|b| !b.text.is_empty());
            }
        }
    }
}

#[async_trait]
impl Stage for RegexReplaceStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.apply(doc);
        Ok(Flow::Continue)
    }
}

pub(crate) fn replace_factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    newsflow_core::build_stage(spec, RegexReplaceStage::new)
}

/// Options of `drop_lines`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DropLinesConfig {
    /// Regexes; a body paragraph matching any is removed.
    pub patterns: Vec<String>,
    /// The reason recorded (default: the pattern that matched).
    #[serde(default)]
    pub reason: Option<String>,
}

/// The `drop_lines` stage.
#[derive(Debug)]
pub struct DropLinesStage {
    patterns: Vec<regex::Regex>,
    reason: Option<String>,
}

impl DropLinesStage {
    /// Compiles the patterns.
    pub fn new(config: DropLinesConfig) -> Result<Self, String> {
        if config.patterns.is_empty() {
            return Err("patterns: at least one pattern is needed".into());
        }
        let patterns = config.patterns.iter().map(|p| crate::compile("patterns", p)).collect::<Result<_, _>>()?;
        Ok(DropLinesStage { patterns, reason: config.reason })
    }

    /// Removes matching paragraphs into `removed`.
    pub fn apply(&self, doc: &mut Document) {
        let blocks = std::mem::take(&mut doc.blocks);
        for block in blocks {
            match self.patterns.iter().find(|re| re.is_match(&block.text)) {
                Some(re) => {
                    let reason = self.reason.clone().unwrap_or_else(|| format!("drop_lines: /{}/", re.as_str()));
                    doc.removed.push(Removed { text: block.text, reason, kind: RemovedKind::Custom, position: block.position });
                }
                None => doc.blocks.push(block),
            }
        }
    }
}

#[async_trait]
impl Stage for DropLinesStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.apply(doc);
        Ok(Flow::Continue)
    }
}

pub(crate) fn drop_factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    newsflow_core::build_stage(spec, DropLinesStage::new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::Block;

    fn doc() -> Document {
        let mut d = Document::default();
        d.blocks = vec![Block::paragraph("Follow us on Mastodon", 1), Block::paragraph("The talks resumed  today.", 2)];
        d.fields.title = Some("Talks | Site".into());
        d
    }

    #[test]
    fn drop_lines_keeps_reasons() -> Result<(), String> {
        let mut d = doc();
        DropLinesStage::new(DropLinesConfig { patterns: vec!["(?i)^follow us".into()], reason: None })?.apply(&mut d);
        assert_eq!(d.body(), vec!["The talks resumed  today."]);
        assert_eq!(d.removed[0].kind, RemovedKind::Custom);
        assert!(d.removed[0].reason.contains("follow us"));
        Ok(())
    }

    #[test]
    fn regex_replace_body_and_title() -> Result<(), String> {
        let mut d = doc();
        RegexReplaceStage::new(RegexReplaceConfig { field: TextField::Body, pattern: r"\s{2,}".into(), replacement: " ".into() })?.apply(&mut d);
        RegexReplaceStage::new(RegexReplaceConfig { field: TextField::Title, pattern: r"\s*\|.*$".into(), replacement: String::new() })?.apply(&mut d);
        assert_eq!(d.body()[1], "The talks resumed today.");
        assert_eq!(d.fields.title.as_deref(), Some("Talks"));
        Ok(())
    }
}
