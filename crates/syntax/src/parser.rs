//! The dependency parser: arc-eager transitions (Nivre 2003) with the root at the end
//! of the buffer (Ballesteros and Nivre 2013), chosen greedily by an averaged
//! perceptron, and trained with the dynamic oracle of Goldberg and Nivre (2012), so
//! that it learns to recover from its own mistakes. Non-projective training trees are
//! made projective by lifting arcs first.

use attache_learn::{Features, Model, Trainer, mix, shuffle};

use crate::lex::{Lex, template};
use crate::{Clusters, ModelError, Upos};

/// Bytes at the head of a parser file.
const MAGIC: &[u8; 8] = b"ATPS\x00\x00\x00\x02";
/// The head of a parser file of format 1 (read still): no length before the model, and
/// no quick model after it.
const MAGIC_1: &[u8; 8] = b"ATPS\x00\x00\x00\x01";

const SHIFT: usize = 0;
const REDUCE: usize = 1;

/// The parser: its relation labels and weights.
#[derive(Clone, Debug)]
pub struct Parser {
    labels: Vec<String>,
    root: usize,
    model: Model,
    quick: Option<Quick>,
}

/// A small model of the parser's own choices, from the tags, the words of the closed
/// classes, word classes and the shape of the state ([`quick_features`]): where it is
/// sure enough, its choice stands and the parser's far larger model, whose memory
/// reads are most of parsing's time, is not read.
#[derive(Clone, Debug)]
struct Quick {
    model: Model,
    /// The least margin (best score less the second) at which its choice stands.
    threshold: f32,
    /// The threshold in the model's integer units ([`Model::add_sums`]).
    units: i64,
    /// The bit of the `case` relation among a word's left dependents (see
    /// [`Parser::quick_choice`]), or 0.
    case: u64,
    /// The transitions it leaves to the parser's model: the arcs of clauses and
    /// conjuncts ([`CLAUSES`]).
    leave: Vec<bool>,
}

/// Relations of clauses and conjuncts, with their subtypes (`acl:relcl`), which turn
/// on the words ("rejected claims that …", "said that …", "… and that it sailed
/// north") and which the quote and event readers follow: the quick model leaves their
/// arcs to the parser's model.
const CLAUSES: [&str; 7] = ["ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis", "conj"];

impl Quick {
    fn new(model: Model, threshold: f32, labels: &[String]) -> Quick {
        // (a NaN threshold is infinite: never; a negative one, 0; kept so, so that the
        // file written reads back)
        let threshold = if threshold.is_nan() { f32::INFINITY } else { threshold.max(0.0) };
        let units = (f64::from(threshold) / f64::from(model.scale())).ceil();
        let units = if units.is_finite() && units >= 0.0 { units as i64 } else { i64::MAX };
        let case = labels.iter().position(|l| l == "case").map_or(0, |c| 1u64 << (c % 64));
        let clause =
            labels.iter().map(|l| CLAUSES.contains(&l.split(':').next().unwrap_or(l.as_str())));
        let leave = [false, false].into_iter().chain(clause.clone()).chain(clause).collect();
        Quick { model, threshold, units, case, leave }
    }
}

/// A parse: each word's head (`None` for the root) and relation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    /// Head of each word, as an index into the sentence; `None` for the root word.
    pub heads: Vec<Option<usize>>,
    /// Relation of each word, as an index into [`Parser::labels`].
    pub labels: Vec<u8>,
}

/// What the transitions have built so far.
#[derive(Clone, Debug)]
struct State {
    n: usize,
    stack: Vec<usize>,
    /// The front of the buffer; `n` is the root.
    b: usize,
    heads: Vec<Option<usize>>,
    labels: Vec<u8>,
    on_stack: Vec<bool>,
    /// Leftmost and second leftmost dependents of each token (root included).
    lefts: Vec<[usize; 2]>,
    rights: Vec<[usize; 2]>,
    left_count: Vec<u8>,
    right_count: Vec<u8>,
    left_labels: Vec<u64>,
    right_labels: Vec<u64>,
}

const NO: usize = usize::MAX;

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![None; n],
            labels: vec![0; n],
            on_stack: vec![false; n + 1],
            lefts: vec![[NO; 2]; n + 1],
            rights: vec![[NO; 2]; n + 1],
            left_count: vec![0; n + 1],
            right_count: vec![0; n + 1],
            left_labels: vec![0; n + 1],
            right_labels: vec![0; n + 1],
        }
    }

    fn done(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    fn top(&self) -> Option<usize> {
        self.stack.last().copied()
    }

    /// The stack's top and second, and the buffer's first three, by position (`NO`
    /// where there is none; `n` is the root).
    fn places(&self) -> [usize; 5] {
        let n = self.n;
        let s0 = self.top().unwrap_or(NO);
        let s1 = if self.stack.len() >= 2 { self.stack[self.stack.len() - 2] } else { NO };
        let b0 = self.b;
        let b1 = if b0 < n { b0 + 1 } else { NO };
        let b2 = if b0 + 2 <= n { b0 + 2 } else { NO };
        [s0, s1, b0, b1, b2]
    }

    /// The distance from the stack's top to the buffer's front, in eight buckets.
    fn distance(&self) -> u64 {
        match self.top() {
            None => 0,
            Some(s0) => match self.b - s0 {
                d @ 0..=4 => d as u64,
                5..=6 => 5,
                7..=9 => 6,
                _ => 7,
            },
        }
    }

    /// Whether the stack's top has its head yet (2: no stack).
    fn has_head(&self) -> u64 {
        self.top().map_or(2, |s0| u64::from(self.heads[s0].is_some()))
    }

    /// The head of word `t` so far (`NO` for none, and for no word or the root).
    fn head(&self, t: usize) -> usize {
        if t == NO || t == self.n { NO } else { self.heads[t].unwrap_or(NO) }
    }

    /// The relation word `t` has, as a feature value.
    fn label(&self, t: usize) -> u64 {
        match t {
            NO => NONE_WORD,
            t if t == self.n => ROOT_WORD,
            t => self.heads[t].map_or(NONE_WORD, |_| u64::from(self.labels[t]) + 0x400),
        }
    }

    fn arc(&mut self, head: usize, dependent: usize, label: usize) {
        self.heads[dependent] = Some(head);
        self.labels[dependent] = label as u8;
        let bit = 1u64 << (label % 64);
        if dependent < head {
            let l = &mut self.lefts[head];
            if l[0] == NO || dependent < l[0] {
                l[1] = l[0];
                l[0] = dependent;
            } else if l[1] == NO || dependent < l[1] {
                l[1] = dependent;
            }
            self.left_count[head] = self.left_count[head].saturating_add(1);
            self.left_labels[head] |= bit;
        } else {
            let r = &mut self.rights[head];
            if r[0] == NO || dependent > r[0] {
                r[1] = r[0];
                r[0] = dependent;
            } else if r[1] == NO || dependent > r[1] {
                r[1] = dependent;
            }
            self.right_count[head] = self.right_count[head].saturating_add(1);
            self.right_labels[head] |= bit;
        }
    }

    fn push(&mut self, t: usize) {
        self.stack.push(t);
        self.on_stack[t] = true;
    }

    fn pop(&mut self) -> usize {
        let t = self.stack.pop().expect("a non-empty stack");
        self.on_stack[t] = false;
        t
    }
}

