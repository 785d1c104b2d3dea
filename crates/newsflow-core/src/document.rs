//! The [`Document`]: what an input has become so far.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the input came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SourceInfo {
    /// Input path or origin.
    pub path: String,
    /// SHA-256 of the raw bytes, hex.
    pub sha256: String,
    /// Size of the raw bytes.
    pub bytes: u64,
    /// When the source took it (RFC 3339, UTC).
    pub received: String,
}

/// The format of the input, as detected by the clean stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Not decided yet.
    #[default]
    Unknown,
    /// Plain text, one paragraph per line.
    Text,
    /// An HTML page.
    Html,
}

/// How the raw bytes were decoded.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct DecodeInfo {
    /// The encoding used (WHATWG name).
    pub encoding: String,
    /// Whether a byte-order mark was present.
    pub bom: bool,
    /// How many invalid sequences became U+FFFD.
    pub replacements: usize,
    /// How many lines had mojibake repaired.
    pub mojibake_repaired: usize,
}

/// What kind of block a piece of text is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A paragraph of running text.
    #[default]
    Paragraph,
    /// A heading (`<h1>`..`<h6>`).
    Heading,
    /// A list item.
    ListItem,
    /// A block quotation.
    Quote,
    /// A figure caption.
    Caption,
    /// Preformatted text.
    Preformatted,
    /// A table cell.
    Cell,
}

/// Layout signals of a block that came from HTML.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct HtmlSignals {
    /// The element that produced the block (`p`, `h2`, `li`...).
    pub tag: String,
    /// Readable path from the root, e.g. `body>div#main>article.post>p`.
    pub tag_path: String,
    /// Ids (pre-order numbers) of the enclosing elements, outermost first, so
    /// that blocks can be grouped by container.
    pub ancestors: Vec<u32>,
    /// Class and id names of each enclosing element (parallel to `ancestors`),
    /// space separated, lower case. Shared with every other block under the
    /// same element (an element's names are read once, not once per block).
    pub ancestor_names: Vec<std::sync::Arc<str>>,
    /// Non-space characters of the block's text that are inside links.
    pub link_chars: usize,
}

impl HtmlSignals {
    /// All class and id names of the block's elements, space separated.
    pub fn class_names(&self) -> String {
        self.ancestor_names.iter().filter(|n| !n.is_empty()).map(|n| &**n).collect::<Vec<_>>().join(" ")
    }
}

/// A block of text with its position and signals.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Block {
    /// The text, whitespace-normalised, author's punctuation kept.
    pub text: String,
    /// Position: the 1-based line in the decoded text, or the block's order in the page.
    pub position: usize,
    /// What kind of block it is.
    pub kind: BlockKind,
    /// Layout signals when the block came from HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<HtmlSignals>,
}

impl Block {
    /// A plain-text paragraph at `position`.
    pub fn paragraph(text: impl Into<String>, position: usize) -> Self {
        Block { text: text.into(), position, kind: BlockKind::Paragraph, html: None }
    }

    /// Share of the (non-space) text inside links (0 for plain text).
    pub fn link_density(&self) -> f64 {
        // Characters are counted only where there are links to compare.
        match &self.html {
            Some(h) if h.link_chars > 0 => {
                let chars = self.text.chars().filter(|c| !c.is_whitespace()).count();
                if chars == 0 {
                    0.0
                } else {
                    (h.link_chars as f64 / chars as f64).min(1.0)
                }
            }
            _ => 0.0,
        }
    }
}

