//! Who said it: quotes' speaker words linked to actors, and the speakers that the
//! words around a quote leave implicit.
//!
//! In order, for each quote:
//! 1. its speaker words, linked (names, titles, "the Russian minister", pronouns:
//!    "he" and "she" skip people the text has already called the other, and one that
//!    speaks again in a sentence is the person who has just spoken in it, and one
//!    that opens its sentence is the person the sentence before opened with);
//! 2. a transcript's `A:` turn: the person the previous question addressed;
//! 3. another quote of the same sentence that has a speaker ("X called it "…" and
//!    said that …");
//! 4. the person who opens the quote's sentence ("Colonna called the plan "…"");
//! 5. the speaker of the quote just before, in the same or the previous paragraph,
//!    with no other person named between (a speaker who carries on), also past
//!    speaker words that are only a description no rule could place ("the envoy
//!    added").
//!
//! A quote still without a speaker keeps none and gets a `speaker-unknown` note.

use std::collections::HashMap;

use attache_model::{ActorId, ActorKind, Diagnostic, Paragraph, Quote, Sentence};
use attache_text::Span;

use crate::{Entities, EntityLinker};

/// Given names that tell "he" or "she" (`data/given_name_pronouns.tsv`).
static GIVEN_NAME_PRONOUNS: std::sync::LazyLock<HashMap<&'static str, Pronoun>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/given_name_pronouns.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
            .filter_map(|l| {
                let (name, pronoun) = l.split_once('\t')?;
                let pronoun = match pronoun.trim() {
                    "he" => Pronoun::He,
                    "she" => Pronoun::She,
                    _ => return None,
                };
                Some((name, pronoun))
            })
            .collect()
    });

/// The pronoun a given name tells, if it tells one.
fn given_name_pronoun(name: &str) -> Option<Pronoun> {
    GIVEN_NAME_PRONOUNS.get(name).copied()
}

/// Whether a person's name tells "she" (true) or "he" (false), by its given name.
pub fn female_name(name: &str) -> Option<bool> {
    given_name_pronoun(name.split_whitespace().next()?).map(|p| p == Pronoun::She)
}

/// Male or female, as "he" and "she" have told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pronoun {
    He,
    She,
}

/// The pronoun whose holder the words speak for: "her" in "her office" or "His
/// spokesman", as "she" or "he".
fn spokes_for(words: &str) -> Option<&'static str> {
    let (holder, rest) = words.split_once(' ')?;
    let speaks_for = SPEAK_FOR.contains(&rest);
    match holder {
        "his" | "His" if speaks_for => Some("he"),
        "her" | "Her" if speaks_for => Some("she"),
        _ => None,
    }
}

/// Those who speak for whom a possessive names: "his spokesman", "her office", "the
/// ministry's press service".
const SPEAK_FOR: &[&str] = &[
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "press office",
    "press service",
];

/// The body a press service or a spokesman speaks for, named with a possessive before
/// them: "the ministry" in "the ministry's press service".
fn body_spoken_for(text: &str, mention: Span) -> Option<Span> {
    let words = mention.text(text);
    let (body, rest) = words.rsplit_once("'s ").or_else(|| words.rsplit_once("’s "))?;
    (SPEAK_FOR.contains(&rest) && !body.trim().is_empty() && body.split_whitespace().count() <= 5)
        .then(|| Span::new(mention.byte_start, mention.byte_start + body.len()))
}

/// Words that name what a state's body does ("the foreign ministry", "the armed
/// forces", "the interior ministry").
const BODY_WORDS: [&str; 14] = [
    "foreign", "defence", "defense", "interior", "justice", "finance", "health", "trade",
    "economy", "security", "armed", "national", "federal", "central",
];

fn pronoun(words: &str) -> Option<Pronoun> {
    match words {
        "he" | "He" | "him" => Some(Pronoun::He),
        "she" | "She" | "her" => Some(Pronoun::She),
        _ => None,
    }
}

