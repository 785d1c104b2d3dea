//! Line-shape detectors that need no cue list: bylines, captions with credits.
use regex::Regex;
use std::sync::OnceLock;

/// The labels that open a byline, besides "By" (longest first: the pattern
/// takes the first that matches).
const BYLINE_LABELS: &[&str] = &[
    "medically reviewed by", "legally reviewed by", "fact-checked by", "fact checked by", "reporting by", "reviewed by",
    "compiled by", "written by", "posted by", "edited by", "tested by", "words by", "author:",
];

fn byline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let labels = BYLINE_LABELS.join("|");
        newsflow_text::code_regex(&format!(r"^((?i:by)\s+|(?i:{labels})\s*:?\s*)(\p{{Lu}}[\p{{L}}.'\-]+|[\w.+\-]+@[\w\-]+\.)|^\p{{Lu}}[\p{{L}}'\-]+(?:\s+\p{{Lu}}\.)?(?:\s+\p{{Lu}}[\p{{L}}'\-]+){{1,2}}(?:(?:,\s*(?:[A-Z][a-zA-Z]?\.?){{1,3}}){{2,}}|,\s*(?:[A-Z][A-Za-z]{{2,4}}|Ph\.D\.?))\s*$"))
    })
}

/// A header line of fields set apart by dots or bars, one of them a date and
/// one the author's or the publication's: "Jordan Kanygin · CTV News Calgary
/// · Published Feb. 11, 2025 6:15 a.m. MST", "By Jane Doe | Reuters | March 3,
/// 2024", "On Behalf of Smith & Jones PLLC | Apr 21, 2017 | Injury" (not an
/// event listing "TCEA: January 31, 2026 | San Antonio, TX", nor a podcast's
/// "Download file | … | Recorded on August 19, 2025"). `words` is the line's
/// word count.
pub fn is_dated_header(line: &str, words: usize) -> bool {
    const SEPARATORS: [char; 3] = ['·', '|', '•'];
    const CUES: [&str; 6] = ["by ", "written by ", "on behalf of ", "published", "posted", "updated"];
    // A byte scan first (for '|' and the last bytes of '·' and '•'): cheaper
    // than decoding every character of every line.
    let maybe_separated = || line.bytes().any(|b| matches!(b, b'|' | 0xB7 | 0xA2));
    if is_date_with_tags(line, words) {
        return true;
    }
    if words > BYLINE_MAX_WORDS + 6 || !maybe_separated() || !line.contains(SEPARATORS) {
        return false;
    }
    let fields: Vec<&str> = line.split(SEPARATORS).map(str::trim).filter(|f| !f.is_empty()).collect();
    let cued = |f: &&str| CUES.iter().any(|c| f.get(..c.len()).is_some_and(|head| head.eq_ignore_ascii_case(c)));
    let authored = fields.first().is_some_and(|f| is_name_line(f, newsflow_text::word_count(f))) || fields.iter().any(cued);
    fields.len() >= 2 && authored && newsflow_text::find_date(line).is_some()
}

/// A date followed by the post's section or tags, set apart by slashes,
/// bars, dots or hashes: "November 28, 2025/Living Healthy/Wellness",
/// "2025-08-29#review#tech#zig". Each tag is a word or three; a sentence
/// that opens with a date ("March 3, 2024 / the day the vote was lost.") is none.
fn is_date_with_tags(line: &str, words: usize) -> bool {
    const TAG_SEPARATORS: [char; 5] = ['/', '#', '|', '·', '•'];
    // Cheap tests first: this runs on every line of every page.
    if words > 12 || !line.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()) || !line.contains(TAG_SEPARATORS) {
        return false;
    }
    let line = line.trim();
    // The date leads: a digit or a month's name ("Nov", "November") first.
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let leads_with_date = line.starts_with(|c: char| c.is_ascii_digit()) || line.get(..3).is_some_and(|head| MONTHS.iter().any(|m| head.eq_ignore_ascii_case(m)));
    if !leads_with_date {
        return false;
    }
    let Some(found) = newsflow_text::find_date(line) else { return false };
    let Some(rest) = (found.span.0 == 0).then(|| line.get(found.span.1..)).flatten().map(str::trim_start) else { return false };
    if !rest.starts_with(TAG_SEPARATORS) || rest.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let tags: Vec<&str> = rest.split(TAG_SEPARATORS).map(str::trim).filter(|t| !t.is_empty()).collect();
    !tags.is_empty() && tags.iter().all(|t| newsflow_text::word_count(t) <= 3 && !t.bytes().any(|b| b.is_ascii_digit()))
}

