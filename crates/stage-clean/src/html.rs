//! HTML page → text blocks with layout signals, plus page metadata.
use ego_tree::iter::Edge;
use newsflow_core::{Block, BlockKind, HtmlSignals};
use crate::attributes::KeptAttributes;
use scraper::{Html, Node, Selector};
use std::borrow::Cow;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Elements whose content is never article text. (`form` is not one: ASP.NET
/// pages wrap the whole body in a form.)
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "aside",
    "footer", "button", "select", "option", "textarea", "input", "menu", "dialog", "head", "map",
    "audio", "video", "picture", "source", "track", "math",
];
/// Text below which a chrome element is chrome whatever share of the page it holds.
const MIN_ARTICLE_CHARS: usize = 200;
/// Tags whose text is never page text, whatever it contains.
const NEVER_TEXT: &[&str] = &["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "math", "select", "option", "textarea"];

/// ARIA roles of site chrome.
const SKIP_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    "alertdialog", "toolbar", "tablist",
];

/// Class names of text meant only for screen readers or hidden.
const HIDDEN_CLASSES: &[&str] = &["sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "hidden", "hide"];

/// Elements that start a new block.
const BLOCK_TAGS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption",
    "address", "hr", "br", "center", "details", "summary", "body", "html", "caption", "legend", "fieldset",
];

/// What the walk does with an element, by its tag name (lower case).
#[derive(Clone, Copy, Default)]
struct TagClass {
    /// In [`NEVER_TEXT`].
    never_text: bool,
    /// In [`SKIP_TAGS`].
    skip: bool,
    /// In [`BLOCK_TAGS`].
    block: bool,
}

/// The lists a tag name is in, by one hash lookup: searched one by one, the
/// lists cost some eighty string comparisons for each element of a page.
fn tag_class(tag: &str) -> TagClass {
    static CLASSES: std::sync::LazyLock<HashMap<&'static str, TagClass>> = std::sync::LazyLock::new(|| {
        let mut classes: HashMap<&'static str, TagClass> = HashMap::default();
        for &tag in NEVER_TEXT {
            classes.entry(tag).or_default().never_text = true;
        }
        for &tag in SKIP_TAGS {
            classes.entry(tag).or_default().skip = true;
        }
        for &tag in BLOCK_TAGS {
            classes.entry(tag).or_default().block = true;
        }
        classes
    });
    CLASSES.get(tag).copied().unwrap_or_default()
}

/// Paths and ancestor lists are capped: pathological nesting must stay linear.
const MAX_PATH: usize = 40;

/// What the clean stage learns from an HTML page.
#[derive(Debug, Default)]
pub struct HtmlPage {
    /// Visible text blocks in document order.
    pub blocks: Vec<Block>,
    /// Metadata by key (see [`newsflow_core::Document::meta`]).
    pub meta: BTreeMap<String, Vec<String>>,
}

/// True when text looks like an HTML document rather than prose.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(1024).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<') && (head.contains("<body") || head.contains("<head") || head.contains("<p>") || head.contains("<div")))
}

/// Whether an element (its tag name as written) never holds others or is
/// closed by the parser itself. (A `match` on the lower-cased bytes: a list
/// compared case-blind name by name cost as much as the rest of the scan.)
fn is_no_nesting(name: &[u8]) -> bool {
    let mut lower = [0u8; 8];
    let Some(lower) = lower.get_mut(..name.len()) else { return false };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"br" | b"img" | b"hr" | b"input" | b"meta" | b"link" | b"area" | b"base" | b"col" | b"embed" | b"param" | b"source" | b"track" | b"wbr"
            | b"p" | b"li" | b"dt" | b"dd" | b"option" | b"tr" | b"td" | b"th" | b"!doctype" | b"!--"
    )
}

/// The deepest element nesting in raw HTML, estimated by a linear scan of the
/// tags (stopping once past `limit`). html5ever's tree building is quadratic
/// in nesting depth, so hostile pages (100,000 nested `<div>`s) must be
/// refused before parsing; real pages stay far below a few hundred.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        i += off + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let end = bytes[start..].iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'!' || *b == b'-')).map_or(bytes.len(), |e| start + e);
        let name = &bytes[start..end];
        if name.is_empty() || is_no_nesting(name) {
            continue;
        }
        let window = &bytes[end..bytes.len().min(end + 512)];
        let self_closing = memchr::memchr(b'>', window).is_some_and(|gt| gt > 0 && bytes[end + gt - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            max = max.max(depth);
            if max > limit {
                return max;
            }
        }
    }
    max
}

