//! The `stance` stage: the framing of the source, as labels from config.
//!
//! Evidence is combined as log-odds and every piece is reported: a prior per
//! label, an outlet prior (outlet name from the extract stage → label, with
//! provenance), and a framing lexicon of regular expressions with precision
//! rules (quoted or attributed markers count for little, "so-called" flips the
//! polarity, dual naming cancels toponyms). Scores go through a softmax; the
//! label is the most probable one, its probability is the confidence.
//!
//! Key design choice: the code knows no label. Labels, priors, flips, outlet
//! priors and the lexicon come from a profile file (`config/stance/…`), so the
//! same stage classifies any conflict a user writes a profile for.
#![deny(missing_docs)]

mod lexicon;
pub mod model;
mod profile;

pub use lexicon::{lexicon_evidence, Precision};
pub use profile::{parse_lexicon, LexiconRule, OutletPrior, Profile, ProfileFile};

use async_trait::async_trait;
use newsflow_core::{parse_options, ConfigError, Document, Evidence, Flow, Registry, Stage, StageError, StageKind, StageSpec, Stance};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use thiserror::Error;

/// Errors of the stance stage's data.
#[derive(Debug, Error)]
pub enum StanceError {
    /// A data file is missing or malformed.
    #[error("{0}: {1}")]
    Data(String, String),
}

/// Options of the `stance` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StanceConfig {
    /// The profile file (labels, priors, outlets, lexicon).
    pub profile: String,
    /// Weight factor of a lexicon match inside quotation marks.
    pub quoted_factor: f64,
    /// Weight factor of a lexicon match inside an attribution.
    pub attributed_factor: f64,
    /// Scale of all lexicon weights.
    pub lexicon_scale: f64,
    /// Scale of the outlet prior.
    pub outlet_scale: f64,
    /// A model trained with `newsflow stance train` (optional).
    pub model: Option<String>,
    /// Scale of the model's evidence.
    pub model_weight: f64,
    /// Below this confidence the stage abstains: the label is `abstain_label`
    /// (the scores and evidence are still reported). 0 never abstains.
    pub min_confidence: f64,
    /// The label given when the stage abstains.
    pub abstain_label: String,
}

impl Default for StanceConfig {
    fn default() -> Self {
        StanceConfig {
            profile: "config/stance/karabakh.toml".into(),
            quoted_factor: 0.25,
            attributed_factor: 0.0,
            lexicon_scale: 1.0,
            outlet_scale: 1.0,
            model: None,
            model_weight: 1.0,
            min_confidence: 0.0,
            abstain_label: "unknown".into(),
        }
    }
}

/// The `stance` stage.
#[derive(Debug)]
pub struct StanceStage {
    profile: Profile,
    config: StanceConfig,
    model: Option<model::Model>,
}

impl StanceStage {
    /// Builds the stage from a loaded profile.
    pub fn new(profile: Profile, config: StanceConfig) -> Self {
        StanceStage { profile, config, model: None }
    }

    /// Adds a trained model; its labels must be among the profile's.
    pub fn with_model(mut self, model: model::Model) -> Result<Self, String> {
        if let Some(l) = model.header.labels.iter().find(|l| !self.profile.file.labels.contains(l)) {
            return Err(format!("model label `{l}` is not among the profile's labels {:?}", self.profile.file.labels));
        }
        self.model = Some(model);
        Ok(self)
    }

    /// Every piece of evidence for a document.
    pub fn evidence(&self, doc: &Document) -> Vec<Evidence> {
        let mut evidence = Vec::new();
        for (label, weight) in &self.profile.file.prior {
            evidence.push(Evidence { source: "prior".into(), label: label.clone(), weight: *weight, detail: "prior of the profile".into() });
        }
        if let Some(outlet) = &doc.fields.outlet {
            if let Some(p) = self.profile.outlet_prior(&outlet.name) {
                evidence.push(Evidence {
                    source: "outlet".into(),
                    label: p.label.clone(),
                    weight: p.weight * self.config.outlet_scale,
                    detail: format!("outlet {} ({})", p.name, p.provenance),
                });
            }
        }
        let mut texts: Vec<&str> = Vec::new();
        if let Some(t) = &doc.fields.title {
            texts.push(t);
        }
        texts.extend(doc.blocks.iter().map(|b| b.text.as_str()));
        if let Some(model) = &self.model {
            // Naive Bayes log-scores grow with length: centre them and divide by
            // the square root of the feature count so one model vote is on the
            // scale of a few lexicon markers.
            let (scores, n) = model.scores_of(&texts);
            let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
            let norm = (n.max(1) as f64).sqrt();
            for (label, s) in model.header.labels.iter().zip(&scores) {
                evidence.push(Evidence {
                    source: "model".into(),
                    label: label.clone(),
                    weight: self.config.model_weight * (s - mean) / norm,
                    detail: format!("hashed n-gram naive Bayes over {n} features"),
                });
            }
        }
        let precision = Precision { quoted: self.config.quoted_factor, attributed: self.config.attributed_factor };
        for mut e in lexicon_evidence(&self.profile, &texts, precision) {
            e.weight *= self.config.lexicon_scale;
            evidence.push(e);
        }
        evidence
    }

