//! Named-entity recognition: people, places, organisations and other names (the
//! CoNLL-2003 types PER, LOC, ORG and MISC), for the names the knowledge base does not
//! hold.
//!
//! A greedy left-to-right tagger over BILOU tags: an averaged perceptron
//! (`attache-learn`) whose features are the words around each token, their shapes and
//! affixes, the tags already given, what the knowledge base says of the words
//! (person, state, organisation, place, title), and how the same word is written
//! elsewhere in the document. `attache train ner` trains it on CoNLL-2003 `eng.train`;
//! the shipped model (`data/ner.bin`) is trained that way (see NOTICE).

use std::collections::HashSet;

use attache_kb::{KnowledgeBase, StateForm, Target};
use attache_learn::{Features, Model, Trainer};

/// The entity types, in class order.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// Tag classes: `O`, then B, I, L, U for each type.
const CLASSES: usize = 1 + 4 * TYPES.len();

/// Where a token sits in an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

fn class(kind: usize, part: Part) -> usize {
    1 + kind * 4
        + match part {
            Part::Begin => 0,
            Part::Inside => 1,
            Part::Last => 2,
            Part::Unit => 3,
        }
}

fn split(class: usize) -> Option<(usize, Part)> {
    let c = class.checked_sub(1)?;
    let part = match c % 4 {
        0 => Part::Begin,
        1 => Part::Inside,
        2 => Part::Last,
        _ => Part::Unit,
    };
    Some((c / 4, part))
}

/// Whether `next` may follow `previous` (None at the start of a sentence).
fn allowed(previous: Option<usize>, next: usize) -> bool {
    let open = previous.and_then(split).filter(|(_, p)| matches!(p, Part::Begin | Part::Inside));
    match (open, split(next)) {
        (Some((k, _)), Some((k2, Part::Inside | Part::Last))) => k == k2,
        (Some(_), _) => false,
        (None, Some((_, Part::Inside | Part::Last))) => false,
        (None, _) => true,
    }
}

/// An entity found: token range and type index into [`TYPES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntitySpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Index into [`TYPES`].
    pub kind: usize,
}

/// Turns tags into entities (a broken sequence still yields its entities).
fn decode(tags: &[usize]) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match split(t) {
            None => {
                if let Some((s, k)) = open.take() {
                    out.push(EntitySpan { start: s, end: i, kind: k });
                }
            }
            Some((k, part)) => {
                if let Some((s, ok)) = open
                    && (ok != k || matches!(part, Part::Begin | Part::Unit))
                {
                    out.push(EntitySpan { start: s, end: i, kind: ok });
                    open = None;
                }
                match part {
                    Part::Unit => out.push(EntitySpan { start: i, end: i + 1, kind: k }),
                    Part::Last => {
                        let s = open.take().map_or(i, |(s, _)| s);
                        out.push(EntitySpan { start: s, end: i + 1, kind: k });
                    }
                    Part::Begin | Part::Inside => {
                        if open.is_none() {
                            open = Some((i, k));
                        }
                    }
                }
            }
        }
    }
    if let Some((s, k)) = open {
        out.push(EntitySpan { start: s, end: tags.len(), kind: k });
    }
    out
}

/// Entities into BILOU classes.
fn encode(len: usize, entities: &[EntitySpan]) -> Vec<usize> {
    let mut tags = vec![0; len];
    for e in entities {
        if e.end == e.start + 1 {
            tags[e.start] = class(e.kind, Part::Unit);
            continue;
        }
        for (i, tag) in tags.iter_mut().enumerate().take(e.end).skip(e.start) {
            let part = if i == e.start {
                Part::Begin
            } else if i + 1 == e.end {
                Part::Last
            } else {
                Part::Inside
            };
            *tag = class(e.kind, part);
        }
    }
    tags
}

/// A sentence to tag, with what the document says of its words.
pub struct Sentence<'a> {
    /// The words.
    pub words: &'a [&'a str],
    /// Knowledge-base features of each word (`PERSON-B`…), from [`kb_features`].
    pub kb: &'a [Vec<&'static str>],
}

