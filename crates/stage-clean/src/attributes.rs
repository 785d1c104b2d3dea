//! Pruning the attributes nobody reads from a page's tags before parsing.
//!
//! On the WCXB pages, once scripts and style sheets are emptied, about half of
//! the bytes left are tags and their attributes (`srcset`, `data-*`, link
//! targets, tracking ids), and the HTML tokenizer reads every attribute one
//! character at a time into a string of its own. The walk reads a dozen
//! attributes (class, id, role, hidden …, the metadata's name and content);
//! the rest are cut from each tag before parsing, which leaves the element
//! tree as it was: tag boundaries and names are untouched, and the tree
//! builder's decisions that depend on an attribute (`<input type=hidden>` in
//! a table, `<font color>` or `<annotation-xml encoding>` in SVG and MathML)
//! read attributes that are kept, and the formatting elements (`<b>`,
//! `<font>`, `<em>` …), whose attributes decide which of them the builder
//! reopens (at most three alike), keep all of theirs. Links are the exception
//! that matters (their `href`s and tracking attributes are the largest share
//! of what is left): a new `<a>` closes any open one first, so no two are
//! ever open at once and their attributes never take part in that rule. A tag this scan cannot read
//! exactly as the tokenizer would (an attribute name holding a quote or '=',
//! an unquoted value holding one) is left whole. A property test checks the
//! parser reads the same elements and text from the pruned page.

/// Attributes the walk and the metadata reader use, and those the tree
/// builder's rules depend on.
const READ: &[&str] = &[
    "class", "id", "hidden", "aria-hidden", "role", "style", "aria-controls", // the walk
    "property", "name", "itemprop", "content", "rel", "lang", "datetime", "type", // metadata
    "encoding", "color", "face", "size", // tree construction in SVG and MathML
];

/// The formatting elements of the HTML tree-construction rules whose
/// attributes take part in its "Noah's Ark" clause (three open elements
/// alike), which is all of them but `a`: a start tag `<a>` runs the adoption
/// agency on any `<a>` still open, so at most one is ever on the list.
const FORMATTING_ELEMENTS: [&str; 13] = ["b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

/// The attribute names kept in tags; `href` is kept on `<link>` (the
/// canonical address) and everywhere once a selector tests it.
#[derive(Debug, Clone)]
pub struct KeptAttributes {
    /// Lower case. (A list: a score of names, compared without case
    /// folding into a new string for each attribute of each tag.)
    names: Vec<String>,
}

impl Default for KeptAttributes {
    fn default() -> Self {
        KeptAttributes { names: READ.iter().map(|n| n.to_string()).collect() }
    }
}

impl KeptAttributes {
    /// The default names plus every attribute the selectors test
    /// (`a[href*="/newsletter"]`, `[data-ad]`): a user's drop rule sees the
    /// attributes it names.
    pub fn with_selectors<'s>(selectors: impl IntoIterator<Item = &'s str>) -> Self {
        let mut kept = KeptAttributes::default();
        for selector in selectors {
            for test in selector.split('[').skip(1) {
                let name: String = test
                    .trim_start()
                    .chars()
                    .take_while(|c| !matches!(c, '=' | ']' | '~' | '|' | '^' | '$' | '*' | '!') && !c.is_whitespace())
                    .collect();
                let name = name.to_ascii_lowercase();
                if !name.is_empty() && !kept.names.contains(&name) {
                    kept.names.push(name);
                }
            }
        }
        kept
    }

    fn keeps(&self, tag: &str, name: &str) -> bool {
        self.names.iter().any(|n| n.eq_ignore_ascii_case(name)) || name.eq_ignore_ascii_case("href") && tag.eq_ignore_ascii_case("link")
    }

    /// The attribute text of a start tag (after its name, before its '>')
    /// with only the kept attributes, or `None` when every attribute is kept
    /// or the text is not read exactly here (then the tag stays whole).
    pub(crate) fn pruned(&self, tag: &str, attributes: &str) -> Option<String> {
        // (Not a formatting element's: the tree builder keeps at most three
        // open ones of the same name and attributes, so cutting attributes
        // that told them apart would change which it reopens.)
        if FORMATTING_ELEMENTS.iter().any(|f| f.eq_ignore_ascii_case(tag)) {
            return None;
        }
        let spans = attribute_spans(attributes)?;
        let kept: Vec<&str> = spans.iter().filter(|s| self.keeps(tag, s.name)).map(|s| s.text).collect();
        if kept.len() == spans.len() {
            return None;
        }
        // "<br/>": the solidus before '>' marks the tag self-closing (unless
        // it ended an unquoted value, where the spans refused the tag).
        let self_closing = attributes.ends_with('/');
        let mut out = String::with_capacity(attributes.len());
        for text in kept {
            out.push(' ');
            out.push_str(text);
        }
        if self_closing {
            // After a space: right after a kept unquoted value it would
            // become part of that value ("<svg id=a/>").
            out.push_str(" /");
        }
        Some(out)
    }
}

