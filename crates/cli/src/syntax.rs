//! `attache parse` and `attache train tagger|parser`: the syntax models on CoNLL-U
//! files.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use attache_segment::EnglishSegmenter;
use attache_syntax::conllu::{self, Scores, Sentence};
use attache_syntax::{
    Analysis, Clusters, Lexicon, Parser, Syntax, Tagger, TrainingSentence, Tree, Upos, Workspace,
};

use crate::args::ParseArgs;

fn read(path: &Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    conllu::read(&text).with_context(|| format!("{}: not CoNLL-U", path.display()))
}

fn load<T>(path: &Path, from: fn(&[u8]) -> Result<T, attache_syntax::ModelError>) -> Result<T> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    from(&bytes).with_context(|| format!("{}: cannot load", path.display()))
}

/// The gold UPOS of every word, or an error naming the sentence.
fn gold_tags(path: &Path, s: &Sentence, i: usize) -> Result<Vec<Upos>> {
    s.words
        .iter()
        .map(|w| {
            Upos::parse(&w.upos).with_context(|| {
                format!("{}: sentence {}: `{}` is not a UPOS tag", path.display(), i + 1, w.upos)
            })
        })
        .collect()
}

/// Fills the predicted columns of a copy of `gold`.
fn predicted(syntax: &Syntax, gold: &Sentence, tags: &[Upos], tree: &Tree) -> Sentence {
    let mut out = gold.clone();
    for (i, w) in out.words.iter_mut().enumerate() {
        w.upos = tags[i].as_str().to_owned();
        w.head = Some(tree.heads[i].map_or(0, |h| h + 1));
        w.deprel = syntax.label(tree.labels[i]).to_owned();
    }
    out
}

/// The sentences of a plain-text file, as attache's segmenter splits them, with
/// empty gold columns.
fn read_text(path: &Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let seg = EnglishSegmenter::new().segment_text(&text);
    Ok(seg
        .sentences
        .iter()
        .map(|s| Sentence {
            comments: vec![format!("# text = {}", s.span.text(&text).replace('\n', " "))],
            words: seg.tokens[s.tokens.clone()]
                .iter()
                .map(|t| conllu::Word {
                    form: t.span.text(&text).to_owned(),
                    lemma: "_".into(),
                    upos: "_".into(),
                    xpos: "_".into(),
                    feats: "_".into(),
                    head: None,
                    deprel: "_".into(),
                    deps: "_".into(),
                    misc: format!("TokenRange={}:{}", t.span.byte_start, t.span.byte_end),
                })
                .collect(),
            other: Vec::new(),
        })
        .collect())
}

/// Runs `attache parse`.
pub fn run(args: &ParseArgs) -> Result<bool> {
    let (path, sentences) = match (&args.conllu, &args.text) {
        (Some(path), _) => (path.as_path(), read(path)?),
        (None, Some(path)) => (path.as_path(), read_text(path)?),
        (None, None) => bail!("give --conllu FILE or --text FILE"),
    };
    let output = args.output.clone().or_else(|| args.text.as_ref().map(|_| "-".into()));
    let syntax = match (&args.tagger, &args.parser) {
        (None, None) => Syntax::builtin().clone(),
        (t, p) => {
            let tagger = match t {
                Some(t) => load(t, Tagger::from_bytes)?,
                None => Syntax::builtin().tagger().clone(),
            };
            let parser = match p {
                Some(p) => load(p, Parser::from_bytes)?,
                None => Syntax::builtin().parser().clone(),
            };
            Syntax::new(tagger, parser)
        }
    };
    let mut work = Workspace::default();
    let mut analysis = Analysis::default();
    let mut scores = Scores::default();
    let mut out = Vec::with_capacity(sentences.len());
    let scored = sentences.iter().all(|s| s.has_upos() && s.has_tree());
    for (i, s) in sentences.iter().enumerate() {
        let forms = s.forms();
        if args.gold_tags {
            analysis.tags = gold_tags(path, s, i)?;
            syntax.parse_tagged(&forms, &analysis.tags, &mut work, &mut analysis.tree);
        } else {
            syntax.analyze(&forms, &mut work, &mut analysis);
        }
        let p = predicted(&syntax, s, &analysis.tags, &analysis.tree);
        if scored {
            scores.add(s, &p);
        }
        out.push(p);
    }
    if let Some(path) = &output {
        let text = conllu::write(&out);
        if path.as_os_str() == "-" {
            std::io::stdout().lock().write_all(text.as_bytes())?;
            return Ok(true);
        }
        std::fs::write(path, text).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    if scored {
        outln!(
            "{}: {} sentences, {} words{}",
            path.display(),
            sentences.len(),
            scores.words,
            if args.gold_tags { " (gold tags)" } else { "" }
        );
        outln!("UPOS {:.2}%", 100.0 * scores.upos_accuracy());
        outln!("UAS  {:.2}%", 100.0 * scores.uas());
        outln!(
            "LAS  {:.2}% (universal relations {:.2}%)",
            100.0 * scores.las(),
            100.0 * scores.las_universal()
        );
    } else {
        outln!("{}: {} sentences (no gold columns to score)", path.display(), sentences.len());
    }
    Ok(true)
}

fn tagged(path: &Path, sentences: &[Sentence]) -> Result<Vec<(Vec<String>, Vec<Upos>)>> {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Ok((s.words.iter().map(|w| w.form.clone()).collect(), gold_tags(path, s, i)?))
        })
        .collect()
}