/// Words of a document written with a capital away from a sentence start, and words
/// written in lower case, for the document features.
#[derive(Clone, Debug, Default)]
pub struct DocumentWords {
    capitalised: HashSet<String>,
    lower: HashSet<String>,
}

impl DocumentWords {
    /// Collects from the document's sentences.
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a [&'a str]>) -> DocumentWords {
        let mut doc = DocumentWords::default();
        for words in sentences {
            let caps_sentence = is_caps_sentence(words);
            for (i, w) in words.iter().enumerate() {
                let first = w.chars().next();
                if first.is_some_and(char::is_lowercase) {
                    doc.lower.insert(w.to_string());
                } else if i > 0
                    && !caps_sentence
                    && first.is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                {
                    doc.capitalised.insert(w.to_lowercase());
                }
            }
        }
        doc
    }
}

fn is_caps_sentence(words: &[&str]) -> bool {
    let letters: Vec<char> =
        words.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 6 && letters.iter().filter(|c| c.is_lowercase()).count() * 10 < letters.len()
}

/// What the knowledge base says of each word: the kinds of names covering it, with
/// the word's place in the name (`B`, `I`, `L`, `U`).
pub fn kb_features(kb: &KnowledgeBase, words: &[&str]) -> Vec<Vec<&'static str>> {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(words.len());
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(w);
    }
    let mut out = vec![Vec::new(); words.len()];
    for m in kb.gazetteer().find_all(&text) {
        let first = starts.partition_point(|&s| s < m.span.byte_start);
        let last = starts.partition_point(|&s| s < m.span.byte_end);
        if first >= last || starts.get(first) != Some(&m.span.byte_start) {
            continue;
        }
        let mut kinds: Vec<&'static str> = Vec::new();
        for e in m.entries {
            let kind = match e.target {
                Target::Person { surname: false, .. } => "PERSON",
                Target::Person { surname: true, .. } => "SURNAME",
                Target::State { form: StateForm::Name, .. } => "STATE",
                Target::State { form: StateForm::Adjective | StateForm::Demonym, .. } => "ADJ",
                Target::State { form: StateForm::Capital, .. } => "CAPITAL",
                Target::Org { .. } => "ORG",
                Target::Place { .. } => "PLACE",
                Target::Title { .. } => "TITLE",
            };
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        for kind in kinds {
            for (i, f) in out.iter_mut().enumerate().take(last).skip(first) {
                let part = match (i == first, i + 1 == last) {
                    (true, true) => "U",
                    (true, false) => "B",
                    (false, true) => "L",
                    (false, false) => "I",
                };
                f.push(FEATURE_NAMES[feature_index(kind, part)]);
            }
        }
    }
    out
}

const KB_KINDS: [&str; 8] =
    ["PERSON", "SURNAME", "STATE", "ADJ", "CAPITAL", "ORG", "PLACE", "TITLE"];
const KB_PARTS: [&str; 4] = ["B", "I", "L", "U"];

fn feature_index(kind: &str, part: &str) -> usize {
    let k = KB_KINDS.iter().position(|x| *x == kind).unwrap_or(0);
    let p = KB_PARTS.iter().position(|x| *x == part).unwrap_or(0);
    k * 4 + p
}

const FEATURE_NAMES: [&str; 32] = [
    "PERSON-B",
    "PERSON-I",
    "PERSON-L",
    "PERSON-U",
    "SURNAME-B",
    "SURNAME-I",
    "SURNAME-L",
    "SURNAME-U",
    "STATE-B",
    "STATE-I",
    "STATE-L",
    "STATE-U",
    "ADJ-B",
    "ADJ-I",
    "ADJ-L",
    "ADJ-U",
    "CAPITAL-B",
    "CAPITAL-I",
    "CAPITAL-L",
    "CAPITAL-U",
    "ORG-B",
    "ORG-I",
    "ORG-L",
    "ORG-U",
    "PLACE-B",
    "PLACE-I",
    "PLACE-L",
    "PLACE-U",
    "TITLE-B",
    "TITLE-I",
    "TITLE-L",
    "TITLE-U",
];

