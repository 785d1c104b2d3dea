//! The `clean` stage: raw bytes in, normalised text blocks out.
//!
//! Every input passes here first, so this stage must accept anything without
//! panicking: it detects the encoding (BOM, UTF-8 validity, UTF-16 without BOM,
//! then `chardetng` for legacy single-byte encodings), turns invalid sequences
//! into U+FFFD and counts them, rejects binary files with a clear reason, repairs
//! unambiguous mojibake, normalises to NFC and splits the text into blocks.
//!
//! HTML is parsed with html5ever (through `scraper`), a real browser-grade
//! parser, because news pages are rarely well-formed; the stage keeps block
//! structure and hands per-block layout signals (tag path, link characters,
//! class/id names) to the boilerplate stage and page metadata (title, meta
//! tags, JSON-LD, `<time>`) to the extract stage. It removes nothing that could
//! be article text: deciding what is boilerplate is the next stage's job.
#![deny(missing_docs)]

mod attributes;
mod decode;
mod html;
mod normalize;
mod raw_text;
mod streamed;
mod unwrap;

pub use decode::{decode, DecodeError};
pub use html::{looks_like_html, nesting_depth, parse_html, HtmlOptions, HtmlPage, TooDeep};
pub use normalize::{normalize_line, repair_mojibake, text_blocks};

use async_trait::async_trait;
use newsflow_core::{
    ConfigError, Document, Flow, InputFormat, Registry, Stage, StageError, StageKind, StageSpec,
};
use serde::Deserialize;
use std::sync::Arc;

/// Options of the `clean` stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CleanConfig {
    /// File extensions treated as HTML (content sniffing applies to the rest).
    pub html_extensions: Vec<String>,
    /// Sniff content for HTML when the extension says nothing.
    pub sniff_html: bool,
    /// Repair mojibake such as "â€™" → "’" when unambiguous.
    pub repair_mojibake: bool,
    /// Extra CSS selectors of HTML elements to drop (site chrome you know about).
    pub drop_selectors: Vec<String>,
    /// Fail documents with more U+FFFD replacements than this share of characters.
    pub max_replacement_ratio: f64,
    /// Refuse HTML nested deeper than this (parsing cost grows with the square of the depth).
    pub max_html_depth: usize,
}

impl Default for CleanConfig {
    fn default() -> Self {
        CleanConfig {
            html_extensions: vec!["html".into(), "htm".into(), "xhtml".into()],
            sniff_html: true,
            repair_mojibake: true,
            drop_selectors: Vec::new(),
            max_replacement_ratio: 0.2,
            max_html_depth: 3000,
        }
    }
}

/// The `clean` stage.
#[derive(Debug)]
pub struct CleanStage {
    config: CleanConfig,
    html: HtmlOptions,
}

impl CleanStage {
    /// Builds the stage, compiling the extra selectors.
    pub fn new(config: CleanConfig) -> Result<Self, String> {
        let html = HtmlOptions::new(&config.drop_selectors, config.max_html_depth)?;
        if !(0.0..=1.0).contains(&config.max_replacement_ratio) {
            return Err("max_replacement_ratio must be between 0 and 1".into());
        }
        Ok(CleanStage { config, html })
    }

    fn is_html(&self, file_name: &str, text: &str) -> bool {
        let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        if self.config.html_extensions.iter().any(|e| e.eq_ignore_ascii_case(&ext)) {
            return true;
        }
        self.config.sniff_html && looks_like_html(text)
    }

    /// Cleans a document in place (synchronous core of [`Stage::process`]).
    pub fn clean(&self, doc: &mut Document) -> Result<(), StageError> {
        let raw = std::mem::take(&mut doc.raw);
        let (text, mut info) = decode(&raw).map_err(|e| StageError::InvalidInput(e.to_string()))?;
        let chars = text.chars().count().max(1);
        if info.replacements as f64 / chars as f64 > self.config.max_replacement_ratio {
            return Err(StageError::InvalidInput(format!(
                "undecodable: {} of {} characters are invalid sequences in {}",
                info.replacements, chars, info.encoding
            )));
        }
        if self.is_html(&doc.file_name, &text) {
            doc.format = InputFormat::Html;
            let page = parse_html(&text, &self.html).map_err(|too_deep| {
                StageError::InvalidInput(format!(
                    "HTML nested deeper than {} elements (max_html_depth; {} found); refused before parsing",
                    self.config.max_html_depth, too_deep.depth
                ))
            })?;
            for (key, values) in page.meta {
                for v in values {
                    doc.add_meta(key.clone(), v);
                }
            }
            doc.blocks = page.blocks;
            for block in &mut doc.blocks {
                let (line, repaired) = normalize_line(&block.text, self.config.repair_mojibake);
                info.mojibake_repaired += usize::from(repaired);
                block.text = line;
            }
            doc.blocks.retain(|b| !b.text.is_empty());
        } else {
            doc.format = InputFormat::Text;
            let (blocks, repaired) = text_blocks(&text, self.config.repair_mojibake);
            info.mojibake_repaired += repaired;
            doc.blocks = blocks;
        }
        doc.decode = info;
        if doc.blocks.is_empty() {
            return Err(StageError::InvalidInput("no text in input".into()));
        }
        Ok(())
    }
}

