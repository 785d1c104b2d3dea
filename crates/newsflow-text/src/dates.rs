//! Finding and normalising publication dates written in news English or ISO 8601.
use regex::Regex;
use std::sync::OnceLock;

/// A date found in text, normalised to ISO 8601.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (with the offset when written).
    pub iso: String,
    /// Byte range of the match in the text.
    pub span: (usize, usize),
}

const MONTHS: &str = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const TIME: &str = r"(?:,?\s*(?:at\s+|-\s+|[|/]\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?P<zone>utc|gmt|[ecmp][sd]t|[an][sd]t|bst|cest|cet|msk|azt)(?-u:\b))?)?";

/// The offsets of the time zone abbreviations a date line may end with
/// ("4:00 AM CDT"). Ambiguous ones (IST, AMT, ET) are left out: a wrong
/// offset is worse than none.
fn zone_offset(zone: &str) -> Option<&'static str> {
    let offset = match zone.to_ascii_lowercase().as_str() {
        "utc" | "gmt" => "+00:00",
        "bst" | "cet" => "+01:00",
        "cest" => "+02:00",
        "msk" => "+03:00",
        "azt" => "+04:00",
        "ndt" => "-02:30",
        "adt" => "-03:00",
        "nst" => "-03:30",
        "ast" | "edt" => "-04:00",
        "est" | "cdt" => "-05:00",
        "cst" | "mdt" => "-06:00",
        "mst" | "pdt" => "-07:00",
        "pst" => "-08:00",
        _ => return None,
    };
    Some(offset)
}

fn patterns() -> &'static [Regex] {
    static PATTERNS: OnceLock<Vec<Regex>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        [
            r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?".to_string(),
            // November 23, 2020. Neither end needs a word boundary: scraped text glues
            // neighbouring elements ("GiuffridaMar 5, 2025", "June 29, 2020November 12,
            // 2021", "October 17, 20236:01 PM ET"); where the month may start is
            // checked in code (`starts_cleanly`).
            format!(r"(?i){MONTHS}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}}){TIME}"),
            // 23 Nov 2020, 23rd of November 2020, 23-Nov-2020, 23.Nov.2020.
            format!(r"(?i)(?-u:\b)(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)?\s+(?:of\s+)?|[.\-]){MONTHS}(?:\.?,?\s+|[.\-])(?P<year>(?:19|20)\d{{2}}){TIME}"),
            r"(?-u:\b)(?P<year>(?:19|20)\d{2})[/.](?P<mnum>\d{1,2})[/.](?P<day>\d{1,2})(?-u:\b)".to_string(),
            // 23.11.2020: day first, as almost everywhere dots are used; month
            // first only when the second part cannot be a month ("06.18.2025").
            r"(?-u:\b)(?P<d1>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?-u:\b)".to_string(),
            // 11/23/2020 or 23/11/2020: taken only when one part cannot be a month.
            r"(?-u:\b)(?P<p1>\d{1,2})/(?P<p2>\d{1,2})/(?P<year>(?:19|20)\d{2})(?-u:\b)".to_string(),
        ]
        .iter()
        .filter_map(|p| Regex::new(p).ok())
        .collect()
    })
}

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_ascii_lowercase();
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|m| n.starts_with(m))
        .map(|i| i as u32 + 1)
}

