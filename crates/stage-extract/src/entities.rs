//! People, places and organisations, offline: a gazetteer plus title and
//! speech-verb patterns, with surname coreference ("Putin" = "Vladimir Putin").
use crate::data::Gazetteer;
use crate::end_anchored::EndAnchored;
use aho_corasick::{AhoCorasick, MatchKind};
use newsflow_core::Entities;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A capital that starts a name: Latin (with Latin-1 and Latin Extended-A,
/// whose mixed case is accepted), Greek and Cyrillic capitals. Small classes
/// on purpose: `\p{Lu}` and `\p{L}`, repeated over the words of a name and
/// in several patterns, compiled to 9 MB of automata plus 2–3 MB of search
/// cache per thread (the largest part of the daemon's memory).
pub(crate) const CAPITAL: &str = r"[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ]";

/// A character inside a name word: anything but white space, digits and the
/// punctuation that ends a name (so letters, apostrophes and hyphens).
pub(crate) const NAME_CHAR: &str = r#"[^\s\d.,;:!?"“”‘()\[\]{}<>/\\@#$%&*+=_|~^`–—…·•]"#;

/// A name of one capitalised word and up to `more` others, any of which may
/// follow a middle initial ("Lee M. Miringoff", "Senate Leader Chuck E. Schumer").
pub(crate) fn name_pattern(more: usize) -> String {
    format!(r"{CAPITAL}{NAME_CHAR}+(?:\s+(?:[A-Z]\.\s+)?{CAPITAL}{NAME_CHAR}+){{0,{more}}}")
}

/// Words or phrases as the alternatives of a pattern: escaped, longest
/// first (so "councillors" is tried before "council"), each once. (Text
/// reaches the patterns with its white space made single spaces.)
pub(crate) fn alternation(words: &[String]) -> String {
    let mut words: Vec<&String> = words.iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    words.dedup();
    words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// [`name_pattern`] with the particles a name may hold ("Bill de Blasio"):
/// for finding people. (The quote patterns read the plain one and resolve
/// "Blasio" to the fullest name found: particles in their dozen patterns
/// cost 8 % of a batch's instructions.)
fn name_pattern_with_particles(more: usize) -> String {
    format!(r"{CAPITAL}{NAME_CHAR}+(?:\s+(?:[A-Z]\.\s+)?{NAME_PARTICLES}{CAPITAL}{NAME_CHAR}+){{0,{more}}}")
}

/// The lower-case particles inside a name ("Bill de Blasio", "Bashar
/// al-Assad", "Mohammed bin Salman", "Alexander Van der Bellen"), up to two,
/// and a saint's abbreviation ("Martin St. Louis").
const NAME_PARTICLES: &str = r"(?:(?:de|da|di|del|della|van|von|der|den|ter|bin|ibn|al|el|la|le|dos|das|du)\s+|(?:al|el)-|(?:St|Ste)\.\s+){0,2}";

/// Whether capitalised words end with a role ("Chief Cyber Solutions
/// Officer"): a title, not a name.
pub(crate) fn ends_with_role(words: &str) -> bool {
    words.rsplit(' ').next().is_some_and(|last| ROLE_TAILS.contains(&last.to_lowercase().as_str()))
}

/// Roles that end a capitalised phrase but are no one's surname.
const ROLE_TAILS: &[&str] = &[
    "founder", "co-founder", "cofounder", "owner", "co-owner", "officer", "officers", "manager", "managers", "director",
    "directors", "executive", "executives", "chairman", "chairwoman", "chairperson", "spokesperson", "spokesman",
    "spokeswoman", "ceo", "cfo", "cto", "coo",
];

/// A number word ("Eight", "Twenty-one") or a plural of people ("Advocates",
/// "Employers", "Prosecutors", "Missourians"): words that open sentences as
/// subjects and are no one's surname there.
fn reads_as_common_noun(word: &str) -> bool {
    const NUMBERS: [&str; 20] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    ];
    const PLURALS: [&str; 15] = ["ers", "ors", "ists", "ants", "ents", "ees", "ians", "cans", "ates", "ides", "ies", "ends", "ves", "ics", "ats"];
    let lower = word.to_lowercase();
    let number = NUMBERS.iter().any(|n| lower == *n || lower.starts_with(&format!("{n}-")) || lower.starts_with("twenty") || lower.starts_with("thirty"));
    number || PLURALS.iter().any(|s| lower.ends_with(s)) && lower.len() > 5
}

/// The words of an article, read once and only if asked: whether the text
/// writes a word in lower case too, as a word of its own ("fees" for
/// "Fees"). One set for all the questions, so that an article of thousands
/// of names costs one pass, not one per name.
pub(crate) struct ArticleWords<'a> {
    paragraphs: &'a [&'a str],
    words: std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>,
}

impl<'a> ArticleWords<'a> {
    pub(crate) fn new(paragraphs: &'a [&'a str]) -> Self {
        ArticleWords { paragraphs, words: std::cell::OnceCell::new() }
    }

    /// Whether the text goes somewhere by the word: writes it right after a
    /// preposition of place ("flights to Houston"; the preposition a word of
    /// its own, not the "in " that ends "Martin St. Louis").
    pub(crate) fn used_as_a_place(&self, word: &str) -> bool {
        let after_preposition = |before: &str| ["in ", "to ", "from ", "near ", "at ", "of ", "outside "].iter().any(|prep| before.strip_suffix(prep).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric)));
        self.paragraphs.iter().any(|p| p.match_indices(word).any(|(at, _)| after_preposition(&p[..at])))
    }

    /// Whether the text writes the word in lower case too.
    pub(crate) fn written_in_lower_case(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if lower == word {
            return false;
        }
        let word_char = |c: char| c.is_alphanumeric() || matches!(c, '’' | '\'' | '-');
        // (Only words in lower case are ever asked for.)
        let words = self.words.get_or_init(|| self.paragraphs.iter().flat_map(|p| p.split(|c: char| !word_char(c))).filter(|w| w.starts_with(|c: char| c.is_lowercase())).collect());
        words.contains(lower.as_str())
    }
}

/// Whether a capitalised word reads as a name in the text: capitalised at
/// least once inside a sentence, after a word, a comma or a title's stop
/// ("said Kimball", "Dr. Fauci"), not only where a sentence or a quotation
/// opens ("Advocates say").
fn used_as_a_name(word: &str, paragraphs: &[&str]) -> bool {
    let bounded = |text: &str, at: usize, len: usize| {
        !text[..at].chars().next_back().is_some_and(char::is_alphanumeric) && !text[at + len..].chars().next().is_some_and(char::is_alphanumeric)
    };
    paragraphs.iter().any(|p| {
        p.match_indices(word).any(|(at, m)| {
            let before = p[..at].trim_end();
            let title_stop = before.strip_suffix('.').and_then(|b| b.rsplit(' ').next()).is_some_and(|t| t.len() <= 4 && t.starts_with(char::is_uppercase));
            bounded(p, at, m.len()) && (before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ':' | '(')) || title_stop)
        })
    })
}

/// A word of two glued together: a capital after three lower-case letters
/// or more ("RatcliffeTrump"; not "McConnell", "DeSantis", "MacArthur").
pub(crate) fn is_glued(word: &str) -> bool {
    glued_head(word).len() < word.len()
}

/// Ends a name's words where a pop-up card's text is glued to one of them,
/// from word `from` on ("John Lee RatcliffeTrump" → "John Lee Ratcliffe").
/// Whether it found glue.
pub(crate) fn cut_at_glue(words: &mut Vec<&str>, from: usize, not_glue: impl Fn(&str) -> bool) -> bool {
    let Some(k) = words.iter().skip(from).position(|w| is_glued(w) && !not_glue(w)).map(|k| k + from) else { return false };
    let head = glued_head(words[k]);
    words.truncate(k);
    words.push(head);
    true
}

/// The first of two glued words ("RatcliffeTrump" → "Ratcliffe"), or the word.
fn glued_head(word: &str) -> &str {
    let mut lower_run = 0;
    for (at, c) in word.char_indices() {
        if c.is_uppercase() && lower_run >= 3 {
            return &word[..at];
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    word
}

/// Whether the words end in one of [`ROLE_TAILS`].
fn ends_in_role(words: &[&str]) -> bool {
    words.last().is_some_and(|w| ROLE_TAILS.contains(&w.to_lowercase().as_str()))
}

/// Parties and their members, which follow a name without being part of it.
pub(crate) const PARTIES: &[&str] = &["Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Independent", "Liberal", "Liberals", "Conservative", "Conservatives", "GOP", "Tory", "Tories", "Labour", "NDP"];

/// Capitalised words that open sentences or headlines but are never names.
/// Words of [`NOT_NAMES`] that may still stand for whoever spoke: an
/// agency, a body, a document ("Reuters reported", "Police said", "The
/// study found").
const SPEAKING_NOT_NAMES: &[&str] = &["Police", "Authorities", "People", "Government", "Ministry", "Reuters", "AP", "AFP", "TASS", "Statement", "Study", "Data", "Reports"];

const NOT_NAMES: &[&str] = &[
    "I’ll", "I'll", "I’m", "I'm", "I’d", "I'd", "I’ve", "I've",
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And", "Or", "If", "When",
    "While", "After", "Before", "Since", "As", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
    "Our", "Its", "There", "Here", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Today", "Yesterday", "According", "However", "Meanwhile", "Also", "Some", "Many", "Most", "Officials",
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Const", "Sgt", "Cpl", "Insp", "Supt", "Det", "Lt", "Capt", "Col", "Gen", "Sen", "Rep", "Del", "Gov", "Rev", "Hon", "Coun", "What", "Why", "How", "Who", "Where", "Which", "Speaking", "Asked", "Both", "Each",
    "Police", "Authorities", "Witnesses", "Residents", "Analysts", "Experts", "Sources", "Reports", "Critics",
    "Observers", "Others", "Everyone", "Nobody", "Officials", "Researchers", "Scientists", "Doctors", "Users",
    "People", "Government", "Ministry", "Reuters", "AP", "AFP", "TASS", "Statement", "Study", "Data",
    "Despite", "Although", "Though", "Because", "Unlike", "With", "Without", "During", "From", "Through",
    "Until", "Even", "Then", "Now", "Yet", "Instead", "Perhaps", "Added", "Says", "Wrote", "Noted", "Of",
    "I’m", "I'm", "I’ve", "I've", "We’ve", "We've", "We’re", "We're", "They’ve", "They've", "They’re", "They're", "You’ve", "You've",
    "He’s", "He's", "She’s", "She's", "It’s", "It's", "First", "Let", "Still", "Indeed", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
    "Otherwise", "Besides", "Overall", "Finally", "Eventually", "Anyhow", "Additionally", "Sorry", "Yes", "Well",
    "Everybody", "See", "Read", "Watch", "Listen", "Click", "Courtesy", "So", "Thus", "All", "Several", "Few", "Let’s", "Let's", "One",
];

/// The department in "Secretary of State Hillary Clinton", "Secretary of
/// Homeland Security Kirstjen Nielsen": no given name, but the head of an
/// organisation's ("State Department").
const DEPARTMENT_WORDS: &[&str] = &["State", "Defense", "Defence", "Homeland", "Treasury", "Commerce", "Interior"];

/// The words after those that open sentences or headlines but are never
/// names ("And Akin" → "Akin", "When President Obama" → "President Obama").
pub(crate) fn without_leading_non_names(words: &str) -> &str {
    let mut words = words.trim();
    while let Some((first, rest)) = words.split_once(' ') {
        if !NOT_NAMES.contains(&first) {
            break;
        }
        words = rest.trim_start();
    }
    words
}

/// A people's name in the plural ("Americans", "Missourians"): no one
/// person, wherever it is capitalised.
pub(crate) fn names_a_people(word: &str) -> bool {
    word.len() > 5 && (word.ends_with("cans") || word.ends_with("ians"))
}

/// A capitalised -ing form of five letters or more ("Using", "Attacking",
/// "Re-Electing"); "King" is too short, and "Ewing" is a given name.
fn is_ing_form(word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ing") && word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
}

/// An adverb opening a sentence ("Currently, …", "Unfortunately"): endings
/// no surname has ("Kelly", "Connolly", "Bradley" end otherwise).
fn is_adverb_in_ly(word: &str) -> bool {
    const ENDINGS: [&str; 13] = ["ently", "antly", "ously", "ively", "ately", "ically", "ually", "edly", "ingly", "fully", "onally", "inally", "early"];
    word.len() > 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A capitalised compound whose part after a hyphen is in lower case
/// ("Draft-dodger", "Ex-senator"); given names join capitals ("Jean-Pierre").
fn is_lower_compound(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.split_once('-').is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase) && rest.len() >= 3)
}

/// One word shaped as a brand, not a surname: a capital inside it that no
/// surname's prefix explains ("SafeBreach", "ClassPass", "JavaScript";
/// "McCarthy", "DeSantis", "LaHood", "MacArthur" are surnames), or an
/// acronym's plural ("LEDs", "CPAs").
fn is_brand_shaped(word: &str) -> bool {
    const PREFIXES: [&str; 12] = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz", "St"];
    let letters: Vec<char> = word.chars().collect();
    if letters.len() >= 3 && letters[..letters.len() - 1].iter().all(|c| c.is_ascii_uppercase()) && letters[letters.len() - 1] == 's' {
        return true;
    }
    let inner_capital = word.char_indices().skip(1).find(|(at, c)| c.is_uppercase() && word[..*at].chars().last().is_some_and(char::is_lowercase));
    match inner_capital {
        Some((at, _)) => !PREFIXES.contains(&&word[..at]),
        None => false,
    }
}

/// Whether a word is one that is never a name ("It", "Wednesday").
pub(crate) fn is_non_name(word: &str) -> bool {
    NOT_NAMES.contains(&word)
}

/// The news agencies among [`SPEAKING_NOT_NAMES`]: no person, but the
/// speaker when they report ("…," Reuters reported.").
pub(crate) fn is_news_agency(word: &str) -> bool {
    ["Reuters", "AP", "AFP", "TASS"].contains(&word)
}

/// Lower-case words that end a role phrase rather than belong to it.
pub(crate) const NOT_ROLE_WORDS: &[&str] = &[
    "on", "in", "at", "to", "for", "of", "the", "a", "an", "and", "or", "who", "which", "that", "with", "from", "during", "after", "before", "when",
    "while", "as", "by", "but", "was", "is", "has", "had", "said", "says", "told",
];

/// Capitalised words that open a sentence before a surname without being a
/// given name ("Meanwhile Dion said"): discourse adverbs and the like that
/// the stopword list does not hold (lower case).
const NOT_GIVEN_NAMES: &[&str] = &[
    "meanwhile", "however", "still", "instead", "yet", "also", "later", "earlier", "today", "yesterday", "tomorrow", "tonight",
    "now", "afterward", "afterwards", "nevertheless", "nonetheless", "indeed", "thus", "hence", "ultimately", "overall", "last",
    "next", "first", "finally", "previously", "elsewhere", "separately", "similarly", "likewise", "otherwise", "rather", "perhaps",
    "another", "others", "to",
    // Words that describe the person named after them ("Longtime Trump
    // adviser", "Former Trump lawyer", "Candidate Trump", "Team Obama").
    "former", "longtime", "onetime", "candidate", "team", "fellow", "rival", "acting", "incoming", "outgoing", "embattled",
    "disgraced", "late",
];

/// Compiled entity recognisers.
#[derive(Debug)]
pub struct EntityFinder {
    places: HashSet<String>,
    /// Words for a people, a nationality or a faith ("Chinese", "Muslims").
    peoples: HashSet<String>,
    orgs: HashSet<String>,
    /// Last words of organisation names ("Association", "Agency").
    org_words: HashSet<String>,
    /// Those of them whose names may join two nouns with "and".
    org_words_after_and: HashSet<String>,
    /// Those of them whose names may go on with "to" and a purpose.
    org_words_before_to: HashSet<String>,
    /// Words naming a government before "of" and a place ("City of Montreal").
    government_words: Vec<String>,
    /// The last words of places of two words or more ("States" of "United
    /// States"), but given names: one opening a name was read from the place
    /// ("Ambassador to the United States Ron Dermer").
    place_tails: HashSet<String>,
    /// Those words with " of ", found in one pass.
    government_finder: AhoCorasick,
    org_word_finder: AhoCorasick,
    names: AhoCorasick,
    kinds: Vec<bool>,
    titled: Regex,
    subject_verb: Regex,
    /// See [`EntityFinder::organization_subject`].
    organization_subject: Regex,
    verb_subject: Regex,
    /// The speech verbs as plain strings: a paragraph without any cannot
    /// match `subject_verb` or `verb_subject`, and finding that out with one
    /// scan is cheaper than running either pattern (they start at every
    /// capital letter).
    any_speech_verb: AhoCorasick,
    /// ", an economist at": a role in apposition, after the name it describes
    /// ("Derek Holt, an economist at Scotiabank"). Searched for first (it
    /// opens with a comma, which the engine skips to), then the name before it.
    role_apposition: Regex,
    /// "The province's housing minister, John Lohr, welcomed …": a name in
    /// commas right after a title.
    titled_apposition: Regex,
    /// A name at the start of a text, after white space.
    name_at_start: Regex,
    /// A name at the end of a text.
    name_at_end: EndAnchored,
    /// " dentist Priya Nair": lower-case role words, then a name (after a
    /// place: "asked Ontario dentist Priya Nair").
    role_then_name: Regex,
    /// " said it had", " announced its": what follows an organisation's
    /// name, not a person's.
    said_it: Regex,
    /// A speech verb opening the text.
    verb_first: Regex,
    /// Capitalised person titles, longest first, each with a trailing space:
    /// a name that opens with one ("President Vladimir Putin") is the name
    /// after it.
    title_prefixes: Vec<String>,
    /// The first words of those titles: most names start with none of them.
    title_heads: HashSet<String>,
    /// Titles in the plural that list names ("Reps.", "Sens."), found in
    /// one pass (a search per title cost more than the rest of the
    /// person patterns together).
    plural_title_finder: AhoCorasick,
    /// One-word roles in lower case ("owner", "businessman", "whip"): a
    /// capitalised one opening a longer name ("Owner John Saunders") is no
    /// given name.
    role_words: HashSet<String>,
    /// Given names of the gazetteer (looked up for every capitalised word).
    given_names: rustc_hash::FxHashSet<String>,
    /// Lower-case nouns that stand for an organisation ("company", "insurer").
    org_nouns: HashSet<String>,
}

/// A person mention found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name as written.
    pub name: String,
    /// Byte offset.
    pub start: usize,
}

