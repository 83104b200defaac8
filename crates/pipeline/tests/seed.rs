//! The seed article of `../shared/mission`: metadata and the six direct quotations,
//! with the boundaries of its gold file.

use std::path::PathBuf;

use attache_pipeline::{Options, Pipeline};

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/mission");
    if dir.join("seed.txt").exists() {
        Some(dir)
    } else {
        println!("SKIP seed tests: ../shared/mission/seed.txt is not beside the repository");
        None
    }
}

#[test]
fn seed_metadata_and_quotations() {
    let Some(dir) = shared() else { return };
    let bytes = std::fs::read(dir.join("seed.txt")).expect("seed is readable");
    let analysis = Pipeline::builder()
        .build()
        .analyze_bytes("seed", &bytes, &Options::default())
        .expect("seed is an article");
    let output = attache_wire::Analysis::from_model(&analysis);
    let doc = &output.document;
    assert_eq!(doc.published.as_deref(), Some("2017-11-19T19:32:00+04:00"));
    assert_eq!(
        doc.headline.as_deref(),
        Some(
            "Ilham Aliyev: Azerbaijan is extremely interested in early settlement of Nagorno-Karabakh conflict"
        )
    );
    assert_eq!(doc.republished.as_deref(), Some("2017-11-20"));
    assert_eq!(doc.page_title.as_deref(), Some("LAVROV: RUSSIA, AZERBAIJAN - STRATEGIC PARTNERS"));
    assert!(
        doc.republished_by.as_deref().is_some_and(|r| r.starts_with("Center for Eurasian Studies"))
    );
    assert_eq!(doc.outlet, None, "the Source: line is empty");
    assert!(doc.evidence.source_line.is_some());

    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("seed.gold.json")).expect("gold is readable"),
    )
    .expect("gold is JSON");
    let gold_direct: Vec<(&str, &str)> = gold["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .filter(|q| q["direct"] == true)
        .map(|q| (q["starts"].as_str().expect("starts"), q["ends"].as_str().expect("ends")))
        .collect();
    let direct: Vec<&attache_wire::Quote> = output.quotes.iter().filter(|q| q.direct).collect();
    assert_eq!(direct.len(), 6, "exactly the six direct quotations");
    for (quote, (starts, ends)) in direct.iter().zip(&gold_direct) {
        assert!(quote.text.starts_with(starts), "{:?} should start with {starts:?}", quote.text);
        let tail = quote.text.trim_end_matches(|c: char| c.is_ascii_punctuation());
        assert!(tail.ends_with(ends), "{:?} should end with {ends:?}", quote.text);
        assert_eq!(&analysis.document.text[quote.start..quote.end], quote.text);
    }
}

#[test]
fn seed_broken_paragraph_is_one_sentence() {
    let Some(dir) = shared() else { return };
    let text = std::fs::read_to_string(dir.join("seed.txt")).expect("seed is readable");
    let analysis = Pipeline::builder().build().analyze_text("seed", text, &Options::default());
    let sentence = analysis
        .sentences
        .iter()
        .map(|s| s.span.text(&analysis.document.text))
        .find(|s| s.contains("the warmest"))
        .expect("a sentence holds the warmest greetings");
    assert!(
        sentence.starts_with("He extends you the warmest")
            && sentence.ends_with("remembers your meetings."),
        "{sentence:?}"
    );
}
