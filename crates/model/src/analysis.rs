//! The whole result for one document.

use crate::{
    Actor, Diagnostic, Document, Event, Figure, Place, Quotation, Quote, Sentence, Time, Token,
};

/// Everything the pipeline found in one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The document, with its text and layout.
    pub document: Document,
    /// Tokens of the body, in order.
    pub tokens: Vec<Token>,
    /// Sentences of the body, in order.
    pub sentences: Vec<Sentence>,
    /// Quotation-mark spans, outer ones before the ones nested in them.
    pub quotations: Vec<Quotation>,
    /// Actors, each with all its mentions.
    pub actors: Vec<Actor>,
    /// Places, each with all its mentions.
    pub places: Vec<Place>,
    /// Direct and reported statements.
    pub quotes: Vec<Quote>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Time expressions.
    pub times: Vec<Time>,
    /// Claimed figures.
    pub figures: Vec<Figure>,
    /// Remarks about odd input, in order of appearance.
    pub diagnostics: Vec<Diagnostic>,
}
