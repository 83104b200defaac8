//! Scoring one output against one gold file, by the rules of `GOLD-FORMAT.md`.

use std::collections::HashSet;

use attache_wire::Analysis;
use serde::Serialize;

use crate::{Gold, GoldEvent};

/// Matches on both sides of a comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Items in the gold file.
    pub gold: usize,
    /// Items predicted.
    pub predicted: usize,
    /// Gold items matched by some prediction.
    pub gold_matched: usize,
    /// Predictions matching some gold item.
    pub predicted_matched: usize,
}

impl Counts {
    /// Share of predictions that are right.
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_matched, self.predicted)
    }
    /// Share of gold items found.
    pub fn recall(&self) -> f64 {
        ratio(self.gold_matched, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.gold_matched += other.gold_matched;
        self.predicted_matched += other.predicted_matched;
    }
}

/// Quote scores: how many gold quotes were found, and how many of those have the
/// right speaker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QuoteCounts {
    /// Gold quotes.
    pub gold: usize,
    /// Gold quotes whose words a prediction covers.
    pub found: usize,
    /// Found quotes attributed to the gold speaker.
    pub attributed: usize,
    /// Predicted quotes of this kind.
    pub predicted: usize,
}

impl QuoteCounts {
    fn add(&mut self, other: &QuoteCounts) {
        self.gold += other.gold;
        self.found += other.found;
        self.attributed += other.attributed;
        self.predicted += other.predicted;
    }
}

/// Event scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EventCounts {
    /// Core gold events.
    pub core: usize,
    /// Core events found (directly or through a listed reverse).
    pub core_found: usize,
    /// Predicted events.
    pub predicted: usize,
    /// Predicted events matching a core or optional gold event.
    pub predicted_matched: usize,
    /// Matched predictions with the gold date.
    pub right_date: usize,
    /// Matched predictions with the gold place.
    pub right_place: usize,
}

impl EventCounts {
    /// Recall over core events.
    pub fn recall(&self) -> f64 {
        ratio(self.core_found, self.core)
    }
    /// Precision against core and optional events.
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_matched, self.predicted)
    }
    fn add(&mut self, other: &EventCounts) {
        self.core += other.core;
        self.core_found += other.core_found;
        self.predicted += other.predicted;
        self.predicted_matched += other.predicted_matched;
        self.right_date += other.right_date;
        self.right_place += other.right_place;
    }
}

/// The scores of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentScores {
    /// The document's id.
    pub id: String,
    /// Publication time right (1) or not (0), of those with gold.
    pub published: Counts,
    /// Headline right.
    pub headline: Counts,
    /// Actors.
    pub actors: Counts,
    /// Places.
    pub places: Counts,
    /// Direct quotations.
    pub quotes_direct: QuoteCounts,
    /// Reported statements.
    pub quotes_reported: QuoteCounts,
    /// Events.
    pub events: EventCounts,
    /// Figures.
    pub figures: Counts,
    /// Time expressions.
    pub times: Counts,
}

/// Scores over many documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// The sum over all documents.
    pub total: DocumentScores,
    /// One entry per document.
    pub documents: Vec<DocumentScores>,
}

