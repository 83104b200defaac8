//! Sentence-boundary scoring on CoNLL-U files, the way `spacy_ud.py sents` does it:
//! the running text of each document is its sentences' `# text` joined by one space,
//! and a boundary is the end offset of a sentence.

use std::collections::BTreeSet;

/// One document's running text and its gold sentence ends (byte offsets).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunningText {
    /// Sentences joined by one space.
    pub text: String,
    /// End offset of every gold sentence.
    pub ends: BTreeSet<usize>,
}

/// Builds the running text of every document (`# newdoc`) of a CoNLL-U file.
pub fn running_texts(conllu: &str) -> Vec<RunningText> {
    let mut docs = Vec::new();
    let mut current = RunningText::default();
    for line in conllu.lines() {
        if line.starts_with("# newdoc") {
            if !current.ends.is_empty() {
                docs.push(std::mem::take(&mut current));
            }
        } else if let Some(text) = line.strip_prefix("# text = ") {
            if !current.text.is_empty() {
                current.text.push(' ');
            }
            current.text.push_str(text);
            current.ends.insert(current.text.len());
        }
    }
    if !current.ends.is_empty() {
        docs.push(current);
    }
    docs
}

/// Boundary precision, recall and F1 from true positives, false positives and
/// false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BoundaryCounts {
    /// Predicted ends that are gold ends.
    pub true_positives: usize,
    /// Predicted ends that are not.
    pub false_positives: usize,
    /// Gold ends not predicted.
    pub false_negatives: usize,
}

impl BoundaryCounts {
    /// Adds one document's predicted ends.
    pub fn add(&mut self, gold: &BTreeSet<usize>, predicted: &BTreeSet<usize>) {
        self.true_positives += gold.intersection(predicted).count();
        self.false_positives += predicted.difference(gold).count();
        self.false_negatives += gold.difference(predicted).count();
    }
    /// Precision.
    pub fn precision(&self) -> f64 {
        let d = self.true_positives + self.false_positives;
        if d == 0 { 0.0 } else { self.true_positives as f64 / d as f64 }
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        let d = self.true_positives + self.false_negatives;
        if d == 0 { 0.0 } else { self.true_positives as f64 / d as f64 }
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// Scores a splitter on documents: `predict` gives the end offsets of the sentences it
/// finds in a running text.
pub fn score(
    documents: &[RunningText],
    mut predict: impl FnMut(&str) -> BTreeSet<usize>,
) -> BoundaryCounts {
    let mut counts = BoundaryCounts::default();
    for doc in documents {
        counts.add(&doc.ends, &predict(&doc.text));
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_text_and_ends() {
        let conllu = "# newdoc id = a\n# text = Hi there.\n1\tHi\n\n# text = Bye\n1\tBye\n\n# newdoc id = b\n# text = Next.\n";
        let docs = running_texts(conllu);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Hi there. Bye");
        assert_eq!(docs[0].ends.iter().copied().collect::<Vec<_>>(), [9, 13]);
        let mut counts = BoundaryCounts::default();
        counts.add(&docs[0].ends, &[13].into_iter().collect());
        assert_eq!((counts.true_positives, counts.false_negatives), (1, 1));
    }
}
