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
/// written in lower case, for the document features. Words are kept as hashes of
/// their lower-case form.
#[derive(Clone, Debug, Default)]
pub struct DocumentWords {
    capitalised: HashSet<u64>,
    lower: HashSet<u64>,
}

impl DocumentWords {
    /// Collects from the document's sentences.
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a [&'a str]>) -> DocumentWords {
        let mut doc = DocumentWords::default();
        let mut buffer = String::new();
        for words in sentences {
            let caps_sentence = is_caps_sentence(words);
            for (i, w) in words.iter().enumerate() {
                let first = w.chars().next();
                if first.is_some_and(char::is_lowercase) {
                    doc.lower.insert(lower_hash(w, &mut buffer));
                } else if i > 0
                    && !caps_sentence
                    && first.is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                {
                    doc.capitalised.insert(lower_hash(w, &mut buffer));
                }
            }
        }
        doc
    }
}

/// The hash of a word's lower-case form, written into `buffer` on the way.
fn lower_hash(word: &str, buffer: &mut String) -> u64 {
    buffer.clear();
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        buffer.extend(word.chars().flat_map(char::to_lowercase));
    }
    word_hash(buffer)
}

/// How the tagger hashes a word or a feature value.
fn word_hash(value: &str) -> u64 {
    attache_learn::fnv1a(value.as_bytes())
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
#[cfg(test)]
fn shape(word: &str) -> String {
    let mut out = String::new();
    shape_into(word, &mut out);
    out
}

fn shape_into(word: &str, out: &mut String) {
    out.clear();
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
}

/// Hashes of the start and end of a sentence, standing for words and shapes there.
const START: u64 = 0x5f3c_0000_0000_0001;
const END: u64 = 0x5f3c_0000_0000_0002;

/// A sentence's words hashed once: as written, in lower case, their shapes and their
/// affixes, so that each feature is one [`mix`](attache_learn::mix) of a template and
/// a value.
struct Views {
    written: Vec<u64>,
    lower: Vec<u64>,
    shapes: Vec<u64>,
    /// Prefixes of 1 to 3 and suffixes of 1 to 4 characters, on words longer than
    /// them; 0 where there is none.
    affixes: Vec<[u64; 7]>,
    caps: bool,
}

impl Views {
    fn new(words: &[&str]) -> Views {
        let mut lower = String::new();
        let mut shape = String::new();
        let mut bounds = Vec::new();
        let mut views = Views {
            written: Vec::with_capacity(words.len()),
            lower: Vec::with_capacity(words.len()),
            shapes: Vec::with_capacity(words.len()),
            affixes: Vec::with_capacity(words.len()),
            caps: is_caps_sentence(words),
        };
        for w in words {
            views.written.push(word_hash(w));
            views.lower.push(lower_hash(w, &mut lower));
            shape_into(w, &mut shape);
            views.shapes.push(word_hash(&shape));
            let mut affixes = [0; 7];
            let l = lower.as_str();
            bounds.clear();
            bounds.extend(l.char_indices().map(|(b, _)| b));
            bounds.push(l.len());
            let chars = bounds.len() - 1;
            for n in 1..=4 {
                if chars > n {
                    if n <= 3 {
                        affixes[n - 1] = word_hash(&l[..bounds[n]]);
                    }
                    affixes[2 + n] = word_hash(&l[bounds[chars - n]..]);
                }
            }
            views.affixes.push(affixes);
        }
        views
    }
}

/// The tag names, by class.
#[cfg(test)]
const TAG_NAMES: [&str; CLASSES] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG",
    "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];

/// Feature templates, each a distinct number mixed with the values.
mod template {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const LOWER: u64 = 3;
    pub const SHAPE: u64 = 4;
    /// Prefixes 1–3, then suffixes 1–4: `AFFIX + k`.
    pub const AFFIX: u64 = 10;
    pub const LOWER_LEFT_1: u64 = 20;
    pub const LOWER_LEFT_2: u64 = 21;
    pub const LOWER_RIGHT_1: u64 = 22;
    pub const LOWER_RIGHT_2: u64 = 23;
    pub const LEFT_LOWER: u64 = 24;
    pub const LOWER_RIGHT: u64 = 25;
    pub const LEFT_SHAPE: u64 = 26;
    pub const SHAPE_RIGHT: u64 = 27;
    pub const TAG_1: u64 = 30;
    pub const TAGS_2: u64 = 31;
    pub const TAG_LOWER: u64 = 32;
    pub const TAG_SHAPE: u64 = 33;
    pub const FIRST: u64 = 40;
    pub const CAPS_LOWER: u64 = 41;
    pub const CAPS: u64 = 42;
    pub const DOC_CAPITALISED: u64 = 43;
    pub const DOC_LOWER: u64 = 44;
    pub const KB: u64 = 50;
    pub const KB_SHAPE: u64 = 51;
    pub const KB_LEFT: u64 = 52;
    pub const KB_RIGHT: u64 = 53;
}

/// Collects the features of token `i` given the tags already chosen.
fn features(
    f: &mut Features,
    sentence: &Sentence<'_>,
    doc: &DocumentWords,
    views: &Views,
    i: usize,
    tags: &[usize],
) {
    use attache_learn::mix;
    use template as t;
    let at = |hashes: &[u64], j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 { START } else { hashes.get(k as usize).copied().unwrap_or(END) }
    };
    // Tag classes as values; 0 is "before the sentence".
    let tag_at = |j: usize| -> u64 {
        i.checked_sub(j).and_then(|k| tags.get(k)).map_or(0, |&c| c as u64 + 1)
    };
    let l = views.lower[i];
    let sh = views.shapes[i];
    let caps_sentence = views.caps;
    f.clear();
    f.push(mix(t::BIAS, 0));
    f.push(mix(t::WORD, views.written[i]));
    f.push(mix(t::LOWER, l));
    f.push(mix(t::SHAPE, sh));
    for (k, &affix) in views.affixes[i].iter().enumerate() {
        if affix != 0 {
            f.push(mix(t::AFFIX + k as u64, affix));
        }
    }
    let (l1, l2, r1, r2) =
        (at(&views.lower, -1), at(&views.lower, -2), at(&views.lower, 1), at(&views.lower, 2));
    f.push(mix(t::LOWER_LEFT_1, l1));
    f.push(mix(t::LOWER_LEFT_2, l2));
    f.push(mix(t::LOWER_RIGHT_1, r1));
    f.push(mix(t::LOWER_RIGHT_2, r2));
    f.push(mix(mix(t::LEFT_LOWER, l1), l));
    f.push(mix(mix(t::LOWER_RIGHT, l), r1));
    f.push(mix(mix(t::LEFT_SHAPE, at(&views.shapes, -1)), sh));
    f.push(mix(mix(t::SHAPE_RIGHT, sh), at(&views.shapes, 1)));
    let (t1, t2) = (tag_at(1), tag_at(2));
    f.push(mix(t::TAG_1, t1));
    f.push(mix(mix(t::TAGS_2, t2), t1));
    f.push(mix(mix(t::TAG_LOWER, t1), l));
    f.push(mix(mix(t::TAG_SHAPE, t1), sh));
    if i == 0 {
        f.push(mix(t::FIRST, sh));
    }
    if caps_sentence {
        f.push(mix(t::CAPS_LOWER, l));
        f.push(mix(t::CAPS, 0));
    }
    if doc.capitalised.contains(&l) {
        f.push(mix(mix(t::DOC_CAPITALISED, sh), u64::from(caps_sentence)));
    }
    if doc.lower.contains(&l) {
        f.push(mix(mix(t::DOC_LOWER, sh), u64::from(i == 0)));
    }
    let kb_hash = |kb: &str| word_hash(kb);
    for kb in &sentence.kb[i] {
        let h = kb_hash(kb);
        f.push(mix(t::KB, h));
        f.push(mix(mix(t::KB_SHAPE, h), sh));
    }
    if let Some(prev) = i.checked_sub(1) {
        for kb in &sentence.kb[prev] {
            f.push(mix(t::KB_LEFT, kb_hash(kb)));
        }
    }
    if let Some(next) = sentence.kb.get(i + 1) {
        for kb in next {
            f.push(mix(t::KB_RIGHT, kb_hash(kb)));
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
