//! The `boilerplate` stage: everything that is not the article leaves the body,
//! and every removed line is kept with its reason.
//!
//! Evidence is layered from the most to the least certain, so that each removal
//! can be explained: (1) cue phrases from a data file (`config/boilerplate.toml`:
//! ad markers, "READ:" links, comment policies, newsletter prompts…), (2) line
//! shapes that need no list (date lines, bylines, captions with a credit in
//! brackets), (3) lines repeated inside the document (captions, the headline),
//! (4) for HTML, the container that holds the prose (Readability-style scoring),
//! and (5) jusText-style prose classes with the rule that an article is one
//! contiguous stretch of prose (the best-scoring one: a maximum subarray). The design choice is that no rule removes a long,
//! stopword-rich paragraph on shape alone: only cues and repetition can, which
//! keeps recall high on sites nobody has seen.
//!
//! Removed headlines, date lines, captions and credits stay in
//! `Document::removed` with their [`RemovedKind`], which is how the extract
//! stage finds the title, the date and the outlet without reaching into this one.
#![deny(missing_docs)]

mod comments;
mod cues;
#[cfg(test)]
mod testing;
mod html;
mod lines;
mod memory;
mod prose;

pub use cues::{CueMatch, Cues};
pub use memory::TemplateMemory;
pub use prose::{Class, ProseConfig};

use async_trait::async_trait;
use newsflow_core::{
    parse_options, BlockKind, ConfigError, Document, Flow, InputFormat, Registry, RemovedKind, Stage, StageError,
    StageKind, StageSpec,
};
use serde::Deserialize;
use std::sync::Arc;

/// The cue list shipped with newsflow, used when the config names none.
pub const DEFAULT_CUES: &str = include_str!("../../../config/boilerplate.toml");

/// Options of the `boilerplate` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BoilerplateConfig {
    /// Cue file (TOML); the shipped list when absent.
    pub cues: Option<String>,
    /// More cue files, applied after `cues`.
    pub extra_cues: Vec<String>,
    /// Prose classification thresholds.
    pub prose: ProseConfig,
    /// Remove photo captions and credits.
    pub remove_captions: bool,
    /// HTML: the article region is the deepest element holding this share of the page's prose.
    pub region_coverage: f64,
    /// Remember short lines per site (host) across documents: a line seen on
    /// `template_min_docs` earlier pages of the same site is template.
    pub template_memory: bool,
    /// Earlier pages of the same site a line must be on to be template.
    pub template_min_docs: u32,
    /// Only lines of at most this many words can be template.
    pub template_max_words: usize,
}

impl Default for BoilerplateConfig {
    fn default() -> Self {
        BoilerplateConfig {
            cues: None,
            extra_cues: Vec::new(),
            prose: ProseConfig::default(),
            remove_captions: true,
            region_coverage: 0.75,
            template_memory: true,
            template_min_docs: 3,
            template_max_words: 25,
        }
    }
}

/// The `boilerplate` stage.
#[derive(Debug)]
pub struct BoilerplateStage {
    cues: Cues,
    config: BoilerplateConfig,
    memory: Option<TemplateMemory>,
}

type Label = Option<(RemovedKind, String)>;

impl BoilerplateStage {
    /// Builds the stage from its config and compiled cues.
    pub fn new(config: BoilerplateConfig, cues: Cues) -> Self {
        BoilerplateStage { cues, config, memory: None }
    }

    /// Adds a cross-document template memory.
    pub fn with_memory(mut self, memory: TemplateMemory) -> Self {
        self.memory = Some(memory);
        self
    }

    /// Labels lines this site printed on enough earlier pages.
    fn label_template(&self, doc: &Document, facts: &LineFacts, labels: &mut [Label]) {
        let (Some(memory), Some(source)) = (&self.memory, source_of(doc)) else { return };
        let max_words = self.config.template_max_words;
        let keys: Vec<(usize, u64)> = (0..doc.blocks.len()).filter(|&i| facts.at_most_words(doc, i, max_words)).map(|i| (i, facts.keys[i])).collect();
        let template = memory.check_and_learn(&source, &keys.iter().map(|(_, k)| *k).collect::<Vec<_>>());
        for (i, key) in keys {
            if labels[i].is_none() && template.contains(&key) {
                labels[i] = Some((RemovedKind::Template, format!("on {}+ earlier pages of {source}", self.config.template_min_docs)));
            }
        }
    }

    /// The stage with the shipped cues and default thresholds.
    pub fn with_defaults() -> Result<Self, String> {
        Ok(Self::new(BoilerplateConfig::default(), Cues::parse(DEFAULT_CUES)?))
    }

