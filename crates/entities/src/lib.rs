//! Which actor does this mention mean, as of the article's date?
//!
//! The [`EntityLinker`] finds the names of the knowledge base in a text (one pass of
//! its automaton), keeps the longest at each place, and links each to an actor or a
//! place:
//!
//! - people by full name, choosing among namesakes the one in office on the
//!   article's date; by surname where the full name, a title or the office makes it
//!   safe ("President Aliyev", "Lavrov");
//! - people the knowledge base does not know, from a title before their name
//!   ("Foreign Minister Ana Ruiz"), with the country from the words around the title;
//! - offices without a name ("the President of the Russian Federation", "the foreign
//!   minister"): the holder on that date, or the last person named with that role;
//! - states by name, adjective or demonym (both of "Armenian-Azerbaijani");
//! - organisations by name or acronym, coded as their top IGO or their state;
//! - places, where the words around them say they are places.
//!
//! Every mention keeps its byte span.
#![deny(missing_docs)]

mod names;
pub mod ner;
mod speakers;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use attache_kb::{Day, Entry, KnowledgeBase, NameMatch, OrgKind, StateForm, Target};
use attache_model::{
    Actor, ActorId, ActorKind, Diagnostic, Linked, Mention, Place, Sentence, Token,
};
use attache_text::Span;
use daachorse::{DoubleArrayAhoCorasickBuilder, MatchKind};
use names::HONORIFICS;

pub use names::role_name;
pub use speakers::{attribute, female_name};

/// Links the names of a text to the knowledge base.
#[derive(Clone, Debug)]
pub struct EntityLinker {
    kb: Arc<KnowledgeBase>,
    ner: Arc<ner::NerModel>,
    /// The national bodies of the knowledge base by each name in lower case, for
    /// bodies the text names in lower case ("Qatar's foreign ministry").
    bodies: Arc<HashMap<String, u32>>,
}

impl Default for EntityLinker {
    fn default() -> Self {
        EntityLinker::new(KnowledgeBase::builtin())
    }
}

/// The actors and places of a text, with every mention.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Places in order of first mention.
    pub places: Vec<Place>,
    /// Notes: where a title in the text disagrees with the knowledge base.
    pub diagnostics: Vec<Diagnostic>,
    /// Every actor mention, in text order, with its actor's index.
    mentions: Vec<(Span, usize)>,
}

impl Entities {
    /// The actor a span names: the one whose mention overlaps it most.
    pub fn actor_at(&self, span: Span) -> Option<&ActorId> {
        let overlap = |m: Span| {
            m.byte_end.min(span.byte_end).saturating_sub(m.byte_start.max(span.byte_start))
        };
        let first = self.mentions.partition_point(|(m, _)| m.byte_end <= span.byte_start);
        self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.byte_start < span.byte_end)
            .filter(|(m, _)| overlap(*m) > 0)
            .max_by_key(|(m, _)| overlap(*m))
            .map(|(_, i)| &self.actors[*i].id)
    }

    /// The person whose mention ends a span (after its last word, punctuation aside).
    fn person_ending_at(&self, span: Span) -> Option<&ActorId> {
        let first = self.mentions.partition_point(|(m, _)| m.byte_end <= span.byte_start);
        self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.byte_start < span.byte_end)
            .filter(|(m, i)| {
                m.byte_start >= span.byte_start
                    && m.byte_end == span.byte_end
                    && self.actors[*i].kind == ActorKind::Person
            })
            .map(|(_, i)| &self.actors[*i].id)
            .last()
    }

    /// The last person of a country mentioned before a byte offset whose role fits,
    /// else (unless `strict`) the last one.
    fn person_of_country_before(
        &self,
        at: usize,
        country: &str,
        fits: impl Fn(&Actor) -> bool,
        strict: bool,
    ) -> Option<&ActorId> {
        let end = self.mentions.partition_point(|(m, _)| m.byte_start < at);
        let of_country =
            || {
                self.mentions[..end].iter().rev().take(500).map(|(_, i)| &self.actors[*i]).filter(
                    |a| a.kind == ActorKind::Person && a.country.as_deref() == Some(country),
                )
            };
        of_country()
            .find(|a| fits(a))
            .or_else(|| if strict { None } else { of_country().next() })
            .map(|a| &a.id)
    }

    /// The last organisation mentioned before a byte offset (within 500 mentions) that
    /// `fits`.
    fn organisation_before(&self, at: usize, fits: impl Fn(&Actor) -> bool) -> Option<&ActorId> {
        let end = self.mentions.partition_point(|(m, _)| m.byte_start < at);
        self.mentions[..end]
            .iter()
            .rev()
            .take(500)
            .map(|(_, i)| &self.actors[*i])
            .find(|a| a.kind == ActorKind::Organisation && fits(a))
            .map(|a| &a.id)
    }

    /// The last person mentioned before a byte offset, for "he" and "she".
    pub fn person_before(&self, at: usize) -> Option<&ActorId> {
        let end = self.mentions.partition_point(|(m, _)| m.byte_start < at);
        self.mentions[..end]
            .iter()
            .rev()
            .take(500)
            .find(|(m, i)| m.byte_end <= at && self.actors[*i].kind == ActorKind::Person)
            .map(|(_, i)| &self.actors[*i].id)
    }
}

/// A name found and the one thing chosen for it.
#[derive(Clone, Copy, Debug)]
struct Found<'g> {
    span: Span,
    entries: &'g [Entry],
}

/// Words before a place name that say it is one.
const LOCATIVES: &[&str] = &[
    "in", "at", "from", "to", "near", "outside", "into", "toward", "towards", "across", "via",
    "visited", "visit", "visiting", "reached", "around", "between", "In", "At", "From", "Near",
    "Outside",
];

/// Place names that are far more often months and days ("in March").
const CALENDAR_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mar",
    "Sept",
    "Aug",
];

/// Whether a body named without its state may be the dateline state's: not police
/// (most often a city's), an embassy or consulate (most often a foreign one), nor the
/// government (which is the state).
fn home_body(tail: &str) -> bool {
    !matches!(tail, "government" | "embassy" | "consulate" | "police")
}

/// The Arabic article as written before a name with a hyphen, in lower case
/// ("al-Ansari", "el-Sayed", "ash-Sharaa").
const ARABIC_ARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"];

/// The words of a state's body after the state's name or adjective, longest first.
const BODY_TAILS: &[&str] = &[
    "foreign ministry",
    "foreign office",
    "defence ministry",
    "defense ministry",
    "interior ministry",
    "finance ministry",
    "justice ministry",
    "economy ministry",
    "trade ministry",
    "health ministry",
    "energy ministry",
    "emergencies ministry",
    "constitutional court",
    "supreme court",
    "central bank",
    "security service",
    "intelligence service",
    "border guard",
    "national guard",
    "special forces",
    "armed forces",
    "air force",
    "coast guard",
    "government",
    "army",
    "military",
    "navy",
    "embassy",
    "consulate",
    "police",
    "parliament",
];

impl EntityLinker {
    /// A linker over a knowledge base.
    pub fn new(kb: Arc<KnowledgeBase>) -> EntityLinker {
        let mut bodies = HashMap::new();
        for (index, org) in kb.orgs.iter().enumerate() {
            if org.kind == OrgKind::NationalBody {
                for name in &org.names {
                    bodies.entry(name.to_lowercase()).or_insert(index as u32);
                }
            }
        }
        EntityLinker { kb, ner: Arc::new(ner::NerModel::shipped()), bodies: Arc::new(bodies) }
    }

