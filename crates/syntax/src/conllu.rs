//! CoNLL-U files: reading the words of each sentence with their gold columns, and
//! writing them back with predicted ones.
//!
//! Multiword-token lines (`3-4`) and empty nodes (`5.1`) are kept aside: the syntax
//! works on the syntactic words, as UD evaluates it, and the writer puts the
//! multiword lines back where they were.

use std::fmt::Write as _;

/// One syntactic word of a sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// FORM.
    pub form: String,
    /// The other columns as read: LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC.
    pub lemma: String,
    /// UPOS (`_` when absent).
    pub upos: String,
    /// XPOS.
    pub xpos: String,
    /// FEATS.
    pub feats: String,
    /// HEAD: 0 for the root, else the 1-based position of the head; `None` for `_`.
    pub head: Option<usize>,
    /// DEPREL (`_` when absent).
    pub deprel: String,
    /// DEPS.
    pub deps: String,
    /// MISC.
    pub misc: String,
}

/// A sentence: its comment lines, words, and the other lines (multiword tokens, empty
/// nodes) with the number of words before each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Comment lines, `#` included.
    pub comments: Vec<String>,
    /// The syntactic words.
    pub words: Vec<Word>,
    /// Multiword-token and empty-node lines, each with the count of words before it.
    pub other: Vec<(usize, String)>,
}

impl Sentence {
    /// The forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// Whether every word has a UPOS.
    pub fn has_upos(&self) -> bool {
        !self.words.is_empty() && self.words.iter().all(|w| w.upos != "_")
    }

    /// Whether every word has a head and a relation.
    pub fn has_tree(&self) -> bool {
        !self.words.is_empty() && self.words.iter().all(|w| w.head.is_some() && w.deprel != "_")
    }

    /// The heads (0 for the root), if every word has one.
    pub fn heads(&self) -> Option<Vec<usize>> {
        self.words.iter().map(|w| w.head).collect()
    }
}

/// A line that is not CoNLL-U.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {message}")]
pub struct ConlluError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Reads a CoNLL-U file. Errors name the line.
pub fn read(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let number = n + 1;
        let error = |message: String| ConlluError { line: number, message };
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if !current.words.is_empty() || !current.comments.is_empty() {
                if current.words.is_empty() {
                    return Err(error("a sentence with comments but no words".into()));
                }
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            current.comments.push(line.to_owned());
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.len() != 10 {
            return Err(error(format!("{} tab-separated columns, not 10", columns.len())));
        }
        let id = columns[0];
        if id.contains('-') || id.contains('.') {
            current.other.push((current.words.len(), line.to_owned()));
            continue;
        }
        let expected = current.words.len() + 1;
        match id.parse::<usize>() {
            Ok(id) if id == expected => {}
            _ => return Err(error(format!("word ID `{id}` where {expected} was expected"))),
        }
        let head = match columns[6] {
            "_" => None,
            h => {
                Some(h.parse::<usize>().map_err(|_| error(format!("HEAD `{h}` is not a number")))?)
            }
        };
        if columns[1].is_empty() {
            return Err(error("empty FORM".into()));
        }
        current.words.push(Word {
            form: columns[1].to_owned(),
            lemma: columns[2].to_owned(),
            upos: columns[3].to_owned(),
            xpos: columns[4].to_owned(),
            feats: columns[5].to_owned(),
            head,
            deprel: columns[7].to_owned(),
            deps: columns[8].to_owned(),
            misc: columns[9].to_owned(),
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    for (i, s) in sentences.iter().enumerate() {
        let n = s.words.len();
        if let Some(w) = s.words.iter().find(|w| w.head.is_some_and(|h| h > n)) {
            return Err(ConlluError {
                line: 0,
                message: format!(
                    "sentence {}: HEAD {} of `{}` is beyond its {n} words",
                    i + 1,
                    w.head.unwrap_or(0),
                    w.form
                ),
            });
        }
    }
    Ok(sentences)
}

/// Writes sentences back as CoNLL-U.
pub fn write(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        for c in &s.comments {
            out.push_str(c);
            out.push('\n');
        }
        let mut other = s.other.iter().peekable();
        for (i, w) in s.words.iter().enumerate() {
            while let Some((_, line)) = other.next_if(|(before, _)| *before == i) {
                out.push_str(line);
                out.push('\n');
            }
            let head = w.head.map_or_else(|| "_".to_owned(), |h| h.to_string());
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                i + 1,
                w.form,
                w.lemma,
                w.upos,
                w.xpos,
                w.feats,
                head,
                w.deprel,
                w.deps,
                w.misc
            );
        }
        for (_, line) in other {
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// Accuracy of predicted columns against gold ones, over words, the CoNLL 2018 way
/// (punctuation included).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Words with the right UPOS.
    pub upos: usize,
    /// Words with the right head.
    pub heads: usize,
    /// Words with the right head and relation (subtypes included: `nsubj:pass`).
    pub labelled: usize,
    /// Words with the right head and universal relation (subtypes ignored, as the
    /// CoNLL 2018 LAS does).
    pub labelled_universal: usize,
}

impl Scores {
    /// Adds one sentence, gold and predicted (the same words).
    pub fn add(&mut self, gold: &Sentence, predicted: &Sentence) {
        let universal = |r: &str| r.split(':').next().unwrap_or(r).to_owned();
        for (g, p) in gold.words.iter().zip(&predicted.words) {
            self.words += 1;
            self.upos += usize::from(g.upos == p.upos);
            if g.head == p.head {
                self.heads += 1;
                self.labelled += usize::from(g.deprel == p.deprel);
                self.labelled_universal +=
                    usize::from(universal(&g.deprel) == universal(&p.deprel));
            }
        }
    }

    fn share(&self, n: usize) -> f64 {
        if self.words == 0 { 0.0 } else { n as f64 / self.words as f64 }
    }

    /// UPOS accuracy.
    pub fn upos_accuracy(&self) -> f64 {
        self.share(self.upos)
    }

    /// Unlabelled attachment score.
    pub fn uas(&self) -> f64 {
        self.share(self.heads)
    }

    /// Labelled attachment score, full relations.
    pub fn las(&self) -> f64 {
        self.share(self.labelled)
    }

    /// Labelled attachment score, universal relations.
    pub fn las_universal(&self) -> f64 {
        self.share(self.labelled_universal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = Ministers don't meet.\n\
        1\tMinisters\tminister\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n\
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
        4\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\t_\n\
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_and_writes_back_the_same_file() {
        let sentences = read(SAMPLE).unwrap();
        assert_eq!(sentences.len(), 1);
        assert_eq!(sentences[0].forms(), ["Ministers", "do", "n't", "meet", "."]);
        assert_eq!(sentences[0].heads(), Some(vec![4, 4, 4, 0, 4]));
        assert!(sentences[0].has_tree());
        assert_eq!(write(&sentences), SAMPLE);
    }

    #[test]
    fn errors_name_the_line() {
        let bad = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n3\tB\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n";
        assert_eq!(read(bad).unwrap_err().line, 2);
        let short = "1\tA\ta\n";
        let e = read(short).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (1, "3 tab-separated columns, not 10"));
        let head = "1\tA\ta\tDET\tDT\t_\tx\tdet\t_\t_\n";
        assert!(read(head).unwrap_err().message.contains("HEAD `x`"));
    }
}
