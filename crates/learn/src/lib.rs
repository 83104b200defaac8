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
pub const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// Combines two hashes into one (for features built from values hashed once).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(29))
        .wrapping_add(0x9e37_79b9_7f4a_7c15)
        .wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let x = (x ^ (x >> 31)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 29)
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

    /// Adds a feature hashed already (see [`mix`]).
    #[inline]
    pub fn push(&mut self, hash: u64) {
        self.hashes.push(hash);
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

/// Learns weights, averaged with the usual timestamps. Only the (feature, class)
/// pairs an update has touched are stored, so that a model of a hundred classes and
/// millions of features trains in little memory.
#[derive(Clone, Debug)]
pub struct Trainer {
    classes: usize,
    rows: HashKeyed<u32>,
    /// For each row, its (class, slot) pairs.
    entries: Vec<Vec<(u8, u32)>>,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    time: u32,
}

impl Trainer {
    /// A trainer for `classes` classes (at most 255).
    pub fn new(classes: usize) -> Trainer {
        assert!(classes <= 255, "at most 255 classes");
        Trainer {
            classes,
            rows: HashKeyed::default(),
            entries: Vec::new(),
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
                for &(class, slot) in &self.entries[row as usize] {
                    scores[usize::from(class)] += self.weights[slot as usize];
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
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                self.add(f, class, delta);
            }
        }
    }

    fn add(&mut self, feature: u64, class: usize, delta: f32) {
        let next = u32::try_from(self.rows.len()).expect("fewer than 2^32 features");
        let row = *self.rows.entry(feature).or_insert_with(|| {
            self.entries.push(Vec::new());
            next
        }) as usize;
        let class = u8::try_from(class).expect("at most 256 classes");
        let slot = match self.entries[row].iter().find(|(c, _)| *c == class) {
            Some(&(_, slot)) => slot as usize,
            None => {
                let slot = self.weights.len();
                self.weights.push(0.0);
                self.totals.push(0.0);
                self.stamps.push(self.time);
                self.entries[row]
                    .push((class, u32::try_from(slot).expect("fewer than 2^32 weights")));
                slot
            }
        };
        self.totals[slot] +=
            f64::from(self.time - self.stamps[slot]) * f64::from(self.weights[slot]);
        self.stamps[slot] = self.time;
        self.weights[slot] += delta;
    }

    /// How many features have a weight.
    pub fn features(&self) -> usize {
        self.rows.len()
    }

    /// The averaged weights, non-zero ones only.
    pub fn average(&self) -> Model {
        let mut entries: Vec<(u64, Vec<(u8, f32)>)> = Vec::with_capacity(self.rows.len());
        for (&feature, &row) in &self.rows {
            let mut weights: Vec<(u8, f32)> = Vec::new();
            for &(class, slot) in &self.entries[row as usize] {
                let i = slot as usize;
                let total = self.totals[i]
                    + f64::from(self.time - self.stamps[i]) * f64::from(self.weights[i]);
                let average = (total / f64::from(self.time.max(1))) as f32;
                if average.abs() > 1e-4 {
                    weights.push((class, average));
                }
            }
            weights.sort_by_key(|(c, _)| *c);
            if !weights.is_empty() {
                entries.push((feature, weights));
            }
        }
        entries.sort_by_key(|(f, _)| *f);
        Model::from_entries(self.classes, &entries)
    }
}

/// The index of the highest score (the first of equal ones).
pub fn argmax(scores: &[f32]) -> usize {
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
///
/// Lookups go through an open-addressing table of 16-byte slots, each holding a
/// 32-bit fingerprint of the feature's hash and either the feature's weights
/// themselves (one or two, which is most features) or where they lie. The slots come
/// in buckets of four, one cache line each, whose keys are all compared at once, so
/// that most lookups are one memory access and no branch, which is what decides the
/// speed of the taggers and the parser.
#[derive(Debug, Default)]
pub struct Model {
    classes: usize,
    scale: f32,
    /// Each feature (in hash order), with where its weights start and how many.
    rows: Vec<(u64, u32, u8)>,
    entries: Vec<(u8, i16)>,
    /// The rows of features with weights for many classes, one weight per class, so
    /// that adding them up is a few vector instructions.
    dense: Vec<i16>,
    /// The lookup table: bucket `b` is the eight words from `slots[base + 8 * b]`,
    /// four slots of a key and a value each (as described at `Slot`). Kept as plain
    /// words so that the table is allocated zeroed (untouched pages cost nothing).
    slots: Vec<u64>,
    /// Where the first bucket starts, so that each bucket is one aligned cache line.
    base: usize,
    /// Buckets, less one.
    mask: usize,
    /// How far a feature's hash is shifted right to give its bucket: the buckets
    /// follow the hashes' high bits, so that the rows, kept in hash order, fill the
    /// table from start to end when it is built.
    shift: u32,
}

/// The vector instructions this processor has, found once.
static ARCH: std::sync::LazyLock<pulp::Arch> = std::sync::LazyLock::new(pulp::Arch::new);

/// [`Model::add_sums`] as an operation that `pulp` compiles for each instruction set
/// (through calls that are all inlined, so that the whole loop is compiled so).
struct Sums<'a> {
    model: &'a Model,
    features: &'a [u64],
    sums: &'a mut [i32; 256],
}

impl pulp::WithSimd for Sums<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) {
        self.model.add_sums_here(self.features, self.sums);
    }
}