/// An element open during the walk. Its names are shared (`Arc`) with every
/// block under it; its tag and label borrow from the tree where they can:
/// the walk allocates per element only for names it has.
struct Open<'t> {
    tag: Cow<'t, str>,
    id: u32,
    block: bool,
    skip: bool,
    link: bool,
    label: Label<'t>,
    names: Arc<str>,
}

/// What an element's label adds to its tag: `#id`, else `.first-class`
/// (written out only for the blocks that reach the record).
#[derive(Default)]
struct Label<'t> {
    mark: Option<char>,
    name: &'t str,
}

impl<'t> Label<'t> {
    fn of(id: Option<&'t str>, class: Option<&'t str>) -> Self {
        match id.map(|i| ('#', i)).or(class.map(|c| ('.', c))) {
            Some((mark, name)) => Label { mark: Some(mark), name },
            None => Label::default(),
        }
    }

    /// `tag#id`, else `tag.first-class`, else the tag, appended to `out`.
    fn write(&self, tag: &str, out: &mut String) {
        out.push_str(tag);
        if let Some(mark) = self.mark {
            out.push(mark);
            out.push_str(self.name);
        }
    }
}

/// The attributes the walk reads, found in one pass over the element's
/// attributes: scraper's `attr` interns the name it is asked for and
/// searches again for each of the six.
#[derive(Default)]
struct ReadAttrs<'t> {
    class: Option<&'t str>,
    id: Option<&'t str>,
    hidden: bool,
    aria_hidden: Option<&'t str>,
    role: Option<&'t str>,
    style: Option<&'t str>,
}

impl<'t> ReadAttrs<'t> {
    fn of(el: &'t scraper::node::Element) -> Self {
        let mut read = ReadAttrs::default();
        for (name, value) in el.attrs() {
            match name {
                "class" => read.class = Some(value),
                "id" => read.id = Some(value),
                "hidden" => read.hidden = true,
                "aria-hidden" => read.aria_hidden = Some(value),
                "role" => read.role = Some(value),
                "style" => read.style = Some(value),
                _ => {}
            }
        }
        read
    }

    /// The element's class names, sorted and without duplicates (as
    /// scraper's `Element::classes` gives them), read from the attribute:
    /// `classes` interns every name in a process-wide atom table behind a
    /// lock, which cost more than the rest of the walk and made the two
    /// workers wait on each other.
    fn classes(&self) -> Vec<&'t str> {
        let mut names: Vec<&str> = self.class.map(|c| c.split_ascii_whitespace().collect()).unwrap_or_default();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Hidden by a chrome role, or by an attribute, an inline style or a
    /// class unless another element discloses it (see [`disclosed_ids`]).
    fn hidden(&self, names: &str, disclosed: &HashSet<&str>) -> bool {
        if self.role.is_some_and(|r| SKIP_ROLES.contains(&r.to_ascii_lowercase().as_str())) {
            return true;
        }
        if self.id.is_some_and(|id| disclosed.contains(id)) {
            return false;
        }
        if self.hidden || self.aria_hidden.is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            return true;
        }
        if let Some(style) = self.style {
            let style: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            if style.contains("display:none") || style.contains("visibility:hidden") {
                return true;
            }
        }
        // "hidden md:block" (utility CSS): hidden on small screens only.
        let responsive_display = names.split(' ').any(|n| n.split_once(':').is_some_and(|(_, v)| matches!(v, "block" | "flex" | "grid" | "inline" | "inline-block" | "inline-flex" | "table" | "contents")));
        !responsive_display && names.split(' ').any(|n| HIDDEN_CLASSES.contains(&n))
    }
}

