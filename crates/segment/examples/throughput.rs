//! Reading and segmentation throughput, best of 60 passes over the bundled examples
//! repeated to 1 MB. The best pass is the figure least disturbed by a noisy machine;
//! the criterion bench (`benches/segment.rs`) gives medians.
//!
//!     cargo run --release -p attache-segment --example throughput

#![allow(clippy::disallowed_methods)] // timing belongs in examples and benches

use std::time::Instant;
fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    articles.sort();
    let once: usize = articles.iter().map(String::len).sum();
    let copies = (1 << 20) / once + 1;
    let corpus: Vec<String> =
        articles.iter().cycle().take(articles.len() * copies).cloned().collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let seg = attache_segment::EnglishSegmenter::new();
    let docs: Vec<_> =
        corpus.iter().map(|a| attache_ingest::read_plain_text("x", a.clone()).0).collect();
    let (mut best_read, mut best_seg, mut best_all) = (f64::MAX, f64::MAX, f64::MAX);
    for _pass in 0..60 {
        let t = Instant::now();
        let mut n = 0;
        for a in &corpus {
            n += attache_ingest::read_plain_text("x", a.clone()).0.paragraphs.len();
        }
        best_read = best_read.min(t.elapsed().as_secs_f64());
        assert!(n > 0);
        let t = Instant::now();
        for d in &docs {
            n += seg.segment(d).0.sentences.len();
        }
        best_seg = best_seg.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for a in &corpus {
            let d = attache_ingest::read_plain_text("x", a.clone()).0;
            n += seg.segment(&d).0.sentences.len();
        }
        best_all = best_all.min(t.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "read {:.0} MB/s  segment {:.0} MB/s  read+segment {:.0} MB/s",
        mb / best_read,
        mb / best_seg,
        mb / best_all
    );
}