impl EntityFinder {
    /// Compiles the gazetteer.
    pub fn new(gazetteer: &Gazetteer) -> Result<Self, String> {
        let mut patterns: Vec<&str> = Vec::new();
        let mut kinds = Vec::new();
        for p in &gazetteer.places {
            patterns.push(p);
            kinds.push(true);
        }
        for o in &gazetteer.organizations {
            patterns.push(o);
            kinds.push(false);
        }
        let names = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(&patterns).map_err(|e| e.to_string())?;
        let titles = alternation(&gazetteer.person_titles);
        let verbs = alternation(&gazetteer.speech_verbs);
        let name = name_pattern_with_particles(2);
        let titled = Regex::new(&format!(r"(?-u:\b)(?:{titles})\s+(?P<name>{name})")).map_err(|e| e.to_string())?;
        // "Smith, an aide, said"; and "The press secretary, Sarah Sanders,
        // said": the comma closing an apposition that opened before the name
        // (checked in `person_mentions`). A longer apposition opens with a
        // role in lower case or its owner ("Monika Bickert, Facebook's vice
        // president for product policy and counterterrorism, said"), not with
        // another name ("Smith, Jones and Brown said").
        // (The apposition's length and first words are checked in code:
        // `[^,]` repeated a hundred times is a large automaton per thread.)
        let subject_verb = Regex::new(&format!(r"(?P<name>{name})(?:,[^,]+,|,)?\s+(?:(?:also|then|later|however|further|earlier|previously|again|recently|once|had|has|have|was|is)\s+)?(?:{verbs})(?-u:\b)")).map_err(|e| e.to_string())?;
        // An organisation opening a sentence before its verb, past an
        // apposition as long as "which represents train companies".
        let organization_subject = Regex::new(&format!(r"^(?P<name>{name})(?:,[^,]{{1,80}},)?\s+(?:(?:also|then|later|however|had|has|have|was|is)\s+)?(?:{verbs})(?-u:\b)")).map_err(|e| e.to_string())?;
        let verb_subject = Regex::new(&format!(r"(?-u:\b)(?:said|says|added|explained|stated|noted|asked|wrote)\s+(?P<name>{name})")).map_err(|e| e.to_string())?;
        let roles = alternation(&gazetteer.person_titles.iter().map(|t| t.to_lowercase()).collect::<Vec<_>>());
        // (Or a noun for a person: "Thompson's neighbour, Raj Patel,".)
        let person_nouns = alternation(&gazetteer.person_nouns);
        let titled_apposition = Regex::new(&format!(r"(?-u:\b)(?:{titles}|{person_nouns}),\s+(?P<name>{name}),")).map_err(|e| e.to_string())?;
        // A role of the gazetteer, or a noun that names what a person does by
        // its ending ("an acupuncturist", "a historian at"): only as the head
        // of the apposition, before its comma or a preposition ("a tourist
        // hotspot" is a place; "a playlist" is checked in code).
        let role_apposition = Regex::new(&format!(
            r",\s+(?:a|an|the|its|his|her)\s+(?:[A-Za-z0-9’'-]+\s+){{0,4}}(?:(?:{roles})(?-u:\b)|[a-z]{{3,}}(?:ist|ian)(?:,|\s+(?:at|of|for|in|with|who|from|and|based)(?-u:\b)))"
        ))
        .map_err(|e| e.to_string())?;
        let name_at_end = EndAnchored::new(&format!(r"{name}$"), 2 << 20)?;
        let name_at_start = Regex::new(&format!(r"^\s+(?P<name>{name})")).map_err(|e| e.to_string())?;
        let verb_first = Regex::new(&format!(r"^(?:(?:also|then|later|had|has|have)\s+)?(?:{verbs})(?-u:\b)")).map_err(|e| e.to_string())?;
        // " state Sen. Richard Pan": a title's abbreviation may follow the role.
        let abbreviations = crate::sentences::TITLE_ABBREVIATIONS.join("|");
        let role_then_name = Regex::new(&format!(r"^\s+(?P<role>(?:[a-z][a-z’'-]+\s+){{1,3}})(?:(?:{abbreviations})\.\s+)?(?P<name>{name})")).map_err(|e| e.to_string())?;
        let said_it = Regex::new(&format!(r"^(?:,[^,]{{1,30}},)?\s+(?:(?:also|then|later|had|has|have)\s+)?(?:{verbs})\s+(?:it|its)(?-u:\b)")).map_err(|e| e.to_string())?;
        // Both automata run over every paragraph: a DFA (a few hundred KB for
        // these word lists) scans several times faster than the default
        // contiguous NFA the builder picks for lists this long.
        let dfa = Some(aho_corasick::AhoCorasickKind::DFA);
        let any_speech_verb = AhoCorasick::builder()
            .kind(dfa)
            .build(gazetteer.speech_verbs.iter().map(String::as_str).chain(["said", "says", "added", "explained", "stated", "noted", "asked", "wrote"]))
            .map_err(|e| e.to_string())?;
        Ok(EntityFinder {
            any_speech_verb,
            places: gazetteer.places.iter().cloned().collect(),
            peoples: gazetteer.peoples.iter().cloned().collect(),
            orgs: gazetteer.organizations.iter().cloned().collect(),
            org_words: gazetteer.organization_words.iter().chain(&gazetteer.organization_name_words).cloned().collect(),
            org_words_after_and: gazetteer.organization_words_after_and.iter().cloned().collect(),
            org_words_before_to: gazetteer.organization_words_before_to.iter().cloned().collect(),
            government_words: gazetteer.government_words_before_of.clone(),
            // (Not a given name: "Saint John", "San Jose", "Fort St. James".)
            place_tails: {
                let given: HashSet<&str> = gazetteer.given_name_genders().map(|(name, _)| name).collect();
                gazetteer.places.iter().filter_map(|p| p.rsplit_once(' ')).map(|(_, last)| last).filter(|last| !given.contains(last)).map(str::to_string).collect()
            },
            government_finder: AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).kind(dfa).build(gazetteer.government_words_before_of.iter().map(|w| format!("{w} of "))).map_err(|e| e.to_string())?,
            org_word_finder: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(dfa)
                .build(gazetteer.organization_words.iter().chain(&gazetteer.organization_name_words))
                .map_err(|e| e.to_string())?,
            names,
            kinds,
            titled,
            subject_verb,
            organization_subject,
            verb_subject,
            role_apposition,
            titled_apposition,
            name_at_end,
            name_at_start,
            role_then_name,
            said_it,
            verb_first,
            role_words: gazetteer.person_nouns().into_iter().filter(|w| !w.contains(' ')).collect(),
            given_names: gazetteer.given_name_genders().map(|(name, _)| name.to_string()).collect(),
            org_nouns: gazetteer.organization_nouns().into_iter().collect(),
            plural_title_finder: AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).kind(dfa).build(gazetteer.plural_person_titles.iter().map(|t| format!("{t} "))).map_err(|e| e.to_string())?,
            title_heads: gazetteer.person_titles.iter().filter_map(|t| t.split(' ').next()).map(str::to_string).collect(),
            title_prefixes: {
                let mut titles: Vec<String> = gazetteer.person_titles.iter().filter(|t| t.starts_with(char::is_uppercase)).map(|t| format!("{t} ")).collect();
                titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
                titles
            },
        })
    }

    /// Whether a name is a known place ("New Delhi").
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// Where the state or country ends that follows a town at `comma` ("a
    /// retiree from Boynton Beach, Fla., said", "who lives in Austin,
    /// Texas, said"): an abbreviation or a known place of a word or two,
    /// closed by a comma, after a town's capitalised words that follow a
    /// preposition of place.
    pub(crate) fn region_after_town(&self, text: &str, comma: usize) -> Option<usize> {
        let rest = text.get(comma..)?.strip_prefix(", ")?;
        let region = &rest[..rest.find(',')?];
        let words = region.split(' ').count();
        let abbreviation = region.len() <= 6 && region.ends_with('.') && region.starts_with(|c: char| c.is_ascii_uppercase());
        if words > 2 || !(abbreviation || self.is_place(region)) {
            return None;
        }
        // (The town's words, then the preposition before them.)
        let mut town = 0;
        for word in text[..comma].split(' ').rev() {
            if town < 3 && newsflow_text::is_capitalized(word) {
                town += 1;
            } else {
                return (town > 0 && PLACE_PREPOSITIONS.contains(&word)).then_some(comma + 2 + region.len());
            }
        }
        None
    }

    /// Whether a name is a known place or organisation.
    pub fn is_place_or_org(&self, name: &str) -> bool {
        self.is_listed(name) || self.is_named_org(name)
    }

    /// Whether the gazetteer lists `word` as a given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// Two short given names spelled as one ("RoseAnne", "MaryAnn"): a
    /// name, not a hover card glued to one ("FlakeLindsey", "BurrTrump",
    /// "JordanGraham").
    fn is_compound_given_name(&self, word: &str) -> bool {
        let head = glued_head(word);
        let tail = &word[head.len()..];
        let short = |w: &str| w.chars().count() <= 5;
        !tail.is_empty() && short(head) && short(tail) && self.given_names.contains(head) && self.given_names.contains(tail)
    }

    /// Whether the gazetteer lists `name` as a place or an organisation.
    /// Whether a word ends organisations' names ("Union", "University").
    pub(crate) fn is_organisation_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    fn is_listed(&self, name: &str) -> bool {
        self.places.contains(name) || self.orgs.contains(name)
    }

    /// A name read from a word too early: "Charlotte Mayor Jennifer" beside
    /// "Jennifer Roberts" (the words after a title begin a listed name),
    /// "Intelligence James Clapper" (of "Director of National Intelligence
    /// James Clapper": a given name opens the rest after a word that names no one),
    /// "FlakeLindsey Graham" (a hover card glued to the name). Such a name
    /// becomes the rest; dropped when the rest is listed or only begins a
    /// listed name. (Not "Rand Paul" beside "Paul Ryan": one word after no
    /// title is a surname.)
    fn names_begun_too_early(&self, people: Vec<String>) -> Vec<String> {
        let full: HashSet<&str> = people.iter().map(String::as_str).filter(|p| p.contains(' ')).collect();
        let leading = leading_words(&people);
        let begins_a_full_name = |rest: &str| full.contains(rest) || leading.contains_key(rest);
        let rest_of = |p: &str| -> Option<String> {
            let words: Vec<&str> = p.split(' ').collect();
            let glued_tail = words.first().filter(|w| !self.is_compound_given_name(w)).and_then(|w| w.get(glued_head(w).len()..)).filter(|tail| !tail.is_empty() && words.len() > 1);
            if let Some(tail) = glued_tail {
                return Some(std::iter::once(tail).chain(words[1..].iter().copied()).collect::<Vec<_>>().join(" "));
            }
            // (A given name opens the rest only after a word that names no
            // one: an unknown word may be a given name, "Mona Lisa Saloy",
            // "J. Scott Applewhite".)
            let first = words[0];
            let no_name = || self.org_words.contains(first) || self.places.contains(first) || self.place_tails.contains(first) || self.names_no_speaker(first) || NOT_NAMES.contains(&first) || first.ends_with("n't") || first.ends_with("n’t");
            let given_opens_rest = words.len() >= 3 && self.given_names.contains(words[1]) && no_name();
            (1..words.len()).find_map(|k| {
                let rest = words[k..].join(" ");
                let after_title = self.title_heads.contains(words[k - 1]) || self.role_words.contains(&words[k - 1].to_lowercase());
                (after_title && begins_a_full_name(&rest) || k == 1 && given_opens_rest).then_some(rest)
            })
        };
        let mut out: Vec<String> = Vec::with_capacity(people.len());
        for person in &people {
            let name = match rest_of(person) {
                Some(rest) if begins_a_full_name(&rest) => continue,
                Some(rest) => rest,
                None => person.clone(),
            };
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }

    /// Whether one word names no one who could speak, however it was found:
    /// a title ("President"); a function word, a time, a sentence opener
    /// ("Its", "To", "Today", "However", "MORE"); a word for people ("Republican", "Senators",
    /// "Justices", the gazetteer's person nouns and titles, or their
    /// plurals; "Americans"); one whose hyphen joins a lower-case word
    /// ("Republican-led"). (An agency or an organisation's word, "AP",
    /// "Telegraph", is no person but may speak.)
    pub(crate) fn names_no_speaker(&self, word: &str) -> bool {
        // (A small word in capitals, a hover card's "MORE", is none either;
        // "WHO" is the organisation.)
        let lower = word.to_lowercase();
        let shouted_small_word = word.len() >= 3 && word.chars().all(|c| c.is_ascii_uppercase()) && newsflow_text::is_stopword(&lower) && !self.is_place_or_org(word);
        shouted_small_word
            || self.title_heads.contains(word)
            || NOT_NAMES.contains(&word) && !SPEAKING_NOT_NAMES.contains(&word)
            || NOT_GIVEN_NAMES.contains(&lower.as_str())
            || matches!(word, "Jr" | "Sr")
            || self.is_people_noun(&lower)
            || is_adjective_compound(word)
            || names_a_people(word)
            || self.names_the_people_of_a_place(word)
    }

    /// Whether the word is the plural for the people of a listed place
    /// ("Quebecers", "Londoners", "Albertans", "Texans", "Israelis"): no
    /// one person.
    fn names_the_people_of_a_place(&self, word: &str) -> bool {
        let stems = [
            word.strip_suffix("ers").map(str::to_string),
            word.strip_suffix("ns").map(str::to_string),
            word.strip_suffix("ans").map(|stem| format!("{stem}as")),
            word.strip_suffix("is").map(str::to_string),
        ];
        word.len() > 5 && stems.into_iter().flatten().any(|stem| self.places.contains(stem.as_str()))
    }

    /// Whether the word (in lower case) is a person noun or title of the
    /// gazetteer, or its plural.
    fn is_people_noun(&self, lower: &str) -> bool {
        self.role_words.contains(lower) || lower.strip_suffix('s').is_some_and(|one| self.role_words.contains(one) || self.role_words.contains(one.strip_suffix('e').unwrap_or(one)))
    }

    /// Whether the text ends with "the union ", "the Ministry ": an
    /// organisation word (any case) right before a name makes it the
    /// organisation's name.
    /// Whether the text ends with an organisation's word and the small word
    /// that joins its name ("the Center for ", "Institute of ").
    /// Where the organisation's name starts that `before` breaks off inside
    /// ("The Federation of Sovereign " → at "Federation"): a name read from
    /// "Indigenous Nations" is the end of "Federation of Sovereign
    /// Indigenous Nations", not a person's.
    pub(crate) fn organisation_name_start(&self, before: &str) -> Option<usize> {
        use crate::phrases::name_words_ending;
        // The name's own first words, "of", "for" or "on", the organisation's
        // word and the capitalised words before it.
        let text = before.strip_suffix(' ')?.trim_end();
        let head = text[..name_words_ending(text, 3).0].trim_end();
        let head = ["of", "for", "on"].iter().find_map(|j| head.strip_suffix(j).filter(|h| h.is_empty() || h.ends_with(' ')))?.trim_end();
        let org_word = head.rsplit(' ').next()?;
        if !self.org_words.contains(org_word) {
            return None;
        }
        let org_at = head.len() - org_word.len();
        let (start, words) = name_words_ending(head[..org_at].trim_end(), 3);
        Some(if words > 0 { start } else { org_at })
    }


    fn follows_organisation_word(&self, before: &str) -> bool {
        let mut words = before.split_whitespace().rev();
        let (Some(noun), Some(article)) = (words.next(), words.next()) else { return false };
        let capitalised = crate::phrases::capitalised(noun);
        before.ends_with(' ') && article.eq_ignore_ascii_case("the") && self.org_words.contains(capitalised.as_str())
    }

    /// The name as a person's, when it reads as one: two or more
    /// capitalised words, no title, no place or organisation in it.
    pub fn person_name(&self, name: &str) -> Option<String> {
        // "court ruling", "White House talking points": a name begins and
        // ends with a capital.
        let capitalised = |word: Option<&str>| word.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        if !capitalised(name.split_whitespace().next()) || !capitalised(name.split_whitespace().next_back()) {
            return None;
        }
        // "Federation of Canadian Municipalities": a word of an organisation's
        // name, or "of" inside, makes no person.
        // (Nor does "&": "Johnson & Johnson" is a firm.)
        if name.contains('&') || name.split_whitespace().any(|w| w == "of" || self.org_words.contains(w)) {
            return None;
        }
        self.clean_name(name, false)
    }

    /// Whether one word is an adjective no one bears as a name alone: a
    /// party's ("Democratic"), a compass direction's ("Southern",
    /// "Midwestern", "Northeast") or a listed place's ("Russian" of Russia,
    /// "European" of Europe, "Canadian", "Italian").
    pub(crate) fn is_adjective_of_place_or_party(&self, word: &str) -> bool {
        const COMPASS: [&str; 8] = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];
        let lower = word.to_lowercase();
        let bare = lower.strip_prefix("mid").unwrap_or(&lower);
        let compass = COMPASS.contains(&bare.strip_suffix("ern").unwrap_or(bare));
        let of_a_place = ["n", "an", "ian"].iter().filter_map(|suffix| word.strip_suffix(suffix)).any(|stem| {
            ["", "a", "e", "y"].iter().any(|end| self.places.contains(format!("{stem}{end}").as_str()))
        });
        PARTIES.contains(&word) || compass || of_a_place
    }

    /// [`Self::person_name`] for a name a role introduces ("NDP health critic
    /// France Gélinas"): there a first word that names a place is a given
    /// name, when the words after it are a name and the whole is no place.
    pub fn person_name_after_role(&self, name: &str) -> Option<String> {
        self.person_name(name).or_else(|| {
            let (first, rest) = name.split_once(' ')?;
            let given = self.places.contains(first) && !self.is_place_or_org(name);
            given.then(|| self.clean_name(rest, true).filter(|r| r == rest)).flatten().map(|_| name.to_string())
        })
    }

    /// The name without the titles it opens with ("Justice Breyer" →
    /// "Breyer", "Prime Minister Nikol Pashinyan" → "Nikol Pashinyan").
    pub fn without_titles<'n>(&self, name: &'n str) -> &'n str {
        let mut name = name;
        while name.split(' ').next().is_some_and(|first| self.title_heads.contains(first)) {
            let Some(rest) = self.title_prefixes.iter().find_map(|t| name.strip_prefix(t.as_str())) else { break };
            // ("Justice Department": a title's word opening an organisation's name.)
            if rest.split(' ').next().is_some_and(|w| self.org_words.contains(w)) {
                break;
            }
            name = rest;
        }
        name
    }

    /// The name after the last title of several words inside `run`
    /// ("Kansas Secretary of State Kris Kobach" → "Kris Kobach").
    pub(crate) fn name_after_title_in<'r>(&self, run: &'r str) -> Option<&'r str> {
        self.title_prefixes.iter().filter(|t| t.trim_end().contains(' ')).filter_map(|t| run.rfind(t.as_str()).map(|at| &run[at + t.len()..])).min_by_key(|rest| rest.len())
    }

    /// A name without the words up to a title inside it ("House Speaker
    /// Paul" → "Paul", "Chinese President Xi" → "Xi", "Press Secretary
    /// Hogan" → "Hogan"): the words before a title describe its bearer. A
    /// title's word last in a name is a surname ("Mike Judge").
    pub(crate) fn after_inner_title<'n>(&self, name: &'n str) -> &'n str {
        let words: Vec<&str> = name.split(' ').collect();
        let is_title = |w: &str| w.starts_with(char::is_uppercase) && (self.title_heads.contains(w) || self.role_words.contains(&w.to_lowercase()));
        let inner = words.len().saturating_sub(1);
        match (1..inner).rev().find(|&k| is_title(words[k])) {
            Some(k) if !self.given_names.contains(words[0]) => name.splitn(k + 2, ' ').last().unwrap_or(name),
            _ => name,
        }
    }

    /// Whether the name ends with an organisation's word ("the US
    /// Department", "The U.S. District Court for the District") or a
    /// government's ("The City"): then "of Agriculture", "of Montreal"
    /// after it goes on with its name.
    pub fn ends_with_organisation_word(&self, name: &str) -> bool {
        name.rsplit(' ').next().is_some_and(|w| self.org_words.contains(w) || w == "District" || self.government_words.iter().any(|g| g == w))
    }

    /// The person a run of capitalised words names after the roles in it:
    /// "Google Fonts Product Manager Sophia" + " Siao." → "Sophia Siao",
    /// "Estera Events Co-Owner" + " and Lead Planner Erica Vanco." → "Erica
    /// Vanco", "Co-Founder" + ", Stephanie Özcan." → "Stephanie Özcan". The
    /// name goes on into `following` (the words the match stopped before).
    /// `None` when no word of `words` is a role.
    pub fn name_after_roles(&self, words: &str, following: &str) -> Option<String> {
        let is_role = |w: &str| {
            let lower = w.to_lowercase();
            self.role_words.contains(lower.strip_prefix("co-").unwrap_or(&lower))
        };
        let ws: Vec<&str> = words.split_whitespace().collect();
        let last_role = ws.iter().rposition(|w| is_role(w))?;
        let mut name: Vec<&str> = ws[last_role + 1..].to_vec();
        // A comma after the role opens the name ("Co-Founder, Stephanie
        // Özcan"); after a name it closes it ("Mitch McConnell, R-Ky.").
        let rest = match (name.is_empty(), following.trim_start().starts_with(',')) {
            (true, _) => following.trim_start_matches([',', ' ']),
            (false, true) => "",
            (false, false) => following,
        };
        for word in rest.split_whitespace() {
            let bare = word.trim_end_matches(['.', ',', ';', ':']);
            if is_role(bare) {
                name.clear();
            } else if name.is_empty() && bare == "and" {
                continue;
            } else if newsflow_text::is_capitalized(bare) && !bare.is_empty() {
                name.push(bare);
            } else {
                break;
            }
            if bare.len() < word.len() {
                break;
            }
        }
        let name = name.join(" ");
        (!name.is_empty() && name.split(' ').count() <= 4).then_some(name)
    }

    /// Whether lower-case words read as a role ("spokesperson", "retired
    /// teacher"), not as function words or verbs ("and", "said").
    /// Inside the phrase, "and", "of" and "for" may join roles ("writer and
    /// author", "director of communications").
    pub fn is_role_phrase(&self, words: &str) -> bool {
        let words: Vec<&str> = words.split_whitespace().collect();
        let function_word = |w: &&str| NOT_ROLE_WORDS.contains(w) || newsflow_text::is_stopword(w);
        let joins = |w: &&str| ["and", "of", "for"].contains(w);
        match words.as_slice() {
            [] => false,
            [first, inner @ .., last] => !function_word(first) && !function_word(last) && inner.iter().all(|w| joins(w) || !function_word(w)),
            [only] => !function_word(only),
        }
    }

    /// The person a long description in lower case ends with, right after
    /// a speech verb (`clause` is the rest of the sentence): " former
    /// Mississippi governor and Clinton-era Republican National Committee
    /// Chairman Haley Barbour", " longtime city councillor and former
    /// deputy mayor Pam McConnell". A role word of the gazetteer is in the
    /// description, and the name ends the clause (or its first comma).
    /// The description may open with one capitalised modifier before its
    /// words in lower case: " Republican presidential candidate and Florida
    /// Sen. Marco Rubio", " Trump campaign manager Brad Parscale".
    /// The name and where it ends in `clause`.
    pub fn named_after_description(&self, clause: &str) -> Option<(String, usize)> {
        let clause = &clause[..clause.find([',', ';', '(', '“', '”', '"']).unwrap_or(clause.len())];
        let clause = clause.trim_end().trim_end_matches(['.', '!', '?']);
        let mut words = clause.split_whitespace();
        let lower = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_lowercase));
        let (first, second) = (words.next(), words.next());
        let opens_as_description = lower(first) || first.is_some_and(newsflow_text::is_capitalized) && lower(second);
        if !opens_as_description || !newsflow_text::has_at_most_words(clause, 14) {
            return None;
        }
        let found = self.name_at_end.find_match(clause)?;
        // (A noun phrase, not a clause: " in January that the show was
        // inspired by Sheriff Jim McDonnell".)
        let description: Vec<&str> = clause[..found.start()].split_whitespace().collect();
        let joins = |w: &&str| ["and", "of", "for"].contains(w);
        let noun_phrase = description.first().is_some_and(|w| !joins(w)) && description.iter().all(|w| joins(w) || !newsflow_text::is_stopword(&w.to_lowercase()));
        let has_role = noun_phrase && description.iter().any(|w| self.role_words.contains(&w.to_lowercase()));
        let name = self.name_after_title_in(found.as_str()).unwrap_or_else(|| self.after_inner_title(found.as_str()));
        let name = has_role.then(|| self.person_name_after_role(name)).flatten().filter(|n| n.contains(' '))?;
        Some((name, found.end()))
    }

    /// Where the name is in " dentist Priya Nair, who…": after one to three
    /// lower-case role words (not function words).
    pub fn named_after_role(&self, rest: &str) -> Option<(usize, usize)> {
        let found = self.role_then_name.captures(rest)?;
        let role = found.name("role")?.as_str();
        if !self.is_role_phrase(role) {
            return None;
        }
        found.name("name").map(|name| (name.start(), name.end()))
    }

    /// The first person or organisation a text names (the issuer in "The
    /// RCMP said in a statement").
    pub fn first_named(&self, text: &str, known: &[String]) -> Option<String> {
        let person = self.person_mentions(text, known).into_iter().next().map(|m| (m.start, m.name));
        let listed = self.names.find_iter(text).find(|hit| !self.kinds[hit.pattern().as_usize()]).map(|hit| (hit.start(), text[hit.start()..hit.end()].to_string()));
        let named = self.named_orgs(text).into_iter().next();
        [person, listed, named].into_iter().flatten().min_by_key(|(start, _)| *start).map(|(_, name)| name)
    }

    /// The organisation a sentence opens with as the subject of a speech
    /// verb ("Airbnb Canada said it supports …", "The RCMP said …"); not a
    /// person the article names.
    pub fn organization_subject(&self, sentence: &str, people: &[String]) -> Option<String> {
        // A list's or a live blog's bullet before it ("-- The State Department says").
        let text = sentence.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '•' | '*'));
        // (Past a setting that opens it: "In a statement, the SIU said".)
        let text = without_opening_setting(text);
        let text = text.strip_prefix("The ").or_else(|| text.strip_prefix("the ")).unwrap_or(text);
        let (name, start) = names_in(&self.organization_subject, text).into_iter().next()?;
        let is_person = is_listed_person(people, name);
        // "But Peres said", "When President Obama said", "Chief Justice
        // Roberts agreed": a person after an opener or a title.
        let first = name.split(' ').next().unwrap_or(name);
        if NOT_NAMES.contains(&first) || self.title_heads.contains(first) {
            return None;
        }
        // "The Kentucky Republican wrote", "Another Democrat, Rep. Jared
        // Golden, told": a noun for a person, described (someone named
        // before, or in the apposition). ("One Colorado Republican called
        // Pence …" stays the one speaking: no name says who; so does an
        // owner's "Hyundai’s CEO".)
        let owned = first.ends_with("'s") || first.ends_with("’s");
        if !owned && name.rsplit(' ').next().is_some_and(|last| self.role_words.contains(&last.to_lowercase())) {
            let indefinite = ["One", "Another", "A", "An"].contains(&first);
            let apposition = text.get(start + name.len()..).is_some_and(|rest| rest.starts_with(','));
            if !indefinite || apposition {
                return None;
            }
        }
        // One capitalised word is an organisation only when listed ("He", "Officials" are not).
        let organisation_like = name.contains(' ') || self.is_place_or_org(name);
        (start == 0 && organisation_like && !is_person && !self.person_mentions(text, people).iter().any(|m| m.name == name)).then(|| name.to_string())
    }

    /// The organisation a sentence opens with, named by its words ("The
    /// Federation of Canadian Municipalities welcomed …"), if any.
    pub(crate) fn opening_organisation(&self, sentence: &str) -> Option<String> {
        let text = sentence.trim_start();
        let text = text.strip_prefix("The ").unwrap_or(text);
        self.named_orgs(text).into_iter().next().filter(|(start, _)| *start == 0).map(|(_, name)| name)
    }

    /// The organisation a sentence opens with, named by its words or listed
    /// ("The TTC will cut …"), if any.
    pub(crate) fn opening_listed_organisation(&self, sentence: &str) -> Option<String> {
        let text = sentence.trim_start();
        let text = text.strip_prefix("The ").unwrap_or(text);
        let listed = || self.listed_organisations(text).next().filter(|(start, _)| *start == 0).map(|(_, name)| name.to_string());
        self.opening_organisation(sentence).or_else(listed)
    }

    /// The organisations of the gazetteer a text names as whole words, with
    /// where each starts, in order.
    fn listed_organisations<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, &'t str)> + 't {
        let word_end = |at: usize| !text[at..].starts_with(char::is_alphanumeric);
        let word_start = |at: usize| !text[..at].ends_with(char::is_alphanumeric);
        self.names.find_iter(text).filter(move |hit| !self.kinds[hit.pattern().as_usize()] && word_start(hit.start()) && word_end(hit.end())).map(move |hit| (hit.start(), &text[hit.start()..hit.end()]))
    }

    /// Where a listed organisation's name ends at `end` of the text starts
    /// ("The Centers for Disease Control and Prevention" before "has said":
    /// the patterns read "Prevention" alone, past the "and").
    pub(crate) fn listed_organisation_ending_at(&self, text: &str, end: usize) -> Option<usize> {
        self.listed_organisations(text.get(..end)?).filter(|(start, name)| start + name.len() == end).map(|(start, _)| start).next()
    }

    /// Where a listed organisation's name that starts at `start` of the text
    /// ends ("said the Centers for Disease Control and Prevention": the
    /// patterns read "the Centers").
    pub(crate) fn listed_organisation_starting_at(&self, text: &str, start: usize) -> Option<usize> {
        let rest = text.get(start..)?;
        let head = newsflow_text::head_bytes(rest, 120);
        self.listed_organisations(head).find(|(at, _)| *at == 0).map(|(_, name)| start + name.len())
    }

    /// The organisations a text names, by their words ("the Federal
    /// Communications Commission") or as the gazetteer lists them ("IRS",
    /// "Twitter"), in the order written.
    pub(crate) fn organisations_named_in(&self, text: &str) -> Vec<String> {
        let listed = self.listed_organisations(text).map(|(start, name)| (start, name.to_string()));
        let mut named: Vec<(usize, String)> = self.named_orgs(text).into_iter().chain(listed).collect();
        named.sort_by_key(|(start, _)| *start);
        named.into_iter().map(|(_, name)| name).collect()
    }

    /// Organisations named by capitalised words before an organisation word
    /// ("the Canadian Dental Association said" → "Canadian Dental Association"),
    /// with where each starts.
    fn named_orgs(&self, text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for hit in self.org_word_finder.find_iter(text) {
            let after = text[hit.end()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) || text[..hit.start()].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            // (A word that closes a sentence or a quotation ends the name:
            // "… Syria.” The Associated Press".)
            // (Nor is an owner part of it: "Maryland’s Department of Labor".)
            let mut words = name_words_before(&text[..hit.start()]);
            if !text[..hit.start()].ends_with(' ') {
                words.clear();
            }
            // "Ontario Nurses' Association", "Elementary Teachers’ Federation":
            // a plural owner right before the organisation's word is part of
            // its name. (Not a person's or an organisation's name:
            // "Bernie Sanders’ Senate", "Health and Human Services’ Office".)
            if words.is_empty() {
                let owner = text[..hit.start()].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).filter(|w| (w.ends_with("s'") || w.ends_with("s’")) && newsflow_text::is_capitalized(w));
                if let Some(owner) = owner.filter(|w| !self.org_words.contains(w.trim_end_matches(['\'', '’']))) {
                    let before = name_words_before(&text[..hit.start() - owner.len() - 1]);
                    if !before.iter().any(|w| self.given_names.contains(*w)) {
                        words.push(owner);
                        words.extend(before);
                    }
                }
            }
            // "Canada Mortgage and Housing Corporation": the name goes back
            // past "and" to words that name nothing on their own.
            // (Not when the words after "and" open a name of their own:
            // "Gowdy and Senate Judiciary Committee".)
            let second_opens_a_name = words.last().is_some_and(|w| self.org_words.contains(*w) || self.is_listed(w));
            if !words.is_empty() && !second_opens_a_name && self.org_words_after_and.contains(&text[hit.start()..hit.end()]) {
                let before = &text[..hit.start() - run_len(&words)];
                if let Some(left) = before.strip_suffix("and ").filter(|b| b.ends_with(' ')).and_then(|b| self.half_before_and(b)) {
                    words.push("and");
                    words.extend(left);
                }
            }
            // "Federation of Canadian Municipalities", "Royal Bank of
            // Canada", "Department of Finance": the name goes on past "of"
            // (and past "and": "Department of Health and Human Services").
            let (link, mut of_tail) = self.of_name_tail(&text[hit.start()..hit.end()], &text[hit.end()..]);
            // (An organisation named by its word alone is whole: "the Senate
            // for Obama’s final two years".)
            if link.starts_with("for") && words.is_empty() && self.is_listed(&text[hit.start()..hit.end()]) {
                of_tail.clear();
            }
            if words.is_empty() && of_tail.is_empty() {
                continue;
            }
            let start = hit.start() - run_len(&words);
            // "Minister of Children, Community and Social Services Michael
            // Parsa", "Indigenous Services Minister Patty Hajdu": a portfolio
            // in a title, not an organisation.
            let title_follows = [" Minister ", " Minister,", " minister ", " Secretary "].iter().any(|t| text[hit.end()..].starts_with(t));
            if is_portfolio_of_a_title(&text[..start]) || title_follows && of_tail.is_empty() {
                continue;
            }
            words.reverse();
            words.push(&text[hit.start()..hit.end()]);
            let mut name = words.join(" ");
            if !of_tail.is_empty() {
                name = format!("{name} {link} {of_tail}");
            }
            out.push((start, name));
        }
        out.extend(self.governments_of_places(text));
        out
    }

    /// "City of Montreal", "Town of Banff", "Government of Canada": a
    /// government named by its word, "of" and a listed place.
    fn governments_of_places(&self, text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for hit in self.government_finder.find_iter(text) {
            // (Not inside a longer name: "Southern District of New York".)
            let word_before = text[..hit.start()].split_whitespace().next_back().unwrap_or("");
            if text[..hit.start()].ends_with(char::is_alphanumeric) || newsflow_text::is_capitalized(word_before) && !["The", "the"].contains(&word_before) {
                continue;
            }
            let (place, _) = of_name_words(&text[hit.end()..]);
            if !place.is_empty() && self.places.contains(&place.join(" ")) {
                out.push((hit.start(), format!("{}{}", &text[hit.start()..hit.end()], place.join(" "))));
            }
        }
        out
    }

    /// A name of two or three words opened by a given name that is also a
    /// place's ("Jordan Whitehead", "Georgia Fraser"), the others no place,
    /// organisation, party or title: read as a person's where a speech verb
    /// follows (elsewhere the place is read: "Jordan Valley").
    fn name_opened_by_given_place(&self, name: &str) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let rest_plain = words[1..].iter().all(|w| newsflow_text::is_capitalized(w) && !self.places.contains(*w) && !self.orgs.contains(*w) && !self.org_words.contains(*w) && !PARTIES.contains(w) && !self.title_heads.contains(*w));
        let opened = (2..=3).contains(&words.len()) && self.given_names.contains(words[0]) && self.places.contains(words[0]);
        (opened && rest_plain && !self.is_place_or_org(name)).then(|| words.join(" "))
    }

    /// Whether a name's last word, which may also be a party's ("Tory"),
    /// is a surname: right after a given name ("John Tory"), not after
    /// another name or a place ("Antonin Scalia Republican", "a House
    /// Republican").
    fn is_surname_after_given_name(&self, words: &[&str]) -> bool {
        // (Not a given name that is also a place: "Virginia Republican".)
        words.len() == 2 && self.given_names.contains(words[0]) && !self.is_place_or_org(words[0])
    }

    /// Whether a name of two or more words ends in an organisation word
    /// ("Canadian Dental Association", "Ontario Provincial Police").
    fn is_named_org(&self, name: &str) -> bool {
        // "Canadian Red Cross": the name ends with a listed organisation.
        // (Not a given name before a firm's: "Carolyn Rogers", "Kristen Bell".)
        // (A party's members are no surname: "Charlotte Democrats".)
        let given_name_and_one = name.split_once(' ').is_some_and(|(first, rest)| !rest.contains(' ') && !PARTIES.contains(&rest) && self.given_names.contains(first));
        let ends_with_listed = !given_name_and_one && name.match_indices(' ').any(|(at, _)| self.orgs.contains(&name[at + 1..]));
        name.contains(' ') && (name.rsplit(' ').next().is_some_and(|last| self.org_words.contains(last)) || ends_with_listed)
    }

    /// The capitalised words that end `before` (nearest first) when they are
    /// the first half of a name joined by "and" (see
    /// [`Self::names_nothing_alone`]), and do not end an "of" name:
    /// "Circuit Court of Appeals and Supreme Court" is two.
    fn half_before_and<'t>(&self, before: &'t str) -> Option<Vec<&'t str>> {
        let left = name_words_before(before);
        let up_to = &before[..before.len() - run_len(&left)];
        let ends_of_name = up_to.strip_suffix(" of ").is_some_and(|head| head.rsplit(' ').next().is_some_and(newsflow_text::is_capitalized));
        (self.names_nothing_alone(&left) && !ends_of_name).then_some(left)
    }

    /// Whether the capitalised words before "and" in an organisation's name
    /// (nearest first) are one half of it ("Canada Mortgage" of "Canada
    /// Mortgage and Housing Corporation"), not a name of their own: no
    /// listed place or organisation, nothing that ends as an organisation's
    /// name does, no one's given name or title ("President Trump and
    /// European Union"), no acronym alone ("ABC and …"), up to three words.
    fn names_nothing_alone(&self, words: &[&str]) -> bool {
        let joined = words.iter().rev().copied().collect::<Vec<_>>().join(" ");
        let acronym = |w: &&str| w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.');
        (1..=3).contains(&words.len())
            && !self.is_listed(&joined)
            && !words.first().is_some_and(|w| self.org_words.contains(*w) || w.ends_with('-'))
            && !words.iter().any(|w| self.given_names.contains(*w) || self.title_heads.contains(*w) || self.role_words.contains(&w.to_lowercase()))
            && (words.len() != 1 || !words.iter().all(acronym))
    }

    /// The word linking the name's words after an organisation word ("of"
    /// or "for"), and those words ("Royal Bank of Canada", "Department of
    /// Finance", "Canadian Institute for Health Information", "Hospital for
    /// Sick Children"), on past "and" when neither side is a place or a
    /// person ("Department of Health and Human Services", "Centers for
    /// Disease Control and Prevention"; not "Bank of Canada and Finance
    /// Canada", nor "Department of Justice and Attorney General Merrick
    /// Garland").
    fn of_name_tail(&self, org_word: &str, after: &str) -> (&'static str, String) {
        // ("for" may take an article: "Committee for a Responsible Federal
        // Budget", "Campaign for an Independent Press".)
        // ("to" and a purpose in two capitalised words or more, after the
        // words that take one: "Toronto Alliance to End Homelessness",
        // "Committee to Protect Journalists"; not "the Commission to
        // Ottawa", "Journal to Reach Your Goals".)
        const LINKS: [&str; 5] = ["of", "for an", "for a", "for", "to"];
        let Some((link, rest)) = LINKS.into_iter().find_map(|link| after.strip_prefix(' ').and_then(|a| a.strip_prefix(link)).and_then(|a| a.strip_prefix(' ')).map(|rest| (link, rest))) else {
            return ("", String::new());
        };
        let (mut tail, closed) = of_name_words(rest);
        let a_purpose = |tail: &[&str]| tail.len() >= 2 && !self.places.contains(&tail.join(" ")) && !tail.iter().any(|w| self.given_names.contains(*w) || self.places.contains(*w) || self.org_words.contains(*w));
        if link == "to" && !(self.org_words_before_to.contains(org_word) && a_purpose(&tail)) {
            return ("", String::new());
        }
        let joined = tail.join(" ");
        let consumed: usize = tail.iter().map(|w| w.len() + 1).sum();
        let and_rest = (!closed && !tail.is_empty() && !self.places.contains(&joined)).then(|| rest.get(consumed..).and_then(|r| r.strip_prefix("and "))).flatten();
        if let Some(and_rest) = and_rest {
            let (more, _) = of_name_words(and_rest);
            let plain = |w: &&str| !self.given_names.contains(*w) && !self.role_words.contains(&w.to_lowercase()) && !self.places.contains(*w);
            // (Four capitalised words run on into something else; an
            // organisation's word opens another name: "School of Management
            // and School of …".)
            let joined = more.join(" ");
            let opens_another = more.first().is_some_and(|w| self.org_words.contains(*w)) || self.is_listed(&joined) || more.len() == 1 && joined.chars().all(char::is_uppercase);
            if (1..=3).contains(&more.len()) && more.iter().all(plain) && !opens_another {
                tail.push("and");
                tail.extend(more);
            }
        }
        (link, tail.join(" "))
    }

    /// The names listed with a person's in one list of three or more
    /// ("Nazem Kadri, Jonathan Huberdeau and MacKenzie Weegar scored": a
    /// list of full names one of which is a person's names people, whatever
    /// their given names). Each listed name is two or three capitalised
    /// words, none a place's, an organisation's, a title's or a role's.
    fn list_mates(&self, text: &str, mentions: &[Mention]) -> Vec<Mention> {
        let mut out = Vec::new();
        for m in mentions.iter().filter(|m| m.name.contains(' ') && text.get(m.start..m.start + m.name.len()) == Some(m.name.as_str())) {
            let end = m.start + m.name.len();
            if out.iter().any(|o: &Mention| o.start == m.start) || !(text[end..].starts_with(", ") || text[end..].starts_with(" and ") || text[..m.start].ends_with(", ")) {
                continue;
            }
            let mut listed: Vec<(usize, &str)> = Vec::new();
            // Back over ", Name" items, then on over ", Name" and "and Name".
            let mut at = m.start;
            while let Some(before) = text[..at].strip_suffix(", ") {
                let Some(name) = self.listable_name_ending(before) else { break };
                at = before.len() - name.len();
                listed.push((at, name));
            }
            let mut rest = end;
            let mut closed = false;
            while !closed {
                let after = &text[rest..];
                let (sep, last) = [(", and ", true), (" and ", true), (", ", false)].into_iter().find(|(sep, _)| after.starts_with(sep)).unwrap_or(("", false));
                if sep.is_empty() {
                    break;
                }
                let Some(name) = self.listable_name_starting(&after[sep.len()..]) else { break };
                listed.push((rest + sep.len(), name));
                rest += sep.len() + name.len();
                closed = last;
            }
            // (Three names or more, the list closed by "and": not a run of
            // capitals after a comma, "Trudeau, Finance Minister …".)
            let ends_with_and = closed || listed.iter().any(|&(s, _)| s < m.start) && text[end..].starts_with(" and ");
            if listed.len() >= 2 && ends_with_and {
                for (start, name) in listed {
                    if !mentions.iter().any(|k| k.start == start) {
                        out.push(Mention { name: name.to_string(), start });
                    }
                }
            }
        }
        out
    }

    /// The two or three name-shaped words opening `text` (see [`Self::list_mates`]).
    fn listable_name_starting<'t>(&self, text: &'t str) -> Option<&'t str> {
        let mut len = 0;
        let mut count = 0;
        for word in text.split(' ').take(3) {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if !self.is_listable_word(bare) {
                break;
            }
            len += usize::from(count > 0) + bare.len();
            count += 1;
            if bare.len() < word.len() {
                break;
            }
        }
        (2..=3).contains(&count).then(|| &text[..len]).filter(|name| self.is_listable_name(name))
    }

    /// The two or three name-shaped words ending `text` (see [`Self::list_mates`]).
    fn listable_name_ending<'t>(&self, text: &'t str) -> Option<&'t str> {
        let words: Vec<&str> = text.rsplit(' ').take(3).take_while(|w| self.is_listable_word(w)).collect();
        // (The name ends where the list does: "Coach Ryan Huska" is read
        // as a title's name only by the title rules.)
        let count = words.len();
        let len = words.iter().map(|w| w.len()).sum::<usize>() + count.saturating_sub(1);
        (2..=3).contains(&count).then(|| &text[text.len() - len..]).filter(|name| self.is_listable_name(name))
    }

    /// A word of a listed name: capitalised, then letters, with capitals
    /// only inside a surname's prefix ("MacKenzie", "O'Reilly",
    /// "Smith-Jones"); no acronym, no possessive.
    fn is_listable_word(&self, word: &str) -> bool {
        let letters = word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let lower = word.chars().filter(|c| c.is_lowercase()).count();
        newsflow_text::is_capitalized(word) && letters && lower * 2 >= word.chars().count() && !word.ends_with("'s") && !word.ends_with("’s") && !NOT_NAMES.contains(&word) && !self.names_no_speaker(word)
    }

    /// Whether listed words may be a person's name: no place, organisation,
    /// title, role, date or holiday among them.
    fn is_listable_name(&self, name: &str) -> bool {
        // (A holiday is a day's name: "before Election Day, Donald Trump and
        // Hillary Clinton".)
        const DAYS: [&str; 4] = ["Day", "Eve", "Week", "Weekend"];
        !self.places.contains(name)
            && !name.rsplit(' ').next().is_some_and(|last| DAYS.contains(&last))
            && !self.orgs.contains(name)
            && !name.split(' ').any(|w| self.places.contains(w) || self.org_words.contains(w) || self.title_heads.contains(w) || self.role_words.contains(&w.to_lowercase()) || newsflow_text::is_date_word(w))
    }

    /// "Sheriff Chad Chronister": after a title, a place that is as often a
    /// given name (Chad, Jordan, Georgia, Austin) opens a name of two words,
    /// its surname no place or organisation.
    fn place_named_after_title(&self, name: &str) -> Option<String> {
        let (first, surname) = name.split_once(' ')?;
        let plain = |w: &str| newsflow_text::is_capitalized(w) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let surname_is_a_name = plain(surname) && !self.places.contains(surname) && !self.orgs.contains(surname) && !self.org_words.contains(surname) && !NOT_NAMES.contains(&surname) && !self.names_no_speaker(surname);
        (self.places.contains(first) && plain(first) && surname_is_a_name).then(|| name.to_string())
    }

    /// Person mentions in a paragraph, by title and by speech verb.
    pub fn person_mentions(&self, text: &str, known: &[String]) -> Vec<Mention> {
        let mut out = Vec::new();
        for (m, start) in names_in(&self.titled, text) {
            // "NBA Chief Communications Officer Mike Bass": the title goes on
            // to its role word; the name follows it.
            let role_end = m.split_whitespace().rev().skip(1).find(|w| ROLE_TAILS.contains(&w.to_lowercase().as_str())).and_then(|role| m.find(role).map(|at| at + role.len()));
            if let Some(after_role) = role_end.map(|end| start + end) {
                if let Some(name) = self.name_at_start.captures(&text[after_role..]).and_then(|c| c.name("name")).and_then(|n| self.clean_name(n.as_str(), false).map(|name| (name, after_role + n.start()))) {
                    out.push(Mention { name: name.0, start: name.1 });
                }
                continue;
            }
            // A title makes a person even of a name with a place in it
            // ("Premier Tim Houston").
            // "Justice Department": the word after the title is an
            // organisation's, not a surname; "Chief Justice": a title after
            // a title (but "Mr. Judge" is a surname after an honorific).
            let honorific = crate::gender::honorific_before(&text[..start]).is_some();
            if self.org_words.contains(m) || self.title_heads.contains(m) && !honorific {
                continue;
            }
            if let Some(name) = self.clean_name(m, true).or_else(|| self.clean_titled_name(m)).or_else(|| self.place_named_after_title(m)) {
                // ("Deputy Attorney General Rod Smith": a title of several
                // words took the pattern's name words; the name goes on past
                // them.)
                let space_before = m.rfind(name.as_str()).filter(|&at| at > 0 && !name.contains(' ')).map(|at| start + at - 1);
                let longer = space_before.and_then(|at| {
                    let n = self.name_at_start.captures(&text[at..]).and_then(|c| c.name("name"))?;
                    self.clean_name(n.as_str(), false).filter(|full| full.contains(' ') && full.starts_with(name.as_str())).map(|full| (full, at + n.start()))
                });
                match longer {
                    Some((full, at)) => out.push(Mention { name: full, start: at }),
                    None => out.push(Mention { name, start }),
                }
            }
        }
        // The title must follow a lower-case word or a possessive ("the
        // province's housing minister, John Lohr,", "Ontario's Premier, Doug
        // Ford,"): after a name ("Rep. Peter King, R-New York,") or in a list
        // ("Defense, Justice, Commerce") it is a word of the name or the list.
        if text.contains(", ") {
            for found in self.titled_apposition.captures_iter(text) {
                let (Some(whole), Some(m)) = (found.get(0), found.name("name")) else { continue };
                let word_before = text[..whole.start()].split_whitespace().next_back().unwrap_or("");
                let owner = ["Her", "His", "Their", "Our", "My", "The", "A", "An"].contains(&word_before);
                let after_lower_word = word_before.starts_with(char::is_lowercase) || word_before.ends_with("'s") || word_before.ends_with("’s") || owner;
                // A full name: one word there is as often a product ("a
                // password manager, NordPass,").
                if let Some(name) = self.clean_name(m.as_str(), true).filter(|n| after_lower_word && n.contains(' ')) {
                    out.push(Mention { name, start: m.start() });
                }
            }
        }
        const LISTS: [&str; 6] = ["playlist", "checklist", "wishlist", "shortlist", "waitlist", "blacklist"];
        let listed = |role: &str| !role.split(|c: char| !c.is_alphabetic()).any(|w| LISTS.contains(&w));
        let appositions = self
            .role_apposition
            .find_iter(text)
            .filter(|role| listed(role.as_str()))
            .filter_map(|role| self.name_at_end.find_match(without_credentials(&text[..role.start()])).map(|n| (n.as_str(), n.start())));
        // Names before a verb, after one ("said Democratic pollster Celinda
        // Lake": `true`), and before a role in apposition.
        // A name a comma closes right before its verb is an apposition only
        // if a comma opened it ("secretary of Aslef, said" names no speaker).
        let closed_by_comma = |m: &str, start: usize| text[start + m.len()..].strip_prefix(',').is_some_and(|rest| self.verb_first.is_match(rest.trim_start()));
        let opened_by_comma = |start: usize| text[..start].trim_end().ends_with(',');
        // "a retiree from Boynton Beach, Fla., said": a town and its state
        // (or country) in someone's apposition, not the speaker.
        // (So is an institution before a name in apposition: "One of your
        // colleagues at Columbia, Katherine Franke, argues".)
        let town_and_region = |m: &str, start: usize| {
            let after_preposition = text[..start].split_whitespace().next_back().is_some_and(|w| PLACE_PREPOSITIONS.contains(&w));
            let region = text[start + m.len()..].strip_prefix(", ").and_then(|r| r.split_once(',')).is_some_and(|(region, _)| {
                let words: Vec<&str> = region.split(' ').collect();
                words.len() <= 2 && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            });
            after_preposition && region
        };
        let speech = self.any_speech_verb.is_match(text);
        let by_verb = |re: &Regex| if speech { names_in(re, text) } else { Vec::new() };
        let before_verb = by_verb(&self.subject_verb)
            .into_iter()
            .filter(|(m, start)| (!closed_by_comma(m, *start) || opened_by_comma(*start)) && self.apposition_describes_a_person(&text[start + m.len()..]) && !town_and_region(m, *start))
            .map(|(m, start)| (m, start, false, false));
        let after_verb = by_verb(&self.verb_subject).into_iter().map(|(m, start)| (m, start, true, false));
        for (m, start, follows_verb, in_apposition) in before_verb.chain(after_verb).chain(appositions.map(|(m, start)| (m, start, false, true))).collect::<Vec<_>>() {
            // "Loblaw said it had frozen prices", "the union Aslef said": a
            // company, a union, not a person.
            // (The pattern runs only where "it" follows closely.)
            let it = |w: &str| w.strip_prefix("it").is_some_and(|after| after == "s" || !after.starts_with(char::is_alphanumeric));
            let said_it = |rest: &str| rest.split_whitespace().take(9).any(it) && self.said_it.is_match(rest);
            // "as the Journal says", "the Post reported": one capitalised
            // word after "the" is a publication or a body, never a person.
            let after_the = || text[..start].split_whitespace().next_back().is_some_and(|w| w == "the" || w == "The");
            if !m.contains(' ') && (said_it(&text[start + m.len()..]) || self.follows_organisation_word(&text[..start]) || after_the()) {
                continue;
            }
            // ("the Toronto Alliance to End Homelessness described": the
            // purpose closing an organisation's name.)
            if text[..start].strip_suffix(" to ").and_then(|b| b.rsplit(' ').next()).is_some_and(|w| self.org_words_before_to.contains(w)) {
                continue;
            }
            // ("Chief Alexander McKinnon of the Nak'azdli Whut'en told": a
            // body or a people after "of the", never a person.)
            // (Nor a name after "the" and a number: a route, "the 35 Jane".)
            // (Nor a place after "in the", "at the" …: "Speaking in the White
            // House Rose Garden, the president turned".)
            // (Past the capitalised words before the name the pattern left:
            // "the White House Rose Garden".)
            let mut before = text[..start].split_whitespace().rev().skip_while(|w| newsflow_text::is_capitalized(w) && !w.eq_ignore_ascii_case("the") && w.ends_with(char::is_alphanumeric));
            let after_preposition_and_the = before.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && before.next().is_some_and(|w| ["of", "in", "at", "from", "near", "on", "into", "outside", "inside"].contains(&w.to_lowercase().as_str()));
            // (Nor a name right after a preposition of place, before the
            // verb: "my companions in Opelika said", "officials in Ottawa
            // say" are of people there; a role in apposition makes one a
            // person: "an F-bomb from Nate Silver, the FiveThirtyEight founder".)
            let after_place_preposition = !follows_verb && !in_apposition && text[..start].split_whitespace().next_back().is_some_and(|w| ["in", "from", "near", "at"].contains(&w));
            if after_preposition_and_the || after_place_preposition || follows_the_and_a_number(&text[..start]) {
                continue;
            }
            // "the Center for Immigration Studies acknowledges": the end of
            // an organisation's name, not a person.
            if self.organisation_name_start(&text[..start]).is_some() {
                continue;
            }
            // "asked Ontario dentist Priya Nair", "said Democratic pollster
            // Celinda Lake": a place, or any words after the verb, describe
            // the person named after the role.
            let rest = &text[start + m.len()..];
            if follows_verb || self.is_place_or_org(m) {
                if let Some(name) = self.named_after_role(rest).and_then(|(s, e)| self.clean_name(&rest[s..e], false).or_else(|| self.person_name_after_role(&rest[s..e])).map(|n| (n, start + m.len() + s))) {
                    out.push(Mention { name: name.0, start: name.1 });
                    continue;
                }
            }
            // "the President said": a title after "the" is no one's name.
            if !m.contains(' ') && self.title_heads.contains(m) && text.as_bytes()[start.saturating_sub(4)..start].eq_ignore_ascii_case(b"the ") {
                continue;
            }
            // ("Jordan Whitehead, who left with his family, said": a given
            // name that is also a place's opens a person's name before a
            // speech verb, unless "it" follows, as for a company: "Georgia
            // Power said it would".)
            let given_place = || self.name_opened_by_given_place(m).filter(|_| !said_it(rest));
            if let Some(name) = self.clean_name(m, true).or_else(given_place) {
                let single_known = known.iter().any(|k| k.rsplit(' ').next() == Some(name.as_str()));
                if name.contains(' ') || single_known || !self.is_place_or_org(&name) && !out.iter().any(|o: &Mention| o.name.ends_with(&name)) {
                    out.push(Mention { name, start });
                }
            }
        }
        // "Andrea Berger of the Royal United Services Institute called it
        // …": a full name, then where the person works, an organisation
        // named by its word ("Institute", "University", "Council").
        for joint in [" of the ", " at the "] {
            for (at, _) in text.match_indices(joint) {
                let mut after = text[at + joint.len()..].split_whitespace();
                let org: Vec<&str> = after.by_ref().take_while(|w| newsflow_text::is_capitalized(w) || matches!(*w, "of" | "for" | "and" | "on")).take(8).collect();
                if !org.iter().any(|w| self.org_words.contains(w.trim_end_matches([',', '.', ';', ':']))) {
                    continue;
                }
                // In a sentence, not a heading or a list: the organisation's
                // name is closed by a comma or goes on into a verb ("… Institute
                // called it", "… Institute, said").
                let closed = org.last().is_some_and(|w| w.ends_with(',')) || text[at + joint.len()..].split_whitespace().nth(org.len()).is_some_and(|w| w.starts_with(char::is_lowercase));
                if !closed {
                    continue;
                }
                let Some(found) = self.name_at_end.find_match(&text[..at]) else { continue };
                // A name is no object of a preposition or an article ("the
                // Intelligence Project of the …", "director of Tax Policy at the …").
                let word_before = text[..found.start()].split_whitespace().next_back().unwrap_or("");
                if matches!(word_before, "the" | "of" | "for" | "in" | "at" | "on" | "and" | "to" | "a" | "an" | "from" | "by" | "with") {
                    continue;
                }
                // Nor a role ("Senior Fellow at the …", "Associate Dean of the …")
                // or a heading's words ("To Increase Cost …").
                let role_or_word = |w: &str| self.role_words.contains(&w.to_lowercase()) || newsflow_text::is_stopword(&w.to_lowercase());
                let person = |n: &String| n.contains(' ') && found.as_str().ends_with(n.as_str()) && !n.split(' ').any(role_or_word) && !self.title_heads.contains(n.rsplit(' ').next().unwrap_or(""));
                if let Some(name) = self.clean_name(found.as_str(), false).filter(person) {
                    let start = found.end() - name.len();
                    out.push(Mention { name, start });
                }
            }
        }
        // Surnames of people already known, mentioned alone (not a word
        // that is never a name alone: the month in "Theresa May").
        for person in known {
            if let Some(surname) = person.rsplit(' ').next().filter(|s| s.len() > 2 && !NOT_NAMES.contains(s)) {
                for (i, _) in text.match_indices(surname) {
                    let before = text[..i].chars().next_back();
                    let after = text[i + surname.len()..].chars().next();
                    if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
                        out.push(Mention { name: surname.to_string(), start: i });
                    }
                }
            }
        }
        // Given names alone of a family's members: when two known people
        // share a surname, the text tells them apart by their given names
        // ("Rosa, now 82, still comes in" after Rosa and Miguel Delgado).
        // (A given name no other known person bears, as the subject opening
        // a sentence: not an object, "his son Cameron", an owner,
        // "Michelle's husband", nor a name inside a quotation.)
        // (The text searched first: the family is looked for only for a
        // given name the paragraph writes.)
        for person in known {
            let Some((given, surname)) = person.split_once(' ').filter(|(given, surname)| !surname.contains(' ') && text.contains(*given) && self.given_names.contains(*given)) else { continue };
            let family = known.iter().any(|other| other != person && other.rsplit(' ').next() == Some(surname));
            let unique = !known.iter().any(|other| other != person && other.split(' ').next() == Some(given));
            if family && unique {
                for (i, _) in text.match_indices(given) {
                    let before = text[..i].chars().next_back();
                    let after = text[i + given.len()..].chars().next();
                    let whole = !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
                    let opens_sentence = text[..i].trim_end().is_empty() || text[..i].trim_end().ends_with(['.', '!', '?']);
                    let rest = &text[i + given.len()..];
                    let subject = rest.starts_with(", ") || rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase));
                    if whole && opens_sentence && subject {
                        out.push(Mention { name: given.to_string(), start: i });
                    }
                }
            }
        }
        out.extend(self.listed_after_plural_title(text));
        for mention in &mut out {
            self.take_leading_initials(text, mention);
        }
        out.sort_by_key(|m| m.start);
        out.dedup();
        out
    }

    /// Initials written before a name are the name's ("Nunavut Premier P.J.
    /// Akeeagok", "historian J. R. Miller"): one to three of them, after the
    /// start of the text, a word in lower case, a title, a comma or a
    /// quotation's closing mark ("“…,” P.J. Akeeagok said"), and not
    /// a place's abbreviation ("the U.S. Senate", "B.C. Premier David Eby").
    fn take_leading_initials(&self, text: &str, mention: &mut Mention) {
        if !text.get(mention.start..).is_some_and(|rest| rest.starts_with(mention.name.as_str())) {
            return;
        }
        let Some(before) = text[..mention.start].strip_suffix(' ') else { return };
        // ("P.", "P.J.": capitals each followed by a stop.)
        let letters_of = |word: &str| (word.len() >= 2 && word.len().is_multiple_of(2) && word.as_bytes().chunks(2).all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')).then_some(word.len() / 2);
        // Where the initials start: the words before the name, back to the
        // first that is none (one space between each).
        let (mut start, mut letters) = (before.len(), 0);
        for (i, word) in before.rsplit(' ').enumerate() {
            match letters_of(word) {
                Some(n) if letters + n <= 3 => {
                    letters += n;
                    start -= word.len() + usize::from(i > 0);
                }
                _ => break,
            }
        }
        if letters == 0 {
            return;
        }
        let initials = &before[start..];
        let word_before = text[..start].split_whitespace().next_back();
        let opens = word_before.is_none_or(|w| {
            w.starts_with(char::is_lowercase) || w.ends_with([',', ';', ':', '—', '–', '(', '”', '"', '’']) || self.title_heads.contains(w) || self.role_words.contains(&w.to_lowercase())
        });
        if opens && !self.is_place_or_org(&initials.replace(' ', "")) {
            mention.name = format!("{initials} {}", mention.name);
            mention.start = start;
        }
    }

    /// The names a plural title lists: "Reps. Raúl Labrador of Idaho, Mark
    /// Meadows of North Carolina and Jim Jordan of Ohio", "Sens. Lindsey
    /// Graham and Bill Cassidy". Each name is two to four capitalised words,
    /// perhaps with its place ("of Idaho") or party ("(R-Texas)"); commas and
    /// "and" join them, and anything else ends the list.
    fn listed_after_plural_title(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        for hit in self.plural_title_finder.find_iter(text) {
            if text[..hit.start()].ends_with(char::is_alphanumeric) {
                continue;
            }
            let list = &text[hit.end()..];
            out.extend(names_of_a_list(list, |w| self.title_heads.contains(w)).into_iter().map(|(name, start)| Mention { name: name.to_string(), start: hit.end() + start }));
        }
        out
    }

    /// Whether the apposition opening `rest` (", Facebook's vice president
    /// for product policy, said") may describe a person: a short one always;
    /// a long one unless it describes an organisation: "which donated …", or
    /// a head noun (before "at", "of", "that" …) that is an organisation's
    /// ("the world's largest travel platform", "one of the largest insurance
    /// providers", "the long-repressed political movement that …"; not "a
    /// folklorist at Dillard University").
    fn apposition_describes_a_person(&self, rest: &str) -> bool {
        const CONNECTORS: [&str; 10] = [" at ", " of ", " for ", " in ", " with ", " on ", " from ", " who ", " that ", " which "];
        let Some(apposition) = rest.strip_prefix(',').and_then(|r| r.split_once(',')).map(|(a, _)| a.trim()) else { return true };
        if apposition.len() <= 30 {
            return true;
        }
        // Longer, it opens with a role in lower case or its owner, not with
        // another name ("Smith, Jones and Brown said").
        let owner = apposition.split_whitespace().next().is_some_and(|w| w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s")));
        // (One sentence: "Sen. Jesse Helms" and "No. 3" end none.)
        let one_sentence = crate::sentences::sentence_ends(apposition).next().is_none() && !apposition.contains("? ") && !apposition.contains("! ");
        if apposition.len() > 100 || !one_sentence || !(apposition.starts_with(char::is_lowercase) || owner) {
            return false;
        }
        if apposition.starts_with("who ") || apposition.starts_with("whose ") {
            return true;
        }
        if apposition.starts_with("which ") || apposition.starts_with("that ") {
            return false;
        }
        // (Common nouns only: "a former Senate Democratic leadership aide".)
        let head_of = |phrase: &'_ str| -> String { phrase[..CONNECTORS.iter().filter_map(|c| phrase.find(c)).min().unwrap_or(phrase.len())].to_string() };
        let mut head = head_of(apposition);
        // "one of the world's largest managed security service providers".
        if let Some(group) = ["one", "part"].contains(&head.as_str()).then(|| apposition.split_once(" of ")).flatten().map(|(_, group)| group) {
            head = head_of(group);
        }
        let org_noun = |w: &str| self.org_nouns.contains(w) || w.strip_suffix('s').is_some_and(|one| self.org_nouns.contains(one));
        !head.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|w| w.starts_with(char::is_lowercase) && org_noun(w))
    }

    /// Trims a candidate name: possessives, leading non-name words; rejects
    /// places, organisations and capitalised function words.
    /// A name after a title whose last word is a place ("Tim Houston",
    /// "Andrew Lincoln"): a person when its first word is no place or
    /// organisation and the whole is none either.
    fn clean_titled_name(&self, raw: &str) -> Option<String> {
        // "Judge Hanen’s February injunction": what the person owns follows.
        let mut raw_words = raw.split_whitespace();
        raw_words.next_back();
        if raw_words.any(|w| w.ends_with("’s") || w.ends_with("'s")) {
            return None;
        }
        let mut words: Vec<&str> = raw.split_whitespace().map(|w| w.trim_end_matches("’s").trim_end_matches("'s")).collect();
        // "Chief Information Security Officers": a role, no one's name.
        if ends_in_role(&words) {
            return None;
        }
        // "President Trump Friday": the surname after the title, before a day.
        let before_tail = words.len();
        while words.last().is_some_and(|w| NOT_NAMES.contains(w)) {
            words.pop();
        }
        if let [surname] = words[..] {
            return (before_tail > 1 && !NOT_NAMES.contains(&surname) && !self.is_place_or_org(surname)).then(|| surname.to_string());
        }
        let (first, _) = words.split_first()?;
        let name = words.join(" ");
        let plausible = words.len() >= 2 && !NOT_NAMES.contains(first) && !self.title_heads.contains(*first) && !self.places.contains(*first) && !self.orgs.contains(*first) && !self.is_place_or_org(&name);
        plausible.then_some(name)
    }

    fn clean_name(&self, raw: &str, allow_single: bool) -> Option<String> {
        let raw_words: Vec<&str> = raw.split_whitespace().collect();
        // "National Review’s Kevin Williamson": the name follows its owner.
        // ("The New York Times' Jeff Zeleny": a plural's owner too.)
        let owner = |w: &&str| w.ends_with("’s") || w.ends_with("'s") || w.len() > 2 && (w.ends_with("s'") || w.ends_with("s’"));
        let owned_from = raw_words.iter().rposition(owner).filter(|&i| i + 1 < raw_words.len()).map_or(0, |i| i + 1);
        // One word after an owner is a thing owned ("Obama's State of the
        // Union", "Issa's House committee"), not a person's name.
        if owned_from > 0 && raw_words.len() - owned_from < 2 {
            return None;
        }
        let mut words: Vec<&str> = raw_words[owned_from..].iter().map(|w| w.trim_end_matches("’s").trim_end_matches("'s")).collect();
        // "John Lee RatcliffeTrump asserts": a pop-up card's headline glued
        // to a name by the page's markup ends the name where the glue is (a
        // single word is a brand: "ViacomCBS").
        if words.len() > 1 {
            cut_at_glue(&mut words, 0, |w| self.is_compound_given_name(w));
        }
        // Two words in capitals or more before a name are a page's label, not
        // a given name ("JUST WATCHED Obama"; one is an acronym: "LGBTQ Nation").
        let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let label = words.iter().take_while(|w| caps(w)).count();
        if label >= 2 && label < words.len() {
            words.drain(..label);
        }
        let leading = |w: &&str| NOT_NAMES.contains(w) || DEPARTMENT_WORDS.contains(w);
        let after_opener = words.first().is_some_and(leading);
        while words.first().is_some_and(leading) {
            words.remove(0);
        }
        // "Attacking Trump could be big business", "Re-Electing Obama": a
        // verb's -ing form opening a sentence or a heading is no given name
        // (those that are, "Irving", "Sterling", are in the gazetteer).
        if words.len() >= 2 && is_ing_form(words[0]) && !self.given_names.contains(words[0]) {
            words.remove(0);
        }
        // "Draft-dodger Donald Trump", "Ex-senator Jane Roe": a compound with
        // a lower-case part before a full name describes the person.
        if words.len() >= 3 && is_lower_compound(words[0]) {
            words.remove(0);
        }
        // "State Department" less "State": an organisation's word alone.
        if after_opener && words.len() == 1 && self.org_words.contains(words[0]) {
            return None;
        }
        // "the Azerbaijani Defense Ministry announced": a known organisation
        // as a whole, not a person once "Ministry" is trimmed.
        if self.is_place_or_org(&words.join(" ")) {
            return None;
        }
        // "the Liberal MP said": a name does not end in a title of capitals,
        // nor in a role no one bears as a surname ("Estera Events Co-Owner",
        // "Cyber Solutions Officer").
        if words.last().is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()) && self.title_heads.contains(*w)) {
            return None;
        }
        if ends_in_role(&words) {
            return None;
        }
        let before_tail = words.len();
        // A party after a name is no part of it ("Antonin Scalia
        // Republican"); after a place or one word it makes no name at all
        // ("a New Hampshire Democrat said", "a House Republican").
        if words.len() > 1 && words.last().is_some_and(|w| PARTIES.contains(w)) && !self.is_surname_after_given_name(&words) {
            words.pop();
            if words.len() < 2 || self.is_place_or_org(&words.join(" ")) {
                return None;
            }
        }
        while words.last().is_some_and(|w| NOT_NAMES.contains(w)) {
            words.pop();
        }
        // "Super Tuesday", "Black Friday": one word before a day's or a
        // month's name names the day, not a person.
        if words.len() == 1 && before_tail > 1 {
            return None;
        }
        // "Lindsey Graham Lindsey Olin Graham…" (a page's hover card glued to
        // the name): a word that comes again starts something else.
        // So does the given name of the first word's formal form: "Ron Wyden
        // Ronald Lee Wyden", "Charlie Dent Charles Wieland Dent".
        let formal_again = |i: usize| {
            let (first, word) = (words[0], words[i]);
            i >= 2 && word.len() > first.len() && self.given_names.contains(word) && first.get(..3).is_some_and(|head| word.starts_with(head))
        };
        if let Some(again) = (1..words.len()).find(|&i| words[..i].contains(&words[i]) || formal_again(i)) {
            words.truncate(again);
        }
        let joined = words.join(" ");
        let mut name = self.without_titles(&joined);
        // "Owner John Saunders", "NPR Vanessa Romo": a role or an acronym
        // before a name of two words or more.
        while let Some((first, rest)) = name.split_once(' ').filter(|(_, rest)| rest.contains(' ')) {
            let acronym = first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase());
            if !acronym && !self.role_words.contains(&first.to_lowercase()) {
                break;
            }
            // "NDP Leader Marit Stiles": a title may follow the acronym.
            name = self.without_titles(rest);
        }
        let words: Vec<&str> = name.split(' ').collect();
        // "The President said": a title alone names no one (but "Judge
        // said" can be Mark Judge).
        if name.is_empty() || words.len() == 1 && (!allow_single || after_opener && self.title_heads.contains(name)) {
            return None;
        }
        // (A place or a company as the surname after a given name is the
        // person's: "Lee Hamilton", "Michael Jordan", "Carolyn Rogers"; not
        // "Virginia Beach", "Jordan Valley".)
        let surname_is_listed = words.len() >= 2
            && self.given_names.contains(words[0])
            && words.last().is_some_and(|last| self.places.contains(*last) || self.orgs.contains(*last))
            && words[..words.len() - 1].iter().all(|w| !self.places.contains(*w) && !self.orgs.contains(*w));
        if !surname_is_listed && (self.is_place_or_org(name) || words.iter().any(|w| self.places.contains(*w) || self.orgs.contains(*w))) {
            return None;
        }
        if words.iter().any(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && w.len() > 1 && words.len() == 1) {
            return None;
        }
        // "All said", "I’ve said": a function word or a contraction alone is
        // no name; nor a party and state ("Rogers, R-Michigan, chairman …").
        if let [word] = words[..] {
            let lower = word.to_lowercase();
            let contraction = lower.rsplit_once(['’', '\'']).is_some_and(|(_, end)| ["ve", "m", "re", "ll", "d"].contains(&end));
            let party = word.len() > 2 && word.starts_with(['R', 'D', 'I']) && word[1..].starts_with('-');
            if contraction || party || newsflow_text::is_stopword(&lower) {
                return None;
            }
        }
        // "Pope Francis’ visit", "Tony Evers' budget": a plural-style
        // possessive's mark is no part of the name.
        let name = name.strip_suffix(['’', '\'']).filter(|n| n.ends_with('s')).unwrap_or(name);
        Some(name.to_string())
    }

    /// All entities of the body.
    pub fn entities(&self, paragraphs: &[&str]) -> Entities {
        let mut entities = Entities::default();
        let mut people: Vec<String> = Vec::new();
        let article_words = ArticleWords::new(paragraphs);
        for p in paragraphs {
            // Organisations as (start, end, name): by their words, then listed.
            let mut orgs: Vec<(usize, usize, String)> = self.named_orgs(p).into_iter().map(|(s, name)| (s, s + name.len(), name)).collect();
            // (A name inside an organisation's is none of a person's: "Maya
            // MacGuineas of the Committee for a Responsible Federal Budget
            // told" names no "Responsible Federal Budget".)
            // (Nor one inside capitals joined by "&": "Johnson & Johnson",
            // "Procter & Gamble" name firms. They are not listed as
            // organisations: on pages, such capitals as often head a
            // section or a list, "Health & Wellness", "Pros & Cons".)
            // The gazetteer's places and organisations, before the people: a
            // name inside a listed organisation's is no person ("Prevention"
            // of "Centers for Disease Control and Prevention").
            let mut places: Vec<(usize, usize, String)> = Vec::new();
            for hit in self.names.find_iter(*p) {
                let (s, e) = (hit.start(), hit.end());
                let bounded = !p[..s].chars().next_back().is_some_and(char::is_alphanumeric) && !p[e..].chars().next().is_some_and(char::is_alphanumeric);
                if bounded {
                    let list = if self.kinds[hit.pattern().as_usize()] { &mut places } else { &mut orgs };
                    list.push((s, e, p[s..e].to_string()));
                }
            }
            let joined = names_joined_by_ampersand(p);
            // (Of more than one word: a listed brand, "Rogers", is as often
            // a surname, "Ginger Rogers".)
            let inside = |spans: &[(usize, usize, String)], m: &Mention| spans.iter().any(|&(s, e, ref name)| s <= m.start && m.start + m.name.len() <= e && (name.contains(' ') || name.is_empty()));
            let inside_an_org = |m: &Mention| inside(&orgs, m) || spans_holding(&joined, m.start, m.start + m.name.len()).next().is_some();
            let mentions: Vec<Mention> = self.person_mentions(p, &[]).into_iter().filter(|m| !inside_an_org(m)).collect();
            // (Not a name written only inside an organisation's: "… of the
            // Toronto Alliance to End Homelessness described".)
            // (Capitals joined by "&" may be two people's names here: "Derek
            // Hough & Hayley Erbert".)
            let only_inside_orgs = |name: &String| {
                let mut spots = p.match_indices(name.as_str()).peekable();
                spots.peek().is_some() && spots.all(|(start, _)| inside(&orgs, &Mention { name: name.clone(), start }))
            };
            let by_cues: Vec<String> = self.named_by_cues(p, &article_words).into_iter().filter(|name| !only_inside_orgs(name)).collect();
            // (The names the cues found, where the paragraph writes them.)
            let anchors: Vec<Mention> = mentions.iter().cloned().chain(by_cues.iter().filter_map(|name| p.find(name.as_str()).map(|start| Mention { name: name.clone(), start }))).collect();
            let mates: Vec<Mention> = self.list_mates(p, &anchors).into_iter().filter(|m| !inside_an_org(m) && !inside(&places, m)).collect();
            // (A place that is a given name opening a person's name is none
            // of the article's places: "Jordan Whitehead", "Chad Crabtree".)
            let titled_spans: Vec<usize> = mentions.iter().filter(|m| p[..m.start].trim_end().rsplit(' ').next().is_some_and(|w| self.title_heads.contains(w))).map(|m| m.start).collect();
            let person_spans: Vec<(usize, usize, String)> = mentions.iter().chain(&mates).filter(|m| m.name.contains(' ') && p.get(m.start..m.start + m.name.len()) == Some(m.name.as_str())).map(|m| (m.start, m.start + m.name.len(), String::new())).collect();
            let mentioned = mentions.into_iter().map(|m| m.name);
            for name in mentioned.chain(by_cues).chain(mates.into_iter().map(|m| m.name)) {
                if !people.contains(&name) {
                    people.push(name);
                }
            }
            // A name inside a longer organisation's at the same place is a
            // part of it ("McGill University" of "McGill University Health
            // Centre", "Canadian Press" of "The Canadian Press", the place
            // "Buffalo" of "Regional Municipality of Wood Buffalo").
            let part_of_an_org = |&(s, e, _): &(usize, usize, String)| spans_holding(&orgs, s, e).any(|(s2, e2)| e2 - s2 > e - s);
            for org in &orgs {
                if !part_of_an_org(org) && !entities.organizations.contains(&org.2) {
                    entities.organizations.push(org.2.clone());
                }
            }
            // (Or any place opening a name after a title: "Sheriff Chad Chronister".)
            let part_of_a_name = |(s, e, place): &(usize, usize, String)| person_spans.iter().any(|(start, end, _)| start == s && e < end) && (self.given_names.contains(place) || titled_spans.iter().any(|start| start == s));
            for place in &places {
                if !part_of_an_org(place) && !part_of_a_name(place) && !entities.places.contains(&place.2) {
                    entities.places.push(place.2.clone());
                }
            }
        }
        let people: Vec<String> = people.into_iter().map(|p| self.after_inner_title(&p).to_string()).map(|p| self.given_name_for(&p, paragraphs).unwrap_or(p)).collect();
        entities.people = merge_people(people);
        restore_hover_card_names(&mut entities.people, paragraphs);
        self.drop_hover_card_fragments(&mut entities.people);
        // "Susan Margaret Collins" (a hover card's full name) beside "Susan
        // Collins": the same person, by the name the article uses. (Not
        // when the middle is an initial, "George W. Bush" is not "George
        // Bush"; nor when the first word is no given name: "Administrator
        // Gina McCarthy".)
        let short: HashSet<(String, String)> = entities.people.iter().filter_map(|p| p.split_once(' ').filter(|(_, last)| !last.contains(' ')).map(|(a, b)| (a.to_string(), b.to_string()))).collect();
        entities.people.retain(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            let spelled_out = words.len() >= 3 && self.given_names.contains(words[0]) && words[1..words.len() - 1].iter().all(|w| !w.contains('.') && w.chars().count() > 1);
            !(spelled_out && words.first().zip(words.last()).is_some_and(|(a, b)| short.contains(&(a.to_string(), b.to_string()))))
        });
        restore_month_surnames(&mut entities.people, paragraphs);
        drop_names_written_only_inside_fuller_ones(&mut entities.people, paragraphs);
        entities.people = self.names_begun_too_early(std::mem::take(&mut entities.people));
        // One word that is no speaker's name, a sentence opener or an
        // organisation's word ("First", "Department") is no person either.
        entities.people.retain(|p| p.contains(' ') || !self.names_no_speaker(p) && !NOT_NAMES.contains(&p.as_str()) && !self.org_words.contains(p.as_str()) && !is_adverb_in_ly(p) && !is_brand_shaped(p) && !is_lower_compound(p));
        // Nor a name ending in an acronym after words in lower case ("the
        // Bloor-Annex BIA said"): an organisation's, as people's surnames are
        // not written in capitals (but a generation's "II", "IV", and a
        // given name's surname in capitals: "Donald TRUMP").
        entities.people.retain(|p| !ends_with_acronym(p) || p.split(' ').next().is_some_and(|first| self.given_names.contains(first)));
        // Nor a role's capitalised words without a name ("Deputy National
        // Security Adviser Ben Rhodes" leaves "National Security Adviser"):
        // a last word for a role, a first word no given name ("Mike Judge"
        // stays).
        entities.people.retain(|p| {
            let (first, last) = (p.split(' ').next().unwrap_or(""), p.rsplit(' ').next().unwrap_or(""));
            !(p.contains(' ') && self.role_words.contains(&last.to_lowercase()) && !self.given_names.contains(first))
        });
        // (Nor a name holding one: "the Republican-led House said".)
        entities.people.retain(|p| !p.split(' ').any(is_adjective_compound));
        // Nor capitalised words ending with a people in the plural: "Fewer
        // Americans said", "Many Quebecers" opening a sentence.
        entities.people.retain(|p| !p.rsplit_once(' ').is_some_and(|(_, last)| names_a_people(last) || self.names_the_people_of_a_place(last)));
        // A name opens with a capital and ends with no particle ("al Qaeda";
        // "Mohammed bin Zayed Al" before "Nahyan" on the next line).
        const PARTICLES_IN_CAPITALS: [&str; 6] = ["Al", "El", "Bin", "Van", "Von", "De"];
        for p in entities.people.iter_mut() {
            while p.matches(' ').count() >= 2 && p.rsplit(' ').next().is_some_and(|w| PARTICLES_IN_CAPITALS.contains(&w)) {
                let cut = p.rfind(' ').unwrap_or(p.len());
                p.truncate(cut);
            }
        }
        let mut seen = HashSet::default();
        entities.people.retain(|p| p.starts_with(char::is_uppercase) && seen.insert(p.clone()));
        // Nor a law, a street, a known organisation or a party's member
        // described by a place or a role ("the Logan Act", "Downing Street",
        // "White House", "Virginia Republican Gov. Bob McDonnell", "Sen.
        // Republican Majority leader"): a party word opens or ends no name.
        const NO_PERSON_ENDS: [&str; 5] = ["Act", "Street", "Avenue", "Boulevard", "Road"];
        entities.people.retain(|p| {
            let (first, last) = (p.split(' ').next().unwrap_or(""), p.rsplit(' ').next().unwrap_or(""));
            // (A listed organisation as the whole name: "Hal Rogers" ends with
            // the firm "Rogers" and is a person.)
            let listed = self.places.contains(p.as_str()) || self.orgs.contains(p.as_str()) || p.contains(' ') && self.org_words.contains(last);
            let party_word = PARTIES.contains(&first) || PARTIES.contains(&last) && !self.is_surname_after_given_name(&p.split(' ').collect::<Vec<_>>());
            // ("King Street East" read as the title "King" and a name: a
            // street's word opens no name either.)
            let street = NO_PERSON_ENDS[1..].contains(&first) && p.contains(' ');
            !NO_PERSON_ENDS.contains(&last) && !street && (!p.contains(' ') || !party_word) && !listed
        });
        // A title of several words alone is no one either ("Special Counsel").
        entities.people.retain(|p| !self.title_prefixes.iter().any(|t| t.trim_end() == p));
        // One word is a person's surname when someone's full name ends in
        // it, or when the text capitalises it inside a sentence ("said
        // Kimball"). Capitalised only where a sentence opens, a number or
        // a plural of people is a common noun ("Eight said", "Advocates
        // say", "Employers said"); a surname stays ("Obama said").
        let full_names: Vec<String> = entities.people.iter().filter(|p| p.contains(' ')).cloned().collect();
        let surnames: HashSet<String> = full_names.iter().filter_map(|f| f.rsplit(' ').next()).map(str::to_string).collect();
        entities.people.retain(|p| p.contains(' ') || surnames.contains(p) || !reads_as_common_noun(p) || used_as_a_name(p, paragraphs));
        // Nor an adjective of a place, a direction or a party ("Midwestern
        // states", "the Russian president", "the Democratic advantage"),
        // unless someone's full name ends in it ("Mark Cuban").
        entities.people.retain(|p| p.contains(' ') || surnames.contains(p) || !self.is_adjective_of_place_or_party(p));
        // Nor a word for a people or a faith ("according to Chinese media",
        // "the Arab states did not", "Latinos say").
        entities.people.retain(|p| p.contains(' ') || surnames.contains(p) || !self.peoples.contains(p));
        // One capitalised word the article also writes in lower case is a
        // common word that opened a sentence or a heading ("Include posts
        // …", "Fees noted …", "Frequently asked questions"), not a surname.
        entities.people.retain(|p| p.contains(' ') || surnames.contains(p) || !article_words.written_in_lower_case(p));
        // "Houston" as the surname of Premier Tim Houston is no place, unless
        // the text also goes somewhere by it ("flights to Houston").
        // (Every name's ending after a given name, looked up once per place.)
        let endings: HashSet<&str> = entities.people.iter().flat_map(|p| p.match_indices(' ').map(move |(at, _)| &p[at + 1..])).collect();
        let in_a_name = |word: &str| endings.contains(word) && !article_words.used_as_a_place(word);
        entities.places.retain(|place| !in_a_name(place));
        entities.organizations.retain(|org| !in_a_name(org));
        entities
    }

    /// Full names right after a lower-case role word ("press secretary Sarah
    /// Huckabee Sanders", "Fox News host Tucker Carlson", "lawyer Robert
    /// Eglet"), opened by a given name ("Hillary Clinton arguing that …") or
    /// before an age in commas ("Sara Jane Tatum, 59,"): a person however
    /// the sentence goes on. Read once per
    /// paragraph for the article's people (later mentions of the surname
    /// are found as a known person's), not per sentence.
    fn named_by_cues(&self, paragraph: &str, article_words: &ArticleWords<'_>) -> Vec<String> {
        // One pass over the words for both cues; the names after roles come
        // first, as they are the surer.
        let (mut after_roles, mut by_given_names) = (Vec::new(), Vec::new());
        let mut start = 0;
        for word in paragraph.split(' ') {
            let end = start + word.len();
            if word.starts_with(|c: char| c.is_uppercase()) {
                by_given_names.extend(self.name_from_given_name(paragraph, start, word, article_words));
            } else {
                after_roles.extend(self.name_after_role(paragraph, end, word));
            }
            start = end + 1;
        }
        after_roles.extend(by_given_names);
        after_roles.extend(self.names_around_an_age(paragraph));
        after_roles
    }

    /// The full name right after `word` (ending at `end`) when it is a
    /// lower-case role ("press secretary Sarah Huckabee Sanders").
    fn name_after_role(&self, paragraph: &str, end: usize, word: &str) -> Option<String> {
        // (Not a verb or an adjective as often: "you might witness Plum
        // Blossom", "fellow LGBT Americans"; nor an abbreviation written
        // small, "0.3 ms Execution Time".)
        let role = word.len() >= 4 && !["fellow", "witness"].contains(&word) && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && self.role_words.contains(word);
        if !role {
            return None;
        }
        let found = self.name_at_start.captures(&paragraph[end..]).and_then(|c| c.name("name"))?;
        let of_an_organisation = found.as_str().split_whitespace().any(|w| self.org_words.contains(w.trim_end_matches("’s").trim_end_matches("'s")));
        self.clean_name(found.as_str(), false).filter(|n| n.contains(' ') && !of_an_organisation && !self.is_place_or_org(n))
    }

    /// "Hillary Clinton arguing that …": the name a given name of the
    /// gazetteer (`word`, at `start`) opens with capitalised words (not a
    /// place's or an organisation's: "Virginia Beach", "Jordan Valley
    /// Hospital").
    fn name_from_given_name(&self, paragraph: &str, start: usize, word: &str, article_words: &ArticleWords<'_>) -> Option<String> {
        if !self.given_names.contains(word) || paragraph[..start].ends_with(|c: char| c.is_alphanumeric() || c == '-') {
            return None;
        }
        // (Inside a place's name: "San Francisco Bay Area", "Prince William Sound".)
        const PLACE_OPENERS: [&str; 18] = ["San", "Santa", "Los", "Las", "New", "Fort", "Saint", "St.", "El", "La", "Le", "Port", "Mount", "Lake", "Cape", "Prince", "Princess", "Queen"];
        let word_before = paragraph[..start].trim_end().rsplit(' ').next().unwrap_or("");
        // (Nor a middle name: "Hillary Diane Rodham Clinton" is read from "Hillary".)
        // (Nor a hover card's "(Ben) Eric SasseOn The Money …" after a nickname.)
        if PLACE_OPENERS.contains(&word_before) || self.given_names.contains(word_before) || word_before.ends_with(')') {
            return None;
        }
        // "Margaret "Peggy" O'Neill": a nickname in quotation marks between
        // the given name and the surname; the name is the two.
        if let Some(name) = nicknamed(&paragraph[start..], word) {
            return self.clean_name(&name, false).filter(|n| n.contains(' ') && !self.is_place_or_org(n));
        }
        // (The pattern reads a name after white space.)
        let opening;
        let from = if start == 0 {
            opening = format!(" {paragraph}");
            opening.as_str()
        } else {
            &paragraph[start - 1..]
        };
        let found = self.name_at_start.captures(from).and_then(|c| c.name("name")).filter(|n| n.as_str().starts_with(word))?;
        let next_word = from[found.end()..].split_whitespace().next().unwrap_or("");
        let found = found.as_str();
        // The name ends before a title or an organisation's word ("George
        // W. Bush Justice Department official" → George W. Bush); one
        // with a place in it is a place's ("Virginia Beach").
        let mut words: Vec<&str> = found.split_whitespace().collect();
        let org = words.iter().position(|w| self.org_words.contains(*w));
        // (A title's word before more capitals, "… Bush Justice
        // Department", opens another name; before "Jr." it is a surname.)
        let continued = next_word.starts_with(char::is_uppercase) && !GENERATION_SUFFIXES.contains(&next_word.trim_end_matches(','));
        if let Some(org) = org {
            // ("Simon Fraser University", "John F. Kennedy Library": an
            // institution named after a person, no mention of the person;
            // "The Rachel Maddow Show" and "Clinton Foundation" still name
            // the host and the founder.)
            const NAMED_AFTER: [&str; 16] = ["University", "College", "School", "Academy", "Institute", "Center", "Centre", "Library", "Memorial", "Airport", "Stadium", "Hospital", "Museum", "Mosque", "Cathedral", "Synagogue"];
            if NAMED_AFTER.contains(&words[org]) && !words[..org].iter().any(|w| self.title_heads.contains(*w)) {
                return None;
            }
            words.truncate(org);
        }
        while (org.is_some() || continued) && words.last().is_some_and(|w| self.title_heads.contains(*w)) {
            words.pop();
        }
        // ("Virginia Beach", "Jordan Valley", "Elizabeth City": a place.)
        const GEOGRAPHY: [&str; 38] = [
            "Beach", "River", "Valley", "Bay", "Island", "Islands", "Lake", "Park", "Hills", "Heights", "Springs", "County", "Falls", "Creek", "Sound",
            "City", "Township", "Village",
            "Street", "Garden", "Gardens", "Square", "Road", "Avenue", "Bridge", "Station", "Airport", "Stadium", "Mall", "Canyon", "Dam", "Prairie",
            "Mountain", "Mountains", "Forest", "Trail", "Harbor", "Harbour",
        ];
        if words.iter().any(|w| GEOGRAPHY.contains(w)) {
            return None;
        }
        // ("Peter T." before a sentence's end: no name ends with an initial.)
        while words.last().is_some_and(|w| w.len() <= 2 && w.ends_with('.')) {
            words.pop();
        }
        // (A place may be the surname of a given name when the text never
        // goes there: "For Jenna Whitehorse, the walk …" / "says Whitehorse".)
        // (Not after an article or a preposition, nor before more capitals:
        // "the Sierra Nevada", "at Beth Israel Lahey Health".)
        const BEFORE_PLACES: [&str; 9] = ["the", "The", "at", "in", "from", "to", "near", "of", "a"];
        let plain_before = !BEFORE_PLACES.contains(&word_before) && !continued;
        let place_surname = |i: usize, w: &str| i == 1 && words.len() == 2 && plain_before && !article_words.used_as_a_place(w);
        if words.len() < 2 || words.iter().enumerate().any(|(i, w)| self.places.contains(*w) && !place_surname(i, w)) {
            return None;
        }
        // Nor a firm's or a product's name: an acronym or a numeral in
        // it ("Ross MBA", "Mark II"), or a last word the article writes
        // in lower case ("Austin Moving", "Grace Hopper Coding").
        let acronym = |w: &&str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
        let last = words.last().copied().unwrap_or("");
        if words[1..].iter().any(acronym) || article_words.written_in_lower_case(last) {
            return None;
        }
        // ("G. Terry Madonna": an initial before the given name is the name's.)
        let initial = paragraph[..start].strip_suffix(". ").and_then(|head| head.rsplit(' ').next()).filter(|i| i.len() == 1 && i.chars().all(|c| c.is_ascii_uppercase()));
        let full = match initial {
            Some(i) => format!("{i}. {}", words.join(" ")),
            None => words.join(" "),
        };
        self.clean_name(&full, false).filter(|n| n.contains(' ') && !self.is_place_or_org(n))
    }

    /// "Sara Jane Tatum, 59, of Opelika": full names with an age in commas,
    /// or after one in words ("58-year-old Harjit Sandhu").
    fn names_around_an_age(&self, paragraph: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (comma, _) in paragraph.match_indices(", ") {
            let age = paragraph[comma + 2..].split_once(',').is_some_and(|(n, rest)| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(' '));
            if !age {
                continue;
            }
            if let Some(found) = self.name_at_end.find_match(&paragraph[..comma]) {
                out.extend(self.clean_name(found.as_str(), false).filter(|n| n.contains(' ') && !self.is_place_or_org(n)));
            }
        }
        // "The victim, 58-year-old Harjit Sandhu, died": a name right after
        // an age in words ("-year-old"), in full.
        for (at, cue) in paragraph.match_indices("-year-old ") {
            // (From the space: the pattern reads white space, then the name.)
            let rest = &paragraph[at + cue.len() - 1..];
            if let Some(found) = self.name_at_start.captures(rest).and_then(|c| c.name("name")) {
                // (Not words that describe a noun for a person after them, "a
                // 25-year-old African American man,", nor a noun that a
                // relative clause goes on: "a 55-year-old Nanakpanthi Hindu who".)
                let next = rest[found.end()..].split_whitespace().next().unwrap_or("").trim_end_matches([',', '.', ';', ':']);
                if self.role_words.contains(next) || next == "who" {
                    continue;
                }
                out.extend(self.clean_name(found.as_str(), false).filter(|n| n.contains(' ') && !self.is_place_or_org(n)));
            }
        }
        out
    }

    /// "Farha said" in an article that introduced "Leilani Farha, the former
    /// UN rapporteur": a surname found alone is the person the text names in
    /// full elsewhere. The word before the surname must read as a given name:
    /// capitalised, not a function word, title, place, organisation, date
    /// word or -ly adverb ("Meanwhile Farha", "Mayor Plante" do not count).
    fn given_name_for(&self, surname: &str, paragraphs: &[&str]) -> Option<String> {
        if surname.contains(' ') || surname.chars().count() < 3 || is_non_name(surname) {
            return None;
        }
        paragraphs.iter().find_map(|p| {
            p.match_indices(surname).find_map(|(at, _)| {
                let after = p[at + surname.len()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    return None;
                }
                let before = p[..at].strip_suffix(' ')?;
                let given = before.rsplit([' ', '(', '\n', '"', '“']).next()?;
                let lower = given.to_lowercase();
                let plausible = newsflow_text::is_capitalized(given)
                    && given.chars().count() >= 2
                    && given.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                    // "Obama’s Deferred Action": an owner, not a given name.
                    && !given.ends_with("'s")
                    && !given.ends_with("’s")
                    && !newsflow_text::is_stopword(&lower)
                    && !newsflow_text::is_date_filler(&lower)
                    && !lower.ends_with("ly")
                    // "Attacking Trump could be …": a verb's -ing form.
                    && (!is_ing_form(given) || self.given_names.contains(given))
                    && !is_lower_compound(given)
                    && !NOT_GIVEN_NAMES.contains(&lower.as_str())
                    // "Despite Osprey's pitch": a word that opens sentences.
                    && !NOT_NAMES.contains(&given)
                    // "JUST WATCHED Obama": a label in capitals.
                    && !given.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                    && !self.title_heads.contains(given)
                    && !self.is_place_or_org(given);
                plausible.then(|| format!("{given} {surname}"))
            })
        })
    }
}