/// A byline's label alone on its line, its name on the next ("By" /
/// "Andrew King", "Written by" / "Edzel Tabing", "Author" / …).
pub fn is_byline_label(line: &str) -> bool {
    // This runs on every line of every page: a line longer than any label
    // is none, and the rest are compared without allocating.
    let label = line.trim().trim_end_matches(':').trim_end();
    if BYLINE_LABELS.iter().all(|l| label.len() > l.len()) {
        return false;
    }
    ["by", "author"].into_iter().chain(BYLINE_LABELS.iter().map(|l| l.trim_end_matches(':'))).any(|l| l.eq_ignore_ascii_case(label))
}

/// A line that is only a name: two to five words, each capitalised (but the
/// particles of names: "and", "de", "van", …), no digits, no sentence. (One
/// word is as often a button: "Share", "Menu".)
pub fn is_name_line(line: &str, words: usize) -> bool {
    const PARTICLES: &[&str] = &["and", "de", "van", "von", "der", "den", "la", "le", "del", "da", "di", "bin", "al"];
    let line = line.trim();
    (2..=5).contains(&words)
        && line.len() <= 60
        && !line.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '|' | '?' | '!' | '@'))
        && !line.ends_with('.')
        && line.split_whitespace().enumerate().all(|(k, w)| newsflow_text::is_capitalized(w) || k > 0 && PARTICLES.contains(&w))
}

/// A byline is at most this many words.
pub const BYLINE_MAX_WORDS: usize = 14;
/// A caption is at most this many words.
pub const CAPTION_MAX_WORDS: usize = 45;

/// "By Jane Doe", "By Korin MillerPublished: Jan 29, 2025", or a name with
/// the author's credentials and nothing else ("Dylan Bailey, MS, RD"; a single
/// one of two letters could be a state: "Austin, TX"). `words` is the
/// line's word count (the caller has it; counting again was a twentieth of
/// this stage).
pub fn is_byline(line: &str, words: usize) -> bool {
    words <= BYLINE_MAX_WORDS && byline_re().is_match(line)
}

fn credit_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        newsflow_text::code_regex(r"(?i)(\[[^\[\]]{2,80}\]\s*$)|(\((photo|image|picture|credit|file photo)[^()]{0,80}\)\s*$)|(^(photo|image|picture|file photo|caption)\s*[:|/])|((getty images|/\s*ap|/\s*afp|/\s*reuters|shutterstock|istock|via reuters|via ap|ap photo|reuters/)[^a-z]{0,40}$)|(\s\|\s*(ap photo|getty|reuters|afp)(?-u:\b))")
    })
}

/// An embedded video's caption: a sentence, then the video's running time
/// ("Military families say homes on base are falling apart. 2:14",
/// "JUST WATCHED … MUST WATCH Who is Joyce Mitchell? 01:37"). Read from the
/// end, without a pattern: every short line of a page is asked.
fn ends_with_running_time(line: &str) -> bool {
    let line = line.trim_end();
    let Some((before, time)) = line.rsplit_once(' ') else { return false };
    let Some((minutes, seconds)) = time.split_once(':') else { return false };
    let digits = |s: &str, lengths: std::ops::RangeInclusive<usize>| lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(minutes, 1..=2) && digits(seconds, 2..=2) && before.trim_end_matches(['"', '”', '’']).ends_with(['.', '!', '?'])
}

/// A photo caption or credit line: ends with a bracketed credit
/// ("… [Kremlin Press Office/Anadolu Agency]"), starts with "Photo:", ends
/// with a picture agency, or has one after a bar (a caption scraped together
/// with its credit and the next heading: "… the White House. | Getty Obama
/// turns to tech"). `words` is the line's word count.
pub fn is_caption(line: &str, words: usize) -> bool {
    if words > CAPTION_MAX_WORDS {
        return false;
    }
    if is_stock_photo_credit(line) || ends_with_photo_credit_in_parentheses(line) || ends_with_running_time(line) {
        return true;
    }
    if !credit_re().is_match(line) {
        return false;
    }
    // A bracket at the end of a sentence can be an editorial insertion "[sic]",
    // and one at the end of a headline its tag ("[Step By Step]", "[2025]",
    // "[Tried 11 Services]"): require a credit-like bracket.
    match line.rfind('[') {
        Some(open) if line.trim_end().ends_with(']') => is_credit_bracket(line[open + 1..].trim_end().trim_end_matches(']')),
        _ => true,
    }
}

