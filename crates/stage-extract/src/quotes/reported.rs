//! Reported speech: what someone said, given without quotation marks.
//!
//! "Trudeau said the government would act", "Police said in a statement
//! that the man was arrested", "The economy is recovering, the minister
//! said.", "According to the RCMP, the driver fled." Media monitors count
//! these as quotes as much as the words in quotation marks: a source is
//! quoted either way.
//!
//! The sentence is split into its attribution and the clause reported; the
//! speaker is then found by the same rules as a direct quote's, on the
//! sentence written as if the clause were in quotation marks. So "he", "the
//! minister" or "the company" stand for the same person or organisation in
//! both kinds of quote.
use super::{quote_start_of, Around, QuoteFinder, CONJUNCTIONS, MAX_QUOTES, QUOTATION_MARKS};
use crate::gender::Gender;
use crate::entities::{is_non_name, ArticleWords, EntityFinder};
use crate::phrases::{headed_by_plural, possessor};
use crate::sentences::{sentences, tail_of};
use newsflow_core::{Quote, QuoteKind};
use std::cell::{OnceCell, RefCell};
use rustc_hash::FxHashMap as HashMap;

/// How far before a speech verb the detection of reported speech reads.
const DETECTION_BYTES: usize = 120;

/// How much of the paragraph before a sentence its quoted form keeps.
const HEAD_BYTES: usize = 600;


/// Words that open a setting between a speech verb and what was said
/// ("said in a statement that", "said Tuesday that"), not the clause.
const SETTING_OPENERS: &[&str] = &[
    "in", "on", "at", "to", "during", "via", "after", "before", "with", "for", "from", "through", "over", "last", "this",
    "earlier", "later", "late", "previously", "repeatedly", "publicly", "privately", "again", "recently", "also",
    "afterward", "afterwards", "separately", "then", "now", "once", "often", "frequently", "next",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
];

/// The setting openers that are prepositions: a pronoun after one is its
/// object ("said in it"), not a clause's subject.
const PREPOSITIONS: [&str; 13] = ["in", "on", "at", "to", "during", "via", "after", "before", "with", "for", "from", "through", "over"];

/// A clause opening with a verb has lost its subject: the speech verb was
/// inside a relative clause ("products that the agency says are effective").
const VERB_FIRST: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
    "must", "do", "does", "did", "shall", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't",
    "wouldn't", "can't", "couldn't", "shouldn't", "don't", "doesn't", "didn't", "isn’t", "aren’t", "wasn’t", "weren’t",
    "hasn’t", "haven’t", "hadn’t", "won’t", "wouldn’t", "can’t", "couldn’t", "shouldn’t", "don’t", "doesn’t", "didn’t",
];

/// Speech verbs that are as often plural nouns before "that".
const NOUN_TOO: &[&str] = &["states", "notes", "posts", "tweets", "reports", "posted"];

/// Words that open a sentence before an attribution in commas ("And, he
/// said, …", "Actually, he said, …") and are no part of what was said.
const SENTENCE_ADVERBS: &[&str] = &[
    "and", "but", "yet", "so", "still", "actually", "however", "indeed", "meanwhile", "now", "then", "also", "instead",
    "moreover", "furthermore", "besides", "rather", "otherwise", "finally", "ultimately", "nonetheless", "nevertheless",
    "thus", "hence", "plus", "again", "today", "yesterday", "overall", "separately", "later", "earlier", "first", "second",
];

/// Pronouns that are a clause's subject ("told reporters he would …").
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there"];

/// Words that open a clause before its subject: after "told her", they or
/// a pronoun make "her" the listener ("told her the plan failed"), where a
/// noun would make it an owner ("told her story").
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "nobody",
    "everyone", "someone", "some", "many", "most", "all", "every",
];

/// Auxiliaries: a clause's own verb ("told CNN the plan is on a trajectory that …").
const AUXILIARIES: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "did", "does"];

/// A day after the verb, with the clause right after it ("said Tuesday the …").
const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"];

/// First words of what follows a verb without "that" that is no clause:
/// "told him to leave", "said nothing about …", "said so", "asked whether".
/// (With the [`QUANTITY_OPENERS`] and the [`QUESTIONS_PUT`].)
const NO_CLAUSE: &[&str] = &[
    "to", "of", "so", "nothing", "yes", "goodbye", "hello", "thanks", "sorry", "something", "anything",
    "whether", "if", "what", "how", "why", "where", "who", "whom", "which", "while", "as",
    "and", "or", "but", "than", "otherwise", "good", "farewell",
];

/// "said about the plan", "said more than once": no clause after a verb;
/// a report's opening before an attribution ("More than 100 people were
/// hurt, police said", "About 30 per cent …, according to …").
const QUANTITY_OPENERS: &[&str] = &["about", "much", "little", "more"];

/// A question put to the speaker, no clause anywhere: "Asked whether there
/// was any basis …, Kent replied: …", "Pressed on the timing, she said".
const QUESTIONS_PUT: &[&str] = &["asked", "pressed", "questioned"];

/// Who speaks right before a speech verb.
enum Speaker {
    /// Someone named there (a name, a pronoun, "the minister").
    Named,
    /// Someone left unnamed ("Some experts", "critics of the court").
    Unnamed,
}

/// Where a sentence's attribution and reported clause lie.
enum Shape {
    /// "Trudeau said (that) CLAUSE": the attribution ends where the clause
    /// starts; `unnamed` when it names no one ("Some experts say").
    Forward { clause_start: usize, unnamed: bool },
    /// "CLAUSE, the minister said (…)": the clause ends at the comma; `rest`
    /// is where the clause goes on after a parenthetical attribution
    /// ("The plan, Smith said, will fail").
    Reversed { comma: usize, rest: Option<usize> },
}

impl QuoteFinder {
    /// The reported speech of the body's sentences that hold no quotation
    /// marks, in order, each with its speaker resolved as a direct quote's.
    pub fn reported(&self, paragraphs: &[&str], people: &[String], finder: &EntityFinder) -> Vec<Quote> {
        let mut out = Vec::new();
        let full_text = paragraphs.join("\n");
        let article_words = ArticleWords::new(paragraphs);
        let genders = OnceCell::new();
        let learned = RefCell::new(HashMap::default());
        let mut last_speaker: Option<String> = None;
        let mut last_spoke_in: Option<usize> = None;
        for (pi, p) in paragraphs.iter().enumerate() {
            // (A participle reports with no speech verb before it: "Poilievre
            // blamed the Liberals, saying the government lost control".)
            let may_report = self.verb.is_match(p) || p.contains("ccording") || p.contains("ing ") && self.reporting_participle.is_match(p);
            if !may_report {
                continue;
            }
            // The paragraph's quotations: a sentence inside one is quoted
            // words ("Clinton said: "Well, … He said a federal judge …"").
            let quoted = newsflow_text::quote_spans(p);
            for sentence in sentences(p) {
                let start = sentence.as_ptr() as usize - p.as_ptr() as usize;
                let end = start + sentence.len();
                let overlapping = |q: &&newsflow_text::QuoteSpan| q.start < end && start < q.end;
                let inside = quoted.iter().filter(overlapping).any(|q| !newsflow_text::has_at_most_words(&p[q.start..q.end], self.min_words.saturating_sub(1)));
                // ("“…,” Joly told reporters, while Duclos said the federal
                // government would pay half": a report of its own after the
                // quotation and its attribution is read on its own.)
                // (So is a report before a participle that leads into the
                // quotation: "Ma told reporters that help was on the way,
                // adding that the military “will be deployed …”".)
                let (sentence, start) = if inside || self.holds_direct_quote(sentence) {
                    let after_quotes = quoted.iter().filter(overlapping).map(|q| q.end).max().filter(|&e| e < end);
                    let first_quote = quoted.iter().filter(overlapping).map(|q| q.start).min().filter(|&q| q > start);
                    match after_quotes.and_then(|e| self.report_after_quotation(&p[e..end]).map(|at| e + at)) {
                        Some(at) => (&p[at..end], at),
                        None => match first_quote.and_then(|q| report_before_participle(&p[start..q])) {
                            Some(len) => (&p[start..start + len], start),
                            None => continue,
                        },
                    }
                } else {
                    (sentence, start)
                };
                // (A guard: resolving a speaker reads the whole article, and
                // a page of thousands of reports is no article.)
                if out.len() >= MAX_QUOTES {
                    return out;
                }
                let sentence = &*self.aside_in_dashes_as_commas(sentence);
                let Some((shape, clause)) = self.reported_shape(sentence) else { continue };
                let (speaker, how) = match shape {
                    // Someone unnamed spoke ("Some experts say …"): no rule
                    // may give the words to a person the sentence names.
                    // (Unless the description gives a name: "One protester,
                    // who gave her name only as Maya, said".)
                    Shape::Forward { unnamed: true, clause_start } => match super::name_given_to_the_unnamed(&sentence[..clause_start]) {
                        Some(name) => (Some(name.to_string()), Some(format!("{}: \"{}\"", super::NAME_THE_DESCRIPTION_GIVES, attribution_words(sentence, &shape)))),
                        // ("Winnipeg's police chief says …": the "Chief Gene
                        // Bowers" the article names.)
                        None => match super::holder_of_an_owners_role(&sentence[..clause_start], people, &full_text, |w| self.is_noun_for_people(w)) {
                            Some(name) => (Some(name), Some(format!("the holder of the role: \"{}\"", attribution_words(sentence, &shape)))),
                            None => (None, None),
                        },
                    },
                    _ => {
                        let Some((synthetic, span)) = quoted_form(&p[..start], sentence, &shape, &self.verb) else { continue };
                        let previous = super::paragraph_before(paragraphs, pi, |p| !finder.person_mentions(p, people).is_empty());
                        let subjects = RefCell::new(HashMap::default());
                        let around = Around { last_speaker: last_speaker.as_deref(), last_spoke_in, previous, genders: &genders, given_names: &self.given_names, article: (paragraphs, people), subjects: &subjects, learned: &learned, index: pi, reported: true };
                        let (who, how) = self.attribute(&synthetic, &span, quote_start_of(&synthetic, &span), people, finder, &around, &full_text);
                        (who.and_then(|w| self.speaker_name(&w, people, &full_text, &article_words, finder)), how)
                    }
                };
                // "When Darlene Jackson started nursing in 1994, she said, a
                // night shift meant four nurses": a pronoun no one named
                // before stands for the one person its clause names, of its
                // gender.
                let (speaker, how) = match (&speaker, &shape) {
                    (None, Shape::Reversed { .. }) => {
                        let attribution = attribution_words(sentence, &shape);
                        match self.named_in_own_clause(&clause, attribution, people, finder) {
                            Some(name) => (Some(name), Some(format!("named in the clause its pronoun reports: \"{attribution}\""))),
                            None => (speaker, how),
                        }
                    }
                    // ("The company's parent, Procter & Gamble, said": the firm.)
                    (None, Shape::Forward { unnamed: false, clause_start }) => match firm_right_before_the_verb(&sentence[..*clause_start]) {
                        Some(firm) => (Some(firm), Some(format!("a firm named with \"&\" before the verb: \"{}\"", attribution_words(sentence, &shape)))),
                        None => match self.owners_organisation_speaking(&sentence[..*clause_start]) {
                            Some(organisation) => (Some(organisation), Some(format!("an owner's organisation: \"{}\"", attribution_words(sentence, &shape)))),
                            None => (speaker, how),
                        },
                    },
                    _ => (speaker, how),
                };
                // ("A Canada Post spokesperson said in an email that …": the organisation.)
                let (speaker, how) = match speaker {
                    None => match self.organisations_spokesperson(attribution_words(sentence, &shape), finder) {
                        Some(organisation) => (Some(organisation.clone()), Some(format!("an organisation's spokesperson: {organisation}"))),
                        None => (None, how),
                    },
                    named => (named, how),
                };
                if speaker.is_some() || how.is_some() || matches!(shape, Shape::Forward { unnamed: true, .. }) {
                    last_speaker.clone_from(&speaker);
                    last_spoke_in = Some(pi);
                }
                // "Police also said …", "Analysts say …": someone the rules
                // do not name; the words that attribute it say who.
                let how = how.or_else(|| Some(format!("reported by: \"{}\" (not named)", attribution_words(sentence, &shape))));
                out.push(Quote { speaker, text: clause, scare: false, attribution: how, paragraph: pi, kind: QuoteKind::Reported });
            }
        }
        out
    }

    /// The one person a reported clause names, when its attribution is a
    /// pronoun of that person's gender ("she said" after "When Darlene
    /// Jackson started nursing …"; not one the given name contradicts), and
    /// no one else is named in the clause.
    fn named_in_own_clause(&self, clause: &str, attribution: &str, people: &[String], finder: &EntityFinder) -> Option<String> {
        // (A subject pronoun: "his lawyers said" is the lawyers'.)
        let pronoun = attribution.split_whitespace().next().filter(|w| ["he", "she", "He", "She"].contains(w))?;
        let gender = Gender::of_pronoun(pronoun)?;
        // (The article's people written in full in the clause.)
        let named: Vec<&String> = people.iter().filter(|p| p.contains(' ') && clause.contains(p.as_str())).collect();
        let others = finder.person_mentions(clause, people).into_iter().any(|m| !named.iter().any(|n| n.ends_with(&m.name)));
        let [full] = named[..] else { return None };
        let given = full.split(' ').next()?;
        (!others && self.given_names.get(given).is_none_or(|g| *g == gender)).then(|| full.clone())
    }

    /// Where a report of its own starts in the words after a sentence's
    /// quotation (", while Duclos said …", "; Smith said …"): past the
    /// joint, when a speech verb follows and no quotation mark does.
    fn report_after_quotation(&self, rest: &str) -> Option<usize> {
        // (Past the quotation's closing mark: `rest` starts at its span's end.)
        let closed = rest.len() - rest.trim_start_matches(['”', '"', '’', '»', ',', '.', '?', '!']).len();
        let rest = &rest[closed..];
        if rest.contains(QUOTATION_MARKS) {
            return None;
        }
        let (at, joint) = [", while ", ", and ", "; "].iter().filter_map(|j| rest.find(j).map(|at| (at, j.len()))).min()?;
        self.verb.is_match(&rest[at + joint..]).then_some(closed + at + joint)
    }

    /// Whether the sentence quotes someone's words in quotation marks (it
    /// is left to the direct quotes), beyond a scare quote or two ("he did
    /// not believe that “external” forces were involved").
    fn holds_direct_quote(&self, sentence: &str) -> bool {
        (sentence.contains(QUOTATION_MARKS) || sentence.contains('\''))
            && newsflow_text::quote_spans(sentence).iter().any(|span| !span.closed || !newsflow_text::has_at_most_words(&sentence[span.start..span.end], self.min_words.saturating_sub(1)))
    }

    /// The shape of a sentence of reported speech and its clause, when it
    /// is one: an attribution naming someone before a speech verb, then
    /// what they said; or what was said, then the attribution after a comma.
    fn reported_shape(&self, sentence: &str) -> Option<(Shape, String)> {
        // ("Mark Leibovich wrote:": the sentence introduces a quotation.)
        if sentence.trim_end().ends_with(':') {
            return None;
        }
        self.forward(sentence).or_else(|| self.according_first(sentence)).or_else(|| self.reversed(sentence)).or_else(|| self.participle(sentence))
    }

    /// "Putin highlighted the agreement, saying that the main objective was
    /// to end the bloodshed": what the subject said, in a participle clause.
    fn participle(&self, sentence: &str) -> Option<(Shape, String)> {
        if !sentence.contains("ing ") {
            return None;
        }
        let found = self.reporting_participle.find(sentence)?;
        let clause_start = found.end();
        // ("saying the …" takes its clause bare; "adding that …" only with "that".)
        if !found.as_str().contains("saying") && !found.as_str().trim_end().ends_with("that") {
            return None;
        }
        let clause = self.clause(&sentence[clause_start..])?;
        Some((Shape::Forward { clause_start, unnamed: false }, clause))
    }

    /// "Trudeau said (on Tuesday) (that) CLAUSE", "Smith told reporters CLAUSE".
    fn forward(&self, sentence: &str) -> Option<(Shape, String)> {
        self.verb.find_iter(sentence).take(3).find_map(|verb| {
            // ("the early states that …": a noun as often as a verb.)
            if NOUN_TOO.contains(&verb.as_str()) {
                return None;
            }
            let clause_start = verb.end() + self.clause_after_verb(verb.as_str(), &sentence[verb.end()..])?;
            match self.speaker_before(sentence, &verb).or_else(|| self.speaker_past_setting(sentence, &verb)).or_else(|| self.speaker_of_a_joined_clause(sentence, &verb))? {
                Speaker::Unnamed => self.clause(&sentence[clause_start..]).map(|clause| (Shape::Forward { clause_start, unnamed: true }, clause)),
                Speaker::Named => self.forward_clause(sentence, clause_start).map(|clause| (Shape::Forward { clause_start, unnamed: false }, clause)),
            }
        })
    }

