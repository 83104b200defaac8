//! The part-of-speech tagger: greedy, left to right, then a second pass that also
//! sees the first pass's tags to the right. An averaged perceptron (`attache-learn`)
//! over the words around each token, their affixes and shapes, the tags already
//! given, and what the training data says of each frequent word: the tags it takes
//! (its ambiguity class), and its one tag when it always has the same.

use std::collections::HashMap;

use attache_learn::{Features, Model, Trainer, argmax, fnv1a, mix, shuffle};

use crate::lex::{Lex, hashes, template};
use crate::{Clusters, Lexicon, ModelError, Upos};

/// Bytes at the head of a tagger file.
const MAGIC: &[u8; 8] = b"ATTG\x00\x00\x00\x04";

/// A word seen this often, with one tag this often, always gets that tag.
const SURE_COUNT: u32 = 20;
const SURE_SHARE: f64 = 0.97;
/// A word seen this often has an ambiguity class: the tags it takes at least
/// `CLASS_SHARE` of the time.
const CLASS_COUNT: u32 = 3;
const CLASS_SHARE: f64 = 0.05;

/// What the training data says of a frequent word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Known {
    /// Bit `t` is set when the word takes tag `t`.
    tags: u32,
    /// The tag it always has, if any.
    sure: Option<Upos>,
    /// How often it is capitalised inside a sentence: 0 never, 1 less than half the
    /// time, 2 at least half, 3 never seen inside a sentence.
    capital: u8,
}

/// The part-of-speech tagger.
#[derive(Clone, Debug)]
pub struct Tagger {
    known: HashMap<u64, Known>,
    model: Model,
    /// The word classes its features use (and the parser's, with it).
    clusters: Clusters,
    /// What dictionaries say of each word form.
    lexicon: Lexicon,
    /// Which weights these are, told apart from any other tagger's ([`fresh_id`]), so
    /// that sums a [`Scratch`] keeps are never used with other weights.
    id: u64,
}

/// A number no tagger has had before.
fn fresh_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

const NONE: u64 = 0x51;
const START: u64 = 0x52;
const END: u64 = 0x53;

/// Which pass a decision belongs to (the second sees tags to the right).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    First,
    Second,
}

struct Context<'a> {
    lex: &'a [Lex],
    classes: &'a [u64],
    /// Tags given so far in this pass.
    tags: &'a [Upos],
    /// The first pass's tags, in the second pass.
    right: Option<&'a [Upos]>,
    /// The casing of the sentence (see [`case_mode`]).
    mode: u64,
    /// Each word's capitalisation profile (see [`Known::capital`]), or 4.
    capitals: &'a [u8],
    /// Each word's classes in the lexicon ([`Lexicon`]), or `NONE`.
    lexicon: &'a [u64],
}

/// The casing of a sentence: 0 mostly lower case, 1 title case, 2 all capitals.
fn case_mode(lex: &[Lex]) -> u64 {
    let words = lex.iter().filter(|l| l.case != 3).count();
    let title = lex.iter().filter(|l| l.case == 1).count();
    let caps = lex.iter().filter(|l| l.case == 2).count();
    if words >= 3 && caps * 10 >= words * 8 {
        2
    } else if words >= 3 && (title + caps) * 10 >= words * 6 {
        1
    } else {
        0
    }
}

fn tag_hash(tag: Option<Upos>) -> u64 {
    tag.map_or(START, |t| t as u64 + 0x100)
}

/// Which of a word's features to list: all (in training, whose sums depend on their
/// order); those of the word itself, the same wherever the word stands but for the
/// sentence's casing and whether it comes first (so their sums can be kept from one
/// sentence to the next); those of the words around it; or those of the tags around
/// it. A word's `Own` and `Near` features are the same in both passes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    All,
    Own,
    Near,
    Tags,
}

fn features(cx: &Context<'_>, i: usize, part: Part, f: &mut Features) {
    f.clear();
    let mut f = Listed { f, part };
    let n = cx.lex.len();
    let word = |k: isize| -> Option<&Lex> {
        let j = i as isize + k;
        (0..n as isize).contains(&j).then(|| &cx.lex[j as usize])
    };
    let norm = |k: isize| word(k).map_or(if k < 0 { START } else { END }, |l| l.norm);
    // (a value of each word, `k` words from this one; `END` past either end)
    let around = |values: &[u64], k: isize| {
        let j = i as isize + k;
        if (0..n as isize).contains(&j) { values[j as usize] } else { END }
    };
    let class = |k: isize| around(cx.classes, k);
    let w = &cx.lex[i];
    // (none yet when only the word's own features are listed)
    let p1 = tag_hash(i.checked_sub(1).and_then(|j| cx.tags.get(j).copied()));
    let p2 = tag_hash(i.checked_sub(2).and_then(|j| cx.tags.get(j).copied()));
    // (the two passes share their features: each pass has classes of its own in the
    // same rows, so that the second pass finds in the cache what the first read)
    let t = template;
    f.own(t(0));
    f.own(mix(t(1), w.norm));
    for (k, s) in w.suffix.iter().enumerate() {
        f.own(mix(t(2 + k as u64), *s));
    }
    f.own(mix(t(6), w.prefix[0]));
    f.own(mix(t(7), w.prefix[1]));
    f.own(mix(t(8), w.shape));
    f.near(mix(t(9), norm(-1)));
    f.near(mix(t(10), norm(-2)));
    f.near(mix(t(11), norm(1)));
    f.near(mix(t(12), norm(2)));
    f.near(mix(t(13), word(-1).map_or(START, |l| l.suffix[2])));
    f.near(mix(t(14), word(1).map_or(END, |l| l.suffix[2])));
    f.near(mix(t(15), word(1).map_or(END, |l| l.shape)));
    f.near(mix(t(16), word(-1).map_or(START, |l| l.shape)));
    f.tags(mix(t(17), p1));
    f.tags(mix(t(18), p2));
    f.tags(mix(mix(t(19), p1), p2));
    f.tags(mix(mix(t(20), p1), w.norm));
    f.near(mix(mix(t(21), w.norm), norm(1)));
    f.near(mix(mix(t(22), norm(-1)), w.norm));
    f.own(mix(t(23), class(0)));
    f.near(mix(t(24), class(1)));
    f.near(mix(t(25), class(-1)));
    f.tags(mix(mix(t(26), class(0)), p1));
    f.own(mix(mix(t(27), w.shape), (i == 0) as u64));
    f.tags(mix(mix(t(28), w.suffix[2]), p1));
    let capital = u64::from(cx.capitals[i]);
    f.own(mix(mix(mix(t(29), capital), u64::from(w.case)), cx.mode));
    f.own(mix(mix(t(30), w.shape), cx.mode));
    f.own(mix(mix(t(31), u64::from(w.case)), (i == 0) as u64 + 2 * cx.mode));
    f.own(mix(t(32), w.form));
    f.tags(mix(mix(t(33), capital), p1));
    // What dictionaries say of the word and its neighbours.
    let lx = |k: isize| around(cx.lexicon, k);
    f.own(mix(t(34), lx(0)));
    f.own(mix(mix(t(35), lx(0)), u64::from(w.case)));
    f.near(mix(t(36), lx(1)));
    f.near(mix(t(37), lx(-1)));
    f.tags(mix(mix(t(38), lx(0)), p1));
    f.own(mix(mix(t(39), lx(0)), class(0)));
    f.near(mix(mix(t(60), lx(0)), lx(1)));
    f.own(mix(mix(mix(t(61), lx(0)), cx.mode), (i == 0) as u64));
    f.own(mix(mix(t(62), lx(0)), w.suffix[1]));
    let cluster =
        |k: isize, g: usize| word(k).map_or(if k < 0 { START } else { END }, |l| l.cluster[g]);
    f.own(mix(t(50), cluster(0, 0)));
    f.own(mix(t(51), cluster(0, 1)));
    f.near(mix(t(52), cluster(-1, 1)));
    f.near(mix(t(53), cluster(1, 1)));
    f.near(mix(t(54), cluster(1, 0)));
    f.near(mix(t(55), cluster(-1, 0)));
    f.tags(mix(mix(t(56), p1), cluster(0, 1)));
    f.near(mix(mix(t(57), cluster(0, 1)), cluster(1, 1)));
    f.own(mix(mix(t(58), cluster(0, 0)), u64::from(w.case)));
    f.near(mix(t(59), cluster(2, 1)));
    if let Some(right) = cx.right {
        let r1 = right.get(i + 1).map_or(END, |t| *t as u64 + 0x100);
        let r2 = right.get(i + 2).map_or(END, |t| *t as u64 + 0x100);
        f.tags(mix(t(40), r1));
        f.tags(mix(t(41), r2));
        f.tags(mix(mix(t(42), r1), r2));
        f.tags(mix(mix(t(43), r1), w.norm));
        f.tags(mix(mix(t(44), p1), r1));
        f.tags(mix(mix(t(45), class(0)), r1));
        f.tags(mix(mix(t(46), w.suffix[2]), r1));
    }
}