    /// Removes boilerplate from a document in place.
    pub fn strip(&self, doc: &mut Document) {
        let n = doc.blocks.len();
        if n == 0 {
            return;
        }
        let mut labels: Vec<Label> = vec![None; n];
        let mut trailers = Vec::new();
        // Stopword density of every block long enough to be prose, computed
        // once for both uses (bytes ≥ chars, so no block of `length_low` chars is missed).
        let facts = LineFacts::of(doc, self.config.prose.length_low.min(ENGLISH_MIN_BYTES));
        let keys = &facts.keys;
        let densities = &facts.densities;
        let cue_phrases = self.label_lines(doc, &facts, &mut labels, &mut trailers);
        self.label_template(doc, &facts, &mut labels);
        let english = is_english(doc, densities);
        // Each block's class from its own shape, computed once.
        let raw: Vec<Class> = doc.blocks.iter().zip(densities).map(|(b, d)| prose::classify(b, &self.config.prose, english.then_some(*d).flatten())).collect();
        self.restore_topic_cues(doc, &facts.folded, &raw, &cue_phrases, &mut labels);
        let first_good = (0..n).find(|&i| labels[i].is_none() && raw[i] == Class::Good).unwrap_or(n);
        // Where each line is printed, found once for the rules that look at repeats.
        let copies = copies_by_key(keys);
        label_repeats(doc, &facts, &copies, &mut labels, first_good);

        let mut in_region = false;
        if doc.format == InputFormat::Html {
            let before = labels.clone();
            in_region = label_outside_region(doc, &mut labels, self.config.region_coverage);
            // A region with no prose left in it was the wrong choice: fall back
            // to the prose run over the whole page.
            let kept_prose = (0..n).any(|i| labels[i].is_none() && raw[i] == Class::Good);
            if !kept_prose {
                labels = before;
                in_region = false;
            }
        }
        // The headline sits above the article: above the best stretch of prose
        // (text) or the first prose paragraph of the article element (HTML).
        let first_prose = (0..n)
            .find(|&i| labels[i].is_none() && raw[i] == Class::Good)
            .unwrap_or(n);
        let article_start = if in_region {
            first_prose
        } else {
            let open: Vec<usize> = (0..n).filter(|&i| labels[i].is_none()).collect();
            let blocks: Vec<&newsflow_core::Block> = open.iter().map(|&i| &doc.blocks[i]).collect();
            let classes: Vec<Class> = open.iter().map(|&i| raw[i]).collect();
            // The stretch may begin with the headline itself (a long title reads
            // as near-prose): its first line is a candidate too.
            prose::best_stretch(&blocks, &classes).map_or(first_prose, |(s, _)| open[s] + 1)
        };
        // A run that does not open with prose opens with the lines between
        // the headline and the first paragraph (breadcrumbs, the headline
        // itself, its dek): the headline is looked for above the run's first
        // prose paragraph. (A run that opens with prose has its headline above.)
        let is_prose = |i: usize| labels[i].is_none() && raw[i] == Class::Good;
        let opens_with_prose = article_start.checked_sub(1).is_some_and(is_prose);
        let headline_limit = if opens_with_prose { article_start } else { (article_start..n).find(|&i| is_prose(i)).unwrap_or(article_start) };
        let prose: Vec<bool> = (0..n).map(is_prose).collect();
        let headline = label_headline(doc, &facts, &copies, &mut labels, headline_limit, &prose);
        // Prose classes and the main run are judged on the lines no rule has
        // claimed yet: a removed ad marker must not split the article in two.
        let open: Vec<usize> = (0..n).filter(|&i| labels[i].is_none()).collect();
        let classes: Vec<Class> = open.iter().map(|&i| raw[i]).collect();
        let resolved = prose::resolve(&classes);
        // Inside an HTML article element, the element fences the article: it
        // runs from its first to its last prose paragraph, whatever lists and
        // tables stand between. Elsewhere it is the best-scoring stretch.
        let span = if in_region {
            let good: Vec<usize> = (0..open.len()).filter(|&k| resolved[k] == Class::Good).collect();
            good.first().zip(good.last()).map(|(s, e)| (*s, *e))
        } else {
            // Lines removed as page chrome (share buttons, menus, "Related",
            // newsletter prompts) still stand between the article and what
            // follows it: they cost as a short line does. Lines removed for
            // what they are inside an article (a repeat, a date, a caption,
            // an ad marker) do not split it.
            let seen: Vec<usize> = (0..n).filter(|&i| labels[i].as_ref().is_none_or(|(kind, _)| is_chrome(*kind))).collect();
            let seen_blocks: Vec<&newsflow_core::Block> = seen.iter().map(|&i| &doc.blocks[i]).collect();
            let seen_classes: Vec<Class> = seen.iter().map(|&i| if labels[i].is_none() { raw[i] } else { Class::Short }).collect();
            prose::best_stretch(&seen_blocks, &seen_classes).and_then(|(s, e)| {
                let inside: Vec<usize> = (0..open.len()).filter(|&k| open[k] >= seen[s] && open[k] <= seen[e]).collect();
                inside.first().zip(inside.last()).map(|(a, b)| (*a, *b))
            })
        }
        .map(|(s, e)| (open[s], open[e]));
        let (mut start, mut end) = span.unwrap_or((n, n));
        if span.is_some() {
            // Inside an article element every line belongs to the article
            // unless chrome fences it off. Elsewhere the run reaches the next
            // prose paragraph, or a sentence that is prose on a closer look: a
            // link-free one of prose length, whatever its stopwords (a news
            // lead dense with names: "TORONTO — Ontario will fund …, Premier
            // Doug Ford announced Thursday, …"), or a short one of four words
            // or more that opens or closes with a quote ("“We're not done,”
            // she said."), which news articles open and close with (not a
            // line of code holding quoted strings).
            // Short sentences of prose right after a prose paragraph or
            // one another ("Police are asking anyone with information to
            // call them." closing an article); not across other lines, which
            // on a page's end are forms and menus.
            let mut short_prose_after_prose = vec![false; n];
            for i in 1..n {
                let block = &doc.blocks[i];
                let text = &block.text;
                let after_prose = matches!(raw[i - 1], Class::Good | Class::NearGood) && labels[i - 1].is_none() || short_prose_after_prose[i - 1];
                short_prose_after_prose[i] = after_prose
                    && labels[i].is_none()
                    && raw[i] == Class::Short
                    && block.link_density() == 0.0
                    && text.starts_with(char::is_uppercase)
                    && newsflow_text::ends_like_sentence(text)
                    && !newsflow_text::has_at_most_words(text, 6)
                    && reads_as_short_prose(text, &self.config.prose);
            }
            let prose_sentence = |i: usize| {
                let block = &doc.blocks[i];
                let text = &block.text;
                let prose_length = raw[i] == Class::NearGood || raw[i] == Class::Bad && text.len() >= self.config.prose.length_low && block.link_density() == 0.0;
                let opens_or_closes_quoted = text.trim_start().starts_with(['"', '“', '«', '‘']) || text.trim_end().ends_with(['"', '”', '»', '’']);
                let quoted = raw[i] == Class::Short && opens_or_closes_quoted && !newsflow_text::has_at_most_words(text, 3);
                newsflow_text::ends_like_sentence(text) && (prose_length || quoted || short_prose_after_prose[i])
            };
            let reachable = |i: usize| labels[i].is_none() && (in_region || raw[i] == Class::Good || prose_sentence(i));
            (start, end) = extend_over_clean_gaps(&labels, start, end, reachable);
            // A headline found inside the run opens the article: what the run
            // took in above it is a banner or a teaser. (Inside an article
            // element, the lines above its headline are its kicker and
            // section: "Canada" over "Alberta teachers vote to strike".)
            // (A heading element with a few lines and no prose above it,
            // not a line of a catalogue the element lists.)
            let kicker_above = |h: usize| doc.blocks[h].kind == BlockKind::Heading && h < first_prose && h - start <= 4 && (start..h).all(|i| !matches!(raw[i], Class::Good | Class::NearGood));
            let opens_the_article = |h: usize| if in_region { kicker_above(h) } else { h >= headline_limit };
            if let Some(h) = headline.filter(|&h| opens_the_article(h) && h > start && h < end) {
                start = h + 1;
            }
        }
        // A trailer ("Related stories", "12 comments") ends the article only
        // when most of the run's prose is above it. One with more prose below
        // is a widget inside the article (or a comment count in its header):
        // the line goes, the article goes on. (Starting the article after
        // such a trailer cut the first half of 8 WCXB pages and fixed none.)
        let good_chars = |from: usize, to: usize| -> usize {
            open.iter().zip(&resolved).filter(|(&i, c)| i >= from && i < to && **c == Class::Good).map(|(&i, _)| doc.blocks[i].text.len()).sum()
        };
        // (HTML: a trailer in a box of its own between paragraphs, a "Related
        // Stories" list, is a widget when the article's prose goes on after
        // the box: the box goes, the article goes on.)
        let is_good = |i: usize| open.binary_search(&i).is_ok_and(|k| resolved[k] == Class::Good);
        let mut boxed = Vec::new();
        for &t in trailers.iter().filter(|&&t| t > start && t <= end) {
            if let Some(inside) = related_box(doc, t, end, is_good) {
                for i in inside {
                    if labels[i].is_none() {
                        labels[i] = Some((RemovedKind::RelatedLinks, "inside a related-links box".to_string()));
                    }
                }
                boxed.push(t);
            }
        }
        if let Some(&t) = trailers.iter().find(|&&t| !boxed.contains(&t) && t > start && t <= end && good_chars(start, t) * 2 >= good_chars(start, end + 1)) {
            end = t.saturating_sub(1);
        }
        // A reader-comment thread ends the article however long it runs.
        let comments_from = comments::thread_start(&doc.blocks, &facts.words, start).filter(|&c| c <= end);
        if let Some(c) = comments_from {
            end = c.saturating_sub(1);
        }
        if span.is_some() {
            restore_labels_in_article(keys, &copies, &mut labels, start, end);
        }
        for (k, &i) in open.iter().enumerate() {
            if labels[i].is_some() {
                continue;
            }
            if span.is_none() || i < start || i > end {
                let reason = if comments_from.is_some_and(|c| i >= c) {
                    (RemovedKind::Trailer, "reader comments".to_string())
                } else if i > end && trailers.iter().any(|&t| t > start && t <= end + 1 && t <= i) {
                    (RemovedKind::Trailer, "after an end-of-article trailer".to_string())
                } else {
                    (RemovedKind::OutsideArticle, "outside the main run of article prose".to_string())
                };
                labels[i] = Some(reason);
            } else if resolved[k] == Class::Bad && doc.blocks[i].link_density() > 0.5 && !(in_region && (newsflow_text::ends_like_sentence(&doc.blocks[i].text) || is_list_item(&doc.blocks[i]))) {
                labels[i] = Some((RemovedKind::OutsideArticle, "link-dense line".to_string()));
            }
        }
        apply(doc, labels);
    }

    /// A prose paragraph removed for a cue phrase that the title holds too
    /// is about what the article is about ("The Guardian US added 680,000
    /// newsletter subscribers …" under "Who's Reading Your Newsletter?"), not a
    /// prompt: it stays, unless the line still matches a cue without that
    /// phrase ("Subscribe to our newsletter …"). The title is the page's
    /// metadata title (HTML) or a text's first line, which the cue removed
    /// too: it stays as well when a paragraph bears it out.
    fn restore_topic_cues(&self, doc: &Document, folded: &[String], raw: &[Class], cue_phrases: &[Option<String>], labels: &mut [Label]) {
        // (Most documents have no cue a paragraph could be restored from.)
        if cue_phrases.iter().all(Option::is_none) {
            return;
        }
        let (topic, title_line) = match metadata_title(doc) {
            Some(title) => (std::borrow::Cow::Owned(title), None),
            None if doc.format == InputFormat::Text && !folded.is_empty() => (std::borrow::Cow::Borrowed(folded[0].as_str()), Some(0)),
            None => return,
        };
        let mut restored = Vec::new();
        for (i, phrase) in cue_phrases.iter().enumerate() {
            let Some(phrase) = phrase else { continue };
            if raw[i] != Class::Good || Some(i) == title_line || !about_the_title(&topic, phrase) {
                continue;
            }
            let without = folded[i].replace(phrase.as_str(), " ");
            if self.cues.matches_folded(&without).is_none() {
                labels[i] = None;
                restored.push(phrase);
            }
        }
        if let Some(t) = title_line {
            if cue_phrases[t].as_ref().is_some_and(|p| restored.contains(&p) && self.cues.matches_folded(&folded[t].replace(p.as_str(), " ")).is_none()) {
                labels[t] = None;
            }
        }
    }

    /// Labels lines by their own content (cue phrases, date lines, bylines,
    /// captions); returns the cue phrase of each line a cue labelled.
    fn label_lines(&self, doc: &Document, facts: &LineFacts, labels: &mut [Label], trailers: &mut Vec<usize>) -> Vec<Option<String>> {
        let mut cue_phrases = vec![None; doc.blocks.len()];
        for (i, block) in doc.blocks.iter().enumerate() {
            let text = block.text.as_str();
            // The line-shape tests count words again, but only on lines short
            // enough to pass (most of a page's text is in long paragraphs).
            labels[i] = if let Some(m) = self.cues.matches_folded(&facts.folded[i]) {
                if m.trailer {
                    trailers.push(i);
                }
                let reason = format!("cue \"{}\"", m.phrase);
                cue_phrases[i] = Some(m.phrase);
                Some((m.kind, reason))
            } else if newsflow_text::is_date_line(text) || lines::is_dated_header(text, facts.words[i]) {
                Some((RemovedKind::DateLine, "date line".into()))
            } else if lines::is_byline(text, facts.words[i]) {
                Some((RemovedKind::Byline, "byline".into()))
            } else if facts.words[i] <= lines::BYLINE_MAX_WORDS && in_byline_element(block) && (name_then_affiliation(text) || name_then_date(text)) {
                // (HTML: "Heather Butts, CTV News Atlantic Reporter", "Lisa
                // Johnson Published Nov 20, 2026 • 3 minute read" in a
                // `div.byline`, with no "By".)
                Some((RemovedKind::Byline, "byline (its element's class)".into()))
            } else if self.config.remove_captions && (block.kind == BlockKind::Caption || lines::is_caption(text, facts.words[i])) {
                Some((RemovedKind::Caption, "photo caption or credit".into()))
            } else {
                None
            };
        }
        // A byline's label on a line of its own ("By", "Written by"), and the
        // name on the next.
        for i in 0..labels.len() {
            if labels[i].is_none() && lines::is_byline_label(&doc.blocks[i].text) {
                labels[i] = Some((RemovedKind::Byline, "byline label".into()));
                if labels.get(i + 1).is_some_and(Option::is_none) && lines::is_name_line(&doc.blocks[i + 1].text, facts.words[i + 1]) {
                    labels[i + 1] = Some((RemovedKind::Byline, "byline: the name after its label".into()));
                }
            }
        }
        cue_phrases
    }
}