    /// Combines evidence into a stance.
    pub fn classify(&self, doc: &Document) -> Stance {
        let evidence = self.evidence(doc);
        let labels = &self.profile.file.labels;
        let mut raw: BTreeMap<String, f64> = labels.iter().map(|l| (l.clone(), 0.0)).collect();
        for e in &evidence {
            if let Some(s) = raw.get_mut(&e.label) {
                *s += e.weight;
            }
        }
        let max = raw.values().cloned().fold(f64::NEG_INFINITY, f64::max);
        let total: f64 = raw.values().map(|s| (s - max).exp()).sum();
        let scores: BTreeMap<String, f64> = raw.iter().map(|(l, s)| (l.clone(), round3((s - max).exp() / total))).collect();
        // Ties go to the label listed first in the profile.
        let label = labels.iter().max_by(|a, b| raw[*a].total_cmp(&raw[*b]).then(std::cmp::Ordering::Greater)).cloned().unwrap_or_default();
        let confidence = scores.get(&label).copied().unwrap_or(0.0);
        let label = if confidence < self.config.min_confidence { self.config.abstain_label.clone() } else { label };
        let evidence = evidence.into_iter().filter(|e| e.weight != 0.0 || e.source == "lexicon").collect();
        Stance { label, confidence, scores, evidence }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}


#[async_trait]
impl Stage for StanceStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        doc.stance = Some(self.classify(doc));
        Ok(Flow::Continue)
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: StanceConfig = parse_options(spec)?;
    for (name, v) in [("quoted_factor", config.quoted_factor), ("attributed_factor", config.attributed_factor)] {
        if !(0.0..=1.0).contains(&v) {
            return Err(spec.error(format!("{name} must be between 0 and 1")));
        }
    }
    if !(0.0..=1.0).contains(&config.min_confidence) {
        return Err(spec.error("min_confidence must be between 0 and 1"));
    }
    if config.abstain_label.trim().is_empty() {
        return Err(spec.error("abstain_label must not be empty"));
    }
    let path = spec.resolve_path(&config.profile);
    let profile = Profile::load(&path).map_err(|e| spec.data_error(&path, e))?;
    let model_path = config.model.as_ref().map(|m| spec.resolve_path(m));
    let mut stage = StanceStage::new(profile, config);
    if let Some(path) = model_path {
        let model = model::Model::load(&path).map_err(|e| spec.data_error(&path, e))?;
        stage = stage.with_model(model).map_err(|e| spec.data_error(&path, e))?;
    }
    Ok(Arc::new(stage))
}

/// Registers the `stance` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind {
        kind: "stance",
        description: "source stance from outlet prior + framing lexicon (+ model), labels and evidence from a profile file",
        factory,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::{Block, Outlet};

    fn stage() -> StanceStage {
        let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../config/stance/karabakh.toml"));
        StanceStage::new(Profile::load(path).unwrap_or_else(|e| panic!("{e}")), StanceConfig::default())
    }

    fn doc(paragraphs: &[&str], outlet: Option<&str>) -> Document {
        let mut d = Document::default();
        d.blocks = paragraphs.iter().enumerate().map(|(i, p)| Block::paragraph(*p, i)).collect();
        d.fields.outlet = outlet.map(|n| Outlet { name: n.into(), evidence: vec![] });
        d
    }

    #[test]
    fn framing_decides_without_an_outlet() {
        let s = stage().classify(&doc(&["Armenian forces in the occupied Azerbaijani lands shelled positions before Azerbaijani forces liberated the city of Shusha."], None));
        assert_eq!(s.label, "pro_azerbaijan");
        assert!(s.evidence.iter().any(|e| e.source == "lexicon" && e.label == "pro_azerbaijan"));
    }

    #[test]
    fn a_marker_after_characters_of_any_width_is_read() {
        // (The 40 bytes before a marker once split a character: the stage
        // panicked and the article was quarantined.)
        for pad in 0..4 {
            let text = format!("{}{}\u{FFFD} forces shelled the occupied Azerbaijani lands", "x".repeat(pad), "é".repeat(20));
            let s = stage().classify(&doc(&[&text], None));
            assert_eq!(s.label, "pro_azerbaijan", "{:?}", s.evidence);
        }
    }

    #[test]
    fn quotes_attribution_and_so_called() {
        let s = stage();
        let attributed = s.classify(&doc(&["Baku announced what it described as \"local anti-terrorist measures\" in the breakaway region."], None));
        assert_eq!(attributed.label, "neutral");
        let flipped = s.classify(&doc(&["Troops entered the so-called Republic of Artsakh and the so-called NKR."], None));
        assert_eq!(flipped.label, "pro_azerbaijan", "{:?}", flipped.evidence);
        let plain = s.classify(&doc(&["Soldiers of the Artsakh Defense Army held positions in Artsakh."], Some("Asbarez")));
        assert_eq!(plain.label, "pro_armenia");
        let sum: f64 = plain.scores.values().sum();
        assert!((sum - 1.0).abs() < 0.01);
    }

    #[test]
    fn abstains_below_the_confidence_floor() {
        let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../config/stance/karabakh.toml"));
        let profile = || Profile::load(path).unwrap_or_else(|e| panic!("{e}"));
        let text = ["The weather in the region was mild on Tuesday, officials said."];
        let plain = StanceStage::new(profile(), StanceConfig::default()).classify(&doc(&text, None));
        assert_ne!(plain.label, "unknown");
        let floor = plain.confidence + 0.01;
        let cautious = StanceStage::new(profile(), StanceConfig { min_confidence: floor, abstain_label: "unsure".into(), ..StanceConfig::default() });
        let abstained = cautious.classify(&doc(&text, None));
        assert_eq!(abstained.label, "unsure");
        assert_eq!(abstained.scores, plain.scores, "scores are still reported");
        let framed = cautious.classify(&doc(&["Azerbaijani forces liberated the occupied territories and Shusha."], None));
        assert_eq!(framed.label, "pro_azerbaijan", "clear framing is above the floor");
    }

    #[test]
    fn profiles_reject_unknown_labels() {
        let file = ProfileFile { labels: vec!["a".into(), "b".into()], lexicon: None, prior: [("c".to_string(), 1.0)].into(), flip: Default::default(), outlet: vec![] };
        assert!(Profile::new(file, vec![]).is_err());
    }
}
