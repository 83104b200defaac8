//! Tokens, following the conventions of Universal Dependencies English (EWT):
//! clitics split (`do` `n't`, `Lavrov` `'s`, `ca` `n't`, `can` `not`), punctuation
//! split, hyphenated compounds split except after common prefixes (`co-chair`,
//! `e-mail`), numbers, web addresses and abbreviations kept whole.

use attache_model::{Token, TokenKind};
use attache_text::{Span, is_dash};

use crate::abbreviations::{is_abbreviation, is_initialism};

/// Prefixes after which UD English keeps a hyphenated word whole.
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "co", "counter", "cross", "e", "ex", "inter", "intra", "micro", "mid", "multi", "neo",
    "non", "over", "post", "pre", "pro", "psycho", "re", "semi", "socio", "sub", "un", "vice",
];

/// Appends the tokens of `span` (a paragraph, say) to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = span.text(text).as_bytes();
    let mut chunk_start = None;
    let mut i = 0;
    while i < bytes.len() {
        let at = span.byte_start + i;
        // ASCII is decided on the byte; other characters are decoded.
        let (space, len) = if bytes[i] < 0x80 {
            (matches!(bytes[i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let c = text[at..].chars().next().expect("inside the span");
            // (a soft hyphen that opens a word, "US \u{ad}forces", is invisible: the
            // word starts after it)
            let invisible =
                c == '\u{feff}' || c == '\u{200b}' || (c == '\u{ad}' && chunk_start.is_none());
            (c.is_whitespace() || invisible, c.len_utf8())
        };
        if space {
            if let Some(start) = chunk_start.take() {
                tokenize_chunk(text, start, at, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(at);
        }
        i += len;
    }
    if let Some(start) = chunk_start {
        tokenize_chunk(text, start, span.byte_end, out);
    }
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    if start < end {
        out.push(Token { span: Span::new(start, end), kind: kind_of(&text[start..end]) });
    }
}

/// The kind of a token from its characters (web addresses are marked where found).
fn kind_of(token: &str) -> TokenKind {
    let first = token.chars().next().unwrap_or(' ');
    if first.is_alphabetic() || token.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if first.is_numeric() {
        TokenKind::Number
    } else if token.chars().all(is_punctuation) {
        TokenKind::Punctuation
    } else {
        TokenKind::Symbol
    }
}

/// Punctuation in the Unicode sense, approximately: ASCII punctuation other than the
/// symbols, plus quotation marks, dashes and ellipses.
pub(crate) fn is_punctuation(c: char) -> bool {
    (c.is_ascii_punctuation() && !"$+<=>^|~#%&*@\\".contains(c))
        || is_dash(c)
        || matches!(
            c,
            '“' | '”'
                | '‘'
                | '’'
                | '„'
                | '‚'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '…'
                | '¿'
                | '¡'
                | '·'
                | '•'
                | '″'
                | '′'
        )
}

fn is_web_address(chunk: &str) -> bool {
    // Most chunks are plain words: rule them out without searching for substrings.
    if !chunk.bytes().any(|b| matches!(b, b':' | b'@' | b'.')) {
        return false;
    }
    let chunk = chunk.trim_start_matches(|c: char| "<([{\"'“‘«".contains(c));
    chunk.contains("://")
        || chunk.starts_with("www.")
        || chunk.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty()
                && host.contains('.')
                && user.chars().all(|c| c.is_alphanumeric() || "._-+".contains(c))
        })
}

/// Characters that may join two alphanumeric runs inside one token.
fn is_connector(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | ',' | ':' | '/' | '&' | '_' | '-' | '‐' | '‑')
}

/// Splits one whitespace-free chunk.
fn tokenize_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    // Fast path for the usual chunk: ASCII letters, perhaps with one mark after them.
    let bytes = chunk.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == bytes.len() {
        if matches!(letters, 5 | 6) {
            split_clitics(text, start, end, out);
        } else {
            out.push(Token { span: Span::new(start, end), kind: TokenKind::Word });
        }
        return;
    }
    if letters > 0 && letters + 1 == bytes.len() {
        let word_end = start + letters;
        match bytes[letters] {
            b',' | b';' | b':' | b'!' | b'?' | b')' => {
                push_letters(text, start, word_end, out);
                out.push(Token { span: Span::new(word_end, end), kind: TokenKind::Punctuation });
                return;
            }
            b'.' => {
                if is_abbreviation(&chunk[..letters]) {
                    out.push(Token { span: Span::new(start, end), kind: TokenKind::Word });
                } else {
                    split_clitics(text, start, word_end, out);
                    out.push(Token {
                        span: Span::new(word_end, end),
                        kind: TokenKind::Punctuation,
                    });
                }
                return;
            }
            _ => {}
        }
    }
    if is_web_address(chunk) {
        let core_end = chunk.trim_end_matches(|c: char| ".,;:!?)]}\"'”’»".contains(c)).len();
        let core_start =
            chunk.len() - chunk.trim_start_matches(|c: char| "([{\"'“‘«<".contains(c)).len();
        if core_start < core_end {
            for (i, _) in chunk[..core_start].char_indices() {
                let c_len = chunk[i..].chars().next().map_or(1, char::len_utf8);
                push(out, text, start + i, start + i + c_len);
            }
            out.push(Token {
                span: Span::new(start + core_start, start + core_end),
                kind: TokenKind::Symbol,
            });
            split_trailing_punctuation(text, start + core_end, end, out);
            return;
        }
    }

    let bytes_of = |i: usize| chunk[i..].chars().next();
    let mut i = 0;
    while i < chunk.len() {
        let c = bytes_of(i).expect("inside the chunk");
        if c.is_alphanumeric() {
            let run_end = alphanumeric_run_end(chunk, i);
            split_word_run(text, start + i, start + run_end, end, out);
            i = run_end;
            // A period taken into an abbreviation was consumed by `split_word_run`.
            if let Some(last) = out.last()
                && last.span.byte_end > start + i
            {
                i = last.span.byte_end - start;
            }
            continue;
        }
        // Punctuation and symbols: runs of one repeated mark stay together
        // (`...`, `--`, `?!`, `!!!`); a currency sign before a number stands alone.
        let mut j = i + c.len_utf8();
        // (and two backticks, an opening quotation mark in the archives)
        if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_' | '`') {
            while let Some(next) = bytes_of(j)
                && (next == c || (matches!(c, '!' | '?') && matches!(next, '!' | '?')))
            {
                j += next.len_utf8();
            }
        }
        // A clitic glued to a closing quotation mark or bracket: `Minsk'`s is rare;
        // nothing to do. An apostrophe opening a decade keeps its digits: `'90s`.
        if matches!(c, '\'' | '’')
            && let Some(next) = bytes_of(j)
            && next.is_ascii_digit()
            && !chunk[..i].chars().next_back().is_some_and(char::is_alphanumeric)
        {
            let run_end = alphanumeric_run_end(chunk, j);
            push(out, text, start + i, start + run_end);
            i = run_end;
            continue;
        }
        push(out, text, start + i, start + j);
        i = j;
    }
}