/// Links every quote's speaker; returns the notes on quotes left without one.
pub fn attribute(
    linker: &EntityLinker,
    entities: &Entities,
    text: &str,
    quotes: &mut [Quote],
    sentences: &[Sentence],
    paragraphs: &[Paragraph],
) -> Vec<Diagnostic> {
    // (what "Mr." and "Ms." tell, before any pronoun has)
    let mut told: HashMap<ActorId, Pronoun> = entities.honorifics(text);
    let sentence_of = |span: Span| {
        let i = sentences.partition_point(|s| s.span.byte_end <= span.byte_start);
        (i < sentences.len()).then_some(i)
    };
    let paragraph_of = |at: usize| paragraphs.partition_point(|p| p.span.byte_end < at);
    let mut direct: Vec<Span> = quotes.iter().filter(|q| q.direct).map(|q| q.span).collect();
    direct.sort_by_key(|d| d.byte_start);
    // Each actor's role, looked up once.
    let roles: HashMap<&ActorId, &str> =
        entities.actors.iter().filter_map(|a| Some((&a.id, a.role.as_deref()?))).collect();
    // Quotes that several people said together, and their names.
    let mut joint: HashMap<usize, String> = HashMap::new();
    // (in an interview, the one person named before the first question: "The
    // minister spoke to our correspondent. Q: … A: …")
    let interviewee = quotes
        .iter()
        .find(|o| {
            o.speaker_mention.is_none()
                && o.cue.is_some_and(|c| matches!(c.text(text), "Q" | "Question" | "QUESTION"))
        })
        .and_then(|first| {
            let mut named = entities.persons_within(Span::new(0, first.span.byte_start));
            let one = named.next()?;
            named.all(|p| p == one).then(|| one.clone())
        });
    // 1 and 2: the words.
    for q in 0..quotes.len() {
        let Some(mention) = quotes[q].speaker_mention else { continue };
        // ("the ministry's press service said": the body it speaks for)
        let mention = body_spoken_for(text, mention).unwrap_or(mention);
        let words = mention.text(text);
        // ("her office said", "his spokesman said": they speak for the one the pronoun
        // names)
        let words = spokes_for(words).unwrap_or(words);
        let speaker = if words == "A" {
            // The answer's speaker is the person the question before it addressed
            // ("Q: Minister Lavrov, will …"), not one it asks about ("Will Premier Li
            // attend …?").
            // (or, in an interview, the one person named before the first question:
            // "The minister spoke to our correspondent. Q: … A: …")
            q.checked_sub(1)
                .and_then(|p| entities.addressed(text, quotes[p].span))
                .or(interviewee.as_ref())
                .cloned()
        } else if let Some(p) = pronoun(words) {
            let previous_speaker = q.checked_sub(1).and_then(|p| quotes[p].speaker.clone());
            // (one who replies is not the one who asked; after "Asked whether …", a
            // reporter asked, and the one who spoke before may well reply)
            let asked_before = q.checked_sub(1).is_some_and(|p| {
                let words = quotes[p].span.text(text).trim_end_matches(['"', '”', '’', '\'', ' ']);
                words.ends_with('?')
            });
            // The one named before the quote, outside quotations.
            let before = mention.byte_start.min(quotes[q].span.byte_start);
            let quoted = |m: Span| {
                let i = direct.partition_point(|d| d.byte_start <= m.byte_start);
                i > 0 && direct[i - 1].contains(m)
            };
            // (a pronoun that speaks again, after "and" or "but", in the sentence of a
            // person who has just spoken is that person: "Lee said the talks had failed,
            // but he said …")
            let joined = {
                let before = text[..mention.byte_start].trim_end();
                before.ends_with(" and") || before.ends_with(" but") || before.ends_with(" while")
            };
            let again = q
                .checked_sub(1)
                .filter(|_| joined)
                .filter(|&o| {
                    sentence_of(quotes[o].span) == sentence_of(mention)
                        && quotes[o].speaker_mention.is_some_and(|m| {
                            m.byte_end <= mention.byte_start
                                && quotes[o].speaker.as_ref().is_some_and(|id| {
                                    entities.is_person(id) && told.get(id).is_none_or(|t| *t == p)
                                })
                        })
                })
                .and_then(|o| quotes[o].speaker.clone());
            // (one that opens its sentence is most often the person the sentence before
            // opened with, its subject: "Biden thanked Tamim and Sisi. He said …")
            // (or that stands in the statement it attributes: "The two sides, he
            // said, had agreed …")
            let parenthetical = quotes[q].span.contains(mention);
            let subject_before = sentence_of(mention)
                .filter(|&s| {
                    s > 0
                        && (parenthetical || sentences[s].span.byte_start + 2 >= mention.byte_start)
                })
                .and_then(|s| {
                    let previous = sentences[s - 1].span;
                    let opening = Span::new(
                        previous.byte_start,
                        (previous.byte_start + 60).min(previous.byte_end),
                    );
                    // (or who spoke in it: "“…,” the Russian minister said. He pointed
                    // to …")
                    let spoke = (0..q)
                        .rev()
                        .take_while(|&o| quotes[o].span.byte_start >= previous.byte_start)
                        .find_map(|o| {
                            let id = quotes[o].speaker.as_ref()?;
                            (previous.contains(quotes[o].span) && entities.is_person(id))
                                .then_some(id)
                        });
                    // (for words inside the statement, only one who spoke: "… the
                    // author, Ali, who died … African-Americans, he said, …")
                    let opens = sentences[s].span.byte_start + 2 >= mention.byte_start;
                    let id = spoke
                        .or_else(|| entities.person_starting_within(opening).filter(|_| opens))?;
                    told.get(id).is_none_or(|t| *t == p).then(|| id.clone())
                });
            again.or(subject_before).or_else(|| {
                entities
                    .person_before_where(before, |m, id| {
                        !quoted(m)
                            && told.get(id).is_none_or(|t| *t == p)
                            && (Some(id) != previous_speaker.as_ref()
                                || !replies(text, &quotes[q])
                                || !asked_before)
                    })
                    .cloned()
            })
        } else if matches!(words, "it" | "It") {
            // "it said": the body or state the sentence before opened with, its subject
            // ("The ministry issued a statement. "…," it said.")
            sentence_of(mention)
                .filter(|&s| s > 0)
                .and_then(|s| entities.body_opening(text, sentences[s - 1].span))
                .cloned()
                // (or the body or state whose quote came right before, in this
                // sentence or the one before, known to the knowledge base or with a
                // state: "…, the ministry said. It said the incursion …")
                .or_else(|| {
                    let previous = &quotes[q.checked_sub(1)?];
                    let id = previous.speaker.clone()?;
                    let near = sentence_of(mention)?
                        <= sentence_of(previous.speaker_mention.unwrap_or(previous.span))? + 1;
                    let actor = entities.actors.iter().find(|a| a.id == id)?;
                    let known = !id.0.contains(":new:") || actor.country.is_some();
                    (near && actor.kind != ActorKind::Person && known).then_some(id)
                })
        } else {
            linker.speaker(entities, text, mention).cloned().or_else(|| {
                // "the ministry said …" after "Qatar's foreign ministry announced …": a
                // definite description is the speaker just before whose words end so.
                let rest = words.strip_prefix("the ").or_else(|| words.strip_prefix("The "))?;
                let head = rest.split_whitespace().last()?.to_lowercase();
                let rest_lower = rest.to_lowercase();
                (rest.split_whitespace().count() <= 2).then_some(())?;
                // (nearest first; for a state's body, anywhere before: "the army" is one
                // army in a story)
                let body = matches!(
                    head.as_str(),
                    "army" | "military" | "ministry" | "police" | "embassy" | "navy" | "government"
                );
                // (a text someone issued is named by its kind wherever it stood: "A
                // statement from the foreign office rejected … The statement said …",
                // "…, the ministry said in a statement. The statement added …")
                let issued = matches!(
                    head.as_str(),
                    "statement" | "communique" | "communiqué" | "declaration" | "letter"
                );
                // (at most 500 quotes back, as a text may hold hundreds of thousands)
                let from = if body { q.saturating_sub(500) } else { q.saturating_sub(3) };
                (from..q)
                    .rev()
                    .find_map(|o| {
                        let before = quotes[o].speaker_mention?.text(text).to_lowercase();
                        let cue = quotes[o].cue.map(|c| c.text(text).to_lowercase());
                        // (or named where the statement's sentence opens: "In a letter to the
                        // council, the envoy wrote that …")
                        let opening = || {
                            let mention = quotes[o].speaker_mention?;
                            let s = sentence_of(mention)?;
                            let from = sentences[s].span.byte_start;
                            let words = text.get(from..mention.byte_start)?.to_lowercase();
                            Some(words.split(|c: char| !c.is_alphanumeric()).any(|w| w == head))
                        };
                        // (or that opens with it before what it belongs to: "a spokesperson
                        // for the embassy" is "the spokesperson")
                        let mut before_words = before.split_whitespace();
                        let opens_with = matches!(before_words.next(), Some("a" | "an" | "the"))
                        && before_words.next() == Some(head.as_str())
                        && matches!(before_words.next(), Some("for" | "of" | "at" | "in"))
                        // (and names the rest: "the Wako official" is not "an official
                        // at Warburg")
                        && rest_lower
                            .split_whitespace()
                            .all(|w| before.split_whitespace().any(|b| b == w));
                        let names = before.split_whitespace().last() == Some(head.as_str())
                            || opens_with
                            || (issued
                                && (before.split_whitespace().any(|w| w == head)
                                    || cue
                                        .is_some_and(|c| c.split_whitespace().any(|w| w == head))
                                    || opening() == Some(true)));
                        names.then(|| quotes[o].speaker.clone()).flatten()
                    })
                    // (or, with none named before, the body the sentence before opened
                    // with, as for "it": "The ministry voiced concern over … "…," the
                    // statement said.")
                    .or_else(|| {
                        let s = sentence_of(mention).filter(|&s| issued && s > 0)?;
                        entities.body_opening(text, sentences[s - 1].span).cloned()
                    })
                    // (or, for a body that no quote named before, the state whose body
                    // of that kind the text named last: "The Philippines' foreign
                    // ministry summoned the envoy. … the ministry said")
                    .or_else(|| {
                        body.then(|| {
                            entities.state_with_body_before(text, mention.byte_start, &head)
                        })
                        .flatten()
                        .cloned()
                    })
            })
        };
        if let (Some(id), Some(p)) = (&speaker, pronoun(words)) {
            told.insert(id.clone(), p);
        }
        // ("Prime Minister Modi and President Putin said": two people say it together,
        // and no one of them is the speaker)
        // (or, with no two people, two states or two organisations: "The United States
        // and Britain urged …", "France and Germany said in a joint statement")
        let mut together: Vec<&ActorId> = Vec::new();
        if words.contains(" and ") {
            for kind in [ActorKind::Person, ActorKind::State, ActorKind::Organisation] {
                together = entities.joined_within(mention, kind, text);
                if together.len() >= 2 {
                    break;
                }
            }
        }
        if together.len() >= 2 {
            let names: Vec<&str> = together
                .iter()
                .filter_map(|id| entities.actors.iter().find(|a| a.id == **id))
                .map(|a| a.name.as_str())
                .collect();
            joint.insert(q, names.join(" and "));
            quotes[q].speaker = None;
            continue;
        }
        quotes[q].speaker = speaker;
    }
    // 3 and 4: the sentence.
    for q in 0..quotes.len() {
        if quotes[q].speaker.is_some()
            || quotes[q].speaker_mention.is_some()
            || asked(text, &quotes[q])
        {
            continue;
        }
        let Some(s) = sentence_of(quotes[q].span) else { continue };
        let sentence = &sentences[s];
        // Quotes are in text order: the others of the sentence are next to it.
        let inside = |o: &usize| sentence.span.contains(quotes[*o].span);
        let before = (0..q).rev().take_while(inside);
        let after = (q + 1..quotes.len()).take_while(inside);
        let same_sentence = before.chain(after).find_map(|o| quotes[o].speaker.clone());
        let opener = entities
            .actor_starting_at(sentence.span.byte_start)
            .filter(|_| quotes[q].span.byte_start > sentence.span.byte_start + 1);
        // A quotation that makes up its sentence, after a short sentence of the same
        // paragraph that opens with a person and quotes no one: that person's ("Lavrov
        // was blunt. "We will not …"").
        let lead_in = || {
            let previous = &sentences[s.checked_sub(1)?];
            let opens_sentence = quotes[q].span.byte_start <= sentence.span.byte_start + 4;
            let same_paragraph =
                paragraph_of(previous.span.byte_start) == paragraph_of(quotes[q].span.byte_start);
            // (quotes are in text order: those of the sentence before are just before)
            let quotes_none =
                !(q.saturating_sub(4)..q).any(|o| quotes[o].span.overlaps(previous.span));
            let short = previous.span.byte_end - previous.span.byte_start <= 100;
            (quotes[q].direct
                && opens_sentence
                && same_paragraph
                && quotes_none
                && short
                && !previous.span.text(text).trim_end().ends_with(':'))
            .then(|| {
                // (after its title: "Russian Foreign Minister Sergei Lavrov was …")
                let opening = Span::new(
                    previous.span.byte_start,
                    (previous.span.byte_start + 50).min(previous.span.byte_end),
                );
                entities.person_starting_within(opening)
            })
            .flatten()
        };
        // (or who the sentence opens with by office, the last person named before in
        // it: "The minister was blunt: "…"")
        let described_opener = || {
            let opening = sentence.span.text(text);
            let mut words = opening.split_whitespace();
            (words.next() == Some("The") && quotes[q].direct).then_some(())?;
            let head = words
                .take(3)
                .map(|w| w.trim_end_matches([',', ':']))
                .find(|w| OFFICE_HOLDERS.contains(w))?;
            entities
                .person_before_where(sentence.span.byte_start, |_, id| {
                    roles.get(id).is_some_and(|role| holds_office(role, head))
                })
                .cloned()
        };
        quotes[q].speaker = same_sentence
            .or_else(|| opener.cloned())
            .or_else(described_opener)
            .or_else(|| lead_in().cloned());
    }
    // 5: carrying on.
    // (also after "the envoy added": a description the linker could not place is most
    // often the one who spoke last)
    let description = |m: Span| {
        let words = m.text(text);
        (words.starts_with("the ") || words.starts_with("The "))
            && words[4..].split_whitespace().all(|w| w.starts_with(char::is_lowercase))
    };
    // ("According to the diplomat, …": a reported statement too, when the description
    // is of someone's office)
    let office = |m: Span| {
        description(m)
            && m.text(text).rsplit(' ').next().is_some_and(|w| OFFICE_HOLDERS.contains(&w))
    };
    for q in 1..quotes.len() {
        let described = quotes[q].speaker_mention.is_some_and(office);
        if quotes[q].speaker.is_some()
            || quotes[q].speaker_mention.is_some_and(|m| !description(m))
            || asked(text, &quotes[q])
            || !(quotes[q].direct || described)
        {
            continue;
        }
        let previous = &quotes[q - 1];
        let near = paragraph_of(quotes[q].span.byte_start)
            <= paragraph_of(previous.span.byte_end.saturating_sub(1)) + 1;
        let between = Span::new(
            previous.span.byte_end,
            quotes[q].span.byte_start.max(previous.span.byte_end),
        );
        let Some(speaker) = previous.speaker.clone() else {
            // A speaker named by words the linker could not place ("Luis Rubio, who
            // heads …", "a senior official") carries on by those words.
            // (a quote with words of its own keeps them: "The minister said: "…"")
            if near
                && previous.direct
                && quotes[q].speaker_mention.is_none()
                && previous.speaker_mention.is_some()
                && entities.persons_within(between).next().is_none()
            {
                quotes[q].speaker_mention = previous.speaker_mention;
            }
            continue;
        };
        let other_person = entities.persons_within(between).any(|p| *p != speaker);
        // (a reported statement by description only where the office fits the words:
        // "the diplomat" after a foreign ministry's spokeswoman, not "the envoy" after a
        // militant group's official)
        let fits = || {
            let head = quotes[q]
                .speaker_mention
                .and_then(|m| m.text(text).rsplit(' ').next())
                .unwrap_or("");
            roles.get(&speaker).is_some_and(|role| holds_office(role, head))
        };
        if near
            && (previous.direct || (described && entities.is_person(&speaker) && fits()))
            && !other_person
        {
            quotes[q].speaker = Some(speaker);
        }
    }
    // A quoted phrase inside a statement, attributed by the same words, is the
    // statement's speaker's ("The spokesperson said the report "distorts the facts"").
    for q in 0..quotes.len() {
        if !quotes[q].direct || quotes[q].speaker.is_some() {
            continue;
        }
        let (span, mention) = (quotes[q].span, quotes[q].speaker_mention);
        if mention.is_none() {
            continue;
        }
        // (quotes are in order of their start: a statement that holds this one is
        // next to it)
        let holder = quotes[q.saturating_sub(8)..quotes.len().min(q + 8)]
            .iter()
            .find(|o| !o.direct && o.span.contains(span) && o.speaker_mention == mention);
        if let Some(speaker) = holder.and_then(|o| o.speaker.clone()) {
            quotes[q].speaker = Some(speaker);
        }
    }
    let mut notes = Vec::new();
    for (q, quote) in quotes.iter().enumerate() {
        if quote.speaker.is_some() {
            continue;
        }
        if let Some(names) = joint.get(&q) {
            notes.push(Diagnostic::info(
                "speaker-joint",
                format!("said together by {names}: no one speaker is given"),
                quote.speaker_mention,
            ));
            continue;
        }
        notes.push(match quote.speaker_mention {
            Some(mention) => Diagnostic::info(
                "speaker-unknown",
                format!("the speaker \"{}\" is not linked to a known actor", mention.text(text)),
                Some(mention),
            ),
            None => Diagnostic::info(
                "speaker-unknown",
                "no speaker found for this quote",
                Some(quote.span),
            ),
        });
    }
    notes
}