/// The transitions: shift, reduce, then a left arc and a right arc per label.
fn kind(t: usize, labels: usize) -> (usize, usize) {
    match t {
        SHIFT | REDUCE => (t, 0),
        _ if t < 2 + labels => (2, t - 2),
        _ => (3, t - 2 - labels),
    }
}

fn valid(state: &State, t: usize, labels: usize, root: usize) -> bool {
    let (k, label) = kind(t, labels);
    let s = state.top();
    let at_root = state.b == state.n;
    match k {
        SHIFT => !at_root,
        REDUCE => s.is_some_and(|s| state.heads[s].is_some()),
        2 => s.is_some_and(|s| state.heads[s].is_none()) && ((label == root) == at_root),
        _ => s.is_some() && !at_root && label != root,
    }
}

fn apply(state: &mut State, t: usize, labels: usize) {
    let (k, label) = kind(t, labels);
    match k {
        SHIFT => {
            state.push(state.b);
            state.b += 1;
        }
        REDUCE => {
            state.pop();
        }
        2 => {
            let s = state.pop();
            state.arc(state.b, s, label);
        }
        _ => {
            let s = state.top().expect("a right arc needs a stack");
            state.arc(s, state.b, label);
            state.push(state.b);
            state.b += 1;
        }
    }
}

/// Gold arcs lost by each transition (Goldberg and Nivre 2012); `gold` gives each
/// word's head (`n` for the root) and label. Only meaningful for projective trees.
fn cost(state: &State, t: usize, labels: usize, gold: &[(usize, usize)]) -> u32 {
    let (k, label) = kind(t, labels);
    let n = state.n;
    let b = state.b;
    let in_buffer_heads_of = |h: usize| (b..n).filter(|&d| gold[d].0 == h).count() as u32;
    let stack_deps_of = |h: usize| {
        state.stack.iter().filter(|&&d| gold[d].0 == h && state.heads[d].is_none()).count() as u32
    };
    match k {
        SHIFT => u32::from(b < n && state.on_stack[gold[b].0]) + stack_deps_of(b),
        REDUCE => {
            let s = state.top().expect("reduce needs a stack");
            in_buffer_heads_of(s)
        }
        2 => {
            let s = state.top().expect("a left arc needs a stack");
            let head_lost = gold[s].0 > b;
            let label_wrong = gold[s].0 == b && gold[s].1 != label;
            u32::from(head_lost) + in_buffer_heads_of(s) + u32::from(label_wrong)
        }
        _ => {
            let s = state.top().expect("a right arc needs a stack");
            let g = gold[b].0;
            let head_lost = g != s && (state.on_stack[g] || g > b);
            let label_wrong = g == s && gold[b].1 != label;
            u32::from(head_lost) + stack_deps_of(b) + u32::from(label_wrong)
        }
    }
}

/// Makes a tree projective by lifting the shortest crossing arc's dependent to its
/// grandparent until none crosses. `heads` uses `n` for the root.
pub(crate) fn projectivize(heads: &mut [usize]) {
    let n = heads.len();
    loop {
        let mut worst: Option<(usize, usize)> = None;
        for d in 0..n {
            let h = heads[d];
            if h == n {
                continue;
            }
            let (lo, hi) = if h < d { (h, d) } else { (d, h) };
            let crossing = (lo + 1..hi).any(|k| !dominates(heads, h, k));
            if crossing && worst.is_none_or(|(_, len)| hi - lo < len) {
                worst = Some((d, hi - lo));
            }
        }
        match worst {
            Some((d, _)) => heads[d] = heads[heads[d]],
            None => return,
        }
    }
}

fn dominates(heads: &[usize], h: usize, mut k: usize) -> bool {
    let n = heads.len();
    for _ in 0..=n {
        if k == h {
            return true;
        }
        if k == n {
            return false;
        }
        k = heads[k];
    }
    false
}

/// Whether a tree (heads with `n` for the root) is projective.
#[cfg(test)]
fn is_projective(heads: &[usize]) -> bool {
    let mut copy = heads.to_vec();
    projectivize(&mut copy);
    copy == heads
}

struct Sentence<'a> {
    lex: &'a [Lex],
    tags: &'a [Upos],
}

const ROOT_WORD: u64 = 0x2001;
const NONE_WORD: u64 = 0x2002;

