//! Events: who did what to whom, when and where, coded in CAMEO and PLOVER with a
//! Goldstein score.
//!
//! The cascade of DESIGN.md: a sentence is parsed only when it holds a cue word of
//! `data/event_cues.tsv` and at least one actor. The parser (`attache-syntax`) then
//! gives the cue's arguments: the source is its subject (or the agent of a passive),
//! the target its object, the subject of a passive, or a phrase introduced by one of
//! the cue's prepositions. Each argument is resolved to actors through the mentions
//! the entities stage linked, looking inside the phrase ("a delegation led by
//! Lavrov", "the Russian side") and across conjunctions ("Russia and Azerbaijan").
//! Inside a direct quote, "we" and "I" are the speaker and "you" the person spoken to.
//! Negated, conditional and interrogative cues are not events; a cue under an
//! intention ("wants to attack") is coded as the intention, a cue under a refusal
//! as a rejection. Dates come from the time expressions of the clause (else the
//! publication date, with a diagnostic), places from an "in"/"at" phrase (else the
//! dateline). Duplicates within a document are merged, keeping all their evidence.
//!
//! The CAMEO table (`data/cameo.tsv`) is GDELT's, with its Goldstein scores, and the
//! PLOVER types of the 2021 CAMEO2PLOVER table; `scripts/gen-cameo` builds it.

use std::collections::{HashMap, HashSet};

use std::cell::RefCell;

use attache_model::{
    Actor, ActorId, ActorKind, Diagnostic, Event, Linked, Mention, Place, Quote, Sentence, Time,
    Token,
};
use attache_syntax::{Analysis, Syntax, Upos, Workspace};
use attache_text::Span;

const CUES: &str = include_str!("../data/event_cues.tsv");
const CAMEO: &str = include_str!("../data/cameo.tsv");
const GUARDS: &str = include_str!("../data/event_guards.tsv");
const GROUPS: &str = include_str!("../data/event_groups.tsv");

/// What part of speech the cue word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Verb,
    Noun,
    Adj,
}

/// How the source and target are found around the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// Subject acts on object.
    Act,
    /// Participants meet: coded both ways.
    Meet,
    /// The subject hosts the object.
    Host,
    /// The subject goes to the object's state.
    Visit,
    /// The subject receives from the phrase's actor, who acts ("received weapons
    /// from Iran" is Iran's aid).
    Receive,
    /// What the subject is said or believed to be is a charge against it, by the one
    /// who says or believes it ("Washington believed Russia was responsible for the
    /// attack" is Washington's accusation of Russia).
    Charge,
}

/// One line of the cue lexicon.
#[derive(Clone, Debug)]
struct Cue {
    /// The word that must follow the cue word (particle, preposition or object noun).
    rest: Option<String>,
    /// Words of the cue between the first and the last ("joint" in "conduct joint
    /// exercise"), which must come between the cue word and `rest`.
    middle: Vec<String>,
    kind: Kind,
    frame: Frame,
    preps: Vec<String>,
    cameo: String,
}

/// One CAMEO code.
#[derive(Clone, Debug)]
struct Code {
    goldstein: f32,
    plover: String,
    mode: Option<String>,
}

/// What guards a sentence or a cue against being read as an event.
#[derive(Clone, Debug, Default)]
struct Guards {
    /// Nouns of sport and business: a sentence with one is not about states.
    discard: HashSet<String>,
    /// Verbs whose complement is an intention ("wants to meet").
    intent: HashSet<String>,
    /// Words whose complement is an intention only after "be" ("is prepared to
    /// meet"; "prepared to attend" alone is getting ready to go).
    intent_be: HashSet<String>,
    /// Verbs whose complement is refused ("refused to meet").
    refuse: HashSet<String>,
    /// Verbs whose object is what is talked about, not a party ("discussed trade").
    topic: HashSet<String>,
    /// Nouns of texts and speech: an attack they make is criticism ("a tweet
    /// attacking her").
    verbal: HashSet<String>,
    /// Objects that make a fighting word a metaphor ("a war of words").
    metaphor: HashSet<String>,
    /// Nouns whose "that" clause is what is said, asked or feared, not an event
    /// ("guarantees that NATO will not admit Ukraine").
    content: HashSet<String>,
    /// Nouns whose "to" clause is what is asked for, not an event ("pressure from
    /// Congress to help Iran").
    demand: HashSet<String>,
    /// Verbs of saying whose "would"/"will" complement is a stated intention ("said it
    /// would free", "announced it will attend").
    announce: HashSet<String>,
    /// Verbs of saying whose complement, when it reports violence or coercion by
    /// another party, is also an accusation ("Kyiv said Russian forces shelled …").
    allege: HashSet<String>,
    /// Nouns of documents and records: released, provided or sent, they are
    /// published, not aid or a release ("released a memo from his advisers").
    document: HashSet<String>,
    /// Nouns of things one receives, not visitors ("received death threats"): no host.
    thing: HashSet<String>,
}

/// A lexicon line that is wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    /// The data file.
    pub file: &'static str,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Codes events from an analysed document.
#[derive(Debug)]
pub struct EventCoder {
    cues: Vec<Cue>,
    /// Lower-case word forms to the cues they start.
    forms: HashMap<String, Vec<usize>>,
    codes: HashMap<String, Code>,
    guards: Guards,
    /// Nouns naming groups of a state by their sector ("protesters": OPP).
    groups: HashMap<String, String>,
    examples: Vec<(String, String)>,
}

/// What the coder reads: the document and what the earlier stages found in it.
#[derive(Clone, Copy)]
pub struct EventInput<'a> {
    /// The document text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// Linked actors, with their mentions.
    pub actors: &'a [Actor],
    /// Places, with their mentions.
    pub places: &'a [Place],
    /// Quotes, with their speakers.
    pub quotes: &'a [Quote],
    /// Time expressions, in text order.
    pub times: &'a [Time],
    /// The publication date (`2017-11-19`), if known.
    pub published: Option<&'a str>,
    /// The place of the dateline, if any (none for a dateline of several places).
    pub dateline: Option<&'a str>,
    /// Each place of a dateline of several ("BEIJING/WASHINGTON"), with its country: an
    /// event takes the one of its source's country.
    pub dateline_places: &'a [(String, Option<String>)],
    /// The capital of a state, by its code (from the knowledge base).
    pub capital: &'a dyn Fn(&str) -> Option<String>,
    /// The name of a state, by its code (from the knowledge base), for states an
    /// event involves through a place only ("the mayor of Nablus").
    pub state_name: &'a dyn Fn(&str) -> Option<String>,
    /// Whether a person's name tells "she" (true) or "he" (false), from their given
    /// name, if it tells either.
    pub female: &'a dyn Fn(&str) -> Option<bool>,
}

/// What the coder found: events, and the states they involve that no mention named
/// (known through a place), to add to the document's actors.
#[derive(Clone, Debug, Default)]
pub struct Coded {
    /// The events.
    pub events: Vec<Event>,
    /// New state actors (no mentions of their own).
    pub actors: Vec<Actor>,
    /// Remarks, such as dates assumed.
    pub diagnostics: Vec<Diagnostic>,
}

fn lexicon_error(file: &'static str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError { file, line, message: message.into() }
}

