//! The one API of the analysis core: bytes or text in, an [`Analysis`] out.
//!
//! A [`Pipeline`] is built once (it will hold the compiled knowledge base and the
//! models as later stages land) and then analyses any number of documents, from any
//! number of threads. It does no I/O and reads no clock: the publication date comes
//! from the text or from [`Options::published`].
//!
//! ```
//! use attache_pipeline::{Options, Pipeline};
//! let pipeline = Pipeline::builder().build();
//! let text = "Talks in Geneva\n\nMarch 3, 2021\n\n\"We made progress,\" the envoy said.\n";
//! let analysis = pipeline.analyze_text("example", text.to_string(), &Options::default());
//! assert_eq!(analysis.document.meta.published.unwrap().moment.to_string(), "2021-03-03");
//! assert_eq!(analysis.quotes[0].span.text(&analysis.document.text), "We made progress,");
//! ```
#![deny(missing_docs)]

use std::sync::Arc;

use attache_entities::EntityLinker;
use attache_extract::{EventCoder, EventInput, FigureRecognizer, QuoteExtractor, TimeRecognizer};
use attache_kb::{Day, KnowledgeBase};
use attache_model::{Analysis, Dated, Diagnostic, Moment};
use attache_segment::EnglishSegmenter;

pub use attache_ingest::Error as InputError;

/// Per-document settings.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The publication date, when the caller knows better than the text. It is the
    /// anchor of every relative date.
    pub published: Option<Moment>,
}

/// Builds a [`Pipeline`].
#[derive(Clone, Debug, Default)]
pub struct PipelineBuilder {
    segmenter: EnglishSegmenter,
    times: TimeRecognizer,
    figures: FigureRecognizer,
    quotes: QuoteExtractor,
    entities: EntityLinker,
    events: Arc<EventCoder>,
}

impl PipelineBuilder {
    /// Uses this knowledge base instead of the built-in one (for example the built-in
    /// one extended with the user's files).
    pub fn knowledge_base(mut self, kb: Arc<KnowledgeBase>) -> PipelineBuilder {
        self.entities = EntityLinker::new(kb);
        self
    }

    /// The pipeline with the stages configured so far.
    pub fn build(self) -> Pipeline {
        Pipeline {
            segmenter: self.segmenter,
            times: self.times,
            figures: self.figures,
            quotes: self.quotes,
            entities: self.entities,
            events: self.events,
        }
    }
}

/// The analysis core. Cheap to share between threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    segmenter: EnglishSegmenter,
    times: TimeRecognizer,
    figures: FigureRecognizer,
    quotes: QuoteExtractor,
    entities: EntityLinker,
    events: Arc<EventCoder>,
}

impl Pipeline {
    /// A builder with the default stages.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Decodes `bytes` and analyses them. Fails only when the bytes are no article
    /// at all (empty or binary); damaged text is decoded with diagnostics.
    pub fn analyze_bytes(
        &self,
        id: &str,
        bytes: &[u8],
        options: &Options,
    ) -> Result<Analysis, InputError> {
        let (text, mut diagnostics) = attache_ingest::decode(bytes)?;
        let mut analysis = self.analyze_text(id, text, options);
        diagnostics.append(&mut analysis.diagnostics);
        analysis.diagnostics = diagnostics;
        Ok(analysis)
    }

