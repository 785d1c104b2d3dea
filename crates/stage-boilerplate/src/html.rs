//! HTML pages: find the element that holds the article (Readability-style
//! scoring of containers by the prose under them), then judge blocks inside it.
use newsflow_core::Block;
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

fn positive() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"article|body|content|entry|hentry|main|page|post|text|blog|story|prose|rich").unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!())))
}

fn negative() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"comment|disqus|foot|masthead|outbrain|taboola|promo|related|sidebar|sponsor|shopping|widget|share|sharing|social|nav|menu|breadcrumb|newsletter|subscri|cookie|popup|modal|banner|advert|\bads?\b|ad-|recommend|trending|popular|signup|paywall|author-bio|bio-box|tags|toolbar")
            .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
    })
}

/// Class/id names that mark a non-article element *inside* the article container.
pub fn inner_chrome(names: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"comment|share|sharing|social|related|newsletter|subscri|promo|advert|\bads?\b|ad-slot|ad-container|sidebar|recommend|author-bio|bio-box|breadcrumb|toolbar|popup|modal|cookie|paywall|signup|read-more|readmore|more-stories|outbrain|taboola")
            .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
    });
    re.find(names).map(|m| m.as_str())
}

fn content_score(block: &Block) -> f64 {
    let chars = block.text.chars().count();
    if chars < 25 {
        return 0.0;
    }
    let commas = block.text.matches([',', '，', '、']).count() as f64;
    (1.0 + commas + (chars as f64 / 100.0).min(3.0)) * (1.0 - block.link_density())
}

fn class_weight(names: &str) -> f64 {
    let mut w = 1.0;
    if positive().is_match(names) {
        w += 0.25;
    }
    if negative().is_match(names) {
        w -= 0.5;
    }
    w
}

/// The chosen article region: a container and, possibly, sibling containers
/// that belong to the same article.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Element ids whose blocks are in the article.
    pub containers: Vec<u32>,
}

impl Region {
    /// Whether a block lies inside the region.
    pub fn contains(&self, block: &Block) -> bool {
        block.html.as_ref().is_some_and(|h| h.ancestors.iter().any(|a| self.containers.contains(a)))
    }
}

/// Scores every container by the prose it holds (parent gets the block's
/// score, grandparent half, further ancestors less), weighs it by its class
/// names and link density, and picks the best, plus sibling containers with
/// at least a fifth of its score.
pub fn main_region(blocks: &[Block]) -> Option<Region> {
    let mut scores: HashMap<u32, f64> = HashMap::new();
    let mut names: HashMap<u32, &str> = HashMap::new();
    let mut chars: HashMap<u32, (usize, usize)> = HashMap::new();
    let mut parent: HashMap<u32, u32> = HashMap::new();
    for block in blocks {
        let Some(h) = &block.html else { continue };
        let score = content_score(block);
        let text_chars = block.text.chars().filter(|c| !c.is_whitespace()).count();
        for (i, id) in h.ancestors.iter().enumerate() {
            names.entry(*id).or_insert(h.ancestor_names.get(i).map(String::as_str).unwrap_or(""));
            let c = chars.entry(*id).or_default();
            c.0 += text_chars;
            c.1 += h.link_chars;
            if i > 0 {
                parent.entry(*id).or_insert(h.ancestors[i - 1]);
            }
        }
        // Containers above the block's own element (the last ancestor).
        let containers = &h.ancestors[..h.ancestors.len().saturating_sub(1)];
        for (level, id) in containers.iter().rev().enumerate() {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *scores.entry(*id).or_default() += score / divider;
        }
    }
    let final_score = |id: u32, raw: f64| -> f64 {
        let (text, links) = chars.get(&id).copied().unwrap_or((1, 0));
        let density = links as f64 / text.max(1) as f64;
        raw * class_weight(names.get(&id).copied().unwrap_or("")) * (1.0 - density.min(1.0))
    };
    let (best, best_score) = scores
        .iter()
        .map(|(id, raw)| (*id, final_score(*id, *raw)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    if best_score <= 0.0 {
        return None;
    }
    let mut containers = vec![best];
    if let Some(p) = parent.get(&best) {
        let threshold = (best_score * 0.2).max(3.0);
        for (id, raw) in &scores {
            if *id != best && parent.get(id) == Some(p) {
                let (text, links) = chars.get(id).copied().unwrap_or((1, 0));
                if final_score(*id, *raw) >= threshold && (links as f64) < 0.25 * text as f64 {
                    containers.push(*id);
                }
            }
        }
    }
    Some(Region { containers })
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
                ancestor_names: names.iter().map(|s| s.to_string()).collect(),
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
        let region = main_region(&blocks);
        assert_eq!(region.as_ref().map(|r| r.containers[0]), Some(6));
        let region = region.unwrap_or(Region { containers: vec![] });
        assert!(region.contains(&blocks[1]) && !region.contains(&blocks[0]) && !region.contains(&blocks[3]));
    }

    #[test]
    fn inner_chrome_names() {
        assert_eq!(inner_chrome("entry-content share-buttons"), Some("share"));
        assert_eq!(inner_chrome("entry-content"), None);
        assert_eq!(inner_chrome("loading"), None);
    }
}
