//! `attache bench quotes`: quote attribution on PolNeAR (brat standoff).

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use attache_eval::polnear::{self, Counts, Predicted};
use attache_pipeline::{Options, Pipeline};

/// Scores every article of `dir/text` against the first annotation of it (in sorted
/// order) under `dir/attributions`.
pub fn run(dir: &Path, show_errors: usize) -> Result<bool> {
    let text_dir = dir.join("text");
    let mut articles: Vec<_> = std::fs::read_dir(&text_dir)
        .with_context(|| {
            format!(
                "{}: cannot read (the benchmarks live in ../shared/bench beside the repository)",
                text_dir.display()
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    let mut annotations: Vec<_> = std::fs::read_dir(dir.join("attributions"))
        .with_context(|| format!("{}: cannot read", dir.join("attributions").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    annotations.sort();
    let dates = publication_dates(&dir.join("../metadata.tsv"));
    let pipeline = Pipeline::builder().build();
    let mut total = Counts::default();
    let mut errors = Vec::new();
    for article in &articles {
        let stem = article.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let Some(ann) = annotations.iter().find(|a| {
            a.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{stem}_")))
        }) else {
            continue;
        };
        let text = std::fs::read_to_string(article)
            .with_context(|| format!("{}: cannot read", article.display()))?;
        let ann_text = std::fs::read_to_string(ann)
            .with_context(|| format!("{}: cannot read", ann.display()))?;
        let gold = polnear::read_ann(&text, &ann_text);
        let options =
            Options { published: dates.get(stem).and_then(|d| attache_ingest::parse_moment(d)) };
        let analysis = pipeline.analyze_text(stem, text.clone(), &options);
        let predicted: Vec<Predicted> = analysis
            .quotes
            .iter()
            .map(|q| {
                let mut source: Vec<(usize, usize)> =
                    q.speaker_mention.map(|m| (m.byte_start, m.byte_end)).into_iter().collect();
                if let Some(actor) =
                    q.speaker.as_ref().and_then(|id| analysis.actors.iter().find(|a| &a.id == id))
                {
                    source.extend(
                        actor.mentions.iter().map(|m| (m.span.byte_start, m.span.byte_end)),
                    );
                }
                Predicted {
                    content: vec![(q.span.byte_start, q.span.byte_end)],
                    cue: q.cue.map(|c| (c.byte_start, c.byte_end)),
                    source,
                }
            })
            .collect();
        let predicted = polnear::by_cue(predicted);
        let counts = polnear::score(&gold, &predicted);
        if errors.len() < show_errors {
            for g in &gold {
                let (s, e) = g.content[0];
                let found =
                    predicted.iter().find(|p| p.content.iter().any(|&(a, b)| a < e && s < b));
                match found {
                    None => {
                        let cue = g.cue.first().map_or("-", |&(a, b)| &text[a..b]);
                        errors.push(format!("missed   {stem}: [{cue}] {}", preview(&text[s..e])));
                    }
                    // Found, but covering less than half of the gold content.
                    Some(p) if polnear::matching(g, p).is_none() => {
                        let (a, b) = p.content[0];
                        errors.push(format!(
                            "short    {stem}: {} | ours {}",
                            preview(&text[s..e]),
                            preview(&text[a..b])
                        ));
                    }
                    // A content found whose speaker is not the gold source's.
                    Some(p)
                        if !g.source.is_empty()
                            && !p
                                .source
                                .iter()
                                .any(|&(a, b)| g.source.iter().any(|&(c, d)| a < d && c < b)) =>
                    {
                        let (c, d) = g.source[0];
                        let ours = p.source.first().map_or("-", |&(a, b)| &text[a..b]);
                        errors.push(format!(
                            "source   {stem}: {} | gold {:?} | ours {:?}",
                            preview(&text[s..e]),
                            &text[c..d],
                            ours
                        ));
                    }
                    Some(_) => {}
                }
            }
            // Predicted contents that overlap no gold content.
            for p in &predicted {
                let (s, e) = p.content[0];
                if !gold.iter().any(|g| g.content.iter().any(|&(a, b)| a < e && s < b)) {
                    let cue = p.cue.map_or("-", |(a, b)| &text[a..b]);
                    errors.push(format!("extra    {stem}: [{cue}] {}", preview(&text[s..e])));
                }
            }
        }
        total.add(&counts);
    }
    let prf = |gold, predicted, right| attache_eval::conll::prf((gold, predicted, right));
    let (p, r, f) = prf(total.gold, total.predicted, total.matched);
    outln!(
        "{} articles, {} gold attributions, {} predicted quotes",
        articles.len(),
        total.gold,
        total.predicted
    );
    outln!("content (≥50% of gold)  P {p:.4} R {r:.4} F1 {f:.4}");
    let p = total.cue_right as f64 / total.cue_predicted.max(1) as f64;
    let r = total.cue_found as f64 / total.cue_gold.max(1) as f64;
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    outln!("cue (overlap)           P {p:.4} R {r:.4} F1 {f:.4}");
    let accuracy = if total.with_source == 0 {
        0.0
    } else {
        total.source_right as f64 / total.with_source as f64
    };
    outln!(
        "source accuracy         {accuracy:.4} ({} of {} matched contents with a gold source)",
        total.source_right,
        total.with_source
    );
    for line in errors.iter().take(show_errors) {
        outln!("{line}");
    }
    Ok(true)
}

fn preview(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 100 {
        flat.chars().take(100).collect::<String>() + "…"
    } else {
        flat
    }
}

/// `metadata.tsv`: article file name → publication date.
fn publication_dates(path: &Path) -> HashMap<String, String> {
    let Ok(text) = std::fs::read_to_string(path) else { return HashMap::new() };
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let (Some(name), Some(date)) = (
        header.iter().position(|h| *h == "filename"),
        header.iter().position(|h| *h == "publication_date"),
    ) else {
        return HashMap::new();
    };
    lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((f.get(name)?.to_string(), f.get(date)?.to_string()))
        })
        .collect()
}
