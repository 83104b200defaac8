//! The gold format of `GOLD-FORMAT.md`.

use serde::Deserialize;

/// What a careful analyst extracts from one article.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Gold {
    /// The article's id (its file stem).
    pub id: String,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// The article's own headline.
    pub headline: Option<String>,
    /// The republisher, if any.
    pub republished_by: Option<String>,
    /// Every actor that acts or is quoted.
    pub actors: Vec<GoldActor>,
    /// Places named.
    pub places: Vec<GoldPlace>,
    /// Direct and reported statements.
    pub quotes: Vec<GoldQuote>,
    /// Events, core and optional.
    pub events: Vec<GoldEvent>,
    /// Figures.
    pub figures: Vec<GoldFigure>,
    /// Time expressions.
    pub times: Vec<GoldTime>,
}

/// A gold actor.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldActor {
    /// Canonical name.
    pub name: String,
    /// `person`, `state`, `organisation` or `group`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Country or IGO code.
    pub country: Option<String>,
    /// Role.
    pub role: Option<String>,
    /// Every way the text names it.
    pub surface: Vec<String>,
}

/// A gold place.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldPlace {
    /// Name.
    pub name: String,
    /// Country code.
    pub country: Option<String>,
}

/// A gold quote.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldQuote {
    /// The speaker's actor name.
    pub speaker: Option<String>,
    /// The first words.
    pub starts: String,
    /// The last words, if given.
    pub ends: Option<String>,
    /// Inside quotation marks or reported.
    pub direct: bool,
}

/// A gold event.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldEvent {
    /// Source country or IGO code.
    pub source: Option<String>,
    /// Target country or IGO code.
    pub target: Option<String>,
    /// PLOVER type.
    pub plover: String,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Normalised date.
    pub date: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// Reported rather than covered.
    pub reported: bool,
    /// Must be found.
    pub core: bool,
    /// The words that show it.
    pub evidence: Option<String>,
}

/// A gold figure.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldFigure {
    /// What it measures.
    pub what: Option<String>,
    /// The number.
    pub value: f64,
    /// Its unit.
    pub unit: Option<String>,
}

/// A gold time expression.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldTime {
    /// The words.
    pub text: String,
    /// TIMEX3 value.
    pub value: String,
}
