//! Diagnostics: odd text is reported, never an error.

use attache_text::Span;

/// How much a diagnostic matters to a reader of the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something worth knowing: a guess was made.
    Info,
    /// The input is damaged or ambiguous and the output may be less complete.
    Warning,
}

/// A remark about the input, attached to the words it is about where there are any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How much it matters.
    pub severity: Severity,
    /// A stable, machine-readable name such as `unclosed-quotation`.
    pub code: &'static str,
    /// One lower-case sentence for people.
    pub message: String,
    /// The words it is about, if any.
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A warning about `span`.
    pub fn warning(code: &'static str, message: impl Into<String>, span: Option<Span>) -> Self {
        Diagnostic { severity: Severity::Warning, code, message: message.into(), span }
    }

    /// An informational note about `span`.
    pub fn info(code: &'static str, message: impl Into<String>, span: Option<Span>) -> Self {
        Diagnostic { severity: Severity::Info, code, message: message.into(), span }
    }
}
