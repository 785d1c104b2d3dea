//! The headline.
use newsflow_core::{Document, RemovedKind};

const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "];

/// Drops a site-name suffix or prefix from an HTML `<title>`-like string.
/// `sites` are the names the page gives itself; a part naming one of them
/// goes (after any separator, ": " included), and with none known a short
/// last part after a separator other than ": " is taken for the site's.
pub fn strip_site_name(title: &str, sites: &[&str]) -> String {
    // "SoundStage! Xperience | SoundStageXperience.com - The Five Best …":
    // a site's name can stand on both sides of several separators.
    let mut title = title.trim().to_string();
    for pass in 0..3 {
        let stripped = strip_one_site_part(&title, sites, pass == 0);
        if stripped == title {
            break;
        }
        title = stripped;
    }
    title
}

/// One pass of [`strip_site_name`]: the site's parts at one separator, or the
/// site's host name printed before the title without one ("davidbau.com Vibe
/// Coding" on a page headed "davidbau.com"). A short first part goes only
/// from a title of two parts as the page wrote it: once a site's part went,
/// what is left is headline and tagline ("History of coffee | Origin,
/// Spread, … | Britannica").
fn strip_one_site_part(title: &str, sites: &[&str], as_written: bool) -> String {
    let is_site = site_test(sites);
    if let Some((first, rest)) = title.split_once(' ') {
        let names_the_site = sites.iter().any(|site| crate::data::squash(site) == crate::data::squash(first));
        if names_the_site && crate::outlet::is_host(first) && newsflow_text::word_count(rest) >= 2 {
            return rest.trim().to_string();
        }
    }
    for sep in SEPARATORS.iter().chain([&": "]) {
        if title.contains(sep) {
            let parts: Vec<&str> = title.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
            if parts.len() < 2 {
                continue;
            }
            let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
            if kept.len() < parts.len() && !kept.is_empty() {
                return kept.join(sep);
            }
            if *sep == ": " {
                continue;
            }
            // No site name known: a short last part is the site's; failing
            // that, behind a bar, a short first part ("The Agency | ML
            // (Machine Learning) at Georgia Tech").
            let last = parts[parts.len() - 1];
            if newsflow_text::word_count(last) <= 4 && newsflow_text::word_count(&parts[..parts.len() - 1].join(sep)) >= 3 {
                return parts[..parts.len() - 1].join(sep);
            }
            if as_written && *sep == " | " && parts.len() == 2 && newsflow_text::word_count(parts[0]) <= 3 && newsflow_text::word_count(&parts[1..].join(sep)) >= 5 {
                return parts[1..].join(sep);
            }
        }
    }
    title.trim().to_string()
}

/// Whether a part of a title names one of the sites (or is a host name).
fn site_test<'s>(sites: &[&str]) -> impl Fn(&str) -> bool + 's {
    let site_keys: Vec<String> = sites.iter().map(|s| crate::data::squash(s)).filter(|s| !s.is_empty()).collect();
    move |p: &str| {
        let key = crate::data::squash(p);
        crate::outlet::is_host(p) || site_keys.iter().any(|s| key.contains(s.as_str()) || s.contains(&key))
    }
}

/// A visible heading without a last part, after a dash or a bar, that names
/// one of the page's sites ("Best UK Art Exhibitions 2025 – Artlyst").
fn strip_site_suffix(heading: &str, sites: &[&str]) -> String {
    let is_site = site_test(sites);
    SEPARATORS
        .iter()
        .find_map(|sep| heading.rsplit_once(sep).filter(|(head, last)| is_site(last.trim()) && newsflow_text::word_count(head) >= 2).map(|(head, _)| head.trim().to_string()))
        .unwrap_or_else(|| heading.to_string())
}

/// Whether a visible heading is the site's masthead rather than a headline:
/// a host name, or a whole end part of the page's own title ("Budget Travel
/// with Gabby" over "Travel insurance guide - Budget Travel with Gabby"; with
/// ": ", also the first part: "Engora Data Blog: Small adventures with…"),
/// short, with a longer title beside it.
fn is_masthead(heading: &str, titles: &[&str]) -> bool {
    let words = newsflow_text::word_count(heading);
    if words == 0 || words > 5 {
        return false;
    }
    if crate::outlet::is_host(heading) {
        return true;
    }
    let key = crate::data::squash(heading);
    titles.iter().any(|title| {
        SEPARATORS.iter().chain([&": "]).any(|sep| {
            let parts: Vec<&str> = title.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
            let rest_is_longer = |rest: &[&str]| newsflow_text::word_count(&rest.join(" ")) >= (words + 2).max(3);
            match parts[..] {
                [.., last] if parts.len() >= 2 && crate::data::squash(last) == key => rest_is_longer(&parts[..parts.len() - 1]),
                [first, ..] if parts.len() >= 2 && *sep == ": " && crate::data::squash(first) == key => rest_is_longer(&parts[1..]),
                _ => false,
            }
        })
    })
}

