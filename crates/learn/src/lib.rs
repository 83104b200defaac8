//! Our own learner: a multi-class averaged perceptron over hashed string features.
//!
//! Features are strings hashed with 64-bit FNV-1a ([`Features`]), so that a model
//! file is the same on every platform and Rust version. Training keeps dense rows
//! of weights per feature ([`Trainer`]); the trained [`Model`] keeps only the
//! non-zero averaged weights, quantised to 16 bits, in a compact file.
#![deny(missing_docs)]

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Bytes at the head of a model file.
const MAGIC: &[u8; 8] = b"ATPC\x00\x00\x00\x01";

/// 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Shuffles `order` in place (Fisher–Yates with a xorshift generator whose state is
/// `state`): the same seed gives the same order, and so the same model.
pub fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        order.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

/// The feature hashes of one decision, built from template names and values.
#[derive(Clone, Debug, Default)]
pub struct Features {
    hashes: Vec<u64>,
    buffer: Vec<u8>,
}

impl Features {
    /// Empties the list for the next decision.
    pub fn clear(&mut self) {
        self.hashes.clear();
    }

    /// Adds the feature `template=value`.
    pub fn add(&mut self, template: &str, value: &str) {
        self.buffer.clear();
        self.buffer.extend_from_slice(template.as_bytes());
        self.buffer.push(0x1f);
        self.buffer.extend_from_slice(value.as_bytes());
        self.hashes.push(fnv1a(&self.buffer));
    }

    /// Adds the feature `template=a|b`.
    pub fn add2(&mut self, template: &str, a: &str, b: &str) {
        self.buffer.clear();
        self.buffer.extend_from_slice(template.as_bytes());
        self.buffer.push(0x1f);
        self.buffer.extend_from_slice(a.as_bytes());
        self.buffer.push(0x1e);
        self.buffer.extend_from_slice(b.as_bytes());
        self.hashes.push(fnv1a(&self.buffer));
    }

    /// The hashes.
    pub fn hashes(&self) -> &[u64] {
        &self.hashes
    }
}

/// The keys are hashes already.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// Learns weights, one dense row per feature, averaged with the usual timestamps.
#[derive(Clone, Debug)]
pub struct Trainer {
    classes: usize,
    rows: HashKeyed<u32>,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    time: u32,
}

impl Trainer {
    /// A trainer for `classes` classes.
    pub fn new(classes: usize) -> Trainer {
        Trainer {
            classes,
            rows: HashKeyed::default(),
            weights: Vec::new(),
            totals: Vec::new(),
            stamps: Vec::new(),
            time: 0,
        }
    }

    /// Adds each class's score for the features to `scores` (cleared first).
    pub fn scores(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.classes, 0.0);
        for f in features {
            if let Some(&row) = self.rows.get(f) {
                let row = row as usize * self.classes;
                for (s, w) in scores.iter_mut().zip(&self.weights[row..row + self.classes]) {
                    *s += w;
                }
            }
        }
    }

    /// The best class for the features.
    pub fn predict(&self, features: &[u64], scores: &mut Vec<f32>) -> usize {
        self.scores(features, scores);
        argmax(scores)
    }

    /// Counts one example seen (call once per decision, before any update).
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Moves weight from the guess to the truth.
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in features {
            let classes = self.classes;
            let next = u32::try_from(self.rows.len()).expect("fewer than 2^32 features");
            let row = *self.rows.entry(f).or_insert_with(|| {
                self.weights.extend(std::iter::repeat_n(0.0, classes));
                self.totals.extend(std::iter::repeat_n(0.0, classes));
                self.stamps.extend(std::iter::repeat_n(0, classes));
                next
            }) as usize
                * classes;
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let i = row + class;
                self.totals[i] +=
                    f64::from(self.time - self.stamps[i]) * f64::from(self.weights[i]);
                self.stamps[i] = self.time;
                self.weights[i] += delta;
            }
        }
    }

    /// The averaged weights, non-zero ones only.
    pub fn average(&self) -> Model {
        let mut entries: Vec<(u64, Vec<(u8, f32)>)> = Vec::with_capacity(self.rows.len());
        for (&feature, &row) in &self.rows {
            let row = row as usize * self.classes;
            let mut weights = Vec::new();
            for class in 0..self.classes {
                let i = row + class;
                let total = self.totals[i]
                    + f64::from(self.time - self.stamps[i]) * f64::from(self.weights[i]);
                let average = (total / f64::from(self.time.max(1))) as f32;
                if average.abs() > 1e-4 {
                    weights.push((u8::try_from(class).unwrap_or(u8::MAX), average));
                }
            }
            if !weights.is_empty() {
                entries.push((feature, weights));
            }
        }
        entries.sort_by_key(|(f, _)| *f);
        Model::from_entries(self.classes, &entries)
    }
}

fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not an attache perceptron model file (bad header or length)")]
pub struct ModelError;

/// Trained weights: for each feature, its non-zero class weights.
#[derive(Clone, Debug, Default)]
pub struct Model {
    classes: usize,
    scale: f32,
    index: HashKeyed<(u32, u8)>,
    entries: Vec<(u8, i16)>,
}

impl Model {
    fn from_entries(classes: usize, entries: &[(u64, Vec<(u8, f32)>)]) -> Model {
        let max = entries
            .iter()
            .flat_map(|(_, w)| w.iter().map(|(_, x)| x.abs()))
            .fold(0.0f32, f32::max)
            .max(1e-6);
        let scale = max / f32::from(i16::MAX);
        let mut model = Model { classes, scale, ..Model::default() };
        for (feature, weights) in entries {
            let start = u32::try_from(model.entries.len()).unwrap_or(u32::MAX);
            let quantised: Vec<(u8, i16)> = weights
                .iter()
                .map(|(c, w)| (*c, (w / scale).round() as i16))
                .filter(|(_, q)| *q != 0)
                .collect();
            if quantised.is_empty() {
                continue;
            }
            model.index.insert(*feature, (start, u8::try_from(quantised.len()).unwrap_or(u8::MAX)));
            model.entries.extend(quantised);
        }
        model
    }

    /// How many classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// How many features have weights.
    pub fn features(&self) -> usize {
        self.index.len()
    }

    /// Each class's score for the features, into `scores` (cleared first).
    pub fn scores(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.classes, 0.0);
        for f in features {
            if let Some(&(start, len)) = self.index.get(f) {
                let start = start as usize;
                for &(class, w) in &self.entries[start..start + usize::from(len)] {
                    scores[usize::from(class)] += f32::from(w);
                }
            }
        }
        for s in scores.iter_mut() {
            *s *= self.scale;
        }
    }

    /// The best class for the features.
    pub fn predict(&self, features: &[u64], scores: &mut Vec<f32>) -> usize {
        self.scores(features, scores);
        argmax(scores)
    }

    /// The model file: header, class count, scale, then each feature (in hash order,
    /// so that the file is deterministic) with its weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut features: Vec<(&u64, &(u32, u8))> = self.index.iter().collect();
        features.sort_by_key(|(f, _)| **f);
        let mut out = Vec::with_capacity(16 + features.len() * 12 + self.entries.len() * 3);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&u32::try_from(self.classes).unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for (feature, (start, len)) in features {
            out.extend_from_slice(&feature.to_le_bytes());
            out.push(*len);
            let start = *start as usize;
            for (class, w) in &self.entries[start..start + usize::from(*len)] {
                out.push(*class);
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or(ModelError)?;
        let (classes, body) = body.split_at_checked(4).ok_or(ModelError)?;
        let classes = u32::from_le_bytes(classes.try_into().map_err(|_| ModelError)?) as usize;
        let (scale, mut body) = body.split_at_checked(4).ok_or(ModelError)?;
        let scale = f32::from_le_bytes(scale.try_into().map_err(|_| ModelError)?);
        let mut model = Model { classes, scale, ..Model::default() };
        while !body.is_empty() {
            let (feature, rest) = body.split_at_checked(8).ok_or(ModelError)?;
            let feature = u64::from_le_bytes(feature.try_into().map_err(|_| ModelError)?);
            let (&len, mut rest) = rest.split_first().ok_or(ModelError)?;
            let start = u32::try_from(model.entries.len()).map_err(|_| ModelError)?;
            for _ in 0..len {
                let (entry, r) = rest.split_at_checked(3).ok_or(ModelError)?;
                let class = entry[0];
                if usize::from(class) >= classes {
                    return Err(ModelError);
                }
                model.entries.push((class, i16::from_le_bytes([entry[1], entry[2]])));
                rest = r;
            }
            model.index.insert(feature, (start, len));
            body = rest;
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        let mut trainer = Trainer::new(3);
        let mut features = Features::default();
        let data = [("red", 0), ("green", 1), ("blue", 2), ("crimson", 0), ("lime", 1)];
        let mut scores = Vec::new();
        for _ in 0..5 {
            for (word, class) in data {
                features.clear();
                features.add("w", word);
                features.add("bias", "");
                trainer.tick();
                let guess = trainer.predict(features.hashes(), &mut scores);
                trainer.update(features.hashes(), class, guess);
            }
        }
        let model = trainer.average();
        let model = Model::from_bytes(&model.to_bytes()).unwrap();
        for (word, class) in data {
            features.clear();
            features.add("w", word);
            features.add("bias", "");
            assert_eq!(model.predict(features.hashes(), &mut scores), class, "{word}");
        }
        assert!(Model::from_bytes(b"nope").is_err());
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
