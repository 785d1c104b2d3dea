//! Reader-comment threads below an article, found by their shape.
//!
//! A scraped page keeps the comment section as plain lines: a header per
//! comment ("Sharon says", "Emma" over "December 18, 2025, 9:59 pm",
//! "AmySeptember 11, 2008 at 2:06 PM") and the comment's text. The text reads
//! as prose, and a lively thread is longer than the article, so neither the
//! prose run nor an end-of-article cue bounded by "most of the prose is above
//! it" can stop there. Several such headers in a row can: a thread is at least
//! [`MIN_HEADERS`] of them, and the article ends above the first.

use newsflow_core::Block;

/// Fewer headers than this are not a thread: a quoted exchange, or a byline
/// with a time.
const MIN_HEADERS: usize = 3;

/// Headers are short: longer lines (most of a page's text) are not looked at.
const MAX_HEADER_WORDS: usize = 14;

/// The first line of a reader-comment thread that begins after line `after`.
/// `words` has each block's word count (exact up to 15 at least).
pub fn thread_start(blocks: &[Block], words: &[usize], after: usize) -> Option<usize> {
    let mut headers = (after + 1..blocks.len()).filter(|&i| words.get(i).is_some_and(|&n| n <= MAX_HEADER_WORDS)).filter_map(|i| comment_start(blocks, i, words[i])).filter(|&s| s > after);
    let first = headers.next()?;
    (headers.take(MIN_HEADERS - 1).count() == MIN_HEADERS - 1).then_some(first)
}

/// Where a comment starts when line `i` is its header: the line itself
/// ("Sharon says", "Amy September 11, 2008 at 2:06 PM"), or the name above
/// it when the line is only a timestamp.
fn comment_start(blocks: &[Block], i: usize, words: usize) -> Option<usize> {
    let text = blocks[i].text.trim();
    if words <= 7 && is_says_line(text) {
        return Some(i);
    }
    if !text.bytes().any(|b| b == b':') {
        return None;
    }
    let found = newsflow_text::find_date(text)?;
    if !found.iso.contains('T') {
        return None;
    }
    let before = text[..found.span.0].trim();
    let name_words = newsflow_text::words(before).filter(|w| !newsflow_text::is_date_filler(&w.to_lowercase())).count();
    if name_words == 0 {
        // A bare timestamp: a comment when a name stands above it (in a live
        // blog, the line above is the end of the previous entry).
        let above = i.checked_sub(1)?;
        return is_name_line(&blocks[above].text).then_some(above);
    }
    // Name and timestamp on one line: only the name may stand before the date.
    let after = text[found.span.1..].trim();
    (name_words <= 4 && newsflow_text::word_count(after) <= 2).then_some(i)
}

/// "Sharon says", "Mukesh Saini says:", "jdoe wrote:"; not "What the expert
/// says" (a name does not open with a function word).
fn is_says_line(text: &str) -> bool {
    let line = text.trim_end_matches(':');
    let name = ["says", "wrote"].iter().find_map(|verb| {
        let cut = line.len().checked_sub(verb.len())?;
        line.get(cut..).filter(|end| end.eq_ignore_ascii_case(verb)).and_then(|_| line.get(..cut))
    });
    name.filter(|n| n.ends_with(' ')).and_then(|n| newsflow_text::words(n).next()).is_some_and(|first| !newsflow_text::is_stopword(&first.to_lowercase()))
}

/// A commenter's name: one to five words, not a sentence.
fn is_name_line(text: &str) -> bool {
    let text = text.trim();
    (1..=5).contains(&newsflow_text::word_count(text)) && !text.ends_with(['.', '!', '?', ':', ',', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{blocks, word_counts};

    const PROSE: &str = "The movie dispenses with some of the key parts of the book, and the debate about it has not stopped since.";

    #[test]
    fn says_headers() {
        let b = blocks(&[PROSE, PROSE, "Sharon says", PROSE, "Mukesh Saini says:", PROSE, "rruli kacabani says", PROSE]);
        assert_eq!(thread_start(&b, &word_counts(&b), 0), Some(2));
    }

    #[test]
    fn name_over_timestamp_headers() {
        let b = blocks(&[
            PROSE,
            "John Scalzi",
            "December 18, 2025, 9:46 pm",
            PROSE,
            "Emma",
            "December 18, 2025, 9:59 pm",
            PROSE,
            "Chris S",
            "December 18, 2025, 10:00 pm",
            PROSE,
        ]);
        assert_eq!(thread_start(&b, &word_counts(&b), 0), Some(1));
    }

    #[test]
    fn name_and_timestamp_on_one_line() {
        let b = blocks(&[PROSE, "Amy September 11, 2008 at 2:06 PM", PROSE, "Editor September 15, 2008 at 9:19 PM", PROSE, "James April 27, 2009 at 8:59 AM", PROSE]);
        assert_eq!(thread_start(&b, &word_counts(&b), 0), Some(1));
    }

    #[test]
    fn live_blog_timestamps_and_few_headers_are_not_a_thread() {
        let live = blocks(&[PROSE, "December 18, 2025, 9:46 pm", PROSE, "December 18, 2025, 9:59 pm", PROSE, "December 18, 2025, 10:00 pm", PROSE]);
        assert_eq!(thread_start(&live, &word_counts(&live), 0), None);
        let two = blocks(&[PROSE, "Sharon says", PROSE, "Amy says", PROSE]);
        assert_eq!(thread_start(&two, &word_counts(&two), 0), None);
        let byline = blocks(&["Jane Doe", "December 18, 2025, 9:46 pm", PROSE, "Sharon says", PROSE, "Amy says", PROSE]);
        assert_eq!(thread_start(&byline, &word_counts(&byline), 2), None, "headers above the article's start do not count");
    }

    #[test]
    fn sentences_are_not_headers() {
        for line in ["Here is what the minister says about the deal, and why it matters.", "What the expert says", "The report was published on December 18, 2025, 9:46 pm, after the vote."] {
            let b = blocks(&[PROSE, line, PROSE, line, PROSE, line, PROSE]);
            assert_eq!(thread_start(&b, &word_counts(&b), 0), None, "{line}");
        }
    }
}