/// A title as a reader sees it: entities a page escaped twice ("&amp;#x26;"
/// arrives as "&#x26;") decoded, a "Title:" label (repositories of papers)
/// dropped, and what follows a bar cut off: in a headline, " | " separates
/// it from a section, a tagline or a site ("… in NYC 2025 | Top 19
/// Companies", "… physical health | Opinion").
pub fn tidy_title(title: &str) -> String {
    let mut text = halfwidth_forms(&decode_entities(title.trim()));
    for label in ["Title:", "TITLE:"] {
        if let Some(rest) = text.strip_prefix(label) {
            text = rest.trim().to_string();
        }
    }
    text = last_breadcrumb(&text).to_string();
    // "Dec 18 2025 Preparing a transition in Debusine": a date the page
    // printed in its heading before the title.
    if let Some(found) = newsflow_text::find_date(&text).filter(|d| d.span.0 == 0) {
        let rest = text[found.span.1..].trim_start_matches([' ', '-', '–', '—', '|', ':', '·']);
        if newsflow_text::word_count(rest) >= 3 {
            text = rest.to_string();
        }
    }
    if let Some((head, _)) = text.split_once(" | ").filter(|(head, _)| newsflow_text::word_count(head) >= 3) {
        text = head.trim().to_string();
    }
    // "Porting a complete HTML5 parser / Dec 2025": a date stamp after the title.
    if let Some((head, _)) = SEPARATORS
        .iter()
        .chain([&" / "])
        .filter_map(|sep| text.rsplit_once(sep))
        .find(|(head, tail)| is_date_stamp(tail) && newsflow_text::word_count(head) >= 3)
    {
        text = head.trim().to_string();
    }
    text
}

