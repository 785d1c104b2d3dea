//! Datelines: "TEHRAN (Tasnim) –", "MOSCOW (AP) —", "BAKU, Azerbaijan, Nov. 9 –",
//! "BAKU/YEREVAN, Dec 3 (Reuters) -".
use newsflow_core::Dateline;
use regex::Regex;
use std::sync::OnceLock;

fn patterns() -> &'static [Regex; 5] {
    static RE: OnceLock<[Regex; 5]> = OnceLock::new();
    RE.get_or_init(|| {
        // The separator: a dash, a colon or "--" and a space, or a long dash
        // glued to the text ("WASHINGTON—President …").
        let sep = r"(?:(?P<sep>--|[-–—:])\s+|[–—]\s*)";
        // ", Azerbaijan", ", Nov. 9", ", NOVEMBER 9, 2023".
        let country = r"(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})";
        let date = r"(?P<date>,\s*[A-Z][A-Za-z]{2,8}\.?\s*\d{1,2}(?:,\s*\d{4})?)";
        let caps = format!(r"^(?P<place>\p{{Lu}}[\p{{Lu}}.'\-/ ]*\p{{Lu}}\.?{country}?{date}?)\s*(?:\((?P<agency>[^()]{{2,40}})\))?\s*{sep}");
        // "Baku, Azerbaijan, Nov. 9 (Trend):", "Moscow (AP) —".
        let mixed = format!(r"^(?P<place>\p{{Lu}}[\p{{L}}.'\-]+(?:\s\p{{Lu}}[\p{{L}}.'\-]+)?{country}?{date}?)\s*(?:\((?P<agency>[^()]{{2,40}})\))?\s*{sep}");
        // "YEREVAN, NOVEMBER 9, ARMENPRESS.", "Baku, November 9, AZERTAC.":
        // the agency after the date, closed by a stop.
        let agency_last = format!(r"^(?P<place>\p{{Lu}}[\p{{L}}.'\-/]+(?:\s\p{{Lu}}[\p{{L}}.'\-]+)?{country}?{date}),\s*(?P<agency>\p{{Lu}}[\p{{L}}.\-]+(?:\s\p{{Lu}}[\p{{L}}.\-]+){{0,2}})\s*(?P<sep>[.:])\s+");
        // "MOSCOW, November 9. /TASS/.", "YEREVAN, November 9 /ARKA/.", and
        // "BAKU, Azerbaijan, Nov. 9. The ministry …": a stop after the date.
        let stop = format!(r"^(?P<place>\p{{Lu}}[\p{{L}}.'\-/]+(?:\s\p{{Lu}}[\p{{L}}.'\-]+)?{country}?{date})(?:\.?\s*/(?P<agency>[^/\s][^/]{{1,30}})/\.?|\.)\s+");
        // "Washington (CNN) Another Bush …", "Kiev, Ukraine (AP) The …": a
        // broadcaster's or wire's capitals in brackets and no separator,
        // the sentence going on with a capital.
        let bracket_only = format!(r"^(?P<place>\p{{Lu}}[\p{{L}}.'\-]+(?:\s\p{{Lu}}[\p{{L}}.'\-]+){{0,2}}{country}?)\s+\((?P<agency>[A-Z]{{2,6}})\)\s+\p{{Lu}}");
        [
            newsflow_text::code_regex(&caps),
            newsflow_text::code_regex(&mixed),
            newsflow_text::code_regex(&agency_last),
            newsflow_text::code_regex(&stop),
            newsflow_text::code_regex(&bracket_only),
        ]
    })
}

/// The longest dateline read, with the words after it that its separator
/// needs: "SAN FRANCISCO DE MACORÍS, Dominican Republic, November 23, 2020
/// (Associated Press) —".
const DATELINE_MAX_BYTES: usize = 120;

/// The dateline at the start of a paragraph, if any. `is_place` says whether
/// a name (as the gazetteer writes it: "New Delhi") is a known place: a
/// colon after capitals without an agency is a dateline only for one
/// ("NEW DELHI:"), not a label or a speaker ("EXCLUSIVE:", "AMY GOODMAN:");
/// and so is a place in mixed case, or closed by a stop, without an agency
/// ("Baku, Nov. 9 –", not "Updated, Nov. 9 –"), which must carry its date too.
pub fn find_dateline(paragraph: &str, is_place: impl Fn(&str) -> bool) -> Option<Dateline> {
    // A dateline opens its paragraph and is short: the patterns read only the
    // paragraph's opening bytes.
    let paragraph = newsflow_text::head_bytes(paragraph, DATELINE_MAX_BYTES);
    // Every dateline opens with a capital.
    if !paragraph.starts_with(char::is_uppercase) {
        return None;
    }
    for (k, re) in patterns().iter().enumerate() {
        if let Some(c) = re.captures(paragraph) {
            // The place without its date ("OTTAWA, Feb 4" → "OTTAWA"; the
            // date stays in the dateline's text).
            let whole = c.name("place")?;
            let place_end = c.name("date").map_or(whole.end(), |d| d.start());
            let place = paragraph[whole.start()..place_end].trim().to_string();
            // A lone capital word like "I –" or "A –" is not a place.
            if place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                continue;
            }
            let agency = c.name("agency").map(|a| a.as_str().trim().to_string());
            let city = place.split([',', '/']).next().unwrap_or(&place).trim();
            let known = || is_place(&title_case(city)) || is_place(city);
            if c.name("sep").is_some_and(|s| s.as_str() == ":") && agency.is_none() && !known() {
                continue;
            }
            let needs_known_place = k == 1 || k == 3;
            if needs_known_place && agency.is_none() && !(c.name("date").is_some() && known()) {
                continue;
            }
            // (The capital that opens the story is no part of the dateline.)
            let end = if k == 4 { c.name("agency")?.end() + 1 } else { c.get(0)?.end() };
            let text = paragraph[..end].trim().to_string();
            return Some(Dateline { place, agency, text });
        }
    }
    None
}

