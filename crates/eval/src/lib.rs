//! How good is it? Scorers for the project's gold files (`GOLD-FORMAT.md`) and for
//! public benchmarks.
//!
//! [`score_document`] compares one output of the contract ([`attache_wire::Analysis`])
//! with one [`Gold`] file, area by area; [`Report`] adds documents up. The scoring
//! rules are those of the gold format: actors match by a surface form and the
//! country, quotes by their first and last words and then the speaker, events by
//! (source, target, PLOVER type), figures by value and unit, times by value and text.
//! [`sentences`] scores sentence boundaries on CoNLL-U running text.
//!
//! ```
//! let gold: attache_eval::Gold = serde_json::from_str(r#"{"id": "x", "quotes": [{"speaker": "A", "starts": "We agree", "direct": true}]}"#).unwrap();
//! let output: attache_wire::Analysis = serde_json::from_str(include_str!("../test_data/minimal_output.json")).unwrap();
//! let scores = attache_eval::score_document(&gold, &output);
//! assert_eq!(scores.quotes_direct.found, 1);
//! ```
#![deny(missing_docs)]

pub mod conll;
mod gold;
pub mod polnear;
mod score;
pub mod sentences;
pub mod timeml;

pub use gold::{Gold, GoldActor, GoldEvent, GoldFigure, GoldPlace, GoldQuote, GoldTime};
pub use score::{Counts, DocumentScores, EventCounts, QuoteCounts, Report, score_document};

/// Why a gold file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// It is not valid JSON of the gold format.
    #[error("{path}: line {line}, column {column}: {message}")]
    Format {
        /// The file.
        path: String,
        /// One-based line.
        line: usize,
        /// One-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Reads a gold file's text; `path` is only for messages.
pub fn parse_gold(path: &str, text: &str) -> Result<Gold> {
    serde_json::from_str(text).map_err(|e| Error::Format {
        path: path.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}