/// The bytes a run of words takes in the text, each with the space after
/// it (the words of [`name_words_before`]).
fn run_len(words: &[&str]) -> usize {
    words.iter().map(|w| w.len() + 1).sum()
}

/// The capitalised words right before `before`'s end (which is a space),
/// nearest first, up to four: no word that closes a sentence, a quotation or
/// a clause, no owner ("Maryland’s"), and no sentence opener or pronoun as
/// the first word.
fn name_words_before<'b>(before: &'b str) -> Vec<&'b str> {
    // (Nor a hover card glued to a name, "Mick MulvaneySupreme Court", nor
    // what a slash joins, "Evan Vucci/Associated Press", "NBC News/Wall
    // Street Journal": the name starts inside that word, after them.)
    // (A hover card repeats the name it is glued to, "Mick Mulvaney Mick
    // MulvaneySupreme": a glued word whose head is not a word before it is
    // a name of its own, "BuzzFeed News".)
    let head_repeats = |head: &str, w: &str| {
        // (`w` is a word of `before`: where it starts.)
        let at = (w.as_ptr() as usize).saturating_sub(before.as_ptr() as usize);
        before.get(..at).is_some_and(|earlier| earlier.split(' ').rev().take(5).any(|x| x == head))
    };
    let tail_after_join = |w: &'b str| -> Option<&'b str> {
        let after_slash = w.rfind('/').map(|at| &w[at + 1..]);
        let head = glued_head(w);
        after_slash.or_else(|| Some(&w[head.len()..]).filter(|tail| !tail.is_empty() && head_repeats(head, w)))
    };
    let mut words: Vec<&str> = Vec::new();
    let mut cut_at_a_join = false;
    for w in before.split(' ').rev().skip(1).take(4) {
        if !newsflow_text::is_capitalized(w) && !w.contains('/') || w.ends_with([',', '.', ':', ';', '”', '"', ')', '!', '?', '’', '\'']) || crate::phrases::possessor(w).is_some() {
            break;
        }
        if let Some(tail) = tail_after_join(w) {
            if newsflow_text::is_capitalized(tail) {
                words.push(tail);
            }
            cut_at_a_join = true;
            break;
        }
        words.push(w);
    }
    while words.last().is_some_and(|w| NOT_NAMES.contains(w)) {
        words.pop();
    }
    // A place abbreviated with stops opens the name too ("B.C. Wildfire
    // Service", "U.S. Department of Agriculture"); its stop ends no sentence.
    let further = before.split(' ').rev().nth(words.len() + 1);
    if let Some(abbreviation) = further.filter(|w| is_dotted_abbreviation(w)).filter(|_| words.len() < 4 && !cut_at_a_join) {
        words.push(abbreviation);
    }
    words
}

