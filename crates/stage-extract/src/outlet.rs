//! Who published the article: evidence from metadata, credit lines, datelines,
//! comment policies, image credits and slogans, mapped through the registry.
use crate::data::{squash, OutletEntry};
use newsflow_core::{Dateline, Document, Outlet, RemovedKind};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// The outlet registry, indexed.
#[derive(Debug, Default)]
pub struct OutletRegistry {
    entries: Vec<OutletEntry>,
    by_key: HashMap<String, usize>,
    by_domain: HashMap<String, usize>,
    /// Every name and alias of four letters or more, found in running text
    /// ("Source: Al Jazeera and news agencies").
    names: Option<aho_corasick::AhoCorasick>,
    /// The entry of each pattern of `names`.
    name_entries: Vec<usize>,
    slogans: HashMap<String, usize>,
    /// The longest folded slogan, in bytes: a longer line is none (folding
    /// every removed line of every page to compare it was a tenth of extract).
    longest_slogan: usize,
    /// The first word of each folded slogan: a line opening with another
    /// word is none, found without folding the whole line.
    slogan_openers: rustc_hash::FxHashSet<String>,
}

impl OutletRegistry {
    /// Indexes registry entries.
    pub fn new(entries: Vec<OutletEntry>) -> Self {
        let mut reg = OutletRegistry::default();
        for (i, e) in entries.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                reg.by_key.entry(squash(name)).or_insert(i);
            }
            for d in &e.domains {
                reg.by_domain.entry(d.trim_start_matches("www.").to_ascii_lowercase()).or_insert(i);
            }
            for s in &e.slogans {
                let folded = newsflow_text::fold(s);
                reg.longest_slogan = reg.longest_slogan.max(folded.len());
                if let Some(first) = folded.split(' ').next() {
                    reg.slogan_openers.insert(first.to_string());
                }
                reg.slogans.entry(folded).or_insert(i);
            }
        }
        let mut patterns = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(&e.aliases).filter(|n| n.chars().count() >= 4) {
                patterns.push(name.clone());
                reg.name_entries.push(i);
            }
        }
        reg.names = aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostLongest).build(&patterns).ok();
        reg.entries = entries;
        reg
    }

    /// The first entry whose name or alias a text holds as whole words.
    pub fn named_in(&self, text: &str) -> Option<&OutletEntry> {
        self.names_at(text).next().map(|(entry, _)| entry)
    }

    /// Every registry name written as a whole word in the text, with where
    /// it is, in order.
    pub fn names_at<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = (&'r OutletEntry, std::ops::Range<usize>)> + use<'r, 't> {
        let word_edge = |at: usize| text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let word_end = |at: usize| text[at..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        self.names.iter().flat_map(move |names| names.find_iter(text)).filter(move |m| word_edge(m.start()) && word_end(m.end())).filter_map(move |m| {
            let entry = self.name_entries.get(m.pattern().as_usize()).and_then(|&i| self.entries.get(i))?;
            Some((entry, m.start()..m.end()))
        })
    }

    /// The entry of a host name (`www.independent.co.uk` → The Independent).
    pub fn by_host(&self, host: &str) -> Option<&OutletEntry> {
        let mut host = host.trim_start_matches("www.").to_ascii_lowercase();
        loop {
            if let Some(&i) = self.by_domain.get(&host) {
                return self.entries.get(i);
            }
            match host.split_once('.') {
                Some((_, rest)) if rest.contains('.') => host = rest.to_string(),
                _ => return None,
            }
        }
    }

    /// The entry of a name or alias, with or without a leading "The" ("The
    /// Associated Press" for "Associated Press").
    pub fn by_name(&self, name: &str) -> Option<&OutletEntry> {
        let key = |name: &str| self.by_key.get(&squash(name)).and_then(|&i| self.entries.get(i));
        let name = name.trim_start();
        key(name).or_else(|| name.strip_prefix("The ").or_else(|| name.strip_prefix("the ")).and_then(key))
    }

    /// The entry of a name, or of the longest run of words opening the text
    /// that names an outlet with at most `desk_words` words of a desk after
    /// it ("CTV News Ottawa Bureau", "CTV News Toronto").
    pub fn by_name_with_desk(&self, text: &str, desk_words: usize) -> Option<&OutletEntry> {
        self.by_name(text).or_else(|| {
            let cuts: Vec<usize> = text.match_indices(' ').map(|(at, _)| at).collect();
            cuts.iter().rev().filter(|&&at| newsflow_text::has_at_most_words(&text[at..], desk_words)).find_map(|&at| self.by_name(&text[..at]))
        })
    }

    /// The entry whose slogan a line is.
    pub fn by_slogan(&self, line: &str) -> Option<&OutletEntry> {
        // Folding shortens a line by its runs of spaces and its three-byte
        // typographic marks, never by more than two thirds.
        if self.slogans.is_empty() || line.trim().len() > 3 * self.longest_slogan {
            return None;
        }
        let first = line.split_whitespace().next()?;
        if !self.slogan_openers.contains(&newsflow_text::fold(first)) {
            return None;
        }
        let folded = newsflow_text::fold(line);
        self.slogans.get(&folded).and_then(|&i| self.entries.get(i))
    }
}