    /// The speaker of a sentence that opens with its setting and a comma
    /// ("At a press conference earlier this morning, Cleveland police said
    /// …", "During the briefing, officials said …"), read as if the sentence
    /// opened after the comma.
    fn speaker_past_setting(&self, sentence: &str, verb: &regex::Match) -> Option<Speaker> {
        const SETTINGS: [&str; 14] = ["At ", "In ", "On ", "During ", "After ", "Before ", "Earlier ", "Later ", "Speaking ", "Following ", "Outside ", "Since ", "This ", "Last "];
        let opening = sentence.trim_start();
        let lead = sentence.len() - opening.len();
        if !SETTINGS.iter().any(|s| opening.starts_with(s)) {
            return None;
        }
        let comma = opening.get(..verb.start().saturating_sub(lead).min(100))?.find(", ")? + lead + 2;
        self.speaker_from(sentence, comma, verb)
    }

    /// The speaker of the same verb in the sentence read from `cut` on, as
    /// a sentence of its own.
    fn speaker_from(&self, sentence: &str, cut: usize, verb: &regex::Match) -> Option<Speaker> {
        let rest = sentence.get(cut..)?;
        let again = self.verb.find(rest).filter(|v| v.start() + cut == verb.start())?;
        self.speaker_before(rest, &again)
    }

    /// The speaker of a clause joined to the sentence by ", but", ", and"
    /// or a semicolon, read as a sentence of its own ("O'Malley lags badly
    /// in the polls, but insiders said he had a better night").
    fn speaker_of_a_joined_clause(&self, sentence: &str, verb: &regex::Match) -> Option<Speaker> {
        const JOINTS: [&str; 3] = [", but ", ", and ", "; "];
        let before_verb = sentence.get(..verb.start())?;
        let joint = JOINTS.iter().filter_map(|j| before_verb.rfind(j).map(|at| at + j.len())).max()?;
        self.speaker_from(sentence, joint, verb)
    }