    /// Analyses text that is already decoded.
    pub fn analyze_text(&self, id: &str, text: String, options: &Options) -> Analysis {
        let (mut document, mut diagnostics) = attache_ingest::read_plain_text(id, text);
        if let Some(moment) = options.published {
            document.meta.published = Some(Dated { moment, span: None });
            diagnostics.retain(|d| d.code != "no-publication-date");
        }
        let (segmentation, mut segment_diagnostics) = self.segmenter.segment(&document);
        diagnostics.append(&mut segment_diagnostics);

        // Actors and places, linked as of the publication date.
        let day = document.meta.published.map(|p| {
            let d = p.moment.date;
            Day::new(
                i32::from(d.year()),
                d.month().unsigned_abs().into(),
                d.day().unsigned_abs().into(),
            )
        });
        let mut entities =
            self.entities.link(&document.text, &segmentation.tokens, &segmentation.sentences, day);
        diagnostics.append(&mut entities.diagnostics);

        // Quotes: direct quotations with their cue and speaker words, reported
        // statements, and headline attributions; speakers linked to the actors.
        let titles: Vec<_> =
            [document.meta.page_title, document.meta.headline].into_iter().flatten().collect();
        let mut quotes = self.quotes.extract(
            &document.text,
            &segmentation.tokens,
            &segmentation.sentences,
            &segmentation.quotations,
            &titles,
        );
        // A headline not written as an attribution may still report one ("Senator urges
        // sanctions on Russia"): read it as a sentence (the page title only when there is
        // no headline, which it most often repeats).
        let title = document.meta.headline.or(document.meta.page_title);
        if let Some(title) = title.filter(|t| !quotes.iter().any(|q| t.contains(q.span))) {
            let seg = self.segmenter.segment_spans(&document.text, &[title]);
            quotes.extend(self.quotes.extract(
                &document.text,
                &seg.tokens,
                &seg.sentences,
                &seg.quotations,
                &[],
            ));
            quotes.sort_by_key(|q| q.span.byte_start);
        }
        diagnostics.extend(attache_entities::attribute(
            &self.entities,
            &entities,
            &document.text,
            &mut quotes,
            &segmentation.sentences,
            &document.paragraphs,
        ));
        // Time expressions: the date lines of the header, then the body's, anchored on
        // the publication date-time.
        let meta = &document.meta;
        let anchor = meta.published.map(|p| p.moment);
        let mut times: Vec<_> = [meta.republished, meta.published]
            .into_iter()
            .flatten()
            .filter_map(|dated| {
                dated.span.map(|span| attache_extract::time_of_date_line(span, &dated.moment))
            })
            .collect();
        let (body_times, mut time_diagnostics) = self.times.recognize(
            &document.text,
            &segmentation.tokens,
            &segmentation.sentences,
            anchor,
        );
        // Figures, sentence by sentence, with the sentence's times for their periods.
        // Both lists are in text order: walk them together.
        let mut figures = Vec::new();
        let mut next_time = 0;
        for sentence in &segmentation.sentences {
            while next_time < body_times.len()
                && body_times[next_time].span.byte_start < sentence.span.byte_start
            {
                next_time += 1;
            }
            let first = next_time;
            while next_time < body_times.len() && sentence.span.contains(body_times[next_time].span)
            {
                next_time += 1;
            }
            figures.extend(self.figures.recognize_tokens(
                &document.text,
                &segmentation.tokens[sentence.tokens.clone()],
                &body_times[first..next_time],
                anchor,
            ));
        }
        times.extend(body_times);
        times.sort_by_key(|t| t.span.byte_start);
        diagnostics.append(&mut time_diagnostics);

        // Events: sentences with a cue and an actor, parsed, coded in CAMEO and PLOVER.
        let published = document.meta.published.map(|p| p.moment.date.to_string());
        // The dateline's place by its name in the knowledge base ("BAKU" is Baku).
        // (one of several places, "BEIJING/WASHINGTON", is each event's own: below)
        let several = |d: &&attache_model::Dateline| d.place.text(&document.text).contains('/');
        let dateline = document.meta.dateline.as_ref().filter(|d| !several(d)).map(|d| {
            entities
                .places
                .iter()
                .find(|p| p.mentions.iter().any(|m| m.span.overlaps(d.place)))
                .map_or_else(|| d.place.text(&document.text), |p| p.name.as_str())
        });
        let dateline_places: Vec<(String, Option<String>)> = document
            .meta
            .dateline
            .as_ref()
            .filter(several)
            .map(|d| {
                // ("BEIJING/WASHINGTON": each name, a place or a capital of the
                // knowledge base)
                let kb = self.entities.kb();
                d.place
                    .text(&document.text)
                    .split('/')
                    .filter_map(|part| {
                        let part = part.trim();
                        kb.gazetteer()
                            .find_all(part)
                            .into_iter()
                            .filter(|m| m.span.byte_start == 0 && m.span.byte_end == part.len())
                            .flat_map(|m| m.entries.iter())
                            .find_map(|e| match e.target {
                                attache_kb::Target::Place { index } => {
                                    let p = kb.places.get(index as usize)?;
                                    Some((p.name.clone(), p.country.clone()))
                                }
                                attache_kb::Target::State {
                                    index,
                                    form: attache_kb::StateForm::Capital,
                                } => {
                                    let s = kb.states.get(index as usize)?;
                                    Some((s.capital.clone()?, Some(s.code.clone())))
                                }
                                _ => None,
                            })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let kb = self.entities.kb();
        let capital = |code: &str| kb.state(code).and_then(|s| s.capital.clone());
        let state_name = |code: &str| kb.state(code).and_then(|s| s.names.first().cloned());
        let coded = self.events.code(&EventInput {
            text: &document.text,
            tokens: &segmentation.tokens,
            sentences: &segmentation.sentences,
            actors: &entities.actors,
            places: &entities.places,
            quotes: &quotes,
            times: &times,
            published: published.as_deref(),
            dateline,
            dateline_places: &dateline_places,
            capital: &capital,
            state_name: &state_name,
            female: &attache_entities::female_name,
        });
        let events = coded.events;
        entities.actors.extend(coded.actors);
        diagnostics.extend(coded.diagnostics);

        diagnostics.sort_by_key(|d: &Diagnostic| d.span.map(|s| s.byte_start));
        Analysis {
            document,
            tokens: segmentation.tokens,
            sentences: segmentation.sentences,
            quotations: segmentation.quotations,
            actors: entities.actors,
            places: entities.places,
            quotes,
            events,
            times,
            figures,
            diagnostics,
        }
    }
}