    /// The knowledge base.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// The actor a speaker's words stand for: a pronoun is the last person named
    /// before it; "the Russian minister" or "the Azerbaijani leader" is the last
    /// person of that state named before it; a name is its actor.
    pub fn speaker<'e>(
        &self,
        entities: &'e Entities,
        text: &str,
        span: Span,
    ) -> Option<&'e ActorId> {
        let words = span.text(text);
        if matches!(words, "he" | "He" | "she" | "She" | "him" | "her") {
            return entities.person_before(span.byte_start);
        }
        // "a friend of Rabin's assassin", "Rabin's widow": a relative or a foe of
        // someone is not that someone, and is unknown.
        let parts: Vec<&str> = words.split_whitespace().collect();
        let relative = parts.iter().enumerate().any(|(k, w)| {
            let w = w.trim_end_matches(',').to_lowercase();
            RELATIONS.contains(&w.as_str())
                && (parts.get(k + 1) == Some(&"of")
                    || k.checked_sub(1)
                        .is_some_and(|b| parts[b].ends_with("'s") || parts[b].ends_with("’s")))
        });
        if relative {
            return None;
        }
        // ("Traders at the Torkham crossing", "residents of Gaza", "Kabul shopkeepers":
        // people who are there speak for themselves, not for the place or the state)
        let lead = parts
            .iter()
            .position(|w| {
                matches!(*w, "at" | "in" | "of" | "from" | "near" | "on" | "inside" | "outside")
            })
            .unwrap_or(parts.len());
        // (in lower case, or opening words that go on to where they are: "Travelers
        // Corp." is a company)
        let lead_head = lead
            .checked_sub(1)
            .filter(|&h| parts[h].starts_with(char::is_lowercase) || (h == 0 && lead < parts.len()))
            .map(|h| parts[h].trim_end_matches(',').to_lowercase());
        if lead_head.as_deref().is_some_and(|h| BYSTANDERS.contains(&h))
            && entities.person_ending_at(span).is_none()
        {
            return None;
        }
        // ("the top British medical journal", "an Iranian news agency": a paper or a
        // broadcaster of a state is not the state)
        let head = parts.last().map(|w| w.trim_end_matches(',').to_lowercase());
        if head.as_deref().is_some_and(|h| {
            matches!(
                h,
                "journal"
                    | "newspaper"
                    | "paper"
                    | "magazine"
                    | "daily"
                    | "weekly"
                    | "broadcaster"
                    | "agency"
                    | "network"
                    | "channel"
                    | "station"
                    | "website"
                    | "tabloid"
                    | "study"
                    | "report"
                    | "survey"
                    | "poll"
                    // ("Georgia's main opposition parties", "Iranian protesters": its
                    // people against or apart from it are not the state either)
                    | "opposition"
                    | "parties"
                    | "protesters"
                    | "demonstrators"
                    | "activists"
                    | "rebels"
                    | "insurgents"
                    | "separatists"
                    | "dissidents"
                    | "critics"
                    | "opponents"
                    | "voters"
                    | "residents"
                    | "citizens"
                    | "media"
            )
        }) && entities.actor_at(span).is_some_and(|a| a.0.starts_with("state:"))
        {
            return None;
        }
        // "Foreign Ministry spokesman Zhao Lijian": the name that ends the words is the
        // speaker, not the body named before it.
        // ("A Kremlin spokesman, Dmitry Peskov, said": or the name in apposition after a
        // role)
        // ("James Zogby of the Arab American Institute": the person who opens the words
        // and where they work)
        let named = entities
            .person_ending_at(span)
            .or_else(|| {
                entities.actor_starting_at(span.byte_start).filter(|_| words.contains(" of "))
            })
            .or_else(|| {
                // (also after whom the role serves: "A spokeswoman for the foreign
                // ministry, Irina Glebova, said")
                let after = &text[span.byte_end..];
                let served = [" for ", " of ", " at ", " in ", " to "]
                    .iter()
                    .any(|p| after.starts_with(p))
                    .then(|| {
                        let reach = after.char_indices().take_while(|(i, _)| *i < 80).count();
                        let window: String = after.chars().take(reach).collect();
                        let comma = window.find(", ")?;
                        (!window[..comma].contains(['.', ';', ':', '"', '“', '('])).then_some(comma)
                    })
                    .flatten()
                    .unwrap_or(0);
                let start = span.byte_end + served;
                let rest = text[start..].strip_prefix(", ")?;
                // (the role before where it is posted: "Sudan's envoy to the UN,")
                let posted = words
                    .find(" to ")
                    .and_then(|i| words[..i].rsplit(' ').next())
                    .map(str::to_lowercase);
                let is_role = |role: &str| {
                    self.kb.role(role).is_some()
                        || matches!(
                            role,
                            "spokesman"
                                | "spokeswoman"
                                | "spokesperson"
                                | "official"
                                | "envoy"
                                | "diplomat"
                                | "aide"
                                | "adviser"
                                | "advisor"
                                | "leader"
                                | "chief"
                                | "head"
                                | "ambassador"
                        )
                };
                // (or the role before whom it serves, inside the words: "A spokesman
                // for the National Security Council, John Kirby,")
                let serving = [" for ", " of ", " at "]
                    .iter()
                    .find_map(|p| words.find(p))
                    .and_then(|i| words[..i].rsplit(' ').next())
                    .map(str::to_lowercase);
                (head.as_deref().is_some_and(is_role)
                    || posted.as_deref().is_some_and(is_role)
                    || serving.as_deref().is_some_and(is_role))
                .then_some(())?;
                // (a person whose mention starts in the first word: "Al-Harith Idriss"
                // may be found from "Harith")
                let first_word = rest.find(' ').unwrap_or(rest.len());
                let person = entities
                    .person_starting_within(Span::new(start + 2, start + 2 + first_word))?;
                rest.starts_with(char::is_uppercase).then_some(person)
            });
        // ("Tehran summoned … and accused …": a capital speaks for its state)
        // ("China's ambassador to Britain": the state posted to is not the speaker's)
        let own = words
            .find(" to ")
            .filter(|&i| {
                let before = words[..i].rsplit(' ').next().unwrap_or("").to_lowercase();
                matches!(
                    before.as_str(),
                    "ambassador" | "envoy" | "representative" | "emissary" | "delegate" | "mission"
                ) && i > before.len()
            })
            .map_or(span, |i| Span::new(span.byte_start, span.byte_start + i));
        // ("Washington and its allies": the state that leads them speaks)
        let own = [" and its allies", " and its partners", " and their allies", " and allies"]
            .iter()
            .find_map(|tail| words.strip_suffix(tail))
            .map_or(own, |lead| Span::new(span.byte_start, span.byte_start + lead.len()));
        let capital = || {
            // (mentions are in text order: a binary search, never a scan, as a text
            // may name one place a million times)
            // (or a capital's possessive, before one of the state's organs: "Beijing's
            // embassy", "Moscow's envoy"; not "Kyiv's mayor" or "Moscow's critics")
            // (the phrase's head, before where it is: "Beijing's embassy in Manila")
            let phrase = own.text(text);
            let phrase = [" in ", " to ", " at ", " for ", " of "]
                .iter()
                .filter_map(|p| phrase.find(p))
                .min()
                .map_or(phrase, |i| &phrase[..i]);
            let organ = phrase.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "embassy"
                        | "envoy"
                        | "ambassador"
                        | "ministry"
                        | "government"
                        | "military"
                        | "army"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "official"
                        | "officials"
                        | "delegation"
                        | "mission"
                        | "diplomats"
                        | "negotiator"
                        | "negotiators"
                )
            });
            let owns = |m: Span| {
                m == own
                    || (organ
                        && m.byte_start == own.byte_start
                        && m.byte_end < own.byte_end
                        && ["'s ", "’s "].iter().any(|p| text[m.byte_end..].starts_with(p)))
            };
            let place = entities.places.iter().find(|p| {
                p.mentions
                    .binary_search_by_key(&own.byte_start, |m| m.span.byte_start)
                    .is_ok_and(|k| owns(p.mentions[k].span))
            })?;
            let code = place.country.as_deref()?;
            let state = self.kb.states.iter().find(|s| s.code == code)?;
            let id = format!("state:{code}");
            (state.capital.as_deref() == Some(place.name.as_str()))
                .then(|| entities.actors.iter().find(|a| a.id.0 == id))
                .flatten()
                .map(|a| &a.id)
        };
        let Some(actor) = named.or_else(|| entities.actor_at(own)).or_else(capital) else {
            // "the ministry": the last organisation named with that word (not a name
            // of its own that ends so: "Wako Securities" is not "Warburg Securities").
            let (last, init) = parts.split_last()?;
            let last = last.to_lowercase();
            // (the capitalised words right before the last must be the body's too)
            let name: Vec<String> = init
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .filter(|w| !matches!(**w, "The" | "A" | "An"))
                .map(|w| w.to_lowercase())
                .collect();
            return entities.organisation_before(span.byte_start, |a| {
                let body = a.name.to_lowercase();
                body.split_whitespace().any(|w| w == last)
                    && name.iter().all(|w| body.split_whitespace().any(|b| b == w))
            });
        };
        let state = actor.0.strip_prefix("state:");
        let last = words.rsplit(' ').next().unwrap_or("").to_lowercase();
        let generic = matches!(
            last.as_str(),
            "leader" | "head" | "counterpart" | "chief" | "diplomat" | "envoy" | "official"
        );
        let title = self.kb.role(&last).filter(|r| !r.is_modifier());
        if let Some(code) = state
            && (generic || title.is_some())
        {
            let fits = |a: &Actor| {
                let Some(role) = a.role.as_deref().and_then(|r| self.role_code(r)) else {
                    return false;
                };
                match title.map(|t| t.role.as_str()) {
                    Some("MIN") => matches!(role, "FM" | "DEF" | "MIN" | "DEPMIN"),
                    Some(wanted) => role == wanted,
                    None => last != "leader" || matches!(role, "HOS" | "HOG"),
                }
            };
            // ("North Korea's foreign minister, Choe Son Hui, warned …": the name in
            // apposition)
            let after = &text[span.byte_end..];
            if let Some(rest) = after.strip_prefix(", ")
                && let Some(person) = entities.actor_starting_at(span.byte_end + 2)
                && rest.starts_with(char::is_uppercase)
            {
                return Some(person);
            }
            // (one whose role fits before it, else after it: "the Turkish president
            // said …" before "Erdogan did not say …"; else anyone of the state before it)
            let fitting_after = || {
                entities
                    .actors
                    .iter()
                    .find(|a| {
                        a.kind == ActorKind::Person && a.country.as_deref() == Some(code) && fits(a)
                    })
                    .map(|a| &a.id)
            };
            // ("a senior Chinese official said": someone not named, who speaks for the
            // state)
            let article = text[..span.byte_start].trim_end().rsplit(' ').next().unwrap_or("");
            let indefinite = [parts.first().copied().unwrap_or(""), article]
                .iter()
                .any(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "another"));
            if indefinite {
                return Some(actor);
            }
            if let Some(person) = entities
                .person_of_country_before(span.byte_start, code, fits, true)
                .or_else(fitting_after)
                .or_else(|| entities.person_of_country_before(span.byte_start, code, fits, false))
            {
                return Some(person);
            }
        }
        Some(actor)
    }

    /// The role code of an actor's role words ("foreign minister" is `FM`).
    fn role_code<'a>(&'a self, role: &'a str) -> Option<&'a str> {
        if let Some(r) = self.kb.role(role) {
            return Some(r.role.as_str());
        }
        ["HOS", "HOG", "FM", "DEF", "MIN", "AMB", "SPOKES", "MIL"]
            .into_iter()
            .find(|code| role_name(code) == role)
    }

    /// Finds and links the actors and places of a text, as of a day (the article's
    /// date; without one, current office-holders are preferred).
    pub fn link(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        date: Option<Day>,
    ) -> Entities {
        let kb = &*self.kb;
        let found = self.longest(text);
        let mut out = Builder::new(kb, text, date);
        // States first: they give namesakes and unknown people their country.
        for f in &found {
            if let Some((index, _)) = state_of(f) {
                out.document_states.push(index);
            }
        }
        out.document_states.sort_unstable();
        out.document_states.dedup();
        let mut known_people: HashMap<u32, ()> = HashMap::new();
        for f in &found {
            if let Some(index) = full_person(f, kb, date, &out.document_states) {
                known_people.insert(index, ());
            }
        }
        let word_index = |offset: usize| tokens.partition_point(|t| t.span.byte_end <= offset);
        let mut claimed: Vec<Span> = Vec::new();
        // (acronyms of the knowledge base left unlinked for want of context, and the
        // organisations whose names the scan found written out)
        let mut unconfirmed: Vec<Span> = Vec::new();
        let orgs_named_in_full: HashSet<u32> = found
            .iter()
            .filter_map(|g| {
                let org = org_of(g)?;
                let words = g.span.text(text);
                (!kb.orgs[org as usize].acronyms.iter().any(|a| a == words)).then_some(org)
            })
            .collect();
        for (n, f) in found.iter().enumerate() {
            let previous_word = previous_word(text, tokens, word_index(f.span.byte_start));
            if let Some(index) = full_person(f, kb, date, &out.document_states) {
                let title = title_before(&found, n, text);
                out.person(index, f.span, title.map(|t| t.1), Linked::Name);
                claimed.push(f.span);
                continue;
            }
            if let Some(org) = org_of(f) {
                // An acronym alone ("ANC", "GCC", "CPC") names the organisation only in
                // a text about states or their people, or one that also writes its name
                // out: on a page about headphones, ANC is noise cancelling.
                let record = &kb.orgs[org as usize];
                let acronym = record.acronyms.iter().any(|a| a == f.span.text(text));
                if acronym
                    && out.document_states.is_empty()
                    && known_people.is_empty()
                    && !orgs_named_in_full.contains(&org)
                {
                    unconfirmed.push(f.span);
                    continue;
                }
                out.org(org, f.span);
                claimed.push(f.span);
                continue;
            }
            // ("ethnic Albanians", "ethnic Russian": a people, not the state; "a Spanish
            // language broadcast", "Russian-speaking": a language)
            let after = &text[f.span.byte_end..];
            let language = [" language", "-language", "-speaking", " speakers", " speaking"]
                .iter()
                .any(|l| after.starts_with(l))
                // ("African-American", "Mexican-Americans": a people of the United States)
                || after.starts_with("-American")
                || (f.span.text(text).starts_with("American")
                    && text[..f.span.byte_start].ends_with('-'));
            if state_of(f)
                .is_some_and(|(_, form)| matches!(form, StateForm::Demonym | StateForm::Adjective))
                && (previous_word.is_some_and(|w| w.eq_ignore_ascii_case("ethnic")) || language)
            {
                continue;
            }
            if let Some((index, form)) = state_of(f) {
                // (a state named as its capital, "Luxembourg", "Singapore", is the
                // capital after "in" or as the dateline: "met in Luxembourg")
                let form = if form == StateForm::Name
                    && f.entries
                        .iter()
                        .any(|e| e.target == (Target::State { index, form: StateForm::Capital }))
                    && (is_dateline(text, f.span)
                        || previous_word
                            .is_some_and(|w| matches!(w, "in" | "at" | "from" | "to" | "near")))
                {
                    StateForm::Capital
                } else {
                    form
                };
                // (the capital of a state long gone gives way to a place of today:
                // Salisbury in England, not Rhodesia's capital, in a text of 2018)
                let gone = kb.states[index as usize]
                    .to
                    .as_ref()
                    .is_some_and(|to| date.as_ref().is_none_or(|d| d > to));
                if form == StateForm::Capital
                    && gone
                    && let Some(place) = place_named(f, kb, text, &out.document_states)
                        .or_else(|| place_of(f, kb, text, &out.document_states))
                {
                    out.place(place, f.span);
                } else if form == StateForm::Capital {
                    out.place_of_state(index, f.span);
                    // (a capital that acts, "Beijing urged …", "Tehran has denied …",
                    // also names its state, even where the text names the state nowhere
                    // else)
                    if !previous_word.is_some_and(|w| LOCATIVES.contains(&w) || w == "of")
                        && acts_after(text, f.span)
                    {
                        out.state(index, f.span);
                    }
                } else {
                    out.state(index, f.span);
                }
                claimed.push(f.span);
                continue;
            }
            if let Some(index) =
                surname_person(f, kb, date, &known_people, &found, n, text, &out.document_states)
            {
                let title = title_before(&found, n, text);
                out.person(index, f.span, title.map(|t| t.1), Linked::Surname);
                claimed.push(f.span);
                continue;
            }
            if let Some(index) = place_of(f, kb, text, &out.document_states) {
                let caps_line = is_caps_line(text, f.span);
                let followed_by_comma = text[f.span.byte_end..].starts_with(',');
                let place = &kb.places[index as usize];
                // "Vladimir Putin", "B. Santosh Babu": a capitalised word next to it
                // makes it part of a person's name, unless a locative comes first.
                let locative = previous_word.is_some_and(|w| LOCATIVES.contains(&w));
                let next_capital = text[f.span.byte_end..]
                    .strip_prefix(' ')
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase);
                let previous_capital = previous_word.is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !LOCATIVES.contains(&w)
                        && text[..f.span.byte_start].trim_end().len() + 1 == f.span.byte_start
                });
                let inside_name = !locative && (next_capital || previous_capital);
                if inside_name && !caps_line || CALENDAR_WORDS.contains(&f.span.text(text)) {
                    continue;
                }
                // ("in Spring" is a season, "Police, who …" no Polish town)
                if is_word_place(f.span.text(text)) && !word_place_confirmed(text, f.span) {
                    continue;
                }
                if is_dateline(text, f.span)
                    || followed_by_comma
                    || place.population >= 1_000_000
                    || matches!(place.kind.as_str(), "disputed" | "region")
                    || previous_word.is_some_and(|w| LOCATIVES.contains(&w))
                {
                    out.place(index, f.span);
                    claimed.push(f.span);
                }
            }
        }
        // Titles: unknown people after them, offices without a name.
        claimed.sort_by_key(|c| c.byte_start);
        for (n, f) in found.iter().enumerate() {
            let Some(role_index) = title_of(f, kb) else { continue };
            let role = &kb.roles[role_index as usize];
            if role.is_modifier() {
                continue;
            }
            let next = claimed.partition_point(|c| c.byte_start < f.span.byte_end);
            let next_claimed = claimed.get(next).is_some_and(|c| {
                text[f.span.byte_end..c.byte_start].trim_start_matches([' ', ',']).is_empty()
            });
            if next_claimed {
                continue;
            }
            let country = country_around(&found, n, text, kb).or_else(|| {
                // "European Commission President": the organisation is in the title.
                let words = f.span.text(text);
                kb.gazetteer().find_all(words).iter().find_map(|m| {
                    let inner = Found { span: m.span, entries: m.entries };
                    code_of(&inner, kb).map(|c| (c, f.span))
                })
            });
            if let Some(name) = names::name_after(text, f.span.byte_end, &claimed[next..]) {
                out.new_person(name, role_index, country, f.span);
                let at = claimed.partition_point(|c| c.byte_start < name.byte_start);
                claimed.insert(at, name);
                continue;
            }
            // "the foreign minister", "the President of the Russian Federation".
            let before = text[..f.span.byte_start].trim_end();
            if before.ends_with("the") || before.ends_with("The") {
                let the = Span::new(before.len() - 3, before.len());
                let span = match country {
                    Some((_, of_span)) if of_span.byte_start > f.span.byte_end => {
                        the.cover(of_span)
                    }
                    _ => the.cover(f.span),
                };
                out.office(&role.role, f.span.text(text), country.map(|c| c.0), span);
            }
        }
        // Names the knowledge base does not know, from the tagger.
        self.unknown_names(&mut out, text, tokens, sentences, &found, &unconfirmed, &mut claimed);
        out.unknown_surnames(text);
        out.national_bodies(&self.bodies);
        out.possessives_without_apostrophe(text, tokens);
        out.short_titles(text, tokens);
        out.headline_names(text);
        out.described_orgs(text, tokens);
        out.labelled_people(text);
        out.counterparts(text, tokens, sentences);
        out.finish()
    }

    /// People, organisations and places the knowledge base does not hold, as the
    /// named-entity tagger finds them: people with two or more words first (their
    /// surnames then name them alone), organisations with the state named inside
    /// them ("Diplomatic Academy of Azerbaijan"), places.
    fn unknown_names(
        &self,
        out: &mut Builder<'_>,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        found: &[Found<'_>],
        unconfirmed: &[Span],
        claimed: &mut Vec<Span>,
    ) {
        let words: Vec<&str> = tokens.iter().map(|t| t.span.text(text)).collect();
        let doc = ner::DocumentWords::new(sentences.iter().map(|s| &words[s.tokens.clone()]));
        let mut spans: Vec<(Span, usize)> = Vec::new();
        for s in sentences {
            let sentence_words = &words[s.tokens.clone()];
            let kb = ner::kb_features(&self.kb, sentence_words);
            let sentence = ner::Sentence { words: sentence_words, kb: &kb };
            for e in self.ner.tag(&sentence, &doc) {
                // (a title of address is not part of the name: "Mr Ruiz" at the start
                // of a sentence is Ruiz)
                let titled = ner::TYPES[e.kind] == "PER"
                    && e.end - e.start >= 2
                    && HONORIFICS.contains(&sentence_words[e.start]);
                let mut start = e.start + usize::from(titled);
                // (an Arabic article written in lower case is part of the name, and so
                // is the given name before it: "Majed al-Ansari", "Ali el-Sayed")
                let joined = |a: usize, b: usize| {
                    tokens[s.tokens.start + a].span.byte_end
                        == tokens[s.tokens.start + b].span.byte_start
                };
                if ner::TYPES[e.kind] == "PER"
                    && start >= 2
                    && sentence_words[start - 1] == "-"
                    && ARABIC_ARTICLES.contains(&sentence_words[start - 2])
                    && joined(start - 2, start - 1)
                    && joined(start - 1, start)
                {
                    start -= 2;
                    if start >= 1 && sentence_words[start - 1].starts_with(char::is_uppercase) {
                        start -= 1;
                        // (the given name the tagger found alone)
                        let given = tokens[s.tokens.start + start].span;
                        if spans.last().is_some_and(|(m, _)| m.byte_end == given.byte_end) {
                            let (m, _) = spans.pop().unwrap_or_default();
                            start = tokens[s.tokens.clone()]
                                .iter()
                                .position(|t| t.span.byte_start == m.byte_start)
                                .unwrap_or(start);
                        }
                    }
                }
                let first = &tokens[s.tokens.start + start];
                let last = &tokens[s.tokens.start + e.end - 1];
                spans.push((first.span.cover(last.span), e.kind));
            }
        }
        claimed.sort_by_key(|c| c.byte_start);
        // Organisations named by their kind ("Diplomatic Academy of Azerbaijan",
        // "USSR State Commission for Manned Flight"), coded by a state inside them; a
        // state's name inside stays a mention of the state too.
        let people_and_orgs: Vec<Span> = out.person_and_org_spans();
        let mut orgs: Vec<(Span, Option<String>)> = Vec::new();
        for phrase in names::org_phrases(text, tokens) {
            // ("Michael Kugelman of the Wilson Center": a person and where they work;
            // the organisation is what follows "of")
            let phrase = {
                let words = phrase.text(text);
                let parts: Vec<&str> = words.split(' ').collect();
                match parts.iter().position(|w| *w == "of") {
                    Some(of @ 2..=3)
                        if parts[..of]
                            .iter()
                            .all(|w| may_be_name(w, &self.kb) && !names::ORG_HEADS.contains(w))
                            && (is_given_name(parts[0])
                                // (the tagger's spans are in text order)
                                || spans[spans.partition_point(|(m, _)| {
                                    m.byte_start < phrase.byte_start
                                })..]
                                    .iter()
                                    .take_while(|(m, _)| m.byte_start == phrase.byte_start)
                                    .any(|(_, kind)| ner::TYPES[*kind] == "PER")) =>
                    {
                        let skip: usize = parts[..=of].iter().map(|w| w.len() + 1).sum::<usize>()
                            + if parts.get(of + 1) == Some(&"the") { 4 } else { 0 };
                        Span::new((phrase.byte_start + skip).min(phrase.byte_end), phrase.byte_end)
                    }
                    _ => phrase,
                }
            };
            if phrase.is_empty() {
                continue;
            }
            if people_and_orgs
                .iter()
                .any(|c| c.byte_start < phrase.byte_end && phrase.byte_start < c.byte_end)
            {
                continue;
            }
            // "the West Bank" is a place the knowledge base knows, not a bank.
            if found.iter().any(|f| {
                f.span == phrase
                    && f.entries
                        .iter()
                        .any(|e| matches!(e.target, Target::Place { .. } | Target::State { .. }))
            }) {
                continue;
            }
            let named_inside =
                found.iter().filter(|f| phrase.contains(f.span)).find_map(|f| code_of(f, &self.kb));
            let before = named_inside
                .is_none()
                .then(|| state_before(found, text, phrase, &self.kb))
                .flatten();
            // "Foreign Ministry spokesman Zhao Lijian": the body of the person its
            // spokesman or minister is.
            let of_person = || {
                found.iter().find_map(|f| {
                    let between = text.get(phrase.byte_end..f.span.byte_start)?.trim();
                    if !matches!(
                        between,
                        "spokesman" | "spokeswoman" | "spokesperson" | "minister" | "official"
                    ) {
                        return None;
                    }
                    f.entries.iter().find_map(|e| match e.target {
                        Target::Person { index, surname: false } => {
                            let terms = &self.kb.people[index as usize].terms;
                            terms.first().map(|t| t.country.clone())
                        }
                        _ => None,
                    })
                })
            };
            let from_person =
                if named_inside.is_none() && before.is_none() { of_person() } else { None };
            let outside = before.is_some() || from_person.is_some();
            let inside = named_inside.or(before).or(from_person);
            out.named_org(phrase, inside.clone(), outside, Linked::Pattern);
            orgs.push((phrase, inside));
            let at = claimed.partition_point(|c| c.byte_start < phrase.byte_start);
            claimed.insert(at, phrase);
        }
        claimed.sort_by_key(|c| c.byte_start);
        claimed.dedup_by(|a, b| b.contains(*a));
        let free = |claimed: &[Span], span: Span| {
            let i = claimed.partition_point(|c| c.byte_end <= span.byte_start);
            claimed.get(i).is_none_or(|c| c.byte_start >= span.byte_end)
        };
        let multi_word = |span: Span| span.text(text).contains(' ');
        // A name's words are capitalised, but for connectors inside it.
        let name_shaped = |span: Span| {
            let words: Vec<&str> = span.text(text).split_whitespace().collect();
            let capital =
                |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            // ("al-Ansari")
            let articled = |w: &&str| {
                w.split_once('-').is_some_and(|(article, rest)| {
                    ARABIC_ARTICLES.contains(&article) && capital(&rest)
                })
            };
            words.first().is_some_and(capital)
                && words.last().is_some_and(|w| capital(w) || articled(w))
                && words.iter().all(|w| {
                    capital(w)
                        || articled(w)
                        || matches!(
                            *w,
                            "of" | "the"
                                | "and"
                                | "for"
                                | "de"
                                | "du"
                                | "la"
                                | "al"
                                | "bin"
                                | "von"
                                | "van"
                                | "der"
                                | "&"
                        )
                })
        };
        // (no day or word of time is part of a name: "Sununu Sunday", "Later Thursday")
        let timeless = |span: Span| {
            let words = span.text(text);
            let time_word = |w: &str| {
                matches!(
                    w,
                    "Monday"
                        | "Tuesday"
                        | "Wednesday"
                        | "Thursday"
                        | "Friday"
                        | "Saturday"
                        | "Sunday"
                        | "Later"
                        | "Earlier"
                        | "Today"
                        | "Yesterday"
                        | "Tomorrow"
                )
            };
            let mut start = span.byte_start;
            let mut end = span.byte_end;
            if let Some(first) = words.split(' ').next().filter(|w| time_word(w)) {
                start += (first.len() + 1).min(span.len());
            }
            if let Some(last) = words.rsplit(' ').next().filter(|w| time_word(w))
                && end - last.len() > start
            {
                end -= last.len() + 1;
            }
            Span::new(start, end.max(start))
        };
        for (span, _) in &mut spans {
            *span = timeless(*span);
            // (nor a closing mark the tokens left on it: "Hillary’")
            let words = span.text(text);
            let trimmed = words.trim_end_matches(['’', '\'']);
            *span = Span::new(span.byte_start, span.byte_start + trimmed.len());
        }
        // A region named by its part ("North Florida", "Southern Lebanon") or a word of
        // greeting ("Hey") is no person.
        spans.retain(|(span, kind)| {
            let words = span.text(text);
            let first = words.split_whitespace().next().unwrap_or("");
            ner::TYPES[*kind] != "PER"
                || !(matches!(
                    first,
                    "North"
                        | "South"
                        | "East"
                        | "West"
                        | "Northern"
                        | "Southern"
                        | "Eastern"
                        | "Western"
                        | "Central"
                        | "Upper"
                        | "Lower"
                ) && words.contains(' ')
                    || matches!(words, "Hey" | "Oh" | "Yes" | "No" | "Hi" | "Hello" | "Wow"))
        });
        // (nor a platform one writes on: "wrote on Telegram", "posted on X")
        spans.retain(|(span, kind)| {
            let before = text[..span.byte_start].trim_end();
            ner::TYPES[*kind] != "PER"
                || !(before.ends_with(" on") || before.ends_with(" via"))
                || !matches!(
                    span.text(text),
                    "X" | "Telegram"
                        | "Twitter"
                        | "Facebook"
                        | "Instagram"
                        | "WeChat"
                        | "Weibo"
                        | "VKontakte"
                        | "YouTube"
                        | "TikTok"
                        | "Truth Social"
                        | "Threads"
                        | "Bluesky"
                        | "LinkedIn"
                )
        });
        // (nor is a day named: "Election Day", "Christmas Eve"; nor a title in capitals
        // that opens with "your" or "our": "Your First Trip to Japan")
        spans.retain(|(span, _)| {
            let words = span.text(text);
            let first = words.split_whitespace().next().unwrap_or("");
            !span.is_empty()
                && name_shaped(*span)
                && !words.ends_with(" Day")
                && !words.ends_with(" Eve")
                && !matches!(first, "Your" | "Our" | "My" | "His" | "Her" | "Their" | "Its")
        });
        // People: several words first, so that a surname alone joins its full name.
        let mut surnames: Vec<String> = Vec::new();
        for pass in [true, false] {
            for &(span, kind) in &spans {
                if ner::TYPES[kind] != "PER" || multi_word(span) != pass || !free(claimed, span) {
                    continue;
                }
                let name = span.text(text);
                if !pass && surnames.iter().any(|s| s == name) {
                    continue;
                }
                // "Lavrovs", "Aliyev": a word that ends the name of a person already
                // found is that person (but not "Hussein of Jordan" when the one found
                // is Iraq's); "Saddam", "Fidel": one that begins the name of exactly
                // one, when it is no common given name.
                // (a royal's given name after the honorific is how the Gulf's royals
                // are named again: "Sheikh Mohammed" after "Sheikh Mohammed bin
                // Abdulrahman Al Thani")
                let royal = text[..span.byte_start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .filter(|w| ROYAL_TITLES.contains(&w.to_lowercase().as_str()));
                let of_state = state_after_of(found, text, span, &self.kb);
                if !pass
                    && (out.mention_by_last_word(
                        name,
                        span,
                        ActorKind::Person,
                        of_state.as_deref(),
                    ) || (of_state.is_none()
                        && (royal.is_some() || !is_given_name(name))
                        && out.mention_by_first_word(name, span, royal)))
                {
                    let at = claimed.partition_point(|c| c.byte_start < span.byte_start);
                    claimed.insert(at, span);
                    continue;
                }
                // "Kerim Kerimov, …, the chairman of the USSR State Commission": the
                // organisation of an apposition gives the country.
                // (or a state and the words of a role right before: "Brazil coach Tite",
                // "Ukrainian lawmaker Oleh Ivanenko")
                let country = appositive_org(text, span, &orgs)
                    .or_else(|| state_titled(found, text, span, &self.kb));
                if let Some(surname) = out.named_person(span, country) {
                    surnames.push(surname);
                }
                let at = claimed.partition_point(|c| c.byte_start < span.byte_start);
                claimed.insert(at, span);
            }
        }
        for &(span, kind) in &spans {
            if !free(claimed, span) {
                continue;
            }
            match ner::TYPES[kind] {
                "ORG"
                    if !multi_word(span)
                        && out.mention_by_last_word(
                            span.text(text),
                            span,
                            ActorKind::Organisation,
                            None,
                        ) => {}
                // (a word the tagger took for an organisation that ends or begins the
                // name of a person named before is that person: "Reno" after "Janet
                // Reno", "Elian" after "Elian Gonzalez")
                "ORG" | "MISC"
                    if !multi_word(span)
                        && (out.mention_by_last_word(
                            span.text(text),
                            span,
                            ActorKind::Person,
                            None,
                        ) || (!is_given_name(span.text(text))
                            && out.mention_by_first_word(span.text(text), span, None))) => {}
                "ORG" => {
                    let named_inside = found
                        .iter()
                        .filter(|f| span.contains(f.span) && !unconfirmed.contains(&f.span))
                        .find_map(|f| code_of(f, &self.kb));
                    let before = named_inside
                        .is_none()
                        .then(|| state_before(found, text, span, &self.kb))
                        .flatten();
                    let outside = before.is_some();
                    out.named_org(span, named_inside.or(before), outside, Linked::Tagger);
                }
                // (a common word the tagger took for a place: "Police, who …")
                "LOC" if is_word_place(span.text(text)) && !word_place_confirmed(text, span) => {
                    continue;
                }
                "LOC" => {
                    // A place the tagger finds where the knowledge base holds one of
                    // that name without a locative to confirm it ("an airstrike on
                    // Gaza"): the knowledge base's place, with its country.
                    let known = found
                        .iter()
                        .filter(|f| f.span == span)
                        .find_map(|f| place_of(f, &self.kb, text, &out.document_states));
                    match known {
                        Some(index) => out.place(index, span),
                        None => {
                            // (a state of the United States after a town: "Flint, Mich.")
                            let words = span.text(text);
                            let american = text[..span.byte_start].ends_with(", ")
                                && US_STATES.iter().any(|s| s.trim_end_matches('.') == words);
                            let country = american.then(|| "USA".to_owned());
                            out.add_place(words.to_string(), country, span, Linked::Tagger);
                        }
                    }
                }
                _ => continue,
            }
            let at = claimed.partition_point(|c| c.byte_start < span.byte_start);
            claimed.insert(at, span);
        }
    }

    /// The names of the text, the longest at each place, overlaps dropped; names in
    /// capitals only on lines written in capitals.
    fn longest<'g>(&'g self, text: &str) -> Vec<Found<'g>> {
        let mut kept: Vec<Found<'g>> = Vec::new();
        for m in self.kb.gazetteer().find_all(text) {
            let NameMatch { span, entries } = m;
            if kept.last().is_some_and(|k| span.byte_start < k.span.byte_end) {
                continue;
            }
            let caps_ok = entries.iter().any(|e| !e.caps_variant)
                || is_caps_line(text, span)
                || is_dateline(text, span);
            if !caps_ok {
                continue;
            }
            // Combining forms (`Russo-`, `Sino-`) only before a hyphen.
            let word = span.text(text);
            let combining = word.ends_with('o')
                && entries
                    .iter()
                    .all(|e| matches!(e.target, Target::State { form: StateForm::Adjective, .. }));
            if combining && !text[span.byte_end..].starts_with('-') {
                continue;
            }
            kept.push(Found { span, entries });
        }
        kept
    }
}

