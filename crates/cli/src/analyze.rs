//! `attache analyze`.

use std::fs::File;
use std::io::{BufWriter, Write};

use anyhow::{Context, Result, anyhow};
use attache_pipeline::{Options, Pipeline};

use crate::args::{AnalyzeArgs, Format};
use crate::{inputs, report};

/// Runs the command; `Ok(false)` when nothing could be analysed.
pub fn run(args: &AnalyzeArgs) -> Result<bool> {
    let published = match args.published.as_deref() {
        Some(text) => Some(attache_ingest::parse_moment(text).ok_or_else(|| {
            anyhow!("--published: cannot read {text:?} as a date (try 2017-11-19 or 2017-11-19T19:32:00+04:00)")
        })?),
        None => None,
    };
    let options = Options { published };
    let pipeline = Pipeline::builder().knowledge_base(crate::kb::load(&args.kb)?).build();

    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(anstream::StripStream::new(
            File::create(path)
                .with_context(|| format!("{}: cannot create output file", path.display()))?,
        ))),
        None => Box::new(BufWriter::new(anstream::stdout().lock())),
    };

    let (inputs, _) = inputs::collect(&args.paths);
    let many = inputs.len() > 1;
    let mut analysed = 0;
    let mut json_outputs = Vec::new();
    for input in inputs {
        let input = match input {
            Ok(input) => input,
            Err(error) => {
                eprintln!("attache: {error:#}");
                continue;
            }
        };
        let analysis = match pipeline.analyze_bytes(&input.id, &input.bytes, &options) {
            Ok(analysis) => analysis,
            Err(error) => {
                eprintln!("attache: {}: {error}", input.label);
                continue;
            }
        };
        analysed += 1;
        for diagnostic in analysis.diagnostics.iter().filter(|d| d.code == "invalid-utf8") {
            eprintln!("attache: {}: warning: {}", input.label, diagnostic.message);
        }
        let wire = attache_wire::Analysis::from_model(&analysis);
        match args.format {
            Format::Text => {
                report::write(&mut out, &input.label, &analysis, &wire)?;
                out.flush()?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut out, &wire)?;
                out.write_all(b"\n")?;
                out.flush()?;
            }
            Format::Json => json_outputs.push(wire),
        }
    }
    if args.format == Format::Json && !json_outputs.is_empty() {
        if many {
            serde_json::to_writer_pretty(&mut out, &json_outputs)?;
        } else {
            serde_json::to_writer_pretty(&mut out, &json_outputs[0])?;
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(analysed > 0)
}
