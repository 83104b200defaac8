//! Command-line flags. Parsed here, resolved into library calls in the command modules.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turns political and diplomatic news into evidence-backed event data.
///
/// Exit status: 0 when every input was analysed, or at least one was and the others
/// were reported on standard error; 1 when nothing could be analysed (or `eval`
/// found no gold file); 2 for a usage error.
#[derive(Debug, Parser)]
#[command(name = "attache", version, about, long_about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles (plain text) and print a report or the JSON output contract.
    Analyze(AnalyzeArgs),
    /// Score analyses against gold files: every `<id>.txt` beside an `<id>.gold.json`.
    Eval(EvalArgs),
    /// Measure against public benchmarks.
    Bench(BenchArgs),
    /// Train a model: the sentence-boundary model, the named-entity tagger, the
    /// part-of-speech tagger, the dependency parser or the parser's quick model.
    Train(TrainArgs),
    /// Tag and parse the words of a CoNLL-U file with the shipped models (or yours),
    /// write it back with the predicted UPOS, HEAD and DEPREL, and print UPOS accuracy,
    /// UAS and LAS when the file has gold columns.
    Parse(ParseArgs),
    /// Named entities on a CoNLL-2003 file: tags it with the shipped model and scores
    /// it (exact span and type, per type), like the shared task.
    Ner(NerArgs),
    /// What the knowledge base holds: counts by table, people by role, coverage of
    /// the UN members, and how long it takes to load.
    Kb(KbArgs),
    /// Print the JSON Schema of the output contract.
    Schema,
}

#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// Files or directories of articles (.txt); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Publication date-time of the article(s), overriding what the text says, e.g.
    /// `2017-11-19T19:32:00+04:00` or `2017-11-19`.
    #[arg(long, value_name = "DATETIME")]
    pub published: Option<String>,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Knowledge-base files of your own (states, organisations, titles, people or
    /// places, in the formats of crates/kb/data/README.md), added to the built-in one.
    #[arg(long, value_name = "FILE")]
    pub kb: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable report, coloured on a terminal.
    Text,
    /// The output contract: one JSON object, or an array for several inputs.
    Json,
    /// The output contract, one compact JSON object per line.
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Directory holding `<id>.txt` and `<id>.gold.json` files.
    pub dir: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub what: BenchCommand,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Event coding on the PETR2 GSR validation set (real news sentences, silver
    /// codes): micro P/R/F1 where a match needs the CAMEO root and the first three
    /// characters of source and target, and accuracy on the no-event sentences.
    Events {
        /// The JSONL file.
        #[arg(
            long,
            default_value = "../shared/bench/events/universal_petrarch/PETR2_GSR_validation.jsonl"
        )]
        gsr: PathBuf,
        /// Also print each sentence with its gold and predicted codes.
        #[arg(long)]
        show: bool,
    },
    /// The PETRARCH2 unit-test suite (fictional actors, read through the suite's own
    /// `PETR.Validate.*` dictionaries as `--kb` files): the share of records whose
    /// events (source, target, CAMEO code) are exactly the expected ones, by category.
    Petrarch {
        /// The suite's folder.
        #[arg(long, default_value = "../shared/bench/events/petrarch2")]
        dir: PathBuf,
        /// Also print each record with its gold and predicted codes.
        #[arg(long)]
        show: bool,
    },
    /// Quote attribution on PolNeAR (brat standoff): content P/R/F1 (a match covers at
    /// least half of the gold content), cue P/R/F1 and source accuracy.
    Quotes {
        /// The split's folder, with `text/` and `attributions/`.
        #[arg(long, default_value = "../shared/bench/quotes/polnear/dev")]
        dir: PathBuf,
        /// Also print up to N missed attributions.
        #[arg(long, value_name = "N", default_value_t = 0)]
        show_errors: usize,
    },
    /// Time expressions on TimeML files (TimeBank and AQUAINT by default): extraction
    /// strict and relaxed P/R/F1 and value F1, scored the TempEval-3 way with each
    /// file's creation time as the anchor.
    Timex {
        /// A TimeML file or a directory walked for `.tml` files.
        #[arg(long, default_value = "../shared/bench/timex/tbaq-cleaned")]
        dir: PathBuf,
        /// Also print up to N missed, N spurious and N wrongly valued expressions.
        #[arg(long, value_name = "N", default_value_t = 0)]
        show_errors: usize,
        /// Score our expressions as they are: a range stays one expression instead of
        /// TimeML's two ends, and clock times keep their zone offset.
        #[arg(long)]
        literal: bool,
    },
    /// Sentence-boundary precision, recall and F1 on the running text of a CoNLL-U
    /// file (UD English EWT dev by default), scored like `spacy_ud.py sents`.
    Sentences {
        /// The CoNLL-U file.
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu")]
        conllu: PathBuf,
        /// Split by the rules alone, without the shipped boundary model.
        #[arg(long)]
        rules_only: bool,
        /// Use this boundary model instead of the shipped one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        /// Also print up to N missed and N spurious boundaries in context.
        #[arg(long, value_name = "N", default_value_t = 0)]
        show_errors: usize,
    },
}