/// What the configuration tells the HTML reader: the elements to drop, and the
/// attributes kept in tags when the page is pruned before parsing (those the
/// reader uses and those the drop selectors test).
#[derive(Debug)]
pub struct HtmlOptions {
    drop: Vec<Selector>,
    kept: KeptAttributes,
    max_depth: usize,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions { drop: Vec::new(), kept: KeptAttributes::default(), max_depth: 3000 }
    }
}

impl HtmlOptions {
    /// Compiles the drop selectors (CSS); an error names the selector. Pages
    /// nested deeper than `max_depth` elements are refused.
    pub fn new(drop_selectors: &[String], max_depth: usize) -> Result<Self, String> {
        let drop = drop_selectors
            .iter()
            .map(|s| Selector::parse(s).map_err(|e| format!("drop_selectors: `{s}`: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(HtmlOptions { drop, kept: KeptAttributes::with_selectors(drop_selectors.iter().map(String::as_str)), max_depth })
    }
}

/// A page refused before parsing: nested deeper than the options allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep {
    /// The nesting depth found (the scan stops once past the limit).
    pub depth: usize,
}

/// Parses a page: drops scripts, styles, navigation, forms, hidden elements and
/// anything matching the options' selectors; returns the blocks and the
/// metadata. A page nested deeper than the options allow is refused before
/// parsing; its depth is measured on the page as the parser will read it
/// (scripts emptied: their comparisons are no tags).
pub fn parse_html(text: &str, options: &HtmlOptions) -> Result<HtmlPage, TooDeep> {
    let drop = &options.drop;
    let prepared = crate::raw_text::prepared_for_parsing(text, &options.kept);
    let depth = nesting_depth(&prepared, options.max_depth);
    if depth > options.max_depth {
        return Err(TooDeep { depth });
    }
    let mut html = Html::parse_document(&prepared);
    crate::streamed::place_streamed_segments(&mut html);
    let mut page = HtmlPage { meta: metadata(&html), ..HtmlPage::default() };
    let disclosed = disclosed_ids(&html);
    let dropped: HashSet<ego_tree::NodeId> = drop.iter().flat_map(|s| html.select(s).map(|e| e.id())).collect();

    // Text under each element, for the rule below.
    let text_under = text_lengths(&html);
    let page_text = text_under.first().copied().unwrap_or(0);
    let mut stack: Vec<Open> = Vec::new();
    let mut buffer = String::new();
    let mut link_chars = 0usize;
    let mut next_id = 0u32;
    let no_names: Arc<str> = Arc::from("");
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    next_id += 1;
                    // Under a skipped element nothing is read: no text is
                    // kept there and no block flushes with it on the stack.
                    if stack.last().is_some_and(|o| o.skip) {
                        stack.push(Open { tag: Cow::Borrowed(""), id: next_id, block: false, skip: true, link: false, label: Label::default(), names: no_names.clone() });
                        continue;
                    }
                    // html5ever lower-cases HTML element names; foreign (SVG) ones may not be.
                    let tag = lower_case(el.name());
                    let attrs = ReadAttrs::of(el);
                    let classes = attrs.classes();
                    let names = class_names(&classes, attrs.id).map_or_else(|| no_names.clone(), Arc::from);
                    // Layout chrome (nav, aside, footer, a navigation role,
                    // a hidden box) that holds most of the page's text, and
                    // at least a paragraph's worth, is a mis-nested or
                    // misused container around the article (an unclosed
                    // <aside>), not chrome. A page of chrome alone stays empty.
                    let holds_the_page = || {
                        let under = text_under.get(next_id as usize - 1).copied().unwrap_or(0);
                        under * 2 > page_text && under >= MIN_ARTICLE_CHARS
                    };
                    let class = tag_class(&tag);
                    let skip = class.never_text || dropped.contains(&node.id()) || ((class.skip || attrs.hidden(&names, &disclosed)) && !holds_the_page());
                    let block = class.block;
                    if block {
                        flush(&mut page.blocks, &stack, &mut buffer, &mut link_chars);
                    }
                    let link = tag == "a" || stack.last().is_some_and(|o| o.link);
                    let label = Label::of(attrs.id, classes.first().copied());
                    stack.push(Open { tag, id: next_id, block, skip, link, label, names });
                }
                Node::Text(t) => {
                    if let Some(top) = stack.last() {
                        if !top.skip {
                            if top.link {
                                link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
                            }
                            buffer.push_str(t);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(_) = node.value() {
                    let closing_block = stack.last().is_some_and(|o| o.block && !o.skip);
                    if closing_block {
                        flush(&mut page.blocks, &stack, &mut buffer, &mut link_chars);
                    }
                    stack.pop();
                }
            }
        }
    }
    flush(&mut page.blocks, &stack, &mut buffer, &mut link_chars);
    for (i, b) in page.blocks.iter_mut().enumerate() {
        b.position = i + 1;
    }
    Ok(page)
}

/// The ids an `aria-controls` attribute names: the panels of accordions,
/// "read more" toggles and tabs, collapsed (`display:none`, `hidden`) until
/// the reader opens them. They are the page's text, shown on request, not
/// hidden text; a collapsed menu is read too, and its links are chrome by the
/// measures of the next stage (a `<nav>` or a navigation role stays skipped).
fn disclosed_ids(html: &Html) -> HashSet<&str> {
    let mut ids = HashSet::default();
    for node in html.tree.root().descendants() {
        if let Node::Element(el) = node.value() {
            if let Some(controls) = el.attr("aria-controls") {
                ids.extend(controls.split_ascii_whitespace());
            }
        }
    }
    ids
}

fn flush(blocks: &mut Vec<Block>, stack: &[Open<'_>], buffer: &mut String, link_chars: &mut usize) {
    let mut text = String::with_capacity(buffer.len());
    for word in buffer.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    buffer.clear();
    let links = std::mem::take(link_chars);
    if text.is_empty() {
        return;
    }
    let inner = stack.iter().rev().find(|o| o.block).map(|o| &*o.tag).unwrap_or("body");
    let kind = match inner {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "figcaption" | "caption" => BlockKind::Caption,
        "pre" => BlockKind::Preformatted,
        "td" | "th" => BlockKind::Cell,
        _ => BlockKind::Paragraph,
    };
    let tail = &stack[stack.len().saturating_sub(MAX_PATH)..];
    let signals = HtmlSignals {
        tag: inner.to_string(),
        tag_path: {
            let mut path = String::with_capacity(tail.iter().map(|o| o.tag.len() + o.label.name.len() + 2).sum());
            for (i, o) in tail.iter().enumerate() {
                if i > 0 {
                    path.push('>');
                }
                o.label.write(&o.tag, &mut path);
            }
            path
        },
        ancestors: tail.iter().map(|o| o.id).collect(),
        ancestor_names: tail.iter().map(|o| o.names.clone()).collect(),
        link_chars: links.min(text.chars().filter(|c| !c.is_whitespace()).count()),
    };
    blocks.push(Block { text, position: 0, kind, html: Some(signals) });
}

/// Class and id names, lower case, space separated; `None` when there are none.
fn class_names(classes: &[&str], id: Option<&str>) -> Option<String> {
    if classes.is_empty() && id.is_none() {
        return None;
    }
    let mut names = String::new();
    for name in classes.iter().copied().chain(id) {
        if !names.is_empty() {
            names.push(' ');
        }
        names.extend(name.chars().map(|c| c.to_ascii_lowercase()));
    }
    Some(names)
}

fn lower_case(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// Characters of text under every element (text inside [`NEVER_TEXT`] tags
/// not counted), in one walk of the tree; by the element's place in document
/// order (the order the walk meets them), so the walk reads it by its count.
fn text_lengths(html: &Html) -> Vec<usize> {
    let mut lengths: Vec<usize> = Vec::new();
    // (place, characters so far, inside a never-text element)
    let mut open: Vec<(usize, usize, bool)> = Vec::new();
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let never = open.last().is_some_and(|o| o.2) || tag_class(el.name()).never_text;
                    open.push((lengths.len(), 0, never));
                    lengths.push(0);
                }
                Node::Text(t) => {
                    if let Some(top) = open.last_mut() {
                        if !top.2 {
                            top.1 += t.trim().len();
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(_) = node.value() {
                    if let Some((place, len, _)) = open.pop() {
                        lengths[place] = len;
                        if let Some(parent) = open.last_mut() {
                            parent.1 += len;
                        }
                    }
                }
            }
        }
    }
    lengths
}

fn text_of(el: scraper::ElementRef<'_>) -> String {
    // The text nodes joined as they stand, then spaces normalised: an inline
    // element inside a word or before its punctuation ("Planning
    // <span>C</span>ycle", "<a>Erik Demaine</a>'s") adds no space; a block
    // element or a line break inside does, and so does the edge of an inline
    // one between a lower-case letter and a capital ("<span>The Best Notion
    // Alternatives</span><span>Top Tools</span>": two lines styled as blocks).
    let mut joined = String::new();
    let mut at_edge = false;
    for edge in el.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) => {
                    let capital_after_lower = joined.ends_with(char::is_lowercase) && t.starts_with(char::is_uppercase);
                    if at_edge && capital_after_lower {
                        joined.push(' ');
                    }
                    joined.push_str(t);
                    at_edge = false;
                }
                Node::Element(inner) if tag_class(&lower_case(inner.name())).block || inner.name().eq_ignore_ascii_case("br") => joined.push(' '),
                Node::Element(_) => at_edge = true,
                _ => {}
            },
            Edge::Close(node) => at_edge |= matches!(node.value(), Node::Element(_)),
        }
    }
    let mut out = String::new();
    for word in joined.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Reads (key, value) metadata pairs from one element.