/// The shape of a word: `Xx`, `XX`, `dd`, `x.x.` with runs collapsed.
fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(s) || !matches!(s, 'X' | 'x' | 'd') {
            out.push(s);
        }
    }
    out
}

fn lower(word: &str) -> String {
    word.to_lowercase()
}

/// A sentence's words in lower case and their shapes, computed once.
struct Views {
    lower: Vec<String>,
    shapes: Vec<String>,
    caps: bool,
}

impl Views {
    fn new(words: &[&str]) -> Views {
        Views {
            lower: words.iter().map(|w| lower(w)).collect(),
            shapes: words.iter().map(|w| shape(w)).collect(),
            caps: is_caps_sentence(words),
        }
    }
}

/// The tag names, by class, for features.
const TAG_NAMES: [&str; CLASSES] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG",
    "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];

/// Collects the features of token `i` given the tags already chosen.
fn features(
    f: &mut Features,
    sentence: &Sentence<'_>,
    doc: &DocumentWords,
    views: &Views,
    i: usize,
    tags: &[usize],
) {
    let w = sentence.words[i];
    let l = views.lower[i].as_str();
    let at = |j: isize| -> &str {
        let k = i as isize + j;
        if k < 0 { "<s>" } else { views.lower.get(k as usize).map_or("</s>", String::as_str) }
    };
    let shape_at = |j: isize| -> &str {
        let k = i as isize + j;
        if k < 0 { "<s>" } else { views.shapes.get(k as usize).map_or("</s>", String::as_str) }
    };
    let tag_at = |j: usize| -> &str {
        i.checked_sub(j).and_then(|k| tags.get(k)).map_or("<s>", |&t| TAG_NAMES[t])
    };
    let sh = views.shapes[i].as_str();
    let caps_sentence = views.caps;
    f.clear();
    f.add("bias", "");
    f.add("w", w);
    f.add("l", l);
    f.add("shape", sh);
    // Prefixes of 1 to 3 and suffixes of 1 to 4 characters, on words longer than them.
    let bounds: Vec<usize> = l.char_indices().map(|(b, _)| b).chain([l.len()]).collect();
    let chars = bounds.len() - 1;
    for n in 1..=4 {
        if chars > n {
            if n <= 3 {
                f.add("p", &l[..bounds[n]]);
            }
            f.add("s", &l[bounds[chars - n]..]);
        }
    }
    let (l1, l2, r1, r2) = (at(-1), at(-2), at(1), at(2));
    f.add("l-1", l1);
    f.add("l-2", l2);
    f.add("l+1", r1);
    f.add("l+2", r2);
    f.add2("l-1 l", l1, l);
    f.add2("l l+1", l, r1);
    f.add2("sh-1 sh", shape_at(-1), sh);
    f.add2("sh sh+1", sh, shape_at(1));
    let (t1, t2) = (tag_at(1), tag_at(2));
    f.add("t-1", t1);
    f.add2("t-2 t-1", t2, t1);
    f.add2("t-1 l", t1, l);
    f.add2("t-1 sh", t1, sh);
    if i == 0 {
        f.add("first", sh);
    }
    if caps_sentence {
        f.add("caps-sentence l", l);
        f.add("caps-sentence", "");
    }
    if doc.capitalised.contains(l) {
        f.add2("doc-cap", sh, if caps_sentence { "caps" } else { "" });
    }
    if doc.lower.contains(l) {
        f.add2("doc-lower", sh, if i == 0 { "first" } else { "" });
    }
    for kb in &sentence.kb[i] {
        f.add("kb", kb);
        f.add2("kb sh", kb, sh);
    }
    if let Some(prev) = i.checked_sub(1) {
        for kb in &sentence.kb[prev] {
            f.add("kb-1", kb);
        }
    }
    if let Some(next) = sentence.kb.get(i + 1) {
        for kb in next {
            f.add("kb+1", kb);
        }
    }
}