fn tag_accuracy(tagger: &Tagger, dev: &[(Vec<String>, Vec<Upos>)]) -> f64 {
    let (mut right, mut total) = (0usize, 0usize);
    for (words, gold) in dev {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let tags = tagger.tag(&words);
        right += tags.iter().zip(gold).filter(|(a, b)| a == b).count();
        total += gold.len();
    }
    right as f64 / total.max(1) as f64
}

/// Runs `attache train clusters`.
pub fn train_clusters(
    corpus: &[std::path::PathBuf],
    output: &Path,
    coarse: usize,
    fine: usize,
    min_count: u32,
    iterations: usize,
) -> Result<bool> {
    let segmenter = EnglishSegmenter::new();
    let mut sentences: Vec<Vec<String>> = Vec::new();
    for path in corpus {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let seg = segmenter.segment_text(line);
            for s in &seg.sentences {
                sentences.push(
                    seg.tokens[s.tokens.clone()]
                        .iter()
                        .map(|t| t.span.text(line).to_owned())
                        .collect(),
                );
            }
        }
    }
    let words: usize = sentences.iter().map(Vec::len).sum();
    outln!(
        "{} sentences, {words} words; {coarse} and {fine} classes of the words seen {min_count} times or more",
        sentences.len()
    );
    let clusters =
        Clusters::train(&sentences, coarse, fine, min_count, iterations, |g, pass, moved| {
            let _ = writeln!(
                std::io::stdout().lock(),
                "{} classes, pass {pass}: {moved} words moved",
                if g == 0 { coarse } else { fine }
            );
        });
    let bytes = clusters.to_bytes();
    std::fs::write(output, &bytes)
        .with_context(|| format!("{}: cannot write", output.display()))?;
    outln!("wrote {} ({} words)", output.display(), clusters.len());
    Ok(true)
}

fn load_clusters(path: &Path) -> Result<Clusters> {
    load(path, Clusters::from_bytes)
}

/// The files `attache train tagger` reads and writes.
pub struct TaggerFiles<'a> {
    pub train: &'a Path,
    pub dev: &'a Path,
    pub output: &'a Path,
    pub clusters: &'a Path,
    pub lexicon: &'a Path,
}

/// Runs `attache train tagger`: `ensemble` taggers, seeds `seed` and on, and the
/// tagger of their mean weights, less those under `prune` of the largest.
pub fn train_tagger(
    files: &TaggerFiles<'_>,
    epochs: usize,
    seed: u64,
    ensemble: u64,
    prune: f32,
) -> Result<bool> {
    let TaggerFiles { train, dev, output, clusters, lexicon } = *files;
    let clusters = load_clusters(clusters)?;
    let text = std::fs::read_to_string(lexicon)
        .with_context(|| format!("{}: cannot read", lexicon.display()))?;
    let lexicon =
        Lexicon::parse(&text).with_context(|| format!("{}: bad lexicon", lexicon.display()))?;
    let train_data = tagged(train, &read(train)?)?;
    let dev_data = tagged(dev, &read(dev)?)?;
    let mut members = Vec::new();
    for seed in (seed..).take(usize::try_from(ensemble).unwrap_or(1)) {
        outln!(
            "training on {} sentences of {}, {epochs} epochs, seed {seed}",
            train_data.len(),
            train.display()
        );
        let tagger =
            Tagger::train(&train_data, &clusters, &lexicon, epochs, seed, |epoch, tagger| {
                let _ = writeln!(
                    std::io::stdout().lock(),
                    "epoch {epoch}: {} features; dev UPOS {:.2}%",
                    tagger.features(),
                    100.0 * tag_accuracy(tagger, &dev_data)
                );
            });
        members.push(tagger);
    }
    let mut tagger = Tagger::mean(&members).context("no tagger trained")?;
    if members.len() > 1 {
        outln!(
            "mean of {} taggers: {} features; dev UPOS {:.2}%",
            members.len(),
            tagger.features(),
            100.0 * tag_accuracy(&tagger, &dev_data)
        );
    }
    if prune > 0.0 {
        tagger.prune(prune);
        outln!(
            "pruned at {prune}: {} features; dev UPOS {:.2}%",
            tagger.features(),
            100.0 * tag_accuracy(&tagger, &dev_data)
        );
    }
    let bytes = tagger.to_bytes();
    std::fs::write(output, &bytes)
        .with_context(|| format!("{}: cannot write", output.display()))?;
    outln!("wrote {} ({} bytes)", output.display(), bytes.len());
    Ok(true)
}

