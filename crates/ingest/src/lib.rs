//! What are the documents in these bytes?
//!
//! [`decode`] turns raw bytes into UTF-8 text (lossily, with a diagnostic naming each
//! damaged byte) and refuses input that is empty or binary. [`read_plain_text`] recovers
//! the layout of an article as it comes out of a web page or a PDF: banner, page
//! title, headline, dates, byline, agency dateline, body paragraphs (re-joining a
//! paragraph that extraction broke in two) and a trailing `Source:` line.
//!
//! Nothing here touches the file system or the clock: callers hand in bytes.
//!
//! ```
//! let text = "Talks in Geneva\n\nMarch 3, 2021\n\nThe two delegations met on Tuesday.\n";
//! let (doc, _diagnostics) = attache_ingest::read_plain_text("example", text.to_string());
//! assert_eq!(doc.meta.headline.unwrap().text(&doc.text), "Talks in Geneva");
//! assert_eq!(doc.meta.published.unwrap().moment.to_string(), "2021-03-03");
//! assert_eq!(doc.paragraphs.len(), 1);
//! ```
#![deny(missing_docs)]

mod date;
mod decode;
mod plain;

pub use date::parse_moment;
pub use decode::decode;
pub use plain::read_plain_text;

/// Why some bytes could not be read as an article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// There is nothing in it, or only white space.
    #[error("the input is empty")]
    Empty,
    /// It holds bytes that never occur in text.
    #[error("the input looks binary (byte {offset} is {byte:#04x}), not an article")]
    Binary {
        /// Where the first such byte is.
        offset: usize,
        /// Its value.
        byte: u8,
    },
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
