//! English stopwords (the jusText list, lower case, sorted for binary search).

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

/// True for an English stopword (the word must be lower case).
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_sorted_for_binary_search() {
        assert!(super::STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_stopword("the"));
        assert!(!super::is_stopword("putin"));
    }
}