impl Sentence<'_> {
    /// Word `t`'s tag, as a feature value (`n` is the root).
    fn tag(&self, n: usize, t: usize) -> u64 {
        match t {
            NO => NONE_WORD,
            t if t == n => ROOT_WORD,
            t => self.tags[t] as u64 + 0x100,
        }
    }
}

fn features(x: &Sentence<'_>, state: &State, f: &mut Features) {
    f.clear();
    let n = state.n;
    let word = |t: usize| match t {
        NO => NONE_WORD,
        t if t == n => ROOT_WORD,
        t => x.lex[t].norm,
    };
    let tag = |t: usize| x.tag(n, t);
    let label = |t: usize| state.label(t);
    let [s0, s1, b0, b1, b2] = state.places();
    let head = |t: usize| state.head(t);
    let child = |t: usize, side: &[[usize; 2]], k: usize| if t == NO { NO } else { side[t][k] };
    let s0h = head(s0);
    let s0h2 = head(s0h);
    let s0l = child(s0, &state.lefts, 0);
    let s0l2 = child(s0, &state.lefts, 1);
    let s0r = child(s0, &state.rights, 0);
    let s0r2 = child(s0, &state.rights, 1);
    let b0l = child(b0, &state.lefts, 0);
    let b0l2 = child(b0, &state.lefts, 1);

    let (s0w, s0p, b0w, b0p) = (word(s0), tag(s0), word(b0), tag(b0));
    let (b1w, b1p, b2w, b2p) = (word(b1), tag(b1), word(b2), tag(b2));
    let (s1w, s1p) = (word(s1), tag(s1));
    let t = template;
    let one = |id: u64, a: u64| mix(t(id), a);
    let two = |id: u64, a: u64, b: u64| mix(mix(t(id), a), b);
    let three = |id: u64, a: u64, b: u64, c: u64| mix(mix(mix(t(id), a), b), c);

    // Single words.
    f.push(t(100));
    f.push(one(101, s0w));
    f.push(one(102, s0p));
    f.push(two(103, s0w, s0p));
    f.push(one(104, b0w));
    f.push(one(105, b0p));
    f.push(two(106, b0w, b0p));
    f.push(one(107, b1w));
    f.push(one(108, b1p));
    f.push(two(109, b1w, b1p));
    f.push(one(110, b2w));
    f.push(one(111, b2p));
    f.push(two(112, b2w, b2p));
    f.push(one(113, s1w));
    f.push(one(114, s1p));
    f.push(two(115, s1w, s1p));
    // Pairs.
    f.push(three(120, s0w, s0p, mix(b0w, b0p)));
    f.push(three(121, s0w, s0p, b0w));
    f.push(three(122, s0w, b0w, b0p));
    f.push(three(123, s0w, s0p, b0p));
    f.push(three(124, s0p, b0w, b0p));
    f.push(two(125, s0w, b0w));
    f.push(two(126, s0p, b0p));
    f.push(two(127, b0p, b1p));
    f.push(two(128, s1p, s0p));
    f.push(two(129, s1w, s0w));
    // Triples of tags.
    f.push(three(130, b0p, b1p, b2p));
    f.push(three(131, s0p, b0p, b1p));
    f.push(three(132, tag(s0h), s0p, b0p));
    f.push(three(133, s0p, tag(s0l), b0p));
    f.push(three(134, s0p, tag(s0r), b0p));
    f.push(three(135, s0p, b0p, tag(b0l)));
    f.push(three(136, s1p, s0p, b0p));
    // Distance between the stack's top and the buffer's front.
    let distance = state.distance();
    f.push(two(140, s0w, distance));
    f.push(two(141, s0p, distance));
    f.push(two(142, b0w, distance));
    f.push(two(143, b0p, distance));
    f.push(three(144, s0w, b0w, distance));
    f.push(three(145, s0p, b0p, distance));
    // Valency.
    let count = |c: &[u8], t: usize| if t == NO { 0xff } else { u64::from(c[t].min(4)) };
    let s0vr = count(&state.right_count, s0);
    let s0vl = count(&state.left_count, s0);
    let b0vl = count(&state.left_count, b0);
    f.push(two(150, s0w, s0vr));
    f.push(two(151, s0p, s0vr));
    f.push(two(152, s0w, s0vl));
    f.push(two(153, s0p, s0vl));
    f.push(two(154, b0w, b0vl));
    f.push(two(155, b0p, b0vl));
    // Heads and dependents.
    f.push(one(160, word(s0h)));
    f.push(one(161, tag(s0h)));
    f.push(one(162, label(s0)));
    f.push(one(163, word(s0l)));
    f.push(one(164, tag(s0l)));
    f.push(one(165, label(s0l)));
    f.push(one(166, word(s0r)));
    f.push(one(167, tag(s0r)));
    f.push(one(168, label(s0r)));
    f.push(one(169, word(b0l)));
    f.push(one(170, tag(b0l)));
    f.push(one(171, label(b0l)));
    // Second order.
    f.push(one(180, word(s0h2)));
    f.push(one(181, tag(s0h2)));
    f.push(one(182, label(s0h)));
    f.push(one(183, word(s0l2)));
    f.push(one(184, tag(s0l2)));
    f.push(one(185, label(s0l2)));
    f.push(one(186, word(s0r2)));
    f.push(one(187, tag(s0r2)));
    f.push(one(188, label(s0r2)));
    f.push(one(189, word(b0l2)));
    f.push(one(190, tag(b0l2)));
    f.push(one(191, label(b0l2)));
    f.push(three(192, s0p, tag(s0l), tag(s0l2)));
    f.push(three(193, s0p, tag(s0r), tag(s0r2)));
    f.push(three(194, s0p, tag(s0h), tag(s0h2)));
    f.push(three(195, b0p, tag(b0l), tag(b0l2)));
    // Label sets.
    let set = |s: &[u64], t: usize| if t == NO { 0xff } else { s[t] };
    f.push(two(200, s0w, set(&state.right_labels, s0)));
    f.push(two(201, s0p, set(&state.right_labels, s0)));
    f.push(two(202, s0w, set(&state.left_labels, s0)));
    f.push(two(203, s0p, set(&state.left_labels, s0)));
    f.push(two(204, b0w, set(&state.left_labels, b0)));
    f.push(two(205, b0p, set(&state.left_labels, b0)));
    // Whether the stack's top has its head yet (decides reduce against left arc).
    let has_head = state.has_head();
    // Word classes.
    let cluster = |t: usize, g: usize| match t {
        NO => NONE_WORD,
        t if t == n => ROOT_WORD,
        t => x.lex[t].cluster[g],
    };
    let (s0c, b0c, b1c) = (cluster(s0, 1), cluster(b0, 1), cluster(b1, 1));
    f.push(one(220, s0c));
    f.push(one(221, b0c));
    f.push(one(222, b1c));
    f.push(two(223, s0c, b0p));
    f.push(two(224, s0p, b0c));
    f.push(two(225, cluster(s0, 0), cluster(b0, 0)));
    f.push(three(226, s0c, b0c, distance));
    f.push(two(227, cluster(s0h, 1), s0p));
    f.push(three(228, s0p, b0p, cluster(b0l, 0)));
    f.push(two(229, b0c, b1p));
    // Endings, for words the treebank rarely has.
    let suffix = |t: usize| match t {
        NO => NONE_WORD,
        t if t == n => ROOT_WORD,
        t => x.lex[t].suffix[2],
    };
    f.push(two(230, suffix(s0), b0p));
    f.push(two(231, s0p, suffix(b0)));
    f.push(three(232, suffix(s0), suffix(b0), has_head));
    f.push(three(210, has_head, s0p, b0p));
    f.push(three(211, has_head, s0w, b0p));
}