/// The text before byte `at` (a char boundary), at most about `n` bytes of it, cut at a
/// char boundary: what stands right before a mention, without reading the whole text.
fn tail_before(text: &str, at: usize, n: usize) -> &str {
    let mut from = at.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    &text[from..at]
}

/// Whether a title's role and an office agree: the same role, a minister's title for
/// any minister, and titles without a role of office (modifiers, honorifics, other
/// officials) always.
fn roles_agree(said: &str, held: &str) -> bool {
    said == held
        || matches!((said, held), ("MIN", "FM" | "DEF" | "DEPMIN"))
        || !matches!(said, "HOS" | "HOG" | "FM" | "DEF")
}

/// The country of an organisation named in an apposition after a person's name,
/// within the sentence: "X, one of the founders …, the chairman of the USSR State
/// Commission …".
fn appositive_org(text: &str, person: Span, orgs: &[(Span, Option<String>)]) -> Option<String> {
    if !text[person.byte_end..].starts_with(',') {
        return None;
    }
    let mut end = (person.byte_end + 200).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[person.byte_end..end];
    let stop = window.find(['.', ';', '"', '“', '”']).unwrap_or(window.len());
    orgs.iter()
        .filter(|(span, _)| {
            span.byte_start > person.byte_end && span.byte_start < person.byte_end + stop
        })
        .find(|(span, _)| {
            let before = text[..span.byte_start].trim_end();
            before.ends_with(" of") || before.ends_with(" of the")
        })
        .and_then(|(_, country)| country.clone())
}

