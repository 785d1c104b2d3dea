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
    fn url_dates() {
        assert_eq!(day_in_url("https://a.com/2025/12/18/title-here").as_deref(), Some("2025-12-18"));
        assert_eq!(day_in_url("https://a.com/news/2025/1/8/x"), None);
        assert_eq!(day_in_url("https://a.com/1234/56/78/"), None);
    }
}