/// The quick model's features ([`Quick`]): the tags around the stack's top and the
/// buffer's front, the words of the closed classes ("the", "of", "that") and the word
/// classes of the others, distance, valency and relations. They are few, and so are
/// their values, so that the model stays small.
fn quick_features(x: &Sentence<'_>, state: &State, f: &mut Features) {
    f.clear();
    let n = state.n;
    let tag = |t: usize| x.tag(n, t);
    // (the word itself for the closed classes, whose words are few; the word's fine
    // class for the others)
    let class = |t: usize, open: &dyn Fn(usize) -> u64| match t {
        NO => NONE_WORD,
        t if t == n => ROOT_WORD,
        t => match x.tags[t] {
            Upos::Det
            | Upos::Adp
            | Upos::Pron
            | Upos::Aux
            | Upos::Cconj
            | Upos::Sconj
            | Upos::Part
            | Upos::Punct => x.lex[t].norm,
            _ => open(t),
        },
    };
    let function = |t: usize| class(t, &|t| x.tags[t] as u64 + 0x100);
    let word_class = |t: usize| class(t, &|t| x.lex[t].cluster[1]);
    let label = |t: usize| state.label(t);
    let [s0, s1, b0, b1, b2] = state.places();
    let child = |t: usize, side: &[[usize; 2]]| if t == NO { NO } else { side[t][0] };
    let s0h = state.head(s0);
    let (s0p, b0p, b1p, b2p, s1p) = (tag(s0), tag(b0), tag(b1), tag(b2), tag(s1));
    let (distance, has_head) = (state.distance(), state.has_head());
    let count = |c: &[u8], t: usize| if t == NO { 0xff } else { u64::from(c[t].min(4)) };
    let set = |s: &[u64], t: usize| if t == NO { 0xff } else { s[t] };
    let t = template;
    let one = |id: u64, a: u64| mix(t(id), a);
    let two = |id: u64, a: u64, b: u64| mix(mix(t(id), a), b);
    let three = |id: u64, a: u64, b: u64, c: u64| mix(mix(mix(t(id), a), b), c);
    // Tags.
    f.push(t(300));
    f.push(one(301, s0p));
    f.push(one(302, b0p));
    f.push(one(303, b1p));
    f.push(one(304, s1p));
    f.push(two(305, s0p, b0p));
    f.push(two(306, b0p, b1p));
    f.push(three(307, s0p, b0p, b1p));
    f.push(three(308, s1p, s0p, b0p));
    f.push(three(309, s0p, b0p, distance));
    f.push(three(310, has_head, s0p, b0p));
    f.push(three(311, s0p, tag(child(s0, &state.lefts)), b0p));
    f.push(three(312, s0p, tag(child(s0, &state.rights)), b0p));
    f.push(three(313, s0p, b0p, tag(child(b0, &state.lefts))));
    f.push(three(314, label(s0), s0p, b0p));
    f.push(three(315, b0p, b1p, b2p));
    f.push(three(316, s0p, b0p, count(&state.right_count, s0)));
    f.push(three(317, s0p, b0p, count(&state.left_count, b0)));
    f.push(three(318, has_head, s0p, distance));
    // Words of the closed classes, with the tags of the others.
    let (s0f, b0f, b1f) = (function(s0), function(b0), function(b1));
    f.push(two(320, s0f, b0p));
    f.push(two(321, s0p, b0f));
    f.push(two(322, s0f, b0f));
    f.push(three(323, s0p, b0p, b1f));
    f.push(three(324, s0f, b0p, has_head));
    // Relations already made.
    f.push(two(330, s0p, set(&state.right_labels, s0)));
    f.push(two(331, s0p, set(&state.left_labels, s0)));
    f.push(two(332, b0p, set(&state.left_labels, b0)));
    f.push(three(333, label(s0), s0p, tag(s0h)));
    // Words of the closed classes, with the classes of the others.
    let (s0c, b0c) = (word_class(s0), word_class(b0));
    f.push(two(340, s0c, b0p));
    f.push(two(341, s0p, b0c));
    f.push(one(342, s0c));
    f.push(one(343, b0c));
    f.push(two(344, s0c, b0c));
    f.push(three(345, s0c, b0p, word_class(b1)));
    f.push(three(346, word_class(s1), s0p, mix(b0p, b1p)));
}