fn is_month_name(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    month_number(&w).is_some() && (w.len() <= 4 || ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"].contains(&w.as_str()))
}

/// True for a month's or a weekday's name ("June", "Sept", "Monday"), in any case.
pub fn is_date_word(word: &str) -> bool {
    const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    is_month_name(word) || WEEKDAYS.contains(&word.to_ascii_lowercase().as_str())
}

/// The first full date (with a year) in the text. A day and month without a
/// year is not a date here: turning it into one would invent the year.
pub fn find_date(text: &str) -> Option<FoundDate> {
    // Every pattern has a year of 19xx or 20xx: most lines have none, and a
    // byte scan says so before six regular expressions are run.
    if !has_year(text) {
        return None;
    }
    let mut best: Option<FoundDate> = None;
    for re in patterns() {
        if let Some(c) = re.captures_iter(text).find(|c| c.get(0).is_some_and(|m| starts_cleanly(text, m.start()))) {
            let whole = c.get(0)?;
            if best.as_ref().is_some_and(|b| b.span.0 <= whole.start()) {
                continue;
            }
            let num = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
            let year = num("year")?;
            let (month, day) = match (num("p1"), num("p2")) {
                (Some(a), Some(b)) if a > 12 && b <= 12 => (b, a),
                (Some(a), Some(b)) if b > 12 && a <= 12 => (a, b),
                (Some(_), Some(_)) => continue, // 05/06/2020: no evidence which is the month
                _ if c.name("d1").is_some() => match (num("d1"), num("m2")) {
                    (Some(d), Some(m)) if m > 12 && d <= 12 => (d, m),
                    (Some(d), Some(m)) => (m, d),
                    _ => continue,
                },
                _ => (num("mnum").or_else(|| c.name("month").and_then(|m| month_number(m.as_str())))?, num("day")?),
            };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                continue;
            }
            let mut iso = format!("{year:04}-{month:02}-{day:02}");
            if let (Some(mut hour), Some(minute)) = (num("hour"), num("minute")) {
                if let Some(ampm) = c.name("ampm") {
                    let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
                    hour = match (hour, pm) {
                        (12, false) => 0,
                        (h, true) if h < 12 => h + 12,
                        (h, _) => h,
                    };
                }
                if hour < 24 && minute < 60 {
                    iso.push_str(&format!("T{hour:02}:{minute:02}:{:02}", num("second").unwrap_or(0).min(59)));
                    if let Some(tz) = c.name("tz") {
                        iso.push_str(tz.as_str());
                    } else if let Some(offset) = c.name("zone").and_then(|z| zone_offset(z.as_str())) {
                        iso.push_str(offset);
                    }
                }
            }
            best = Some(FoundDate { iso, span: (whole.start(), whole.end()) });
        }
    }
    best
}

/// Every full date in the text, in order: a line can print two
/// ("May 21, 2025April 24, 2025": updated, then published).
pub fn find_dates(text: &str) -> impl Iterator<Item = FoundDate> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = find_date(text.get(from..)?)?;
        let span = (found.span.0 + from, found.span.1 + from);
        from = span.1;
        Some(FoundDate { iso: found.iso, span })
    })
}

/// Whether a date may start at byte `start`: at the text's start, after a
/// character that is not an ASCII letter or digit, or glued to a lower-case
/// word by its capital ("Kathryn GiuffridaMar 5, 2025"), never inside a word
/// ("Grammar 5, 2020") or a number.
fn starts_cleanly(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&before) = start.checked_sub(1).and_then(|i| bytes.get(i)) else { return true };
    !before.is_ascii_alphanumeric() || (before.is_ascii_lowercase() && bytes.get(start).is_some_and(u8::is_ascii_uppercase))
}

