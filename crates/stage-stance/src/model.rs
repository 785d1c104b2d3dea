//! A trainable stance model: Bernoulli naive Bayes over hashed
//! word unigrams and bigrams, with outlet names and datelines masked so that
//! it learns framing, not bylines.
//!
//! Chosen over logistic regression for this stage because it trains in one
//! pass (30,000 articles in seconds), needs no tuning loop, and its per-term
//! log-likelihood ratios are directly reportable as evidence.
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::Path;

/// One labelled example (`newsflow stance train --data FILE.jsonl`).
#[derive(Debug, Clone, Deserialize)]
pub struct Example {
    /// Article text.
    pub text: String,
    /// Its label.
    pub label: String,
    /// Optional title (scored with the text).
    #[serde(default)]
    pub title: Option<String>,
    /// Optional outlet name (masked, and used for grouped evaluation).
    #[serde(default)]
    pub outlet: Option<String>,
}

/// Model settings and metadata, stored as the file's first line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelHeader {
    /// Format version.
    pub version: u32,
    /// Labels, in weight-row order.
    pub labels: Vec<String>,
    /// Hash buckets (power of two).
    pub buckets: usize,
    /// Additive smoothing.
    pub alpha: f64,
    /// Per-label base score (Σ log(1 − p) over all features; label priors are uniform).
    pub priors: Vec<f64>,
    /// Features used by fewer outlets than this were dropped in training.
    #[serde(default)]
    pub min_outlets: usize,
    /// Phrases masked before training and scoring (outlet names).
    pub masks: Vec<String>,
}

/// A trained model.
#[derive(Debug, Clone)]
pub struct Model {
    /// Settings and metadata.
    pub header: ModelHeader,
    weights: Vec<f32>,
    masker: Masker,
}

/// The outlet names of a model, found in one pass over a text (a model
/// trained on many outlets has many names; one scan per name was most of the
/// scoring time).
#[derive(Debug, Clone, Default)]
pub struct Masker {
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl Masker {
    /// A masker for names in any letter case; the longest name wins where they overlap.
    pub fn new(masks: &[String]) -> Self {
        let names: Vec<&String> = masks.iter().filter(|m| !m.is_empty()).collect();
        let matcher = (!names.is_empty())
            .then(|| {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .build(&names)
                    .ok()
            })
            .flatten();
        Masker { matcher }
    }
}

/// Errors of model files and data.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Reading or writing failed.
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    /// The file or the data is malformed.
    #[error("{0}")]
    Format(String),
}

const MAGIC: &str = "newsflow-stance-nb";

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// Spreads every input bit over the low bits (buckets are taken from them).
fn finish(h: u64) -> u64 {
    let h = (h ^ (h >> 32)).wrapping_mul(MIX);
    h ^ (h >> 29)
}

/// Hash of a word in ASCII lower case, eight bytes per multiply (a byte-wise
/// hash was a third of scoring); no lower-cased copy is made.
fn word_hash(word: &[u8]) -> u64 {
    let mut h = word.len() as u64;
    for chunk in word.chunks(8) {
        let mut v = 0u64;
        for (i, b) in chunk.iter().enumerate() {
            v |= u64::from(*b) << (8 * i);
        }
        h = (h.rotate_left(23) ^ ascii_lower(v)).wrapping_mul(MIX);
    }
    finish(h)
}

/// ASCII upper-case letters of eight bytes to lower case at once; other
/// bytes are kept (a byte ≥ 0x80 is left alone as its high bit is cleared
/// before the range test).
fn ascii_lower(v: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = v & LOW7;
    // High bit of each byte: byte ≥ 'A', and byte > 'Z'.
    let at_least_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let above_z = low + 0x2525_2525_2525_2525;
    let upper = at_least_a & !above_z & !v & HIGH;
    v | (upper >> 2)
}

/// Whether lower-casing changes a non-ASCII character ("É", not "é" or "’").
fn changes_in_lower_case(c: char) -> bool {
    !c.is_ascii() && {
        let mut lower = c.to_lowercase();
        !(lower.len() == 1 && lower.next() == Some(c))
    }
}

/// Hash of a word pair from the hashes of its words (order matters).
fn bigram_hash(first: u64, second: u64) -> u64 {
    finish((first.rotate_left(31) ^ second ^ 0x5851_f42d_4c95_7f2d).wrapping_mul(MIX))
}

