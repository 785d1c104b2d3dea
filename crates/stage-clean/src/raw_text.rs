//! Emptying the scripts and style sheets of a page before it is parsed, and
//! cutting the attributes nobody reads from its tags (see [`crate::attributes`]).
//!
//! A news page carries on average as many bytes of inline JavaScript and CSS
//! as of markup and text (on the WCXB pages, about 40 % of all bytes), and the
//! HTML tokenizer reads that script and style text one character at a time
//! (its fast path is for ordinary text). None of it is ever article text, so
//! its content is cut out before parsing: `<script …>…</script>` becomes
//! `<script …></script>`, with the tags and their attributes kept. JSON-LD
//! scripts keep their content (the page metadata is read from them).
//!
//! The scan follows the tokenizer where it matters for finding the real
//! element boundaries: tags are read with their quoted attribute values (a
//! `<script>` inside an attribute is no tag), comments and the content of
//! raw-text and RCDATA elements (`<title>`, `<textarea>`, `<xmp>`, …) are
//! copied as they are. The line breaks in the text between tags become
//! spaces (see [`push_with_line_breaks_as_spaces`]). Where the page does something this scan does not
//! follow (a script that opens an HTML comment inside it, whose end the
//! tokenizer finds by rules of its own), the rest of the page is copied
//! unchanged: the parser then sees exactly what the page holds.

use crate::attributes::KeptAttributes;
use std::borrow::Cow;

/// Elements whose content the tokenizer reads as text up to their end tag.
/// (`noscript` too: the parser runs as a browser with scripting on.)
const RAW_TEXT_ELEMENTS: &[&str] = &["title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// The page with the content of its scripts (but JSON-LD) and style sheets
/// removed, its tags without the attributes `kept` does not name and the
/// line breaks of its text as spaces; the page itself when there is nothing
/// to change.
pub(crate) fn prepared_for_parsing<'p>(page: &'p str, kept: &KeptAttributes) -> Cow<'p, str> {
    let bytes = page.as_bytes();
    let mut out = String::new();
    // (Room for the whole page at the first copy: what is cut is a small
    // share, and growing by doubling copied the page over and over.)
    let copy = |out: &mut String, text: &str| {
        if out.capacity() == 0 {
            out.reserve(page.len());
        }
        out.push_str(text);
    };
    // `page[copied..]` is what is still to be copied into `out`.
    let mut copied = 0;
    let mut at = 0;
    let mut after_pre = false;
    while let Some(found) = memchr_lt(bytes, at) {
        // The text before this '<' (read in the data state) with its line
        // breaks as spaces; not right after "<pre>" or "<listing>", whose
        // first line break the tree builder drops (a space there is text).
        if !std::mem::take(&mut after_pre) && memchr::memchr2(b'\n', b'\r', &bytes[at..found]).is_some() {
            copy(&mut out, &page[copied..at]);
            push_with_line_breaks_as_spaces(&mut out, &page[at..found]);
            copied = found;
        }
        at = found;
        let rest = &bytes[at + 1..];
        if rest.starts_with(b"!--") {
            // A comment ends at "-->" ("<!-->" and "<!--->" end at once).
            let body = at + 4;
            let end = if bytes[body..].starts_with(b">") {
                Some(body + 1)
            } else if bytes[body..].starts_with(b"->") {
                Some(body + 2)
            } else {
                find(bytes, body, b"-->").map(|e| e + 3)
            };
            match end {
                Some(end) => at = end,
                None => break,
            }
            continue;
        }
        if rest.starts_with(b"!") || rest.starts_with(b"?") {
            // A doctype, CDATA or processing instruction: up to its '>'.
            match find(bytes, at, b">") {
                Some(end) => at = end + 1,
                None => break,
            }
            continue;
        }
        let closing = rest.starts_with(b"/");
        let name_from = at + 1 + usize::from(closing);
        // A tag's name runs to white space, '/' or '>' (not only letters: "<script_x>" is no script).
        let name_len = bytes[name_from..].iter().take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | b'/' | b'>')).count();
        if !bytes.get(name_from).is_some_and(u8::is_ascii_alphabetic) {
            if closing {
                // "</" before anything but a letter opens a bogus comment
                // that runs to the next '>' ("</<p a='>'>" is no <p>).
                match find(bytes, name_from, b">") {
                    Some(end) => at = end + 1,
                    None => break,
                }
                continue;
            }
            at += 1;
            continue;
        }
        let name = &page[name_from..name_from + name_len];
        let Some(tag_end) = tag_end(bytes, name_from + name_len) else { break };
        at = tag_end;
        if closing {
            continue;
        }
        let tag = &page[name_from + name_len..tag_end - 1];
        if let Some(pruned) = kept.pruned(name, tag) {
            copy(&mut out, &page[copied..name_from + name_len]);
            out.push_str(&pruned);
            out.push('>');
            copied = tag_end;
        }
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        after_pre = is("pre") || is("listing");
        if is("plaintext") {
            // Everything after it is text.
            break;
        }
        let raw = RAW_TEXT_ELEMENTS.iter().any(|n| is(n));
        let script = is("script");
        if !(raw || script || is("style")) {
            continue;
        }
        if tag.trim_end().ends_with('/') && !raw {
            // "<script/>" closes itself in SVG and not in HTML: which one
            // this is, the scan does not follow.
            break;
        }
        let Some(content_end) = end_tag(bytes, at, name) else { break };
        if script && page[at..content_end].contains("<!--") {
            // The tokenizer's escaped script states: not followed here.
            break;
        }
        let keep = raw || script && is_json_ld(tag);
        if !keep && content_end > at {
            copy(&mut out, &page[copied..at]);
            copied = content_end;
        }
        at = content_end;
    }
    if copied == 0 {
        return Cow::Borrowed(page);
    }
    out.push_str(&page[copied..]);
    Cow::Owned(out)
}

