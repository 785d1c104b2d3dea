//! Noun phrases an attribution uses for its speaker ("the premier", "the
//! Texas native", "the federation", "CNN's Brianna Keilar") and the names
//! they stand for in the article. Kept apart from the quote patterns: these
//! read words and the article's text, never a regular expression of their own.

use regex::Regex;
use std::collections::HashSet;

/// Whether a noun phrase ("the Texas native", "the fire chief") names a
/// person by one of the nouns: its last word, or its words after "the", are one.
pub(crate) fn headed_by(phrase: &str, nouns: &HashSet<String>) -> bool {
    let lower = phrase.to_lowercase();
    let words = lower.strip_prefix("the ").unwrap_or(&lower);
    // "the ex-lawmaker", "the former senator": the noun after the prefix.
    let head = words.rsplit(' ').next().map(|h| h.strip_prefix("ex-").unwrap_or(h));
    nouns.contains(words) || head.is_some_and(|head| nouns.contains(head))
}

/// The name after its owner: "CNN's Brianna Keilar" → "Brianna Keilar",
/// "National Review’s Kevin Williamson" → "Kevin Williamson".
pub(crate) fn without_owner(words: &str) -> &str {
    let owner_end = words.match_indices("'s ").chain(words.match_indices("’s ")).map(|(at, m)| at + m.len()).max();
    owner_end.map_or(words, |end| &words[end..])
}

/// Lower-case words of a title ("The Art of the Deal").
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "with", "or", "but", "from", "as", "is", "vs", "&"];

/// Whether quoted words read as the title of a work or a headline: three
/// words or more, the first and at least four in five of the others (not
/// counting a title's small words) capitalised.
pub(crate) fn reads_as_title(text: &str) -> bool {
    let mut words = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| w.chars().any(char::is_alphabetic));
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // Counted as the words go by, with no allocation (every quote passes here).
    let Some(first) = words.next().filter(|w| capitalised(w)) else { return false };
    let (mut count, mut content, mut capitals) = (0, 0, 0);
    for word in std::iter::once(first).chain(words) {
        count += 1;
        if TITLE_SMALL_WORDS.iter().any(|small| word.eq_ignore_ascii_case(small)) {
            continue;
        }
        content += 1;
        capitals += usize::from(capitalised(word));
    }
    count >= 3 && content > 0 && capitals * 5 >= content * 4
}

/// The noun phrase of "the Texas" when the text goes on " native, who …":
/// the words matched, then up to three lower-case words that are no function
/// word or speech verb.
pub(crate) fn noun_phrase(words: &str, following: &str, verb: &Regex) -> String {
    let mut phrase = words.trim().to_string();
    for raw in following.split_whitespace().take(3) {
        let word = raw.trim_end_matches([',', '.', ';', ':']);
        let lower_word = word.starts_with(|c: char| c.is_lowercase()) && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !lower_word || crate::entities::NOT_ROLE_WORDS.contains(&word) || verb.is_match(word) {
            break;
        }
        phrase.push(' ');
        phrase.push_str(word);
        // A comma or a full stop ends the phrase.
        if word.len() < raw.len() {
            break;
        }
    }
    phrase
}

/// "the premier" → "David Eby" when the text names him "Premier David Eby":
/// the person the text introduces with that role.
pub(crate) fn person_with_role(phrase: &str, people: &[String], text: &str) -> Option<String> {
    let role = phrase.trim_start_matches("the ").trim_start_matches("The ").trim().to_lowercase();
    if role.is_empty() || people.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    people.iter().find(|person| lower.contains(&format!("{role} {}", person.to_lowercase()))).cloned()
}

/// "the press service" → "Kremlin press service" when the text names it so
/// earlier (the capitalised words right before the same phrase); `None`
/// for a common noun it never names.
pub(crate) fn expand_the(phrase: &str, text: &str) -> Option<String> {
    let tail = phrase.trim_start_matches("the ").trim_start_matches("The ").trim();
    for (at, _) in text.match_indices(tail) {
        let before: Vec<&str> = text[..at].split_whitespace().rev().take_while(|w| newsflow_text::is_capitalized(w) && *w != "The").collect();
        if !before.is_empty() {
            let mut words: Vec<&str> = before.into_iter().rev().collect();
            words.push(tail);
            return Some(words.join(" "));
        }
    }
    // "the federation" for "The Federation of Canadian Municipalities": the
    // noun capitalised as the head of a name, with the words of the name
    // around it.
    if let Some(name) = name_headed_by(tail, text) {
        return Some(name);
    }
    // "the Institute": a name; "the researchers", "the report": a common
    // noun the article never names — no one named.
    tail.starts_with(char::is_uppercase).then(|| tail.to_string())
}

/// The capitalised name a one-word noun heads in the text: "federation" →
/// "Federation of Canadian Municipalities", "union" → "Canadian Union of
/// Public Employees".
pub(crate) fn name_headed_by(noun: &str, text: &str) -> Option<String> {
    // One lower-case noun, not a plural ("the judges": people, not a name).
    if noun.contains(' ') || !noun.starts_with(char::is_lowercase) || noun.ends_with('s') && !noun.ends_with("ss") {
        return None;
    }
    let capitalised = capitalised(noun);
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().position(|w| w.trim_end_matches([',', '.', ';', ':']) == capitalised)?;
    let capital = |w: &str| newsflow_text::is_capitalized(w) && w != "The";
    let start = at - words[..at].iter().rev().take_while(|w| capital(w)).count();
    let mut end = at + 1;
    // Past "of", "for", "and" joining capitalised words; a word's stop or
    // comma ends the name.
    while !words[end - 1].ends_with([',', '.', ';', ':']) {
        match words.get(end..end + 2) {
            Some([join, next]) if ["of", "for", "and"].contains(join) && capital(next) => end += 2,
            _ => match words.get(end) {
                Some(next) if capital(next) => end += 1,
                _ => break,
            },
        }
    }
    let name = words[start..end].join(" ");
    let name = name.trim_end_matches([',', '.', ';', ':']);
    name.contains(' ').then(|| name.to_string())
}

/// The word with its first letter capitalised ("federation" → "Federation").
pub(crate) fn capitalised(word: &str) -> String {
    word.chars().take(1).flat_map(char::to_uppercase).chain(word.chars().skip(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organisation_a_noun_heads() {
        assert_eq!(name_headed_by("federation", "The Federation of Canadian Municipalities welcomed it. Others did not."), Some("Federation of Canadian Municipalities".into()));
        assert_eq!(name_headed_by("union", "Members of the Canadian Union of Public Employees, the largest union, voted."), Some("Canadian Union of Public Employees".into()));
        assert_eq!(name_headed_by("report", "The report was late."), None, "a common noun capitalised at a sentence start");
        assert_eq!(name_headed_by("judges", "Judges Jerry E. Smith and Andrew Oldham ruled."), None, "a plural names people");
    }

}
