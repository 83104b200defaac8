//! Errors that name the file and line.

/// A file of the knowledge base that cannot be read, with where.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A record or header that breaks the format.
    #[error("{source_name}:{line}: {message}")]
    Format {
        /// The file (or built-in source) name.
        source_name: String,
        /// The 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file cannot be read.
    #[error("{path}: cannot read")]
    Io {
        /// The file.
        path: String,
        /// Why.
        #[source]
        error: std::io::Error,
    },
}

impl Error {
    pub(crate) fn at(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error::Format { source_name: source.to_string(), line, message: message.into() }
    }
}
