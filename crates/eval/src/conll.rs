//! CoNLL-2003 named-entity files: reading them and scoring entities the
//! shared-task way (exact span and type; precision, recall, F1 per type).

use std::collections::{BTreeMap, HashSet};

/// One sentence: its words and its IOB tags (IOB1 or IOB2).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The words.
    pub words: Vec<String>,
    /// The NER tags (`I-PER`, `B-LOC`, `O`).
    pub tags: Vec<String>,
}

/// A document: the sentences between two `-DOCSTART-` lines.
pub type Document = Vec<Sentence>;

/// An entity: token range and type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entity {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// `PER`, `LOC`, `ORG` or `MISC`.
    pub kind: String,
}

/// Reads a CoNLL-2003 file: `word POS chunk NER` lines, blank lines between
/// sentences, `-DOCSTART-` between documents. The last column is the tag.
pub fn read(text: &str) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut doc: Document = Vec::new();
    let mut sentence = Sentence::default();
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            if !sentence.words.is_empty() {
                doc.push(std::mem::take(&mut sentence));
            }
            if !doc.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if line.is_empty() {
            if !sentence.words.is_empty() {
                doc.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let mut fields = line.split_whitespace();
        let (Some(word), Some(tag)) = (fields.next(), line.split_whitespace().last()) else {
            continue;
        };
        sentence.words.push(word.to_string());
        sentence.tags.push(tag.to_string());
    }
    if !sentence.words.is_empty() {
        doc.push(sentence);
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

/// The entities of IOB tags: one starts at `B-X`, or at `I-X` after anything but
/// `X` (which reads both IOB1 and IOB2).
pub fn entities(tags: &[String]) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = prefix == "I" && open.is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((start, k)) = open.take() {
                out.push(Entity { start, end: i, kind: k.to_string() });
            }
            if prefix == "B" || prefix == "I" {
                open = Some((i, kind));
            }
        }
    }
    if let Some((start, k)) = open {
        out.push(Entity { start, end: tags.len(), kind: k.to_string() });
    }
    out
}

/// Exact-match counts, overall and per type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// Per type: (gold, predicted, matched).
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
}

impl Scores {
    /// Adds one sentence's gold and predicted entities.
    pub fn add(&mut self, gold: &[Entity], predicted: &[Entity]) {
        let gold_set: HashSet<&Entity> = gold.iter().collect();
        for g in gold {
            self.by_type.entry(g.kind.clone()).or_default().0 += 1;
        }
        for p in predicted {
            let entry = self.by_type.entry(p.kind.clone()).or_default();
            entry.1 += 1;
            if gold_set.contains(p) {
                entry.2 += 1;
            }
        }
    }

    /// (gold, predicted, matched) over all types.
    pub fn total(&self) -> (usize, usize, usize) {
        self.by_type.values().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    }
}

/// Precision, recall and F1 of (gold, predicted, matched).
pub fn prf((gold, predicted, matched): (usize, usize, usize)) -> (f64, f64, f64) {
    let p = if predicted == 0 { 0.0 } else { matched as f64 / predicted as f64 };
    let r = if gold == 0 { 0.0 } else { matched as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn iob1_and_iob2() {
        let e = |start, end, kind: &str| Entity { start, end, kind: kind.to_string() };
        assert_eq!(
            entities(&tags("I-ORG O I-MISC O I-PER I-PER B-PER")),
            vec![e(0, 1, "ORG"), e(2, 3, "MISC"), e(4, 6, "PER"), e(6, 7, "PER")]
        );
        assert_eq!(entities(&tags("B-LOC I-LOC I-ORG")), vec![e(0, 2, "LOC"), e(2, 3, "ORG")]);
    }

    #[test]
    fn reads_documents_and_sentences() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nX NN O O\n";
        let docs = read(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].len(), 2);
        assert_eq!(docs[0][0].words, ["EU", "rejects"]);
        assert_eq!(docs[0][0].tags, ["I-ORG", "O"]);
    }
}
