//! The `extract` stage: the fields of the record, each with where it came from.
//!
//! Everything here is offline and explainable: dates by patterns over metadata
//! and removed date lines (never a date from inside the story), the dateline by
//! pattern, the outlet by weighing evidence (metadata, credit lines, datelines,
//! comment policies, image credits, slogans) through a registry, entities by a
//! gazetteer plus title and speech-verb patterns with surname coreference, and
//! quotes with speakers by attribution patterns and sentence subjects — the
//! words in quotation marks and speech reported without them ("Trudeau said
//! the government would act"), whose speakers the same rules resolve.
//!
//! Key design choice: the registry, gazetteer, person titles and speech verbs
//! are data files (`config/outlets.toml`, `config/gazetteer.toml`) loaded
//! through config, so users extend recognition without touching code; the
//! stage reads the work of earlier stages only through the `Document`
//! (removed lines with their kind, page metadata).
#![deny(missing_docs)]

mod data;
mod dateline;
mod end_anchored;
mod entities;
mod gender;
mod outlet;
mod phrases;
mod quotes;
mod sentences;
mod title;

pub use data::{parse_outlets, Gazetteer, OutletEntry};
pub use dateline::find_dateline;
pub use entities::EntityFinder;
pub use outlet::{find_outlet, OutletRegistry};
pub use quotes::QuoteFinder;
pub use title::{find_title, strip_site_name, tidy_title};

use async_trait::async_trait;
use newsflow_core::{parse_options, ConfigError, Document, Flow, Outlet, Registry, RemovedKind, Stage, StageError, StageKind, StageSpec};
use serde::Deserialize;
use std::sync::Arc;

/// The registry shipped with newsflow, used when the config names none.
pub const DEFAULT_OUTLETS: &str = include_str!("../../../config/outlets.toml");
/// The gazetteer shipped with newsflow, used when the config names none.
pub const DEFAULT_GAZETTEER: &str = include_str!("../../../config/gazetteer.toml");

/// Options of the `extract` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ExtractConfig {
    /// Outlet registry file (the shipped one when absent).
    pub outlets: Option<String>,
    /// More registry files.
    pub extra_outlets: Vec<String>,
    /// Gazetteer file (the shipped one when absent).
    pub gazetteer: Option<String>,
    /// More gazetteer files.
    pub extra_gazetteers: Vec<String>,
    /// Quotes with fewer words are scare quotes: flagged, not attributed.
    pub min_quote_words: usize,
    /// Also report speech given without quotation marks ("Trudeau said the
    /// government would act"), as quotes of kind `reported`.
    pub reported_speech: bool,
}

impl Default for ExtractConfig {
    fn default() -> Self {
        ExtractConfig { outlets: None, extra_outlets: vec![], gazetteer: None, extra_gazetteers: vec![], min_quote_words: 4, reported_speech: true }
    }
}

/// The `extract` stage.
#[derive(Debug)]
pub struct ExtractStage {
    outlets: OutletRegistry,
    entities: EntityFinder,
    quotes: QuoteFinder,
    reported_speech: bool,
}

/// Metadata keys holding the publication date, most reliable first.
mod dates;

const DATE_KEYS: &[&str] = &[
    "meta:article:published_time", "jsonld:datePublished", "meta:og:article:published_time", "meta:datepublished",
    "meta:date", "meta:pubdate", "meta:publishdate", "meta:publish-date", "meta:publish_date", "meta:dc.date.issued",
    "meta:dc.date", "meta:dcterms.created", "meta:dcterms.date", "meta:sailthru.date", "meta:parsely-pub-date",
    "meta:article.published", "meta:published_time", "meta:published", "meta:publication_date", "meta:date_published",
    "meta:original-publish-date", "meta:citation_publication_date", "meta:release_date", "time", "time:text",
    "jsonld:dateCreated", "meta:article:modified_time", "jsonld:dateModified",
];

impl ExtractStage {
    /// Builds the stage from registry entries and a gazetteer.
    pub fn new(outlets: Vec<OutletEntry>, gazetteer: &Gazetteer, min_quote_words: usize) -> Result<Self, String> {
        Ok(ExtractStage {
            outlets: OutletRegistry::new(outlets),
            entities: EntityFinder::new(gazetteer)?,
            quotes: QuoteFinder::new(gazetteer, min_quote_words)?,
            reported_speech: true,
        })
    }

    /// Whether speech reported without quotation marks is found too (it
    /// is unless turned off).
    pub fn with_reported_speech(mut self, on: bool) -> Self {
        self.reported_speech = on;
        self
    }

    /// The stage with the shipped data files.
    pub fn with_defaults() -> Result<Self, String> {
        Self::new(parse_outlets(DEFAULT_OUTLETS)?, &Gazetteer::parse(DEFAULT_GAZETTEER)?, 4)
    }