/// The class of a removed line: what it *is*, so later stages can use it
/// (a removed headline is the title, a removed date line is the date...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// The headline (kept as the title, not body).
    Headline,
    /// A publication date/time line.
    DateLine,
    /// A byline ("By Jane Doe").
    Byline,
    /// A photo caption or credit.
    Caption,
    /// A source credit / copyright / DMCA line.
    Credit,
    /// An advertisement marker.
    Advertisement,
    /// "READ:", "Related", "Recent articles"... link blocks.
    RelatedLinks,
    /// A comment or discussion policy.
    CommentPolicy,
    /// A newsletter or subscription prompt.
    Newsletter,
    /// A site slogan, navigation word or other site chrome.
    SiteChrome,
    /// Share/social-media lines.
    Social,
    /// A cookie or consent notice.
    Cookie,
    /// A line repeated in the document.
    Repeated,
    /// A line seen in many documents of the same source (a template).
    Template,
    /// Everything after an end-of-article trailer.
    Trailer,
    /// Text outside the main article region (HTML) or too thin to be prose.
    OutsideArticle,
    /// Removed by a user rule (custom stages).
    Custom,
}

impl std::fmt::Display for RemovedKind {
    /// The kind's name as the record spells it (`date_line`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(name)) => f.write_str(&name),
            _ => write!(f, "{self:?}"),
        }
    }
}

/// A line removed from the body, with the reason.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Removed {
    /// The text removed, as written.
    pub text: String,
    /// Human-readable reason (e.g. `cue: "- Advertisement -"`).
    pub reason: String,
    /// The class of the line.
    pub kind: RemovedKind,
    /// Position of the block it came from.
    pub position: usize,
}

/// A dateline: "TEHRAN (Tasnim) –".
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Dateline {
    /// The place, as written.
    pub place: String,
    /// The agency in parentheses, if any.
    pub agency: Option<String>,
    /// The whole dateline text.
    pub text: String,
}

/// The outlet that published the article, with the evidence.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Outlet {
    /// Canonical name.
    pub name: String,
    /// Why we believe it (each piece of evidence as text).
    pub evidence: Vec<String>,
}

/// Named entities found in the body.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entities {
    /// People, fullest form of each name.
    pub people: Vec<String>,
    /// Places.
    pub places: Vec<String>,
    /// Organisations.
    pub organizations: Vec<String>,
}

/// Whether a quote gives the speaker's words or reports them.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The words themselves, in quotation marks.
    #[default]
    Direct,
    /// Reported speech, without quotation marks: "Trudeau said the
    /// government would act", "The economy is recovering, the minister said."
    Reported,
}

/// A quotation: direct, or reported speech.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    /// Who said it, resolved to the fullest name in the article.
    pub speaker: Option<String>,
    /// The quoted words.
    pub text: String,
    /// True for quoted words that are no statement: a short scare quote
    /// ("just cause") or the title of a work ("Gone With the Wind"), unless an
    /// attribution follows them. Flagged, not attributed.
    #[serde(default)]
    pub scare: bool,
    /// How the speaker was found (e.g. `"said Putin"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Index of the body paragraph where the quote starts.
    pub paragraph: usize,
    /// Direct quotation or reported speech.
    #[serde(default)]
    pub kind: QuoteKind,
}

/// One piece of stance evidence.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Evidence {
    /// Where it came from: `outlet`, `lexicon`, `model`, `prior`.
    pub source: String,
    /// The label it supports.
    pub label: String,
    /// Its log-odds weight as counted.
    pub weight: f64,
    /// What matched, with a short explanation.
    pub detail: String,
}

/// The stance of the source.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Stance {
    /// The winning label.
    pub label: String,
    /// Its probability.
    pub confidence: f64,
    /// Probability per label.
    pub scores: BTreeMap<String, f64>,
    /// Every piece of evidence counted.
    pub evidence: Vec<Evidence>,
}

/// Fields extracted from the document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Extracted {
    /// The headline.
    pub title: Option<String>,
    /// Where the title came from.
    pub title_source: Option<String>,
    /// Publication date-time, ISO 8601.
    pub published: Option<String>,
    /// Where the date came from.
    pub published_source: Option<String>,
    /// The dateline.
    pub dateline: Option<Dateline>,
    /// The outlet.
    pub outlet: Option<Outlet>,
    /// Authors from bylines or metadata.
    pub authors: Vec<String>,
    /// Named entities.
    pub entities: Entities,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
}

/// How long a stage took on this document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct StageTiming {
    /// Stage name.
    pub stage: String,
    /// Microseconds.
    pub micros: u64,
}

