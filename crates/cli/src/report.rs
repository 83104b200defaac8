//! The readable report of `attache analyze --format text`.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use attache_model::Analysis;
use attache_text::line_col;

const HEADING: Style = Style::new().bold();
const LABEL: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
const QUOTE: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const DIM: Style = Style::new().dimmed();
const WARNING: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

/// Quotes longer than this are shown by their head and tail.
const QUOTE_PREVIEW_CHARS: usize = 160;

/// Writes the report of one analysis. Colour codes are stripped by the writer when
/// it is not a terminal.
pub fn write(
    out: &mut dyn Write,
    label: &str,
    analysis: &Analysis,
    wire: &attache_wire::Analysis,
) -> io::Result<()> {
    let doc = &wire.document;
    let text = &analysis.document.text;
    writeln!(out, "{HEADING}{label}{HEADING:#}")?;
    let field = |out: &mut dyn Write, name: &str, value: Option<&str>| -> io::Result<()> {
        writeln!(out, "  {LABEL}{name:<12}{LABEL:#} {}", value.unwrap_or("—"))
    };
    field(out, "headline", doc.headline.as_deref())?;
    field(out, "published", doc.published.as_deref())?;
    if let Some(by) = &doc.republished_by {
        let when = doc.republished.as_deref().map(|d| format!(" on {d}")).unwrap_or_default();
        let title = doc.page_title.as_deref().map(|t| format!(" as \"{t}\"")).unwrap_or_default();
        field(out, "republished", Some(&format!("by {by}{when}{title}")))?;
    }
    field(out, "outlet", doc.outlet.as_deref())?;
    if doc.byline.is_some() {
        field(out, "byline", doc.byline.as_deref())?;
    }
    if doc.dateline_place.is_some() {
        field(out, "dateline", doc.dateline_place.as_deref())?;
    }
    field(out, "language", doc.language.as_deref())?;
    let s = &wire.stats;
    field(
        out,
        "body",
        Some(&format!(
            "{} paragraphs, {} sentences, {} tokens",
            s.paragraphs, s.sentences, s.tokens
        )),
    )?;

    writeln!(out)?;
    writeln!(out, "{HEADING}Actors ({}){HEADING:#}", wire.actors.len())?;
    for actor in &wire.actors {
        let country = actor.country.as_deref().unwrap_or("—");
        let role = actor.role.as_deref().map(|r| format!(", {r}")).unwrap_or_default();
        writeln!(
            out,
            "  {} [{}{}] {DIM}{} mentions{DIM:#}",
            actor.name,
            country,
            role,
            actor.mentions.len()
        )?;
    }
    if wire.actors.is_empty() {
        writeln!(out, "  {DIM}none found{DIM:#}")?;
    }

    writeln!(out)?;
    writeln!(out, "{HEADING}Places ({}){HEADING:#}", wire.places.len())?;
    for place in &wire.places {
        let country = place.country.as_deref().unwrap_or("—");
        writeln!(
            out,
            "  {} [{}] {DIM}{} mentions{DIM:#}",
            place.name,
            country,
            place.mentions.len()
        )?;
    }
    if wire.places.is_empty() {
        writeln!(out, "  {DIM}none found{DIM:#}")?;
    }

    writeln!(out)?;
    writeln!(out, "{HEADING}Quotes ({}){HEADING:#}", wire.quotes.len())?;
    for (i, quote) in wire.quotes.iter().enumerate() {
        let speaker = match (&quote.speaker, &quote.speaker_mention) {
            (Some(id), _) => {
                wire.actors.iter().find(|a| &a.id == id).map_or(id.clone(), |a| a.name.clone())
            }
            (None, Some(mention)) => format!("\"{}\" (not linked to an actor)", mention.text),
            (None, None) => "speaker unknown".to_string(),
        };
        let (line, column) = line_col(text, quote.start);
        let kind = if quote.direct { "direct" } else { "reported" };
        let cue = quote.cue.as_deref().map(|c| format!(", cue \"{c}\"")).unwrap_or_default();
        writeln!(
            out,
            "  {:>2}. {QUOTE}\u{201c}{}\u{201d}{QUOTE:#}\n      {DIM}{kind}, {speaker}{cue}, line {line}:{column}{DIM:#}",
            i + 1,
            preview(&quote.text)
        )?;
    }
    if wire.quotes.is_empty() {
        writeln!(out, "  {DIM}none found{DIM:#}")?;
    }

    for (title, items) in [
        (
            "Events",
            wire.events
                .iter()
                .map(|e| {
                    format!(
                        "{} {} ({}) {} → {}: {}",
                        e.date.as_deref().unwrap_or("—"),
                        e.plover,
                        e.cameo,
                        e.source_country.as_deref().unwrap_or("—"),
                        e.target_country.as_deref().unwrap_or("—"),
                        preview(&e.evidence.text)
                    )
                })
                .collect::<Vec<_>>(),
        ),
        ("Times", wire.times.iter().map(|t| format!("{} = {}", t.text, t.value)).collect()),
        (
            "Figures",
            wire.figures
                .iter()
                .map(|f| {
                    format!(
                        "{} {} — {}",
                        f.value,
                        f.unit.as_deref().unwrap_or(""),
                        preview(&f.evidence.text)
                    )
                })
                .collect(),
        ),
    ] {
        writeln!(out)?;
        writeln!(out, "{HEADING}{title} ({}){HEADING:#}", items.len())?;
        for item in &items {
            writeln!(out, "  {item}")?;
        }
        if items.is_empty() {
            writeln!(out, "  {DIM}none found{DIM:#}")?;
        }
    }

    let notable: Vec<_> = wire.diagnostics.iter().filter(|d| d.severity == "warning").collect();
    if !notable.is_empty() {
        writeln!(out)?;
        writeln!(out, "{HEADING}Warnings ({}){HEADING:#}", notable.len())?;
        for d in notable {
            let place = d.evidence.as_ref().map(|e| {
                let (line, column) = line_col(text, e.start);
                format!("line {line}:{column}: ")
            });
            writeln!(
                out,
                "  {WARNING}{}{WARNING:#} {}{}",
                d.code,
                place.unwrap_or_default(),
                d.message
            )?;
        }
    }
    writeln!(out)?;
    Ok(())
}

fn preview(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let count = flat.chars().count();
    if count <= QUOTE_PREVIEW_CHARS {
        return flat;
    }
    let half = QUOTE_PREVIEW_CHARS / 2;
    let head: String = flat.chars().take(half).collect();
    let tail: String = flat.chars().skip(count - half).collect();
    format!("{} … {}", head.trim_end(), tail.trim_start())
}
