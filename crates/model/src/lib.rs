//! The document model: what every stage reads and writes.
//!
//! A [`Document`] owns the decoded input text; every later item ([`Sentence`],
//! [`Token`], [`Quotation`], [`Quote`], …) carries a [`Span`] into that same text. The
//! stages exchange these types and nothing else, so that a stage can be replaced
//! without touching its neighbours. [`Analysis`] is the whole result for one document.
//!
//! ```
//! use attache_model::{Document, Metadata, Paragraph};
//! use attache_text::Span;
//! let text = "Talks resumed.".to_string();
//! let doc = Document {
//!     id: "example".into(),
//!     meta: Metadata::default(),
//!     body: Span::new(0, text.len()),
//!     paragraphs: vec![Paragraph { span: Span::new(0, text.len()), joins_previous: false }],
//!     text,
//! };
//! assert_eq!(doc.paragraphs[0].span.text(&doc.text), "Talks resumed.");
//! ```
#![deny(missing_docs)]

mod analysis;
mod diagnostic;
mod document;
mod items;
mod moment;

pub use analysis::Analysis;
pub use diagnostic::{Diagnostic, Severity};
pub use document::{Dateline, Document, Metadata, Paragraph};
pub use items::{
    Actor, ActorId, ActorKind, Event, Figure, Linked, Mention, Place, Quotation, Quote, QuoteMark,
    Sentence, Time, TimeKind, Token, TokenKind,
};
pub use moment::{Dated, Moment};

pub use attache_text::Span;