/// The last words of descriptions that name someone by their office ("the diplomat",
/// "the foreign minister"): the one who spoke last, when no one else is named between.
const OFFICE_HOLDERS: &[&str] = &[
    "diplomat",
    "minister",
    "envoy",
    "ambassador",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "premier",
    "chancellor",
    "secretary",
    "leader",
    "senator",
    "governor",
    "mayor",
    "general",
    "commander",
];

/// Whether a role fits a description by office: "foreign minister" is "the minister",
/// "spokesperson" is "the spokesman", and a foreign minister, an ambassador or an envoy
/// is "the diplomat".
fn holds_office(role: &str, head: &str) -> bool {
    let role = role.to_lowercase();
    if role.starts_with("former ") {
        return false;
    }
    match head {
        "spokesman" | "spokeswoman" | "spokesperson" => role.contains("spokes"),
        "diplomat" => ["foreign", "ambassador", "envoy", "diplomat", "spokes"]
            .iter()
            .any(|w| role.contains(w)),
        "leader" => {
            ["head of state", "head of government", "president", "prime minister", "leader"]
                .iter()
                .any(|w| role.contains(w))
        }
        _ => role.split(|c: char| !c.is_alphanumeric()).any(|w| w == head),
    }
}

/// Whether a quote is a transcript's question (its cue is the `Q` label): asked by
/// a reporter, whom no rule names.
fn asked(text: &str, quote: &Quote) -> bool {
    quote.cue.is_some_and(|c| matches!(c.text(text), "Q" | "Question" | "QUESTION"))
}

