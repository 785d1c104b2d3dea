//! Sentences of a paragraph as news English writes them: a full stop ends
//! one unless it closes an abbreviated title ("Rep."), another abbreviation
//! ("St.", "Nov.") or an initial ("Lee M. Miringoff"). The quote rules read
//! sentences backwards from a quote, so these are small pure functions over
//! byte offsets, with no allocation but the list of sentences.

/// Abbreviated titles: one stands before a name ("Dr. Maria Lopez"),
/// outside it, and its full stop ends no sentence.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Gen", "Sen", "Rep", "Del", "Gov", "Lt", "Col", "Capt", "Sgt", "Rev", "Hon", "Insp", "Supt", "Cpl", "Const", "Det", "Coun", "Cmdr", "Adm", "Maj", "Brig", "Pvt", "Amb", "Atty"];

/// Abbreviations besides the titles whose stop ends no sentence ("St.
/// Louis", "Nov. 30", "Martin Luther King Jr. said", the plural titles
/// before a list of names, "Sens. Graham and Cassidy").
pub(crate) const ABBREVIATIONS: &[&str] = &["St", "Mt", "Ft", "Jr", "Sr", "No", "Inc", "Corp", "Ltd", "Sens", "Reps", "Govs", "Drs", "Profs", "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

/// Provinces and states as datelines abbreviate them ("Alta.", "Fla."):
/// before an agency's parenthesis their stop ends no sentence.
const STATE_ABBREVIATIONS: &[&str] = &[
    "Alta", "Ont", "Que", "Sask", "Man", "Nfld", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
    "Wash", "Wis", "Wyo",
];

/// Where sentences end in the text: the byte after each ". " that is not
/// the stop of an abbreviated title, another abbreviation or an initial
/// ("Rep. Louie Gohmert", "St. Louis", "Lee M. Miringoff", "U.S. forces"),
/// and after each stop inside a closing quotation mark before a capital
/// ("… ever seen.” Rick Perry said", "“Would that be fair?” Sessions replied").
pub(crate) fn sentence_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices(' ').map(|(at, _)| at).filter(|&at| {
        let head = &text[..at];
        let (stop_at, quoted) = match head.strip_suffix(['”', '"']) {
            Some(inside) if inside.ends_with(['.', '?', '!']) => (inside.len() - 1, true),
            Some(_) => return false,
            None if head.ends_with('.') => (at - 1, false),
            None => return false,
        };
        // (Past a closing mark, only before a capital: "“Why?” he asked" goes on.)
        if quoted && !text[at + 1..].starts_with(char::is_uppercase) {
            return false;
        }
        // (Nor before a word in lower case, which opens no sentence: the
        // stop closes an abbreviation, "around 2:30 a.m. and found", "vs. the".
        // A link does: "… 4 days ago. pic.twitter.com/…", "https://t.co/…".)
        let next = &text[at + 1..];
        if next.starts_with(char::is_lowercase) && !["http", "pic.", "www."].iter().any(|link| next.starts_with(link)) {
            return false;
        }
        let word = text[..stop_at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let initial = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
        // (A province's or state's abbreviation before an agency's
        // parenthesis is a dateline's: "FORT McMURRAY, Alta. (CP) —". Before
        // a capital it may end a sentence: "of Fort Pierce, Fla. A U.S. …".)
        let dateline_state = text[at + 1..].starts_with('(') && STATE_ABBREVIATIONS.contains(&word);
        !initial && !dateline_state && !TITLE_ABBREVIATIONS.contains(&word) && !ABBREVIATIONS.contains(&word)
    }).map(|at| at + 1)
}

/// The text up to the first full stop that ends a sentence (a stop inside
/// a closing quotation mark stays with its mark).
pub(crate) fn first_sentence(text: &str) -> &str {
    sentence_ends(text).next().map_or(text, |end| {
        let sentence = &text[..end - 1];
        sentence.strip_suffix('.').unwrap_or(sentence)
    })
}

/// The sentences of a text, each with its stop and the space after it.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in sentence_ends(text) {
        out.push(&text[start..end]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The sentences before the quote in its paragraph, then those of the
/// paragraph before, nearest first.
pub(crate) fn sentences_back<'t>(before: &'t str, previous: Option<&'t str>) -> Vec<&'t str> {
    let mut back = sentences(before);
    back.reverse();
    back.extend(previous.into_iter().flat_map(|t| sentences(t).into_iter().rev()));
    back
}

/// The last `bytes` of `text` or a little less, starting at a word.
pub(crate) fn tail_of(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let tail = newsflow_text::tail_bytes(text, bytes);
    match tail.find(char::is_whitespace) {
        Some(space) => &tail[space..],
        None => tail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tail_starts_at_a_word_on_a_char_boundary() {
        assert_eq!(tail_of("short", 10), "short");
        assert_eq!(tail_of("éé word ending", 9), " ending", "not the end of \"word\"");
        assert_eq!(tail_of("wordé", 1), "", "not inside \"é\"");
    }

    #[test]
    fn sentences_do_not_end_at_titles_abbreviations_or_initials() {
        let text = "Rep. Louie Gohmert spoke in St. Louis on Nov. 30. Lee M. Miringoff agreed. Then it rained.";
        assert_eq!(sentences(text), ["Rep. Louie Gohmert spoke in St. Louis on Nov. 30. ", "Lee M. Miringoff agreed. ", "Then it rained."]);
        assert_eq!(sentences("It included Sens. Marco Rubio and Rand Paul. Then it rained."), ["It included Sens. Marco Rubio and Rand Paul. ", "Then it rained."]);
        assert_eq!(first_sentence(text), "Rep. Louie Gohmert spoke in St. Louis on Nov. 30");
        assert_eq!(sentences_back("One. Two. ", Some("Zero.")), ["Two. ", "One. ", "Zero."]);
        // A stop inside a closing mark ends a sentence before a capital only.
        let text = "He called it “a narcissist.” Rick Perry agreed. “Why?” he asked. “Why?” Sessions asked.";
        assert_eq!(sentences(text), ["He called it “a narcissist.” ", "Rick Perry agreed. ", "“Why?” he asked. ", "“Why?” ", "Sessions asked."]);
        assert_eq!(first_sentence("It was “over.” Then"), "It was “over.”");
        // A province's or a state's abbreviation in a dateline.
        let dateline = "FORT McMURRAY, Alta. (CP) — Thousands left, officials said. It burned.";
        assert_eq!(sentences(dateline), ["FORT McMURRAY, Alta. (CP) — Thousands left, officials said. ", "It burned."]);
        // Nor does a stop before a word in lower case.
        let text = "Officers came around 2:30 a.m. and found him, police said. He died.";
        assert_eq!(sentences(text), ["Officers came around 2:30 a.m. and found him, police said. ", "He died."]);
        assert_eq!(sentences("They said it was over. pic.twitter.com/abc"), ["They said it was over. ", "pic.twitter.com/abc"]);
    }
}
