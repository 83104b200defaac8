//! Tagging and parsing speed per core on UD English EWT dev's own words (the file
//! `spacy_ud.py speed` reads, so the two compare), read from `../shared`; on our own
//! example articles, split by `attache-segment`, when `../shared` is absent.

use attache_syntax::{Analysis, Syntax, Upos, Workspace, conllu};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn sentences() -> Vec<Vec<String>> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let ewt = format!("{root}/../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu");
    if let Ok(text) = std::fs::read_to_string(&ewt) {
        let sentences = conllu::read(&text).expect("EWT dev is CoNLL-U");
        return sentences
            .iter()
            .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
            .collect();
    }
    eprintln!("{ewt} is absent: measuring on examples/*.txt instead");
    let segmenter = attache_segment::EnglishSegmenter::new();
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/examples"))
        .expect("examples/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(path).expect("examples are text");
        let seg = segmenter.segment_text(&text);
        for s in &seg.sentences {
            out.push(
                seg.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| t.span.text(&text).to_owned())
                    .collect(),
            );
        }
    }
    out
}

fn syntax(c: &mut Criterion) {
    let sentences = sentences();
    let words: Vec<Vec<&str>> =
        sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let count: usize = words.iter().map(Vec::len).sum();
    let syntax = Syntax::builtin();
    let mut group = c.benchmark_group("syntax");
    group.throughput(Throughput::Elements(count as u64));
    group.sample_size(20);
    let mut work = Workspace::default();
    let mut tags: Vec<Upos> = Vec::new();
    group.bench_function("tag", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &words {
                syntax.tag(s, &mut work, &mut tags);
                n += tags.len();
            }
            n
        })
    });
    let mut analysis = Analysis::default();
    group.bench_function("tag and parse", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &words {
                syntax.analyze(s, &mut work, &mut analysis);
                n += analysis.tree.heads.len();
            }
            n
        })
    });
    group.finish();
}

fn load(c: &mut Criterion) {
    let tagger = include_bytes!("../data/tagger.bin");
    let parser = include_bytes!("../data/parser.bin");
    let mut group = c.benchmark_group("syntax");
    group.sample_size(10);
    group.bench_function("load models", |b| {
        b.iter(|| {
            let t = attache_syntax::Tagger::from_bytes(tagger).expect("the tagger reads");
            let p = attache_syntax::Parser::from_bytes(parser).expect("the parser reads");
            (t.features(), p.features())
        })
    });
    group.finish();
}

criterion_group!(benches, syntax, load);
criterion_main!(benches);