/// The (start, end) of the named spans that hold `start..end`.
/// The sentence without the setting of its words that opens it, and its
/// comma ("In a statement, ", "In an email to CBC News, ", "In its written
/// response to Cruz, "): "In", up to six words naming how the words were
/// given, none capitalised before a "to". The sentence itself when it
/// opens otherwise.
fn without_opening_setting(sentence: &str) -> &str {
    // (Only where the words were given: "At the time, DHS reported, the
    // group …" sets a time, and its subject may speak in passing.)
    const MEDIA: [&str; 14] = ["statement", "email", "e-mail", "release", "letter", "post", "tweet", "interview", "response", "memo", "note", "filing", "message", "video"];
    let Some(setting) = sentence.strip_prefix("In ") else { return sentence };
    let Some((setting, rest)) = setting.split_once(", ") else { return sentence };
    let words: Vec<&str> = setting.split(' ').collect();
    // (Whom the words went to may be named: "to CBC News".)
    let before_to = words.iter().position(|w| *w == "to").unwrap_or(words.len());
    let plain = words.len() <= 6 && words[..before_to].iter().all(|w| w.starts_with(char::is_lowercase) || w.starts_with(|c: char| c.is_ascii_digit()));
    let given = words[..before_to].iter().any(|w| MEDIA.contains(w));
    if plain && given { rest } else { sentence }
}

