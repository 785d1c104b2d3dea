//! Cue phrases, loaded from a data file, compiled once.
use aho_corasick::AhoCorasick;
use newsflow_core::RemovedKind;
use serde::Deserialize;
use rustc_hash::FxHashMap as HashMap;

/// One `[[rule]]` of the cue file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueRule {
    /// What a matching line is.
    pub kind: RemovedKind,
    /// Whole-line matches (after trimming punctuation).
    #[serde(default)]
    pub exact: Vec<String>,
    /// Line-start matches.
    #[serde(default)]
    pub prefix: Vec<String>,
    /// Anywhere-in-line matches.
    #[serde(default)]
    pub contains: Vec<String>,
    /// Regular expressions over the folded line.
    #[serde(default)]
    pub regex: Vec<String>,
    /// Only lines with at most this many words match.
    #[serde(default)]
    pub max_words: Option<usize>,
    /// The line ends the article: it and all that follows are removed.
    #[serde(default)]
    pub trailer: bool,
}

/// The cue file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueFile {
    /// The rules, in order.
    #[serde(default)]
    pub rule: Vec<CueRule>,
}

/// A cue that matched a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// What the line is.
    pub kind: RemovedKind,
    /// The phrase that matched, for the reason.
    pub phrase: String,
    /// Whether it ends the article.
    pub trailer: bool,
}

/// Compiled cue rules: one hash map for whole-line phrases and one
/// Aho-Corasick automaton for all "contains" phrases, so a line costs one
/// pass whatever the number of rules.
#[derive(Debug)]
pub struct Cues {
    rules: Vec<CueRule>,
    exact: HashMap<String, Vec<usize>>,
    contains: Option<AhoCorasick>,
    contains_rule: Vec<(usize, String)>,
    regexes: Vec<Vec<regex::Regex>>,
    /// Every rule's regexes in one set: one scan of a line tells which can
    /// match, instead of one scan per regex.
    regex_set: regex::RegexSet,
    /// Set index → (rule, index among the rule's regexes).
    regex_owner: Vec<(usize, usize)>,
    /// The largest `max_words` of any rule: words beyond it are not counted.
    word_limit: usize,
    /// Every prefix phrase as (rule, index in the rule's list), by its first
    /// token: a line can start with a phrase only if both start with the same
    /// token (see [`first_token`]), so a line is checked against the few
    /// phrases that share its first word, not against every phrase.
    prefixes_by_token: HashMap<String, Vec<(usize, usize)>>,
    /// The longest whole-line phrase, in bytes: longer lines (paragraphs)
    /// are not hashed to look them up.
    longest_exact: usize,
}

/// The text up to its first character that is not alphanumeric. A line that
/// [`starts_with_phrase`] begins with the phrase's first token and then a
/// non-alphanumeric character or its end, so the two first tokens are equal
/// (both empty when the phrase opens with punctuation).
fn first_token(text: &str) -> &str {
    text.find(|c: char| !c.is_alphanumeric()).map_or(text, |end| &text[..end])
}

impl Cues {
    /// Parses and compiles a cue file's text.
    pub fn parse(text: &str) -> Result<Self, String> {
        let file: CueFile = toml::from_str(text).map_err(|e| e.to_string())?;
        Self::compile(file.rule)
    }

