//! The items stages find in a document. Each carries the span of its words.

use std::ops::Range;

use attache_text::Span;

/// A token, following Universal Dependencies conventions (`do` + `n't`, `Lavrov` + `'s`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token's bytes in the input.
    pub span: Span,
    /// What sort of token it is.
    pub kind: TokenKind,
}

/// Coarse token classes, decided from the characters alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner marks (`Nagorno`, `U.S.`, `n't`).
    Word,
    /// Digits, possibly with separators (`1,000`, `19:32`, `20.11.2017`).
    Number,
    /// Punctuation, quotation marks included.
    Punctuation,
    /// Anything else: symbols, emoji, web addresses.
    Symbol,
}

/// A sentence: a run of tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From its first token to its last.
    pub span: Span,
    /// Its tokens, as indices into [`crate::Analysis::tokens`].
    pub tokens: Range<usize>,
    /// The paragraph it starts in, an index into [`crate::Document::paragraphs`].
    pub paragraph: usize,
}

/// The typographic style of a quotation's marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteMark {
    /// `"…"`
    StraightDouble,
    /// `'…'`
    StraightSingle,
    /// `“…”`
    CurlyDouble,
    /// `‘…’`
    CurlySingle,
    /// `«…»` (and `»…«`)
    Guillemets,
    /// `‹…›`
    SingleGuillemets,
    /// `„…“` and `„…”`
    LowDouble,
    /// `‚…‘`
    LowSingle,
}

/// Words inside quotation marks, possibly across paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The quoted words, marks excluded and white space trimmed.
    pub content: Span,
    /// The mark style.
    pub mark: QuoteMark,
    /// Whether a closing mark was found. An unclosed quotation stops at the end of its
    /// paragraph, with a diagnostic.
    pub closed: bool,
    /// How many paragraphs it runs over.
    pub paragraphs: usize,
    /// The quotation this one is nested in, as an index into the same list.
    pub parent: Option<usize>,
}

/// A stable identifier of an actor within one analysis.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorId(pub String);

/// What kind of actor something is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A person.
    Person,
    /// A state.
    State,
    /// An organisation, national or international.
    Organisation,
    /// A group: a party, an armed group, a crowd.
    Group,
}

/// How a mention was tied to its actor or place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Linked {
    /// A name of the knowledge base (a full name, a state's name or adjective, an
    /// organisation's name or acronym, a place's name).
    Name,
    /// A surname alone, of a person named in full, titled, or alone in office.
    Surname,
    /// A surname with a glued possessive `s` ("Lavrovs").
    Possessive,
    /// A name the knowledge base lacks, after a title ("Foreign Minister Ana Ruiz").
    Title,
    /// An office without a name, resolved to its holder on the article's date ("the
    /// President of the Russian Federation").
    Office,
    /// A bare title or a shorter name, resolved to an actor named before ("the
    /// foreign minister", "the Commission").
    Coreference,
    /// A name found by the named-entity tagger.
    Tagger,
    /// An organisation named by its kind ("Diplomatic Academy of Azerbaijan").
    Pattern,
    /// A group named by a common noun as an event's party ("Armenian protesters").
    Group,
}

impl Linked {
    /// The lower-case name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Linked::Name => "name",
            Linked::Surname => "surname",
            Linked::Possessive => "possessive",
            Linked::Title => "title",
            Linked::Office => "office",
            Linked::Coreference => "coreference",
            Linked::Tagger => "tagger",
            Linked::Pattern => "pattern",
            Linked::Group => "group",
        }
    }
}

/// One place in the text that names or refers to an actor or a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The words.
    pub span: Span,
    /// How the words were tied to what they name.
    pub how: Linked,
}

/// Someone who acts or is acted upon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Its identifier within the analysis.
    pub id: ActorId,
    /// Its canonical name.
    pub name: String,
    /// Person, state, organisation or group.
    pub kind: ActorKind,
    /// The ISO 3166-1 alpha-3 code of the state it acts for, or an IGO code.
    pub country: Option<String>,
    /// Its role as of the article's date ("foreign minister").
    pub role: Option<String>,
    /// Its CAMEO-style sector (`GOV`, `MIL`, `IGO`, `REB`…), where known.
    pub sector: Option<String>,
    /// Every place it is mentioned.
    pub mentions: Vec<Mention>,
}

/// A place named in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Its canonical name.
    pub name: String,
    /// The ISO 3166-1 alpha-3 code of its country.
    pub country: Option<String>,
    /// Every place it is mentioned.
    pub mentions: Vec<Mention>,
}

/// A statement attributed (or not yet attributed) to a speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The words said, marks excluded.
    pub span: Span,
    /// Inside quotation marks (true) or reported speech (false).
    pub direct: bool,
    /// The speaker, when known.
    pub speaker: Option<ActorId>,
    /// The words naming the speaker ("President Aliyev", "he"), when found.
    pub speaker_mention: Option<Span>,
    /// The attribution cue ("said"), when found.
    pub cue: Option<Span>,
}

/// Who did what to whom, when and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// PLOVER event type.
    pub plover: String,
    /// PLOVER mode (`visit`, `release`, `appeal`), where PLOVER defines one.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// Goldstein score of the CAMEO code.
    pub goldstein: f32,
    /// Who acts.
    pub source: Option<ActorId>,
    /// Whom it is done to.
    pub target: Option<ActorId>,
    /// When, as an ISO date of whatever precision is known.
    pub date: Option<String>,
    /// Where.
    pub place: Option<String>,
    /// An earlier or later event the article reports, not the one it covers.
    pub reported: bool,
    /// How sure the coder is, from 0 to 1.
    pub confidence: f32,
    /// The words that show it.
    pub evidence: Span,
    /// The words of the same event said again elsewhere in the document (merged).
    pub other_evidence: Vec<Span>,
}

/// A time expression and its TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Time {
    /// The words.
    pub span: Span,
    /// The TIMEX3 type.
    pub kind: TimeKind,
    /// The normalised value (`2017-11-19`, `P3D`, `PAST_REF`).
    pub value: String,
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeKind {
    /// A calendar date or period: `2017-11-19`, `2017-W46`, `PAST_REF`.
    Date,
    /// A time of day: `2017-11-19T19:32+04:00`, `2017-11-19TMO`.
    Time,
    /// A length of time: `P3D`.
    Duration,
    /// A recurrence: `P1Y` for "every year".
    Set,
}

impl TimeKind {
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "DATE",
            TimeKind::Time => "TIME",
            TimeKind::Duration => "DURATION",
            TimeKind::Set => "SET",
        }
    }
}

/// A number the article claims.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The value.
    pub value: f64,
    /// Its unit (`percent`, `USD`, `people`).
    pub unit: Option<String>,
    /// `increase` or `decrease`, when it describes a change.
    pub change: Option<String>,
    /// `more than`, `at least`, `about`, `up to`.
    pub qualifier: Option<String>,
    /// What it measures, as a noun phrase.
    pub what: Option<String>,
    /// The period it covers.
    pub period: Option<String>,
    /// The words that show it.
    pub evidence: Span,
}
