//! Patterns that must match up to the end of their text ("… Jane Smith
//! said,"), searched forward from each possible start instead of backward
//! from the end.
//!
//! The `regex` crate runs a pattern ending in `$` as a search backward from
//! the end of the text for the leftmost start. For the attribution patterns
//! (a speaker of up to five names, affiliations, appositions, adverbs, a
//! speech verb, a setting) almost every position is a possible start, so the
//! backward automaton tracks hundreds of threads at once, and almost every
//! byte of every text builds a new automaton state: half a million
//! instructions a search, a sixth of a text article's work. Searched
//! forward and anchored at each start, left to right, a start that cannot
//! begin the pattern dies on its first byte and the states repeat from
//! text to text. The first start with a match is the leftmost one the
//! backward search finds, and the captures are those of the same match.

use regex_automata::meta::{Config, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

/// A pattern ending in `$`, searched for its leftmost match.
#[derive(Debug)]
pub(crate) struct EndAnchored {
    regex: Regex,
    /// Whether the pattern opens with `^` (only a search from the text's
    /// start, or from `from`, can match).
    opens_at_start: bool,
}

/// A match of an [`EndAnchored`] pattern: its groups by name or index.
pub(crate) struct EndCaptures<'t> {
    text: &'t str,
    captures: Captures,
}

/// One group of an [`EndCaptures`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Group<'t> {
    matched: &'t str,
    start: usize,
}

impl EndAnchored {
    /// Compiles `pattern` with a lazy-DFA cache of `cache_bytes` (the
    /// `regex` crate's `dfa_size_limit`).
    pub(crate) fn new(pattern: &str, cache_bytes: usize) -> Result<Self, String> {
        let config = Config::new()
            .match_kind(regex_automata::MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(10 << 20))
            .hybrid_cache_capacity(cache_bytes);
        let regex = Regex::builder().configure(config).build(pattern).map_err(|e| e.to_string())?;
        Ok(EndAnchored { regex, opens_at_start: pattern.starts_with('^') })
    }

    /// The match whose start is leftmost at or after `from`, with its groups.
    pub(crate) fn captures_at<'t>(&self, text: &'t str, from: usize) -> Option<EndCaptures<'t>> {
        let mut captures = self.regex.create_captures();
        let found = self.starts(text, from).any(|start| {
            self.regex.search_captures(&Input::new(text).range(start..).anchored(Anchored::Yes), &mut captures);
            captures.is_match()
        });
        found.then_some(EndCaptures { text, captures })
    }

    /// The leftmost match.
    pub(crate) fn find_match<'t>(&self, text: &'t str) -> Option<Group<'t>> {
        let found = self.starts(text, 0).find_map(|start| self.regex.find(Input::new(text).range(start..).anchored(Anchored::Yes)))?;
        Some(Group { matched: text.get(found.range())?, start: found.start() })
    }

    /// Whether the pattern matches the end of `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.starts(text, 0).any(|start| self.regex.is_match(Input::new(text).range(start..).anchored(Anchored::Yes)))
    }

    /// The positions a match may start at, left to right: every character
    /// boundary from `from` on (only `from` for a pattern opening with `^`).
    fn starts<'a>(&'a self, text: &'a str, from: usize) -> impl Iterator<Item = usize> + 'a {
        let last = if self.opens_at_start { from.min(text.len()) } else { text.len() };
        (from..=last).filter(move |&at| text.is_char_boundary(at))
    }
}

/// A pattern whose matches [`crate::quotes`] reads group by group, whichever
/// engine runs it.
pub(crate) trait CapturingPattern {
    /// The match whose start is leftmost at or after `from`, with its groups.
    fn groups_at<'t>(&self, text: &'t str, from: usize) -> Option<Groups<'t>>;
}

/// The groups of a match of a [`CapturingPattern`].
pub(crate) enum Groups<'t> {
    /// Found by the `regex` crate.
    Regex(regex::Captures<'t>),
    /// Found by an [`EndAnchored`] pattern.
    End(EndCaptures<'t>),
}

impl CapturingPattern for regex::Regex {
    fn groups_at<'t>(&self, text: &'t str, from: usize) -> Option<Groups<'t>> {
        self.captures_at(text, from).map(Groups::Regex)
    }
}