/// The data lines of a lexicon file (comments and blank lines skipped), each with its
/// 1-based line number and its `fields` tab-separated fields.
fn rows<'t>(
    text: &'t str,
    file: &'static str,
    fields: usize,
) -> impl Iterator<Item = Result<(usize, Vec<&'t str>), LexiconError>> + 't {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(move |(n, line)| {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() == fields {
                Ok((n + 1, f))
            } else {
                let message = format!("{} tab-separated fields, not {fields}", f.len());
                Err(lexicon_error(file, n + 1, message))
            }
        })
}

/// English inflections of a verb or noun: base, -s, -ed, -ing, with the usual
/// spelling changes (and some that do not apply, which never match a word).
fn inflections(base: &str, kind: Kind) -> Vec<String> {
    let mut out = vec![base.to_owned()];
    let last = base.chars().last().unwrap_or(' ');
    let before = base.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "aeiou".contains(c);
    let stem_y = last == 'y' && !vowel(before);
    let sibilant = ["s", "x", "z", "ch", "sh"].iter().any(|e| base.ends_with(e)) || last == 'o';
    out.push(if stem_y {
        format!("{}ies", &base[..base.len() - 1])
    } else if sibilant {
        format!("{base}es")
    } else {
        format!("{base}s")
    });
    if kind == Kind::Verb {
        if last == 'e' {
            out.push(format!("{base}d"));
            out.push(format!("{}ing", &base[..base.len() - 1]));
        } else if stem_y {
            out.push(format!("{}ied", &base[..base.len() - 1]));
            out.push(format!("{base}ing"));
        } else {
            out.push(format!("{base}ed"));
            out.push(format!("{base}ing"));
            if !vowel(last) && vowel(before) && !"wxy".contains(last) {
                out.push(format!("{base}{last}ed"));
                out.push(format!("{base}{last}ing"));
            }
        }
    }
    out
}

/// Verbs of saying that one may decline or refuse to do ("declined to comment"): no
/// refusal between parties.
fn is_saying_verb(word: &str) -> bool {
    matches!(
        word,
        "say"
            | "comment"
            | "elaborate"
            | "confirm"
            | "specify"
            | "disclose"
            | "reveal"
            | "discuss"
            | "answer"
            | "speculate"
            | "predict"
    )
}

/// The singular of a plural noun, roughly (for the nouns of multiword cues).
fn singular(word: &str) -> &str {
    if word.ends_with("ss") {
        return word;
    }
    word.strip_suffix('s').unwrap_or(word)
}

impl Default for EventCoder {
    fn default() -> Self {
        EventCoder::new()
    }
}

impl EventCoder {
    /// The coder with the built-in lexicon.
    pub fn new() -> EventCoder {
        EventCoder::from_data(CUES, CAMEO, GUARDS, GROUPS)
            .expect("the built-in event lexicon is valid")
    }

    /// A coder from lexicon texts (the formats of `data/`).
    fn from_data(
        cues: &str,
        cameo: &str,
        guards: &str,
        groups: &str,
    ) -> Result<EventCoder, LexiconError> {
        let mut codes = HashMap::new();
        for row in rows(cameo, "cameo.tsv", 5) {
            let (line, f) = row?;
            let goldstein = f[1]
                .parse()
                .map_err(|_| lexicon_error("cameo.tsv", line, "Goldstein score is not a number"))?;
            let mode = (f[3] != "-").then(|| f[3].to_owned());
            codes.insert(f[0].to_owned(), Code { goldstein, plover: f[2].to_owned(), mode });
        }
        let mut coder = EventCoder {
            cues: Vec::new(),
            forms: HashMap::new(),
            codes,
            guards: Guards::default(),
            groups: HashMap::new(),
            examples: Vec::new(),
        };
        for row in rows(groups, "event_groups.tsv", 2) {
            let (_, f) = row?;
            coder.groups.insert(f[0].trim().to_lowercase(), f[1].trim().to_owned());
        }
        for row in rows(cues, "event_cues.tsv", 7) {
            let (line, f) = row?;
            let error = |message: String| lexicon_error("event_cues.tsv", line, message);
            let kind = match f[1] {
                "verb" => Kind::Verb,
                "noun" => Kind::Noun,
                "adj" => Kind::Adj,
                k => return Err(error(format!("unknown kind `{k}`"))),
            };
            let frame = match f[3] {
                "act" => Frame::Act,
                "meet" => Frame::Meet,
                "host" => Frame::Host,
                "visit" => Frame::Visit,
                "receive" => Frame::Receive,
                "charge" => Frame::Charge,
                k => return Err(error(format!("unknown frame `{k}`"))),
            };
            if !coder.codes.contains_key(f[5]) {
                return Err(error(format!("unknown CAMEO code `{}`", f[5])));
            }
            let mut words = f[0].split_whitespace();
            let head = words.next().ok_or_else(|| error("empty cue".into()))?.to_lowercase();
            let others: Vec<String> = words.map(str::to_lowercase).collect();
            let rest = others.last().cloned();
            let middle = others[..others.len().saturating_sub(1)].to_vec();
            let preps = if f[4] == "-" {
                Vec::new()
            } else {
                f[4].split(',').map(|p| p.trim().to_lowercase()).collect()
            };
            let index = coder.cues.len();
            coder.cues.push(Cue { rest, middle, kind, frame, preps, cameo: f[5].to_owned() });
            let mut forms = inflections(&head, if kind == Kind::Adj { Kind::Noun } else { kind });
            if kind == Kind::Adj {
                forms.truncate(1);
            }
            if f[2] != "-" {
                forms.extend(f[2].split(',').map(|w| w.trim().to_lowercase()));
            }
            for form in forms {
                let entry = coder.forms.entry(form).or_default();
                if !entry.contains(&index) {
                    entry.push(index);
                }
            }
            coder.examples.push((f[6].to_owned(), f[5].to_owned()));
        }
        for row in rows(guards, "event_guards.tsv", 2) {
            let (line, f) = row?;
            let set = match f[0] {
                "discard" => &mut coder.guards.discard,
                "intent" => &mut coder.guards.intent,
                "intent-be" => &mut coder.guards.intent_be,
                "refuse" => &mut coder.guards.refuse,
                "topic" => &mut coder.guards.topic,
                "verbal" => &mut coder.guards.verbal,
                "metaphor" => &mut coder.guards.metaphor,
                "content" => &mut coder.guards.content,
                "demand" => &mut coder.guards.demand,
                "announce" => &mut coder.guards.announce,
                "allege" => &mut coder.guards.allege,
                "document" => &mut coder.guards.document,
                "thing" => &mut coder.guards.thing,
                k => {
                    return Err(lexicon_error(
                        "event_guards.tsv",
                        line,
                        format!("unknown guard `{k}`"),
                    ));
                }
            };
            set.insert(f[1].trim().to_lowercase());
        }
        Ok(coder)
    }

    /// The lexicon's example sentences with the CAMEO code each should yield.
    pub fn examples(&self) -> &[(String, String)] {
        &self.examples
    }

    /// How many cues the lexicon holds.
    pub fn cue_count(&self) -> usize {
        self.cues.len()
    }

    /// Codes the events of a document.
    pub fn code(&self, input: &EventInput<'_>) -> Coded {
        let syntax = Syntax::builtin();
        let mut work = Workspace::default();
        let mut parse = Analysis::default();
        let doc = Document::new(input, &self.groups);
        let mut events: Vec<Event> = Vec::new();
        let mut diagnostics = Vec::new();
        for sentence in input.sentences {
            let tokens = &input.tokens[sentence.tokens.clone()];
            // Longer than any news sentence: a list or a run-on text, not parsed.
            if tokens.len() > MAX_TOKENS {
                continue;
            }
            let lower: Vec<String> = tokens
                .iter()
                .map(|t| {
                    let word = t.span.text(input.text).to_lowercase();
                    // A cue done again is the cue ("re-examine", "re-impose").
                    match word.strip_prefix("re-") {
                        Some(cue) if self.forms.contains_key(cue) => cue.to_owned(),
                        _ => word,
                    }
                })
                .collect();
            // The cheap scan: a cue word and an actor, or nothing to parse.
            if !lower.iter().any(|w| self.forms.contains_key(w)) {
                continue;
            }
            let base = sentence.tokens.start;
            let actors: Vec<Option<usize>> =
                (0..tokens.len()).map(|i| doc.actor_at_token(base + i)).collect();
            // An actor, or in a quote whose speaker is known, "we", "I" or "you".
            let speaking = || {
                lower.iter().zip(tokens).any(|(w, t)| {
                    matches!(w.as_str(), "we" | "i" | "you" | "our" | "my" | "your" | "us")
                        && doc.quote_at(t.span).is_some_and(|q| q.speaker.is_some())
                })
            };
            // (or "both sides", "the two sides" after a meeting or a clash)
            let sides = || {
                !doc.parties.borrow().is_empty()
                    && lower.windows(2).any(|w| {
                        matches!(w[0].as_str(), "both" | "two")
                            && matches!(w[1].as_str(), "sides" | "countries" | "leaders")
                    })
            };
            // (or "he" or "she" after a person named just before: "She also suspended
            // all contacts with Moscow")
            let pronoun = || {
                lower.iter().zip(tokens).any(|(w, t)| {
                    matches!(w.as_str(), "he" | "she")
                        && doc.quote_at(t.span).is_none()
                        && doc.last_person_before(t.span.byte_start).is_some()
                })
            };
            if actors.iter().all(Option::is_none) && !speaking() && !sides() && !pronoun() {
                continue;
            }
            if lower.last().is_some_and(|w| w == "?") {
                continue;
            }
            syntax.analyze_tokens(input.text, tokens, &mut work, &mut parse);
            // A short news sentence read as one noun phrase ("Egypt mediated talks
            // between Israel and Hamas"): parsed again with its verb as the head.
            repair_hyphen_participles(&mut parse, &lower, syntax.parser().labels());
            if let Some(v) = misread_verb(&parse, &actors, |l| syntax.label(l)) {
                syntax.reparse_with_root(&mut work, &mut parse, v);
                repair_subject(&mut parse, v, syntax.parser().labels());
            }
            attach_adjectives_to_subjects(&mut parse, syntax.parser().labels());
            repair_reduced_relative(&mut parse, syntax.parser().labels());
            repair_subject_after_comma(&mut parse, &lower, syntax.parser().labels());
            repair_said_object(&mut parse, &lower, syntax.parser().labels());
            repair_subordinate_subject(&mut parse, &lower, syntax.parser().labels());
            repair_object_read_as_subject(&mut parse, &lower, syntax.parser().labels());
            let s = Parsed {
                text: input.text,
                tokens,
                base,
                lower: &lower,
                tags: &parse.tags,
                heads: &parse.tree.heads,
                labels: parse.tree.labels.iter().map(|&l| syntax.label(l)).collect(),
                actors,
            };
            // (a place near which something happens is no match: "a protest close to
            // the stadium")
            if (0..tokens.len()).any(|i| {
                self.guards.discard.contains(&lower[i])
                    && matches!(s.tags[i], Upos::Noun | Upos::Propn)
                    && !matches!(
                        s.case_of(i),
                        Some("near" | "outside" | "to" | "around" | "beside" | "opposite")
                    )
            }) {
                continue;
            }
            for i in 0..tokens.len() {
                let Some(candidates) = self.forms.get(&lower[i]) else { continue };
                let Some(cue) = self.best_cue(&s, i, candidates) else { continue };
                // The action an appeal or demand asks for is not an event of its own:
                // "urged Russia to withdraw" is the appeal.
                // ("seeking to deepen" is an intention: "seek" asks only with "from".)
                // Nor is what an accusation, a warning or a sentence is about:
                // "accused Russia of shelling the plant", "warned the US against
                // selling weapons", "jailed a student for helping militants".
                let complement = match s.labels[i] {
                    "xcomp" | "ccomp" => true,
                    "advcl" | "acl" => s.dependents(i).any(|d| {
                        matches!(s.labels[d], "mark" | "case")
                            && matches!(lower[d].as_str(), "of" | "against" | "for" | "over")
                    }),
                    _ => false,
                };
                // (Through a noun of the verb's: "jailed a student for two years for
                // helping militants".)
                let governor = |h: usize| match s.heads[h] {
                    Some(v)
                        if s.labels[i] != "xcomp"
                            && matches!(s.tags[h], Upos::Noun)
                            && matches!(s.labels[h], "obl" | "obj") =>
                    {
                        v
                    }
                    _ => h,
                };
                if complement
                    && let Some(h) = s.heads[i].map(governor)
                    && !(s.labels[i] == "xcomp" && self.guards.intent.contains(&lower[h]))
                    && let Some(c) = self.forms.get(&lower[h]).and_then(|c| self.best_cue(&s, h, c))
                    && (c.cameo.starts_with("02")
                        || c.cameo.starts_with("10")
                        || (s.labels[i] != "xcomp"
                            && ["11", "12", "13", "17"].iter().any(|r| c.cameo.starts_with(r))))
                {
                    continue;
                }
                // Nor is what a demand noun asks for, whether the parser hangs the
                // "to" clause from the noun or from its verb ("faces pressure from
                // Congress to help Iran").
                if matches!(s.labels[i], "advcl" | "acl" | "xcomp")
                    && s.dependents(i).any(|d| s.labels[d] == "mark" && lower[d] == "to")
                    && let Some(h) = s.heads[i]
                    && std::iter::once(h)
                        .chain(s.dependents(h).filter(|&n| s.labels[n] == "obj"))
                        .any(|n| {
                            matches!(s.tags[n], Upos::Noun)
                                && (self.guards.demand.contains(&lower[n])
                                    || self.guards.demand.contains(singular(&lower[n])))
                        })
                {
                    continue;
                }
                // A noun that completes its verb's cue ("sought aid") is coded with it.
                if cue.kind == Kind::Noun
                    && s.heads[i].into_iter().chain(i.saturating_sub(3)..i).any(|h| {
                        self.forms.get(&lower[h]).and_then(|c| self.best_cue(&s, h, c)).is_some_and(
                            |c| {
                                c.kind == Kind::Verb
                                    && c.rest
                                        .as_deref()
                                        .is_some_and(|r| singular(r) == singular(&lower[i]))
                            },
                        )
                    })
                {
                    continue;
                }
                // An intention with a cue under it is coded through that cue.
                if self.guards.intent.contains(&lower[i])
                    && s.dependents(i).any(|d| {
                        matches!(s.labels[d], "xcomp" | "advcl" | "ccomp" | "obl" | "obj")
                            && cue
                                .rest
                                .as_deref()
                                .is_none_or(|r| singular(r) != singular(&lower[d]))
                            && self
                                .forms
                                .get(&lower[d])
                                .is_some_and(|c| self.best_cue(&s, d, c).is_some())
                    })
                {
                    continue;
                }
                // "(When) asked about Russia, Trump praised …": the subject is the one
                // asked, by someone unnamed; no request of theirs.
                if lower[i] == "asked"
                    && s.labels[i] == "advcl"
                    && !s.dependents(i).any(|d| s.labels[d].starts_with("nsubj"))
                    && (i == 0 || s.dependents(i).any(|d| matches!(s.labels[d], "mark" | "advmod")))
                {
                    continue;
                }
                // What is done without, or instead of, is not done: "ended without a
                // deal", "left without signing".
                if matches!(s.case_of(i), Some("without"))
                    || s.dependents(i)
                        .any(|d| matches!(s.labels[d], "mark" | "case") && lower[d] == "without")
                {
                    continue;
                }
                self.code_cue(&s, &doc, input, i, cue, &mut events, &mut diagnostics);
            }
        }
        // An event whose clause gives no date takes the date (and the place) of a
        // sentence next to it that names it again: "… have died after a fight with
        // Chinese troops. The clash two days ago was …", "The fighting erupted on Monday
        // night in the Galwan Valley. Soldiers on both sides attacked each other …".
        // (by sets and binary searches: a text may hold a hundred thousand events)
        let assumed: std::collections::HashSet<(usize, usize)> = diagnostics
            .iter()
            .filter(|d| d.code == "event-date-assumed")
            .filter_map(|d| d.span.map(|s| (s.byte_start, s.byte_end)))
            .collect();
        let mut dated: std::collections::HashSet<(usize, usize)> = Default::default();
        for e in events.iter_mut() {
            let key = (e.evidence.byte_start, e.evidence.byte_end);
            if !assumed.contains(&key) {
                continue;
            }
            let Some(nouns) = event_nouns(&e.plover) else { continue };
            let at = input.sentences.partition_point(|s| s.span.byte_end <= e.evidence.byte_start);
            let Some(here) = input.sentences.get(at) else { continue };
            let names_it = |s: &Sentence| {
                s.paragraph.abs_diff(here.paragraph) <= 1 && {
                    let opening: Vec<String> = input.tokens[s.tokens.clone()]
                        .iter()
                        .take(4)
                        .map(|t| t.span.text(input.text).to_lowercase())
                        .collect();
                    opening.windows(2).any(|w| {
                        matches!(w[0].as_str(), "the" | "this" | "that")
                            && nouns.contains(&w[1].as_str())
                    })
                }
            };
            // (the next sentence, the one before, then one further each way)
            let near: Vec<&Sentence> = [at + 1, at.wrapping_sub(1), at + 2, at.wrapping_sub(2)]
                .into_iter()
                .filter_map(|i| input.sentences.get(i))
                .filter(|s| names_it(s))
                .collect();
            let times = input.times;
            let date_in = |s: &Sentence| {
                let first = times.partition_point(|t| t.span.byte_start < s.span.byte_start);
                times[first..].iter().take_while(|t| t.span.byte_end <= s.span.byte_end).find(|t| {
                    t.value.len() >= 10 && t.value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                })
            };
            let Some(date) = near.iter().find_map(|s| date_in(s)) else { continue };
            e.date = Some(date.value.chars().take(10).collect());
            dated.insert(key);
            // (and its place, when one of them names one with its country: "on a
            // ridge in the Galwan Valley")
            if let Some((p, _)) = near.iter().find_map(|s| doc.places_within(s.span).next()) {
                e.place = Some(input.places[p].name.clone());
            }
        }
        diagnostics.retain(|d| {
            d.code != "event-date-assumed"
                || !d.span.is_some_and(|s| dated.contains(&(s.byte_start, s.byte_end)))
        });
        // An event of the same day between the same parties, without a place of its
        // own, happened where the others did.
        for k in 0..events.len() {
            // Intentions and other statements are not located.
            if events[k].place.is_some() || events[k].plover == "AGREE" {
                continue;
            }
            let pair = |e: &Event| {
                let mut p = [e.source.clone(), e.target.clone()];
                p.sort();
                p
            };
            let found = events.iter().find(|o| {
                o.place.is_some()
                    && !o.reported
                    && !events[k].reported
                    && o.date == events[k].date
                    && pair(o) == pair(&events[k])
            });
            if let Some(place) = found.and_then(|o| o.place.clone()) {
                events[k].place = Some(place);
            }
        }
        // The actors the events made; a state named only by its places ("in Geneva")
        // is shown by their mentions.
        let mut actors = doc.extra.borrow().clone();
        for actor in actors.iter_mut().filter(|a| a.mentions.is_empty()) {
            actor.mentions = input
                .places
                .iter()
                .filter(|p| p.country.is_some() && p.country == actor.country)
                .flat_map(|p| p.mentions.iter().copied())
                .collect();
            actor.mentions.sort_by_key(|m| m.span.byte_start);
        }
        // An event needs a party that event data can code: a state, an international
        // organisation, or an actor acting for one or for a sector of one (a minister,
        // the police, protesters). Between a company and its product, or two names the
        // knowledge base does not know, nothing political happened ("Brightpath offers
        // online courses", "the camera captures the night sky").
        // (A state the coder knows only through a place, "a course from the University
        // of Vermont", makes no event codable on its own.)
        // (a group that acts on a state or for one, "rebels", "Colombian police", or
        // one named as a state's, "Indian students"; not "companies" nor "students in
        // Ohio", which need a party that can be coded)
        let named_state_within = |g: &Actor| {
            input
                .actors
                .iter()
                .filter(|a| a.kind == ActorKind::State && a.country == g.country)
                .any(|a| {
                    g.mentions.iter().any(|n| {
                        let at =
                            a.mentions.partition_point(|m| m.span.byte_start < n.span.byte_start);
                        a.mentions.get(at).is_some_and(|m| m.span.byte_end <= n.span.byte_end)
                    })
                })
        };
        let codable: std::collections::HashSet<&ActorId> = input
            .actors
            .iter()
            .filter(|a| a.kind == ActorKind::State || a.country.is_some() || a.sector.is_some())
            .chain(actors.iter().filter(|a| {
                a.kind == ActorKind::Group
                    && (a.sector.as_deref().is_some_and(|s| {
                        !matches!(s, "BUS" | "EDU" | "CVL" | "MED" | "LAB" | "REF")
                    }) || named_state_within(a))
            }))
            .map(|a| &a.id)
            .collect();
        let codable = |id: &Option<ActorId>| id.as_ref().is_some_and(|id| codable.contains(id));
        events.retain(|e| codable(&e.source) || codable(&e.target));
        let events = merge(events);
        // (an actor made for a reading that no event kept is no actor of the text)
        let used: std::collections::HashSet<&ActorId> =
            events.iter().flat_map(|e| e.source.iter().chain(&e.target)).collect();
        actors.retain(|a| used.contains(&a.id));
        Coded { events, actors, diagnostics }
    }

    /// Whether an actor may be a party to events (news media may not).
    fn input_sector_ok(&self, input: &EventInput<'_>, a: usize) -> bool {
        input.actors.get(a).is_none_or(|actor| actor.sector.as_deref() != Some("MED"))
    }

    /// The longest cue of `candidates` that fits token `i` (part of speech, and the
    /// word that must come with it).
    fn best_cue(&self, s: &Parsed<'_>, i: usize, candidates: &[usize]) -> Option<&Cue> {
        let tag = s.tags[i];
        let mut best: Option<&Cue> = None;
        for &c in candidates {
            let cue = &self.cues[c];
            let fits = match cue.kind {
                Kind::Verb => {
                    matches!(tag, Upos::Verb)
                        || s.misparsed_verb(i)
                        // "would free the prisoners", "free" tagged an adjective
                        || (tag == Upos::Adj
                            && i > 0
                            && matches!(
                                s.lower[i - 1].as_str(),
                                "would" | "will" | "could" | "should" | "can" | "may" | "might"
                                    | "must" | "to"
                            )
                            && s.dependents(i).any(|d| s.labels[d] == "obj"))
                }
                Kind::Noun => matches!(tag, Upos::Noun | Upos::Propn),
                Kind::Adj => matches!(tag, Upos::Adj | Upos::Verb),
            };
            if !fits {
                continue;
            }
            if let Some(rest) = &cue.rest {
                // A particle or preposition must mark a phrase of the cue ("fire at",
                // "welcome to Baku", not "welcome the decision to reopen"); a noun
                // must be in the cue's phrase.
                let function = |j: usize| {
                    matches!(s.tags[j], Upos::Adp | Upos::Part | Upos::Adv | Upos::Sconj)
                };
                let shallow = s.misparsed_verb(i);
                // (with no other predicate between them: "made Japan wary of offering
                // concessions" makes none)
                let direct = |j: usize| {
                    let mut at = s.heads[j];
                    while let Some(h) = at
                        && h != i
                    {
                        if matches!(s.tags[h], Upos::Verb | Upos::Adj)
                            && matches!(s.labels[h], "xcomp" | "advcl" | "ccomp" | "acl")
                            && !cue.middle.iter().any(|m| *m == s.lower[h])
                        {
                            return false;
                        }
                        at = s.heads[h];
                    }
                    true
                };
                // (a preposition marks a phrase of the cue itself, not of a noun after
                // it: "spoke out on the peace process with the Palestinians" is no
                // speaking with them)
                let own_phrase = |j: usize| {
                    s.labels[j] != "case"
                        || s.heads[j].and_then(|h| s.heads[h]).is_none_or(|g| {
                            g == i
                                || !matches!(s.tags[g], Upos::Noun | Upos::Propn)
                                || !s.dependents(g).any(|c| s.labels[c] == "case")
                        })
                };
                let found = (i + 1..s.tokens.len().min(i + 8)).find(|&j| {
                    singular(&s.lower[j]) == singular(rest)
                        && ((shallow && j <= i + 4)
                            || (s.depth_under(j, i).is_some_and(|d| d <= 3)
                                && direct(j)
                                && own_phrase(j)
                                && (!function(j)
                                    || matches!(s.labels[j], "case" | "compound:prt" | "advmod"))))
                });
                // ... or, in the passive, be its subject ("Evidence against Russia was
                // presented by the US").
                let found = found.or_else(|| {
                    s.dependents(i).any(|d| s.labels[d] == "obl:agent").then_some(())?;
                    s.dependents(i).find(|&j| {
                        j < i
                            && s.labels[j] == "nsubj:pass"
                            && singular(&s.lower[j]) == singular(rest)
                    })
                });
                let Some(j) = found else { continue };
                if !cue.middle.iter().all(|m| (i + 1..j).any(|k| s.lower[k] == *m)) {
                    continue;
                }
            }
            // The most specific cue that fits: with a second word, then with more words.
            let weight = |c: &Cue| (c.rest.is_some(), c.middle.len());
            if best.is_none_or(|b| weight(cue) > weight(b)) {
                best = Some(cue);
            }
        }
        best
    }

    #[allow(clippy::too_many_arguments)]
    fn code_cue(
        &self,
        s: &Parsed<'_>,
        doc: &Document<'_>,
        input: &EventInput<'_>,
        i: usize,
        cue: &Cue,
        events: &mut Vec<Event>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        // Conditions are not events.
        if s.dependents(i)
            .any(|d| s.labels[d] == "mark" && matches!(s.lower[d].as_str(), "if" | "unless"))
        {
            return;
        }
        let negated = |t: usize| {
            s.dependents(t).any(|d| matches!(s.lower[d].as_str(), "not" | "n't" | "never"))
        };
        // A fighting word whose object makes it a metaphor.
        if s.subtree_words(i).any(|w| self.guards.metaphor.contains(w))
            && cue.cameo.starts_with(['1', '2'])
        {
            let root: u32 = cue.cameo[..2].parse().unwrap_or(0);
            if root >= 18 {
                return;
            }
        }
        // "vowed to continue the offensive": a verb of intention with an act after it
        // is that act's intention (coded on the act), not an event of its own.
        if cue.kind == Kind::Verb
            && cue.rest.is_none()
            && self.guards.intent.contains(&s.lower[i])
            && s.dependents(i).any(|d| {
                s.labels[d] == "xcomp"
                    && s.tags[d] == Upos::Verb
                    && s.dependents(d).any(|m| s.lower[m] == "to")
            })
        {
            return;
        }
        // A host receives visitors, not things: "received death threats", "received a
        // letter from …" host no one.
        if cue.frame == Frame::Host
            && s.dependents(i).any(|d| {
                s.labels[d] == "obj"
                    && s.actors[d].is_none()
                    && (self.guards.document.contains(singular(&s.lower[d]))
                        || self.guards.thing.contains(singular(&s.lower[d])))
            })
        {
            return;
        }
        // Declining to say, comment or confirm is no refusal between parties.
        if self.guards.refuse.contains(&s.lower[i])
            && s.dependents(i).any(|d| s.labels[d] == "xcomp" && is_saying_verb(&s.lower[d]))
        {
            return;
        }
        // A document released, provided or sent is published, not aid or a release
        // ("released a letter", "the files she provided to the committee").
        if matches!(cue.cameo.get(..2), Some("07" | "08"))
            && cue.rest.is_none()
            && s.dependents(i)
                .filter(|&d| matches!(s.labels[d], "obj" | "nsubj:pass"))
                .chain(s.heads[i].filter(|_| matches!(s.labels[i], "acl:relcl" | "acl")))
                .any(|d| self.guards.document.contains(singular(&s.lower[d])))
        {
            return;
        }
        // "as demonstrated by the walkout", "demonstrated its resolve": to show, not
        // to protest, which takes no object.
        if cue.cameo.starts_with("14")
            && cue.kind == Kind::Verb
            && s.lower[i].starts_with("demonstrat")
            && s.dependents(i).any(|d| {
                matches!(s.labels[d], "obj" | "ccomp" | "aux:pass" | "nsubj:pass")
                    || (s.labels[d] == "obl" && s.case_of(d) == Some("by"))
                    || (s.labels[d] == "mark" && s.lower[d] == "as")
            })
        {
            return;
        }
        // What is feared or claimed in a "that" clause after its noun is not an event,
        // wherever the parser hung the clause ("for fear that the other side will ask for more").
        if let Some(m) = s.dependents(i).find(|&d| s.labels[d] == "mark" && s.lower[d] == "that")
            && m > 0
            && s.tags[m - 1] == Upos::Noun
            && self.guards.content.contains(singular(&s.lower[m - 1]))
        {
            return;
        }
        // Nor is what one is wary of or reluctant to do ("wary of offering concessions").
        if matches!(s.labels[i], "advcl" | "xcomp")
            && s.heads[i].is_some_and(|h| {
                s.tags[h] == Upos::Adj
                    && matches!(
                        s.lower[h].as_str(),
                        "wary"
                            | "reluctant"
                            | "hesitant"
                            | "afraid"
                            | "loath"
                            | "loth"
                            | "cautious"
                    )
            })
        {
            return;
        }
        // "it struck me as odd": a figure of speech; "struck down the law": a ruling.
        if matches!(cue.cameo.get(..2), Some("18" | "19" | "20"))
            && matches!(s.lower[i].as_str(), "struck" | "strikes" | "strike" | "striking")
            && s.dependents(i).any(|d| {
                (s.labels[d] == "obj" && matches!(s.lower[d].as_str(), "me" | "us"))
                    || (s.lower[d] == "down" && matches!(s.labels[d], "compound:prt" | "advmod"))
            })
        {
            return;
        }
        // "to meet NATO's standards", "met the deadline": a requirement fulfilled, not
        // a meeting.
        if cue.frame == Frame::Meet
            && s.lower[i].starts_with("me")
            && s.dependents(i).any(|d| {
                s.labels[d] == "obj"
                    && matches!(
                        singular(&s.lower[d]),
                        "standard"
                            | "requirement"
                            | "criterion"
                            | "criteria"
                            | "goal"
                            | "target"
                            | "demand"
                            | "need"
                            | "expectation"
                            | "deadline"
                            | "condition"
                            | "obligation"
                            | "cost"
                            | "commitment"
                            | "benchmark"
                    )
            })
        {
            return;
        }
        // "Republicans take control of the House": a majority won, not a territory; "seized
        // on his remarks": made use of, not taken.
        if cue.cameo.starts_with("19")
            && s.lower[i].starts_with(['t', 's'])
            && s.dependents(i).any(|d| {
                let control = s.labels[d] == "obj" && s.lower[d] == "control";
                control
                    && s.dependents(d).chain(s.dependents(i)).any(|o| {
                        matches!(s.labels[o], "nmod" | "obl")
                            && s.case_of(o) == Some("of")
                            && matches!(
                                s.lower[o].as_str(),
                                "house"
                                    | "senate"
                                    | "congress"
                                    | "parliament"
                                    | "chamber"
                                    | "legislature"
                                    | "assembly"
                                    | "majority"
                                    | "committee"
                                    | "agenda"
                                    | "narrative"
                                    | "debate"
                                    | "company"
                                    | "board"
                            )
                    })
            })
        {
            return;
        }
        if cue.cameo.starts_with("17")
            && s.lower[i].starts_with("seiz")
            && s.dependents(i).any(|d| {
                (matches!(s.lower[d].as_str(), "on" | "upon")
                    && matches!(s.labels[d], "compound:prt" | "advmod"))
                    || (s.labels[d] == "obl" && matches!(s.case_of(d), Some("on" | "upon")))
            })
        {
            return;
        }
        // "MSNBC host Chris Matthews", "talk show host": a title, not a host.
        if cue.frame == Frame::Host
            && s.lower[i] == "host"
            && (i + 1 < s.tokens.len() && (s.tags[i + 1] == Upos::Propn || s.lower[i + 1] == ",")
                || (i > 0
                    && (s.tags[i - 1] == Upos::Propn
                        || matches!(
                            s.lower[i - 1].as_str(),
                            "show" | "radio" | "tv" | "television" | "talk" | "the" | "a" | "an"
                        ))))
        {
            return;
        }
        // "helped shape the law", "helped end the war": the act helped with is the
        // event, if any; "help" alone is aid only to a party.
        if cue.cameo.starts_with("07")
            && s.lower[i].starts_with("help")
            && s.dependents(i).any(|d| {
                s.labels[d] == "xcomp" || (s.labels[d] == "ccomp" && s.tags[d] == Upos::Verb)
            })
        {
            return;
        }
        // "leaving it to his deputy to engage": fighting needs someone fought.
        if cue.cameo.starts_with("19")
            && s.lower[i].starts_with("engag")
            && !s.dependents(i).any(|d| matches!(s.labels[d], "obj" | "obl" | "nsubj:pass"))
        {
            return;
        }
        // "the political capital invested in the transition": a figure of speech.
        if s.lower[i].starts_with("invest")
            && s.dependents(i)
                .filter(|&d| matches!(s.labels[d], "obj" | "nsubj:pass"))
                .chain(s.heads[i].filter(|_| matches!(s.labels[i], "acl" | "acl:relcl")))
                .any(|d| {
                    matches!(
                        s.lower[d].as_str(),
                        "capital"
                            | "time"
                            | "energy"
                            | "effort"
                            | "efforts"
                            | "credibility"
                            | "prestige"
                            | "hope"
                            | "hopes"
                            | "faith"
                    )
                })
        {
            return;
        }
        // "sent marching orders": an idiom.
        if s.lower[i] == "marching" && s.lower.get(i + 1).is_some_and(|w| w == "orders") {
            return;
        }
        // "was met with protests": a reception, not a meeting.
        if cue.frame == Frame::Meet
            && s.lower[i] == "met"
            && s.dependents(i).any(|d| matches!(s.labels[d], "aux:pass" | "nsubj:pass"))
        {
            return;
        }
        let mut cameo = cue.cameo.clone();
        // An attack made by words is criticism: one by a text ("a tweet attacking her",
        // "the ad attacks him", "an ad hitting him") or for a reason ("attacked Clinton
        // for her vote").
        if matches!(cameo.get(..2), Some("18" | "19" | "20"))
            && ["attack", "hit", "hammer", "blast", "slam", "pound", "bash", "target"]
                .iter()
                .any(|w| s.lower[i].starts_with(w))
        {
            let by_text = s
                .dependents(i)
                .filter(|&d| s.labels[d].starts_with("nsubj"))
                .chain(s.heads[i].filter(|_| s.labels[i] == "acl"))
                .any(|d| self.guards.verbal.contains(singular(&s.lower[d])));
            let for_reason = s.dependents(i).any(|d| {
                s.labels[d] == "obl"
                    && s.case_of(d) == Some("for")
                    && !matches!(
                        singular(&s.lower[d]),
                        "time"
                            | "day"
                            | "week"
                            | "month"
                            | "year"
                            | "decade"
                            | "hour"
                            | "night"
                            | "minute"
                            | "instance"
                            | "example"
                            | "while"
                            | "now"
                    )
            }) || s.dependents(i).any(|d| {
                s.labels[d] == "advcl"
                    && s.lower[d].ends_with("ing")
                    && s.dependents(d).any(|m| s.lower[m] == "for")
            });
            if by_text || for_reason {
                cameo = "111".into();
            }
            // Sanctions or a law "targeting" someone are no attack: sanctions, an
            // embargo or tariffs are a sanction on them (163), other measures nothing
            // coded ("sanctions targeting Russian banks", "a bill targeting TikTok").
            let measure = s
                .dependents(i)
                .filter(|&d| s.labels[d].starts_with("nsubj"))
                .chain(s.heads[i].filter(|_| s.labels[i] == "acl"))
                .map(|d| singular(&s.lower[d]))
                .find(|w| {
                    matches!(
                        *w,
                        "sanction"
                            | "embargo"
                            | "tariff"
                            | "measure"
                            | "restriction"
                            | "law"
                            | "legislation"
                            | "bill"
                            | "rule"
                            | "regulation"
                            | "policy"
                            | "policie"
                            | "probe"
                            | "investigation"
                            | "ban"
                    )
                });
            if let Some(m) = measure
                && s.lower[i].starts_with("target")
            {
                if !matches!(m, "sanction" | "embargo" | "tariff") {
                    return;
                }
                cameo = "163".into();
            }
        }
        let mut clause = i;
        let mut appeal_to: Option<usize> = None;
        // An intention is its subject's alone: "France seeks to mend ties with China"
        // says nothing of China's.
        let mut intended = false;
        // Intentions and refusals above the cue: "wants to attack", "refused to meet".
        let mut up = i;
        for _ in 0..3 {
            let Some(h) = s.heads[up] else { break };
            if !matches!(s.labels[up], "xcomp" | "advcl" | "ccomp" | "obl" | "obj") {
                break;
            }
            let after_be = || {
                s.dependents(h).any(|d| {
                    matches!(s.labels[d], "cop" | "aux" | "aux:pass")
                        && matches!(
                            s.lower[d].as_str(),
                            "is" | "are" | "was" | "were" | "be" | "been" | "'s" | "'re"
                        )
                })
            };
            if self.guards.intent.contains(&s.lower[h])
                || self.guards.intent.contains(&format!("{} {}", s.lower[h], s.next_word(h)))
                || (self.guards.intent_be.contains(&s.lower[h]) && after_be())
            {
                // "wants Putin to attack": an appeal to Putin, not an intention.
                if s.labels[up] == "xcomp"
                    && let Some(o) =
                        s.dependents(h).find(|&d| s.labels[d] == "obj" && s.actors[d].is_some())
                {
                    appeal_to = Some(o);
                    cameo = "020".into();
                } else if s.lower[h].starts_with("threaten")
                    && matches!(cameo.get(..2), Some("15" | "16" | "17"))
                {
                    // "threatened to deploy missiles", "threatened to cut ties": a
                    // threat (of force, 138; else 130).
                    cameo = if cameo.starts_with("15") { "138" } else { "130" }.into();
                    intended = true;
                } else {
                    cameo = intention(&cameo);
                    intended = true;
                }
                clause = h;
                break;
            }
            if self.guards.refuse.contains(&s.lower[h]) {
                // (refusing to attack, or refraining from it, is no event; nor is
                // declining to say what will happen)
                let root: u32 = cameo.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
                let saying = is_saying_verb(&s.lower[up]);
                if root >= 13 || saying {
                    return;
                }
                cameo = "120".into();
                clause = h;
                break;
            }
            // "Israel announced it would free the prisoners": an intention stated, by
            // the one who will act ("The Kremlin said Putin would host" is a plan
            // reported).
            if s.labels[up] == "ccomp"
                && self.guards.announce.contains(&s.lower[h])
                && s.dependents(up).any(|d| {
                    s.labels[d] == "nsubj"
                        && matches!(s.lower[d].as_str(), "it" | "he" | "she" | "they" | "we" | "i")
                })
                && s.dependents(up).any(|d| {
                    s.labels[d] == "aux" && matches!(s.lower[d].as_str(), "would" | "will" | "'ll")
                })
            {
                cameo = intention(&cameo);
                intended = cameo != cue.cameo;
                break;
            }
            up = h;
        }
        // Negation: a refused cooperation is a rejection; any other negated event is
        // no event.
        if negated(i) || (clause != i && negated(clause)) {
            let root: u32 = cameo.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
            if (3..=8).contains(&root) {
                cameo = "120".into();
            } else {
                return;
            }
        }
        let Some(code) = self.codes.get(&cameo) else { return };
        if code.plover == "-" {
            return;
        }
        // What a demand, guarantee or proposal says ("guarantees that NATO will not
        // admit Ukraine") is not an event.
        let mut up = i;
        for _ in 0..3 {
            let Some(h) = s.heads[up] else { break };
            let that = s
                .dependents(up)
                .any(|d| d < up && matches!(s.lower[d].as_str(), "that" | "whether"));
            if matches!(s.labels[up], "acl" | "ccomp" | "acl:relcl")
                && matches!(s.tags[h], Upos::Noun | Upos::Propn)
                && that
                && (s.labels[up] != "acl:relcl"
                    || self.guards.content.contains(singular(&s.lower[h])))
            {
                return;
            }
            if s.labels[up] != "conj" {
                break;
            }
            up = h;
        }
        let quote = doc.quote_at(s.tokens[i].span);
        let resolve = |t: usize| doc.resolve(s, t, quote);

        // The arguments.
        let mut sources: Vec<(usize, usize)> = Vec::new();
        let mut targets: Vec<(usize, usize)> = Vec::new();
        if let Some(o) = appeal_to {
            for d in
                s.dependents(clause).filter(|&d| matches!(s.labels[d], "nsubj" | "nsubj:outer"))
            {
                sources.extend(resolve(d).into_iter().map(|a| (a, d)));
            }
            targets.extend(resolve(o).into_iter().map(|a| (a, o)));
        }
        let passive =
            s.dependents(i).any(|d| s.labels[d] == "aux:pass" || s.labels[d] == "nsubj:pass");
        for d in s.dependents(i).filter(|_| appeal_to.is_none()) {
            let label = s.labels[d];
            match label {
                "nsubj" | "nsubj:outer" | "csubj" if cue.kind != Kind::Noun => {
                    // Two subjects, a lone word right before the other's phrase, is a
                    // misparse of one phrase ("Armenian | Prime Minister Nikol
                    // Pashinyan held"): the one nearer the verb heads it, if it names
                    // an actor ("lawmakers | Tuesday endorsed").
                    let nearer = s.dependents(i).any(|e| {
                        e > d
                            && (e < i || d > i)
                            && s.labels[e] == "nsubj"
                            && s.subtree(d) == [d]
                            && s.subtree(e).into_iter().min() == Some(d + 1)
                            && !resolve(e).is_empty()
                    });
                    if label == "nsubj" && nearer {
                        continue;
                    }
                    sources.extend(resolve(d).into_iter().map(|a| (a, d)));
                }
                "nsubj:pass" => targets.extend(resolve(d).into_iter().map(|a| (a, d))),
                "obl:agent" => sources.extend(resolve(d).into_iter().map(|a| (a, d))),
                "obj" | "iobj" if cue.kind == Kind::Verb => {
                    if self.guards.topic.contains(&s.lower[i]) {
                        // What is discussed is a topic, not a party ("discussed an
                        // exchange of Palestinian prisoners"), but for the partner the
                        // parser hung from it ("discussed gas supplies with Qatar").
                        for w in s
                            .dependents(d)
                            .filter(|&w| s.labels[w] == "nmod" && s.case_of(w) == Some("with"))
                        {
                            targets.extend(resolve(w).into_iter().map(|a| (a, w)));
                        }
                    } else {
                        targets.extend(resolve(d).into_iter().map(|a| (a, d)));
                    }
                }
                // "rammed and boarded Philippine boats": verbs joined share the object
                // the last one holds.
                "conj"
                    if cue.kind == Kind::Verb
                        && s.tags[d] == Upos::Verb
                        && !s.dependents(i).any(|o| s.labels[o] == "obj")
                        && !s.dependents(d).any(|e| s.labels[e].starts_with("nsubj")) =>
                {
                    for o in s.dependents(d).filter(|&o| s.labels[o] == "obj") {
                        targets.extend(resolve(o).into_iter().map(|a| (a, o)));
                    }
                }
                "obl" | "nmod" | "obl:unmarked" => {
                    let case = s.case_of(d);
                    // "mediated by Qatar together with Egypt": a partner in the act,
                    // not its target.
                    let partner = case == Some("alongside")
                        || (case == Some("with")
                            && s.dependents(d)
                                .find(|&c| s.labels[c] == "case")
                                .and_then(|c| c.checked_sub(1))
                                .is_some_and(|w| {
                                    matches!(s.lower[w].as_str(), "together" | "along")
                                }));
                    if partner {
                        sources.extend(resolve(d).into_iter().map(|a| (a, d)));
                    } else if case.is_some_and(|c| cue.preps.iter().any(|p| p == c))
                        || (cue.frame == Frame::Meet && matches!(case, Some("with" | "between")))
                        || (cue.frame == Frame::Visit && matches!(case, Some("to" | "in")))
                    {
                        targets.extend(resolve(d).into_iter().map(|a| (a, d)));
                    } else if passive && case == Some("by") {
                        sources.extend(resolve(d).into_iter().map(|a| (a, d)));
                    }
                }
                "nmod:poss" | "amod" | "compound" if cue.kind == Kind::Noun => {
                    sources.extend(resolve(d).into_iter().map(|a| (a, d)));
                }
                // ("Norway, together with Sweden, condemned …", the partner hung
                // from "together")
                "advmod" if matches!(s.lower[d].as_str(), "together" | "along") => {
                    for w in s.dependents(d).filter(|&w| s.case_of(w) == Some("with")) {
                        sources.extend(resolve(w).into_iter().map(|a| (a, w)));
                    }
                }
                _ => {}
            }
        }
        // "A rocket was fired at Lebanon from Syria": an attack in the
        // passive without its agent comes from the state of the place it was launched
        // from.
        if sources.is_empty() && passive && matches!(cameo.get(..2), Some("18" | "19" | "20")) {
            for d in
                s.dependents(i).filter(|&d| s.labels[d] == "obl" && s.case_of(d) == Some("from"))
            {
                // (a state named, "from Syria", or a place in one, "from the Gaza Strip")
                let from = std::iter::once(d)
                    .chain(s.dependents(d).filter(|&c| s.labels[c] == "compound"))
                    .find_map(|k| {
                        s.actors[k].filter(|&a| doc.is_state(a)).or_else(|| {
                            let p = doc.place_at_token(s.base + k)?;
                            doc.state(input.places[p].country.as_deref()?)
                        })
                    });
                if let Some(a) = from {
                    sources.push((a, d));
                }
            }
        }
        // Under an intention, the intention's phrases may name the target too ("wants a
        // settlement with Azerbaijan").
        if clause != i && appeal_to.is_none() {
            for d in s.dependents(clause) {
                let case = s.case_of(d);
                if matches!(s.labels[d], "obl" | "nmod")
                    && case.is_some_and(|c| cue.preps.iter().any(|p| p == c))
                {
                    targets.extend(resolve(d).into_iter().map(|a| (a, d)));
                }
            }
        }
        // The object of a verb-and-noun cue carries the prepositions too: "imposed
        // sanctions on Iran".
        if cue.rest.is_some() {
            for d in
                s.dependents(i).filter(|&d| matches!(s.labels[d], "obj" | "obl" | "nsubj:pass"))
            {
                for e in s.dependents(d) {
                    let case = s.case_of(e);
                    if matches!(s.labels[e], "nmod" | "obl" | "acl")
                        && case.is_some_and(|c| cue.preps.iter().any(|p| p == c))
                    {
                        targets.extend(resolve(e).into_iter().map(|a| (a, e)));
                    }
                }
            }
            targets.retain(|(_, t)| !s.lower[*t].starts_with(cue.rest.as_deref().unwrap_or("")));
        }
        // A visit goes to one place, or to places named together ("visited Paris and
        // Berlin"): the argument nearest the cue ("attended a summit in Egypt on the
        // drought in Somalia" goes to Egypt).
        if cue.frame == Frame::Visit
            && let Some(&(_, nearest)) = targets.iter().min_by_key(|&&(_, t)| t.abs_diff(i))
        {
            let first_conjunct = |mut t: usize| {
                while s.labels[t] == "conj"
                    && let Some(h) = s.heads[t]
                {
                    t = h;
                }
                t
            };
            targets.retain(|&(_, t)| first_conjunct(t) == first_conjunct(nearest));
        }
        // "blamed the intrusion on China": with the cue's preposition naming a party,
        // the object is the thing blamed, not a party.
        if cue.frame == Frame::Act
            && cue.preps.iter().any(|p| p == "on")
            && targets.iter().any(|&(_, t)| s.case_of(t) == Some("on"))
        {
            targets.retain(|&(_, t)| s.labels[t] != "obj");
        }
        // A fight or a meeting named by a noun in a phrase of a verb, with one party
        // named ("died in a fight with Chinese troops"): the verb's subject is the
        // other.
        if cue.kind == Kind::Noun
            && cue.frame == Frame::Meet
            && sources.is_empty()
            && !targets.is_empty()
            && matches!(s.labels[i], "obl" | "nmod")
            && let Some(v) = s.heads[i]
            && let Some(d) =
                s.dependents(v).find(|&d| matches!(s.labels[d], "nsubj" | "nsubj:pass"))
        {
            sources.extend(
                resolve(d)
                    .into_iter()
                    .filter(|a| !targets.iter().any(|(t, _)| t == a))
                    .map(|a| (a, d)),
            );
        }
        // A meeting noun with its parties named ("a summit between Biden and Putin")
        // needs no one else.
        // (but "his deals with the governments of Turkey and Qatar" are his, and
        // "talks with Israel and Hamas" someone else's with each)
        if cue.kind == Kind::Noun
            && cue.frame == Frame::Meet
            && sources.is_empty()
            && targets.len() >= 2
            && !s.dependents(i).any(|d| s.labels[d] == "nmod:poss")
            && !targets.iter().all(|&(_, t)| {
                let mut k = t;
                while s.labels[k] == "conj"
                    && let Some(h) = s.heads[k]
                {
                    k = h;
                }
                s.case_of(k) == Some("with")
            })
        {
            sources = targets.clone();
        }
        // A noun that is the object of a verb is that verb's event ("relaxed
        // sanctions", "ignored the truce"), unless the verb only carries the noun
        // ("held talks", "launched an attack").
        if cue.kind == Kind::Noun
            && matches!(s.labels[i], "obj" | "nsubj:pass")
            && let Some(h) = s.heads[i]
            && !LIGHT_VERBS.contains(&s.lower[h].as_str())
            && !self.guards.intent.contains(&s.lower[h])
        {
            return;
        }
        // Nor is a noun in a phrase of a verb the lexicon codes with that phrase
        // ("withdrew from the agreement", "pulled out of the talks").
        if cue.kind == Kind::Noun
            && s.labels[i] == "obl"
            && let Some(h) = s.heads[i]
            && let Some(c) = self.forms.get(&s.lower[h]).and_then(|c| self.best_cue(s, h, c))
            && s.case_of(i).is_some_and(|p| c.preps.iter().any(|q| q == p))
        {
            return;
        }
        // A noun that only describes another ("the architect of Israel's peace treaty
        // with Egypt", "rejoined the government under a peace pact") names a past
        // event, not one reported.
        if cue.kind == Kind::Noun
            && ((s.labels[i] == "nmod"
                && s.case_of(i) == Some("of")
                && s.heads[i].is_some_and(|h| {
                    matches!(s.tags[h], Upos::Noun | Upos::Propn)
                        && !self.forms.contains_key(&s.lower[h])
                }))
                || (s.labels[i] == "obl" && s.case_of(i) == Some("under")))
        {
            return;
        }
        // A noun under a negated or ruled-out predicate is no event.
        if cue.kind == Kind::Noun && s.heads[i].is_some_and(negated) {
            return;
        }
        // Nor is one set aside ("rather than a clash between two governments, …",
        // "instead of talks"), nor an act only talked or thought about ("heard him talk
        // about killing the prime minister").
        let set_aside = s.dependents(i).any(|d| {
            s.labels[d] == "case"
                && ((s.lower[d] == "than" && d > 0 && s.lower[d - 1] == "rather")
                    || (s.lower[d] == "of" && d > 0 && s.lower[d - 1] == "instead"))
        });
        let talked_about = matches!(s.labels[i], "obl" | "advcl" | "nmod")
            && matches!(s.case_of(i), Some("about"))
            && s.heads[i].is_some_and(|h| {
                matches!(
                    s.lower[h].trim_end_matches("ing").trim_end_matches("ed").trim_end_matches('s'),
                    "talk"
                        | "spoke"
                        | "speak"
                        | "joke"
                        | "dream"
                        | "think"
                        | "thought"
                        | "fantasiz"
                        | "fantasis"
                        | "wrote"
                        | "write"
                        | "writ"
                        | "boast"
                        | "brag"
                        | "muse"
                )
            });
        if set_aside || talked_about {
            return;
        }
        // A noun under a predicate: the predicate's subject acts ("Azerbaijan is
        // interested in a settlement").
        if sources.is_empty()
            && cue.kind == Kind::Noun
            && matches!(s.labels[i], "obl" | "obj" | "xcomp")
            && let Some(h) = s.heads[i]
        {
            for d in s.dependents(h).filter(|&d| matches!(s.labels[d], "nsubj" | "nsubj:outer")) {
                sources.extend(resolve(d).into_iter().map(|a| (a, d)));
            }
        }
        // A list of names the parser took for the sentence's head, with the verb as its
        // last conjunct ("The US, Russia, and Switzerland met"): the names before the
        // verb are its subjects too.
        if cue.kind == Kind::Verb
            && s.labels[i] == "conj"
            && let Some(h) = s.heads[i]
            && h < i
            && matches!(s.tags[h], Upos::Noun | Upos::Propn)
            && !passive
        {
            for n in std::iter::once(h).chain(s.dependents(h).filter(|&d| {
                d < i && s.labels[d] == "conj" && matches!(s.tags[d], Upos::Noun | Upos::Propn)
            })) {
                for a in resolve(n) {
                    if !sources.iter().any(|(x, _)| *x == a) {
                        sources.push((a, n));
                    }
                }
            }
        }
        // No subject of its own: that of the verb it hangs from ("agreed to lift",
        // "arrived and met"), or the noun a participle describes. (Not for a passive:
        // "the doctor who ran the clinic, a year after he was shot" was not
        // killed by himself.)
        if sources.is_empty() && cue.kind != Kind::Noun && !passive {
            let mut at = i;
            for _ in 0..3 {
                let Some(h) = s.heads[at] else { break };
                match s.labels[at] {
                    "xcomp" | "conj" | "advcl" => {
                        // (and that of a passive it completes: "is scheduled to attend")
                        let xcomp = s.labels[at] == "xcomp";
                        // (the one trained, ordered or helped to act acts: "ordered the
                        // militia to seize the bridge")
                        // (and so are troops sent or trained for a purpose: "training
                        // rebel fighters to battle …", but not a state attacked "to
                        // punish" it)
                        let purpose = s.labels[at] == "advcl";
                        let group_noun = |d: usize| {
                            self.groups.contains_key(&s.lower[d])
                                || self.groups.contains_key(singular(&s.lower[d]))
                        };
                        // (and the one blamed or praised for an act did it: "assailed
                        // Ukraine for holding exercises with NATO")
                        let reason = purpose
                            && s.dependents(at).any(|m| {
                                m < at
                                    && matches!(s.labels[m], "mark" | "case")
                                    && matches!(s.lower[m].as_str(), "for" | "of")
                            });
                        // (or called on: "called on all states to cooperate")
                        let called_on = |d: usize| {
                            s.labels[d] == "obl"
                                && matches!(s.case_of(d), Some("on" | "upon"))
                                && s.lower[h].starts_with("call")
                        };
                        let object = s.dependents(h).find(|&d| {
                            s.tags[h] == Upos::Verb
                                && (s.labels[d] == "obj" || called_on(d))
                                && d < at
                                && s.tags[d] != Upos::Pron
                                && (reason
                                    || ((xcomp || called_on(d) || (purpose && group_noun(d)))
                                        && s.dependents(at).any(|m| s.lower[m] == "to" && m < at)))
                        });
                        let subject: Vec<usize> = match object {
                            Some(o) => vec![o],
                            None => s
                                .dependents(h)
                                .filter(|&d| {
                                    matches!(s.labels[d], "nsubj" | "nsubj:outer")
                                        || (xcomp && s.labels[d] == "nsubj:pass")
                                })
                                .collect(),
                        };
                        // (a subject right after a verb that lacks its object is that
                        // object, misread: "plots to kill President Ruiz were
                        // …")
                        let misread_object = |d: usize| {
                            let first = s.subtree(d).into_iter().min().unwrap_or(d);
                            first > i
                                && first <= i + 2
                                && !s
                                    .dependents(i)
                                    .any(|o| o > i && matches!(s.labels[o], "obj" | "ccomp"))
                        };
                        if let Some(&d) = subject.first().filter(|&&d| misread_object(d)) {
                            targets.extend(resolve(d).into_iter().map(|a| (a, d)));
                            break;
                        }
                        if let Some(&d) = subject.first() {
                            sources.extend(resolve(d).into_iter().map(|a| (a, d)));
                            // (a subject that names no actor may be a misreading:
                            // "warned that famine was imminent and urged Israel")
                            if !sources.is_empty() || s.labels[at] != "conj" {
                                break;
                            }
                        }
                        at = h;
                    }
                    // A participle: "-ing" is done by the noun it describes ("troops
                    // firing at"), the other kind to it ("men sought by Guyana").
                    "acl" if !passive => {
                        // (A noun at the root with a participle is a sentence whose
                        // verb the parser took for a participle: "Thousands of
                        // Georgians protested".)
                        if s.lower[i].ends_with("ing") || s.heads[h].is_none() {
                            sources.extend(resolve(h).into_iter().map(|a| (a, h)));
                            // "X issued statements condemning Y": the statements' author.
                            if sources.is_empty()
                                && let Some(v) = s.heads[h]
                                && let Some(d) = s
                                    .dependents(v)
                                    .find(|&d| matches!(s.labels[d], "nsubj" | "nsubj:outer"))
                            {
                                sources.extend(resolve(d).into_iter().map(|a| (a, d)));
                            }
                        } else if targets.is_empty() {
                            targets.extend(resolve(h).into_iter().map(|a| (a, h)));
                        }
                        break;
                    }
                    _ => break,
                }
            }
        }
        targets.retain(|(t, _)| !sources.iter().any(|(a, _)| a == t));
        // "attacked each other", "accused one another": the subjects, both ways.
        if sources.len() >= 2
            && s.dependents(i).any(|d| {
                let pair =
                    |a: &str, b: &str| s.lower[d] == a && s.dependents(d).any(|e| s.lower[e] == b);
                matches!(s.labels[d], "obj" | "obl")
                    && (pair("other", "each")
                        || pair("each", "other")
                        || pair("another", "one")
                        || (s.lower[d] == "another" && d > 0 && s.lower[d - 1] == "one"))
            })
        {
            targets = sources.clone();
        }
        // A subject "X and Y" of a meeting: both meet each other.
        if cue.frame == Frame::Meet && targets.is_empty() && sources.len() >= 2 {
            targets = sources.clone();
        }
        // Visits go to the state of the place visited.
        let mut place: Option<String> = None;
        let mut place_country: Option<String> = None;
        // The place: a phrase of the cue, or of its object ("exercises in Alaska").
        let objects: Vec<usize> = s.dependents(i).filter(|&d| s.labels[d] == "obj").collect();
        let phrases: Vec<usize> = s
            .dependents(i)
            .chain(objects.iter().flat_map(|&o| s.dependents(o).filter(|&d| s.labels[d] == "nmod")))
            .collect();
        for d in phrases {
            let case = s.case_of(d);
            let located = matches!(s.labels[d], "obl" | "obj" | "nmod")
                && (matches!(case, Some("in" | "at" | "to"))
                    || (cue.frame == Frame::Visit && s.labels[d] == "obj"));
            // A visit's object may be an occasion named by its place ("attended the
            // Beijing Olympics").
            let place_token = if cue.frame == Frame::Visit && s.labels[d] == "obj" {
                s.subtree(d).into_iter().find(|&k| doc.place_at_token(s.base + k).is_some())
            } else {
                Some(d)
            };
            if located
                && let Some(k) = place_token
                && let Some(p) = doc.place_at_token(s.base + k)
            {
                place = Some(input.places[p].name.clone());
                place_country = input.places[p].country.clone();
                if cue.frame == Frame::Visit
                    && targets.is_empty()
                    && let Some(country) = &input.places[p].country
                    && let Some(a) = doc.state(country)
                {
                    targets.push((a, d));
                }
            }
        }
        // Where the actor was when acting, said by a participle or a visit: "speaking
        // in Bangkok, called the launch …", "said during a visit to Paris".
        if place.is_none() {
            let subject = s.dependents(i).find(|&d| s.labels[d].starts_with("nsubj"));
            let around: Vec<usize> =
                s.dependents(i).chain(subject.into_iter().flat_map(|n| s.dependents(n))).collect();
            let located_in = |d: usize| {
                s.dependents(d).find_map(|e| {
                    let case = s.case_of(e);
                    (matches!(s.labels[e], "obl" | "nmod")
                        && matches!(case, Some("in" | "at" | "from" | "to")))
                    .then(|| doc.place_at_token(s.base + e))
                    .flatten()
                })
            };
            let found = around.iter().find_map(|&d| {
                let situation = matches!(s.labels[d], "advcl" | "acl")
                    && matches!(
                        s.lower[d].as_str(),
                        "speaking"
                            | "addressing"
                            | "visiting"
                            | "attending"
                            | "talking"
                            | "touring"
                    );
                let trip = matches!(s.labels[d], "obl")
                    && matches!(s.case_of(d), Some("on" | "during"))
                    && matches!(
                        s.lower[d].as_str(),
                        "visit" | "trip" | "tour" | "stop" | "stopover"
                    );
                if s.lower[d] == "visiting"
                    && s.labels[d] == "advcl"
                    && let Some(p) = s.dependents(d).find_map(|e| {
                        (s.labels[e] == "obj").then(|| doc.place_at_token(s.base + e)).flatten()
                    })
                {
                    return Some(p);
                }
                (situation || trip).then(|| located_in(d)).flatten()
            });
            if let Some(p) = found {
                place = Some(input.places[p].name.clone());
                place_country = input.places[p].country.clone();
            }
        }
        // At an occasion named before with its place: "met the leaders on the
        // sidelines of the summit" after "attending a regional summit in Bangkok".
        if place.is_none()
            && let Some(occasion) = s.subtree(i).into_iter().find(|&k| {
                k > 0
                    && s.lower[k - 1] == "the"
                    && matches!(
                        s.lower[k].as_str(),
                        "summit"
                            | "conference"
                            | "forum"
                            | "meeting"
                            | "talks"
                            | "games"
                            | "session"
                    )
                    && matches!(s.labels[k], "obl" | "nmod")
            })
        {
            let start = s.tokens[0].span.byte_start;
            let here = input.sentences.partition_point(|x| x.span.byte_end <= start);
            let found = input.sentences[here.saturating_sub(3)..here].iter().rev().find_map(|x| {
                let named = input.tokens[x.tokens.clone()]
                    .iter()
                    .find(|t| t.span.text(input.text).eq_ignore_ascii_case(&s.lower[occasion]))?;
                // (the place named nearest the occasion)
                doc.places_within(x.span)
                    .map(|(n, m)| (m.byte_start.abs_diff(named.span.byte_start), n))
                    .min()
                    .map(|(_, n)| n)
            });
            if let Some(p) = found {
                place = Some(input.places[p].name.clone());
                place_country = input.places[p].country.clone();
            }
        }
        // In a quote, what is praised or discussed without a party named is the
        // person spoken to ("our relations", "this conflict").
        if targets.is_empty()
            && let Some(q) = quote
            && let Some(addressee) = doc.addressee(q)
            && matches!(cue.frame, Frame::Act | Frame::Meet)
        {
            let speaker = doc.speaker(q);
            if sources.iter().any(|(a, _)| Some(*a) == speaker) {
                targets.push((addressee, i));
            }
        }
        // No target among the arguments: one named inside the object or a phrase
        // ("froze relations with Spain", "probed China's spying").
        if targets.is_empty()
            && cue.frame == Frame::Act
            && cue.kind != Kind::Noun
            && appeal_to.is_none()
        {
            let args: Vec<usize> = s
                .dependents(i)
                .filter(|&d| matches!(s.labels[d], "obj" | "obl" | "xcomp"))
                .collect();
            // (in an attack or a seizure named by a verb of another kind, only who did
            // it: "condemned Russia's shelling", not "condemned the bombing of the U.S.
            // embassies in Kenya"; but "launched strikes against camps in Afghanistan")
            let violent_verb = matches!(cameo.get(..2), Some("15" | "17" | "18" | "19" | "20"));
            // (a missile's path may say where it hit: "fired a missile that fell inside
            // Japan's zone")
            let force = matches!(cameo.get(..2), Some("18" | "19" | "20"));
            'deep: for d in args {
                // (nor what the act is done without: "by attacking without UN approval")
                if matches!(s.case_of(d), Some("without" | "despite" | "like" | "unlike" | "than"))
                {
                    continue;
                }
                // (nor whom a party is tied to: "targeted by insurgents affiliated with
                // Al Qaeda", "militias backed by Iran")
                if matches!(
                    s.lower[d].as_str(),
                    "affiliated"
                        | "linked"
                        | "allied"
                        | "aligned"
                        | "tied"
                        | "connected"
                        | "associated"
                        | "loyal"
                        | "backed"
                ) {
                    continue;
                }
                // (the phrases of any attack inside it that name what suffered it or
                // where: "examining the links between the attack on the mayor
                // and …")
                let suffered: HashSet<usize> = if violent_verb {
                    HashSet::new()
                } else {
                    s.subtree(d)
                        .into_iter()
                        .filter(|&v| VIOLENCE_NOUNS.contains(&singular(&s.lower[v])))
                        .flat_map(|v| {
                            s.dependents(v)
                                .filter(|&e| {
                                    s.labels[e] == "nmod"
                                        && !matches!(s.case_of(e), Some("by" | "from"))
                                })
                                .collect::<Vec<_>>()
                        })
                        .flat_map(|e| s.subtree(e))
                        .collect()
                };
                // (but an agent the parser hung there still did it: "the attack on its
                // border post by Israeli forces")
                let agents: HashSet<usize> = suffered
                    .iter()
                    .filter(|&&t| s.case_of(t) == Some("by"))
                    .flat_map(|&t| s.subtree(t))
                    .collect();
                // (nor what a clause inside says of others: "arresting the men
                // suspected of sinking the ferry")
                let clauses: HashSet<usize> = if force {
                    HashSet::new()
                } else {
                    s.subtree(d)
                        .into_iter()
                        .filter(|&c| {
                            c != d
                                && matches!(s.labels[c], "acl:relcl" | "advcl" | "ccomp")
                                // (but "what they called Russia's sabotage" is the object)
                                && !(s.lower[d] == "what" && s.heads[c] == Some(d))
                        })
                        .flat_map(|c| s.subtree(c))
                        .collect()
                };
                let inside: Vec<usize> = s
                    .subtree(d)
                    .into_iter()
                    .filter(|t| {
                        (!suffered.contains(t) || agents.contains(t)) && !clauses.contains(t)
                    })
                    .collect();
                for t in inside {
                    if matches!(s.labels[t], "nmod:poss" | "amod" | "compound" | "nmod" | "obl")
                        && let Some(a) = s.actors[t]
                        && !sources.iter().any(|(x, _)| *x == a)
                        && self.input_sector_ok(input, a)
                    {
                        targets.push((a, t));
                        // and the names joined to it ("talks between Israel and Hamas")
                        for c in s.dependents(t).filter(|&c| s.labels[c] == "conj") {
                            if let Some(b) = s.actors[c]
                                && !sources.iter().any(|(x, _)| *x == b)
                                && !targets.iter().any(|(x, _)| *x == b)
                            {
                                targets.push((b, c));
                            }
                        }
                        break 'deep;
                    }
                }
            }
        }
        // An attack on a place ("shelled a district of Aleppo", "struck a target
        // southwest of Baghdad") is aimed at the state the place lies in.
        // A nominal attack, the place it hit ("Israeli shelling in the east of the Gaza
        // Strip").
        if targets.is_empty()
            && matches!(cameo.get(..2), Some("18" | "19" | "20"))
            && let Some(d) = s.dependents(i).find(|&d| match cue.kind {
                Kind::Verb => matches!(s.labels[d], "obj" | "nsubj:pass"),
                _ => s.labels[d] == "nmod",
            })
            && let Some((a, t)) = s.subtree(d).into_iter().find_map(|t| {
                if let Some(a) = s.actors[t].filter(|&a| doc.is_state(a)) {
                    return Some((a, t));
                }
                let p = doc.place_at_token(s.base + t)?;
                let country = input.places[p].country.as_deref()?;
                Some((doc.state(country)?, t))
            })
            && !sources.iter().any(|(x, _)| *x == a)
        {
            targets.push((a, t));
        }
        // "demanded that Germany pay", "urged that Iran stop": a demand or appeal is
        // made of the subject of its clause, and so is a charge ("alleged that France
        // had armed the militias").
        if targets.is_empty()
            && cue.kind == Kind::Verb
            && (cameo.starts_with("10") || cameo.starts_with("02") || cameo.starts_with("11"))
            && let Some(c) = s.dependents(i).find(|&d| s.labels[d] == "ccomp")
        {
            for d in s.dependents(c).filter(|&d| matches!(s.labels[d], "nsubj" | "nsubj:pass")) {
                targets.extend(besides(resolve(d), &sources, d));
            }
        }
        // "thanked his host", "met her counterpart": the other party of the last
        // meeting.
        if targets.is_empty()
            && let Some(d) = s.dependents(i).find(|&d| {
                s.labels[d] == "obj"
                    && matches!(singular(&s.lower[d]), "host" | "counterpart" | "guest" | "visitor")
            })
        {
            let parties = doc.parties.borrow().clone();
            targets.extend(besides(parties, &sources, d));
        }
        // "condemned the launch": an act named without its actor is the last act of
        // force coded, and the one who did it is the target.
        if targets.is_empty()
            && matches!(cameo.get(..2), Some("11" | "12" | "13"))
            && let Some(d) = s.dependents(i).find(|&d| {
                s.labels[d] == "obj"
                    && !s.dependents(d).any(|m| matches!(s.labels[m], "nmod:poss" | "nmod"))
                    && matches!(
                        singular(&s.lower[d]),
                        "launch"
                            | "test"
                            | "attack"
                            | "strike"
                            | "shelling"
                            | "bombing"
                            | "incursion"
                            | "invasion"
                            | "raid"
                            | "provocation"
                    )
            })
        {
            let agents = doc.agents.borrow().clone();
            targets.extend(besides(agents, &sources, d));
        }
        // "warned of retaliation if Finland joined …": a threat is aimed at the one
        // whose act would bring it on.
        if targets.is_empty()
            && cameo.starts_with("13")
            && let Some(c) = (0..s.tokens.len()).find(|&c| {
                s.labels[c] == "advcl"
                    && s.heads[c].is_some_and(|h| h == i || s.heads[h] == Some(i))
                    && s.dependents(c).any(|m| s.labels[m] == "mark" && s.lower[m] == "if")
            })
        {
            for d in s.dependents(c).filter(|&d| s.labels[d] == "nsubj") {
                targets.extend(besides(resolve(d), &sources, d));
            }
        }
        // "The agreement, mediated by Qatar, …": a mediation of a deal without its
        // parties is between the parties of the last meeting or agreement.
        let deal = |t: usize| {
            matches!(
                singular(&s.lower[t]),
                "agreement"
                    | "deal"
                    | "truce"
                    | "ceasefire"
                    | "accord"
                    | "pact"
                    | "talks"
                    | "pause"
            )
        };
        if targets.is_empty()
            && cameo == "045"
            && let Some(d) = s.heads[i].filter(|&h| s.labels[i] == "acl" && deal(h)).or_else(|| {
                s.dependents(i).find(|&d| matches!(s.labels[d], "obj" | "nsubj:pass") && deal(d))
            })
        {
            let parties = doc.parties.borrow().clone();
            targets.extend(besides(parties, &sources, d));
        }
        // A protest or a show of force without a target is aimed at the state where
        // it happens.
        if targets.is_empty()
            && (cameo.starts_with("14") || cameo.starts_with("15"))
            && let Some(country) = &place_country
            && let Some(a) = doc.state(country)
        {
            targets.push((a, i));
        }
        // A conflict named without its parties: its parties named elsewhere.
        if let Some(&(source, _)) = sources.first()
            && targets.is_empty()
            && let Some(t) = s
                .subtree(clause)
                .into_iter()
                .find(|&t| matches!(s.lower[t].as_str(), "conflict" | "dispute" | "war"))
        {
            for &a in doc.conflict_parties() {
                if doc.country(a) != doc.country(source) {
                    targets.push((a, t));
                }
            }
        }
        // A verb misparsed as a modifier: the name before it acts on the first other
        // name after it.
        if cue.kind == Kind::Verb
            && (sources.is_empty() || targets.is_empty())
            && s.misparsed_verb(i)
        {
            sources = s.actors[i - 1].map(|a| (a, i - 1)).into_iter().collect();
            targets = (i + 1..s.tokens.len())
                .find_map(|t| s.actors[t].filter(|&b| Some(b) != s.actors[i - 1]).map(|b| (b, t)))
                .into_iter()
                .collect();
        }
        // A protest, or violence against people no actor stands for ("shot dead five
        // members of a family"), or their release, has a source and no target.
        let targetless = targets.is_empty()
            && cue.kind == Kind::Verb
            // (not one done to oneself: "attacked themselves")
            && !s.dependents(i).any(|d| {
                matches!(s.lower[d].as_str(), "itself" | "themselves" | "himself" | "herself")
            })
            && (cameo.starts_with("14")
                || ((matches!(cameo.get(..2), Some("18" | "19" | "20"))
                    || cameo.starts_with("084"))
                    && s.dependents(i).any(|d| matches!(s.labels[d], "obj" | "nsubj:pass"))));
        // A group of no known state acted on where the event happens is of that place's
        // state ("arrested opposition supporters in Nairobi").
        if let Some(country) = &place_country {
            for (a, _) in &mut targets {
                if doc.country(*a).is_none()
                    && let Some(sector) = doc.group_sector(*a)
                {
                    let mentions = doc.with_actor(*a, |x| x.mentions.clone()).unwrap_or_default();
                    *a = doc.group(Some(country.clone()), &sector, &doc.actor_name(*a), mentions);
                }
            }
        }
        // ("sanctions on Iran's morality police and 11 officials": a target of no state
        // beside one of a state adds nothing)
        if targets.iter().any(|&(a, _)| doc.country(a).is_some()) {
            targets.retain(|&(a, _)| {
                doc.country(a).is_some() || doc.sector(a).is_some_and(|s| s == "IGO")
            });
        }
        // "ordered his government to …": one's own body, of no state named, is no
        // other party.
        targets.retain(|&(a, t)| {
            doc.country(a).is_some()
                || !s.dependents(t).any(|d| {
                    s.labels[d] == "nmod:poss"
                        && matches!(s.lower[d].as_str(), "his" | "her" | "its" | "their")
                })
        });
        if cue.frame == Frame::Charge {
            // (only the clause said or believed: "believed Russia was responsible")
            let Some(h) = s.heads[i].filter(|_| s.labels[i] == "ccomp") else { return };
            targets = std::mem::take(&mut sources);
            for d in s.dependents(h).filter(|&d| s.labels[d] == "nsubj") {
                sources.extend(besides(resolve(d), &targets, d));
            }
        }
        if sources.is_empty() || (targets.is_empty() && !targetless) {
            return;
        }
        if cue.frame == Frame::Receive {
            std::mem::swap(&mut sources, &mut targets);
        }
        // "summoned the ambassador to protest": the purpose of an event already coded
        // is no targetless event of its own.
        if targetless
            && matches!(s.labels[i], "xcomp" | "advcl")
            && let Some(h) = s.heads[i]
            && self.forms.get(&s.lower[h]).and_then(|c| self.best_cue(s, h, c)).is_some()
        {
            return;
        }

        // Where and when.
        let country = sources.first().and_then(|&(a, _)| doc.country(a));
        let dateline = input.dateline.map(str::to_owned).or_else(|| {
            input
                .dateline_places
                .iter()
                .find(|(_, c)| c.is_some() && *c == country)
                .map(|(name, _)| name.clone())
        });
        let place = place.or(dateline).or_else(|| {
            // A host receives at home: the place of the host's country the article names.
            if cue.frame != Frame::Host {
                return None;
            }
            let country = doc.country(sources.first()?.0)?;
            doc.place_in(&country).map(|p| input.places[p].name.clone())
        });
        // Armed forces withdrawing from a place retreat (087), where a state
        // withdrawing from a treaty or a body reduces relations (160).
        // So does a state withdrawing from a state or a place ("withdraw from southern
        // Lebanon", "withdrew its army from Kuwait"), whose own forces are no target.
        let withdrawal = s.lower[i].starts_with("withdr") || s.lower[i].starts_with("pull");
        if cameo == "160"
            && withdrawal
            && targets.iter().any(|&(a, t)| {
                s.case_of(t) == Some("from")
                    && ((doc.is_state(a) && s.actors[t] == Some(a))
                        || doc.place_at_token(s.base + t).is_some()
                        || matches!(
                            singular(&s.lower[t]),
                            "territory"
                                | "region"
                                | "area"
                                | "zone"
                                | "province"
                                | "soil"
                                | "city"
                                | "town"
                                | "border"
                                | "land"
                        ))
            })
        {
            cameo = "087".into();
        }
        if cameo == "160" && sources.iter().all(|&(a, _)| doc.sector(a).as_deref() == Some("MIL")) {
            cameo = "087".into();
        }
        // Troops that march parade or advance; a demonstration is made by civilians
        // ("Indian troops marched down the avenue").
        if cameo == "141"
            && !sources.is_empty()
            && sources.iter().all(|&(a, _)| doc.sector(a).as_deref() == Some("MIL"))
        {
            return;
        }
        if cameo == "087" {
            let own: Vec<Option<String>> = sources.iter().map(|&(a, _)| doc.country(a)).collect();
            targets.retain(|&(a, _)| {
                !(doc.sector(a).as_deref() == Some("MIL") && own.contains(&doc.country(a)))
            });
            if targets.is_empty() {
                return;
            }
            if intended {
                cameo = intention(&cameo);
            }
        }
        if cue.frame == Frame::Meet && cameo.starts_with("04") && cameo != "045" {
            let countries: HashSet<Option<String>> =
                sources.iter().chain(&targets).map(|(a, _)| doc.country(*a)).collect();
            if let Some(pc) = &place_country
                && !countries.contains(&Some(pc.clone()))
            {
                cameo = "044".into();
            }
        }
        let Some(code) = self.codes.get(&cameo) else { return };
        let span_of = |t: usize| s.tokens[t].span;
        let (date, from_text) = doc.date_in(s, clause, s.tokens[i].span, input.published);
        let reported = from_text && date.as_deref() != input.published;
        let mut pairs: Vec<(usize, usize, Option<usize>, usize)> = Vec::new();
        if targetless {
            pairs.extend(sources.iter().map(|&(a, at)| (a, at, None, i)));
        }
        for &(a, at) in &sources {
            for &(b, bt) in &targets {
                // (two people of a state are two parties: "Trump attacked Clinton")
                if a == b
                    || (doc.country(a).is_some()
                        && doc.country(a) == doc.country(b)
                        && doc.sector(a) == doc.sector(b)
                        && !(doc.is_person(a) && doc.is_person(b)))
                {
                    continue;
                }
                pairs.push((a, at, Some(b), bt));
                if cue.frame == Frame::Meet && !intended {
                    pairs.push((b, bt, Some(a), at));
                }
            }
        }
        if matches!(cameo.get(..2), Some("15" | "17" | "18" | "19" | "20")) && !intended {
            let mut agents = doc.agents.borrow_mut();
            agents.clear();
            agents.extend(sources.iter().map(|&(a, _)| a));
        }
        if cue.frame == Frame::Meet || cue.frame == Frame::Host {
            let mut parties = doc.parties.borrow_mut();
            parties.clear();
            for &(a, _) in sources.iter().chain(&targets) {
                if !parties.contains(&a) {
                    parties.push(a);
                }
            }
        }
        // (an argument's words: the whole mention of its actor that holds the token,
        // "Rustem Umerov", not "Rustem")
        let words_of = |actor: usize, t: usize| {
            let token = span_of(t);
            doc.with_actor(actor, |x| {
                x.mentions.iter().map(|m| m.span).find(|m| m.contains(token)).unwrap_or(token)
            })
            .unwrap_or(token)
        };
        // A person who attacks, pounds or targets another person, a party at home or
        // no one named does it with words ("Reid pounded Trump", "Trump
        // attacked"): criticism, 111. A leader who attacks a state stands for it.
        // (a public figure of the knowledge base, in the active voice: "Gunmen" read
        // as a name, or "was struck by a car", are not)
        // (and "attacks on" someone, the noun)
        let fighting_words = matches!(cameo.get(..2), Some("18" | "19" | "20"))
            && (cue.kind == Kind::Verb || s.lower[i].starts_with("attack"))
            && !passive
            && matches!(
                s.lower[i].trim_end_matches("ing").trim_end_matches("ed").trim_end_matches('s'),
                "attack"
                    | "pound"
                    | "hit"
                    | "target"
                    | "strik"
                    | "struck"
                    | "hammer"
                    | "blast"
                    | "assail"
                    | "bash"
                    | "batter"
            );
        let in_words = |a: usize, b: Option<usize>| {
            let known = doc.with_actor(a, |actor| !actor.id.0.starts_with("person:new:"));
            fighting_words
                && doc.is_person(a)
                && known == Some(true)
                && b.is_none_or(|b| {
                    doc.is_person(b)
                        || (!doc.is_state(b)
                            && (doc.country(b).is_none() || doc.country(b) == doc.country(a)))
                })
        };
        for (a, at, b, bt) in pairs {
            let (cameo, code) = match self.codes.get("111") {
                Some(verbal) if in_words(a, b) => ("111".to_owned(), verbal),
                _ => (cameo.clone(), code),
            };
            let (source_words, target_words) =
                (words_of(a, at), b.map_or(span_of(bt), |b| words_of(b, bt)));
            let mut lo = span_of(i).byte_start.min(source_words.byte_start);
            let mut hi = span_of(i).byte_end.max(source_words.byte_end);
            lo = lo.min(target_words.byte_start);
            hi = hi.max(target_words.byte_end);
            let evidence = Span::new(lo, hi);
            let confidence = if quote.is_some() { 0.6 } else { 0.8 };
            if !from_text {
                diagnostics.push(Diagnostic::info(
                    "event-date-assumed",
                    "no date in the event's clause: the publication date is assumed",
                    Some(evidence),
                ));
            }
            let event = Event {
                plover: code.plover.clone(),
                mode: code.mode.clone(),
                cameo: cameo.clone(),
                goldstein: code.goldstein,
                source: Some(doc.id(a)),
                target: b.map(|b| doc.id(b)),
                date: date.clone(),
                place: place.clone(),
                reported,
                confidence,
                evidence,
                other_evidence: Vec::new(),
            };
            push_new(events, event);
        }
        // "Kyiv said Russian forces shelled Kharkiv": violence or coercion one party
        // reports of another is also its accusation (of aggression, 1123; else 112).
        // What is said to be coming is a threat or a plan, not a charge.
        let accusation = match cameo.get(..2) {
            Some("18" | "19" | "20") => "1123",
            Some("17") => "112",
            _ => return,
        };
        let future = s.dependents(i).any(|d| {
            s.labels[d] == "aux"
                && matches!(
                    s.lower[d].as_str(),
                    "will" | "would" | "'ll" | "could" | "may" | "might" | "shall" | "can"
                )
        });
        if intended || future {
            return;
        }
        let Some(say) = self.saying_head(s, clause) else { return };
        let Some(code) = self.codes.get(accusation) else { return };
        let (said_on, _) = doc.date_in(s, say, s.tokens[say].span, input.published);
        for d in s.dependents(say).filter(|&d| s.labels[d] == "nsubj") {
            for x in resolve(d) {
                for &(a, at) in &sources {
                    // (an unnamed "officials said" attributes; it accuses no one)
                    let country = doc.country(x);
                    if x == a
                        || country.is_none() && doc.sector(x).as_deref() != Some("IGO")
                        || country.is_some() && country == doc.country(a)
                    {
                        continue;
                    }
                    // (the attacker's whole mention, "North Korea", not its last word)
                    let attacker = words_of(a, at);
                    let evidence = Span::new(
                        span_of(d).byte_start.min(attacker.byte_start),
                        span_of(i).byte_end.max(attacker.byte_end),
                    );
                    let event = Event {
                        plover: code.plover.clone(),
                        mode: code.mode.clone(),
                        cameo: accusation.to_owned(),
                        goldstein: code.goldstein,
                        source: Some(doc.id(x)),
                        target: Some(doc.id(a)),
                        date: said_on.clone(),
                        place: place.clone(),
                        reported: false,
                        confidence: 0.6,
                        evidence,
                        other_evidence: Vec::new(),
                    };
                    push_new(events, event);
                }
            }
        }
    }

    /// The verb of saying whose complement the clause is ("said that …", "claimed
    /// they had …", and the clauses joined to it).
    fn saying_head(&self, s: &Parsed<'_>, clause: usize) -> Option<usize> {
        let mut up = clause;
        for _ in 0..3 {
            let h = s.heads[up]?;
            match s.labels[up] {
                "conj" => up = h,
                "ccomp" if self.guards.allege.contains(&s.lower[h]) => return Some(h),
                _ => return None,
            }
        }
        None
    }
}