/// Capitalised words joined by "&" ("Johnson & Johnson", "Procter &
/// Gamble", "Sports & Entertainment Atlantic"), as (start, end, name): a
/// firm's or a brand's name, never a person's or a place's. Up to three
/// words on either side; no stopword opens it ("The Johnson & Johnson").
pub(crate) fn names_joined_by_ampersand(text: &str) -> Vec<(usize, usize, String)> {
    const MAX_WORDS: usize = 3;
    // (Words split at a space or a line break: the text may be paragraphs joined.)
    const BREAKS: [char; 2] = [' ', '\n'];
    const OPENING_MARKS: [char; 5] = ['(', '“', '"', '‘', '\''];
    const CLOSING_MARKS: [char; 11] = [',', '.', ';', ':', ')', '”', '"', '’', '\'', '?', '!'];
    let stopword = |word: &str| newsflow_text::is_stopword(&word.to_lowercase());
    let mut out = Vec::new();
    for (at, _) in text.match_indices(" & ") {
        // Before the "&": capitalised words back to a mark that opens or
        // closes something, then no stopword opening them.
        let mut start = at;
        let mut word_end = at;
        for word_start in text[..at].rmatch_indices(BREAKS).map(|(i, _)| i + 1).chain([0]).take(MAX_WORDS) {
            let word = &text[word_start..word_end];
            let bare = word.trim_start_matches(OPENING_MARKS);
            if !newsflow_text::is_capitalized(bare) || word_end != at && word.ends_with(CLOSING_MARKS) {
                break;
            }
            start = word_end - bare.len();
            if bare.len() != word.len() || word_start == 0 {
                break;
            }
            word_end = word_start - 1;
        }
        while let Some((first, _)) = text[start..at].split_once(BREAKS).filter(|(first, _)| stopword(first)) {
            start += first.len() + 1;
        }
        if start == at || stopword(&text[start..at]) {
            continue;
        }
        // After it: capitalised words that are no stopwords, up to a closing
        // mark ("Co." keeps its stop).
        let after = at + " & ".len();
        let mut end = after;
        for word in text[after..].split(BREAKS).take(MAX_WORDS) {
            let mut bare = word.trim_end_matches(CLOSING_MARKS);
            if word.ends_with('.') && bare.len() <= 2 && bare != word {
                bare = &word[..bare.len() + 1];
            }
            if !newsflow_text::is_capitalized(bare) || stopword(bare) {
                break;
            }
            end += usize::from(end != after) + bare.len();
            if bare.len() != word.len() {
                break;
            }
        }
        if end > after {
            out.push((start, end, text[start..end].to_string()));
        }
    }
    out
}

fn spans_holding(spans: &[(usize, usize, String)], start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    spans.iter().filter(move |&&(s, e, _)| s <= start && end <= e).map(|&(s, e, _)| (s, e))
}

