//! Reading plus segmentation throughput on the bundled example articles.

use std::path::Path;

use attache_segment::EnglishSegmenter;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The bundled examples, repeated to about 1 MB so that per-call overhead is noise.
fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| std::fs::read_to_string(path).expect("example is UTF-8"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no example articles in {}", dir.display());
    let once: usize = articles.iter().map(String::len).sum();
    let copies = (1 << 20) / once + 1;
    articles.iter().cycle().take(articles.len() * copies).cloned().collect()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let segmenter = EnglishSegmenter::new();
    let mut group = c.benchmark_group("read+segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("examples", |b| {
        b.iter(|| {
            let mut sentences = 0;
            for (i, article) in corpus.iter().enumerate() {
                let (document, _) =
                    attache_ingest::read_plain_text(&i.to_string(), article.clone());
                let (segmentation, _) = segmenter.segment(&document);
                sentences += segmentation.sentences.len();
                assert!(!segmentation.tokens.is_empty());
            }
            assert!(sentences > corpus.len() * 5, "too few sentences: {sentences}");
            sentences
        })
    });
    let documents: Vec<_> = corpus
        .iter()
        .enumerate()
        .map(|(i, a)| attache_ingest::read_plain_text(&i.to_string(), a.clone()).0)
        .collect();
    group.bench_function("segment only", |b| {
        b.iter(|| {
            let sentences: usize =
                documents.iter().map(|d| segmenter.segment(d).0.sentences.len()).sum();
            assert!(sentences > corpus.len() * 5, "too few sentences: {sentences}");
            sentences
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