/// The actors that are not among `others`, each with the token `at` that names them.
fn besides(
    actors: impl IntoIterator<Item = usize>,
    others: &[(usize, usize)],
    at: usize,
) -> Vec<(usize, usize)> {
    actors.into_iter().filter(|a| !others.iter().any(|(x, _)| x == a)).map(|a| (a, at)).collect()
}

/// Adds an event unless one with the same parties, code and evidence is there.
fn push_new(events: &mut Vec<Event>, event: Event) {
    if !events.iter().any(|e| {
        e.source == event.source
            && e.target == event.target
            && e.cameo == event.cameo
            && e.evidence == event.evidence
    }) {
        events.push(event);
    }
}

/// The longest sentence the coder parses (in tokens); longer ones are lists or text
/// without sentence ends.
const MAX_TOKENS: usize = 150;

/// Verbs that only carry the event noun that is their object.
const LIGHT_VERBS: &[&str] = &[
    "hold",
    "holds",
    "held",
    "holding",
    "have",
    "has",
    "had",
    "having",
    "conduct",
    "conducts",
    "conducted",
    "conducting",
    "stage",
    "stages",
    "staged",
    "staging",
    "launch",
    "launches",
    "launched",
    "launching",
    "carry",
    "carries",
    "carried",
    "carrying",
    "begin",
    "begins",
    "began",
    "begun",
    "start",
    "starts",
    "started",
    "starting",
    "open",
    "opens",
    "opened",
    "opening",
    "announce",
    "announces",
    "announced",
    "declare",
    "declares",
    "declared",
    "reach",
    "reaches",
    "reached",
    "resume",
    "resumes",
    "resumed",
    "continue",
    "continues",
    "continued",
    "attend",
    "attends",
    "attended",
    "host",
    "hosts",
    "hosted",
    "join",
    "joins",
    "joined",
    "organise",
    "organised",
    "organize",
    "organized",
    "mount",
    "mounted",
    "make",
    "makes",
    "made",
    "pay",
    "pays",
    "paid",
    "give",
    "gives",
    "gave",
    "sign",
    "signs",
    "signed",
    "impose",
    "imposes",
    "imposed",
    "order",
    "ordered",
    "conclude",
    "concluded",
    "wage",
    "waged",
    "send",
    "sends",
    "sent",
    "extend",
    "extends",
    "extended",
    "issue",
    "issues",
    "issued",
    "deliver",
    "delivers",
    "delivered",
    "lodge",
    "lodges",
    "lodged",
    "file",
    "files",
    "filed",
    "formalise",
    "formalised",
    "formalize",
    "formalized",
    "enact",
    "enacted",
    "introduce",
    "introduced",
    "place",
    "placed",
    "put",
    "slap",
    "slapped",
];