type MetaReader = fn(scraper::ElementRef<'_>) -> Vec<(String, String)>;

/// Title, meta tags, canonical URL, language, headings, `<time>` and JSON-LD.
fn metadata(html: &Html) -> BTreeMap<String, Vec<String>> {
    let mut meta: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut add = |k: &str, v: String| {
        // Metadata is text too: the same misdecoding repair as the body.
        let v = crate::normalize::repair_mojibake(v.trim()).unwrap_or_else(|| v.trim().to_string());
        if !v.is_empty() {
            meta.entry(k.to_string()).or_default().push(v);
        }
    };
    // The element each reader takes, by index: title, meta, link
    // rel=canonical, html lang, h1, time (JSON-LD scripts are read below).
    let queries: [(&str, MetaReader); 6] = [
        ("title", |e| vec![("title".into(), text_of(e))]),
        ("meta", |e| {
            let v = e.value();
            let key = v.attr("property").or(v.attr("name")).or(v.attr("itemprop")).map(str::to_ascii_lowercase);
            match (key, v.attr("content")) {
                (Some(k), Some(c)) => vec![(format!("meta:{k}"), c.to_string())],
                _ => vec![],
            }
        }),
        ("link[rel=canonical]", |e| e.value().attr("href").map(|h| vec![("canonical".into(), h.to_string())]).unwrap_or_default()),
        ("html[lang]", |e| e.value().attr("lang").map(|l| vec![("lang".into(), l.to_string())]).unwrap_or_default()),
        ("h1", |e| vec![("h1".into(), text_of(e))]),
        ("time", |e| {
            let mut out = vec![("time:text".into(), text_of(e))];
            if let Some(d) = e.value().attr("datetime") {
                out.push(("time".into(), d.to_string()));
            }
            out
        }),
    ];
    // One walk over the elements instead of one per query: each query is a
    // tag name and, for two of them, an attribute test.
    let mut taken = [0usize; 7];
    for el in html.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        let v = el.value();
        let query = match v.name() {
            "title" => 0,
            "meta" => 1,
            "link" if v.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => 2,
            "html" if v.attr("lang").is_some() => 3,
            "h1" => 4,
            "time" => 5,
            "script" if v.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => 6,
            _ => continue,
        };
        let limit = if query == 6 { 20 } else { 50 };
        if taken[query] >= limit {
            continue;
        }
        taken[query] += 1;
        if query == 6 {
            let raw: String = el.text().collect();
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) {
                json_ld(&value, 0, &mut add);
            }
        } else {
            for (k, v) in (queries[query].1)(el) {
                add(&k, v);
            }
        }
    }
    meta
}