/// Sentences with the tags given and the gold tree.
fn training(
    path: &Path,
    sentences: &[Sentence],
    tags: Vec<Vec<Upos>>,
) -> Result<Vec<TrainingSentence>> {
    sentences
        .iter()
        .zip(tags)
        .enumerate()
        .map(|(i, (s, tags))| {
            let Some(heads) = s.heads() else {
                bail!("{}: sentence {} has a word without a head", path.display(), i + 1)
            };
            Ok(TrainingSentence {
                words: s.words.iter().map(|w| w.form.clone()).collect(),
                tags,
                heads,
                relations: s.words.iter().map(|w| w.deprel.clone()).collect(),
            })
        })
        .collect()
}

/// The parser's training data: each of `FOLDS` parts of the training file tagged by a
/// tagger trained on the others (jackknifing), so that the parser learns on tags as
/// wrong as those it will see; and the dev file, tagged by `tagger`.
struct ParserData {
    train: Vec<TrainingSentence>,
    dev: Vec<Sentence>,
    dev_tags: Vec<Vec<Upos>>,
    tagger: Tagger,
}

fn parser_data(
    train: &Path,
    dev: &Path,
    tagger: &Path,
    tagger_epochs: usize,
    seed: u64,
) -> Result<ParserData> {
    const FOLDS: usize = 4;
    let train_sentences = read(train)?;
    let dev_sentences = read(dev)?;
    let train_tagged = tagged(train, &train_sentences)?;
    let dev_tagger = load(tagger, Tagger::from_bytes)?;
    outln!("tagging {} training sentences by {FOLDS} jackknife taggers", train_tagged.len());
    let mut train_tags: Vec<Vec<Upos>> = vec![Vec::new(); train_tagged.len()];
    for fold in 0..FOLDS {
        let rest: Vec<(Vec<String>, Vec<Upos>)> = train_tagged
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, s)| s.clone())
            .collect();
        let tagger = Tagger::train(
            &rest,
            dev_tagger.clusters(),
            dev_tagger.lexicon(),
            tagger_epochs,
            seed,
            |_, _| {},
        );
        let held: Vec<(Vec<String>, Vec<Upos>)> = train_tagged
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS == fold)
            .map(|(_, s)| s.clone())
            .collect();
        outln!(
            "fold {}: UPOS {:.2}% on its held-out quarter",
            fold + 1,
            100.0 * tag_accuracy(&tagger, &held)
        );
        for (i, (words, _)) in train_tagged.iter().enumerate().filter(|(i, _)| i % FOLDS == fold) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            train_tags[i] = tagger.tag_by_model(&words);
        }
    }
    let train_data = training(train, &train_sentences, train_tags)?;
    let dev_tags: Vec<Vec<Upos>> =
        dev_sentences.iter().map(|s| dev_tagger.tag(&s.forms())).collect();
    Ok(ParserData { train: train_data, dev: dev_sentences, dev_tags, tagger: dev_tagger })
}