    /// Fills `doc.fields`.
    pub fn extract(&self, doc: &mut Document) {
        if let Some((title, source)) = find_title(doc).map(|(t, s)| (tidy_title(&t), s)).filter(|(t, _)| !t.is_empty()) {
            doc.fields.title = Some(title);
            doc.fields.title_source = Some(source);
        }
        if let Some((date, source)) = published(doc) {
            doc.fields.published = Some(date);
            doc.fields.published_source = Some(source);
        }
        let is_place = |place: &str| self.entities.is_place(place);
        doc.fields.dateline = doc.blocks.iter().take(2).find_map(|b| find_dateline(&b.text, is_place)).or_else(|| dateline_alone_above(doc, &is_place));
        doc.fields.outlet = find_outlet(doc, &self.outlets, doc.fields.dateline.as_ref());
        let is_outlet = |name: &str| self.outlets.by_name(name).is_some();
        doc.fields.authors = authors(doc, &is_outlet);
        if doc.fields.authors.is_empty() {
            // (A hyphenated given name by its first part: "Marie-Ève", "Jean-Yves".)
            let is_given_name = |word: &str| self.entities.is_given_name(word) || word.split_once('-').is_some_and(|(first, _)| self.entities.is_given_name(first));
            doc.fields.authors.extend(name_over_date_line(doc, &is_given_name, &is_outlet, &is_place).or_else(|| name_opening_header_fields(doc, &is_given_name, &is_outlet)));
        }
        if doc.fields.outlet.is_none() {
            doc.fields.outlet = doc.fields.authors.first().and_then(|author| outlet_beside_author(doc, author));
        }
        let body: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        doc.fields.entities = self.entities.entities(&body);
        // The dateline's cities are places of the story ("FREDERICTON —").
        for city in doc.fields.dateline.as_ref().map(dateline::dateline_cities).unwrap_or_default() {
            if !doc.fields.entities.places.contains(&city) {
                doc.fields.entities.places.push(city);
            }
        }
        // The quote readers read the story without its dateline: "HALIFAX —
        // Nova Scotia's health minister says …" opens its sentence with the
        // minister, not the city.
        let body = without_dateline(body, doc.fields.dateline.as_ref());
        doc.fields.quotes = self.quotes.quotes(&body, &doc.fields.entities.people, &self.entities);
        let posts = self.quotes.embedded_posts(&body, &self.entities);
        merge_by_paragraph(&mut doc.fields.quotes, posts);
        quotes::answers_of_the_interviewee(&mut doc.fields.quotes, &body, &doc.fields.entities.people, &self.entities);
        // A speaker only a quote's attribution names ("The town's fire chief,
        // Dave Morin, said:") is one of the article's people too.
        // (Not one word of a place or a party: "the North's state-run agency said".)
        let speakers: Vec<String> = doc.fields.quotes.iter().filter_map(|q| q.speaker.as_deref()).filter_map(|s| self.entities.person_name(s)).filter(|s| s.contains(' ') || !self.entities.is_adjective_of_place_or_party(s)).collect();
        for speaker in speakers {
            if !doc.fields.entities.people.contains(&speaker) {
                doc.fields.entities.people.push(speaker);
            }
        }
        // Reported speech, found after the people are known. (Its speakers
        // are not added to them: an attribution without quotation marks
        // names groups and organisations as often as people.)
        if self.reported_speech {
            let reported = self.quotes.reported(&body, &doc.fields.entities.people, &self.entities);
            merge_by_paragraph(&mut doc.fields.quotes, reported);
            quotes::rechain_after_reports(&mut doc.fields.quotes, &body);
        }
        // A news outlet of the registry is an organisation, not a person
        // ("Politico", "Guardian" for The Guardian), unless someone the
        // article names in full bears it ("Michael Bloomberg").
        let entities = &mut doc.fields.entities;
        let full_names: Vec<String> = entities.people.iter().filter(|p| p.contains(' ')).cloned().collect();
        let outlets: Vec<String> = entities
            .people
            .iter()
            .filter(|p| self.outlets.by_name(p).or_else(|| self.outlets.by_name(&format!("The {p}"))).is_some())
            .filter(|p| !full_names.iter().any(|f| f != *p && f.ends_with(&format!(" {p}"))))
            .cloned()
            .collect();
        entities.people.retain(|p| !outlets.contains(p));
        for outlet in outlets {
            if !entities.organizations.contains(&outlet) {
                entities.organizations.push(outlet);
            }
        }
        entities::without_names_opening_a_full_name(&mut doc.fields.entities.people);
        fuller_organisation_speakers(&mut doc.fields.quotes, &doc.fields.entities.organizations, &self.entities);
        doc.fields.language = language(doc);
    }
}

/// The paragraphs with the dateline cut from the one it opens (one of the
/// first two, where the dateline is read).
fn without_dateline<'a>(mut body: Vec<&'a str>, dateline: Option<&newsflow_core::Dateline>) -> Vec<&'a str> {
    let Some(dateline) = dateline.filter(|d| !d.text.is_empty()) else { return body };
    if let Some(paragraph) = body.iter_mut().take(2).find(|p| p.starts_with(dateline.text.as_str())) {
        let rest = paragraph[dateline.text.len()..].trim_start();
        // (Not a paragraph that is all dateline.)
        if !rest.is_empty() {
            *paragraph = rest;
        }
    }
    body
}

/// The publication date. The date printed with the headline (a date line or
/// byline above or at the start of the article, not one labelled as a
/// revision) is what readers see, so it wins; then page metadata; then a
/// publication line ("first published …"), a date line above the article, a
/// revision date ("Updated …"), any date line, a short line above the body.
/// When the printed date has no time and the metadata has one for the same
/// day, the metadata's time is kept.
fn published(doc: &Document) -> Option<(String, String)> {
    let body_start = doc.blocks.first().map_or(usize::MAX, |b| b.position);
    let headline = doc.removed.iter().find(|r| r.kind == RemovedKind::Headline).map_or(0, |r| r.position);
    let source = |r: &newsflow_core::Removed| format!("{} \"{}\"", r.kind, r.text);
    let dated = |r: &newsflow_core::Removed| newsflow_text::find_date(&r.text).map(|d| (d.iso, source(r)));
    // A line's first date that no label makes a revision's ("Updated on
    // November 18, 2025" above "Aug 01, 2024" dates nothing).
    let first_publication = |r: &newsflow_core::Removed| dates::labelled_dates(&r.text, None).into_iter().find(|(_, revision)| !revision).map(|(iso, _)| (iso, source(r)));
    let date_or_byline = |r: &newsflow_core::Removed| matches!(r.kind, RemovedKind::DateLine | RemovedKind::Byline);
    // A date line or byline around the headline; or, right below it, any
    // line that says it gives the publication ("Published: Mar 8, 2024 ·
    // Modified: … · This post may contain affiliate links").
    let near_headline = |r: &&newsflow_core::Removed| {
        let around = r.position <= body_start.saturating_add(3) && r.position + 12 >= headline.max(1);
        // (With no headline line, any such line above the body.)
        let under_headline = if headline > 0 { (headline..=headline + 3).contains(&r.position) } else { r.position < body_start };
        let labelled = under_headline && (says_published(&r.text) || r.text.contains("Posted"));
        around && date_or_byline(r) || labelled
    };
    // Each date printed near the headline, and whether its label ("Updated
    // …", "Modified:", or a "Last update:" line of its own just above) makes
    // it the revision date rather than the publication date.
    // The few lines near the headline each look for the line above them;
    // no table of every removed line is built for that.
    let label_above = |r: &newsflow_core::Removed| doc.removed.iter().find(|above| above.position + 1 == r.position && newsflow_text::has_at_most_words(&above.text, 4)).map(|above| above.text.as_str());
    // Nearest the headline first, the lines just under it before any other
    // (a sidebar's list of dated posts can stand just above it).
    let mut near: Vec<&newsflow_core::Removed> = doc.removed.iter().filter(near_headline).collect();
    near.sort_by_key(|r| (!(headline > 0 && (headline + 1..=headline + 3).contains(&r.position)), r.position.abs_diff(headline)));
    let printed_dates: Vec<(String, bool, String)> = near
        .into_iter()
        .flat_map(|r| {
            let label_above = label_above(r);
            dates::labelled_dates(&r.text, label_above).into_iter().map(move |(iso, revision)| (iso, revision, source(r)))
        })
        .collect();
    let updated = printed_dates.iter().find(|(_, revision, _)| *revision).map(|(iso, _, src)| (iso.clone(), src.clone()));
    let metadata = metadata_date(doc);
    // Several dates printed near the headline (a site's "today" in its header,
    // then the article's own): the one the metadata confirms is the article's.
    // A line may print two dates glued together (updated, then published):
    // each is a candidate.
    let candidates: Vec<(String, String)> = printed_dates.into_iter().filter(|(_, revision, _)| !revision).map(|(iso, _, src)| (iso, src)).collect();
    let confirmed = metadata.as_ref().and_then(|(m, _)| candidates.iter().position(|(p, _)| same_day(p, m)));
    let printed = confirmed.or((!candidates.is_empty()).then_some(0)).and_then(|i| candidates.get(i).cloned());
    match (printed, metadata) {
        (Some((p, src)), Some((m, _))) if p.len() == 10 && same_day(&p, &m) => Some((m, format!("{src}, time from metadata"))),
        (Some(p), _) => Some(p),
        (None, Some(m)) => Some(m),
        // "This report by The Canadian Press was first published Nov. 21,
        // 2023.": a line outside the story that says when it was published.
        // Then a date line above the article, before a revision date and
        // before one anywhere (below the story, dates are comments').
        (None, None) => publication_line(doc)
            .or_else(|| doc.removed.iter().filter(|r| date_or_byline(r) && r.position < body_start).find_map(first_publication))
            .or(updated)
            .or_else(|| doc.removed.iter().filter(|r| date_or_byline(r)).find_map(dated))
            // Last, a short line above the body ("Posted by Ann on March 30,
            // 2023 in News"): never a sentence of the story itself.
            .or_else(|| {
                doc.removed
                    .iter()
                    .filter(|r| r.position < body_start && newsflow_text::word_count(&r.text) <= 20)
                    .find_map(dated)
            })
            // Or the body's opening line, when it is the post's own header
            // ("Posted on December 20, 2025 by Jean-Luc Aufranc - 5 Comments").
            .or_else(|| {
                let header = doc.blocks.first().filter(|b| (b.text.starts_with("Posted") || b.text.starts_with("Published")) && newsflow_text::has_at_most_words(&b.text, 30))?;
                newsflow_text::find_date(&header.text).map(|d| (d.iso, format!("opening line \"{}\"", header.text)))
            }),
    }
}