/// Whether a whole piece of text is a host name ("Newegg.com", "www.example.co.uk").
pub(crate) fn is_host(text: &str) -> bool {
    let text = text.trim();
    host_re().find(text).is_some_and(|m| m.start() == 0 && m.end() == text.len())
}

/// A function returning a regular expression compiled once, on first use.
macro_rules! cached_regex {
    ($(#[$doc:meta])* $name:ident, $pattern:expr) => {
        $(#[$doc])*
        fn $name() -> &'static Regex {
            static RE: OnceLock<Regex> = OnceLock::new();
            RE.get_or_init(|| newsflow_text::code_regex($pattern))
        }
    };
}

cached_regex! {
    host_re, r"(?i)(?-u:\b)(?:https?://)?((?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|info|news|co\.uk|uk|az|am|ir|ru|tr|de|fr|io|tv|us|ca|au|in|me|eu|int|ge|[a-z]{2}))(?-u:\b)"
}

cached_regex! {
    policy_re, r"(\p{Lu}[\w.&-]*(?:\s\p{Lu}[\w.&-]*){0,3})\s+reserves the right"
}

cached_regex! {
    /// "This report by The Canadian Press was first published Nov. 21, 2023.":
    /// the wire or paper that published the story says so at its foot.
    published_by_re, r"(?i:this (?:report|story|article) (?:by|from)) (\p{Lu}[\w.&'-]*(?:\s[\w.&'-]+){0,4}?) (?i:was (?:first |originally )?published)|(?i:(?:was )?(?:first |originally )published (?:by|in|on)) (?:the website of )?(\p{Lu}[\w.&'-]*(?:\s\p{Lu}[\w.&'-]*){0,4})"
}

cached_regex! {
    /// A name in brackets at the start of the first paragraph, after at most
    /// a place's few words, and a capital after it.
    opening_credit_re, r"^(?:\p{Lu}[\p{L}.'\-]*(?:\s\p{Lu}[\p{L}.'\-]*){0,2},?\s)?\(([^()]{2,30})\)\s+\p{Lu}"
}

cached_regex! {
    /// "Fox News' Jonathan Wachtel … contributed to this report": an owner's
    /// reporter named before "contributed".
    staff_contribution_re, r"^([A-Z][\w.&' ]{1,40}?)(?:’s|'s|’|')\s+\p{Lu}[^.]{0,120}\bcontributed to this report"
}

cached_regex! {
    bracket_re, r"\[([^\[\]]{2,80})\]"
}


#[derive(Default)]
struct Tally {
    scores: HashMap<String, (f64, Vec<String>)>,
}

impl Tally {
    fn add(&mut self, name: &str, weight: f64, evidence: String) {
        let e = self.scores.entry(name.to_string()).or_default();
        e.0 += weight;
        e.1.push(evidence);
    }
}

/// The fields of a line that a separator splits ("Jane Doe · CBC News ·
/// Posted: …", "Jane Doe | Reuters"); none for a line without one.
pub(crate) fn header_fields(line: &str) -> impl Iterator<Item = &str> {
    const SEPARATORS: [char; 3] = ['·', '|', '•'];
    let fields = line.contains(SEPARATORS).then(|| line.split(SEPARATORS).map(str::trim));
    fields.into_iter().flatten()
}

/// The account a "Follow … on Twitter" line names.
fn follow_account(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix("Follow ")?;
    let (name, network) = rest.rsplit_once(" on ")?;
    let network = network.trim_end_matches(['.', '!']).to_ascii_lowercase();
    ["twitter", "x", "facebook", "instagram", "telegram", "linkedin", "youtube", "threads", "bluesky"].contains(&network.as_str()).then_some(name.trim())
}

/// How many of the article's last paragraphs may hold its publication line.
const SIGN_OFF_LINES: usize = 3;

/// How far below the article's last paragraph a wire's sign-off stands, in
/// line positions: past blank lines and one line the boilerplate stage took
/// out ("No one was seriously hurt." / "— CTV News Ottawa").
const SIGN_OFF_POSITIONS: usize = 5;

/// How many lines the boilerplate stage took out below the article may
/// stand above a wire's sign-off that ends the document (a game story's
/// "UP NEXT" box).
const SIGN_OFF_LAST_LINES: usize = 6;

/// Finds the outlet; `None` when the evidence is too weak (no guessing).
pub fn find_outlet(doc: &Document, registry: &OutletRegistry, dateline: Option<&Dateline>) -> Option<Outlet> {
    let mut tally = Tally::default();
    let canonical = |name: &str| registry.by_name(name).map(|e| e.name.clone());
    for key in ["meta:og:site_name", "jsonld:publisher", "jsonld:website", "jsonld:newsmediaorganization", "meta:application-name"] {
        if let Some(v) = doc.meta_first(key) {
            let name = canonical(v).unwrap_or_else(|| v.to_string());
            tally.add(&name, 3.0, format!("{key} \"{v}\""));
        }
    }
    for key in ["canonical", "meta:og:url"] {
        if let Some(url) = doc.meta_first(key) {
            if let Some(host) = host_re().captures(url).and_then(|c| c.get(1)) {
                let host = host.as_str();
                let name = registry.by_host(host).map(|e| e.name.clone()).unwrap_or_else(|| host.trim_start_matches("www.").to_string());
                tally.add(&name, 2.0, format!("{key} host {host}"));
            }
        }
    }
    if let Some(d) = dateline {
        if let Some(agency) = &d.agency {
            let name = canonical(agency).unwrap_or_else(|| agency.clone());
            tally.add(&name, 3.0, format!("dateline \"{}\"", d.text));
        }
    }
    // "(CNN) Heavily armed gunmen …", "Washington (CNN) Another Bush …": a
    // registry name in brackets opening the article, with no dash after it.
    if let Some(first) = doc.blocks.first() {
        if let Some(entry) = opening_credit_re().captures(&first.text).and_then(|c| c.get(1)).and_then(|name| registry.by_name(name.as_str())) {
            let shown: String = first.text.chars().take(40).collect();
            tally.add(&entry.name, 3.0, format!("opening credit \"{shown}…\""));
        }
    }
    // "The Canadian Press", "Reuters" alone on a line just below the
    // article: the wire's sign-off (not "With files from …", a contributor).
    let last_kept = doc.blocks.last().map(|b| b.position);
    // (Or the document's last line, past a few short lines after the
    // article: "UP NEXT" / "Flames: Host Vancouver …" / "The Canadian Press".)
    let last_line = doc.removed.iter().map(|r| r.position).max().filter(|&end| last_kept.is_some_and(|last| end > last && doc.removed.iter().filter(|r| r.position > last).count() <= SIGN_OFF_LAST_LINES));
    let signs_off = |r: &newsflow_core::Removed| last_kept.is_some_and(|last| r.position > last && (r.position <= last + SIGN_OFF_POSITIONS || Some(r.position) == last_line));
    let first_kept = doc.blocks.first().map(|b| b.position);
    let in_header = |r: &newsflow_core::Removed| first_kept.is_some_and(|first| r.position < first);
    let headline_at = doc.removed.iter().find(|r| r.kind == RemovedKind::Headline).map(|r| r.position);
    let byline_positions: Vec<usize> = doc.removed.iter().filter(|r| r.kind == RemovedKind::Byline).map(|r| r.position).collect();
    for removed in &doc.removed {
        let text = removed.text.as_str();
        // "Darren Bernhardt · CBC News · Posted: Mar 14, 2025": a field of
        // the byline block above the article names the outlet.
        // ("The Canadian Press" alone on a line between the headline and
        // the article: the line credits the outlet, as a sign-off does
        // below it; above the headline a name alone can be a menu's.)
        if in_header(removed) {
            let under_headline = headline_at.is_some_and(|h| removed.position > h);
            // (Or its desk: "CTV News Toronto"; a name, not a few capitals:
            // "AP Photo/…" credits a picture.)
            // (Words alone, not a credit's: "(Reuters photo: Yuri Gripas)".)
            let words_alone = !text.contains(['(', ')', ':', '/', ',', '|', '@']);
            let alone = (under_headline && words_alone && text.trim().len() >= 6).then(|| registry.by_name_with_desk(text.trim(), 3)).flatten().filter(|entry| entry.name.len() >= 6);
            if let Some(entry) = alone.or_else(|| header_fields(text).find_map(|field| registry.by_name(field).filter(|_| field.len() >= 4))) {
                tally.add(&entry.name, 2.0, format!("header line \"{text}\""));
            }
            // "By Nick Triggle" / "Health correspondent, BBC News": the
            // byline's affiliation on the line below it.
            let under_byline = byline_positions.contains(&(removed.position.wrapping_sub(1)));
            if let Some(entry) = under_byline.then(|| affiliation(text, registry)).flatten() {
                tally.add(&entry.name, 3.0, format!("byline affiliation \"{text}\""));
            }
        }
        if signs_off(removed) {
            // A name, not an alias of a few capitals ("CP" is a menu's too).
            let name = text.trim().trim_start_matches(['-', '—', '–', ' ']).trim_end_matches('.');
            // (With a desk of a word or two: "— CTV News Ottawa"; not a
            // heading that opens with a name, "Financial Times Global MBA
            // Rankings".)
            if let Some(entry) = registry.by_name_with_desk(name, 2).filter(|_| name.len() >= 6) {
                tally.add(&entry.name, 2.0, format!("sign-off \"{text}\""));
            }
        }
        match removed.kind {
            RemovedKind::Credit => {
                // "Source: Al Jazeera and news agencies", "Copyright 2024 The
                // Associated Press. All rights reserved.", "© 2024 Reuters".
                let lower = text.trim_start().to_lowercase();
                // (Not a photo's "© guoya / Digital Vision Vectors / Getty Images".)
                let claims = ["source", "copyright", "©", "(c)"].iter().any(|c| lower.starts_with(c)) && !text.contains('/');
                if let Some(entry) = claims.then(|| registry.named_in(text)).flatten() {
                    tally.add(&entry.name, 3.0, format!("credit line \"{text}\""));
                }
                for host in host_re().captures_iter(text).filter_map(|c| c.get(1)) {
                    let host = host.as_str();
                    let name = registry.by_host(host).map(|e| e.name.clone()).unwrap_or_else(|| host.trim_start_matches("www.").to_string());
                    tally.add(&name, 3.0, format!("credit line \"{text}\""));
                }
            }
            RemovedKind::CommentPolicy => {
                if let Some(c) = policy_re().captures(text).and_then(|c| c.get(1)) {
                    let name = canonical(c.as_str()).unwrap_or_else(|| c.as_str().to_string());
                    tally.add(&name, 3.0, format!("comment policy \"…{} reserves the right…\"", c.as_str()));
                }
            }
            // "By Mia Rabson, The Canadian Press": the affiliation after the name.
            RemovedKind::Byline => {
                if let Some(entry) = affiliation(text, registry).or_else(|| outlet_closing(text, registry)) {
                    tally.add(&entry.name, 3.0, format!("byline \"{text}\""));
                }
            }
            // "Sign up for POLITICO Huddle", "( Also on POLITICO: Obama kicks
            // off blitz in Iowa )", "Download the USA TODAY app": the site
            // promoting itself. (Not any related link: "Read more: … hosted
            // by CNN and The New York Times", "Read more from The Los
            // Angeles Times" name others.)
            RemovedKind::RelatedLinks | RemovedKind::Newsletter => {
                if let Some(entry) = promoted(text, registry) {
                    tally.add(&entry.name, 1.5, format!("promotion line \"{text}\""));
                }
            }
            RemovedKind::Caption => {
                for inside in bracket_re().captures_iter(text).filter_map(|c| c.get(1)) {
                    for part in inside.as_str().split('/') {
                        if let Some(entry) = registry.by_name(part.trim()) {
                            let weight = if entry.kind == "agency" { 0.5 } else { 1.5 };
                            tally.add(&entry.name, weight, format!("image credit [{}]", inside.as_str()));
                        }
                    }
                }
            }
            _ => {}
        }
        publication_line(text, registry, &mut tally);
        // "Fox News' Jonathan Wachtel and The Associated Press contributed
        // to this report": the outlet's own reporter (a wire named alone,
        // "The Associated Press contributed …", is a contributor).
        // (Only lines that say so are searched: the pattern's word boundary
        // keeps it off the fast engines, and nearly every line starts with
        // a capital.)
        let contributed = text.contains("contributed to this report").then(|| staff_contribution_re().captures(text)).flatten();
        if let Some(entry) = contributed.and_then(|c| c.get(1)).and_then(|name| registry.by_name(name.as_str())) {
            tally.add(&entry.name, 2.0, format!("contributor line \"{text}\""));
        }
        // "Follow Middle East Eye on Twitter": the page's own account.
        if let Some(entry) = follow_account(text).and_then(|name| registry.by_name(name)) {
            tally.add(&entry.name, 2.0, format!("follow line \"{text}\""));
        }
        if let Some(entry) = registry.by_slogan(text) {
            tally.add(&entry.name, 2.0, format!("slogan \"{text}\""));
        }
    }
    // A publication line the article ends with, kept in its body ("This
    // report by The Canadian Press was first published March 14, 2023.").
    for block in doc.blocks.iter().rev().take(SIGN_OFF_LINES) {
        publication_line(&block.text, registry, &mut tally);
    }
    let (name, (score, evidence)) = tally.scores.into_iter().max_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(b.0.cmp(&a.0)))?;
    (score >= 1.5).then_some(Outlet { name, evidence })
}