/// The verb of a sentence the parser read as a noun phrase: no verb heads it, and a
/// verb hangs as a modifier right after a name or noun and before a phrase ("Egypt
/// mediated talks", "The Netherlands cut aid to Rwanda").
fn misread_verb<'l>(
    parse: &Analysis,
    actors: &[Option<usize>],
    label: impl Fn(u8) -> &'l str,
) -> Option<usize> {
    let (tags, heads, labels) = (&parse.tags, &parse.tree.heads, &parse.tree.labels);
    // A verb read as a noun's modifier that holds a subject of its own ("the ministry
    // unsealed charges against …, some of them described as …", with the later verb
    // taken for the sentence's) is the sentence's verb, whatever the root is.
    let modifier_with_subject = tags.iter().enumerate().find(|&(v, t)| {
        *t == Upos::Verb
            && v > 0
            && label(labels[v]) == "amod"
            && heads[v].is_some_and(|n| n == v + 1 && matches!(tags[n], Upos::Noun | Upos::Propn))
            && heads[v - 1] == Some(v)
            && label(labels[v - 1]) == "nsubj"
            && (actors[v - 1].is_some() || matches!(tags[v - 1], Upos::Propn | Upos::Noun))
    });
    if let Some((v, _)) = modifier_with_subject {
        return Some(v);
    }
    let verb_root =
        heads.iter().zip(tags).any(|(h, t)| h.is_none() && matches!(t, Upos::Verb | Upos::Aux));
    if verb_root {
        return None;
    }
    // The sentence's first verb: "LYON: Interpol has said … victims killed by …" has
    // its verb already, misplaced by the dateline.
    let v = tags.iter().position(|t| matches!(t, Upos::Verb | Upos::Aux))?;
    (v > 0
        && v + 1 < tags.len()
        && tags[v] == Upos::Verb
        && (matches!(label(labels[v]), "amod" | "compound" | "acl")
            // "Georgian demonstrators launched …" read as a root adjective with the
            // clause as its complement.
            || (label(labels[v]) == "ccomp" && heads[v].is_some_and(|h| h < v && heads[h].is_none())))
        && (actors[v - 1].is_some() || matches!(tags[v - 1], Upos::Propn | Upos::Noun))
        && matches!(
            tags[v + 1],
            Upos::Noun | Upos::Propn | Upos::Det | Upos::Adj | Upos::Num | Upos::Pron | Upos::Adp
        ))
    .then_some(v)
}