/// Masks the outlet names and a leading dateline ("WASHINGTON (CNN) —").
/// Letter case is left alone: [`features`] lower-cases word by word, which
/// spares a lower-cased copy of every text.
pub fn mask<'t>(text: &'t str, masker: &Masker) -> std::borrow::Cow<'t, str> {
    let head = text.char_indices().take(60).find(|(_, c)| matches!(c, '—' | '–')).map(|(i, _)| i);
    let text = match head {
        Some(i) if text[..i].contains('(') => &text[i..],
        _ => text,
    };
    mask_names(text, masker)
}

/// Masks the outlet names only (see [`mask`]).
fn mask_names<'t>(text: &'t str, masker: &Masker) -> std::borrow::Cow<'t, str> {
    match &masker.matcher {
        Some(matcher) if matcher.is_match(text) => {
            let mut masked = String::with_capacity(text.len());
            matcher.replace_all_with(text, &mut masked, |_, _, dst| {
                dst.push_str(" maskedoutlet ");
                true
            });
            std::borrow::Cow::Owned(masked)
        }
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// Names to mask for an outlet: "CNN (Web News)" → cnn (web news), cnn;
/// "Fox Online News" → fox online news, fox news, fox.
pub fn outlet_masks(outlet: &str) -> Vec<String> {
    let lower = outlet.to_lowercase();
    let base = lower.split('(').next().unwrap_or(&lower).trim().to_string();
    let mut out = vec![lower.clone(), base.clone()];
    for suffix in [" online news", " online", " news", " (web news)"] {
        if let Some(b) = base.strip_suffix(suffix) {
            out.push(b.trim().to_string());
            out.push(format!("{} news", b.trim()));
        }
    }
    if let Some(b) = base.strip_prefix("the ") {
        out.push(b.to_string());
    }
    out.retain(|m| m.len() >= 2);
    out.sort_by_key(|m| std::cmp::Reverse(m.len()));
    out.dedup();
    out
}

/// Distinct hashed unigram and bigram features of a (masked) text.
pub fn features(text: &str, buckets: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() / 4);
    for_each_feature(&[text], buckets, |feature| out.push(feature));
    out
}