/// The registry outlet a byline's last comma names ("By Mia Rabson, The
/// Canadian Press", "Health correspondent, BBC News"), also with its desk
/// after it ("By Rachel Aiello, CTV News Ottawa Bureau").
fn affiliation<'r>(text: &str, registry: &'r OutletRegistry) -> Option<&'r OutletEntry> {
    let (_, affiliation) = text.rsplit_once(", ")?;
    registry.by_name_with_desk(affiliation.trim(), 3)
}

/// The outlet whose name closes a byline with no comma before it ("By
/// Allison Jones The Canadian Press", as sites print a wire's byline): a
/// name of six letters or more after the author's, not a few capitals.
fn outlet_closing<'r>(byline: &str, registry: &'r OutletRegistry) -> Option<&'r OutletEntry> {
    let line = byline.trim_end().trim_end_matches(['.', ',']);
    let closing = registry.names_at(line).filter(|(_, at)| at.end == line.len() && at.len() >= 6 && at.start > 3).last();
    closing.map(|(entry, _)| entry)
}

/// Whether the outlet named at `at` promotes itself there: its own product
/// ("USA TODAY's Daily Briefing", "POLITICO Playbook newsletter") or after
/// a call to take it ("Sign up for POLITICO's …", "Get USA TODAY's …",
/// "Want FOX News First in your inbox", "Also on POLITICO:", "Download the
/// USA TODAY app"); not a name a newsletter line merely mentions ("Axios is
/// running 45% open rates").
fn promotes(text: &str, at: std::ops::Range<usize>) -> bool {
    const CALLS: [&str; 8] = ["sign up for", "subscribe to", "get", "want", "also on", "download the", "follow", "alerts from"];
    let before = text[..at.start].trim_end().trim_start_matches(['(', ' ']).to_lowercase();
    let after = &text[at.end..];
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let product = after.split_whitespace().take(3).any(|w| w.eq_ignore_ascii_case("newsletter"));
    possessive || product || CALLS.iter().any(|call| before.ends_with(call))
}

