//! The table of figures we wrote (`test_data/figures.tsv`): each sentence must yield
//! its figure with the right value and unit and the exact evidence; change, qualifier,
//! what and period are measured and must mostly agree.

use attache_extract::{FigureRecognizer, TimeRecognizer};
use attache_model::Moment;
use attache_segment::EnglishSegmenter;

#[test]
fn table_of_figures() {
    let table = include_str!("../test_data/figures.tsv");
    let segmenter = EnglishSegmenter::new();
    let times = TimeRecognizer::new();
    let figures = FigureRecognizer::new();
    let mut failures = Vec::new();
    let (mut rows, mut change_ok, mut qualifier_ok, mut what_ok, mut period_ok) = (0, 0, 0, 0, 0);
    for (n, line) in table.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let [anchor, sentence, evidence, value, unit, change, qualifier, what, period] = f[..]
        else {
            panic!("line {}: expected 9 fields", n + 1);
        };
        rows += 1;
        let anchor: Moment = attache_ingest::parse_moment(anchor).expect("anchor is a date");
        let tokens = segmenter.segment_text(sentence).tokens;
        let found_times = times.recognize_tokens(sentence, &tokens, Some(anchor));
        let found = figures.recognize_tokens(sentence, &tokens, &found_times, Some(anchor));
        let value: f64 = value.parse().expect("value is a number");
        let hit = found.iter().find(|fig| {
            (fig.value - value).abs() <= 1e-9 * value.abs().max(1.0)
                && fig.unit.as_deref() == Some(unit)
        });
        let Some(fig) = hit else {
            failures.push(format!(
                "line {}: {value} {unit} not found in {sentence:?}; found {:?}",
                n + 1,
                found
                    .iter()
                    .map(|f| (f.evidence.text(sentence), f.value, f.unit.clone()))
                    .collect::<Vec<_>>()
            ));
            continue;
        };
        if fig.evidence.text(sentence) != evidence {
            failures.push(format!(
                "line {}: evidence {:?}, want {evidence:?}",
                n + 1,
                fig.evidence.text(sentence)
            ));
        }
        let same = |got: &Option<String>, want: &str| got.as_deref().unwrap_or("") == want;
        change_ok += usize::from(same(&fig.change, change));
        qualifier_ok += usize::from(same(&fig.qualifier, qualifier));
        what_ok += usize::from(fig.what.as_deref().is_some_and(|w| {
            w.eq_ignore_ascii_case(what)
                || what.to_lowercase().contains(&w.to_lowercase())
                || w.to_lowercase().contains(&what.to_lowercase())
        }));
        period_ok += usize::from(same(&fig.period, period));
    }
    let share = |k: usize| k as f64 / rows as f64;
    println!(
        "figures table: {rows} rows; change {:.3}, qualifier {:.3}, what {:.3}, period {:.3}",
        share(change_ok),
        share(qualifier_ok),
        share(what_ok),
        share(period_ok)
    );
    assert!(rows >= 150, "the table has {rows} rows");
    println!("{}", failures.join("\n"));
    assert!(
        failures.len() * 20 <= rows,
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        share(change_ok) >= 0.85 && share(qualifier_ok) >= 0.85,
        "change or qualifier below 0.85"
    );
}