    fn compile(mut rules: Vec<CueRule>) -> Result<Self, String> {
        for rule in &mut rules {
            for list in [&mut rule.exact, &mut rule.prefix, &mut rule.contains] {
                for phrase in list.iter_mut() {
                    *phrase = newsflow_text::fold(phrase);
                }
            }
        }
        let mut exact: HashMap<String, Vec<usize>> = HashMap::default();
        let mut contains_rule = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            for phrase in &rule.exact {
                exact.entry(phrase.clone()).or_default().push(i);
            }
            for phrase in &rule.contains {
                contains_rule.push((i, phrase.clone()));
            }
        }
        let contains = if contains_rule.is_empty() {
            None
        } else {
            Some(AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(contains_rule.iter().map(|(_, p)| p)).map_err(|e| e.to_string())?)
        };
        let regexes = rules
            .iter()
            .map(|r| r.regex.iter().map(|p| regex::Regex::new(&p.replace(r"\b", r"(?-u:\b)")).map_err(|e| format!("regex `{p}`: {e}"))).collect::<Result<Vec<_>, _>>())
            .collect::<Result<Vec<_>, String>>()?;
        let regex_owner: Vec<(usize, usize)> = regexes.iter().enumerate().flat_map(|(i, list)| (0..list.len()).map(move |j| (i, j))).collect();
        let regex_set = regex::RegexSet::new(regex_owner.iter().map(|&(i, j)| regexes[i][j].as_str())).map_err(|e| e.to_string())?;
        let word_limit = rules.iter().filter_map(|r| r.max_words).max().unwrap_or(0);
        let mut prefixes_by_token: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (i, rule) in rules.iter().enumerate() {
            for (j, phrase) in rule.prefix.iter().enumerate() {
                prefixes_by_token.entry(first_token(phrase).to_string()).or_default().push((i, j));
            }
        }
        let longest_exact = exact.keys().map(String::len).max().unwrap_or(0);
        Ok(Cues { rules, exact, contains, contains_rule, regexes, regex_set, regex_owner, word_limit, prefixes_by_token, longest_exact })
    }

    /// Adds the rules of another cue set after these.
    pub fn extend(&mut self, other: Cues) -> Result<(), String> {
        let mut rules = std::mem::take(&mut self.rules);
        rules.extend(other.rules);
        *self = Self::compile(rules)?;
        Ok(())
    }

    /// The first rule (in file order) matching the line, if any.
    pub fn matches(&self, line: &str) -> Option<CueMatch> {
        self.matches_folded(&newsflow_text::fold(line))
    }

    /// [`Cues::matches`] for a line already folded with [`newsflow_text::fold`].
    pub fn matches_folded(&self, folded: &str) -> Option<CueMatch> {
        let trimmed = trim_decoration(folded);
        // Counted only once a rule matches, and up to the largest limit only:
        // a paragraph's length beyond it changes no answer.
        let words = std::cell::OnceCell::new();
        let words = || *words.get_or_init(|| newsflow_text::words(folded).take(self.word_limit + 1).count());
        let exact = if trimmed.len() <= self.longest_exact { self.exact.get(trimmed) } else { None };
        // Prefix phrases sharing the line's first token (of the folded or the
        // trimmed line), in rule order and, within a rule, in file order.
        let mut prefixed: Vec<(usize, usize)> = Vec::new();
        for line in [folded, trimmed] {
            if let Some(found) = self.prefixes_by_token.get(first_token(line)) {
                prefixed.extend(found);
            }
        }
        prefixed.sort_unstable();
        prefixed.dedup();
        let mut contained: Vec<(usize, &str)> = Vec::new();
        // Most lines hold no phrase: a plain search (which can skip ahead
        // with a prefilter) says so before the overlapping one lists them all.
        if let Some(ac) = self.contains.as_ref().filter(|ac| ac.is_match(folded)) {
            for m in ac.find_overlapping_iter(folded) {
                let (rule, phrase) = &self.contains_rule[m.pattern().as_usize()];
                contained.push((*rule, phrase));
            }
        }
        let mut regex_hits: Vec<(usize, usize)> = Vec::new();
        if !self.regex_owner.is_empty() && (self.regex_set.is_match(trimmed) || self.regex_set.is_match(folded)) {
            let on_trimmed = self.regex_set.matches(trimmed);
            let on_folded = self.regex_set.matches(folded);
            regex_hits = on_trimmed.into_iter().chain(on_folded).map(|k| self.regex_owner[k]).collect();
            regex_hits.sort_unstable();
        }
        if exact.is_none() && prefixed.is_empty() && contained.is_empty() && regex_hits.is_empty() {
            return None;
        }
        for (i, rule) in self.rules.iter().enumerate() {
            let found = exact
                .filter(|rules| rules.contains(&i))
                .map(|_| trimmed.to_string())
                .or_else(|| {
                    prefixed
                        .iter()
                        .filter(|(r, _)| *r == i)
                        .map(|&(_, j)| &rule.prefix[j])
                        .find(|p| starts_with_phrase(folded, p) || starts_with_phrase(trimmed, p))
                        .cloned()
                })
                .or_else(|| contained.iter().find(|(r, _)| *r == i).map(|(_, p)| p.to_string()))
                .or_else(|| regex_hits.iter().find(|(r, _)| *r == i).map(|&(r, j)| self.regexes[r][j].as_str().to_string()));
            if let Some(phrase) = found {
                if rule.max_words.is_some_and(|m| words() > m) {
                    continue;
                }
                return Some(CueMatch { kind: rule.kind, phrase, trailer: rule.trailer });
            }
        }
        None
    }
}

