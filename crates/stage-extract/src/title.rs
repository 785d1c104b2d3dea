//! The headline.
use newsflow_core::{Document, RemovedKind};

const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "];

/// Drops a site-name suffix or prefix from an HTML `<title>`-like string.
pub fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let site_key = site.map(crate::data::squash);
    for sep in SEPARATORS {
        if title.contains(sep) {
            let parts: Vec<&str> = title.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
            if parts.len() < 2 {
                continue;
            }
            let is_site = |p: &str| {
                let key = crate::data::squash(p);
                crate::outlet::is_host(p) || site_key.as_ref().is_some_and(|s| !s.is_empty() && (key.contains(s.as_str()) || s.contains(&key)))
            };
            let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
            if kept.len() < parts.len() && !kept.is_empty() {
                return kept.join(sep);
            }
            // No site name known: a short last part is the site's.
            let last = parts[parts.len() - 1];
            if newsflow_text::word_count(last) <= 4 && newsflow_text::word_count(&parts[..parts.len() - 1].join(sep)) >= 3 {
                return parts[..parts.len() - 1].join(sep);
            }
        }
    }
    title.trim().to_string()
}

/// A title as a reader sees it: entities a page escaped twice ("&amp;#x26;"
/// arrives as "&#x26;") decoded, a "Title:" label (repositories of papers)
/// dropped, and what follows a bar cut off: in a headline, " | " separates
/// it from a section, a tagline or a site ("… in NYC 2025 | Top 19
/// Companies", "… physical health | Opinion").
pub fn tidy_title(title: &str) -> String {
    let mut text = decode_entities(title.trim());
    for label in ["Title:", "TITLE:"] {
        if let Some(rest) = text.strip_prefix(label) {
            text = rest.trim().to_string();
        }
    }
    if let Some((head, _)) = text.split_once(" | ").filter(|(head, _)| newsflow_text::word_count(head) >= 3) {
        text = head.trim().to_string();
    }
    text
}

/// Decodes numeric character references and the five XML entities.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn token_set(text: &str) -> std::collections::HashSet<String> {
    newsflow_text::words(text).map(|w| newsflow_text::fold(w).replace('\'', "")).collect()
}

/// Share of `a`'s words found in `b`.
fn overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (token_set(a), token_set(b));
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.contains(*w)).count() as f64 / a.len() as f64
}

/// The title and where it came from. The visible headline (`<h1>`, or the
/// headline line of a text) is preferred, in the author's typography, when the
/// page's metadata title confirms it; otherwise the metadata title.
pub fn find_title(doc: &Document) -> Option<(String, String)> {
    let site = doc.meta_first("meta:og:site_name").or_else(|| doc.meta_first("jsonld:publisher"));
    let headline_line = doc.removed.iter().find(|r| r.kind == RemovedKind::Headline).map(|r| r.text.clone());
    let metadata: Vec<(&str, String)> = [
        ("meta:og:title", doc.meta_first("meta:og:title").map(|t| strip_site_name(t, site))),
        ("jsonld:headline", doc.meta_first("jsonld:headline").map(str::to_string)),
        ("meta:twitter:title", doc.meta_first("meta:twitter:title").map(|t| strip_site_name(t, site))),
        ("title", doc.meta_first("title").map(|t| strip_site_name(t, site))),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.filter(|t| !t.trim().is_empty()).map(|t| (k, t)))
    .collect();
    let visible: Vec<(&str, String)> = doc
        .meta
        .get("h1")
        .into_iter()
        .flatten()
        .take(3)
        .map(|h| ("h1", h.clone()))
        .chain(headline_line.map(|h| ("headline line", h)))
        .filter(|(_, t)| newsflow_text::word_count(t) >= 2)
        .collect();
    for (src, text) in &visible {
        // Sharing a third of its words with a metadata title is enough: SEO
        // titles are often reworded, while an <h1> that is the site's name
        // shares none.
        if let Some((meta_src, _)) = metadata.iter().find(|(_, m)| overlap(text, m).max(overlap(m, text)) >= 0.3) {
            return Some((text.clone(), format!("{src} (confirmed by {meta_src})")));
        }
    }
    metadata
        .into_iter()
        .next()
        .or_else(|| visible.into_iter().next())
        .map(|(src, text)| (text, src.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_are_stripped() {
        assert_eq!(strip_site_name("Big story | The Daily", Some("The Daily")), "Big story");
        assert_eq!(strip_site_name("The Daily - Big story here", Some("The Daily")), "Big story here");
        assert_eq!(strip_site_name("Putin says Karabakh is Azerbaijan – Asbarez", None), "Putin says Karabakh is Azerbaijan");
        assert_eq!(strip_site_name("Putin, Aliyev Discuss De-Escalation", None), "Putin, Aliyev Discuss De-Escalation");
        assert_eq!(strip_site_name("GAME CHANGER | Newegg.com", None), "GAME CHANGER");
        assert_eq!(strip_site_name("Ceasefire holds - www.example.co.uk", None), "Ceasefire holds");
    }

    #[test]
    fn titles_are_tidied() {
        assert_eq!(tidy_title("Fish, chips &#x26; peas | Opinion"), "Fish, chips & peas");
        assert_eq!(tidy_title("Tools | Python, SQL &#x26; AI"), "Tools | Python, SQL & AI", "a one-word head is not a headline");
        assert_eq!(tidy_title("Title: AlignMerge - Model Merging"), "AlignMerge - Model Merging");
        assert_eq!(tidy_title("Fish &amp; chips &#8211; a history &nope; & more"), "Fish & chips – a history &nope; & more");
    }
}
