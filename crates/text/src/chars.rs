//! Character classes and small string helpers.

/// Letters, digits and the marks that join them inside a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}')
}

/// Marks that can end a sentence.
#[inline]
pub fn is_sentence_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？')
}

/// Opening brackets.
#[inline]
pub fn is_opening_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '⟨')
}

/// Closing brackets.
#[inline]
pub fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '⟩')
}

/// Hyphens and dashes.
#[inline]
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// One-based line and column (in characters) of a byte offset, for messages.
pub fn line_col(input: &str, byte_offset: usize) -> (usize, usize) {
    let mut offset = byte_offset.min(input.len());
    while !input.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &input[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Title case for names written in capitals: `CENTER FOR EURASIAN STUDIES` becomes
/// `Center for Eurasian Studies`. Short function words stay lower case unless first.
pub fn title_case(text: &str) -> String {
    const SMALL: &[&str] =
        &["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "de"];
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        if i > 0 && SMALL.contains(&lower.as_str()) {
            out.push_str(&lower);
            continue;
        }
        let mut upper_next = true;
        for c in lower.chars() {
            if upper_next && c.is_alphabetic() {
                out.extend(c.to_uppercase());
                upper_next = false;
            } else {
                out.push(c);
                if matches!(c, '-' | '\'' | '’' | '(' | '/') {
                    upper_next = true;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_casing() {
        assert_eq!(title_case("CENTER FOR EURASIAN STUDIES"), "Center for Eurasian Studies");
        assert_eq!(title_case("NAGORNO-KARABAKH"), "Nagorno-Karabakh");
        assert_eq!(title_case("THE HAGUE"), "The Hague");
    }

    #[test]
    fn line_and_column() {
        let s = "ab\ncdé\nf";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 4), (2, 2));
        assert_eq!(line_col(s, 8), (3, 1));
        assert_eq!(line_col(s, 9), (3, 2));
        assert_eq!(line_col(s, 100), (3, 2));
    }
}