    /// Who the words right before a speech verb name, if anyone speaks
    /// there: someone named (resolved later, on the whole sentence), or
    /// someone unnamed ("Some experts say", "critics of the court say").
    fn speaker_before(&self, sentence: &str, verb: &regex::Match) -> Option<Speaker> {
        // The attribution patterns of direct quotes read only the last
        // words before the verb: a title, a name and a short apposition. (A
        // search back over a long sentence costs a pattern of this size
        // about a million instructions.)
        let attribution = tail_of(&sentence[..verb.end()], DETECTION_BYTES);
        let before_verb = &sentence[..verb.start()];
        // ("to say yes": an infinitive, nobody speaking; "voters who said
        // the same", "products that the agency says are effective": a
        // relative clause.)
        if before_verb.trim_end().rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("to")) || relative_before(before_verb) {
            return None;
        }
        // "The company that runs the Ambassador Bridge said": the noun
        // opening the sentence speaks, unnamed (not the bridge).
        if noun_then_relative_clause(before_verb) {
            return Some(Speaker::Unnamed);
        }
        // ("If Trump had said four years ago …": what was not said. "If
        // elected, Smith said he would …" reports, past the comma.)
        let opening = before_verb.trim_start();
        if ["If ", "Unless ", "Had "].iter().any(|w| opening.starts_with(w)) && !opening.contains(',') {
            return None;
        }
        // The words that name the speaker, nearest first, past the adverbs
        // before the verb. (Read as words: the patterns' captures cost far
        // more, and the speaker is resolved later anyway.) Past the times
        // too: "Haugland has for years insisted". (Only the last two dozen
        // words are read as times: the eight taken come from them.)
        let reach = before_verb.rmatch_indices(' ').nth(24).map_or(0, |(at, _)| at);
        let untimed_before = untimed(&before_verb[reach..]);
        let words: Vec<&str> = untimed_before.split_whitespace().rev().skip_while(|w| is_adverb(w)).take(8).collect();
        let last = words.first().copied().unwrap_or("");
        // ("That said, …", "Having said that, …": idioms; "I’d say …": the
        // writer's own voice.)
        // ("(I'd contend …": in brackets too.)
        let last_word = last.trim_start_matches(['(', '[']);
        if ["That", "This", "Having", "having", "I", "We", "You", "we", "you"].contains(&last_word) || last_word.starts_with("I’") || last_word.starts_with("I'") {
            return None;
        }
        // "young black voters … who spoke with NPR say …": the relative
        // clause ended before the verb; its noun speaks, unnamed (not NPR).
        // So do "critics of the court say", "members of the group said",
        // "Lobster fishers in southwest Nova Scotia say" (not the place).
        // And "Officials with the province said": a plural the gazetteer
        // knows for people left unnamed, opening the sentence. (Not "Jones
        // of the union said": a capitalised word ending in s is as often a name.)
        // (No comma between: "From her first days at Foggy Bottom, Secretary
        // Clinton said" is Clinton's. Officials of a named organisation speak
        // for it: "Officials from the World Health Organization insisted".)
        // ("on", "along", "around" … only after the plural that opens the
        // sentence, in up to three words: "Republicans on the
        // committee have argued", "Small business owners along Queen Street
        // West say"; not "benchmarks on the SAT—what the College Board says".)
        let (total, adverbs) = (before_verb.split_whitespace().count(), before_verb.split_whitespace().rev().take_while(|w| is_adverb(w)).count());
        // (Up to three words before the preposition, opening the sentence.)
        let opening_plural_before = |i: usize| total - adverbs <= i + 4;
        // ("for" after a plural that speaks for no one: "Mrs. Clinton’s two
        // major opponents for the Democratic nomination argue"; but "Lawyers
        // for Trump said" speak for him, below.)
        let speaks_for_someone = |i: usize| words.get(i + 1).is_some_and(|noun| super::SPEAKING_FOR.contains(&noun.to_lowercase().as_str()));
        let links = |i: usize| {
            ["who", "of", "with", "from", "at", "in", "near", "across"].contains(&words[i])
                || ["along", "around", "on", "throughout", "outside"].contains(&words[i]) && opening_plural_before(i)
                || words[i] == "for" && !speaks_for_someone(i)
        };
        // (Not past the end of a phrase: "we know two things for sure: 1)
        // Comey stated that".)
        let mut linked = (0..words.len().min(6)).filter(|&i| links(i) && !words[..i].iter().any(|w| w.ends_with([',', ':', ';', ')'])));
        // (A plural noun, not an auxiliary: "Haugland has for years insisted".)
        let group = |at: usize| {
            words.get(at + 1).is_some_and(|noun| match noun.starts_with(char::is_lowercase) {
                true => words[at] == "who" || ends_like_plural(noun) && !newsflow_text::is_stopword(noun),
                false => at + 2 == words.len() && (self.unnamed_nouns.contains(&noun.to_lowercase()) || headed_by_plural(noun, &self.person_nouns)) && !words[..at].iter().any(|w| newsflow_text::is_capitalized(w)),
            })
        };
        // (Not past a verb joined by "and": "McBath hails from a
        // Republican-leaning district and said …" is hers.)
        let coordinated = ["and", "but", "or"].contains(&last);
        if ["and", "but"].contains(&last) {
            if let Some(speaker) = self.subject_of_the_first_verb(before_verb, verb.as_str()) {
                return Some(speaker);
            }
        }
        // (Nor past a pronoun that speaks: "… the call for armed officers in
        // every school -- he said".)
        let speaking_pronoun = ["he", "she", "He", "She"].contains(&last);
        if !coordinated && !speaking_pronoun && linked.any(group) {
            return Some(Speaker::Unnamed);
        }
        // (Nor a lower-case phrase running over function words: "the
        // existence of laws in 29 states that …". A pronoun speaks on its
        // own; a comma ends the phrase.)
        let pronoun = ["he", "she", "they", "He", "She", "They"].contains(&last);
        if let Some(the) = words.iter().position(|w| *w == "the" || *w == "The").filter(|_| !pronoun) {
            let phrase = &words[..the];
            let noun_phrase = !phrase.iter().any(|w| w.starts_with(char::is_uppercase) || w.ends_with(','));
            if noun_phrase && phrase.iter().any(|w| newsflow_text::is_stopword(w)) {
                return None;
            }
        }
        // "But campaigners argued …": a lower-case plural opening the
        // sentence (past a conjunction) is someone unnamed.
        let plural = |w: &str| ends_like_plural(w) && w.chars().all(char::is_alphabetic);
        // (Or one in "-ists" that opens the sentence: "Purists insist …";
        // a name seldom ends so.)
        let opening_plural = words.len() <= 2
            && plural(last)
            && (last.starts_with(char::is_lowercase) || words.len() == 1 && last.ends_with("ists"))
            && words.get(1).is_none_or(|w| CONJUNCTIONS.contains(w) || ["Still", "However,", "Meanwhile,"].contains(w));
        if opening_plural {
            return Some(Speaker::Unnamed);
        }
        // "Small business owners say", "Local health experts warn": a plural
        // for people after up to two words that describe them, opening the
        // sentence (the first capitalised as it opens it; no names).
        let described_plural = (3..=4).contains(&words.len())
            && last.starts_with(char::is_lowercase)
            && headed_by_plural(last, &self.person_nouns)
            && words[1..words.len() - 1].iter().all(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) && !newsflow_text::is_stopword(w))
            && words.last().is_some_and(|w| newsflow_text::is_capitalized(w) && w.chars().all(char::is_alphabetic) && !newsflow_text::is_stopword(&w.to_lowercase()))
            && before_verb.trim_start().starts_with(words[words.len() - 1]);
        if described_plural {
            return Some(Speaker::Unnamed);
        }
        // "A spokesperson for the prime minister's office said": someone
        // unnamed for a body the words do not name in capitals (one they
        // name, "A spokesperson for Canada Post said", speaks: below).
        let natural: Vec<&str> = words.iter().rev().copied().collect();
        // (The whole phrase, opening the sentence: not the end of an
        // apposition, "Sheriff Tony Spurlock, who is a former director of
        // the state sheriff's association, told".)
        let opens_sentence = natural.first().is_some_and(|first| before_verb.trim_start().starts_with(first)) && !natural.last().is_some_and(|w| w.ends_with(','));
        // (Whoever the words after "to" name: "A former aide to ex-mayor Carl
        // Whitmore testified" is the aide's, not Whitmore's.)
        let for_someone = opens_sentence
            && natural.first().is_some_and(|w| ["A", "An", "a", "an"].contains(w))
            && natural.iter().position(|w| ["for", "with", "of", "at", "to"].contains(w)).is_some_and(|at| {
                at >= 2 && self.is_noun_for_people(natural[at - 1]) && (natural[at] == "to" || !natural[at + 1..].iter().any(|w| newsflow_text::is_capitalized(w)))
            });
        if for_someone {
            return Some(Speaker::Unnamed);
        }
        // "The victim's mother said", "A neighbour's son told": someone the
        // possessive relates to another, unnamed.
        let possessive = |w: &str| w.starts_with(char::is_lowercase) && possessor(w).is_some();
        let person_noun = self.is_noun_for_people(last);
        let opens = |w: &&str| ["The", "A", "An", "His", "Her", "Their"].contains(w);
        if person_noun && words.len() == 3 && possessive(words[1]) && words.get(2).is_some_and(opens) {
            return Some(Speaker::Unnamed);
        }
        // "Quebec's immigration minister says", "The province's health
        // minister said", "Nova Scotia's health minister says": a role the
        // sentence gives to no name, opening it (its words in lower case
        // after the owner; "Trudeau's office said" speaks for Trudeau, below).
        let owner_at = words.iter().position(|w| possessor(w).is_some());
        // (The owner's other words, capitalised: "Nova", "Prince Edward".)
        let rest_of_owner = |opening: &[&str]| opening.len() <= 2 && opening.iter().all(|w| newsflow_text::is_capitalized(w) && w.chars().all(char::is_alphabetic) && !newsflow_text::is_stopword(&w.to_lowercase()));
        let role_of_an_owner = owner_at.is_some_and(|at| {
            let opening = &words[at + 1..];
            (1..=4).contains(&at)
                && words[..at].iter().all(|w| w.starts_with(char::is_lowercase) && !newsflow_text::is_stopword(w))
                && (opening.is_empty() || opening.len() == 1 && (opens(&opening[0]) || CONJUNCTIONS.contains(&opening[0])) || rest_of_owner(opening))
                && !super::SPEAKING_FOR.contains(&last)
        });
        if person_noun && role_of_an_owner {
            return Some(Speaker::Unnamed);
        }
        // "Fed policymakers said", "White House officials say", "GOP
        // lawmakers argued", "Toronto police said": people of a named body,
        // unnamed, opening the sentence (the capitals name the body, not them).
        let people_plural = last.starts_with(char::is_lowercase) && (headed_by_plural(last, &self.person_nouns) || self.unnamed_nouns.contains(last) || self.unnamed_groups.contains(last));
        // (Not an owner's: "Smith's lawyers argued" speak for Smith, below.)
        let body = words.get(1..).unwrap_or_default();
        let body_word = |w: &&str| newsflow_text::is_capitalized(w) && !w.ends_with([',', 's']) && possessor(w).is_none();
        if people_plural && body.iter().all(body_word) && body.last().is_some_and(|first| body.len() <= 3 && before_verb.trim_start().starts_with(first)) {
            return Some(Speaker::Unnamed);
        }
        // "Smith's office said", "Trudeau’s spokesperson told": a name's
        // office or people speak for it.
        let owner = words.get(1).is_some_and(|w| w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s")));
        if owner && super::SPEAKING_FOR.contains(&last) {
            return Some(Speaker::Named);
        }
        // "A source, who spoke on condition of anonymity because …, said":
        // someone unnamed, past the relative clause that describes them.
        // (Or a participle: "A senior Republican aide, speaking on condition
        // of anonymity because he was not authorized …, said".)
        let described = before_verb.trim_end().strip_suffix(',').and_then(|b| [", who ", ", speaking ", ", talking "].iter().find_map(|joint| b.split_once(joint)));
        if let Some((head, _)) = described.filter(|(_, clause)| !clause.contains(',')) {
            let head = without_opening_conjunction(head.trim());
            let words: Vec<&str> = head.split_whitespace().collect();
            const SOME: [&str; 13] = ["a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "many", "other", "most"];
            let determined = words.first().is_some_and(|w| SOME.contains(&w.to_lowercase().as_str()));
            // (The noun before a place or a body: "A volunteer at the
            // reception centre, who asked not to be named, said".)
            let head_noun = words.iter().position(|w| ["at", "of", "in", "with", "from", "for"].contains(w)).map_or(words.last(), |at| at.checked_sub(1).and_then(|i| words.get(i)));
            let noun = head_noun.is_some_and(|n| self.is_noun_for_people(n));
            // (Or a group with no determiner: "Hospital staff, who spoke on
            // condition of anonymity, said", "Nurses, who …".)
            let group = head_noun.is_some_and(|n| self.unnamed_groups.contains(&n.to_lowercase()) || n.ends_with('s') && self.is_noun_for_people(&n.to_lowercase()));
            if (determined && noun || group) && words.len() <= 8 {
                return Some(Speaker::Unnamed);
            }
        }
        // "The company's parent, Procter & Gamble, said": a firm named with
        // "&" right before the verb (the patterns read no "&").
        if firm_closing(before_verb).is_some_and(|(_, after)| after.trim_matches([',', ' ']).is_empty()) {
            return Some(Speaker::Named);
        }
        if self.owners_organisation(&words, before_verb).is_some() {
            return Some(Speaker::Named);
        }
        // "Shopify Inc. said", "Loblaw Companies Ltd. said": a firm's
        // capitalised name and its legal form, opening the sentence.
        const LEGAL_FORMS: [&str; 9] = ["Inc.", "Ltd.", "Corp.", "Co.", "LLC", "plc", "PLC", "Inc", "Ltd"];
        // (Past its stock ticker: "Shopify Inc. (TSX:SHOP) said"; read only
        // when a legal form or a parenthesis ends the words.)
        let firm = || {
            let unticked = if before_verb.contains(" (") { without_acronyms(before_verb).into() } else { std::borrow::Cow::Borrowed(before_verb) };
            let firm_words: Vec<&str> = unticked.split_whitespace().rev().collect();
            firm_words.first().is_some_and(|w| LEGAL_FORMS.contains(w)) && (2..=5).contains(&firm_words.len()) && firm_words.iter().all(|w| newsflow_text::is_capitalized(w))
        };
        if (LEGAL_FORMS.contains(&last) || last.ends_with(')')) && firm() {
            return Some(Speaker::Named);
        }
        // "Her office said in a statement that …", "His spokesperson said":
        // someone's office or people, whom the pronoun names.
        if self.pronouns_people_speaking(sentence.get(..verb.end())?).is_some() {
            return Some(Speaker::Named);
        }
        // Someone can be named right before the verb only by a capitalised
        // word, a pronoun, an apposition's closing comma or a noun after a
        // determiner: the patterns below (a search back from the verb, the
        // dearest check here) run only then.
        const DETERMINERS: [&str; 12] = ["the", "a", "an", "one", "some", "many", "several", "two", "three", "other", "another", "most"];
        let speaker_shaped = last.ends_with(',')
            || last.trim_start_matches(['(', '[', '—', '–', '-']).starts_with(char::is_uppercase)
            || ["he", "she", "they"].contains(&last)
            || words.iter().take(6).any(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
        if !speaker_shaped {
            // (Or a name before its unit, the determiner further back.)
            return self.named_past_unit(attribution).then_some(Speaker::Named);
        }
        // ("The Congressional Budget Office (CBO) warned that": read without the acronym.)
        let plain = attribution.contains(" (").then(|| without_acronyms(attribution)).filter(|plain| plain.len() < attribution.len());
        // (Else read past a time: "Haugland has for years insisted".)
        let named = |attribution: &str| [&self.before, &self.before_apposition].into_iter().any(|re| re.is_match(attribution));
        let past_time = || matches!(untimed(attribution), std::borrow::Cow::Owned(past) if named(&past));
        if named(plain.as_deref().unwrap_or(attribution)) || past_time() || self.named_past_apposition(before_verb, verb.as_str()) || self.named_past_unit(attribution) {
            return Some(Speaker::Named);
        }
        // "Some experts say …": someone unnamed, a person noun or a plural.
        let noun = last.starts_with(char::is_lowercase) && (plural(last) || self.person_nouns.contains(last) || self.unnamed_nouns.contains(last));
        (noun && self.unnamed_before.is_match(attribution)).then_some(Speaker::Unnamed)
    }

    /// "Ukraine's air force said", "Iran's foreign ministry says": an
    /// organisation of a capitalised owner, opening the sentence; `words`
    /// are the words before the verb, nearest first. The phrase, as written.
    fn owners_organisation(&self, words: &[&str], before_verb: &str) -> Option<String> {
        let (&owner, noun) = words.split_last().filter(|(_, noun)| (1..=3).contains(&noun.len()))?;
        let noun = noun.iter().rev().copied().collect::<Vec<_>>().join(" ");
        let lower = noun.split(' ').all(|w| w.chars().all(char::is_lowercase));
        // (Not a document: "George's report said" is the report's author's.)
        let organisation = self.organization_nouns.iter().any(|n| noun == *n || lower && noun.ends_with(&format!(" {n}"))) && !super::DOCUMENTS.iter().any(|d| noun.ends_with(d));
        (newsflow_text::is_capitalized(owner) && possessor(owner).is_some() && before_verb.trim_start().starts_with(owner) && organisation).then(|| format!("{owner} {noun}"))
    }

    /// The organisation of an owner (see [`Self::owners_organisation`])
    /// that speaks in an attribution ("Ukraine's air force said Sunday").
    fn owners_organisation_speaking(&self, attribution: &str) -> Option<String> {
        let verb = self.verb.find(attribution)?;
        let before_verb = &attribution[..verb.start()];
        let words: Vec<&str> = before_verb.split_whitespace().rev().skip_while(|w| is_adverb(w)).take(5).collect();
        self.owners_organisation(&words, before_verb)
    }

    /// "Santos — who employs 12 people — said …": an aside in dashes right
    /// before a speech verb, read as one in commas (the rules read
    /// appositions and relative clauses between commas). The sentence
    /// itself otherwise.
    fn aside_in_dashes_as_commas<'s>(&self, sentence: &'s str) -> std::borrow::Cow<'s, str> {
        const DASHES: [&str; 3] = [" — ", " – ", " -- "];
        let Some((open, dash)) = DASHES.iter().filter_map(|d| sentence.find(d).map(|at| (at, *d))).min() else { return sentence.into() };
        let inner = open + dash.len();
        let Some(close) = sentence[inner..].find(dash).map(|at| inner + at) else { return sentence.into() };
        let (aside, rest) = (&sentence[inner..close], &sentence[close + dash.len()..]);
        let verb_next = self.verb_first.is_match(rest);
        let plain = aside.starts_with(char::is_lowercase) && !aside.contains([',', '"', '“', '”']) && newsflow_text::has_at_most_words(aside, 20);
        if verb_next && plain {
            format!("{}, {aside}, {rest}", &sentence[..open]).into()
        } else {
            sentence.into()
        }
    }

    /// The clause after a named speaker's verb, when it is one.
    fn forward_clause(&self, sentence: &str, clause_start: usize) -> Option<String> {
        // ("told reporters on Tuesday the …": a setting, not the clause.)
        let mut words = sentence[clause_start..].split_whitespace();
        let opening = words.next().unwrap_or("").to_lowercase();
        if SETTING_OPENERS.contains(&opening.as_str()) {
            return None;
        }
        // ("as he said many times he had to do": how often, not what.)
        if words.next() == Some("times") {
            return None;
        }
        // ("said no …" is no report; "said that no charges …" is.)
        let after_that = sentence[..clause_start].trim_end().ends_with("that");
        let clause = if after_that { self.clause_after_that(&sentence[clause_start..]) } else { self.clause(&sentence[clause_start..]) }?;
        // ("…, says Troy of McGill University.": a name, the speaker of
        // what came before, not a clause.)
        let a_name = |words: &str| newsflow_text::has_at_most_words(words, 6) && words.split_whitespace().all(|w| newsflow_text::is_capitalized(w) || newsflow_text::is_stopword(w));
        // (Nor a name and its apposition: "…, says Cecilia Emma Sottilotta, a
        // professor of political science at the American University of Rome.")
        // An inverted attribution, the verb after a comma ("…, says"); not
        // a clause whose subject has an apposition ("announced that Danny
        // Werfel, the controller of the budget office, was Obama's pick").
        let inverted = sentence[..clause_start].trim_end().rsplit_once(' ').is_some_and(|(head, _verb)| head.ends_with(','));
        // (The apposition runs to the end: "Trump, who spoke at the dinner,
        // called to offer her advice" goes on with its verb.)
        let goes_on = |rest: &str| rest.split(", ").skip(1).any(|part| part.split(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase) && !newsflow_text::is_stopword(w)));
        // ("a professor …", "director of the global health program …")
        let described = |rest: &str| rest.starts_with(char::is_lowercase) && !goes_on(rest);
        if a_name(&clause) || inverted && clause.split_once(", ").is_some_and(|(name, rest)| a_name(name) && described(rest)) {
            return None;
        }
        // ("… they don’t need dramatic changes, a Republican aide said.": an
        // attribution closing the clause is none of it.)
        let clause = match self.reversed(&clause) {
            Some((_, head)) => head,
            None => clause,
        };
        Some(without_narration(&clause).to_string())
    }

    /// "Insp. Dan Ross of the Peel Regional Police's major collision bureau
    /// said": a name before the unit it belongs to, read without the unit
    /// (see [`without_affiliation`]).
    fn named_past_unit(&self, attribution: &str) -> bool {
        attribution.contains(" of the ") && matches!(without_affiliation(attribution, &self.verb), std::borrow::Cow::Owned(plain) if self.before.is_match(&plain))
    }

    /// "Feargal Sharkey, a former musician who now campaigns for cleaner
    /// rivers, said": a name before an apposition too long for the patterns
    /// (they bound it, to stay small), read without it.
    /// (Or past two: "Dennis Kelleher, president of Better Markets Inc., a
    /// bank watchdog group, said", "Gowdy, R-S.C., echoing Chaffetz, also
    /// said"; a party's letter and state count as a description.)
    fn named_past_apposition(&self, before_verb: &str, verb: &str) -> bool {
        // (Past adverbs before the verb: ", also said".)
        let mut plain = before_verb.trim_end();
        while let Some((rest, _)) = plain.rsplit_once(' ').filter(|(_, last)| is_adverb(last)) {
            plain = rest.trim_end();
        }
        let Some(mut head) = plain.strip_suffix(',') else { return false };
        let mut total = 0;
        for _ in 0..2 {
            let Some(open) = head.rfind(',') else { return false };
            let (name, apposition) = (head[..open].trim_end(), head[open + 1..].trim());
            // A description ("a former …", "the party's …", "45") after a name.
            let party = apposition.len() <= 12 && apposition.starts_with(['R', 'D', 'I']) && apposition[1..].starts_with('-');
            let describes = apposition.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) || party;
            total += apposition.len();
            if !describes || total > 160 {
                return false;
            }
            let named = name.rsplit(' ').next().is_some_and(|w| newsflow_text::is_capitalized(w) && !is_non_name(w));
            if named && self.before.is_match(&format!("{name} {verb}")) {
                return true;
            }
            head = name;
        }
        false
    }

    /// Who speaks with a verb joined by "and" or "but" to the sentence's first
    /// verb: its subject, opening the sentence. A name ("Ontario Premier Doug
    /// Ford called the plan a disaster and said …", "Ford defended the
    /// budget but said …") or "He"/"She", resolved as a direct quote's
    /// subject; a group ("Lawmakers praised the pick but said …") is
    /// someone unnamed. One clause only: no comma, and no subordinate clause
    /// whose own verb the speech verb could continue ("Bolton alleges that
    /// Trump asked Xi … and told …").
    fn subject_of_the_first_verb(&self, before_verb: &str, verb: &str) -> Option<Speaker> {
        // (Past a relative clause about the subject: "Nishika Jardine, whose
        // office released a report last month, welcomed the apology but said".)
        let before_verb = &*without_relative_clause(before_verb);
        // (Past a sentence adverb and its comma: "However, Jarvis later became
        // disillusioned … and said".)
        let opening_adverb = before_verb.trim_start().split_once(", ").filter(|(adverb, _)| SENTENCE_ADVERBS.contains(&adverb.to_lowercase().as_str()));
        let before_verb = opening_adverb.map_or(before_verb, |(_, rest)| rest);
        // (And past a role in apposition: "Benjamin C. Mizer, principal
        // deputy assistant attorney general, issued an apology … and said".)
        let past_role = || -> Option<String> {
            let (name, rest) = before_verb.split_once(", ")?;
            let (apposition, after) = rest.split_once(", ")?;
            let named = name.rsplit(' ').next().is_some_and(newsflow_text::is_capitalized) && newsflow_text::has_at_most_words(name, 5);
            let describes = apposition.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) && newsflow_text::has_at_most_words(apposition, 20);
            (named && describes && after.starts_with(char::is_lowercase)).then(|| format!("{name} {after}"))
        };
        let without_role = if one_clause(before_verb) { None } else { past_role() };
        let before_verb = without_role.as_deref().unwrap_or(before_verb);
        if !one_clause(before_verb) || !newsflow_text::has_at_most_words(before_verb, 30) {
            return None;
        }
        let all: Vec<&str> = before_verb.split_whitespace().collect();
        let subject: Vec<&str> = all[..capitalised_subject(&all)].to_vec();
        let mut words = all[subject.len()..].iter().copied();
        let noun = |word: &str| self.is_noun_for_people(&word.to_lowercase());
        // The first verb: a lower-case word that is no noun ("CIA directors
        // who …", "The president …").
        let first_verb = words.next().unwrap_or("");
        let verb_shaped = first_verb.len() > 2 && first_verb.chars().all(|c| c.is_ascii_lowercase()) && !newsflow_text::is_stopword(first_verb) && !noun(first_verb);
        // (The two verbs agree: after "The Internet creates a platform for
        // individuals to express themselves and say …" the plain "say" is
        // the individuals'.)
        let plain = |w: &str| !is_present_singular(w) && !w.ends_with('d') && !["told", "wrote", "spoke"].contains(&w);
        if is_present_singular(first_verb) && plain(verb) {
            return None;
        }
        let (Some(&head), true) = (subject.last(), verb_shaped && subject.len() <= 6) else { return None };
        // (Not a function word opening the sentence: "When governments step
        // in … and say", "The president …", "We …".)
        let pronoun = ["He", "She", "They"].contains(&subject[0]);
        // ("The Alberta Teachers' Association welcomed the plan but said":
        // "The" before a name is the name's.)
        let the_name = subject[0] == "The" && subject.len() >= 2;
        if !pronoun && !the_name && newsflow_text::is_stopword(&subject[0].to_lowercase()) {
            return None;
        }
        if subject.len() == 1 && (noun(head) || head == "They") {
            return Some(Speaker::Unnamed);
        }
        self.before.is_match(&format!("{} {verb}", subject.join(" "))).then_some(Speaker::Named)
    }

    /// Where the clause starts in the text after a speech verb, if a clause
    /// follows it: after "that" (past a setting: "said in a statement that"),
    /// after a day ("said Tuesday the …"), after the listener ("told
    /// reporters the …"), or right after a verb that takes a clause bare
    /// ("said the …"; not "added 300 jobs").
    fn clause_after_verb(&self, verb: &str, after: &str) -> Option<usize> {
        // ("said Feb. 25 it is …", "said on March 3 that …": a date, then the clause.)
        if let Some(date) = self.date_after_verb.find(after) {
            return self.clause_after_verb(verb, &after[date.end()..]).map(|at| at + date.end());
        }
        // ("acknowledged, however, that …", "added, though, that …": a
        // sentence adverb in commas, then the clause.)
        if let Some((adverb, rest)) = after.strip_prefix(", ").and_then(|a| a.split_once(", ")) {
            if SENTENCE_ADVERBS.contains(&adverb) || adverb == "though" {
                let skipped = after.len() - rest.len();
                return self.clause_after_verb(verb, rest).map(|at| at + skipped);
            }
        }
        // ("What he said: However, …": a heading over the words, not a
        // report; "…, several Democrats say, allowing …": the attribution
        // of what came before.)
        if after.starts_with([':', ',']) {
            return None;
        }
        let first = after.split_whitespace().next()?;
        let first_lower = first.trim_end_matches(',').to_lowercase();
        if first_lower == "that" {
            return after.find("that").map(|at| at + 4);
        }
        let told = verb == "told" || verb == "tells";
        // ("agreed to with the airlines by checking that terms and
        // conditions box": "to" opens the listener, "explained to CNN's Arwa
        // Damon that", or no report.)
        if first_lower == "to" && after.trim_start().strip_prefix("to").is_none_or(|rest| self.listener(rest).is_none()) {
            return None;
        }
        if told || SETTING_OPENERS.contains(&first_lower.as_str()) {
            // "that" within the next few words ends the setting.
            let mut pos = 0;
            // ("told Republican senators at a policy lunch Tuesday that …")
            let mut previous = "";
            // (A determiner not after a preposition opens the clause's own
            // subject: "said Tuesday the bill she submitted …".)
            let mut past_a_subject = false;
            for (i, w) in after.split_whitespace().enumerate().take(if told { 10 } else { 12 }) {
                let at = after[pos..].find(w).map_or(pos, |x| pos + x);
                pos = at + w.len();
                if w == "that" && i > 0 {
                    return Some(pos);
                }
                // "said on Friday it would …", "said in a statement they
                // were …": a setting, then the clause's subject (not a
                // preposition's object: "said in it").
                let after_preposition = PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(previous));
                past_a_subject |= super::ARTICLES.contains(&w) && !after_preposition;
                // (Within a short setting: further on, a pronoun is the
                // clause's own, "said Friday newly revealed records show there is".)
                let subject = SUBJECT_PRONOUNS.contains(&w) && !["you", "there"].contains(&w) && (2..=3).contains(&i) && !after_preposition && !past_a_subject;
                if subject && !told && self.bare_clause_verbs.contains(verb) {
                    return Some(at);
                }
                // (Nor past a comma: "she says via e-mail, and they are …"
                // goes on with a clause of the writer's.)
                past_a_subject |= w.ends_with(',');
                // (A subject or a verb before it makes "that" the clause's
                // own: "told CNN the plan is on a trajectory that …".)
                let clause_word = SUBJECT_PRONOUNS.contains(&w) || AUXILIARIES.contains(&w);
                if w.ends_with(['.', ';']) || told && w.ends_with(',') || clause_word {
                    break;
                }
                previous = w;
            }
            if DAYS.contains(&first_lower.as_str()) && self.bare_clause_verbs.contains(verb) {
                return after.find(first).map(|at| at + first.len());
            }
            if told {
                // ("told reporters Tuesday the …": the day, then the clause.)
                let listener_words = self.listener(after)?;
                let listener = listener_words.end;
                let rest = &after[listener..];
                // ("told her story on CNN": "her" owns the noun after it; a
                // clause after the listener opens with its subject.)
                let owned_noun = rest.split_whitespace().next().is_some_and(|w| w.starts_with(char::is_lowercase) && !SUBJECT_OPENERS.contains(&w) && !SUBJECT_PRONOUNS.contains(&w));
                if after[listener_words].trim() == "her" && owned_noun {
                    return None;
                }
                let day = rest.split_whitespace().next().filter(|w| DAYS.contains(&w.to_lowercase().as_str()));
                return Some(day.and_then(|d| rest.find(d).map(|at| listener + at + d.len())).unwrap_or(listener));
            }
            return None;
        }
        self.bare_clause_verbs.contains(verb).then_some(0)
    }

    /// The words after "told" that name whom the words went to:
    /// "reporters", "him", a name ("CBC News", "the Star"), or an audience
    /// of the gazetteer with up to four words describing it ("council", "a
    /// news conference", "the Commons finance committee"). Those words are
    /// no function words: "told Fox News the senators' plan …" was told Fox
    /// News, "told an anecdote about meeting …" no audience.
    fn listener(&self, after: &str) -> Option<std::ops::Range<usize>> {
        let audience = self.told_audience.captures(after).filter(|found| {
            found.name("describing").is_none_or(|words| words.as_str().split_whitespace().all(|w| !newsflow_text::is_stopword(&w.to_lowercase())))
        });
        audience.and_then(|found| found.get(0)).or_else(|| self.told_listener.find(after)).map(|found| found.range())
    }

    /// "According to the RCMP, the driver fled the scene."
    fn according_first(&self, sentence: &str) -> Option<(Shape, String)> {
        if !sentence.trim_start().starts_with("According to ") {
            return None;
        }
        // (Past a date's comma: "a letter … dated June 20, 2019, Women2Women …".)
        let year_follows = |at: &usize| sentence[at + 1..].trim_start().split_once(',').is_some_and(|(year, _)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()));
        let comma = sentence.match_indices(',').map(|(at, _)| at).find(|at| !year_follows(at))?;
        // (Or a document, issued by someone named or no one: "According to a
        // statement from the Chiefs of Ontario, at least 30 communities …".)
        let opening_at = sentence.len() - sentence.trim_start().len();
        let document = || sentence.get(opening_at..comma).and_then(super::according_to_a_document).is_some();
        // (Or a group with no determiner, of a place or a body named before
        // it or not: "According to police, …", "According to Halifax
        // police, …".)
        let group = sentence.get(opening_at + "According to ".len()..comma).is_some_and(|words| {
            let body = words.split_whitespace().take_while(|w| newsflow_text::is_capitalized(w)).count();
            let rest = words.split_whitespace().skip(body).collect::<Vec<_>>().join(" ");
            body <= 2 && self.is_bare_group(&rest)
        });
        if !group && !self.before_according.is_match(&sentence[..=comma]) && !document() {
            return None;
        }
        // "According to Aaron Stein, a nonresident fellow at the Atlantic
        // Council, the killing was …": the clause starts past the words in
        // commas that describe the source.
        let start = match sentence[comma + 1..].find(',').map(|at| comma + 1 + at) {
            Some(next) if self.describes_the_source(&sentence[comma + 1..next]) && self.standalone_clause(&sentence[next + 1..]).is_some() => next + 1,
            _ => comma + 1,
        };
        let clause = self.standalone_clause(&sentence[start..])?;
        Some((Shape::Forward { clause_start: start, unnamed: group }, clause))
    }

    /// Whether words in commas after a name describe it: "a nonresident
    /// fellow at …", "who leads the group", "the group's director", "the
    /// director of …".
    fn describes_the_source(&self, words: &str) -> bool {
        let words: Vec<&str> = words.split_whitespace().collect();
        match words[..] {
            ["a" | "an" | "who" | "whose" | "which", ..] => true,
            ["the", second, ..] => self.is_noun_for_people(second) || crate::phrases::possessor(second).is_some(),
            _ => false,
        }
    }

    /// "CLAUSE, the minister said Tuesday.", "CLAUSE, said Smith.", "CLAUSE,
    /// according to police.", "The plan, Smith said, will fail."
    fn reversed(&self, sentence: &str) -> Option<(Shape, String)> {
        let commas: Vec<usize> = sentence.match_indices(',').map(|(at, _)| at).collect();
        // "…, his attorney, Jaye Schlachet, told The Associated Press.", "…,
        // the province's chief medical officer of health, Dr. Kieran Moore,
        // said": a role and a name in commas before the verb; the clause
        // ends before the role.
        if let [.., role_comma, name_comma, verb_comma] = commas[..] {
            let (role, name) = (sentence[role_comma + 1..name_comma].trim(), sentence[name_comma + 1..verb_comma].trim());
            // (A clause, not a setting: "At 9:34 p.m., the fiance's mother,
            // Dorothy Zarsky, called her broker".)
            let clause_like = sentence[..role_comma].split_whitespace().nth(3).is_some();
            if clause_like && self.verb_first.is_match(sentence[verb_comma + 1..].trim_start()) && crate::phrases::is_name_of_capitals(name) && is_role_of_someone(role) {
                return Some((Shape::Reversed { comma: role_comma, rest: None }, self.standalone_clause(&sentence[..role_comma])?));
            }
        }
        commas.into_iter().rev().take(3).find_map(|comma| {
            let after = &sentence[comma..];
            // ("…, called CleanWeb.", "a new app, called Pulse,": what a
            // thing is called, no one speaking.)
            if ["called ", "named ", "dubbed "].iter().any(|v| after[1..].trim_start().starts_with(v)) {
                return None;
            }
            // (Each pattern with whether it is the "according to" one.)
            let patterns = [
                (&self.after_name_first, false),
                (&self.after_verb_first, false),
                (&self.after_according, true),
                (&self.after_spokesperson, false),
                (&self.after_pronouns_people, false),
                (&self.after_described, false),
                (&self.after_unnamed, false),
                (&self.after_verb_unnamed, false),
                (&self.after_group, false),
            ];
            // ("…, according to a statement from the RCMP", "according to
            // court documents": a document, its issuer named or not.)
            let (according, end) = patterns
                .iter()
                .find_map(|(re, according)| re.find(after).map(|m| (*according, m.end())))
                .or_else(|| after[1..].trim_start().starts_with("according to ").then(|| super::document_issuer(after)).flatten().map(|(_, len)| (true, len)))
                .or_else(|| self.according_to_unnamed(after).map(|len| (true, len)))?;
            // "…, Shoigu said, according to Tass.": the source that carried
            // the words follows their speaker's attribution; that one, at
            // an earlier comma, is the sentence's.
            if according {
                let head = sentence[..comma].trim_end();
                if self.verb.find_iter(head).last().is_some_and(|verb| verb.end() == head.len()) {
                    return None;
                }
            }
            // (Not a lower-case phrase over function words: ", the broad
            // strokes of which had just been announced,".)
            let attribution: Vec<&str> = after[1..end].split_whitespace().collect();
            // (Nor a clause joined by a conjunction: "…, and officers fired
            // back with tear gas"; nor a thing after the verb: "…, Dianne
            // Feinstein, called the hacking "intolerable."".)
            if attribution.first().is_some_and(|w| ["and", "but", "or", "yet", "so"].contains(w)) || self.thing_after_the_verb(&attribution) {
                return None;
            }
            // (Nor "states", a noun as often: ", like other states"; after a
            // clause "reports" and "notes" report.)
            if attribution.last() == Some(&"states") {
                return None;
            }
            let phrase = attribution.split_last().map_or(&[][..], |(_, rest)| rest);
            if phrase.first().is_some_and(|w| *w == "the" || *w == "The") && !phrase.iter().skip(1).any(|w| newsflow_text::is_capitalized(w)) && phrase.iter().skip(1).any(|w| newsflow_text::is_stopword(w) && !is_adverb(w)) {
                return None;
            }
            let tail = after[end..].trim_end().trim_end_matches(['.', '!', '?']);
            let head = &sentence[..comma];
            // "…, said John Smith, who leads the group", "…, said a defense
            // official who was not authorized to speak", "…, said one aide,
            // speaking on condition of anonymity", "…, said Jane Doe, a
            // spokesperson for …": the attribution goes on about its speaker.
            let verb_first = self.verb_first.is_match(after[1..end].trim_start());
            if about_the_speaker(&after[..end], verb_first, tail) {
                return Some((Shape::Reversed { comma, rest: None }, self.standalone_clause(head)?));
            }
            // ("…, Smith said that …": the clause is after the verb; so is
            // advice, "For the perfect moment, Helmstetter says to use wide,
            // low vessels.")
            if tail.split_whitespace().take(5).any(|w| w == "that") && !tail.trim_start().starts_with(',') || tail.trim_start().starts_with("to ") {
                return None;
            }
            // "The cost, Premier Doug Ford said on Tuesday, will be shared.":
            // a setting of the attribution, then the comma it closes with.
            let past_setting = setting_then_comma(tail).map_or(tail, |at| &tail[at..]);
            if let Some(going_on) = past_setting.trim_start().strip_prefix(',') {
                // ", adding that …", ", calling it …": the attribution goes on.
                let next = going_on.split_whitespace().next().unwrap_or("");
                if next.ends_with("ing") || going_on.trim().is_empty() {
                    return Some((Shape::Reversed { comma, rest: None }, self.standalone_clause(head)?));
                }
                // "But this was the worst case, he added, in the documentary
                // broadcast on …": a setting of the attribution, not more of
                // the clause (which loses the conjunction that opened it).
                if SETTING_OPENERS.contains(&next.to_lowercase().as_str()) && !newsflow_text::has_at_most_words(head, 2) {
                    return Some((Shape::Reversed { comma, rest: None }, self.standalone_clause(head)?));
                }
                // "The plan, Smith said, will fail.": the clause goes on.
                let rest = comma + end + (tail.len() - past_setting.trim_start().len()) + 1;
                // (Unless the head is a conjunction or an adverb, "And, he
                // said, there is …", or a clause of its own, "As the rules
                // change, they said, they would …": then what follows is.)
                let whole = format!("{} {}", head.trim_end(), sentence[rest..].trim());
                let adverb = newsflow_text::has_at_most_words(head, 1) && SENTENCE_ADVERBS.contains(&head.trim().to_lowercase().as_str());
                let clause = if adverb { None } else { self.clause_not_opening_with(&whole, |w| NO_CLAUSE.contains(&w) || QUESTIONS_PUT.contains(&w)) };
                return Some((Shape::Reversed { comma, rest: Some(rest) }, clause.or_else(|| self.clause(&sentence[rest..]))?));
            }
            // A setting may follow the verb ("said in a statement
            // Tuesday"), not a clause of its own.
            // ("…, Sebelius acknowledged more testing would have been
            // preferable": a clause after the verb, not a setting.)
            let words = newsflow_text::word_count(tail);
            let first = tail.split_whitespace().next().unwrap_or("").to_lowercase();
            let listener = after[..end].contains("told") || after[..end].contains("tells");
            // ("…, who told FoxNews.com …, said he was disgusted": the
            // pronoun opens the clause reported, no attribution turned round.)
            if VERB_FIRST.contains(&first.as_str()) {
                return None;
            }
            (words <= 2 || words <= 6 && (listener || SETTING_OPENERS.contains(&first.as_str()))).then_some(())?;
            Some((Shape::Reversed { comma, rest: None }, self.standalone_clause(head)?))
        })
    }

    /// Whether an attribution turned round names a thing, not someone, after
    /// its verb: "called the hacking" (not "said the minister", "said the
    /// company", "said the Pentagon", "said the report").
    fn thing_after_the_verb(&self, attribution: &[&str]) -> bool {
        let [verb, the, .., head] = attribution else { return false };
        let head = head.trim_end_matches([',', '.', ';', ':']);
        let lower_case = attribution[1..].iter().all(|w| w.starts_with(char::is_lowercase));
        let for_someone = super::DOCUMENTS.contains(&head) || self.is_noun_for_people(head) || self.organization_nouns.iter().any(|n| n == head || n.strip_suffix(head).is_some_and(|before| before.ends_with(' '))) || head.strip_suffix('s').is_some_and(|one| self.is_noun_for_people(one));
        self.verb_first.is_match(verb) && the.eq_ignore_ascii_case("the") && lower_case && !for_someone
    }

    /// [`Self::clause`] after "that": any words may open it ("that no
    /// charges would be laid"), but for a verb that lost its subject.
    fn clause_after_that(&self, text: &str) -> Option<String> {
        // ("asked later that night, making air quotes": "that" of a time, no clause.)
        const TIME_NOUNS: [&str; 9] = ["night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year"];
        let text = without_trailing_source(text.trim().trim_start_matches([',', ';', ':', ' ']).trim_end_matches(['.', ';', ':', ',']).trim_end());
        let first = text.split_whitespace().next()?.to_lowercase();
        let time = TIME_NOUNS.contains(&first.trim_end_matches(','));
        (newsflow_text::word_count(text) >= self.min_words && !time && !VERB_FIRST.contains(&first.as_str())).then(|| text.to_string())
    }

    /// The reported clause, tidied, when it is one: a few words at least,
    /// not opening with a word that makes it none ("to leave", "nothing").
    fn clause(&self, text: &str) -> Option<String> {
        // (A quantity with its number opens a clause: "said about 20,000
        // people had left", "said more than 100 homes were lost".)
        // (Not how often: "said more than 30 times that …".)
        let words: Vec<&str> = text.split_whitespace().take(4).collect();
        let word = |i: usize| words.get(i).copied().unwrap_or("");
        let counted = |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || c == '$');
        let a_number = counted(word(1)) && word(2) != "times" || word(1) == "than" && counted(word(2)) && word(3) != "times";
        self.clause_not_opening_with(text, |w| NO_CLAUSE.contains(&w) || QUANTITY_OPENERS.contains(&w) && !a_number || QUESTIONS_PUT.contains(&w))
    }

    /// A clause that stands on its own before or after the words that
    /// attribute it ("More than 100 people were hurt, police said",
    /// "According to police, about 30 people …"): any opening word reports
    /// there but a question put to the speaker ("Asked whether …, she said").
    /// (Without the conjunction that joined it to the sentence before: "And
    /// there is hope, she said" reports "there is hope".)
    fn standalone_clause(&self, text: &str) -> Option<String> {
        self.clause_not_opening_with(without_opening_conjunction(text.trim_start()), |w| QUESTIONS_PUT.contains(&w))
    }

    /// [`Self::clause`] with its own list of opening words that make no clause.
    fn clause_not_opening_with(&self, text: &str, no_clause: impl Fn(&str) -> bool) -> Option<String> {
        let text = without_trailing_source(text.trim().trim_start_matches([',', ';', ':', '-', '–', '—', ' ']).trim_end_matches(['.', ';', ':', ',']).trim_end());
        // ("TEHRAN (Tasnim) – Russian President …": the dateline is no part of it.)
        let text = self.past_dateline(text);
        let first = text.split_whitespace().next()?.trim_end_matches(',').to_lowercase();
        let enough = newsflow_text::word_count(text) >= self.min_words || is_short_clause(text);
        // ("told reporters when asked if …": the setting of the words, not
        // them; "said when she got on the train, …" reports.)
        if first == "when" && text.split_whitespace().nth(1).is_some_and(|w| w.ends_with("ed")) {
            return None;
        }
        // ("said no to the deal" answers; "said no one was hurt" reports.)
        if first == "no" && text.split_whitespace().nth(1).is_some_and(|w| w == "to" || w == "comment") {
            return None;
        }
        // ("said the same in 2016", "said as much": what was said is elsewhere;
        // so it is after a quotation: "That's what Maria Lopez … told CBC".)
        const POINTERS: [&str; 6] = ["That's what ", "That’s what ", "That is what ", "This is what ", "That's how ", "That’s how "];
        let elsewhere = text.starts_with("the same ") || text.starts_with("as much") || POINTERS.iter().any(|p| text.starts_with(p));
        // ("Reps. Raúl Labrador of Idaho, Mark Meadows … asked for a
        // meeting": capitalised words joined by "of" or "and" are a name
        // or a list of names, no clause.)
        let only_names = text.split_whitespace().all(|w| newsflow_text::is_capitalized(w) || ["of", "and", "for", "the"].contains(&w));
        (enough && !elsewhere && !only_names && !no_clause(first.as_str()) && !VERB_FIRST.contains(&first.as_str())).then(|| text.to_string())
    }
}