impl Report {
    /// Adds one document's scores.
    pub fn push(&mut self, scores: DocumentScores) {
        let t = &mut self.total;
        t.id = "total".to_string();
        t.published.add(&scores.published);
        t.headline.add(&scores.headline);
        t.actors.add(&scores.actors);
        t.places.add(&scores.places);
        t.quotes_direct.add(&scores.quotes_direct);
        t.quotes_reported.add(&scores.quotes_reported);
        t.events.add(&scores.events);
        t.figures.add(&scores.figures);
        t.times.add(&scores.times);
        self.documents.push(scores);
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// `2017-11-19T19:32:00+04:00` and `2017-11-19T19:32+04:00` are the same value.
fn norm_time(value: &str) -> String {
    let mut out = value.to_string();
    for sign in ['+', '-', 'Z'] {
        let pattern = format!(":00{sign}");
        if let Some(i) = out.find(&pattern)
            && out[..i].contains('T')
            && out[..i].matches(':').count() == 1
        {
            out.replace_range(i..i + 3, "");
        }
    }
    out
}

/// Scores `output` against `gold`.
pub fn score_document(gold: &Gold, output: &Analysis) -> DocumentScores {
    let mut scores = DocumentScores { id: gold.id.clone(), ..DocumentScores::default() };
    let doc = &output.document;

    if let Some(published) = &gold.published {
        let right = doc.published.as_deref().is_some_and(|p| norm_time(p) == norm_time(published));
        scores.published = single(right, doc.published.is_some());
    }
    if let Some(headline) = &gold.headline {
        let right = doc.headline.as_deref().is_some_and(|h| norm(h) == norm(headline));
        scores.headline = single(right, doc.headline.is_some());
    }

    // Actors: any surface form (or the name) and the country agree.
    let actor_names = |a: &attache_wire::Actor| -> HashSet<String> {
        std::iter::once(norm(&a.name)).chain(a.mentions.iter().map(|m| norm(&m.text))).collect()
    };
    let gold_names = |g: &crate::GoldActor| -> HashSet<String> {
        std::iter::once(norm(&g.name)).chain(g.surface.iter().map(|s| norm(s))).collect()
    };
    let actor_match = |a: &attache_wire::Actor, g: &crate::GoldActor| {
        a.country == g.country && !actor_names(a).is_disjoint(&gold_names(g))
    };
    scores.actors = match_counts(&gold.actors, &output.actors, |g, a| actor_match(a, g));
    scores.places = match_counts(&gold.places, &output.places, |g, p| {
        p.country == g.country
            && (norm(&p.name) == norm(&g.name)
                || p.mentions.iter().any(|m| norm(&m.text) == norm(&g.name)))
    });

    // Quotes: words first, then the speaker.
    for direct in [true, false] {
        let mut counts = QuoteCounts {
            predicted: output.quotes.iter().filter(|q| q.direct == direct).count(),
            ..QuoteCounts::default()
        };
        for g in gold.quotes.iter().filter(|g| g.direct == direct) {
            counts.gold += 1;
            let covering: Vec<&attache_wire::Quote> = output
                .quotes
                .iter()
                .filter(|q| {
                    let text = norm(&q.text);
                    text.contains(&norm(&g.starts))
                        && g.ends.as_ref().is_none_or(|e| text.contains(&norm(e)))
                })
                .collect();
            if covering.is_empty() {
                continue;
            }
            counts.found += 1;
            let speaker_right = covering.iter().any(|q| {
                let (Some(speaker), Some(gold_speaker)) = (&q.speaker, &g.speaker) else {
                    return false;
                };
                let Some(actor) = output.actors.iter().find(|a| &a.id == speaker) else {
                    return false;
                };
                match gold.actors.iter().find(|a| &a.name == gold_speaker) {
                    Some(gold_actor) => actor_match(actor, gold_actor),
                    None => norm(&actor.name) == norm(gold_speaker),
                }
            });
            counts.attributed += usize::from(speaker_right);
        }
        if direct {
            scores.quotes_direct = counts;
        } else {
            scores.quotes_reported = counts;
        }
    }

    // Events: (source, target, PLOVER type); a core event is also found through its
    // reverse when the gold lists that reverse too.
    let key =
        |s: &Option<String>, t: &Option<String>, p: &str| (s.clone(), t.clone(), p.to_uppercase());
    let predicted_keys: Vec<_> = output
        .events
        .iter()
        .map(|e| key(&e.source_country, &e.target_country, &e.plover))
        .collect();
    let gold_keys: Vec<_> =
        gold.events.iter().map(|e| key(&e.source, &e.target, &e.plover)).collect();
    let mut events = EventCounts { predicted: output.events.len(), ..EventCounts::default() };
    for (g, gk) in gold.events.iter().zip(&gold_keys) {
        if !g.core {
            continue;
        }
        events.core += 1;
        let reverse = key(&g.target, &g.source, &g.plover);
        let found = predicted_keys.contains(gk)
            || (gold_keys.contains(&reverse) && predicted_keys.contains(&reverse));
        events.core_found += usize::from(found);
    }
    // (each predicted event against the gold event of its key that it agrees with
    // most: a text may hold several accusations between the same two states, made on
    // different days or in different places)
    for (e, pk) in output.events.iter().zip(&predicted_keys) {
        let agreement = |g: &GoldEvent| {
            usize::from(e.date == g.date)
                + usize::from(e.place.as_deref().map(norm) == g.place.as_deref().map(norm))
        };
        if let Some(g) = gold
            .events
            .iter()
            .zip(&gold_keys)
            .filter(|(_, gk)| *gk == pk)
            .map(|(g, _)| g)
            .rev()
            .max_by_key(|g| agreement(g))
        {
            events.predicted_matched += 1;
            events.right_date += usize::from(e.date == g.date);
            events.right_place +=
                usize::from(e.place.as_deref().map(norm) == g.place.as_deref().map(norm));
        }
    }
    scores.events = events;

    scores.figures = match_counts(&gold.figures, &output.figures, |g, f| {
        (f.value - g.value).abs() < 1e-9 * g.value.abs().max(1.0) && f.unit == g.unit
    });
    scores.times = match_counts(&gold.times, &output.times, |g, t| {
        let (gt, pt) = (norm(&g.text), norm(&t.text));
        norm_time(&t.value) == norm_time(&g.value) && (gt.contains(&pt) || pt.contains(&gt))
    });
    scores
}

fn single(right: bool, predicted: bool) -> Counts {
    Counts {
        gold: 1,
        predicted: usize::from(predicted),
        gold_matched: usize::from(right),
        predicted_matched: usize::from(right),
    }
}

/// Counts matches both ways: each gold item against any prediction, each prediction
/// against any gold item.
fn match_counts<G, P>(gold: &[G], predicted: &[P], matches: impl Fn(&G, &P) -> bool) -> Counts {
    Counts {
        gold: gold.len(),
        predicted: predicted.len(),
        gold_matched: gold.iter().filter(|g| predicted.iter().any(|p| matches(g, p))).count(),
        predicted_matched: predicted.iter().filter(|p| gold.iter().any(|g| matches(g, p))).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_values_ignore_zero_seconds_before_an_offset() {
        assert_eq!(norm_time("2017-11-19T19:32:00+04:00"), "2017-11-19T19:32+04:00");
        assert_eq!(norm_time("2017-11-19T19:32+04:00"), "2017-11-19T19:32+04:00");
        assert_eq!(norm_time("2017-11-19"), "2017-11-19");
    }

    #[test]
    fn counts() {
        let c = Counts { gold: 4, predicted: 2, gold_matched: 2, predicted_matched: 2 };
        assert_eq!(c.precision(), 1.0);
        assert_eq!(c.recall(), 0.5);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-9);
    }
}