/// What an input has become so far. Stages read and write it; the emit stage
/// turns it into a [`crate::Record`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Document {
    /// Record id (file-name derived, sanitised, unique in the outbox).
    pub id: String,
    /// Where the input came from.
    pub source: SourceInfo,
    /// The raw bytes (cleared by the clean stage once decoded).
    #[serde(skip)]
    pub raw: Vec<u8>,
    /// Input file name, for format detection by extension.
    pub file_name: String,
    /// Detected format.
    pub format: InputFormat,
    /// How the bytes were decoded.
    pub decode: DecodeInfo,
    /// The blocks still considered article body.
    pub blocks: Vec<Block>,
    /// What was removed, with reasons.
    pub removed: Vec<Removed>,
    /// Page metadata found by the clean stage (HTML `<title>`, meta tags,
    /// JSON-LD, `<time>`...), by key: `title`, `og:title`, `og:site_name`,
    /// `jsonld:headline`, `jsonld:datePublished`, `h1`, `time`, `canonical`, `lang`...
    pub meta: BTreeMap<String, Vec<String>>,
    /// Extracted fields.
    pub fields: Extracted,
    /// Stance of the source.
    pub stance: Option<Stance>,
    /// Free tags added by stages.
    pub tags: Vec<String>,
    /// Free fields added by custom stages (copied into the record).
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Where the record was written (set by output stages).
    pub outputs: Vec<String>,
    /// Per-stage timings.
    pub timings: Vec<StageTiming>,
}

impl Document {
    /// A fresh document for raw bytes.
    pub fn new(id: impl Into<String>, file_name: impl Into<String>, source: SourceInfo, raw: Vec<u8>) -> Self {
        Document { id: id.into(), file_name: file_name.into(), source, raw, ..Document::default() }
    }

    /// Moves the block at `index` to `removed` with a reason.
    pub fn remove_block(&mut self, index: usize, kind: RemovedKind, reason: impl Into<String>) {
        if index < self.blocks.len() {
            let block = self.blocks.remove(index);
            self.removed.push(Removed { text: block.text, reason: reason.into(), kind, position: block.position });
        }
    }

    /// The first value of a metadata key.
    pub fn meta_first(&self, key: &str) -> Option<&str> {
        self.meta.get(key).and_then(|v| v.first()).map(String::as_str)
    }

    /// Adds a metadata value.
    pub fn add_meta(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.meta.entry(key.into()).or_default().push(value.into());
    }

    /// The body paragraphs as text.
    pub fn body(&self) -> Vec<&str> {
        self.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    /// Number of words in the body.
    pub fn word_count(&self) -> usize {
        self.blocks.iter().map(|b| whitespace_separated(&b.text)).sum()
    }
}

/// `text.split_whitespace().count()`, on bytes when the text is ASCII (every
/// record counts its body's words).
fn whitespace_separated(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remove_block_keeps_text_and_reason() {
        let mut doc = Document::default();
        doc.blocks = vec![Block::paragraph("Ad", 1), Block::paragraph("Body text here.", 2)];
        doc.remove_block(0, RemovedKind::Advertisement, "cue");
        assert_eq!(doc.body(), vec!["Body text here."]);
        assert_eq!(doc.removed[0].text, "Ad");
        assert_eq!(doc.removed[0].position, 1);
        doc.remove_block(9, RemovedKind::Advertisement, "out of range is ignored");
        assert_eq!(doc.removed.len(), 1);
        assert_eq!(doc.word_count(), 3);
        for text in ["", " ", "one", " two  words ", "a\tb\nc\x0bd\x0ce\rf", "x\x1cy", "é non-ascii\u{a0}nbsp", "end."] {
            assert_eq!(whitespace_separated(text), text.split_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn link_density_is_zero_for_text_and_bounded_for_html() {
        let mut b = Block::paragraph("abcd", 1);
        assert_eq!(b.link_density(), 0.0);
        b.html = Some(HtmlSignals { link_chars: 8, ..HtmlSignals::default() });
        assert_eq!(b.link_density(), 1.0);
    }
}