/// Calls `visit` once per distinct hashed unigram and bigram feature of
/// `pieces` read as one text (as if joined by line breaks: a bigram spans
/// the end of one piece and the start of the next). Scoring visits features
/// as they are found, without a joined copy of the text or a feature list.
fn for_each_feature(pieces: &[&str], buckets: usize, mut visit: impl FnMut(usize)) {
    thread_local! {
        /// One bit per bucket, all clear between calls: deduplication in
        /// linear time (sorting the features was a third of scoring).
        static SEEN: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    SEEN.with(|cell| {
        let mut bits = cell.borrow_mut();
        let used = buckets.div_ceil(64);
        if bits.len() < used {
            bits.resize(used, 0);
        }
        let bits = &mut bits[..used];
        let mask = buckets - 1;
        let mut add = |feature: usize| {
            let (slot, bit) = (&mut bits[feature >> 6], 1u64 << (feature & 63));
            if *slot & bit == 0 {
                *slot |= bit;
                visit(feature);
            }
        };
        let mut prev: Option<u64> = None;
        for piece in pieces {
            for w in newsflow_text::words(piece) {
                // word_hash lower-cases ASCII itself; only a word with a
                // non-ASCII letter that has a lower case needs a copy.
                let h = if w.is_ascii() || !w.chars().any(changes_in_lower_case) { word_hash(w.as_bytes()) } else { word_hash(w.to_lowercase().as_bytes()) };
                add((h as usize) & mask);
                if let Some(p) = prev {
                    add((bigram_hash(p, h) as usize) & mask);
                }
                prev = Some(h);
            }
        }
        // Clearing the whole table (8 KB by default) costs less than
        // remembering which bits were set.
        bits.fill(0);
    })
}

impl Model {
    /// Trains on examples.
    pub fn train(examples: &[Example], buckets: usize, alpha: f64, min_outlets: usize) -> Result<Self, ModelError> {
        if !buckets.is_power_of_two() {
            return Err(ModelError::Format("buckets must be a power of two".into()));
        }
        let labels: Vec<String> = examples.iter().map(|e| e.label.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        if labels.len() < 2 {
            return Err(ModelError::Format("training data needs at least two labels".into()));
        }
        let mut masks: Vec<String> = examples.iter().filter_map(|e| e.outlet.as_deref()).flat_map(outlet_masks).collect();
        masks.sort_by_key(|m| std::cmp::Reverse(m.len()));
        masks.dedup();
        let masker = Masker::new(&masks);
        let mut counts = vec![0f64; labels.len() * buckets];
        let mut totals = vec![0f64; labels.len()];
        let mut docs = vec![0f64; labels.len()];
        let featurised: Vec<(usize, &str, Vec<usize>)> = examples
            .iter()
            .map(|e| (labels.iter().position(|x| *x == e.label).unwrap_or(0), e.outlet.as_deref().unwrap_or(""), features(&mask(&full_text(e), &masker), buckets)))
            .collect();
        // Keep only features used by several outlets: a feature one outlet
        // alone uses (its bylines, its house style) identifies the outlet, not
        // the framing, and does not carry over to outlets never seen.
        let mut outlets_using = vec![0u16; buckets];
        let mut by_outlet: std::collections::HashMap<&str, HashSet<usize>> = std::collections::HashMap::new();
        for (_, outlet, feats) in &featurised {
            by_outlet.entry(outlet).or_default().extend(feats.iter().copied());
        }
        for feats in by_outlet.values() {
            for f in feats {
                outlets_using[*f] = outlets_using[*f].saturating_add(1);
            }
        }
        let min_outlets = if by_outlet.len() >= 2 * min_outlets { min_outlets as u16 } else { 1 };
        for (l, _, feats) in &featurised {
            docs[*l] += 1.0;
            for &f in feats.iter().filter(|&&f| outlets_using[f] >= min_outlets) {
                counts[l * buckets + f] += 1.0;
                totals[*l] += 1.0;
            }
        }
        let kept: Vec<bool> = outlets_using.iter().map(|&n| n >= min_outlets).collect();
        let n: f64 = docs.iter().sum();
        // Bernoulli naive Bayes over binarised features: p = share of a
        // label's documents containing the feature (smoothed). A text scores
        // Σ log p over present features + Σ log(1 − p) over absent ones, i.e.
        // a per-label base Σ log(1 − p) plus, per present feature,
        // log p − log(1 − p). Absent features matter: a label whose documents
        // use a broad vocabulary pays for it, so long texts bias nothing.
        let mut weights = vec![0f32; counts.len()];
        let mut base = vec![0f64; labels.len()];
        for l in 0..labels.len() {
            let n_l = docs[l] + 2.0 * alpha;
            for b in 0..buckets {
                let c = if kept[b] { counts[l * buckets + b] } else { 0.0 };
                let p = (c + alpha) / n_l;
                base[l] += (1.0 - p).ln();
                if kept[b] {
                    // Bucket-major: one feature's weights for every label share a cache line.
                    weights[b * labels.len() + l] = (p.ln() - (1.0 - p).ln()) as f32;
                }
            }
        }
        // Uniform priors: labels here are properties of outlets, and the label
        // mix of a training set says nothing about the next outlet's.
        let _ = n;
        let priors = base;
        Ok(Model { header: ModelHeader { version: 3, labels, buckets, alpha, min_outlets: min_outlets as usize, priors, masks }, weights, masker })
    }

    /// Log-scores per label, and the number of features seen.
    pub fn scores(&self, text: &str) -> (Vec<f64>, usize) {
        self.scores_of(&[text])
    }

    /// [`Model::scores`] of pieces of one text (title, paragraphs…) read as
    /// if joined by line breaks, without joining them.
    pub fn scores_of(&self, pieces: &[&str]) -> (Vec<f64>, usize) {
        let masked: Vec<std::borrow::Cow<'_, str>> = pieces
            .iter()
            .enumerate()
            .map(|(i, piece)| if i == 0 { mask(piece, &self.masker) } else { mask_names(piece, &self.masker) })
            .collect();
        let pieces: Vec<&str> = masked.iter().map(|p| p.as_ref()).collect();
        let nl = self.header.labels.len();
        let mut scores = self.header.priors.clone();
        let mut seen = 0usize;
        for_each_feature(&pieces, self.header.buckets, |feature| {
            seen += 1;
            // Bucket-major rows: one feature's weights share a cache line.
            if let Some(row) = self.weights.get(feature * nl..(feature + 1) * nl) {
                for (score, weight) in scores.iter_mut().zip(row) {
                    *score += f64::from(*weight);
                }
            }
        });
        (scores, seen)
    }

    /// The most likely label.
    pub fn predict(&self, text: &str) -> &str {
        let (scores, _) = self.scores(text);
        let best = scores.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map_or(0, |(i, _)| i);
        &self.header.labels[best]
    }

    /// Writes the model: a header line, then little-endian f32 weights.
    pub fn save(&self, path: &Path) -> Result<(), ModelError> {
        let err = |e| ModelError::Io(path.display().to_string(), e);
        let mut file = std::io::BufWriter::new(std::fs::File::create(path).map_err(err)?);
        let header = serde_json::to_string(&self.header).map_err(|e| ModelError::Format(e.to_string()))?;
        writeln!(file, "{MAGIC} {header}").map_err(err)?;
        for w in &self.weights {
            file.write_all(&w.to_le_bytes()).map_err(err)?;
        }
        file.flush().map_err(err)
    }

    /// Reads a model written by [`Model::save`].
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let mut bytes = Vec::new();
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(|e| ModelError::Io(path.display().to_string(), e))?;
        let newline = bytes.iter().position(|&b| b == b'\n').ok_or_else(|| ModelError::Format("not a newsflow stance model".into()))?;
        let first = std::str::from_utf8(&bytes[..newline]).map_err(|_| ModelError::Format("bad header".into()))?;
        let json = first.strip_prefix(MAGIC).ok_or_else(|| ModelError::Format("not a newsflow stance model".into()))?;
        let header: ModelHeader = serde_json::from_str(json.trim()).map_err(|e| ModelError::Format(format!("header: {e}")))?;
        let body = &bytes[newline + 1..];
        let expected = header.labels.len() * header.buckets * 4;
        if header.version != 3 {
            return Err(ModelError::Format(format!("model format version {} (this newsflow reads version 3): retrain it", header.version)));
        }
        if body.len() != expected || !header.buckets.is_power_of_two() || header.priors.len() != header.labels.len() {
            return Err(ModelError::Format(format!("weights: {} bytes, expected {expected}", body.len())));
        }
        let weights = body.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let masker = Masker::new(&header.masks);
        Ok(Model { header, weights, masker })
    }
}

/// Title and text of an example.
pub fn full_text(e: &Example) -> String {
    match &e.title {
        Some(t) => format!("{t}\n{}", e.text),
        None => e.text.clone(),
    }
}

/// Reads a JSONL file of examples.
pub fn read_examples(path: &Path) -> Result<Vec<Example>, ModelError> {
    let text = std::fs::read_to_string(path).map_err(|e| ModelError::Io(path.display().to_string(), e))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| ModelError::Format(format!("{} line {}: {e}", path.display(), i + 1))))
        .collect()
}