/// Whether the text holds four digits starting 19 or 20 (every date pattern's year).
fn has_year(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| matches!((w[0], w[1]), (b'1', b'9') | (b'2', b'0')) && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// Words allowed around a date on a line that is *only* a date line.
const FILLER: &[&str] = &[
    "published", "updated", "posted", "on", "at", "last", "modified", "date", "time", "am", "pm", "gmt", "utc",
    "est", "edt", "cet", "cest", "bst", "pst", "pdt", "ist", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "local", "first", "by",
    "in", "news", "and", "|",
];

/// True for the words that stand around a date on a date line ("Posted on",
/// "Updated", weekdays, time zones), compared in lower case.
pub fn is_date_filler(word: &str) -> bool {
    FILLER.contains(&word)
}

/// True when a line is a date/time stamp ("November 23, 2020 at 2:17 pm",
/// "Published: 23 Nov 2020 | Updated: …") rather than a sentence mentioning a date.
pub fn is_date_line(line: &str) -> bool {
    if line.len() > 200 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(found) = find_date(line) else { return false };
    let rest = format!("{} {}", &line[..found.span.0], &line[found.span.1..]);
    let leftover = crate::words(&rest)
        .filter(|w| !is_date_filler(&w.to_lowercase()) && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !is_month_name(w))
        .count();
    leftover <= 2 && crate::word_count(line) <= 16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        find_date(s).map(|d| d.iso)
    }

    #[test]
    fn months_and_weekdays_are_date_words() {
        assert!(["June", "Sept", "monday", "DECEMBER"].iter().all(|w| is_date_word(w)));
        assert!(["AP", "Junebug", "Reuters", "Mayor"].iter().all(|w| !is_date_word(w)));
    }

    #[test]
    fn news_formats() {
        assert_eq!(iso("November 23, 2020 at 2:17 pm").as_deref(), Some("2020-11-23T14:17:00"));
        assert_eq!(iso("Published 23 Nov 2020").as_deref(), Some("2020-11-23"));
        assert_eq!(iso("25.Jun.2019").as_deref(), Some("2019-06-25"));
        assert_eq!(iso("23.11.2020").as_deref(), Some("2020-11-23"));
        assert_eq!(iso("06.18.2025").as_deref(), Some("2025-06-18"), "month first when the second part is no month");
        assert_eq!(iso("05.06.2020").as_deref(), Some("2020-06-05"), "day first otherwise");
        assert_eq!(iso("posted 25-Jun-2019 by admin").as_deref(), Some("2019-06-25"));
        assert_eq!(iso("2020-11-23T14:17Z").as_deref(), Some("2020-11-23T14:17:00Z"));
        assert_eq!(iso("Dec. 17, 2020 12:05 a.m.").as_deref(), Some("2020-12-17T00:05:00"));
        assert_eq!(iso("on 9 November 2020, the deal").as_deref(), Some("2020-11-09"));
        assert_eq!(iso("2023/05/17").as_deref(), Some("2023-05-17"));
        assert_eq!(iso("Posted 12.12.2025").as_deref(), Some("2025-12-12"));
        assert_eq!(iso("10/31/2024").as_deref(), Some("2024-10-31"));
        assert_eq!(iso("15/12/2025").as_deref(), Some("2025-12-15"));
        assert_eq!(iso("05/06/2020"), None, "ambiguous day and month");
        assert_eq!(iso("Posted: Mar 14, 2025 4:00 AM CDT").as_deref(), Some("2025-03-14T04:00:00-05:00"), "a time zone's offset");
        assert_eq!(iso("Monday, 23 November 2020 | 14:17 GMT").as_deref(), Some("2020-11-23T14:17:00+00:00"));
        assert_eq!(iso("Nov 3, 2025 10:00 AM IST").as_deref(), Some("2025-11-03T10:00:00"), "an ambiguous zone gives no offset");
    }

    #[test]
    fn dates_glued_to_neighbouring_text() {
        let cases = [
            ("Posted on June 29, 2020November 12, 2021", Some("2020-06-29")),
            ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", Some("2025-03-05")),
            ("October 17, 20236:01 PM ET", Some("2023-10-17T18:01:00")),
            ("Feature Mar 27, 20255 mins", Some("2025-03-27")),
            ("Joshua Waller 30 January 2025 / 23:07 GMT30 January 2025", Some("2025-01-30T23:07:00")),
            // A month name inside a word, a day inside a number.
            ("Grammar 5, 2020", None),
            ("grammar 5, 2020 and later Grammar 6, 2021", None),
            ("the 123 Nov 2020 batch", None),
        ];
        for (text, want) in cases {
            assert_eq!(iso(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn every_date_of_a_line() {
        let all: Vec<String> = find_dates("Updated May 21, 2025April 24, 2025 by The Ritualist").map(|d| d.iso).collect();
        assert_eq!(all, ["2025-05-21", "2025-04-24"]);
        assert_eq!(find_dates("no date here").count(), 0);
    }

    #[test]
    fn no_year_no_date() {
        assert_eq!(iso("at the presidential residence in Moscow on Dec. 17"), None);
        assert_eq!(iso("May 25 in Moscow"), None);
        assert_eq!(iso("2020-13-45"), None);
    }

    #[test]
    fn date_lines_versus_sentences() {
        assert!(is_date_line("November 23, 2020 at 2:17 pm"));
        assert!(is_date_line("Published: Monday, 23 November 2020 | 14:17 GMT"));
        assert!(!is_date_line("On November 9, 2020, Russian President Vladimir Putin signed a statement."));
    }
}
