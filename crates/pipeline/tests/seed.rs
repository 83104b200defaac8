//! The seed article of `../shared/mission`: metadata, the six direct quotations and the
//! core events, with the boundaries of its gold file.

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

/// The seed's analysis, and the output contract made of it.
fn analyze_seed(dir: &std::path::Path) -> (attache_model::Analysis, attache_wire::Analysis) {
    let bytes = std::fs::read(dir.join("seed.txt")).expect("seed is readable");
    let analysis = Pipeline::builder()
        .build()
        .analyze_bytes("seed", &bytes, &Options::default())
        .expect("seed is an article");
    let output = attache_wire::Analysis::from_model(&analysis);
    (analysis, output)
}

#[test]
fn seed_metadata_and_quotations() {
    let Some(dir) = shared() else { return };
    let (analysis, output) = analyze_seed(&dir);
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

/// The seed's events: every core event of the gold file found with its source,
/// target and PLOVER type (or as its reverse when the gold lists that too), with the
/// gold's date and place, and precision of 0.8 or more against core and optional
/// events (the acceptance, GOLD-FORMAT.md's matching).
#[test]
fn seed_events_match_the_gold() {
    let Some(dir) = shared() else { return };
    let (_, output) = analyze_seed(&dir);
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("seed.gold.json")).unwrap())
            .unwrap();
    let field = |e: &serde_json::Value, k: &str| e[k].as_str().map(str::to_owned);
    let gold_events: Vec<&serde_json::Value> = gold["events"].as_array().unwrap().iter().collect();
    let key = |s: Option<String>, t: Option<String>, p: Option<String>| (s, t, p);
    let ours: Vec<_> = output
        .events
        .iter()
        .map(|e| {
            (key(e.source_country.clone(), e.target_country.clone(), Some(e.plover.clone())), e)
        })
        .collect();
    let gold_keys: Vec<_> = gold_events
        .iter()
        .map(|e| key(field(e, "source"), field(e, "target"), field(e, "plover")))
        .collect();
    for (g, k) in gold_events.iter().zip(&gold_keys) {
        if g["core"] != serde_json::Value::Bool(true) {
            continue;
        }
        let reverse = key(k.1.clone(), k.0.clone(), k.2.clone());
        // Exact matches first, then the reverse; of several, the one of the gold date.
        let exact: Vec<_> = ours.iter().filter(|(o, _)| o == k).collect();
        let candidates = if exact.is_empty() {
            ours.iter().filter(|(o, _)| o == &reverse && gold_keys.contains(&reverse)).collect()
        } else {
            exact
        };
        let found = candidates
            .iter()
            .find(|(_, e)| e.date == field(g, "date"))
            .or_else(|| candidates.first());
        let Some((_, event)) = found else {
            panic!(
                "core event {k:?} not found in {:?}",
                ours.iter().map(|o| &o.0).collect::<Vec<_>>()
            )
        };
        assert_eq!(event.date, field(g, "date"), "date of {k:?}");
        assert_eq!(event.place, field(g, "place"), "place of {k:?}");
    }
    let right = ours.iter().filter(|(o, _)| gold_keys.contains(o)).count();
    let precision = right as f64 / ours.len().max(1) as f64;
    assert!(precision >= 0.8, "precision {precision} ({right} of {})", ours.len());
}