/// A word of ASCII letters: one token, unless it is `cannot`, `gonna` and the like.
fn push_letters(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if matches!(end - start, 5 | 6) {
        split_clitics(text, start, end, out);
    } else {
        out.push(Token { span: Span::new(start, end), kind: TokenKind::Word });
    }
}

/// The end of a run of alphanumerics joined by connectors, starting at `from`.
fn alphanumeric_run_end(chunk: &str, from: usize) -> usize {
    let mut end = from;
    let mut chars = chunk[from..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}') {
            end = from + offset + c.len_utf8();
        } else if is_connector(c) && chars.peek().is_some_and(|&(_, next)| next.is_alphanumeric()) {
            continue;
        } else {
            break;
        }
    }
    end
}

/// Splits an alphanumeric run `[start, end)` (connectors inside) into tokens. The
/// chunk ends at `chunk_end`; a period right after the run is taken when the run is
/// an abbreviation.
fn split_word_run(text: &str, start: usize, end: usize, chunk_end: usize, out: &mut Vec<Token>) {
    let run = &text[start..end];
    let next_is_period =
        text[end..chunk_end].starts_with('.') && !text[end..chunk_end].starts_with("..");
    let takes_period =
        next_is_period && is_abbreviation(run) && !run.chars().all(|c| c.is_ascii_digit());
    // Split at inner periods, commas and colons that do not join digits, and at inner
    // periods that glue an abbreviation to the next word (`Nov.1`, `Mr.Lavrov`) or join
    // two sentences with no space (`talks.The`).
    let mut pieces_start = start;
    let mut previous: Option<(usize, char)> = None;
    let mut chars = run.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = start + offset;
        let next = chars.peek().map(|&(_, n)| n);
        if let (Some((_, before)), Some(after)) = (previous, next) {
            let digits_around = before.is_ascii_digit() && after.is_ascii_digit();
            let split_here = match c {
                ',' | ':' => !digits_around,
                '.' => {
                    let left = &text[pieces_start..at];
                    let glued_abbreviation = is_abbreviation(left)
                        && !is_initialism(left)
                        && (after.is_ascii_digit() || after.is_uppercase());
                    let glued_sentence = left.chars().count() >= 2
                        && left.chars().any(char::is_lowercase)
                        && after.is_uppercase()
                        && run[offset + 1..].chars().nth(1).is_some_and(char::is_lowercase);
                    if glued_abbreviation {
                        push(out, text, pieces_start, at + 1);
                        pieces_start = at + 1;
                        previous = Some((at, c));
                        continue;
                    }
                    glued_sentence
                }
                _ => false,
            };
            if split_here {
                split_piece(text, pieces_start, at, out);
                push(out, text, at, at + c.len_utf8());
                pieces_start = at + c.len_utf8();
            }
        }
        previous = Some((at, c));
    }
    let piece_end = if takes_period { end + 1 } else { end };
    if takes_period && pieces_start == start {
        push(out, text, start, piece_end);
    } else {
        split_piece(text, pieces_start, end, out);
        if takes_period {
            // `U.S.` after a split piece: keep the period on the last token.
            if let Some(last) = out.last_mut()
                && last.span.byte_end == end
                && is_abbreviation(&text[last.span.byte_start..end])
            {
                last.span.byte_end = end + 1;
            } else {
                push(out, text, end, end + 1);
            }
        }
    }
}

