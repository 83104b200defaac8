//! Prints how long the built-in knowledge base takes to load and compile, and its size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let kb = attache_kb::Builder::new().with_builtin().build();
    let elapsed = start.elapsed();
    println!(
        "{} states, {} organisations, {} titles, {} people, {} places; {} patterns, automaton {} bytes; loaded in {:.1} ms",
        kb.states.len(),
        kb.orgs.len(),
        kb.roles.len(),
        kb.people.len(),
        kb.places.len(),
        kb.gazetteer().patterns(),
        kb.gazetteer().heap_bytes(),
        elapsed.as_secs_f64() * 1000.0
    );
}