/// The best allowed class.
fn best_allowed(scores: &[f32], previous: Option<usize>) -> usize {
    let mut best = 0;
    let mut best_score = f32::NEG_INFINITY;
    for (c, &s) in scores.iter().enumerate() {
        if allowed(previous, c) && s > best_score {
            best = c;
            best_score = s;
        }
    }
    best
}

/// The shipped named-entity model.
#[derive(Clone, Debug)]
pub struct NerModel {
    model: Model,
}

impl NerModel {
    /// The model trained on CoNLL-2003 `eng.train`, built into the binary.
    pub fn shipped() -> NerModel {
        NerModel::from_bytes(include_bytes!("../data/ner.bin")).expect("the shipped model reads")
    }

    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, attache_learn::ModelError> {
        Ok(NerModel { model: Model::from_bytes(bytes)? })
    }

    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    /// How many features have weights.
    pub fn features(&self) -> usize {
        self.model.features()
    }

    /// The entities of a sentence.
    pub fn tag(&self, sentence: &Sentence<'_>, doc: &DocumentWords) -> Vec<EntitySpan> {
        let mut f = Features::default();
        let mut scores = Vec::new();
        let mut tags = Vec::with_capacity(sentence.words.len());
        let views = Views::new(sentence.words);
        for i in 0..sentence.words.len() {
            features(&mut f, sentence, doc, &views, i, &tags);
            self.model.scores(f.hashes(), &mut scores);
            tags.push(best_allowed(&scores, tags.last().copied()));
        }
        decode(&tags)
    }

    /// Trains on sentences with their gold entities, `epochs` passes in an order
    /// shuffled by `seed`; `report` is called after each pass with the model so far.
    pub fn train(
        sentences: &[(Sentence<'_>, &DocumentWords, Vec<EntitySpan>)],
        epochs: usize,
        seed: u64,
        mut report: impl FnMut(usize, &NerModel),
    ) -> NerModel {
        let mut trainer = Trainer::new(CLASSES);
        let mut f = Features::default();
        let mut scores = Vec::new();
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut state = seed | 1;
        for epoch in 1..=epochs {
            attache_learn::shuffle(&mut order, &mut state);
            for &s in &order {
                let (sentence, doc, gold) = &sentences[s];
                let truth = encode(sentence.words.len(), gold);
                let views = Views::new(sentence.words);
                let mut tags: Vec<usize> = Vec::with_capacity(truth.len());
                for (i, &gold) in truth.iter().enumerate() {
                    features(&mut f, sentence, doc, &views, i, &tags);
                    trainer.tick();
                    trainer.scores(f.hashes(), &mut scores);
                    let guess = best_allowed(&scores, tags.last().copied());
                    trainer.update(f.hashes(), gold, guess);
                    // Later tags learn from the gold history.
                    tags.push(gold);
                }
            }
            report(epoch, &NerModel { model: trainer.average() });
        }
        NerModel { model: trainer.average() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_round_trip_and_constraints() {
        let entities = vec![
            EntitySpan { start: 0, end: 2, kind: 0 },
            EntitySpan { start: 3, end: 4, kind: 1 },
            EntitySpan { start: 4, end: 7, kind: 2 },
        ];
        let tags = encode(8, &entities);
        assert_eq!(decode(&tags), entities);
        assert!(allowed(None, class(0, Part::Begin)));
        assert!(!allowed(None, class(0, Part::Inside)));
        assert!(!allowed(Some(class(0, Part::Begin)), 0));
        assert!(allowed(Some(class(0, Part::Begin)), class(0, Part::Last)));
        assert!(!allowed(Some(class(0, Part::Begin)), class(1, Part::Last)));
    }

    #[test]
    fn tag_names_follow_the_classes() {
        for (c, name) in TAG_NAMES.iter().enumerate() {
            match split(c) {
                None => assert_eq!(*name, "O"),
                Some((kind, part)) => {
                    let p = match part {
                        Part::Begin => "B",
                        Part::Inside => "I",
                        Part::Last => "L",
                        Part::Unit => "U",
                    };
                    assert_eq!(*name, format!("{p}-{}", TYPES[kind]));
                }
            }
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("Lavrov"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "d-d-d");
    }
}
