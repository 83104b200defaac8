//! The knowledge base: who and what could this name be?
//!
//! States, organisations, titles, people with their offices and dates, and places
//! live in tab-separated files under `data/` (their format is documented in
//! `data/README.md`). They are built into the binary and compiled, once, into a
//! [`Gazetteer`]: one automaton over every name. Users add files of their own in the
//! same formats ([`Builder::add_file`]), and PETRARCH/TABARI actor and agent
//! dictionaries ([`petrarch`]).
//!
//! ```
//! let kb = attache_kb::KnowledgeBase::builtin();
//! let russia = kb.state("RUS").unwrap();
//! assert_eq!(russia.names[0], "Russia");
//! let found = kb.gazetteer().find_all("Lavrov arrived in Baku.");
//! assert!(found.iter().any(|m| m.span.byte_start == 0));
//! ```
#![deny(missing_docs)]

mod builder;
mod error;
mod gazetteer;
pub mod petrarch;
mod records;
mod table;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use builder::Records;
pub use error::Error;
pub use gazetteer::{Entry, Gazetteer, NameMatch, StateForm, Target, capitalise, surname};
pub use records::{Day, Org, OrgKind, Person, Place, Role, State, StateKind, Term};

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in gazetteer, compiled by the build script from the same files.
const BUILTIN_GAZETTEER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// Collects records from files, then compiles them.
#[derive(Clone, Debug, Default)]
pub struct Builder {
    records: Records,
    /// The table lengths once the built-in files were read, if they were.
    builtin: Option<[usize; 5]>,
}

impl Builder {
    /// An empty knowledge base.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// The built-in files. They are checked when attache is built, so this cannot
    /// fail; it must come before any other file.
    pub fn with_builtin(mut self) -> Builder {
        assert!(self.records.lengths() == [0; 5], "the built-in files come first");
        for (name, text) in BUILTIN {
            self.records
                .add_text(name, text)
                .unwrap_or_else(|e| panic!("built-in knowledge base: {e}"));
        }
        self.records.touched.clear();
        self.builtin = Some(self.records.lengths());
        self
    }

    /// Adds the records of one file's text; its header says what kind of file it is
    /// (see `data/README.md`). A person already known by id gains the new names and
    /// offices; a state or organisation with a known code or id gains the new names.
    pub fn add_text(&mut self, source: &str, text: &str) -> Result<(), Error> {
        self.records.add_text(source, text)
    }

    /// Adds the records of a file.
    pub fn add_file(&mut self, path: &Path) -> Result<(), Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| Error::Io { path: path.display().to_string(), error })?;
        let name = path.display().to_string();
        if petrarch::looks_like_dictionary(&text) {
            // Agent files code with `~` (`[~GOV]`) or define `!VAR!` substitutions.
            let agents = text.contains("[~") || text.contains("~]") || text.contains("!PERSON!");
            if agents {
                let roles = petrarch::read_agents(&name, &text)?;
                self.records.add_records(Vec::new(), roles);
            } else {
                let orgs = petrarch::read_actors(&name, &text)?;
                self.records.add_records(orgs, Vec::new());
            }
            return Ok(());
        }
        self.add_text(&name, &text)
    }

    /// Compiles the records: the built-in names come precompiled, the others are
    /// compiled now.
    pub fn build(self) -> KnowledgeBase {
        let records = self.records;
        let gazetteer = match self.builtin {
            Some(base) => {
                let mut gazetteer = Gazetteer::from_bytes(BUILTIN_GAZETTEER)
                    .expect("the build script wrote a valid gazetteer");
                gazetteer.extend(&records, base);
                gazetteer
            }
            None => Gazetteer::compile(&records),
        };
        let state_index =
            records.states.iter().enumerate().map(|(i, s)| (s.code.clone(), i)).collect();
        let org_index = records.orgs.iter().enumerate().map(|(i, o)| (o.id.clone(), i)).collect();
        KnowledgeBase {
            states: records.states,
            orgs: records.orgs,
            roles: records.roles,
            people: records.people,
            places: records.places,
            state_index,
            org_index,
            person_index: records.person_index,
            gazetteer,
        }
    }
}

/// The compiled knowledge base.
#[derive(Debug)]
pub struct KnowledgeBase {
    /// States and territories.
    pub states: Vec<State>,
    /// Organisations.
    pub orgs: Vec<Org>,
    /// Titles and modifiers.
    pub roles: Vec<Role>,
    /// People with their offices.
    pub people: Vec<Person>,
    /// Cities and regions.
    pub places: Vec<Place>,
    state_index: HashMap<String, usize>,
    org_index: HashMap<String, usize>,
    person_index: HashMap<String, usize>,
    gazetteer: Gazetteer,
}

impl KnowledgeBase {
    /// The built-in knowledge base, compiled once per process.
    pub fn builtin() -> Arc<KnowledgeBase> {
        static BUILTIN_KB: OnceLock<Arc<KnowledgeBase>> = OnceLock::new();
        BUILTIN_KB.get_or_init(|| Arc::new(Builder::new().with_builtin().build())).clone()
    }

    /// The compiled names.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// A state by its code.
    pub fn state(&self, code: &str) -> Option<&State> {
        self.state_index.get(code).map(|&i| &self.states[i])
    }

    /// An organisation by its id.
    pub fn org(&self, id: &str) -> Option<&Org> {
        self.org_index.get(id).map(|&i| &self.orgs[i])
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person_index.get(id).map(|&i| &self.people[i])
    }

    /// The organisation at the top of an organisation's tree (`OSCE` for the Minsk
    /// Group), for coding its members as that IGO.
    pub fn root_org<'k>(&'k self, org: &'k Org) -> &'k Org {
        let mut current = org;
        for _ in 0..8 {
            match current.parent.as_deref().and_then(|p| self.org(p)) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        current
    }

    /// The role for a title, lower case (`foreign minister` → `FM`).
    pub fn role(&self, title: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.title == title)
    }
}