/// Whether the line around a span is written in capitals (looking at most 120 bytes
/// each side, so that one huge line costs no more than a short one).
fn is_caps_line(text: &str, span: Span) -> bool {
    let line = line_around(text, span);
    let lower = line.chars().filter(|c| c.is_lowercase()).count();
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    upper >= 4 && lower * 5 <= upper
}

/// The line a span stands in, looking at most 120 bytes each side (so that one huge
/// line costs no more than a short one).
fn line_around(text: &str, span: Span) -> &str {
    const REACH: usize = 120;
    let mut from = span.byte_start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.byte_end + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let start = text[from..span.byte_start].rfind('\n').map_or(from, |i| from + i + 1);
    let end = text[span.byte_end..to].find('\n').map_or(to, |i| span.byte_end + i);
    &text[start..end]
}

/// Whether the line around a span is in title case, as headlines are ("Lavrov Warns of
/// New Sanctions"): most of its words of four letters or more capitalised (looking at
/// most 120 bytes each side).
fn title_case_line(text: &str, span: Span) -> bool {
    let words: Vec<&str> =
        line_around(text, span).split_whitespace().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 7
}

/// Whether a span in capitals opens a line as an agency dateline does
/// (`RIO DE JANEIRO — `, `BAKU, Nov 19`).
fn is_dateline(text: &str, span: Span) -> bool {
    let line_start = span.byte_start == 0 || text[..span.byte_start].ends_with('\n');
    let after = &text[span.byte_end..];
    line_start && [" —", " –", " -", ",", " (", ":"].iter().any(|p| after.starts_with(p))
        || is_label(text, span)
}

/// Whether a span in capitals sits in a transcript's speaker label at a line start
/// (`SECRETARY BLINKEN:`).
fn is_label(text: &str, span: Span) -> bool {
    let line_start = text[..span.byte_start].rfind('\n').map_or(0, |i| i + 1);
    let Some(colon) = text[span.byte_end..].find(':') else { return false };
    let label = &text[line_start..span.byte_end + colon];
    label.len() <= 60
        && !label.contains('\n')
        && label.split_whitespace().count() <= 4
        && !label.chars().any(char::is_lowercase)
}

fn previous_word<'t>(text: &'t str, tokens: &[Token], index: usize) -> Option<&'t str> {
    index.checked_sub(1).and_then(|i| tokens.get(i)).map(|t| t.span.text(text))
}

/// The state whose name or adjective comes right before `span`: "Kenya's Defence
/// Ministry", "the Kenyan Defence Ministry", "Rwanda's Senate".
fn state_before(found: &[Found<'_>], text: &str, span: Span, kb: &KnowledgeBase) -> Option<String> {
    found.iter().find_map(|f| {
        let (index, form) = state_of(f)?;
        let between = text.get(f.span.byte_end..span.byte_start)?;
        let joined = match form {
            StateForm::Adjective => between == " ",
            _ => matches!(between, "'s " | "’s " | "' " | "’ "),
        };
        joined.then(|| kb.states[index as usize].code.clone())
    })
}

/// The state named right before `span` with one to three words of a role between
/// ("Brazil coach Tite", "Ukrainian opposition lawmaker …", "Kenya's trade minister …").
fn state_titled(found: &[Found<'_>], text: &str, span: Span, kb: &KnowledgeBase) -> Option<String> {
    let at = found.partition_point(|f| f.span.byte_end <= span.byte_start);
    let f = found[..at].last()?;
    let (index, _) = state_of(f)?;
    let between = text.get(f.span.byte_end..span.byte_start)?;
    let between = between
        .strip_prefix("'s ")
        .or_else(|| between.strip_prefix("’s "))
        .or_else(|| between.strip_prefix(' '))?;
    let words: Vec<&str> = between.split(' ').collect();
    let role_word = |w: &&str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && (w.starts_with(char::is_lowercase) || kb.role(&w.to_lowercase()).is_some())
    };
    (between.ends_with(' ')
        && (2..=4).contains(&words.len())
        && words[..words.len() - 1].iter().all(role_word))
    .then(|| kb.states[index as usize].code.clone())
}

/// The state named right after `span` and "of" ("King Hussein of Jordan").
fn state_after_of(
    found: &[Found<'_>],
    text: &str,
    span: Span,
    kb: &KnowledgeBase,
) -> Option<String> {
    let at = found.partition_point(|f| f.span.byte_start < span.byte_end);
    let f = found.get(at)?;
    let (index, form) = state_of(f)?;
    (form == StateForm::Name && text.get(span.byte_end..f.span.byte_start)? == " of ")
        .then(|| kb.states[index as usize].code.clone())
}

fn state_of(f: &Found<'_>) -> Option<(u32, StateForm)> {
    f.entries.iter().find_map(|e| match e.target {
        Target::State { index, form } => Some((index, form)),
        _ => None,
    })
}

fn org_of(f: &Found<'_>) -> Option<u32> {
    f.entries.iter().find_map(|e| match e.target {
        Target::Org { index, .. } => Some(index),
        _ => None,
    })
}

fn title_of(f: &Found<'_>, kb: &KnowledgeBase) -> Option<u32> {
    // A title that is also another kind of name is that name.
    if f.entries.iter().any(|e| !matches!(e.target, Target::Title { .. })) {
        return None;
    }
    // "general" and "official" in lower case are ordinary words unless a name follows;
    // name_after checks that.
    f.entries.iter().find_map(|e| match e.target {
        Target::Title { index } => Some(index).filter(|i| (*i as usize) < kb.roles.len()),
        _ => None,
    })
}

/// Ranks the people a name may be: in office on the day, then with a term in one of
/// the document's states, then nearest in time.
fn best_person(
    kb: &KnowledgeBase,
    candidates: impl Iterator<Item = u32>,
    date: Option<Day>,
    states: &[u32],
) -> Option<u32> {
    let document_codes: Vec<&str> =
        states.iter().map(|&i| kb.states[i as usize].code.as_str()).collect();
    candidates.min_by_key(|&i| {
        let person = &kb.people[i as usize];
        let distance = match date {
            Some(day) => person.terms.iter().map(|t| t.distance(day)).min().unwrap_or(u32::MAX),
            None => u32::from(!person.terms.iter().any(|t| t.end.is_none())),
        };
        let in_document = person.terms.iter().any(|t| document_codes.contains(&t.country.as_str()));
        (distance, !in_document, i)
    })
}

fn full_person(
    f: &Found<'_>,
    kb: &KnowledgeBase,
    date: Option<Day>,
    states: &[u32],
) -> Option<u32> {
    let candidates = f.entries.iter().filter_map(|e| match e.target {
        Target::Person { index, surname: false } => Some(index),
        _ => None,
    });
    best_person(kb, candidates, date, states)
}

/// How near (in days, roughly) a term must be to the date for a surname alone to name
/// its only bearer: five years.
const NEAR_DAYS: u32 = 5 * 372;

/// People who speak as witnesses or as themselves, never for the place they are at or
/// the state they live in ("traders at the crossing said", "residents of Gaza said").
const BYSTANDERS: &[&str] = &[
    "traders",
    "residents",
    "witnesses",
    "eyewitnesses",
    "villagers",
    "locals",
    "shopkeepers",
    "merchants",
    "farmers",
    "fishermen",
    "workers",
    "passengers",
    "travellers",
    "travelers",
    "pilgrims",
    "refugees",
    "migrants",
    "survivors",
    "families",
    "relatives",
    "people",
    "students",
    "parents",
    "doctors",
    "nurses",
    "medics",
    "rescuers",
    "onlookers",
    "motorists",
    "drivers",
    "shoppers",
    "fans",
    "worshippers",
];

/// Words for someone by their tie to another person, who is not that person ("a friend
/// of …", "… 's widow").
const RELATIONS: &[&str] = &[
    "friend",
    "friends",
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "relative",
    "relatives",
    "family",
    "widow",
    "widower",
    "neighbor",
    "neighbour",
    "classmate",
    "assassin",
    "killer",
    "murderer",
    "attacker",
    "victim",
    "biographer",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "granddaughter",
    "grandson",
    "parents",
];

/// Surnames that are also capitalised words (`data/word_surnames.txt`).
const WORD_SURNAMES: &str = include_str!("../data/word_surnames.txt");

/// Towns whose names are also common words (`data/word_places.txt`).
const WORD_PLACES: &str = include_str!("../data/word_places.txt");

/// The entries of a word list of `data/` (one a line, `#` for comments), as a set.
fn word_list(text: &'static str) -> HashSet<&'static str> {
    text.lines().filter(|l| !l.starts_with('#')).map(str::trim).collect()
}

/// The town names that are words, read once (the check runs for every place found).
static WORD_PLACE_SET: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| word_list(WORD_PLACES));

fn is_word_place(name: &str) -> bool {
    WORD_PLACE_SET.contains(name)
}

/// Whether a town named by a common word is one here: on a dateline written as one (in
/// capitals, or before a dash or a parenthesis: not "Police, who …" opening a line), or
/// before a state of the United States.
fn word_place_confirmed(text: &str, span: Span) -> bool {
    let after = &text[span.byte_end..];
    let capitals = !span.text(text).chars().any(char::is_lowercase);
    (is_dateline(text, span)
        && (capitals || [" —", " –", " -", " ("].iter().any(|p| after.starts_with(p))))
        || in_us_state(text, span)
}

fn is_word_surname(word: &str) -> bool {
    WORD_SURNAMES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|l| l.trim().eq_ignore_ascii_case(word))
}

/// The titles of monarchs and royals, in lower case.
const ROYAL_TITLES: &[&str] =
    &["king", "queen", "monarch", "emir", "sultan", "prince", "princess", "sheikh", "sheikha"];

/// A surname alone names a person when the full name is in the document, when a
/// title or honorific comes just before it, when exactly one bearer is in office, when
/// the only bearer in the knowledge base held office within five years of the date, or,
/// in a text without a date, when only one person in the knowledge base bears it.
fn surname_person(
    f: &Found<'_>,
    kb: &KnowledgeBase,
    date: Option<Day>,
    known: &HashMap<u32, ()>,
    found: &[Found<'_>],
    n: usize,
    text: &str,
    states: &[u32],
) -> Option<u32> {
    let candidates: Vec<u32> = f
        .entries
        .iter()
        .filter_map(|e| match e.target {
            Target::Person { index, surname: true } => Some(index),
            _ => None,
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let word = f.span.text(text);
    let before = text[..f.span.byte_start].trim_end();
    // A month or a day after a preposition or with a number is a date, whoever bears
    // its name ("in May", "on Friday", "May 5").
    let previous = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after = text[f.span.byte_end..].trim_start();
    if is_word_surname(word)
        && (matches!(
            previous.to_lowercase().as_str(),
            "in" | "on"
                | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "to"
                | "through"
                | "last"
                | "next"
                | "this"
                | "early"
                | "late"
                | "mid"
                | "every"
                | "of"
                | "before"
                | "after"
                | "during"
        ) || after.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // "in Austin", "near Lincoln": after a locative, a surname that is also a town's
    // name is the town; after "to" or "from" too, unless the text names the person in
    // full ("a letter from Austin").
    let at_place = matches!(previous, "in" | "at" | "near" | "outside" | "In" | "At" | "Near");
    if (at_place
        || LOCATIVES.contains(&previous) && !candidates.iter().any(|i| known.contains_key(i)))
        && f.entries.iter().any(|e| matches!(e.target, Target::Place { .. }))
    {
        return None;
    }
    // "King Hussein of Jordan": a surname followed by another state's name is not the
    // knowledge base's bearer from elsewhere.
    if let Some(next) = found.get(n + 1)
        && text[f.span.byte_end..next.span.byte_start].trim() == "of"
        && let Some(state) = next.entries.iter().find_map(|e| match e.target {
            Target::State { index, .. } => Some(&kb.states[index as usize].code),
            _ => None,
        })
        && !candidates
            .iter()
            .any(|&i| kb.people[i as usize].terms.iter().any(|t| &t.country == state))
    {
        return None;
    }
    // "Krystal Correa": a given name before the surname that begins none of a bearer's
    // names as it does is another person's ("Sergei" still fits "Sergey Lavrov";
    // "Lamont" is not "Lindsay").
    let fits = |i: u32, given: &str| {
        let start: String = given.chars().take(3).collect();
        kb.people[i as usize].names.iter().any(|name| {
            name.split_whitespace().any(|part| part.starts_with(&start) && part != word)
        })
    };
    let candidates: Vec<u32> = match given_name_before(text, f.span.byte_start, kb) {
        Some(given) => candidates.into_iter().filter(|&i| fits(i, given)).collect(),
        None => candidates,
    };
    if candidates.is_empty() {
        return None;
    }
    // "Howard Dean", "David Axelrod": a given name before another name is not the
    // knowledge base's bearer of that surname.
    if is_given_name(word) && name_after(text, f.span.byte_end, kb) {
        return None;
    }
    // "Lee Jae-woong": a name part right after the surname that no bearer's name has
    // makes the name another person's (names that put the surname first).
    // (not in a line of title case: "Lavrov Warns of …")
    if name_after(text, f.span.byte_end, kb) && !title_case_line(text, f.span) {
        let rest = &text[f.span.byte_end + 1..];
        let next =
            &rest[..rest.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len())];
        let theirs = |i: &u32| {
            kb.people[*i as usize]
                .names
                .iter()
                .any(|name| name.split_whitespace().any(|part| part == next))
        };
        if !candidates.iter().any(theirs) {
            return None;
        }
    }
    // Nor is the surname alone theirs when the text has named another bearer before
    // ("Keith Lamont Scott … the footage from Scott"), not far back.
    let mut window = f.span.byte_start.saturating_sub(20_000);
    while !text.is_char_boundary(window) {
        window += 1;
    }
    let other_bearer = text[window..f.span.byte_start].match_indices(word).any(|(at, _)| {
        let at = window + at;
        text[at + word.len()..].starts_with(|c: char| !c.is_alphanumeric())
            && given_name_before(text, at, kb)
                .is_some_and(|given| !candidates.iter().any(|&i| fits(i, given)))
    });
    if other_bearer && !candidates.iter().any(|i| known.contains_key(i)) {
        return None;
    }
    if let Some(&i) = candidates.iter().find(|i| known.contains_key(i)) {
        return Some(i);
    }
    let titled =
        title_before(found, n, text).is_some() || HONORIFICS.iter().any(|h| before.ends_with(h));
    // "Friday's talks", "Young people": a word first, unless a title says otherwise.
    if !titled && is_word_surname(word) {
        return None;
    }
    let in_office: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|&i| date.is_some_and(|d| kb.people[i as usize].terms.iter().any(|t| t.covers(d))))
        .collect();
    // Bearers in office within a few years of the date ("Obama" in 2008, a year before
    // his term): a candidate, or a leader recently out of office, is still that person.
    let near_office = |i: u32| {
        date.is_some_and(|d| kb.people[i as usize].terms.iter().any(|t| t.distance(d) <= NEAR_DAYS))
    };
    // (a bearer out of office only where the text names their state: "Scott" in an
    // American story is not Zambia's Guy Scott)
    let their_state_named = |i: u32| {
        kb.people[i as usize]
            .terms
            .iter()
            .any(|t| states.iter().any(|&s| kb.states[s as usize].code == t.country))
    };
    // ("Ms. Smith said": a surname very many bear is a known person only where the
    // text names their state)
    if is_common_surname(word) && !candidates.iter().any(|&i| their_state_named(i)) {
        return None;
    }
    match (titled, in_office.as_slice()) {
        (true, [one]) => Some(*one),
        // (untitled, only in a text about states or their people: "Lee" on a page
        // about painting is no president of South Korea)
        (false, [one]) if !states.is_empty() || !known.is_empty() => Some(*one),
        (true, _) => best_person(kb, candidates.into_iter(), date, &[]),
        // No date to tell who was in office: a surname only one person bears.
        // (one still in office, or one whose state the text names)
        _ if date.is_none()
            && candidates.len() == 1
            && (kb.people[candidates[0] as usize].terms.iter().any(|t| t.end.is_none())
                || their_state_named(candidates[0])) =>
        {
            Some(candidates[0])
        }
        _ if candidates.len() == 1
            && near_office(candidates[0])
            && their_state_named(candidates[0]) =>
        {
            Some(candidates[0])
        }
        _ => None,
    }
}

/// Common given names (`data/given_names.txt`).
const GIVEN_NAMES: &str = include_str!("../data/given_names.txt");

/// What news calls an international organisation once named: each description's last
/// word, and the knowledge-base codes of the organisations it may stand for
/// (`data/org_descriptions.tsv`).
static ORG_DESCRIPTIONS: std::sync::LazyLock<HashMap<&'static str, Vec<&'static str>>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/org_descriptions.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (word, ids) = l.split_once('\t')?;
                Some((word.trim(), ids.split_whitespace().collect()))
            })
            .collect()
    });

