//! Syntax: our own part-of-speech tagger and dependency parser for English, in the
//! scheme of Universal Dependencies (UPOS tags, basic relations), trained by our own
//! perceptron (`attache-learn`) on UD English EWT.
//!
//! Both are greedy and work on the tokens of `attache-segment`, whose conventions
//! follow UD English, without tokenising again. The pipeline runs them only on the
//! sentences its cheap scan selects (DESIGN.md).
//!
//! ```text
//!  words ──Lex::of──▶ hashes ──Tagger──▶ UPOS ──Parser──▶ heads + relations
//! ```
#![deny(missing_docs)]

mod clusters;
pub mod conllu;
mod lex;
mod lexicon;
mod parser;
mod tagger;

use std::sync::OnceLock;

use attache_model::Token;

pub use clusters::Clusters;
pub use lexicon::{Lexicon, LexiconError};
pub use parser::{Parser, TrainingSentence, Tree};
pub use tagger::Tagger;

use lex::{Lex, hashes};

/// The universal part-of-speech tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// Every tag, in class order.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The tag as UD writes it (`PROPN`).
    pub fn as_str(self) -> &'static str {
        [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
            "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
        ][self as usize]
    }

    /// The tag UD writes as `s`.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Nouns of what is said, promised, asked or feared, whose "that" clause is their
/// content (singular and plural).
const CONTENT_NOUNS: [u64; 46] = hashes([
    b"guarantee",
    b"guarantees",
    b"assurance",
    b"assurances",
    b"demand",
    b"demands",
    b"promise",
    b"promises",
    b"pledge",
    b"pledges",
    b"claim",
    b"claims",
    b"allegation",
    b"allegations",
    b"accusation",
    b"accusations",
    b"report",
    b"reports",
    b"fear",
    b"fears",
    b"hope",
    b"hopes",
    b"warning",
    b"warnings",
    b"rumour",
    b"rumours",
    b"rumor",
    b"rumors",
    b"suggestion",
    b"suggestions",
    b"belief",
    b"expectation",
    b"expectations",
    b"speculation",
    b"concern",
    b"concerns",
    b"insistence",
    b"proposal",
    b"proposals",
    b"request",
    b"requests",
    b"evidence",
    b"assertion",
    b"assertions",
    b"idea",
    b"news",
]);

/// A model file that is not one of ours.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not an attache tagger or parser model file (bad header or length)")]
pub struct ModelError;

/// The tagger and parser together, with buffers reused from sentence to sentence.
#[derive(Clone, Debug)]
pub struct Syntax {
    tagger: Tagger,
    parser: Parser,
}

impl Tree {
    /// The dependents of word `head`, in order.
    pub fn dependents(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads.iter().enumerate().filter(move |(_, h)| **h == Some(head)).map(|(d, _)| d)
    }

    /// The root word.
    pub fn root(&self) -> Option<usize> {
        self.heads.iter().position(Option::is_none)
    }

    /// Whether word `t` is `top` or lies under it (following heads up; a cycle counts
    /// as under, so that no edit built on the answer can close one).
    pub fn is_under(&self, mut t: usize, top: usize) -> bool {
        for _ in 0..self.heads.len() {
            if t == top {
                return true;
            }
            match self.heads.get(t).copied().flatten() {
                Some(h) => t = h,
                None => return false,
            }
        }
        true
    }

    /// The first and last word of the subtree of `t`.
    pub fn subtree_bounds(&self, t: usize) -> (usize, usize) {
        let under = |d: &usize| self.is_under(*d, t);
        let first = (0..self.heads.len()).find(under).unwrap_or(t);
        (first, (first..self.heads.len()).rev().find(under).unwrap_or(first))
    }
}

/// One analysed sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Each word's tag.
    pub tags: Vec<Upos>,
    /// Each word's head and relation.
    pub tree: Tree,
}

/// Buffers for [`Syntax::analyze`], reused from sentence to sentence.
#[derive(Debug, Default)]
pub struct Workspace {
    lex: Vec<Lex>,
    buffer: String,
    tagger: tagger::Scratch,
    parser: parser::Scratch,
}

impl Workspace {
    /// Over all the parses done with this workspace so far: how many transitions a
    /// model chose (the forced ones are not counted), and how many of those the
    /// parser's quick model chose (see [`Parser::train_quick`]).
    pub fn parser_decisions(&self) -> (u64, u64) {
        (self.parser.decisions, self.parser.quick)
    }

    fn read<'a>(&mut self, words: impl Iterator<Item = &'a str>, tagger: &Tagger) {
        self.lex.clear();
        for w in words {
            let mut lex = Lex::of(w, &mut self.buffer, tagger.clusters());
            tagger.repair(&mut lex, &mut self.buffer);
            self.lex.push(lex);
        }
    }
}