#[derive(Debug, clap::Args)]
pub struct KbArgs {
    /// Knowledge-base files of your own, added to the built-in one.
    #[arg(long, value_name = "FILE")]
    pub kb: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct NerArgs {
    /// The CoNLL-2003 file (`word POS chunk NER` columns).
    #[arg(long, default_value = "../shared/bench/conll2003/eng.testa")]
    pub conll: PathBuf,
    /// A model file instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Also print up to N missed and N spurious entities.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show_errors: usize,
    /// Write the file again with the predicted tags (IOB2) appended as a last column,
    /// for conlleval-style scorers.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// The CoNLL-U file; its own words are used, never tokenised again.
    #[arg(long, required_unless_present = "text", conflicts_with = "text")]
    pub conllu: Option<PathBuf>,
    /// A plain-text file instead: split into sentences and tokens by attache's
    /// segmenter, then tagged and parsed, written as CoNLL-U.
    #[arg(long)]
    pub text: Option<PathBuf>,
    /// Write the predicted CoNLL-U to FILE (`-` for standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A tagger model instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    pub tagger: Option<PathBuf>,
    /// A parser model instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    pub parser: Option<PathBuf>,
    /// Parse with the file's gold tags instead of predicted ones.
    #[arg(long)]
    pub gold_tags: bool,
}

#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    pub what: TrainCommand,
}

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// The sentence-boundary model: an averaged perceptron over candidate boundaries
    /// of the running text of a CoNLL-U treebank. Prints dev P/R/F1 after each epoch.
    Sentences {
        /// Training treebank (CoNLL-U with `# text` lines).
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-train.conllu")]
        train: PathBuf,
        /// Development treebank, scored after each epoch.
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu")]
        dev: PathBuf,
        /// Where to write the model.
        #[arg(long, short = 'o', default_value = "crates/segment/data/sentence-boundaries.bin")]
        output: PathBuf,
        /// Passes over the training data.
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        /// Seed of the example order.
        #[arg(long, default_value_t = 20171119)]
        seed: u64,
    },
    /// The named-entity tagger, on CoNLL-2003 files.
    Ner {
        #[arg(long, default_value = "../shared/bench/conll2003/eng.train")]
        train: PathBuf,
        #[arg(long, default_value = "../shared/bench/conll2003/eng.testa")]
        dev: PathBuf,
        #[arg(long, short = 'o', default_value = "crates/entities/data/ner.bin")]
        output: PathBuf,
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        /// Seed of the example order. The shipped model's: of seeds 1–4 and 20171119,
        /// the best on the dev file (F1 0.8924–0.8960).
        #[arg(long, default_value_t = 4)]
        seed: u64,
    },
    /// Word classes for the tagger and parser, learnt from raw text (one paragraph or
    /// sentence per line; `scripts/syntax-corpus` writes the corpus the shipped
    /// classes come from).
    Clusters {
        /// The text files.
        #[arg(long, required = true)]
        corpus: Vec<PathBuf>,
        #[arg(long, short = 'o', default_value = "crates/syntax/data/clusters.bin")]
        output: PathBuf,
        /// Coarse classes.
        #[arg(long, default_value_t = 32)]
        coarse: usize,
        /// Fine classes.
        #[arg(long, default_value_t = 256)]
        fine: usize,
        /// Words seen fewer times share one class.
        #[arg(long, default_value_t = 3)]
        min_count: u32,
        /// Passes of the exchange algorithm.
        #[arg(long, default_value_t = 12)]
        iterations: usize,
    },
    /// The part-of-speech tagger (UPOS), on CoNLL-U files. Prints dev accuracy after
    /// each epoch.
    Tagger {
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-train.conllu")]
        train: PathBuf,
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu")]
        dev: PathBuf,
        #[arg(long, short = 'o', default_value = "crates/syntax/data/tagger.bin")]
        output: PathBuf,
        /// The word classes (embedded in the tagger; the parser uses them too).
        #[arg(long, default_value = "crates/syntax/data/clusters.bin")]
        clusters: PathBuf,
        /// The dictionary classes of word forms (embedded in the tagger), as written by
        /// `scripts/word-lexicon`.
        #[arg(long, default_value = "crates/syntax/data/lexicon.tsv")]
        lexicon: PathBuf,
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        #[arg(long, default_value_t = 20171119)]
        seed: u64,
        /// Taggers trained in different orders (seeds `seed`, `seed + 1`, …), whose
        /// mean weights make the tagger written: more accurate than any of them, and
        /// no slower to run.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=64))]
        ensemble: u64,
        /// Drop the weights smaller than this fraction of the largest from the tagger
        /// written (the mean of many taggers holds many small ones).
        #[arg(long, default_value_t = 0.006)]
        prune: f32,
    },
    /// The dependency parser, on CoNLL-U files. It trains on tags predicted the way it
    /// will see them: each quarter of the training file is tagged by a tagger trained
    /// on the other three (jackknifing), and the dev file by `--tagger`. Prints dev
    /// UAS and LAS after each epoch. Then it trains the parser's quick model (see
    /// `attache train quick`; `--quick-epochs 0` for none).
    Parser {
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-train.conllu")]
        train: PathBuf,
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu")]
        dev: PathBuf,
        #[arg(long, short = 'o', default_value = "crates/syntax/data/parser.bin")]
        output: PathBuf,
        /// The tagger for the dev file; its word classes are the parser's too.
        #[arg(long, default_value = "crates/syntax/data/tagger.bin")]
        tagger: PathBuf,
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Epochs of each jackknife tagger.
        #[arg(long, default_value_t = 8)]
        tagger_epochs: usize,
        /// Drop the weights smaller than this fraction of the largest (a smaller,
        /// faster model).
        #[arg(long, default_value_t = 0.015)]
        prune: f32,
        #[arg(long, default_value_t = 20171119)]
        seed: u64,
        /// Parsers trained in different orders (seeds `seed`, `seed + 1`, …) on the
        /// same jackknifed tags, whose mean weights make the parser written.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=16))]
        ensemble: u64,
        #[command(flatten)]
        quick: QuickArgs,
    },
    /// The parser's quick model alone, for a parser file that has been trained: a
    /// small model of the parser's own choices, from tags, the words of the closed
    /// classes and word classes. Where it is sure of its choice, the parser takes it
    /// without reading its own, larger model: parsing is faster, the trees much the
    /// same. Prints dev UAS and LAS without and with it.
    Quick {
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-train.conllu")]
        train: PathBuf,
        #[arg(long, default_value = "../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu")]
        dev: PathBuf,
        /// The parser file (any quick model in it is replaced).
        #[arg(long, default_value = "crates/syntax/data/parser.bin")]
        parser: PathBuf,
        /// Where to write the parser with its quick model.
        #[arg(long, short = 'o', default_value = "crates/syntax/data/parser.bin")]
        output: PathBuf,
        /// The tagger for the dev file; its word classes are the parser's too.
        #[arg(long, default_value = "crates/syntax/data/tagger.bin")]
        tagger: PathBuf,
        /// Epochs of each jackknife tagger.
        #[arg(long, default_value_t = 8)]
        tagger_epochs: usize,
        /// The seed of the jackknife taggers and of the quick model's order (the
        /// parser's own training seed gives the tags it was trained on again).
        #[arg(long, default_value_t = 20171119)]
        seed: u64,
        #[command(flatten)]
        quick: QuickArgs,
    },
}

/// How to train the parser's quick model.
#[derive(Debug, clap::Args)]
pub struct QuickArgs {
    /// Epochs of the quick model (0: none, every choice is the parser's own model's).
    #[arg(long, default_value_t = 8)]
    pub quick_epochs: usize,
    /// Drop the quick model's weights under this fraction of its largest.
    #[arg(long, default_value_t = 0.03)]
    pub quick_prune: f32,
    /// The quick model's choice stands where its score leads the next by this much
    /// or more (higher: fewer quick choices, trees closer to the parser's own).
    #[arg(long, default_value_t = 45.0)]
    pub quick_threshold: f32,
}

impl QuickArgs {
    /// The options, with the seed of the command.
    pub fn options(&self, seed: u64) -> crate::syntax::QuickOptions {
        crate::syntax::QuickOptions {
            epochs: self.quick_epochs,
            prune: self.quick_prune,
            threshold: self.quick_threshold,
            seed,
        }
    }
}