/// The index of a relation label, as a parse stores it.
fn label_id(labels: &[String], name: &str) -> Option<u8> {
    labels.iter().position(|l| l == name).and_then(|p| u8::try_from(p).ok())
}

/// The name of a stored relation label ("" when unknown).
fn label_name(labels: &[String], label: u8) -> &str {
    labels.get(usize::from(label)).map_or("", String::as_str)
}

/// Puts back the tree a repair started from when the repair made a cycle.
fn restore_if_cyclic(parse: &mut Analysis, saved: attache_syntax::Tree) {
    let tree = &parse.tree;
    if (0..tree.heads.len()).any(|t| tree.is_under(t, usize::MAX)) {
        parse.tree = saved;
    }
}

/// "a government-held part of Aleppo" read as a verb ("held") with its own object:
/// the participle and the word before the hyphen become modifiers of the noun after
/// them, and that noun takes the first word's place in the sentence.
fn repair_hyphen_participles(parse: &mut Analysis, lower: &[String], labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let (Some(amod), Some(compound), Some(punct)) = (id("amod"), id("compound"), id("punct"))
    else {
        return;
    };
    let nominal = |t: Upos| matches!(t, Upos::Noun | Upos::Propn);
    for k in 0..parse.tags.len().saturating_sub(3) {
        let (first, participle, noun) = (k, k + 2, k + 3);
        if !(matches!(parse.tags[first], Upos::Noun | Upos::Propn | Upos::Adj)
            && lower[k + 1] == "-"
            && parse.tags[participle] == Upos::Verb
            && (lower[participle].ends_with("ed")
                || matches!(lower[participle].as_str(), "held" | "led" | "run" | "built"))
            && nominal(parse.tags[noun]))
        {
            continue;
        }
        let Some(head) = parse.tree.heads[first].filter(|h| !(first..=noun).contains(h)) else {
            continue;
        };
        let saved = parse.tree.clone();
        let tree = &mut parse.tree;
        tree.heads[noun] = Some(head);
        tree.labels[noun] = tree.labels[first];
        for d in 0..tree.heads.len() {
            if d < first && tree.heads[d] == Some(first) {
                tree.heads[d] = Some(noun);
            } else if d > noun && tree.heads[d] == Some(participle) {
                tree.heads[d] = Some(head);
            }
        }
        tree.heads[participle] = Some(noun);
        tree.labels[participle] = amod;
        tree.heads[first] = Some(participle);
        tree.labels[first] = compound;
        tree.heads[k + 1] = Some(participle);
        tree.labels[k + 1] = punct;
        restore_if_cyclic(parse, saved);
    }
}

