//! English stopwords (the jusText list, lower case, sorted).

const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among", "an", "and",
    "another", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "even",
    "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "last", "least", "less", "like", "many", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "neither", "never", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
    "one", "only", "or", "other", "others", "ought", "our", "ours", "ourselves", "out", "over", "own", "per",
    "rather", "said", "same", "says", "several", "she", "should", "since", "so", "some", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "though", "through", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon", "us", "very",
    "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
];

/// Longest stopword, in bytes.
pub(crate) const MAX_LEN: usize = 10;

/// Stopwords bucketed by (length, first letter): a lookup compares the word
/// with the two or three candidates of its bucket instead of binary-searching
/// the whole list (this sits in the innermost loop of prose classification).
fn buckets() -> &'static [Vec<&'static str>] {
    static BUCKETS: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    BUCKETS.get_or_init(|| {
        let mut buckets = vec![Vec::new(); (MAX_LEN + 1) * 26];
        for word in STOPWORDS {
            if let Some(slot) = bucket(word.as_bytes()) {
                buckets[slot].push(*word);
            }
        }
        buckets
    })
}

fn bucket(word: &[u8]) -> Option<usize> {
    let first = *word.first()?;
    (word.len() <= MAX_LEN && first.is_ascii_lowercase()).then(|| word.len() * 26 + usize::from(first - b'a'))
}

/// True for an English stopword (the word must be lower case).
pub fn is_stopword(word: &str) -> bool {
    is_stopword_bytes(word.as_bytes())
}

/// [`is_stopword`] on bytes: the hot loop has a lower-cased byte buffer, and
/// checking it is UTF-8 first only to compare it with ASCII words was waste.
pub(crate) fn is_stopword_bytes(word: &[u8]) -> bool {
    bucket(word).is_some_and(|slot| buckets()[slot].iter().any(|w| w.as_bytes() == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_others_are_not() {
        assert!(STOPWORDS.iter().all(|w| w.len() <= MAX_LEN && is_stopword(w)));
        for w in ["", "the ", "The", "x", "zebra", "ourselvess", "é", "yourselves1"] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn list_is_sorted_without_repeats() {
        assert!(super::STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_stopword("the"));
        assert!(!super::is_stopword("putin"));
    }
}
