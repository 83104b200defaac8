//! Model to wire, field by field.

use attache_model as model;
use attache_text::Span;

use crate::{
    Actor, Analysis, Diagnostic, Document, DocumentEvidence, Event, Evidence, Figure, Mention,
    Place, Quote, SCHEMA_VERSION, Stats, Time,
};

fn evidence(text: &str, span: Span) -> Evidence {
    Evidence { start: span.byte_start, end: span.byte_end, text: span.text(text).to_string() }
}

fn country_of(actors: &[model::Actor], id: Option<&model::ActorId>) -> Option<String> {
    let id = id?;
    actors.iter().find(|a| &a.id == id).and_then(|a| a.country.clone())
}

fn sector_of(actors: &[model::Actor], id: Option<&model::ActorId>) -> Option<String> {
    let id = id?;
    actors.iter().find(|a| &a.id == id).and_then(|a| a.sector.clone())
}

pub(crate) fn analysis(analysis: &model::Analysis) -> Analysis {
    let text = analysis.document.text.as_str();
    let meta = &analysis.document.meta;
    let words = |span: Option<Span>| span.map(|s| s.text(text).to_string());
    let at = |span: Option<Span>| span.map(|s| evidence(text, s));
    let document = Document {
        id: analysis.document.id.clone(),
        headline: words(meta.headline),
        published: meta.published.map(|d| d.moment.to_string()),
        language: meta.language.map(str::to_string),
        outlet: words(meta.outlet),
        republished_by: meta.republished_by.clone(),
        republished: meta.republished.map(|d| d.moment.to_string()),
        page_title: words(meta.page_title),
        byline: words(meta.byline),
        dateline_place: meta.dateline.map(|d| d.place.text(text).to_string()),
        evidence: DocumentEvidence {
            headline: at(meta.headline),
            published: at(meta.published.and_then(|d| d.span)),
            republished: at(meta.republished.and_then(|d| d.span)),
            outlet: at(meta.outlet),
            banner: at(meta.banner),
            page_title: at(meta.page_title),
            byline: at(meta.byline),
            dateline: at(meta.dateline.map(|d| d.span)),
            source_line: at(meta.source_line),
        },
    };
    let mention_list = |mentions: &[model::Mention]| {
        mentions
            .iter()
            .map(|m| {
                let e = evidence(text, m.span);
                Mention {
                    start: e.start,
                    end: e.end,
                    text: e.text,
                    how: m.how.as_str().to_string(),
                }
            })
            .collect()
    };
    Analysis {
        schema: SCHEMA_VERSION.to_string(),
        document,
        actors: analysis
            .actors
            .iter()
            .map(|a| Actor {
                id: a.id.0.clone(),
                name: a.name.clone(),
                kind: match a.kind {
                    model::ActorKind::Person => "person",
                    model::ActorKind::State => "state",
                    model::ActorKind::Organisation => "organisation",
                    model::ActorKind::Group => "group",
                }
                .to_string(),
                country: a.country.clone(),
                role: a.role.clone(),
                sector: a.sector.clone(),
                mentions: mention_list(&a.mentions),
            })
            .collect(),
        places: analysis
            .places
            .iter()
            .map(|p| Place {
                name: p.name.clone(),
                country: p.country.clone(),
                mentions: mention_list(&p.mentions),
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| Quote {
                text: q.span.text(text).to_string(),
                start: q.span.byte_start,
                end: q.span.byte_end,
                direct: q.direct,
                speaker: q.speaker.as_ref().map(|s| s.0.clone()),
                speaker_mention: q.speaker_mention.map(|s| evidence(text, s)),
                cue: q.cue.map(|c| c.text(text).to_string()),
            })
            .collect(),
        events: analysis
            .events
            .iter()
            .map(|e| Event {
                plover: e.plover.clone(),
                mode: e.mode.clone(),
                cameo: e.cameo.clone(),
                goldstein: e.goldstein,
                source: e.source.as_ref().map(|s| s.0.clone()),
                target: e.target.as_ref().map(|s| s.0.clone()),
                source_country: country_of(&analysis.actors, e.source.as_ref()),
                target_country: country_of(&analysis.actors, e.target.as_ref()),
                source_sector: sector_of(&analysis.actors, e.source.as_ref()),
                target_sector: sector_of(&analysis.actors, e.target.as_ref()),
                date: e.date.clone(),
                place: e.place.clone(),
                reported: e.reported,
                confidence: e.confidence,
                evidence: evidence(text, e.evidence),
                other_evidence: e.other_evidence.iter().map(|s| evidence(text, *s)).collect(),
            })
            .collect(),
        times: analysis
            .times
            .iter()
            .map(|t| Time {
                text: t.span.text(text).to_string(),
                start: t.span.byte_start,
                end: t.span.byte_end,
                kind: t.kind.as_str().to_string(),
                value: t.value.clone(),
            })
            .collect(),
        figures: analysis
            .figures
            .iter()
            .map(|f| Figure {
                value: f.value,
                unit: f.unit.clone(),
                change: f.change.clone(),
                qualifier: f.qualifier.clone(),
                what: f.what.clone(),
                period: f.period.clone(),
                evidence: evidence(text, f.evidence),
            })
            .collect(),
        stats: Stats {
            paragraphs: analysis.document.paragraphs.len(),
            sentences: analysis.sentences.len(),
            tokens: analysis.tokens.len(),
            quotations: analysis.quotations.len(),
        },
        diagnostics: analysis
            .diagnostics
            .iter()
            .map(|d| Diagnostic {
                severity: match d.severity {
                    model::Severity::Info => "info",
                    model::Severity::Warning => "warning",
                }
                .to_string(),
                code: d.code.to_string(),
                message: d.message.clone(),
                evidence: at(d.span),
            })
            .collect(),
    }
}
