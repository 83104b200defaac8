//! Every name of the knowledge base compiled into one automaton.
//!
//! Names are matched case-aware: as written, and in capitals for ALL-CAPS headlines
//! and datelines (flagged, so that the caller accepts them only in capitalised
//! text). Titles are matched in lower case, with a capital first letter, in title
//! case and in capitals. A match must start and end at word boundaries.

use std::collections::BTreeMap;

use attache_text::Span;
use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};

use crate::builder::Records;
use crate::table::FileKind;

/// How a state is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StateForm {
    /// By a name (`Azerbaijan`, `Republic of Azerbaijan`).
    Name,
    /// By an adjective (`Azerbaijani`).
    Adjective,
    /// By a noun for its people (`Azerbaijanis`).
    Demonym,
    /// By its capital (`Baku`).
    Capital,
}

/// What a name may refer to: an index into one of the knowledge base's tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A state.
    State {
        /// Index into `states`.
        index: u32,
        /// Which kind of name.
        form: StateForm,
    },
    /// An organisation.
    Org {
        /// Index into `orgs`.
        index: u32,
        /// Named by an acronym.
        acronym: bool,
    },
    /// A person.
    Person {
        /// Index into `people`.
        index: u32,
        /// Named by the surname alone.
        surname: bool,
    },
    /// A place.
    Place {
        /// Index into `places`.
        index: u32,
    },
    /// A title (`foreign minister`) or modifier (`acting`).
    Title {
        /// Index into `roles`.
        index: u32,
    },
}

/// One pattern's meaning: the target, and whether the pattern is a capitalised
/// variant rather than the form as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// What the name refers to.
    pub target: Target,
    /// The pattern is the ALL-CAPS form of a name that is not written so.
    pub caps_variant: bool,
}

/// A name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameMatch<'g> {
    /// Where.
    pub span: Span,
    /// Everything the words may refer to.
    pub entries: &'g [Entry],
}

/// One compiled automaton and the meanings of its patterns.
struct Part {
    automaton: DoubleArrayAhoCorasick<u32>,
    /// Each pattern's entries, as a range of `flat`.
    ranges: Vec<(u32, u8)>,
    flat: Vec<Entry>,
}

impl Part {
    fn entries(&self, pattern: usize) -> &[Entry] {
        let (start, len) = self.ranges[pattern];
        &self.flat[start as usize..start as usize + usize::from(len)]
    }

    fn push(&mut self, list: &[Entry]) {
        self.ranges.push((
            u32::try_from(self.flat.len()).unwrap_or(u32::MAX),
            u8::try_from(list.len()).unwrap_or(u8::MAX),
        ));
        self.flat.extend_from_slice(list);
    }
}

/// The compiled names: the built-in ones, compiled when attache is built, and
/// those of the user's files, compiled when they are loaded.
pub struct Gazetteer {
    parts: Vec<Part>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("patterns", &self.patterns())
            .field("heap_bytes", &self.heap_bytes())
            .finish()
    }
}

/// Particles that belong to a surname (`von der Leyen`, `bin Salman`).
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "dos", "das", "al", "el",
    "bin", "ibn", "bint", "la", "le", "ben", "ter", "op",
];

/// States whose people's family names come first (`Xi Jinping`, `Kim Jong Un`).
const FAMILY_NAME_FIRST: &[&str] = &["CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "SGP"];

/// The surname news uses alone for a full name, if one can be told.
pub fn surname(name: &str, family_first: bool) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let surname = if family_first {
        words[0].to_string()
    } else {
        let mut first = words.len() - 1;
        while first > 1 && PARTICLES.contains(&words[first - 1]) {
            first -= 1;
        }
        words[first..].join(" ")
    };
    let initial = surname.chars().next()?;
    let long_enough = surname.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    (long_enough && (initial.is_uppercase() || PARTICLES.iter().any(|p| surname.starts_with(p))))
        .then_some(surname)
}