/// The best valid transition of the sums, if its margin over the second best valid one
/// is at least `threshold` (in the model's units), or if no other is valid.
fn sure_best(
    sums: &[i32],
    state: &State,
    labels: usize,
    root: usize,
    threshold: i64,
) -> Option<usize> {
    let (mut best, mut second, mut choice) = (i64::MIN, i64::MIN, NO);
    for (t, &v) in sums[..2 + 2 * labels].iter().enumerate() {
        let v = i64::from(v);
        // (validity asked only of a transition that would place)
        if v > second && valid(state, t, labels, root) {
            if v > best {
                (second, best, choice) = (best, v, t);
            } else {
                second = v;
            }
        }
    }
    (choice != NO && (second == i64::MIN || best - second >= threshold)).then_some(choice)
}

/// A length (eight bytes) and that many bytes, and the rest.
fn sized(bytes: &[u8]) -> Result<(&[u8], &[u8]), ModelError> {
    let (length, body) = bytes.split_at_checked(8).ok_or(ModelError)?;
    let length = usize::try_from(u64::from_le_bytes(length.try_into().map_err(|_| ModelError)?))
        .map_err(|_| ModelError)?;
    body.split_at_checked(length).ok_or(ModelError)
}

/// The one transition possible, when there is only one: a shift on an empty stack,
/// and at the root, a reduce or the root arc.
fn forced(state: &State, root: usize) -> Option<usize> {
    match state.top() {
        None => Some(SHIFT),
        Some(s) if state.b == state.n => {
            Some(if state.heads[s].is_some() { REDUCE } else { 2 + root })
        }
        Some(_) => None,
    }
}

fn best_valid(scores: &[f32], state: &State, labels: usize, root: usize) -> usize {
    let mut best = NO;
    for (t, s) in scores.iter().enumerate() {
        if (best == NO || *s > scores[best]) && valid(state, t, labels, root) {
            best = t;
        }
    }
    best
}

impl Parser {
    /// The relation labels, in class order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// How many features of the parser's model carry weights (its quick model's are
    /// counted by [`Parser::quick`]).
    pub fn features(&self) -> usize {
        self.model.features()
    }

    /// Drops the weights of the parser's model smaller than `fraction` of the largest
    /// (see [`attache_learn::Model::prune`]); any quick model is kept as it is.
    pub fn prune(&mut self, fraction: f32) {
        self.model.prune(fraction);
    }

    /// Parsers trained on the same sentences in different orders, as one whose
    /// weights are their mean (`None` if there are none, or their relations differ).
    pub fn mean(parsers: &[Parser]) -> Option<Parser> {
        let first = parsers.first()?;
        if parsers.iter().any(|p| p.labels != first.labels) {
            return None;
        }
        let models: Vec<&Model> = parsers.iter().map(|p| &p.model).collect();
        // (a quick model learnt the choices of one parser, not of the mean)
        Some(Parser { model: Model::mean(&models), quick: None, ..first.clone() })
    }

