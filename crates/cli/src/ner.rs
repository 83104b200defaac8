//! `attache ner` and `attache train ner`: the named-entity tagger on CoNLL-2003 files.

use std::io::Write;
use std::time::Instant;

use anyhow::{Context, Result};
use attache_entities::ner::{self, DocumentWords, EntitySpan, NerModel, Sentence, TYPES};
use attache_eval::conll::{self, Entity, Scores};
use attache_kb::KnowledgeBase;

use crate::args::NerArgs;

/// A CoNLL file made ready for the tagger: words, knowledge-base features, document
/// words and gold entities per sentence.
pub struct Prepared {
    words: Vec<Vec<String>>,
    kb: Vec<Vec<Vec<&'static str>>>,
    docs: Vec<DocumentWords>,
    /// The document of each sentence.
    doc_of: Vec<usize>,
    gold: Vec<Vec<Entity>>,
}

impl Prepared {
    pub fn read(path: &std::path::Path) -> Result<Prepared> {
        let text = std::fs::read_to_string(path).with_context(|| {
            format!("{}: cannot read (a CoNLL-2003 file is needed)", path.display())
        })?;
        let kb = KnowledgeBase::builtin();
        let mut p = Prepared {
            words: Vec::new(),
            kb: Vec::new(),
            docs: Vec::new(),
            doc_of: Vec::new(),
            gold: Vec::new(),
        };
        for doc in conll::read(&text) {
            let views: Vec<Vec<&str>> =
                doc.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
            p.docs.push(DocumentWords::new(views.iter().map(Vec::as_slice)));
            for (sentence, view) in doc.iter().zip(&views) {
                p.kb.push(ner::kb_features(&kb, view));
                p.words.push(sentence.words.clone());
                p.gold.push(conll::entities(&sentence.tags));
                p.doc_of.push(p.docs.len() - 1);
            }
        }
        Ok(p)
    }

    fn views(&self) -> Vec<Vec<&str>> {
        self.words.iter().map(|s| s.iter().map(String::as_str).collect()).collect()
    }

    /// Tags every sentence and scores it.
    pub fn score(
        &self,
        model: &NerModel,
        mut each: impl FnMut(usize, &[Entity], &[Entity]),
    ) -> Scores {
        let views = self.views();
        let mut scores = Scores::default();
        for (i, view) in views.iter().enumerate() {
            let sentence = Sentence { words: view, kb: &self.kb[i] };
            let predicted: Vec<Entity> = model
                .tag(&sentence, &self.docs[self.doc_of[i]])
                .into_iter()
                .map(|e| Entity { start: e.start, end: e.end, kind: TYPES[e.kind].to_string() })
                .collect();
            scores.add(&self.gold[i], &predicted);
            each(i, &self.gold[i], &predicted);
        }
        scores
    }
}

fn print_scores(scores: &Scores) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "type       gold  predicted  matched        P        R       F1");
    for (kind, &counts) in &scores.by_type {
        let (p, r, f) = conll::prf(counts);
        let _ = writeln!(
            out,
            "{kind:<8} {:>6} {:>10} {:>8}   {p:.4}   {r:.4}   {f:.4}",
            counts.0, counts.1, counts.2
        );
    }
    let total = scores.total();
    let (p, r, f) = conll::prf(total);
    let _ = writeln!(
        out,
        "{:<8} {:>6} {:>10} {:>8}   {p:.4}   {r:.4}   {f:.4}",
        "all", total.0, total.1, total.2
    );
}

