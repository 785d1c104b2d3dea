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

/// The spans between typographic (“ ” « ») or straight (") double quotes.
/// An unclosed quote runs to the end of the text (multi-paragraph quotes).
pub fn quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '«' if open.is_none() => open = Some(i + c.len_utf8()),
            '”' | '»' => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_straight_and_unclosed() {
        let t = "He said “a b” and \"c\" then “d";
        let spans: Vec<&str> = quote_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(spans, vec!["a b", "c", "d"]);
        assert!(!quote_spans(t)[2].closed);
    }
}