    /// Reads a parser file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ModelError> {
        let (old, body) = match bytes.strip_prefix(MAGIC_1.as_slice()) {
            Some(body) => (true, body),
            None => (false, bytes.strip_prefix(MAGIC.as_slice()).ok_or(ModelError)?),
        };
        let (&count, mut body) = body.split_first().ok_or(ModelError)?;
        let mut labels = Vec::with_capacity(usize::from(count));
        for _ in 0..count {
            let (&len, rest) = body.split_first().ok_or(ModelError)?;
            let (label, rest) = rest.split_at_checked(usize::from(len)).ok_or(ModelError)?;
            labels.push(std::str::from_utf8(label).map_err(|_| ModelError)?.to_owned());
            body = rest;
        }
        let root = labels.iter().position(|l| l == "root").ok_or(ModelError)?;
        if labels.len() > 126 {
            return Err(ModelError);
        }
        let (main, body) = if old { (body, &body[body.len()..]) } else { sized(body)? };
        let model = Model::from_bytes(main).map_err(|_| ModelError)?;
        if model.classes() != 2 + 2 * labels.len() {
            return Err(ModelError);
        }
        let quick = if body.is_empty() {
            None
        } else {
            let (threshold, body) = body.split_at_checked(4).ok_or(ModelError)?;
            let threshold = f32::from_le_bytes(threshold.try_into().map_err(|_| ModelError)?);
            let (quick, rest) = sized(body)?;
            let quick = Model::from_bytes(quick).map_err(|_| ModelError)?;
            if quick.classes() != model.classes()
                || threshold.is_nan()
                || threshold < 0.0
                || !rest.is_empty()
            {
                return Err(ModelError);
            }
            Some(Quick::new(quick, threshold, &labels))
        };
        Ok(Parser { labels, root, model, quick })
    }

    /// The parser file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(u8::try_from(self.labels.len()).unwrap_or(u8::MAX));
        for l in &self.labels {
            out.push(u8::try_from(l.len()).unwrap_or(u8::MAX));
            out.extend_from_slice(l.as_bytes());
        }
        let main = self.model.to_bytes();
        out.extend_from_slice(&(main.len() as u64).to_le_bytes());
        out.extend_from_slice(&main);
        if let Some(q) = &self.quick {
            out.extend_from_slice(&q.threshold.to_le_bytes());
            let quick = q.model.to_bytes();
            out.extend_from_slice(&(quick.len() as u64).to_le_bytes());
            out.extend_from_slice(&quick);
        }
        out
    }

    /// The quick model's size in features and its threshold, if the parser has one
    /// (see [`Parser::train_quick`]).
    pub fn quick(&self) -> Option<(usize, f32)> {
        self.quick.as_ref().map(|q| (q.model.features(), q.threshold))
    }

    /// Sets the quick model's threshold (see [`Parser::train_quick`]); an infinite one
    /// (or NaN) leaves every choice to the parser's own model, and a negative one is 0.
    pub fn set_quick_threshold(&mut self, threshold: f32) {
        if let Some(q) = self.quick.take() {
            self.quick = Some(Quick::new(q.model, threshold, &self.labels));
        }
    }

    /// Drops the quick model.
    pub fn drop_quick(&mut self) {
        self.quick = None;
    }

    /// Trains the quick model: a small model of the choices this parser makes on the
    /// sentences (their words and tags; the gold trees are not read), `epochs` passes
    /// in an order shuffled by `seed`, pruned of the weights under `prune` of the
    /// largest; 0 epochs drops it. Where its best valid transition leads the second
    /// best valid one by `threshold` or more, the parser takes it without reading its
    /// own model; but not when the root word is given, nor where a preposition hangs
    /// from the buffer's front or a coordinating conjunction stands there, nor for the
    /// arcs of clauses and conjuncts, which turn on the words.
    pub fn train_quick(
        &mut self,
        sentences: &[TrainingSentence],
        clusters: &Clusters,
        epochs: usize,
        seed: u64,
        prune: f32,
        threshold: f32,
    ) {
        self.quick = None;
        if epochs == 0 {
            return;
        }
        let labels = self.labels.len();
        let mut buffer = String::new();
        let lexes: Vec<Vec<Lex>> = sentences
            .iter()
            .map(|s| s.words.iter().map(|w| Lex::of(w, &mut buffer, clusters)).collect())
            .collect();
        // The parser's choices, once.
        let mut scratch = Scratch::default();
        let choices: Vec<Vec<usize>> = lexes
            .iter()
            .zip(sentences)
            .map(|(lex, s)| {
                let x = Sentence { lex, tags: &s.tags };
                let mut state = State::new(lex.len());
                let mut out = Vec::new();
                while !state.done() {
                    let t = forced(&state, self.root)
                        .unwrap_or_else(|| self.model_choice(&x, &state, None, &mut scratch));
                    out.push(t);
                    apply(&mut state, t, labels);
                }
                out
            })
            .collect();
        let mut trainer = Trainer::new(self.model.classes());
        let (mut f, mut scores) = (Features::default(), Vec::new());
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = seed.max(1);
        for _ in 0..epochs {
            shuffle(&mut order, &mut rng);
            for &i in &order {
                let x = Sentence { lex: &lexes[i], tags: &sentences[i].tags };
                let mut state = State::new(lexes[i].len());
                for &t in &choices[i] {
                    if forced(&state, self.root).is_none() {
                        quick_features(&x, &state, &mut f);
                        trainer.tick();
                        trainer.scores(f.hashes(), &mut scores);
                        let guess = best_valid(&scores, &state, labels, self.root);
                        trainer.update(f.hashes(), t, guess);
                    }
                    apply(&mut state, t, labels);
                }
            }
        }
        let mut model = trainer.average();
        model.prune(prune);
        self.quick = Some(Quick::new(model, threshold, &self.labels));
    }

    /// Parses words given their hashes and tags.
    pub(crate) fn parse_lex(
        &self,
        lex: &[Lex],
        tags: &[Upos],
        scratch: &mut Scratch,
        tree: &mut Tree,
    ) {
        self.parse_lex_rooted(lex, tags, None, scratch, tree);
    }

    /// Parses words given their hashes and tags; `root`, when given, is the word
    /// that must head the sentence (no transition may give it another head).
    pub(crate) fn parse_lex_rooted(
        &self,
        lex: &[Lex],
        tags: &[Upos],
        root: Option<usize>,
        scratch: &mut Scratch,
        tree: &mut Tree,
    ) {
        let n = lex.len();
        let labels = self.labels.len();
        let mut state = State::new(n);
        let x = Sentence { lex, tags };
        while !state.done() {
            let t = match forced(&state, self.root) {
                Some(t) => t,
                None => match self.quick_choice(&x, &state, root, scratch) {
                    Some(t) => t,
                    None => self.model_choice(&x, &state, root, scratch),
                },
            };
            apply(&mut state, t, labels);
        }
        self.finish(state, root, tree);
    }

    /// The transition the parser's own model scores best; when the root word is
    /// given, one that keeps it the root where there is one.
    fn model_choice(
        &self,
        x: &Sentence<'_>,
        state: &State,
        root: Option<usize>,
        scratch: &mut Scratch,
    ) -> usize {
        let labels = self.labels.len();
        scratch.decisions += 1;
        features(x, state, &mut scratch.features);
        self.model.scores(scratch.features.hashes(), &mut scratch.scores);
        match root {
            None => best_valid(&scratch.scores, state, labels, self.root),
            Some(r) => {
                // The root word takes no head but the root: no left arc
                // from it to a word, no right arc to it.
                let keeps_root = |t: usize| match kind(t, labels).0 {
                    SHIFT | REDUCE => true,
                    2 => state.top() != Some(r) || state.b == state.n,
                    _ => state.b != r,
                };
                let mut best = NO;
                for (t, s) in scratch.scores.iter().enumerate() {
                    if (best == NO || *s > scratch.scores[best])
                        && valid(state, t, labels, self.root)
                        && keeps_root(t)
                    {
                        best = t;
                    }
                }
                if best == NO {
                    best_valid(&scratch.scores, state, labels, self.root)
                } else {
                    best
                }
            }
        }
    }

    /// The quick model's choice, where it is sure enough ([`Quick`]); not when the
    /// root word is given.
    fn quick_choice(
        &self,
        x: &Sentence<'_>,
        state: &State,
        root: Option<usize>,
        scratch: &mut Scratch,
    ) -> Option<usize> {
        let q = self.quick.as_ref().filter(|_| root.is_none())?;
        // (where a preposition hangs from the buffer's front, or a conjunction stands
        // there, what attaches where turns on the words, which the quick model hardly
        // knows: "met the president in Tehran"; so do clauses, below)
        if state.b < state.n
            && (state.left_labels[state.b] & q.case != 0 || x.tags[state.b] == Upos::Cconj)
        {
            return None;
        }
        quick_features(x, state, &mut scratch.features);
        let mut sums = [0i32; 256];
        q.model.add_sums(scratch.features.hashes(), &mut sums);
        let t = sure_best(&sums, state, self.labels.len(), self.root, q.units)
            .filter(|&t| !q.leave[t])?;
        scratch.decisions += 1;
        scratch.quick += 1;
        Some(t)
    }

    /// Keeps one root: any other word attached to the root goes under the first.
    fn finish(&self, state: State, root: Option<usize>, tree: &mut Tree) {
        let n = state.n;
        tree.heads.clear();
        tree.labels.clear();
        let root_word = root
            .filter(|&r| state.heads.get(r).copied().flatten() == Some(n))
            .or_else(|| (0..n).find(|&d| state.heads[d] == Some(n)));
        let fallback = self.labels.iter().position(|l| l == "parataxis").unwrap_or(0) as u8;
        for d in 0..n {
            match state.heads[d] {
                Some(h) if h == n && Some(d) == root_word => {
                    tree.heads.push(None);
                    tree.labels.push(self.root as u8);
                }
                Some(h) if h != n => {
                    tree.heads.push(Some(h));
                    tree.labels.push(state.labels[d]);
                }
                _ => {
                    tree.heads.push(root_word);
                    tree.labels.push(fallback);
                }
            }
        }
    }

    /// Trains a parser on sentences of words, tags (predicted ones, as the parser
    /// will see them), gold heads (0 for the root, else 1-based) and gold relations.
    /// `each_epoch` sees the averaged parser after each epoch.
    pub fn train(
        sentences: &[TrainingSentence],
        clusters: &Clusters,
        epochs: usize,
        seed: u64,
        mut each_epoch: impl FnMut(usize, &Parser),
    ) -> Parser {
        let mut labels: Vec<String> =
            sentences.iter().flat_map(|s| s.relations.iter().cloned()).collect();
        labels.sort();
        labels.dedup();
        if !labels.iter().any(|l| l == "root") {
            labels.push("root".into());
        }
        assert!(labels.len() <= 126, "at most 126 relation labels");
        let root = labels.iter().position(|l| l == "root").expect("added");
        let count = labels.len();
        let classes = 2 + 2 * count;
        let mut buffer = String::new();
        let prepared: Vec<Prepared> = sentences
            .iter()
            .map(|s| {
                let n = s.words.len();
                let lex = s.words.iter().map(|w| Lex::of(w, &mut buffer, clusters)).collect();
                let mut heads: Vec<usize> =
                    s.heads.iter().map(|&h| if h == 0 { n } else { h - 1 }).collect();
                projectivize(&mut heads);
                let gold = heads
                    .into_iter()
                    .zip(&s.relations)
                    .map(|(h, r)| (h, labels.binary_search(r).expect("collected")))
                    .collect();
                (lex, gold)
            })
            .collect();
        let mut parser = Parser { labels, root, model: Model::default(), quick: None };
        let mut trainer = Trainer::new(classes);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut state_rng = seed.max(1);
        let mut f = Features::default();
        let mut scores = Vec::new();
        for epoch in 1..=epochs {
            shuffle(&mut order, &mut state_rng);
            for &i in &order {
                let (lex, gold) = &prepared[i];
                let x = Sentence { lex, tags: &sentences[i].tags };
                let mut state = State::new(lex.len());
                while !state.done() {
                    features(&x, &state, &mut f);
                    trainer.scores(f.hashes(), &mut scores);
                    let guess = best_valid(&scores, &state, count, root);
                    let mut best_zero = NO;
                    let mut least = (u32::MAX, NO);
                    for t in 0..classes {
                        if !valid(&state, t, count, root) {
                            continue;
                        }
                        let c = cost(&state, t, count, gold);
                        if c == 0 && (best_zero == NO || scores[t] > scores[best_zero]) {
                            best_zero = t;
                        }
                        if c < least.0 {
                            least = (c, t);
                        }
                    }
                    if best_zero == NO {
                        best_zero = least.1;
                    }
                    trainer.tick();
                    if guess != best_zero && cost(&state, guess, count, gold) > 0 {
                        trainer.update(f.hashes(), best_zero, guess);
                    }
                    // After the first epoch, follow the model's own choice nine times in
                    // ten, so that it learns from the states its mistakes lead to.
                    state_rng ^= state_rng << 13;
                    state_rng ^= state_rng >> 7;
                    state_rng ^= state_rng << 17;
                    let explore = epoch > 1 && !state_rng.is_multiple_of(10);
                    apply(&mut state, if explore { guess } else { best_zero }, count);
                }
            }
            parser.model = trainer.average();
            each_epoch(epoch, &parser);
        }
        parser
    }
}

