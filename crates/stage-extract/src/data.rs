//! The data files: outlet registry and gazetteer.
use serde::Deserialize;

/// One outlet of the registry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutletEntry {
    /// Canonical name.
    pub name: String,
    /// Host names (without `www.`).
    #[serde(default)]
    pub domains: Vec<String>,
    /// Other spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `outlet` or `agency`.
    #[serde(default = "default_kind")]
    pub kind: String,
    /// Site slogans.
    #[serde(default)]
    pub slogans: Vec<String>,
}

fn default_kind() -> String {
    "outlet".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletFile {
    #[serde(default)]
    outlet: Vec<OutletEntry>,
}

/// The gazetteer file.
#[derive(Debug, Default, Clone, Deserialize)]
// Every list may be left out of a file (an extra gazetteer adds to the
// shipped one only what it names).
#[serde(default, deny_unknown_fields)]
pub struct Gazetteer {
    /// Titles that introduce a person's name.
    pub person_titles: Vec<String>,
    /// Titles in the plural that list people's names ("Reps. Raúl Labrador
    /// of Idaho and Jim Jordan of Ohio", "Sens. …").
    #[serde(default)]
    pub plural_person_titles: Vec<String>,
    /// Verbs attributing a quotation.
    pub speech_verbs: Vec<String>,
    /// Place names.
    pub places: Vec<String>,
    /// Organisation names.
    pub organizations: Vec<String>,
    /// Last words that make a capitalised name an organisation ("Canadian
    /// Dental Association", "Scotiabank Arena" is not: only words listed).
    pub organization_words: Vec<String>,
    /// Words that end or sit inside an organisation's name as the words
    /// above do ("Amnesty International", "Sandy Hook Elementary", "Lincoln
    /// Memorial"), but in lower case describe more than organisations ("the
    /// deputy international trade representative"): no organisation noun.
    pub organization_name_words: Vec<String>,
    /// Organisation words whose names may join two nouns with "and"
    /// ("Securities and Exchange Commission", "Fish and Wildlife Service");
    /// before the others, "and" joins two names ("ABC and Fox News").
    #[serde(default)]
    pub organization_words_after_and: Vec<String>,
    /// Organisation words whose names may go on with "to" and a purpose
    /// ("Committee to Protect Journalists", "Alliance to End
    /// Homelessness"); after the others "to" ends the name ("Service to
    /// Bike Designers" in a list of services).
    #[serde(default)]
    pub organization_words_before_to: Vec<String>,
    /// Words that name a government only before "of" and a place's name
    /// ("City of Montreal", "Town of Banff", "Government of Canada");
    /// elsewhere they end a place's name ("Quebec City").
    #[serde(default)]
    pub government_words_before_of: Vec<String>,
    /// Common nouns that stand for an organisation named before ("the firm
    /// said", "the airline wrote"), besides the organisation words above.
    pub organization_nouns: Vec<String>,
    /// The last words of the names an organisation noun stands for, besides
    /// the noun itself, by noun in lower case ("the agency" after "the
    /// Federal Communications Commission", "the company" after "Target
    /// Corp.").
    #[serde(default)]
    pub organization_noun_kinds: std::collections::BTreeMap<String, Vec<String>>,
    /// Nouns that stand for any organisation named before, whatever its kind
    /// ("The Halifax Cycling Coalition welcomed the decision. … the group
    /// said"); the others stand for one whose name ends with them ("the
    /// association": the Canadian Nurses Association).
    #[serde(default)]
    pub generic_organization_nouns: Vec<String>,
    /// Common nouns that stand for a person named before ("the congressman
    /// told", "said the Texas native"), besides the lower-case person titles.
    pub person_nouns: Vec<String>,
    /// Nouns for people news leaves unnamed ("a senior official said", "the
    /// source said"): such a quote has no named speaker.
    pub unnamed_nouns: Vec<String>,
    /// Groups news leaves unnamed, in lower case and as used ("…, police
    /// said", "authorities say"), besides the plurals of the person and
    /// unnamed nouns ("officials", "investigators").
    pub unnamed_groups: Vec<String>,
    /// Words for a people, a nationality or a faith, in the singular and
    /// the plural ("Chinese", "Arab", "Muslims", "Latinos"): never a
    /// person's name on their own ("according to Chinese media", "the Arab
    /// states said").
    #[serde(default)]
    pub peoples: Vec<String>,
    /// Nouns for people that make them women ("the mother of three said").
    pub female_nouns: Vec<String>,
    /// Nouns for people that make them men ("the father of two said").
    pub male_nouns: Vec<String>,
    /// Verbs that attribute a quotation only right after it (""…," AP
    /// reports."), where elsewhere they are as often nouns ("disclosure
    /// reports").
    pub after_quote_verbs: Vec<String>,
    /// Speech verbs whose reported clause may follow without "that" ("said
    /// the plan would fail", "told reporters the …"); every other speech
    /// verb reports only with "that" ("added that …", not "added 300 jobs").
    pub reported_speech_verbs: Vec<String>,
    /// Whom words are told to, as the last word of the listener in lower
    /// case ("told council the budget …", "told a news conference crews
    /// had …", "told the Commons finance committee that …"); names
    /// ("told CBC News") and "reporters", "him", "them" are read without it.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Given names borne by men and women alike: one opening two or three
    /// capitalised words makes them a person's name with no title or speech
    /// verb near ("Hillary Clinton arguing that …", "As Anthony Scaramucci,
    /// who …, wrote").
    pub given_names: Vec<String>,
    /// Given names of women: as `given_names`, and the person's gender when
    /// the text gives none.
    pub given_names_female: Vec<String>,
    /// Given names of men: as `given_names_female`.
    pub given_names_male: Vec<String>,
}

impl Gazetteer {
    /// Parses a gazetteer file.
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Adds another gazetteer's entries.
    pub fn extend(&mut self, other: Gazetteer) {
        self.person_titles.extend(other.person_titles);
        self.plural_person_titles.extend(other.plural_person_titles);
        self.speech_verbs.extend(other.speech_verbs);
        self.places.extend(other.places);
        self.organizations.extend(other.organizations);
        self.organization_words.extend(other.organization_words);
        self.organization_name_words.extend(other.organization_name_words);
        self.organization_words_after_and.extend(other.organization_words_after_and);
        self.organization_words_before_to.extend(other.organization_words_before_to);
        self.government_words_before_of.extend(other.government_words_before_of);
        self.organization_nouns.extend(other.organization_nouns);
        self.generic_organization_nouns.extend(other.generic_organization_nouns);
        for (noun, endings) in other.organization_noun_kinds {
            self.organization_noun_kinds.entry(noun).or_default().extend(endings);
        }
        self.person_nouns.extend(other.person_nouns);
        self.unnamed_nouns.extend(other.unnamed_nouns);
        self.unnamed_groups.extend(other.unnamed_groups);
        self.peoples.extend(other.peoples);
        self.female_nouns.extend(other.female_nouns);
        self.male_nouns.extend(other.male_nouns);
        self.after_quote_verbs.extend(other.after_quote_verbs);
        self.reported_speech_verbs.extend(other.reported_speech_verbs);
        self.audiences.extend(other.audiences);
        self.given_names.extend(other.given_names);
        self.given_names_female.extend(other.given_names_female);
        self.given_names_male.extend(other.given_names_male);
    }

    /// Every given name, with the gender it gives (`None`: either).
    pub fn given_name_genders(&self) -> impl Iterator<Item = (&str, Option<crate::gender::Gender>)> {
        use crate::gender::Gender;
        let either = self.given_names.iter().map(|n| (n.as_str(), None));
        let female = self.given_names_female.iter().map(|n| (n.as_str(), Some(Gender::Female)));
        let male = self.given_names_male.iter().map(|n| (n.as_str(), Some(Gender::Male)));
        either.chain(female).chain(male)
    }

    /// "the congressman", "the premier", "the native": the lower-case nouns
    /// that stand for a person (the person nouns and the person titles).
    pub fn person_nouns(&self) -> Vec<String> {
        self.person_titles.iter().chain(&self.person_nouns).map(|w| w.trim_end_matches('.').to_lowercase()).collect()
    }

    /// "the company", "the ministry", "the firm": the lower-case nouns that
    /// stand for an organisation (the organisation words and nouns).
    pub fn organization_nouns(&self) -> Vec<String> {
        self.organization_words.iter().chain(&self.organization_nouns).map(|w| w.trim_end_matches('.').to_lowercase()).collect()
    }
}

/// Parses an outlet registry file.
pub fn parse_outlets(text: &str) -> Result<Vec<OutletEntry>, String> {
    toml::from_str::<OutletFile>(text).map(|f| f.outlet).map_err(|e| e.to_string())
}

pub use newsflow_text::name_key as squash;
