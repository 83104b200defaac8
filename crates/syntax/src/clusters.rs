//! Word classes learnt from raw text: the exchange algorithm (Kneser and Ney 1993;
//! Martin, Liermann and Ney 1998) moves each word to the class that most raises the
//! likelihood of a class bigram model of the text, until the classes settle. Words
//! that behave alike ("Tuesday", "Friday"; "minister", "president") end up together,
//! so the tagger and parser can generalise from the words of the treebank to words it
//! never saw. Two granularities are learnt, coarse and fine.
//!
//! The classes are kept by the hash of each word's normalised form, so the shipped
//! file holds no text.

use std::collections::HashMap;

use crate::ModelError;
use crate::lex::normalise;

/// Bytes at the head of a clusters file.
const MAGIC: &[u8; 8] = b"ATCL\x00\x00\x00\x01";

/// Word classes by the hash of the normalised word.
#[derive(Clone, Debug, Default)]
pub struct Clusters {
    classes: HashMap<u64, (u16, u16)>,
}

impl Clusters {
    /// The (coarse, fine) classes of a normalised word's hash.
    pub(crate) fn get(&self, norm: u64) -> Option<(u16, u16)> {
        self.classes.get(&norm).copied()
    }

    /// How many words have classes.
    pub fn len(&self) -> usize {
        self.classes.len()
    }

    /// Whether no word has a class.
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// Learns `coarse` and `fine` classes for the words seen `min_count` times or more
    /// in `sentences`, `iterations` passes each; `each_pass` hears of every pass
    /// (granularity, pass, words moved).
    pub fn train(
        sentences: &[Vec<String>],
        coarse: usize,
        fine: usize,
        min_count: u32,
        iterations: usize,
        mut each_pass: impl FnMut(usize, usize, usize),
    ) -> Clusters {
        let mut buffer = String::new();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut text: Vec<Vec<u32>> = Vec::with_capacity(sentences.len());
        for s in sentences {
            let mut ws = Vec::with_capacity(s.len());
            for w in s {
                normalise(w, &mut buffer);
                let next = ids.len() as u32;
                let id = *ids.entry(buffer.clone()).or_insert(next);
                if id as usize == counts.len() {
                    counts.push(0);
                }
                counts[id as usize] += 1;
                ws.push(id);
            }
            text.push(ws);
        }
        // Frequent words by falling count (ties by form, so the result is the same
        // every run); the rest share one fixed class, as does the sentence edge.
        let mut words: Vec<(&String, u32)> = ids
            .iter()
            .filter(|(_, id)| counts[**id as usize] >= min_count)
            .map(|(w, id)| (w, *id))
            .collect();
        words.sort_by(|a, b| counts[b.1 as usize].cmp(&counts[a.1 as usize]).then(a.0.cmp(b.0)));
        let vocabulary = words.len();
        let mut dense = vec![u32::MAX; ids.len()];
        for (rank, (_, id)) in words.iter().enumerate() {
            dense[*id as usize] = rank as u32;
        }
        let rare = vocabulary as u32;
        let edge = vocabulary as u32 + 1;
        let mut bigrams: HashMap<(u32, u32), u32> = HashMap::new();
        for s in &text {
            let mut previous = edge;
            for &id in s {
                let w = if dense[id as usize] == u32::MAX { rare } else { dense[id as usize] };
                *bigrams.entry((previous, w)).or_default() += 1;
                previous = w;
            }
            *bigrams.entry((previous, edge)).or_default() += 1;
        }
        let mut successors: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocabulary + 2];
        let mut predecessors: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocabulary + 2];
        let mut pairs: Vec<((u32, u32), u32)> = bigrams.into_iter().collect();
        pairs.sort_unstable();
        for ((a, b), n) in pairs {
            successors[a as usize].push((b, n));
            predecessors[b as usize].push((a, n));
        }
        let mut run = |k: usize, granularity: usize| {
            exchange(k, vocabulary, &successors, &predecessors, iterations, |pass, moved| {
                each_pass(granularity, pass, moved)
            })
        };
        let coarse_classes = run(coarse, 0);
        let fine_classes = run(fine, 1);
        let mut classes = HashMap::with_capacity(vocabulary);
        for (rank, (w, _)) in words.iter().enumerate() {
            classes.insert(
                attache_learn::fnv1a(w.as_bytes()),
                (coarse_classes[rank] as u16, fine_classes[rank] as u16),
            );
        }
        Clusters { classes }
    }

    /// Reads a clusters file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Clusters, ModelError> {
        let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or(ModelError)?;
        if body.len() % 12 != 0 {
            return Err(ModelError);
        }
        let classes = body
            .chunks_exact(12)
            .map(|c| {
                let hash = u64::from_le_bytes(c[..8].try_into().expect("8 bytes"));
                let coarse = u16::from_le_bytes([c[8], c[9]]);
                let fine = u16::from_le_bytes([c[10], c[11]]);
                (hash, (coarse, fine))
            })
            .collect();
        Ok(Clusters { classes })
    }

    /// The clusters file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut entries: Vec<_> = self.classes.iter().collect();
        entries.sort_by_key(|(h, _)| **h);
        let mut out = MAGIC.to_vec();
        for (hash, (coarse, fine)) in entries {
            out.extend_from_slice(&hash.to_le_bytes());
            out.extend_from_slice(&coarse.to_le_bytes());
            out.extend_from_slice(&fine.to_le_bytes());
        }
        out
    }
}

