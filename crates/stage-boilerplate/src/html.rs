//! HTML pages: find the element that holds the article (the deepest element
//! covering most of the page's prose), then judge blocks inside it.
use newsflow_core::Block;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Token prefixes of class/id names of page chrome. Names are split on
/// `-`, `_` and spaces, so "ad" never matches inside "head" or "thread".
const CHROME_PREFIXES: &[&str] = &[
    "comment", "disqus", "footer", "masthead", "outbrain", "taboola", "promo", "related", "sidebar", "sponsor",
    "share", "sharing", "social", "nav", "menu", "breadcrumb", "newsletter", "subscri", "cookie", "popup",
    "modal", "banner", "advert", "recommend", "trending", "popular", "signup", "paywall", "toolbar",
];
const CHROME_TOKENS: &[&str] = &["ad", "ads", "tags", "bio", "author-bio", "footer", "header-nav"];

fn is_chrome_name(names: &str) -> bool {
    inner_chrome(names).is_some()
}

/// Class names that carry taxonomy slugs (WordPress `post_class`: "tag-social-media",
/// "category-news"): their words are topics, not layout.
const TAXONOMY_PREFIXES: &[&str] = &["tag-", "category-", "cat-", "post-", "postid-", "format-", "status-", "type-", "topic-", "section-"];

/// The first chrome token in class/id names ("entry share-buttons" → "share").
pub fn inner_chrome(names: &str) -> Option<&str> {
    names
        .split(' ')
        .filter(|class| !TAXONOMY_PREFIXES.iter().any(|p| class.starts_with(p)))
        .flat_map(|class| class.split(['-', '_']))
        .filter(|t| !t.is_empty())
        .find(|t| CHROME_TOKENS.contains(t) || CHROME_PREFIXES.iter().any(|p| t.starts_with(p)))
}

/// The chosen article region: a container and, possibly, sibling containers
/// that belong to the same article.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Element ids whose blocks are in the article.
    pub containers: Vec<u32>,
    /// The page's chrome elements (see [`chrome_elements`]), found on the way.
    pub chrome: HashSet<u32>,
}

impl Region {
    /// Whether a block lies inside the region.
    pub fn contains(&self, block: &Block) -> bool {
        block.html.as_ref().is_some_and(|h| h.ancestors.iter().any(|a| self.containers.contains(a)))
    }
}

/// The elements that are page chrome: chrome-named (see [`inner_chrome`])
/// and holding less than half of the page's readable text. A chrome-named
/// element that holds most of it is the article under an unlucky class name
/// (a "share-content" or "promo-body" wrapper), not chrome.
pub fn chrome_elements(blocks: &[Block], open: &[bool]) -> HashSet<u32> {
    // Per element: text held, and whether its names are chrome (judged once
    // per element, not once per block under it).
    let mut held: HashMap<u32, (usize, bool)> = HashMap::default();
    let mut total = 0usize;
    for (block, _) in blocks.iter().zip(open).filter(|(_, o)| **o) {
        let Some(h) = &block.html else { continue };
        if block.link_density() > 0.5 {
            continue;
        }
        let chars = block.text.chars().count();
        total += chars;
        for (id, names) in h.ancestors.iter().zip(&h.ancestor_names) {
            held.entry(*id).or_insert_with(|| (0, !names.is_empty() && is_chrome_name(names))).0 += chars;
        }
    }
    held.into_iter().filter(|(_, (chars, named))| *named && (*chars as f64) < total as f64 * 0.5).map(|(id, _)| id).collect()
}

/// Prose characters a block contributes: none for link lists, chrome
/// elements and short fragments.
fn prose_chars(block: &Block, chrome: &HashSet<u32>) -> usize {
    let Some(h) = &block.html else { return 0 };
    // Only the nearest elements count: a `has-sidebar` class on <body> says
    // nothing about a paragraph deep inside the article.
    let near = h.ancestors.iter().rev().take(4).any(|id| chrome.contains(id));
    if block.link_density() > 0.3 || newsflow_text::word_count(&block.text) < 8 || near {
        return 0;
    }
    block.text.chars().count()
}

