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
mod boundary;
mod quotation;
mod sentence;
mod token;

use std::sync::{Arc, LazyLock};

use attache_model::{Diagnostic, Document, Paragraph, Quotation, Sentence, Token};
use attache_text::Span;

pub use boundary::{BoundaryModel, ModelError};
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

/// The shipped sentence-boundary model, trained on UD English EWT train by
/// `attache train sentences` (see BENCHMARKS.md for the command).
static SHIPPED_MODEL: LazyLock<Arc<BoundaryModel>> = LazyLock::new(|| {
    Arc::new(
        BoundaryModel::from_bytes(include_bytes!("../data/sentence-boundaries.bin"))
            .expect("the shipped sentence-boundary model is well-formed"),
    )
});

/// The segmenter for English news text.
#[derive(Clone, Debug)]
pub struct EnglishSegmenter {
    model: Option<Arc<BoundaryModel>>,
}

impl Default for EnglishSegmenter {
    fn default() -> Self {
        EnglishSegmenter::new()
    }
}

impl EnglishSegmenter {
    /// A segmenter with the built-in abbreviation lists and the shipped
    /// sentence-boundary model.
    pub fn new() -> EnglishSegmenter {
        EnglishSegmenter { model: Some(Arc::clone(&SHIPPED_MODEL)) }
    }

    /// A segmenter that splits sentences by the rules alone.
    pub fn rules_only() -> EnglishSegmenter {
        EnglishSegmenter { model: None }
    }

    /// A segmenter using `model` to check and complete the rules.
    pub fn with_model(model: Arc<BoundaryModel>) -> EnglishSegmenter {
        EnglishSegmenter { model: Some(model) }
    }

    /// Segments the body paragraphs of `document`.
    pub fn segment(&self, document: &Document) -> (Segmentation, Vec<Diagnostic>) {
        segment_paragraphs(&document.text, &document.paragraphs, self.model.as_deref())
    }

    /// The byte offsets where the sentences of `text` (one paragraph) end.
    pub fn sentence_ends(&self, text: &str) -> std::collections::BTreeSet<usize> {
        self.segment_text(text).sentences.iter().map(|s| s.span.byte_end).collect()
    }

    /// Segments each of `spans` of `text` as a paragraph of its own: a headline, a
    /// page title.
    pub fn segment_spans(&self, text: &str, spans: &[Span]) -> Segmentation {
        let paragraphs: Vec<Paragraph> =
            spans.iter().map(|&span| Paragraph { span, joins_previous: false }).collect();
        segment_paragraphs(text, &paragraphs, self.model.as_deref()).0
    }

    /// Segments `text` as one paragraph (running text with no layout).
    pub fn segment_text(&self, text: &str) -> Segmentation {
        let span = Span::trimmed(text, Span::new(0, text.len()));
        if span.is_empty() {
            return Segmentation::default();
        }
        segment_paragraphs(
            text,
            &[Paragraph { span, joins_previous: false }],
            self.model.as_deref(),
        )
        .0
    }
}

fn segment_paragraphs(
    text: &str,
    paragraphs: &[Paragraph],
    model: Option<&BoundaryModel>,
) -> (Segmentation, Vec<Diagnostic>) {
    let mut tokens = Vec::new();
    let mut paragraph_tokens = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let start = tokens.len();
        tokenize(text, paragraph.span, &mut tokens);
        paragraph_tokens.push(start..tokens.len());
    }
    let sentences: Vec<Sentence> =
        split_sentences(text, &tokens, paragraphs, &paragraph_tokens, model);
    let (quotations, diagnostics) = find_quotations(text, paragraphs);
    (Segmentation { tokens, sentences, quotations }, diagnostics)
}