/// The word with its first letter in capitals.
pub fn capitalise(word: &str) -> String {
    let mut cs = word.chars();
    cs.next().map(|f| f.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

/// A title in the forms it is written in: lower case, first letter capital, title
/// case (`Minister of Foreign Affairs`) and capitals.
fn title_forms(title: &str) -> Vec<String> {
    let mut forms = vec![title.to_string()];
    if !title.is_empty() {
        forms.push(capitalise(title));
    }
    let small = ["of", "the", "and", "for", "on", "in", "to", "at", "de"];
    let titled: Vec<String> = title
        .split(' ')
        .enumerate()
        .map(|(i, w)| if i > 0 && small.contains(&w) { w.to_string() } else { capitalise(w) })
        .collect();
    let titled = titled.join(" ");
    // ("Secretary-General": each part of a hyphenated word too)
    forms.push(titled.split('-').map(capitalise).collect::<Vec<_>>().join("-"));
    forms.push(titled);
    forms.push(title.to_uppercase());
    forms.sort();
    forms.dedup();
    forms
}

#[derive(Default)]
struct Patterns {
    map: BTreeMap<String, Vec<Entry>>,
}

impl Patterns {
    fn add(&mut self, name: &str, target: Target, caps_variant: bool) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        let entries = self.map.entry(name.to_string()).or_default();
        let entry = Entry { target, caps_variant };
        if !entries.contains(&entry) {
            // The form as written wins over a capitalised variant of the same target.
            if let Some(e) = entries.iter_mut().find(|e| e.target == target) {
                e.caps_variant &= caps_variant;
            } else {
                entries.push(entry);
            }
        }
    }

    /// A proper name: as written, and in capitals.
    fn add_name(&mut self, name: &str, target: Target) {
        self.add(name, target, false);
        let upper = name.to_uppercase();
        if upper != name {
            self.add(&upper, target, true);
        }
    }
}

impl Part {
    /// Compiles the names of the records that `include` accepts (by table and index).
    fn compile(records: &Records, include: &dyn Fn(FileKind, usize) -> bool) -> Part {
        let mut p = Patterns::default();
        let idx = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        for (i, s) in
            records.states.iter().enumerate().filter(|(i, _)| include(FileKind::States, *i))
        {
            let target = |form| Target::State { index: idx(i), form };
            for n in &s.names {
                // Short capitalised names (`US`, `UK`, `UAE`) are matched as written.
                if n.chars().count() <= 3 && n.chars().all(|c| !c.is_lowercase()) {
                    p.add(n, target(StateForm::Name), false);
                } else {
                    p.add_name(n, target(StateForm::Name));
                }
            }
            for n in &s.adjectives {
                p.add_name(n, target(StateForm::Adjective));
            }
            for n in &s.demonyms {
                p.add_name(n, target(StateForm::Demonym));
            }
            if let Some(c) = &s.capital {
                p.add_name(c, target(StateForm::Capital));
            }
        }
        for (i, o) in records.orgs.iter().enumerate().filter(|(i, _)| include(FileKind::Orgs, *i)) {
            for n in &o.names {
                p.add_name(n, Target::Org { index: idx(i), acronym: false });
            }
            for n in &o.acronyms {
                p.add(n, Target::Org { index: idx(i), acronym: true }, false);
            }
        }
        for (i, person) in
            records.people.iter().enumerate().filter(|(i, _)| include(FileKind::People, *i))
        {
            let family_first = person
                .terms
                .first()
                .is_some_and(|t| FAMILY_NAME_FIRST.contains(&t.country.as_str()));
            for n in &person.names {
                p.add_name(n, Target::Person { index: idx(i), surname: false });
                // "Mark Chen|Chen Tan-sun": a name in the Western order, its last word
                // the family name another of the person's names opens with.
                let western = family_first
                    && n.split_whitespace().last().is_some_and(|last| {
                        person
                            .names
                            .iter()
                            .any(|o| o != n && o.split_whitespace().next() == Some(last))
                    });
                if let Some(s) = surname(n, family_first && !western) {
                    p.add_name(&s, Target::Person { index: idx(i), surname: true });
                }
                // "Vladimir Vladimirovich": a first name and patronymic, as in Russian.
                let words: Vec<&str> = n.split_whitespace().collect();
                if words.len() == 3
                    && ["vich", "vna", "ich", "ogly", "kyzy"].iter().any(|e| words[1].ends_with(e))
                {
                    p.add_name(
                        &words[..2].join(" "),
                        Target::Person { index: idx(i), surname: false },
                    );
                }
            }
        }
        for (i, place) in
            records.places.iter().enumerate().filter(|(i, _)| include(FileKind::Places, *i))
        {
            for n in std::iter::once(&place.name).chain(&place.altnames) {
                p.add_name(n, Target::Place { index: idx(i) });
            }
        }
        for (i, r) in records.roles.iter().enumerate().filter(|(i, _)| include(FileKind::Roles, *i))
        {
            for form in title_forms(&r.title) {
                p.add(&form, Target::Title { index: idx(i) }, false);
            }
        }
        let automaton = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(p.map.keys().enumerate().map(|(i, k)| (k.as_bytes(), idx(i))))
            .expect("patterns are unique and non-empty");
        let mut part = Part { automaton, ranges: Vec::new(), flat: Vec::new() };
        for list in p.map.values() {
            part.push(list);
        }
        part
    }

    #[allow(dead_code, reason = "used by the build script")]
    fn to_bytes(&self, out: &mut Vec<u8>) {
        let automaton = self.automaton.serialize();
        out.extend_from_slice(&u32::try_from(automaton.len()).unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(&automaton);
        out.extend_from_slice(&u32::try_from(self.ranges.len()).unwrap_or(u32::MAX).to_le_bytes());
        for pattern in 0..self.ranges.len() {
            let entries = self.entries(pattern);
            out.push(u8::try_from(entries.len()).unwrap_or(u8::MAX));
            for e in entries.iter() {
                let (tag, index) = match e.target {
                    Target::State { index, form } => (form as u8, index),
                    Target::Org { index, acronym } => (4 + u8::from(acronym), index),
                    Target::Person { index, surname } => (6 + u8::from(surname), index),
                    Target::Place { index } => (8, index),
                    Target::Title { index } => (9, index),
                };
                out.push(tag | if e.caps_variant { 0x80 } else { 0 });
                out.extend_from_slice(&index.to_le_bytes());
            }
        }
    }

    fn from_bytes(bytes: &[u8]) -> Option<(Part, &[u8])> {
        let (len, rest) = take_u32(bytes)?;
        let (automaton_bytes, rest) = rest.split_at_checked(len as usize)?;
        let (automaton, _) = DoubleArrayAhoCorasick::<u32>::deserialize(automaton_bytes).ok()?;
        let (count, mut rest) = take_u32(rest)?;
        let mut part =
            Part { automaton, ranges: Vec::with_capacity(count as usize), flat: Vec::new() };
        let mut list = Vec::new();
        for _ in 0..count {
            let (&n, r) = rest.split_first()?;
            rest = r;
            list.clear();
            for _ in 0..n {
                let (&tag, r) = rest.split_first()?;
                let (index, r) = take_u32(r)?;
                rest = r;
                let target = match tag & 0x7f {
                    0 => Target::State { index, form: StateForm::Name },
                    1 => Target::State { index, form: StateForm::Adjective },
                    2 => Target::State { index, form: StateForm::Demonym },
                    3 => Target::State { index, form: StateForm::Capital },
                    4 | 5 => Target::Org { index, acronym: tag & 0x7f == 5 },
                    6 | 7 => Target::Person { index, surname: tag & 0x7f == 7 },
                    8 => Target::Place { index },
                    9 => Target::Title { index },
                    _ => return None,
                };
                list.push(Entry { target, caps_variant: tag & 0x80 != 0 });
            }
            part.push(&list);
        }
        Some((part, rest))
    }
}

fn take_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_at_checked(4)?;
    Some((u32::from_le_bytes(head.try_into().ok()?), rest))
}

impl Gazetteer {
    /// Compiles the names of every record.
    pub(crate) fn compile(records: &Records) -> Gazetteer {
        Gazetteer { parts: vec![Part::compile(records, &|_, _| true)] }
    }

    /// Compiles the names of the records that are not in `base`: those after the
    /// base's lengths, and those that gained names.
    pub(crate) fn extend(&mut self, records: &Records, base: [usize; 5]) {
        let position = |kind: FileKind| FileKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        let include = |kind: FileKind, i: usize| {
            i >= base[position(kind)] || records.touched.contains(&(kind, i))
        };
        let part = Part::compile(records, &include);
        if !part.ranges.is_empty() {
            self.parts.push(part);
        }
    }

    /// The compiled form, for building into the binary.
    #[allow(dead_code, reason = "used by the build script")]
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for part in &self.parts {
            part.to_bytes(&mut out);
        }
        out
    }

    /// Reads what [`Gazetteer::to_bytes`] wrote.
    pub(crate) fn from_bytes(mut bytes: &[u8]) -> Option<Gazetteer> {
        let mut parts = Vec::new();
        while !bytes.is_empty() {
            let (part, rest) = Part::from_bytes(bytes)?;
            parts.push(part);
            bytes = rest;
        }
        Some(Gazetteer { parts })
    }

    /// How many distinct patterns.
    pub fn patterns(&self) -> usize {
        self.parts.iter().map(|p| p.ranges.len()).sum()
    }

    /// Memory held by the automaton, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.parts.iter().map(|p| p.automaton.heap_bytes()).sum()
    }

    /// Every name in the text that starts and ends at word boundaries, overlapping
    /// ones included, in order of start (longer first at one start).
    pub fn find_all<'g>(&'g self, text: &str) -> Vec<NameMatch<'g>> {
        let bytes = text.as_bytes();
        let mut found: Vec<NameMatch<'g>> = Vec::new();
        for part in &self.parts {
            found.extend(
                part.automaton
                    .find_overlapping_iter(bytes)
                    .filter(|m| boundary_before(text, m.start()) && boundary_after(text, m.end()))
                    .map(|m| NameMatch {
                        span: Span::new(m.start(), m.end()),
                        entries: part.entries(m.value() as usize),
                    }),
            );
        }
        found.sort_by_key(|m| (m.span.byte_start, std::cmp::Reverse(m.span.byte_end)));
        found
    }
}

fn boundary_before(text: &str, at: usize) -> bool {
    text.is_char_boundary(at) && text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, at: usize) -> bool {
    text.is_char_boundary(at) && text[at..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames() {
        assert_eq!(surname("Sergey Lavrov", false).as_deref(), Some("Lavrov"));
        assert_eq!(surname("Ursula von der Leyen", false).as_deref(), Some("von der Leyen"));
        assert_eq!(surname("Xi Jinping", true), None, "two letters are too short");
        assert_eq!(surname("Kim Jong Un", true).as_deref(), Some("Kim"));
        assert_eq!(surname("Lula", false), None);
    }

    #[test]
    fn titles_in_their_written_forms() {
        let forms = title_forms("minister of foreign affairs");
        assert!(forms.contains(&"Minister of Foreign Affairs".to_string()));
        assert!(forms.contains(&"Minister of foreign affairs".to_string()));
        assert!(forms.contains(&"MINISTER OF FOREIGN AFFAIRS".to_string()));
    }
}