/// Whether a line has the word "published" in any common casing: a cheap
/// test before the costlier reading of footers and publication lines.
pub(crate) fn says_published(text: &str) -> bool {
    text.contains("ublished") || text.contains("UBLISHED")
}

/// A short removed line (a footer, a credit) saying when the story was
/// published, never a sentence of the story: "first published Nov. 21, 2023".
fn publication_line(doc: &Document) -> Option<(String, String)> {
    doc.removed
        .iter()
        // Most lines do not say "published": only those are lower-cased.
        .filter(|r| says_published(&r.text))
        .filter(|r| {
            let lower = r.text.to_lowercase();
            // "Last published …" (Medium) is the last revision, not the publication.
            newsflow_text::has_at_most_words(&r.text, 25) && ["first published", "originally published", "was published"].iter().any(|p| lower.contains(p))
        })
        .find_map(|r| newsflow_text::find_date(&r.text).filter(|d| d.iso.len() >= 10).map(|d| (d.iso, format!("publication line \"{}\"", r.text))))
}

/// The publication date of the page metadata, in the first form the page
/// gives it. A UTC time whose day differs by one from a date in the page's
/// own URL (`/2025/12/18/`), in the direction its hour allows, is the
/// publisher's evening or morning across midnight UTC: the URL's day is kept.
fn metadata_date(doc: &Document) -> Option<(String, String)> {
    // Before a page's `<time>` elements, a meta tag any site names for its
    // publication ("w-published-date", "article-publish-date"): "publish"
    // with "date" or "time" in its name, no revision's word.
    let own_publication_key = |key: &&String| {
        key.starts_with("meta:") && key.contains("publish") && (key.contains("date") || key.contains("time")) && !["modif", "updat", "expir", "revis"].iter().any(|w| key.contains(w))
    };
    let listed = |key: &str| DATE_KEYS.contains(&key);
    let own_keys: Vec<&str> = doc.meta.keys().filter(own_publication_key).map(String::as_str).filter(|k| !listed(k)).collect();
    let time_at = DATE_KEYS.iter().position(|k| *k == "time").unwrap_or(DATE_KEYS.len());
    let keys = DATE_KEYS[..time_at].iter().copied().chain(own_keys).chain(DATE_KEYS[time_at..].iter().copied());
    let (first, key) = keys.into_iter().find_map(|key| {
        doc.meta.get(key).into_iter().flatten().find_map(|v| newsflow_text::find_date(v)).map(|d| (d.iso, key.to_string()))
    })?;
    if !is_utc(&first) {
        return Some((first, key));
    }
    let url_day = ["canonical", "meta:og:url"].iter().find_map(|k| doc.meta_first(k).and_then(dates::day_in_url));
    match (url_day, dates::neighbouring_day(&first)) {
        (Some(day), Some(neighbour)) if day == neighbour => Some((day, format!("{key}, day from the page URL"))),
        _ => Some((first, key)),
    }
}

fn is_utc(iso: &str) -> bool {
    iso.len() > 10 && (iso.ends_with('Z') || iso.ends_with("+00:00"))
}

fn same_day(a: &str, b: &str) -> bool {
    a.len() >= 10 && b.len() >= 10 && a[..10] == b[..10]
}