/// Class/id names that publishing systems give the element holding the
/// article body (WordPress, Elementor, news CMSs), as whole dash/underscore
/// token sequences.
const BODY_MARKERS: &[&str] = &[
    "entry-content", "post-content", "post-body", "article-body", "article-content", "articlebody", "story-body",
    "article__body", "article__content", "post__content", "entry__content", "story-content", "blog-post-content",
];

/// The element the page marks as its article body, when exactly one marked
/// element (apart from ones nested in it) holds real prose: a listing page
/// marks many teasers the same way and gets no answer here.
fn marked_body(blocks: &[Block], open: &[bool], prose_of: &[usize]) -> Option<u32> {
    let mut prose: HashMap<u32, usize> = HashMap::default();
    let mut marked_path: HashMap<u32, Vec<u32>> = HashMap::default();
    // Whether each element is marked, judged once per element.
    let mut marked: HashMap<u32, bool> = HashMap::default();
    // "elementor-widget-theme-post-content" ends in a marker after a dash.
    let is_marker = |name: &str| BODY_MARKERS.iter().any(|m| name.strip_suffix(m).is_some_and(|rest| rest.is_empty() || rest.ends_with(['-', '_'])));
    for ((block, _), &chars) in blocks.iter().zip(open).zip(prose_of).filter(|((_, o), _)| **o) {
        let Some(h) = &block.html else { continue };
        for (k, (id, names)) in h.ancestors.iter().zip(&h.ancestor_names).enumerate() {
            if *marked.entry(*id).or_insert_with(|| !names.is_empty() && names.split(' ').any(is_marker)) {
                *prose.entry(*id).or_default() += chars;
                marked_path.entry(*id).or_insert_with(|| h.ancestors[..k].to_vec());
            }
        }
    }
    // Outermost marked elements with real prose (a paragraph or two at least).
    let substantial: Vec<u32> = prose.iter().filter(|(_, c)| **c >= 400).map(|(id, _)| *id).collect();
    let outermost: Vec<u32> = substantial
        .iter()
        .copied()
        .filter(|id| !marked_path.get(id).is_some_and(|path| path.iter().any(|a| substantial.contains(a))))
        .collect();
    match outermost[..] {
        [only] => Some(only),
        _ => None,
    }
}