#[async_trait]
impl Stage for CleanStage {
    async fn process(&self, doc: &mut Document) -> Result<Flow, StageError> {
        self.clean(doc)?;
        Ok(Flow::Continue)
    }
}

fn factory(spec: &StageSpec<'_>) -> Result<Arc<dyn Stage>, ConfigError> {
    newsflow_core::build_stage(spec, CleanStage::new)
}

/// Registers the `clean` kind.
pub fn register(registry: &mut Registry) {
    registry.register(StageKind {
        kind: "clean",
        description: "decode any encoding, repair mojibake, normalise Unicode and whitespace, split into blocks (HTML too)",
        factory,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(name: &str, bytes: &[u8]) -> Result<Document, StageError> {
        let stage = CleanStage::new(CleanConfig::default()).map_err(StageError::Failed)?;
        let mut doc = Document::new("x", name, Default::default(), bytes.to_vec());
        stage.clean(&mut doc).map(|_| doc)
    }

    #[test]
    fn plain_text_becomes_one_block_per_line() -> Result<(), StageError> {
        let doc = cleaned("a.txt", b"Title\r\n\r\n\r\nFirst  para.\n  Second para.  \n")?;
        assert_eq!(doc.body(), vec!["Title", "First para.", "Second para."]);
        assert_eq!(doc.blocks[1].position, 4);
        assert_eq!(doc.format, InputFormat::Text);
        Ok(())
    }

    #[test]
    fn html_is_detected_by_extension_and_content() -> Result<(), StageError> {
        let doc = cleaned("page.bin", b"<!DOCTYPE html><html><body><p>Hello <a href='#'>world</a>.</p><script>x()</script></body></html>")?;
        assert_eq!(doc.format, InputFormat::Html);
        assert_eq!(doc.body(), vec!["Hello world."]);
        Ok(())
    }

    #[test]
    fn binary_and_empty_inputs_are_rejected_with_reason() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let err = cleaned("a.txt", png).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("PNG"), "{err}");
        let err = cleaned("a.txt", b"").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("empty"), "{err}");
    }

    #[test]
    fn clean_is_idempotent_on_its_own_output() -> Result<(), StageError> {
        let first = cleaned("a.txt", "Caf\u{e9}  \u{2014} “quoted” â€™ text\n\n\nNext\u{a0}line".as_bytes())?;
        let again = cleaned("a.txt", first.body().join("\n").as_bytes())?;
        assert_eq!(first.body(), again.body());
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
            let _ = cleaned("r.txt", &bytes);
            let _ = cleaned("r.html", &bytes);
        }

        #[test]
        fn never_panics_on_html_like_input(text in "(<(p|div|h1|li|script|a href=\"x\")>|</(p|div|a)>|[a-zA-Z .,'’\n]{0,12}|&(amp|#x27|nbsp);){0,40}") {
            let _ = cleaned("r.html", text.as_bytes());
        }

        #[test]
        fn never_panics_on_streamed_pages(text in "(<template id=\"(B|P):[0-3]\"></template>|<div hidden id=\"S:[0-3]\">|</div>|<div>|<!--\\$\\?-->|<!--/\\$-->|<!--\\$-->|<p>|[a-z ]{0,8}){0,30}") {
            let _ = cleaned("r.html", text.as_bytes());
        }

        #[test]
        fn idempotent_on_its_own_output(text in "([A-Za-zÀ-ÿ’“”—]{1,9}[ ,.\u{a0}]{0,2}|\n{1,3}|â€™){0,80}") {
            if let Ok(first) = cleaned("a.txt", text.as_bytes()) {
                let again = cleaned("a.txt", first.body().join("\n\n").as_bytes());
                let again = again.map(|d| d.body().iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap_or_default();
                proptest::prop_assert_eq!(first.body().iter().map(|s| s.to_string()).collect::<Vec<_>>(), again);
            }
        }
    }
}
