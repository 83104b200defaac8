//! The whole core on arbitrary bytes: the output contract's span invariant holds.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let pipeline = attache_pipeline::Pipeline::builder().build();
    if let Ok(analysis) = pipeline.analyze_bytes("fuzz", data, &attache_pipeline::Options::default()) {
        let wire = attache_wire::Analysis::from_model(&analysis);
        for e in wire.evidence() {
            assert_eq!(&analysis.document.text[e.start..e.end], e.text);
        }
    }
});
