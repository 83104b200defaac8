//! What do the sentences of an article say? Time expressions, figures and quotes now;
//! events as their issue lands.
//!
//! [`TimeRecognizer`] finds TIMEX3 time expressions (dates, times, durations, sets)
//! and normalises them against the publication date-time:
//!
//! ```
//! use attache_extract::TimeRecognizer;
//! use attache_model::Moment;
//! use attache_segment::EnglishSegmenter;
//!
//! let text = "The ministers met on Nov.1 and will meet again tomorrow.";
//! let segmented = EnglishSegmenter::new().segment_text(text);
//! let anchor = Moment::date(jiff::civil::date(2017, 11, 19));
//! let times = TimeRecognizer::new().recognize_tokens(text, &segmented.tokens, Some(anchor));
//! let found: Vec<(&str, &str)> = times.iter().map(|t| (t.span.text(text), t.value.as_str())).collect();
//! assert_eq!(found, [("Nov.1", "2017-11-01"), ("tomorrow", "2017-11-20")]);
//! ```
#![deny(missing_docs)]

mod calendar;
mod figure;
mod number;
mod quote;
mod time;

mod event;

pub use event::{Coded, EventCoder, EventInput, LexiconError};
pub use figure::FigureRecognizer;
pub use quote::QuoteExtractor;
pub use time::{TimeRecognizer, moment_value, time_of_date_line};
