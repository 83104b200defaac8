//! The document and what the reader recovered of its layout.

use attache_text::Span;

use crate::Dated;

/// One article: its decoded text and the structure the reader found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// A caller-chosen identifier, usually the file stem.
    pub id: String,
    /// The whole decoded input. Every span of every stage indexes this string.
    pub text: String,
    /// Headline, dates, outlet and the other facts about the article.
    pub meta: Metadata,
    /// From the first byte of the first body paragraph to the last byte of the last.
    pub body: Span,
    /// The body paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's text, without surrounding blank lines.
    pub span: Span,
    /// The text extraction broke one paragraph in two here: this one goes on with the
    /// sentence the previous one left open ("the warmest" / "greetings").
    pub joins_previous: bool,
}

/// What the reader learned about the article apart from its body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    /// A publisher's banner line above everything else.
    pub banner: Option<Span>,
    /// The republisher's page title, markdown marks excluded.
    pub page_title: Option<Span>,
    /// The article's own headline.
    pub headline: Option<Span>,
    /// When the article was first published.
    pub published: Option<Dated>,
    /// When a republisher put it on its page.
    pub republished: Option<Dated>,
    /// The republisher's name, read from the banner.
    pub republished_by: Option<String>,
    /// The names in a `By …` line.
    pub byline: Option<Span>,
    /// An agency dateline at the head of the body, such as `MOSCOW, Nov 19 (Reuters) -`.
    pub dateline: Option<Dateline>,
    /// The original outlet, from a `Source:` line or an agency dateline.
    pub outlet: Option<Span>,
    /// A trailing `Source:` line, empty or not.
    pub source_line: Option<Span>,
    /// The language of the text, as an ISO 639-1 code.
    pub language: Option<&'static str>,
}

/// A dateline: the place the story was filed from, and perhaps a date and an agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub span: Span,
    /// The place name (`MOSCOW`).
    pub place: Span,
    /// The date it gives, if any.
    pub date: Option<Span>,
    /// The agency in brackets, if any.
    pub agency: Option<Span>,
}