/// Surnames that very many people bear (`data/common_surnames.txt`).
const COMMON_SURNAMES: &str = include_str!("../data/common_surnames.txt");

static COMMON_SURNAME_SET: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| word_list(COMMON_SURNAMES));

/// Whether a word is a surname very many people bear, as written or in capitals
/// ("Smith", "SMITH").
fn is_common_surname(word: &str) -> bool {
    if COMMON_SURNAME_SET.contains(word) {
        return true;
    }
    COMMON_SURNAME_SET.contains(title_cased(word).as_str())
}

/// A word with its first letter capital and the rest lower case ("SMITH" is "Smith").
fn title_cased(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |f| {
        f.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()
    })
}

/// The given names, read once (the check runs for every one-word name the tagger finds).
static GIVEN_NAME_SET: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| word_list(GIVEN_NAMES));

/// Whether a finite verb follows a name ("Beijing urged", "Tehran has denied"): a
/// lower-case word in -ed, or a verb of a short list of others.
fn acts_after(text: &str, span: Span) -> bool {
    let Some(rest) = text[span.byte_end..].strip_prefix(' ') else { return false };
    let word = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    word.starts_with(char::is_lowercase)
        && (word.len() > 4 && word.ends_with("ed")
            || matches!(
                word,
                "said"
                    | "says"
                    | "told"
                    | "sent"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "must"
                    | "may"
                    | "wants"
                    | "insists"
                    | "warns"
                    | "urges"
                    | "accuses"
                    | "rejects"
                    | "denies"
                    | "demands"
                    | "calls"
                    | "hopes"
                    | "plans"
                    | "expects"
                    | "sought"
                    | "struck"
                    | "took"
                    | "gave"
                    | "made"
            ))
}

fn is_given_name(word: &str) -> bool {
    GIVEN_NAME_SET.contains(word)
}

/// Whether a word that may be a name follows `at` after one space ("Howard| Dean"):
/// capitalised, not a title, not a word that opens sentences.
fn name_after(text: &str, at: usize, kb: &KnowledgeBase) -> bool {
    let Some(rest) = text[at..].strip_prefix(' ') else { return false };
    let word = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    may_be_name(word, kb)
}

/// A capitalised word that may be part of a name ("Lamont", "Dean", "McLaughlin"):
/// not an acronym, not a title, not a word that opens sentences.
fn may_be_name(word: &str, kb: &KnowledgeBase) -> bool {
    word.chars().count() >= 2
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_alphabetic)
        && word.chars().nth(1).is_some_and(char::is_lowercase)
        && kb.role(&word.to_lowercase()).is_none()
        && !SENTENCE_WORDS.contains(&word)
}

/// The capitalised word right before `at` (one space between) that may be a given
/// name: not a title, not a word that opens sentences.
fn given_name_before<'t>(text: &'t str, at: usize, kb: &KnowledgeBase) -> Option<&'t str> {
    let before = text[..at].strip_suffix(' ')?;
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    may_be_name(word, kb).then_some(word)
}

/// Capitalised words that open sentences and clauses rather than names.
const SENTENCE_WORDS: &[&str] = &[
    "The",
    "But",
    "And",
    "When",
    "As",
    "If",
    "In",
    "On",
    "At",
    "For",
    "After",
    "Before",
    "While",
    "Since",
    "Yet",
    "So",
    "Then",
    "Now",
    "Meanwhile",
    "Still",
    "Also",
    "Only",
    "Even",
    "Both",
    "With",
    "By",
    "From",
    "To",
    "Of",
    "That",
    "This",
    "These",
    "Those",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Although",
    "Though",
    "Because",
    "Until",
    "Unlike",
    "Like",
    "Under",
    "Over",
    "Says",
    "Said",
    "Asked",
    "Told",
    "Than",
    "Did",
    "Does",
    "Has",
    "Had",
    "Is",
    "Was",
    "Are",
    "Were",
    "Will",
    "Would",
    "Could",
    "Should",
    "Can",
    "May",
    "Might",
    "Must",
    "Not",
    "No",
    "Yes",
    "Dear",
    "Sir",
    "Madam",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
];

/// Like [`place_of`], among the places whose own name (not another name of theirs)
/// the words are: today's Salisbury, not Harare, once called so.
fn place_named(f: &Found<'_>, kb: &KnowledgeBase, text: &str, states: &[u32]) -> Option<u32> {
    let words = f.span.text(text);
    let american = in_us_state(text, f.span);
    best_place(f, kb, states, american, |i| kb.places[i as usize].name.eq_ignore_ascii_case(words))
}

fn place_of(f: &Found<'_>, kb: &KnowledgeBase, text: &str, states: &[u32]) -> Option<u32> {
    best_place(f, kb, states, in_us_state(text, f.span), |_| true)
}

/// The names and news abbreviations of the states of the United States, which follow
/// a town's name after a comma ("Birmingham, Ala.", "Flint, Michigan").
const US_STATES: &[&str] = &[
    "Ala.",
    "Ariz.",
    "Ark.",
    "Calif.",
    "Colo.",
    "Conn.",
    "Del.",
    "Fla.",
    "Ga.",
    "Ill.",
    "Ind.",
    "Kan.",
    "Ky.",
    "La.",
    "Md.",
    "Mass.",
    "Mich.",
    "Minn.",
    "Miss.",
    "Mo.",
    "Mont.",
    "Neb.",
    "Nev.",
    "N.H.",
    "N.J.",
    "N.M.",
    "N.Y.",
    "N.C.",
    "N.D.",
    "Okla.",
    "Ore.",
    "Pa.",
    "R.I.",
    "S.C.",
    "S.D.",
    "Tenn.",
    "Vt.",
    "Va.",
    "Wash.",
    "W.Va.",
    "Wis.",
    "Wyo.",
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// The size a region of unknown population counts as when places share a name.
const REGION_SIZE: u64 = 1_000_000;

/// Whether a state of the United States follows the place after a comma.
fn in_us_state(text: &str, span: Span) -> bool {
    let Some(rest) = text[span.byte_end..].strip_prefix(", ") else { return false };
    US_STATES.iter().any(|s| {
        rest.strip_prefix(s)
            .is_some_and(|after| s.ends_with('.') || !after.starts_with(char::is_alphanumeric))
    })
}

fn best_place(
    f: &Found<'_>,
    kb: &KnowledgeBase,
    states: &[u32],
    american: bool,
    keep: impl Fn(u32) -> bool,
) -> Option<u32> {
    let codes: Vec<&str> = states.iter().map(|&i| kb.states[i as usize].code.as_str()).collect();
    let candidates: Vec<u32> = f
        .entries
        .iter()
        .filter_map(|e| match e.target {
            Target::Place { index } => Some(index),
            _ => None,
        })
        .filter(|&i| keep(i))
        .collect();
    // (a town followed by a state of the United States is the American one)
    let in_us = |i: &u32| kb.places[*i as usize].country.as_deref() == Some("USA");
    let american = american && candidates.iter().any(in_us);
    candidates.into_iter().filter(|i| !american || in_us(i)).max_by_key(|&i| {
        let place = &kb.places[i as usize];
        // A place of a state the text names counts three times its size:
        // Geneva (Switzerland) still beats the Genevas of the United States.
        let here = place.country.as_deref().is_some_and(|c| codes.contains(&c));
        // (a region of no known size, a state of the United States, is larger than
        // the towns named after it: Virginia, not the South African town)
        let size = if place.population == 0 && place.kind == "region" {
            REGION_SIZE
        } else {
            place.population
        };
        (size.saturating_mul(if here { 3 } else { 1 }), std::cmp::Reverse(i))
    })
}

/// The title right before a name (`President Aliyev`, `Foreign Minister, Amb. X`),
/// with its index and its words.
fn title_before<'t>(found: &[Found<'_>], n: usize, text: &'t str) -> Option<(usize, &'t str)> {
    // The title is the name before, or the one before "of the Republic of X".
    let is_title =
        |f: &Found<'_>| f.entries.iter().all(|e| matches!(e.target, Target::Title { .. }));
    let previous = (n.saturating_sub(2)..n).rev().find(|&i| is_title(&found[i]))?;
    let p = &found[previous];
    let between = &text[p.span.byte_end..found[n].span.byte_start];
    let between = between.trim_matches(|c: char| c.is_whitespace() || c == ',');
    let honorific_only = between.is_empty() || HONORIFICS.contains(&between);
    // "President of the Republic of Azerbaijan Ilham Aliyev".
    let of_state = previous + 2 == n
        && state_of(&found[previous + 1]).is_some()
        && matches!(
            &text[p.span.byte_end..found[previous + 1].span.byte_start],
            " of " | " of the "
        )
        && text[found[previous + 1].span.byte_end..found[n].span.byte_start]
            .trim_matches(|c: char| c.is_whitespace() || c == ',')
            .is_empty();
    if !(honorific_only || of_state) {
        return None;
    }
    // "Minister of Foreign Affairs …, Amb. Ahmed Isse Awad": an abbreviated honorific
    // gives way to the title before it.
    let words = p.span.text(text);
    if words.ends_with('.')
        && words.len() <= 5
        && let Some(before) = previous.checked_sub(1)
        && is_title(&found[before])
        && matches!(&text[found[before].span.byte_end..p.span.byte_start], ", " | " ")
    {
        return Some((before, found[before].span.text(text)));
    }
    Some((previous, words))
}

