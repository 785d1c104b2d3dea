//! Noun phrases an attribution uses for its speaker ("the premier", "the
//! Texas native", "the federation", "CNN's Brianna Keilar") and the names
//! they stand for in the article. Kept apart from the quote patterns: these
//! read words and the article's text, never a regular expression of their own.

use regex::Regex;
use rustc_hash::FxHashSet as HashSet;

/// Whether a noun phrase ("the Texas native", "the fire chief") names a
/// person by one of the nouns: its last word, or its words after "the", are one.
pub(crate) fn headed_by(phrase: &str, nouns: &HashSet<String>) -> bool {
    let lower = phrase.to_lowercase();
    let words = lower.strip_prefix("the ").unwrap_or(&lower);
    // "the source close to the show", "the official with knowledge of …":
    // the noun before what qualifies it.
    let words = [" close to ", " familiar with ", " with ", " of ", " for ", " at ", " in ", " from ", " on ", " who ", " whose ", " which ", " that "]
        .iter()
        .filter_map(|p| format!("{words} ").find(p))
        .min()
        .map_or(words, |cut| &words[..cut.min(words.len())]);
    let words = words.strip_suffix(" close").unwrap_or(words);
    // "the ex-lawmaker", "the former senator": the noun after the prefix.
    let head = words.rsplit(' ').next().map(|h| h.strip_prefix("ex-").unwrap_or(h));
    nouns.contains(words) || head.is_some_and(|head| nouns.contains(head))
}

/// Whether the text brings in the phrase's head noun as someone unnamed who
/// speaks: "said one former GOP lawmaker", "a second source told NPR" (not
/// in apposition to a name: "John Lee, a Texas lawmaker,"; not "what a
/// president should do"). `verb` finds a speech verb.
pub(crate) fn introduced_unnamed(phrase: &str, text: &str, verb: &regex::Regex) -> bool {
    let Some(head) = phrase.rsplit(' ').next().filter(|h| h.len() > 2) else { return false };
    text.match_indices(head).any(|(at, _)| {
        let ends_word = !text[at + head.len()..].starts_with(char::is_alphanumeric);
        let before = text[..at].trim_end();
        // The words of the noun phrase before the head, back to its article.
        let words: Vec<&str> = before.rsplit(char::is_whitespace).take(4).collect();
        let article = words.iter().position(|w| matches!(*w, "a" | "an" | "one" | "another" | "A" | "An" | "One" | "Another"));
        let in_apposition = |k: usize| words.get(k + 1).is_some_and(|w| w.ends_with(','));
        let plain = |k: usize| words[..k].iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')));
        let speaks = |k: usize| {
            // The verb just before the phrase ("said one …"), or in the rest
            // of its clause ("one senior aide told CNN").
            let mut phrase_start = before.len();
            for _ in 0..=k {
                phrase_start = before[..phrase_start].trim_end().rfind(char::is_whitespace).unwrap_or(0);
            }
            let ahead = &text[at + head.len()..];
            let mut clause_end = ahead.find(['.', ';', '“', '"']).unwrap_or(ahead.len()).min(120);
            while !ahead.is_char_boundary(clause_end) {
                clause_end -= 1;
            }
            verb.is_match(crate::sentences::tail_of(&before[..phrase_start], 24)) || verb.is_match(&ahead[..clause_end])
        };
        ends_word && article.is_some_and(|k| plain(k) && !in_apposition(k) && speaks(k))
    })
}

/// Whether a noun phrase is the plural of one of the nouns ("the
/// justices", "several senators"): a group, never one person.
pub(crate) fn headed_by_plural(phrase: &str, nouns: &HashSet<String>) -> bool {
    let lower = phrase.to_lowercase();
    lower.rsplit(' ').next().and_then(|head| head.strip_suffix('s')).is_some_and(|singular| nouns.contains(singular) || nouns.contains(singular.strip_suffix('e').unwrap_or(singular)))
}

/// The name after its owner: "CNN's Brianna Keilar" → "Brianna Keilar",
/// "National Review’s Kevin Williamson" → "Kevin Williamson".
pub(crate) fn without_owner(words: &str) -> &str {
    let owner_end = words.match_indices("'s ").chain(words.match_indices("’s ")).map(|(at, m)| at + m.len()).max();
    owner_end.map_or(words, |end| &words[end..])
}

/// The owner a possessive names: "Smith's" and "Smith’s" → "Smith", a
/// plural's "the Hanes'" → "Hanes"; `None` for a word that owns nothing.
pub(crate) fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix(['\'', '’']).filter(|plural| plural.ends_with('s')))
}

/// Past tenses not in -ed, as a subject's first verb ("The Bank of Canada
/// held …", "The White House praised … and said").
pub(crate) const IRREGULAR_PAST: [&str; 32] = [
    "held", "made", "took", "gave", "kept", "left", "set", "put", "cut", "sent", "went", "came", "won", "lost", "met", "paid",
    "sold", "spent", "struck", "began", "chose", "brought", "built", "found", "fought", "led", "rose", "fell", "upheld", "threw", "shut", "hit",
];