impl Syntax {
    /// A tagger and a parser.
    pub fn new(tagger: Tagger, parser: Parser) -> Syntax {
        Syntax { tagger, parser }
    }

    /// The models shipped with attache (trained on UD English EWT; see NOTICE),
    /// read once.
    pub fn builtin() -> &'static Syntax {
        static SYNTAX: OnceLock<Syntax> = OnceLock::new();
        SYNTAX.get_or_init(|| {
            let tagger = Tagger::from_bytes(include_bytes!("../data/tagger.bin"))
                .expect("the shipped tagger reads");
            let parser = Parser::from_bytes(include_bytes!("../data/parser.bin"))
                .expect("the shipped parser reads");
            Syntax { tagger, parser }
        })
    }

    /// The tagger.
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// The parser.
    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    /// The relation label of index `label` (`nsubj`, `obl:tmod`).
    pub fn label(&self, label: u8) -> &str {
        self.parser.labels().get(usize::from(label)).map_or("dep", String::as_str)
    }

    /// Tags the words of one sentence.
    pub fn tag(&self, words: &[&str], work: &mut Workspace, out: &mut Vec<Upos>) {
        work.read(words.iter().copied(), &self.tagger);
        self.tagger.tag_lex(&work.lex, &mut work.tagger, out);
    }

    /// Tags and parses the words of one sentence.
    pub fn analyze(&self, words: &[&str], work: &mut Workspace, out: &mut Analysis) {
        work.read(words.iter().copied(), &self.tagger);
        self.analyze_read(work, out);
    }

    /// Tags and parses one sentence given as tokens of `text` (from
    /// `attache-segment`, whose tokens follow UD English), without tokenising again.
    pub fn analyze_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        work: &mut Workspace,
        out: &mut Analysis,
    ) {
        work.read(tokens.iter().map(|t| t.span.text(text)), &self.tagger);
        self.analyze_read(work, out);
    }

    fn analyze_read(&self, work: &mut Workspace, out: &mut Analysis) {
        self.tagger.tag_lex(&work.lex, &mut work.tagger, &mut out.tags);
        self.parser.parse_lex(&work.lex, &out.tags, &mut work.parser, &mut out.tree);
        self.noun_clauses(&work.lex, &out.tags, &mut out.tree);
    }

    /// "wants guarantees that NATO will not expand": a clause opened by "that" right
    /// after a noun of what is said, promised or feared, which is the object of the
    /// verb the parser hung the clause from, completes the noun (`acl`), not the verb.
    fn noun_clauses(&self, lex: &[Lex], tags: &[Upos], tree: &mut Tree) {
        const THAT: u64 = attache_learn::fnv1a(b"that");
        let labels = self.parser.labels();
        let id =
            |name: &str| labels.iter().position(|l| l == name).and_then(|p| u8::try_from(p).ok());
        for k in 1..lex.len() {
            if !(lex[k].norm == THAT && tags[k] == Upos::Sconj) {
                continue;
            }
            let noun = k - 1;
            let Some(clause) = tree.heads[k] else { continue };
            let (Some(mark), Some(ccomp), Some(obj), Some(acl)) =
                (id("mark"), id("ccomp"), id("obj"), id("acl"))
            else {
                return;
            };
            let Some(verb) = tree.heads[clause] else { continue };
            if tags[noun] == Upos::Noun
                && CONTENT_NOUNS.contains(&lex[noun].norm)
                && tree.labels[k] == mark
                && tree.labels[clause] == ccomp
                && tree.labels[noun] == obj
                && clause > k
                && tree.is_under(noun, verb)
                && !tree.is_under(noun, clause)
            {
                tree.heads[clause] = Some(noun);
                tree.labels[clause] = acl;
            }
        }
    }

    /// Parses again the words [`Syntax::analyze_tokens`] last read into `work`, with
    /// `root` as the word that must head the sentence: for a short news sentence that
    /// the parser read as one noun phrase ("Egypt mediated talks between …").
    pub fn reparse_with_root(&self, work: &mut Workspace, out: &mut Analysis, root: usize) {
        if root >= work.lex.len() {
            return;
        }
        self.parser.parse_lex_rooted(
            &work.lex,
            &out.tags,
            Some(root),
            &mut work.parser,
            &mut out.tree,
        );
        self.noun_clauses(&work.lex, &out.tags, &mut out.tree);
    }

    /// Parses words whose tags are given.
    pub fn parse_tagged(
        &self,
        words: &[&str],
        tags: &[Upos],
        work: &mut Workspace,
        out: &mut Tree,
    ) {
        work.read(words.iter().copied(), &self.tagger);
        self.parser.parse_lex(&work.lex, tags, &mut work.parser, out);
        self.noun_clauses(&work.lex, tags, out);
    }
}