fn xlogx(x: f64) -> f64 {
    if x <= 0.0 { 0.0 } else { x * x.ln() }
}

/// The exchange algorithm over words `0..vocabulary` (by falling frequency), with
/// two fixed extra words: rare words and the sentence edge. Returns each word's class.
fn exchange(
    k: usize,
    vocabulary: usize,
    successors: &[Vec<(u32, u32)>],
    predecessors: &[Vec<(u32, u32)>],
    iterations: usize,
    mut each_pass: impl FnMut(usize, usize),
) -> Vec<usize> {
    let classes = k + 2;
    let mut class: Vec<usize> = (0..vocabulary).map(|w| w % k).chain([k, k + 1]).collect();
    let mut n = vec![0.0f64; classes * classes];
    let mut left = vec![0.0f64; classes];
    let mut right = vec![0.0f64; classes];
    for (a, succ) in successors.iter().enumerate() {
        for &(b, c) in succ {
            let c = f64::from(c);
            n[class[a] * classes + class[b as usize]] += c;
            left[class[a]] += c;
            right[class[b as usize]] += c;
        }
    }
    let mut out_class = vec![0.0f64; classes];
    let mut in_class = vec![0.0f64; classes];
    let mut touched_out: Vec<usize> = Vec::new();
    let mut touched_in: Vec<usize> = Vec::new();
    for pass in 1..=iterations {
        let mut moved = 0;
        for w in 0..vocabulary {
            let a = class[w];
            // The classes around w, its self-loops apart.
            let (mut total_out, mut total_in, mut selfloop) = (0.0, 0.0, 0.0);
            for &(v, c) in &successors[w] {
                let c = f64::from(c);
                total_out += c;
                if v as usize == w {
                    selfloop += c;
                    continue;
                }
                let cv = class[v as usize];
                if out_class[cv] == 0.0 {
                    touched_out.push(cv);
                }
                out_class[cv] += c;
            }
            for &(v, c) in &predecessors[w] {
                let c = f64::from(c);
                total_in += c;
                if v as usize == w {
                    continue;
                }
                let cv = class[v as usize];
                if in_class[cv] == 0.0 {
                    touched_in.push(cv);
                }
                in_class[cv] += c;
            }
            // Take w out of its class.
            for &c in &touched_out {
                n[a * classes + c] -= out_class[c];
            }
            for &c in &touched_in {
                n[c * classes + a] -= in_class[c];
            }
            n[a * classes + a] -= selfloop;
            left[a] -= total_out;
            right[a] -= total_in;
            // The class that gains most from it.
            let mut best = (f64::NEG_INFINITY, a);
            for b in 0..k {
                let mut gain = 0.0;
                for &c in &touched_out {
                    let x = n[b * classes + c];
                    gain += xlogx(x + out_class[c]) - xlogx(x);
                }
                for &c in &touched_in {
                    let x = n[c * classes + b];
                    gain += xlogx(x + in_class[c]) - xlogx(x);
                }
                gain -= xlogx(left[b] + total_out) - xlogx(left[b]);
                gain -= xlogx(right[b] + total_in) - xlogx(right[b]);
                if gain > best.0 + 1e-9 || (b == a && gain >= best.0 - 1e-9) {
                    best = (gain, b);
                }
            }
            let b = best.1;
            for &c in &touched_out {
                n[b * classes + c] += out_class[c];
                out_class[c] = 0.0;
            }
            for &c in &touched_in {
                n[c * classes + b] += in_class[c];
                in_class[c] = 0.0;
            }
            n[b * classes + b] += selfloop;
            left[b] += total_out;
            right[b] += total_in;
            touched_out.clear();
            touched_in.clear();
            if b != a {
                class[w] = b;
                moved += 1;
            }
        }
        each_pass(pass, moved);
        if moved == 0 {
            break;
        }
    }
    class.truncate(vocabulary);
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_slots_share_a_class() {
        let mut sentences = Vec::new();
        for _ in 0..20 {
            for day in ["Monday", "Tuesday", "Friday"] {
                for who in ["minister", "president", "envoy"] {
                    sentences.push(
                        format!("the {who} arrived on {day} .")
                            .split(' ')
                            .map(str::to_owned)
                            .collect(),
                    );
                }
            }
        }
        let clusters = Clusters::train(&sentences, 4, 4, 1, 10, |_, _, _| {});
        let class = |w: &str| {
            let mut b = String::new();
            clusters.get(crate::lex::Lex::of(w, &mut b, &Clusters::default()).norm).unwrap().1
        };
        assert_eq!(class("Monday"), class("Friday"));
        assert_eq!(class("minister"), class("envoy"));
        assert_ne!(class("minister"), class("Friday"));
        let round = Clusters::from_bytes(&clusters.to_bytes()).unwrap();
        assert_eq!(round.len(), clusters.len());
    }
}