/// A clause of three words that is a whole statement: a subject, a form of
/// "be" or "have" or a negation, and what it states ("he was innocent",
/// "they weren't consulted", "ridership had recovered", "she couldn't
/// recall"); not a phrase ("In some precincts", "The next day"), the words
/// of a quotation, nor a verb whose object went before ("resist
/// socialism, which they say Democrats are embracing", "a provision he has
/// said he will remove").
fn is_short_clause(text: &str) -> bool {
    const STATING: [&str; 7] = ["is", "are", "was", "were", "has", "have", "had"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let [subject, verb, last] = words[..] else { return false };
    let verb = verb.to_lowercase().replace('’', "'");
    let finite = (STATING.contains(&verb.as_str()) && !last.ends_with("ing")) || verb.ends_with("n't");
    let opening = subject.to_lowercase();
    let subject_shaped = !super::ARTICLES.contains(&opening.as_str()) && !PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(&opening));
    finite && subject_shaped && last.chars().all(char::is_alphabetic) && !text.contains(QUOTATION_MARKS)
}

/// What a report after its verb said, without the writer's narration
/// joined to it: "said the plan would fail, and the council agreed with
/// her" → "the plan would fail". The words after ", and"/", but" are the
/// writer's when a subject opens them and a verb in the simple past follows
/// with no modal or auxiliary before it ("the Department of Finance declined
/// to comment"); they go on reporting with "that", a modal or an
/// auxiliary ("…, and that it would cost millions", "…, and it would
/// cost millions", "…, and the money had run out").
fn without_narration(clause: &str) -> &str {
    // (Auxiliaries and modals go on reporting; not an adjective after its
    // article: "a contested convention".)
    let not_narration = |w: &str| AUXILIARIES.contains(&w) || ["might", "may", "must", "be", "been", "am"].contains(&w);
    let past = |w: &str| w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase());
    for joint in [", and ", ", but "] {
        for (at, _) in clause.match_indices(joint) {
            let words: Vec<&str> = clause[at + joint.len()..].split_whitespace().take(8).collect();
            let Some(first) = words.first() else { continue };
            let lower = first.to_lowercase();
            let subject = super::ARTICLES.contains(&lower.as_str()) || ["he", "she", "they"].contains(&lower.as_str()) || newsflow_text::is_capitalized(first);
            let verb = (1..words.len()).find(|&v| past(words[v]) && !super::ARTICLES.contains(&words[v - 1]) || not_narration(words[v]));
            if subject && verb.is_some_and(|v| past(words[v])) {
                return clause[..at].trim_end();
            }
        }
    }
    clause
}