/// The page's title from its metadata, folded (HTML; none for text).
fn metadata_title(doc: &Document) -> Option<String> {
    ["meta:og:title", "jsonld:headline", "meta:twitter:title", "title", "h1"].iter().find_map(|&k| doc.meta_first(k)).map(newsflow_text::fold)
}

/// Whether the title names what the cue phrase is about: every word of the
/// phrase but its stopwords stands in the title, in the singular or the
/// plural ("these cookies" under "Chocolate Chip Cookies", "newsletter" under
/// "Who's Reading Your Newsletter?"). A phrase of stopwords only ("in
/// your") is about nothing.
fn about_the_title(title: &str, phrase: &str) -> bool {
    let title_words: Vec<&str> = newsflow_text::words(title).collect();
    let stands = |word: &str| title_words.iter().any(|t| *t == word || t.strip_suffix('s') == Some(word) || word.strip_suffix('s') == Some(*t));
    let mut content = newsflow_text::words(phrase).filter(|w| !newsflow_text::is_stopword(w)).peekable();
    content.peek().is_some() && content.all(stands)
}

/// The best-scoring run ends where short and non-prose lines outweigh the
/// prose after them, which cuts articles made of lists, tables and code
/// (a checklist, a list of events, a tutorial) after their first part; and
/// an article element's first-to-last prose paragraph leaves out the list or
/// table that opens or closes it. The page's chrome marks where an article
/// really ends: so the run goes on to the next `reachable` line, before or
/// after it, as long as no line between was removed as chrome (menus, share
/// buttons, "Related", newsletter prompts).
fn extend_over_clean_gaps(labels: &[Label], start: usize, end: usize, reachable: impl Fn(usize) -> bool) -> (usize, usize) {
    let no_chrome = |from: usize, to: usize| labels[from..to].iter().all(|l| l.as_ref().is_none_or(|(kind, _)| !is_chrome(*kind)));
    let (mut start, mut end) = (start, end);
    while let Some(next) = (end + 1..labels.len()).find(|&i| reachable(i)) {
        if !no_chrome(end + 1, next) {
            break;
        }
        end = next;
    }
    while let Some(previous) = (0..start).rev().find(|&i| reachable(i)) {
        if !no_chrome(previous + 1, start) {
            break;
        }
        start = previous;
    }
    (start, end)
}

/// Kinds of removed line that are page chrome around an article, not a part
/// of one.
fn is_chrome(kind: RemovedKind) -> bool {
    matches!(
        kind,
        RemovedKind::Social | RemovedKind::SiteChrome | RemovedKind::RelatedLinks | RemovedKind::Newsletter | RemovedKind::Cookie | RemovedKind::CommentPolicy | RemovedKind::Credit | RemovedKind::Template
    )
}

/// A list item of the page (`<li>`).
fn is_list_item(block: &newsflow_core::Block) -> bool {
    block.html.as_ref().is_some_and(|h| h.tag == "li")
}

/// The site a page comes from: the host of its canonical or og:url address.
fn source_of(doc: &Document) -> Option<String> {
    let url = doc.meta_first("canonical").or_else(|| doc.meta_first("meta:og:url"))?;
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#', ':']).next()?.trim_start_matches("www.").to_ascii_lowercase();
    (host.contains('.')).then_some(host)
}

/// Blocks shorter than this say too little about the page's language.
const ENGLISH_MIN_BYTES: usize = 70;

/// Whether a short sentence reads as prose by its stopwords: as dense as
/// prose, or, when it reports speech, as dense as a news sentence full of
/// names ("RCMP Cpl. Matt Halstead said officers would patrol the empty
/// streets.", "Officials said about 20,000 people had left by Thursday
/// morning.").
fn reads_as_short_prose(text: &str, prose: &prose::ProseConfig) -> bool {
    let density = newsflow_text::stopword_density(text);
    let reports = [" said ", " says ", " told "].iter().any(|verb| text.contains(verb));
    density >= prose.stopwords_high || reports && density >= prose.stopwords_low
}

/// English prose has about a third stopwords; pages in other languages get
/// language-neutral classification instead of being thrown away.
fn is_english(doc: &Document, densities: &[Option<f64>]) -> bool {
    let long: Vec<f64> = doc.blocks.iter().zip(densities).filter(|(b, _)| b.text.len() >= ENGLISH_MIN_BYTES).filter_map(|(_, d)| *d).collect();
    long.is_empty() || long.iter().sum::<f64>() / long.len() as f64 >= 0.12
}

/// Lines repeated in the document: a repeated long paragraph keeps its first
/// copy; a repeated short line (a caption, the headline) goes everywhere,
/// except the copy that stands among the article's prose: a heading listed in
/// a table of contents, then in the text (where a paragraph follows it), and
/// maybe again in a sidebar. Failing such a copy, the last one, when it is
/// below the first prose.
fn label_repeats(doc: &Document, facts: &LineFacts, copies: &Copies, labels: &mut [Label], first_good: usize) {
    for indices in copies.values().filter(|v| v.len() > 1) {
        let text = &doc.blocks[indices[0]].text;
        let prose = facts.words[indices[0]] >= 25 && newsflow_text::ends_like_sentence(text);
        let skip = usize::from(prose);
        let heads_prose = |i: usize| i > first_good && doc.blocks.get(i + 1).is_some_and(|b| facts.words[i + 1] >= 10 && newsflow_text::ends_like_sentence(&b.text));
        let kept = if prose {
            None
        } else {
            indices.iter().position(|&i| heads_prose(i)).or_else(|| indices.last().filter(|&&l| l > first_good).map(|_| indices.len() - 1))
        };
        for (k, &i) in indices.iter().enumerate().skip(skip) {
            if kept == Some(k) {
                continue;
            }
            if labels[i].is_none() {
                let why = if prose { "repeated paragraph" } else { "repeated line (caption, headline or teaser)" };
                labels[i] = Some((RemovedKind::Repeated, why.into()));
            }
        }
    }
}

/// Whether an HTML block stands in an element whose class or id names a
/// byline ("byline", "c-byline", "article__byline", "story-byline-author").
fn in_byline_element(block: &newsflow_core::Block) -> bool {
    block.html.as_ref().is_some_and(|h| h.ancestor_names.iter().any(|names| names.contains("byline")))
}

/// "Heather Butts, CTV News Atlantic Reporter": a name, then after a comma
/// who they write for.
fn name_then_affiliation(text: &str) -> bool {
    text.split_once(", ").is_some_and(|(name, _)| lines::is_name_line(name, newsflow_text::word_count(name)))
}

/// "Lisa Johnson Published Nov 20, 2026 • 3 minute read": a name of two or
/// three words, then the date it was published.
fn name_then_date(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).any(|n| {
        words.len() > n
            && lines::is_name_line(&words[..n].join(" "), n)
            && !newsflow_text::is_date_word(words[n - 1])
            && newsflow_text::find_date(&words[n..].join(" ")).is_some()
    })
}

/// The blocks of the element that holds trailer `t` and no prose before it
/// (a "Related Stories" heading and its list in their own box), when prose
/// of the article, outside that element, follows it up to `end`: the box is
/// a widget inside the article. `None` for text, for a trailer alone in its
/// element, or with no prose after its box.
fn related_box(doc: &Document, t: usize, end: usize, is_good: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
    let ancestors_of = |i: usize| doc.blocks.get(i).and_then(|b| b.html.as_ref()).map(|h| &h.ancestors);
    let trailer = ancestors_of(t)?;
    let before = ancestors_of((0..t).rev().find(|&i| is_good(i))?)?;
    // The outermost element of the trailer's that holds no prose before it;
    // not the trailer's own element (a heading straight in the article).
    let at = trailer.iter().position(|id| !before.contains(id))?;
    if at + 1 >= trailer.len() {
        return None;
    }
    let container = trailer[at];
    let inside = |i: usize| ancestors_of(i).is_some_and(|a| a.contains(&container));
    // The article goes on in the same element as the paragraph before the
    // box (its parent), not in another box after it (an author's box, a
    // disclaimer, teasers).
    let parent = |a: &Vec<u32>| a.len().checked_sub(2).and_then(|k| a.get(k).copied());
    let same_run = |i: usize| ancestors_of(i).is_some_and(|a| parent(a).is_some() && parent(a) == parent(before));
    let prose_after = (t + 1..=end).any(|i| is_good(i) && !inside(i) && same_run(i));
    prose_after.then(|| (t..=end).filter(|&i| inside(i)).collect())
}

/// What the rules read of every line, computed once per document: the line
/// folded (for cues, template memory, repeats and the headline), its key
/// (equal lines are found by their keys: hashing and comparing whole
/// paragraphs in several maps was a tenth of this stage), its words, counted
/// up to [`LineFacts::WORD_CAP`] (every rule's limit is below it; counting the
/// same line once per rule was another tenth), and, for lines long enough to
/// be prose, the share of stopwords among its words (counted in the same pass).
struct LineFacts {
    folded: Vec<String>,
    keys: Vec<u64>,
    words: Vec<usize>,
    densities: Vec<Option<f64>>,
}

impl LineFacts {
    const WORD_CAP: usize = 64;

    /// Facts of every block; stopword densities of blocks of at least `prose_bytes` bytes.
    fn of(doc: &Document, prose_bytes: usize) -> Self {
        let folded: Vec<String> = doc.blocks.iter().map(|b| newsflow_text::fold(&b.text)).collect();
        let keys = folded.iter().map(|f| memory::line_key(f)).collect();
        let (words, densities) = doc
            .blocks
            .iter()
            .map(|b| {
                if b.text.len() >= prose_bytes {
                    let counts = newsflow_text::stopword_counts(&b.text, usize::MAX);
                    (counts.0.min(Self::WORD_CAP + 1), Some(newsflow_text::stopword_share(counts)))
                } else {
                    (newsflow_text::words(&b.text).take(Self::WORD_CAP + 1).count(), None)
                }
            })
            .unzip();
        LineFacts { folded, keys, words, densities }
    }

