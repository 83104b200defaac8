//! Time-expression recognition throughput over the bundled examples.

use std::path::Path;

use attache_extract::TimeRecognizer;
use attache_segment::EnglishSegmenter;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("examples are UTF-8"))
        .collect();
    articles.sort();
    let segmenter = EnglishSegmenter::new();
    let documents: Vec<_> = articles
        .iter()
        .cycle()
        .take(articles.len() * 60)
        .map(|a| {
            let (document, _) = attache_ingest::read_plain_text("bench", a.clone());
            let (segmentation, _) = segmenter.segment(&document);
            (document, segmentation)
        })
        .collect();
    let bytes: usize = documents.iter().map(|(d, _)| d.text.len()).sum();
    let recognizer = TimeRecognizer::new();
    let mut group = c.benchmark_group("times");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("recognize", |b| {
        b.iter(|| {
            let mut count = 0;
            for (document, segmentation) in &documents {
                let anchor = document.meta.published.map(|p| p.moment);
                let (times, _) = recognizer.recognize(
                    &document.text,
                    &segmentation.tokens,
                    &segmentation.sentences,
                    anchor,
                );
                count += times.len();
            }
            assert!(count > documents.len(), "too few times: {count}");
            count
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