/// Whether the words after an attribution turned round (`attribution`,
/// then `tail`) go on about its speaker: a relative clause ("who leads the
/// group"; "said an official who was not authorized", after the verb that
/// opens the attribution, not "a prosecutor who promised"), or past a
/// comma a participle or an apposition ("speaking on condition of
/// anonymity", "a spokesperson for …").
fn about_the_speaker(attribution: &str, verb_first: bool, tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("");
    let closed = attribution.trim_end().ends_with(',');
    // (After the verb and the name, any role: "…, says Devi Sridhar,
    // director of the global health governance program".)
    // (Not the clause going on, "…, said Flake, would have been", nor
    // verbs after a place, "Larimer County, Colo., claimed …, destroyed …".)
    let role = verb_first && first.starts_with(char::is_lowercase) && !newsflow_text::is_stopword(first) && !first.ends_with("ed");
    ["who", "whose"].contains(&first) || verb_first && attribution.contains(" who ") || closed && (first.ends_with("ing") || ["a", "an", "the"].contains(&first) || role)
}

/// Where the comma closing a setting that opens `tail` stands ("on
/// Tuesday, will be shared"): a setting of at most four words, opened by a
/// setting's word, and the interrupted clause going on after it in lower
/// case. (Not the rest of a name, "… Observatory for Human Rights, a
/// monitoring group"; nor a date, "at home June 17, 2017, asserting"; nor
/// a second attribution, "Saturday, the AP reported".)
fn setting_then_comma(tail: &str) -> Option<usize> {
    // (Nor a relative clause of the setting: "before the Senate, which …".)
    let no_clause_going_on = |w: &str| super::ARTICLES.contains(&w) || ["this", "that", "which", "who", "where", "when"].contains(&w);
    let comma = tail.find(',')?;
    let setting = &tail[..comma];
    let first = setting.split_whitespace().next()?.to_lowercase();
    let next = tail[comma + 1..].split_whitespace().next().unwrap_or("");
    let going_on = next.starts_with(|c: char| c.is_lowercase()) && !no_clause_going_on(next);
    (first != "for" && SETTING_OPENERS.contains(&first.as_str()) && newsflow_text::has_at_most_words(setting, 4) && going_on).then_some(comma)
}

/// A clause without the source that closes its sentence ("… near zero for
/// longer, according to minutes of the Fed's meeting"): that attributes the
/// words, it is none of them. (One in the middle stays: "…, according to a
/// new poll, but many want it repealed".)
fn without_trailing_source(clause: &str) -> &str {
    match clause.rfind(", according to ") {
        Some(at) if !clause[at + 2..].contains(',') => clause[..at].trim_end(),
        _ => clause,
    }
}

/// A clause without the "But"/"And" that joined it to the sentence before.
fn without_opening_conjunction(clause: &str) -> &str {
    let clause = clause.trim_start();
    CONJUNCTIONS.iter().find_map(|c| clause.strip_prefix(c).and_then(|rest| rest.strip_prefix(' '))).unwrap_or(clause)
}

/// The words of a sentence that attribute its reported clause.
fn attribution_words<'s>(sentence: &'s str, shape: &Shape) -> &'s str {
    match *shape {
        Shape::Forward { clause_start, .. } => tail_of(&sentence[..clause_start], 80).trim(),
        Shape::Reversed { comma, rest } => sentence[comma + 1..rest.unwrap_or(sentence.len())].trim().trim_end_matches(['.', ',']),
    }
}

/// Whether a word ends as an English plural does ("critics", not "press").
fn ends_like_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// An adverb or auxiliary between a speaker and the verb ("also said",
/// "has repeatedly argued").
/// The words without the times between them ("Flake (R-AZ) on Sunday said"
/// → "Flake (R-AZ) said").
fn untimed(words: &str) -> std::borrow::Cow<'_, str> {
    match super::without_times(words) {
        std::borrow::Cow::Owned(spaced) => std::borrow::Cow::Owned(spaced.split_whitespace().collect::<Vec<_>>().join(" ")),
        same => same,
    }
}

fn is_adverb(word: &str) -> bool {
    ["also", "then", "later", "however", "further", "earlier", "previously", "again", "recently", "once", "had", "has", "have", "was", "is"].contains(&word)
        || word.len() > 4 && word.ends_with("ly") && word.starts_with(char::is_lowercase)
}

/// Whether the words before a speech verb end in a relative pronoun, past
/// its adverbs: "who said", "which has long argued", "that the agency says".
fn relative_before(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let adverb = |w: &&str| w.ends_with("ly") || ["also", "have", "has", "had", "long", "then", "later"].contains(w);
    let first_other = words.iter().find(|w| !adverb(w)).copied().unwrap_or("");
    if ["who", "which", "that", "whom"].contains(&first_other) {
        return true;
    }
    // "that the agency says": "that" and a short subject. (Not "after that
    // he said": after a preposition "that" points back, it relates nothing.)
    const POINTING: [&str; 8] = ["after", "before", "with", "despite", "on", "for", "beyond", "besides"];
    // ("what the FBI says it is allowed to do": a clause named, not reported.)
    (0..words.len().min(3)).any(|i| words[i] == "what" || words[i] == "that" && !words.get(i + 1).is_some_and(|w| POINTING.contains(&w.to_lowercase().as_str())))
}

/// The paragraph up to the sentence (`head`), then the sentence written as
/// if its clause were quoted, and the span of that quotation: the words
/// before it let "he" find whom they name. The sentence alone when the
/// head's own marks would pair with the one written in.
fn quoted_form(head: &str, sentence: &str, shape: &Shape, verb: &regex::Regex) -> Option<(String, newsflow_text::QuoteSpan)> {
    // (Only its last sentences: "he" looks a few back, and a paragraph of a
    // thousand reported sentences must not be copied and read a thousand times.)
    let head = match head.len() > HEAD_BYTES {
        // (From the first whole sentence of the tail.)
        true => tail_of(head, HEAD_BYTES).split_once(". ").map_or("", |(_, rest)| rest),
        false => head,
    };
    let sentence_text = synthetic_sentence(sentence, shape, verb);
    let with_head = format!("{head}{sentence_text}");
    let expected = head.len() + sentence_text.find('“').map_or(0, |at| at + '“'.len_utf8());
    match newsflow_text::quote_spans(&with_head).last().copied().filter(|s| s.start == expected) {
        Some(span) => Some((with_head, span)),
        None => newsflow_text::quote_spans(&sentence_text).last().copied().map(|span| (sentence_text, span)),
    }
}

/// An attribution without the acronyms in brackets after its names ("The
/// Congressional Budget Office (CBO) warned that" → "The Congressional
/// Budget Office warned that"), for telling whether someone named speaks
/// and who: the patterns of direct quotes read a name right before its verb.
/// (Reading the acronym in those patterns cost a tenth of extract.)
fn without_acronyms(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(open) = rest.find(" (") {
        let inside = &rest[open + 2..];
        // (Only right before the next word: "Khalid Sheikh Mohammed (KSM),
        // argues" keeps it, or the name would read as an apposition's.)
        // (Or a stock ticker: "Shopify Inc. (TSX:SHOP) said", "Air Canada
        // (TSX: AC) says".)
        let ticker = |inside: &str| {
            const EXCHANGES: [&str; 9] = ["TSX", "TSXV", "TSX-V", "NYSE", "NASDAQ", "Nasdaq", "CSE", "LSE", "ASX"];
            inside.split_once(':').is_some_and(|(exchange, symbol)| EXCHANGES.contains(&exchange) && (1..=10).contains(&symbol.trim().len()) && symbol.trim().chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.'))
        };
        let acronym = inside.find(") ").filter(|&len| (2..=8).contains(&len) && inside[..len].chars().all(|c| c.is_ascii_uppercase()) || len <= 20 && ticker(&inside[..len]));
        match acronym {
            Some(len) => {
                out.push_str(&rest[..open]);
                rest = &inside[len + 1..];
            }
            None => {
                out.push_str(&rest[..open + 2]);
                rest = inside;
            }
        }
    }
    out.push_str(rest);
    out
}

/// An attribution without the relative clause between its subject and
/// verb ("The National Airlines Council of Canada, which represents Air
/// Canada, WestJet and other carriers, said" → "The National Airlines
/// Council of Canada said"): a clause with commas of its own would
/// otherwise read as an apposition of the last name inside it.
fn without_relative_clause(attribution: &str) -> std::borrow::Cow<'_, str> {
    let opening = [", which ", ", who ", ", whose "].iter().filter_map(|r| attribution.find(r)).min();
    let closing = attribution.rfind(", ");
    match opening.zip(closing) {
        Some((open, close)) if close > open => {
            let (subject, verb) = (&attribution[..open], &attribution[close + 2..]);
            // The subject a name; the verb phrase lower-case and short
            // ("said", "told reporters on Tuesday that"). (Not a name inside
            // a description: "One conservative interviewed by The Hill, who
            // requested anonymity, said".)
            let named = subject.rsplit(' ').next().is_some_and(newsflow_text::is_capitalized) && !subject.contains(" by ");
            if named && verb.starts_with(char::is_lowercase) && newsflow_text::has_at_most_words(verb, 8) {
                // An apposition before the relative clause keeps its closing
                // comma: "Rep. Tulsi Gabbard, D-Hawaii, said".
                let comma = if apposition_closes(subject) { "," } else { "" };
                return format!("{subject}{comma} {verb}").into();
            }
            attribution.into()
        }
        _ => attribution.into(),
    }
}

/// Whether the words before the verb are a noun in lower case, opening
/// the sentence after a determiner, and a relative clause about it with no
/// comma: "The company that runs the Ambassador Bridge", "A man who lives
/// nearby", "But the group which organised the rally".
fn noun_then_relative_clause(before_verb: &str) -> bool {
    if before_verb.contains(',') {
        return false;
    }
    let mut words = without_opening_conjunction(before_verb).split_whitespace();
    if !words.next().is_some_and(|w| ["The", "A", "An", "One", "the", "a", "an", "one"].contains(&w)) {
        return false;
    }
    for word in words.take(4) {
        if ["that", "who", "which"].contains(&word) {
            return true;
        }
        // (A noun, not a verb or a function word: "One is that you could …".)
        if !word.chars().all(|c| c.is_lowercase() || c == '-') || newsflow_text::is_stopword(word) {
            return false;
        }
    }
    false
}

/// An attribution without the unit a named speaker belongs to, when it is
/// no name itself ("Det. Sgt. Mike Carbone of the homicide unit said" →
/// "Det. Sgt. Mike Carbone said"): the patterns would read the unit as the
/// speaker. ("Jane Doe of the Toronto Police Service said" keeps its
/// organisation.)
fn without_affiliation<'a>(attribution: &'a str, verb: &regex::Regex) -> std::borrow::Cow<'a, str> {
    const OF_THE: &str = " of the ";
    let Some(at) = attribution.find(OF_THE) else { return attribution.into() };
    // (A name of two words at least: "One of the sources added", "Defenders
    // of the status quo say" open their sentence with a capital.)
    let mut name = attribution[..at].rsplit(' ');
    if !(name.next().is_some_and(newsflow_text::is_capitalized) && name.next().is_some_and(newsflow_text::is_capitalized)) {
        return attribution.into();
    }
    let after = &attribution[at + OF_THE.len()..];
    if let Some(organisation) = organisation_of_a_unit(after, verb) {
        return format!("{}{OF_THE}{organisation}", &attribution[..at]).into();
    }
    let mut unit_end = 0;
    for word in after.split(' ').take(5) {
        if verb.is_match(word) {
            return match unit_end {
                0 => attribution.into(),
                _ => format!("{} {}", &attribution[..at], &after[unit_end..]).into(),
            };
        }
        if !word.chars().all(|c| c.is_lowercase() || matches!(c, '-' | '’' | '\'')) {
            return attribution.into();
        }
        unit_end += word.len() + 1;
    }
    attribution.into()
}

/// "RCMP's southeast district said …" → "RCMP said …", "Toronto Police
/// Service's 55 Division said" → "Toronto Police Service said": after "of
/// the", an organisation's name in capitals whose unit follows its
/// possessive, up to four words before the speech verb; the organisation
/// and what follows the unit.
fn organisation_of_a_unit(after: &str, verb: &regex::Regex) -> Option<String> {
    let words: Vec<&str> = after.split(' ').collect();
    let possessive = words.iter().take(5).position(|w| w.ends_with("'s") || w.ends_with("’s"))?;
    if !words[..=possessive].iter().all(|w| newsflow_text::is_capitalized(w)) {
        return None;
    }
    let unit = &words[possessive + 1..];
    let verb_at = unit.iter().take(5).position(|w| verb.is_match(w))?;
    if verb_at == 0 || unit[..verb_at].iter().any(|w| w.contains([',', ';', ':', '(', ')', '"', '“', '”'])) {
        return None;
    }
    let owner = words[possessive].trim_end_matches("'s").trim_end_matches("’s");
    let name = words[..possessive].iter().copied().chain([owner]).collect::<Vec<_>>().join(" ");
    Some(format!("{name} {}", unit[verb_at..].join(" ")))
}

/// The last firm named with "&" in the text, and the text after it.
fn firm_closing(text: &str) -> Option<(String, &str)> {
    if !text.contains(" & ") {
        return None;
    }
    let (_, end, firm) = crate::entities::names_joined_by_ampersand(text).pop()?;
    Some((firm, &text[end..]))
}

/// The firm named with "&" that an attribution ends with, its verb after
/// it ("Procter & Gamble, said", "Johnson & Johnson told reporters").
fn firm_right_before_the_verb(attribution: &str) -> Option<String> {
    let (firm, after) = firm_closing(attribution)?;
    let tail = after.trim_start_matches([',', ' ']);
    (tail.starts_with(char::is_lowercase) && newsflow_text::has_at_most_words(tail, 3)).then_some(firm)
}

/// Words that open a subordinate clause, whose own verb a speech verb
/// after "and" could continue ("Bolton alleges that Trump asked Xi … and told …").
const SUBORDINATORS: [&str; 7] = ["that", "who", "which", "when", "what", "whom", "whose"];

/// Whether the words before a speech verb are one clause: no comma or other
/// break, no subordinate clause.
fn one_clause(words: &str) -> bool {
    !words.contains([',', ';', ':', '(', '—', '–']) && !words.split_whitespace().any(|w| SUBORDINATORS.contains(&w))
}

/// A verb in the present's third person singular ("calls", "says"; not "press").
fn is_present_singular(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// "According to RealClearPolitics, a poll aggregator," → "According to
/// RealClearPolitics,": the patterns read the source before its comma. (Not
/// "According to court documents, Cohen also said that": a speaker of its own.)
fn without_source_description<'a>(attribution: &'a str, verb: &regex::Regex) -> &'a str {
    match attribution.trim_start().starts_with("According to ").then(|| attribution.find(',')).flatten() {
        Some(first) if first + 1 < attribution.trim_end().len() && !verb.is_match(&attribution[first..]) => &attribution[..=first],
        _ => attribution,
    }
}

/// How many of `words` are the capitalised name opening a sentence, with
/// "of" or "for" between its capitals ("The National Council of Canadian
/// Muslims", "Centre for Addiction and …" up to "and"); no conjunction
/// opening it.
fn capitalised_subject(words: &[&str]) -> usize {
    let mut len = 0;
    while let Some(word) = words.get(len) {
        let joiner = ["of", "for"].contains(word) && len > 0 && words.get(len + 1).is_some_and(|w| newsflow_text::is_capitalized(w));
        if !(joiner || newsflow_text::is_capitalized(word) && !CONJUNCTIONS.contains(word)) {
            break;
        }
        len += 1;
    }
    len
}

/// An attribution whose speech verb is joined to the sentence's first verb,
/// without that verb's predicate ("The White House praised House
/// Republicans for … and said" → "The White House said"): the patterns read
/// the name right before the verb. One clause only, its subject capitalised
/// words (see [`QuoteFinder::subject_of_the_first_verb`]).
fn without_first_predicate<'a>(attribution: &'a str, verb: &regex::Regex) -> std::borrow::Cow<'a, str> {
    let joint = [" and ", " but "].iter().filter_map(|j| attribution.rfind(j).map(|at| (at, at + j.len()))).max();
    let Some((before, after)) = joint.map(|(at, end)| (&attribution[..at], &attribution[end..])) else { return attribution.into() };
    if verb.find(after).is_none_or(|m| m.start() != 0) || !one_clause(before) {
        return attribution.into();
    }
    let words: Vec<&str> = before.split(' ').collect();
    let subject = &words[..capitalised_subject(&words)];
    let subject_len: usize = subject.iter().map(|w| w.len() + 1).sum();
    let first_verb = before.get(subject_len..).and_then(|rest| rest.split(' ').next()).unwrap_or("");
    // The word after the capitals a verb's, in the past or the present
    // ("praised", "calls", "had"), not a role's ("White House press
    // secretary Jay Carney called"); the capitals no owner ("Espy's
    // campaign calls", "Australia’s prime minister").
    let verb_shaped = first_verb.ends_with("ed") || is_present_singular(first_verb) || ["had", "has"].contains(&first_verb) || crate::phrases::IRREGULAR_PAST.contains(&first_verb);
    let owner = subject.last().is_some_and(|w| crate::phrases::possessor(w).is_some());
    if subject.is_empty() || owner || !verb_shaped || !first_verb.starts_with(char::is_lowercase) {
        return attribution.into();
    }
    format!("{}{after}", &before[..subject_len]).into()
}