/// What a bracketed credit holds: a slash ("Kremlin Press Office/Anadolu
/// Agency"), a credit word ("Courtesy of the family", "File photo"), or a
/// name: capitalised words, no number, no sentence words ("Getty Images",
/// "Reuters"; not "Step By Step", "2025 Data", "For all Budgets!").
fn is_credit_bracket(inside: &str) -> bool {
    let lower = inside.to_ascii_lowercase();
    if inside.contains('/') || ["courtesy", "photo", "file", "credit", "image"].iter().any(|w| lower.starts_with(w)) {
        return true;
    }
    let words: Vec<&str> = inside.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !inside.contains(|c: char| c.is_ascii_digit() || matches!(c, '!' | '?' | '&' | ','))
        && words.iter().all(|w| newsflow_text::is_capitalized(w) && !newsflow_text::is_stopword(&w.to_lowercase()))
}

/// "Firefighters stand near a burning forest on Tuesday. (Alberta Wildfire /
/// The Canadian Press)", "… in Calgary. (THE CANADIAN PRESS/Jeff
/// McIntosh)": a sentence, then in parentheses a photographer and an agency
/// (or a source) set apart by a slash, each capitalised words (not a
/// sentence's aside "(2023/24)" or "(and/or fewer)").
fn ends_with_photo_credit_in_parentheses(line: &str) -> bool {
    let line = line.trim_end();
    let Some(inside) = line.strip_suffix(')').and_then(|l| l.rsplit_once(". (").or_else(|| l.rsplit_once(".” ("))).map(|(_, inside)| inside) else { return false };
    let parts: Vec<&str> = inside.split('/').map(str::trim).collect();
    let credit_part = |part: &&str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=6).contains(&words.len()) && !part.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | '!' | '?')) && words.iter().all(|w| newsflow_text::is_capitalized(w) || w.chars().all(|c| !c.is_lowercase()))
    };
    (2..=3).contains(&parts.len()) && parts.iter().all(credit_part)
}

/// Libraries of stock photos, named in a credit ("Photo by Jane Doe on Unsplash").
const STOCK_LIBRARIES: &[&str] = &["unsplash", "pexels", "pixabay", "shutterstock", "istock", "getty images", "flickr", "wikimedia"];

/// "Photo by Jane Doe on Unsplash", "Image: pexels.com/…": a line that opens
/// with photo/image/picture and names a stock library. Plain string tests, not
/// a regular expression: a Unicode word boundary there sent every line of
/// non-ASCII text to the slow regex engine.
fn is_stock_photo_credit(line: &str) -> bool {
    let head = line.trim_start();
    let opens = ["photo", "image", "picture"].iter().any(|w| head.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)));
    opens && {
        let lower = head.to_ascii_lowercase();
        STOCK_LIBRARIES.iter().any(|lib| lower.contains(lib))
    }
}

#[cfg(test)]
mod tests {
    fn is_byline(line: &str) -> bool {
        super::is_byline(line, newsflow_text::word_count(line))
    }

    fn is_caption(line: &str) -> bool {
        super::is_caption(line, newsflow_text::word_count(line))
    }

    #[test]
    fn a_video_caption_ends_with_its_running_time() {
        assert!(is_caption("Military families say homes on base are falling apart. 2:14"));
        assert!(is_caption("MUST WATCH Who is Joyce Mitchell? 01:37"));
        assert!(!is_caption("The meeting starts at 2:30"), "a time of day in a sentence");
        assert!(!is_caption("Doors open. Show at 7:30 pm"));
    }

