//! The grammatical gender of the people an article names, read from the
//! article itself: honorifics ("Mr. Jacob", "Ms. Yates") and the pronouns of
//! the sentences that name one person only. No list of given names: the text
//! says how it refers to each person, in any culture's names.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A person's grammatical gender, as the text refers to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "he", "Mr."
    Male,
    /// "she", "Ms.", "Mrs."
    Female,
}

impl Gender {
    /// The gender of a third-person pronoun; none for "they" and other words.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        if !(2..=7).contains(&word.len()) || !word.starts_with(['h', 'H', 's', 'S']) {
            return None;
        }
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        if ["he", "him", "his", "himself"].into_iter().any(is) {
            Some(Gender::Male)
        } else if ["she", "her", "hers", "herself"].into_iter().any(is) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// The gender the text gives each surname it names.
#[derive(Debug, Default)]
pub struct Genders {
    by_surname: HashMap<String, Gender>,
    /// The gender of each full name by its given name, when the text gives
    /// its surname none.
    by_given_name: HashMap<String, Gender>,
    /// The same by surname, for a surname written alone ("Vinson" of "Amber
    /// Joy Vinson"), when every listed name with it has that gender.
    by_surname_of_given_name: HashMap<String, Gender>,
}

impl Genders {
    /// Reads the evidence for each person of `people` from the sentences.
    /// A surname counts as male or female when its evidence leans three to
    /// one or more that way.
    pub fn read(sentences: &[&str], people: &[String], given_names: &HashMap<String, Gender>) -> Self {
        let surnames: HashSet<&str> = people.iter().filter_map(|p| p.rsplit(' ').next()).filter(|s| s.chars().count() > 1).collect();
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
        // The one person the sentence before named, for a sentence that
        // names none ("Jacob says. He watched the test.").
        let mut alone_before: Option<&str> = None;
        for sentence in sentences {
            // One pass over the words: the surnames named (and the honorific
            // before each), and the pronouns.
            let mut named: Vec<&str> = Vec::new();
            let (mut he, mut she) = (0, 0);
            let mut previous = "";
            for word in sentence.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))).filter(|w| !w.is_empty()) {
                // Surnames are capitalised: most words skip the set.
                let capital = word.starts_with(|c: char| c.is_uppercase());
                let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
                if let Some(surname) = capital.then(|| surnames.get(bare)).flatten() {
                    if !named.contains(surname) {
                        named.push(surname);
                    }
                    let entry = counts.entry(surname).or_default();
                    match honorific(previous) {
                        Some(Gender::Male) => entry.0 += 1,
                        Some(Gender::Female) => entry.1 += 1,
                        None => {}
                    }
                } else {
                    match Gender::of_pronoun(word) {
                        Some(Gender::Male) => he += 1,
                        Some(Gender::Female) => she += 1,
                        None => {}
                    }
                }
                previous = word;
            }
            // The pronouns of a sentence that names one person refer to
            // them, and so do those of the next sentence if it names no one.
            let alone = match named.as_slice() {
                [only] => Some(*only),
                [] => alone_before.take(),
                _ => None,
            };
            alone_before = if named.len() == 1 { alone } else { None };
            if let Some(only) = alone {
                let entry = counts.entry(only).or_default();
                entry.0 += he;
                entry.1 += she;
            }
        }
        let by_surname = counts
            .into_iter()
            .filter_map(|(surname, (male, female))| {
                let gender = if male > 0 && male >= 3 * female {
                    Gender::Male
                } else if female > 0 && female >= 3 * male {
                    Gender::Female
                } else {
                    return None;
                };
                Some((surname.to_string(), gender))
            })
            .collect();
        let by_given_name: HashMap<String, Gender> = people.iter().filter_map(|p| p.split_once(' ').and_then(|(given, _)| given_names.get(given)).map(|g| (p.clone(), *g))).collect();
        // (Two people of one surname and both genders, "Bill" and "Hillary
        // Clinton": the surname alone says nothing.)
        let mut by_surname_of_given_name: HashMap<String, Option<Gender>> = HashMap::default();
        for person in people.iter().filter(|p| p.contains(' ')) {
            let (Some(surname), gender) = (person.rsplit(' ').next(), by_given_name.get(person).copied()) else { continue };
            let entry = by_surname_of_given_name.entry(surname.to_string()).or_insert(gender);
            if *entry != gender {
                *entry = None;
            }
        }
        let by_surname_of_given_name = by_surname_of_given_name.into_iter().filter_map(|(surname, gender)| gender.map(|g| (surname, g))).collect();
        Genders { by_surname, by_given_name, by_surname_of_given_name }
    }

    /// The gender of a person: the given name's for a full name ("Ann
    /// Bennett", whatever pronouns stand near "Bennett"), else the text's
    /// for the last word of the name.
    pub fn of(&self, name: &str) -> Option<Gender> {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        self.by_given_name
            .get(name)
            .or_else(|| self.by_surname.get(surname))
            .or_else(|| (!name.contains(' ')).then(|| self.by_surname_of_given_name.get(name)).flatten())
            .copied()
    }

    /// Whether a pronoun of this gender can refer to the person: yes unless
    /// the text gives the person the other gender.
    pub fn agrees(&self, name: &str, pronoun: Option<Gender>) -> bool {
        match (pronoun, self.of(name)) {
            (Some(p), Some(g)) => p == g,
            _ => true,
        }
    }
}

