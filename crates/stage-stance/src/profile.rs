//! A stance profile: labels, priors, flips, outlet priors and the lexicon, from data files.
use crate::StanceError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// An outlet prior.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutletPrior {
    /// Canonical outlet name (as the extract stage reports it).
    pub name: String,
    /// The label it leans to.
    pub label: String,
    /// Log-odds weight.
    pub weight: f64,
    /// Where the judgement comes from.
    #[serde(default)]
    pub provenance: String,
}

/// The profile file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    /// The labels.
    pub labels: Vec<String>,
    /// Lexicon TSV path, relative to the profile file.
    pub lexicon: Option<String>,
    /// Prior log-odds per label.
    #[serde(default)]
    pub prior: BTreeMap<String, f64>,
    /// "so-called X": X's label → the label the weight moves to.
    #[serde(default)]
    pub flip: BTreeMap<String, String>,
    /// Outlet priors.
    #[serde(default)]
    pub outlet: Vec<OutletPrior>,
}

/// One lexicon rule.
#[derive(Debug, Clone)]
pub struct LexiconRule {
    /// The label it supports.
    pub label: String,
    /// The regex (case-insensitive, word-bounded).
    pub pattern: regex::Regex,
    /// The pattern as written.
    pub source: String,
    /// Log-odds weight.
    pub weight: f64,
    /// `toponym`, `frame`, `attribution`…
    pub kind: String,
    /// Note / source key.
    pub note: String,
}

/// A loaded profile.
#[derive(Debug, Clone)]
pub struct Profile {
    /// The file's settings.
    pub file: ProfileFile,
    /// The lexicon.
    pub rules: Vec<LexiconRule>,
    /// All rule patterns in one automaton: one pass over a paragraph tells
    /// which rules match, so only those are searched for positions.
    set: regex_automata::meta::Regex,
    /// Outlet priors by name key (see `newsflow_text::name_key`), built once.
    outlet_by_key: std::collections::HashMap<String, usize>,
}

impl Profile {
    /// Loads a profile file and its lexicon.
    pub fn load(path: &Path) -> Result<Self, StanceError> {
        let text = std::fs::read_to_string(path).map_err(|e| StanceError::Data(path.display().to_string(), e.to_string()))?;
        let file: ProfileFile = toml::from_str(&text).map_err(|e| StanceError::Data(path.display().to_string(), e.to_string()))?;
        let rules = match &file.lexicon {
            Some(lex) => {
                let lex_path = path.parent().unwrap_or(Path::new(".")).join(lex);
                let tsv = std::fs::read_to_string(&lex_path).map_err(|e| StanceError::Data(lex_path.display().to_string(), e.to_string()))?;
                parse_lexicon(&tsv).map_err(|e| StanceError::Data(lex_path.display().to_string(), e))?
            }
            None => Vec::new(),
        };
        Profile::new(file, rules).map_err(|e| StanceError::Data(path.display().to_string(), e))
    }

    /// Checks that every label used is declared.
    pub fn new(file: ProfileFile, rules: Vec<LexiconRule>) -> Result<Self, String> {
        if file.labels.len() < 2 {
            return Err("at least two labels are needed".into());
        }
        let known = |l: &str| file.labels.iter().any(|x| x == l);
        let used = file.prior.keys().chain(file.flip.keys()).chain(file.flip.values()).chain(file.outlet.iter().map(|o| &o.label)).chain(rules.iter().map(|r| &r.label));
        for label in used {
            if !known(label) {
                return Err(format!("label `{label}` is not among the labels {:?}", file.labels));
            }
        }
        // No literal prefilter: case-insensitive framing phrases of one
        // conflict share short prefixes ("arm", "aze") that the conflict's own
        // articles are full of, so a prefilter fires on nearly every word and
        // doubled the cost of one plain pass of the lazy DFA.
        let set = regex_automata::meta::Regex::builder()
            .configure(regex_automata::meta::Config::new().auto_prefilter(false).match_kind(regex_automata::MatchKind::All))
            .build_many(&rules.iter().map(|r| r.pattern.as_str()).collect::<Vec<_>>())
            .map_err(|e| e.to_string())?;
        let mut outlet_by_key = std::collections::HashMap::new();
        for (i, outlet) in file.outlet.iter().enumerate() {
            // The first entry of a name wins, as a scan in file order would.
            outlet_by_key.entry(newsflow_text::name_key(&outlet.name)).or_insert(i);
        }
        Ok(Profile { file, rules, set, outlet_by_key })
    }

    /// The outlet prior of an outlet name, compared by name key.
    pub fn outlet_prior(&self, name: &str) -> Option<&OutletPrior> {
        self.outlet_by_key.get(&newsflow_text::name_key(name)).and_then(|&i| self.file.outlet.get(i))
    }

    /// A set to pass to [`Profile::rules_matching`], made once per document.
    pub fn rule_set(&self) -> regex_automata::PatternSet {
        regex_automata::PatternSet::new(self.set.pattern_len())
    }

    /// Indexes of the rules matching somewhere in `text`, in rule order.
    pub fn rules_matching(&self, text: &str, matched: &mut regex_automata::PatternSet) -> Vec<usize> {
        matched.clear();
        self.set.which_overlapping_matches(&regex_automata::Input::new(text), matched);
        matched.iter().map(|p| p.as_usize()).collect()
    }
}

/// Parses the lexicon TSV (`label, pattern, weight, kind, note`).
pub fn parse_lexicon(tsv: &str) -> Result<Vec<LexiconRule>, String> {
    let mut rules = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(format!("line {}: expected label, pattern, weight", n + 1));
        }
        let weight: f64 = cols[2].trim().parse().map_err(|_| format!("line {}: weight `{}` is not a number", n + 1, cols[2]))?;
        // Word boundaries are ASCII ones: Unicode `\b` keeps the regex engine
        // off its fast path on text with curly quotes or accents.
        let body = cols[1].replace(r"\b", r"(?-u:\b)");
        let pattern = regex::Regex::new(&format!(r"(?i)(?-u:\b)(?:{body})(?-u:\b)")).map_err(|e| format!("line {}: {e}", n + 1))?;
        rules.push(LexiconRule {
            label: cols[0].trim().to_string(),
            pattern,
            source: cols[1].to_string(),
            weight,
            kind: cols.get(3).map_or("frame", |s| s.trim()).to_string(),
            note: cols.get(4).map_or("", |s| s.trim()).to_string(),
        });
    }
    Ok(rules)
}