/// Whether a quote's cue is a reply ("she replied"), which is not said by the one
/// who spoke just before.
fn replies(text: &str, quote: &Quote) -> bool {
    quote.cue.is_some_and(|c| {
        matches!(c.text(text), "replied" | "responded" | "countered" | "retorted" | "answered")
    })
}

impl Entities {
    /// The person a question addresses: named in its first words and set off by a
    /// comma ("Minister Lavrov, will …").
    pub fn addressed(&self, text: &str, question: Span) -> Option<&ActorId> {
        let first = self.mentions.partition_point(|(m, _)| m.byte_start < question.byte_start);
        self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.byte_start < (question.byte_start + 40).min(question.byte_end))
            .find(|(m, i)| {
                self.actors[*i].kind == ActorKind::Person
                    && text[m.byte_end..].trim_start_matches(['.', ' ']).starts_with(',')
            })
            .map(|(_, i)| &self.actors[*i].id)
    }

    /// The state or organisation a sentence opens with (after "The" at most): a state
    /// by its name, not an adjective ("British jewellers …" is no subject of Britain).
    pub fn body_opening(&self, text: &str, sentence: Span) -> Option<&ActorId> {
        let first = self.mentions.partition_point(|(m, _)| m.byte_start < sentence.byte_start);
        let (m, i) = self.mentions.get(first)?;
        let actor = &self.actors[*i];
        let opens =
            m.byte_start <= sentence.byte_start + "The ".len() && m.byte_end <= sentence.byte_end;
        let fits = match actor.kind {
            ActorKind::Organisation => true,
            ActorKind::State => m.text(text) == actor.name,
            _ => false,
        };
        (opens && fits).then_some(&actor.id)
    }

    /// The last state named before a byte offset as the owner of a body whose name
    /// ends in `head` ("the Philippines' foreign ministry", "Philippine foreign
    /// ministry", "Kenya's army"), within the last 500 mentions.
    pub fn state_with_body_before(&self, text: &str, at: usize, head: &str) -> Option<&ActorId> {
        self.actor_before_where(at, ActorKind::State, |m, i| {
            let after = &text[m.byte_end..at];
            // (a possessive, or an adjective of the state right before: "the
            // Philippine foreign ministry", never its name as a subject: "Russia
            // criticised the ministry")
            let adjective = m.text(text) != self.actors[i].name;
            let Some(after) = ["'s ", "’s ", "' ", "’ "]
                .iter()
                .find_map(|p| after.strip_prefix(p))
                .or_else(|| adjective.then(|| after.strip_prefix(' ')).flatten())
            else {
                return false;
            };
            // (at most two words between, each a word of the body's name: "foreign",
            // "defence and security" is too long)
            after
                .split_whitespace()
                .take(3)
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .position(|w| w.eq_ignore_ascii_case(head))
                .is_some_and(|k| {
                    after
                        .split_whitespace()
                        .take(k)
                        .all(|w| w.starts_with(char::is_uppercase) || BODY_WORDS.contains(&w))
                })
        })
    }

    /// Whether an actor of the text is a person.
    pub fn is_person(&self, id: &ActorId) -> bool {
        self.actors.iter().any(|a| a.id == *id && a.kind == ActorKind::Person)
    }

    /// The first person whose mention starts inside a span.
    pub fn person_starting_within(&self, span: Span) -> Option<&ActorId> {
        let first = self.mentions.partition_point(|(m, _)| m.byte_start < span.byte_start);
        self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.byte_start < span.byte_end)
            .find(|(_, i)| self.actors[*i].kind == ActorKind::Person)
            .map(|(_, i)| &self.actors[*i].id)
    }

    /// The actors of one kind named within a span, each once, when "and" joins each
    /// to the one before ("Modi and Putin", "France and Germany").
    pub fn joined_within(&self, span: Span, kind: ActorKind, text: &str) -> Vec<&ActorId> {
        let first = self.mentions.partition_point(|(m, _)| m.byte_start < span.byte_start);
        let mut out: Vec<&ActorId> = Vec::new();
        let mut last_end = None;
        for (m, i) in self.mentions[first..].iter().take_while(|(m, _)| m.byte_end <= span.byte_end)
        {
            if self.actors[*i].kind != kind || out.contains(&&self.actors[*i].id) {
                continue;
            }
            let joined = last_end.is_none_or(|end: usize| {
                text.get(end..m.byte_start).is_some_and(|between| between.contains(" and "))
            });
            if !joined {
                return Vec::new();
            }
            out.push(&self.actors[*i].id);
            last_end = Some(m.byte_end);
        }
        out
    }

    /// The people mentioned inside a span, in order.
    pub fn persons_within(&self, span: Span) -> impl Iterator<Item = &ActorId> {
        let first = self.mentions.partition_point(|(m, _)| m.byte_start < span.byte_start);
        self.mentions[first..]
            .iter()
            .take_while(move |(m, _)| m.byte_end <= span.byte_end)
            .filter(|(_, i)| self.actors[*i].kind == ActorKind::Person)
            .map(|(_, i)| &self.actors[*i].id)
    }

    /// The last person mentioned before a byte offset that `accept` accepts.
    pub fn person_before_where(
        &self,
        at: usize,
        accept: impl Fn(Span, &ActorId) -> bool,
    ) -> Option<&ActorId> {
        self.actor_before_where(at, ActorKind::Person, |m, i| accept(m, &self.actors[i].id))
    }

    /// The last actor of a kind mentioned before a byte offset that `accept` accepts
    /// (given the mention and the actor's index), within the last 500 mentions: an
    /// antecedent is never far.
    fn actor_before_where(
        &self,
        at: usize,
        kind: ActorKind,
        accept: impl Fn(Span, usize) -> bool,
    ) -> Option<&ActorId> {
        let end = self.mentions.partition_point(|(m, _)| m.byte_start < at);
        self.mentions[..end]
            .iter()
            .rev()
            .take(500)
            .filter(|(m, i)| m.byte_end <= at && self.actors[*i].kind == kind)
            .find(|(m, i)| accept(*m, *i))
            .map(|(_, i)| &self.actors[*i].id)
    }

    /// The people a title of address gives as male or female ("Mr. Pavlov",
    /// "Ms. Ruiz"), in the mention or right before it.
    fn honorifics(&self, text: &str) -> HashMap<ActorId, Pronoun> {
        let mut out = HashMap::new();
        for (m, i) in &self.mentions {
            let actor = &self.actors[*i];
            if actor.kind != ActorKind::Person {
                continue;
            }
            let before = text[..m.byte_start].trim_end();
            let title = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
            let first = m.text(text).split_whitespace().next().unwrap_or("");
            // (or a title of rank, or the given name of the person's own name)
            let given = actor.name.split_whitespace().next().unwrap_or("");
            let gender = [title, first].into_iter().find_map(|w| match w {
                "Mr." | "Mr" | "King" | "Prince" | "Pope" | "Sultan" | "Emir" | "Sir" => {
                    Some(Pronoun::He)
                }
                "Mrs." | "Mrs" | "Ms." | "Ms" | "Miss" | "Queen" | "Princess" | "Dame" | "Lady" => {
                    Some(Pronoun::She)
                }
                _ => None,
            });
            let gender = gender.or_else(|| given_name_pronoun(given));
            if let Some(g) = gender {
                out.entry(actor.id.clone()).or_insert(g);
            }
        }
        out
    }

    /// The person whose mention starts at a byte offset.
    pub fn actor_starting_at(&self, at: usize) -> Option<&ActorId> {
        let i = self.mentions.partition_point(|(m, _)| m.byte_start < at);
        self.mentions
            .get(i)
            .filter(|(m, a)| m.byte_start == at && self.actors[*a].kind == ActorKind::Person)
            .map(|(_, a)| &self.actors[*a].id)
    }
}
