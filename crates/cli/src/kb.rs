//! `attache kb`: what the knowledge base holds, and loading it with the user's files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Result;
use attache_kb::{Builder, KnowledgeBase, StateKind};

use crate::args::KbArgs;

/// The built-in knowledge base, extended with the user's files (errors name the file
/// and line).
pub fn load(files: &[PathBuf]) -> Result<Arc<KnowledgeBase>> {
    if files.is_empty() {
        return Ok(KnowledgeBase::builtin());
    }
    let mut builder = Builder::new().with_builtin();
    for file in files {
        builder.add_file(file)?;
    }
    Ok(Arc::new(builder.build()))
}

/// Runs the command.
pub fn run(args: &KbArgs) -> Result<bool> {
    #[allow(clippy::disallowed_methods)] // timing belongs to the binary, not the core
    let started = Instant::now();
    let kb = load(&args.kb)?;
    let loaded = started.elapsed();
    let by_kind = |kind: StateKind| kb.states.iter().filter(|s| s.kind == kind).count();
    outln!(
        "states        {} ({} states, {} territories, {} historical)",
        kb.states.len(),
        by_kind(StateKind::State),
        by_kind(StateKind::Territory),
        by_kind(StateKind::Historical)
    );
    let mut org_kinds: BTreeMap<String, usize> = BTreeMap::new();
    for o in &kb.orgs {
        *org_kinds.entry(format!("{:?}", o.kind)).or_default() += 1;
    }
    outln!(
        "organisations {} ({})",
        kb.orgs.len(),
        org_kinds.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
    );
    outln!("titles        {}", kb.roles.len());
    outln!("places        {}", kb.places.len());
    let terms: usize = kb.people.iter().map(|p| p.terms.len()).sum();
    outln!("people        {} ({terms} terms of office)", kb.people.len());
    let mut roles: BTreeMap<&str, (BTreeSet<&str>, usize)> = BTreeMap::new();
    for p in &kb.people {
        for t in &p.terms {
            let entry = roles.entry(t.role.as_str()).or_default();
            entry.0.insert(p.id.as_str());
            entry.1 += 1;
        }
    }
    for (role, (people, terms)) in &roles {
        outln!("  {role:<8} {:>5} people, {terms:>5} terms", people.len());
    }
    // Coverage: states of kind `state` with HOS and FM holders.
    let states: Vec<&str> =
        kb.states.iter().filter(|s| s.kind == StateKind::State).map(|s| s.code.as_str()).collect();
    let with = |role: &str| {
        states
            .iter()
            .filter(|c| {
                kb.people.iter().any(|p| p.terms.iter().any(|t| t.role == role && t.country == **c))
            })
            .count()
    };
    outln!(
        "coverage      of {} states: {} with heads of state, {} with heads of government, {} with foreign ministers",
        states.len(),
        with("HOS"),
        with("HOG"),
        with("FM")
    );
    outln!(
        "automaton     {} patterns, {:.1} MB",
        kb.gazetteer().patterns(),
        kb.gazetteer().heap_bytes() as f64 / 1e6
    );
    outln!("loaded in     {:.1} ms", loaded.as_secs_f64() * 1000.0);
    Ok(true)
}
