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

pub use dates::{find_date, find_dates, is_date_filler, is_date_line, is_date_word, FoundDate};
pub use quotes::{quote_spans, QuoteSpan};
pub use stopwords::is_stopword;

/// Folds a string for comparisons: typographic quotes, dashes and spaces to
/// ASCII, lower case, runs of white space to one space, trimmed. The author's
/// text is never replaced by this: it is for keys and matching only.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // A run of ASCII letters, digits and punctuation (most of any English
        // text) is copied at once and lower-cased in place; only other
        // characters are decoded and looked up one by one.
        if b.is_ascii_graphic() && b != b'`' {
            let run = bytes[i..].iter().position(|&b| !b.is_ascii_graphic() || b == b'`').map_or(bytes.len(), |n| i + n);
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            let from = out.len();
            out.push_str(&text[i..run]);
            if let Some(appended) = out.get_mut(from..) {
                appended.make_ascii_lowercase();
            }
            i = run;
            continue;
        }
        let c = if b.is_ascii() {
            i += 1;
            char::from(b)
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
            i += c.len_utf8();
            c
        };
        let c = fold_char(c);
        let space = if c.is_ascii() { c.is_ascii_whitespace() || c == '\u{0B}' } else { c.is_whitespace() };
        if space {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
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

/// Byte classes of the tokenizer: an ASCII separator, an ASCII word byte
/// (letter, digit, apostrophe), or a byte of a non-ASCII character.
const SEPARATOR: u8 = 0;
const WORD: u8 = 1;
const NON_ASCII: u8 = 2;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() || b == b'\'' as usize { WORD } else { SEPARATOR };
        b += 1;
    }
    table
};

impl<'t> Words<'t> {
    /// Whether the non-ASCII character at byte `i` is a word character, and
    /// its length in bytes.
    #[cold]
    fn non_ascii_word_char(&self, i: usize) -> (bool, usize) {
        match self.text.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (c.is_alphanumeric() || c == '\u{2019}', c.len_utf8()),
            None => (false, 1),
        }
    }

    /// Moves past bytes of class `class`, eight ASCII bytes at a time where
    /// it can; returns the class of the byte it stopped at, if any.
    #[inline]
    fn skip_ascii(&mut self, class: u8) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(chunk) = bytes.get(self.pos..self.pos + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let (word, non_ascii) = word_bytes(u64::from_le_bytes(chunk));
            let wanted = if class == WORD { word } else { !word & !non_ascii & HIGH_BITS };
            let stop = !wanted & HIGH_BITS;
            if stop == 0 {
                self.pos += 8;
                continue;
            }
            self.pos += (stop.trailing_zeros() / 8) as usize;
            return bytes.get(self.pos).map(|&b| BYTE_CLASS[usize::from(b)]);
        }
        while let Some(&b) = bytes.get(self.pos) {
            let c = BYTE_CLASS[usize::from(b)];
            if c != class {
                return Some(c);
            }
            self.pos += 1;
        }
        None
    }
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes classified at once (little-endian: byte 0 is the lowest):
/// the high bit of each byte of the first result is set for an ASCII word
/// byte, of the second for a non-ASCII byte. No byte carries into the next:
/// every sum stays below 0x100 once the high bits are cleared.
#[inline]
fn word_bytes(v: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let non_ascii = v & HIGH_BITS;
    let low = v & !HIGH_BITS;
    let in_range = |y: u64, lo: u64, hi: u64| (y + (0x80 - lo) * ONES) & !(y + (0x7f - hi) * ONES) & HIGH_BITS;
    let letter = in_range(low | (0x20 * ONES), 0x61, 0x7a);
    let digit = in_range(low, 0x30, 0x39);
    let apostrophe = in_range(low, 0x27, 0x27);
    ((letter | digit | apostrophe) & !non_ascii, non_ascii)
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        loop {
            // Skip separators.
            if self.skip_ascii(SEPARATOR)? == NON_ASCII {
                let (is_word, width) = self.non_ascii_word_char(self.pos);
                if !is_word {
                    self.pos += width;
                    continue;
                }
            }
            let start = self.pos;
            while let Some(NON_ASCII) = self.skip_ascii(WORD) {
                let (is_word, width) = self.non_ascii_word_char(self.pos);
                if !is_word {
                    break;
                }
                self.pos += width;
            }
            let word = &self.text[start..self.pos];
            // Apostrophes only count inside a word; most words have none at
            // their ends (’ is E2 80 99 in UTF-8).
            let bytes = word.as_bytes();
            let edge = |b: u8| b == b'\'' || b == 0xE2 || b == 0x99;
            let word = if bytes.first().is_some_and(|&b| edge(b)) || bytes.last().is_some_and(|&b| edge(b)) { word.trim_matches(|c| c == '\'' || c == '\u{2019}') } else { word };
            if !word.is_empty() {
                return Some(word);
            }
        }
    }
}