/// A feature list that keeps one part of a word's features.
struct Listed<'f> {
    f: &'f mut Features,
    part: Part,
}

impl Listed<'_> {
    fn own(&mut self, hash: u64) {
        if matches!(self.part, Part::All | Part::Own) {
            self.f.push(hash);
        }
    }

    fn near(&mut self, hash: u64) {
        if matches!(self.part, Part::All | Part::Near) {
            self.f.push(hash);
        }
    }

    fn tags(&mut self, hash: u64) {
        if matches!(self.part, Part::All | Part::Tags) {
            self.f.push(hash);
        }
    }
}

/// Verbs of intention whose third-person form is also a plural noun ("plans", "vows"):
/// before "to" and a verb, after their subject, they are the verb.
const INTENTIONS: [u64; 12] = hashes([
    b"plans",
    b"vows",
    b"pledges",
    b"promises",
    b"hopes",
    b"aims",
    b"intends",
    b"seeks",
    b"threatens",
    b"refuses",
    b"agrees",
    b"offers",
]);

/// Texts that speak ("the statement reads", "the letter states"; the quote extractor's
/// `TEXT_NOUNS` holds these and more).
const TEXTS: [u64; 10] = hashes([
    b"statement",
    b"communique",
    "communiqué".as_bytes(),
    b"letter",
    b"declaration",
    b"text",
    b"note",
    b"message",
    b"resolution",
    b"document",
]);
/// The verbs a text speaks with, which are nouns too.
const TEXT_VERBS: [u64; 4] = hashes([b"reads", b"states", b"notes", b"adds"]);

/// Verbs of speaking in -s that a headline joins to an act by "and" ("expels two
/// diplomats and warns of …").
const SPEAKING: [u64; 14] = hashes([
    b"warns",
    b"urges",
    b"calls",
    b"vows",
    b"says",
    b"accuses",
    b"threatens",
    b"pledges",
    b"demands",
    b"insists",
    b"denies",
    b"rejects",
    b"slams",
    b"hails",
]);

/// "like" and "as": after a text's verb, how it reads ("reads like a list").
const LIKE_AS: [u64; 2] = hashes([b"like", b"as"]);

/// The marks that end a plural possessive ("the Nations' envoy") and close a single
/// quotation; the curly opening mark ([`Lex::norm`]).
const APOSTROPHES: [u64; 2] = hashes([b"'", "’".as_bytes()]);
const CLOSING_QUOTE: u64 = fnv1a("’".as_bytes());
const OPENING_QUOTE: u64 = fnv1a("‘".as_bytes());

/// The bit of the verb in an ambiguity class ([`Known::tags`]).
const VERB_BIT: u64 = 1 << Upos::Verb as u32;

/// The hash of a last character "s" ([`Lex::suffix`]).
const S_SUFFIX: u64 = fnv1a(b"s") ^ 1;

/// The hash of a last three characters "ing" ([`Lex::suffix`]).
const ING_SUFFIX: u64 = fnv1a(b"ing") ^ 3;

/// The hash of the ending "ed" (`Lex::suffix[1]`).
const ED_SUFFIX: u64 = fnv1a(b"ed") ^ 2;

/// The lexicon's bit for a noun (see [`Lexicon`]).
const NOUN_CLASS: u64 = 1;

/// The lexicon's bit for a verb.
const VERB_CLASS: u64 = 2;

/// The lexicon's bit for an adverb.
const ADVERB_CLASS: u64 = 8;

/// The lexicon's bits for WordNet's four classes (noun, verb, adjective, adverb).
const WORD_CLASSES: u8 = 0xf;

/// The hashes of a comma and "and" ([`Lex::norm`]).
const COMMA: u64 = fnv1a(b",");
const AND: u64 = fnv1a(b"and");

/// Pronouns that open a relative clause ("clothing that fits").
const RELATIVES: [u64; 3] = hashes([b"that", b"which", b"who"]);

/// The hash of "to" ([`Lex::norm`]).
const TO: u64 = fnv1a(b"to");

/// Words followed by "to" and a verb, hardly ever by "to" and a noun ("want to", "going
/// to", "able to"): in EWT train, "to" after one of these, before a word that can be a
/// noun or a verb (or is rare), is the infinitive marker 558 times in 563.
const INFINITIVE_HEADS: [u64; 40] = hashes([
    b"want",
    b"wants",
    b"wanted",
    b"wanting",
    b"need",
    b"needs",
    b"needed",
    b"have",
    b"has",
    b"had",
    b"having",
    b"going",
    b"gonna",
    b"able",
    b"unable",
    b"trying",
    b"try",
    b"tries",
    b"tried",
    b"willing",
    b"supposed",
    b"likely",
    b"unlikely",
    b"start",
    b"starts",
    b"started",
    b"begin",
    b"begins",
    b"began",
    b"decided",
    b"decide",
    b"refused",
    b"refuse",
    b"failed",
    b"afford",
    b"ought",
    b"seem",
    b"seems",
    b"seemed",
    b"tend",
]);

/// Offices whose holder's title ends in "-general" ("secretary-general").
const GENERAL_OFFICES: [u64; 10] = hashes([
    b"secretary",
    b"attorney",
    b"director",
    b"governor",
    b"solicitor",
    b"inspector",
    b"postmaster",
    b"surgeon",
    b"comptroller",
    b"consul",
]);
const HYPHEN: u64 = fnv1a(b"-");
const GENERAL: u64 = fnv1a(b"general");

/// The forms of "be" before a progressive.
const BE: [u64; 5] = hashes([b"is", b"are", b"was", b"were", b"am"]);

/// "that" ([`Lex::norm`]).
const THAT: u64 = fnv1a(b"that");

/// The articles ([`Lex::norm`]).
const ARTICLES: [u64; 3] = hashes([b"a", b"an", b"the"]);

/// The endings of participles ([`Lex::suffix`]`[1]`): "-ed", "-en", "-wn", "-ne"
/// ("the proposed deal", "a blown tyre", "a done deal").
const PARTICIPLE_ENDINGS: [u64; 4] =
    [fnv1a(b"ed") ^ 2, fnv1a(b"en") ^ 2, fnv1a(b"wn") ^ 2, fnv1a(b"ne") ^ 2];

/// Particles that stay prepositions before a verb in -ing ("gave up smoking").
const PARTICLES: [u64; 4] = hashes([b"up", b"down", b"out", b"off"]);

/// Prepositions of time that also head clauses ("after the talks ended").
const TIME_CONJUNCTIONS: [u64; 5] = hashes([b"after", b"before", b"since", b"until", b"till"]);

/// "with" ([`Lex::norm`]).
const WITH: u64 = fnv1a(b"with");

/// Words that open a question, before its modal and subject ("what will voters …").
const QUESTION_WORDS: [u64; 5] = hashes([b"what", b"where", b"when", b"why", b"how"]);

/// Pronouns that open a clause of their own after a preposition ("after which …").
const WH_WORDS: [u64; 3] = hashes([b"which", b"what", b"whom"]);

/// "there" ([`Lex::norm`]).
const THERE: u64 = fnv1a(b"there");

/// The forms of "have" ([`Lex::norm`]).
const HAVE_FORMS: [u64; 3] = hashes([b"have", b"has", b"had"]);