/// Finds the article region: the element the page marks as its article body
/// (see [`BODY_MARKERS`]) when that is unambiguous, else the deepest element
/// that holds at least `coverage` of the page's prose. Page builders split one article over many
/// sibling boxes, so the region is the smallest element that covers most of
/// the prose, not the box with the most prose (which is often an author bio).
pub fn main_region(blocks: &[Block], open: &[bool], coverage: f64) -> Option<Region> {
    let mut covered: HashMap<u32, usize> = HashMap::default();
    let mut depth: HashMap<u32, usize> = HashMap::default();
    let mut total = 0usize;
    let chrome = chrome_elements(blocks, open);
    let prose: Vec<usize> = blocks.iter().zip(open).map(|(b, o)| if *o { prose_chars(b, &chrome) } else { 0 }).collect();
    if let Some(marked) = marked_body(blocks, open, &prose) {
        return Some(Region { containers: vec![marked], chrome });
    }
    for ((block, _), &chars) in blocks.iter().zip(open).zip(&prose).filter(|((_, o), _)| **o) {
        if chars == 0 {
            continue;
        }
        total += chars;
        if let Some(h) = &block.html {
            for (level, id) in h.ancestors.iter().enumerate() {
                *covered.entry(*id).or_default() += chars;
                depth.entry(*id).or_insert(level);
            }
        }
    }
    if total == 0 {
        return None;
    }
    let need = (total as f64 * coverage).ceil() as usize;
    let best = covered
        .iter()
        .filter(|(_, c)| **c >= need)
        .max_by_key(|(id, c)| (depth.get(id).copied().unwrap_or(0), std::cmp::Reverse(**c), std::cmp::Reverse(**id)))
        .map(|(id, _)| *id)?;
    Some(Region { containers: vec![best], chrome })
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsflow_core::HtmlSignals;

    fn block(text: &str, ancestors: &[u32], names: &[&str], links: usize) -> Block {
        Block {
            text: text.into(),
            html: Some(HtmlSignals {
                tag: "p".into(),
                ancestors: ancestors.to_vec(),
                ancestor_names: names.iter().map(|s| std::sync::Arc::from(*s)).collect(),
                link_chars: links,
                ..HtmlSignals::default()
            }),
            ..Block::default()
        }
    }

    #[test]
    fn picks_the_container_with_the_prose() {
        let prose = "A long paragraph of the article, with commas, clauses, and enough words to count as prose here.";
        let blocks = vec![
            block("Home News Sport Weather", &[1, 2, 3], &["", "header", ""], 20),
            block(prose, &[1, 5, 6, 7], &["", "wrap", "article-body", ""], 0),
            block(prose, &[1, 5, 6, 8], &["", "wrap", "article-body", ""], 0),
            block("Most popular: link one, link two, link three, link four", &[1, 5, 9, 10], &["", "wrap", "sidebar", ""], 45),
        ];
        let region = main_region(&blocks, &[true; 4], 0.6);
        assert_eq!(region.as_ref().map(|r| r.containers[0]), Some(6));
        let region = region.unwrap_or(Region { containers: vec![], chrome: HashSet::default() });
        assert!(region.contains(&blocks[1]) && !region.contains(&blocks[0]) && !region.contains(&blocks[3]));
    }

    #[test]
    fn a_marked_article_body_wins_over_more_prose_elsewhere_unless_ambiguous() {
        let prose = "A long paragraph of the article, with commas, clauses, and enough words to count as prose here, and then some more words to make it longer.";
        let mut blocks = vec![
            block(prose, &[1, 2, 3, 10], &["", "page", "elementor-widget-theme-post-content", ""], 0),
            block(prose, &[1, 2, 3, 11], &["", "page", "elementor-widget-theme-post-content", ""], 0),
            block(prose, &[1, 2, 3, 12], &["", "page", "elementor-widget-theme-post-content", ""], 0),
        ];
        // More prose in teasers of other posts.
        for k in 0..6 {
            blocks.push(block(prose, &[1, 2, 4, 20 + k], &["", "page", "more-posts", ""], 0));
        }
        let all = vec![true; blocks.len()];
        assert_eq!(main_region(&blocks, &all, 0.75).map(|r| r.containers), Some(vec![3]));
        // A listing page marks every teaser the same way: no single body, the coverage rule decides.
        let listing: Vec<Block> = (0..6u32).flat_map(|k| (0..3u32).map(move |j| block(prose, &[1, 2, 30 + k, 100 + 10 * k + j], &["", "list", "entry-content", ""], 0))).collect();
        assert!(listing.iter().filter(|b| b.html.as_ref().is_some_and(|h| h.ancestors[2] == 30)).map(|b| b.text.len()).sum::<usize>() >= 400, "each teaser is substantial");
        assert_eq!(main_region(&listing, &vec![true; listing.len()], 0.75).map(|r| r.containers), Some(vec![2]));
    }

    #[test]
    fn inner_chrome_names() {
        assert_eq!(inner_chrome("entry-content share-buttons"), Some("share"));
        assert_eq!(inner_chrome("entry-content"), None);
        assert_eq!(inner_chrome("loading"), None);
        assert_eq!(inner_chrome("post-header thread-list"), None, "ad inside head/thread is not an ad");
        assert_eq!(inner_chrome("ad-slot"), Some("ad"));
        assert_eq!(inner_chrome("hentry tag-social-media category-sharing"), None, "taxonomy slugs are topics");
    }
}