/// Slots in a bucket of the lookup table.
const BUCKET: usize = 4;

impl Clone for Model {
    /// A copy, with its lookup table built again (a copied table's buckets might
    /// not be aligned).
    fn clone(&self) -> Model {
        let mut model = Model {
            classes: self.classes,
            scale: self.scale,
            rows: self.rows.clone(),
            entries: self.entries.clone(),
            ..Model::default()
        };
        model.index();
        model
    }
}

/// One place in the lookup table, stored as two words of `Model::slots`. `key` packs
/// the fingerprint (high 32 bits), the number of weights (bits 8–15) and the slot's
/// kind (low byte: `EMPTY`, `INLINE`, `SPARSE` or `DENSE`); `value` holds up to two
/// inline weights (`class | weight << 8`, 24 bits each) or where the weights start.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    value: u64,
}

const EMPTY: u64 = 0;
const INLINE: u64 = 1;
const SPARSE: u64 = 2;
const DENSE: u64 = 3;

/// The low half of a feature's hash (never 0): the high bits choose its bucket.
fn fingerprint(hash: u64) -> u64 {
    (hash & 0xffff_ffff) | 1
}

/// The `k`th `(class, weight)` pair packed in an inline slot's value.
#[inline(always)]
fn unpack(packed: u64, k: usize) -> (usize, i16) {
    let e = packed >> (24 * k);
    (usize::from(e as u8), (e >> 8) as u16 as i16)
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
            model.rows.push((*feature, start, u8::try_from(quantised.len()).unwrap_or(u8::MAX)));
            model.entries.extend(quantised);
        }
        model.index();
        model
    }

    /// Builds the lookup table from the rows (load factor between one third and two
    /// thirds). A row with weights for a third of the classes or more is kept dense;
    /// one with two weights or fewer goes inline in its slot.
    fn index(&mut self) {
        let capacity = (self.rows.len() * 3 / 2).next_power_of_two().max(16);
        self.mask = capacity / BUCKET - 1;
        self.shift = 64 - (capacity / BUCKET).trailing_zeros();
        self.slots = vec![0; 2 * capacity + 2 * BUCKET];
        self.base = self.slots.as_ptr().align_offset(64).min(2 * BUCKET);
        self.dense.clear();
        for &(feature, start, len) in &self.rows {
            let mut b = self.bucket(feature);
            let i = loop {
                let at = self.base + 2 * BUCKET * b;
                if let Some(k) = (0..BUCKET).find(|k| self.slots[at + 2 * k] == EMPTY) {
                    break at + 2 * k;
                }
                b = (b + 1) & self.mask;
            };
            let first = start as usize;
            let weights = &self.entries[first..first + usize::from(len)];
            let (kind, value) = if self.classes >= 12 && usize::from(len) * 3 >= self.classes {
                let at = self.dense.len();
                self.dense.resize(at + self.classes, 0);
                for &(class, w) in weights {
                    self.dense[at + usize::from(class)] = w;
                }
                (DENSE, at as u64)
            } else if len <= 2 {
                let packed = weights.iter().enumerate().fold(0u64, |packed, (k, &(class, w))| {
                    packed | (u64::from(class) | u64::from(w as u16) << 8) << (24 * k)
                });
                (INLINE, packed)
            } else {
                (SPARSE, u64::from(start))
            };
            let slot = Slot { key: fingerprint(feature) << 32 | u64::from(len) << 8 | kind, value };
            self.slots[i] = slot.key;
            self.slots[i + 1] = slot.value;
        }
    }

    /// The mean of models of the same classes, weight by weight (a feature one model
    /// lacks counts as zero there): an ensemble of models trained in different orders
    /// that costs no more to run than one of them.
    pub fn mean(models: &[&Model]) -> Model {
        let classes = models.first().map_or(0, |m| m.classes);
        let mut sums: HashKeyed<Vec<f32>> = HashKeyed::default();
        for model in models {
            for &(feature, start, len) in &model.rows {
                let row = sums.entry(feature).or_insert_with(|| vec![0.0; classes]);
                let start = start as usize;
                for &(class, w) in &model.entries[start..start + usize::from(len)] {
                    row[usize::from(class)] += f32::from(w) * model.scale;
                }
            }
        }
        let n = models.len().max(1) as f32;
        let mut entries: Vec<(u64, Vec<(u8, f32)>)> = sums
            .into_iter()
            .map(|(feature, row)| {
                let weights = row
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| **w != 0.0)
                    .map(|(c, w)| (c as u8, w / n))
                    .collect();
                (feature, weights)
            })
            .collect();
        entries.sort_by_key(|(f, _)| *f);
        Model::from_entries(classes, &entries)
    }

    /// How many classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// How many features have weights.
    pub fn features(&self) -> usize {
        self.rows.len()
    }

    /// How many (feature, class) weights.
    pub fn weights(&self) -> usize {
        self.entries.len()
    }

    /// Drops the weights smaller than `fraction` of the largest, and the features
    /// left without any: a smaller model that decides almost always the same.
    pub fn prune(&mut self, fraction: f32) {
        let min = (fraction * f32::from(i16::MAX)).round() as i16;
        let old_rows = std::mem::take(&mut self.rows);
        let old = std::mem::take(&mut self.entries);
        for (feature, start, len) in old_rows {
            let start = start as usize;
            let kept: Vec<(u8, i16)> = old[start..start + usize::from(len)]
                .iter()
                .copied()
                .filter(|(_, w)| w.unsigned_abs() >= min.unsigned_abs())
                .collect();
            if kept.is_empty() {
                continue;
            }
            let at = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
            self.rows.push((feature, at, u8::try_from(kept.len()).unwrap_or(u8::MAX)));
            self.entries.extend(kept);
        }
        self.index();
    }

    /// The first bucket where `feature` may be.
    #[inline(always)]
    fn bucket(&self, feature: u64) -> usize {
        // (the mask keeps an empty model, with no shift, at bucket 0)
        (feature >> (self.shift & 63)) as usize & self.mask
    }

    /// The slot of `feature`, if it has weights: its key and value.
    #[inline(always)]
    fn slot(&self, feature: u64) -> Option<(u64, u64)> {
        let fp = fingerprint(feature);
        let mut b = self.bucket(feature);
        loop {
            let at = self.base + 2 * BUCKET * b;
            let bucket: &[u64; 2 * BUCKET] =
                self.slots.get(at..at + 2 * BUCKET)?.try_into().ok()?;
            // An empty key's fingerprint is 0, which no feature has.
            let mut hit = 2 * BUCKET;
            let mut open = false;
            for k in 0..BUCKET {
                let key = bucket[2 * k];
                hit = if key >> 32 == fp { 2 * k } else { hit };
                open |= key == EMPTY;
            }
            if hit < 2 * BUCKET {
                return Some((bucket[hit], bucket[hit + 1]));
            }
            if open {
                return None;
            }
            b = (b + 1) & self.mask;
        }
    }

    /// Each class's score for the features, into `scores` (cleared first).
    ///
    /// The lookups go in sweeps, so that the memory reads of many features are in
    /// flight at once instead of one after the other: read every feature's slot, then
    /// sort the features found by where their weights are (without a branch on it),
    /// read the first bytes of the rows not inline, then add them up, kind by kind.
    pub fn scores(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.classes, 0.0);
        let mut sums = [0i32; 256];
        self.add_sums(features, &mut sums);
        for (s, sum) in scores.iter_mut().zip(&sums[..self.classes.min(256)]) {
            *s = *sum as f32 * self.scale;
        }
    }

    /// Adds each class's weights for the features to `sums`, in the model's integer
    /// units (a score is a sum times [`Model::scale`]): sums of parts of a feature set
    /// add up to the sum of the whole, exactly.
    pub fn add_sums(&self, features: &[u64], sums: &mut [i32; 256]) {
        // (compiled once more for the vector instructions of newer processors, AVX2 on
        // x86-64, and run so where the processor has them: the dense rows' sums then
        // take fewer instructions)
        ARCH.dispatch(Sums { model: self, features, sums });
    }

    /// [`Model::add_sums`] for the instruction set it is inlined into.
    #[inline(always)]
    fn add_sums_here(&self, features: &[u64], sums: &mut [i32; 256]) {
        let classes = self.classes.min(256);
        const CHUNK: usize = 64;
        let mut inline = [0u64; CHUNK];
        let mut sparse = [(0u32, 0u32); CHUNK];
        let mut dense = [0u32; CHUNK];
        for chunk in features.chunks(CHUNK) {
            if self.slots.is_empty() {
                break;
            }
            let mut touch = 0u64;
            for &f in chunk {
                touch ^= self.slots[self.base + 2 * BUCKET * self.bucket(f)];
            }
            std::hint::black_box(touch);
            let (mut ni, mut ns, mut nd) = (0, 0, 0);
            for &f in chunk {
                let (key, value) = self.slot(f).unwrap_or((EMPTY, 0));
                let kind = key & 0xff;
                let len = ((key >> 8) & 0xff) as u32;
                // Each list gets the entry; only the list of its kind counts it.
                inline[ni] = value;
                ni += usize::from(kind == INLINE);
                sparse[ns] = (value as u32, value as u32 + len);
                ns += usize::from(kind == SPARSE);
                dense[nd] = value as u32;
                nd += usize::from(kind == DENSE);
            }
            let mut touch = 0i16;
            for &(start, _) in &sparse[..ns] {
                touch ^= self.entries.get(start as usize).map_or(0, |e| e.1);
            }
            for &at in &dense[..nd] {
                touch ^= self.dense.get(at as usize).copied().unwrap_or(0);
            }
            std::hint::black_box(touch);
            // An inline slot with one weight packs a zero weight for class 0 as its
            // second, so adding both is right.
            for &packed in &inline[..ni] {
                for k in 0..2 {
                    let (class, w) = unpack(packed, k);
                    sums[class] += i32::from(w);
                }
            }
            for &(start, end) in &sparse[..ns] {
                for &(class, w) in &self.entries[start as usize..end as usize] {
                    sums[usize::from(class)] += i32::from(w);
                }
            }
            for &at in &dense[..nd] {
                let row = &self.dense[at as usize..at as usize + classes];
                for (s, w) in sums[..classes].iter_mut().zip(row) {
                    *s += i32::from(*w);
                }
            }
        }
    }

    /// What one unit of [`Model::add_sums`] is worth as a score.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The best class for the features.
    pub fn predict(&self, features: &[u64], scores: &mut Vec<f32>) -> usize {
        self.scores(features, scores);
        argmax(scores)
    }

    /// The model file: header, class count, scale, then each feature (in hash order,
    /// so that the file is deterministic) with its weights.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.rows.len() * 9 + self.entries.len() * 3);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&u32::try_from(self.classes).unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for &(feature, start, len) in &self.rows {
            out.extend_from_slice(&feature.to_le_bytes());
            out.push(len);
            let start = start as usize;
            for (class, w) in &self.entries[start..start + usize::from(len)] {
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
        if classes > 256 {
            return Err(ModelError);
        }
        let (scale, mut body) = body.split_at_checked(4).ok_or(ModelError)?;
        let scale = f32::from_le_bytes(scale.try_into().map_err(|_| ModelError)?);
        let mut model = Model { classes, scale, ..Model::default() };
        let mut previous = None;
        while !body.is_empty() {
            let (feature, rest) = body.split_at_checked(8).ok_or(ModelError)?;
            let feature = u64::from_le_bytes(feature.try_into().map_err(|_| ModelError)?);
            // Features come in strictly rising hash order: a file that repeats one
            // is not ours.
            if previous.is_some_and(|p| p >= feature) {
                return Err(ModelError);
            }
            previous = Some(feature);
            let (&len, rest) = rest.split_first().ok_or(ModelError)?;
            let start = u32::try_from(model.entries.len()).map_err(|_| ModelError)?;
            let (weights, rest) = rest.split_at_checked(3 * usize::from(len)).ok_or(ModelError)?;
            for entry in weights.chunks_exact(3) {
                if usize::from(entry[0]) >= classes {
                    return Err(ModelError);
                }
                model.entries.push((entry[0], i16::from_le_bytes([entry[1], entry[2]])));
            }
            if len > 0 {
                model.rows.push((feature, start, len));
            }
            body = rest;
        }
        model.index();
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word's features in these tests: the word and a bias.
    fn word_features(word: &str, features: &mut Features) {
        features.clear();
        features.add("w", word);
        features.add("bias", "");
    }

    /// A model of three classes trained on the words for `epochs` passes.
    fn train(data: &[(&str, usize)], epochs: usize) -> Model {
        let mut trainer = Trainer::new(3);
        let mut features = Features::default();
        let mut scores = Vec::new();
        for _ in 0..epochs {
            for &(word, class) in data {
                word_features(word, &mut features);
                trainer.tick();
                let guess = trainer.predict(features.hashes(), &mut scores);
                trainer.update(features.hashes(), class, guess);
            }
        }
        trainer.average()
    }

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        let data = [("red", 0), ("green", 1), ("blue", 2), ("crimson", 0), ("lime", 1)];
        let model = train(&data, 5);
        let model = Model::from_bytes(&model.to_bytes()).unwrap();
        let mut features = Features::default();
        let mut scores = Vec::new();
        for (word, class) in data {
            word_features(word, &mut features);
            assert_eq!(model.predict(features.hashes(), &mut scores), class, "{word}");
        }
        assert!(Model::from_bytes(b"nope").is_err());
    }

    #[test]
    fn the_mean_of_models_scores_the_mean_of_their_scores() {
        let a = train(&[("red", 0), ("green", 1), ("blue", 2)], 3);
        // A feature only the second model knows ("teal") counts as zero in the first.
        let b = train(&[("teal", 2), ("red", 0), ("green", 1)], 3);
        let mean = Model::mean(&[&a, &b]);
        assert_eq!(mean.classes(), 3);
        let mut features = Features::default();
        let (mut sa, mut sb, mut sm) = (Vec::new(), Vec::new(), Vec::new());
        for word in ["red", "green", "blue", "teal", "unseen"] {
            word_features(word, &mut features);
            a.scores(features.hashes(), &mut sa);
            b.scores(features.hashes(), &mut sb);
            mean.scores(features.hashes(), &mut sm);
            for c in 0..3 {
                let expected = (sa[c] + sb[c]) / 2.0;
                // within the rounding of the weights to the models' integer units
                assert!((sm[c] - expected).abs() <= 4.0 * (a.scale() + b.scale()), "{word} {c}");
            }
        }
        let same = Model::mean(&[&a]);
        assert_eq!(same.to_bytes(), a.to_bytes());
    }

    #[test]
    fn sums_are_the_same_with_and_without_vector_instructions() {
        // Forty classes, and features with weights for many of them (dense rows),
        // a few (sparse rows) and one or two (inline).
        let mut trainer = Trainer::new(40);
        let mut features = Features::default();
        let mut scores = Vec::new();
        for round in 0..30 {
            for word in 0..200usize {
                features.clear();
                features.add("w", &word.to_string());
                features.add("w%7", &(word % 7).to_string());
                features.add("bias", "");
                trainer.tick();
                let guess = trainer.predict(features.hashes(), &mut scores);
                trainer.update(features.hashes(), (word * 7 + round) % 40, guess);
            }
        }
        let model = trainer.average();
        for word in 0..220usize {
            features.clear();
            features.add("w", &word.to_string());
            features.add("w%7", &(word % 7).to_string());
            features.add("bias", "");
            let mut dispatched = [0i32; 256];
            model.add_sums(features.hashes(), &mut dispatched);
            let mut scalar = [0i32; 256];
            let sums = Sums { model: &model, features: features.hashes(), sums: &mut scalar };
            pulp::WithSimd::with_simd(sums, pulp::Scalar::new());
            assert_eq!(dispatched, scalar, "{word}");
            assert!(scalar.iter().any(|s| *s != 0));
        }
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
