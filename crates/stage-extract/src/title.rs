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
                site_key.as_ref().is_some_and(|s| !s.is_empty() && (key.contains(s.as_str()) || s.contains(&key)))
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

/// The title and where it came from.
pub fn find_title(doc: &Document) -> Option<(String, String)> {
    let site = doc.meta_first("meta:og:site_name").or_else(|| doc.meta_first("jsonld:publisher"));
    let headline = doc.removed.iter().find(|r| r.kind == RemovedKind::Headline).map(|r| r.text.clone());
    let candidates = [
        ("meta:og:title", doc.meta_first("meta:og:title").map(|t| strip_site_name(t, site))),
        ("jsonld:headline", doc.meta_first("jsonld:headline").map(str::to_string)),
        ("h1", doc.meta_first("h1").map(str::to_string)),
        ("headline line", headline),
        ("meta:twitter:title", doc.meta_first("meta:twitter:title").map(|t| strip_site_name(t, site))),
        ("title", doc.meta_first("title").map(|t| strip_site_name(t, site))),
    ];
    // An <h1> that matches the metadata title is the surest; otherwise the
    // first candidate in order of reliability.
    let folded: Vec<(&str, String, String)> = candidates
        .iter()
        .filter_map(|(src, t)| t.as_ref().filter(|t| newsflow_text::word_count(t) >= 1).map(|t| (*src, t.clone(), newsflow_text::fold(t))))
        .collect();
    for (src, text, key) in &folded {
        if folded.iter().filter(|(_, _, k)| k == key).count() >= 2 {
            return Some((text.clone(), format!("{src} (confirmed by another source)")));
        }
    }
    folded.into_iter().next().map(|(src, text, _)| (text, src.to_string()))
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
    }
}
