//! jusText-style block classes and the "one contiguous run of prose" rule.
use newsflow_core::Block;

/// The class of a block from its own shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Long, stopword-rich prose.
    Good,
    /// Prose-like but short or thin.
    NearGood,
    /// Too short to judge alone.
    Short,
    /// Not prose (link lists, lists of names, chrome).
    Bad,
}

/// Thresholds of the classification (jusText's, with stopword bars lowered for
/// news leads, which are dense with names; tunable in config).
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProseConfig {
    /// Below this many characters a block is short.
    pub length_low: usize,
    /// Above this many characters prose is good.
    pub length_high: usize,
    /// Stopword density for near-good.
    pub stopwords_low: f64,
    /// Stopword density for good.
    pub stopwords_high: f64,
    /// Link density above which a block is at best near-good.
    pub max_link_density: f64,
}

impl Default for ProseConfig {
    fn default() -> Self {
        ProseConfig { length_low: 70, length_high: 200, stopwords_low: 0.22, stopwords_high: 0.30, max_link_density: 0.2 }
    }
}

/// Classifies one block by its own shape, given the block's stopword density
/// when it is English and long enough to matter (`None`: pages in other
/// languages, and short blocks, are judged without it).
pub fn classify(block: &Block, cfg: &ProseConfig, stopword_density: Option<f64>) -> Class {
    let len = block.text.chars().count();
    let links = block.link_density();
    // Mostly links: a link list. Some links: prose that cites, at most near-good
    // on its own (its neighbours decide).
    if links > 0.5 || links > cfg.max_link_density && len < cfg.length_low {
        return Class::Bad;
    }
    let cited = links > cfg.max_link_density;
    // Code and markup quoted in an article (queries, configs, JSON) reads as
    // neither prose nor menu: a neutral gap, like a short line, so that it
    // does not split the article around it.
    if links == 0.0 && looks_like_code(&block.text, len) {
        return Class::Short;
    }
    let density = stopword_density.unwrap_or(cfg.stopwords_high);
    if len < cfg.length_low {
        return if links > 0.0 { Class::Bad } else { Class::Short };
    }
    if density >= cfg.stopwords_high && !cited {
        if len > cfg.length_high || newsflow_text::ends_like_sentence(&block.text) {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if density >= cfg.stopwords_low || cited && density >= cfg.stopwords_high {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// A line of program code or markup: at least three, and one in twenty, of
/// its characters are brackets, operators or sigils that prose rarely uses.
/// `chars` is the text's length in characters. The symbols are all ASCII, so
/// they are counted on bytes (this runs on every paragraph).
pub fn looks_like_code(text: &str, chars: usize) -> bool {
    let symbols = text.bytes().filter(|b| matches!(b, b'{' | b'}' | b'[' | b']' | b'(' | b')' | b';' | b'=' | b'<' | b'>' | b'`' | b'#' | b'$' | b'\\')).count();
    symbols >= 3 && symbols * 20 >= chars
}

/// Resolves short and near-good blocks by their neighbours, as jusText does:
/// a short block between good ones is good, between bad ones is bad; a
/// near-good block next to a good one is good.
pub fn resolve(classes: &[Class]) -> Vec<Class> {
    // Near-good first: it attaches to good neighbours.
    let (before, after) = decided_neighbours(classes);
    let out: Vec<Class> = classes
        .iter()
        .enumerate()
        .map(|(i, &class)| match class {
            Class::NearGood if before[i] == Some(Class::Good) || after[i] == Some(Class::Good) => Class::Good,
            Class::NearGood => Class::Bad,
            other => other,
        })
        .collect();
    let (before, after) = decided_neighbours(&out);
    out.iter()
        .enumerate()
        .map(|(i, &class)| match class {
            Class::Short if before[i] == Some(Class::Good) && after[i] == Some(Class::Good) => Class::Good,
            Class::Short => Class::Bad,
            other => other,
        })
        .collect()
}

/// For every block, the class of the nearest good or bad block before it and
/// after it (`None` at the ends), found in two linear passes: a page of
/// thousands of short lines must not cost a scan per line.
fn decided_neighbours(classes: &[Class]) -> (Vec<Option<Class>>, Vec<Option<Class>>) {
    let decided = |c: Class| matches!(c, Class::Good | Class::Bad).then_some(c);
    let mut before = Vec::with_capacity(classes.len());
    let mut last = None;
    for &class in classes {
        before.push(last);
        last = decided(class).or(last);
    }
    let mut after = vec![None; classes.len()];
    let mut next = None;
    for (i, &class) in classes.iter().enumerate().rev() {
        after[i] = next;
        next = decided(class).or(next);
    }
    (before, after)
}

/// The article as the highest-scoring contiguous stretch of lines (the
/// maximum-subarray idea of body-text extraction): prose lines add their
/// length, near-prose half of it, and every other line costs a fixed amount
/// plus half its length. A stretch of menus with the odd sentence in it scores
/// below zero; an article with headings and lists between paragraphs does not.
pub fn best_stretch(blocks: &[&Block], classes: &[Class]) -> Option<(usize, usize)> {
    let score = |i: usize| -> i64 {
        let len = blocks[i].text.chars().count() as i64;
        match classes[i] {
            Class::Good => len,
            Class::NearGood => len / 2,
            Class::Short => -15,
            Class::Bad => -15 - len / 2,
        }
    };
    let (mut best, mut best_range) = (0i64, None);
    let (mut sum, mut start) = (0i64, 0usize);
    for i in 0..classes.len() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += score(i);
        if sum > best {
            best = sum;
            best_range = Some((start, i));
        }
    }
    // Trim leading and trailing lines that are not prose from the range.
    let prose = |i: &usize| matches!(classes[*i], Class::Good | Class::NearGood);
    best_range.map(|(s, e)| ((s..=e).find(prose).unwrap_or(s), (s..=e).rev().find(prose).unwrap_or(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::blocks;

    const PROSE: &str = "The war ended in a ceasefire in 1994, with the two sides holding the positions that they had taken during the fighting, and the talks that followed did not change that.";

    #[test]
    fn classes_by_shape() {
        let cfg = ProseConfig::default();
        let b = blocks(&[PROSE, "Related Stories", "Putin Aliyev Pashinyan Erdogan Macron Biden Xi Modi Scholz Sunak Meloni Orban Duda"]);
        let c: Vec<_> = b.iter().map(|x| classify(x, &cfg, Some(newsflow_text::stopword_density(&x.text)))).collect();
        assert_eq!(c, vec![Class::Good, Class::Short, Class::Bad]);
    }

    #[test]
    fn best_stretch_skips_menus_and_keeps_headings() {
        let b = blocks(&["Home", PROSE, "News", "Sport", "Weather", "Video", PROSE, "A heading", PROSE, "Related", "Contact"]);
        let b: Vec<&Block> = b.iter().collect();
        let c = [Class::Short, Class::NearGood, Class::Short, Class::Short, Class::Short, Class::Short, Class::Good, Class::Short, Class::Good, Class::Short, Class::Short];
        assert_eq!(best_stretch(&b, &c), Some((1, 8)));
        assert_eq!(best_stretch(&b, &[Class::Short; 11]), None);
    }

    #[test]
    fn code_is_a_neutral_gap() {
        for code in ["SELECT * FROM orders WHERE (created_at > '2024-01-01'::date);", "if (x > 0) { return y[i]; }", "\"order_date\": \"2025-12-18\", \"items\": [1, 2]}"] {
            assert!(looks_like_code(code, code.chars().count()), "{code}");
        }
        for text in [PROSE, "Home | News | Sport | Weather", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7416595/", "The law (passed in 2021) was repealed."] {
            assert!(!looks_like_code(text, text.chars().count()), "{text}");
        }
    }

    #[test]
    fn context_resolution() {
        let c = resolve(&[Class::Short, Class::Good, Class::Short, Class::Good, Class::NearGood, Class::Bad, Class::Short]);
        assert_eq!(c, vec![Class::Bad, Class::Good, Class::Good, Class::Good, Class::Good, Class::Bad, Class::Bad]);
    }

    /// jusText's rule read literally: scan out from each block to the nearest
    /// good or bad one (quadratic on a page of short lines).
    fn resolve_by_scanning(classes: &[Class]) -> Vec<Class> {
        let nearest = |c: &[Class], i: usize, back: bool| {
            let decided = |&&x: &&Class| matches!(x, Class::Good | Class::Bad);
            if back { c[..i].iter().rev().find(decided).copied() } else { c[i + 1..].iter().find(decided).copied() }
        };
        let near: Vec<Class> = (0..classes.len())
            .map(|i| match classes[i] {
                Class::NearGood => if nearest(classes, i, true) == Some(Class::Good) || nearest(classes, i, false) == Some(Class::Good) { Class::Good } else { Class::Bad },
                c => c,
            })
            .collect();
        (0..near.len())
            .map(|i| match near[i] {
                Class::Short => if nearest(&near, i, true) == Some(Class::Good) && nearest(&near, i, false) == Some(Class::Good) { Class::Good } else { Class::Bad },
                c => c,
            })
            .collect()
    }

    #[test]
    fn resolution_in_linear_passes_agrees_with_scanning_on_every_short_page() {
        let all = [Class::Good, Class::NearGood, Class::Short, Class::Bad];
        for len in 0..=6u32 {
            for code in 0..4usize.pow(len) {
                let page: Vec<Class> = (0..len).map(|k| all[code / 4usize.pow(k) % 4]).collect();
                assert_eq!(resolve(&page), resolve_by_scanning(&page), "{page:?}");
            }
        }
    }
}
