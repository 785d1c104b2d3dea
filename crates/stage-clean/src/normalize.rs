//! Line normalisation: mojibake repair, NFC, white space, paragraph split.
use encoding_rs::WINDOWS_1252;
use newsflow_core::Block;
use unicode_normalization::UnicodeNormalization;

/// Splits decoded text into one block per non-empty line (hard-wrapped
/// text: per paragraph, see [`crate::unwrap`]), numbered by the line a text
/// editor shows. Returns the blocks and how many lines had mojibake repaired.
pub fn text_blocks(text: &str, repair: bool) -> (Vec<Block>, usize) {
    // "\r\n" and a lone "\r" end one line each, as in an editor.
    let text: std::borrow::Cow<'_, str> = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n").into() } else { text.into() };
    let mut lines = Vec::new();
    let mut repaired = 0;
    for (index, raw) in text.split(['\n', '\u{2028}', '\u{2029}', '\u{0B}', '\u{0C}']).enumerate() {
        let (line, fixed) = normalize_line(raw, repair);
        repaired += usize::from(fixed);
        if !line.is_empty() {
            lines.push((index + 1, line));
        }
    }
    let blocks = crate::unwrap::unwrap_lines(lines).into_iter().map(|(number, line)| Block::paragraph(line, number)).collect();
    (blocks, repaired)
}

/// Normalises one line: mojibake repair (optional), NFC, Unicode spaces to
/// spaces, zero-width and control characters removed, runs of spaces collapsed,
/// trimmed. Returns the line and whether mojibake was repaired.
pub fn normalize_line(line: &str, repair: bool) -> (String, bool) {
    if !repair {
        return (normalize_spacing(line), false);
    }
    // The misread text may sit next to a genuine no-break space, which no
    // misreading explains: when the line as written does not repair, try it
    // with its spacing normalised.
    let first = match repair_mojibake(line) {
        Some(fixed) => fixed,
        None => {
            let normalized = normalize_spacing(line);
            match (normalized != line).then(|| repair_mojibake(&normalized)).flatten() {
                Some(fixed) => fixed,
                None => return (normalized, false),
            }
        }
    };
    let mut fixed = first;
    // Text misread twice ("Ã¢â‚¬â„¢") is repaired layer by layer, to the
    // point where nothing is left to repair: cleaning the output again
    // changes nothing.
    for _ in 0..MAX_LAYERS {
        match repair_mojibake(&normalize_spacing(&fixed)) {
            Some(again) => fixed = again,
            None => break,
        }
    }
    (normalize_spacing(&fixed), true)
}

/// Layers of misreading undone at most (beyond the first).
const MAX_LAYERS: usize = 3;

/// NFC, one space for any run of spacing characters, no zero-width or
/// control characters, no leading or trailing space.
fn normalize_spacing(line: &str) -> String {
    // Most lines are already NFC (always so for ASCII): skip the composition.
    // Most ASCII lines need no change at all.
    if line.is_ascii() {
        if is_tidy_ascii(line) {
            return line.to_string();
        }
        collapse_spacing(line.bytes().map(char::from), line.len())
    } else if unicode_normalization::is_nfc_quick(line.chars()) == unicode_normalization::IsNormalized::Yes {
        collapse_spacing(line.chars(), line.len())
    } else {
        collapse_spacing(line.nfc(), line.len())
    }
}

/// An ASCII line that [`collapse_spacing`] would return unchanged: printable
/// characters only, single spaces, none at either end.
fn is_tidy_ascii(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.first().is_none_or(|&b| b != b' ') && bytes.last().is_none_or(|&b| b != b' ') && bytes.iter().all(|&b| (0x20..0x7F).contains(&b)) && !bytes.windows(2).any(|w| w == b"  ")
}