fn authors(doc: &Document, is_outlet: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = doc.meta.get("jsonld:author").cloned().unwrap_or_default();
    if out.is_empty() {
        out.extend(doc.meta.get("meta:author").cloned().unwrap_or_default());
    }
    if out.is_empty() {
        for r in doc.removed.iter().filter(|r| r.kind == RemovedKind::Byline) {
            // "By Mia Rabson, The Canadian Press": the affiliation after the comma is no author.
            let names = r.text.split(", ").next().unwrap_or("");
            // Past the label ("By", "Written by", "Author:"); a byline of a
            // name and credentials ("Dylan Bailey, MS, RD") has none.
            // Scraped text glues the label to the name ("Written byMadeline").
            let words: Vec<&str> = names.split_whitespace().flat_map(unglue_by).collect();
            let label = words.iter().take(4).position(|w| matches!(w.trim_end_matches(':').to_lowercase().as_str(), "by" | "author"));
            let name: String = words.iter().copied().skip(label.map_or(0, |i| i + 1)).take_while(|w| newsflow_text::is_capitalized(w) || *w == "and").collect::<Vec<_>>().join(" ");
            let name = name.split("Published").next().unwrap_or("").trim();
            // Scraped text glues the outlet to the name too ("By Rachel
            // Kim Global News").
            let name = without_job_title(without_outlet_suffix(name, is_outlet));
            // "By MARK SHERMAN and LINDSAY WHITEHURST": two authors, as
            // names are written.
            for one in name.split(" and ").map(str::trim).filter(|n| !n.is_empty()) {
                out.push(as_written_in_capitals(one));
            }
        }
    }
    // A post header of fields ("Haley Ryan · CBC News · Posted: Mar 12,
    // 2025"): its first field, when it is a name and not the outlet's.
    if out.is_empty() {
        let first_fields = doc.removed.iter().filter(|r| r.kind == RemovedKind::DateLine).filter_map(|r| outlet::header_fields(&r.text).next());
        for field in first_fields {
            let name = field.strip_prefix("By ").unwrap_or(field).trim();
            if phrases::is_name_of_capitals(name) && !is_outlet(name) {
                out.push(name.to_string());
                break;
            }
        }
    }
    // A wire story names its reporters only in the production note under
    // it: "(Reporting by David Ljunggren in Ottawa; Editing by Leslie Adler)".
    if out.is_empty() {
        out.extend(doc.removed.iter().filter(|r| r.kind == RemovedKind::Credit).flat_map(|r| wire_reporters(&r.text)));
    }
    // A page's metadata may escape its characters twice ("Maria &amp;
    // Katerina"), wrap the name in quotes, keep the byline's label ("By
    // Arlene Marturano") or give a profile's address instead of a name.
    let clean = |name: &String| {
        let name = title::decode_entities(name);
        let name = name.trim().trim_matches(['"', '“', '”', ',', ';', ' ']);
        let name = name.strip_prefix("By ").or_else(|| name.strip_prefix("by ")).unwrap_or(name).trim();
        let label = matches!(name.to_lowercase().as_str(), "written" | "by" | "author" | "posted");
        (!name.contains("://") && !label).then(|| name.to_string())
    };
    let mut out: Vec<String> = out.iter().filter_map(clean).filter(|name| !name.is_empty()).collect();
    let mut seen = std::collections::HashSet::new();
    out.retain(|name| seen.insert(name.clone()));
    out
}

/// A name printed in capitals, as it is written ("MARK SHERMAN" → "Mark
/// Sherman", "JEAN-PAUL O'NEIL" → "Jean-Paul O'Neil"); any other name as it
/// is, and so are credentials and acronyms ("PSK CPA": no word of four
/// letters or more).
fn as_written_in_capitals(name: &str) -> String {
    let in_capitals = !name.chars().any(char::is_lowercase) && name.contains(' ');
    let long_word = name.split(' ').any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    if !in_capitals || !long_word {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = matches!(c, ' ' | '-' | '\'' | '’');
    }
    out
}

/// The reporters and writers a wire's production note names ("(Reporting
/// by Nailia Bagirova and Jane Doe in Baku; Writing by Tom Balmforth;
/// Editing by Mark Trevelyan)" → Nailia Bagirova, Jane Doe, Tom
/// Balmforth); its editors wrote none of it.
fn wire_reporters(note: &str) -> Vec<String> {
    let note = note.trim().trim_start_matches('(').trim_end_matches(['.', ')']);
    note.split(';')
        .filter_map(|part| {
            let part = part.trim();
            ["Reporting by ", "Additional reporting by ", "Writing by "].iter().find_map(|label| part.strip_prefix(label))
        })
        // "… in Baku", "… from Ottawa": where they reported from.
        .flat_map(|names| names.split(" in ").next().unwrap_or("").split(" from ").next().unwrap_or("").split([',', '&']).flat_map(|n| n.split(" and ")))
        .map(str::trim)
        .filter(|name| phrases::is_name_of_capitals(name))
        .map(str::to_string)
        .collect()
}

/// A dateline printed alone on the line right above the story, removed
/// with the header's short lines ("SEATTLE (AP) —" under a photo's
/// caption): one with an agency, so that no heading in capitals is read as
/// a place.
fn dateline_alone_above(doc: &Document, is_place: &dyn Fn(&str) -> bool) -> Option<newsflow_core::Dateline> {
    let first = doc.blocks.first()?.position;
    let line = doc.removed.iter().find(|r| r.position + 1 == first)?;
    find_dateline(&line.text, is_place).filter(|d| d.agency.is_some() && d.text.len() + 2 >= line.text.trim().len())
}

/// A name printed alone above the date line of the story's header, or
/// above the outlet's name over it ("Catherine Lévesque" / "National Post"
/// / "Published Nov 09, 2023"): the author, when the name opens with a
/// given name (not a section's "Breaking News") and is above the body.
fn name_over_date_line(doc: &Document, is_given_name: &dyn Fn(&str) -> bool, is_outlet: &dyn Fn(&str) -> bool, is_place: &dyn Fn(&str) -> bool) -> Option<String> {
    // (The lines below one are the next removed ones, blank lines between
    // or not.)
    let header: Vec<&newsflow_core::Removed> = header_lines(doc).collect();
    let date_line = |i: usize| header.get(i).is_some_and(|r| r.kind == RemovedKind::DateLine);
    header.iter().enumerate().filter(|(_, r)| r.kind != RemovedKind::Headline).find_map(|(i, r)| {
        // (A byline set in capitals is read in title case: "KATHRYN BLAZE
        // BAUM" is Kathryn Blaze Baum.)
        let written = r.text.trim();
        let name = match written.chars().any(char::is_lowercase) {
            true => written.to_string(),
            false => dateline::title_case(written),
        };
        // (The line's own shape first: the neighbours are looked up only for a name.)
        let named = phrases::is_name_of_capitals(&name) && name.split(' ').next().is_some_and(is_given_name) && !is_outlet(&name);
        // (Past the outlet's name or the place the story is filed from:
        // "TORONTO", "Halifax".)
        let outlet_or_place = |text: &str| is_outlet(text) || is_place(text) || is_place(&dateline::title_case(text));
        let over_date = || date_line(i + 1) || date_line(i + 2) && header.get(i + 1).is_some_and(|between| outlet_or_place(between.text.trim()));
        (named && over_date()).then_some(name)
    })
}

/// The name opening a line of fields above the body, when it opens with a
/// given name and is no outlet's ("Zane Woodford · Halifax Examiner", a
/// post header with no date; the lines with one are read by [`authors`]).
fn name_opening_header_fields(doc: &Document, is_given_name: &dyn Fn(&str) -> bool, is_outlet: &dyn Fn(&str) -> bool) -> Option<String> {
    header_lines(doc).filter(|r| r.kind != RemovedKind::Headline).find_map(|r| {
        let mut fields = outlet::header_fields(&r.text);
        let name = fields.next()?;
        let named = fields.any(|field| !field.is_empty()) && phrases::is_name_of_capitals(name) && name.split(' ').next().is_some_and(is_given_name) && !is_outlet(name);
        named.then(|| name.to_string())
    })
}

