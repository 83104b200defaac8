//! The shipped sentence-boundary model on UD English EWT dev, so that a broken or
//! stale model cannot land. Reads `../shared`; says so and skips when it is absent.

use std::path::Path;

use attache_eval::sentences::{self, BoundaryCounts, running_texts};
use attache_segment::EnglishSegmenter;

fn score(segmenter: &EnglishSegmenter, conllu: &str) -> BoundaryCounts {
    sentences::score(&running_texts(conllu), |text| segmenter.sentence_ends(text))
}

#[test]
fn shipped_model_beats_the_rules_on_ewt_dev() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu");
    let Ok(conllu) = std::fs::read_to_string(&path) else {
        println!("SKIP EWT sentence test: {} is not beside the repository", path.display());
        return;
    };
    let model = score(&EnglishSegmenter::new(), &conllu);
    let rules = score(&EnglishSegmenter::rules_only(), &conllu);
    assert!(model.f1() >= 0.91, "shipped model F1 {:.4} on EWT dev", model.f1());
    assert!(model.f1() > rules.f1(), "model {:.4} should beat rules {:.4}", model.f1(), rules.f1());
    assert!(model.precision() >= 0.95, "precision {:.4}", model.precision());
}
