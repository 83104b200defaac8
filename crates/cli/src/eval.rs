//! `attache eval DIR`.

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use attache_eval::{Counts, Report};
use attache_pipeline::{Options, Pipeline};

use crate::args::EvalArgs;
use crate::inputs;

/// Runs the command; `Ok(false)` when no document could be scored.
pub fn run(args: &EvalArgs) -> Result<bool> {
    let entries = fs::read_dir(&args.dir)
        .with_context(|| format!("{}: cannot list directory", args.dir.display()))?;
    let mut golds: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    if golds.is_empty() {
        eprintln!("attache: {}: no <id>.gold.json files in this directory", args.dir.display());
        return Ok(false);
    }

    let pipeline = Pipeline::builder().build();
    let mut report = Report::default();
    for gold_path in &golds {
        let name = gold_path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let id = name.trim_end_matches(".gold.json");
        let Some(article) = ["txt"]
            .iter()
            .map(|ext| gold_path.with_file_name(format!("{id}.{ext}")))
            .find(|p| p.exists())
        else {
            eprintln!("attache: {}: no {id}.txt beside it", gold_path.display());
            continue;
        };
        let gold_text = match fs::read_to_string(gold_path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("attache: {}: cannot read: {e}", gold_path.display());
                continue;
            }
        };
        let gold = match attache_eval::parse_gold(&gold_path.display().to_string(), &gold_text) {
            Ok(gold) => gold,
            Err(e) => {
                eprintln!("attache: {e}");
                continue;
            }
        };
        let input = match inputs::read_file(&article) {
            Ok(input) => input,
            Err(e) => {
                eprintln!("attache: {e:#}");
                continue;
            }
        };
        let analysis = match pipeline.analyze_bytes(id, &input.bytes, &Options::default()) {
            Ok(analysis) => analysis,
            Err(e) => {
                eprintln!("attache: {}: {e}", input.label);
                continue;
            }
        };
        let output = attache_wire::Analysis::from_model(&analysis);
        report.push(attache_eval::score_document(&gold, &output));
    }
    if report.documents.is_empty() {
        return Ok(false);
    }

    let mut out = anstream::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_tables(&mut out, &args.dir.display().to_string(), &report)?;
    }
    Ok(true)
}

fn print_tables(out: &mut dyn Write, dir: &str, report: &Report) -> std::io::Result<()> {
    let t = &report.total;
    let n = report.documents.len();
    writeln!(out, "attache eval {dir}: {n} document{}", if n == 1 { "" } else { "s" })?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>6} {:>10} {:>8} {:>8} {:>8} {:>8}",
        "area", "gold", "predicted", "matched", "P", "R", "F1"
    )?;
    let row = |out: &mut dyn Write, name: &str, c: &Counts| {
        writeln!(
            out,
            "{:<12} {:>6} {:>10} {:>8} {:>8.3} {:>8.3} {:>8.3}",
            name,
            c.gold,
            c.predicted,
            c.gold_matched,
            c.precision(),
            c.recall(),
            c.f1()
        )
    };
    row(out, "published", &t.published)?;
    row(out, "headline", &t.headline)?;
    row(out, "actors", &t.actors)?;
    row(out, "places", &t.places)?;
    row(out, "figures", &t.figures)?;
    row(out, "times", &t.times)?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>6} {:>10} {:>8} {:>11} {:>11}",
        "quotes", "gold", "predicted", "found", "attributed", "found share"
    )?;
    for (name, q) in [("direct", &t.quotes_direct), ("reported", &t.quotes_reported)] {
        let share = if q.gold == 0 { 0.0 } else { q.found as f64 / q.gold as f64 };
        writeln!(
            out,
            "{:<12} {:>6} {:>10} {:>8} {:>11} {:>11.3}",
            name, q.gold, q.predicted, q.found, q.attributed, share
        )?;
    }
    writeln!(out)?;
    let e = &t.events;
    writeln!(
        out,
        "{:<12} {:>6} {:>10} {:>8} {:>8} {:>10} {:>10} {:>10}",
        "events", "core", "found", "recall", "predicted", "precision", "right date", "right place"
    )?;
    writeln!(
        out,
        "{:<12} {:>6} {:>10} {:>8.3} {:>8} {:>10.3} {:>10} {:>10}",
        "all",
        e.core,
        e.core_found,
        e.recall(),
        e.predicted,
        e.precision(),
        e.right_date,
        e.right_place
    )?;
    if n > 1 {
        writeln!(out)?;
        writeln!(
            out,
            "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "document", "published", "headline", "direct q", "actors R", "events R"
        )?;
        for d in &report.documents {
            let mark = |c: &Counts| {
                if c.gold == 0 {
                    "—"
                } else if c.gold_matched == c.gold {
                    "yes"
                } else {
                    "no"
                }
            };
            writeln!(
                out,
                "{:<24} {:>9} {:>9} {:>9} {:>9.3} {:>9.3}",
                d.id,
                mark(&d.published),
                mark(&d.headline),
                format!("{}/{}", d.quotes_direct.found, d.quotes_direct.gold),
                d.actors.recall(),
                d.events.recall()
            )?;
        }
    }
    Ok(())
}