    #[test]
    fn bylines() {
        assert!(is_byline("By Korin MillerPublished: Jan 29, 2025"));
        assert!(is_byline("By JANE DOE"));
        assert!(is_byline("Written byMadeline Puckette"), "scraped text glues the name to the label");
        assert!(is_byline("Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024."));
        assert!(is_byline("Medically reviewed by Dr. Jane Roe"));
        assert!(is_byline("Reviewed by: Mike Rebold, PhD, CSCS"), "a colon after the label");
        assert!(is_byline("Tested by Katie Bandurski and Mary Henn"));
        assert!(is_byline("By ops@our-hometown.com"), "an address for a name");
        assert!(is_byline("Dylan Bailey, MS, RD, FAND"), "a name with credentials");
        assert!(is_byline("Jane Q. Roe, Ph.D."));
        assert!(!is_byline("Language Course Guides"), "a name-shaped line without credentials is no byline");
        assert!(!is_byline("Ukraine, Russia Agree to Talks"));
        assert!(!is_byline("Spotlight On Washington, D.C."), "one short abbreviation can be a place");
        assert!(is_byline("Fact-checked by Jane Roe") && is_byline("Medically reviewed by Dr. Jane Roe"));
        assert!(super::is_byline_label("Written by") && super::is_byline_label("By:") && super::is_byline_label(" Author "));
        assert!(!super::is_byline_label("Bypass"));
        let header = |l: &str| super::is_dated_header(l, newsflow_text::word_count(l));
        assert!(header("Jordan Kanygin · CTV News Calgary · Published Feb. 11, 2025 6:15 a.m. MST"));
        assert!(!header("Politics | World | Business"), "no date");
        assert!(!header("The vote on March 3, 2024 was close."), "no fields");
        assert!(!header("TCEA: January 31-February 4, 2026 | San Antonio, TX"), "an event");
        assert!(!header("Download file | Play in new window | Recorded on August 19, 2025"), "a podcast");
        assert!(header("By Jane Doe | Reuters | March 3, 2024"));
        assert!(header("On Behalf of Smith & Jones PLLC | Apr 21, 2017 | Products Liability"), "a law firm's post header");
        assert!(header("November 28, 2025/Living Healthy/Wellness"), "a date and its section");
        assert!(header("2025-08-29#review#tech#zig"), "a date and its tags");
        assert!(!header("March 3, 2024 / the day the vote was lost."), "a sentence after the date");
        assert!(!header("Politics / World / March 3, 2024"), "the date does not lead");
        let name = |l: &str| super::is_name_line(l, newsflow_text::word_count(l));
        assert!(name("Andrew King") && name("Ludwig van Beethoven") && name("Kelia Losa Reinoso"));
        assert!(!name("16 min read") && !name("Table of contents") && !name("Share this article.") && !name("and Jane") && !name("Share"));
        assert!(!is_byline("By the end of the war, Azerbaijan had regained control over a significant portion of the border, officials said."));
        assert!(!is_byline("Bypassing the capital, the convoy moved on."));
    }

    #[test]
    fn captions() {
        assert!(is_caption("President of Russia, Vladimir Putin in Moscow, Russia on 24 March 2020 [Kremlin Press Office/Anadolu Agency]"));
        assert!(is_caption("Armenia/Azerbaijan fighting rages - Cartoon [Sabaaneh/MiddleEastMonitor]"));
        assert!(is_caption("Photo David von Diemar on https://unsplash.com/de/fotos/lila-und-blaue-lichter"));
        assert!(is_caption("Photo by Jane Doe on Unsplash"));
        assert!(is_caption("Firefighters stand near a burning forest outside Fort McMurray on Tuesday. (Alberta Wildfire / The Canadian Press)"));
        assert!(is_caption("Premier Danielle Smith speaks in Calgary. (THE CANADIAN PRESS/Jeff McIntosh)"));
        assert!(!is_caption("Revenue rose for the year. (2023/24)"));
        assert!(!is_caption("Schools may close early. (Parents and/or guardians will be told.)"));
        assert!(is_caption("The president is trying to use the federal checkbook to promote smart guns. | Getty Obama turns to tech with new gun measures"));
        assert!(is_caption("The department advocated striking all of the law. | AP Photo/J. David Ake, File Health care In shift, administration backs ruling"));
        assert!(!is_caption("Markets | Reuterswise column on the week"), "an agency's name inside a word");
        assert!(is_caption("Tanja Ivanova//Getty Images"));
        assert!(is_caption("Photo: Reuters"));
        assert!(!is_caption("The roots [of Karabakh] lie in an ethnic conflict, he added."));
        assert!(!is_caption("He said the talks would resume [sic]"));
        assert!(is_caption("Displaced families wait for aid in Gaza City [Getty Images]"));
        assert!(is_caption("The family home in Stepanakert [Courtesy of the Petrosyan family]"));
        assert!(!is_caption("How To Design A Room Like An Interior Designer [Step By Step]"), "a headline's tag");
        assert!(!is_caption("What is Project Management? The Complete Guide [2025]"));
        assert!(!is_caption("Best Audiobook Subscriptions in 2025 [Tried 11 Services]"));
    }
}
