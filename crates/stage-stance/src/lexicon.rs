//! Lexicon matching with the precision rules: quotes and attributions count for
//! little, "so-called" flips, dual naming cancels toponyms in its sentence,
//! repeats of one rule count less each time.
use crate::profile::Profile;
use newsflow_core::Evidence;
use std::collections::HashMap;

/// Markers that put the following words in someone else's mouth.
const ATTRIBUTION: &[&str] = &["what it called", "what they called", "what he called", "what she called", "what it described as", "what they described as", "described as", "what it calls", "what they call", "dubbed", "so-called by"];

/// Factors applied to a match.
#[derive(Debug, Clone, Copy)]
pub struct Precision {
    /// Inside quotation marks.
    pub quoted: f64,
    /// Inside an attribution ("what it called …").
    pub attributed: f64,
}

/// All lexicon evidence of a text (paragraphs in order).
pub fn lexicon_evidence(profile: &Profile, paragraphs: &[&str], precision: Precision) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut seen: HashMap<usize, usize> = HashMap::new();
    let mut matched = profile.rule_set();
    for p in paragraphs {
        let matching: Vec<usize> = profile.rules_matching(p, &mut matched);
        if matching.is_empty() {
            continue;
        }
        // Quotations only matter around a marker: found once one is there.
        let spans = newsflow_text::quote_spans(p);
        // Sentences holding dual naming ("known to Azerbaijanis as …").
        let dual: Vec<(usize, usize)> = matching
            .iter()
            .map(|&ri| &profile.rules[ri])
            .filter(|r| r.kind == "frame" && r.source.contains("known"))
            .flat_map(|r| r.pattern.find_iter(p).map(|m| sentence_of(p, m.start())))
            .collect();
        for &ri in &matching {
            let rule = &profile.rules[ri];
            for m in rule.pattern.find_iter(p) {
                let count = seen.entry(ri).or_default();
                *count += 1;
                let repeat = 0.5f64.powi((*count as i32 - 1).min(4));
                let before = &p[..m.start()];
                let before_lc = newsflow_text::tail_bytes(before, 40).to_lowercase();
                let quoted = spans.iter().find(|s| s.start <= m.start() && m.end() <= s.end);
                let lead_in = quoted.map_or(before_lc.clone(), |s| {
                    newsflow_text::tail_bytes(&p[..s.start], 40).to_lowercase()
                });
                let so_called = lead_in.trim_end().trim_end_matches(['“', '"', '«', '‘', '\'']).trim_end().ends_with("so-called");
                let attributed = ATTRIBUTION.iter().any(|a| lead_in.trim_end().trim_end_matches(['“', '"', '«']).trim_end().ends_with(a));
                let in_dual = rule.kind == "toponym" && dual.iter().any(|(s, e)| *s <= m.start() && m.end() <= *e);
                let mut label = rule.label.clone();
                let mut weight = rule.weight * repeat;
                let mut why = Vec::new();
                if so_called && !rule.source.starts_with("so-called") {
                    if let Some(target) = profile.file.flip.get(&rule.label) {
                        label = target.clone();
                        why.push("after \"so-called\": polarity flipped".to_string());
                    }
                } else if attributed {
                    weight *= precision.attributed;
                    why.push("attributed to someone else".into());
                } else if quoted.is_some() {
                    weight *= precision.quoted;
                    why.push("inside a quotation".into());
                }
                if in_dual {
                    weight = 0.0;
                    why.push("dual naming in the same sentence".into());
                }
                if *count > 1 {
                    why.push(format!("repeat #{count}"));
                }
                let detail = format!(
                    "{} \"{}\" ({}{}{})",
                    rule.kind,
                    m.as_str(),
                    if rule.note.is_empty() { "lexicon" } else { &rule.note },
                    if why.is_empty() { "" } else { "; " },
                    why.join("; ")
                );
                out.push(Evidence { source: "lexicon".into(), label, weight, detail });
            }
        }
    }
    out
}

fn sentence_of(p: &str, at: usize) -> (usize, usize) {
    let start = p[..at].rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let end = p[at..].find(['.', '!', '?']).map_or(p.len(), |i| at + i + 1);
    (start, end)
}