/// The field after the author's in a header line of fields above the body,
/// as the outlet the registry does not know ("Zane Woodford · Halifax
/// Examiner"): two to five capitalised words, no date, no label.
fn outlet_beside_author(doc: &Document, author: &str) -> Option<Outlet> {
    header_lines(doc).find_map(|r| {
        let mut fields = outlet::header_fields(&r.text);
        let first = fields.next()?;
        let name = first.strip_prefix("By ").unwrap_or(first).trim();
        let outlet = fields.next().filter(|_| name == author)?;
        let words = outlet.split_whitespace().count();
        let labelled = ["Posted", "Updated", "Published"].iter().chain(&JOB_TITLE_WORDS).any(|label| outlet.contains(label));
        let shaped = (2..=5).contains(&words) && outlet.split_whitespace().all(newsflow_text::is_capitalized) && !outlet.contains(|c: char| c.is_ascii_digit());
        (shaped && !labelled).then(|| Outlet { name: outlet.to_string(), evidence: vec![format!("header line \"{}\" (the field after the author's)", r.text.trim())] })
    })
}

/// The removed lines above the body (the story's header), in page order.
fn header_lines(doc: &Document) -> impl Iterator<Item = &newsflow_core::Removed> {
    let body_start = doc.blocks.first().map_or(usize::MAX, |b| b.position);
    doc.removed.iter().filter(move |r| r.position < body_start)
}

/// A byline's name without an outlet's name after it ("Rachel Kim Global
/// News" → "Rachel Kim"); the name alone when no outlet's name ends it.
/// Words of a byline's job title ("Staff Reporter", "Contributing Writer").
const JOB_TITLE_WORDS: [&str; 7] = ["Staff", "Contributing", "Contributor", "Correspondent", "Reporter", "Writer", "Editor"];

/// The name without the job title a byline glues after it ("Emma Paling
/// Staff Reporter" → "Emma Paling"), past the name's first two words.
fn without_job_title(name: &str) -> &str {
    name.match_indices(' ').skip(1).find(|&(at, _)| name[at + 1..].split(' ').next().is_some_and(|w| JOB_TITLE_WORDS.contains(&w))).map_or(name, |(at, _)| &name[..at])
}

fn without_outlet_suffix<'n>(name: &'n str, is_outlet: &dyn Fn(&str) -> bool) -> &'n str {
    name.match_indices(' ').find(|&(at, _)| is_outlet(&name[at + 1..])).map_or(name, |(at, _)| name[..at].trim_end())
}

/// "byMadeline" → "by", "Madeline"; any other word as it is.
fn unglue_by(word: &str) -> Vec<&str> {
    match word.get(..2).zip(word.get(2..)) {
        Some((by, name)) if by.eq_ignore_ascii_case("by") && name.starts_with(char::is_uppercase) => vec![by, name],
        _ => vec![word],
    }
}

/// English when the body reads like English; else the page's declared language.
/// (Read on a sample: its first 20 blocks, at most 300 words. A page's
/// language shows in its first sentences; counting every word of a long
/// article again cost a tenth of the stage.)
fn language(doc: &Document) -> Option<String> {
    const SAMPLE_WORDS: usize = 300;
    let (mut words, mut stopwords) = (0usize, 0usize);
    for block in doc.blocks.iter().take(20) {
        if words >= SAMPLE_WORDS {
            break;
        }
        let (n, stop) = newsflow_text::stopword_counts(&block.text, SAMPLE_WORDS - words);
        words += n;
        stopwords += stop;
    }
    if words >= 20 && stopwords as f64 >= 0.2 * words as f64 {
        return Some("en".into());
    }
    doc.meta_first("lang").map(|l| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase()).or_else(|| doc.blocks.iter().any(|b| !b.text.is_empty()).then(|| "und".into()))
}

#[async_trait]
impl Stage for ExtractStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.extract(doc);
        Ok(Flow::Continue)
    }
}

/// A speaker that is an organisation's word alone ("the Bureau previously
/// insisted", "said the Council") is the one organisation of the article
/// whose name ends with that word or opens with it before "of" ("Federal
/// Bureau of Prisons"), when there is exactly one.
fn fuller_organisation_speakers(quotes: &mut [newsflow_core::Quote], organizations: &[String], finder: &EntityFinder) {
    for quote in quotes.iter_mut() {
        let Some(word) = quote.speaker.as_deref().filter(|s| !s.contains(' ') && finder.ends_with_organisation_word(s)) else { continue };
        let (ending, opening) = (format!(" {word}"), format!("{word} of "));
        let fuller: Vec<&String> = organizations.iter().filter(|o| o.ends_with(&ending) || o.starts_with(&opening)).collect();
        if let [only] = fuller[..] {
            quote.speaker = Some(only.clone());
        }
    }
}

