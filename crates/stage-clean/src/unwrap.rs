//! Hard-wrapped plain text: lines broken at a fixed width (mail, `text/plain`
//! pages, `<pre>` blogs, old wire copy) joined back into paragraphs.
//!
//! A wrapped paragraph arrives as a run of lines of about the same length,
//! each cut mid-sentence, often the next one starting in lower case. Left as
//! lines, every piece looks like a fragment rather than prose, and the
//! boilerplate stage cannot tell the article from the menus around it.
//! Unwrapping happens only when the text as a whole shows it was wrapped, so
//! text with one paragraph per line (most scraped news) is left alone.

/// Lines at least this long (in characters) are evidence of the wrap width.
const LONG: usize = 30;
/// Wrap widths seen in practice stay at or below this.
const MAX_WIDTH: usize = 100;
/// A line ending this close to the width was cut by the wrap, whatever follows.
const FILLED: usize = 12;
/// A line this close to the width was cut when the next one starts in lower case.
const NEAR: usize = 25;

/// `(line number, text)` of non-empty lines, in order. Returns them with the
/// lines of each wrapped paragraph joined by spaces (numbered by their first
/// line), or unchanged when the text does not look hard-wrapped.
pub fn unwrap_lines(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let lengths: Vec<usize> = lines.iter().map(|(_, l)| l.chars().count()).collect();
    let Some(width) = wrap_width(&lengths) else { return lines };
    let adjacent = |i: usize| lines[i + 1].0 == lines[i].0 + 1;
    let continues = |i: usize| {
        let (prev, next) = (lengths[i], &lines[i + 1].1);
        adjacent(i)
            && prev <= width
            && !starts_list_item(next)
            && (prev + FILLED >= width || (prev + NEAR >= width && next.chars().next().is_some_and(char::is_lowercase)))
    };
    // The text must show it: many long lines flowing on into a lower-case word.
    let long = lengths.iter().filter(|&&n| n >= LONG).count();
    let flowing = (0..lines.len().saturating_sub(1)).filter(|&i| lengths[i] >= LONG && continues(i) && lines[i + 1].1.chars().next().is_some_and(char::is_lowercase)).count();
    if flowing < 5 || flowing * 5 < long {
        return lines;
    }
    let joins: Vec<bool> = (0..lines.len()).map(|i| i + 1 < lines.len() && continues(i)).collect();
    let mut out: Vec<(usize, String)> = Vec::with_capacity(lines.len());
    let mut join_next = false;
    for ((number, text), join) in lines.into_iter().zip(joins) {
        match out.last_mut() {
            Some((_, paragraph)) if join_next => {
                paragraph.push(' ');
                paragraph.push_str(&text);
            }
            _ => out.push((number, text)),
        }
        join_next = join;
    }
    out
}

/// The width the text was wrapped at: the 90th percentile of the lengths of
/// its long lines, when nearly all of them fit within [`MAX_WIDTH`].
fn wrap_width(lengths: &[usize]) -> Option<usize> {
    let mut long: Vec<usize> = lengths.iter().copied().filter(|&n| n >= LONG).collect();
    if long.len() < 8 {
        return None;
    }
    let fitting = long.iter().filter(|&&n| n <= MAX_WIDTH).count();
    if fitting * 10 < long.len() * 8 {
        return None;
    }
    long.retain(|&n| n <= MAX_WIDTH);
    long.sort_unstable();
    long.get(long.len() * 9 / 10).copied()
}

/// "- item", "* item", "• item", "1. item", "2) item".
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '–' | '—') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, String)> {
        text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l.trim().to_string())).collect()
    }

    fn wrap(paragraph: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = String::new();
        for word in paragraph.split(' ') {
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&line);
        out.push('\n');
        out
    }

    const FIRST: &str = "Part two is quite crunchy because the number of cells to check is large and winding numbers do not work reliably when the border has a width of its own, so I compressed the coordinates and only paid attention to the rows and columns that contain at least one corner of the shape.";
    const SECOND: &str = "That brought the grid down to a size where a flood fill from the outside was cheap enough, and the answer came out in well under a second on the full input, which is all I wanted from it on a weekday evening before the next puzzle opened.";

    #[test]
    fn wrapped_paragraphs_are_joined_and_headings_kept() {
        let text = format!("Day 9\n{}Day 10\n{}", wrap(FIRST, 70), wrap(SECOND, 70));
        let lines = numbered(&text);
        let out = unwrap_lines(lines.clone());
        let texts: Vec<&str> = out.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, vec!["Day 9", FIRST, "Day 10", SECOND], "{texts:#?}");
        assert_eq!(out[1].0, 2, "a paragraph is numbered by its first line");
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        let text = format!("Headline of the story\n{FIRST}\n{SECOND}\n{FIRST}\n{SECOND}\nShort line\n");
        let lines = numbered(&text);
        assert_eq!(unwrap_lines(lines.clone()), lines);
    }

    #[test]
    fn lists_and_short_lines_are_left_alone() {
        let menu = "Home\nNews\nSport\nWeather\nAbout us\nContact\n".repeat(5);
        assert_eq!(unwrap_lines(numbered(&menu)), numbered(&menu));
        let mut text = wrap(FIRST, 60);
        text.push_str("- first point of the list that is long enough to wrap the line\n- second point\n");
        text.push_str(&wrap(SECOND, 60));
        let out = unwrap_lines(numbered(&text));
        assert!(out.iter().any(|(_, t)| t.starts_with("- first point")), "{out:#?}");
        assert!(out.iter().any(|(_, t)| t == "- second point"));
    }

    #[test]
    fn blank_lines_end_paragraphs() {
        let text = format!("{}\n{}\n{}\n{}", wrap(FIRST, 70), wrap(SECOND, 70), wrap(FIRST, 70), wrap(SECOND, 70));
        let out = unwrap_lines(numbered(&text));
        let texts: Vec<&str> = out.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, vec![FIRST, SECOND, FIRST, SECOND]);
    }
}