/// Whether the text before a name ends with "the" and a number of one to
/// three digits: the name is a route's or a unit's ("the 35 Jane", "the 401"),
/// not a person's.
pub(crate) fn follows_the_and_a_number(before: &str) -> bool {
    before.strip_suffix(' ').and_then(|head| head.rsplit_once(' ')).is_some_and(|(head, number)| {
        (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) && (head.ends_with(" the") || head == "the" || head.ends_with(" The") || head == "The")
    })
}

/// Whether the text before a name ends a minister's or secretary's title
/// that the name completes: "Minister of ", "Secretary of ", or such a title
/// and the first items of the portfolio's list ("Minister of Children, ").
fn is_portfolio_of_a_title(before: &str) -> bool {
    const TITLES: [&str; 6] = ["Minister of", "Minister for", "Minister responsible for", "Secretary of", "minister of", "secretary of"];
    // (A few words of a portfolio, not a name and a conjunction: "Secretary
    // of State Hillary Clinton and Massachusetts Senate nominee …".)
    let capitalised = |words: &str| {
        let words: Vec<&str> = words.split_whitespace().collect();
        let owner = |w: &str| w.ends_with("’s") || w.ends_with("'s");
        words.len() <= 3 && words.last() != Some(&"and") && words.iter().all(|w| (newsflow_text::is_capitalized(w) || *w == "and") && !owner(w))
    };
    let ends_a_title = |chunk: &str| TITLES.iter().any(|t| chunk.rfind(t).is_some_and(|at| capitalised(&chunk[at + t.len()..])));
    // (Most names have no such title before them: a look at the last words
    // for its noun comes first.)
    let near = newsflow_text::tail_bytes(before, 200);
    if !before.ends_with(' ') || !(near.contains("inister ") || near.contains("ecretary ")) {
        return false;
    }
    let mut up_to = before.trim_end().trim_end_matches(',');
    loop {
        let chunk_start = up_to.rfind(',').map_or(0, |i| i + 1);
        let chunk = &up_to[chunk_start..];
        if ends_a_title(chunk) {
            return true;
        }
        // Back past one capitalised item of the list ("Community, ").
        if chunk_start == 0 || chunk.trim().is_empty() || !capitalised(chunk) {
            return false;
        }
        up_to = &up_to[..chunk_start - 1];
    }
}

/// "B.C.", "U.S.", "P.E.I.": two to four capitals, each with its stop.
fn is_dotted_abbreviation(word: &str) -> bool {
    let letters = word.len() / 2;
    word.len().is_multiple_of(2) && (2..=4).contains(&letters) && word.as_bytes().chunks(2).all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// "Margaret "Peggy" O'Neill" (`text` opening with the given name `given`):
/// the given name and the surname around a one-word nickname in quotation
/// marks, "Margaret O'Neill".
fn nicknamed(text: &str, given: &str) -> Option<String> {
    let rest = text.strip_prefix(given)?.strip_prefix(' ')?;
    let inner = rest.strip_prefix(['"', '“', '\''])?;
    let close = inner.find(['"', '”', '\''])?;
    let nickname = &inner[..close];
    let after = inner[close..].trim_start_matches(['"', '”', '\'']).strip_prefix(' ')?;
    let surname = after.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':')).next()?;
    let nickname_shaped = !nickname.is_empty() && nickname.len() <= 20 && newsflow_text::is_capitalized(nickname) && nickname.chars().all(|c| c.is_alphabetic() || c == '-');
    let surname_shaped = surname.len() >= 2 && newsflow_text::is_capitalized(surname) && surname.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    (nickname_shaped && surname_shaped).then(|| format!("{given} {surname}"))
}

/// The capitalised words of a name after " of " ("Canadian Municipalities,
/// which …" → "Canadian Municipalities"): at most four, each bare of closing
/// punctuation and an owner's "’s", ending at a small word or a date's word
/// ("the University of Toronto Monday"); and whether punctuation closed it.
fn of_name_words(after: &str) -> (Vec<&str>, bool) {
    let mut tail: Vec<&str> = Vec::new();
    for word in after.split(' ').take(4) {
        let bare = word.trim_end_matches([',', '.', ':', ';', ')', '”', '"', '!', '?', '’', '\'']);
        let bare = bare.strip_suffix("’s").or_else(|| bare.strip_suffix("'s")).unwrap_or(bare);
        // (A place abbreviated with stops keeps its last: "Sierra Club of B.C.")
        let bare = word.get(..bare.len() + 1).filter(|with_stop| is_dotted_abbreviation(with_stop)).unwrap_or(bare);
        if !newsflow_text::is_capitalized(bare) || NOT_NAMES.contains(&bare) || newsflow_text::is_date_word(bare) {
            break;
        }
        tail.push(bare);
        if bare.len() < word.len() {
            return (tail, true);
        }
    }
    (tail, false)
}

/// The names of a list of people (see
/// [`EntityFinder::listed_after_plural_title`]), with their offsets in
/// `list`; `is_title` tells a title before a name ("and Rep. Lucille
/// Roybal-Allard").
fn names_of_a_list(list: &str, is_title: impl Fn(&str) -> bool) -> Vec<(&str, usize)> {
    fn bare(w: &str) -> &str {
        w.trim_end_matches([',', '.', ';', ':'])
    }
    // A word of a name: capitalised, letters, hyphens, apostrophes, stops.
    fn name_shaped(w: &str) -> bool {
        newsflow_text::is_capitalized(bare(w)) && bare(w).chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    }
    let generation = |w: &str| ["Jr", "Sr", "II", "III", "IV"].contains(&bare(w).trim_end_matches('.'));
    let closes = |w: &str| w.ends_with([',', ';']) || w.ends_with('.') && !is_initial(w);
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = list
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let mut i = 0;
    while i < words.len() {
        if is_title(words[i].1) {
            i += 1;
        }
        // The name: two or three capitalised words (and a generation's
        // "Jr." or "III") up to a comma or a lower-case word, and not past
        // a repeat of its first word (a hover card's "Susan Collins Susan
        // Margaret Collins", "Tim Kaine Timothy Michael Kaine": the list
        // ends there).
        let from = i;
        while i < words.len() && (i - from < 3 || generation(words[i].1)) && name_shaped(words[i].1) && (i == from || !words[i].1.starts_with(words[from].1)) {
            i += 1;
            if closes(words[i - 1].1) {
                break;
            }
        }
        let repeated = i > from && words.get(i).is_some_and(|(_, w)| w.starts_with(words[from].1));
        // (Four capitalised words or more are no plain name: "Dallas
        // County Clerk John …".)
        let runs_on = !repeated && i > from && !closes(words[i - 1].1) && words.get(i).is_some_and(|(_, w)| name_shaped(w));
        if i - from < 2 || runs_on {
            break;
        }
        let (start, last) = words[i - 1];
        out.push((&list[words[from].0..start + bare(last).len()], words[from].0));
        if repeated || last.ends_with(['.', ';']) && !is_initial(last) {
            break;
        }
        let mut closed = last.ends_with(',');
        // Its place ("of North Carolina") or party ("(R-Texas)").
        if !closed && words.get(i).is_some_and(|(_, w)| *w == "of") {
            i += 1;
            while i < words.len() && name_shaped(words[i].1) {
                i += 1;
                if closes(words[i - 1].1) {
                    break;
                }
            }
            closed = words[i - 1].1.ends_with(',');
        } else if !closed && words.get(i).is_some_and(|(_, w)| w.starts_with('(')) {
            while i < words.len() && !words[i].1.contains(')') {
                i += 1;
            }
            closed = words.get(i).is_some_and(|(_, w)| w.ends_with(','));
            i += 1;
        }
        // Then a comma or "and" goes on to the next name.
        if words.get(i).is_some_and(|(_, w)| *w == "and") {
            i += 1;
        } else if !closed {
            break;
        }
    }
    out
}

/// Whether a word is an initial or an abbreviation's ("J.", "Jr.", "N.C.").
fn is_initial(word: &str) -> bool {
    let bare = word.trim_end_matches(',');
    bare.ends_with('.') && bare.len() <= 4
}

/// The text before a role in apposition without the credentials that end it
/// ("Matthew Boland, PhD" → "Matthew Boland"): a word of up to five letters
/// and stops with two capitals or more ("PhD", "MD", "Ph.D.", "RN").
fn without_credentials(mut text: &str) -> &str {
    while let Some((before, last)) = text.rsplit_once(", ") {
        let capitals = last.chars().filter(char::is_ascii_uppercase).count();
        let credential = (2..=6).contains(&last.len()) && capitals >= 2 && last.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
        if !credential {
            break;
        }
        text = before;
    }
    text
}

/// The `name` group of every match, found with the fast matcher first and
/// captured only inside each match (capture search over a whole paragraph
/// with these large alternations is the slow path of the regex engine).
fn names_in<'t>(re: &Regex, text: &'t str) -> Vec<(&'t str, usize)> {
    let Some(group) = re.capture_names().position(|n| n == Some("name")) else { return Vec::new() };
    // One set of capture slots for all the matches (a paragraph has many).
    let mut slots = re.capture_locations();
    re.find_iter(text)
        .filter_map(|m| {
            re.captures_read(&mut slots, m.as_str())?;
            let (start, end) = slots.get(group)?;
            Some((&text[m.start() + start..m.start() + end], m.start() + start))
        })
        .collect()
}

/// Whether a name of two or more words, not all in capitals, ends in an
/// acronym ("Bloor-Annex BIA", "Toronto TTC"; not "Martin Luther King III",
/// nor "JOHN SMITH" of a text in capitals).
fn ends_with_acronym(name: &str) -> bool {
    let Some((head, last)) = name.rsplit_once(' ') else { return false };
    let roman = last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase()) && !roman && head.chars().any(char::is_lowercase)
}

/// Whether a hyphen joins a lower-case English adjective's ending to the
/// word ("Republican-led", "-run", "-like"): not a syllable of a name ("Kim
/// Jong-un", "Moon Jae-in").
fn is_adjective_compound(word: &str) -> bool {
    const ADJECTIVE_ENDINGS: [&str; 9] = ["run", "like", "style", "era", "born", "wide", "owner", "expansion", "minded"];
    word.split('-').skip(1).any(|part| part.starts_with(char::is_lowercase) && (part.ends_with("ed") || ADJECTIVE_ENDINGS.contains(&part)))
}

/// Every name's leading words, with what completes them ("Martin" and
/// "Martin Luther" for "Martin Luther King"): one pass over the names.
fn leading_words(people: &[String]) -> HashMap<&str, Vec<&str>> {
    let mut completions: HashMap<&str, Vec<&str>> = HashMap::default();
    for full in people {
        for (at, _) in full.match_indices(' ') {
            completions.entry(&full[..at]).or_default().push(&full[at + 1..]);
        }
    }
    completions
}

/// Whether `name` is a listed person's name or the last words of one
/// ("Putin" of "Vladimir Putin").
pub(crate) fn is_listed_person(people: &[String], name: &str) -> bool {
    people.iter().any(|p| p == name || p.strip_suffix(name).is_some_and(|given| given.ends_with(' ')))
}

/// "Theresa May said": a month's name ends no name when it is the surname
/// (a given name, then "May" and no day of the month). The name words are
/// read without it, so the given name alone comes back in full.
fn restore_month_surnames(people: &mut [String], paragraphs: &[&str]) {
    // (Most articles print no "… May" at all: one look, not one per name.)
    if !paragraphs.iter().any(|p| p.contains(" May")) {
        return;
    }
    for person in people.iter_mut().filter(|p| !p.contains(' ')) {
        let full = format!("{person} May");
        let surname = paragraphs.iter().any(|p| {
            p.match_indices(&full).any(|(at, _)| !p[at + full.len()..].starts_with(|c: char| c.is_alphanumeric() || c == ' ' && p[at + full.len() + 1..].starts_with(|d: char| d.is_ascii_digit())))
        });
        if surname {
            *person = full;
        }
    }
}

/// "President Trump Donald John TrumpGOP senators …": a page's hover card
/// prints the surname, the full given names and the surname again, and
/// "Trump Donald John" reads as a name. Written in order it is the person's
/// full name ("Donald John Trump"), or nobody new when the article names
/// the person already ("Donald Trump"). Another card prints the full given
/// name and a nickname after the name ("Ted Cruz Rafael (Ted) Edward
/// Cruz"): the name is the words before.
impl EntityFinder {
    /// Drops the surname and formal given name a hover card glues after a
    /// name ("Sen. Rand Paul Randal (Rand) Howard Paul" leaves "Paul Randal"
    /// beside Rand Paul): a name of two words whose first is another
    /// person's surname and whose second that person's given name in full.
    fn drop_hover_card_fragments(&self, people: &mut Vec<String>) {
        // Each person's first word and the rest, found by the first word's
        // first three letters (an input naming thousands of people must not
        // compare each with every other).
        let mut by_head: HashMap<&str, Vec<(&str, &str)>> = HashMap::default();
        for (given, rest) in people.iter().filter_map(|p| p.split_once(' ')) {
            if let Some(head) = given.get(..3) {
                by_head.entry(head).or_default().push((given, rest));
            }
        }
        // (Or the formal given name alone: "Steven" beside Steve King.)
        let fragment = |name: &str| {
            let (surname, formal) = name.split_once(' ').map_or((None, name), |(surname, formal)| (Some(surname), formal));
            let people_of_head = formal.get(..3).and_then(|head| by_head.get(head)).map_or(&[][..], Vec::as_slice);
            self.given_names.contains(formal) && people_of_head.iter().any(|(given, rest)| surname.is_none_or(|s| s == *rest) && formal.len() > given.len())
        };
        let dropped: Vec<bool> = people.iter().map(|p| fragment(p)).collect();
        let mut flags = dropped.into_iter();
        people.retain(|_| !flags.next().unwrap_or(false));
    }
}

fn restore_hover_card_names(people: &mut Vec<String>, paragraphs: &[&str]) {
    // The words that follow each name of three words or more in the text,
    // found in one pass (names are runs of words between single spaces).
    let long: HashSet<&str> = people.iter().map(String::as_str).filter(|p| p.split(' ').count() >= 3).collect();
    if long.is_empty() {
        return;
    }
    let lengths: HashSet<usize> = long.iter().map(|p| p.split(' ').count()).collect();
    let mut followers: HashMap<String, Vec<&str>> = HashMap::default();
    for p in paragraphs {
        let starts: Vec<usize> = std::iter::once(0).chain(p.match_indices(' ').map(|(at, _)| at + 1)).collect();
        for (k, &start) in starts.iter().enumerate() {
            for &n in &lengths {
                // The run of n words from here, and the word after it ("" at the end).
                let Some(&next) = starts.get(k + n) else { continue };
                let run = &p[start..next - 1];
                if long.contains(run) {
                    let after = &p[next..];
                    followers.entry(run.to_string()).or_default().push(after.split(' ').next().unwrap_or(""));
                }
            }
        }
    }
    let mut i = 0;
    while i < people.len() {
        let words: Vec<&str> = people[i].split(' ').collect();
        let after: &[&str] = followers.get(&people[i]).map_or(&[], Vec::as_slice);
        // (The repeated surname ends the card, glued to what follows it:
        // not "Eleanor Holmes Norton Eleanor H. Norton", a name printed twice.)
        let signed = words.len() >= 3 && after.iter().any(|next| next.strip_prefix(words[0]).is_some_and(|rest| !rest.is_empty() && !rest.starts_with(char::is_lowercase)));
        // The other card: "Sen. Ted Cruz Rafael (Ted) Edward Cruz …": the
        // name, then the first of its given names and the nickname in brackets.
        let nickname = format!("({})", words[0]);
        let nicknamed = words.len() >= 3 && after.iter().any(|next| next.starts_with(&nickname));
        if nicknamed {
            let name = words[..words.len() - 1].join(" ");
            if people.contains(&name) {
                people.remove(i);
            } else {
                people[i] = name;
                i += 1;
            }
            continue;
        }
        if !signed {
            i += 1;
            continue;
        }
        let (surname, given) = (words[0], &words[1..]);
        let known = people.iter().any(|o| o.split(' ').next() == given.first().copied() && o.rsplit(' ').next() == Some(surname) && o.contains(' '));
        if known {
            people.remove(i);
        } else {
            people[i] = format!("{} {surname}", given.join(" "));
            i += 1;
        }
    }
}

/// "Xi" beside "Xi Jinping", "Pete" beside "Pete Buttigieg": one word that
/// opens exactly one full name listed is that person (a surname written
/// first, a given name alone), and goes from the list; beside two ("Kim Jong
/// Un", "Kim Jong Il") it stays. For the record's list only: the quote
/// readers resolve a speaker's one word through the list as it was.
pub fn without_names_opening_a_full_name(people: &mut Vec<String>) {
    let mut opening: HashMap<&str, usize> = HashMap::default();
    for p in people.iter().filter(|p| p.contains(' ')) {
        *opening.entry(p.split(' ').next().unwrap_or("")).or_default() += 1;
    }
    let drop: Vec<bool> = people.iter().map(|p| !p.contains(' ') && opening.get(p.as_str()) == Some(&1)).collect();
    let mut flags = drop.into_iter();
    people.retain(|_| !flags.next().unwrap_or(false));
}

/// Merges surname-only mentions into the full names that end with them and
/// keeps the fullest form of each person.
pub fn merge_people(people: Vec<String>) -> Vec<String> {
    // (Names are looked up by their last word: an article of thousands of
    // names must not compare each with every other.)
    let last_word = |p: &str| p.rsplit(' ').next().unwrap_or(p).to_string();
    let mut out: Vec<String> = Vec::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
    let mut sorted = people.clone();
    sorted.sort_by_key(|p| std::cmp::Reverse(p.split_whitespace().count()));
    for p in sorted {
        let last = last_word(&p);
        let covered = by_last.get(&last).is_some_and(|seen| seen.iter().any(|&k| out[k] == p || out[k].ends_with(&p)));
        if !covered {
            by_last.entry(last).or_default().push(out.len());
            out.push(p);
        }
    }
    // "Trump Donald John" beside "Donald Trump": the same words, surname
    // first (a hover card of the page glued the full name after the
    // surname) — the same person.
    let reordered: Vec<bool> = out
        .iter()
        .map(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            let others = words.first().and_then(|first| by_last.get(*first)).map_or(&[][..], Vec::as_slice);
            others.iter().map(|&k| &out[k]).any(|other| {
                let theirs: Vec<&str> = other.split(' ').collect();
                other != p && theirs.len() >= 2 && theirs[..theirs.len() - 1].iter().all(|w| words[1..].contains(w))
            })
        })
        .collect();
    let mut flags = reordered.into_iter();
    out.retain(|_| !flags.next().unwrap_or(false));

    // Keep first-mention order: where the name, or a name it ends with,
    // was first found.
    let mut first_seen: HashMap<&str, usize> = HashMap::default();
    for (k, p) in people.iter().enumerate() {
        first_seen.entry(p.as_str()).or_insert(k);
    }
    let first_mention = |o: &String| {
        let suffixes = std::iter::once(o.as_str()).chain(o.match_indices(' ').map(|(at, _)| &o[at + 1..]));
        suffixes.filter_map(|s| first_seen.get(s)).min().copied().unwrap_or(usize::MAX)
    };
    out.sort_by_cached_key(first_mention);
    out
}

/// A name that the text writes only as the start of a fuller name it also
/// lists ("Chief Justice John Roberts" gave "John" and "John Roberts";
/// "Deputy Attorney General Rod Rosenstein" gave "Rod"; "Martin Luther"
/// beside "Martin Luther King"): the same person, once. A name the text also
/// writes alone stays.
fn drop_names_written_only_inside_fuller_ones(people: &mut Vec<String>, paragraphs: &[&str]) {
    let completions = leading_words(people);
    let only_in_full = |word: &str| {
        let Some(rests) = completions.get(word) else { return false };
        paragraphs.iter().all(|p| {
            p.match_indices(word).all(|(at, _)| {
                let before_ok = !p[..at].chars().next_back().is_some_and(char::is_alphanumeric);
                let after = &p[at + word.len()..];
                // (Inside another word: "Rodney" holds "Rod".)
                !before_ok || after.starts_with(char::is_alphanumeric) || after.strip_prefix(' ').is_some_and(|after| rests.iter().any(|rest| after.starts_with(rest)))
            })
        })
    };
    let drop: Vec<bool> = people.iter().map(|p| only_in_full(p)).collect();
    let mut flags = drop.into_iter();
    people.retain(|_| !flags.next().unwrap_or(false));
}

/// The suffixes after a surname that say which generation bears it.
const GENERATION_SUFFIXES: [&str; 6] = ["Jr", "Jr.", "Sr", "Sr.", "II", "III"];

/// Prepositions before where someone is from or works ("a retiree from
/// Boynton Beach", "colleagues at Columbia").
const PLACE_PREPOSITIONS: [&str; 5] = ["from", "in", "of", "at", "near"];