/// "The prisoners held since May were released by …" read with "held" as the main verb
/// and "released" joined to it without a conjunction: "held" modifies the noun, and
/// "released" heads the sentence with the noun as its subject.
fn repair_reduced_relative(parse: &mut Analysis, labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let (Some(root), Some(acl), Some(nsubj), Some(nsubj_pass)) =
        (id("root"), id("acl"), id("nsubj"), id("nsubj:pass"))
    else {
        return;
    };
    let label = |tree: &attache_syntax::Tree, d: usize| label_name(labels, tree.labels[d]);
    let tree = &parse.tree;
    let Some(first) = tree.heads.iter().position(Option::is_none) else { return };
    if parse.tags[first] != Upos::Verb || first == 0 {
        return;
    }
    let noun = first - 1;
    let deps = |h: usize| (0..tree.heads.len()).filter(move |&d| tree.heads[d] == Some(h));
    if !(matches!(parse.tags[noun], Upos::Noun | Upos::Propn)
        && tree.heads[noun] == Some(first)
        && label(tree, noun) == "nsubj")
    {
        return;
    }
    // (or hung from it as a clause of its own: "a report released Tuesday in Kigali
    // alleged that …")
    let Some(main) = deps(first).find(|&c| {
        c > first
            && parse.tags[c] == Upos::Verb
            && match label(tree, c) {
                "conj" => deps(c).any(|a| a + 1 == c && label(tree, a).starts_with("aux")),
                "acl" | "parataxis" => deps(c).any(|d| label(tree, d) == "ccomp"),
                _ => false,
            }
            && !deps(c).any(|d| label(tree, d).starts_with("nsubj") || label(tree, d) == "cc")
    }) else {
        return;
    };
    let passive = deps(main).any(|a| label(tree, a) == "aux:pass");
    let saved = parse.tree.clone();
    let tree = &mut parse.tree;
    for d in 0..tree.heads.len() {
        if d > main && tree.heads[d] == Some(first) {
            tree.heads[d] = Some(main);
        }
    }
    tree.heads[main] = None;
    tree.labels[main] = root;
    tree.heads[first] = Some(noun);
    tree.labels[first] = acl;
    tree.heads[noun] = Some(main);
    tree.labels[noun] = if passive { nsubj_pass } else { nsubj };
    restore_if_cyclic(parse, saved);
}

/// "Before leaving on Thursday, President Bush scheduled …" read with the name joined
/// to the clause before the comma and the verb left without a subject: the name right
/// before the verb is its subject.
fn repair_subject_after_comma(parse: &mut Analysis, lower: &[String], labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let Some(nsubj) = id("nsubj") else { return };
    let tree = &parse.tree;
    let Some(root) = tree.heads.iter().position(Option::is_none) else { return };
    let has_subject = (0..tree.heads.len()).any(|d| {
        tree.heads[d] == Some(root) && label_name(labels, tree.labels[d]).starts_with("nsubj")
    });
    if parse.tags[root] != Upos::Verb || has_subject || root < 2 {
        return;
    }
    // (past the auxiliaries: "President Lula will meet")
    let Some(head) = (0..root).rev().find(|&k| !matches!(parse.tags[k], Upos::Aux | Upos::Part))
    else {
        return;
    };
    if !matches!(parse.tags[head], Upos::Propn | Upos::Noun) {
        return;
    }
    let mut start = head;
    while start > 0
        && matches!(parse.tags[start - 1], Upos::Propn | Upos::Noun | Upos::Adj | Upos::Det)
    {
        start -= 1;
    }
    // The phrase follows a comma and hangs from the words before it.
    if start == 0 || lower[start - 1] != "," || tree.heads[head].is_none_or(|h| h >= start) {
        return;
    }
    let saved = parse.tree.clone();
    let tree = &mut parse.tree;
    tree.heads[head] = Some(root);
    tree.labels[head] = nsubj;
    for d in start..head {
        if tree.heads[d].is_none_or(|h| !(start..=head).contains(&h)) {
            tree.heads[d] = Some(head);
        }
    }
    restore_if_cyclic(parse, saved);
}

/// "The stop came as the Brazilian president prepared to attend …" read with "as" as a
/// preposition, "leader" as its object and "prepared" as a verb without a subject:
/// "as" opens a clause whose subject is the noun.
fn repair_subordinate_subject(parse: &mut Analysis, lower: &[String], labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let (Some(nsubj), Some(mark), Some(advcl)) = (id("nsubj"), id("mark"), id("advcl")) else {
        return;
    };
    let n = parse.tree.heads.len();
    for noun in 1..n.saturating_sub(1) {
        let tree = &parse.tree;
        let label = |d: usize| label_name(labels, tree.labels[d]);
        let verb = noun + 1;
        let Some(case) = (0..noun).find(|&c| tree.heads[c] == Some(noun) && label(c) == "case")
        else {
            continue;
        };
        let finite = parse.tags[verb] == Upos::Verb
            && !lower[verb].ends_with("ing")
            && !matches!(tree.heads[verb], Some(h) if h == noun);
        if !(matches!(parse.tags[noun], Upos::Noun | Upos::Propn)
            && matches!(lower[case].as_str(), "as" | "while" | "because" | "until" | "once")
            && finite
            && matches!(label(verb), "parataxis" | "conj" | "advcl" | "ccomp")
            && tree.heads[verb] == tree.heads[noun]
            && !(0..n).any(|d| tree.heads[d] == Some(verb) && label(d).starts_with("nsubj")))
        {
            continue;
        }
        // (no cycle can form: the verb keeps the head the noun had)
        let tree = &mut parse.tree;
        tree.heads[noun] = Some(verb);
        tree.labels[noun] = nsubj;
        tree.heads[case] = Some(verb);
        tree.labels[case] = mark;
        tree.labels[verb] = advcl;
        parse.tags[case] = Upos::Sconj;
    }
}

/// "Pistorius met Ukrainian Defence Minister Rustem Umerov and toured a factory" read
/// with the name as the subject of "toured": right after a verb that has a subject but
/// no object, and before the verb it would be subject of, joined by "and", the name is
/// the first verb's object.
fn repair_object_read_as_subject(parse: &mut Analysis, lower: &[String], labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let Some(obj) = id("obj") else { return };
    let n = parse.tree.heads.len();
    for verb in 0..n {
        let tree = &parse.tree;
        let label = |d: usize| label_name(labels, tree.labels[d]);
        if parse.tags[verb] != Upos::Verb {
            continue;
        }
        let deps: Vec<usize> = (0..n).filter(|&d| tree.heads[d] == Some(verb)).collect();
        if !deps.iter().any(|&d| d < verb && label(d).starts_with("nsubj"))
            || deps.iter().any(|&d| matches!(label(d), "obj" | "ccomp" | "xcomp"))
        {
            continue;
        }
        let Some(&conj) = deps.iter().find(|&&d| d > verb && label(d) == "conj") else {
            continue;
        };
        let Some(name) =
            (verb + 1..conj).find(|&d| tree.heads[d] == Some(conj) && label(d) == "nsubj")
        else {
            continue;
        };
        // (the name's phrase begins right after the verb and "and" follows it)
        let (lo, hi) = tree.subtree_bounds(name);
        if lo != verb + 1
            || !matches!(parse.tags[name], Upos::Propn | Upos::Noun)
            || lower.get(hi + 1).is_none_or(|w| w != "and")
        {
            continue;
        }
        let tree = &mut parse.tree;
        tree.heads[name] = Some(verb);
        tree.labels[name] = obj;
    }
}

/// "Lavrov said Moscow, as a co-chair, stood ready …" read with "Moscow" as what was
/// said and "stood" as a verb of its own: "said" heads the sentence, the later verb is
/// what was said, and the name its subject.
fn repair_said_object(parse: &mut Analysis, lower: &[String], labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let (Some(root), Some(ccomp), Some(nsubj)) = (id("root"), id("ccomp"), id("nsubj")) else {
        return;
    };
    let label = |d: usize| label_name(labels, parse.tree.labels[d]);
    let tree = &parse.tree;
    let Some(verb) = tree.heads.iter().position(Option::is_none) else { return };
    let deps = |h: usize| (0..tree.heads.len()).filter(move |&d| tree.heads[d] == Some(h));
    if parse.tags[verb] != Upos::Verb || deps(verb).any(|d| label(d).starts_with("nsubj")) {
        return;
    }
    let Some(say) = deps(verb).find(|&d| {
        d < verb
            && label(d) == "parataxis"
            && matches!(
                lower[d].as_str(),
                "said"
                    | "says"
                    | "added"
                    | "stressed"
                    | "noted"
                    | "announced"
                    | "warned"
                    | "insisted"
            )
    }) else {
        return;
    };
    let Some(object) = deps(say).find(|&d| {
        d > say
            && d < verb
            && label(d) == "obj"
            && matches!(parse.tags[d], Upos::Propn | Upos::Noun)
    }) else {
        return;
    };
    let saved = parse.tree.clone();
    let tree = &mut parse.tree;
    tree.heads[say] = None;
    tree.labels[say] = root;
    tree.heads[verb] = Some(say);
    tree.labels[verb] = ccomp;
    tree.heads[object] = Some(verb);
    tree.labels[object] = nsubj;
    restore_if_cyclic(parse, saved);
}

/// An adjective just before a verb's subject that hangs from the verb belongs to the
/// subject ("Georgian demonstrators received …", not "Georgian" as an adverb).
fn attach_adjectives_to_subjects(parse: &mut Analysis, labels: &[String]) {
    let Some(amod) = label_id(labels, "amod") else {
        return;
    };
    let tree = &mut parse.tree;
    for d in 0..tree.heads.len().saturating_sub(1) {
        let subject = d + 1;
        if parse.tags[d] == Upos::Adj
            && let Some(v) = tree.heads[d]
            && v > subject
            && tree.heads[subject] == Some(v)
            && matches!(parse.tags[subject], Upos::Noun | Upos::Propn)
            && label_name(labels, tree.labels[subject]).starts_with("nsubj")
        {
            tree.heads[d] = Some(subject);
            tree.labels[d] = amod;
        }
    }
}

/// After a parse with `v` as its head: the last noun before the verb is its subject
/// when the parser gave it none, and the words before that noun which hang from the
/// verb belong to the noun's phrase ("The Netherlands cut …").
fn repair_subject(parse: &mut Analysis, v: usize, labels: &[String]) {
    let id = |name: &str| label_id(labels, name);
    let (Some(nsubj), Some(det)) = (id("nsubj"), id("det")) else { return };
    let nominal = |d: usize| matches!(parse.tags[d], Upos::Noun | Upos::Propn | Upos::Pron);
    let Some(mut subject) = (0..v).rev().find(|&d| nominal(d)) else {
        return;
    };
    // A noun in a phrase after the subject ("An airstrike on Gaza killed"): the
    // subject is the noun the phrase follows, and the phrase is its modifier.
    let phrase_start = (0..subject).rev().take_while(|&d| !nominal(d)).last();
    let mut in_phrase = None;
    if let Some(p) = phrase_start.filter(|&p| parse.tags[p] == Upos::Adp)
        && let Some(head) = (0..p).rev().find(|&d| nominal(d))
    {
        in_phrase = Some((subject, p));
        subject = head;
    }
    if let Some((noun, preposition)) = in_phrase
        && let (Some(nmod), Some(case)) = (id("nmod"), id("case"))
        && !parse.tree.is_under(subject, noun)
    {
        parse.tree.heads[noun] = Some(subject);
        parse.tree.labels[noun] = nmod;
        parse.tree.heads[preposition] = Some(noun);
        parse.tree.labels[preposition] = case;
    }
    let has_subject = (0..v).any(|d| {
        parse.tree.heads[d] == Some(v)
            && label_name(labels, parse.tree.labels[d]).starts_with("nsubj")
    });
    if has_subject {
        // Adjectives and determiners just before the subject belong to it, not to
        // the verb ("Georgian demonstrators launched …").
        if let Some(amod) = id("amod") {
            for d in (0..subject).rev() {
                if !matches!(parse.tags[d], Upos::Adj | Upos::Det) {
                    break;
                }
                if matches!(parse.tree.heads[d], Some(h) if h == v || h == subject) {
                    parse.tree.heads[d] = Some(subject);
                    parse.tree.labels[d] = if parse.tags[d] == Upos::Det { det } else { amod };
                }
            }
        }
        return;
    }
    for d in 0..subject {
        if parse.tree.heads[d] == Some(v) && !parse.tree.is_under(subject, d) {
            parse.tree.heads[d] = Some(subject);
            match parse.tags[d] {
                Upos::Det => parse.tree.labels[d] = det,
                Upos::Adj => parse.tree.labels[d] = id("amod").unwrap_or(parse.tree.labels[d]),
                _ => {}
            }
        }
    }
    if !parse.tree.is_under(v, subject) {
        parse.tree.heads[subject] = Some(v);
        parse.tree.labels[subject] = nsubj;
    }
}