impl ParserData {
    /// The parser's scores on the dev file, and how many of its transitions the quick
    /// model chose.
    fn scores(&self, parser: &Parser) -> String {
        let syntax = Syntax::new(self.tagger.clone(), parser.clone());
        let mut scores = Scores::default();
        let mut work = Workspace::default();
        let mut tree = Tree::default();
        for (s, tags) in self.dev.iter().zip(&self.dev_tags) {
            syntax.parse_tagged(&s.forms(), tags, &mut work, &mut tree);
            scores.add(s, &predicted(&syntax, s, tags, &tree));
        }
        let quick = match work.parser_decisions() {
            (all, quick) if parser.quick().is_some() => format!(
                "; the quick model chose {quick} of {all} transitions ({:.1}%)",
                100.0 * quick as f64 / all.max(1) as f64
            ),
            _ => String::new(),
        };
        format!(
            "{} features; dev UAS {:.2}% LAS {:.2}% (universal {:.2}%){quick}",
            parser.features(),
            100.0 * scores.uas(),
            100.0 * scores.las(),
            100.0 * scores.las_universal()
        )
    }

    /// Trains the parser's quick model and prints what it changes on the dev file.
    fn train_quick(&self, parser: &mut Parser, quick: &QuickOptions) -> Result<()> {
        parser.drop_quick();
        outln!("without a quick model: {}", self.scores(parser));
        let QuickOptions { epochs, prune, threshold, seed } = *quick;
        if epochs == 0 {
            outln!("no quick model (0 epochs)");
            return Ok(());
        }
        outln!("training the quick model, {epochs} epochs, seed {seed}");
        parser.train_quick(&self.train, self.tagger.clusters(), epochs, seed, prune, threshold);
        let (features, _) = parser.quick().unwrap_or_default();
        outln!(
            "with a quick model of {features} features, threshold {threshold}: {}",
            self.scores(parser)
        );
        Ok(())
    }
}

/// How `attache train parser` and `attache train quick` train the quick model.
#[derive(Clone, Copy, Debug)]
pub struct QuickOptions {
    /// Passes over the training data; 0 for no quick model.
    pub epochs: usize,
    /// Weights under this fraction of the largest are dropped.
    pub prune: f32,
    /// The margin at which its choice stands.
    pub threshold: f32,
    pub seed: u64,
}

fn write_parser(parser: &Parser, output: &Path) -> Result<()> {
    let bytes = parser.to_bytes();
    std::fs::write(output, &bytes)
        .with_context(|| format!("{}: cannot write", output.display()))?;
    outln!("wrote {} ({} bytes, {} features)", output.display(), bytes.len(), parser.features());
    Ok(())
}

/// Runs `attache train parser`.
pub fn train_parser(
    train: &Path,
    dev: &Path,
    output: &Path,
    tagger: &Path,
    epochs: usize,
    tagger_epochs: usize,
    prune: f32,
    seed: u64,
    ensemble: u64,
    quick: &QuickOptions,
) -> Result<bool> {
    let data = parser_data(train, dev, tagger, tagger_epochs, seed)?;
    outln!(
        "training on {} sentences of {}, {epochs} epochs, seed {seed}",
        data.train.len(),
        train.display()
    );
    let mut members = Vec::new();
    for seed in (seed..).take(usize::try_from(ensemble).unwrap_or(1)) {
        if ensemble > 1 {
            outln!("parser with seed {seed}");
        }
        members.push(Parser::train(
            &data.train,
            data.tagger.clusters(),
            epochs,
            seed,
            |epoch, parser| {
                let _ =
                    writeln!(std::io::stdout().lock(), "epoch {epoch}: {}", data.scores(parser));
            },
        ));
    }
    let mut parser = if let [one] = members.as_slice() {
        one.clone()
    } else {
        let mean = Parser::mean(&members).context("parsers of different relations")?;
        outln!("mean of {} parsers: {}", members.len(), data.scores(&mean));
        mean
    };
    parser.prune(prune);
    if quick.epochs > 0 {
        // (which prints the pruned parser's scores first)
        data.train_quick(&mut parser, quick)?;
    } else {
        outln!("pruned at {prune}: {}", data.scores(&parser));
    }
    write_parser(&parser, output)?;
    Ok(true)
}

/// Runs `attache train quick`: the quick model of the parser in `parser`, written
/// with it to `output`.
pub fn train_quick(
    train: &Path,
    dev: &Path,
    parser: &Path,
    output: &Path,
    tagger: &Path,
    tagger_epochs: usize,
    quick: &QuickOptions,
) -> Result<bool> {
    let mut model = load(parser, Parser::from_bytes)?;
    let data = parser_data(train, dev, tagger, tagger_epochs, quick.seed)?;
    data.train_quick(&mut model, quick)?;
    write_parser(&model, output)?;
    Ok(true)
}
