//! `attache train`: the project's own trainers, on files given by the user.

use std::collections::BTreeSet;
use std::sync::Arc;

use std::io::Write;

use anyhow::{Context, Result};
use attache_eval::sentences::{self, RunningText, running_texts};
use attache_segment::{BoundaryModel, EnglishSegmenter};

use crate::args::{TrainArgs, TrainCommand};

/// Runs the command.
pub fn run(args: &TrainArgs) -> Result<bool> {
    match &args.what {
        TrainCommand::Sentences { train, dev, output, epochs, seed } => {
            let read = |path: &std::path::Path| -> Result<Vec<RunningText>> {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("{}: cannot read", path.display()))?;
                Ok(running_texts(&text))
            };
            let train_docs: Vec<(String, BTreeSet<usize>)> =
                read(train)?.into_iter().map(|d| (d.text, d.ends)).collect();
            let dev_docs = read(dev)?;
            outln!(
                "training on {} documents of {}, {epochs} epochs, seed {seed}",
                train_docs.len(),
                train.display()
            );
            let score = |model: &BoundaryModel| {
                let segmenter = EnglishSegmenter::with_model(Arc::new(model.clone()));
                sentences::score(&dev_docs, |text| segmenter.sentence_ends(text))
            };
            let model = BoundaryModel::train(&train_docs, *epochs, *seed, |epoch, model| {
                let c = score(model);
                let _ = writeln!(
                    std::io::stdout().lock(),
                    "epoch {epoch}: {} features; dev P {:.4} R {:.4} F1 {:.4}",
                    model.len(),
                    c.precision(),
                    c.recall(),
                    c.f1()
                );
            });
            std::fs::write(output, model.to_bytes())
                .with_context(|| format!("{}: cannot write", output.display()))?;
            outln!("wrote {} ({} features)", output.display(), model.len());
            Ok(true)
        }
        TrainCommand::Ner { train, dev, output, epochs, seed } => {
            crate::ner::train(train, dev, output, *epochs, *seed)
        }
        TrainCommand::Clusters { corpus, output, coarse, fine, min_count, iterations } => {
            crate::syntax::train_clusters(corpus, output, *coarse, *fine, *min_count, *iterations)
        }
        TrainCommand::Tagger {
            train,
            dev,
            output,
            clusters,
            lexicon,
            epochs,
            seed,
            ensemble,
            prune,
        } => {
            let paths = crate::syntax::TaggerFiles { train, dev, output, clusters, lexicon };
            crate::syntax::train_tagger(&paths, *epochs, *seed, *ensemble, *prune)
        }
        TrainCommand::Parser {
            train,
            dev,
            output,
            tagger,
            epochs,
            tagger_epochs,
            prune,
            seed,
            ensemble,
            quick,
        } => crate::syntax::train_parser(
            train,
            dev,
            output,
            tagger,
            *epochs,
            *tagger_epochs,
            *prune,
            *seed,
            *ensemble,
            &quick.options(*seed),
        ),
        TrainCommand::Quick { train, dev, parser, output, tagger, tagger_epochs, seed, quick } => {
            crate::syntax::train_quick(
                train,
                dev,
                parser,
                output,
                tagger,
                *tagger_epochs,
                &quick.options(*seed),
            )
        }
    }
}