/// Splits hyphens and clitics inside a piece with no other splitting points.
fn split_piece(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let piece = &text[start..end];
    // Hyphens between letters split, except after a prefix or a single letter.
    let mut part_start = start;
    let mut previous_char: Option<char> = None;
    let mut chars = piece.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = start + offset;
        if is_dash(c)
            && let (Some(before), Some(&(_, after))) = (previous_char, chars.peek())
        {
            let left = &text[part_start..at];
            let numeric = before.is_ascii_digit() && after.is_ascii_digit();
            let keep = numeric
                || left.chars().count() == 1
                || HYPHEN_PREFIXES.contains(&left.to_lowercase().as_str())
                || (before.is_ascii_digit() != after.is_ascii_digit()
                    && !left.chars().all(char::is_alphabetic));
            if !keep && (before.is_alphanumeric() && after.is_alphanumeric()) {
                split_clitics(text, part_start, at, out);
                push(out, text, at, at + c.len_utf8());
                part_start = at + c.len_utf8();
            }
        }
        previous_char = Some(c);
    }
    split_clitics(text, part_start, end, out);
}

/// Clitics at the end of a word: `n't`, `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m`; and
/// `cannot`, `gonna`, `wanna`, `gotta`.
fn split_clitics(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let word = &text[start..end];
    if let Some(split) = clitic_start(word) {
        push(out, text, start, start + split);
        push(out, text, start + split, end);
    } else {
        push(out, text, start, end);
    }
}