/// `text` with each line break ("\n", "\r\n" or "\r", one character once
/// the tokenizer has read it) as one space. The tokenizer reads a run of
/// text in one step, but a line break that opens a run in a step of its
/// own: the white space between tags cost a token and a text append per
/// line of the page's source. Every reader of the page's text treats a line
/// break as a space, and the text lengths it measures do not change.
fn push_with_line_breaks_as_spaces(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[from..]) {
        let at = from + found;
        out.push_str(&text[from..at]);
        out.push(' ');
        from = at + if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { 2 } else { 1 };
    }
    out.push_str(&text[from..]);
}

/// The next '<' at or after `from`.
fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(b'<', bytes.get(from..)?).map(|p| from + p)
}

/// The first `needle` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|p| from + p)
}

/// The byte after the '>' that ends a tag whose attributes start at `from`,
/// read as the tokenizer reads attributes: a '>' inside a quoted value does
/// not end it, and a '=' opening an attribute's name starts no value
/// ("<a ='x>'" ends at the first '>').
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum At {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        UnquotedValue,
    }
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C');
    let mut state = At::BeforeName;
    let mut i = from;
    loop {
        let byte = *bytes.get(i)?;
        if byte == b'>' {
            return Some(i + 1);
        }
        state = match state {
            At::BeforeName if space(byte) || byte == b'/' => At::BeforeName,
            At::BeforeName => At::Name,
            At::Name | At::AfterName if byte == b'=' => At::BeforeValue,
            At::Name | At::AfterName if byte == b'/' => At::BeforeName,
            At::Name | At::AfterName if space(byte) => At::AfterName,
            At::Name | At::AfterName => At::Name,
            At::BeforeValue if space(byte) => At::BeforeValue,
            At::BeforeValue if matches!(byte, b'"' | b'\'') => {
                i += 1 + memchr::memchr(byte, bytes.get(i + 1..)?)?;
                // After the closing quote, as before a name.
                At::BeforeName
            }
            At::BeforeValue => At::UnquotedValue,
            At::UnquotedValue if space(byte) => At::BeforeName,
            At::UnquotedValue => At::UnquotedValue,
        };
        i += 1;
    }
}

/// Where the end tag `</name` of a raw-text element opened before `from`
/// starts (the tag name followed by white space, '/' or '>').
fn end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    loop {
        let found = find(bytes, at, b"</")?;
        let after = found + 2;
        let candidate = bytes.get(after..after + name.len())?;
        let ends_name = bytes.get(after + name.len()).is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | b'/' | b'>'));
        if candidate.eq_ignore_ascii_case(name.as_bytes()) && ends_name {
            return Some(found);
        }
        at = after;
    }
}

/// Whether a script tag's attributes may declare JSON-LD: any JSON type
/// is kept, however its attribute is written ("application/ld&#x2B;json").
fn is_json_ld(attributes: &str) -> bool {
    attributes.to_ascii_lowercase().contains("json")
}

#[cfg(test)]
mod tests {
    use crate::attributes::KeptAttributes;