/// The finite forms of "be", the verbs of "there is", "there were".
const THERE_IS: [u64; 8] = hashes([
    b"is",
    b"are",
    b"was",
    b"were",
    b"'s",
    "\u{2019}s".as_bytes(),
    b"'re",
    "\u{2019}re".as_bytes(),
]);

/// "be" and "been", the verbs of "there will be", "there have been".
const BE_BEEN: [u64; 2] = hashes([b"be", b"been"]);

/// What stands between an existential "there" and its "be", with the finite forms of
/// "be" ([`THERE_IS`]): auxiliaries, "not" and a few adverbs ("there will not be",
/// "there has always been", "there ought to be", "there's been", "there is going to
/// be").
const THERE_CHAIN: [u64; 36] = hashes([
    b"na",
    b"got",
    b"used",
    b"will",
    b"would",
    b"have",
    b"has",
    b"had",
    b"may",
    b"might",
    b"must",
    b"can",
    b"could",
    b"should",
    b"shall",
    b"'ll",
    "\u{2019}ll".as_bytes(),
    b"'d",
    "\u{2019}d".as_bytes(),
    b"wo",
    b"ca",
    b"not",
    b"n't",
    "n\u{2019}t".as_bytes(),
    b"never",
    b"also",
    b"still",
    b"always",
    b"probably",
    b"ever",
    b"just",
    b"to",
    b"ought",
    b"going",
    b"gon",
    b"usually",
]);

/// Words of time that end a reporting verb's phrase before its "that" clause ("said
/// Monday that …").
const WHEN_WORDS: [u64; 29] = hashes([
    b"monday",
    b"tuesday",
    b"wednesday",
    b"thursday",
    b"friday",
    b"saturday",
    b"sunday",
    b"january",
    b"february",
    b"march",
    b"april",
    b"june",
    b"july",
    b"august",
    b"september",
    b"october",
    b"november",
    b"december",
    b"today",
    b"yesterday",
    b"tonight",
    b"week",
    b"weekend",
    b"month",
    b"year",
    b"morning",
    b"afternoon",
    b"evening",
    b"night",
]);

/// The forms of "be", as a passive's auxiliary.
const BE_FORMS: [u64; 10] =
    hashes([b"be", b"is", b"are", b"was", b"were", b"am", b"been", b"being", b"'s", b"'re"]);

/// Possessive pronouns, after which "plans" is the noun ("his plans to …").
const POSSESSIVES: [u64; 7] = hashes([b"his", b"her", b"its", b"their", b"our", b"my", b"your"]);

/// The normalised forms of the modal verbs.
const MODALS: [u64; 9] =
    hashes([b"would", b"will", b"could", b"should", b"can", b"may", b"might", b"must", b"shall"]);