/// The intention to do what `cameo` codes ("wants to meet" is 036).
fn intention(cameo: &str) -> String {
    if cameo == "045" {
        return "039".into();
    }
    let root = &cameo[..2.min(cameo.len())];
    match root {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "18" | "19" | "20" => "138",
        _ => return cameo.to_owned(),
    }
    .to_owned()
}

/// The nouns that name an event of a PLOVER type again in a later sentence ("the
/// clash", "the talks").
fn event_nouns(plover: &str) -> Option<&'static [&'static str]> {
    Some(match plover {
        "ASSAULT" | "COERCE" => &[
            "clash",
            "clashes",
            "fighting",
            "fight",
            "battle",
            "attack",
            "attacks",
            "strike",
            "strikes",
            "shelling",
            "bombing",
            "skirmish",
            "violence",
            "raid",
            "assault",
            "incident",
            "confrontation",
        ],
        "CONSULT" => &[
            "meeting",
            "talks",
            "visit",
            "summit",
            "call",
            "conversation",
            "discussions",
            "negotiations",
            "trip",
        ],
        _ => return None,
    })
}

/// Merges events with the same source, target, code and date: one event, all its
/// evidence.
/// Nouns of violence and seizure, whose "of" phrase names what suffered it ("the
/// bombing of the embassy", "the invasion of Kuwait"), not who did it, and of the
/// weapons used ("car bombs went off beside the French embassy").
const VIOLENCE_NOUNS: &[&str] = &[
    "bomb",
    "missile",
    "rocket",
    "shell",
    "grenade",
    "mine",
    "attack",
    "bombing",
    "shelling",
    "shooting",
    "killing",
    "murder",
    "assassination",
    "massacre",
    "invasion",
    "occupation",
    "annexation",
    "seizure",
    "siege",
    "blockade",
    "bombardment",
    "destruction",
    "kidnapping",
    "abduction",
    "arrest",
    "detention",
    "execution",
    "raid",
    "strike",
    "airstrike",
    "explosion",
    "blast",
    "slaughter",
];

fn merge(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    // (by key, not by a scan of those kept: a long text may hold many thousands)
    type Key = (Option<ActorId>, Option<ActorId>, String, Option<String>);
    let mut at: HashMap<Key, usize> = HashMap::new();
    for e in events {
        let key = (e.source.clone(), e.target.clone(), e.cameo.clone(), e.date.clone());
        if let Some(&k) = at.get(&key) {
            let same = &mut out[k];
            if same.evidence != e.evidence && !same.other_evidence.contains(&e.evidence) {
                same.other_evidence.push(e.evidence);
            }
            same.confidence = same.confidence.max(e.confidence);
            continue;
        }
        at.insert(key, out.len());
        out.push(e);
    }
    out
}

/// A parsed sentence.
struct Parsed<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Index of the first token in the document.
    base: usize,
    lower: &'a [String],
    tags: &'a [Upos],
    heads: &'a [Option<usize>],
    labels: Vec<&'a str>,
    /// The actor each token names, if any.
    actors: Vec<Option<usize>>,
}

impl Parsed<'_> {
    fn dependents(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads.iter().enumerate().filter(move |(_, h)| **h == Some(head)).map(|(d, _)| d)
    }

    /// A verb the parser took for a modifier in a sentence it made a noun phrase of
    /// ("The Netherlands cut aid to Rwanda"): no verb at the root, a name right before
    /// it and a noun phrase after it.
    fn misparsed_verb(&self, i: usize) -> bool {
        let root_is_verb = self
            .heads
            .iter()
            .zip(self.tags)
            .any(|(h, t)| h.is_none() && matches!(t, Upos::Verb | Upos::Aux));
        !root_is_verb
            && matches!(self.tags[i], Upos::Adj | Upos::Verb | Upos::Noun)
            && matches!(self.labels[i], "amod" | "compound" | "acl")
            && i > 0
            && self.actors[i - 1].is_some()
            && self.tags.get(i + 1).is_some_and(|t| {
                matches!(
                    t,
                    Upos::Noun | Upos::Propn | Upos::Det | Upos::Adj | Upos::Num | Upos::Pron
                )
            })
    }

    /// How many arcs up from `t` lead to `head`, if they do.
    fn depth_under(&self, mut t: usize, head: usize) -> Option<usize> {
        for depth in 0..=self.tokens.len() {
            if t == head {
                return Some(depth);
            }
            t = self.heads[t]?;
        }
        None
    }

    /// The preposition marking a phrase (`with` in "with Lavrov").
    fn case_of(&self, t: usize) -> Option<&str> {
        self.dependents(t)
            .find(|&d| matches!(self.labels[d], "case" | "mark"))
            .map(|d| self.lower[d].as_str())
    }

    fn next_word(&self, t: usize) -> &str {
        self.lower.get(t + 1).map_or("", String::as_str)
    }

    /// The tokens under `t`, `t` included.
    fn subtree(&self, t: usize) -> Vec<usize> {
        let mut out = vec![t];
        let mut k = 0;
        while k < out.len() {
            let h = out[k];
            out.extend(self.dependents(h));
            k += 1;
            if out.len() > self.tokens.len() {
                break;
            }
        }
        out
    }

    fn subtree_words(&self, t: usize) -> impl Iterator<Item = &str> + '_ {
        self.subtree(t).into_iter().map(|k| self.lower[k].as_str())
    }

    fn subtree_span(&self, t: usize) -> Span {
        let sub = self.subtree(t);
        let lo = sub.iter().map(|&k| self.tokens[k].span.byte_start).min().unwrap_or(0);
        let hi = sub.iter().map(|&k| self.tokens[k].span.byte_end).max().unwrap_or(0);
        let _ = self.text;
        Span::new(lo, hi)
    }
}

/// What the coder knows of the whole document.
struct Document<'a> {
    input: &'a EventInput<'a>,
    /// Token index to actor index.
    token_actor: HashMap<usize, usize>,
    token_place: HashMap<usize, usize>,
    /// Actor index of each state code.
    states: HashMap<&'a str, usize>,
    /// How often each actor is mentioned.
    counts: Vec<usize>,
    /// States named in a conflict's words ("the Armenian-Azerbaijani conflict").
    conflict: Vec<usize>,
    /// Actors the events need that the entities stage did not make: states known
    /// through a place, and groups ("Armenian protesters"); index `actors.len() + k`.
    extra: RefCell<Vec<Actor>>,
    groups: &'a HashMap<String, String>,
    /// The direct quotes, by start.
    direct: Vec<usize>,
    /// The parties of the last meeting coded ("the two sides" after it).
    parties: RefCell<Vec<usize>>,
    /// Who did the last act of force coded ("condemned the launch" after it).
    agents: RefCell<Vec<usize>>,
    /// Each person's mentions (start offsets), for "he" and "she".
    person_mentions: Vec<(usize, usize)>,
}