/// Full-width letters, digits and punctuation ("Work？", "２０２５") as the
/// ASCII they stand for, in a title with no CJK characters: there they are a
/// typesetting accident (text set for CJK fonts), not the script's own forms.
fn halfwidth_forms(title: &str) -> String {
    let cjk = |c: char| matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF);
    if title.chars().any(cjk) || !title.chars().any(|c| matches!(u32::from(c), 0xFF01..=0xFF5E | 0x3000)) {
        return title.to_string();
    }
    title
        .chars()
        .map(|c| match u32::from(c) {
            0x3000 => ' ',
            code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A whole date ("Dec 18, 2025") or a month and year ("Dec 2025").
fn is_date_stamp(text: &str) -> bool {
    let text = text.trim();
    if newsflow_text::find_date(text).is_some_and(|d| d.span == (0, text.len())) {
        return true;
    }
    let mut words = text.split_whitespace();
    let (Some(month), Some(year), None) = (words.next(), words.next(), words.next()) else { return false };
    let month = month.trim_end_matches(['.', ',']);
    newsflow_text::is_date_word(month)
        && !month.chars().all(char::is_lowercase)
        && year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.bytes().all(|b| b.is_ascii_digit())
}

/// A breadcrumb trail printed with the headline ("Home » Renting a car",
/// "Car Talk / Car Reviews / Best EVs of 2026", "| Packing Tips Guide"):
/// the page's own name is its last step. Arrows mark a trail wherever they
/// stand; slashes only when there are two (one can be part of a headline:
/// "Netflix / Hulu price war").
fn last_breadcrumb(title: &str) -> &str {
    let title = title.trim_start_matches(['|', '»', '›', ' ']);
    let arrow = [" » ", " › ", " > "].into_iter().filter_map(|sep| title.rfind(sep).map(|at| at + sep.len())).max();
    let slashes = title.match_indices(" / ").count() >= 2;
    let from = arrow.or_else(|| slashes.then(|| title.rfind(" / ").map_or(0, |at| at + 3)));
    match from.map(|at| title[at..].trim()) {
        Some(last) if !last.is_empty() => last,
        _ => title,
    }
}

/// Decodes numeric character references and the five XML entities.
pub(crate) fn decode_entities(text: &str) -> String {
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

fn token_set(text: &str) -> rustc_hash::FxHashSet<String> {
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
    let raw_titles: Vec<&str> = ["meta:og:title", "meta:twitter:title", "title"].iter().filter_map(|k| doc.meta_first(k)).collect();
    let headings: Vec<&String> = doc.meta.get("h1").into_iter().flatten().take(3).collect();
    let mastheads: Vec<&str> = headings.iter().map(|h| h.as_str()).filter(|h| is_masthead(h, &raw_titles)).collect();
    let sites: Vec<&str> = ["meta:og:site_name", "jsonld:publisher"].iter().filter_map(|k| doc.meta_first(k)).chain(mastheads.iter().copied()).collect();
    let headline_line = doc.removed.iter().find(|r| r.kind == RemovedKind::Headline).map(|r| r.text.clone());
    let metadata: Vec<(&str, String)> = [
        ("meta:og:title", doc.meta_first("meta:og:title").map(|t| strip_site_name(t, &sites))),
        ("jsonld:headline", doc.meta_first("jsonld:headline").map(str::to_string)),
        ("meta:twitter:title", doc.meta_first("meta:twitter:title").map(|t| strip_site_name(t, &sites))),
        ("title", doc.meta_first("title").map(|t| strip_site_name(t, &sites))),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.filter(|t| !t.trim().is_empty()).map(|t| (k, t)))
    .collect();
    let visible: Vec<(&str, String)> = headings
        .into_iter()
        .filter(|h| !mastheads.contains(&h.as_str()))
        .map(|h| ("h1", strip_site_suffix(h, &sites)))
        .chain(headline_line.map(|h| ("headline line", h)))
        .filter(|(_, t)| newsflow_text::word_count(t) >= 2 && reads_as_a_headline(t))
        .collect();
    for (src, text) in &visible {
        // Sharing a third of its words with a metadata title is enough: SEO
        // titles are often reworded, while an <h1> that is the site's name
        // shares none.
        if let Some((meta_src, meta)) = metadata.iter().find(|(_, m)| overlap(text, m).max(overlap(m, text)) >= 0.3) {
            // The same title with characters the page lost ("Beginner? Guide"
            // for "Beginner's Guide"): the metadata's text.
            if lost_characters(text, meta) {
                return Some((meta.clone(), format!("{meta_src} (the {src} lost characters)")));
            }
            // A heading set in capitals tells no case; the metadata title,
            // written in upper and lower case, is the same headline to read.
            if in_capitals(text) && meta.contains(char::is_lowercase) {
                return Some((meta.clone(), format!("{meta_src} (the {src} is in capitals)")));
            }
            return Some((text.clone(), format!("{src} (confirmed by {meta_src})")));
        }
    }
    metadata
        .into_iter()
        .next()
        .or_else(|| visible.into_iter().next())
        .map(|(src, text)| (text, src.to_string()))
}

/// Whether a heading of three words or more is written in capitals only
/// ("BEST DRIP COFFEE MAKER IN 2026").
fn in_capitals(heading: &str) -> bool {
    newsflow_text::word_count(heading) >= 3 && heading.contains(char::is_uppercase) && !heading.contains(char::is_lowercase)
}

/// Whether `heading` is `meta` with characters lost on the way: each '?' or
/// replacement character of it stands where `meta` has one to three other
/// characters ("Event Planning? Beginner? Guide" for "Event Planning:
/// Beginner's Guide"), and the rest is the same text. A question mark `meta`
/// has too, or has nothing for, is the author's.
fn lost_characters(heading: &str, meta: &str) -> bool {
    const LOST: [char; 2] = ['?', '\u{FFFD}'];
    if !heading.contains(LOST) || heading.len() < 10 {
        return false;
    }
    let mut pieces = heading.split(LOST);
    let Some(first) = pieces.next() else { return false };
    let Some(mut rest) = meta.strip_prefix(first) else { return false };
    for piece in pieces {
        // The characters standing for this lost one run up to the next
        // piece (or to the end of the title after the last).
        let gap_end = if piece.is_empty() { rest.len() } else { match rest.find(piece) { Some(at) => at, None => return false } };
        let gap = &rest[..gap_end];
        if !(1..=3).contains(&gap.chars().count()) || gap.contains(LOST) || gap.contains(char::is_whitespace) {
            return false;
        }
        rest = &rest[gap_end + piece.len()..];
    }
    rest.is_empty()
}

/// Headlines are short, and end at most one statement before their last
/// ("… after the pandemic. The results? ‘Sobering’"; questions can run on:
/// "What is Catering? What is a Caterer? Types of Catering"); a heading of
/// 30 words, or of three statements, is a summary set in large type ("Get
/// expert tips on how to calculate ROI. We'll help you learn everything
/// you need. Call us.").
fn reads_as_a_headline(text: &str) -> bool {
    let statements_ended = text.match_indices(". ").filter(|(at, _)| text[at + 2..].starts_with(char::is_uppercase)).count();
    newsflow_text::word_count(text) < 30 && statements_ended < 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_with(meta: &[(&str, &str)]) -> Document {
        let mut doc = Document::default();
        for (key, value) in meta {
            doc.meta.entry((*key).to_string()).or_default().push((*value).to_string());
        }
        doc
    }

    #[test]
    fn site_names_are_stripped() {
        assert_eq!(strip_site_name("Big story | The Daily", &["The Daily"]), "Big story");
        assert_eq!(strip_site_name("The Daily - Big story here", &["The Daily"]), "Big story here");
        assert_eq!(strip_site_name("Putin says Karabakh is Azerbaijan – Asbarez", &[]), "Putin says Karabakh is Azerbaijan");
        assert_eq!(strip_site_name("Putin, Aliyev Discuss De-Escalation", &[]), "Putin, Aliyev Discuss De-Escalation");
        assert_eq!(strip_site_name("GAME CHANGER | Newegg.com", &[]), "GAME CHANGER");
        assert_eq!(strip_site_name("Ceasefire holds - www.example.co.uk", &[]), "Ceasefire holds");
        assert_eq!(strip_site_name("Field Notes: Small models at work", &["Field Notes"]), "Small models at work");
        assert_eq!(strip_site_name("Explained: what the ceasefire means", &[]), "Explained: what the ceasefire means", "a colon alone names no site");
        assert_eq!(strip_site_name("The Agency | ML (Machine Learning) at Georgia Tech", &[]), "ML (Machine Learning) at Georgia Tech");
        assert_eq!(strip_site_name("Opinion | Vote", &[]), "Opinion | Vote", "too little on either side");
        assert_eq!(
            strip_site_name("History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, & Timeline | Britannica", &["Britannica"]),
            "History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, & Timeline",
            "once the site went, a short first part is the headline"
        );
        assert_eq!(
            strip_site_name("SoundStage! Xperience | SoundStageXperience.com - The Five Best Headphones (According to Me)", &[]),
            "The Five Best Headphones (According to Me)"
        );
        assert_eq!(strip_site_name("davidbau.com Vibe Coding", &["davidbau.com"]), "Vibe Coding");
        assert_eq!(strip_site_name("Node.js 22 is out today", &[]), "Node.js 22 is out today", "a host-like word that names no site");
    }

    #[test]
    fn a_heading_loses_a_site_suffix_only() {
        assert_eq!(strip_site_suffix("Best UK Art Exhibitions 2025 – Artlyst", &["Artlyst"]), "Best UK Art Exhibitions 2025");
        assert_eq!(strip_site_suffix("The 2024 SELF Healthy Beauty Awards: The Best Oral Care", &["SELF"]), "The 2024 SELF Healthy Beauty Awards: The Best Oral Care");
        assert_eq!(strip_site_suffix("Wedding Planning Tools – Caterer Comparison Spreadsheet", &["Happily Connected"]), "Wedding Planning Tools – Caterer Comparison Spreadsheet");
    }

    #[test]
    fn a_heading_repeating_the_site_part_of_the_title_is_a_masthead() {
        let titles = ["A beginner’s guide to travel insurance - Budget Travel With Gabby"];
        assert!(is_masthead("Budget Travel with Gabby", &titles));
        assert!(!is_masthead("A beginner’s guide to travel insurance", &titles), "the headline part is not");
        assert!(is_masthead("Field Notes", &["Field Notes: Small models at work"]));
        assert!(!is_masthead("Ceasefire holds", &["Ceasefire holds | The Daily"]));
        assert!(!is_masthead("Ukraine war", &["Ukraine war - BBC News"]), "a title no longer than the heading beside it");
        assert!(is_masthead("example.com", &["anything"]));
    }

    #[test]
    fn a_summary_in_large_type_is_no_headline() {
        assert!(reads_as_a_headline("Tutoring was supposed to save American kids after the pandemic. The results? ‘Sobering’"));
        assert!(reads_as_a_headline("What is Catering? What is a Caterer? Types of Catering"));
        assert!(!reads_as_a_headline("Get expert tips on the costs. We'll help you learn the rest. Call us."));
        assert!(!reads_as_a_headline(&"word ".repeat(30)));
    }

    #[test]
    fn a_heading_in_capitals_gives_way_to_the_metadata_in_upper_and_lower_case() {
        let doc = doc_with(&[("h1", "BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS"), ("meta:og:title", "Best Drip Coffee Maker 2026: Buying Tips | Brew Co")]);
        assert_eq!(find_title(&doc), Some(("Best Drip Coffee Maker 2026: Buying Tips".to_string(), "meta:og:title (the h1 is in capitals)".to_string())));
        let doc = doc_with(&[("h1", "ACTUARIAL CONSULTING VS. INSURANCE"), ("meta:og:title", "ACTUARIAL CONSULTING VS. INSURANCE")]);
        assert_eq!(find_title(&doc).map(|(t, _)| t).as_deref(), Some("ACTUARIAL CONSULTING VS. INSURANCE"), "the metadata in capitals too");
        assert!(!in_capitals("NATO summit") && !in_capitals("UK, US"), "acronyms in a headline");
    }

    #[test]
    fn a_heading_that_lost_characters_gives_way_to_the_metadata() {
        assert!(lost_characters("What Are The Basics Of Event Planning? Beginner? Guide", "What Are The Basics Of Event Planning: Beginner's Guide"));
        assert!(lost_characters("Caf\u{FFFD} society returns to Paris", "Café society returns to Paris"));
        assert!(!lost_characters("Is it safe? Experts weigh in", "Is it safe? Experts weigh in"), "the author's question");
        assert!(!lost_characters("How Much is Pet Insurance?", "How Much is Pet Insurance"));
        assert!(!lost_characters("Is it safe? Experts weigh in", "Is it safe Experts weigh in on the new rules"));
        let doc = doc_with(&[("h1", "What Are The Basics Of Event Planning? Beginner? Guide"), ("meta:og:title", "What Are The Basics Of Event Planning: Beginner's Guide")]);
        assert_eq!(find_title(&doc).map(|(t, _)| t).as_deref(), Some("What Are The Basics Of Event Planning: Beginner's Guide"));
    }

    #[test]
    fn titles_are_tidied() {
        assert_eq!(tidy_title("Fish, chips &#x26; peas | Opinion"), "Fish, chips & peas");
        assert_eq!(tidy_title("Tools | Python, SQL &#x26; AI"), "Tools | Python, SQL & AI", "a one-word head is not a headline");
        assert_eq!(tidy_title("Title: AlignMerge - Model Merging"), "AlignMerge - Model Merging");
        assert_eq!(tidy_title("Home » Renting a Car: Key Phrases"), "Renting a Car: Key Phrases");
        assert_eq!(tidy_title("Home » Conservatory » Coffee"), "Coffee");
        assert_eq!(tidy_title("Car Talk / Car Reviews / Best EVs of 2026"), "Best EVs of 2026");
        assert_eq!(tidy_title("| Packing Tips Guide"), "Packing Tips Guide");
        assert_eq!(tidy_title("Dec 18 2025 Preparing a transition in Debusine"), "Preparing a transition in Debusine");
        assert_eq!(tidy_title("How Does Robot Vacuum Mapping Work？"), "How Does Robot Vacuum Mapping Work?");
        assert_eq!(tidy_title("ロボット掃除機の仕組みは？"), "ロボット掃除機の仕組みは？", "CJK text keeps its forms");
        assert_eq!(tidy_title("March 3, 2024: the day the vote was lost"), "the day the vote was lost");
        assert_eq!(tidy_title("Dec 18 2025 recap"), "Dec 18 2025 recap", "too little left to be a title");
        assert_eq!(tidy_title("Netflix / Hulu price war heats up"), "Netflix / Hulu price war heats up");
        assert_eq!(tidy_title("AoAH Day 15: Porting a complete HTML5 parser / Dec 2025"), "AoAH Day 15: Porting a complete HTML5 parser");
        assert_eq!(tidy_title("Ceasefire holds in the south - March 3, 2024"), "Ceasefire holds in the south");
        assert_eq!(tidy_title("Best films of the year - May 2024"), "Best films of the year");
        assert_eq!(tidy_title("What happened - the night of May 2024"), "What happened - the night of May 2024");
        assert_eq!(tidy_title("Fish &amp; chips &#8211; a history &nope; & more"), "Fish & chips – a history &nope; & more");
    }
}