/// The state a title is of: an adjective or name just before it ("Russian Foreign
/// Minister", "Somalia Minister of …"), a possessive ("Russia's president") or "of
/// X" just after it ("the President of the Russian Federation"), with the span of
/// those words.
fn country_around(
    found: &[Found<'_>],
    n: usize,
    text: &str,
    kb: &KnowledgeBase,
) -> Option<(String, Span)> {
    let title = found[n].span;
    if n > 0 {
        let p = &found[n - 1];
        let between = &text[p.span.byte_end..title.byte_start];
        if matches!(between, " " | "'s " | "’s ")
            && let Some(code) = code_of(p, kb)
        {
            return Some((code, p.span));
        }
    }
    if let Some(next) = found.get(n + 1) {
        let between = &text[title.byte_end..next.span.byte_start];
        if matches!(between, " of " | " of the ")
            && let Some(code) = code_of(next, kb)
        {
            return Some((code, next.span));
        }
    }
    None
}

/// The state or IGO code a name stands for.
fn code_of(f: &Found<'_>, kb: &KnowledgeBase) -> Option<String> {
    if let Some((index, _)) = state_of(f) {
        return Some(kb.states[index as usize].code.clone());
    }
    let org = &kb.orgs[org_of(f)? as usize];
    org_code(kb, org)
}

/// What an organisation is coded as: its top IGO's id, or its state.
fn org_code(kb: &KnowledgeBase, org: &attache_kb::Org) -> Option<String> {
    match org.kind {
        OrgKind::Igo | OrgKind::IgoBody => Some(kb.root_org(org).id.clone()),
        _ => org.country.clone(),
    }
}

/// Collects actors and places, merging mentions of the same one.
struct Builder<'k> {
    kb: &'k KnowledgeBase,
    text: &'k str,
    date: Option<Day>,
    actors: Vec<Actor>,
    by_id: HashMap<String, usize>,
    places: Vec<Place>,
    place_by_name: HashMap<(String, Option<String>), usize>,
    mentions: Vec<(Span, usize)>,
    document_states: Vec<u32>,
    /// Surnames of people the knowledge base does not know, with their actor.
    new_surnames: Vec<(String, usize)>,
    /// Notes on what the text and the knowledge base disagree about.
    diagnostics: Vec<Diagnostic>,
    /// Actors whose role comes from a title in the text.
    titled: std::collections::HashSet<usize>,
    /// Spans already mentioned.
    seen: std::collections::HashSet<(usize, usize)>,
}