fn json_ld(value: &serde_json::Value, depth: usize, add: &mut impl FnMut(&str, String)) {
    use serde_json::Value;
    if depth > 12 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, depth + 1, add)),
        Value::Object(map) => {
            let ty = match map.get("@type") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(","),
                _ => String::new(),
            };
            let article = ["Article", "NewsArticle", "BlogPosting", "Report", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage", "LiveBlogPosting", "TechArticle", "ScholarlyArticle"]
                .iter()
                .any(|t| ty.split(',').any(|x| x == *t));
            if article {
                add("jsonld:type", ty.clone());
                for key in ["headline", "name", "datePublished", "dateCreated", "dateModified"] {
                    if let Some(Value::String(s)) = map.get(key) {
                        add(&format!("jsonld:{key}"), s.clone());
                    }
                }
                for (key, out) in [("author", "jsonld:author"), ("publisher", "jsonld:publisher")] {
                    match map.get(key) {
                        Some(Value::String(s)) => add(out, s.clone()),
                        Some(Value::Object(o)) => {
                            if let Some(Value::String(n)) = o.get("name") {
                                add(out, n.clone())
                            }
                        }
                        Some(Value::Array(a)) => a.iter().for_each(|x| match x {
                            Value::String(s) => add(out, s.clone()),
                            Value::Object(o) => {
                                if let Some(Value::String(n)) = o.get("name") {
                                    add(out, n.clone())
                                }
                            }
                            _ => {}
                        }),
                        _ => {}
                    }
                }
            }
            if ty == "WebSite" || ty == "Organization" || ty == "NewsMediaOrganization" {
                if let Some(Value::String(n)) = map.get("name") {
                    add(&format!("jsonld:{}", ty.to_ascii_lowercase()), n.clone());
                }
            }
            if let Some(graph) = map.get("@graph") {
                json_ld(graph, depth + 1, add);
            }
            if let Some(main) = map.get("mainEntity") {
                json_ld(main, depth + 1, add);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Big story | The Daily</title>
<meta property="og:title" content="Big story"><meta property="og:site_name" content="The Daily">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Big story","datePublished":"2020-11-23T14:17:00Z","author":{"@type":"Person","name":"Jane Doe"}}]}</script>
<style>p{color:red}</style></head><body><nav><a href="/">Home</a></nav>
<div class="article-body" id="story"><h1>Big story</h1><p>First <b>bold</b> paragraph with <a href="x">a link</a>.</p>
<div style="display: none">hidden text</div><p hidden>also hidden</p><figure><img src=a><figcaption>A caption</figcaption></figure>
<time datetime="2020-11-23">Nov 23</time></div><footer>Copyright</footer></body></html>"#;

    #[test]
    fn a_collapsed_panel_a_control_opens_is_read() {
        let page = "<body><p>Steps to take.</p><button aria-controls=\"step-1 step-2\" aria-expanded=\"false\">1. Read your bill</button>\
            <div id=\"step-1\" style=\"display:none\" role=\"region\"><p>Gather a year of bills.</p></div>\
            <div id=\"step-2\" hidden><p>Note the peak months.</p></div><div id=\"step-3\" hidden><p>Nobody opens this.</p></div>\
            <div id=\"menu\" role=\"navigation\" hidden><a href=\"/\">Home</a></div><a aria-controls=\"menu\">Menu</a></body>";
        let page = parse_html(page, &HtmlOptions::default()).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Steps to take.", "Gather a year of bills.", "Note the peak months.", "Menu"]);
    }

    #[test]
    fn blocks_skip_chrome_and_hidden_text() {
        let page = parse_html(PAGE, &HtmlOptions::default()).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Big story", "First bold paragraph with a link.", "A caption", "Nov 23"]);
        let p = &page.blocks[1];
        assert_eq!(p.kind, BlockKind::Paragraph);
        let signals = p.html.as_ref().map(|h| (h.tag.as_str(), h.class_names().contains("article-body"), h.link_chars > 0));
        assert_eq!(signals, Some(("p", true, true)));
        assert_eq!(page.blocks[2].kind, BlockKind::Caption);
        assert!(p.link_density() < 0.5);
    }

    #[test]
    fn chrome_that_holds_most_of_the_page_is_read_and_utility_hidden_is_not_hidden() {
        // An <aside> left open swallows the article in the parsed tree.
        let page = parse_html(
            "<body><aside class=banner>Sale today<main><p>The first paragraph of a long article, which goes on for a while to carry most of the text.</p><p>A second paragraph, just as long, with enough words to outweigh the banner by far.</p><p>And a third one, so that this is clearly an article and not a line of chrome.</p></main></body>",
            &HtmlOptions::default(),
        ).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.starts_with("The first paragraph")), "{texts:?}");
        // A small <aside> is still chrome.
        let page = parse_html("<body><aside>Related: other stories</aside><p>The article paragraph, long enough to be the page's text and then some more words.</p></body>", &HtmlOptions::default()).unwrap();
        assert!(page.blocks.iter().all(|b| !b.text.contains("Related")));
        // A page of chrome alone has no text.
        assert!(parse_html("<body><nav>Home</nav></body>", &HtmlOptions::default()).unwrap().blocks.is_empty());
        // Utility CSS: hidden on phones, shown from md up.
        let page = parse_html("<body><div class=\"hidden md:block\"><p>Shown on desktops.</p></div><div class=hidden><p>Really hidden.</p></div><p>Body text of the page, long enough to matter.</p></body>", &HtmlOptions::default()).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"Shown on desktops.") && !texts.contains(&"Really hidden."), "{texts:?}");
    }

    #[test]
    fn metadata_from_head_and_json_ld() {
        let meta = parse_html(PAGE, &HtmlOptions::default()).unwrap().meta;
        let first = |k: &str| meta.get(k).and_then(|v| v.first()).cloned().unwrap_or_default();
        assert_eq!(first("title"), "Big story | The Daily");
        assert_eq!(first("meta:og:site_name"), "The Daily");
        assert_eq!(first("jsonld:datePublished"), "2020-11-23T14:17:00Z");
        assert_eq!(first("jsonld:author"), "Jane Doe");
        assert_eq!(first("time"), "2020-11-23");
        assert_eq!(first("lang"), "en");
    }

    #[test]
    fn a_heading_keeps_words_an_inline_element_splits() {
        let page = "<html><body><h1>How AI Can Cut Your Planning <span class=\"hand\">C</span>ycle</h1><h1><a href=\"/\">Erik Demaine</a>'s <a>Folding</a>:</h1><h1><div>Part one</div><div>Part two</div></h1><h1><span>Best Alternatives</span><span>Top Tools</span></h1><p>Body text.</p></body></html>";
        let meta = parse_html(page, &HtmlOptions::default()).unwrap().meta;
        let headings = ["How AI Can Cut Your Planning Cycle", "Erik Demaine's Folding:", "Part one Part two", "Best Alternatives Top Tools"];
        assert_eq!(meta.get("h1").map(Vec::as_slice).unwrap_or_default(), headings);
    }

    #[test]
    fn drop_selectors_and_deep_nesting() {
        let options = HtmlOptions::new(&[".article-body figure".to_string()], 3000).unwrap();
        let page = parse_html(PAGE, &options).unwrap();
        assert!(page.blocks.iter().all(|b| b.text != "A caption"));
        let deep = format!("<html><body>{}deep text{}</body></html>", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert_eq!(parse_html(&deep, &HtmlOptions::default()).err(), Some(TooDeep { depth: 3001 }), "refused before parsing");
        // Parsed when allowed, the walk keeps its paths short.
        let page = parse_html(&deep, &HtmlOptions::new(&[], usize::MAX).unwrap()).unwrap();
        assert_eq!(page.blocks.len(), 1);
        assert!(page.blocks[0].html.as_ref().is_some_and(|h| h.ancestors.len() <= MAX_PATH));
    }

    #[test]
    fn nesting_depth_is_linear_and_ignores_self_closing_tags() {
        assert_eq!(nesting_depth("<html><body><div><p>a<p>b<br><img src=x/></div></body></html>", 100), 3);
        let deep = "<div>".repeat(100_000);
        assert!(nesting_depth(&deep, 3000) > 3000);
        assert_eq!(nesting_depth("<div/><div></div>", 10), 1);
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html("  <!DOCTYPE html><p>x"));
        assert!(!looks_like_html("Putin says <b> is a tag"));
    }
}