/// A role in lower case, owned or determined ("his attorney", "the
/// company's spokeswoman", "a neighbour", "the province's chief medical
/// officer of health"), up to eight words.
pub(super) fn is_role_of_someone(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    let opens = words.first().is_some_and(|w| ["his", "her", "their", "its", "the", "a", "an"].contains(w) || crate::phrases::possessor(w).is_some());
    opens && (2..=8).contains(&words.len()) && words[1..].iter().all(|w| w.starts_with(char::is_lowercase))
}

/// Whether the subject ends in an apposition of a name ("Rep. Tulsi
/// Gabbard, D-Hawaii", "Tiven, executive director of …", "Ammon Bundy, the
/// son of …"), not in a subject after an opening phrase ("In Tennessee, the
/// park", "Additionally, the firm Crowdstrike", "…, but the Justice
/// Department"): the words before its last comma are a name, opening its
/// clause.
fn apposition_closes(subject: &str) -> bool {
    let Some((before, after)) = subject.rsplit_once(", ") else { return false };
    let segment = without_opening_conjunction(before.rsplit(", ").next().unwrap_or(before));
    let opening = segment.split_whitespace().next().unwrap_or("");
    let after_conjunction = after.split_whitespace().next().is_some_and(|w| ["but", "and", "while", "as", "yet", "so", "or"].contains(&w));
    !after_conjunction
        && segment.rsplit(' ').next().is_some_and(newsflow_text::is_capitalized)
        && !newsflow_text::is_stopword(&opening.to_lowercase())
        && !opening.ends_with("ly")
}

/// The sentence written as if its reported clause were in quotation marks,
/// for the attribution rules of direct quotes (its own marks, of scare
/// quotes, left out).
fn synthetic_sentence(sentence: &str, shape: &Shape, verb: &regex::Regex) -> String {
    let unmarked = |text: &str| text.replace(QUOTATION_MARKS, "");
    match *shape {
        Shape::Forward { clause_start, .. } => {
            let clause = unmarked(sentence[clause_start..].trim());
            let attribution = without_acronyms(&unmarked(sentence[..clause_start].trim_end()));
            let attribution = without_source_description(&attribution, verb);
            let attribution = without_relative_clause(attribution);
            let attribution = without_affiliation(&attribution, verb);
            format!("{} “{clause}”", without_first_predicate(&attribution, verb))
        }
        Shape::Reversed { comma, rest } => {
            let attribution = match rest {
                Some(rest) => &sentence[comma + 1..rest],
                None => &sentence[comma + 1..],
            };
            format!("“{},” {}", unmarked(sentence[..comma].trim()), unmarked(attribution.trim().trim_end_matches(',')))
        }
    }
}

/// The length of the words before a reporting participle that leads into a
/// quotation ("Ma told reporters that help was on the way" of "…, adding
/// that the military “will be deployed …”"): the head up to the comma, when
/// nothing is quoted in it.
fn report_before_participle(head: &str) -> Option<usize> {
    // (The quotation's span may start past its opening mark.)
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || QUOTATION_MARKS.contains(&c));
    if head.contains(QUOTATION_MARKS) {
        return None;
    }
    let comma = head.rfind(", ")?;
    let participle = head[comma + 2..].split(' ').next().unwrap_or("");
    super::REPORTING_PARTICIPLES.contains(&participle).then_some(comma)
}

#[cfg(test)]
mod tests {
    /// The reported speech of the paragraphs: (clause, speaker).
    fn reported(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let (q, f) = crate::quotes::tests::setup();
        let people = f.entities(paragraphs).people;
        q.reported(paragraphs, &people, &f).into_iter().map(|q| (q.text, q.speaker)).collect()
    }

    /// Asserts that a paragraph reports exactly these clauses, with these speakers.
    fn assert_reports(paragraph: &str, expected: &[(String, Option<String>)]) {
        assert_eq!(reported(&[paragraph]), expected, "{paragraph}");
    }

    fn pair(clause: &str, speaker: &str) -> (String, Option<String>) {
        (clause.to_string(), Some(speaker.to_string()))
    }

    /// A clause of someone the text leaves unnamed.
    fn unnamed(clause: &str) -> (String, Option<String>) {
        (clause.to_string(), None)
    }

    #[test]
    fn a_pronoun_no_one_named_before_is_the_one_person_its_clause_names() {
        let found = reported(&["When Darlene Jackson started nursing in 1994, she said, a night shift meant four nurses for 28 patients."]);
        assert_eq!(found.first().and_then(|f| f.1.as_deref()), Some("Darlene Jackson"));
        // (Not a possessive's: "his lawyers said" is the lawyers'.)
        let found = reported(&["President Donald Trump has answered the questions in writing, his lawyers said Tuesday."]);
        assert!(found.iter().all(|f| f.1.as_deref() != Some("Donald Trump")), "{found:?}");
    }

    /// Subjects read past what stands between them and the verb (settings,
    /// appositions, conjunctions), owners' organisations, spokespeople, and
    /// whom "to" names.
    #[test]
    fn subjects_read_past_settings_appositions_and_owners() {
        let cases: [(&str, &str, Option<&str>); 11] = [
            ("Benjamin C. Mizer, principal deputy assistant attorney general, issued an apology in a filing and said he would require ethics classes.", "he would require ethics classes", Some("Benjamin C. Mizer")),
            ("The suspect fled the scene, RCMP Cpl. Chantal Farrah said.", "The suspect fled the scene", Some("Chantal Farrah")),
            ("The suspect fled the scene, Toronto police Const. Victor Kwong said.", "The suspect fled the scene", Some("Victor Kwong")),
            ("The court sentenced him to five years in prison, his lawyer says.", "The court sentenced him to five years in prison", None),
            ("Dennis Kelleher, president of Better Markets Inc., a bank watchdog group, said Obama needs to hold monthly meetings.", "Obama needs to hold monthly meetings", Some("Dennis Kelleher")),
            ("Trey Gowdy, R-S.C., echoing Chaffetz, also said lawmakers may seek a federal investigation.", "lawmakers may seek a federal investigation", Some("Trey Gowdy")),
            ("At a press conference earlier this morning, Cleveland police said they did not know where Stephens was.", "they did not know where Stephens was", None),
            ("A Canada Post spokesperson said in an email that deliveries would resume Monday.", "deliveries would resume Monday", Some("Canada Post")),
            ("Ukraine's air force said Sunday it shot down 62 of 75 drones.", "it shot down 62 of 75 drones", Some("Ukraine's air force")),
            ("Iran's foreign ministry says the talks will resume.", "the talks will resume", Some("Iran's foreign ministry")),
            ("A former aide to ex-mayor Carl Whitmore testified Monday that she was told to shred documents.", "she was told to shred documents", None),
        ];
        for (sentence, clause, speaker) in cases {
            let expected = match speaker {
                Some(who) => pair(clause, who),
                None => unnamed(clause),
            };
            assert_reports(sentence, &[expected]);
        }
    }

    #[test]
    fn a_stock_ticker_after_a_company_is_no_part_of_the_attribution() {
        assert_reports("Shopify (TSX:SHOP) said Tuesday its revenue rose 26 per cent in the third quarter.", &[pair("its revenue rose 26 per cent in the third quarter", "Shopify")]);
        assert_reports("Air Canada (TSX: AC) says it will add more flights to Europe next summer.", &[pair("it will add more flights to Europe next summer", "Air Canada")]);
        // A firm's legal form before the verb: the firm reports (named by
        // its name, with or without the form).
        for (sentence, firm) in [("Shopify Inc. (TSX:SHOP) said Tuesday its revenue rose 26 per cent in the third quarter.", "Shopify Inc."), ("Loblaw Companies Ltd. said its profit rose 26 per cent in the third quarter.", "Loblaw Companies Ltd.")] {
            let found = reported(&[sentence]);
            assert!(found.len() == 1 && found[0].1.as_deref().is_some_and(|s| firm.starts_with(s.trim_end_matches('.'))), "{sentence}: {found:?}");
        }
    }

    #[test]
    fn the_office_a_possessive_pronoun_owns_reports_for_its_person() {
        let found = reported(&["Premier Doug Ford was not available. His spokesperson said the premier would speak Tuesday."]);
        assert_eq!(found, vec![("the premier would speak Tuesday".to_string(), Some("Doug Ford".to_string()))]);
    }

    #[test]
    fn a_name_after_a_preposition_is_its_object_not_the_speaker() {
        let found = reported(&["As FBI director, James Comey leaked confidential memos, lied to Congress, misled a FISA court, admitted that he based his handling of the case on the polls."]);
        assert_eq!(found.first().map(|f| f.1.as_deref()), Some(Some("James Comey")));
        assert_reports("Only a small subset of adults surveyed by CNBC said that they saw their paychecks go up.", &[unnamed("they saw their paychecks go up")]);
        // (A document's author is: "a report by the GAO said".)
        assert_reports("A report by the U.S. Government Accountability Office said that the projects were over budget.", &[pair("the projects were over budget", "U.S. Government Accountability Office")]);
    }

    #[test]
    fn a_name_and_its_apposition_after_the_verb_speak_the_clause_before() {
        let clause = "In Italy, the far-right has gained space to rail against open borders";
        assert_reports(&format!("{clause}, says Cecilia Emma Sottilotta, a professor of political science at the American University of Rome."), &[pair(clause, "Cecilia Emma Sottilotta")]);
        let clause = "Rather than cut off connections, communities must work with each other";
        assert_reports(&format!("{clause}, says Devi Sridhar, director of the global health governance program at Edinburgh University."), &[pair(clause, "Devi Sridhar")]);
        // (A clause whose subject has an apposition is one.)
        let clause = "Trump, who spoke at the dinner two years ago, called to offer her some advice";
        assert_reports(&format!("Haley, a Republican star, said {clause}."), &[pair(clause, "Haley")]);
    }

    #[test]
    fn the_company_after_a_clause_is_the_organisation_the_clause_opens_with() {
        let clause = "Loblaw Companies Ltd. will cut about 500 jobs at its head office";
        assert_reports(&format!("{clause}, the company said Wednesday."), &[pair(clause, "Loblaw Companies Ltd")]);
        assert_reports(&format!("TORONTO — {clause}, the company said Wednesday."), &[pair(clause, "Loblaw Companies Ltd")]);
    }

    #[test]
    fn a_french_name_of_where_the_speaker_works_is_their_affiliation() {
        assert_reports("Const. Amélie Tremblay of the Sûreté du Québec said no charges had been laid.", &[pair("no charges had been laid", "Amélie Tremblay")]);
    }

    #[test]
    fn according_to_a_document_before_the_clause_reports_it() {
        assert_reports(
            "According to a statement from the Chiefs of Ontario, at least 30 communities remain under advisories.",
            &[pair("at least 30 communities remain under advisories", "Chiefs of Ontario")],
        );
        assert_reports("According to court documents, the suspect fled to Montreal in 2019.", &[unnamed("the suspect fled to Montreal in 2019")]);
        // (The clause starts past a date's comma.)
        let found = reported(&["According to a statement from the Canada Revenue Agency dated June 20, 2019, the charity qualifies for the designation."]);
        assert_eq!(found.first().map(|f| f.0.as_str()), Some("the charity qualifies for the designation"));
    }

    #[test]
    fn a_quantity_with_its_number_opens_a_clause() {
        assert_reports(
            "Officials said about 20,000 people had left by Thursday morning. Police said more than 100 homes were lost. She said about the plan only that it was late. He said more than 30 times that he did not recall the meeting.",
            &[unnamed("about 20,000 people had left by Thursday morning"), unnamed("more than 100 homes were lost")],
        );
    }

    #[test]
    fn the_writer_admitting_is_no_one_named() {
        let found = reported(&["But I’d like to give a shout out to “Cameron Campbell,” who wrote, “I feel so sorry for you.” Well, thanks CC. Yeah, it was, I’ll admit, a little embarrassing."]);
        assert!(found.iter().all(|(_, speaker)| speaker.is_none()), "{found:?}");
    }

    #[test]
    fn people_described_or_spoken_for_report_unnamed() {
        let found = reported(&["Small business owners say the strike is costing them thousands. A spokesperson for the prime minister's office said the government is monitoring the talks."]);
        assert_eq!(found, vec![unnamed("the strike is costing them thousands"), unnamed("the government is monitoring the talks")]);
        let found = reported(&["In Douglas County, Sheriff Tony Spurlock, who is a former director of the state sheriff’s association, told me the worries extended to younger cops."]);
        assert_eq!(found, vec![pair("the worries extended to younger cops", "Tony Spurlock")]);
    }

    #[test]
    fn a_plural_present_reports_and_plurals_for_a_cause_are_unnamed() {
        // "argue", "insist", "contend" take their clause bare; "warn" with "that".
        let found = reported(&["Critics argue the exemption has done little to increase supply. Landlords insist the rules are unfair. Health experts warn that the virus could spread quickly."]);
        assert_eq!(found, vec![unnamed("the exemption has done little to increase supply"), unnamed("the rules are unfair"), unnamed("the virus could spread quickly")]);
        // A plural "for" a cause or a contest speaks for no one named; a
        // plural in "-ists" opening the sentence is no name.
        let found = reported(&["Advocates for the homeless said the shelters are full. Mrs. Clinton’s two major opponents for the Democratic nomination argue they’ve been consistent on Hispanic-rights issues. Purists insist that only wine from Champagne is champagne."]);
        assert_eq!(found, vec![unnamed("the shelters are full"), unnamed("they’ve been consistent on Hispanic-rights issues"), unnamed("only wine from Champagne is champagne")]);
        // But lawyers for someone speak for them; the writer's "(I'd
        // contend" reports nothing; a phrase closed by a colon links no group.
        let found = reported(&["Lawyers for Donald Trump said the subpoena was invalid. (I'd contend I'm still not.) We know two things for sure: Comey unambiguously stated that the agents did not find that Flynn had lied."]);
        assert_eq!(found, vec![pair("the subpoena was invalid", "Donald Trump"), pair("the agents did not find that Flynn had lied", "Comey")]);
    }

    #[test]
    fn a_name_in_apposition_with_its_affiliation_or_a_capitalised_role() {
        assert_reports(
            "Their lawyer, Benjamin Ries of the Tenant Duty Counsel Program, said the ruling sends a message to other landlords. Ramy Houssaini, Chief Cyber Solutions Officer at Cloudflare, said boards are starting to weigh resilience more heavily.",
            &[pair("the ruling sends a message to other landlords", "Benjamin Ries"), pair("boards are starting to weigh resilience more heavily", "Ramy Houssaini")],
        );
    }

    #[test]
    fn an_embassy_speaks_as_an_organisation() {
        assert_reports("The Chinese Embassy in Ottawa said her human rights were violated and demanded she be freed.", &[pair("her human rights were violated and demanded she be freed", "Chinese Embassy")]);
    }

