//! `attache bench`: figures against public benchmarks, printed the way the peers'
//! scripts print theirs so that the two can be read side by side.

use std::time::Instant;

use std::io::Write;

use anyhow::{Context, Result};
use attache_eval::sentences::{BoundaryCounts, running_texts};
use attache_segment::EnglishSegmenter;

use crate::args::{BenchArgs, BenchCommand};

/// Runs the command.
pub fn run(args: &BenchArgs) -> Result<bool> {
    match &args.what {
        BenchCommand::Timex { dir, show_errors, literal } => timex(dir, *show_errors, *literal),
        BenchCommand::Events { gsr, show } => crate::bench_events::gsr(gsr, *show),
        BenchCommand::Petrarch { dir, show } => crate::bench_events::petrarch(dir, *show),
        BenchCommand::Quotes { dir, show_errors } => crate::bench_quotes::run(dir, *show_errors),
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
                let predicted = segmenter.sentence_ends(&doc.text);
                counts.add(&doc.ends, &predicted);
                if *show_errors > 0 {
                    missed.extend(doc.ends.difference(&predicted).map(|&e| context(&doc.text, e)));
                    spurious
                        .extend(predicted.difference(&doc.ends).map(|&e| context(&doc.text, e)));
                }
            }
            let seconds = started.elapsed().as_secs_f64();
            outln!(
                "sentence boundaries: P {:.4} R {:.4} F1 {:.4} (tp {} fp {} fn {})",
                counts.precision(),
                counts.recall(),
                counts.f1(),
                counts.true_positives,
                counts.false_positives,
                counts.false_negatives
            );
            outln!("{} documents, {bytes} bytes in {seconds:.3} s", docs.len());
            for (title, list) in [("missed", &missed), ("spurious", &spurious)] {
                for line in list.iter().take(*show_errors) {
                    outln!("{title:>8}: {line}");
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

fn tml_files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    if path.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let entries = std::fs::read_dir(path).with_context(|| {
        format!(
            "{}: cannot read (the benchmarks live in ../shared/bench beside the repository)",
            path.display()
        )
    })?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            tml_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Time expressions on TimeML files, TempEval-3 scores.
fn timex(dir: &std::path::Path, show_errors: usize, literal: bool) -> Result<bool> {
    use attache_eval::timeml::{PredictedTimex, TimexCounts};
    use attache_model::{Document, Metadata, Paragraph};
    use attache_text::Span;

    let mut files = Vec::new();
    tml_files(dir, &mut files)?;
    files.sort();
    let segmenter = EnglishSegmenter::new();
    let recognizer = attache_extract::TimeRecognizer::new();
    let mut counts = TimexCounts::default();
    let mut errors: Vec<String> = Vec::new();
    let mut bytes = 0;
    let mut seconds = 0.0;
    for file in &files {
        let source = std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read", file.display()))?;
        let Some(doc) = attache_eval::timeml::parse(&source) else {
            eprintln!("attache: {}: no <DCT> or <TEXT>; skipped", file.display());
            continue;
        };
        let anchor = attache_ingest::parse_moment(&doc.creation_time)
            .or_else(|| attache_ingest::parse_moment(doc.creation_time.get(..10).unwrap_or("")));
        // Paragraphs are runs of lines separated by blank lines, as in the files.
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        for part in doc.text.split("\n\n") {
            let span = Span::trimmed(&doc.text, Span::new(offset, offset + part.len()));
            if !span.is_empty() {
                paragraphs.push(Paragraph { span, joins_previous: false });
            }
            offset += part.len() + 2;
        }
        let body = paragraphs.first().map_or(Span::empty(0), |p: &Paragraph| p.span);
        let document = Document {
            id: String::new(),
            text: doc.text.clone(),
            meta: Metadata::default(),
            body,
            paragraphs,
        };
        #[allow(clippy::disallowed_methods)] // timing belongs to the binary, not the core
        let started = Instant::now();
        let (segmentation, _) = segmenter.segment(&document);
        let (times, _) = recognizer.recognize(
            &document.text,
            &segmentation.tokens,
            &segmentation.sentences,
            anchor,
        );
        seconds += started.elapsed().as_secs_f64();
        bytes += document.text.len();
        let predicted: Vec<PredictedTimex> = times
            .iter()
            .flat_map(|t| {
                let p = PredictedTimex {
                    start: t.span.byte_start,
                    end: t.span.byte_end,
                    kind: t.kind.as_str().to_string(),
                    value: t.value.clone(),
                };
                // TimeML's conventions (see `--literal`): a range's two ends, local
                // clock times.
                if literal {
                    vec![p]
                } else {
                    let value = attache_eval::timeml::without_zone(&p.value);
                    PredictedTimex { value, ..p }.timeml_parts(&document.text)
                }
            })
            .collect();
        counts.add(&doc.timexes, &predicted);
        if show_errors > 0 {
            let name =
                file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            for g in &doc.timexes {
                match predicted.iter().find(|p| p.start < g.end && g.start < p.end) {
                    None => errors.push(format!(
                        "missed   {name}: {:?} {}",
                        &doc.text[g.start..g.end],
                        g.value
                    )),
                    Some(p)
                        if attache_eval::timeml::normalise(&p.value)
                            != attache_eval::timeml::normalise(&g.value) =>
                    {
                        errors.push(format!(
                            "value    {name}: {:?} gold {:?} {} ours {:?} {}",
                            &doc.text[p.start..p.end].replace('\n', " "),
                            &doc.text[g.start..g.end],
                            g.value,
                            &doc.text[p.start..p.end],
                            p.value
                        ))
                    }
                    _ => {}
                }
            }
            for p in &predicted {
                if !doc.timexes.iter().any(|g| p.start < g.end && g.start < p.end) {
                    errors.push(format!(
                        "spurious {name}: {:?} {}",
                        &doc.text[p.start..p.end],
                        p.value
                    ));
                }
            }
        }
    }
    let row = |name: &str, correct: usize| {
        let (p, r, f) = counts.prf(correct);
        let _ = writeln!(std::io::stdout().lock(), "{name:<20} P {p:.4} R {r:.4} F1 {f:.4}");
    };
    outln!(
        "{} files, {} gold and {} predicted time expressions",
        files.len(),
        counts.gold,
        counts.predicted
    );
    row("strict extraction", counts.strict);
    row("relaxed extraction", counts.relaxed);
    row("value", counts.value);
    row("type", counts.kind);
    outln!("segment + recognise: {bytes} bytes in {seconds:.3} s");
    for kind in ["missed", "value", "spurious"] {
        for line in errors.iter().filter(|l| l.starts_with(kind)).take(show_errors) {
            outln!("{line}");
        }
    }
    Ok(true)
}