/// Accuracy, macro-F1 and the confusion matrix of predictions.
#[derive(Debug, Clone)]
pub struct Report {
    /// Labels in matrix order.
    pub labels: Vec<String>,
    /// `matrix[gold][predicted]`.
    pub matrix: Vec<Vec<usize>>,
}

impl Report {
    /// Builds a report from (gold, predicted) pairs.
    pub fn new(pairs: &[(String, String)]) -> Self {
        let labels: Vec<String> = pairs.iter().flat_map(|(g, p)| [g.clone(), p.clone()]).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let mut matrix = vec![vec![0; labels.len()]; labels.len()];
        for (g, p) in pairs {
            let gi = labels.iter().position(|l| l == g).unwrap_or(0);
            let pi = labels.iter().position(|l| l == p).unwrap_or(0);
            matrix[gi][pi] += 1;
        }
        Report { labels, matrix }
    }

    /// Share of correct predictions.
    pub fn accuracy(&self) -> f64 {
        let total: usize = self.matrix.iter().flatten().sum();
        let right: usize = (0..self.labels.len()).map(|i| self.matrix[i][i]).sum();
        right as f64 / total.max(1) as f64
    }

    /// Mean F1 over labels.
    pub fn macro_f1(&self) -> f64 {
        let n = self.labels.len();
        let f1s: Vec<f64> = (0..n)
            .map(|i| {
                let tp = self.matrix[i][i] as f64;
                let predicted: f64 = (0..n).map(|g| self.matrix[g][i] as f64).sum();
                let gold: f64 = self.matrix[i].iter().sum::<usize>() as f64;
                let (p, r) = (tp / predicted.max(1.0), tp / gold.max(1.0));
                if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
            })
            .collect();
        f1s.iter().sum::<f64>() / n.max(1) as f64
    }

    /// The report as text.
    pub fn render(&self) -> String {
        let mut out = format!("accuracy {:.3}  macro-F1 {:.3}\nconfusion (rows: gold, columns: predicted)\n{:>16}", self.accuracy(), self.macro_f1(), "");
        for l in &self.labels {
            out.push_str(&format!("{l:>16}"));
        }
        for (i, l) in self.labels.iter().enumerate() {
            out.push_str(&format!("\n{l:>16}"));
            for c in &self.matrix[i] {
                out.push_str(&format!("{c:>16}"));
            }
        }
        out
    }
}