/// Puts each reported quote after the quotes of its paragraph and those
/// before it, keeping both lists' order.
fn merge_by_paragraph(quotes: &mut Vec<newsflow_core::Quote>, reported: Vec<newsflow_core::Quote>) {
    for quote in reported {
        let at = quotes.iter().rposition(|q| q.paragraph <= quote.paragraph).map_or(0, |i| i + 1);
        quotes.insert(at, quote);
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: ExtractConfig = parse_options(spec)?;
    let read = |path: &Option<String>, default: &str| -> Result<(String, String), ConfigError> {
        match path {
            Some(p) => Ok((spec.read_data(p)?, p.clone())),
            None => Ok((default.to_string(), "(shipped)".into())),
        }
    };
    let (text, path) = read(&config.outlets, DEFAULT_OUTLETS)?;
    let mut outlets = parse_outlets(&text).map_err(|e| spec.data_error(&spec.resolve_path(&path), e))?;
    for p in &config.extra_outlets {
        outlets.extend(parse_outlets(&spec.read_data(p)?).map_err(|e| spec.data_error(&spec.resolve_path(p), e))?);
    }
    let (text, path) = read(&config.gazetteer, DEFAULT_GAZETTEER)?;
    let mut gazetteer = Gazetteer::parse(&text).map_err(|e| spec.data_error(&spec.resolve_path(&path), e))?;
    for p in &config.extra_gazetteers {
        gazetteer.extend(Gazetteer::parse(&spec.read_data(p)?).map_err(|e| spec.data_error(&spec.resolve_path(p), e))?);
    }
    if config.min_quote_words == 0 {
        return Err(spec.error("min_quote_words must be at least 1"));
    }
    let stage = ExtractStage::new(outlets, &gazetteer, config.min_quote_words).map_err(|e| spec.error(e))?;
    Ok(Arc::new(stage.with_reported_speech(config.reported_speech)))
}

/// Registers the `extract` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind {
        kind: "extract",
        description: "title, publication date, dateline, outlet, people/places/organisations, quotes (direct and reported) with speakers",
        factory,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::{Block, Quote, QuoteKind, Removed};

    #[test]
    fn a_wire_note_names_its_reporters_not_its_editors() {
        assert_eq!(
            wire_reporters("(Reporting by Nailia Bagirova and Jane Doe in Baku; Additional reporting by Tom Balmforth, Ali Kucukgocmen; Editing by Mark Trevelyan)"),
            ["Nailia Bagirova", "Jane Doe", "Tom Balmforth", "Ali Kucukgocmen"]
        );
        assert_eq!(wire_reporters("Writing by David Ljunggren; editing by Leslie Adler."), ["David Ljunggren"]);
        assert!(wire_reporters("(Editing by Leslie Adler)").is_empty());
        assert!(wire_reporters("Reporting by staff").is_empty());
    }

    #[test]
    fn an_organisations_word_alone_is_the_one_organisation_it_ends() -> Result<(), String> {
        let stage = ExtractStage::with_defaults()?;
        let quote = |speaker: &str| Quote { speaker: Some(speaker.into()), text: "x".into(), scare: false, attribution: None, paragraph: 0, kind: QuoteKind::Reported };
        let mut quotes = vec![quote("Bureau"), quote("Department"), quote("Jane Smith")];
        let orgs = ["Bureau of Labor Statistics", "Justice Department", "Treasury Department"].map(String::from);
        fuller_organisation_speakers(&mut quotes, &orgs, &stage.entities);
        let speakers: Vec<&str> = quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        // ("Department": two organisations end with it, so neither.)
        assert_eq!(speakers, ["Bureau of Labor Statistics", "Department", "Jane Smith"]);
        Ok(())
    }

    #[test]
    fn fields_from_removed_lines_and_body() -> Result<(), String> {
        let stage = ExtractStage::with_defaults()?;
        let mut doc = Document::default();
        let removed = |kind, text: &str| Removed { text: text.into(), reason: String::new(), kind, position: 1 };
        doc.removed.push(removed(RemovedKind::Headline, "Putin says Nagorno-Karabakh is inseparable territory of Azerbaijan"));
        doc.removed.push(removed(RemovedKind::DateLine, "November 23, 2020 at 2:17 pm"));
        doc.blocks.push(Block::paragraph("TEHRAN (Tasnim) – Russian President Vladimir Putin spoke in Moscow on 9 November 2019.", 3));
        doc.blocks.push(Block::paragraph("“Armenia did not recognise the independence of the region,” Putin stated.", 4));
        stage.extract(&mut doc);
        let f = &doc.fields;
        assert_eq!(f.title.as_deref(), Some("Putin says Nagorno-Karabakh is inseparable territory of Azerbaijan"));
        assert_eq!(f.published.as_deref(), Some("2020-11-23T14:17:00"), "event dates in the story are not the publication date");
        assert_eq!(f.outlet.as_ref().map(|o| o.name.as_str()), Some("Tasnim"));
        assert_eq!(f.entities.people, vec!["Vladimir Putin"]);
        assert_eq!(f.quotes.first().and_then(|q| q.speaker.as_deref()), Some("Vladimir Putin"));
        Ok(())
    }

    #[test]
    fn reported_speech_follows_the_direct_quotes_of_its_paragraph_unless_turned_off() -> Result<(), String> {
        let paragraphs = ["Mayor Olivia Chow said the budget would protect transit. “We will not cut service,” she said.", "Chow told reporters the vote is set for Friday."];
        let run = |stage: ExtractStage| {
            let mut doc = Document::default();
            doc.blocks.extend(paragraphs.iter().enumerate().map(|(i, p)| Block::paragraph(*p, i)));
            stage.extract(&mut doc);
            doc.fields.quotes.iter().map(|q| (q.kind, q.paragraph, q.speaker.clone().unwrap_or_default())).collect::<Vec<_>>()
        };
        let chow = || "Olivia Chow".to_string();
        assert_eq!(run(ExtractStage::with_defaults()?), vec![(QuoteKind::Direct, 0, chow()), (QuoteKind::Reported, 0, chow()), (QuoteKind::Reported, 1, chow())]);
        assert_eq!(run(ExtractStage::with_defaults()?.with_reported_speech(false)), vec![(QuoteKind::Direct, 0, chow())]);
        Ok(())
    }

    fn removed(kind: RemovedKind, text: &str, position: usize) -> Removed {
        Removed { text: text.into(), reason: String::new(), kind, position }
    }

    /// A page of one body paragraph at `at` and these removed lines.
    fn page(body: &str, at: usize, lines: &[(RemovedKind, &str, usize)]) -> Document {
        let mut doc = Document::default();
        doc.blocks.push(Block::paragraph(body, at));
        doc.removed.extend(lines.iter().map(|(kind, text, position)| removed(*kind, text, *position)));
        doc
    }

    fn date_of(doc: &Document) -> Option<String> {
        published(doc).map(|(date, _)| date)
    }

    /// The page of one paragraph after the extract stage with its defaults.
    fn extracted(paragraph: &str) -> Result<Document, String> {
        let stage = ExtractStage::with_defaults()?;
        let mut doc = page(paragraph, 1, &[]);
        stage.extract(&mut doc);
        Ok(doc)
    }

    /// The date of a page whose body opens at `body_at` under these removed lines.
    fn date_with(lines: &[(RemovedKind, &str, usize)], body_at: usize) -> Option<String> {
        date_of(&page("The article body starts here and goes on.", body_at, lines))
    }

    #[test]
    fn a_speaker_named_only_by_the_attribution_is_one_of_the_people() -> Result<(), String> {
        let doc = extracted("The town's fire chief, Dave Morin, said: \"We have been through this before, and we will get through it again.\"")?;
        assert_eq!(doc.fields.quotes.first().and_then(|q| q.speaker.as_deref()), Some("Dave Morin"));
        assert_eq!(doc.fields.entities.people, vec!["Dave Morin"]);
        Ok(())
    }

    #[test]
    fn the_quote_readers_read_the_lead_past_its_dateline() -> Result<(), String> {
        let doc = extracted("HALIFAX — Nova Scotia's health minister says the province will spend $42 million over three years.")?;
        assert_eq!(doc.fields.dateline.as_ref().map(|d| d.place.as_str()), Some("HALIFAX"));
        let reported: Vec<(&str, Option<&str>)> = doc.fields.quotes.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
        assert_eq!(reported, [("the province will spend $42 million over three years", None)]);
        // The record keeps the paragraph as written.
        assert!(doc.blocks[0].text.starts_with("HALIFAX — "));
        Ok(())
    }

    #[test]
    fn metadata_authors_are_unescaped() {
        let mut doc = Document::default();
        doc.meta.insert("meta:author".into(), vec!["Maria &amp; Katerina".into(), "\"David Kim\"".into(), "By Arlene Marturano".into(), "https://example.com/user/jane".into(), "Written".into()]);
        assert_eq!(authors(&doc, &|_| false), ["Maria & Katerina", "David Kim", "Arlene Marturano"]);
    }

    #[test]
    fn a_news_outlet_is_no_person() -> Result<(), String> {
        let doc = extracted("\"The talks are over,\" Politico reported on Monday, citing two officials. Guardian said the same.")?;
        let people = &doc.fields.entities.people;
        assert!(!people.iter().any(|p| p == "Politico" || p == "Guardian"), "{people:?}");
        assert!(doc.fields.entities.organizations.iter().any(|o| o == "Politico"), "{:?}", doc.fields.entities.organizations);
        Ok(())
    }

    #[test]
    fn metadata_picks_the_printed_date_and_the_url_settles_midnight() {
        // A site header's "today", then the article's own date line.
        let lines = [(RemovedKind::DateLine, "Friday, December 19, 2025", 1), (RemovedKind::Headline, "Green gifts for gardeners", 2), (RemovedKind::DateLine, "on December 18, 2025", 3)];
        let mut doc = page("The article body starts here and goes on.", 4, &lines);
        doc.meta.insert("meta:article:published_time".into(), vec!["2025-12-18T16:02:00+00:00".into()]);
        assert_eq!(date_of(&doc).as_deref(), Some("2025-12-18T16:02:00+00:00"));
        // Without metadata, the date under the headline stands.
        doc.meta.clear();
        assert_eq!(date_of(&doc).as_deref(), Some("2025-12-18"));

        let mut doc = Document::default();
        doc.meta.insert("meta:article:published_time".into(), vec!["2025-12-19T02:41:41+00:00".into()]);
        doc.meta.insert("canonical".into(), vec!["https://example.com/2025/12/18/a-title".into()]);
        assert_eq!(date_of(&doc).as_deref(), Some("2025-12-18"), "an evening post west of UTC");
        doc.meta.insert("canonical".into(), vec!["https://example.com/2025/12/17/a-title".into()]);
        assert_eq!(date_of(&doc).as_deref(), Some("2025-12-19T02:41:41+00:00"), "a URL two days off says nothing");
    }

    #[test]
    fn a_meta_tag_any_site_names_for_its_publication() {
        let mut doc = Document::default();
        doc.meta.insert("meta:w-published-date".into(), vec!["2025-05-27T06:03:43.274Z".into()]);
        doc.meta.insert("meta:w-modified-date".into(), vec!["2025-06-01T00:00:00Z".into()]);
        doc.meta.insert("time".into(), vec!["2024-01-01".into()]);
        assert_eq!(date_of(&doc).as_deref(), Some("2025-05-27T06:03:43Z"));
        doc.meta.remove("meta:w-published-date");
        assert_eq!(date_of(&doc).as_deref(), Some("2024-01-01"), "a revision's tag is no publication's");
    }

    #[test]
    fn of_two_glued_dates_on_a_line_the_metadata_confirms_one() {
        let lines = [(RemovedKind::Headline, "Espresso machines under $500", 1), (RemovedKind::DateLine, "May 21, 2025April 24, 2025 by The Ritualist", 2)];
        let mut doc = page("The article body starts here and goes on.", 3, &lines);
        doc.meta.insert("meta:article:published_time".into(), vec!["2025-04-24T16:12:49+00:00".into()]);
        assert_eq!(date_of(&doc).as_deref(), Some("2025-04-24T16:12:49+00:00"));
        doc.meta.clear();
        assert_eq!(date_of(&doc).as_deref(), Some("2025-04-24"), "without metadata, the earlier printed date: the later is its revision");
    }

    #[test]
    fn a_revision_date_is_no_publication_date() {
        // "Last update:" over a date: the revision; the date printed above
        // the article is the publication.
        let lines = [
            (RemovedKind::DateLine, "February 8, 2022", 3),
            (RemovedKind::Headline, "Best movers in the city", 10),
            (RemovedKind::OutsideArticle, "Last update:", 11),
            (RemovedKind::DateLine, "July 16, 2025", 12),
            (RemovedKind::DateLine, "January 11, 2026 at 1:34 pm", 90),
        ];
        assert_eq!(date_with(&lines, 14).as_deref(), Some("2022-02-08"));
        // A labelled line under the headline, whatever its kind: the date
        // after "Published", not the one after "Modified"; never a comment's.
        let lines = [
            (RemovedKind::Headline, "Sourdough for beginners", 25),
            (RemovedKind::OutsideArticle, "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may contain affiliate links", 26),
            (RemovedKind::DateLine, "January 11, 2026 at 1:34 pm", 189),
        ];
        assert_eq!(date_with(&lines, 28).as_deref(), Some("2024-03-08"));
        // Far from the headline, a line's publication date before its revision's.
        let lines = [(RemovedKind::DateLine, "Updated Jan 5, 2025 | Published Dec 1, 2024", 3), (RemovedKind::Headline, "Best movers in the city", 30)];
        assert_eq!(date_with(&lines, 32).as_deref(), Some("2024-12-01"));
    }

    #[test]
    fn a_wire_footer_dates_the_story_and_a_byline_affiliation_is_no_author() {
        let lines = [(RemovedKind::Byline, "By Mia Rabson, The Canadian Press", 2), (RemovedKind::OutsideArticle, "This report by The Canadian Press was first published Nov. 21, 2023.", 9)];
        let doc = page("OTTAWA — The report, published on March 3, 2021, found nothing new.", 3, &lines);
        assert_eq!(date_of(&doc).as_deref(), Some("2023-11-21"));
        assert_eq!(authors(&doc, &|_| false), vec!["Mia Rabson"]);
    }

    #[test]
    fn the_date_under_the_headline_beats_a_sidebar_of_dated_posts_above_it() {
        let lines = [
            (RemovedKind::DateLine, "[ December 3, 2025 ]", 126),
            (RemovedKind::DateLine, "[ December 1, 2025 ]", 129),
            (RemovedKind::Headline, "Top 10 best luxury hotel brands in the world", 139),
            (RemovedKind::DateLine, "June 3, 2024", 140),
        ];
        assert_eq!(date_with(&lines, 142).as_deref(), Some("2024-06-03"));
    }

    #[test]
    fn a_post_header_opening_the_body_dates_it() {
        let doc = page("Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you need 14 USB ports?", 27, &[(RemovedKind::Headline, "Do you need 14 USB ports?", 26)]);
        assert_eq!(date_of(&doc).as_deref(), Some("2025-12-20"));
        let doc = page("On December 20, 2025, the council met for the last time.", 27, &[]);
        assert_eq!(date_of(&doc), None, "a sentence of the story is no header");
    }

    #[test]
    fn a_dateline_alone_above_the_story() {
        let lines = [(RemovedKind::Caption, "Marchers in San Francisco, Sunday. (AP Photo/Jeff Chiu)", 1), (RemovedKind::OutsideArticle, "SEATTLE (AP) —", 2)];
        let doc = page("Police said a second person was wounded.", 3, &lines);
        assert_eq!(dateline_alone_above(&doc, &|_| false).and_then(|d| d.agency).as_deref(), Some("AP"));
        let lines = [(RemovedKind::OutsideArticle, "TOP STORIES", 2)];
        assert!(dateline_alone_above(&page("Police said a second person was wounded.", 3, &lines), &|_| false).is_none(), "no agency, no dateline");
    }

    #[test]
    fn the_author_opens_a_post_header_of_fields() {
        let doc = page("The article body starts here and goes on.", 3, &[(RemovedKind::DateLine, "Haley Ryan · CBC News · Posted: Mar 12, 2025 4:00 AM AST", 2)]);
        assert_eq!(authors(&doc, &|name| name == "CBC News"), vec!["Haley Ryan"]);
        let doc = page("The article body starts here and goes on.", 3, &[(RemovedKind::DateLine, "CBC News · Posted: Mar 12, 2025 4:00 AM AST", 2)]);
        assert!(authors(&doc, &|name| name == "CBC News").is_empty(), "the outlet is no author");
        assert_eq!(without_outlet_suffix("Rachel Kim Global News", &|name| name == "Global News"), "Rachel Kim");
        assert_eq!(without_job_title("Emma Paling Staff Reporter"), "Emma Paling");
        assert_eq!(without_job_title("Mary Ann Smith Contributing Writer"), "Mary Ann Smith");
        assert_eq!(without_job_title("Jane Writer"), "Jane Writer", "a surname, not a title");
        // A name alone over the outlet and the date line of the header.
        let is_outlet = |name: &str| name == "National Post";
        let given = |word: &str| word == "Catherine";
        let header = |name: &'static str| {
            let lines = [(RemovedKind::Headline, "Liberals table a bill", 1), (RemovedKind::OutsideArticle, name, 3), (RemovedKind::OutsideArticle, "National Post", 4), (RemovedKind::DateLine, "Published Nov 09, 2023", 5)];
            page("OTTAWA — The federal government tabled legislation on Thursday.", 7, &lines)
        };
        let no_place = |_: &str| false;
        assert_eq!(name_over_date_line(&header("Catherine Lévesque"), &given, &is_outlet, &no_place).as_deref(), Some("Catherine Lévesque"));
        assert_eq!(name_over_date_line(&header("Breaking News"), &given, &is_outlet, &no_place), None, "no given name");
        // In capitals, over the place the story is filed from.
        let is_place = |name: &str| name == "Toronto";
        let filed = |name: &'static str, place: &'static str| {
            let lines = [(RemovedKind::Headline, "The quiet crisis in care homes", 1), (RemovedKind::OutsideArticle, name, 3), (RemovedKind::OutsideArticle, place, 4), (RemovedKind::DateLine, "PUBLISHED NOVEMBER 3, 2025", 5)];
            page("Amira Haddad remembers the spring of 2020.", 7, &lines)
        };
        assert_eq!(name_over_date_line(&filed("CATHERINE BLAZE BAUM", "TORONTO"), &given, &is_outlet, &is_place).as_deref(), Some("Catherine Blaze Baum"));
        assert_eq!(name_over_date_line(&filed("CATHERINE BLAZE BAUM", "SPONSORED"), &given, &is_outlet, &is_place), None, "no place between");
        // A line of fields with no date: its name, not a section's.
        let fields = |line: &'static str| page("HALIFAX — Regional council approved a budget on Tuesday.", 4, &[(RemovedKind::Headline, "Council approves budget", 1), (RemovedKind::OutsideArticle, line, 2)]);
        assert_eq!(name_opening_header_fields(&fields("Catherine Lévesque · Halifax Examiner"), &given, &is_outlet).as_deref(), Some("Catherine Lévesque"));
        assert_eq!(name_opening_header_fields(&fields("Breaking News | Halifax"), &given, &is_outlet), None);
        assert_eq!(name_opening_header_fields(&fields("Catherine Lévesque"), &given, &is_outlet), None, "no fields");
        // The field after the author's names an outlet the registry lacks.
        let outlet = |line: &'static str| outlet_beside_author(&fields(line), "Catherine Lévesque").map(|o| o.name);
        assert_eq!(outlet("Catherine Lévesque · Halifax Examiner").as_deref(), Some("Halifax Examiner"));
        assert_eq!(outlet("Catherine Lévesque · Staff Writer"), None);
        assert_eq!(outlet("Catherine Lévesque · Posted: Mar 12, 2025"), None);
        assert_eq!(outlet("Jane Doe · Halifax Examiner"), None, "not beside the author");
        assert_eq!(without_outlet_suffix("Rachel Kim", &|name| name == "Global News"), "Rachel Kim");
    }

    #[test]
    fn the_author_follows_the_label_or_opens_the_byline() {
        for (byline, author) in [("Written by Danielle DeSiato", "Danielle DeSiato"), ("Written byMadeline Puckette", "Madeline Puckette"), ("Author: Jane Roe", "Jane Roe"), ("Dylan Bailey, MS, RD, FAND", "Dylan Bailey")] {
            let doc = page("The article body starts here and goes on.", 3, &[(RemovedKind::Byline, byline, 2)]);
            assert_eq!(authors(&doc, &|_| false), vec![author], "{byline}");
        }
        // Two authors in capitals, as a wire prints them.
        let doc = page("The article body starts here and goes on.", 3, &[(RemovedKind::Byline, "By MARK SHERMAN and JEAN-PAUL O'NEIL Associated Press", 2)]);
        assert_eq!(authors(&doc, &|name| name == "Associated Press"), vec!["Mark Sherman", "Jean-Paul O'Neil"]);
        assert_eq!(as_written_in_capitals("PSK CPA"), "PSK CPA");
    }
}
