//! `tag`: add tags when terms occur.
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use async_trait::async_trait;
use newsflow_core::{ConfigError, Document, Flow, Stage, StageError, StageSpec};
use serde::Deserialize;
use std::sync::Arc;

/// One tagging rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagRule {
    /// The tag to add.
    pub tag: String,
    /// Terms (case-insensitive, whole words) that trigger it.
    pub terms: Vec<String>,
    /// Where to look: `title`, `body` or `any` (default).
    #[serde(default = "any")]
    pub field: String,
}

fn any() -> String {
    "any".into()
}

/// Options of `tag`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagConfig {
    /// The rules.
    pub rule: Vec<TagRule>,
}

/// The `tag` stage.
#[derive(Debug)]
pub struct TagStage {
    rules: Vec<(TagRule, AhoCorasick)>,
}

impl TagStage {
    /// Compiles the rules.
    pub fn new(config: TagConfig) -> Result<Self, String> {
        let rules = config
            .rule
            .into_iter()
            .map(|r| {
                if !["any", "title", "body"].contains(&r.field.as_str()) {
                    return Err(format!("rule `{}`: field must be title, body or any", r.tag));
                }
                if r.terms.is_empty() {
                    return Err(format!("rule `{}`: no terms", r.tag));
                }
                let ac = AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).build(&r.terms).map_err(|e| e.to_string())?;
                Ok((r, ac))
            })
            .collect::<Result<_, _>>()?;
        Ok(TagStage { rules })
    }

    /// Adds the tags whose terms occur.
    pub fn tag(&self, doc: &mut Document) {
        let title = doc.fields.title.clone().unwrap_or_default();
        let body = doc.body().join("\n");
        for (rule, ac) in &self.rules {
            let texts: Vec<&str> = match rule.field.as_str() {
                "title" => vec![&title],
                "body" => vec![&body],
                _ => vec![&title, &body],
            };
            let hit = texts.iter().any(|t| {
                ac.find_iter(*t).any(|m| {
                    !t[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric) && !t[m.end()..].chars().next().is_some_and(char::is_alphanumeric)
                })
            });
            if hit && !doc.tags.contains(&rule.tag) {
                doc.tags.push(rule.tag.clone());
            }
        }
    }
}

#[async_trait]
impl Stage for TagStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.tag(doc);
        Ok(Flow::Continue)
    }
}

pub(crate) fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    newsflow_core::build_stage(spec, TagStage::new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::Block;

    #[test]
    fn tags_on_whole_words() -> Result<(), String> {
        let stage = TagStage::new(TagConfig {
            rule: vec![
                TagRule { tag: "ceasefire".into(), terms: vec!["ceasefire".into(), "truce".into()], field: "any".into() },
                TagRule { tag: "war".into(), terms: vec!["war".into()], field: "body".into() },
            ],
        })?;
        let mut doc = Document::default();
        doc.blocks.push(Block::paragraph("The CEASEFIRE held; a software update followed.", 1));
        stage.tag(&mut doc);
        assert_eq!(doc.tags, vec!["ceasefire"]);
        Ok(())
    }
}