    #[test]
    fn words_that_point_back_at_a_quotation_report_nothing() {
        let found = reported(&["\"I've never seen it this bad.\" That's what Maria Lopez, a paramedic in Halifax, told CBC News this week."]);
        assert!(found.is_empty(), "{found:?}");
        // Nor does what a thing is called after a comma.
        let found = reported(&["Like its rivals, the service has a built-in ad blocker, too, called CleanWeb. The company launched a new app, called Pulse, last year."]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn according_to_a_group_with_no_determiner_reports_unnamed() {
        let found = reported(&["The man was pronounced dead at the scene, according to police. According to Halifax police, the driver fled on foot. According to health officials, the risk remains low."]);
        assert_eq!(found, vec![unnamed("The man was pronounced dead at the scene"), unnamed("the driver fled on foot"), unnamed("the risk remains low")]);
        // (Not a document of theirs: no group closes the phrase.)
        let found = reported(&["The man had two prior convictions, according to police records obtained by the paper."]);
        assert!(found.iter().all(|(_, speaker)| speaker.is_none()), "{found:?}");
    }

    #[test]
    fn an_agency_reports_and_the_longest_name_after_the_wins() {
        let found = reported(&["Reuters reported that the talks had stalled. The EU said the talks would resume. The industry employed 2.9 million people, according to the US Department of Labor."]);
        assert_eq!(found, vec![pair("the talks had stalled", "Reuters"), pair("the talks would resume", "EU"), pair("The industry employed 2.9 million people", "US Department of Labor")]);
    }

    #[test]
    fn a_time_between_a_name_and_its_verb_is_read_past() {
        let found = reported(&["Committee member Jane Haugland spoke on Monday. Haugland has for years insisted that delegates cannot be restricted from voting."]);
        assert_eq!(found, vec![pair("delegates cannot be restricted from voting", "Jane Haugland")]);
    }

    #[test]
    fn someone_kept_anonymous_at_a_place_reports_unnamed() {
        let found = reported(&["A volunteer at the reception centre, who asked not to be named because she was not authorized to speak, said the centre had run out of cots."]);
        assert_eq!(found, vec![unnamed("the centre had run out of cots")]);
        // (Described by a participle.)
        let found = reported(&["A senior Republican aide, speaking on condition of anonymity because he was not authorized to discuss private talks, said leaders had agreed to take up a border bill."]);
        assert_eq!(found, vec![unnamed("leaders had agreed to take up a border bill")]);
        // (Several, or a group.)
        assert_reports(
            "Two nurses, who spoke on condition of anonymity, said morale is at an all-time low. Hospital staff, who asked not to be named, said the wards are full. Hospital staff said shifts often run past sixteen hours.",
            &[unnamed("morale is at an all-time low"), unnamed("the wards are full"), unnamed("shifts often run past sixteen hours")],
        );
    }

    #[test]
    fn a_role_of_a_place_or_a_body_reports_unnamed() {
        let found = reported(&["Quebec's immigration minister says the province will not accept more asylum seekers. The province's health minister said the hospitals are full."]);
        assert_eq!(found, vec![unnamed("the province will not accept more asylum seekers"), unnamed("the hospitals are full")]);
        // The person the article titles with that role is its holder (not
        // one titled with another specialty of its last word).
        let found = reported(&[
            "Winnipeg's police chief says every officer will wear a body camera by next summer. Quebec's finance minister said the deficit will shrink next year.",
            "Chief Gene Bowers told reporters the cameras will build trust. Health Minister Michelle Thompson spoke next.",
        ]);
        assert_eq!(found[0], pair("every officer will wear a body camera by next summer", "Gene Bowers"));
        assert_eq!(found[1], unnamed("the deficit will shrink next year"));
        // An owner named in more than one word, a role of up to four.
        let found = reported(&["Prince Edward Island's chief public health officer said the risk remains low. President Trump's economic adviser said Sunday the administration will be tougher on spending."]);
        assert_eq!(found, vec![unnamed("the risk remains low"), unnamed("the administration will be tougher on spending")]);
    }

    #[test]
    fn a_participle_reports_with_no_speech_verb_before_it() {
        let found = reported(&["Conservative Leader Pierre Poilievre blamed the Liberals for the backlog, saying the government lost control of the system."]);
        assert_eq!(found, vec![pair("the government lost control of the system", "Pierre Poilievre")]);
        // A place or an organisation opening the sentence is its subject.
        let found = reported(&["Japan has criticized Donald Trump for leaving the trade pact, saying the deal would have benefited all members."]);
        assert_eq!(found, vec![pair("the deal would have benefited all members", "Japan")]);
        let found = reported(&["The Bank of Canada held its key interest rate steady Wednesday, saying it wants to see more evidence."]);
        assert_eq!(found, vec![pair("it wants to see more evidence", "Bank of Canada")]);
    }

    #[test]
    fn a_described_organisation_noun_after_a_lead_is_the_organisation_it_opens_with() {
        let found = reported(&["The TTC will cut service on five bus routes in the new year, the transit agency confirmed Monday."]);
        assert_eq!(found, vec![pair("The TTC will cut service on five bus routes in the new year", "TTC")]);
    }

    #[test]
    fn a_government_named_by_city_of_speaks() {
        let found = reported(&["The City of Montreal, which runs most of the shelters, says it needs $40 million more this winter."]);
        assert_eq!(found, vec![pair("it needs $40 million more this winter", "City of Montreal")]);
    }

    #[test]
    fn a_list_of_names_before_a_comma_is_no_clause() {
        let found = reported(&["Reps. Raúl Labrador of Idaho, Mark Meadows of North Carolina and Jim Jordan of Ohio asked for a meeting with the speaker."]);
        assert_eq!(found, vec![]);
    }

    #[test]
    fn a_time_between_the_subject_and_its_verb() {
        let found = reported(&["Putin earlier in the day said at a press conference that he believes the talks will go on."]);
        assert_eq!(found, vec![pair("he believes the talks will go on", "Putin")]);
    }

    #[test]
    fn a_clause_after_the_verb_with_or_without_that() {
        let found = reported(&["Prime Minister Justin Trudeau said the federal government would cover the cost of the repairs. Finance Minister Chrystia Freeland told reporters on Tuesday that the deficit will shrink next year."]);
        assert_eq!(found, vec![pair("the federal government would cover the cost of the repairs", "Justin Trudeau"), pair("the deficit will shrink next year", "Chrystia Freeland")]);
    }

    #[test]
    fn an_owner_a_frequency_and_a_plural_group_are_no_report_of_a_person() {
        // "her story" is owned, not told to her; "many times" is how often.
        let found = reported(&[
            "When Beverly Nelson told her story on CNN about the night in the 1970s, her voice quavered.",
            "Obama did it on his own. He did not wait for Congress as he said many times he had to do.",
            "Jane Fox told her the plan had failed.",
        ]);
        assert_eq!(found, vec![pair("the plan had failed", "Jane Fox")]);
        // A plural of people is a group, no one named.
        let found = reported(&["Hillary Clinton has kept away. Several Democrats said she should headline a rally soon."]);
        assert_eq!(found, vec![unnamed("she should headline a rally soon")]);
    }

    /// One sentence, one report: its words and who spoke them.
    #[test]
    fn reports_and_their_speakers_in_one_sentence() {
        let cases = [
            // The source that carried the words follows their speaker's attribution.
            ("The exercise will involve 38,000 military personnel and 41 warships, Sergei Shoigu said, according to Tass.", "The exercise will involve 38,000 military personnel and 41 warships", "Sergei Shoigu"),
            // An organisation after "the" keeps all its capitalised words.
            ("Some 800 million people worldwide do not have enough to eat, according to the UN World Food Program.", "Some 800 million people worldwide do not have enough to eat", "UN World Food Program"),
            // A party in apposition describes the name before it.
            ("Rep. Gregory Meeks, New York Democrat, said Saturday that some Republicans who voted against the relief funds are mean-spirited.", "some Republicans who voted against the relief funds are mean-spirited", "Gregory Meeks"),
            // A setting after a parenthetical attribution is not the clause; the clause goes on otherwise.
            ("President Vladimir Putin spoke on Sunday. But this was the worst-case scenario, he added, in the documentary broadcast on state-run channel Rossiya One.", "this was the worst-case scenario", "Vladimir Putin"),
            ("The plan, Jane Smith said, will fail within a year of its start.", "The plan will fail within a year of its start", "Jane Smith"),
        ];
        for (sentence, words, speaker) in cases {
            assert_eq!(reported(&[sentence]), vec![pair(words, speaker)], "{sentence}");
        }
        assert_eq!(reported(&["Support for the plan rose by 10 points among Republicans, according to the Fox News poll."]).len(), 1);
    }

    #[test]
    fn a_question_put_to_the_speaker_is_not_what_they_said() {
        let found = reported(&["Asked whether there was any factual basis to support allegations against Biden, Kent replied: \"None whatsoever.\""]);
        assert_eq!(found, vec![]);
        let found = reported(&["Pressed on the timing of the new rules for the banks, Kent said later."]);
        assert_eq!(found, vec![]);
    }

    #[test]
    fn a_listener_with_a_setting_and_a_group_described_by_capitals() {
        let found = reported(&["Senate Majority Leader Mitch McConnell told Republican senators at a policy lunch Tuesday that he will announce the date this week."]);
        assert_eq!(found, vec![pair("he will announce the date this week", "Mitch McConnell")]);
        // ("that" after the clause's own verb is the clause's.)
        let found = reported(&["Senator Dick Durbin told reporters the senators' plan is on a trajectory that mirrors the president's."]);
        assert_eq!(found, vec![pair("the senators' plan is on a trajectory that mirrors the president's", "Dick Durbin")]);
        let found = reported(&["In Barcelona, 61 injured are still in the hospital, according to Spanish officials."]);
        assert_eq!(found, vec![unnamed("In Barcelona, 61 injured are still in the hospital")]);
    }

    #[test]
    fn according_to_a_source_the_article_does_not_name() {
        let found = reported(&[
            "The federal government has drawn up a list of goods worth $30 billion, according to two sources familiar with the plan.",
            "The list includes orange juice and bourbon, according to a senior official who spoke on condition of anonymity.",
            "Finance Minister Dominic LeBlanc will announce the plan on Friday, according to his office.",
            "Congress has recessed until the new year, according to a spokeswoman, after a vote on Tuesday.",
            "The extension is expected to cost $12 million, according to a city staff report.",
        ]);
        assert_eq!(
            found,
            vec![
                unnamed("The federal government has drawn up a list of goods worth $30 billion"),
                unnamed("The list includes orange juice and bourbon"),
                unnamed("Finance Minister Dominic LeBlanc will announce the plan on Friday"),
                unnamed("Congress has recessed until the new year"),
                unnamed("The extension is expected to cost $12 million"),
            ]
        );
    }

    #[test]
    fn a_setting_then_a_pronoun_opening_the_clause() {
        let found = reported(&["Air Canada said on Friday it would begin cancelling flights over the weekend.", "Jane Smith said in a statement they were ready to strike."]);
        assert_eq!(found, vec![pair("it would begin cancelling flights over the weekend", "Air Canada"), pair("they were ready to strike", "Jane Smith")]);
        // (Not a preposition's object.)
        assert!(reported(&["The mayor spoke about it at length and said in it nothing new."]).is_empty());
        // (Nor a pronoun inside the clause: its subject came first.)
        let found = reported(&["Assemblywoman Michaelle Solages said Tuesday the bill she submitted would end the practice."]);
        assert_eq!(found, vec![pair("the bill she submitted would end the practice", "Michaelle Solages")]);
        let found = reported(&["The White House said Friday newly revealed records show there is bias at the agency."]);
        assert!(found.iter().all(|(clause, _)| !clause.starts_with("there")), "{found:?}");
    }

    #[test]
    fn a_group_after_its_place_and_a_time_in_lower_case_abbreviations() {
        let found = reported(&["A man has been charged with murder after a stabbing downtown, Hamilton police say.", "Officers were called around 2:30 a.m. and found a man with serious injuries, police said in a news release."]);
        assert_eq!(
            found,
            vec![unnamed("A man has been charged with murder after a stabbing downtown"), unnamed("Officers were called around 2:30 a.m. and found a man with serious injuries")]
        );
    }

    #[test]
    fn acronyms_in_brackets_leave_the_attribution() {
        assert_eq!(super::without_acronyms("The Congressional Budget Office (CBO) warned that"), "The Congressional Budget Office warned that");
        assert_eq!(super::without_acronyms("Pramila Jayapal (WA) said (in part)"), "Pramila Jayapal said (in part)");
        assert_eq!(super::without_acronyms("Robert Mueller (Bob) said"), "Robert Mueller (Bob) said", "no acronym");
        assert_eq!(super::without_acronyms("Khalid Sheikh Mohammed (KSM), argues"), "Khalid Sheikh Mohammed (KSM), argues", "before a comma");
        assert_eq!(super::without_acronyms("unclosed (ABC"), "unclosed (ABC");
    }

    #[test]
    fn an_organisation_with_its_acronym_and_then_its_noun() {
        let found = reported(&[
            "Junior doctors will strike for five days this month, the British Medical Association (BMA) has announced.",
            "The walkout will begin on 27 June and end on 2 July, the association said.",
            "The Congressional Budget Office (CBO) warned last week that the federal debt will hit $33 trillion in 2028.",
        ]);
        assert_eq!(
            found,
            vec![
                pair("Junior doctors will strike for five days this month", "British Medical Association"),
                pair("The walkout will begin on 27 June and end on 2 July", "British Medical Association"),
                pair("the federal debt will hit $33 trillion in 2028", "Congressional Budget Office"),
            ]
        );
        // (A noun of another kind is not the organisation that spoke last.)
        let found = reported(&["Junior doctors will strike for five days this month, the British Medical Association (BMA) has announced.", "Flights will be cut by half, the airline said."]);
        assert_eq!(found[1], unnamed("Flights will be cut by half"));
    }

    #[test]
    fn advice_after_the_verb_is_no_clause_before_it() {
        assert!(reported(&["For the perfect garden-inspired floral moment, Helmstetter says to use wide, low vessels."]).is_empty());
    }

    #[test]
    fn having_said_that_reports_nothing() {
        assert!(reported(&["Having said that, I believe the pope will stay popular for a long time to come."]).is_empty());
    }

    #[test]
    fn a_named_speaker_of_a_unit_in_lower_case() {
        assert_eq!(
            reported(&["Det. Sgt. Mike Carbone of the homicide unit said investigators believe the shooting was targeted."]),
            [pair("investigators believe the shooting was targeted", "Mike Carbone")]
        );
        assert_eq!(reported(&["One of the bartenders said Sayoc used to work there several years ago."]), [unnamed("Sayoc used to work there several years ago")]);
    }

    #[test]
    fn a_named_subject_read_past_what_surrounds_it() {
        for (sentence, clause, speaker) in [
            // A firm named with "&".
            ("The company’s parent, Procter & Gamble, said profits rose 2 per cent.", "profits rose 2 per cent", "Procter & Gamble"),
            ("Sports & Entertainment Atlantic said construction could begin next spring.", "construction could begin next spring", "Sports & Entertainment Atlantic"),
            // A relative clause about the subject of the first verb.
            ("President Donald Trump, who has long advocated for lower rates, cheered the rate cut but said the Fed needed to cut further.", "the Fed needed to cut further", "Donald Trump"),
            // An aside in dashes before the verb.
            ("Maria Santos — who employs 12 people — said she has considered moving to Mississauga.", "she has considered moving to Mississauga", "Maria Santos"),
            ("Jamie Raskin -- a former law professor -- said the case was clear.", "the case was clear", "Jamie Raskin"),
        ] {
            assert_reports(sentence, &[pair(clause, speaker)]);
        }
    }

    #[test]
    fn people_in_a_place_speak_unnamed_not_the_place() {
        assert_reports("Lobster fishers in southwest Nova Scotia say a proposed wind farm could wreck the fishing grounds.", &[unnamed("a proposed wind farm could wreck the fishing grounds")]);
        assert_reports("Senators in both parties have warned that the plan would fail.", &[unnamed("the plan would fail")]);
        assert_reports("Small business owners along Queen Street West say rents are pushing them out.", &[unnamed("rents are pushing them out")]);
        // ("on" only after a plural opening the sentence: not a clause
        // further back, "… benchmarks on the SAT—what the College Board says".)
        assert_reports("Republicans on the committee have argued that the witness was biased.", &[unnamed("the witness was biased")]);
        // (A pronoun speaking after such words is someone named before.)
        let found = reported(&["Asa Hutchinson led the review.", "He eased off on the call for armed officers in every school -- he said it's important for every school to have one."]);
        assert_eq!(found.last().and_then(|f| f.1.as_deref()), Some("Asa Hutchinson"), "{found:?}");
    }

    #[test]
    fn a_named_speaker_of_an_organisations_unit() {
        // (The last: a unit in lower case after the possessive, the
        // determiner far from the verb.)
        for (unit, speaker) in [
            ("Sgt. Marie-Claude Leblanc of the RCMP's southeast district", "Marie-Claude Leblanc"),
            ("Staff Sgt. Amy Chen of the Toronto Police Service’s 55 Division", "Amy Chen"),
            ("Insp. Dan Ross of the Peel Regional Police's major collision bureau", "Dan Ross"),
        ] {
            assert_reports(&format!("{unit} said the driver was not impaired."), &[pair("the driver was not impaired", speaker)]);
        }
    }

    #[test]
    fn a_noun_and_its_relative_clause_opening_the_sentence_speak_unnamed() {
        assert_eq!(reported(&["The company that runs the Ambassador Bridge said it had not yet seen a drop in traffic."]), [unnamed("it had not yet seen a drop in traffic")]);
        assert_eq!(reported(&["A local man who lives nearby said he heard at least five shots."]), [unnamed("he heard at least five shots")]);
    }

    #[test]
    fn a_relative_clause_with_commas_between_the_subject_and_its_verb() {
        assert_eq!(
            reported(&["The National Airlines Council of Canada, which represents Air Canada, WestJet and other carriers, said the rules would increase costs."]),
            [pair("the rules would increase costs", "National Airlines Council of Canada")]
        );
        assert_eq!(super::without_relative_clause("In Ottawa, which was cold, Smith said"), "In Ottawa, which was cold, Smith said");
        assert_eq!(
            reported(&["Rep. Tulsi Gabbard, D-Hawaii, who voted present on both articles, said she worked for the country."]),
            [pair("she worked for the country", "Tulsi Gabbard")]
        );
        for (subject, apposition) in [
            ("Rep. Tulsi Gabbard, D-Hawaii", true),
            ("But Tiven, executive director of Immigration Equality", true),
            ("In Tennessee, the Great Smoky Mountains National Park", false),
            ("Additionally, the cybersecurity firm Crowdstrike", false),
            ("The initiative covers a fifth of the costs, but the Justice Department", false),
        ] {
            assert_eq!(super::apposition_closes(subject), apposition, "{subject}");
        }
        assert_eq!(reported(&["One conservative interviewed by The Hill, who requested anonymity, said he viewed the tweet as a tactic."])[0].1, None);
    }

    #[test]
    fn an_organisation_keeps_its_whole_name() {
        let found = reported(&[
            "The Justice Department announced Wednesday that it will not retry John Edwards after a mistrial.",
            "Recently, the US Department of Agriculture reported that supermarket prices rose just 2.9 percent in 2014.",
            "The U.S. District Court for the District of Columbia said Tuesday that the rule was unlawful.",
        ]);
        let speakers: Vec<Option<&str>> = found.iter().map(|(_, who)| who.as_deref()).collect();
        assert_eq!(speakers, [Some("Justice Department"), Some("US Department of Agriculture"), Some("U.S. District Court for the District of Columbia")]);
    }

    /// A clause before its attribution, a role and a pronoun standing for
    /// the person named, a name's office speaking for it.
    #[test]
    fn reports_across_paragraphs() {
        let cases: [(&[&str], Vec<(String, Option<String>)>); 3] = [
            (&["Health Minister Mark Holland spoke on Monday.", "The new rules will take effect in the spring, Holland said in a statement."], vec![pair("The new rules will take effect in the spring", "Mark Holland")]),
            (&["Armenian Prime Minister Nikol Pashinyan met the delegation.", "The Armenian prime minister also said that the issue of prisoners remains unresolved. He said talks would resume in May."], vec![pair("the issue of prisoners remains unresolved", "Nikol Pashinyan"), pair("talks would resume in May", "Nikol Pashinyan")]),
            (&["Alberta Premier Danielle Smith met the mayors on Monday.", "Smith's office said the province would not wait for Ottawa to act. Smith’s lawyers have argued that the order is void."], vec![pair("the province would not wait for Ottawa to act", "Danielle Smith"), pair("the order is void", "Danielle Smith")]),
        ];
        for (paragraphs, expected) in cases {
            assert_eq!(reported(paragraphs), expected, "{paragraphs:?}");
        }
    }

    #[test]
    fn a_pronoun_after_the_verb_may_open_the_clause() {
        let found = reported(&["However, one retired Philadelphia police officer, who told FoxNews.com he has resumed carrying his gun, said he was disgusted."]);
        assert!(found.iter().all(|(clause, _)| !clause.starts_with("However")), "{found:?}");
    }

    #[test]
    fn a_speech_verb_joined_to_the_first_shares_its_subject() {
        let found = reported(&[
            "Ontario Premier Doug Ford called the plan a disaster and said the province would keep fighting it in court.",
            "Lawmakers praised the choice but said the cabinet should act quickly to fill the post.",
            "Bolton alleges that Trump also asked Xi for help and told the leader that voters wanted him to stay.",
            "When governments step in with their bayonets and say the plan is dead, nobody listens.",
            "The Alberta Teachers' Association welcomed the announcement but said it would not fix crowded classrooms.",
            "The Internet creates a platform for individuals to express themselves and say what they think of it.",
            "The National Council of Canadian Muslims called the bill discriminatory and said it would challenge it in court.",
            "The White House praised House Republicans for deciding to forgo a fight and said President Obama would likely sign the extension.",
        ]);
        assert_eq!(
            found,
            vec![
                pair("the province would keep fighting it in court", "Doug Ford"),
                unnamed("the cabinet should act quickly to fill the post"),
                pair("it would not fix crowded classrooms", "Alberta Teachers' Association"),
                pair("it would challenge it in court", "National Council of Canadian Muslims"),
                pair("President Obama would likely sign the extension", "White House"),
                // (Not Bolton telling: "told" is Trump's, inside what
                // Bolton alleges.)
            ]
        );
    }

    #[test]
    fn a_report_opening_with_a_quantity_and_a_group_that_reports_it() {
        let found = reported(&[
            "More than 100 people were hurt in the blast, police said.",
            "According to the Canadian Red Cross, about 30 per cent of the homes were lost.",
            "And there is still hope for the families, health officials said Tuesday.",
            "Asked whether there was any basis for the claim, the minister said nothing.",
            "FORT McMURRAY, Alta. (CP) — Thousands of residents were ordered out of their homes, officials said.",
            "More than 100 people have asked for tickets, organizers said, though the hall holds 75.",
            "And while the cause is unclear, investigators said, the fire started in the kitchen.",
        ]);
        assert_eq!(
            found,
            vec![
                unnamed("More than 100 people were hurt in the blast"),
                pair("about 30 per cent of the homes were lost", "Canadian Red Cross"),
                unnamed("there is still hope for the families"),
                unnamed("Thousands of residents were ordered out of their homes"),
                unnamed("More than 100 people have asked for tickets though the hall holds 75"),
                unnamed("the fire started in the kitchen"),
            ]
        );
    }

    /// One sentence each: someone related by a possessive, people of a named
    /// body, a source closing the sentence, a sentence adverb before the
    /// clause, someone unnamed past a relative clause, a plural of people
    /// before "of" ("Critics of the law say").
    #[test]
    fn reports_of_one_sentence() {
        let cases: [(&str, (String, Option<String>)); 14] = [
            ("Defence lawyer Ryan Amy spoke to reporters. The victim's mother said her son still has nightmares.", unnamed("her son still has nightmares")),
            ("Fed policymakers said they were inclined to keep interest rates near zero for longer.", unnamed("they were inclined to keep interest rates near zero for longer")),
            ("Toronto police said two men were arrested on Friday night.", unnamed("two men were arrested on Friday night")),
            // The writer's narration joined after the report is none of it;
            // a modal goes on reporting.
            ("Smith said the plan would fail, and the council agreed with her on Monday night.", pair("the plan would fail", "Smith")),
            ("Jones said the plan would fail, and it would cost the city millions of dollars.", pair("the plan would fail, and it would cost the city millions of dollars", "Jones")),
            // A report of its own after a quotation and its attribution.
            ("“Quebec will be at the table,” Joly told reporters, while Duclos said the federal government would pay half the cost.", pair("the federal government would pay half the cost", "Duclos")),
            ("Police said the driver fled the scene on foot after the crash, according to a news release.", unnamed("the driver fled the scene on foot after the crash")),
            ("Health Minister Adrian Dix spoke on Monday. He acknowledged, however, that more work needs to be done.", pair("more work needs to be done", "Adrian Dix")),
            ("A source, who spoke on condition of anonymity because they were not authorized to discuss the matter, said the deal was close.", unnamed("the deal was close")),
            ("Critics of the law say it is little more than a pretext to close the clinics.", unnamed("it is little more than a pretext to close the clinics")),
            ("The cost, Premier Doug Ford said on Tuesday, will be shared with Ottawa.", pair("The cost will be shared with Ottawa", "Doug Ford")),
            // The attribution going on about its speaker.
            ("The plan will fail, said John Smith, who leads the residents' group.", pair("The plan will fail", "John Smith")),
            ("Most of the chemicals can be shipped out of the country, said Paul Walker, an analyst at Green Cross.", pair("Most of the chemicals can be shipped out of the country", "Paul Walker")),
            ("The strike was chosen because of the target, said one senior official, speaking on condition of anonymity.", unnamed("The strike was chosen because of the target")),
        ];
        for (sentence, expected) in cases {
            assert_eq!(reported(&[sentence]), vec![expected], "{sentence}");
        }
    }

    #[test]
    fn a_group_in_capitals_and_a_condition_name_no_one() {
        let found = reported(&[
            "Senate Republicans told reporters late Thursday that there was a strong possibility of a deal.",
            "If Trump had said four years ago the things he says today, I would not have accepted it.",
            "If elected, Smith said he would cut taxes for every family in the province.",
            "Akin is a devout Christian who believes he was called to run, Republican sources say.",
            "Castro was examined only once, his attorney, Jaye Schlachet, told The Associated Press early Wednesday.",
        ]);
        assert_eq!(
            found,
            vec![
                unnamed("there was a strong possibility of a deal"),
                pair("he would cut taxes for every family in the province", "Smith"),
                unnamed("Akin is a devout Christian who believes he was called to run"),
                pair("Castro was examined only once", "Jaye Schlachet"),
            ]
        );
    }

    #[test]
    fn a_long_role_in_commas_before_the_name_closes_the_clause() {
        assert_reports(
            "Ontario will end masking in schools next month, the province's chief medical officer of health, Dr. Kieran Moore, said Thursday.",
            &[pair("Ontario will end masking in schools next month", "Kieran Moore")],
        );
    }

    #[test]
    fn according_to_a_document_its_issuer_or_no_one() {
        let found = reported(&[
            "Two officers were injured in the crash, according to a statement from the RCMP.",
            "The suspect was released on bail last week, according to court documents filed in Toronto.",
            "Food prices rose 5.8 per cent last year, according to figures from Statistics Canada.",
            "Border crossings fell by half in May, according to CBP data.",
        ]);
        assert_eq!(
            found,
            vec![
                pair("Two officers were injured in the crash", "RCMP"),
                unnamed("The suspect was released on bail last week"),
                pair("Food prices rose 5.8 per cent last year", "Statistics Canada"),
                pair("Border crossings fell by half in May", "CBP"),
            ]
        );
    }

    #[test]
    fn according_to_before_or_after_the_clause() {
        assert_eq!(
            reported(&["According to Aaron Stein, a nonresident fellow at the Atlantic Council, the killing was in retaliation for a bombing."]),
            [pair("the killing was in retaliation for a bombing", "Aaron Stein")]
        );
        assert_eq!(
            reported(&["According to RealClearPolitics, a poll aggregator, Clinton leads Mr. Trump in eight of the nine polls."]),
            [pair("Clinton leads Mr. Trump in eight of the nine polls", "RealClearPolitics")]
        );
        let found = reported(&["According to the RCMP, the driver fled the scene on foot.", "The fire started in the kitchen of the home, according to Fire Chief Dave Morin."]);
        assert_eq!(found.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(), vec!["the driver fled the scene on foot", "The fire started in the kitchen of the home"]);
        assert_eq!(found[1].1.as_deref(), Some("Dave Morin"));
    }

    #[test]
    fn no_clause_no_reported_speech() {
        // An object, a setting without "that", an infinitive, a verb that
        // reports only with "that", a sentence with quotation marks, a
        // relative clause after a setting, a clause joined by "and" and a
        // thing after the verb (no attributions turned round).
        let found = reported(&[
            "Demonstrators pelted officers with rocks and bottles, and officers fired back with tear gas.",
            "His counterpart on the committee, Dianne Feinstein, called the hacking intolerable.",
            "When Aspin made bad decisions, he testified before the Senate, which examined his job performance.",
            "The company added 300 jobs in the last quarter of the year.",
            "Mayor Olivia Chow said in an interview on the radio.",
            "Chow told the council to delay the vote until the fall.",
            "Chow said the plan was “a good start for the city,” and left.",
        ]);
        assert_eq!(found, vec![]);
    }

    #[test]
    fn a_report_before_a_participle_that_leads_into_a_quotation() {
        let got = reported(&["Bowinn Ma told reporters in Victoria that help was on the way, adding that the military “will be deployed as soon as the roads are open.”"]);
        assert_eq!(got, [("help was on the way".to_string(), Some("Bowinn Ma".to_string()))]);
        // (A quotation inside the words before the participle leaves them to the direct quotes.)
        let got = reported(&["Bowinn Ma said the “whole system” had failed them all, adding that the military “will be deployed as soon as the roads are open.”"]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_participle_clause_and_a_scare_quote_inside_the_clause() {
        let found = reported(&["Putin highlighted the importance of the agreement, saying that the main objective was to end the bloodshed. He said the fighting was not caused by “external” forces in the region."]);
        assert_eq!(found, vec![pair("the main objective was to end the bloodshed", "Putin"), pair("the fighting was not caused by “external” forces in the region", "Putin")]);
        // (The participle's comma may stand inside a scare quote's closing mark.)
        let found = reported(&["House Speaker John Boehner called the leak “a national disgrace,” arguing that the disclosure puts lives at risk."]);
        assert_eq!(found, vec![pair("the disclosure puts lives at risk", "John Boehner")]);
    }

    #[test]
    fn the_dateline_is_no_part_of_the_clause() {
        let found = reported(&["OTTAWA — Canada will send more aid to the region, Foreign Affairs Minister Mélanie Joly said Friday."]);
        assert_eq!(found, vec![pair("Canada will send more aid to the region", "Mélanie Joly")]);
    }

    #[test]
    fn someone_unnamed_speaks_but_idioms_infinitives_and_the_writer_do_not() {
        let found = reported(&[
            "Some experts say the money will be eaten up by rising construction costs.",
            "That said, the plan still needs the approval of the council.",
            "The urge to say yes to every offer is hard to resist for most of us.",
            "To say he flamed out would be inaccurate in that he never lit up in the first place.",
            "I’d say the second model is the better buy for most families.",
        ]);
        assert_eq!(found, vec![unnamed("the money will be eaten up by rising construction costs")]);
    }

    #[test]
    fn a_relative_clause_and_a_quotation_introduced_are_no_reported_speech() {
        let found = reported(&[
            "Wipe surfaces with products that the agency says are effective against the virus.",
            "In the New York Times, for instance, Mark Leibovich wrote:",
            "Support rose from the 34 percent of voters who said the same in 2016.",
            "Then there’s the question of what the FBI says it is legally allowed to do.",
            "“Shouldn't this experience make us less willing to rely on the same experts?” Laura Ingraham asked later that night, making air quotes with her fingers.",
        ]);
        assert_eq!(found, vec![]);
    }

    #[test]
    fn a_sentence_inside_a_quotation_is_quoted_and_a_clause_after_the_verb_is_no_setting() {
        let found = reported(&[
            "Clinton said: “Well, he called Mexicans rapists and criminals. He said a federal judge was unqualified because of his heritage.”",
            "In a visit to a health centre in Austin on Friday, Sebelius acknowledged more testing would help.",
        ]);
        assert_eq!(found, vec![]);
    }

    #[test]
    fn a_plural_opening_the_sentence_and_a_name_before_a_long_apposition() {
        let found = reported(&[
            "But campaigners argued the measures did not go far enough.",
            "Feargal Sharkey, a former musician who now campaigns for cleaner rivers, said regulators had failed for decades to enforce the law.",
        ]);
        assert_eq!(found, vec![unnamed("the measures did not go far enough"), pair("regulators had failed for decades to enforce the law", "Feargal Sharkey")]);
    }

    #[test]
    fn it_is_the_organisation_that_spoke_and_any_words_may_follow_that() {
        let found = reported(&["Transport Canada said the investigation was closed. It added that no charges would be laid against employees."]);
        assert_eq!(found, vec![pair("the investigation was closed", "Transport Canada"), pair("no charges would be laid against employees", "Transport Canada")]);
    }

    #[test]
    fn someone_unnamed_is_never_a_person_the_sentence_names() {
        let found = reported(&["Some experts say Trudeau will lose the vote in the spring.", "Young voters who spoke with Jane Smith say they will not vote for either party.", "But critics of the court say it took a narrow question."]);
        assert_eq!(found, vec![unnamed("Trudeau will lose the vote in the spring"), unnamed("they will not vote for either party"), unnamed("it took a narrow question")]);
    }

    #[test]
    fn a_page_of_thousands_of_reports_is_read_up_to_the_guard() {
        let page: Vec<String> = (0..crate::quotes::MAX_QUOTES + 50).map(|i| format!("Mayor Olivia Chow said the plan would fail in {i} days.")).collect();
        let paragraphs: Vec<&str> = page.iter().map(String::as_str).collect();
        assert_eq!(reported(&paragraphs).len(), crate::quotes::MAX_QUOTES);
    }

    #[test]
    fn no_one_hurt_a_day_after_the_listener_and_officials_with_an_organisation() {
        let found = reported(&[
            "The RCMP says no one was hurt in the crash on Highway 1.",
            "Health Minister Adrian Dix told reporters Tuesday the situation is improving.",
            "Officials with the province said the road would reopen on Monday.",
            "Chow said no to the offer from the province on Friday.",
        ]);
        assert_eq!(found, vec![pair("no one was hurt in the crash on Highway 1", "RCMP"), pair("the situation is improving", "Adrian Dix"), unnamed("the road would reopen on Monday")]);
    }

    /// "told" reports to an audience of the gazetteer, with the words that
    /// describe it, not to function words ("told an anecdote about meeting").
    #[test]
    fn words_told_to_an_audience() {
        assert_reports("Chief administrative officer Cathie O'Toole told council the municipality faces rising costs.", &[pair("the municipality faces rising costs", "Cathie O'Toole")]);
        assert_reports("Fire Chief Matthew Pegg told a news conference crews had worked through the night.", &[pair("crews had worked through the night", "Matthew Pegg")]);
        assert_reports("Finance Minister Jane Doe told the Commons finance committee the deficit will shrink next year.", &[pair("the deficit will shrink next year", "Jane Doe")]);
        assert_reports("An official told Fox News the senators' plan is on a trajectory that mirrors the president's.", &[unnamed("the senators' plan is on a trajectory that mirrors the president's")]);
        assert_reports("The president told a very touching anecdote about meeting a 9/11 orphan, and reminded Americans of his record.", &[]);
    }

    /// Three words make a report when they state something of a subject;
    /// a phrase of three words, or a verb whose object went before, does not.
    #[test]
    fn a_short_clause_reports_a_statement() {
        assert_reports("Transit director Dave Reage said ridership had recovered.", &[pair("ridership had recovered", "Dave Reage")]);
        assert_reports("Jane Smith said she couldn't recall.", &[pair("she couldn't recall", "Jane Smith")]);
        assert_reports("Jane Smith said on Monday morning.", &[]);
        assert_reports("Lawmakers urged voters to resist socialism, which they say Democrats are embracing.", &[]);
    }
}
