//! `attache bench events`: event coding on the PETR2 GSR validation set.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use attache_model::{ActorId, Analysis};
use attache_pipeline::{Options, Pipeline};
use serde::Deserialize;

#[derive(Deserialize)]
struct Record {
    id: String,
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
struct UnitTest {
    id: String,
    date: String,
    category: String,
    text: String,
    #[serde(default)]
    events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    code: String,
}

/// The first three characters of an actor's code in the Phoenix style: its state,
/// `IGO` for an intergovernmental organisation, `---` when it has no state.
fn code_of(analysis: &Analysis, id: Option<&ActorId>) -> String {
    let Some(actor) = id.and_then(|id| analysis.actors.iter().find(|a| &a.id == id)) else {
        return "---".into();
    };
    if actor.sector.as_deref() == Some("IGO")
        || actor.country.as_deref().is_some_and(|c| c.len() != 3)
    {
        return "IGO".into();
    }
    actor.country.as_deref().map_or_else(|| "---".into(), |c| c.chars().take(3).collect())
}

/// The full code of an actor the PETRARCH way: its country (or coded organisation)
/// and sector.
fn full_code(analysis: &Analysis, id: Option<&ActorId>) -> String {
    let Some(actor) = id.and_then(|id| analysis.actors.iter().find(|a| &a.id == id)) else {
        return "---".into();
    };
    let mut code = actor.country.clone().unwrap_or_else(|| "---".into());
    if let Some(sector) = &actor.sector {
        code.push_str(sector);
    }
    code
}

/// Runs the PETRARCH2 unit-test suite.
pub fn petrarch(dir: &Path, show: bool) -> Result<bool> {
    let records = dir.join("PETR.UnitTest.records.jsonl");
    let text = std::fs::read_to_string(&records).with_context(|| {
        format!(
            "{}: cannot read (the benchmarks live in ../shared/bench beside the repository)",
            records.display()
        )
    })?;
    let kb = crate::kb::load(&[
        dir.join("PETR.Validate.actors.txt"),
        dir.join("PETR.Validate.agents.txt"),
    ])?;
    let pipeline = Pipeline::builder().knowledge_base(kb).build();
    let mut by_category: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut passed, mut total) = (0, 0);
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: UnitTest = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a unit-test record", records.display(), n + 1))?;
        let published = attache_ingest::parse_moment(&format!(
            "{}-{}-{}",
            record.date.get(..4).unwrap_or("2000"),
            record.date.get(4..6).unwrap_or("01"),
            record.date.get(6..8).unwrap_or("01")
        ));
        let analysis =
            pipeline.analyze_text(&record.id, record.text.clone(), &Options { published });
        let mut predicted: Vec<(String, String, String)> = analysis
            .events
            .iter()
            .map(|e| {
                (
                    full_code(&analysis, e.source.as_ref()),
                    full_code(&analysis, e.target.as_ref()),
                    e.cameo.clone(),
                )
            })
            .collect();
        predicted.sort();
        predicted.dedup();
        let mut gold: Vec<(String, String, String)> = record
            .events
            .iter()
            .map(|e| {
                let code = |c: &Option<String>| c.clone().unwrap_or_else(|| "---".into());
                (code(&e.source), code(&e.target), e.code.clone())
            })
            .collect();
        gold.sort();
        gold.dedup();
        let ok = predicted == gold;
        total += 1;
        passed += usize::from(ok);
        let c = by_category.entry(record.category.clone()).or_default();
        c.0 += usize::from(ok);
        c.1 += 1;
        if show {
            let fmt = |v: &[(String, String, String)]| {
                v.iter().map(|(s, t, c)| format!("{s}>{t}:{c}")).collect::<Vec<_>>().join(" ")
            };
            outln!(
                "{} [{}] gold {} | predicted {}",
                record.id,
                if ok { "ok" } else { "--" },
                fmt(&gold),
                fmt(&predicted)
            );
            outln!("    {}", record.text);
        }
    }
    outln!(
        "PETRARCH2 unit tests: {passed}/{total} records with exactly the expected events ({:.3})",
        passed as f64 / total.max(1) as f64
    );
    for (category, (p, t)) in by_category {
        outln!("  {category:<10} {p:>3}/{t:<3}");
    }
    Ok(true)
}

/// Runs the GSR benchmark.
pub fn gsr(path: &Path, show: bool) -> Result<bool> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "{}: cannot read (the benchmarks live in ../shared/bench beside the repository)",
            path.display()
        )
    })?;
    let pipeline = Pipeline::builder().build();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut none_right, mut none_total) = (0usize, 0usize);
    let mut by_category: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a GSR record", path.display(), n + 1))?;
        let published = attache_ingest::parse_moment(&format!(
            "{}-{}-{}",
            record.date.get(..4).unwrap_or("2000"),
            record.date.get(4..6).unwrap_or("01"),
            record.date.get(6..8).unwrap_or("01")
        ));
        let analysis =
            pipeline.analyze_text(&record.id, record.text.clone(), &Options { published });
        let mut predicted: Vec<(String, String, String)> = analysis
            .events
            .iter()
            .map(|e| {
                (
                    code_of(&analysis, e.source.as_ref()),
                    code_of(&analysis, e.target.as_ref()),
                    e.cameo.chars().take(2).collect(),
                )
            })
            .collect();
        predicted.sort();
        predicted.dedup();
        let gold: Vec<(String, String, String)> = record
            .events
            .iter()
            .map(|e| {
                (
                    e.source.as_deref().unwrap_or("---").chars().take(3).collect(),
                    e.target.as_deref().unwrap_or("---").chars().take(3).collect(),
                    e.code.chars().take(2).collect(),
                )
            })
            .collect();
        let mut unmatched = gold.clone();
        let mut hits = 0;
        for p in &predicted {
            if let Some(k) = unmatched.iter().position(|g| g == p) {
                unmatched.remove(k);
                hits += 1;
            }
        }
        tp += hits;
        fp += predicted.len() - hits;
        fn_ += gold.len() - hits;
        let c = by_category.entry(record.category.clone()).or_default();
        c.0 += hits;
        c.1 += predicted.len() - hits;
        c.2 += gold.len() - hits;
        if record.noevents || gold.is_empty() {
            none_total += 1;
            none_right += usize::from(predicted.is_empty());
        }
        if show {
            let fmt = |v: &[(String, String, String)]| {
                v.iter().map(|(s, t, c)| format!("{s}>{t}:{c}")).collect::<Vec<_>>().join(" ")
            };
            outln!(
                "{} [{}] gold {} | predicted {}",
                record.id,
                if hits == gold.len() && hits == predicted.len() { "ok" } else { "--" },
                fmt(&gold),
                fmt(&predicted)
            );
            outln!("    {}", record.text);
        }
    }
    let p = if tp + fp == 0 { 0.0 } else { tp as f64 / (tp + fp) as f64 };
    let r = if tp + fn_ == 0 { 0.0 } else { tp as f64 / (tp + fn_) as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    outln!(
        "events (CAMEO root, source and target first 3 characters): P {p:.3} R {r:.3} F1 {f:.3} (tp {tp} fp {fp} fn {fn_})"
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