/// The first outlet a line names where it [`promotes`] itself.
fn promoted<'r>(text: &str, registry: &'r OutletRegistry) -> Option<&'r OutletEntry> {
    registry.names_at(text).find(|(entry, at)| entry.kind != "agency" && promotes(text, at.clone())).map(|(entry, _)| entry)
}

/// "originally published by Eurasianet", "This report by The Canadian Press
/// was first published …": the outlet a publication line names (a registry
/// name only after "published by/in/on": "… published in March 2022", "…
/// on Wednesday" name no one).
fn publication_line(text: &str, registry: &OutletRegistry, tally: &mut Tally) {
    let published_by = crate::says_published(text).then(|| published_by_re().captures(text)).flatten();
    let by = published_by.as_ref().and_then(|c| c.get(1).or_else(|| c.get(2).filter(|m| registry.by_name(m.as_str()).is_some())));
    if let Some(by) = by {
        let name = registry.by_name(by.as_str()).map_or_else(|| by.as_str().to_string(), |e| e.name.clone());
        tally.add(&name, 3.0, format!("publication line \"{text}\""));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_outlets;
    use newsflow_core::Removed;

    fn registry() -> OutletRegistry {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../config/outlets.toml")).unwrap_or_default();
        OutletRegistry::new(parse_outlets(&text).unwrap_or_default())
    }

    #[test]
    fn a_slogan_is_matched_whatever_its_spacing_and_marks() {
        let entry = OutletEntry { name: "Daily Sabah".into(), domains: vec![], aliases: vec![], kind: "outlet".into(), slogans: vec!["Creating new perspectives since 2009".into()] };
        let registry = OutletRegistry::new(vec![entry]);
        assert_eq!(registry.by_slogan("  Creating\u{a0}new  perspectives since 2009 ").map(|e| e.name.as_str()), Some("Daily Sabah"));
        assert_eq!(registry.by_slogan("CREATING new perspectives since 2009").map(|e| e.name.as_str()), Some("Daily Sabah"));
        assert!(registry.by_slogan("Creating new jobs since 2009").is_none());
        assert!(registry.by_slogan("New perspectives since 2009").is_none());
    }

    fn removed(kind: RemovedKind, text: &str) -> Removed {
        Removed { text: text.into(), reason: String::new(), kind, position: 0 }
    }

    /// The outlet found on a page whose removed lines are these.
    fn outlet_of(lines: &[(RemovedKind, &str)]) -> Option<String> {
        let mut doc = Document::default();
        doc.removed.extend(lines.iter().map(|(kind, text)| removed(*kind, text)));
        find_outlet(&doc, &registry(), None).map(|o| o.name)
    }

    #[test]
    fn credit_domain_and_policy_and_image_credits() {
        assert_eq!(outlet_of(&[(RemovedKind::Credit, "Credit: www.independent.co.uk / Nagorno-Karabakh")]).as_deref(), Some("The Independent"));
        assert_eq!(outlet_of(&[(RemovedKind::CommentPolicy, "Asbarez reserves the right to block users")]).as_deref(), Some("Asbarez"));
        let wire = (RemovedKind::Caption, "Putin in Moscow [Kremlin Press Office/Anadolu Agency]");
        assert_eq!(outlet_of(&[wire]), None, "a wire photo credit alone is not the outlet");
        let cartoon = (RemovedKind::Caption, "Fighting rages - Cartoon [Sabaaneh/MiddleEastMonitor]");
        assert_eq!(outlet_of(&[wire, cartoon]).as_deref(), Some("Middle East Monitor"));
    }

    #[test]
    fn byline_affiliation_and_publication_line() {
        assert_eq!(outlet_of(&[(RemovedKind::Byline, "By Mia Rabson, The Canadian Press")]).as_deref(), Some("The Canadian Press"));
        assert_eq!(outlet_of(&[(RemovedKind::Byline, "By Rachel Aiello, CTV News Ottawa Bureau")]).as_deref(), Some("CTV News"), "the outlet and its desk");
        assert_eq!(outlet_of(&[(RemovedKind::Byline, "By Jane Doe, Staff Writer")]), None, "a job title is no outlet");
        assert_eq!(outlet_of(&[(RemovedKind::Byline, "By Allison Jones The Canadian Press")]).as_deref(), Some("The Canadian Press"), "no comma before the outlet");
        assert_eq!(outlet_of(&[(RemovedKind::Byline, "By Jane Doe and Tom Press")]), None);
        let footer = "This report by The Canadian Press was first published Nov. 21, 2023.";
        assert_eq!(outlet_of(&[(RemovedKind::OutsideArticle, footer)]).as_deref(), Some("The Canadian Press"));
        let footer = "This story from Prairie Daily was originally published on June 3.";
        assert_eq!(outlet_of(&[(RemovedKind::OutsideArticle, footer)]).as_deref(), Some("Prairie Daily"), "names outside the registry count too");
    }

    #[test]
    fn a_wire_signs_off_below_the_article() {
        let reg = registry();
        let mut doc = Document::default();
        doc.blocks = vec![newsflow_core::Block { text: "The council voted 12-4 on Tuesday.".into(), position: 10, ..Default::default() }];
        doc.removed = vec![Removed { position: 11, ..removed(RemovedKind::OutsideArticle, "The Canadian Press") }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("The Canadian Press"));
        doc.removed = vec![Removed { position: 11, ..removed(RemovedKind::OutsideArticle, "— CTV News Ottawa") }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("CTV News"), "a desk after the name");
        doc.removed = vec![Removed { position: 12, ..removed(RemovedKind::OutsideArticle, "No one was hurt.") }, Removed { position: 14, ..removed(RemovedKind::OutsideArticle, "— CTV News Ottawa") }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("CTV News"), "past a line taken out and blank lines");
        doc.removed = vec![Removed { position: 11, ..removed(RemovedKind::OutsideArticle, "Financial Times Global MBA Rankings") }];
        assert_eq!(find_outlet(&doc, &reg, None), None, "a heading opening with a name");
        doc.removed = vec![Removed { position: 11, ..removed(RemovedKind::OutsideArticle, "With files from The Canadian Press") }];
        assert_eq!(find_outlet(&doc, &reg, None), None, "a contributor is not the outlet");
        doc.removed = vec![Removed { position: 11, ..removed(RemovedKind::OutsideArticle, "CP") }];
        assert_eq!(find_outlet(&doc, &reg, None), None, "an alias of two capitals can be anything");
        doc.removed = vec![Removed { position: 2, ..removed(RemovedKind::OutsideArticle, "The Canadian Press") }];
        assert_eq!(find_outlet(&doc, &reg, None), None, "a name in the menu above the article signs nothing");
        let box_below = |last: &str| -> Vec<Removed> {
            let lines = ["UP NEXT", "Flames: Host Vancouver on Monday night.", "Oilers: At Seattle on Tuesday night.", last];
            lines.iter().enumerate().map(|(k, text)| Removed { position: 12 + 2 * k, ..removed(RemovedKind::OutsideArticle, text) }).collect()
        };
        doc.removed = box_below("The Canadian Press");
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("The Canadian Press"), "the last line past a box below the article");
        doc.removed = box_below("Reuters");
        doc.removed.push(Removed { position: 40, ..removed(RemovedKind::OutsideArticle, "Terms of use") });
        assert_eq!(find_outlet(&doc, &reg, None), None, "not a name with more lines below it");
    }

    #[test]
    fn a_field_of_the_header_line_names_the_outlet() {
        let reg = registry();
        let mut doc = Document::default();
        doc.blocks = vec![newsflow_core::Block { text: "The union says the plan falls short.".into(), position: 3, ..Default::default() }];
        let header = "Darren Bernhardt · CBC News · Posted: Mar 14, 2025 4:00 AM CDT";
        doc.removed = vec![Removed { position: 2, ..removed(RemovedKind::OutsideArticle, header) }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("CBC News"));
        doc.removed = vec![Removed { position: 2, ..removed(RemovedKind::OutsideArticle, "CBC News") }];
        assert_eq!(find_outlet(&doc, &reg, None), None, "a name alone above the article can be a menu's");
        // … but right under the headline it credits the outlet.
        doc.removed = vec![Removed { position: 1, ..removed(RemovedKind::Headline, "Ottawa to spend $2B on rural broadband") }, Removed { position: 2, ..removed(RemovedKind::OutsideArticle, "The Canadian Press") }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("The Canadian Press"));
        // The byline's affiliation on the line below it.
        doc.removed = vec![Removed { position: 1, ..removed(RemovedKind::Byline, "By Nick Triggle") }, Removed { position: 2, ..removed(RemovedKind::OutsideArticle, "Health correspondent, CBC News") }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("CBC News"));
        doc.removed[0].kind = RemovedKind::OutsideArticle;
        assert_eq!(find_outlet(&doc, &reg, None), None, "a role and a name anywhere else is no affiliation");
        // (A registry name may be printed with "The" before it.)
        doc.removed = vec![Removed { position: 1, ..removed(RemovedKind::Headline, "Ottawa to spend $2B on rural broadband") }, Removed { position: 2, ..removed(RemovedKind::OutsideArticle, "The Associated Press") }];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("Associated Press"));
        // (Or by its desk: the outlet's name, then a place.)
        doc.removed[1] = Removed { position: 2, ..removed(RemovedKind::OutsideArticle, "CBC News Manitoba") };
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("CBC News"));
    }

    /// A publication line the article ends with, kept in its body; a
    /// newsletter prompt or an "Also on" link naming the site.
    #[test]
    fn a_publication_line_in_the_body_and_the_site_promoting_itself() {
        let reg = registry();
        let mut doc = Document::default();
        let block = |text: &str, position: usize| newsflow_core::Block { text: text.into(), position, ..Default::default() };
        doc.blocks = vec![block("The union says the plan falls short.", 3), block("This report by The Canadian Press was first published March 14, 2023.", 4)];
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), Some("The Canadian Press"));
        doc.blocks.truncate(1);
        // (A related link or a newsletter line may name another outlet.)
        let lines = [
            (RemovedKind::Newsletter, "Sign up for POLITICO Playbook, the newsletter in politics", Some("Politico")),
            (RemovedKind::RelatedLinks, "Read more from The Los Angeles Times.", None),
            (RemovedKind::Newsletter, "Axios is running 45% open rates on its free newsletter", None),
        ];
        for (kind, text, outlet) in lines {
            doc.removed = vec![Removed { position: 5, ..removed(kind, text) }];
            assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name).as_deref(), outlet, "{text}");
        }
    }

    #[test]
    fn source_and_copyright_lines_originally_published_and_follow_lines() {
        let credit = |t: &str| outlet_of(&[(RemovedKind::Credit, t)]);
        assert_eq!(credit("Source: Al Jazeera and news agencies").as_deref(), Some("Al Jazeera"));
        assert_eq!(credit("Copyright 2024 The Associated Press. All rights reserved.").as_deref(), Some("Associated Press"));
        assert_eq!(credit("© 2024 Reuters").as_deref(), Some("Reuters"));
        assert_eq!(credit("Photo by Reuters staff on the scene"), None, "a photo credit is no claim");
        assert_eq!(credit("© guoya / Digital Vision Vectors / Getty Images"), None, "a photo's copyright");
        assert_eq!(outlet_of(&[(RemovedKind::OutsideArticle, "Originally published in March 2022.")]), None);
        let outside = |t: &str| outlet_of(&[(RemovedKind::OutsideArticle, t)]);
        assert_eq!(outside("This article was originally published by Eurasianet.").as_deref(), Some("Eurasianet"));
        assert_eq!(outside("Follow Middle East Eye on Twitter").as_deref(), Some("Middle East Eye"));
        assert_eq!(outside("Follow Jane Doe on Twitter"), None, "a journalist's account is no outlet");
    }

    #[test]
    fn a_name_in_brackets_opens_the_article() {
        let opening = |text: &str| {
            let mut doc = Document::default();
            doc.blocks.push(newsflow_core::Block { text: text.into(), ..Default::default() });
            find_outlet(&doc, &registry(), None).map(|o| o.name)
        };
        assert_eq!(opening("(CNN) Heavily armed gunmen on Friday fired at guests.").as_deref(), Some("CNN"));
        assert_eq!(opening("Washington (CNN) Another Bush is confronting Iraq.").as_deref(), Some("CNN"));
        assert_eq!(opening("(Some aside) The rest of the sentence.").as_deref(), None, "not a registry name");
        assert_eq!(outlet_of(&[(RemovedKind::Credit, "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.")]).as_deref(), Some("The Washington Times"));
        assert_eq!(outlet_of(&[(RemovedKind::Trailer, "Fox News’ Jonathan Wachtel and The Associated Press contributed to this report.")]).as_deref(), Some("Fox News"));
        assert_eq!(outlet_of(&[(RemovedKind::Trailer, "The Associated Press contributed to this report.")]).as_deref(), None, "a wire that contributed");
    }

    #[test]
    fn nothing_means_none_and_hosts_fall_back() {
        let reg = registry();
        assert_eq!(find_outlet(&Document::default(), &reg, None), None);
        let mut doc = Document::default();
        doc.add_meta("canonical", "https://www.example-news.org/2020/a.html");
        assert_eq!(find_outlet(&doc, &reg, None).map(|o| o.name), Some("example-news.org".into()));
    }
}