/// Small words inside a name read after it opens ("Centers for Disease
/// Control and Prevention", "Johnson & Johnson").
pub(crate) const NAME_JOINERS: [&str; 6] = ["for", "of", "and", "on", "the", "&"];

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
/// word or speech verb ("the Minnesota" + " Republican": a capitalised word
/// right after capitalised words goes on with them).
pub(crate) fn noun_phrase(words: &str, following: &str, verb: &Regex) -> String {
    let mut phrase = words.trim().to_string();
    for raw in following.split_whitespace().take(3) {
        let word = raw.trim_end_matches([',', '.', ';', ':']);
        let alphabetic = word.chars().all(|c| c.is_alphabetic() || c == '-');
        let lower_word = word.starts_with(|c: char| c.is_lowercase()) && alphabetic;
        let capital_run = word.starts_with(|c: char| c.is_uppercase()) && alphabetic && phrase.rsplit(' ').next().is_some_and(|last| last.starts_with(|c: char| c.is_uppercase()));
        // (An adverb before the verb ends it: "the prime minister also said".)
        let adverb = ["also", "then", "later", "however", "further", "earlier", "previously", "again", "recently", "once"].contains(&word);
        if !(lower_word || capital_run) || adverb || crate::entities::NOT_ROLE_WORDS.contains(&word) || verb.is_match(word) {
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

/// A name written in capitals alone: two to four capitalised words, none
/// holding a digit or the marks of a field or an address (",", ":", "|",
/// "@"): "Jaye Schlachet", "Capt. Tim Kinsella", "Catherine Lévesque".
pub(crate) fn is_name_of_capitals(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| newsflow_text::is_capitalized(w) && !w.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '|' | '@')))
}

/// "the premier" → "David Eby" when the text names him "Premier David Eby":
/// the person the text introduces with that role.
pub(crate) fn person_with_role(phrase: &str, people: &[String], text: &str) -> Option<String> {
    let role = phrase.trim_start_matches("the ").trim_start_matches("The ").trim().to_lowercase();
    if role.is_empty() || people.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    // The role as written, then without the words that say whose it is
    // ("the Homeland Security inspector general" is the "Inspector General
    // John Roth" named elsewhere), down to two words.
    let words: Vec<&str> = role.split(' ').collect();
    (0..words.len()).filter(|&k| k == 0 || words.len() - k >= 2).find_map(|k| holders_of(&words[k..].join(" "), people, &lower).first().copied()).cloned()
}

/// The people a lower-case text names right after a title, the title a
/// whole word ("chief gene bowers" for "chief"; "the man" is not the
/// "spokesman John Kirby"), in the order of the list.
pub(crate) fn holders_of<'p>(title: &str, people: &'p [String], lower: &str) -> Vec<&'p String> {
    people
        .iter()
        .filter(|person| {
            let phrase = format!("{title} {}", person.to_lowercase());
            lower.match_indices(&phrase).any(|(at, _)| !lower[..at].ends_with(char::is_alphanumeric))
        })
        .collect()
}

/// Words that open a sentence or its noun phrase ("One commission found …",
/// "After CNN's story …"), never a name's first word.
pub(crate) const CAPITALISED_DETERMINERS: [&str; 37] = [
    "The", "A", "An", "One", "Another", "Each", "Every", "This", "That", "These", "Those", "Some", "No", "Both", "All", "Other",
    "Several", "Many", "Most", "Such", "Any", "Two", "Three", "Four", "Five", "After", "Before", "In", "On", "At", "For", "From",
    "With", "By", "During", "Since", "Under",
];