/// Outlet-grouped cross-validation: each outlet's articles are tested by a
/// model that never saw that outlet.
pub fn grouped_cv(examples: &[Example], folds: usize, buckets: usize, alpha: f64, min_outlets: usize) -> Result<Report, ModelError> {
    let folds = folds.max(2);
    let fold_of = |e: &Example| (fnv(e.outlet.as_deref().unwrap_or("").as_bytes(), 7) as usize) % folds;
    let mut pairs = Vec::new();
    for k in 0..folds {
        let train: Vec<Example> = examples.iter().filter(|e| fold_of(e) != k).cloned().collect();
        let test: Vec<&Example> = examples.iter().filter(|e| fold_of(e) == k).collect();
        if test.is_empty() || train.is_empty() {
            continue;
        }
        let model = Model::train(&train, buckets, alpha, min_outlets)?;
        for e in test {
            pairs.push((e.label.clone(), model.predict(&full_text(e)).to_string()));
        }
    }
    Ok(Report::new(&pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str, label: &str, outlet: &str) -> Example {
        Example { text: text.into(), label: label.into(), title: None, outlet: Some(outlet.into()) }
    }

    #[test]
    fn learns_framing_and_round_trips() -> Result<(), ModelError> {
        let data = vec![
            ex("the liberated lands of Azerbaijan were freed from occupation", "az", "A"),
            ex("occupied territories liberated by the army", "az", "B"),
            ex("the people of Artsakh resist the aggression", "am", "C"),
            ex("Artsakh defense army and the blockade of Artsakh", "am", "D"),
        ];
        let model = Model::train(&data, 1 << 12, 0.5, 1)?;
        assert_eq!(model.predict("villages liberated from occupation"), "az");
        assert_eq!(model.predict("the blockade of Artsakh"), "am");
        let dir = std::env::temp_dir().join(format!("nf-model-{}", std::process::id()));
        model.save(&dir)?;
        let loaded = Model::load(&dir)?;
        assert_eq!(loaded.predict("the blockade of Artsakh"), "am");
        let _ = std::fs::remove_file(&dir);
        Ok(())
    }

    #[test]
    fn eight_bytes_lower_case_at_once() {
        for word in ["ABCXYZ@[", "azAZ`{09", "Éa\u{0}Zq", "\u{7f}Q\u{80}"] {
            let mut padded = [0u8; 8];
            let bytes = word.as_bytes();
            padded[..bytes.len().min(8)].copy_from_slice(&bytes[..bytes.len().min(8)]);
            let expected: Vec<u8> = padded.iter().map(|b| b.to_ascii_lowercase()).collect();
            assert_eq!(ascii_lower(u64::from_le_bytes(padded)).to_le_bytes().to_vec(), expected, "{word}");
        }
        assert_eq!(word_hash(b"Artsakh"), word_hash(b"ARTSAKH"));
        assert_eq!(features("Trump’s ÉLAN élan", 1 << 12), features("trump’s élan élan", 1 << 12));
        assert_ne!(word_hash(b"artsakh"), word_hash(b"artsakhi"));
    }

    #[test]
    fn pieces_score_as_their_joined_text() -> Result<(), ModelError> {
        let data = vec![ex("Artsakh defense army", "am", "A"), ex("liberated lands of CNN", "az", "CNN")];
        let model = Model::train(&data, 1 << 10, 0.5, 1)?;
        let pieces = ["Title about Artsakh", "liberated lands, said CNN", "défense — army"];
        let (joined, n) = model.scores(&pieces.join("\n"));
        let (scored, m) = model.scores_of(&pieces);
        assert_eq!(n, m);
        for (a, b) in joined.iter().zip(&scored) {
            assert!((a - b).abs() < 1e-9, "{joined:?} vs {scored:?}");
        }
        assert_eq!(features("a b a b", 1 << 10).len(), 4, "a, b, a b and b a: the repeated a b counts once");
        Ok(())
    }

    #[test]
    fn outlet_names_and_datelines_are_masked() {
        let masks = outlet_masks("CNN (Web News)");
        assert!(masks.contains(&"cnn".to_string()));
        let m = mask("WASHINGTON (CNN) — CNN reports that", &Masker::new(&masks));
        assert!(!m.contains("cnn") && !m.contains("washington"), "{m}");
        assert!(outlet_masks("Fox Online News").contains(&"fox news".to_string()));
    }

    #[test]
    fn report_metrics() {
        let pairs: Vec<(String, String)> = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")].iter().map(|(g, p)| (g.to_string(), p.to_string())).collect();
        let r = Report::new(&pairs);
        assert!((r.accuracy() - 0.75).abs() < 1e-9);
        assert!(r.render().contains("macro-F1"));
    }
}