impl<'k> Builder<'k> {
    fn new(kb: &'k KnowledgeBase, text: &'k str, date: Option<Day>) -> Builder<'k> {
        Builder {
            kb,
            text,
            date,
            actors: Vec::new(),
            by_id: HashMap::new(),
            places: Vec::new(),
            place_by_name: HashMap::new(),
            mentions: Vec::new(),
            document_states: Vec::new(),
            new_surnames: Vec::new(),
            titled: std::collections::HashSet::new(),
            diagnostics: Vec::new(),
            seen: std::collections::HashSet::new(),
        }
    }

    /// Adds a mention of actor `i`, unless the span is mentioned already.
    fn add_mention(&mut self, span: Span, i: usize, how: Linked) {
        if self.seen.insert((span.byte_start, span.byte_end)) {
            self.actors[i].mentions.push(Mention { span, how });
            self.mentions.push((span, i));
        }
    }

    fn mention(
        &mut self,
        id: String,
        span: Span,
        how: Linked,
        make: impl FnOnce() -> Actor,
    ) -> usize {
        let index = match self.by_id.get(&id) {
            Some(&i) => i,
            None => {
                self.by_id.insert(id, self.actors.len());
                self.actors.push(make());
                self.actors.len() - 1
            }
        };
        self.add_mention(span, index, how);
        index
    }

    fn person(&mut self, index: u32, span: Span, title: Option<&str>, how: Linked) {
        let kb = self.kb;
        let person = &kb.people[index as usize];
        let term = match self.date {
            Some(day) => person.term_on(day),
            None => person.terms.iter().find(|t| t.end.is_none()).or(person.terms.last()),
        };
        let id = format!("person:{}", person.id);
        // (the role held on the article's date; one held before it is "former", and
        // one not yet held is none: Hillary Clinton in 2016 was a former foreign
        // minister, Donald Trump no head of state)
        let role_then = |t: &attache_kb::Term| match self.date {
            Some(day) if !t.covers(day) && t.end.is_some_and(|e| e < day) => {
                Some(format!("former {}", role_name(&t.role)))
            }
            Some(day) if !t.covers(day) => None,
            _ => Some(role_name(&t.role).to_string()),
        };
        let role = title.map(|t| self.title_words(t)).or_else(|| term.and_then(role_then));
        let sector = term.map(|t| names::role_sector(&t.role).to_string());
        let i = self.mention(id, span, how, || Actor {
            id: ActorId(format!("person:{}", person.id)),
            name: person.names[0].clone(),
            kind: ActorKind::Person,
            country: term.map(|t| t.country.clone()),
            role: role.clone(),
            sector,
            mentions: Vec::new(),
        });
        // The text's title wins over the knowledge base; say so when they disagree.
        let current = |role: &str| {
            person
                .terms
                .iter()
                .filter(|t| self.date.is_none_or(|d| t.covers(d)))
                .any(|t| roles_agree(role, &t.role))
        };
        if let (Some(title), Some(term)) = (title, term)
            && let Some(said) = self.kb.role(&title.to_lowercase())
            && !current(&said.role)
        {
            self.diagnostics.push(Diagnostic::info(
                "role-conflict",
                format!(
                    "the text calls {} \"{}\", but the knowledge base has them as {} of {} on this date",
                    person.names[0],
                    title,
                    role_name(&term.role),
                    term.country
                ),
                Some(span),
            ));
        }
        // A title met later still tells the role in the article's words.
        if title.is_some() && self.titled.insert(i) {
            self.actors[i].role = role;
        }
    }

    /// A title as an actor's role: lower case, foreign and defence ministers in one
    /// wording, "of the …" dropped where what is left is a title itself
    /// ("president of the republic" is "president").
    fn title_words(&self, title: &str) -> String {
        let title = title.to_lowercase();
        // "Minister of Foreign Affairs" and "FM" are "foreign minister"; a "Secretary of
        // State" keeps the title.
        match self.kb.role(&title).map(|r| r.role.as_str()) {
            Some("FM") if title.contains("minister") || title == "fm" => {
                return role_name("FM").to_string();
            }
            Some("DEF") if title.contains("minister") => return role_name("DEF").to_string(),
            _ => {}
        }
        if let Some((head, _)) = title.split_once(" of the ")
            && self.kb.role(head).is_some()
        {
            return head.to_string();
        }
        title
    }

    fn state(&mut self, index: u32, span: Span) {
        let state = &self.kb.states[index as usize];
        let id = format!("state:{}", state.code);
        self.mention(id, span, Linked::Name, || Actor {
            id: ActorId(format!("state:{}", state.code)),
            name: state.names[0].clone(),
            kind: ActorKind::State,
            country: Some(state.code.clone()),
            role: None,
            sector: Some("GOV".to_string()),
            mentions: Vec::new(),
        });
    }

    fn org(&mut self, index: u32, span: Span) {
        self.org_as(index, span, Linked::Name);
    }

    fn org_as(&mut self, index: u32, span: Span, how: Linked) {
        let kb = self.kb;
        let org = &kb.orgs[index as usize];
        let id = format!("org:{}", org.id);
        self.mention(id, span, how, || {
            let kind = match org.kind {
                OrgKind::ArmedGroup | OrgKind::Party => ActorKind::Group,
                // A dictionary actor coded by a country alone is that state.
                OrgKind::Coded if org.id.len() == 3 => ActorKind::State,
                _ => ActorKind::Organisation,
            };
            Actor {
                id: ActorId(format!("org:{}", org.id)),
                name: org.names.first().or(org.acronyms.first()).cloned().unwrap_or_default(),
                kind,
                country: org_code(kb, org),
                role: None,
                sector: Some(org.sector.clone()).filter(|s| !s.is_empty()),
                mentions: Vec::new(),
            }
        });
    }

    fn add_place(&mut self, name: String, country: Option<String>, span: Span, how: Linked) {
        let key = (name.clone(), country.clone());
        let index = match self.place_by_name.get(&key) {
            Some(&i) => i,
            None => {
                self.places.push(Place { name, country, mentions: Vec::new() });
                self.place_by_name.insert(key, self.places.len() - 1);
                self.places.len() - 1
            }
        };
        self.places[index].mentions.push(Mention { span, how });
    }

    fn place(&mut self, index: u32, span: Span) {
        let place = &self.kb.places[index as usize];
        self.add_place(place.name.clone(), place.country.clone(), span, Linked::Name);
    }

    fn place_of_state(&mut self, index: u32, span: Span) {
        let state = &self.kb.states[index as usize];
        let name = state.capital.clone().unwrap_or_else(|| span.text(self.text).to_string());
        self.add_place(name, Some(state.code.clone()), span, Linked::Name);
    }

    /// A person the knowledge base does not know, named after a title.
    fn new_person(
        &mut self,
        name: Span,
        role_index: u32,
        country: Option<(String, Span)>,
        title: Span,
    ) {
        let kb = self.kb;
        let role = &kb.roles[role_index as usize];
        let words = name.text(self.text).to_string();
        let id = format!("person:new:{}", names::slug(&words));
        let title_text = self.title_words(title.text(self.text));
        let i = self.mention(id.clone(), name, Linked::Title, || Actor {
            id: ActorId(id),
            name: words.clone(),
            kind: ActorKind::Person,
            country: country.map(|c| c.0),
            role: Some(title_text),
            sector: Some(role.sector.clone()).filter(|s| !s.is_empty()),
            mentions: Vec::new(),
        });
        if let Some(surname) = attache_kb::surname(&words, false) {
            self.new_surnames.push((surname, i));
        }
    }

    /// The spans of every person and organisation mention so far.
    fn person_and_org_spans(&self) -> Vec<Span> {
        self.mentions
            .iter()
            .filter(|(_, i)| {
                matches!(
                    self.actors[*i].kind,
                    ActorKind::Person | ActorKind::Organisation | ActorKind::Group
                )
            })
            .map(|(m, _)| *m)
            .collect()
    }

    /// Adds a mention to the actor of a kind whose name ends with the word (or the
    /// word without a possessive `s`): "Commission" for the European Commission.
    fn mention_by_last_word(
        &mut self,
        word: &str,
        span: Span,
        kind: ActorKind,
        country: Option<&str>,
    ) -> bool {
        let bare = word.strip_suffix('s').unwrap_or(word);
        let found = self.actors.iter().position(|a| {
            a.kind == kind
                && country.is_none_or(|c| a.country.as_deref().is_none_or(|own| own == c))
                && a.name.split_whitespace().count() > 1
                && a.name.rsplit(' ').next().is_some_and(|last| last == word || last == bare)
        });
        match found {
            Some(i) if self.seen.insert((span.byte_start, span.byte_end)) => {
                let last = self.actors[i].name.rsplit(' ').next().unwrap_or_default();
                let how = if last == word { Linked::Coreference } else { Linked::Possessive };
                self.actors[i].mentions.push(Mention { span, how });
                self.mentions.push((span, i));
                true
            }
            Some(_) => true,
            None => false,
        }
    }

    /// Adds a mention to the one person named before whose name, of several words,
    /// begins with the word ("Saddam" after "Saddam Hussein"); after a royal `title`,
    /// one first named with that title ("Sheikh Mohammed" after "Sheikh Mohammed bin
    /// Abdulrahman Al Thani", not after "Mohammed Salah").
    fn mention_by_first_word(&mut self, word: &str, span: Span, title: Option<&str>) -> bool {
        let text = self.text;
        let mut bearers = self.actors.iter().enumerate().filter(|(_, a)| {
            a.kind == ActorKind::Person
                && a.name.split_whitespace().count() > 1
                && a.name.split_whitespace().next() == Some(word)
                && a.mentions.first().is_some_and(|m| {
                    m.span.byte_start < span.byte_start
                        && title.is_none_or(|t| {
                            m.span.text(text).starts_with(t)
                                || text[..m.span.byte_start].trim_end().ends_with(t)
                        })
                })
        });
        let (Some((i, _)), None) = (bearers.next(), bearers.next()) else { return false };
        self.add_mention(span, i, Linked::Coreference);
        true
    }

    /// A person named in the text whom the knowledge base does not know; returns the
    /// surname that names them alone later.
    fn named_person(&mut self, span: Span, country: Option<String>) -> Option<String> {
        let words = span.text(self.text).to_string();
        let id = format!("person:new:{}", names::slug(&words));
        let i = self.mention(id.clone(), span, Linked::Tagger, || Actor {
            id: ActorId(id),
            name: words.clone(),
            kind: ActorKind::Person,
            country,
            role: None,
            sector: None,
            mentions: Vec::new(),
        });
        let surname = attache_kb::surname(&words, false)?;
        self.new_surnames.push((surname.clone(), i));
        Some(surname)
    }

    /// An organisation the knowledge base does not know, coded as the state named in
    /// it, if any.
    fn named_org(&mut self, span: Span, country: Option<String>, outside: bool, how: Linked) {
        let words = span.text(self.text).to_string();
        // A body named without its state ("Kenya's Defence Ministry" is "Defence
        // Ministry" here) takes the state into its id, so that two states' defence
        // ministries stay two actors.
        let id = match &country {
            Some(code) if outside => {
                format!("org:new:{}-{}", code.to_lowercase(), names::slug(&words))
            }
            _ => format!("org:new:{}", names::slug(&words)),
        };
        let sector = names::body_sector(&words).map(str::to_string);
        self.mention(id.clone(), span, how, || Actor {
            id: ActorId(id),
            name: words.clone(),
            kind: ActorKind::Organisation,
            country,
            role: None,
            sector,
            mentions: Vec::new(),
        });
    }

    /// An office named without a name: its holder on the article's date when the
    /// country is known, else the last person named with that role.
    fn office(&mut self, role: &str, title: &str, country: Option<String>, span: Span) {
        let kb = self.kb;
        if let (Some(code), Some(day)) = (&country, self.date) {
            let holder = kb.people.iter().position(|p| {
                p.terms.iter().any(|t| &t.country == code && t.role == role && t.covers(day))
            });
            if let Some(index) = holder {
                let index = u32::try_from(index).unwrap_or(u32::MAX);
                self.person(index, span, Some(title), Linked::Office);
                return;
            }
        }
        if country.is_some() {
            return;
        }
        // The last such person within the last 200 mentions.
        // (a monarch's title names only one the text or the knowledge base has called
        // so: "the king" after "President Bush" and "King Hussein" is the king)
        let royal = title
            .split_whitespace()
            .last()
            .is_some_and(|w| ROYAL_TITLES.contains(&w.to_lowercase().as_str()));
        let crowned = |i: usize| {
            let word = title.split_whitespace().last().unwrap_or("");
            let actor = &self.actors[i];
            actor.name.to_lowercase().contains(&word.to_lowercase())
                || actor.mentions.iter().any(|m| {
                    m.span.text(self.text).split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
                        || self.text[..m.span.byte_start]
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(word))
                })
        };
        let holds = |&(m, i): &(Span, usize)| {
            m.byte_end <= span.byte_start
                && self.actors[i].kind == ActorKind::Person
                && self.has_role(i, role)
                && (!royal || crowned(i))
        };
        // (one named with these very words before comes first: "the Secretary of State"
        // is the one introduced as "Secretary of State Antony Blinken", though a foreign
        // minister was named after him)
        // (the words right before its first mentions, where a title introduces one)
        let said = title.to_lowercase();
        let titled = |i: usize| {
            self.actors[i].mentions.iter().take(20).any(|m| {
                m.span.byte_end <= span.byte_start
                    && tail_before(self.text, m.span.byte_start, said.len() + 8)
                        .trim_end()
                        .to_lowercase()
                        .strip_suffix(&said)
                        .is_some_and(|h| !h.ends_with(char::is_alphanumeric))
            })
        };
        let mut distinct = HashSet::new();
        let recent: Vec<(Span, usize)> = self
            .mentions
            .iter()
            .rev()
            .take(200)
            .copied()
            .filter(|&(m, i)| m.byte_end <= span.byte_start && distinct.insert(i))
            .filter(holds)
            .collect();
        let last = recent.iter().find(|(_, i)| titled(*i)).or(recent.first()).copied();
        if let Some((_, i)) = last
            && self.seen.insert((span.byte_start, span.byte_end))
        {
            self.actors[i].mentions.push(Mention { span, how: Linked::Coreference });
            self.mentions.push((span, i));
            return;
        }
        // ("the Secretary-General" in a text about the Security Council: the holder of
        // that office in the one organisation named before it that has one; the office
        // is the one the knowledge base's source names first)
        let lower = title.to_lowercase().replace('-', " ");
        let international = ["secretary general", "director general"].contains(&lower.as_str());
        let named = |source: &str| {
            source.strip_prefix("wp:").is_some_and(|office| {
                office.to_lowercase().replace('-', " ").starts_with(&format!("{lower} of"))
            })
        };
        let Some(day) = self.date.filter(|_| international && last.is_none()) else {
            return;
        };
        // (the organisations of the last 500 mentions before it, each once)
        let mut codes: Vec<&str> = Vec::new();
        for &(m, i) in self.mentions.iter().rev().take(500) {
            let actor = &self.actors[i];
            if m.byte_end > span.byte_start || actor.kind != ActorKind::Organisation {
                continue;
            }
            let Some(code) = actor.country.as_deref() else { continue };
            if kb.state(code).is_none() && !codes.contains(&code) {
                codes.push(code);
            }
        }
        let mut holders: Vec<usize> = Vec::new();
        for code in codes {
            for (p, person) in kb.people.iter().enumerate() {
                if person.terms.iter().any(|t| {
                    t.country == code && t.role == role && t.covers(day) && named(&t.source)
                }) && !holders.contains(&p)
                {
                    holders.push(p);
                }
            }
        }
        if let [index] = holders[..] {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            self.person(index, span, Some(title), Linked::Office);
        }
    }

    fn has_role(&self, actor: usize, role: &str) -> bool {
        let a = &self.actors[actor];
        let from_kb =
            a.id.0.strip_prefix("person:").and_then(|id| self.kb.person(id)).is_some_and(|p| {
                match self.date {
                    Some(day) => p.term_on(day).is_some_and(|t| t.role == role),
                    None => p.terms.iter().any(|t| t.role == role),
                }
            });
        from_kb || a.role.as_deref().and_then(|r| self.kb.role(r)).is_some_and(|r| r.role == role)
    }

    /// Later mentions of people first named with a title: their surname alone,
    /// found in one pass over the text.
    fn unknown_surnames(&mut self, text: &str) {
        let mut surnames = std::mem::take(&mut self.new_surnames);
        surnames.sort();
        surnames.dedup_by(|a, b| a.0 == b.0);
        if surnames.is_empty() {
            return;
        }
        let Ok(automaton) = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_with_values(surnames.iter().map(|(s, a)| (s.as_bytes(), *a)))
        else {
            return;
        };
        let mut taken: Vec<Span> = self.mentions.iter().map(|(m, _)| *m).collect();
        taken.sort_by_key(|m| m.byte_start);
        let inside_taken = |start: usize, end: usize| {
            let i = taken.partition_point(|m| m.byte_start <= start);
            // Mentions do not overlap, so only the one starting last before it can hold it.
            i > 0 && taken[i - 1].byte_end >= end
        };
        for m in automaton.leftmost_find_iter(text.as_bytes()) {
            let (start, end) = (m.start(), m.end());
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            if inside_taken(start, end) || !self.seen.insert((start, end)) {
                continue;
            }
            let actor = m.value();
            self.actors[actor]
                .mentions
                .push(Mention { span: Span::new(start, end), how: Linked::Surname });
            self.mentions.push((Span::new(start, end), actor));
        }
    }

    /// "his counterpart", "his Azerbaijani counterpart", "my colleague": the
    /// counterpart named right after (", Jeyhun Bayramov"), else the last person of
    /// another country than the last person named before the words (or, with a state
    /// adjective, the last person of that state).
    fn counterparts(&mut self, text: &str, tokens: &[Token], sentences: &[Sentence]) {
        self.mentions.sort_by_key(|(m, _)| (m.byte_start, m.byte_end));
        let mut found: Vec<(Span, usize)> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let word = t.span.text(text);
            if !matches!(word, "counterpart" | "colleague") || k == 0 {
                continue;
            }
            // The possessive, and a state adjective between ("his Azerbaijani counterpart").
            let mut first = k - 1;
            let mut state: Option<String> = None;
            if let Some(i) = self.actor_at_span(tokens[first].span)
                && self.actors[i].kind == ActorKind::State
                && first > 0
            {
                state = self.actors[i].country.clone();
                first -= 1;
            }
            let possessive = tokens[first].span.text(text);
            if !matches!(
                possessive,
                "his" | "her" | "their" | "my" | "our" | "His" | "Her" | "My" | "Our"
            ) {
                continue;
            }
            let span = tokens[first].span.cover(t.span);
            if self.seen.contains(&(span.byte_start, span.byte_end)) {
                continue;
            }
            // ", Jeyhun Bayramov": the name in apposition.
            let after = self.mentions.partition_point(|(m, _)| m.byte_start < span.byte_end);
            if let Some(&(m, i)) = self.mentions.get(after)
                && text[span.byte_end..m.byte_start].trim() == ","
                && self.actors[i].kind == ActorKind::Person
            {
                found.push((span, i));
                continue;
            }
            let before = self.mentions.partition_point(|(m, _)| m.byte_end <= span.byte_start);
            let people: Vec<usize> = self.mentions[..before]
                .iter()
                .rev()
                .take(200)
                .map(|(_, i)| *i)
                .filter(|i| self.actors[*i].kind == ActorKind::Person)
                .collect();
            let sentence = sentences.partition_point(|x| x.span.byte_end <= span.byte_start);
            let first_person_in = |x: &Sentence| {
                let from = self.mentions.partition_point(|(m, _)| m.byte_start < x.span.byte_start);
                self.mentions[from..]
                    .iter()
                    .take_while(|(m, _)| m.byte_end <= x.span.byte_end.min(span.byte_start))
                    .map(|(_, i)| *i)
                    .find(|i| self.actors[*i].kind == ActorKind::Person)
            };
            let owner = sentences
                .get(sentence)
                .and_then(first_person_in)
                .or_else(|| sentence.checked_sub(1).and_then(|p| first_person_in(&sentences[p])));
            let other = match (&state, owner) {
                (Some(code), _) => {
                    people.iter().find(|i| self.actors[**i].country.as_ref() == Some(code))
                }
                (None, Some(owner)) => people.iter().find(|i| {
                    self.actors[**i].country.is_some()
                        && self.actors[**i].country != self.actors[owner].country
                }),
                (None, None) => None,
            };
            if let Some(&i) = other {
                found.push((span, i));
            }
        }
        for (span, i) in found {
            self.add_mention(span, i, Linked::Coreference);
        }
    }

    /// The actor of the mention exactly at a span, if any.
    fn actor_at_span(&self, span: Span) -> Option<usize> {
        let i = self.mentions.partition_point(|(m, _)| m.byte_start < span.byte_start);
        self.mentions.get(i).filter(|(m, _)| *m == span).map(|(_, a)| *a)
    }

    /// "The Secretary underscored …": in a readout, the one introduced before as
    /// "Secretary of State Antony Blinken" (the last person whose title opened with
    /// "Secretary"), where nothing follows the word that would make it another title
    /// ("the Secretary-General", "the Secretary of Defense").
    fn short_titles(&mut self, text: &str, tokens: &[Token]) {
        self.mentions.sort_by_key(|(m, _)| (m.byte_start, m.byte_end));
        let mut found = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            if t.span.text(text) != "Secretary"
                || !matches!(
                    k.checked_sub(1).map(|b| tokens[b].span.text(text)),
                    Some("the" | "The")
                )
            {
                continue;
            }
            let next =
                tokens.get(k + 1).map_or("", |n| text[t.span.byte_end..n.span.byte_end].as_ref());
            if next.starts_with('-')
                || tokens.get(k + 1).is_some_and(|n| n.span.text(text) == "of")
                || next.trim_start().starts_with(char::is_uppercase)
            {
                continue;
            }
            let span = tokens[k - 1].span.cover(t.span);
            if self.seen.contains(&(span.byte_start, span.byte_end)) {
                continue;
            }
            let before = self.mentions.partition_point(|(m, _)| m.byte_start < span.byte_start);
            let titled = self.mentions[..before].iter().rev().take(200).find(|(m, i)| {
                self.actors[*i].kind == ActorKind::Person
                    && tail_before(text, m.byte_start, 40)
                        .trim_end()
                        .rsplit_once("Secretary")
                        .is_some_and(|(head, rest)| {
                            // (not a deputy's or a press secretary's title)
                            let qualifier = head.trim_end().rsplit(' ').next().unwrap_or("");
                            !matches!(
                                qualifier,
                                "Deputy"
                                    | "Assistant"
                                    | "Under"
                                    | "Press"
                                    | "Permanent"
                                    | "Principal"
                                    | "Cabinet"
                                    | "Executive"
                                    | "Parliamentary"
                                    | "Private"
                                    | "Chief"
                                    | "General"
                                    | "Party"
                            ) && (rest.is_empty()
                                || (rest.starts_with(" of ")
                                    && rest.split_whitespace().count() <= 3
                                    && rest
                                        .split_whitespace()
                                        .skip(1)
                                        .all(|w| w.starts_with(char::is_uppercase))))
                        })
            });
            if let Some(&(_, i)) = titled {
                found.push((span, i));
            }
        }
        for (span, i) in found {
            self.add_mention(span, i, Linked::Coreference);
        }
    }

    /// "Lavrovs visit": a person's surname with an `s` glued on, as texts that lost
    /// their apostrophes write the possessive.
    fn possessives_without_apostrophe(&mut self, text: &str, tokens: &[Token]) {
        let mut by_surname: HashMap<&str, usize> = HashMap::new();
        for (i, a) in self.actors.iter().enumerate() {
            if a.kind == ActorKind::Person
                && let Some(last) = a.name.rsplit(' ').next()
                && last.chars().count() >= 3
            {
                by_surname.entry(last).or_insert(i);
            }
        }
        let mut found = Vec::new();
        for t in tokens {
            let word = t.span.text(text);
            let Some(stem) = word.strip_suffix('s') else { continue };
            if let Some(&i) = by_surname.get(stem)
                && !self.seen.contains(&(t.span.byte_start, t.span.byte_end))
            {
                found.push((t.span, i));
            }
        }
        for (span, i) in found {
            self.add_mention(span, i, Linked::Possessive);
        }
    }

    /// "The bloc said", "the 32-member alliance urged": an international organisation
    /// named by what it is (`data/org_descriptions.tsv`) is the last of those it may be
    /// that the text has named before.
    fn described_orgs(&mut self, text: &str, tokens: &[Token]) {
        self.mentions.sort_by_key(|(m, _)| (m.byte_start, m.byte_end));
        // (the words allowed between "the" and the description)
        let modifier = |w: &str| {
            w.ends_with("-member")
                || w.ends_with("-nation")
                || w.ends_with("-based")
                || matches!(
                    w,
                    "Western"
                        | "western"
                        | "military"
                        | "defence"
                        | "defense"
                        | "security"
                        | "trade"
                        | "economic"
                        | "regional"
                        | "nuclear"
                        | "atomic"
                        | "UN"
                        | "U.N."
                        | "transatlantic"
                        | "Atlantic"
                        | "European"
                        | "Asian"
                        | "African"
                        | "Gulf"
                        | "Eurasian"
                        | "oil"
                        | "global"
                        | "international"
                        | "emerging"
                )
        };
        let mut found: Vec<(Span, usize)> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let Some(ids) = ORG_DESCRIPTIONS.get(t.span.text(text)) else { continue };
            let mut first = k;
            while first > 0 && k - first < 3 && modifier(tokens[first - 1].span.text(text)) {
                first -= 1;
            }
            let Some(the) = first.checked_sub(1).map(|f| tokens[f].span) else { continue };
            if !matches!(the.text(text), "the" | "The") {
                continue;
            }
            let span = the.cover(t.span);
            let at = self.mentions.partition_point(|(m, _)| m.byte_end <= span.byte_start);
            if self.mentions.get(at).is_some_and(|(m, _)| m.overlaps(span)) {
                continue;
            }
            let named = self.mentions[..at].iter().rev().take(500).find(|(_, i)| {
                let id = &self.actors[*i].id.0;
                id.strip_prefix("org:").is_some_and(|code| ids.contains(&code))
            });
            if let Some(&(_, i)) = named {
                found.push((span, i));
            }
        }
        for (span, i) in found {
            self.add_mention(span, i, Linked::Coreference);
        }
    }

    /// A transcript's speaker labels in capitals that name someone the knowledge base
    /// does not know (`MR. MILLER:`, `AMBASSADOR THOMAS-GREENFIELD:`, `JOHN KIRBY:`):
    /// a person, by the name after the honorific or title (or a given name and a
    /// surname), or the person of the text whose surname it is.
    fn labelled_people(&mut self, text: &str) {
        const TITLES: &[&str] = &[
            "MR.",
            "MS.",
            "MRS.",
            "DR.",
            "MR",
            "MS",
            "MRS",
            "DR",
            "SECRETARY",
            "PRESIDENT",
            "AMBASSADOR",
            "MINISTER",
            "SENATOR",
            "GENERAL",
            "ADMIRAL",
            "GOVERNOR",
            "SPOKESPERSON",
            "SPOKESMAN",
            "SPOKESWOMAN",
            "CHAIRMAN",
            "CHAIRWOMAN",
            "DIRECTOR",
            "REPRESENTATIVE",
            "COLONEL",
            "CAPTAIN",
            "DEPUTY",
            "PRIME",
            "FOREIGN",
            "UNDER",
        ];
        let mut at = 0;
        let mut labels = Vec::new();
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let Some(colon) = line.find(':').filter(|&c| c <= 60) else { continue };
            let label = &line[..colon];
            let words: Vec<&str> = label.split_whitespace().collect();
            if words.is_empty()
                || words.len() > 4
                || label.starts_with(' ')
                || label.chars().any(char::is_lowercase)
                || !label.chars().any(char::is_uppercase)
            {
                continue;
            }
            let titled = words.iter().take_while(|w| TITLES.contains(w)).count();
            let name = &words[titled..];
            let given = name.len() >= 2 && is_given_name(&title_cased(name[0]));
            if name.is_empty() || name.len() > 3 || (titled == 0 && !given) {
                continue;
            }
            let first = label.find(name[0]).unwrap_or(0);
            let span = Span::new(start + first, start + colon);
            let name: Vec<String> = name.iter().map(|w| title_cased(w)).collect();
            labels.push((span, name.join(" ")));
        }
        // (the mentions sorted, so that a transcript of many turns needs no scan of all
        // of them per label)
        self.mentions.sort_by_key(|(m, _)| (m.byte_start, m.byte_end));
        let taken: Vec<Span> = self.mentions.iter().map(|(m, _)| *m).collect();
        let longest = taken.iter().map(|m| m.byte_end - m.byte_start).max().unwrap_or(0);
        for (span, name) in labels {
            let from = taken.partition_point(|m| m.byte_start + longest <= span.byte_start);
            if taken[from..]
                .iter()
                .take_while(|m| m.byte_start < span.byte_end)
                .any(|m| m.overlaps(span))
            {
                continue;
            }
            // (the person the text names in full: "Linda Thomas-Greenfield" before
            // `AMBASSADOR THOMAS-GREENFIELD:`)
            let surname = name.rsplit(' ').next().unwrap_or(&name).to_string();
            let mut bearers = self.actors.iter().enumerate().filter(|(_, a)| {
                a.kind == ActorKind::Person
                    && (a.name == name || a.name.rsplit(' ').next() == Some(surname.as_str()))
            });
            if let (Some((i, _)), None) = (bearers.next(), bearers.next()) {
                self.add_mention(span, i, Linked::Coreference);
                continue;
            }
            let id = format!("person:new:{}", names::slug(&name));
            self.mention(id.clone(), span, Linked::Tagger, || Actor {
                id: ActorId(id),
                name,
                kind: ActorKind::Person,
                country: None,
                role: None,
                sector: None,
                mentions: Vec::new(),
            });
        }
    }

    /// "Xi calls for …", "Budrys: list too short": a headline names people by one word
    /// of the name the story gives in full below it. A capitalised word of the headline
    /// that begins or ends the name of exactly one person of the text is that person.
    fn headline_names(&mut self, text: &str) {
        // (the first line that is not blank)
        let top = text.len() - text.trim_start().len();
        let headline = text[top..].find('\n').map_or(text.len(), |i| top + i);
        if headline - top > 160 || text[top..headline].trim_end().ends_with('.') {
            return;
        }
        // (the headline is no sentence of the body: its words are read here)
        let mut found = Vec::new();
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in
            text[top..headline].char_indices().map(|(i, c)| (top + i, c)).chain([(headline, ' ')])
        {
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push(Span::new(s, i));
                    start = None;
                }
                _ => {}
            }
        }
        for span in words {
            let word = span.text(text);
            if word.chars().count() < 2
                || !word.starts_with(char::is_uppercase)
                || self.mentions.iter().any(|(m, _)| m.overlaps(span))
            {
                continue;
            }
            let mut bearers = self.actors.iter().enumerate().filter(|(_, a)| {
                let mut parts = a.name.split_whitespace();
                let (first, last) = (parts.next(), parts.next_back());
                a.kind == ActorKind::Person
                    && last.is_some()
                    && (last == Some(word) || (first == Some(word) && !is_given_name(word)))
            });
            if let (Some((i, _)), None) = (bearers.next(), bearers.next()) {
                found.push((span, i));
            }
        }
        for (span, i) in found {
            self.add_mention(span, i, Linked::Coreference);
        }
    }

    /// A state's body named in lower case after the state: "Qatar's foreign ministry",
    /// "the Japanese defence ministry", "South Korea's military", "the Russian
    /// embassy". It is the knowledge base's body of that name, else a new one of the
    /// state (its own government aside, which is the state).
    fn national_bodies(&mut self, bodies: &HashMap<String, u32>) {
        let text = self.text;
        let states: Vec<(Span, usize)> = self
            .mentions
            .iter()
            .filter(|(_, i)| self.actors[*i].kind == ActorKind::State)
            .copied()
            .collect();
        // (sorted, so that a text naming a state a million times needs no scan of all
        // its mentions for each)
        let mut taken: Vec<Span> = self.mentions.iter().map(|(m, _)| *m).collect();
        taken.sort_by_key(|m| (m.byte_start, m.byte_end));
        let longest = taken.iter().map(|m| m.byte_end - m.byte_start).max().unwrap_or(0);
        for (state_span, actor) in states {
            let after = &text[state_span.byte_end..];
            let possessive = ["'s ", "’s "].iter().find(|p| after.starts_with(*p));
            let gap = match possessive {
                Some(p) => p.len(),
                None if after.starts_with(' ') => 1,
                None => continue,
            };
            let rest = &after[gap..];
            let Some(tail) = BODY_TAILS.iter().find(|t| {
                rest.get(..t.len()).is_some_and(|w| w.eq_ignore_ascii_case(t))
                    && !rest[t.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            }) else {
                continue;
            };
            let tail_start = state_span.byte_end + gap;
            let tail_end = tail_start + tail.len();
            let from = taken.partition_point(|m| m.byte_start + longest <= tail_start);
            if taken[from..]
                .iter()
                .take_while(|m| m.byte_start < tail_end)
                .any(|m| tail_start < m.byte_end)
            {
                continue;
            }
            let before = text[..state_span.byte_start].strip_suffix(' ').unwrap_or("");
            let start = match possessive {
                None if before.ends_with("the") || before.ends_with("The") => before.len() - 3,
                _ => state_span.byte_start,
            };
            let span = Span::new(start, tail_end);
            let Some(code) = self.actors[actor].country.clone() else { continue };
            self.state_body(&code, tail, span, bodies);
        }
        // "The foreign ministry said …" with no state before it, under a dateline of
        // that state ("TEHRAN —", "KYIV, May 3 (Reuters) -"): the body of the state
        // the story is filed from, when every state named before it is that one.
        let Some((home, dateline)) = self.places.iter().find_map(|p| {
            let m =
                p.mentions.iter().find(|m| m.span.byte_start < 200 && is_dateline(text, m.span))?;
            Some((p.country.clone()?, m.span))
        }) else {
            return;
        };
        // (where the dateline ends: its dash, on its line, "KYIV, Ukraine (AP) —")
        let line = &text[dateline.byte_end..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let dateline_end = [" — ", " – ", " - ", " -- "]
            .iter()
            .filter_map(|d| line.find(d))
            .min()
            .filter(|&at| at <= 80)
            .map_or(dateline.byte_end, |at| dateline.byte_end + at);
        // (where the first other state is named, and the first mention of this one
        // after the dateline: one scan, as a text may name a body a million times)
        // (a story that names its own state first is that state's story: "TOKYO —
        // Japan lodged a protest with China …, the Foreign Ministry said")
        let (mut first_foreign, mut first_home) = (usize::MAX, usize::MAX);
        for &(m, i) in &self.mentions {
            let actor = &self.actors[i];
            if actor.kind != ActorKind::State {
                continue;
            }
            if actor.country.as_deref() != Some(home.as_str()) {
                first_foreign = first_foreign.min(m.byte_start);
            } else if m.byte_start >= dateline_end {
                // (not the dateline's own "KYIV, Ukraine (AP) —")
                first_home = first_home.min(m.byte_start);
            }
        }
        let first_foreign = if first_home < first_foreign { usize::MAX } else { first_foreign };
        for (i, _) in text.match_indices("he ") {
            // (the byte before is an ASCII letter, so a char boundary)
            if i == 0 || !matches!(text.as_bytes()[i - 1], b't' | b'T') {
                continue;
            }
            let (the, at) = (i - 1, i + 3);
            if text[..the].ends_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            let rest = &text[at..];
            let Some(tail) = BODY_TAILS.iter().find(|t| {
                home_body(t)
                    && rest.get(..t.len()).is_some_and(|w| w.eq_ignore_ascii_case(t))
                    && !rest[t.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            }) else {
                continue;
            };
            let span = Span::new(the, at + tail.len());
            let from = taken.partition_point(|m| m.byte_start + longest <= span.byte_start);
            if span.byte_start > first_foreign
                || taken[from..]
                    .iter()
                    .take_while(|m| m.byte_start < span.byte_end)
                    .any(|m| span.byte_start < m.byte_end)
            {
                continue;
            }
            self.state_body(&home, tail, span, bodies);
        }
        // (and so is such a body the tagger found in capitals with no state: "The Air
        // Force said …" under KYIV)
        for actor in &mut self.actors {
            if actor.kind == ActorKind::Organisation
                && actor.country.is_none()
                && actor.id.0.starts_with("org:new:")
                && BODY_TAILS.iter().any(|t| home_body(t) && actor.name.eq_ignore_ascii_case(t))
                && actor.mentions.first().is_some_and(|m| m.span.byte_start < first_foreign)
            {
                actor.country = Some(home.clone());
            }
        }
    }

    /// The body of state `code` whose words are `tail` ("foreign ministry"), as
    /// mentioned at `span`: the knowledge base's, else a new one (the government aside,
    /// which is the state).
    fn state_body(&mut self, code: &str, tail: &str, span: Span, bodies: &HashMap<String, u32>) {
        let Some(state) = self.kb.states.iter().find(|s| s.code == code) else { return };
        let known = state
            .adjectives
            .iter()
            .chain(&state.names)
            .find_map(|a| bodies.get(&format!("{} {tail}", a.to_lowercase())));
        if let Some(&index) = known {
            self.org_as(index, span, Linked::Pattern);
            return;
        }
        if tail == "government" {
            return;
        }
        let adjective = state.adjectives.first().unwrap_or(&state.names[0]);
        let words: Vec<String> = tail.split(' ').map(attache_kb::capitalise).collect();
        let name = format!("{adjective} {}", words.join(" "));
        let id = format!("org:new:{}-{}", code.to_lowercase(), names::slug(tail));
        let sector = names::body_sector(&name).map(str::to_string);
        self.mention(id.clone(), span, Linked::Pattern, || Actor {
            id: ActorId(id),
            name,
            kind: ActorKind::Organisation,
            country: Some(code.to_string()),
            role: None,
            sector,
            mentions: Vec::new(),
        });
    }

    fn finish(mut self) -> Entities {
        self.mentions.sort_by_key(|(m, _)| (m.byte_start, m.byte_end));
        for actor in &mut self.actors {
            actor.mentions.sort_by_key(|m| m.span.byte_start);
        }
        for place in &mut self.places {
            place.mentions.sort_by_key(|m| m.span.byte_start);
        }
        Entities {
            actors: self.actors,
            places: self.places,
            mentions: self.mentions,
            diagnostics: self.diagnostics,
        }
    }
}
