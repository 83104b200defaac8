//! Bytes to text.

use attache_model::Diagnostic;
use attache_text::Span;

use crate::{Error, Result};

/// How many damaged sequences get a diagnostic each before the rest are counted.
const MAX_REPORTED: usize = 10;

/// Decodes `bytes` as UTF-8 (or UTF-16 with a byte-order mark).
///
/// Invalid UTF-8 is replaced by U+FFFD and reported with its byte offset in the input;
/// offsets in the output index the decoded text. Empty input and input that looks
/// binary (a NUL byte, or mostly control characters) are errors.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<Diagnostic>)> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty);
    }
    if let Some(text) = decode_utf16(bytes) {
        return Ok((text, Vec::new()));
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::Binary { offset, byte: 0 });
    }
    let head = &bytes[..bytes.len().min(4096)];
    let controls: Vec<usize> = head
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .map(|(i, _)| i)
        .collect();
    if controls.len() * 10 > head.len() {
        let offset = controls[0];
        return Err(Error::Binary { offset, byte: bytes[offset] });
    }

    let mut diagnostics = Vec::new();
    let mut text = String::with_capacity(bytes.len());
    let mut offset = 0;
    let mut damaged = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        offset += chunk.valid().len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            damaged += 1;
            if damaged <= MAX_REPORTED {
                let at = text.len();
                diagnostics.push(Diagnostic::warning(
                    "invalid-utf8",
                    format!(
                        "invalid UTF-8 at byte {offset} ({} byte{}), replaced with U+FFFD",
                        invalid.len(),
                        if invalid.len() == 1 { "" } else { "s" }
                    ),
                    Some(Span::new(at, at + '\u{FFFD}'.len_utf8())),
                ));
            }
            text.push('\u{FFFD}');
            offset += invalid.len();
        }
    }
    if damaged > MAX_REPORTED {
        diagnostics.push(Diagnostic::warning(
            "invalid-utf8",
            format!("{} more invalid UTF-8 sequences replaced", damaged - MAX_REPORTED),
            None,
        ));
    }
    Ok((text, diagnostics))
}

fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xff, 0xfe, ..] => true,
        [0xfe, 0xff, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|pair| {
        if little {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    Some(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_passes_through() {
        let (text, diagnostics) = decode("Bakı, 19 Nov".as_bytes()).unwrap();
        assert_eq!(text, "Bakı, 19 Nov");
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn invalid_utf8_is_replaced_and_located() {
        let (text, diagnostics) = decode(b"Lavrov \xff said").unwrap();
        assert_eq!(text, "Lavrov \u{FFFD} said");
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("byte 7"), "{}", diagnostics[0].message);
        let span = diagnostics[0].span.unwrap();
        assert_eq!(span.text(&text), "\u{FFFD}");
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b""), Err(Error::Empty));
        assert_eq!(decode(b" \n\t "), Err(Error::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(Error::Binary { offset: 4, byte: 0 }));
        let controls: Vec<u8> = (0..100).map(|i| if i % 3 == 0 { 1 } else { b'a' }).collect();
        assert!(matches!(decode(&controls), Err(Error::Binary { offset: 0, byte: 1 })));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend("Baku".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes).unwrap().0, "Baku");
    }
}
