//! How long the built-in knowledge base takes to load (parse the tables, read the
//! precompiled automaton), and how fast its automaton scans an article.

use attache_kb::{Builder, KnowledgeBase};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    c.bench_function("kb/load builtin", |b| b.iter(|| Builder::new().with_builtin().build()));
}

fn scan(c: &mut Criterion) {
    let kb = KnowledgeBase::builtin();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut text = String::new();
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        text.push_str(&std::fs::read_to_string(path).expect("examples are text"));
    }
    let mut group = c.benchmark_group("kb");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("scan examples", |b| b.iter(|| kb.gazetteer().find_all(&text).len()));
    group.finish();
}

criterion_group!(benches, load, scan);
criterion_main!(benches);