impl CapturingPattern for EndAnchored {
    fn groups_at<'t>(&self, text: &'t str, from: usize) -> Option<Groups<'t>> {
        self.captures_at(text, from).map(Groups::End)
    }
}

impl<'t> Groups<'t> {
    /// The group of that name, if it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group<'t>> {
        match self {
            Groups::Regex(captures) => captures.name(name).map(Group::from),
            Groups::End(captures) => captures.name(name),
        }
    }

    /// The group at `index` (0: the whole match), if it took part.
    pub(crate) fn get(&self, index: usize) -> Option<Group<'t>> {
        match self {
            Groups::Regex(captures) => captures.get(index).map(Group::from),
            Groups::End(captures) => captures.get(index),
        }
    }
}

impl<'t> From<regex::Match<'t>> for Group<'t> {
    fn from(found: regex::Match<'t>) -> Self {
        Group { matched: found.as_str(), start: found.start() }
    }
}

impl<'t> EndCaptures<'t> {
    /// The group of that name, if it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group<'t>> {
        self.group(self.captures.get_group_by_name(name)?)
    }

    /// The group at `index` (0: the whole match), if it took part.
    pub(crate) fn get(&self, index: usize) -> Option<Group<'t>> {
        self.group(self.captures.get_group(index)?)
    }

    fn group(&self, span: regex_automata::Span) -> Option<Group<'t>> {
        Some(Group { matched: self.text.get(span.range())?, start: span.start })
    }
}

impl<'t> Group<'t> {
    /// The group's text.
    pub(crate) fn as_str(&self) -> &'t str {
        self.matched
    }

    /// Where the group starts in the searched text.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Where the group ends in the searched text.
    pub(crate) fn end(&self) -> usize {
        self.start + self.matched.len()
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    /// The leftmost match of the `regex` crate, for comparison.
    fn leftmost(pattern: &str, text: &str, from: usize) -> Option<(usize, usize, Option<(usize, usize)>)> {
        let re = regex::Regex::new(pattern).ok()?;
        let caps = re.captures_at(text, from)?;
        let whole = caps.get(0)?;
        Some((whole.start(), whole.end(), caps.name("who").map(|m| (m.start(), m.end()))))
    }

    fn ours(pattern: &str, text: &str, from: usize) -> Option<(usize, usize, Option<(usize, usize)>)> {
        let re = EndAnchored::new(pattern, 2 << 20).ok()?;
        let caps = re.captures_at(text, from)?;
        let whole = caps.get(0)?;
        Some((whole.start(), whole.end(), caps.name("who").map(|g| (g.start(), g.end()))))
    }

    #[test]
    fn finds_the_match_the_backward_search_finds() {
        let patterns = [
            r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}|[Hh]e|[Ss]he|[Tt]he\s[a-z ]{2,40}?)(?:,[^,]{1,40},){0,2}\s+(?:said|told reporters)[\s,:]*$",
            r"(?:^|[\s,])[Aa]ccording\s+to\s+(?P<who>[A-Z]\w+),?\s*$",
            r"^(?P<who>\w+) said$",
        ];
        let texts = [
            "In a statement on Monday, Jane Smith, the mayor, said,",
            "the head of the union said:",
            "Ms. O’Neill, a nurse, told reporters ",
            "she said",
            "Prices rose, according to Statistics, ",
            "Bob said",
            "Then Bob said",
            "nothing to see here",
            "",
        ];
        for pattern in patterns {
            for text in texts {
                for from in [0, 3] {
                    if text.is_char_boundary(from.min(text.len())) {
                        let from = from.min(text.len());
                        assert_eq!(ours(pattern, text, from), leftmost(pattern, text, from), "{pattern} on {text:?} from {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn is_match_agrees_with_captures() {
        let re = EndAnchored::new(r"(?P<who>[A-Z][a-z]+) said[\s,]*$", 2 << 20).unwrap_or_else(|e| panic!("{e}"));
        assert!(re.is_match("Then Jane said, "));
        assert!(!re.is_match("Jane said it"));
        assert_eq!(re.captures_at("Then Jane said", 0).and_then(|c| c.name("who")).map(|g| g.as_str()), Some("Jane"));
        assert_eq!(re.find_match("Then Jane said").map(|g| (g.start(), g.as_str())), Some((5, "Jane said")));
    }
}
