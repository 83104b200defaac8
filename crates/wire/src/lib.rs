//! The JSON shapes of the output contract (`attache analyze --format json`, the API,
//! golden files), and the JSON Schema generated from them.
//!
//! This is the only crate of the core that knows serde. It converts model types
//! explicitly, so the public format changes only on purpose: the committed schema in
//! `schema/attache.schema.json` is compared with [`schema`] by a test.
//!
//! ```
//! use attache_pipeline::{Options, Pipeline};
//! let analysis = Pipeline::builder().build().analyze_text("x", "\"Yes,\" he said.".into(), &Options::default());
//! let output = attache_wire::Analysis::from_model(&analysis);
//! assert_eq!(output.schema, attache_wire::SCHEMA_VERSION);
//! assert_eq!(output.quotes[0].text, "Yes,");
//! ```
#![deny(missing_docs)]

mod convert;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the output contract, printed as `"schema"`.
pub const SCHEMA_VERSION: &str = "attache/1";

/// Words of the input: `input[start..end] == text`, offsets in bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The words.
    pub text: String,
}

/// The whole output for one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Analysis {
    /// The output contract's version, `attache/1`.
    pub schema: String,
    /// Facts about the article.
    pub document: Document,
    /// Actors, each with all its mentions.
    pub actors: Vec<Actor>,
    /// Places, each with all its mentions.
    pub places: Vec<Place>,
    /// Direct quotations and reported statements.
    pub quotes: Vec<Quote>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Time expressions with TIMEX3 values.
    pub times: Vec<Time>,
    /// Figures the article claims.
    pub figures: Vec<Figure>,
    /// Counts of the units the text was cut into.
    pub stats: Stats,
    /// Remarks about odd input.
    pub diagnostics: Vec<Diagnostic>,
}

/// Facts about the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// The caller's identifier, usually the file stem.
    pub id: String,
    /// The article's own headline.
    pub headline: Option<String>,
    /// First publication, ISO 8601, as precise as the text: `2017-11-19T19:32:00+04:00`.
    pub published: Option<String>,
    /// ISO 639 code of the text's language.
    pub language: Option<String>,
    /// The original outlet, when the text names it.
    pub outlet: Option<String>,
    /// The outlet that republished the article.
    pub republished_by: Option<String>,
    /// When it was republished, ISO 8601.
    pub republished: Option<String>,
    /// The republisher's page title.
    pub page_title: Option<String>,
    /// The authors named in a byline.
    pub byline: Option<String>,
    /// The place of an agency dateline (`MOSCOW`).
    pub dateline_place: Option<String>,
    /// The words each of the fields above was read from.
    pub evidence: DocumentEvidence,
}

/// Where the document's facts stand in the text (absent when not from the text).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DocumentEvidence {
    /// The headline line.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub headline: Option<Evidence>,
    /// The date line of first publication.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published: Option<Evidence>,
    /// The republication date line.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub republished: Option<Evidence>,
    /// The outlet's name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub outlet: Option<Evidence>,
    /// The republisher's banner.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub banner: Option<Evidence>,
    /// The page title.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page_title: Option<Evidence>,
    /// The byline's names.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub byline: Option<Evidence>,
    /// The whole dateline.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dateline: Option<Evidence>,
    /// The trailing `Source:` line.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source_line: Option<Evidence>,
}

/// A mention of an actor or place: its words, and how they were tied to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Mention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The words.
    pub text: String,
    /// `name`, `surname`, `possessive`, `title`, `office`, `coreference`, `tagger`,
    /// `pattern` or `group` (a group an event names by a common noun).
    pub how: String,
}

impl Mention {
    /// The words as evidence.
    pub fn evidence(&self) -> Evidence {
        Evidence { start: self.start, end: self.end, text: self.text.clone() }
    }
}

/// Someone who acts or is acted upon.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    /// Identifier within this output.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `state`, `organisation` or `group`.
    pub kind: String,
    /// ISO 3166-1 alpha-3 code of the state it acts for, or an IGO code.
    pub country: Option<String>,
    /// Role as of the article's date ("former …" for an office left before it).
    pub role: Option<String>,
    /// CAMEO-style sector (`GOV`, `MIL`, `IGO`, `REB`…), where known.
    pub sector: Option<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A place named in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// ISO 3166-1 alpha-3 code of its country.
    pub country: Option<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A direct quotation or a reported statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Quote {
    /// The words said, quotation marks excluded.
    pub text: String,
    /// Byte offset where they start.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
    /// Inside quotation marks (true) or reported (false).
    pub direct: bool,
    /// The speaker's actor id, or null when unknown.
    pub speaker: Option<String>,
    /// The words naming the speaker, when found ("President Aliyev", "he").
    pub speaker_mention: Option<Evidence>,
    /// The attribution cue, such as `said`.
    pub cue: Option<String>,
}

