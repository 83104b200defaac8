//! The model-file readers, and the lexicon reader on text, on arbitrary bytes: an error
//! or a model, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = attache_syntax::Tagger::from_bytes(bytes);
    let _ = attache_syntax::Parser::from_bytes(bytes);
    let _ = attache_syntax::Clusters::from_bytes(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = attache_syntax::Lexicon::parse(text);
    }
});
