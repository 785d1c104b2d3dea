//! Bytes → text, for any encoding, never panicking.
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use newsflow_core::DecodeInfo;
use thiserror::Error;

/// Why bytes could not be turned into text.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    /// Zero bytes.
    #[error("empty input (0 bytes)")]
    Empty,
    /// A known binary format.
    #[error("binary file ({0}), not an article")]
    KnownBinary(&'static str),
    /// NUL or control bytes that no text encoding explains.
    #[error("binary content: {0} of the first {1} bytes are NUL or control bytes")]
    Binary(usize, usize),
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7FELF", "ELF executable"),
    (b"%PDF-", "PDF document"),
    (b"\x1F\x8B", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xFD7zXZ\0", "xz archive"),
    (b"RIFF", "RIFF media"),
    (b"\0asm", "WebAssembly module"),
    (b"MZ", "Windows executable"),
];

/// Decodes raw bytes: BOM first, then valid UTF-8, then UTF-16 without BOM
/// (recognised by its NUL pattern), then the legacy encoding `chardetng` guesses.
/// Invalid sequences become U+FFFD and are counted.
pub fn decode(bytes: &[u8]) -> Result<(String, DecodeInfo), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with(encoding, &bytes[bom_len..], true));
    }
    if let Some((_, name)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        // "MZ"/"BZh"/"RIFF" are plausible text openings: insist on binary bytes too.
        if !name.contains("executable") && !name.contains("bzip2") && !name.contains("RIFF") || control_bytes(bytes).0 > 0 {
            return Err(DecodeError::KnownBinary(name));
        }
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(with(encoding, bytes, false));
    }
    let (controls, sampled) = control_bytes(bytes);
    if controls * 20 > sampled.max(1) || bytes[..sampled].contains(&0) && controls * 100 > sampled {
        return Err(DecodeError::Binary(controls, sampled));
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(with(UTF_8, bytes, false));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    Ok(with(guess, bytes, false))
}

fn with(encoding: &'static Encoding, bytes: &[u8], bom: bool) -> (String, DecodeInfo) {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    // Only a decoding error puts U+FFFD in (a U+FFFD the source spelled out
    // is text, not a replacement); searched as its three UTF-8 bytes.
    let replacements = if had_errors { memchr::memmem::find_iter(text.as_bytes(), "\u{FFFD}".as_bytes()).count() } else { 0 };
    let info = DecodeInfo { encoding: encoding.name().to_string(), bom, replacements, mojibake_repaired: 0 };
    (text.into_owned(), info)
}

/// Counts NUL and C0 control bytes (other than tab, CR, LF, FF, ESC) in the first 8 KiB.
fn control_bytes(bytes: &[u8]) -> (usize, usize) {
    let sample = &bytes[..bytes.len().min(8192)];
    let n = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)).count();
    (n, sample.len())
}

/// UTF-16 text without BOM has a NUL in (almost) every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(8192) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let rarely = |n: usize| n * 10 <= pairs;
    if mostly(odd_nul) && rarely(even_nul) {
        Some(UTF_16LE)
    } else if mostly(even_nul) && rarely(odd_nul) {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, DecodeInfo) {
        decode(bytes).unwrap_or_else(|e| (format!("ERR {e}"), DecodeInfo::default()))
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text("é".as_bytes()).0, "é");
        let (t, info) = text(b"\xEF\xBB\xBFhi");
        assert_eq!((t.as_str(), info.bom), ("hi", true));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "Baku news".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "Baku news".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(text(&le).0, "Baku news");
        assert_eq!(text(&be).0, "Baku news");
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(&le);
        assert_eq!(text(&bom).0, "Baku news");
    }

    #[test]
    fn windows_1252_is_detected() {
        let (t, info) = text(b"Caf\xE9 \x93quoted\x94 and na\xEFve r\xE9sum\xE9 of the d\xE9j\xE0 vu");
        assert!(t.contains("Café") && t.contains('“'), "{t} {}", info.encoding);
    }

    #[test]
    fn binaries_are_named() {
        assert_eq!(decode(b"\x7FELF\x02\x01\x01\0\0\0"), Err(DecodeError::KnownBinary("ELF executable")));
        assert!(matches!(decode(&[0u8, 1, 2, 3, 4, 5, 6, 7, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 3, 4]), Err(DecodeError::Binary(..))));
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        // Words that happen to start like a magic number are still text.
        assert_eq!(text(b"MZ Ministry said on Monday").0, "MZ Ministry said on Monday");
    }

    #[test]
    fn invalid_sequences_are_counted() {
        let (_, info) = text(b"ok \xFF\xFE\xFD text that is otherwise plain ascii and long enough");
        assert_eq!(info.replacements + usize::from(info.encoding != "UTF-8"), info.replacements.max(1));
    }
}
