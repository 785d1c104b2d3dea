//! Datelines: "TEHRAN (Tasnim) –", "MOSCOW (AP) —", "BAKU, Azerbaijan, Nov. 9 –".
use newsflow_core::Dateline;
use regex::Regex;
use std::sync::OnceLock;

fn patterns() -> &'static [Regex; 2] {
    static RE: OnceLock<[Regex; 2]> = OnceLock::new();
    RE.get_or_init(|| {
        let caps = r"^(?P<place>\p{Lu}[\p{Lu}.'\- ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?(?:,\s*\p{Lu}[a-z]{2,4}\.?\s+\d{1,2})?)\s*(?:\((?P<agency>[^()]{2,40})\))?\s*[-–—:]\s+";
        let mixed = r"^(?P<place>\p{Lu}[\p{L}.'\-]+(?:\s\p{Lu}[\p{L}.'\-]+)?)\s*\((?P<agency>[^()]{2,40})\)\s*[-–—:]\s+";
        [newsflow_text::code_regex(caps), newsflow_text::code_regex(mixed)]
    })
}

/// The dateline at the start of a paragraph, if any.
pub fn find_dateline(paragraph: &str) -> Option<Dateline> {
    for re in patterns() {
        if let Some(c) = re.captures(paragraph) {
            let place = c.name("place")?.as_str().trim().to_string();
            // A lone capital word like "I –" or "A –" is not a place.
            if place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                continue;
            }
            let agency = c.name("agency").map(|a| a.as_str().trim().to_string());
            let text = c.get(0)?.as_str().trim().to_string();
            return Some(Dateline { place, agency, text });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines() {
        let d = find_dateline("TEHRAN (Tasnim) – Russian President Vladimir Putin said");
        assert_eq!(d.as_ref().map(|d| (d.place.as_str(), d.agency.as_deref())), Some(("TEHRAN", Some("Tasnim"))));
        let d = find_dateline("BAKU, Azerbaijan, Nov. 9 – The army said");
        assert_eq!(d.map(|d| d.place), Some("BAKU, Azerbaijan, Nov. 9".into()));
        let d = find_dateline("Moscow (AP) — The Kremlin said");
        assert_eq!(d.and_then(|d| d.agency), Some("AP".into()));
        assert_eq!(find_dateline("Russia’s President Vladimir Putin on Thursday said"), None);
        assert_eq!(find_dateline("I – the author – think"), None);
    }
}