impl Tagger {
    /// Reads a tagger file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or(ModelError)?;
        let (length, body) = body.split_at_checked(8).ok_or(ModelError)?;
        let length =
            usize::try_from(u64::from_le_bytes(length.try_into().map_err(|_| ModelError)?))
                .map_err(|_| ModelError)?;
        let (clusters, body) = body.split_at_checked(length).ok_or(ModelError)?;
        let clusters = Clusters::from_bytes(clusters)?;
        let (count, mut body) = body.split_at_checked(4).ok_or(ModelError)?;
        let count = u32::from_le_bytes(count.try_into().map_err(|_| ModelError)?) as usize;
        let mut known = HashMap::with_capacity(count.min(body.len() / 14));
        for _ in 0..count {
            let (entry, rest) = body.split_at_checked(14).ok_or(ModelError)?;
            let hash = u64::from_le_bytes(entry[..8].try_into().map_err(|_| ModelError)?);
            let tags = u32::from_le_bytes(entry[8..12].try_into().map_err(|_| ModelError)?);
            let sure = match entry[12] {
                0xff => None,
                t => Some(*Upos::ALL.get(usize::from(t)).ok_or(ModelError)?),
            };
            known.insert(hash, Known { tags, sure, capital: entry[13].min(3) });
            body = rest;
        }
        let (lexicon, body) = Lexicon::from_bytes(body)?;
        let model = Model::from_bytes(body).map_err(|_| ModelError)?;
        if model.classes() != 2 * Upos::ALL.len() {
            return Err(ModelError);
        }
        Ok(Tagger { known, model, clusters, lexicon, id: fresh_id() })
    }

    /// The tagger file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let clusters = self.clusters.to_bytes();
        out.extend_from_slice(&(clusters.len() as u64).to_le_bytes());
        out.extend_from_slice(&clusters);
        let mut known: Vec<_> = self.known.iter().collect();
        known.sort_by_key(|(h, _)| **h);
        out.extend_from_slice(&u32::try_from(known.len()).unwrap_or(u32::MAX).to_le_bytes());
        for (hash, k) in known {
            out.extend_from_slice(&hash.to_le_bytes());
            out.extend_from_slice(&k.tags.to_le_bytes());
            out.push(k.sure.map_or(0xff, |t| t as u8));
            out.push(k.capital);
        }
        out.extend_from_slice(&self.lexicon.to_bytes());
        out.extend_from_slice(&self.model.to_bytes());
        out
    }

    /// Taggers trained on the same data in different orders, as one whose weights
    /// are their mean.
    pub fn mean(taggers: &[Tagger]) -> Option<Tagger> {
        let first = taggers.first()?;
        if taggers.len() == 1 {
            return Some(first.clone());
        }
        let models: Vec<&Model> = taggers.iter().map(|t| &t.model).collect();
        Some(Tagger { model: Model::mean(&models), id: fresh_id(), ..first.clone() })
    }

    /// Drops the weights smaller than `fraction` of the largest ([`Model::prune`]).
    pub fn prune(&mut self, fraction: f32) {
        self.model.prune(fraction);
        self.id = fresh_id();
    }

    /// How many features carry weights.
    pub fn features(&self) -> usize {
        self.model.features()
    }

    /// The word classes.
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// What dictionaries say of each word form.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// What the training data says of each word, looked up once per word.
    fn classes(&self, lex: &[Lex], scratch: &mut Scratch) {
        scratch.classes.clear();
        scratch.capitals.clear();
        scratch.sure.clear();
        for l in lex {
            let known = self.known.get(&l.norm);
            scratch.sure.push(known.and_then(|k| k.sure));
            // (a misspelt word has the classes of the word it stands for, but never its
            // sure tag: the model decides)
            let known = known.or_else(|| self.known.get(&l.repair));
            scratch.classes.push(known.map_or(NONE, |k| u64::from(k.tags)));
            scratch.capitals.push(known.map_or(4, |k| k.capital));
        }
        scratch.mode = case_mode(lex);
        scratch.lexicon.clear();
        for l in lex {
            let classes = self.lexicon.get(l.norm).or_else(|| self.lexicon.get(l.repair));
            scratch.lexicon.push(classes.map_or(NONE, u64::from));
        }
    }

    /// Whether the tagger knows the normalised form: from its training data or from
    /// the dictionaries.
    fn knows(&self, norm: u64) -> bool {
        self.known.contains_key(&norm) || self.lexicon.get(norm).is_some()
    }

    /// For a word of letters that the tagger does not know, finds the word it knows
    /// that it most likely stands for, and keeps its hash in `lex.repair`: the word
    /// with its letters written three times or more written once or twice ("sooooo",
    /// "greaaat"), else with two letters next to each other swapped ("legnth",
    /// "peopel"), else with one letter less ("ammazing"). Web text is full of these;
    /// `buffer` holds the normalised word.
    pub(crate) fn repair(&self, lex: &mut Lex, buffer: &mut String) {
        if buffer.len() < 3
            || !buffer.bytes().all(|b| b.is_ascii_lowercase())
            || self.knows(lex.norm)
        {
            return;
        }
        let word = buffer.as_bytes();
        let mut candidate: Vec<u8> = Vec::with_capacity(word.len());
        let found = |candidate: &[u8]| {
            let norm = fnv1a(candidate);
            self.knows(norm).then_some(norm)
        };
        // Letters repeated three times or more, as one letter and as two (four times or
        // more in capitals, where "DCCC" and "XXX" are what they are).
        let long = if lex.case == 2 { 4 } else { 3 };
        if word.chunk_by(|a, b| a == b).any(|run| run.len() >= long) {
            for keep in [1, 2] {
                candidate.clear();
                for run in word.chunk_by(|a, b| a == b) {
                    let run = if run.len() >= long { &run[..keep] } else { run };
                    candidate.extend_from_slice(run);
                }
                if let Some(norm) = found(&candidate) {
                    lex.repair = norm;
                    return;
                }
            }
        }
        // A letter swapped or one too many leaves a word of the training data or a word
        // the dictionaries give a class, not one they list only as a name or a word in
        // capitals ("cyber" is not "CBER").
        let found = |candidate: &[u8]| {
            let norm = fnv1a(candidate);
            let word = self.known.contains_key(&norm)
                || self.lexicon.get(norm).is_some_and(|c| c & WORD_CLASSES != 0);
            word.then_some(norm)
        };
        // (a capitalised word may be a name the tagger does not know: "Pari" is no
        // misspelling of "pair")
        if word.len() < 4 || lex.case != 0 {
            return;
        }
        for i in 0..word.len() - 1 {
            if word[i] == word[i + 1] {
                continue;
            }
            candidate.clear();
            candidate.extend_from_slice(word);
            candidate.swap(i, i + 1);
            if let Some(norm) = found(&candidate) {
                lex.repair = norm;
                return;
            }
        }
        // (not the "s" of an ending: "attaches" is no misspelling of "attache")
        for i in 0..word.len() - usize::from(word.ends_with(b"s")) {
            candidate.clear();
            candidate.extend_from_slice(&word[..i]);
            candidate.extend_from_slice(&word[i + 1..]);
            if let Some(norm) = found(&candidate) {
                lex.repair = norm;
                return;
            }
        }
    }

    /// Tags the words whose hashes are `lex`.
    pub(crate) fn tag_lex(&self, lex: &[Lex], scratch: &mut Scratch, tags: &mut Vec<Upos>) {
        self.tag_lex_by_model(lex, scratch, tags);
        self.apply_rules(lex, scratch, tags);
    }

    /// The model's tags, before the rules after it.
    fn tag_lex_by_model(&self, lex: &[Lex], scratch: &mut Scratch, tags: &mut Vec<Upos>) {
        self.classes(lex, scratch);
        self.word_sums(lex, scratch);
        let mut first = std::mem::take(&mut scratch.first);
        self.pass(lex, scratch, None, &mut first);
        self.pass(lex, scratch, Some(&first), tags);
        scratch.first = first;
    }

    /// The rules after the model, each for a word the model misreads in news.
    fn apply_rules(&self, lex: &[Lex], scratch: &Scratch, tags: &mut [Upos]) {
        // "See attached file: budget.xls": a file's name, written whole, is a noun (the
        // treebank's convention; the last word of a name with spaces in it, "Draft
        // Terms 3.doc", is part of that name, and left to the model).
        for i in 0..tags.len() {
            if lex[i].file && (i == 0 || tags[i - 1] == Upos::Punct) {
                tags[i] = Upos::Noun;
            }
        }
        // "a 500-page report", "a 10-day visit": a measure before a noun modifies it.
        for i in 0..tags.len() {
            if lex[i].measure
                && tags
                    .get(i + 1)
                    .is_some_and(|t| matches!(t, Upos::Noun | Upos::Propn | Upos::Adj))
            {
                tags[i] = Upos::Adj;
            }
        }
        // A modal is followed by a verb, never by an adjective: "would free the
        // prisoners" ("would be free" has its verb between).
        for i in 1..tags.len() {
            if tags[i] == Upos::Adj && tags[i - 1] == Upos::Aux && MODALS.contains(&lex[i - 1].norm)
            {
                tags[i] = Upos::Verb;
            }
            // "The minister plans to visit …": a subject, then the verb of intention and
            // its "to" clause ("his plans to …", "the plans to …" stay nouns).
            if tags[i] == Upos::Noun
                && INTENTIONS.contains(&lex[i].norm)
                && matches!(tags[i - 1], Upos::Noun | Upos::Propn)
                && !POSSESSIVES.contains(&lex[i - 1].norm)
                && tags.get(i + 1) == Some(&Upos::Part)
                && tags.get(i + 2) == Some(&Upos::Verb)
            {
                tags[i] = Upos::Verb;
            }
            // "…," the statement reads. / The communique states: "…": a text that
            // speaks, then the verb, then a stop or a preposition ("the statement reads
            // in part"; not "reads like a list", which is how it reads).
            if tags[i] == Upos::Noun
                && TEXT_VERBS.contains(&lex[i].norm)
                && TEXTS.contains(&lex[i - 1].norm)
                && tags.get(i + 1).is_none_or(|t| matches!(t, Upos::Punct | Upos::Adp))
                && lex.get(i + 1).is_none_or(|l| !LIKE_AS.contains(&l.norm))
            {
                tags[i] = Upos::Verb;
            }
        }
        // "The United Nations' top official": an apostrophe after a noun in -s, before
        // a word of the phrase it owns, is a plural possessive (unless a single quote
        // opened before it in the sentence, which it closes: "the 'Five Eyes' allies",
        // "the ‘Five Eyes’ allies").
        let mut open_quote = false;
        for i in 0..tags.len() {
            if lex[i].norm == OPENING_QUOTE {
                open_quote = true;
                continue;
            }
            if !APOSTROPHES.contains(&lex[i].norm) || !matches!(tags[i], Upos::Punct | Upos::Part) {
                continue;
            }
            // (one the model read as a possessive closes the quotation open before it)
            if open_quote && tags[i] == Upos::Part {
                tags[i] = Upos::Punct;
                open_quote = false;
            } else if tags[i] == Upos::Part {
                continue;
            } else if !open_quote
                && i > 0
                && i + 1 < tags.len()
                && matches!(tags[i - 1], Upos::Noun | Upos::Propn)
                && lex[i - 1].suffix[0] == S_SUFFIX
                && matches!(tags[i + 1], Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
            {
                tags[i] = Upos::Part;
            } else {
                // (a straight mark opens or closes; a curly one only closes)
                open_quote = !open_quote && lex[i].norm != CLOSING_QUOTE;
            }
        }
        // "The secretary-general praised …": the head of an office's title in
        // "-general" is a noun (the segmenter splits the hyphen off).
        for i in 2..tags.len() {
            if lex[i].norm == GENERAL
                && lex[i - 1].norm == HYPHEN
                && GENERAL_OFFICES.contains(&lex[i - 2].norm)
            {
                tags[i] = Upos::Noun;
            }
        }
        self.headline_verb(lex, scratch, tags);
        self.coordinated_verb(lex, scratch, tags);
        // "urged both sides to exercise restraint": after someone and "to", a word the
        // treebank knows as a verb too (or too rarely to tell), with its object after
        // it, is that verb (and "to" its infinitive marker), not a noun after a
        // preposition.
        for i in 2..tags.len().saturating_sub(1) {
            let c = scratch.classes[i];
            if tags[i] == Upos::Noun
                && tags[i - 1] == Upos::Adp
                && lex[i - 1].norm == TO
                && (c == NONE || c & VERB_BIT != 0)
                && lex[i].case == 0
                && matches!(tags[i - 2], Upos::Noun | Upos::Pron | Upos::Propn)
                && matches!(tags[i + 1], Upos::Det | Upos::Noun | Upos::Pron | Upos::Num)
            {
                tags[i - 1] = Upos::Part;
                tags[i] = Upos::Verb;
            }
        }
        // "the proposal that the envoys rejected.": "that" after a noun, before a subject
        // and a verb in the active with nothing after it (a stop, a preposition, "and"),
        // is the relative pronoun standing for the verb's object, not the conjunction of
        // "the claim that the envoys rejected it". In EWT train, the model's jackknifed
        // conjunction there is a pronoun 18 times in 23.
        for i in 1..tags.len() {
            if lex[i].norm != THAT
                || tags[i] != Upos::Sconj
                || !matches!(tags[i - 1], Upos::Noun | Upos::Propn)
                || WHEN_WORDS.contains(&lex[i - 1].norm)
            {
                continue;
            }
            let mut j = i + 1;
            match tags.get(j) {
                Some(Upos::Pron) => j += 1,
                Some(Upos::Det | Upos::Propn | Upos::Noun | Upos::Adj | Upos::Num) => {
                    while tags.get(j).is_some_and(|t| {
                        matches!(t, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
                    }) {
                        j += 1;
                    }
                    if !matches!(tags[j - 1], Upos::Noun | Upos::Propn) {
                        continue;
                    }
                }
                _ => continue,
            }
            let (mut passive, mut auxiliary) = (false, false);
            while tags.get(j).is_some_and(|t| matches!(t, Upos::Aux | Upos::Part | Upos::Adv)) {
                passive |= BE_FORMS.contains(&lex[j].norm);
                auxiliary |= tags[j] == Upos::Aux;
                j += 1;
            }
            // (a word in -ing right after the noun is the noun's, "that computer hacking
            // of …", not a clause's finite verb)
            if passive
                || tags.get(j) != Some(&Upos::Verb)
                || (!auxiliary && lex[j].suffix[2] == ING_SUFFIX)
            {
                continue;
            }
            if tags.get(j + 1).is_none_or(|t| matches!(t, Upos::Punct | Upos::Adp | Upos::Cconj)) {
                tags[i] = Upos::Pron;
            }
        }
        // "at the Housing Authority office", "of Baltic Shipping Lines": a capitalised
        // word read as a noun, after a preposition or determiner and before a name, is
        // the first word of that name (in a sentence written in title case too, where
        // the treebank's capitalised words are mostly names). On EWT train tagged by
        // taggers trained on the other four fifths, this changes 33 words: 25 to the
        // treebank's tag, 6 away from it (`scripts/tagger-rule-evidence`).
        for i in 1..tags.len().saturating_sub(1) {
            if tags[i] == Upos::Noun
                && lex[i].case == 1
                && matches!(tags[i - 1], Upos::Adp | Upos::Det)
                && tags[i + 1] == Upos::Propn
            {
                tags[i] = Upos::Propn;
            }
        }
        // "the cuts", "a ban", "a hold on …": a lower-case word right after an article
        // is no finite verb, so a word read as one is the noun, unless it looks like a
        // participle ("the proposed deal") or a gerund, or is a verb with its own object
        // after it or a phrasal verb's particle. With the rule after it, on EWT train
        // tagged by taggers trained on the other four fifths, they change 27 words: 21 to
        // the treebank's tag, 1 away from it (`scripts/tagger-rule-evidence`).
        for i in 1..tags.len() {
            if tags[i] == Upos::Verb
                && tags[i - 1] == Upos::Det
                && ARTICLES.contains(&lex[i - 1].norm)
                && lex[i].case == 0
                && lex[i].suffix[2] != ING_SUFFIX
                && !PARTICIPLE_ENDINGS.contains(&lex[i].suffix[1])
                && !tags.get(i + 1).is_some_and(|t| matches!(t, Upos::Pron | Upos::Det))
                && !lex.get(i + 1).is_some_and(|l| l.norm == HYPHEN || PARTICLES.contains(&l.norm))
            {
                tags[i] = Upos::Noun;
            }
        }
        // "the ministers will meet", "Kyiv would not comment": after a subject and its
        // modal ("not" and adverbs between), a lower-case word read as a noun is the
        // verb (not in a question, "will businesses …", "what will voters …", where the
        // subject comes after the modal).
        for i in 2..tags.len() {
            let mut j = i - 1;
            while j > 0 && matches!(tags[j], Upos::Adv | Upos::Part) {
                j -= 1;
            }
            if tags[i] == Upos::Noun
                && lex[i].case == 0
                && j >= 1
                && tags[j] == Upos::Aux
                && MODALS.contains(&lex[j].norm)
                && matches!(tags[j - 1], Upos::Pron | Upos::Noun | Upos::Propn)
                && !QUESTION_WORDS.contains(&lex[j - 1].norm)
            {
                tags[i] = Upos::Verb;
            }
        }
        // "after the talks ended", "before it was signed": a preposition of time before
        // a subject and its verb heads that clause (SCONJ). "with" after a stop or a
        // comma (any punctuation), before a subject and a participle, heads an absolute
        // clause (", with the talks resuming on Monday"). With the rule after it, on EWT
        // train tagged by taggers trained on the other four fifths, they change 62
        // words: 57 to the treebank's tag, 5 away from it
        // (`scripts/tagger-rule-evidence`).
        for i in 0..tags.len().saturating_sub(2) {
            let time = TIME_CONJUNCTIONS.contains(&lex[i].norm);
            let with = lex[i].norm == WITH && (i == 0 || tags[i - 1] == Upos::Punct);
            if tags[i] != Upos::Adp || !(time || with) {
                continue;
            }
            let mut j = i + 1;
            if tags[j] == Upos::Pron {
                if WH_WORDS.contains(&lex[j].norm) || POSSESSIVES.contains(&lex[j].norm) {
                    continue;
                }
                j += 1;
            } else {
                if tags[j] == Upos::Det {
                    j += 1;
                }
                while tags
                    .get(j)
                    .is_some_and(|t| matches!(t, Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn))
                {
                    j += 1;
                }
                if j == i + 1 || !matches!(tags[j - 1], Upos::Noun | Upos::Propn) {
                    continue;
                }
            }
            if with && tags.get(j) == Some(&Upos::Adv) {
                j += 1;
            }
            let ing = |j: usize| lex[j].suffix[2] == ING_SUFFIX;
            let clause = match tags.get(j) {
                Some(Upos::Aux) => time,
                Some(Upos::Verb) if time => !ing(j),
                Some(Upos::Verb) => ing(j) || lex[j].suffix[1] == ED_SUFFIX,
                _ => false,
            };
            if clause {
                tags[i] = Upos::Sconj;
            }
        }
        // "accused of shelling the port", "after meeting the envoy": a preposition before
        // a verb in -ing heads its clause, the treebank's subordinating conjunction (not
        // before a noun, "of escalating violence", where the word in -ing modifies it,
        // nor a particle, "gave up smoking").
        for i in 0..tags.len().saturating_sub(1) {
            if tags[i] == Upos::Adp
                && tags[i + 1] == Upos::Verb
                && lex[i + 1].suffix[2] == ING_SUFFIX
                && !PARTICLES.contains(&lex[i].norm)
                && !tags.get(i + 2).is_some_and(|t| matches!(t, Upos::Noun | Upos::Propn))
            {
                tags[i] = Upos::Sconj;
            }
        }
        // "there was a blast", "there will be talks", "there have been clashes": after an
        // existential "there" (and its auxiliaries), "be" is the verb and "there" the
        // pronoun (the treebank's convention), not before a verb other than a word in -s
        // ("there to be kept", a passive), nor, for "is", "was" and the like, before
        // another auxiliary ("there's been …", whose "been" is the verb). A "there" of
        // place before its clause's "be" ("conditions there are dire") is read so too;
        // the treebank has few. In EWT train, "be" and "been" after "there" and its
        // auxiliaries are the verb 27 times in 29; on its jackknifed tags, the rule
        // changes 44 words: 43 to the treebank's tag, 1 away from it
        // (`scripts/tagger-rule-evidence`).
        for i in 1..tags.len() {
            // (a word in -s right after "be" is no verb: "there will be talks")
            let plural = tags.get(i + 1) == Some(&Upos::Verb) && lex[i + 1].suffix[0] == S_SUFFIX;
            // ("there was a blast": a finite "be" right after "there")
            let finite = THERE_IS.contains(&lex[i].norm);
            if tags[i] != Upos::Aux
                || !(finite || BE_BEEN.contains(&lex[i].norm))
                || (tags.get(i + 1) == Some(&Upos::Verb) && !plural)
                || (finite && tags.get(i + 1) == Some(&Upos::Aux))
            {
                continue;
            }
            let mut j = i - 1;
            while j > 0
                && !finite
                && (THERE_IS.contains(&lex[j].norm) || THERE_CHAIN.contains(&lex[j].norm))
            {
                j -= 1;
            }
            if (finite || j < i - 1) && lex[j].norm == THERE {
                tags[i] = Upos::Verb;
                tags[j] = Upos::Pron;
                if plural {
                    tags[i + 1] = Upos::Noun;
                }
                // (and the "have" of "there has always been" its auxiliary)
                for k in j + 1..i {
                    if tags[k] == Upos::Verb && HAVE_FORMS.contains(&lex[k].norm) {
                        tags[k] = Upos::Aux;
                    }
                }
            }
        }
        // "the rebels are going to strike", "Kyiv wants to talk": after a word that takes
        // "to" and a verb, a lower-case word the treebank knows as a verb too (or, too
        // rare there, the dictionaries do: not "going to baguio") is that verb.
        for i in 2..tags.len() {
            let c = scratch.classes[i];
            let l = scratch.lexicon[i];
            if tags[i] == Upos::Noun
                && tags[i - 1] == Upos::Adp
                && lex[i - 1].norm == TO
                && (if c == NONE { l != NONE && l & VERB_CLASS != 0 } else { c & VERB_BIT != 0 })
                && lex[i].case == 0
                && INFINITIVE_HEADS.contains(&lex[i - 2].norm)
            {
                tags[i - 1] = Upos::Part;
                tags[i] = Upos::Verb;
            }
        }
        // "The ministry is warning citizens that …": a form of "be", then a word in -ing
        // that the treebank knows as a verb, then the one it acts on: the progressive.
        for i in 1..tags.len().saturating_sub(1) {
            let c = scratch.classes[i];
            if tags[i] == Upos::Noun
                && lex[i].suffix[2] == ING_SUFFIX
                && tags[i - 1] == Upos::Aux
                && BE.contains(&lex[i - 1].norm)
                // (a word in lower case; a capitalised one only if the treebank lacks
                // it or has it as a verb)
                && (lex[i].case == 0 || c == NONE || c & VERB_BIT != 0)
                && matches!(tags[i + 1], Upos::Det | Upos::Pron | Upos::Propn | Upos::Noun)
            {
                tags[i] = Upos::Verb;
            }
            // "a new ad hitting the senator": a noun, then a word in -ing with its own
            // object, a name or a determiner's phrase: the verb of a clause on the noun.
            if tags[i] == Upos::Noun
                && lex[i].suffix[2] == ING_SUFFIX
                && lex[i].case == 0
                && tags[i - 1] == Upos::Noun
                && (c == NONE || c & VERB_BIT != 0)
                && matches!(tags[i + 1], Upos::Det | Upos::Propn)
            {
                tags[i] = Upos::Verb;
            }
            // "alone in warning Iraq", "by closing the border": a preposition, then a
            // word in -ing with its object: the gerund, and the preposition its marker.
            if tags[i] == Upos::Noun
                && lex[i].suffix[2] == ING_SUFFIX
                && lex[i].case == 0
                && matches!(tags[i - 1], Upos::Adp | Upos::Sconj)
                && (c == NONE
                    || c & VERB_BIT != 0
                    || (scratch.lexicon[i] != NONE && scratch.lexicon[i] & VERB_CLASS != 0))
                && matches!(tags[i + 1], Upos::Det | Upos::Propn | Upos::Pron)
                && !RELATIVES.contains(&lex[i + 1].norm)
            {
                tags[i - 1] = Upos::Sconj;
                tags[i] = Upos::Verb;
            }
        }
        // "executed a dual national convicted of spying": a determiner's phrase of
        // adjectives alone, then a participle in -ed: the last adjective, when
        // dictionaries know it as a noun (and not as an adverb), is the noun the
        // participle describes (and the participle read as a noun before its
        // preposition is the verb: "a dual national accused of …").
        for i in 1..tags.len().saturating_sub(1) {
            let participle = tags[i + 1] == Upos::Verb
                || (tags[i + 1] == Upos::Noun && tags.get(i + 2) == Some(&Upos::Adp));
            if tags[i] == Upos::Adj
                && participle
                && lex[i + 1].suffix[1] == ED_SUFFIX
                && scratch.lexicon[i] != NONE
                && scratch.lexicon[i] & NOUN_CLASS != 0
                // (a word that may be an adverb may modify the participle: "the above
                // mentioned")
                && scratch.lexicon[i] & ADVERB_CLASS == 0
                && lex[i].case == 0
            {
                let start = (0..i).rev().find(|&j| !matches!(tags[j], Upos::Adj | Upos::Adv));
                if start.is_some_and(|j| tags[j] == Upos::Det) {
                    tags[i] = Upos::Noun;
                    tags[i + 1] = Upos::Verb;
                }
            }
        }
    }

    /// "The foreign minister urges restraint", "Party chairman calls for a new plan":
    /// a clause in the present with no other verb that could be its predicate, read as
    /// one long noun phrase. The first word in -s after a noun that the treebank has as
    /// a verb is the verb (and a word after it that the treebank never has as a verb,
    /// read as one, is a noun).
    fn headline_verb(&self, lex: &[Lex], scratch: &Scratch, tags: &mut [Upos]) {
        let can_be_verb = |i: usize| {
            let c = scratch.classes[i];
            c != NONE && c & VERB_BIT != 0
        };
        // (a finite predicate: an auxiliary, or a verb not after "to" that the treebank
        // knows as one)
        let finite = |i: usize| {
            tags[i] == Upos::Aux
                || (tags[i] == Upos::Verb
                    && can_be_verb(i)
                    && !(i > 0 && tags[i - 1] == Upos::Part))
        };
        if (0..tags.len()).any(finite) {
            return;
        }
        let Some(i) = (1..tags.len().saturating_sub(1)).find(|&i| {
            tags[i] == Upos::Noun
                && lex[i].suffix[0] == S_SUFFIX
                && can_be_verb(i)
                && matches!(tags[i - 1], Upos::Noun | Upos::Propn)
                && matches!(
                    tags[i + 1],
                    Upos::Det
                        | Upos::Adp
                        | Upos::Noun
                        | Upos::Adj
                        | Upos::Num
                        | Upos::Pron
                        | Upos::Propn
                        | Upos::Verb
                )
        }) else {
            return;
        };
        tags[i] = Upos::Verb;
        if tags[i + 1] == Upos::Verb {
            tags[i + 1] = Upos::Noun;
        }
    }

    /// "Russia expels two diplomats, warns of retaliation": a second verb in the
    /// present after a comma or "and", joined to a first one whose object lies between
    /// them, read as a plural noun. A word in -s that the treebank has as a verb, after
    /// a verb in -s and its object, and before what a verb takes, is that verb.
    fn coordinated_verb(&self, lex: &[Lex], scratch: &Scratch, tags: &mut [Upos]) {
        for i in 3..tags.len().saturating_sub(1) {
            // (a word the treebank has as a verb, or lacks and has as a verb without
            // its "s": "warns")
            let c = match scratch.classes[i] {
                NONE => self.known.get(&lex[i].stem).map_or(NONE, |k| u64::from(k.tags)),
                c => c,
            };
            if !(tags[i] == Upos::Noun
                && lex[i].suffix[0] == S_SUFFIX
                && lex[i].case == 0
                && c != NONE
                && c & VERB_BIT != 0
                && (lex[i - 1].norm == COMMA || lex[i - 1].norm == AND)
                && matches!(
                    tags[i + 1],
                    Upos::Adp | Upos::Det | Upos::Pron | Upos::Propn | Upos::Noun | Upos::Sconj
                )
                // (after "and", plural objects go on as often: "offers loans and grants
                // to small firms"; a verb there opens what it takes, or is one of
                // warning or calling: "and warns of …")
                && (lex[i - 1].norm == COMMA
                    || matches!(tags[i + 1], Upos::Det | Upos::Pron | Upos::Sconj)
                    || SPEAKING.contains(&lex[i].norm)))
            {
                continue;
            }
            // (the first verb, with only its object between: "expels two diplomats")
            let first = (i.saturating_sub(7)..i - 1).rev().find(|&j| {
                !matches!(tags[j], Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
            });
            if first.is_some_and(|j| {
                tags[j] == Upos::Verb && lex[j].suffix[0] == S_SUFFIX && j + 1 < i - 1
            }) {
                tags[i] = Upos::Verb;
            }
        }
    }

    fn pass(
        &self,
        lex: &[Lex],
        scratch: &mut Scratch,
        right: Option<&[Upos]>,
        out: &mut Vec<Upos>,
    ) {
        out.clear();
        // (the second pass's classes follow the first's)
        let offset = if right.is_some() { Upos::ALL.len() } else { 0 };
        for i in 0..lex.len() {
            let tag = match scratch.sure[i] {
                Some(t) => t,
                None => {
                    let cx = Context {
                        lex,
                        classes: &scratch.classes,
                        tags: out,
                        right,
                        mode: scratch.mode,
                        capitals: &scratch.capitals,
                        lexicon: &scratch.lexicon,
                    };
                    // (the sums of the word's own features, read once for both
                    // passes, and those of the tags around it)
                    features(&cx, i, Part::Tags, &mut scratch.features);
                    let classes = self.model.classes();
                    let mut sums = [0i32; 256];
                    sums[..classes]
                        .copy_from_slice(&scratch.word_sums[i * classes..(i + 1) * classes]);
                    self.model.add_sums(scratch.features.hashes(), &mut sums);
                    let scale = self.model.scale();
                    scratch.scores.clear();
                    scratch.scores.extend(
                        sums[offset..offset + Upos::ALL.len()].iter().map(|s| *s as f32 * scale),
                    );
                    Upos::ALL[argmax(&scratch.scores)]
                }
            };
            out.push(tag);
        }
    }

    /// Each word's sums for the features of its words alone ([`Part::Own`] and
    /// [`Part::Near`]), for both passes' classes, into `scratch.word_sums`. The sums of
    /// a word's own features are kept from sentence to sentence, in a table of
    /// [`MEMO_SLOTS`] by the word's form (and the word it was repaired to), the
    /// sentence's casing and whether the word comes first: frequent words are then
    /// summed from fewer lookups. Integer sums add up the same in any order, so the
    /// tags are those without the table. The table is made from a `Scratch`'s second
    /// sentence on, so that one used for a single sentence ([`Tagger::tag`]) costs
    /// nothing more.
    fn word_sums(&self, lex: &[Lex], scratch: &mut Scratch) {
        let classes = self.model.classes();
        let memo = scratch.used;
        scratch.used = true;
        if memo && scratch.memo_owner != self.id {
            scratch.memo_owner = self.id;
            scratch.memo_keys.clear();
            scratch.memo_keys.resize(MEMO_SLOTS, 0);
            scratch.memo_sums.clear();
            scratch.memo_sums.resize(MEMO_SLOTS * classes, 0);
        }
        scratch.word_sums.clear();
        scratch.word_sums.resize(lex.len() * classes, 0);
        for i in 0..lex.len() {
            if scratch.sure[i].is_some() {
                continue;
            }
            let cx = Context {
                lex,
                classes: &scratch.classes,
                tags: &[],
                right: None,
                mode: scratch.mode,
                capitals: &scratch.capitals,
                lexicon: &scratch.lexicon,
            };
            let mut sums = [0i32; 256];
            // (the slot and its key; a key is never 0, the key of an empty slot)
            let memo_slot = memo.then(|| {
                let key =
                    mix(mix(mix(lex[i].form, lex[i].repair), scratch.mode), (i == 0) as u64) | 1;
                ((key >> (64 - MEMO_SLOTS.trailing_zeros())) as usize, key)
            });
            match memo_slot {
                Some((slot, key)) if scratch.memo_keys[slot] == key => sums[..classes]
                    .copy_from_slice(&scratch.memo_sums[slot * classes..(slot + 1) * classes]),
                _ => {
                    features(&cx, i, Part::Own, &mut scratch.features);
                    self.model.add_sums(scratch.features.hashes(), &mut sums);
                    if let Some((slot, key)) = memo_slot {
                        scratch.memo_sums[slot * classes..(slot + 1) * classes]
                            .copy_from_slice(&sums[..classes]);
                        scratch.memo_keys[slot] = key;
                    }
                }
            }
            features(&cx, i, Part::Near, &mut scratch.features);
            self.model.add_sums(scratch.features.hashes(), &mut sums);
            scratch.word_sums[i * classes..(i + 1) * classes].copy_from_slice(&sums[..classes]);
        }
    }

    /// Tags the words.
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        self.tag_words(words, true)
    }

    /// Tags the words by the model alone, without the repairs before it and the rules
    /// after it: the tags the parser's jackknifed training data has, so that retraining
    /// the parser gives the shipped one back whatever rules are added later. (The parser
    /// so never sees in training what the rules change; they are few, and fire on news
    /// far more than on the treebank.)
    pub fn tag_by_model(&self, words: &[&str]) -> Vec<Upos> {
        self.tag_words(words, false)
    }

    fn tag_words(&self, words: &[&str], rules: bool) -> Vec<Upos> {
        let mut buffer = String::new();
        let lex: Vec<Lex> = words
            .iter()
            .map(|w| {
                let mut lex = Lex::of(w, &mut buffer, &self.clusters);
                if rules {
                    self.repair(&mut lex, &mut buffer);
                }
                lex
            })
            .collect();
        let mut scratch = Scratch::default();
        let mut tags = Vec::with_capacity(words.len());
        if rules {
            self.tag_lex(&lex, &mut scratch, &mut tags);
        } else {
            self.tag_lex_by_model(&lex, &mut scratch, &mut tags);
        }
        tags
    }

    /// Trains a tagger on sentences of words and gold tags, `epochs` passes in an
    /// order shuffled by `seed`; `each_epoch` sees the averaged tagger after each.
    pub fn train(
        sentences: &[(Vec<String>, Vec<Upos>)],
        clusters: &Clusters,
        lexicon: &Lexicon,
        epochs: usize,
        seed: u64,
        mut each_epoch: impl FnMut(usize, &Tagger),
    ) -> Tagger {
        // (the words of the training data are not repaired: the model learns what a
        // word it does not know looks like from the rare words, and `Tagger::repair`
        // only lends a misspelling the classes of the word it stands for)
        let known = dictionary(sentences);
        let mut tagger = Tagger {
            known,
            model: Model::default(),
            clusters: clusters.clone(),
            lexicon: lexicon.clone(),
            id: fresh_id(),
        };
        let mut buffer = String::new();
        let lexes: Vec<Vec<Lex>> = sentences
            .iter()
            .map(|(words, _)| words.iter().map(|w| Lex::of(w, &mut buffer, clusters)).collect())
            .collect();
        let mut trainer = Trainer::new(2 * Upos::ALL.len());
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut state = seed.max(1);
        let mut scratch = Scratch::default();
        let mut scores = Vec::new();
        for epoch in 1..=epochs {
            shuffle(&mut order, &mut state);
            for &s in &order {
                let lex = &lexes[s];
                let gold = &sentences[s].1;
                tagger.classes(lex, &mut scratch);
                scratch.first.clear();
                let mut second = Vec::with_capacity(lex.len());
                for pass in [Pass::First, Pass::Second] {
                    let offset = if pass == Pass::First { 0 } else { Upos::ALL.len() };
                    for (i, &gold) in gold.iter().enumerate() {
                        let out = if pass == Pass::First { &scratch.first } else { &second };
                        if let Some(t) = scratch.sure[i] {
                            if pass == Pass::First {
                                scratch.first.push(t)
                            } else {
                                second.push(t)
                            }
                            continue;
                        }
                        let cx = Context {
                            lex,
                            classes: &scratch.classes,
                            tags: out,
                            right: (pass == Pass::Second).then_some(scratch.first.as_slice()),
                            mode: scratch.mode,
                            capitals: &scratch.capitals,
                            lexicon: &scratch.lexicon,
                        };
                        features(&cx, i, Part::All, &mut scratch.features);
                        trainer.tick();
                        trainer.scores(scratch.features.hashes(), &mut scores);
                        let guess = argmax(&scores[offset..offset + Upos::ALL.len()]);
                        let truth = gold as usize;
                        if guess != truth {
                            trainer.update(
                                scratch.features.hashes(),
                                truth + offset,
                                guess + offset,
                            );
                        }
                        let tag = Upos::ALL[guess];
                        if pass == Pass::First { scratch.first.push(tag) } else { second.push(tag) }
                    }
                }
            }
            tagger.model = trainer.average();
            tagger.id = fresh_id();
            each_epoch(epoch, &tagger);
        }
        tagger
    }
}

/// The frequent words' ambiguity classes and sure tags.
fn dictionary(sentences: &[(Vec<String>, Vec<Upos>)]) -> HashMap<u64, Known> {
    let mut counts: HashMap<u64, [u32; Upos::ALL.len()]> = HashMap::new();
    // Occurrences inside a sentence, and how many of them capitalised.
    let mut inside: HashMap<u64, (u32, u32)> = HashMap::new();
    let mut buffer = String::new();
    for (words, tags) in sentences {
        for (i, (w, t)) in words.iter().zip(tags).enumerate() {
            let lex = Lex::of(w, &mut buffer, &Clusters::default());
            counts.entry(lex.norm).or_default()[*t as usize] += 1;
            if i > 0 {
                let e = inside.entry(lex.norm).or_default();
                e.0 += 1;
                e.1 += u32::from(matches!(lex.case, 1 | 2));
            }
        }
    }
    let mut known = HashMap::new();
    for (hash, c) in counts {
        let total: u32 = c.iter().sum();
        if total < CLASS_COUNT {
            continue;
        }
        let mut tags = 0u32;
        for (t, &n) in c.iter().enumerate() {
            if f64::from(n) >= CLASS_SHARE * f64::from(total) {
                tags |= 1 << t;
            }
        }
        let (top, &most) = c.iter().enumerate().max_by_key(|(_, n)| **n).expect("17 tags");
        let sure = (total >= SURE_COUNT && f64::from(most) >= SURE_SHARE * f64::from(total))
            .then(|| Upos::ALL[top]);
        let capital = match inside.get(&hash) {
            None => 3,
            Some(&(_, 0)) => 0,
            Some(&(n, c)) if c * 2 < n => 1,
            Some(_) => 2,
        };
        known.insert(hash, Known { tags, sure, capital });
    }
    known
}

/// Slots in the table of the sums of words' own features that a [`Scratch`] keeps
/// (a power of two).
const MEMO_SLOTS: usize = 2048;
const _: () = assert!(MEMO_SLOTS.is_power_of_two() && MEMO_SLOTS > 1);

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    classes: Vec<u64>,
    capitals: Vec<u8>,
    /// Each word's classes in the lexicon, or `NONE`.
    lexicon: Vec<u64>,
    /// Each word's one tag, when it always has the same.
    sure: Vec<Option<Upos>>,
    /// Each word's sums for the features of its words alone ([`Part::Own`] and
    /// [`Part::Near`]), `classes` a word ([`Tagger::word_sums`]).
    word_sums: Vec<i32>,
    /// Whether these buffers have tagged a sentence before (the table below is made
    /// from the second on).
    used: bool,
    /// The tagger whose sums the table below keeps ([`Tagger::word_sums`]).
    memo_owner: u64,
    /// Each slot's key (the word's form, the casing, whether it came first), or 0.
    memo_keys: Vec<u64>,
    /// Each slot's sums of the word's own features, `classes` a slot.
    memo_sums: Vec<i32>,
    mode: u64,
    first: Vec<Upos>,
    features: Features,
    scores: Vec<f32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word each word is repaired to, if any.
    fn repaired(word: &str) -> Option<String> {
        let tagger = crate::Syntax::builtin().tagger();
        let mut buffer = String::new();
        let mut lex = Lex::of(word, &mut buffer, tagger.clusters());
        tagger.repair(&mut lex, &mut buffer);
        let candidates = ["length", "people", "so", "very", "meters", "attache", "dc", "amazing"];
        (lex.repair != 0).then(|| {
            candidates
                .iter()
                .find(|c| fnv1a(c.as_bytes()) == lex.repair)
                .map_or_else(|| "another word".to_owned(), |c| (*c).to_owned())
        })
    }

    #[test]
    fn misspellings_are_repaired_and_other_words_are_not() {
        assert_eq!(repaired("legnth").as_deref(), Some("length"));
        assert_eq!(repaired("peopel").as_deref(), Some("people"));
        assert_eq!(repaired("soooooo").as_deref(), Some("so"));
        assert_eq!(repaired("VERYYYY").as_deref(), Some("very"));
        assert_eq!(repaired("ammazing").as_deref(), Some("amazing"));
        assert_eq!(repaired("metres").as_deref(), Some("meters"));
        // Known words, an ending's "s", capitals of three, names and short words: none.
        assert_eq!(repaired("length"), None);
        assert_eq!(repaired("deplorables"), None);
        assert_eq!(repaired("DCCC"), None);
        assert_eq!(repaired("Lavorv"), None);
        assert_eq!(repaired("teh"), None);
    }

    /// Tags `sentences` one after another with the same buffers, as a worker does.
    fn tag_in_turn(tagger: &Tagger, scratch: &mut Scratch, sentences: &[&str]) -> Vec<Vec<Upos>> {
        let mut buffer = String::new();
        sentences
            .iter()
            .map(|s| {
                let lex: Vec<Lex> = s
                    .split(' ')
                    .map(|w| {
                        let mut lex = Lex::of(w, &mut buffer, tagger.clusters());
                        tagger.repair(&mut lex, &mut buffer);
                        lex
                    })
                    .collect();
                let mut tags = Vec::new();
                tagger.tag_lex(&lex, scratch, &mut tags);
                tags
            })
            .collect()
    }

    /// The tags the rules after the model give words the model tagged `tags`.
    fn after_rules(sentence: &str, tags: &[Upos]) -> Vec<Upos> {
        let tagger = crate::Syntax::builtin().tagger();
        let mut buffer = String::new();
        let lex: Vec<Lex> =
            sentence.split(' ').map(|w| Lex::of(w, &mut buffer, tagger.clusters())).collect();
        let mut scratch = Scratch::default();
        tagger.classes(&lex, &mut scratch);
        let mut tags = tags.to_vec();
        tagger.apply_rules(&lex, &scratch, &mut tags);
        tags
    }

    #[test]
    fn a_capitalised_noun_after_a_preposition_and_before_a_name_is_part_of_it() {
        use Upos::*;
        assert_eq!(
            after_rules("the envoy dined at Willow Lounge", &[Det, Noun, Verb, Adp, Noun, Propn]),
            [Det, Noun, Verb, Adp, Propn, Propn]
        );
        // (not in lower case, nor before a common noun)
        assert_eq!(
            after_rules("the envoy dined at willow Lounge", &[Det, Noun, Verb, Adp, Noun, Propn]),
            [Det, Noun, Verb, Adp, Noun, Propn]
        );
        assert_eq!(
            after_rules("the envoy dined at Willow lounges", &[Det, Noun, Verb, Adp, Noun, Noun]),
            [Det, Noun, Verb, Adp, Noun, Noun]
        );
    }

    #[test]
    fn sums_kept_from_sentence_to_sentence_give_the_same_tags() {
        let sentences = [
            "The envoy met the minister in Baku on Monday .",
            "THE ENVOY MET THE MINISTER IN BAKU",
            "Minister Tarn said the talks would resume .",
            "The minister said the envoy had left .",
            "Envoy Tarn left Baku on Monday .",
            "The talks with Envoy Tarn resumed in Baku .",
        ];
        let tagger = crate::Syntax::builtin().tagger();
        let alone: Vec<Vec<Upos>> =
            sentences.iter().map(|s| tagger.tag(&s.split(' ').collect::<Vec<_>>())).collect();
        let mut scratch = Scratch::default();
        assert_eq!(tag_in_turn(tagger, &mut scratch, &sentences), alone);
        assert_eq!(tag_in_turn(tagger, &mut scratch, &sentences), alone);
        // Other weights in the same buffers: their own tags, not the sums kept for the
        // first tagger's.
        let mut pruned = tagger.clone();
        pruned.prune(0.5);
        let pruned_alone: Vec<Vec<Upos>> =
            sentences.iter().map(|s| pruned.tag(&s.split(' ').collect::<Vec<_>>())).collect();
        assert_ne!(pruned_alone, alone, "pruning this hard changes some tag");
        assert_eq!(tag_in_turn(&pruned, &mut scratch, &sentences), pruned_alone);
        assert_eq!(tag_in_turn(tagger, &mut scratch, &sentences), alone);
    }
}