    /// Whether block `i` has at most `n` words (counted again only past the cap).
    fn at_most_words(&self, doc: &Document, i: usize, n: usize) -> bool {
        if n < Self::WORD_CAP {
            self.words[i] <= n
        } else {
            newsflow_text::has_at_most_words(&doc.blocks[i].text, n)
        }
    }
}

/// The positions of each line, by its key, in document order.
type Copies = rustc_hash::FxHashMap<u64, Vec<usize>>;

fn copies_by_key(keys: &[u64]) -> Copies {
    let mut copies = Copies::default();
    for (i, key) in keys.iter().enumerate() {
        copies.entry(*key).or_default().push(i);
    }
    copies
}

/// Short lines printed several times *inside* the article ("Pros", "Cons",
/// "Team size: 51–200", the label over each item of a list) are its labels,
/// not a caption or teaser that the page template repeated: when every copy
/// of a line stands in the article (from the line above its first prose line
/// to its last), the copies that introduce text of their own stay. A copy
/// followed by another repeated line is part of a repeated block (a table of
/// contents, a teaser printed twice) and still goes.
fn restore_labels_in_article(keys: &[u64], copies: &Copies, labels: &mut [Label], start: usize, end: usize) {
    let first = start.saturating_sub(1);
    let last = end.min(keys.len().saturating_sub(1));
    let repeated_line = |label: &Label| matches!(label, Some((RemovedKind::Repeated, why)) if why.starts_with("repeated line"));
    // Positions are in order: every copy is inside when the first and the last are.
    let all_inside = |i: usize| copies.get(&keys[i]).is_some_and(|at| at.first().is_some_and(|&a| a >= first) && at.last().is_some_and(|&z| z <= last));
    let introduces_text = |i: usize| labels.get(i + 1).is_some_and(Option::is_none) && copies.get(&keys[i + 1]).is_some_and(|at| at.len() == 1);
    let restore: Vec<usize> = (first..=last).filter(|&i| repeated_line(&labels[i]) && all_inside(i) && introduces_text(i)).collect();
    for i in restore {
        labels[i] = None;
    }
}

/// HTML: blocks outside the article container, or inside chrome elements
/// within it (see [`html::chrome_elements`]), are not article text. Returns
/// whether a region was found.
fn label_outside_region(doc: &Document, labels: &mut [Label], coverage: f64) -> bool {
    let open: Vec<bool> = labels.iter().map(Option::is_none).collect();
    let Some(region) = html::main_region(&doc.blocks, &open, coverage) else { return false };
    for (i, block) in doc.blocks.iter().enumerate() {
        if labels[i].is_some() {
            continue;
        }
        let Some(h) = &block.html else { continue };
        if !region.contains(block) {
            labels[i] = Some((RemovedKind::OutsideArticle, "outside the article container".into()));
            continue;
        }
        let inside = h.ancestors.iter().position(|a| region.containers.contains(a)).unwrap_or(0);
        let name = h.ancestors.iter().zip(&h.ancestor_names).skip(inside + 1).find(|(id, _)| region.chrome.contains(id)).and_then(|(_, names)| html::inner_chrome(names));
        if let Some(name) = name {
            labels[i] = Some((RemovedKind::OutsideArticle, format!("inside page chrome (\"{name}\")")));
        }
    }
    true
}

/// Below this score (a line's content words are half in the text below it,
/// with no other mark of a headline), an undated line above the article run is
/// a weak headline: a dated one inside the run is preferred.
const WEAK_HEADLINE_SCORE: f64 = 3.0;

/// What being the input's first line adds to a line's headline score: a
/// text prints its headline first, more often than its dek or a caption
/// (3,000 news texts whose first line is the headline: 94.6 % get it with
/// this weight, 89.7 % without; the text of WCXB's web pages, whose first
/// line is most often a menu: 6 titles change of 790, one for the worse).
const FIRST_LINE_BONUS: f64 = 1.5;

/// The headline: a title-shaped line before the article run, preferring one
/// that matches the page's metadata title or is repeated, else the nearest.
fn label_headline(doc: &Document, facts: &LineFacts, copies: &Copies, labels: &mut [Label], start: usize, prose: &[bool]) -> Option<usize> {
    let (folded, keys) = (&facts.folded, &facts.keys);
    const HINT_KEYS: [&str; 5] = ["meta:og:title", "jsonld:headline", "meta:twitter:title", "h1", "title"];
    let hints: Vec<(&str, String)> = HINT_KEYS.iter().filter_map(|&k| doc.meta_first(k).map(|v| (k, newsflow_text::fold(v)))).collect();
    let shaped = |i: usize| {
        let text = &doc.blocks[i].text;
        // Not a sentence, nor a label leading into what follows ("Last
        // updated on:", "Please select the sections to print:").
        // (A sentence may end inside its closing quotation mark: '… were
        // "unacceptable."'; a headline may end with the words it quotes:
        // "…, videographer runs into unsympathetic cop: 'We're not gonna come
        // out and save you.'".)
        let end = text.trim_end().trim_end_matches(['"', '”', '’', '\'']);
        let quotes_after_colon = end.len() < text.trim_end().len() && [": '", ": \"", ": “", ": ‘"].iter().any(|opening| text.contains(opening));
        (3..=40).contains(&facts.words[i])
            && (!end.ends_with(['.', ':']) || quotes_after_colon && !end.ends_with(':'))
            && !ends_mid_phrase(text)
            && matches!(&labels[i], None | Some((RemovedKind::Repeated, _)))
    };
    let limit = start.min(doc.blocks.len());
    // (The page's own title printed as a heading is the headline even where
    // the article's element leaves it out: an `<h1>` above `div.story-body`.)
    let outside_region = |i: usize| matches!(&labels[i], Some((RemovedKind::OutsideArticle, _)));
    // (The metadata's title, not the page's first `<h1>`, which may be its
    // masthead or a breadcrumb.)
    let hinted = |i: usize, metadata_only: bool| hints.iter().filter(|(k, _)| !metadata_only || *k != "h1").any(|(_, h)| h == &folded[i] || (h.starts_with(folded[i].as_str()) && folded[i].len() > 15));
    let by_hint = (0..doc.blocks.len().min(limit.max(1) + 2))
        .find(|&i| shaped(i) && hinted(i, false) || outside_region(i) && (3..=40).contains(&facts.words[i]) && hinted(i, true));
    // Otherwise score the title-shaped lines above the article: a headline
    // shares its words with the text below it, is often printed twice
    // (breadcrumb, heading), is a few words long, and stands close to the text.
    // The text below: its first lines of four words or more that the page
    // prints once (a call to action in header and footer, a menu repeated
    // under the article, says nothing about the article). Words of the folded
    // lines: already lower case, nothing to allocate.
    let printed_once = |i: usize| copies.get(&keys[i]).map_or(1, Vec::len) == 1;
    let body_words: rustc_hash::FxHashSet<&str> =
        (limit.min(folded.len())..folded.len()).filter(|&i| facts.words[i] >= 4 && printed_once(i)).take(8).flat_map(|i| newsflow_text::words(&folded[i])).collect();
    let score = |i: usize| -> f64 {
        let content: Vec<&str> = newsflow_text::words(&folded[i]).filter(|w| !newsflow_text::is_stopword(w) && w.chars().any(char::is_alphabetic)).collect();
        let overlap = if content.is_empty() { 0.0 } else { content.iter().filter(|w| body_words.contains(*w)).count() as f64 / content.len() as f64 };
        // Printed twice above the article: breadcrumb and heading (a copy in
        // it or below it is no breadcrumb: a call to action in header and
        // footer). Three times or more: a caption or teaser repeated by the
        // page template.
        // Two copies that share a neighbour are one block printed twice (a
        // menu in the header and again in the mobile menu): no breadcrumb
        // and heading.
        // Copies on consecutive lines are one print (a heading set twice for
        // two screen sizes, or once more in capitals), itself a heading's mark.
        let all: &[usize] = copies.get(&keys[i]).map_or(&[], Vec::as_slice);
        let at: Vec<usize> = all.iter().take(1).chain(all.windows(2).filter(|w| w[0] + 1 != w[1]).map(|w| &w[1])).copied().collect();
        let neighbour = |c: usize, step: isize| c.checked_add_signed(step).and_then(|n| keys.get(n));
        let one_block_twice = |a: usize, b: usize| [-1, 1].iter().any(|&s| neighbour(a, s).is_some_and(|k| neighbour(b, s) == Some(k)));
        let repetition = match at.as_slice() {
            [_] if all.len() > 1 => 1.5,
            [] | [_] => 0.0,
            [a, b] if *b >= limit || one_block_twice(*a, *b) => 0.0,
            [_, _] => 1.5,
            _ => -1.5,
        };
        let words = facts.words[i];
        let distance = limit.saturating_sub(i) as f64;
        // Headlines are often set in title case ("Pope Francis Begins With
        // Prayer, Turns To Challenges"); a lead or a dek never is.
        let title_case = if is_title_case(&doc.blocks[i].text) { 1.5 } else { 0.0 };
        // The first line of a text is where its headline is printed first
        // (a page's first block is its masthead or menu).
        let opens_the_input = if i == 0 && doc.format != InputFormat::Html { FIRST_LINE_BONUS } else { 0.0 };
        overlap * 4.0 + repetition + title_case + opens_the_input + f64::from(u8::from((5..=20).contains(&words))) - (distance / 8.0).min(3.0)
    };
    // A headline carries its byline or date line close below it (past a
    // subtitle, a photo caption, share buttons): a title-shaped line that
    // does is preferred to any that does not (a headline and its subtitle
    // both do; the score decides between them).
    // Blogs print the date just above the title instead ("Dec 18 2025" over
    // "Preparing a transition in Debusine"): a date line (not a byline, whose
    // next line is often the author's role) right above a line of four words
    // or more that leads into nothing (no closing colon), or one more line up
    // past a label ("Share", "Sponsored", a section's name), unless that date
    // has its own headline over it (past its author's name).
    let is_dateline = |l: &Label| matches!(l, Some((RemovedKind::DateLine | RemovedKind::Byline, _)));
    let date_at = |a: usize| matches!(labels[a], Some((RemovedKind::DateLine, _)));
    let author_at = |b: usize| matches!(labels[b], Some((RemovedKind::Byline, _))) || lines::is_name_line(&doc.blocks[b].text, facts.words[b]);
    let headline_shaped = |b: usize| shaped(b) && facts.words[b] >= 4;
    let headline_over = |a: usize| a.checked_sub(1).is_some_and(|b| headline_shaped(b) || author_at(b) && b.checked_sub(1).is_some_and(headline_shaped));
    let label_between = |a: usize| !shaped(a + 1) && !author_at(a + 1);
    let dated = |i: usize| {
        let below = labels[i + 1..(i + 4).min(labels.len())].iter().any(is_dateline);
        let above = i.checked_sub(1).is_some_and(date_at) || i.checked_sub(2).is_some_and(|a| date_at(a) && label_between(a) && !headline_over(a));
        below || above && facts.words[i] >= 4 && !doc.blocks[i].text.trim_end().ends_with(':')
    };
    let best = |candidates: &mut dyn Iterator<Item = usize>| candidates.map(|i| (dated(i), score(i), i)).max_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    let above = best(&mut (0..limit).filter(|&i| shaped(i)));
    // When no line above the run is dated or reads much like the text below
    // it, a dated headline inside the run with most of its prose below it
    // heads the article: the prose above it is a teaser or a banner that the
    // run took in ("We noticed that you are using Internet Explorer …").
    let weak = above.is_none_or(|(dated, score, _)| !dated && score < WEAK_HEADLINE_SCORE);
    let inside = || {
        let mut prose_chars = Vec::with_capacity(prose.len() + 1);
        prose_chars.push(0usize);
        for (i, &p) in prose.iter().enumerate() {
            prose_chars.push(prose_chars[i] + if p { doc.blocks[i].text.len() } else { 0 });
        }
        let total = prose_chars.last().copied().unwrap_or(0);
        let heads_the_run = |i: usize| (prose_chars[i] - prose_chars[limit]) * 3 < total - prose_chars[i];
        // (Not a credit inside the run, a name and what follows its comma:
        // "David Leonhardt, New York Times" under a quote, a photo's credit.)
        let credit = |i: usize| doc.blocks[i].text.split_once(',').is_some_and(|(name, _)| lines::is_name_line(name, newsflow_text::word_count(name)));
        best(&mut (limit..doc.blocks.len()).take_while(|&i| heads_the_run(i)).filter(|&i| shaped(i) && dated(i) && !credit(i)))
    };
    // A headline over its dek, both dated by the header below them ("Halifax
    // councillors vote to pause bike lane project" over "Decision comes after
    // months of complaints …"), or neither ("Obamacare: From game-changer to
    // background noise" over "Obamacare won't be the liability for Democrats
    // that …"): the dek stands nearer the text and shares more of its words,
    // but the line over it is the headline. (A dated dek under a line the
    // date does not reach keeps it: tried, that took a menu of glued links
    // over a WCXB page's headline.)
    let over_its_dek = |(is_dated, points, i): (bool, f64, usize)| match i.checked_sub(1) {
        Some(up) if shaped(up) && facts.words[up] >= 4 && (dated(up) || !is_dated) && !is_title_case(&doc.blocks[i].text) && score(up) + 1.0 >= points => (is_dated, points, up),
        _ => (is_dated, points, i),
    };
    let scored = if weak { inside().or(above) } else { above.map(over_its_dek) }.map(|(_, _, i)| i);
    let h = by_hint.or(scored)?;
    labels[h] = Some((RemovedKind::Headline, "headline".into()));
    for i in 0..doc.blocks.len() {
        if i != h && keys[i] == keys[h] {
            labels[i] = Some((RemovedKind::Repeated, "repeated headline".into()));
        }
    }
    Some(h)
}