/// Trims bullets, dashes and punctuation around a folded line.
fn trim_decoration(folded: &str) -> &str {
    folded.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '©')
}

fn starts_with_phrase(line: &str, phrase: &str) -> bool {
    line.strip_prefix(phrase).is_some_and(|rest| {
        phrase.ends_with(|c: char| !c.is_alphanumeric()) || rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Cues {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../config/boilerplate.toml")).unwrap_or_default();
        Cues::parse(&text).unwrap_or_else(|e| panic!("shipped cue file: {e}"))
    }

    #[test]
    fn shipped_cues_match_real_snippets() {
        let cues = shipped();
        let kind = |l: &str| cues.matches(l).map(|m| m.kind);
        assert_eq!(kind("- Advertisement -"), Some(RemovedKind::Advertisement));
        assert_eq!(kind("READ: Iran’s mistake in its Nagorno-Karabakh policy sees Turkey reaping the rewards"), Some(RemovedKind::RelatedLinks));
        assert_eq!(kind("Stay on top - Get the daily news in your inbox"), Some(RemovedKind::Newsletter));
        assert_eq!(kind("Mail Us For  DMCA / Credit  Notice"), Some(RemovedKind::Credit));
        assert_eq!(kind("Credit: www.independent.co.uk / Nagorno-Karabakh"), Some(RemovedKind::Credit));
        assert!(cues.matches("Related Stories").is_some_and(|m| m.trailer));
        assert!(cues.matches("Most Visited in Other Media").is_some_and(|m| m.trailer));
        assert!(cues.matches("87 Comments").is_some_and(|m| m.trailer));
        assert_eq!(kind("(Score:5, Insightful)"), Some(RemovedKind::CommentPolicy));
        assert_eq!(kind("This cookie is set by GDPR Cookie Consent plugin."), Some(RemovedKind::Cookie));
        assert_eq!(kind("Loading paragraph..."), Some(RemovedKind::SiteChrome));
        assert_eq!(kind("Loading specifications…"), Some(RemovedKind::SiteChrome));
        let policy = "Comments are welcomed and encouraged. Though you are fully responsible for the content you post, comments that include profanity will not be permitted.";
        assert_eq!(kind(policy), Some(RemovedKind::CommentPolicy));
    }

    #[test]
    fn every_prefix_phrase_is_found_through_the_first_token_index() {
        let cues = shipped();
        for rule in &cues.rules {
            for phrase in &rule.prefix {
                assert!(cues.matches_folded(phrase).is_some(), "{phrase}");
                if rule.max_words.is_none() {
                    assert!(cues.matches_folded(&format!("{phrase} then some words of a longer line")).is_some(), "{phrase} …");
                }
            }
        }
    }

    #[test]
    fn real_paragraphs_do_not_match() {
        let cues = shipped();
        assert_eq!(cues.matches("Russia has deployed some 2,000 peacekeepers for at least five years to oversee the peace deal."), None);
        assert_eq!(cues.matches("Reading the statement, the minister said the share of exports rose."), None);
        assert_eq!(cues.matches("Search teams found the bodies on Monday."), None);
        assert_eq!(cues.matches("Loading the trucks took all night."), None);
    }
}
