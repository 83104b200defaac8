//! `attache bench events` and `attache bench petrarch`: event coding on the PETR2 GSR
//! validation set and on the PETRARCH2 unit-test suite.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use attache_model::{ActorId, Analysis};
use attache_pipeline::{Options, Pipeline};
use serde::Deserialize;

/// One sentence of either set, with the events it should yield.
#[derive(Deserialize)]
struct Record {
    id: String,
    /// `YYYYMMDD`.
    date: String,
    #[serde(default)]
    category: String,
    text: String,
    #[serde(default)]
    events: Vec<GoldEvent>,
    #[serde(default)]
    noevents: bool,
}

#[derive(Deserialize)]
struct GoldEvent {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    code: String,
}

/// An event as the sets compare them: source, target, code.
type Coded = (String, String, String);

/// Reads a JSONL file of records; errors name the file and the line.
fn read_records(path: &Path) -> Result<Vec<Record>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "{}: cannot read (the benchmarks live in ../shared/bench beside the repository)",
            path.display()
        )
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not an event record", path.display(), n + 1))
        })
        .collect()
}

/// Analyses a record's sentence as published on its date.
fn analyze(pipeline: &Pipeline, record: &Record) -> Analysis {
    let date = |range: std::ops::Range<usize>, default| record.date.get(range).unwrap_or(default);
    let published = attache_ingest::parse_moment(&format!(
        "{}-{}-{}",
        date(0..4, "2000"),
        date(4..6, "01"),
        date(6..8, "01")
    ));
    pipeline.analyze_text(&record.id, record.text.clone(), &Options { published })
}