impl<'a> Document<'a> {
    fn new(input: &'a EventInput<'a>, groups: &'a HashMap<String, String>) -> Document<'a> {
        let mut token_actor = HashMap::new();
        let mut token_place = HashMap::new();
        let spans: Vec<(Span, usize, bool)> =
            input
                .actors
                .iter()
                .enumerate()
                .flat_map(|(a, actor)| actor.mentions.iter().map(move |m| (m.span, a, true)))
                .chain(
                    input.places.iter().enumerate().flat_map(|(p, place)| {
                        place.mentions.iter().map(move |m| (m.span, p, false))
                    }),
                )
                .collect();
        // (places first: a state named after a town of its own, "in Dar es Salaam,
        // Tanzania", says where, and is no party)
        let (places, actors): (Vec<_>, Vec<_>) = spans.into_iter().partition(|s| !s.2);
        for (span, index, is_actor) in places.into_iter().chain(actors) {
            let first = input.tokens.partition_point(|t| t.span.byte_end <= span.byte_start);
            if is_actor
                && input.actors[index].kind == ActorKind::State
                && first >= 2
                && input.tokens[first - 1].span.text(input.text) == ","
                && token_place.get(&(first - 2)).is_some_and(|&p: &usize| {
                    input.places[p].country.is_some()
                        && input.places[p].country == input.actors[index].country
                })
            {
                continue;
            }
            for (k, t) in input.tokens.iter().enumerate().skip(first) {
                if t.span.byte_start >= span.byte_end {
                    break;
                }
                if is_actor {
                    token_actor.entry(k).or_insert(index);
                } else {
                    token_place.entry(k).or_insert(index);
                }
            }
        }
        let states = input
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::State)
            .filter_map(|(i, a)| a.country.as_deref().map(|c| (c, i)))
            .collect();
        let counts = input.actors.iter().map(|a| a.mentions.len()).collect();
        let mut conflict = Vec::new();
        for (k, t) in input.tokens.iter().enumerate() {
            let word = t.span.text(input.text).to_lowercase();
            if matches!(word.as_str(), "conflict" | "dispute") {
                // The states named before ("the Armenian-Azerbaijani conflict") or in a
                // phrase right after ("the conflict with Armenia").
                let with = (k + 1..(k + 4).min(input.tokens.len())).find(|&j| {
                    matches!(
                        input.tokens[j].span.text(input.text).to_lowercase().as_str(),
                        "with" | "between"
                    )
                });
                let after = with.map_or(k..k, |w| w + 1..(w + 6).min(input.tokens.len()));
                for j in (k.saturating_sub(10)..k).chain(after) {
                    if let Some(&a) = token_actor.get(&j)
                        && input.actors[a].kind == ActorKind::State
                        && !conflict.contains(&a)
                    {
                        conflict.push(a);
                    }
                }
            }
        }
        let mut person_mentions: Vec<(usize, usize)> = input
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::Person)
            .flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.span.byte_start, i)))
            .collect();
        person_mentions.sort_unstable();
        let mut direct: Vec<usize> =
            (0..input.quotes.len()).filter(|&q| input.quotes[q].direct).collect();
        direct.sort_by_key(|&q| input.quotes[q].span.byte_start);
        Document {
            input,
            token_actor,
            token_place,
            states,
            counts,
            conflict,
            extra: RefCell::new(Vec::new()),
            groups,
            parties: RefCell::new(Vec::new()),
            agents: RefCell::new(Vec::new()),
            person_mentions,
            direct,
        }
    }

    fn actor_at_token(&self, k: usize) -> Option<usize> {
        self.token_actor.get(&k).copied()
    }

    fn place_at_token(&self, k: usize) -> Option<usize> {
        self.token_place.get(&k).copied()
    }

    /// The actor of state `code`: the document's own, else a new one.
    fn state(&self, code: &str) -> Option<usize> {
        if let Some(&a) = self.states.get(code) {
            return Some(a);
        }
        let name = (self.input.state_name)(code)?;
        Some(self.extra_actor(Actor {
            id: ActorId(format!("state:{code}")),
            name,
            kind: ActorKind::State,
            country: Some(code.to_owned()),
            role: None,
            sector: None,
            mentions: Vec::new(),
        }))
    }

    /// A group of a state (or of none) by its sector ("Armenian protesters" is ARM OPP,
    /// "insurgents" no state's REB), with `mentions` (the words that name it) added.
    fn group(
        &self,
        country: Option<String>,
        sector: &str,
        name: &str,
        mentions: Vec<Mention>,
    ) -> usize {
        let id = format!("group:{}-{sector}", country.as_deref().unwrap_or("none"));
        let g = self.extra_actor(Actor {
            id: ActorId(id),
            name: name.to_owned(),
            kind: ActorKind::Group,
            country,
            role: None,
            sector: Some(sector.to_owned()),
            mentions: Vec::new(),
        });
        let mut extra = self.extra.borrow_mut();
        let actor = &mut extra[g - self.input.actors.len()];
        for m in mentions {
            if !actor.mentions.iter().any(|o| o.span == m.span) {
                actor.mentions.push(m);
            }
        }
        actor.mentions.sort_by_key(|m| m.span.byte_start);
        g
    }

    /// What `f` reads of actor `a`, one of the input's or one the events made.
    fn with_actor<T>(&self, a: usize, f: impl FnOnce(&Actor) -> T) -> Option<T> {
        match self.input.actors.get(a) {
            Some(actor) => Some(f(actor)),
            None => self.extra.borrow().get(a - self.input.actors.len()).map(f),
        }
    }

    /// The sector of a group actor (`group:…`), if `a` is one.
    fn group_sector(&self, a: usize) -> Option<String> {
        self.with_actor(a, |x| if x.kind == ActorKind::Group { x.sector.clone() } else { None })
            .flatten()
    }

    /// The name of an actor.
    fn actor_name(&self, a: usize) -> String {
        self.with_actor(a, |x| x.name.clone()).unwrap_or_default()
    }

    fn extra_actor(&self, actor: Actor) -> usize {
        let mut extra = self.extra.borrow_mut();
        let k = match extra.iter().position(|a| a.id == actor.id) {
            Some(k) => k,
            None => {
                extra.push(actor);
                extra.len() - 1
            }
        };
        self.input.actors.len() + k
    }

    fn id(&self, a: usize) -> ActorId {
        self.with_actor(a, |x| x.id.clone()).expect("an actor of the document")
    }

    fn country(&self, a: usize) -> Option<String> {
        self.with_actor(a, |x| x.country.clone()).flatten()
    }

    /// The actor's sector, states counting as government.
    fn sector(&self, a: usize) -> Option<String> {
        self.with_actor(a, |x| match x.kind {
            ActorKind::State => "GOV".to_owned(),
            _ => x.sector.clone().unwrap_or_else(|| "GOV".into()),
        })
    }

    fn is_person(&self, a: usize) -> bool {
        self.with_actor(a, |x| x.kind == ActorKind::Person).unwrap_or(false)
    }

    fn is_state(&self, a: usize) -> bool {
        self.with_actor(a, |x| x.kind == ActorKind::State).unwrap_or(false)
    }

    /// The person mentioned last before `offset`, within about three sentences.
    fn last_person_before(&self, offset: usize) -> Option<usize> {
        self.last_person_fitting(offset, None)
    }

    /// The last person named before `offset`, in this sentence or the two before it,
    /// whose given name does not say they are not what the pronoun says (`female`:
    /// "she" is true, "he" false).
    fn last_person_fitting(&self, offset: usize, female: Option<bool>) -> Option<usize> {
        let k = self.person_mentions.partition_point(|(start, _)| *start < offset);
        let fits = |a: usize| {
            female.is_none_or(|f| {
                self.with_actor(a, |actor| (self.input.female)(&actor.name))
                    .flatten()
                    .is_none_or(|g| g == f)
            })
        };
        let (start, a) =
            *self.person_mentions[..k].iter().rev().take(8).find(|&&(_, a)| fits(a))?;
        let sentences = self.input.sentences;
        let first = sentences.partition_point(|s| s.span.byte_start <= start);
        let last = sentences.partition_point(|s| s.span.byte_start <= offset);
        (last.saturating_sub(first) <= 2).then_some(a)
    }

    /// The place of `country` the article names: its capital, else the one it
    /// names most.
    /// The places of a known state named inside a span, each with its first mention
    /// there, in the order of the places (mentions are in text order: a binary search
    /// each).
    fn places_within(&self, span: Span) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.input.places.iter().enumerate().filter(|(_, p)| p.country.is_some()).filter_map(
            move |(n, p)| {
                let k = p.mentions.partition_point(|m| m.span.byte_start < span.byte_start);
                let m = p.mentions.get(k).filter(|m| m.span.byte_end <= span.byte_end)?;
                Some((n, m.span))
            },
        )
    }

    fn place_in(&self, country: &str) -> Option<usize> {
        let capital = (self.input.capital)(country);
        self.input
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.country.as_deref() == Some(country))
            .max_by_key(|(i, p)| {
                (Some(&p.name) == capital.as_ref(), p.mentions.len(), std::cmp::Reverse(*i))
            })
            .map(|(i, _)| i)
    }

    fn conflict_parties(&self) -> &[usize] {
        &self.conflict
    }

    /// The direct quote around `span`, if any.
    fn quote_at(&self, span: Span) -> Option<&'a Quote> {
        // Direct quotes by start: the ones that start before the span, the nearest
        // first (quotes hardly nest, so a few steps back suffice).
        let k = self
            .direct
            .partition_point(|&q| self.input.quotes[q].span.byte_start <= span.byte_start);
        self.direct[..k]
            .iter()
            .rev()
            .take(4)
            .map(|&q| &self.input.quotes[q])
            .find(|q| q.span.contains(span))
    }

    fn speaker(&self, q: &Quote) -> Option<usize> {
        let id = q.speaker.as_ref()?;
        self.input.actors.iter().position(|a| &a.id == id)
    }

    /// The person a quote is addressed to: the most mentioned person of another
    /// country than the speaker's.
    fn addressee(&self, q: &Quote) -> Option<usize> {
        let speaker = self.speaker(q)?;
        let country = self.country(speaker)?;
        let country = country.as_str();
        self.input
            .actors
            .iter()
            .enumerate()
            .filter(|(i, a)| {
                *i != speaker
                    && a.kind == ActorKind::Person
                    && a.country.as_deref().is_some_and(|c| c != country)
            })
            .max_by_key(|(i, _)| (self.counts[*i], std::cmp::Reverse(*i)))
            .map(|(i, _)| i)
    }

    /// The actors a phrase headed by token `t` names: the token's own actor, else
    /// one inside the phrase, plus those of its conjuncts; in a quote, "we" and "I"
    /// are the speaker and "you" the addressee.
    fn resolve(&self, s: &Parsed<'_>, t: usize, quote: Option<&Quote>) -> Vec<usize> {
        let mut out = Vec::new();
        self.resolve_into(s, t, quote, 0, &mut out);
        for d in s.dependents(t).filter(|&d| s.labels[d] == "conj") {
            self.resolve_into(s, d, quote, 0, &mut out);
        }
        out
    }

    fn resolve_into(
        &self,
        s: &Parsed<'_>,
        t: usize,
        quote: Option<&Quote>,
        depth: usize,
        out: &mut Vec<usize>,
    ) {
        if let Some(a) = s.actors[t] {
            // News media report events; they are not parties to them.
            if self.input.actors[a].sector.as_deref() != Some("MED") && !out.contains(&a) {
                out.push(a);
            }
            return;
        }
        // "its", "their": the subject of the clause ("the government banned its
        // main opposition party").
        if matches!(s.lower[t].as_str(), "its" | "their") && s.labels[t] == "nmod:poss" && depth < 3
        {
            let mut at = t;
            for _ in 0..6 {
                let Some(h) = s.heads[at] else { break };
                if let Some(subject) =
                    s.dependents(h).find(|&d| matches!(s.labels[d], "nsubj" | "nsubj:pass"))
                    && s.depth_under(t, subject).is_none()
                {
                    // ("Trump praised Russia for its annexation of Crimea": "its" is
                    // no person's)
                    let mut whose = Vec::new();
                    self.resolve_into(s, subject, quote, depth + 1, &mut whose);
                    if s.lower[t] == "its" && whose.iter().any(|&a| self.is_person(a)) {
                        // (but the object may be: "praised Russia for its annexation")
                        if let Some(object) = s.dependents(h).find(|&d| s.labels[d] == "obj")
                            && s.depth_under(t, object).is_none()
                        {
                            let mut thing = Vec::new();
                            self.resolve_into(s, object, quote, depth + 1, &mut thing);
                            out.extend(thing.into_iter().filter(|&a| !self.is_person(a)));
                        }
                        return;
                    }
                    for a in whose {
                        if !out.contains(&a) {
                            out.push(a);
                        }
                    }
                    return;
                }
                at = h;
            }
            return;
        }
        // A reflexive object is its clause's subject ("attacked themselves").
        if matches!(s.lower[t].as_str(), "itself" | "themselves" | "himself" | "herself")
            && s.labels[t] == "obj"
            && let Some(verb) = s.heads[t]
            && let Some(subject) = s.dependents(verb).find(|&d| s.labels[d] == "nsubj")
        {
            self.resolve_into(s, subject, quote, depth + 1, out);
            return;
        }
        // "Obama said he would not…": the pronoun subject of what was said is the
        // one who said it.
        // (and so is "it", "him" or "them" after the verb: "Lebanon said a rocket was fired
        // at it")
        // (a thing is "it" as an object: "urged Germany to ratify it")
        let after_verb = match s.lower[t].as_str() {
            "him" | "her" | "them" | "us" => matches!(s.labels[t], "obj" | "obl" | "iobj"),
            "it" => {
                s.labels[t] == "obl"
                    && matches!(s.case_of(t), Some("at" | "against" | "on" | "toward" | "towards"))
            }
            _ => false,
        };
        if quote.is_none()
            && (matches!(s.lower[t].as_str(), "he" | "she" | "they" | "we" | "it")
                && s.labels[t].starts_with("nsubj")
                || after_verb)
            && let Some(verb) = s.heads[t]
            && s.labels[verb] == "ccomp"
            && let Some(say) = s.heads[verb]
            && let Some(subject) = s.dependents(say).find(|&d| s.labels[d] == "nsubj")
            && subject != t
        {
            self.resolve_into(s, subject, quote, depth + 1, out);
            // "Obama and Putin said they …": they are both.
            if matches!(s.lower[t].as_str(), "they" | "we") {
                for c in s.dependents(subject).filter(|&c| s.labels[c] == "conj") {
                    self.resolve_into(s, c, quote, depth + 1, out);
                }
            }
            return;
        }
        // "who" is the one its clause describes ("Putin, who met Lukashenko, …"); a
        // clause that describes a thing ("the group that has seized …") is background.
        if s.lower[t] == "who"
            && s.labels[t].starts_with("nsubj")
            && let Some(v) = s.heads[t]
            && s.labels[v] == "acl:relcl"
            && let Some(noun) = s.heads[v]
            && depth < 3
        {
            self.resolve_into(s, noun, quote, depth + 1, out);
            return;
        }
        // "they" as the subject of a clause inside another: the subject of the clause
        // around it, named before ("the ministers condemned what they called …").
        if quote.is_none() && s.lower[t] == "they" && s.labels[t] == "nsubj" && depth < 3 {
            let mut at = s.heads[t];
            for _ in 0..4 {
                let Some(v) = at else { break };
                if let Some(subject) = s
                    .dependents(v)
                    .find(|&d| d < t && d != t && matches!(s.labels[d], "nsubj" | "nsubj:pass"))
                {
                    self.resolve_into(s, subject, quote, depth + 1, out);
                    return;
                }
                at = s.heads[v];
            }
        }
        // "he" or "she" outside quotes: the last person named before, in this
        // sentence or the two before it.
        if quote.is_none() && matches!(s.lower[t].as_str(), "he" | "she") {
            if let Some(a) =
                self.last_person_fitting(s.tokens[t].span.byte_start, Some(s.lower[t] == "she"))
                && !out.contains(&a)
            {
                out.push(a);
            }
            return;
        }
        // A capital named as an actor ("Baku wanted", "help Baku and Yerevan") is its
        // state; a capital in a place phrase ("in Baku") stays a place.
        let party_phrase = matches!(s.labels[t], "obl" | "nmod")
            && matches!(s.case_of(t), Some("with" | "against" | "to" | "by" | "on"));
        if (party_phrase
            || matches!(
                s.labels[t],
                "nsubj" | "obj" | "iobj" | "conj" | "nmod:poss" | "nsubj:pass"
            ))
            && let Some(p) = self.place_at_token(s.base + t)
            && let Some(country) = self.input.places[p].country.as_deref()
            && (self.input.capital)(country).as_deref() == Some(self.input.places[p].name.as_str())
            && let Some(a) = self.state(country)
        {
            if !out.contains(&a) {
                out.push(a);
            }
            return;
        }
        // "Elian's father", "the minister's wife": a relative is someone else, not the
        // one whose relative they are.
        if matches!(
            singular(&s.lower[t]),
            "father"
                | "mother"
                | "son"
                | "daughter"
                | "wife"
                | "husband"
                | "brother"
                | "sister"
                | "uncle"
                | "aunt"
                | "cousin"
                | "nephew"
                | "niece"
                | "relative"
                | "family"
                | "widow"
                | "grandfather"
                | "grandmother"
                | "parent"
                | "child"
                | "children"
                | "great-uncle"
        ) && s.dependents(t).any(|d| s.labels[d] == "nmod:poss")
        {
            return;
        }
        // "the two sides", "both leaders": the parties of the last meeting.
        if matches!(
            singular(&s.lower[t]),
            "side"
                | "leader"
                | "minister"
                | "president"
                | "country"
                | "delegation"
                | "government"
                | "head"
        ) && s.lower[t].ends_with('s')
            && s.dependents(t).any(|d| matches!(s.lower[d].as_str(), "two" | "both"))
            || (s.lower[t] == "sides" && s.dependents(t).any(|d| s.lower[d] == "the"))
        {
            for &a in self.parties.borrow().iter() {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
            if !self.parties.borrow().is_empty() {
                return;
            }
        }
        if let Some(q) = quote {
            let who = match s.lower[t].as_str() {
                "we" | "i" | "us" | "me" | "our" | "my" => self.speaker(q),
                "you" | "your" => self.addressee(q),
                _ => None,
            };
            if let Some(a) = who {
                if !out.contains(&a) {
                    out.push(a);
                }
                return;
            }
        }
        // A group noun: its state from the phrase ("Armenian protesters", "rebels in
        // Syria"), else none.
        // ("voiced his opposition", "expressed opposition to": a stance, no group)
        let stance = s.lower[t] == "opposition"
            && (s.dependents(t).any(|d| {
                s.labels[d] == "nmod:poss"
                    && matches!(s.lower[d].as_str(), "his" | "her" | "its" | "their" | "our" | "my")
            }) || s.heads[t].is_some_and(|h| {
                matches!(
                    s.lower[h].trim_end_matches(['s', 'd']).trim_end_matches('e'),
                    "voic" | "express" | "stat" | "reiterat" | "restat" | "signal" | "register"
                )
            }));
        let group_of = |w: &str| {
            if stance {
                return None;
            }
            self.groups.get(w).or_else(|| self.groups.get(singular(w)))
        };
        // (also a group noun before a generic head: "its main opposition party")
        let compound_group = || {
            matches!(singular(&s.lower[t]), "party" | "group" | "supporter" | "member" | "figure")
                .then(|| s.dependents(t).filter(|&d| matches!(s.labels[d], "compound" | "amod")))
                .into_iter()
                .flatten()
                .find_map(|d| group_of(&s.lower[d]))
        };
        if let Some(sector) = group_of(&s.lower[t]).or_else(compound_group) {
            // ("opposition forces", "rebel troops": armed, but not the state's)
            let sector = if sector.as_str() == "MIL"
                && s.dependents(t).any(|d| {
                    matches!(s.labels[d], "amod" | "compound")
                        && matches!(
                            s.lower[d].as_str(),
                            "opposition" | "rebel" | "insurgent" | "militia" | "guerrilla"
                        )
                }) {
                "REB"
            } else {
                sector.as_str()
            };
            let mut states = Vec::new();
            // ("the ministers of Armenia and Azerbaijan": one group of each; but a
            // group whose state is said before it is that state's alone: "its army from
            // Kuwait", "Armenian protesters in Moscow")
            let mut whose = Vec::new();
            for d in s
                .dependents(t)
                .filter(|&d| matches!(s.labels[d], "amod" | "compound" | "nmod:poss"))
            {
                self.resolve_into(s, d, quote, depth + 1, &mut whose);
            }
            let own_state = whose.iter().any(|&a| self.is_state(a));
            for d in s.dependents(t).filter(|&d| {
                matches!(s.labels[d], "amod" | "compound" | "nmod:poss")
                    || (s.labels[d] == "nmod" && !own_state)
            }) {
                self.resolve_into(s, d, quote, depth + 1, &mut states);
                // (a place: "supporters in Nairobi" are Kenyan)
                if s.labels[d] == "nmod"
                    && let Some(p) = self.place_at_token(s.base + d)
                    && let Some(a) =
                        self.input.places[p].country.as_deref().and_then(|c| self.state(c))
                    && !states.contains(&a)
                {
                    states.push(a);
                }
                if s.lower[t].ends_with('s') {
                    for c in s.dependents(d).filter(|&c| s.labels[c] == "conj") {
                        self.resolve_into(s, c, quote, depth + 1, &mut states);
                    }
                }
            }
            // (the group's words: the noun and the words before it in its phrase, not
            // a preposition, conjunction or clause: "the bloc's foreign ministers")
            let first = s
                .dependents(t)
                .filter(|&d| d < t && !matches!(s.labels[d], "case" | "cc" | "punct" | "mark"))
                .map(|d| s.subtree(d).into_iter().min().unwrap_or(d))
                .min()
                .unwrap_or(t);
            // (and the phrases after it that say whose: "the ministers of Estonia and
            // Latvia", not a clause: "companies it accused of …")
            let last = s
                .dependents(t)
                .filter(|&d| d > t && matches!(s.labels[d], "nmod" | "amod" | "flat" | "compound"))
                .map(|d| s.subtree(d).into_iter().max().unwrap_or(d))
                .max()
                .unwrap_or(t);
            let span = s.tokens[first].span.cover(s.tokens[last].span);
            let words = span.text(self.input.text).to_owned();
            let mention = Mention { span, how: Linked::Group };
            let mut countries: Vec<Option<String>> = Vec::new();
            for &a in &states {
                let c = self.country(a);
                if c.is_some() && !countries.contains(&c) {
                    countries.push(c);
                }
            }
            if countries.is_empty() {
                countries.push(None);
            }
            for country in countries {
                let g = self.group(country, sector, &words, vec![mention]);
                if !out.contains(&g) {
                    out.push(g);
                }
            }
            return;
        }
        if depth >= 3 {
            return;
        }
        // A plural of several states: "the foreign ministers of Armenia and
        // Azerbaijan" are one of each, "talks between Israel and Hamas" both.
        if s.lower[t].ends_with('s')
            && matches!(s.tags[t], Upos::Noun)
            && let Some(d) = s.dependents(t).find(|&d| {
                s.labels[d] == "nmod" && matches!(s.case_of(d), Some("of" | "from" | "between"))
            })
            && s.dependents(d).any(|c| s.labels[c] == "conj")
        {
            let mut each = Vec::new();
            for k in std::iter::once(d).chain(s.dependents(d).filter(|&c| s.labels[c] == "conj")) {
                let mut one = Vec::new();
                self.resolve_into(s, k, quote, depth + 1, &mut one);
                for a in one {
                    if !each.contains(&a) {
                        each.push(a);
                    }
                }
            }
            if each.len() >= 2 {
                for a in each {
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
                return;
            }
        }
        // Inside the phrase: a person or organisation named in it ("a delegation led
        // by Russian Minister Sergey Lavrov" is Lavrov), else a state ("the Russian
        // side").
        let mut found = Vec::new();
        for d in s.dependents(t).filter(|&d| {
            // (A participle's agent is not the thing: "a government-controlled village";
            // nor what an active one acts on: "statements condemning Beijing".)
            let participle = (s.labels[d] == "amod" && s.tags[d] == Upos::Verb)
                || (s.labels[d] == "acl" && s.lower[d].ends_with("ing"));
            // (nor does a possessive pronoun stand for what is had: "their counterparts"
            // are the others)
            let possessive = s.labels[d] == "nmod:poss"
                && matches!(s.lower[d].as_str(), "its" | "their" | "his" | "her");
            !participle
                && !possessive
                && matches!(
                    s.labels[d],
                    "compound"
                        | "amod"
                        | "nmod:poss"
                        | "nmod"
                        | "appos"
                        | "flat"
                        | "acl"
                        | "obl:agent"
                        | "obl"
                        | "nmod:desc"
                )
        }) {
            // (a clause that describes an attack or a weapon names its agent, "a
            // rocket fired by Hezbollah", but nothing else in it is the attacker: "bombs
            // exploded outside the U.S. embassies")
            if s.labels[d] == "acl" && VIOLENCE_NOUNS.contains(&singular(&s.lower[t])) {
                for a in s.dependents(d).filter(|&a| {
                    s.labels[a] == "obl:agent"
                        || (s.labels[a] == "obl" && s.case_of(a) == Some("by"))
                }) {
                    self.resolve_into(s, a, quote, depth + 1, &mut found);
                }
                continue;
            }
            // (what an attack or a seizure is of is what suffered it, "the bombing of
            // the U.S. embassies", and where it was is a place, "in Kenya": only "by" or
            // "from" names who did it)
            if s.labels[d] == "nmod"
                && !matches!(s.case_of(d), Some("by" | "from"))
                && VIOLENCE_NOUNS.contains(&singular(&s.lower[t]))
            {
                continue;
            }
            // (a name in apposition is the phrase's own: "the hero of Trump's speeches,
            // Vladimir Putin," is Putin)
            if s.labels[d] == "appos" {
                let mut named = Vec::new();
                self.resolve_into(s, d, quote, depth + 1, &mut named);
                if !named.is_empty() {
                    found = named;
                    break;
                }
                continue;
            }
            self.resolve_into(s, d, quote, depth + 1, &mut found);
        }
        // A person, organisation or group of a known state first, then a state, then
        // a group of no known state.
        let rank = |a: usize| match (self.is_state(a), self.country(a).is_some()) {
            (false, true) => 0,
            (true, _) => 1,
            (false, false) => 2,
        };
        let mut chosen = found.iter().copied().min_by_key(|&a| rank(a));
        // No actor named, but a place: the state it lies in ("the mayor of Nablus").
        // (not a place in a clause that describes the thing, nor what an attack was on)
        if chosen.is_none() && depth == 0 && !VIOLENCE_NOUNS.contains(&singular(&s.lower[t])) {
            let acting: Vec<usize> = s
                .dependents(t)
                .filter(|&d| {
                    s.labels[d] == "acl:relcl"
                        || (s.labels[d] == "acl" && s.lower[d].ends_with("ing"))
                })
                .collect();
            chosen = s
                .subtree(t)
                .into_iter()
                .filter(|&k| !acting.iter().any(|&a| s.depth_under(k, a).is_some()))
                .filter_map(|k| self.place_at_token(s.base + k))
                .find_map(|p| self.input.places[p].country.as_deref())
                .and_then(|c| self.state(c));
        }
        if let Some(a) = chosen
            && !out.contains(&a)
        {
            out.push(a);
        }
    }

    /// The date of the event whose clause spans `clause`: the time expression in it
    /// nearest the cue, else the publication date (and false).
    fn date_in(
        &self,
        s: &Parsed<'_>,
        clause: usize,
        cue: Span,
        published: Option<&str>,
    ) -> (Option<String>, bool) {
        let span = s.subtree_span(clause);
        let mut best: Option<(usize, &Time)> = None;
        let times = self.input.times;
        let first = times.partition_point(|t| t.span.byte_start < span.byte_start);
        for t in &times[first..] {
            if t.span.byte_start >= span.byte_end {
                break;
            }
            if !span.contains(t.span) {
                continue;
            }
            // Only a time of the clause itself, not of a clause inside it ("…, which
            // I will do tomorrow").
            let Some(mut k) = s
                .tokens
                .iter()
                .position(|x| x.span.contains(Span::new(t.span.byte_start, t.span.byte_start + 1)))
            else {
                continue;
            };
            // (nor the start of a period, "between 2011 and 2018", "since May": when
            // what was done went on, not when the event was)
            let period_start =
                |j: usize| matches!(s.lower[j].as_str(), "between" | "from" | "since");
            let period_end = k >= 3
                && matches!(s.lower[k - 1].as_str(), "and" | "to" | "until" | "through")
                && period_start(k - 3);
            if (k > 0 && period_start(k - 1)) || period_end {
                continue;
            }
            let mut own = true;
            for _ in 0..s.tokens.len() {
                if k == clause {
                    break;
                }
                if matches!(
                    s.labels[k],
                    "acl:relcl" | "acl" | "ccomp" | "advcl" | "parataxis" | "csubj" | "advcl:relcl"
                ) {
                    own = false;
                    break;
                }
                match s.heads[k] {
                    Some(h) => k = h,
                    None => break,
                }
            }
            if !own {
                continue;
            }
            let v = &t.value;
            let dated = v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit);
            if !dated {
                continue;
            }
            let distance = t.span.byte_start.abs_diff(cue.byte_start);
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, t));
            }
        }
        match best {
            Some((_, t)) => {
                let v = t.value.split('T').next().unwrap_or(&t.value);
                (Some(v.chars().take(10).collect()), true)
            }
            None => (published.map(str::to_owned), false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_and_nouns_inflect() {
        let forms = inflections("accuse", Kind::Verb);
        for f in ["accuse", "accuses", "accused", "accusing"] {
            assert!(forms.contains(&f.to_owned()), "{f}");
        }
        let forms = inflections("ban", Kind::Verb);
        assert!(forms.contains(&"banned".to_owned()) && forms.contains(&"banning".to_owned()));
        let forms = inflections("deny", Kind::Verb);
        assert!(forms.contains(&"denies".to_owned()) && forms.contains(&"denied".to_owned()));
        assert!(inflections("talk", Kind::Noun).contains(&"talks".to_owned()));
    }

    #[test]
    fn the_lexicon_loads_and_errors_name_the_line() {
        let coder = EventCoder::new();
        assert!(coder.cue_count() >= 300, "{} cues", coder.cue_count());
        let bad = EventCoder::from_data("accuse\tverb\t-\tact\t-\t999\tx", CAMEO, GUARDS, GROUPS)
            .unwrap_err();
        assert_eq!((bad.file, bad.line), ("event_cues.tsv", 1));
        assert!(bad.message.contains("999"));
    }

    #[test]
    fn intentions_take_their_own_codes() {
        assert_eq!(intention("042"), "036");
        assert_eq!(intention("045"), "039");
        assert_eq!(intention("190"), "138");
        assert_eq!(intention("112"), "112");
        assert_eq!(intention("174"), "174");
    }
}