/// Whether a line is set in title case: four words or more, and of its
/// words of four letters or more all but one capitalised. Not a line in
/// capitals (a section's label as often as a headline), nor a list of
/// names ("Sean Lahman and Steve Orr and Meaghan M. McDermott").
fn is_title_case(text: &str) -> bool {
    let long: Vec<&str> = text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let lower = long.iter().filter(|w| !w.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase)).count();
    let shouted = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    // (Three names or more: two capitalised pairs joined by "and" read as
    // a headline's as often: "Home Networks and Cyber Security".)
    let parts: Vec<&str> = text.split([',', '&']).flat_map(|part| part.split(" and ")).collect();
    let names = parts.len() >= 3 && parts.iter().all(|part| newsflow_text::word_count(part) <= 4 && lines::is_name_line(part, newsflow_text::word_count(part)));
    newsflow_text::word_count(text) >= 4 && long.len() >= 3 && lower <= 1 && long.len() - lower >= 3 && !shouted && !names
}

/// Whether a line stops on a word that leads into more ("I did Advent of
/// Code again, and had a": a paragraph wrapped at a fixed width), which no
/// headline ends on. Lower case only: "Vitamin A" is a name.
fn ends_mid_phrase(text: &str) -> bool {
    const LEADING_WORDS: [&str; 12] = ["a", "an", "the", "and", "or", "but", "nor", "of", "my", "your", "our", "their"];
    let text = text.trim_end();
    text.ends_with(char::is_alphanumeric) && text.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|last| LEADING_WORDS.contains(&last))
}

fn apply(doc: &mut Document, labels: Vec<Label>) {
    let blocks = std::mem::take(&mut doc.blocks);
    for (block, label) in blocks.into_iter().zip(labels) {
        match label {
            None => doc.blocks.push(block),
            Some((kind, reason)) => doc.removed.push(newsflow_core::Removed { text: block.text, reason, kind, position: block.position }),
        }
    }
}

#[async_trait]
impl Stage for BoilerplateStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.strip(doc);
        Ok(Flow::Continue)
    }

    async fn shutdown(&self) -> Result<(), StageError> {
        match &self.memory {
            Some(memory) => memory.save().map_err(|e| StageError::io("saving the template memory", e)),
            None => Ok(()),
        }
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    let config: BoilerplateConfig = parse_options(spec)?;
    let load = |path: &str| -> Result<Cues, ConfigError> {
        let text = spec.read_data(path)?;
        Cues::parse(&text).map_err(|e| spec.data_error(&spec.resolve_path(path), e))
    };
    let mut cues = match &config.cues {
        Some(path) => load(path)?,
        None => Cues::parse(DEFAULT_CUES).map_err(|e| spec.error(e))?,
    };
    for path in &config.extra_cues {
        cues.extend(load(path)?).map_err(|e| spec.error(e))?;
    }
    let memory = config.template_memory.then(|| {
        let path = spec.context.state_dir.join(format!("templates-{}.json", spec.name));
        TemplateMemory::new(Some(path), config.template_min_docs, 10_000, 5_000)
    });
    let mut stage = BoilerplateStage::new(config, cues);
    if let Some(memory) = memory {
        stage = stage.with_memory(memory);
    }
    Ok(Arc::new(stage))
}