/// The gender of the honorific that ends the text, right before a name
/// ("… Mr. ", "Mrs ").
pub(crate) fn honorific_before(text: &str) -> Option<Gender> {
    let word = text.strip_suffix(' ')?.trim_end_matches('.');
    honorific(word.rsplit(|c: char| !c.is_alphabetic()).next()?)
}

/// The gender of an honorific ("Mr", "Mrs"; the stop is no part of a word).
fn honorific(word: &str) -> Option<Gender> {
    match word {
        "Mr" => Some(Gender::Male),
        "Ms" | "Mrs" | "Miss" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_pronouns_of_one_person_sentences() {
        let people = ["Greg Jacob".to_string(), "Ally Beiswanger".to_string(), "Sam Lee".to_string()];
        let sentences = [
            "Greg Jacob said his Marines trained hard.",
            "Ally Beiswanger said she had done eight pullups.",
            "Jacob and Beiswanger met in May, and she thanked him.",
            "Mr. Lee spoke first, Ms. Lee's sister later.",
        ];
        let genders = Genders::read(&sentences, &people, &HashMap::default());
        assert_eq!(genders.of("Greg Jacob"), Some(Gender::Male));
        assert_eq!(genders.of("Beiswanger"), Some(Gender::Female));
        assert_eq!(genders.of("Sam Lee"), None, "one Mr. and one Ms.: no lean");
        assert!(!genders.agrees("Greg Jacob", Gender::of_pronoun("she")));
        assert!(genders.agrees("Greg Jacob", Gender::of_pronoun("they")));
    }

    #[test]
    fn the_next_sentence_that_names_no_one_refers_to_the_one_named() {
        let people = ["Dan Coats".to_string()];
        let genders = Genders::read(&["\"I don't know why,\" Coats said. ", "He paused. ", "The room was quiet, and she left."], &people, &HashMap::default());
        assert_eq!(genders.of("Coats"), Some(Gender::Male), "the third sentence is too far");
    }

    #[test]
    fn a_full_names_given_name_outweighs_the_pronouns_near_its_surname() {
        let given: HashMap<String, Gender> = [("Ann".to_string(), Gender::Female)].into_iter().collect();
        let people = ["Ann Bennett".to_string()];
        let genders = Genders::read(&["Bennett said he was wrong.", "Bennett thanked him.", "Bennett met him later."], &people, &given);
        assert_eq!(genders.of("Ann Bennett"), Some(Gender::Female));
        assert_eq!(genders.of("Bennett"), Some(Gender::Male), "the surname alone goes by the text");
    }

    #[test]
    fn a_surname_alone_has_the_gender_of_its_listed_full_name() {
        let given: HashMap<String, Gender> = [("Amber", Gender::Female), ("Barack", Gender::Male), ("Bill", Gender::Male), ("Hillary", Gender::Female)].into_iter().map(|(n, g)| (n.to_string(), g)).collect();
        let people = ["Amber Joy Vinson".to_string(), "Barack Obama".to_string()];
        let genders = Genders::read(&["Vinson was taken to Atlanta, and the president visited the ward."], &people, &given);
        assert_eq!(genders.of("Vinson"), Some(Gender::Female));
        assert!(!genders.agrees("Vinson", Some(Gender::Male)));
        // Two of one surname and both genders: the surname alone says nothing.
        let people = ["Bill Clinton".to_string(), "Hillary Clinton".to_string()];
        let genders = Genders::read(&["Clinton spoke first."], &people, &given);
        assert_eq!(genders.of("Clinton"), None);
    }
}