/// One attribute: its name and its whole text (`name="value"`).
struct Span<'t> {
    name: &'t str,
    text: &'t str,
}

/// The attributes of a start tag as the tokenizer reads them; `None` where
/// its reading has turns this one does not follow.
fn attribute_spans(text: &str) -> Option<Vec<Span<'_>>> {
    let bytes = text.as_bytes();
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C');
    let odd = |b: u8| matches!(b, b'"' | b'\'' | b'<' | b'=' | b'`');
    let mut spans = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() && (space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        if i == bytes.len() {
            return Some(spans);
        }
        let start = i;
        while i < bytes.len() && !space(bytes[i]) && !matches!(bytes[i], b'/' | b'=') {
            if odd(bytes[i]) {
                return None;
            }
            i += 1;
        }
        let name_end = i;
        if name_end == start {
            return None;
        }
        let mut j = i;
        while j < bytes.len() && space(bytes[j]) {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'=' {
            j += 1;
            while j < bytes.len() && space(bytes[j]) {
                j += 1;
            }
            match bytes.get(j) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = memchr::memchr(quote, &bytes[j + 1..])?;
                    i = j + 1 + close + 1;
                }
                Some(_) => {
                    while j < bytes.len() && !space(bytes[j]) {
                        if odd(bytes[j]) {
                            return None;
                        }
                        j += 1;
                    }
                    // "<a href=x/>": the solidus belongs to the value.
                    if j == bytes.len() && bytes[j - 1] == b'/' {
                        return None;
                    }
                    i = j;
                }
                None => return None,
            }
        }
        spans.push(Span { name: &text[start..name_end], text: &text[start..i] });
    }
}

#[cfg(test)]
mod tests {
    use super::KeptAttributes;

    fn pruned(tag: &str, attributes: &str) -> Option<String> {
        KeptAttributes::default().pruned(tag, attributes)
    }

    #[test]
    fn unread_attributes_go_and_read_ones_stay_as_written() {
        assert_eq!(pruned("img", r#" src="a.jpg" srcset='a.jpg 1x, b.jpg 2x' CLASS=wide data-x alt="A > B""#).as_deref(), Some(" CLASS=wide"));
        assert_eq!(pruned("div", r#" data-href="/story" class="more""#).as_deref(), Some(r#" class="more""#));
        assert_eq!(pruned("b", r#" data-x="1" class="more""#), None, "a formatting element stays whole");
        assert_eq!(pruned("a", r#" href="/story" data-track=9 class="more""#).as_deref(), Some(r#" class="more""#), "but for links");
        assert_eq!(pruned("p", "").as_deref(), None);
        assert_eq!(pruned("div", r#" class="x" id = 'y' hidden"#), None, "all kept: the tag stays whole");
    }

    #[test]
    fn the_canonical_link_keeps_its_address() {
        assert_eq!(pruned("link", r#" rel="canonical" href="https://x.test/a" data-n=1"#).as_deref(), Some(r#" rel="canonical" href="https://x.test/a""#));
    }

    #[test]
    fn a_self_closing_tag_stays_self_closing() {
        assert_eq!(pruned("br", r#" data-x="1"/"#).as_deref(), Some(" /"));
        assert_eq!(pruned("path", r#" d="M0 0" class="c" /"#).as_deref(), Some(r#" class="c" /"#));
        assert_eq!(pruned("svg", " id=a data-x/").as_deref(), Some(" id=a /"), "not part of an unquoted value");
    }

    #[test]
    fn what_the_tokenizer_reads_its_own_way_is_left_whole() {
        for attributes in [r#" a"b=1 src=x"#, r#" src=a"b"#, r#" src=x/"#, " =x src=y", r#" src="unclosed"#] {
            assert_eq!(pruned("img", attributes), None, "{attributes}");
        }
    }

    #[test]
    fn a_selector_keeps_the_attributes_it_tests() {
        let kept = KeptAttributes::with_selectors([r#"a[href*="/newsletter"]"#, "div[ data-ad ]", "[data-role~=promo]"]);
        assert_eq!(kept.pruned("div", r#" href="/newsletter/x" data-ad=1 data-role="promo box" src=x"#).as_deref(), Some(r#" href="/newsletter/x" data-ad=1 data-role="promo box""#));
    }
}
