//! Bytes → text → article layout: never panics, every span is on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((text, _)) = attache_ingest::decode(data) {
        let (doc, _) = attache_ingest::read_plain_text("fuzz", text);
        for p in &doc.paragraphs {
            assert!(doc.text.is_char_boundary(p.span.byte_start) && doc.text.is_char_boundary(p.span.byte_end));
        }
    }
});