/// The cities a dateline names, as the text would write them: "BAKU/YEREVAN,
/// Dec 3" → Baku, Yerevan; "Stepanakert, November 9" → Stepanakert.
pub fn dateline_cities(dateline: &Dateline) -> Vec<String> {
    let cities = dateline.place.split(',').next().unwrap_or("");
    cities
        .split('/')
        .map(str::trim)
        .filter(|c| c.chars().filter(|ch| ch.is_alphabetic()).count() >= 3)
        .map(|c| if c.chars().any(char::is_lowercase) { c.to_string() } else { title_case(c) })
        .collect()
}

/// The words with a capital and lower case after it: "NEW DELHI" → "New Delhi".
pub(crate) fn title_case(words: &str) -> String {
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
        assert_eq!(d.map(|d| (d.place, d.text)), Some(("BAKU, Azerbaijan".into(), "BAKU, Azerbaijan, Nov. 9 –".into())), "the date stays in the text");
        let d = find("Moscow (AP) — The Kremlin said");
        assert_eq!(d.and_then(|d| d.agency), Some("AP".into()));
        assert_eq!(find("Russia’s President Vladimir Putin on Thursday said"), None);
        assert_eq!(find("I – the author – think"), None);
        let d = find("BAKU/YEREVAN, Dec 3 (Reuters) - Azerbaijan and Armenia have agreed");
        assert_eq!(d.map(|d| (d.place, d.agency)), Some(("BAKU/YEREVAN".into(), Some("Reuters".into()))), "two cities");
        let place_and_agency = |p: &str| find(p).map(|d| (d.place, d.agency.unwrap_or_default()));
        let expect = |place: &str, agency: &str| Some((place.to_string(), agency.to_string()));
        assert_eq!(place_and_agency("YEREVAN, NOVEMBER 9, ARMENPRESS. Prime Minister Nikol Pashinyan received"), expect("YEREVAN", "ARMENPRESS"));
        assert_eq!(place_and_agency("Baku, November 9, AZERTAC. An international conference opened"), expect("Baku", "AZERTAC"));
        assert_eq!(place_and_agency("Baku, Azerbaijan, Nov. 9 (Trend): Azerbaijani Foreign Minister"), expect("Baku, Azerbaijan", "Trend"));
        assert_eq!(place_and_agency("Stepanakert, November 9 (Artsakhpress): The ombudsman said"), expect("Stepanakert", "Artsakhpress"));
        assert_eq!(place_and_agency("Baku, Nov. 9 – The army said"), expect("Baku", ""));
        assert_eq!(find("Updated, Nov. 9 – The army said"), None, "not a place");
        assert_eq!(place_and_agency("MOSCOW, November 9. /TASS/. Russian President Vladimir Putin"), expect("MOSCOW", "TASS"));
        assert_eq!(place_and_agency("YEREVAN, November 9 /ARKA/. The central bank"), expect("YEREVAN", "ARKA"));
        assert_eq!(place_and_agency("BAKU, Azerbaijan, Nov.9. The ministry said"), expect("BAKU, Azerbaijan", ""));
        assert_eq!(find("Chapter One, March 3. The story begins"), None, "a stop after a date needs a known place");
        let cities = |p: &str| find(p).map(|d| dateline_cities(&d)).unwrap_or_default();
        assert_eq!(cities("BAKU/YEREVAN, Dec 3 (Reuters) - Talks resume"), ["Baku", "Yerevan"]);
        assert_eq!(cities("Stepanakert, November 9 (Artsakhpress): The ombudsman said"), ["Stepanakert"]);
        assert_eq!(find("Paris, Texas - a film by Wim Wenders"), None, "no date, no agency");
        let d = find("Washington (CNN) Another Bush is confronting the challenges of Iraq.");
        assert_eq!(d.map(|d| (d.place, d.agency, d.text)), Some(("Washington".into(), Some("CNN".into()), "Washington (CNN)".into())), "no separator after a broadcaster");
        assert_eq!(find("Smith (right) Speaks at the rally."), None, "a bracket of lower case is no agency");
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