/// Where the capitalised words that end `text` begin, and how many there
/// are (at most `max`): a name's, before a possessive, a comma or an "of".
/// A word with a stop or a comma after it, or one that opens a sentence
/// ("The", "After"), ends them.
pub(crate) fn name_words_ending(text: &str, max: usize) -> (usize, usize) {
    let (mut start, mut end, mut count) = (text.len(), text.len(), 0);
    for word in text.rsplit(' ') {
        if count == max || !newsflow_text::is_capitalized(word) || word.ends_with(['.', ',', ';', ':']) || CAPITALISED_DETERMINERS.contains(&word) {
            break;
        }
        start = end - word.len();
        count += 1;
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    (start, count)
}

/// "the press service" → "Kremlin press service" when the text names it so
/// earlier (the capitalised words right before the same phrase); `None`
/// for a common noun it never names.
pub(crate) fn expand_the(phrase: &str, text: &str) -> Option<String> {
    let tail = phrase.trim_start_matches("the ").trim_start_matches("The ").trim();
    // (Whole words only: "the real" is not in "reality", "the public" not
    // in "Republic".)
    let whole_word = |at: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + tail.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    for (at, _) in text.match_indices(tail).filter(|&(at, _)| whole_word(at)) {
        // (A word that ends a sentence or a clause ends the name: "…
        // McConnell. Outside group" is no "McConnell. Outside group"; "U.S."
        // and an initial go on.)
        let ends_clause = |w: &str| w.ends_with([',', ';', ':', '!', '?']) || w.strip_suffix('.').is_some_and(|stem| !stem.contains('.') && stem.chars().count() > 1);
        // (Nor past a quotation mark: "the “Spending” group".)
        // (Nor a word that opens a clause: "If NSA …" is no "If NSA".)
        let name_word = |w: &&str| newsflow_text::is_capitalized(w) && !CAPITALISED_DETERMINERS.contains(w) && !newsflow_text::is_stopword(&w.to_lowercase()) && !ends_clause(w) && !w.contains(['"', '“', '”']);
        let before: Vec<&str> = text[..at].split_whitespace().rev().take_while(name_word).collect();
        // A headline in capitals ("RIGHT’ TO INTERVENE IN DOJ") names nothing.
        if before.iter().any(|w| is_shouted(w)) {
            continue;
        }
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

/// A word set in capitals that no acronym is: five letters or more, or a
/// small word ("TO", "IN", "THE").
fn is_shouted(word: &str) -> bool {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.chars().all(char::is_uppercase) && (letters.chars().count() >= 5 || letters.len() >= 2 && newsflow_text::is_stopword(&letters.to_lowercase()))
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

    #[test]
    fn someone_brought_in_unnamed() {
        let text = "It smelled bad, said one former GOP lawmaker with direct knowledge. Rep. John Lee, a Texas senator, spoke.";
        let verb = regex::Regex::new(r"\b(?:said|told)\b").unwrap_or_else(|e| panic!("{e}"));
        assert!(introduced_unnamed("the former GOP lawmaker", text, &verb));
        assert!(introduced_unnamed("the aide", "\"No,\" one senior GOP aide told CNN.", &verb));
        assert!(!introduced_unnamed("the senator", text, &verb), "in apposition to a name");
        assert!(!introduced_unnamed("the congressman", text, &verb));
        assert!(!introduced_unnamed("the president", "It is what a president should do. The president said no.", &verb), "no one unnamed who speaks");
    }

    #[test]
    fn the_name_a_phrase_stands_for_is_never_a_headline_in_capitals() {
        let text = "MCCABE WON’T BE CHARGED, RIGHT’ TO INTERVENE IN DOJ\nThe Kremlin press service said so. The DOJ added more.";
        assert_eq!(expand_the("the press service", text), Some("Kremlin press service".into()));
        assert_eq!(expand_the("The DOJ", text), Some("DOJ".into()));
        assert_eq!(expand_the("the commission", "One commission found ties. The commission also said so."), None);
        assert_eq!(expand_the("the real", "A contestant on Trump's NBC reality show said the real estate mogul lied."), None, "a whole word only");
        assert_eq!(expand_the("The NSA", "If NSA analysts had the tools, it said. The NSA then argues."), Some("NSA".into()), "a clause's opening word is no part of the name");
        assert_eq!(name_words_ending("One of your colleagues, Brian Pannebecker", 4), (24, 2));
        assert_eq!(name_words_ending("Premier Danielle Smith", 4), (0, 3));
        assert_eq!(name_words_ending("at the", 4), (6, 0));
        assert_eq!((possessor("Smith’s"), possessor("Hanes'"), possessor("Smith")), (Some("Smith"), Some("Hanes"), None));
        assert_eq!(expand_the("the story", "After CNN's story ran, the network said so. The story suggested it."), Some("CNN's story".into()));
        assert!(is_shouted("INTERVENE") && is_shouted("TO") && !is_shouted("FBI") && !is_shouted("NASA"));
    }

    #[test]
    fn a_role_is_the_person_the_text_names_with_it_whoever_it_belongs_to() {
        let people = ["John Roth".to_string(), "Donald Trump".to_string()];
        let text = "Donald Trump signed the order. Inspector General John Roth released the findings.";
        assert_eq!(person_with_role("the Homeland Security inspector general", &people, text), Some("John Roth".to_string()));
        // Not down to one word: "general" alone is any general.
        assert_eq!(person_with_role("the deputy general", &people, "General John Roth spoke."), None);
        // Whole words: "the man" is not the spokesman.
        let people = ["John Kirby".to_string()];
        let text = "\"About a dozen\" were rescued, State Department spokesman John Kirby said.";
        assert_eq!(person_with_role("the man", &people, text), None);
        assert_eq!(person_with_role("the spokesman", &people, text), Some("John Kirby".to_string()));
    }

    #[test]
    fn the_name_a_phrase_stands_for_ends_at_a_sentence_or_clause() {
        let text = "It passed with the votes of Sen. Mitch McConnell. The group wrote to him. In Washington, Conservative Action group members agreed.";
        assert_eq!(expand_the("the group", text), Some("Conservative Action group".into()));
    }

}
