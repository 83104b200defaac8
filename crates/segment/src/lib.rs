//! Where do sentences, tokens and quotations begin and end?
//!
//! [`EnglishSegmenter`] cuts the body of a [`Document`] into tokens that follow
//! Universal Dependencies conventions (`do` + `n't`, `Lavrov` + `'s`, `Nov.` + `1`),
//! sentences (abbreviations, initials, decimals, ellipses and closing quotation marks
//! handled), and quotation spans in every usual typographic style, including
//! quotations that run over several paragraphs. Every piece is a span of the input.
//!
//! ```
//! use attache_segment::EnglishSegmenter;
//! let text = "Mr. Lavrov arrived on Nov.1 in the U.S. capital. \"We don't agree,\" he said.";
//! let segmented = EnglishSegmenter::new().segment_text(text);
//! let sentences: Vec<&str> = segmented.sentences.iter().map(|s| s.span.text(text)).collect();
//! assert_eq!(sentences, ["Mr. Lavrov arrived on Nov.1 in the U.S. capital.", "\"We don't agree,\" he said."]);
//! let quote = &segmented.quotations[0];
//! assert_eq!(quote.content.text(text), "We don't agree,");
//! ```
#![deny(missing_docs)]

mod abbreviations;
mod quotation;
mod sentence;
mod token;

use attache_model::{Diagnostic, Document, Paragraph, Quotation, Sentence, Token};
use attache_text::Span;

pub use quotation::find_quotations;
pub use sentence::split_sentences;
pub use token::tokenize;

/// Tokens, sentences and quotations of one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// Sentences in order; each holds a range of `tokens`.
    pub sentences: Vec<Sentence>,
    /// Quotations in order of their opening mark.
    pub quotations: Vec<Quotation>,
}

/// The segmenter for English news text.
#[derive(Clone, Debug, Default)]
pub struct EnglishSegmenter {
    _private: (),
}

impl EnglishSegmenter {
    /// A segmenter with the built-in abbreviation lists.
    pub fn new() -> EnglishSegmenter {
        EnglishSegmenter { _private: () }
    }

    /// Segments the body paragraphs of `document`.
    pub fn segment(&self, document: &Document) -> (Segmentation, Vec<Diagnostic>) {
        segment_paragraphs(&document.text, &document.paragraphs)
    }

    /// Segments `text` as one paragraph (running text with no layout).
    pub fn segment_text(&self, text: &str) -> Segmentation {
        let span = Span::trimmed(text, Span::new(0, text.len()));
        if span.is_empty() {
            return Segmentation::default();
        }
        segment_paragraphs(text, &[Paragraph { span, joins_previous: false }]).0
    }
}

fn segment_paragraphs(text: &str, paragraphs: &[Paragraph]) -> (Segmentation, Vec<Diagnostic>) {
    let mut tokens = Vec::new();
    let mut paragraph_tokens = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let start = tokens.len();
        tokenize(text, paragraph.span, &mut tokens);
        paragraph_tokens.push(start..tokens.len());
    }
    let sentences: Vec<Sentence> = split_sentences(text, &tokens, paragraphs, &paragraph_tokens);
    let (quotations, diagnostics) = find_quotations(text, paragraphs);
    (Segmentation { tokens, sentences, quotations }, diagnostics)
}
