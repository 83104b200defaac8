//! Golden tests: every `test_data/golden/<case>.txt` beside `<case>.json`, the
//! pretty-printed output contract. `UPDATE_EXPECT=1 cargo test` rewrites them.

use std::fs;
use std::path::Path;

use attache_pipeline::{Options, Pipeline};

#[test]
fn golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data/golden");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .expect("test_data/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 5, "expected golden cases in {}", dir.display());
    let pipeline = Pipeline::builder().build();
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = fs::read(case).expect("case is readable");
        let id = case.file_stem().and_then(|s| s.to_str()).expect("case has a name");
        let analysis =
            pipeline.analyze_bytes(id, &bytes, &Options::default()).expect("case is an article");
        let output = attache_wire::Analysis::from_model(&analysis);
        for evidence in output.evidence() {
            assert_eq!(
                &analysis.document.text[evidence.start..evidence.end],
                evidence.text,
                "{id}: span invariant"
            );
        }
        let actual = serde_json::to_string_pretty(&output).expect("output serialises") + "\n";
        let expect_path = case.with_extension("json");
        if update {
            fs::write(&expect_path, &actual).expect("golden file is writable");
            continue;
        }
        let expected = fs::read_to_string(&expect_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}: output differs (rerun with UPDATE_EXPECT=1 to accept)\n{}",
                id,
                first_difference(&expected, &actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e}\n  actual:   {a}", i + 1);
        }
    }
    format!(
        "lengths differ: expected {} lines, got {}",
        expected.lines().count(),
        actual.lines().count()
    )
}