/// Registers the `boilerplate` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind {
        kind: "boilerplate",
        description: "remove ads, link blocks, policies, captions, repeated lines and page chrome, keeping each with its reason",
        factory,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(lines: &[&str]) -> Document {
        let mut d = Document { format: InputFormat::Text, ..Document::default() };
        d.blocks = crate::testing::blocks(lines);
        d
    }

    const P1: &str = "Russian President Vladimir Putin on Friday hosted leaders of regional rivals Armenia and Azerbaijan for talks marking the first anniversary of a peace deal.";
    const P2: &str = "Russia has deployed some 2,000 peacekeepers for at least five years to oversee the peace deal.";
    const P3: &str = "The peace agreement was celebrated as a victory in Azerbaijan but was seen as a betrayal by the opposition in Armenia, where it was not popular.";

    /// A document of these lines after the stage with its defaults.
    fn stripped(lines: &[&str]) -> Result<Document, String> {
        let mut d = doc(lines);
        BoilerplateStage::with_defaults()?.strip(&mut d);
        Ok(d)
    }

    /// The lines the stage removes as the headline.
    fn headlines(lines: &[&str]) -> Result<Vec<String>, String> {
        Ok(stripped(lines)?.removed.into_iter().filter(|r| r.kind == RemovedKind::Headline).map(|r| r.text).collect())
    }

    #[test]
    fn removes_chrome_keeps_article_with_reasons() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let mut d = doc(&[
            "clear",
            "Putin hosts leaders of rivals Armenia, Azerbaijan, for talks",
            "November 23, 2020 at 2:17 pm",
            "- Advertisement -",
            P1,
            "Putin at the talks [Kremlin Press Office/Anadolu Agency]",
            P2,
            P3,
            "READ: Iran’s mistake in its policy sees Turkey reaping the rewards",
            "Related Stories",
            "Some other story about something else that is long enough to be a paragraph of prose, it is.",
        ]);
        stage.strip(&mut d);
        assert_eq!(d.body(), vec![P1, P2, P3]);
        let kinds: Vec<RemovedKind> = d.removed.iter().map(|r| r.kind).collect();
        for k in [RemovedKind::Headline, RemovedKind::DateLine, RemovedKind::Advertisement, RemovedKind::Caption, RemovedKind::RelatedLinks] {
            assert!(kinds.contains(&k), "{k:?} in {kinds:?}");
        }
        assert!(d.removed.iter().all(|r| !r.reason.is_empty()));
        Ok(())
    }

    #[test]
    fn a_trailer_with_more_prose_below_is_a_widget_inside_the_article() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let mut d = doc(&[P1, "Related Posts", P2, P3, P1.replace("Friday", "Monday").as_str()]);
        stage.strip(&mut d);
        assert_eq!(d.body().len(), 4, "{:?}", d.removed);
        assert!(d.removed.iter().any(|r| r.text == "Related Posts"));
        Ok(())
    }

    /// A block of an HTML page: its text, the ids and class names of its
    /// elements (outermost first), and its tag.
    fn html_block(text: &str, ancestors: &[u32], names: &[&str], tag: &str) -> newsflow_core::Block {
        newsflow_core::Block {
            text: text.into(),
            position: ancestors.last().map_or(0, |&id| id as usize),
            html: Some(newsflow_core::HtmlSignals {
                tag: tag.into(),
                ancestors: ancestors.to_vec(),
                ancestor_names: names.iter().map(|s| std::sync::Arc::from(*s)).collect(),
                ..newsflow_core::HtmlSignals::default()
            }),
            ..newsflow_core::Block::default()
        }
    }

    #[test]
    fn a_byline_element_without_by_is_a_byline() -> Result<(), String> {
        let mut d = Document { format: newsflow_core::InputFormat::Html, ..Document::default() };
        d.blocks = vec![
            html_block("Heather Butts, CTV News Atlantic Reporter", &[1, 2, 3], &["", "article", "byline"], "div"),
            html_block(P1, &[1, 2, 10], &["", "article", ""], "p"),
            html_block(P2, &[1, 2, 11], &["", "article", ""], "p"),
        ];
        BoilerplateStage::with_defaults()?.strip(&mut d);
        assert_eq!(d.removed.first().map(|r| (r.kind, r.text.as_str())), Some((RemovedKind::Byline, "Heather Butts, CTV News Atlantic Reporter")));
        Ok(())
    }

    #[test]
    fn a_paragraph_about_the_headlines_subject_is_not_a_prompt() -> Result<(), String> {
        let lines = [
            "Who's Reading Your Newsletter? Increasingly, Not a Human",
            "November 23, 2025",
            "An AI reads my email now, which is bliss, but it decides which newsletter I see and which one I never open at all.",
            "The Guardian US added 680,000 newsletter subscribers in a single year, and open rates across the industry went up.",
            P2,
            "Subscribe to our newsletter to get the best stories in your inbox every week.",
        ];
        let d = stripped(&lines)?;
        assert_eq!(d.body(), [lines[2], lines[3], P2], "{:?}", d.removed);
        // Under another headline, the same paragraphs are prompts.
        let d = stripped(&[&["Putin hosts leaders of rivals Armenia, Azerbaijan, for talks"], &lines[1..]].concat())?;
        assert_eq!(d.body(), [P2], "{:?}", d.removed);
        let recipe = [
            "Brown Butter Chocolate Chip Cookies",
            "These cookies are crisp at the edges and soft in the middle, and the brown butter gives them a deep taste.",
            "Store these cookies in an airtight tin for up to five days, or freeze the dough balls for later.",
        ];
        assert_eq!(stripped(&recipe)?.body(), &recipe[1..]);
        Ok(())
    }

    #[test]
    fn a_title_is_about_the_words_of_a_phrase_not_its_stopwords() {
        assert!(about_the_title("who's reading your newsletter? increasingly, not a human", "newsletter"));
        assert!(about_the_title("brown butter chocolate chip cookies", "these cookies"));
        assert!(about_the_title("the best newsletters of 2025", "newsletter"));
        assert!(about_the_title("how to sign up for medicare", "sign up for"));
        assert!(!about_the_title("how to cook rice", "sign up for"));
        assert!(!about_the_title("how to cook rice", "in your"));
        assert!(!about_the_title("putin hosts leaders of rivals", "newsletter"));
    }

    #[test]
    fn a_contributor_line_under_the_story_is_a_credit() -> Result<(), String> {
        let d = stripped(&[P1, P2, P3, "— With files from Francine Kopun and The Canadian Press"])?;
        assert_eq!(d.removed.last().map(|r| r.kind), Some(RemovedKind::Credit), "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn inside_the_article_element_its_kicker_byline_and_labels_are_no_body() -> Result<(), String> {
        // <article> "Canada" h1 <div.article-byline>name date</div> p "Article content" p p </article>
        let mut d = Document { format: newsflow_core::InputFormat::Html, ..Document::default() };
        let headline = newsflow_core::Block { kind: BlockKind::Heading, ..html_block("Alberta teachers vote to strike as talks collapse", &[1, 2, 4], &["", "article-content", "article-title"], "h1") };
        d.blocks = vec![
            html_block("Canada", &[1, 2, 3], &["", "article-content", "category"], "span"),
            headline,
            html_block("Lisa Johnson Published Nov 20, 2026 • 3 minute read", &[1, 2, 5], &["", "article-content", "article-byline"], "div"),
            html_block(P1, &[1, 2, 9, 10], &["", "article-content", "content", ""], "p"),
            html_block("Article content", &[1, 2, 9, 11], &["", "article-content", "content", "label"], "p"),
            html_block(P2, &[1, 2, 9, 12], &["", "article-content", "content", ""], "p"),
            html_block(P3, &[1, 2, 9, 13], &["", "article-content", "content", ""], "p"),
        ];
        BoilerplateStage::with_defaults()?.strip(&mut d);
        assert_eq!(d.body(), vec![P1, P2, P3], "{:?}", d.removed);
        assert!(d.removed.iter().any(|r| r.kind == RemovedKind::Byline && r.text.starts_with("Lisa Johnson")), "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn the_page_title_above_the_article_element_is_the_headline_not_a_quoted_sentence() -> Result<(), String> {
        // <div.story> h1 <div.byline>date</div> <div.story-body> p p p </div>
        let quoted = "Defence Minister David McGuinty said Monday that some of the conditions at the bases were \"unacceptable.\"";
        let mut d = Document { format: newsflow_core::InputFormat::Html, ..Document::default() };
        d.meta.insert("meta:og:title".into(), vec!["Ottawa orders review of military housing | CBC News".into()]);
        d.blocks = vec![
            html_block("Ottawa orders review of military housing", &[1, 2, 3], &["", "story", "headline"], "h1"),
            html_block("Posted: May 06, 2025 4:00 AM EDT", &[1, 2, 4], &["", "story", "byline"], "div"),
            html_block(P1, &[1, 2, 9, 10], &["", "story", "story-body", ""], "p"),
            html_block(quoted, &[1, 2, 9, 11], &["", "story", "story-body", ""], "p"),
            html_block(P2, &[1, 2, 9, 12], &["", "story", "story-body", ""], "p"),
            html_block(P3, &[1, 2, 9, 13], &["", "story", "story-body", ""], "p"),
        ];
        BoilerplateStage::with_defaults()?.strip(&mut d);
        assert!(d.body().contains(&quoted), "{:?}", d.removed);
        let headline = d.removed.iter().find(|r| r.kind == RemovedKind::Headline).map(|r| r.text.as_str());
        assert_eq!(headline, Some("Ottawa orders review of military housing"), "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn a_related_box_between_paragraphs_goes_and_the_article_goes_on() {
        let paragraph = |text: &str, ancestors: &[u32], tag: &str| html_block(text, ancestors, &[], tag);
        // <article> p p <div class="related"> h3 ul>li li </div> p p </article>
        let later = P1.replace("Friday", "Monday");
        let mut d = Document { format: newsflow_core::InputFormat::Html, ..Document::default() };
        d.blocks = vec![
            paragraph(P1, &[1, 2, 10], "p"),
            paragraph(P2, &[1, 2, 11], "p"),
            paragraph("Related Stories", &[1, 2, 12, 13], "h3"),
            paragraph("N.S. ER closures reach record high", &[1, 2, 12, 14, 15], "li"),
            paragraph("Nurses union calls for action", &[1, 2, 12, 14, 16], "li"),
            paragraph(P3, &[1, 2, 17], "p"),
            paragraph(&later, &[1, 2, 18], "p"),
        ];
        let Ok(stage) = BoilerplateStage::with_defaults() else { panic!("default cues") };
        stage.strip(&mut d);
        assert_eq!(d.body(), vec![P1, P2, P3, later.as_str()], "{:?}", d.removed);
        assert!(d.removed.iter().any(|r| r.text == "Nurses union calls for action" && r.kind == RemovedKind::RelatedLinks), "{:?}", d.removed);
    }

    #[test]
    fn a_comment_thread_ends_the_article_however_long() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let comment = "I have been following this story for years and I think the deal will not hold, because nobody on the ground trusts it.";
        let mut lines = vec![P1, P2, P3];
        for name in ["Sharon says", "Amy says", "Doris Adams-Boyd says", "Tammy says"] {
            lines.extend([name, comment, comment]);
        }
        let mut d = doc(&lines);
        stage.strip(&mut d);
        assert_eq!(d.body(), vec![P1, P2, P3]);
        assert!(d.removed.iter().any(|r| r.reason == "reader comments"));
        Ok(())
    }

    #[test]
    fn labels_repeated_inside_the_article_stay() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let mut d = doc(&["Pros", P1, "Cons", P2, "Pros", P3, "Cons", P1.replace("Friday", "Monday").as_str()]);
        stage.strip(&mut d);
        assert_eq!(d.body().iter().filter(|l| **l == "Pros" || **l == "Cons").count(), 4, "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn removed_page_chrome_still_separates_the_article_from_what_follows() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let mut lines = vec![P1, P2, P3];
        for _ in 0..4 {
            lines.extend(["Share", "Facebook", "Twitter", "Email", "Print", "LinkedIn", "WhatsApp", "Reddit"]);
        }
        let (teaser, other) = (
            "Another story from the site, summarised in a sentence that is long enough to read as a paragraph.",
            "A third story from the site, summarised in a sentence that is long enough to read as a paragraph.",
        );
        lines.extend([teaser, other]);
        let mut d = doc(&lines);
        stage.strip(&mut d);
        assert_eq!(d.body(), vec![P1, P2, P3], "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn a_list_heavy_article_is_kept_to_its_end_when_no_chrome_intervenes() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let items: Vec<String> = (1..=6)
            .flat_map(|n| [format!("{n}. Conference number {n}"), format!("Date: March {n}, 2026"), format!("Location: City {n}"), format!("Pricing: from {n}99 euros"), format!("Registration: site{n}.example")])
            .collect();
        let last = P3.replace("was celebrated", "is still seen");
        let mut lines = vec!["Menu", "Home", "Search", P3];
        lines.extend(items.iter().map(String::as_str));
        lines.extend([last.as_str(), "Share", "Facebook", "Twitter", "Related Stories", P2]);
        let mut d = doc(&lines);
        stage.strip(&mut d);
        let body = d.body();
        assert_eq!(body.first(), Some(&P3), "{:?}", d.removed);
        assert_eq!(body.last(), Some(&last.as_str()), "the run reaches the article's last paragraph, and stops at the chrome");
        Ok(())
    }

    #[test]
    fn the_headline_is_the_title_line_its_date_or_byline_marks() -> Result<(), String> {
        // Each case: the lines above the article, its two paragraphs, the
        // lines below it, and the headline.
        let council = [
            "The city council on Monday approved a budget that raises spending on schools and parks, after a debate about the council budget that lasted late into the night. It is the largest budget the city has passed, and the vote was close.",
            "Councillors said the city budget debate ran late into the night because of the spending on parks, and the council will meet again next week.",
        ];
        let blog = [
            "We announced a public beta of the package repositories recently, and one thing I am keen on is being able to use them to prepare transitions of many packages at once.",
            "A transition is a change to several packages that must land together, and the repositories let us build and test them before they reach the archive.",
        ];
        let gym = [
            "If someone is not careful at the gym, they may get hurt. Dropping equipment or straining too hard are common causes of injuries that people suffer there every year.",
            "In these situations, various factors could decide whether someone can sue a gym, and most members signed a waiver when they joined it.",
        ];
        let cases: [(&[&str], [&str; 2], &[&str], &str); 3] = [
            // With its byline below, over a teaser and the menu.
            (&["City council budget debate ends late at night", "Menu", "Home", "Search", "Spending plan passes after late debate", "By Jane Doe"], council, &[], "Spending plan passes after late debate"),
            // A blog prints the date above the title, under the navigation.
            (&["Back to posts", "Dec 18 2025", "Preparing a transition in the package repositories"], blog, &[], "Preparing a transition in the package repositories"),
            // A call to action in header and footer is no headline.
            (&["Call Us Now", "Skip to content", "Legal issues after getting hurt at a gym", "On Behalf of Smith Law | Apr 21, 2017"], gym, &["Facebook", "Call Us Now"], "Legal issues after getting hurt at a gym"),
        ];
        for (above, paragraphs, below, headline) in cases {
            let lines: Vec<&str> = above.iter().copied().chain(paragraphs).chain(below.iter().copied()).collect();
            assert_eq!(headlines(&lines)?, vec![headline]);
        }
        Ok(())
    }

    #[test]
    fn lines_a_site_repeats_on_every_page_are_template() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?.with_memory(TemplateMemory::new(None, 2, 100, 1000));
        let page = |extra: &str| {
            let mut d = doc(&["Creating new perspectives since 2009", P1, P2, "Subscribe to the morning brief for free", extra]);
            d.add_meta("canonical", "https://www.example.org/2020/story.html");
            d
        };
        for extra in ["One more sentence that is long enough to count as a real paragraph of this article.", "Another sentence that is long enough to count as a real paragraph of this article."] {
            stage.strip(&mut page(extra));
        }
        let mut third = page(P3);
        stage.strip(&mut third);
        assert!(third.removed.iter().any(|r| r.kind == RemovedKind::Template && r.reason.contains("example.org")), "{:?}", third.removed);
        assert!(third.body().contains(&P3));
        Ok(())
    }

    #[test]
    fn repeated_title_and_captions_go() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let cap = "Russian President Vladimir Putin during his annual press conference in Moscow on Dec. 17";
        let mut d = doc(&["Putin, Aliyev Discuss De-Escalation", "Putin, Aliyev Discuss De-Escalation", cap, cap, P1, P2, P3]);
        stage.strip(&mut d);
        assert_eq!(d.body(), vec![P1, P2, P3]);
        assert_eq!(d.removed.iter().filter(|r| r.kind == RemovedKind::Headline).count(), 1);
        Ok(())
    }

    #[test]
    fn the_headline_is_found_above_the_first_paragraph_when_the_run_opens_with_other_lines() -> Result<(), String> {
        let title = "How Machine Learning Personalizes Ecommerce Shopping Experiences";
        // A teaser that reads as near-prose opens the run, above the breadcrumbs.
        let teaser = "Bring AI into your email strategy this year, and see what the new trends of the year will do for the predictions of your whole team and for the customers who come to you for them";
        let lines = ["Resource Hub", "Events & Webinars", "Analyst Reports", teaser, "Home - Library - Blog", "AI, Personalization", title, "Pavlina Petkova", "April 10, 2025", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        Ok(())
    }

    #[test]
    fn a_paragraph_wrapped_mid_phrase_is_no_headline() -> Result<(), String> {
        let title = "Advent of Code 2025 week 2";
        let lines = ["RogerBW's Blog", title, "20 December 2025", "I did Advent of Code again, and had a", "really good time again. Spoilers.", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        assert!(ends_mid_phrase("I did it again, and had a") && !ends_mid_phrase("Why you need Vitamin A") && !ends_mid_phrase("What is it, and who is it for?"));
        Ok(())
    }

    #[test]
    fn a_headline_over_its_lead_in_title_case_or_first_in_the_text() -> Result<(), String> {
        let title = "Pope Francis Begins With Prayer, Turns To Challenges";
        let lead = "Pope Francis celebrated Mass on Thursday in the Sistine Chapel, his first Mass since becoming pope the night before, Vatican video shows";
        assert_eq!(headlines(&[title, lead, P1, P2, P3])?, vec![title]);
        // A text prints its headline first: over its dek, undated, not in title case.
        let (first, dek) = ("GOP sets sights on bigger House gains", "The goal is to broaden a political map that has remained stubbornly narrow for years");
        assert_eq!(headlines(&[first, dek, P1, P2, P3])?, vec![first]);
        assert!(is_title_case(title) && !is_title_case(lead));
        assert!(!is_title_case("CAN HILLARY DUCK TALIBAN DEAL ON CAMPAIGN TRAIL?") && !is_title_case("Sean Lahman and Steve Orr and Meaghan M. McDermott"));
        Ok(())
    }

    #[test]
    fn a_heading_printed_again_on_the_next_line_is_one_print_of_a_headline() -> Result<(), String> {
        // Menu item, heading, the heading again in capitals: printed twice
        // (breadcrumb and heading), not three times as a teaser would be.
        let title = "Tips for Online Success";
        let lines = ["Student Support Home", title, "Canvas Student Help Desk", "Exam Tips", "Glossary", title, "TIPS FOR ONLINE SUCCESS", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        // Set twice on consecutive lines alone, it is still a heading's mark.
        let dek = "A guide to the types of taxes Americans pay, how they work, and why understanding them matters";
        let title = "Tax 101: Understanding the basics";
        assert_eq!(headlines(&["Economy", title, title, dek, P1, P2, P3])?, vec![title]);
        Ok(())
    }

    #[test]
    fn a_date_one_label_above_the_headline_dates_it_unless_the_date_has_its_own_headline() -> Result<(), String> {
        let title = "Black Friday 2025 cybersecurity deals to explore";
        let lines = ["Newsletters", "Help Net Security", "Sponsored", "November 24, 2025", "Share", title, P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        // Headline, author, date, a section label, then a line of tags: the
        // tags are not dated by the headline's date.
        let title = "Kickstart Your Accounting Education: Degree vs. Certification";
        let lines = ["Blog", title, "Jennifer Newmann", "November 15, 2022", "FAQ", "Accounting, Bryan University, Certification, Degree", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        Ok(())
    }

    #[test]
    fn a_dated_headline_inside_the_run_beats_a_weak_line_above_it() -> Result<(), String> {
        // A browser banner reads as prose and opens the run; the headline,
        // its byline and date stand below it, over the article.
        let banner = "We noticed that you are using Internet Explorer 11 or older, which is not supported any longer. Please consider using a modern browser for the best experience of the site.";
        let title = "Machine learning, explained";
        let lines = ["Programs", "Which program is right for you?", banner, "Artificial Intelligence", title, "By Sara Brown", "Apr 21, 2021", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        // The article opens under it: the banner is no part of it.
        assert_eq!(stripped(&lines)?.body(), vec![P1, P2, P3]);
        // A credit under a quote inside the run is no headline.
        let lines = ["Programs", "Which program is right for you?", banner, "David Leonhardt, New York Times", "By Sara Brown", "Apr 21, 2021", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec!["Which program is right for you?"]);
        Ok(())
    }

    #[test]
    fn inline_markers_and_pleas_between_paragraphs_go() -> Result<(), String> {
        for marker in [
            "Story Continued Below",
            "[pullquote]",
            "More On This...",
            "CLICK HERE FOR COMPLETE CORONAVIRUS COVERAGE",
            "Support Vox’s explanatory journalism",
            "View this post on Instagram",
            "A post shared by Patagonia (@patagonia)",
            "Check price at Amazon (on sale!)",
            "Fox News' Ed Henry and The Associated Press contributed to this report.",
            "Updated at 7:24 p.m. ET",
            "This story has been updated and will continue to update with new developments.",
            "Visit Business Insider's homepage for more stories.",
            "Don't see the graphic above? Click here.",
            "Follow CNN Opinion Join us on Twitter and Facebook",
        ] {
            let d = stripped(&[P1, marker, P2, P3])?;
            assert_eq!(d.body(), vec![P1, P2, P3], "{marker}");
        }
        Ok(())
    }

    #[test]
    fn share_buttons_and_calls_to_action_are_cues_wherever_they_stand() -> Result<(), String> {
        // Above a headline they must not pass for one: they are removed for
        // what they are, not for standing outside the prose.
        for line in ["Pin on Pinterest", "Tweet on Twitter", "Send via email", "Get a Demo", "Share Your Story", "This article is more than 3 months old"] {
            let d = stripped(&[line, P1, P2, P3])?;
            let removed = d.removed.iter().find(|r| r.text == line).ok_or(format!("{line} kept"))?;
            assert!(removed.reason.starts_with("cue"), "{line}: {}", removed.reason);
        }
        Ok(())
    }

    #[test]
    fn a_headline_over_its_dek_and_header() -> Result<(), String> {
        let title = "Halifax councillors vote to pause bike lane project after merchants push back";
        let dek = "Decision comes after months of complaints from Quinpool Road business owners";
        let lines = [title, dek, "Haley Ryan · CBC News · Posted: Mar 12, 2025 4:00 AM AST", P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        Ok(())
    }

    #[test]
    fn an_undated_headline_over_its_undated_dek() -> Result<(), String> {
        let title = "Mayor Chow defends the transit budget";
        let dek = "Mayor Olivia Chow defends her transit budget after a bruising council vote on fares";
        let body = [
            "Toronto Mayor Olivia Chow defends her transit budget after a bruising council vote on fares, her office said.",
            "Councillors who voted against the budget said the mayor had not consulted them before the vote.",
            "Chow said she would meet every councillor before the next budget vote in the spring.",
        ];
        let lines = ["City", "Politics", title, dek, body[0], body[1], body[2]];
        assert_eq!(headlines(&lines)?, vec![title]);
        Ok(())
    }

    #[test]
    fn a_date_line_with_tags_dates_the_headline_below_it() -> Result<(), String> {
        let title = "What Meditation Can Do for You (and How To Get Started)";
        let dek = "From breath meditation to yoga nidra, all types of meditation aim to help you feel calmer, more relaxed and present";
        let lines = ["Health Library", "Find a Provider", "November 28, 2025/Living Healthy/Wellness", title, dek, P1, P2, P3];
        assert_eq!(headlines(&lines)?, vec![title]);
        Ok(())
    }

    #[test]
    fn a_byline_label_on_its_own_line_names_the_author_on_the_next() -> Result<(), String> {
        let title = "Top 10 Health and Nutrition Trends to Watch";
        let d = stripped(&["Order Now", "Nutrition Blog", title, "Written by", "Kelia Losa Reinoso", "Share this", P1, P2, P3])?;
        let bylines: Vec<&str> = d.removed.iter().filter(|r| r.kind == RemovedKind::Byline).map(|r| r.text.as_str()).collect();
        assert_eq!(bylines, ["Written by", "Kelia Losa Reinoso"], "{:?}", d.removed);
        assert!(d.removed.iter().any(|r| r.kind == RemovedKind::Headline && r.text == title), "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn a_menu_printed_twice_is_no_breadcrumb_and_heading() -> Result<(), String> {
        let title = "Top 10: Best Language Learning Apps (tested by experts)";
        // The header menu and its mobile copy: "Language Course Guides" is
        // printed twice, but with the same neighbours each time.
        let menu = ["Best Programs", "Blog", "Language Course Guides", "DE"];
        let lines: Vec<&str> = menu.iter().chain(&menu).copied().chain([title, "by Christian Roth", P1, P2, P3]).collect();
        assert_eq!(headlines(&lines)?, vec![title]);
        Ok(())
    }

    #[test]
    fn a_heading_keeps_its_copy_in_the_text_not_in_the_contents_or_a_sidebar() -> Result<(), String> {
        let stage = BoilerplateStage::with_defaults()?;
        let (first, second) = ("Where the talks stand now", "What comes after the ceasefire");
        let mut d = doc(&[P2, first, second, first, P3, second, P1, first]);
        stage.strip(&mut d);
        assert_eq!(d.body(), vec![P2, first, P3, second, P1], "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn a_news_lead_dense_with_names_and_a_closing_short_quote_stay() -> Result<(), String> {
        let d = stripped(&[
            "Ontario to hire 1,000 more nurses as emergency room closures spread",
            "By Allison Jones, The Canadian Press",
            "TORONTO — Ontario will fund 1,000 new nursing positions in rural hospitals, Premier Doug Ford announced Thursday, as a wave of temporary emergency room closures hit small towns across the province.",
            "\"We're not going to let anyone down,\" Ford said at a hospital in Orillia. \"Help is on the way, and it is coming to the places that need it most.\"",
            "Health Minister Sylvia Jones said the positions would be filled within 18 months. She said the province had already recruited 600 internationally educated nurses this year, more than in any year before.",
            "Opposition NDP Leader Marit Stiles said the announcement ignores the root cause of the staffing crisis, which she said was a cap on the wages of nurses that the government imposed for three years.",
            "Ford was asked whether the government would reverse the wage cap legislation, which a court struck down last year, and whether nurses would be paid back.",
            "\"That's behind us,\" he replied. \"We're focused on the future.\"",
            "\"We're not done,\" she said.",
            "The Canadian Press",
        ])?;
        let body = d.body();
        assert!(body.first().is_some_and(|b| b.starts_with("TORONTO")), "{body:?}");
        assert!(body.last().is_some_and(|b| b.contains("not done")), "{body:?}");
        Ok(())
    }

    /// Short sentences of prose right after the last paragraph close the
    /// article; past a line of a form they are the page's, not its.
    #[test]
    fn short_closing_sentences_stay_but_not_past_other_lines() -> Result<(), String> {
        let (closing, next) = ("The investigation is continuing, police said on Monday.", "Anyone with information is asked to call them.");
        let d = stripped(&[P1, P2, P3, closing, next, "Email (Required)", "We will never share it with anyone else."])?;
        assert_eq!(d.body(), vec![P1, P2, P3, closing, next], "{:?}", d.removed);
        // (A report of speech dense with names, as news closes with.)
        let (named, count) = ("RCMP Cpl. Matt Halstead said officers would patrol the empty streets.", "Officials said about 20,000 people had left by Thursday morning.");
        let d = stripped(&[P1, P2, P3, named, count])?;
        assert_eq!(d.body(), vec![P1, P2, P3, named, count], "{:?}", d.removed);
        Ok(())
    }

    #[test]
    fn a_header_line_of_fields_with_a_date_is_a_date_line() -> Result<(), String> {
        let header = "Jordan Kanygin · CTV News Calgary · Published Feb. 11, 2025 6:15 a.m. MST";
        let d = stripped(&["Calgary transit strike averted after late-night deal", header, P1, P2, P3])?;
        assert!(d.removed.iter().any(|r| r.kind == RemovedKind::DateLine && r.text == header), "{:?}", d.removed);
        assert_eq!(d.body(), vec![P1, P2, P3]);
        Ok(())
    }

    #[test]
    fn a_closing_quote_in_guillemets_stays() -> Result<(), String> {
        let d = stripped(&[P1, P2, P3, "«The process is irreversible,» Hajiyev added.", "Share this article"])?;
        assert!(d.body().last().is_some_and(|b| b.contains("irreversible")), "{:?}", d.body());
        Ok(())
    }

    #[test]
    fn the_run_extends_over_gaps_until_chrome() {
        let chrome: Label = Some((RemovedKind::Social, "cue".into()));
        let date: Label = Some((RemovedKind::DateLine, "date line".into()));
        // 0 menu | 1 list | 2 run start | 3 run end | 4 date | 5 list | 6 share | 7 teaser
        let labels: Vec<Label> = vec![chrome.clone(), None, None, None, date, None, chrome, None];
        let open = |i: usize| labels[i].is_none();
        assert_eq!(extend_over_clean_gaps(&labels, 2, 3, open), (1, 5), "a date line is no fence; the share line is");
        assert_eq!(extend_over_clean_gaps(&labels, 2, 3, |i| open(i) && i == 3), (2, 3));
    }

    #[test]
    fn a_chrome_named_wrapper_holding_the_article_is_not_chrome() {
        let block = |text: &str, ancestors: &[u32], names: &[&str]| newsflow_core::Block { position: 0, ..html_block(text, ancestors, names, "p") };
        let prose = "A long paragraph of the article, with commas, clauses, and enough words to count as prose here, twice over.";
        let mut doc = Document::default();
        // <article> <div class="share-content">3 paragraphs</div> <div class="body">2 paragraphs</div>
        //           <div class="share-buttons">Share this</div> </article>
        for k in 0..3 {
            doc.blocks.push(block(prose, &[1, 2, 3, 10 + k], &["", "article", "share-content", ""]));
        }
        for k in 0..2 {
            doc.blocks.push(block(prose, &[1, 2, 5, 20 + k], &["", "article", "body", ""]));
        }
        doc.blocks.push(block("Share this story on your networks", &[1, 2, 4], &["", "article", "share-buttons"]));
        let mut labels: Vec<Label> = vec![None; doc.blocks.len()];
        assert!(label_outside_region(&doc, &mut labels, 0.75));
        assert!(labels[..5].iter().all(Option::is_none), "the wrapper holding most of the text is the article: {labels:?}");
        assert!(labels[5].as_ref().is_some_and(|(_, why)| why.contains("page chrome (\"share\")")), "{labels:?}");
    }
}
