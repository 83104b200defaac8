//! The table of time expressions we wrote (`test_data/times.tsv`): each sentence,
//! anchored on its publication date-time, must yield its expression with the exact
//! extent, type and value.

use attache_extract::TimeRecognizer;
use attache_model::Moment;
use attache_segment::EnglishSegmenter;

#[test]
fn table_of_time_expressions() {
    let table = include_str!("../test_data/times.tsv");
    let recognizer = TimeRecognizer::new();
    let segmenter = EnglishSegmenter::new();
    let mut failures = Vec::new();
    let mut rows = 0;
    for (line_number, line) in table.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [anchor, sentence, expression, kind, value] = fields[..] else {
            panic!("line {}: expected 5 fields", line_number + 1);
        };
        rows += 1;
        let anchor: Moment = attache_ingest::parse_moment(anchor)
            .unwrap_or_else(|| panic!("line {}: anchor {anchor}", line_number + 1));
        let tokens = segmenter.segment_text(sentence).tokens;
        let times = recognizer.recognize_tokens(sentence, &tokens, Some(anchor));
        let hit = times.iter().find(|t| t.span.text(sentence) == expression);
        match hit {
            Some(t) if t.value == value && t.kind.as_str() == kind => {}
            Some(t) => failures.push(format!(
                "line {}: {expression:?} gave {} {} (want {kind} {value})",
                line_number + 1,
                t.kind.as_str(),
                t.value
            )),
            None => failures.push(format!(
                "line {}: {expression:?} not found in {sentence:?}; found {:?}",
                line_number + 1,
                times.iter().map(|t| (t.span.text(sentence), t.value.as_str())).collect::<Vec<_>>()
            )),
        }
    }
    assert!(rows >= 200, "the table has {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