/// Where a clitic starts in `word`, in bytes; checked without allocating, since it
/// runs on every word.
fn clitic_start(word: &str) -> Option<usize> {
    if matches!(word.len(), 5 | 6) {
        for whole in ["cannot", "gonna", "wanna", "gotta"] {
            if word.eq_ignore_ascii_case(whole) {
                return Some(3);
            }
        }
    }
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return None;
    }
    let apostrophe_at = word.rfind(['\'', '’'])?;
    let apostrophe_len = word[apostrophe_at..].chars().next().map_or(1, char::len_utf8);
    let after = &word[apostrophe_at + apostrophe_len..];
    if after.eq_ignore_ascii_case("t")
        && apostrophe_at >= 2
        && word[..apostrophe_at].ends_with(['n', 'N'])
    {
        return Some(apostrophe_at - 1);
    }
    let clitic = ["s", "re", "ve", "ll", "d", "m"].iter().any(|c| after.eq_ignore_ascii_case(c));
    (clitic && apostrophe_at > 0).then_some(apostrophe_at)
}

/// Trailing punctuation after a web address, one mark a token (runs of periods kept).
fn split_trailing_punctuation(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let mut i = start;
    while i < end {
        let c = text[i..].chars().next().expect("inside the span");
        let mut j = i + c.len_utf8();
        if c == '.' {
            while text[j..end].starts_with('.') {
                j += 1;
            }
        }
        push(out, text, i, j);
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expect: &[&str]) {
        let mut tokens = Vec::new();
        tokenize(input, Span::new(0, input.len()), &mut tokens);
        let got: Vec<&str> = tokens.iter().map(|t| t.span.text(input)).collect();
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn a_soft_hyphen_opening_a_word_is_invisible() {
        check("to US \u{ad}forces", &["to", "US", "forces"]);
    }

    #[test]
    fn two_backticks_are_one_opening_mark() {
        check("``We agree,'' he said.", &["``", "We", "agree", ",", "'", "'", "he", "said", "."]);
    }

    #[test]
    fn clitics() {
        check("don't", &["do", "n't"]);
        check("can't won't", &["ca", "n't", "wo", "n't"]);
        check("Lavrov's visit", &["Lavrov", "'s", "visit"]);
        check("Lavrov’s visit", &["Lavrov", "’s", "visit"]);
        check(
            "we're I'm they've she'll he'd",
            &["we", "'re", "I", "'m", "they", "'ve", "she", "'ll", "he", "'d"],
        );
        check("cannot", &["can", "not"]);
        check("ministers' meeting", &["ministers", "'", "meeting"]);
    }

    #[test]
    fn abbreviations_and_numbers() {
        check("Mr. Lavrov", &["Mr.", "Lavrov"]);
        check("the U.S. and the U.K.", &["the", "U.S.", "and", "the", "U.K."]);
        check("on Nov.1, 2017", &["on", "Nov.", "1", ",", "2017"]);
        check("No. 5", &["No.", "5"]);
        check("3.5 percent of $1,000.50", &["3.5", "percent", "of", "$", "1,000.50"]);
        check("at 19:32 on 20.11.2017", &["at", "19:32", "on", "20.11.2017"]);
        check("J. R. R. Tolkien", &["J.", "R.", "R.", "Tolkien"]);
        check("the end.", &["the", "end", "."]);
        check("the talks.The next", &["the", "talks", ".", "The", "next"]);
    }

    #[test]
    fn punctuation() {
        check("\"We agree,\" he said.", &["\"", "We", "agree", ",", "\"", "he", "said", "."]);
        check("(UTC+04:00)", &["(", "UTC", "+", "04:00", ")"]);
        check("wait... what?!", &["wait", "...", "what", "?!"]);
        check("«Да»", &["«", "Да", "»"]);
        check("Baku,Moscow", &["Baku", ",", "Moscow"]);
        check("recently , on", &["recently", ",", "on"]);
    }

    #[test]
    fn hyphens() {
        check("Nagorno-Karabakh", &["Nagorno", "-", "Karabakh"]);
        check("co-chairmen e-mail non-aligned", &["co-chairmen", "e-mail", "non-aligned"]);
        check("Armenian-Azerbaijani", &["Armenian", "-", "Azerbaijani"]);
        check("2019-2021 713-853", &["2019-2021", "713-853"]);
        check("a -- b", &["a", "--", "b"]);
    }

    #[test]
    fn web_addresses() {
        check("see https://example.org/a-b.html.", &["see", "https://example.org/a-b.html", "."]);
        check("mail press@mfa.gov.az,", &["mail", "press@mfa.gov.az", ","]);
        check("the '90s", &["the", "'90s"]);
    }
}