/// `attache ner --conll FILE`.
pub fn run(args: &NerArgs) -> Result<bool> {
    let model = match &args.model {
        Some(path) => NerModel::from_bytes(
            &std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?,
        )
        .with_context(|| format!("{}: not a named-entity model", path.display()))?,
        None => NerModel::shipped(),
    };
    // Timed from reading the file: knowledge-base features, document words and
    // tagging; loading the knowledge base and the model (once per process) is not.
    let _ = KnowledgeBase::builtin();
    #[allow(clippy::disallowed_methods)] // timing belongs to the binary, not the core
    let started = Instant::now();
    let data = Prepared::read(&args.conll)?;
    let mut missed = Vec::new();
    let mut spurious = Vec::new();
    let mut predictions: Vec<Vec<Entity>> = Vec::with_capacity(data.words.len());
    let words: usize = data.words.iter().map(Vec::len).sum();
    let scores = data.score(&model, |i, gold, predicted| {
        predictions.push(predicted.to_vec());
        let words = |e: &Entity| data.words[i][e.start..e.end].join(" ");
        for g in gold.iter().filter(|g| !predicted.contains(g)) {
            missed.push(format!("missed   {} {}", g.kind, words(g)));
        }
        for p in predicted.iter().filter(|p| !gold.contains(p)) {
            spurious.push(format!("spurious {} {}", p.kind, words(p)));
        }
    });
    let seconds = started.elapsed().as_secs_f64();
    outln!(
        "{}: {} sentences, {words} words; model with {} features; read, featurised and tagged at {:.0} words/s",
        args.conll.display(),
        data.words.len(),
        model.features(),
        words as f64 / seconds
    );
    if let Some(output) = &args.output {
        write_tagged(&args.conll, output, &predictions)?;
        outln!("wrote {} (predicted tags in the last column)", output.display());
    }
    print_scores(&scores);
    for line in missed.iter().take(args.show_errors).chain(spurious.iter().take(args.show_errors)) {
        outln!("{line}");
    }
    Ok(true)
}

/// The input file again, each token line with its predicted tag (IOB2) appended.
fn write_tagged(
    input: &std::path::Path,
    output: &std::path::Path,
    predictions: &[Vec<Entity>],
) -> Result<()> {
    let text = std::fs::read_to_string(input)
        .with_context(|| format!("{}: cannot read", input.display()))?;
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut sentence = 0;
    let mut token = 0;
    let mut in_sentence = false;
    for line in text.lines() {
        let trimmed = line.trim_end();
        if trimmed.is_empty() || trimmed.starts_with("-DOCSTART-") {
            if in_sentence {
                sentence += 1;
                token = 0;
                in_sentence = false;
            }
            out.push_str(trimmed);
            if trimmed.starts_with("-DOCSTART-") {
                out.push_str(" O");
            }
            out.push('\n');
            continue;
        }
        in_sentence = true;
        let tag = predictions.get(sentence).and_then(|entities| {
            entities
                .iter()
                .find(|e| e.start <= token && token < e.end)
                .map(|e| format!("{}-{}", if e.start == token { "B" } else { "I" }, e.kind))
        });
        out.push_str(trimmed);
        out.push(' ');
        out.push_str(tag.as_deref().unwrap_or("O"));
        out.push('\n');
        token += 1;
    }
    std::fs::write(output, out).with_context(|| format!("{}: cannot write", output.display()))?;
    Ok(())
}

/// `attache train ner`.
pub fn train(
    train: &std::path::Path,
    dev: &std::path::Path,
    output: &std::path::Path,
    epochs: usize,
    seed: u64,
) -> Result<bool> {
    let train_data = Prepared::read(train)?;
    let dev_data = Prepared::read(dev)?;
    let views = train_data.views();
    let examples: Vec<(Sentence<'_>, &DocumentWords, Vec<EntitySpan>)> = views
        .iter()
        .enumerate()
        .map(|(i, view)| {
            let gold = train_data.gold[i]
                .iter()
                .map(|e| EntitySpan {
                    start: e.start,
                    end: e.end,
                    kind: TYPES.iter().position(|t| *t == e.kind).unwrap_or(3),
                })
                .collect();
            (
                Sentence { words: view, kb: &train_data.kb[i] },
                &train_data.docs[train_data.doc_of[i]],
                gold,
            )
        })
        .collect();
    outln!(
        "training on {} sentences of {}, {epochs} epochs, seed {seed}",
        examples.len(),
        train.display()
    );
    let model = NerModel::train(&examples, epochs, seed, |epoch, model| {
        let scores = dev_data.score(model, |_, _, _| {});
        let (p, r, f) = conll::prf(scores.total());
        let _ = writeln!(
            std::io::stdout().lock(),
            "epoch {epoch}: {} features; dev P {p:.4} R {r:.4} F1 {f:.4}",
            model.features()
        );
    });
    std::fs::write(output, model.to_bytes())
        .with_context(|| format!("{}: cannot write", output.display()))?;
    outln!("wrote {} ({} features)", output.display(), model.features());
    Ok(true)
}
