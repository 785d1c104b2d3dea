//! Quotation spans: where quoted words are in a paragraph.

/// A quoted span: byte offsets of the words inside the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// First byte inside the opening mark.
    pub start: usize,
    /// Byte of the closing mark (or the end of the text when unclosed).
    pub end: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// The spans between typographic (“ ” « ») or straight (") double quotes,
/// or, in a paragraph with none (British style), between single curly
/// quotes (‘ ’). An unclosed quote runs to the end of the text
/// (multi-paragraph quotes).
pub fn quote_spans(text: &str) -> Vec<QuoteSpan> {
    if !text.contains(['“', '”', '«', '»', '"']) {
        if text.contains('‘') {
            return single_quote_spans(text);
        }
        if text.contains('\'') {
            return straight_single_quote_spans(text);
        }
    }
    double_quote_spans(text)
}

/// Spans between straight single quotes, in a paragraph with no other marks
/// ("'It's a disgrace,' said Mark Evans."). The mark is far more often an
/// apostrophe (it's, the members' vote, rock 'n' roll, the '90s), so a span
/// opens only before a letter, where no letter or digit stands before the
/// mark, and closes only after the punctuation that ends quoted words (",'"
/// ".'" "?'" "!'") before a space or the end; an unclosed one is no quote.
fn straight_single_quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices('\'') {
        let before = text[..i].chars().next_back();
        let after = text[i + 1..].chars().next();
        // (Another opening mark while one is open: the first was a word in
        // scare quotes closed without punctuation, "a 'Global Security
        // Center' that flags 'issues that …,'"; the span starts again.)
        match open {
            _ if !before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphabetic) => open = Some(i + 1),
            Some(start) if before.is_some_and(|c| matches!(c, ',' | '.' | '?' | '!')) && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()) => {
                out.push(QuoteSpan { start, end: i, closed: true });
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn double_quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '“' | '«' if open.is_none() => open = Some(i + c.len_utf8()),
            '”' | '»' => {
                if let Some(start) = open.take() {
                    out.push(QuoteSpan { start, end: i, closed: true });
                }
            }
            // Two single marks for a closing double one ("…,'' he said"),
            // as some wires print it.
            '\'' | '’' if open.is_some() && chars.peek().is_some_and(|&(_, next)| next == c) => {
                chars.next();
                if let Some(start) = open.take() {
                    out.push(QuoteSpan { start, end: i, closed: true });
                }
            }
            '"' => match open.take() {
                Some(start) => out.push(QuoteSpan { start, end: i, closed: true }),
                None => open = Some(i + 1),
            },
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push(QuoteSpan { start, end: text.len(), closed: false });
    }
    out
}

/// Spans between ‘ and ’. The closing mark doubles as the apostrophe, so a
/// ’ closes only where an apostrophe cannot be: not inside a word (I’ll),
/// and not after an -s before a lower-case word (the members’ vote).
fn single_quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(k + 1).map(|&(_, a)| a);
        match c {
            '‘' if open.is_none() && !before.is_some_and(char::is_alphanumeric) => open = Some(i + c.len_utf8()),
            '’' if open.is_some() => {
                let in_word = after.is_some_and(char::is_alphanumeric);
                let possessive = before == Some('s') && after == Some(' ') && chars.get(k + 2).is_some_and(|&(_, n)| n.is_lowercase());
                if !in_word && !possessive {
                    if let Some(start) = open.take() {
                        out.push(QuoteSpan { start, end: i, closed: true });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push(QuoteSpan { start, end: text.len(), closed: false });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_straight_and_unclosed() {
        let t = "He said “a b” and \"c\" then “d";
        let spans: Vec<&str> = quote_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(spans, vec!["a b", "c", "d"]);
        assert!(!quote_spans(t)[2].closed);
        let wire = "\"We need to accept this decision,'' he said. But Obama said \"no.\" “Rock ’n’ roll,’’ she said.";
        let spans: Vec<&str> = quote_spans(wire).iter().map(|s| &wire[s.start..s.end]).collect();
        assert_eq!(spans, vec!["We need to accept this decision,", "no.", "Rock ’n’ roll,"], "two single marks close a double quote");
    }

    #[test]
    fn straight_single_quotes_only_around_whole_words_ended_by_punctuation() {
        let t = "'It's a disgrace,' said Mark Evans, whose sons' school closed in the '90s. 'Nobody listens to us.' He named a 'Security Center' that flags 'issues that may affect us.'";
        let spans: Vec<&str> = quote_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(spans, vec!["It's a disgrace,", "Nobody listens to us.", "issues that may affect us."]);
        for text in ["The band played rock 'n' roll all night.", "The members' vote is in, and the workers' union agreed.", "It's the 'best' deal, she said."] {
            assert!(quote_spans(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn british_single_quotes_and_apostrophes() {
        let t = "‘I’ll believe it when the members’ vote is in,’ she said. ‘Not before.’ It was ‘dangerous’.";
        let spans: Vec<&str> = quote_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(spans, vec!["I’ll believe it when the members’ vote is in,", "Not before.", "dangerous"]);
        let nested = "“He called it ‘a farce’,” she said.";
        let spans: Vec<&str> = quote_spans(nested).iter().map(|s| &nested[s.start..s.end]).collect();
        assert_eq!(spans, vec!["He called it ‘a farce’,"], "inside double quotes, single ones are nested");
    }
}
