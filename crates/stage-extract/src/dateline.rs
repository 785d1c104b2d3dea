//! Datelines: "TEHRAN (Tasnim) –", "MOSCOW (AP) —", "BAKU, Azerbaijan, Nov. 9 –",
//! "BAKU/YEREVAN, Dec 3 (Reuters) -".
use newsflow_core::Dateline;
use regex::Regex;
use std::sync::OnceLock;

fn patterns() -> &'static [Regex; 2] {
    static RE: OnceLock<[Regex; 2]> = OnceLock::new();
    RE.get_or_init(|| {
        // The separator: a dash, a colon or "--" and a space, or a long dash
        // glued to the text ("WASHINGTON—President …").
        let caps = r"^(?P<place>\p{Lu}[\p{Lu}.'\-/ ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?(?:,\s*\p{Lu}[a-z]{2,4}\.?\s+\d{1,2})?)\s*(?:\((?P<agency>[^()]{2,40})\))?\s*(?:(?P<sep>--|[-–—:])\s+|[–—]\s*)";
        let mixed = r"^(?P<place>\p{Lu}[\p{L}.'\-]+(?:\s\p{Lu}[\p{L}.'\-]+)?)\s*\((?P<agency>[^()]{2,40})\)\s*(?:(?P<sep>--|[-–—:])\s+|[–—]\s*)";
        [newsflow_text::code_regex(caps), newsflow_text::code_regex(mixed)]
    })
}

/// The dateline at the start of a paragraph, if any. `is_place` says whether
/// a name (as the gazetteer writes it: "New Delhi") is a known place: a
/// colon after capitals without an agency is a dateline only for one
/// ("NEW DELHI:"), not a label or a speaker ("EXCLUSIVE:", "AMY GOODMAN:").
pub fn find_dateline(paragraph: &str, is_place: impl Fn(&str) -> bool) -> Option<Dateline> {
    for re in patterns() {
        if let Some(c) = re.captures(paragraph) {
            let place = c.name("place")?.as_str().trim().to_string();
            // A lone capital word like "I –" or "A –" is not a place.
            if place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                continue;
            }
            let agency = c.name("agency").map(|a| a.as_str().trim().to_string());
            let city = place.split(',').next().unwrap_or(&place).trim();
            if c.name("sep").is_some_and(|s| s.as_str() == ":") && agency.is_none() && !is_place(&title_case(city)) {
                continue;
            }
            let text = c.get(0)?.as_str().trim().to_string();
            return Some(Dateline { place, agency, text });
        }
    }
    None
}

/// "NEW DELHI" → "New Delhi".
fn title_case(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(paragraph: &str) -> Option<Dateline> {
        find_dateline(paragraph, |place| ["Tehran", "Baku", "Moscow", "New Delhi"].contains(&place))
    }

    #[test]
    fn wire_datelines() {
        let d = find("TEHRAN (Tasnim) – Russian President Vladimir Putin said");
        assert_eq!(d.as_ref().map(|d| (d.place.as_str(), d.agency.as_deref())), Some(("TEHRAN", Some("Tasnim"))));
        let d = find("BAKU, Azerbaijan, Nov. 9 – The army said");
        assert_eq!(d.map(|d| d.place), Some("BAKU, Azerbaijan, Nov. 9".into()));
        let d = find("Moscow (AP) — The Kremlin said");
        assert_eq!(d.and_then(|d| d.agency), Some("AP".into()));
        assert_eq!(find("Russia’s President Vladimir Putin on Thursday said"), None);
        assert_eq!(find("I – the author – think"), None);
        let d = find("BAKU/YEREVAN, Dec 3 (Reuters) - Azerbaijan and Armenia have agreed");
        assert_eq!(d.map(|d| (d.place, d.agency)), Some(("BAKU/YEREVAN, Dec 3".into(), Some("Reuters".into()))), "two cities");
    }

    #[test]
    fn glued_and_double_dashes_and_colons() {
        assert_eq!(find("WASHINGTON—President Donald Trump’s administration is preparing").map(|d| d.place), Some("WASHINGTON".into()));
        assert_eq!(find("LAS VEGAS, NEVADA -- He needed a game-changing performance.").map(|d| d.place), Some("LAS VEGAS, NEVADA".into()));
        assert_eq!(find("NEW DELHI: The government said on Monday").map(|d| d.place), Some("NEW DELHI".into()));
        assert_eq!(find("EXCLUSIVE: Top surrogate told a meeting"), None, "a label");
        assert_eq!(find("AMY GOODMAN: This is Democracy Now!"), None, "a speaker in a transcript");
        assert_eq!(find("WASHINGTON-BASED groups said"), None);
    }
}