/// The events of an analysis, each as its actors' codes and its code, sorted and
/// without repeats.
fn coded(
    analysis: &Analysis,
    actor: fn(&Analysis, Option<&ActorId>) -> String,
    code: fn(&str) -> String,
) -> Vec<Coded> {
    let mut out: Vec<Coded> = analysis
        .events
        .iter()
        .map(|e| {
            (actor(analysis, e.source.as_ref()), actor(analysis, e.target.as_ref()), code(&e.cameo))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The gold events of a record, actors and code shortened by `short`.
fn gold(record: &Record, short: fn(&str) -> String) -> Vec<Coded> {
    record
        .events
        .iter()
        .map(|e| {
            let actor = |c: &Option<String>| short(c.as_deref().unwrap_or("---"));
            (actor(&e.source), actor(&e.target), short(&e.code))
        })
        .collect()
}

/// One record's gold and predicted events, for `--show`.
fn show(record: &Record, ok: bool, gold: &[Coded], predicted: &[Coded]) -> Result<()> {
    let fmt = |v: &[Coded]| {
        v.iter().map(|(s, t, c)| format!("{s}>{t}:{c}")).collect::<Vec<_>>().join(" ")
    };
    outln!(
        "{} [{}] gold {} | predicted {}",
        record.id,
        if ok { "ok" } else { "--" },
        fmt(gold),
        fmt(predicted)
    );
    outln!("    {}", record.text);
    Ok(())
}

fn actor<'a>(analysis: &'a Analysis, id: Option<&ActorId>) -> Option<&'a attache_model::Actor> {
    id.and_then(|id| analysis.actors.iter().find(|a| &a.id == id))
}

/// The first three characters of an actor's code in the Phoenix style: its state,
/// `IGO` for an intergovernmental organisation, `IMG` for an armed group of no one
/// state (the knowledge base's transnational groups: al-Qaeda, the Islamic State),
/// `---` when it has no state.
fn code_of(analysis: &Analysis, id: Option<&ActorId>) -> String {
    let Some(actor) = actor(analysis, id) else { return "---".into() };
    if actor.sector.as_deref() == Some("IGO")
        || actor.country.as_deref().is_some_and(|c| c.len() != 3)
    {
        return "IGO".into();
    }
    if actor.id.0.starts_with("org:")
        && actor.country.is_none()
        && matches!(actor.sector.as_deref(), Some("INS" | "REB"))
    {
        return "IMG".into();
    }
    actor.country.as_deref().map_or_else(|| "---".into(), |c| c.chars().take(3).collect())
}

/// The full code of an actor the PETRARCH way: its country (or coded organisation)
/// and sector.
fn full_code(analysis: &Analysis, id: Option<&ActorId>) -> String {
    let Some(actor) = actor(analysis, id) else { return "---".into() };
    let mut code = actor.country.clone().unwrap_or_else(|| "---".into());
    if let Some(sector) = &actor.sector {
        code.push_str(sector);
    }
    code
}

/// Runs the PETRARCH2 unit-test suite.
pub fn petrarch(dir: &Path, show_records: bool) -> Result<bool> {
    let records = read_records(&dir.join("PETR.UnitTest.records.jsonl"))?;
    let kb = crate::kb::load(&[
        dir.join("PETR.Validate.actors.txt"),
        dir.join("PETR.Validate.agents.txt"),
    ])?;
    let pipeline = Pipeline::builder().knowledge_base(kb).build();
    let mut by_category: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut passed = 0;
    for record in &records {
        let predicted = coded(&analyze(&pipeline, record), full_code, str::to_owned);
        let mut gold = gold(record, str::to_owned);
        gold.sort();
        gold.dedup();
        let ok = predicted == gold;
        passed += usize::from(ok);
        let c = by_category.entry(&record.category).or_default();
        c.0 += usize::from(ok);
        c.1 += 1;
        if show_records {
            show(record, ok, &gold, &predicted)?;
        }
    }
    outln!(
        "PETRARCH2 unit tests: {passed}/{} records with exactly the expected events ({:.3})",
        records.len(),
        passed as f64 / records.len().max(1) as f64
    );
    for (category, (p, t)) in by_category {
        outln!("  {category:<10} {p:>3}/{t:<3}");
    }
    Ok(true)
}

/// Runs the GSR benchmark.
pub fn gsr(path: &Path, show_records: bool) -> Result<bool> {
    let records = read_records(path)?;
    let pipeline = Pipeline::builder().build();
    let three = |s: &str| s.chars().take(3).collect::<String>();
    let (mut gold_total, mut predicted_total, mut matched_total) = (0usize, 0usize, 0usize);
    let (mut none_right, mut none_total) = (0usize, 0usize);
    let mut by_category: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for record in &records {
        let predicted =
            coded(&analyze(&pipeline, record), code_of, |c| c.chars().take(2).collect());
        let gold: Vec<Coded> = gold(record, |s| s.to_owned())
            .into_iter()
            .map(|(s, t, c)| (three(&s), three(&t), c.chars().take(2).collect()))
            .collect();
        let mut unmatched = gold.clone();
        let mut hits = 0;
        for p in &predicted {
            if let Some(k) = unmatched.iter().position(|g| g == p) {
                unmatched.remove(k);
                hits += 1;
            }
        }
        gold_total += gold.len();
        predicted_total += predicted.len();
        matched_total += hits;
        let c = by_category.entry(&record.category).or_default();
        c.0 += hits;
        c.1 += predicted.len() - hits;
        c.2 += gold.len() - hits;
        if record.noevents || gold.is_empty() {
            none_total += 1;
            none_right += usize::from(predicted.is_empty());
        }
        if show_records {
            show(record, hits == gold.len() && hits == predicted.len(), &gold, &predicted)?;
        }
    }
    let (p, r, f) = attache_eval::conll::prf((gold_total, predicted_total, matched_total));
    outln!(
        "events (CAMEO root, source and target first 3 characters): P {p:.3} R {r:.3} F1 {f:.3} (tp {matched_total} fp {} fn {})",
        predicted_total - matched_total,
        gold_total - matched_total
    );
    outln!(
        "no-event sentences: {none_right}/{none_total} with no event predicted (accuracy {:.3})",
        if none_total == 0 { 0.0 } else { none_right as f64 / none_total as f64 }
    );
    outln!("by category (tp fp fn):");
    for (category, (t, f, n)) in by_category {
        outln!("  {category:<10} {t:>3} {f:>3} {n:>3}");
    }
    Ok(true)
}
