//! Offset invariants on random input: every printed span is the text printed beside
//! it; a prefix of blank lines shifts every span by its length; tokens cover every
//! non-space character of the body exactly once.

use attache_pipeline::{Options, Pipeline};
use proptest::prelude::*;

/// Article-like random text: words, names, quotation marks of every style,
/// abbreviations, numbers, dates and paragraph breaks.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-z]{1,8}",
        2 => "[A-Z][a-z]{1,8}",
        1 => Just("Mr.".to_string()),
        1 => Just("U.S.".to_string()),
        1 => Just("Nov.1".to_string()),
        1 => Just("3.5".to_string()),
        1 => Just("20.11.2017".to_string()),
        1 => Just("don't".to_string()),
        1 => Just("Lavrov's".to_string()),
        1 => prop::sample::select(vec!["\"", "“", "”", "‘", "’", "'", "«", "»", "„", "…", "...", "—", "-"]).prop_map(str::to_string),
        1 => prop::sample::select(vec![".", ",", "?", "!", ":", ";", "(", ")"]).prop_map(str::to_string),
        1 => prop::sample::select(vec!["\n", "\n\n", "\r\n\r\n", "\n\n## ", "\n\nSource: ", "  "]).prop_map(str::to_string),
        1 => "\\PC{1,3}",
    ];
    prop::collection::vec((piece, prop::bool::weighted(0.8)), 0..120).prop_map(|pieces| {
        let mut text = String::new();
        for (piece, space) in pieces {
            text.push_str(&piece);
            if space {
                text.push(' ');
            }
        }
        text
    })
}

fn analyse(text: &str) -> Option<(attache_model::Analysis, attache_wire::Analysis)> {
    let analysis = Pipeline::builder()
        .build()
        .analyze_bytes("p", text.as_bytes(), &Options::default())
        .ok()?;
    let wire = attache_wire::Analysis::from_model(&analysis);
    Some((analysis, wire))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_span_is_its_text(text in article()) {
        if let Some((analysis, wire)) = analyse(&text) {
            for evidence in wire.evidence() {
                prop_assert_eq!(&analysis.document.text[evidence.start..evidence.end], evidence.text.as_str());
            }
            for sentence in &analysis.sentences {
                prop_assert!(analysis.document.text.is_char_boundary(sentence.span.byte_start));
                prop_assert!(analysis.document.text.is_char_boundary(sentence.span.byte_end));
            }
        }
    }

    #[test]
    fn a_prefix_shifts_every_span(text in article()) {
        let prefixed = format!("\n\n{text}");
        let (Some((_, plain)), Some((_, shifted))) = (analyse(&text), analyse(&prefixed)) else { return Ok(()) };
        let a: Vec<(usize, usize)> = plain.evidence().iter().map(|e| (e.start + 2, e.end + 2)).collect();
        let b: Vec<(usize, usize)> = shifted.evidence().iter().map(|e| (e.start, e.end)).collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn tokens_cover_the_body(text in article()) {
        let Some((analysis, _)) = analyse(&text) else { return Ok(()) };
        let doc = &analysis.document;
        let mut covered = vec![false; doc.text.len()];
        for token in &analysis.tokens {
            prop_assert!(!token.span.is_empty());
            for slot in &mut covered[token.span.range()] {
                prop_assert!(!*slot, "tokens overlap");
                *slot = true;
            }
        }
        for paragraph in &doc.paragraphs {
            for (offset, c) in paragraph.span.text(&doc.text).char_indices() {
                let at = paragraph.span.byte_start + offset;
                if !c.is_whitespace() && c != '\u{feff}' && c != '\u{200b}' {
                    prop_assert!(covered[at], "{:?} at {} is in no token", c, at);
                }
            }
        }
        // Sentences partition the tokens in order.
        let mut next = 0;
        for sentence in &analysis.sentences {
            prop_assert_eq!(sentence.tokens.start, next);
            prop_assert!(sentence.tokens.end > sentence.tokens.start);
            next = sentence.tokens.end;
        }
        prop_assert_eq!(next, analysis.tokens.len());
    }
}