/// A coded event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// PLOVER type.
    pub plover: String,
    /// PLOVER mode (`visit`, `release`, `appeal`), where PLOVER defines one.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// Goldstein score.
    pub goldstein: f32,
    /// Source actor id.
    pub source: Option<String>,
    /// Target actor id.
    pub target: Option<String>,
    /// Source's country or IGO code.
    pub source_country: Option<String>,
    /// Target's country or IGO code.
    pub target_country: Option<String>,
    /// Source's sector (`GOV`, `MIL`, `REB`…), where known.
    pub source_sector: Option<String>,
    /// Target's sector, where known.
    pub target_sector: Option<String>,
    /// ISO date of the event, as precise as known.
    pub date: Option<String>,
    /// Where it happened.
    pub place: Option<String>,
    /// Whether the article reports it rather than covers it.
    pub reported: bool,
    /// Coder confidence from 0 to 1.
    pub confidence: f32,
    /// The words that show it.
    pub evidence: Evidence,
    /// The words of the same event elsewhere in the document (duplicates merged).
    pub other_evidence: Vec<Evidence>,
}

/// A time expression.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Time {
    /// The words.
    pub text: String,
    /// Byte offset where they start.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// A figure the article claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Figure {
    /// The number.
    pub value: f64,
    /// Its unit.
    pub unit: Option<String>,
    /// `increase` or `decrease`.
    pub change: Option<String>,
    /// `more than`, `at least`, `about`, `up to`.
    pub qualifier: Option<String>,
    /// What it measures.
    pub what: Option<String>,
    /// The period it covers.
    pub period: Option<String>,
    /// The words that show it.
    pub evidence: Evidence,
}

/// How the body was cut up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Stats {
    /// Body paragraphs.
    pub paragraphs: usize,
    /// Sentences.
    pub sentences: usize,
    /// Tokens.
    pub tokens: usize,
    /// Quotation-mark spans, nested ones included.
    pub quotations: usize,
}

/// A remark about the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// `info` or `warning`.
    pub severity: String,
    /// Stable machine-readable name.
    pub code: String,
    /// What happened, for people.
    pub message: String,
    /// The words it is about.
    pub evidence: Option<Evidence>,
}

impl Analysis {
    /// The wire form of a model analysis.
    pub fn from_model(analysis: &attache_model::Analysis) -> Analysis {
        convert::analysis(analysis)
    }

    /// Every span in this output, for checking `input[start..end] == text`.
    pub fn evidence(&self) -> Vec<Evidence> {
        let mut all: Vec<Evidence> = Vec::new();
        let e = &self.document.evidence;
        all.extend(
            [
                &e.headline,
                &e.published,
                &e.republished,
                &e.outlet,
                &e.banner,
                &e.page_title,
                &e.byline,
                &e.dateline,
                &e.source_line,
            ]
            .into_iter()
            .flatten()
            .cloned(),
        );
        for actor in &self.actors {
            all.extend(actor.mentions.iter().map(Mention::evidence));
        }
        for place in &self.places {
            all.extend(place.mentions.iter().map(Mention::evidence));
        }
        for quote in &self.quotes {
            all.push(Evidence { start: quote.start, end: quote.end, text: quote.text.clone() });
            all.extend(quote.speaker_mention.clone());
        }
        all.extend(self.events.iter().map(|e| e.evidence.clone()));
        all.extend(self.events.iter().flat_map(|e| e.other_evidence.iter().cloned()));
        for time in &self.times {
            all.push(Evidence { start: time.start, end: time.end, text: time.text.clone() });
        }
        all.extend(self.figures.iter().map(|f| f.evidence.clone()));
        all.extend(self.diagnostics.iter().filter_map(|d| d.evidence.clone()));
        all
    }
}

/// The JSON Schema of [`Analysis`], pretty-printed.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Analysis);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn committed_schema_is_current() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/attache.schema.json");
        let current = super::schema();
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, &current).expect("schema file is writable");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == current,
            "schema/attache.schema.json is out of date with the wire types; rerun with UPDATE_EXPECT=1 and commit the change"
        );
    }
}
