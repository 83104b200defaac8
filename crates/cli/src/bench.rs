//! `attache bench`: figures against public benchmarks, printed the way the peers'
//! scripts print theirs so that the two can be read side by side.

use std::collections::BTreeSet;
use std::time::Instant;

use anyhow::{Context, Result};
use attache_eval::sentences::{BoundaryCounts, running_texts};
use attache_segment::EnglishSegmenter;

use crate::args::{BenchArgs, BenchCommand};

/// Runs the command.
pub fn run(args: &BenchArgs) -> Result<bool> {
    match &args.what {
        BenchCommand::Sentences { conllu, show_errors, rules_only, model } => {
            let text = std::fs::read_to_string(conllu).with_context(|| {
                format!("{}: cannot read (the benchmarks live in ../shared/bench beside the repository)", conllu.display())
            })?;
            let docs = running_texts(&text);
            let segmenter = match (rules_only, model) {
                (true, _) => EnglishSegmenter::rules_only(),
                (false, Some(path)) => {
                    let bytes = std::fs::read(path)
                        .with_context(|| format!("{}: cannot read", path.display()))?;
                    let model = attache_segment::BoundaryModel::from_bytes(&bytes)
                        .with_context(|| format!("{}: cannot load", path.display()))?;
                    EnglishSegmenter::with_model(std::sync::Arc::new(model))
                }
                (false, None) => EnglishSegmenter::new(),
            };
            let mut counts = BoundaryCounts::default();
            let mut missed = Vec::new();
            let mut spurious = Vec::new();
            let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
            #[allow(clippy::disallowed_methods)] // timing belongs to the binary, not the core
            let started = Instant::now();
            for doc in &docs {
                let predicted: BTreeSet<usize> = segmenter
                    .segment_text(&doc.text)
                    .sentences
                    .iter()
                    .map(|s| s.span.byte_end)
                    .collect();
                counts.add(&doc.ends, &predicted);
                if *show_errors > 0 {
                    missed.extend(doc.ends.difference(&predicted).map(|&e| context(&doc.text, e)));
                    spurious
                        .extend(predicted.difference(&doc.ends).map(|&e| context(&doc.text, e)));
                }
            }
            let seconds = started.elapsed().as_secs_f64();
            println!(
                "sentence boundaries: P {:.4} R {:.4} F1 {:.4} (tp {} fp {} fn {})",
                counts.precision(),
                counts.recall(),
                counts.f1(),
                counts.true_positives,
                counts.false_positives,
                counts.false_negatives
            );
            println!("{} documents, {bytes} bytes in {seconds:.3} s", docs.len());
            for (title, list) in [("missed", &missed), ("spurious", &spurious)] {
                for line in list.iter().take(*show_errors) {
                    println!("{title:>8}: {line}");
                }
            }
            Ok(true)
        }
    }
}

/// `…words before|words after…` around a boundary.
fn context(text: &str, at: usize) -> String {
    let mut start = at.saturating_sub(40);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 30).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!("{}|{}", &text[start..at], &text[at..end]).replace('\n', " ")
}
