//! Byte spans into the original input, and the character classes every stage shares.
//!
//! Every item attache extracts points at the words that show it. A [`Span`] is a pair of
//! byte offsets into the decoded input, and the one invariant of the whole project is
//! that `&input[span.byte_start..span.byte_end]` is the text printed beside it.
//!
//! ```
//! use attache_text::Span;
//! let input = "Lavrov arrived in Baku.";
//! let span = Span::new(18, 22);
//! assert_eq!(span.text(input), "Baku");
//! assert_eq!(Span::trimmed(input, Span::new(6, 18)).text(input), "arrived in");
//! ```
#![deny(missing_docs)]

mod chars;
mod span;

pub use chars::{
    is_closing_bracket, is_dash, is_opening_bracket, is_sentence_terminal, is_word_char, line_col,
    title_case,
};
pub use span::Span;
