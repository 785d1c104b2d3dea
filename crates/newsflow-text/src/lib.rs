//! Text helpers shared by the newsflow stages: folding, tokens, stopwords, dates.
//!
//! Stages must never reach into each other, but several of them need the same
//! notion of "the same line" (after dash, quote and space folding), the same
//! word tokens and the same stopword list. Keeping these here, dependency-free,
//! means a boilerplate rule and an extract rule can never disagree on what two
//! lines being equal means.
#![deny(missing_docs)]

mod dates;
mod quotes;
mod stopwords;

pub use dates::{find_date, is_date_line, FoundDate};
pub use quotes::{quote_spans, QuoteSpan};
pub use stopwords::is_stopword;

/// Folds a string for comparisons: typographic quotes, dashes and spaces to
/// ASCII, lower case, runs of white space to one space, trimmed. The author's
/// text is never replaced by this: it is for keys and matching only.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        let c = fold_char(c);
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Folds one typographic character to its ASCII look-alike.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        other => other,
    }
}

/// The word tokens of a text (letters, digits, apostrophes inside words), as slices.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator of [`words`]. It scans bytes and decodes a character only where
/// a byte is not ASCII: every stage tokenizes every line, so this loop is
/// among the hottest of the pipeline.
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Words<'t> {
    /// Whether a word character starts at byte `i`, and its length in bytes.
    fn word_char(&self, i: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[i];
        if b < 0x80 {
            return (b.is_ascii_alphanumeric() || b == b'\'', 1);
        }
        match self.text[i..].chars().next() {
            Some(c) => (c.is_alphanumeric() || c == '\u{2019}', c.len_utf8()),
            None => (false, 1),
        }
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let len = self.text.len();
        while self.pos < len {
            // Skip separators.
            let (is_word, width) = self.word_char(self.pos);
            if !is_word {
                self.pos += width;
                continue;
            }
            let start = self.pos;
            while self.pos < len {
                let (is_word, width) = self.word_char(self.pos);
                if !is_word {
                    break;
                }
                self.pos += width;
            }
            let word = self.text[start..self.pos].trim_matches(|c| c == '\'' || c == '\u{2019}');
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    }
}

/// Number of word tokens.
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Share of the words that are English stopwords (0 when there are none).
pub fn stopword_density(text: &str) -> f64 {
    let (mut total, mut stop) = (0usize, 0usize);
    let mut buffer = [0u8; 16];
    for w in words(text) {
        total += 1;
        // Stopwords are short ASCII words: lower-case into a stack buffer, no allocation.
        if w.len() <= buffer.len() && w.is_ascii() {
            let lower = &mut buffer[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            if std::str::from_utf8(lower).is_ok_and(is_stopword) {
                stop += 1;
            }
        }
    }
    if total == 0 {
        0.0
    } else {
        stop as f64 / total as f64
    }
}

/// True when the text ends like a sentence (., !, ?, a closing quote or bracket after one, …).
pub fn ends_like_sentence(text: &str) -> bool {
    let t = text.trim_end();
    let t = t.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '\u{2026}', ':', ';'])
}

/// A key for matching names whatever their spacing, case and punctuation:
/// "Middle East Monitor", "MiddleEastMonitor" and "middle-east monitor" agree.
pub fn name_key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Compiles a pattern written in the source code. Such patterns are covered
/// by unit tests; should one ever fail to compile, it matches nothing rather
/// than panicking in the pipeline.
pub fn code_regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).unwrap_or_else(|_| never_matching())
}

fn never_matching() -> regex::Regex {
    // `[^\s\S]` matches no character; it always compiles.
    regex::Regex::new(r"[^\s\S]").unwrap_or_else(|e| unreachable!("{e}"))
}

/// True when a word starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_makes_dash_and_quote_variants_equal() {
        assert_eq!(fold("Armenia/Azerbaijan fighting rages – Cartoon"), fold("Armenia/Azerbaijan  fighting rages - Cartoon"));
        assert_eq!(fold("  “Just”\u{00A0}cause’ "), "\"just\" cause'");
    }

    #[test]
    fn words_and_density() {
        assert_eq!(words("Baku’s “just cause”, 2020!").collect::<Vec<_>>(), vec!["Baku’s", "just", "cause", "2020"]);
        assert!(stopword_density("the issue is that it was in the region") > 0.5);
        assert_eq!(stopword_density("Putin Aliyev Pashinyan"), 0.0);
        assert_eq!(stopword_density(""), 0.0);
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_like_sentence("He said so.”"));
        assert!(ends_like_sentence("Really?"));
        assert!(!ends_like_sentence("Related Stories"));
    }
}

#[cfg(test)]
mod words_tests {
    use super::*;

    /// The reference definition the fast iterator must agree with.
    fn split_words(text: &str) -> Vec<&str> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
            .map(|w| w.trim_matches(|c| c == '\'' || c == '\u{2019}'))
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn words_agree_with_the_split_definition() {
        for text in [
            "",
            "Putin's 'just cause' — rock’n’roll, 2020-11-23; ''' ’’ x",
            "Ünïcödé wörds, 名字 and emoji 🙂 mixed: naïve café's",
            "   leading and trailing   ",
            "a'b'c ’quoted’ 'edge",
            "\u{a0}nbsp\u{2009}thin",
        ] {
            assert_eq!(words(text).collect::<Vec<_>>(), split_words(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_agree_on_any_text(text in "\\PC{0,80}|[a-z' ’é名\\-]{0,40}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), split_words(&text));
        }
    }
}