/// The fullest known name for a mention ("Putin" → "Vladimir Putin").
pub fn fullest(name: &str, people: &[String]) -> String {
    // "Housing Minister Sean Fraser": a title before a known name.
    // (Not after a joining word: "U.S. District Court for the District of
    // Columbia" is no title before a "Columbia".)
    let title_before = |p: &String| {
        let head = &name[..name.len() - p.len()];
        head.ends_with(' ') && !head.split_whitespace().next_back().is_some_and(|w| ["of", "for", "the", "and", "on", "in", "at"].contains(&w))
    };
    let titled = people.iter().filter(|p| name.len() > p.len() && name.ends_with(p.as_str()) && title_before(p)).max_by_key(|p| p.len());
    if let Some(person) = titled {
        return person.clone();
    }
    // Of several full names of the surname ("Donald Trump", "Melania
    // Trump"), the one the article names first: the person it is about,
    // whom it then calls by the surname.
    // ("Arnold" is "Curtis Arnold Jr": the surname before a generation's suffix.)
    let last = name.rsplit(' ').next().unwrap_or(name);
    let without_suffix = |p: &str| p.rsplit_once(' ').filter(|(_, suffix)| GENERATION_SUFFIXES.contains(suffix)).map_or(p.len(), |(name, _)| name.len());
    let ends_with_surname = |p: &str| p.len() > name.len() && p.rsplit(' ').next() == Some(last) && p.ends_with(name);
    // (A name without one first: "Trump" is Donald Trump beside Donald Trump Jr.)
    let by_surname = people.iter().find(|p| ends_with_surname(p)).or_else(|| people.iter().find(|p| ends_with_surname(&p[..without_suffix(p)])));
    // A given name alone ("Kevin suggests" after "Kevin Cureghian"): the
    // one person the article names so, when no surname is the word.
    let by_given_name = || {
        let mut named = people.iter().filter(|p| !name.contains(' ') && p.split(' ').next() == Some(name) && p.len() > name.len());
        named.next().filter(|_| named.next().is_none())
    };
    // A hover card's surname-first name ("Trump Donald John") is the person
    // the article lists in order ("Donald John Trump").
    let in_order = || {
        let (surname, given) = name.split_once(' ').filter(|(_, given)| given.contains(' '))?;
        let ordered = format!("{given} {surname}");
        people.iter().find(|p| **p == ordered)
    };
    by_surname.or_else(by_given_name).or_else(in_order).cloned().unwrap_or_else(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finder() -> EntityFinder {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../config/gazetteer.toml")).unwrap_or_default();
        EntityFinder::new(&Gazetteer::parse(&text).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn names_joined_by_an_ampersand_are_no_people() {
        let e = finder().entities(&["Sports & Entertainment Atlantic said construction could begin.", "But Johnson & Johnson said the recall affects 40,000 bottles, and shares of Procter & Gamble rose."]);
        assert!(lists_none(&e.people, &["Johnson", "Procter", "Gamble", "Entertainment"]), "{e:?}");
        let names = |text: &str| names_joined_by_ampersand(text).into_iter().map(|(_, _, n)| n).collect::<Vec<_>>();
        assert_eq!(names("The Johnson & Johnson plant"), ["Johnson & Johnson"], "no stopword opens it");
        assert_eq!(names("prices at Bed Bath & Beyond, the chain"), ["Bed Bath & Beyond"]);
        assert_eq!(names("rock & roll, Q&A and salt & pepper"), Vec::<String>::new(), "capitals on both sides");
        assert_eq!(finder().person_name("Johnson & Johnson"), None);
    }

    /// Whether every name is in the list.
    fn lists(list: &[String], names: &[&str]) -> bool {
        names.iter().all(|n| list.iter().any(|l| l == n))
    }

    /// Whether no entry of the list contains any of the words.
    fn lists_none(list: &[String], words: &[&str]) -> bool {
        !list.iter().any(|l| words.iter().any(|w| l.contains(w)))
    }

    #[test]
    fn a_name_read_from_a_word_too_early_is_the_rest() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let found = finder().names_begun_too_early(names(&[
            "Intelligence James Clapper", "Charlotte Mayor Jennifer", "Jennifer Roberts", "FlakeLindsey Graham",
            "Councilman Steve Kozachik", "J. Scott Applewhite", "Rand Paul", "Paul Ryan",
        ]));
        assert_eq!(found, names(&["James Clapper", "Jennifer Roberts", "Lindsey Graham", "Steve Kozachik", "J. Scott Applewhite", "Rand Paul", "Paul Ryan"]));
    }

    #[test]
    fn a_place_abbreviated_with_stops_opens_an_organisations_name() {
        let found = finder().entities(&["The B.C. Wildfire Service said the U.S. Department of Agriculture sent crews. It rained in the U.S. Wildfire Service crews left."]);
        assert!(lists(&found.organizations, &["B.C. Wildfire Service", "U.S. Department of Agriculture"]), "{:?}", found.organizations);
        assert!(is_dotted_abbreviation("P.E.I.") && !is_dotted_abbreviation("St.") && !is_dotted_abbreviation("U.S"));
    }

    #[test]
    fn canadian_places_and_a_people_after_of_the() {
        let found = finder().entities(&["Evacuees left Fort St. James, B.C., for Kamloops. “It's devastating,” Chief Alexander McKinnon of the Nak'azdli Whut'en told CBC News."]);
        assert!(lists(&found.places, &["Fort St. James", "B.C.", "Kamloops"]), "{:?}", found.places);
        assert!(lists(&found.people, &["Alexander McKinnon"]) && lists_none(&found.people, &["Whut"]), "{:?}", found.people);
        let found = finder().entities(&["But riders on the 35 Jane, one of the busiest routes in the city, said the cuts would hurt."]);
        assert!(lists_none(&found.people, &["Jane"]), "{:?}", found.people);
        // A place after "in the" before a role in apposition.
        let found = finder().entities(&["Speaking in the White House Rose Garden, the president turned combative."]);
        assert!(found.people.is_empty(), "{:?}", found.people);
    }

    #[test]
    fn a_plural_title_lists_people() {
        let found = finder().entities(&[
            "Reps. Raúl Labrador of Idaho, Mark Meadows of North Carolina and Jim Jordan of Ohio asked for a meeting.",
            "Sens. Lindsey Graham (R-S.C.) and Bill Cassidy spoke first, with Sens. Susan Collins Susan Margaret CollinsSenate passes bill.",
            "The Ottawa Senators won, and Mayors Against Illegal Guns met.",
        ]);
        assert!(lists(&found.people, &["Raúl Labrador", "Mark Meadows", "Jim Jordan", "Lindsey Graham", "Bill Cassidy", "Susan Collins"]), "{:?}", found.people);
        assert!(lists_none(&found.people, &["Margaret", "Against", "Idaho", "Ohio"]), "{:?}", found.people);
        // A title before a name inside the list is no part of it; four
        // capitalised words run on into something else and end the list.
        let names = |list| names_of_a_list(list, |w| w == "Rep.").into_iter().map(|(name, _)| name).collect::<Vec<_>>();
        assert_eq!(names("Ileana Ros-Lehtinen and Rep. Lucille Roybal-Allard said"), ["Ileana Ros-Lehtinen", "Lucille Roybal-Allard"]);
        assert_eq!(names("Chrissy Houlahan and Dallas County Clerk John Warren"), ["Chrissy Houlahan"]);
        assert_eq!(names("Joe Kennedy III, Ayanna Pressley and Lindsey Graham? HA!"), ["Joe Kennedy III", "Ayanna Pressley"]);
    }

    #[test]
    fn a_government_is_named_by_its_word_of_a_place() {
        let found = finder().entities(&["The City of Montreal and the Town of Banff wrote to Quebec City. Prosecutors in the Southern District of New York agreed."]);
        assert!(lists(&found.organizations, &["City of Montreal"]), "{:?}", found.organizations);
        assert!(lists_none(&found.organizations, &["District of New York", "Quebec City"]), "{:?}", found.organizations);
    }

    #[test]
    fn capitalised_words_ending_with_a_people_are_no_person() {
        let found = finder().entities(&["Fewer Americans said they were better off. Many Quebecers agreed with Maurice Evans."]);
        assert!(lists(&found.people, &["Maurice Evans"]) && lists_none(&found.people, &["Americans", "Quebecers"]), "{:?}", found.people);
    }

    #[test]
    fn a_place_after_a_title_opens_a_name() {
        let found = finder().entities(&["\"He put a lot of people at risk tonight,\" Sheriff Chad Chronister said during a news conference."]);
        assert!(lists(&found.people, &["Chad Chronister"]) && lists_none(&found.places, &["Chad"]), "{:?} {:?}", found.people, found.places);
    }

    #[test]
    fn a_place_is_the_surname_of_a_given_name_when_the_text_never_goes_there() {
        let found = finder().entities(&["For Jenna Whitehorse, the walk to the plant is a reminder.", "\"It's been 30 years,\" says Whitehorse."]);
        assert!(lists(&found.people, &["Jenna Whitehorse"]) && lists_none(&found.places, &["Whitehorse"]), "{:?} {:?}", found.people, found.places);
        let found = finder().entities(&["Jenna Whitehorse flew to Whitehorse on Monday."]);
        assert!(lists_none(&found.people, &["Jenna Whitehorse"]) && lists(&found.places, &["Whitehorse"]), "{:?} {:?}", found.people, found.places);
    }

    #[test]
    fn names_listed_with_a_persons_are_people() {
        let found = finder().entities(&["Nazem Kadri, Jonathan Huberdeau and MacKenzie Weegar scored for Calgary. Flights to New York, Los Angeles and Las Vegas resume."]);
        assert!(lists(&found.people, &["Nazem Kadri", "Jonathan Huberdeau", "MacKenzie Weegar"]), "{:?}", found.people);
        let found = finder().entities(&["Before Election Day, Donald Trump and Hillary Clinton met Justices Clarence Thomas, Samuel Alito and Neil Gorsuch."]);
        assert!(lists_none(&found.people, &["Election Day", "Justices Clarence Thomas"]), "{:?}", found.people);
        assert!(lists_none(&found.people, &["New York", "Los Angeles", "Las Vegas"]), "{:?}", found.people);
        // Two names are no list to go by; nor capitals after a comma alone.
        let found = finder().entities(&["Jonathan Huberdeau and Olympic Park staff met Tuesday. Jonathan Huberdeau, Olympic Park Staff, Winter Gear was printed."]);
        assert!(lists_none(&found.people, &["Olympic Park", "Park Staff", "Winter Gear"]), "{:?}", found.people);
    }

    #[test]
    fn a_nickname_in_quotation_marks_stands_inside_a_name() {
        let found = finder().entities(&["Margaret \"Peggy\" O'Neill, who spent 38 years at the library, died last week.", "O'Neill started at the library in 1956."]);
        assert!(lists(&found.people, &["Margaret O'Neill"]), "{:?}", found.people);
        assert_eq!(super::nicknamed("Margaret “Peggy” O'Neill said", "Margaret").as_deref(), Some("Margaret O'Neill"));
        assert_eq!(super::nicknamed("Margaret \"the best of them all\" said", "Margaret"), None);
    }

    #[test]
    fn a_place_abbreviated_with_stops_ends_an_organisations_name_whole() {
        let found = finder().entities(&["Jens Wieting, a campaigner with the Sierra Club of B.C., called it a relief. The Law Society of B.C. said Canada’s courts agreed."]);
        assert!(lists(&found.organizations, &["Sierra Club of B.C.", "Law Society of B.C."]), "{:?}", found.organizations);
    }

    #[test]
    fn an_organisation_named_for_its_purpose_after_to() {
        let found = finder().entities(&["The report recommends 10 per cent, a figure Diana Chan McNally of the Toronto Alliance to End Homelessness described as a rounding error. The Commission to Ottawa was silent."]);
        assert!(finder().person_mentions("a figure Diana Chan McNally of the Toronto Alliance to End Homelessness described as a rounding error", &[]).iter().all(|m| m.name != "End Homelessness"));
        assert!(lists(&found.organizations, &["Toronto Alliance to End Homelessness"]), "{:?}", found.organizations);
        assert!(lists(&found.people, &["Diana Chan McNally"]) && lists_none(&found.people, &["End Homelessness"]), "{:?}", found.people);
        assert!(lists_none(&found.organizations, &["Commission to Ottawa"]), "{:?}", found.organizations);
    }

    #[test]
    fn a_hover_card_or_a_credit_glued_before_an_organisation_is_no_part_of_it() {
        let found = finder().entities(&["Meadows, who replaced Mick Mulvaney Mick MulvaneySupreme Court ruling could unleash new challenges. Photo: Evan Vucci/Associated Press"]);
        assert!(lists_none(&found.organizations, &["Mick Mulvaney Mick MulvaneySupreme Court", "Evan Vucci/Associated Press"]), "{:?}", found.organizations);
        assert!(lists(&found.people, &["Mick Mulvaney"]), "{:?}", found.people);
    }

    #[test]
    fn a_name_inside_an_organisations_name_is_no_persons() {
        let found = finder().entities(&["“They can pass both bills,” Maya MacGuineas of the Committee for a Responsible Federal Budget told reporters."]);
        assert!(lists(&found.organizations, &["Committee for a Responsible Federal Budget"]), "{:?}", found.organizations);
        assert!(lists(&found.people, &["Maya MacGuineas"]) && lists_none(&found.people, &["Budget"]), "{:?}", found.people);
    }

    #[test]
    fn a_place_or_a_company_as_the_surname_after_a_given_name_is_a_person() {
        let found = finder().entities(&[
            "Lee Hamilton, a former congressman, said the race was open. Michael Jordan said he would donate.",
            "Virginia Beach officials agreed with the Jordan Valley council.",
            "Senior deputy governor Carolyn Rogers, speaking alongside him, said the bank was watching.",
            "In Elizabeth City, N.C., employees at a hardware store helped customers load sand into their cars.",
        ]);
        assert!(lists(&found.people, &["Lee Hamilton", "Michael Jordan", "Carolyn Rogers"]), "{:?}", found.people);
        assert!(lists_none(&found.people, &["Virginia", "Valley", "City"]), "{:?}", found.people);
    }

    #[test]
    fn a_name_after_an_age_in_words_is_a_person() {
        let found = finder().entities(&["The victim, 58-year-old Harjit Sandhu, died at the scene.", "A 34-year-old Toronto man was charged.", "Floyd, a 46-year-old African American man, was killed.", "A 55-year-old Nanakpanthi Hindu who took a bus agreed."]);
        assert!(lists(&found.people, &["Harjit Sandhu"]) && lists_none(&found.people, &["Toronto", "African American", "Nanakpanthi Hindu"]), "{:?}", found.people);
    }

    #[test]
    fn a_ministers_portfolio_is_no_organisation() {
        let found = finder().entities(&[
            "Ontario's Minister of Children, Community and Social Services, Michael Parsa, said in a statement that the province has acted.",
            "Secretary of State Hillary Clinton and Massachusetts Senate nominee Elizabeth Warren spoke.",
        ]);
        assert!(lists_none(&found.organizations, &["Community and Social Services"]), "{:?}", found.organizations);
        assert!(lists(&found.organizations, &["Massachusetts Senate"]), "{:?}", found.organizations);
        let found = finder().entities(&["Indigenous Services Minister Patty Hajdu told reporters in Thunder Bay that she had spoken with the chief."]);
        assert!(lists_none(&found.organizations, &["Indigenous Services"]), "{:?}", found.organizations);
        assert!(super::is_portfolio_of_a_title("the Minister of ") && super::is_portfolio_of_a_title("Minister of Children, Youth, "));
        assert!(!super::is_portfolio_of_a_title("Secretary of State Hillary Clinton and ") && !super::is_portfolio_of_a_title("the Secretary of State’s "));
    }

    #[test]
    fn a_given_name_that_is_a_place_opens_a_speakers_name() {
        let found = finder().entities(&[
            "Jordan Whitehead, who left with his wife and two children, said the sky had turned orange by noon.",
            "Georgia Power said it would restore service. Officials in Jordan agreed.",
        ]);
        assert!(lists(&found.people, &["Jordan Whitehead"]) && lists_none(&found.people, &["Georgia Power"]), "{:?}", found.people);
        // ("Jordan" of the second paragraph is still a place.)
        assert!(lists(&found.places, &["Jordan"]), "{:?}", found.places);
        let one = finder().entities(&["Jordan Whitehead, who left with his wife and two children, said the sky had turned orange by noon."]);
        assert!(lists_none(&one.places, &["Jordan"]), "{:?}", one.places);
    }

    #[test]
    fn a_word_describing_the_person_is_no_given_name() {
        let found = finder().entities(&[
            "President Trump said the deal was done on Tuesday at the White House.",
            "Longtime Trump confidant Roger Stone predicted, “Base would go insane and he knows it.”",
            "Former Trump chief strategist Steve Bannon joined the group’s board.",
            "Candidate Trump blasted the “free-loading” nature of NATO.",
        ]);
        assert!(lists_none(&found.people, &["Longtime Trump", "Former Trump", "Candidate Trump"]), "{:?}", found.people);
    }

    #[test]
    fn where_an_organisations_name_starts() {
        let f = finder();
        let before = "Chief Bobby Cameron of the Federation of Sovereign ";
        assert_eq!(f.organisation_name_start(before).map(|at| &before[at..]), Some("Federation of Sovereign "));
        let before = "The Canadian Federation of ";
        assert_eq!(f.organisation_name_start(before).map(|at| &before[at..]), Some("Canadian Federation of "));
        assert_eq!(f.organisation_name_start("Dan Brekke of "), None);
        assert_eq!(f.organisation_name_start("the head of the "), None);
    }

    #[test]
    fn the_shipped_given_names_find_people_named_without_a_cue() {
        let found = finder().entities(&[
            "And I met Brendan McAvoy, a 21-year old who lost his home in the storm.",
            "Hikers crowded Bryce Canyon and the trails below Glen Canyon Dam.",
        ]);
        assert!(lists(&found.people, &["Brendan McAvoy"]), "{:?}", found.people);
        assert!(lists_none(&found.people, &["Bryce Canyon", "Glen Canyon Dam", "Glen Canyon"]), "{:?}", found.people);
        // An organisation named after someone is no mention of the person.
        let found = finder().entities(&["A study from Simon Fraser University determined that the aquifers were shrinking fast."]);
        assert!(lists_none(&found.people, &["Simon Fraser"]), "{:?}", found.people);
    }

    #[test]
    fn the_shipped_gazetteer_knows_the_cities_in_the_news() {
        let found = finder().entities(&[
            "Protests had been peaceful in Tulsa but turned violent. Tulsa police released the video.",
            "Yekaterinburg residents and officials in Salt Lake City spoke, said Attorney General Loretta E. Lynch.",
        ]);
        assert!(lists(&found.places, &["Tulsa", "Yekaterinburg", "Salt Lake City"]), "{:?}", found.places);
        assert!(lists_none(&found.people, &["Tulsa", "Yekaterinburg", "Salt Lake"]), "{:?}", found.people);
    }

    #[test]
    fn an_organisation_name_does_not_run_back_over_a_closing_quote() {
        let orgs = finder().entities(&["He said it was “a threat to Syria.” The Associated Press reported the talks."]).organizations;
        assert!(lists(&orgs, &["Associated Press"]) && lists_none(&orgs, &["Syria"]), "{orgs:?}");
    }

    #[test]
    fn a_given_name_written_only_inside_a_full_name_is_that_person() {
        let mut people = vec!["John".to_string(), "John Roberts".to_string(), "Rod".to_string(), "Rod Rosenstein".to_string(), "Kevin".to_string(), "Kevin Cole".to_string()];
        drop_names_written_only_inside_fuller_ones(&mut people, &["Chief Justice John Roberts asked. Rod Rosenstein and Rodney King agreed.", "Kevin Cole spoke. Later, Kevin said no."]);
        assert_eq!(people, ["John Roberts", "Rod Rosenstein", "Kevin", "Kevin Cole"]);
        let mut people = vec!["Martin Luther".to_string(), "Martin Luther King".to_string()];
        drop_names_written_only_inside_fuller_ones(&mut people, &["Martin Luther King Jr. spoke, and Martin Luther King Day followed."]);
        assert_eq!(people, ["Martin Luther King"]);
    }

    #[test]
    fn a_name_after_a_preposition_of_place_is_no_speaker() {
        let f = finder();
        let people = f.entities(&["This is ridiculous, my companions in Opelika said.", "Officials from Tencent said the app was safe."]).people;
        assert!(people.is_empty(), "{people:?}");
        // (A role in apposition makes one a person still.)
        let people = f.entities(&["It drew an angry reply from Nate Silver, the FiveThirtyEight founder, who said the poll was wrong."]).people;
        assert_eq!(people, ["Nate Silver"]);
    }

    #[test]
    fn initials_before_a_name_are_the_names() {
        let f = finder();
        let people = f.entities(&["Nunavut Premier P.J. Akeeagok said the territory needs help. Historian J. R. Miller said the comparison was unfair.", "Akeeagok said more."]).people;
        assert!(lists(&people, &["P.J. Akeeagok", "J. R. Miller"]), "{people:?}");
        // (After a quotation's closing mark too.)
        let people = f.entities(&["“We will keep working,” P.J. Akeeagok said."]).people;
        assert_eq!(people, ["P.J. Akeeagok"]);
        // (A place's abbreviation ends the sentence before.)
        let people = f.entities(&["He moved back to B.C. Jones said the move was hard."]).people;
        assert_eq!(people, ["Jones"]);
    }

    #[test]
    fn one_word_shaped_as_a_brand_is_no_surname() {
        for brand in ["SafeBreach", "ClassPass", "JavaScript", "BuzzFeed", "LEDs", "CPAs"] {
            assert!(is_brand_shaped(brand), "{brand}");
        }
        for surname in ["McCarthy", "DeSantis", "LaHood", "MacArthur", "DiMugno", "Obama", "Kim", "AOC"] {
            assert!(!is_brand_shaped(surname), "{surname}");
        }
    }

    #[test]
    fn an_adverb_or_a_role_alone_is_no_person() {
        assert!(is_adverb_in_ly("Currently") && is_adverb_in_ly("Unfortunately") && !is_adverb_in_ly("Connolly") && !is_adverb_in_ly("Kelly"));
        assert!(is_adverb_in_ly("Traditionally") && is_adverb_in_ly("Originally") && is_adverb_in_ly("Clearly") && !is_adverb_in_ly("McNally") && !is_adverb_in_ly("Beverly"));
        let people = finder()
            .entities(&["“We are ready,” White House Deputy National Security Adviser Ben Rhodes said in a statement. Filmmaker Mike Judge said so too."])
            .people;
        assert!(lists(&people, &["Ben Rhodes"]) && lists_none(&people, &["National Security"]), "{people:?}");
    }

    #[test]
    fn a_compound_in_lower_case_before_a_name_describes_the_person() {
        assert!(is_lower_compound("Draft-dodger") && !is_lower_compound("Jean-Pierre") && !is_lower_compound("Jong-un"));
        let people = finder().entities(&["Draft-dodger Donald Trump said so. Jean-Pierre Raffarin said so too."]).people;
        assert!(lists(&people, &["Donald Trump", "Jean-Pierre Raffarin"]) && lists_none(&people, &["Draft"]), "{people:?}");
    }

    #[test]
    fn the_words_up_to_a_title_inside_a_name_describe_its_bearer() {
        let f = finder();
        assert_eq!(f.after_inner_title("House Speaker Paul"), "Paul");
        assert_eq!(f.after_inner_title("Chinese President Xi"), "Xi");
        assert_eq!(f.after_inner_title("Press Secretary Hogan"), "Hogan");
        assert_eq!(f.after_inner_title("Mike Judge"), "Mike Judge");
        assert_eq!(f.after_inner_title("Sandra Day O'Connor"), "Sandra Day O'Connor");
    }

    #[test]
    fn a_verb_in_ing_opening_a_sentence_is_no_given_name() {
        let people = finder()
            .entities(&[
                "President Trump is the least popular president at this point. Attacking Trump could be big business for Democrats, Tom Perez said.",
                "Sen. Irving Ives said so, and Sen. Sterling Price agreed.",
            ])
            .people;
        assert!(lists(&people, &["Trump", "Tom Perez", "Irving Ives", "Sterling Price"]) && lists_none(&people, &["Attacking"]), "{people:?}");
    }

    #[test]
    fn may_is_a_surname_after_a_given_name_without_a_day() {
        let mut people = vec!["Theresa".to_string(), "Obama".to_string()];
        restore_month_surnames(&mut people, &["Prime Minister Theresa May said the deal was done. Obama May 12 rally was cancelled."]);
        assert_eq!(people, ["Theresa May", "Obama"]);
    }

    #[test]
    fn a_given_name_opens_a_name_with_no_cue_near() {
        let people = finder()
            .entities(&[
                "The campaign traded blows, with Hillary Clinton arguing that the rhetoric was dangerous.",
                "Former George W. Bush Justice Department official Jack Goldsmith wrote it, quoting Martin Luther King Jr. on justice.",
                "Fog covered the San Francisco Bay Area, and the pollster G. Terry Madonna stayed in Virginia Beach.",
            ])
            .people;
        assert!(lists(&people, &["Hillary Clinton", "George W. Bush", "Martin Luther King", "G. Terry Madonna"]), "{people:?}");
        assert!(lists_none(&people, &["Justice", "Francisco", "Virginia"]), "{people:?}");
        // A firm's or a product's name opening with a given name is none.
        let people = finder().entities(&["Austin Moving quoted us a price for moving the piano; Ross MBA grads and the Canon Mark II agree."]).people;
        assert!(lists_none(&people, &["Austin", "Ross", "Mark"]), "{people:?}");
    }

    #[test]
    fn a_full_legal_name_beside_the_name_in_use_is_the_same_person() {
        let people = finder().entities(&["Sen. Susan Collins voted no, said Sen. Susan Margaret Collins, and George W. Bush met Sen. George Bush."]).people;
        assert!(lists(&people, &["Susan Collins", "George W. Bush"]) && !people.contains(&"Susan Margaret Collins".to_string()), "{people:?}");
    }

    #[test]
    fn a_word_the_article_also_writes_in_lower_case_is_no_surname() {
        let people = finder().entities(&["Include posts that show the product, the guide says. Fees noted here may change, Hoffman said.", "Creators include the fees in the price, and posts include links."]).people;
        assert!(lists_none(&people, &["Include", "Fees"]), "{people:?}");
        assert!(lists(&people, &["Hoffman"]), "{people:?}");
    }

    #[test]
    fn words_for_people_and_hyphenated_adjectives_are_no_one() {
        let people = finder().entities(&["Republican said it was over. Senators say the Republican-led chamber agreed, and Justices ruled. Many Americans said no. Evans said yes. The Republican-led House said no."]).people;
        assert!(lists_none(&people, &["Republican", "Senators", "Justices", "Americans", "House"]), "{people:?}");
        assert!(lists(&people, &["Evans"]), "{people:?}");
        let people = finder().entities(&["President Moon Jae-in met Kim Jong-un on Friday."]).people;
        assert!(lists(&people, &["Moon Jae-in", "Kim Jong-un"]), "{people:?}");
    }

    #[test]
    fn a_possessive_mark_after_s_is_no_part_of_the_name() {
        let people = finder().entities(&["Pope Francis’ visit was long, and Gov. Tony Evers' budget was late, said Mayor Cameron Collins."]).people;
        assert!(lists(&people, &["Francis", "Tony Evers", "Cameron Collins"]), "{people:?}");
        assert!(lists_none(&people, &["’", "'"]), "{people:?}");
    }

    #[test]
    fn a_full_name_after_a_lower_case_role_or_before_an_age_is_a_person() {
        let people = finder()
            .entities(&[
                "That statement, delivered through press secretary Sarah Huckabee Sanders, said the president would act.",
                "That helps explain why Fox News host Tucker Carlson used a whole segment on it.",
                "You might witness Plum Blossom in April, as the 0.3 ms Execution Time shows.",
                "The company's employee Ford Motor Company said nothing.",
                "“We knew it,” Sara Jane Tatum, 59, of Opelika, says. In Fort Worth, 2,000, or Toronto, 30, nobody did.",
            ])
            .people;
        assert!(lists(&people, &["Sarah Huckabee Sanders", "Tucker Carlson", "Sara Jane Tatum"]), "{people:?}");
        assert!(lists_none(&people, &["Plum", "Execution", "Company", "Fort", "Toronto"]), "{people:?}");
    }

    #[test]
    fn a_descriptor_after_the_verb_and_a_middle_initial() {
        let people = finder().entities(&["\"It tests badly,\" said Democratic pollster Celinda Lake.", "\"They struck a chord,\" said Lee M. Miringoff, director of the institute."]).people;
        assert_eq!(people, ["Celinda Lake", "Lee M. Miringoff"]);
        // A capitalised role or an acronym opening the name is no given name.
        let people = finder().entities(&["\"We adapted,\" says Owner John Saunders.", "NPR Vanessa Romo reported the news."]).people;
        assert_eq!(people, ["John Saunders", "Vanessa Romo"]);
        // A name after its owner; a thing the person owns after a name.
        let people = finder().entities(&["National Review’s Kevin Williamson wrote that it was over.", "The agency broke Judge Hanen’s February injunction."]).people;
        assert_eq!(people, ["Kevin Williamson"]);
        // A day's name is no one's.
        assert!(finder().entities(&["Sanders leads in several states that vote on Super Tuesday, officials said."]).people.iter().all(|p| p != "Super"));
        // A hover card glued to the name.
        let people = finder().entities(&["Sen. Lindsey Graham Lindsey Olin said the call was fine."]).people;
        assert!(people.contains(&"Lindsey Graham".to_string()) && !people.iter().any(|p| p.starts_with("Lindsey Graham ")), "{people:?}");
        let people = finder().entities(&["Sen. Ron Wyden Ronald Lee Wyden said the call was fine."]).people;
        assert!(people.contains(&"Ron Wyden".to_string()) && !people.iter().any(|p| p.starts_with("Ron Wyden ")), "{people:?}");
        let people = finder().entities(&["“It is over,” said Sen. Rand Paul Randal (Rand) Howard PaulTrump hits back (R-Ky.)."]).people;
        assert!(people.contains(&"Rand Paul".to_string()) && !people.iter().any(|p| p.contains("Randal")), "{people:?}");
        // A pop-up card's headline glued to the name.
        let people = finder().entities(&["His nominee, John Ratcliffe John Lee RatcliffeTrump asserts his power over Republicans."]).people;
        assert!(people.iter().all(|p| !p.contains("RatcliffeTrump")), "{people:?}");
        // A saint's abbreviation inside a name.
        let people = finder().entities(&["Canadiens coach Martin St. Louis said his team left a point on the table."]).people;
        assert_eq!(people, ["Martin St. Louis"]);
        // (Two given names spelled as one are no glue.)
        let people = finder().entities(&["“Our children deserve clean water,” said National Chief RoseAnne Archibald."]).people;
        assert_eq!(people, ["RoseAnne Archibald"]);
        assert!(!is_glued("McConnell") && !is_glued("DeSantis") && !is_glued("MacArthur") && is_glued("BurrTrump"));
        // The department of a secretary's title is no given name.
        let people = finder().entities(&["Secretary of State Hillary Clinton said Wednesday that the staff had fought."]).people;
        assert_eq!(people, ["Hillary Clinton"]);
        assert!(finder().entities(&["The State Department says this was a complex attack."]).people.is_empty());
        assert_eq!(finder().organization_subject("-- The State Department says this was a complex attack.", &[]).as_deref(), Some("State Department"));
        // A common noun capitalised where a sentence opens is no one; a
        // surname said inside a sentence is.
        let people = finder().entities(&["Advocates say the bill is overdue.", "\"It is late,\" said Kimball, who has studied it. Kimball agrees.", "Fauci said it was early. Dr. Fauci spoke."]).people;
        assert_eq!(people, ["Kimball", "Fauci"]);
        // A page's label in capitals before a name is no part of it.
        let people = finder().entities(&["JUST WATCHED Obama said the war was dumb."]).people;
        assert_eq!(people, ["Obama"]);
        // A sentence adverb or an imperative is no one ("Still, she said", "Moreover, … said", "(See, e.g., …)").
        assert!(finder().entities(&["Still said it was over.", "Moreover said nothing.", "See said it first."]).people.is_empty());
        // A function word or a contraction alone is no one.
        assert!(finder().entities(&["All said it was over.", "I’ve said it before."]).people.is_empty());
        // A title alone is no one.
        assert!(finder().entities(&["He was elected Chief Justice in 2012.", "The President said no.", "Later the President said yes."]).people.is_empty());
    }

    #[test]
    fn a_long_apposition_between_a_name_and_its_verb() {
        let people = finder()
            .entities(&[
                "Monika Bickert, Facebook's vice president for product policy and counterterrorism, said on CNN that the video was false.",
                "Jim Manley, a former Senate Democratic leadership aide, said Republicans misread the alliance.",
                "Lois Lerner, who heads the IRS division that oversees tax-exempt organizations, said the practice was wrong.",
                "Mona Lisa Saloy, a folklorist at Dillard University, said traditions come from West Africa.",
            ])
            .people;
        assert_eq!(people, ["Monika Bickert", "Jim Manley", "Lois Lerner", "Mona Lisa Saloy"]);
        // One describing an organisation, or a party and state, names no one.
        let none = [
            "Many bulk items, such as those from Costco, are hard to carry. It also makes shoppers less likely to select your order, says the report.",
            "Electrical Workers, which donated $1 million four years ago, said it would not contribute.",
            "LevelBlue Security, one of the world’s largest managed security service providers, announced a deal.",
            "Muslim Brotherhood, the long-repressed political movement that propelled Morsy to office, said its outlets were shut.",
            "Rogers, R-Michigan, chairman of the House Permanent Select Committee on Intelligence, said the programs worked.",
        ];
        let people = finder().entities(&none).people;
        assert!(people.iter().all(|p| p == "Rogers"), "{people:?}");
        // A town and its state in the apposition are where the person is from.
        let people = finder().entities(&["Dan Baker, a retiree from Boynton Beach, Fla., said he had never marched before."]).people;
        assert!(!people.contains(&"Boynton Beach".to_string()), "{people:?}");
    }

    #[test]
    fn a_role_named_by_its_ending_and_credentials_before_it() {
        let people = finder()
            .entities(&[
                "Elizabeth Ropp, an acupuncturist, was making homemade signs.",
                "Matthew Boland, PhD, a clinical psychologist based in Reno, finds this intriguing.",
            ])
            .people;
        assert_eq!(people, ["Elizabeth Ropp", "Matthew Boland"]);
        // Only as the head of the apposition: "a tourist hotspot" is a place, a playlist no one.
        assert!(finder().entities(&["Lake Louise, a tourist hotspot, filled up.", "Summer Hits, a Spotify playlist, grew."]).people.is_empty());
        assert_eq!(without_credentials("Jane Roe, MD, Ph.D."), "Jane Roe");
        assert_eq!(without_credentials("Reno, Nevada"), "Reno, Nevada");
    }

    #[test]
    fn a_party_after_a_name_is_no_part_of_it() {
        let people = finder().entities(&["\"It was a mistake,\" said Antonin Scalia Republican.", "\"We lost,\" said a New York Democrat.", "\"Not again,\" said one House Republican."]).people;
        assert_eq!(people, ["Antonin Scalia"]);
    }

    #[test]
    fn a_full_name_where_the_person_works() {
        let people = finder().entities(&["Andrea Berger of the Royal United Services Institute called it a good deal."]).people;
        assert_eq!(people, ["Andrea Berger"]);
        // Not a place of the organisation, nor one word.
        let none = [
            "The Gulf of the Mexico Institute met.",
            "Berger of the Royal Institute agreed.",
            "She heads the Intelligence Project of the Southern Poverty Law Center.",
            "Senior Professor at the Brookings Institution, said so.",
            "Useful Phrases at the Language Institute",
        ];
        let people = finder().entities(&none).people;
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_name_after_a_title_that_runs_to_a_role() {
        let people = finder().entities(&["NBA Chief Communications Officer Mike Bass released the following statement."]).people;
        assert_eq!(people, ["Mike Bass"]);
        // After a role, a given name that is also a place's.
        let people = finder().entities(&["\"This government has been warned for months,\" said NDP health critic France Gélinas."]).people;
        assert_eq!(people, ["France Gélinas"]);
        assert_eq!(finder().person_name_after_role("New Mexico"), None);
    }

    #[test]
    fn a_sentence_opener_before_a_surname_is_no_given_name() {
        let people = finder().entities(&["Despite Osprey's pitch, I think this is a four-day bag.", "\"It carries well,\" Osprey said."]).people;
        assert!(people.iter().all(|p| !p.starts_with("Despite")), "{people:?}");
    }

    #[test]
    fn a_party_and_a_title_of_capitals_name_no_one() {
        let people = finder().entities(&["Liberal MP Jenna Sudds spoke first.", "\"This rebate puts money back,\" the Liberal MP said."]).people;
        assert_eq!(people, ["Jenna Sudds"]);
        let people = finder().entities(&["Holloway Events Founder Cathleen Holloway said the season was busy."]).people;
        assert_eq!(people, ["Cathleen Holloway"]);
        assert!(finder().entities(&["Chief Information Security Officers said budgets grew."]).people.is_empty());
        assert!(finder().entities(&["First, the pope matters.", "\"Let's say we let them go,\" said Juan Carlos.", "The Justice Department said so."]).people.iter().all(|p| p.contains(' ')));
    }

    #[test]
    fn a_full_name_in_commas_after_a_title() {
        let people = finder().entities(&["The province's housing minister, John Lohr, welcomed the decision in a statement."]).people;
        assert_eq!(people, ["John Lohr"]);
        let none = [
            "Rep. Peter King, R-New York, said he was talking to members.",
            "Cuts hit several departments, including Defense, Justice, Commerce, Agriculture and Homeland Security.",
            "The plan includes a password manager, NordPass, and an identity theft service.",
        ];
        assert!(finder().entities(&none).people.iter().all(|p| p == "Peter King"), "{:?}", finder().entities(&none).people);
    }

    #[test]
    fn people_by_title_and_verb_with_coreference() {
        let e = finder().entities(&[
            "Russia’s President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan in Moscow.",
            "Putin said the talks went well, a fact that Azerbaijan’s president Ilham Aliyev has denied.",
            "The Kremlin said the OSCE Minsk Group would meet. Yerevan said nothing.",
            "President Vladimir Putin said so again, and the Azerbaijani Defense Ministry announced a truce.",
            "Loblaw said it had frozen prices on 1,500 items.",
        ]);
        assert_eq!(e.people, vec!["Vladimir Putin", "Nikol Pashinyan", "Ilham Aliyev"], "titles are not part of a name; a ministry is no person");
        assert!(lists(&e.places, &["Moscow", "Yerevan"]));
        assert!(lists(&e.organizations, &["Kremlin", "OSCE Minsk Group"]));
    }

    #[test]
    fn organisations_by_their_last_word_and_people_after_a_place_and_role() {
        let e = finder().entities(&[
            "The Canadian Dental Association said in a news release that it supports the goal.",
            "\"Will it be enough?\" asked Ontario dentist Priya Nair, who runs a clinic.",
            "Officers of the Ontario Provincial Police said the road was closed.",
            "The Special Investigations Unit says it is looking into the crash, and the Nova Scotia Legislature will sit on Monday.",
            // (A name that goes on past "of"; an owner is no part of it.)
            "The Federation of Canadian Municipalities, the Royal Bank of Canada and Maryland’s Department of Labor spoke Monday.",
        ]);
        assert_eq!(e.people, vec!["Priya Nair"]);
        assert!(lists(&e.organizations, &["Canadian Dental Association", "Ontario Provincial Police", "Special Investigations Unit", "Nova Scotia Legislature"]), "{:?}", e.organizations);
        assert!(lists(&e.organizations, &["Federation of Canadian Municipalities", "Royal Bank of Canada", "Department of Labor"]), "{:?}", e.organizations);
        assert!(lists(&e.places, &["Ontario"]));
    }

    #[test]
    fn a_name_ending_in_an_acronym_is_no_person() {
        let e = finder().entities(&["The Bloor-Annex BIA said in a statement that it supported the plan.", "Martin Luther King III spoke, and so did Jane Smith.", "Officers went to a building on King Street East."]);
        assert!(!e.people.iter().any(|p| p.contains("Street")), "{:?}", e.people);
        assert!(!e.people.iter().any(|p| p.contains("BIA")), "{:?}", e.people);
        assert!(lists(&e.people, &["Jane Smith"]), "{:?}", e.people);
        assert!(super::ends_with_acronym("Toronto TTC") && !super::ends_with_acronym("Martin Luther King III") && !super::ends_with_acronym("JOHN SMITH"));
    }

    #[test]
    fn organisation_names_past_for_and_a_plural_owner() {
        let finder = finder();
        let orgs = |text: &str| finder.entities(&[text]).organizations;
        assert!(orgs("Data from the Canadian Institute for Health Information show it.").contains(&"Canadian Institute for Health Information".to_string()));
        assert!(orgs("The Centre for Addiction and Mental Health said so.").contains(&"Centre for Addiction and Mental Health".to_string()));
        assert!(!orgs("Republicans may retake the Senate for Obama’s final two years.").iter().any(|o| o.contains("Obama")));
        assert!(orgs("But the Ontario Nurses' Association says otherwise.").contains(&"Ontario Nurses' Association".to_string()));
    }

    #[test]
    fn organisation_names_joining_two_nouns_with_and() {
        let e = finder().entities(&[
            "The program will create 100,000 units, according to the Canada Mortgage and Housing Corporation.",
            "The Department of Health and Human Services and the Ministry of Health and Long-Term Care disagreed.",
            "ABC and Fox News Network aired it, as did Gowdy and Senate Judiciary Committee staff.",
            "The Bank of Canada and Finance Canada met; the Department of Justice and Attorney General Merrick Garland did not.",
            "Officials at McGill University Health Centre and The Canadian Press agreed.",
            "The Regional Municipality of Wood Buffalo issued an evacuation order.",
        ]);
        let orgs = &e.organizations;
        assert!(lists(orgs, &["Canada Mortgage and Housing Corporation", "Department of Health and Human Services", "Ministry of Health and Long-Term Care"]), "{orgs:?}");
        // "and" between two names of their own joins nothing.
        assert!(lists(orgs, &["Fox News Network", "Senate Judiciary Committee", "Bank of Canada", "Department of Justice"]), "{orgs:?}");
        assert!(!orgs.iter().any(|o| o.contains(" and ") && !o.contains("Housing") && !o.contains("Human") && !o.contains("Long-Term")), "{orgs:?}");
        // A name inside a longer one at the same place is part of it.
        assert!(lists(orgs, &["McGill University Health Centre", "The Canadian Press"]), "{orgs:?}");
        assert!(!orgs.iter().any(|o| o == "McGill University" || o == "Canadian Press" || o == "Housing Corporation" || o == "Human Services"), "{orgs:?}");
        // (So is a place: "Buffalo" of "Regional Municipality of Wood Buffalo".)
        assert!(lists(orgs, &["Regional Municipality of Wood Buffalo"]), "{orgs:?}");
        assert!(!e.places.iter().any(|p| p == "Buffalo"), "{:?}", e.places);
    }

    #[test]
    fn a_name_in_apposition_to_a_noun_for_a_person() {
        let e = finder().entities(&["Thompson's neighbour, Raj Patel, was less convinced.", "Her lawyer, Anita Desai, declined to comment.", "The tools, Hammer Drills, were sold out."]);
        assert_eq!(e.people, vec!["Raj Patel", "Anita Desai"]);
    }

    #[test]
    fn names_with_particles() {
        let e = finder().entities(&[
            "Syrian President Bashar al-Assad met Crown Prince Mohammed bin Salman.",
            "New York City Mayor Bill de Blasio and Austrian President Alexander Van der Bellen spoke.",
            "Even al Qaeda says so, and Sheikh Mohammed bin Zayed Al",
        ]);
        assert_eq!(e.people, vec!["Bashar al-Assad", "Mohammed bin Salman", "Bill de Blasio", "Alexander Van der Bellen", "Mohammed bin Zayed"]);
    }

    #[test]
    fn laws_streets_organisations_and_party_words_are_no_people() {
        let e = finder().entities(&[
            "Justice relied on the Logan Act, and Downing Street said nothing.",
            "Officials consulted Virginia Republican Gov. Bob McDonnell at the White House.",
            "Leave vote: 49 per cent Kenneth Clarke Tory big beast, former Chancellor.",
            "Senior Labour MPs cheered.",
            // (A party's word as the surname after a given name.)
            "Mayor John Tory thanked the crews.",
            // (The people of a listed place are no one.)
            "“This is not what Quebecers asked for,” said Tory, as Albertans watched.",
        ]);
        assert_eq!(e.people, vec!["Bob McDonnell", "Kenneth Clarke", "John Tory"]);
    }

    /// "Farha said" after "Leilani Farha, the former …"; "Premier Tim
    /// Houston" (a place as surname); "Canadian Red Cross" (ends with a
    /// listed organisation): (paragraphs, people, words no person has, words no place has).
    #[test]
    fn people_in_full_whatever_their_surnames_look_like() {
        let cases: [(&[&str], &[&str], &[&str], &[&str]); 6] = [
            (
                &[
                    "Leilani Farha, the former United Nations special rapporteur on housing, called it a step.",
                    "\"But let's be clear,\" Farha said.",
                    "Meanwhile Dion said nothing. Mayor Plante said the city would act.",
                ],
                &["Leilani Farha"],
                &["Meanwhile", "Mayor"],
                &[],
            ),
            (
                &[
                    "Premier Tim Houston urged residents to stay off the roads in Halifax.",
                    "\"Please stay home,\" Houston said.",
                    "The Canadian Red Cross said volunteers were helping families.",
                ],
                &["Tim Houston"],
                &["Red Cross"],
                &["Houston"],
            ),
            (
                // (An adjective of a place, a direction or a party is no one.)
                &["Trump won crucial Midwestern states. The Russian president arrived in Helsinki.", "The Democratic advantage grew. Northeast states voted.", "Investor Mark Cuban spoke. Cuban said he would not run."],
                &["Mark Cuban"],
                &["Midwestern", "Russian", "Democratic", "Northeast"],
                &[],
            ),
            (
                // (A title of three words: the name goes on past the pattern's words.)
                &["Federal guidelines indicate Deputy Attorney General Rod Smith signed off on the referral."],
                &["Rod Smith"],
                &[],
                &[],
            ),
            (
                // (Nor a word for a people or a faith.)
                &["The Jews accepted the plan and the Arab states did not.", "Latinos say they were left out, according to Chinese media.", "Senator Bill English said the bill would pass. English said so twice."],
                &["Bill English"],
                &["Arab", "Latinos", "Chinese"],
                &[],
            ),
            (
                // (A preposition is a word of its own: "Martin" ends in "in".)
                &["Canadiens head coach Martin St. Louis was frustrated with the penalties.", "\"You can't give a team like that five power plays,\" St. Louis said."],
                &["Martin St. Louis"],
                &[],
                &["St. Louis"],
            ),
        ];
        for (paragraphs, people, not_people, not_places) in cases {
            let e = finder().entities(paragraphs);
            assert!(lists(&e.people, people) && lists_none(&e.people, not_people), "{:?}", e.people);
            assert!(lists_none(&e.places, not_places), "{:?}", e.places);
        }
    }

    #[test]
    fn an_article_of_thousands_of_names_is_read_in_linear_time() {
        // 6,000 distinct full names: merging and ordering them compared
        // each with every other (36 million comparisons, seconds), and the
        // lower-case test re-read the article for each name.
        let names: Vec<String> = (0..6000).map(|i| format!("Name{i:05} Person{i:05}")).collect();
        let merged = merge_people(names.clone());
        assert_eq!(merged.len(), 6000);
        assert_eq!(merged.first(), names.first(), "first-mention order kept");
        // (Names are letters: the index written in base 26.)
        let letters = |mut i: usize| (0..4).map(|_| { let c = char::from(b'a' + (i % 26) as u8); i /= 26; c }).collect::<String>();
        let paragraphs: Vec<String> = (0..3000).map(|i| format!("Senator John Smith{} said it would fail, and fees rose.", letters(i))).collect();
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let words = ArticleWords::new(&refs);
        assert!(words.written_in_lower_case("Fees") && !words.written_in_lower_case("Senator"));
        assert_eq!(finder().entities(&refs).people.len(), 3000);
        // Names of three words, each looked for as a hover card.
        let paragraphs: Vec<String> = (0..3000).map(|i| format!("Senator John Aaron Smith{} said it would fail.", letters(i))).collect();
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let mut people: Vec<String> = (0..3000).map(|i| format!("John Aaron Smith{}", letters(i))).collect();
        restore_hover_card_names(&mut people, &refs);
        assert_eq!(people.len(), 3000, "no card among them");
    }

    #[test]
    fn fullest_names() {
        let people = vec!["Vladimir Putin".to_string()];
        assert_eq!(fullest("Putin", &people), "Vladimir Putin");
        assert_eq!(fullest("Aliyev", &people), "Aliyev");
        let family = vec!["Donald Trump".to_string(), "Melania Trump".to_string()];
        assert_eq!(fullest("Trump", &family), "Donald Trump", "the one named first");
        assert_eq!(fullest("Melania", &family), "Melania Trump", "a given name of one person");
        assert_eq!(fullest("Housing Minister Sean Fraser", &["Sean Fraser".to_string()]), "Sean Fraser");
        assert_eq!(fullest("Trump Donald John", &["Donald John Trump".to_string()]), "Donald John Trump", "a hover card's order");
        assert_eq!(fullest("Arnold", &["Curtis Arnold Jr".to_string()]), "Curtis Arnold Jr", "the surname before a suffix");
        assert_eq!(fullest("Trump", &["Donald Trump Jr".to_string(), "Donald Trump".to_string()]), "Donald Trump", "a name without a suffix first");
        assert_eq!(fullest("Joint Chiefs of Staff Gen. Martin Dempsey", &["Martin Dempsey".to_string()]), "Martin Dempsey");
        assert_eq!(fullest("U.S. District Court for the District of Columbia", &["Columbia".to_string()]), "U.S. District Court for the District of Columbia");
        let mut hover = vec!["Trump Donald John".to_string(), "Jeb Bush".to_string()];
        restore_hover_card_names(&mut hover, &["Yet President Trump Donald John TrumpPelosi eyes a bill said Tuesday."]);
        assert_eq!(hover, ["Donald John Trump", "Jeb Bush"]);
        let mut nicknamed = vec!["Ted Cruz Rafael".to_string(), "Jon Tester Jonathan".to_string(), "Jon Tester".to_string()];
        restore_hover_card_names(&mut nicknamed, &["Sen. Ted Cruz Rafael (Ted) Edward CruzDems plan and Sen. Jon Tester Jonathan (Jon) Tester said."]);
        assert_eq!(nicknamed, ["Ted Cruz", "Jon Tester"]);
        let mut twice = vec!["Eleanor Holmes Norton".to_string()];
        restore_hover_card_names(&mut twice, &["said Del. Eleanor Holmes Norton Eleanor H. Norton on Friday."]);
        assert_eq!(twice, ["Eleanor Holmes Norton"]);
        let mut hover = vec!["Donald Trump".to_string(), "Trump Donald John".to_string()];
        restore_hover_card_names(&mut hover, &["Donald Trump spoke. President Trump Donald John TrumpGOP senators balk said so."]);
        assert_eq!(hover, ["Donald Trump"]);
        let namesakes = vec!["Kevin Lee".to_string(), "Kevin Hart".to_string()];
        assert_eq!(fullest("Kevin", &namesakes), "Kevin", "a given name of two");
        assert_eq!(merge_people(vec!["Putin".into(), "Vladimir Putin".into()]), vec!["Vladimir Putin"]);
        let mut people: Vec<String> = vec!["Xi".into(), "Xi Jinping".into(), "Pete Buttigieg".into(), "Pete".into()];
        without_names_opening_a_full_name(&mut people);
        assert_eq!(people, vec!["Xi Jinping", "Pete Buttigieg"]);
        let mut people: Vec<String> = vec!["Kim".into(), "Kim Jong Un".into(), "Kim Jong Il".into()];
        without_names_opening_a_full_name(&mut people);
        assert_eq!(people, vec!["Kim", "Kim Jong Un", "Kim Jong Il"]);
        // A hover card's surname-first full name is the same person.
        assert_eq!(merge_people(vec!["Donald Trump".into(), "Trump Donald John".into(), "John Trump".into()]), vec!["Donald Trump", "John Trump"]);
    }
}
