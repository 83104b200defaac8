//! Collecting records from files, merging the ones that name the same entity.
//!
//! Shared with the build script, which compiles the built-in files ahead of time.

use std::collections::{HashMap, HashSet};

use crate::Error;
use crate::records::{self, Org, Person, Place, Role, State};
use crate::table::{self, FileKind};

/// The tables of a knowledge base, before compiling.
#[derive(Clone, Debug, Default)]
pub struct Records {
    pub(crate) states: Vec<State>,
    pub(crate) orgs: Vec<Org>,
    pub(crate) roles: Vec<Role>,
    pub(crate) people: Vec<Person>,
    pub(crate) places: Vec<Place>,
    pub(crate) person_index: HashMap<String, usize>,
    /// Records that gained names after they were first read, by table and index.
    pub(crate) touched: HashSet<(FileKind, usize)>,
}

impl Records {
    /// Adds the records of one file's text; its header says what kind of file it is.
    pub(crate) fn add_text(&mut self, source: &str, text: &str) -> Result<(), Error> {
        let (kind, rows) = table::parse(source, text)?;
        for row in &rows {
            match kind {
                FileKind::States => {
                    let state = records::state(source, row)?;
                    match self.states.iter().position(|s| s.code == state.code) {
                        Some(i) => {
                            merge_names(&mut self.states[i].names, state.names);
                            merge_names(&mut self.states[i].adjectives, state.adjectives);
                            merge_names(&mut self.states[i].demonyms, state.demonyms);
                            self.touched.insert((kind, i));
                        }
                        None => self.states.push(state),
                    }
                }
                FileKind::Orgs => {
                    let org = records::org(source, row)?;
                    match self.orgs.iter().position(|o| o.id == org.id) {
                        Some(i) => {
                            merge_names(&mut self.orgs[i].names, org.names);
                            merge_names(&mut self.orgs[i].acronyms, org.acronyms);
                            self.touched.insert((kind, i));
                        }
                        None => self.orgs.push(org),
                    }
                }
                FileKind::Roles => self.roles.push(records::role(source, row)?),
                FileKind::People => {
                    let (id, names, term) = records::person(source, row)?;
                    match self.person_index.get(&id) {
                        Some(&i) => {
                            if !names.iter().all(|n| self.people[i].names.contains(n)) {
                                self.touched.insert((kind, i));
                            }
                            merge_names(&mut self.people[i].names, names);
                            self.people[i].terms.push(term);
                        }
                        None => {
                            if names.is_empty() {
                                return Err(Error::at(
                                    source,
                                    row.line,
                                    format!("the first line of `{id}` needs its names"),
                                ));
                            }
                            self.person_index.insert(id.clone(), self.people.len());
                            self.people.push(Person { id, names, terms: vec![term] });
                        }
                    }
                }
                FileKind::Places => self.places.push(records::place(source, row)?),
            }
        }
        Ok(())
    }

    /// Adds organisations and titles read from elsewhere (PETRARCH dictionaries),
    /// merging organisations of one id.
    pub(crate) fn add_records(&mut self, orgs: Vec<Org>, roles: Vec<Role>) {
        for org in orgs {
            match self.orgs.iter().position(|o| o.id == org.id) {
                Some(i) => {
                    merge_names(&mut self.orgs[i].names, org.names);
                    self.touched.insert((FileKind::Orgs, i));
                }
                None => self.orgs.push(org),
            }
        }
        self.roles.extend(roles);
    }

    /// How many records each table holds, in the order of [`FileKind::ALL`].
    pub(crate) fn lengths(&self) -> [usize; 5] {
        [self.states.len(), self.orgs.len(), self.roles.len(), self.people.len(), self.places.len()]
    }
}

fn merge_names(known: &mut Vec<String>, new: Vec<String>) {
    for name in new {
        if !known.contains(&name) {
            known.push(name);
        }
    }
}