/// One space for any run of spacing characters, no zero-width or control
/// characters, no leading or trailing space.
fn collapse_spacing(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut space = false;
    for c in chars {
        let c = match c {
            '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => continue,
            c if c.is_control() => ' ',
            c => c,
        };
        if c == ' ' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Repairs UTF-8 text that was decoded as Windows-1252 ("â€™" → "’"), only
/// when the line carries a mojibake marker and re-encoding gives valid UTF-8:
/// that combination practically never occurs in genuine text.
pub fn repair_mojibake(line: &str) -> Option<String> {
    if !has_mojibake_marker(line) {
        return None;
    }
    // Back to the bytes the text was misread from: Windows-1252 for its
    // special characters (’ → 0x92), Latin-1 for the rest, including the C1
    // controls a Latin-1 misreading leaves ("â\u{80}\u{99}").
    let mut bytes = Vec::with_capacity(line.len());
    for c in line.chars() {
        if (c as u32) <= 0xFF {
            bytes.push(c as u32 as u8);
        } else {
            let mut buffer = [0u8; 4];
            let (encoded, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buffer));
            if unmappable || encoded.len() != 1 {
                return None;
            }
            bytes.push(encoded[0]);
        }
    }
    // A "repair" that yields C1 control characters ("Â’" → U+0092) read
    // text that was never UTF-8: not unambiguous, so left as written.
    match std::str::from_utf8(&bytes) {
        Ok(fixed) if fixed != line && !fixed.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) => Some(fixed.to_string()),
        _ => None,
    }
}

/// A lead byte of a 2–4 byte UTF-8 sequence seen as Windows-1252, followed by
/// a character that a continuation byte becomes in Windows-1252.
fn has_mojibake_marker(line: &str) -> bool {
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if ('\u{00C2}'..='\u{00F4}').contains(&c) {
            if let Some(&next) = chars.peek() {
                if is_continuation_lookalike(next) {
                    return true;
                }
            }
        }
    }
    false
}

fn is_continuation_lookalike(c: char) -> bool {
    matches!(c,
        '\u{0080}'..='\u{00BF}' | '\u{20AC}' | '\u{201A}' | '\u{0192}' | '\u{201E}' | '\u{2026}' | '\u{2020}'
        | '\u{2021}' | '\u{02C6}' | '\u{2030}' | '\u{0160}' | '\u{2039}' | '\u{0152}' | '\u{017D}' | '\u{2018}'
        | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{2022}' | '\u{2013}' | '\u{2014}' | '\u{02DC}' | '\u{2122}'
        | '\u{0161}' | '\u{203A}' | '\u{0153}' | '\u{017E}' | '\u{0178}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tidy_line_shortcut_agrees_with_collapsing() {
        for line in ["Plain line.", " lead", "trail ", "two  spaces", "tab\there", "bell\u{7}", "del\u{7f}x", "", " ", "a", "no-break\u{a0}space", "é  x"] {
            assert_eq!(normalize_spacing(line), collapse_spacing(line.chars(), line.len()), "{line:?}");
        }
        assert_eq!(normalize_spacing("  a \t b  "), "a b");
    }

    #[test]
    fn repairs_latin1_misreadings_with_c1_controls() {
        assert_eq!(repair_mojibake("A DIY Investor\u{e2}\u{80}\u{99}s Guide").as_deref(), Some("A DIY Investor’s Guide"));
    }

    #[test]
    fn repairs_common_mojibake_only() {
        assert_eq!(normalize_line("Baku\u{e2}\u{20ac}\u{2122}s \u{e2}\u{20ac}\u{153}cause\u{e2}\u{20ac}\u{9d}", true).0, "Baku’s “cause”");
        assert_eq!(normalize_line("CafÃ©", true).0, "Café");
        // Genuine Latin-1 text is left alone.
        assert_eq!(normalize_line("Â« déjà vu »", true).0, "Â« déjà vu »");
        assert_eq!(normalize_line("São Paulo", true).0, "São Paulo");
        // A "repair" to a C1 control is no repair.
        assert_eq!(normalize_line("Â’", true).0, "Â’");
    }

    #[test]
    fn text_misread_twice_is_repaired_to_the_end() {
        assert_eq!(normalize_line("It\u{c3}\u{a2}\u{e2}\u{201a}\u{ac}\u{e2}\u{201e}\u{a2}s", true).0, "It’s");
        assert_eq!(normalize_line("CafÃ©\u{a0}", true).0, "Café", "next to a genuine no-break space");
    }

    #[test]
    fn spaces_controls_and_nfc() {
        assert_eq!(normalize_line(" a\u{a0}\u{a0}b\u{200b}c\td\u{7} ", true).0, "a bc d");
        assert_eq!(normalize_line("e\u{301}", true).0, "é");
    }

    #[test]
    fn blocks_keep_line_positions() {
        let (blocks, _) = text_blocks("a\r\n\r\nb\n\n\nc", true);
        let pos: Vec<_> = blocks.iter().map(|b| (b.text.as_str(), b.position)).collect();
        assert_eq!(pos, vec![("a", 1), ("b", 3), ("c", 6)]);
    }
}