/// Whether the text has at most `n` word tokens (stops counting after `n + 1`).
pub fn has_at_most_words(text: &str, n: usize) -> bool {
    words(text).nth(n).is_none()
}

/// The first `n` bytes of the text or a little fewer, ending on a character
/// boundary: a window a pattern reads, in any script.
pub fn head_bytes(text: &str, n: usize) -> &str {
    let mut end = text.len().min(n);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The last `n` bytes of the text or a little fewer, starting on a
/// character boundary.
pub fn tail_bytes(text: &str, n: usize) -> &str {
    let mut start = text.len().saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// Number of word tokens.
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Share of the words that are English stopwords (0 when there are none).
pub fn stopword_density(text: &str) -> f64 {
    stopword_share(stopword_counts(text, usize::MAX))
}

/// The share of stopwords from [`stopword_counts`]' (words, stopwords); 0 without words.
pub fn stopword_share((total, stop): (usize, usize)) -> f64 {
    if total == 0 {
        0.0
    } else {
        stop as f64 / total as f64
    }
}

/// (words, stopwords among them) over the first `limit` words of the text.
pub fn stopword_counts(text: &str, limit: usize) -> (usize, usize) {
    let (mut total, mut stop) = (0usize, 0usize);
    let mut buffer = [0u8; stopwords::MAX_LEN];
    for w in words(text).take(limit) {
        total += 1;
        // Stopwords are short ASCII words: lower-case into a stack buffer, no allocation.
        if w.len() <= buffer.len() && w.is_ascii() {
            let lower = &mut buffer[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            if stopwords::is_stopword_bytes(lower) {
                stop += 1;
            }
        }
    }
    (total, stop)
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
    fn byte_windows_end_on_character_boundaries() {
        let text = "ab\u{FFFD}cd";
        assert_eq!((head_bytes(text, 3), head_bytes(text, 5), head_bytes(text, 99)), ("ab", "ab\u{FFFD}", text));
        assert_eq!((tail_bytes(text, 3), tail_bytes(text, 4), tail_bytes(text, 99)), ("cd", "cd", text));
        assert_eq!(tail_bytes(text, 5), "\u{FFFD}cd");
    }

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

    /// The reference definition of [`fold`].
    fn slow_fold(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.chars().map(fold_char) {
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

    proptest::proptest! {
        #[test]
        fn fold_agrees_with_its_definition(text in "\\PC{0,80}|[A-Za-z0-9 \t\n\u{0B}\u{0C}\r’“”—\u{a0}ÉİẞΣ]{0,80}") {
            proptest::prop_assert_eq!(fold(&text), slow_fold(&text));
        }

        #[test]
        fn words_agree_on_any_text(text in "\\PC{0,80}|[a-z' ’é名\\-]{0,40}|[A-Za-z0-9 '’.,@\\[`{/:é\\-]{0,120}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), split_words(&text));
        }
    }

    #[test]
    fn bounded_word_counts() {
        assert!(has_at_most_words("one two three", 3));
        assert!(!has_at_most_words("one two three", 2));
        assert!(has_at_most_words("", 0));
        assert!(!has_at_most_words("one", 0));
    }

    #[test]
    fn eight_bytes_classify_as_the_table_does() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"x y'Z9.-";
                bytes[at] = b;
                let (word, non_ascii) = word_bytes(u64::from_le_bytes(bytes));
                for (i, &byte) in bytes.iter().enumerate() {
                    let class = BYTE_CLASS[usize::from(byte)];
                    assert_eq!(word >> (8 * i + 7) & 1 == 1, class == WORD, "byte {byte:#x} at {i}");
                    assert_eq!(non_ascii >> (8 * i + 7) & 1 == 1, class == NON_ASCII, "byte {byte:#x} at {i}");
                }
            }
        }
    }
}