/// A training sentence's word hashes and its projective gold arcs (head, label).
type Prepared = (Vec<Lex>, Vec<(usize, usize)>);

/// A sentence to train on.
#[derive(Clone, Debug)]
pub struct TrainingSentence {
    /// The words.
    pub words: Vec<String>,
    /// Their tags, as the tagger gives them.
    pub tags: Vec<Upos>,
    /// Gold heads: 0 for the root, else the 1-based position of the head.
    pub heads: Vec<usize>,
    /// Gold relations.
    pub relations: Vec<String>,
}

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    features: Features,
    scores: Vec<f32>,
    /// Transitions chosen by a model, and of them, by the quick model.
    pub(crate) decisions: u64,
    pub(crate) quick: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifting_makes_a_crossing_tree_projective() {
        // 0 -> 2, 1 -> 3 cross; the root is 4.
        let mut heads = vec![2, 3, 4, 2];
        assert!(!is_projective(&heads));
        projectivize(&mut heads);
        assert!(is_projective(&heads));
        assert_eq!(heads, vec![2, 2, 4, 2]);
        assert!(is_projective(&[1, 3, 1]));
    }

    /// Our own sentences, with their tags and trees.
    fn tiny() -> Vec<TrainingSentence> {
        let s =
            |words: &[&str], tags: &[Upos], heads: &[usize], relations: &[&str]| TrainingSentence {
                words: words.iter().map(|w| w.to_string()).collect(),
                tags: tags.to_vec(),
                heads: heads.to_vec(),
                relations: relations.iter().map(|r| r.to_string()).collect(),
            };
        use Upos::*;
        vec![
            s(
                &["Ministers", "met", "in", "Baku", "."],
                &[Noun, Verb, Adp, Propn, Punct],
                &[2, 0, 4, 2, 2],
                &["nsubj", "root", "case", "obl", "punct"],
            ),
            s(
                &["The", "envoys", "signed", "a", "deal", "."],
                &[Det, Noun, Verb, Det, Noun, Punct],
                &[2, 3, 0, 5, 3, 3],
                &["det", "nsubj", "root", "det", "obj", "punct"],
            ),
            s(
                &["Talks", "ended", "."],
                &[Noun, Verb, Punct],
                &[2, 0, 2],
                &["nsubj", "root", "punct"],
            ),
        ]
    }

    fn parse_all(parser: &Parser, sentences: &[TrainingSentence]) -> (Vec<Tree>, Scratch) {
        let mut scratch = Scratch::default();
        let trees = sentences
            .iter()
            .map(|s| {
                let mut buffer = String::new();
                let lex: Vec<Lex> =
                    s.words.iter().map(|w| Lex::of(w, &mut buffer, &Clusters::default())).collect();
                let mut tree = Tree::default();
                parser.parse_lex(&lex, &s.tags, &mut scratch, &mut tree);
                tree
            })
            .collect();
        (trees, scratch)
    }

    /// The quick model chooses only transitions that are valid, so that every sentence
    /// still yields a tree, and leaves the attachment of a prepositional phrase to the
    /// parser's model; with an infinite threshold it chooses none, and the trees
    /// are the parser's own; it is written and read with the parser, and a parser file
    /// of the first format, without one, still reads.
    #[test]
    fn the_quick_model_chooses_valid_transitions_and_travels_with_the_parser() {
        let sentences = tiny();
        let clusters = Clusters::default();
        let mut parser = Parser::train(&sentences, &clusters, 3, 7, |_, _| {});
        let (own, scratch) = parse_all(&parser, &sentences);
        assert_eq!(scratch.quick, 0);
        parser.train_quick(&sentences, &clusters, 3, 7, 0.0, 0.0);
        let (quick, scratch) = parse_all(&parser, &sentences);
        // (all but one: where "Baku" has "in" hanging from it, what the phrase attaches
        // to is left to the parser's own model)
        assert_eq!((scratch.decisions - scratch.quick, scratch.quick > 0), (1, true));
        for (tree, s) in quick.iter().zip(&sentences) {
            assert_eq!(tree.heads.len(), s.words.len());
            assert_eq!(tree.heads.iter().filter(|h| h.is_none()).count(), 1);
        }
        let read = Parser::from_bytes(&parser.to_bytes()).unwrap();
        assert_eq!(read.quick(), parser.quick());
        assert_eq!(parse_all(&read, &sentences).0, quick);
        parser.set_quick_threshold(f32::INFINITY);
        let (never, scratch) = parse_all(&parser, &sentences);
        assert_eq!((never, scratch.quick), (own.clone(), 0));
        // A NaN threshold is infinite and a negative one 0, so that the file reads back.
        for (given, kept) in [(f32::NAN, f32::INFINITY), (-1.0, 0.0)] {
            parser.set_quick_threshold(given);
            let read = Parser::from_bytes(&parser.to_bytes()).unwrap();
            assert_eq!(read.quick().map(|q| q.1), Some(kept));
        }
        // The first format: no length before the model, no quick model after it.
        parser.drop_quick();
        let bytes = parser.to_bytes();
        let labels_end = MAGIC.len() + 1 + parser.labels.iter().map(|l| 1 + l.len()).sum::<usize>();
        let mut first = MAGIC_1.to_vec();
        first.extend_from_slice(&bytes[MAGIC.len()..labels_end]);
        first.extend_from_slice(&bytes[labels_end + 8..]);
        let read = Parser::from_bytes(&first).unwrap();
        assert_eq!(read.quick(), None);
        assert_eq!(parse_all(&read, &sentences).0, own);
        // A quick model cut short is refused.
        parser.train_quick(&sentences, &clusters, 1, 7, 0.0, 10.0);
        let bytes = parser.to_bytes();
        assert!(Parser::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    }

    /// With the static choice of zero-cost transitions, the oracle rebuilds every
    /// projective gold tree exactly.
    #[test]
    fn the_oracle_rebuilds_projective_trees() {
        let trees: [&[usize]; 5] =
            [&[1, 4, 1, 1], &[1, 6, 1, 4, 1, 4], &[1], &[2, 2, 3, 5, 3], &[1, 5, 1, 2, 1]];
        for heads in trees {
            let n = heads.len();
            let heads: Vec<usize> = heads.to_vec();
            assert!(is_projective(&heads), "{heads:?}");
            let gold: Vec<(usize, usize)> =
                heads.iter().map(|&h| (h, if h == n { 0 } else { 1 })).collect();
            let mut state = State::new(n);
            let labels = 2;
            while !state.done() {
                let t = (0..2 + 2 * labels)
                    .find(|&t| valid(&state, t, labels, 0) && cost(&state, t, labels, &gold) == 0)
                    .expect("a zero-cost transition");
                apply(&mut state, t, labels);
            }
            let built: Vec<usize> = state.heads.iter().map(|h| h.unwrap()).collect();
            assert_eq!(built, heads);
        }
    }
}
