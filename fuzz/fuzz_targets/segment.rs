//! Tokens, sentences and quotations of arbitrary text: spans stay in bounds, tokens
//! never overlap, sentences partition the tokens.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let s = attache_segment::EnglishSegmenter::new().segment_text(text);
    let mut last_end = 0;
    for token in &s.tokens {
        assert!(token.span.byte_start >= last_end && token.span.byte_end <= text.len());
        let _ = token.span.text(text);
        last_end = token.span.byte_end;
    }
    let mut next = 0;
    for sentence in &s.sentences {
        assert_eq!(sentence.tokens.start, next);
        next = sentence.tokens.end;
    }
    assert_eq!(next, s.tokens.len());
    for q in &s.quotations {
        assert!(q.span.contains(q.content) || q.content.is_empty());
        let _ = q.content.text(text);
    }
});
