//! Calendar arithmetic for metadata dates: neighbouring days and dates in page URLs.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count (inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (if month <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, month, day)
}

fn number(text: &str, range: std::ops::Range<usize>) -> Option<i64> {
    text.get(range)?.parse().ok()
}

/// The other day a UTC time can fall on in its publisher's own calendar:
/// the day before when it is early (before noon UTC), the day after when late.
pub fn neighbouring_day(iso: &str) -> Option<String> {
    let days = days_from_civil(number(iso, 0..4)?, number(iso, 5..7)?, number(iso, 8..10)?);
    let (year, month, day) = civil_from_days(if number(iso, 11..13)? < 12 { days - 1 } else { days + 1 });
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Whether a label says the date after it is a revision's ("Updated",
/// "Last modified:", "Revised").
fn says_revision(label: &str) -> bool {
    let lower = label.to_lowercase();
    lower.contains("updat") || lower.contains("modif") || lower.contains("revised")
}

/// The dates of a line, each with whether it is a revision date: its own
/// label, the words since the date before ("Published: Mar 8, 2024 ·
/// Modified: May 19, 2025"), says so, or for a line's first date the label
/// line just above it ("Last update:" over "July 16, 2025"). Of two dates
/// no label tells apart ("May 21, 2025April 24, 2025"), the later is the
/// revision: a post is updated after it is published, never before.
pub fn labelled_dates(line: &str, label_above: Option<&str>) -> Vec<(String, bool)> {
    let mut from = 0;
    let mut dates: Vec<(String, bool)> = newsflow_text::find_dates(line)
        .map(|date| {
            let label = line.get(from..date.span.0).unwrap_or("");
            let revision = says_revision(label) || from == 0 && label.trim().is_empty() && label_above.is_some_and(says_revision);
            from = date.span.1;
            (date.iso, revision)
        })
        .collect();
    let earliest = dates.iter().filter(|(_, revision)| !revision).map(|(iso, _)| iso.get(..10).unwrap_or(iso)).min().map(str::to_string);
    if let Some(earliest) = earliest {
        for (iso, revision) in &mut dates {
            *revision |= iso.get(..10).unwrap_or(iso) > earliest.as_str();
        }
    }
    dates
}

/// The `YYYY-MM-DD` of a `/YYYY/MM/DD/` path in a URL.
pub fn day_in_url(url: &str) -> Option<String> {
    let parts: Vec<&str> = url.split('/').collect();
    parts.windows(3).find_map(|w| {
        let (y, m, d) = (w[0], w[1], w[2]);
        let ok = y.len() == 4 && m.len() == 2 && d.len() == 2 && [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        let (year, month, day): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        (ok && (1990..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)).then(|| format!("{y}-{m}-{d}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbouring_day_by_hour() {
        assert_eq!(neighbouring_day("2025-12-19T02:41:41+00:00").as_deref(), Some("2025-12-18"));
        assert_eq!(neighbouring_day("2025-12-31T23:10:00Z").as_deref(), Some("2026-01-01"));
        assert_eq!(neighbouring_day("2024-03-01T01:00Z").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn a_date_is_a_revision_by_its_own_label() {
        assert_eq!(labelled_dates("Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica", None), [("2024-03-08".to_string(), false), ("2025-05-19".to_string(), true)]);
        assert_eq!(labelled_dates("July 16, 2025", Some("Last update:")), [("2025-07-16".to_string(), true)]);
        assert_eq!(labelled_dates("Posted on June 29, 2020November 12, 2021", None), [("2020-06-29".to_string(), false), ("2021-11-12".to_string(), true)]);
        assert_eq!(labelled_dates("May 21, 2025April 24, 2025 by The Ritualist", None), [("2025-05-21".to_string(), true), ("2025-04-24".to_string(), false)], "the later of two unlabelled dates is the revision");
        assert_eq!(labelled_dates("Updated on February 16, 2026", None), [("2026-02-16".to_string(), true)]);
    }

    #[test]
    fn url_dates() {
        assert_eq!(day_in_url("https://a.com/2025/12/18/title-here").as_deref(), Some("2025-12-18"));
        assert_eq!(day_in_url("https://a.com/news/2025/1/8/x"), None);
        assert_eq!(day_in_url("https://a.com/1234/56/78/"), None);
    }
}