    fn blank(page: &str) -> std::borrow::Cow<'_, str> {
        super::prepared_for_parsing(page, &KeptAttributes::default())
    }

    #[test]
    fn scripts_and_styles_lose_their_content_but_not_their_tags() {
        let page = "<head><style>p { color: red }</style><script src=a.js></script><script>var x = '<p>';</script></head><body><p>Text</p><SCRIPT type=\"text/javascript\">if (a < b) {}</SCRIPT ></body>";
        assert_eq!(blank(page), "<head><style></style><script></script><script></script></head><body><p>Text</p><SCRIPT type=\"text/javascript\"></SCRIPT ></body>");
    }

    #[test]
    fn json_ld_keeps_its_content() {
        let page = r#"<script type="application/ld+json">{"headline":"A"}</script><script>x()</script>"#;
        assert_eq!(blank(page), r#"<script type="application/ld+json">{"headline":"A"}</script><script></script>"#);
        let encoded = r#"<script type="application/ld&#x2B;json">{"headline":"A"}</script>"#;
        assert_eq!(blank(encoded), encoded);
    }

    #[test]
    fn a_script_tag_in_text_only_elements_attributes_and_comments_is_no_script() {
        for page in [
            "<title>Why <script> tags block</title><p>Body</p>",
            "<textarea><style>x</textarea><p>Body</p>",
            "<div content=\"<script>\">Body</div><p>More</p>",
            "<!-- <script> --><p>Body</p>",
            "<p>a < b and <3</p>",
            "<script_x>not a script</script_x><p>Body</p>",
            "<noscript><style>x</style></noscript><p>Body</p>",
        ] {
            assert_eq!(blank(page), page, "{page}");
        }
    }

    #[test]
    fn what_the_scan_does_not_follow_is_left_to_the_parser() {
        // An escaped script: its end is found by the tokenizer's own rules.
        let escaped = "<script><!-- document.write('<script></script>'); --></script><style>p{}</style><p>Body</p>";
        assert_eq!(blank(escaped), escaped);
        // An unclosed script or tag: the rest is copied as it is.
        assert_eq!(blank("<p>A</p><script>never closed"), "<p>A</p><script>never closed");
        assert_eq!(blank("<style>a{}</style><p class=\"x"), "<style></style><p class=\"x");
    }

    #[test]
    fn odd_tags_end_where_the_tokenizer_ends_them() {
        // "</" before a non-letter: a bogus comment to the first '>', so
        // "'>" is text and the attribute after it is no tag's.
        assert_eq!(blank("</<p data-x='>'>"), "</<p data-x='>'>");
        // A '=' opening an attribute's name starts no quoted value: the
        // tag ends at the first '>' and the next tag is pruned.
        assert_eq!(blank("<div ='x>'<p data-x=1>A"), "<div ='x>'<p>A");
        // A quote opening a value after '=' does hide a '>'.
        assert_eq!(blank("<div class='x>' data-x=1><p data-x=1>A"), "<div class='x>'><p>A");
    }

    #[test]
    fn line_breaks_between_tags_become_spaces_but_after_pre() {
        assert_eq!(blank("<p>One\r\ntwo\rthree\nfour</p>\n  <p>x</p>"), "<p>One two three four</p>   <p>x</p>");
        assert_eq!(blank("<pre>\ncode\n</pre>\n"), "<pre>\ncode\n</pre>\n", "the text right after <pre> stays as it is, and so does the text after the last tag");
        assert_eq!(blank("<title>A\nB</title><!-- c\n -->\n"), "<title>A\nB</title><!-- c\n -->\n", "not in raw text and comments");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Cutting attributes and turning line breaks into spaces leaves the
        /// page's text and its elements as the parser reads them: the same
        /// tree of elements and text (a line break read as a space).
        #[test]
        fn pruned_pages_parse_to_the_same_elements_and_text(page in "(<(p|div|a|img|span|br|svg|path|input|table|td|font|b)( [a-zA-Z-]{1,6}( ?= ?(\"[^\"<]{0,8}\"|'[^'<]{0,8}'|[a-z0-9/]{1,6}))?){0,3} ?/?>|</(p|div|a|span|svg|table|b)>|[a-zA-Z .é<>='\"/\r\n]{0,10}|<(pre|listing)>\r?\n?){0,30}") {
            let pruned = blank(&page);
            let read = |html: &str| {
                let doc = scraper::Html::parse_document(html);
                // Each element and text in document order, with its depth.
                let node = |n: ego_tree::NodeRef<'_, scraper::Node>| match n.value() {
                    scraper::Node::Element(e) => Some(format!("<{}>", e.name())),
                    // (Line breaks read as spaces: the text as every reader sees it.)
                    scraper::Node::Text(t) => Some(t.replace('\n', " ")),
                    _ => None,
                };
                doc.tree.nodes().filter_map(|n| Some((n.ancestors().count(), node(n)?))).collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(read(&page), read(&pruned));
        }
    }

    #[test]
    fn a_self_closing_script_is_left_to_the_parser() {
        // In SVG it has no content; in HTML its content runs to "</script>".
        let page = "<style>a{}</style><svg><script type=\"a\"/></svg><p>Body</p><script>x()</script>";
        assert_eq!(blank(page), "<style></style><svg><script type=\"a\"/></svg><p>Body</p><script>x()</script>");
    }
}
