//! The plain-text article reader.
//!
//! Text copied out of web pages and PDFs keeps a recognisable shape: a publisher's
//! banner, perhaps a republisher's page title and date, the article's own headline and
//! date line, a byline, body paragraphs separated by blank lines (one of them sometimes
//! broken in two mid-sentence), and a trailing `Source:` line. This module reads that
//! shape back, keeping every part as a span of the input.

use std::sync::LazyLock;

use attache_model::{Dated, Dateline, Diagnostic, Document, Metadata, Moment, Paragraph};
use attache_text::{Span, is_closing_bracket, is_sentence_terminal, title_case};
use regex::Regex;

use crate::date::parse_moment;

/// Header lines longer than this are body text.
const MAX_HEADER_LINE_BYTES: usize = 320;
/// Header lines with more words than this are body text.
const MAX_HEADER_LINE_WORDS: usize = 30;

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\p{L}+\s*/\s*)?(?:source|sources|kaynak|quelle|fuente|источник)\s*:\s*(?P<value>.*)$")
        .expect("source pattern compiles")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)\s+(?P<names>\p{Lu}[\p{L}.'’\-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'’\-]*){0,7})\s*(?:[,|–—-].*)?$")
        .expect("byline pattern compiles")
});
static MARKDOWN_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^#{1,6}\s+").expect("heading pattern compiles"));
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<place>\p{Lu}[\p{L}.'’\-/ ]{1,40}?\p{L}\.??)",
        r"(?:,\s*(?P<region>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?))??",
        r"(?:[,.]?\s+(?P<date>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?",
        r"|\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?))?",
        r",?\s*(?:\((?P<agency>[^()\n]{2,40})\))?",
        // (or an agency in capitals after a full stop, no brackets: "ASTANA. November 12.
        // KAZINFORM -")
        r"(?:\.\s+(?P<capital_agency>\p{Lu}{3,}))?",
        // (archives of the 1990s wrote the dash as an underscore: "(AP)_ Police …")
        r"\s*(?P<sep>[-–—]+|_|:)\s+",
    ))
    .expect("dateline pattern compiles")
});

static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}.'’\- ]{1,40}?\p{Lu}\.?)(?:,\s*\p{Lu}[\p{L}.]+)??,?\s+(?P<date>\d.*|\p{L}+\.?\s+\d.*)$")
        .expect("wire dateline pattern compiles")
});

/// One line of the input, without its terminator.
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
}

/// What a header line turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HeaderLine {
    Date(Dated),
    /// A wire dateline on its own line, place and date (`MOSCOW, March 3, 2021`).
    Dateline(Dateline, Dated),
    Byline(Span),
    Title {
        span: Span,
        markdown: bool,
        capitals: bool,
    },
    Rule,
}

/// Reads an article's layout from plain text. See the module documentation.
///
/// Never fails: a text with no recognisable header is all body, and diagnostics say
/// what was guessed.
pub fn read_plain_text(id: &str, text: String) -> (Document, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let lines = split_lines(&text);
    let mut blocks = split_blocks(&text, &lines);
    let mut meta = Metadata::default();

    // A trailing `Source:` line, even an empty one, names the original outlet.
    if let Some(last_block) = blocks.last_mut() {
        let line = lines[last_block.end - 1];
        let last_line = line.span.text(&text);
        if let Some(caps) =
            last_line.contains(':').then(|| SOURCE_LINE.captures(last_line)).flatten()
        {
            meta.source_line = Some(line.span);
            let value = caps.name("value").expect("group always takes part");
            let value_span =
                Span::new(line.span.byte_start + value.start(), line.span.byte_start + value.end());
            meta.outlet = outlet_from_source_value(&text, value_span);
            last_block.end -= 1;
            if last_block.start >= last_block.end {
                blocks.pop();
            }
        }
    }

    // Header lines until the first block of body prose.
    let mut header = Vec::new();
    let mut first_body_block = blocks.len();
    for (index, block) in blocks.iter().enumerate() {
        let block_lines = &lines[block.clone()];
        if looks_like_body(&text, block_lines) {
            first_body_block = index;
            break;
        }
        header.extend(block_lines.iter().map(|line| classify_header_line(&text, line.span)));
    }

    let titles: Vec<(usize, Span, bool, bool)> = header
        .iter()
        .enumerate()
        .filter_map(|(i, line)| match *line {
            HeaderLine::Title { span, markdown, capitals } => Some((i, span, markdown, capitals)),
            _ => None,
        })
        .collect();
    let mut remaining: &[(usize, Span, bool, bool)] = &titles;
    if let [(_, span, false, true), rest @ ..] = remaining
        && !rest.is_empty()
    {
        meta.banner = Some(*span);
        remaining = rest;
    }
    if let [(_, span, true, _), rest @ ..] = remaining
        && !rest.is_empty()
    {
        meta.page_title = Some(*span);
        remaining = rest;
    }
    let headline_position = remaining.first().map(|&(position, ..)| position);
    meta.headline = remaining.first().map(|&(_, span, ..)| span);
    meta.byline = header.iter().find_map(|line| match line {
        HeaderLine::Byline(span) => Some(*span),
        _ => None,
    });

    // Dates: one before the headline under a republisher's title is the republication
    // date; the one nearest the body is the article's own.
    let dates: Vec<(usize, Dated)> = header
        .iter()
        .enumerate()
        .filter_map(|(i, line)| match line {
            HeaderLine::Date(dated) | HeaderLine::Dateline(_, dated) => Some((i, *dated)),
            _ => None,
        })
        .collect();
    meta.dateline = header.iter().find_map(|line| match line {
        HeaderLine::Dateline(dateline, _) => Some(*dateline),
        _ => None,
    });
    if let Some(&(_, dated)) = dates.last() {
        meta.published = Some(dated);
    }
    if let (Some(headline), [(position, dated), _, ..]) = (headline_position, dates.as_slice())
        && *position < headline
    {
        meta.republished = Some(*dated);
    } else if let (Some(_), [(_, dated), _, ..]) = (meta.page_title, dates.as_slice()) {
        meta.republished = Some(*dated);
    }
    if let Some(banner) = meta.banner {
        if meta.page_title.is_some() || meta.republished.is_some() {
            meta.republished_by = Some(republisher_name(banner.text(&text)));
        } else if meta.outlet.is_none() && meta.source_line.is_none() {
            meta.outlet = Some(banner);
        }
    }

    // Body paragraphs.
    let mut paragraphs = Vec::new();
    for block in &blocks[first_body_block..] {
        split_paragraphs(&text, &lines[block.clone()], &mut paragraphs);
    }
    if paragraphs.is_empty() {
        // No prose at all: the title lines are the text, so that nothing is lost.
        for &(_, span, ..) in remaining {
            paragraphs.push(Paragraph { span, joins_previous: false });
        }
        if remaining.len() < 2 {
            meta.headline = None;
        }
        if !paragraphs.is_empty() {
            diagnostics.push(Diagnostic::info(
                "no-body",
                "no body paragraph found; the title lines are read as the text",
                None,
            ));
        }
    }

    // A wire dateline on a line of its own, "JERUSALEM 1996-08-22", opens the body (or
    // follows a one-line headline in sentence case, which it shows to be one).
    if meta.dateline.is_none()
        && let Some((at, dateline, moment)) =
            paragraphs.iter().take(2).enumerate().find_map(|(i, p)| {
                let (dateline, moment) = standalone_dateline(&text, p.span)?;
                Some((i, dateline, moment))
            })
        && paragraphs.len() > at + 1
        && (at == 0 || (meta.headline.is_none() && one_line(&text, paragraphs[0].span)))
    {
        if at == 1 {
            meta.headline = Some(paragraphs.remove(0).span);
        }
        paragraphs.remove(0);
        meta.published.get_or_insert(Dated { moment, span: dateline.date });
        meta.dateline = Some(dateline);
    }
    // A one-line paragraph before the dateline is the headline ("Clinton calls the plan a
    // 'crazy system'.", then "FLINT, Mich., Oct. 4 (UPI) — …").
    if meta.dateline.is_none()
        && meta.headline.is_none()
        && paragraphs.len() >= 3
        && one_line(&text, paragraphs[0].span)
        && find_dateline(&text, paragraphs[0].span).is_none()
        && find_dateline(&text, paragraphs[1].span).is_some()
    {
        meta.headline = Some(paragraphs.remove(0).span);
    }
    if let Some(first) = paragraphs.first_mut().filter(|_| meta.dateline.is_none())
        && let Some(dateline) = find_dateline(&text, first.span)
    {
        first.span = Span::new(dateline.span.byte_end, first.span.byte_end);
        if meta.outlet.is_none() && meta.source_line.is_none() {
            meta.outlet = dateline.agency;
        }
        if meta.published.is_none()
            && let Some(date_span) = dateline.date
        {
            match parse_moment(date_span.text(&text)) {
                Some(moment) => meta.published = Some(Dated { moment, span: Some(date_span) }),
                None => diagnostics.push(Diagnostic::info(
                    "dateline-without-year",
                    "the dateline gives a day but no year, so no publication date was set",
                    Some(date_span),
                )),
            }
        }
        meta.dateline = Some(dateline);
    }
    join_broken_paragraphs(&text, &mut paragraphs);

    if meta.published.is_none() {
        diagnostics.push(Diagnostic::info(
            "no-publication-date",
            "no publication date found; relative dates stay unresolved unless --published is given",
            None,
        ));
    }
    meta.language = detect_language(&text, &paragraphs, &mut diagnostics);

    let body = match (paragraphs.first(), paragraphs.last()) {
        (Some(first), Some(last)) => first.span.cover(last.span),
        _ => Span::empty(0),
    };
    let document = Document { id: id.to_string(), text, meta, body, paragraphs };
    (document, diagnostics)
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (offset, _) in text.match_indices('\n').chain(std::iter::once((text.len(), ""))) {
        if offset < start {
            continue;
        }
        let mut end = offset;
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        lines.push(Line { span: Span::trimmed(text, Span::new(start, end)) });
        start = offset + 1;
    }
    lines
}

/// Runs of non-blank lines, as ranges of line indices.
fn split_blocks(text: &str, lines: &[Line]) -> Vec<std::ops::Range<usize>> {
    let mut blocks = Vec::new();
    let mut start = None;
    for (i, line) in lines.iter().enumerate() {
        let blank = is_blank(line.span.text(text));
        match (blank, start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                blocks.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        blocks.push(s..lines.len());
    }
    blocks
}

fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
}

/// Words in `text`, counted up to a little more than a header line may have.
fn word_count(text: &str) -> usize {
    text.split_whitespace().take(MAX_HEADER_LINE_WORDS + 1).count()
}

/// Body prose: a long block, or one that ends a sentence like prose does.
fn looks_like_body(text: &str, lines: &[Line]) -> bool {
    let span = lines[0].span.cover(lines[lines.len() - 1].span);
    if span.len() > 2 * MAX_HEADER_LINE_BYTES {
        return true;
    }
    let block = span.text(text);
    let words = word_count(block);
    let prose = words > MAX_HEADER_LINE_WORDS
        || lines.iter().any(|line| line.span.len() > MAX_HEADER_LINE_BYTES)
        || (words >= 6 && ends_sentence(block));
    // A long date line or byline can look like prose; they are still header lines; so
    // is a headline in title case that ends with a full stop ("Survey: Younger Voters
    // Drift Away.").
    prose
        && !(lines.len() == 1
            && (parse_moment(block).is_some()
                || is_byline(block)
                || (words <= MAX_HEADER_LINE_WORDS && headline_case(block))))
}

/// Whether every word of five letters or more is capitalised, as in a headline (a
/// lead sentence full of names still has a verb or a noun in lower case: "… on Monday
/// met the defence ministers …").
fn headline_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 5)
        .collect();
    long.len() >= 3
        && long.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

fn starts_with_by(line: &str) -> bool {
    line.get(..3).is_some_and(|head| head.eq_ignore_ascii_case("by "))
}

fn is_byline(line: &str) -> bool {
    starts_with_by(line) && BYLINE.is_match(line)
}

/// Whether `text` ends with sentence-final punctuation, perhaps inside closing quotes
/// or brackets.
fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| is_closing_quote(c) || is_closing_bracket(c));
    trimmed.chars().next_back().is_some_and(is_sentence_terminal)
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | '“' | '›')
}

fn classify_header_line(text: &str, span: Span) -> HeaderLine {
    let line = span.text(text);
    if line.chars().all(|c| !c.is_alphanumeric()) {
        return HeaderLine::Rule;
    }
    if let Some(moment) = parse_moment(line) {
        return HeaderLine::Date(Dated { moment, span: Some(span) });
    }
    if let Some((dateline, moment)) = standalone_dateline(text, span) {
        return HeaderLine::Dateline(dateline, Dated { moment, span: dateline.date });
    }
    if let Some(caps) = starts_with_by(line).then(|| BYLINE.captures(line)).flatten() {
        let names = caps.name("names").expect("group always takes part");
        return HeaderLine::Byline(Span::new(
            span.byte_start + names.start(),
            span.byte_start + names.end(),
        ));
    }
    let (span, markdown) = match MARKDOWN_HEADING.find(line) {
        Some(m) => (Span::trimmed(text, Span::new(span.byte_start + m.end(), span.byte_end)), true),
        None => (span, false),
    };
    let letters = || span.text(text).chars().filter(|c| c.is_alphabetic());
    let capitals = letters().count() >= 3 && letters().all(char::is_uppercase);
    HeaderLine::Title { span, markdown, capitals }
}

/// The outlet named after `Source:`, unless the line is empty or only dashes.
fn outlet_from_source_value(text: &str, value: Span) -> Option<Span> {
    let raw = value.text(text);
    let start = raw.len()
        - raw.trim_start_matches(|c: char| c.is_whitespace() || "-–—_*.:|".contains(c)).len();
    let end = raw.trim_end_matches(|c: char| c.is_whitespace() || "-–—_*.:|".contains(c)).len();
    if start >= end || !raw[start..end].chars().any(char::is_alphabetic) {
        return None;
    }
    Some(Span::new(value.byte_start + start, value.byte_start + end))
}

/// Head nouns that begin an English institution's name.
const INSTITUTION_HEADS: &[&str] = &[
    "CENTER",
    "CENTRE",
    "INSTITUTE",
    "FOUNDATION",
    "COUNCIL",
    "ASSOCIATION",
    "SOCIETY",
    "OFFICE",
    "MINISTRY",
    "AGENCY",
    "UNION",
    "ACADEMY",
    "COMMITTEE",
];

/// A republisher's name from its banner. A banner in two languages
/// (`AVRASYA INCELEMELERI MERKEZI CENTER FOR EURASIAN STUDIES`) gives the English name
/// first and the other in brackets.
fn republisher_name(banner: &str) -> String {
    let words: Vec<&str> = banner.split_whitespace().collect();
    let english_start = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| INSTITUTION_HEADS.contains(&w.to_uppercase().as_str()))
        .map(|(i, _)| i);
    let name = |words: &[&str]| {
        let joined = words.join(" ");
        let letters = || joined.chars().filter(|c| c.is_alphabetic());
        if letters().all(char::is_uppercase) { title_case(&joined) } else { joined }
    };
    match english_start {
        Some(i) if i >= 2 => {
            format!("{} ({})", name(&words[i..]), name(&words[..i]).to_uppercase())
        }
        _ => name(&words),
    }
}

/// Splits a block into paragraphs where a line ends a sentence and the next line opens
/// one; other line breaks are soft wraps inside a paragraph.
fn split_paragraphs(text: &str, lines: &[Line], out: &mut Vec<Paragraph>) {
    let mut start = lines[0].span;
    let mut end = lines[0].span;
    for pair in lines.windows(2) {
        let (previous, next) = (pair[0].span.text(text), pair[1].span.text(text));
        if ends_sentence(previous) && next.chars().next().is_some_and(opens_sentence) {
            out.push(Paragraph { span: start.cover(end), joins_previous: false });
            start = pair[1].span;
        }
        end = pair[1].span;
    }
    out.push(Paragraph { span: start.cover(end), joins_previous: false });
}

fn opens_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_numeric() || "\"'“‘«„‚([".contains(c) || attache_text::is_dash(c)
}

/// Marks a paragraph that carries on the sentence its predecessor left open: the
/// predecessor ends without punctuation and this one starts in lower case.
fn join_broken_paragraphs(text: &str, paragraphs: &mut [Paragraph]) {
    for i in 1..paragraphs.len() {
        let previous = paragraphs[i - 1].span.text(text);
        let current = paragraphs[i].span.text(text);
        let open_end =
            previous.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == ',');
        let lower_start = current.chars().next().is_some_and(char::is_lowercase);
        paragraphs[i].joins_previous = open_end && lower_start;
    }
}

fn find_dateline(text: &str, paragraph: Span) -> Option<Dateline> {
    let mut head_end = (paragraph.byte_start + 200).min(paragraph.byte_end);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &text[paragraph.byte_start..head_end];
    // A dateline starts with a capital and ends at a dash or colon: check that much
    // before running the pattern.
    let separator = head.find(['-', '–', '—', ':', '_'])?;
    if !head.starts_with(char::is_uppercase) || separator > 90 {
        return None;
    }
    // Before the separator a dateline has only capitalised words, numbers and the
    // agency in brackets; ordinary prose has a lower-case word there.
    let lower_word = head[..separator]
        .split_whitespace()
        .any(|w| w.starts_with(char::is_lowercase) && !w.starts_with('(') && w.len() > 3);
    if lower_word {
        return None;
    }
    let caps = DATELINE.captures(head)?;
    let place = caps.name("place")?;
    let at = |m: regex::Match<'_>| {
        Span::new(paragraph.byte_start + m.start(), paragraph.byte_start + m.end())
    };
    let place_text = place.as_str();
    let capitals = place_text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let date = caps.name("date").map(at);
    // (an agency in capitals with no brackets only after a place in capitals or a date:
    // "Kyiv. NATO - …" is no dateline)
    let agency = caps
        .name("agency")
        .or_else(|| caps.name("capital_agency").filter(|_| capitals || date.is_some()))
        .map(at);
    let separator = caps.name("sep")?.as_str();
    // "Russia - the talks…" is not a dateline; "MOSCOW -" and "Moscow, Nov 19 (Reuters) -" are.
    let credible = (capitals && place_text.len() >= 3 && separator != ":")
        || date.is_some()
        || agency.is_some();
    if !credible || word_count(place_text) > 4 {
        return None;
    }
    let whole = caps.get(0)?;
    Some(Dateline { span: at(whole), place: at(place), date, agency })
}

/// Whether a paragraph is one short line, as a headline is.
fn one_line(text: &str, paragraph: Span) -> bool {
    let words = paragraph.text(text);
    !words.contains('\n') && word_count(words) <= 25
}

/// A paragraph that is only a place in capitals and a date: `JERUSALEM 1996-08-22`,
/// `MOSCOW, March 3, 2021`.
fn standalone_dateline(text: &str, paragraph: Span) -> Option<(Dateline, Moment)> {
    let line = paragraph.text(text);
    if line.len() > 80 || line.contains('\n') {
        return None;
    }
    let caps = WIRE_DATELINE.captures(line)?;
    let place = caps.name("place")?;
    let date = caps.name("date")?;
    if !place.as_str().chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        || word_count(place.as_str()) > 4
    {
        return None;
    }
    let moment = parse_moment(date.as_str())?;
    let at = |m: regex::Match<'_>| {
        Span::new(paragraph.byte_start + m.start(), paragraph.byte_start + m.end())
    };
    Some((
        Dateline { span: paragraph, place: at(place), date: Some(at(date)), agency: None },
        moment,
    ))
}

fn detect_language(
    text: &str,
    paragraphs: &[Paragraph],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<&'static str> {
    let words = || paragraphs.iter().flat_map(|p| p.span.text(text).split_whitespace());
    if looks_english(words()) {
        return Some("en");
    }
    let mut sample = String::new();
    for word in words() {
        sample.push_str(word);
        sample.push(' ');
        if sample.len() >= 4096 {
            break;
        }
    }
    let info = whatlang::detect(&sample)?;
    if info.lang() == whatlang::Lang::Eng || !info.is_reliable() {
        return Some("en");
    }
    diagnostics.push(Diagnostic::warning(
        "not-english",
        format!(
            "the text looks like {} (ISO 639-3 {}); attache reads English",
            info.lang().eng_name(),
            info.lang().code()
        ),
        None,
    ));
    Some(info.lang().code())
}

/// A fast check before the language detector: English prose is full of a few short
/// function words.
fn looks_english<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    const COMMON: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said",
        "has", "by",
    ];
    let mut count = 0;
    let mut common = 0;
    for word in words.take(60) {
        count += 1;
        if word.len() <= 4 && COMMON.iter().any(|c| word.eq_ignore_ascii_case(c)) {
            common += 1;
        }
    }
    count >= 8 && common * 5 >= count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn read(text: &str) -> Document {
        read_plain_text("t", text.to_string()).0
    }

    fn show(doc: &Document, span: Option<Span>) -> Option<&str> {
        span.map(|s| s.text(&doc.text))
    }

    #[test]
    fn republished_page_with_banner_title_and_two_dates() {
        let doc = read(
            "\n\nGLOBAL POLICY DIGEST INSTITUTE FOR SECURITY STUDIES\n\n## MINISTERS: TALKS WENT WELL\n\n03.04.2019\n\n\
             Foreign ministers hold talks in Geneva\n\n2 April 2019 18:05 (UTC+02:00)\n\n\
             The foreign ministers of two neighbouring states met in Geneva on Tuesday.\n\nSource:\n",
        );
        assert_eq!(show(&doc, doc.meta.page_title), Some("MINISTERS: TALKS WENT WELL"));
        assert_eq!(show(&doc, doc.meta.headline), Some("Foreign ministers hold talks in Geneva"));
        assert_eq!(doc.meta.published.unwrap().moment.to_string(), "2019-04-02T18:05:00+02:00");
        assert_eq!(doc.meta.republished.unwrap().moment.to_string(), "2019-04-03");
        assert_eq!(
            doc.meta.republished_by.as_deref(),
            Some("Institute for Security Studies (GLOBAL POLICY DIGEST)")
        );
        assert_eq!(doc.meta.outlet, None);
        assert!(doc.meta.source_line.is_some());
        assert_eq!(doc.paragraphs.len(), 1);
    }

    #[test]
    fn agency_dateline_byline_and_source() {
        let doc = read(
            "Kremlin says talks will go on\n\nBy Anna Petrova and John Smith\n\n\
             MOSCOW, Nov 19 (Reuters) - The Kremlin said on Sunday that talks would continue next week.\n\n\
             The statement came after a long meeting.\n\nSource: Reuters\n",
        );
        assert_eq!(show(&doc, doc.meta.byline), Some("Anna Petrova and John Smith"));
        let dateline = doc.meta.dateline.unwrap();
        assert_eq!(dateline.place.text(&doc.text), "MOSCOW");
        assert_eq!(dateline.agency.unwrap().text(&doc.text), "Reuters");
        assert_eq!(show(&doc, doc.meta.outlet), Some("Reuters"));
        assert!(doc.paragraphs[0].span.text(&doc.text).starts_with("The Kremlin said"));
        assert_eq!(doc.meta.published, None);
    }

    #[test]
    fn a_dateline_with_full_stops_and_an_agency_in_capitals() {
        let doc = read(
            "Ministry voices concern\n\nASTANA. November 12. KAZINFORM - The ministry voiced concern over the tests.\n",
        );
        let dateline = doc.meta.dateline.unwrap();
        assert_eq!(dateline.place.text(&doc.text), "ASTANA");
        assert_eq!(dateline.date.unwrap().text(&doc.text), "November 12");
        assert_eq!(dateline.agency.unwrap().text(&doc.text), "KAZINFORM");
        assert!(doc.paragraphs[0].span.text(&doc.text).starts_with("The ministry voiced"));
    }

    #[test]
    fn an_archive_dateline_with_an_underscore_for_its_dash() {
        let doc = read(
            "Ferry sinks off the coast\n\nPONCE, Puerto Rico (AP)_ A ferry sank on Tuesday, officials said.\n",
        );
        let dateline = doc.meta.dateline.unwrap();
        assert_eq!(dateline.place.text(&doc.text), "PONCE");
        assert_eq!(dateline.agency.unwrap().text(&doc.text), "AP");
        assert!(doc.paragraphs[0].span.text(&doc.text).starts_with("A ferry sank"));
    }

    #[test]
    fn dateline_with_year_gives_the_date() {
        let doc = read(
            "BAKU, Nov. 19, 2017 (Caspian Wire) — The minister arrived in the capital today.\n",
        );
        assert_eq!(doc.meta.published.unwrap().moment.to_string(), "2017-11-19");
        assert_eq!(show(&doc, doc.meta.outlet), Some("Caspian Wire"));
    }

    #[test]
    fn a_wire_dateline_on_its_own_line() {
        let doc = read(
            "Envoy to visit Baku after border row.\n\nTBILISI 1996-08-22\n\n\
             The envoy will travel to Baku on Thursday, officials said.\n",
        );
        assert_eq!(show(&doc, doc.meta.headline), Some("Envoy to visit Baku after border row."));
        assert_eq!(doc.meta.published.unwrap().moment.to_string(), "1996-08-22");
        assert_eq!(doc.meta.dateline.unwrap().place.text(&doc.text), "TBILISI");
        assert_eq!(doc.paragraphs.len(), 1);
        assert!(doc.paragraphs[0].span.text(&doc.text).starts_with("The envoy"));
        let doc = read("MOSCOW, March 3, 2021\n\nThe two delegations met on Tuesday.\n");
        assert_eq!(doc.meta.published.unwrap().moment.to_string(), "2021-03-03");
        // A sentence is not a dateline.
        let doc = read("The delegations met.\n\nNATO 2030 is the plan.\n\nIt was agreed.\n");
        assert_eq!(doc.meta.dateline, None);
        // Nor is a place before a date that is none: the line stays text, nothing is lost.
        for text in [
            "Talks resume.\n\nJERUSALEM 1996-13-45\n\nThe envoy arrived.\n",
            "ЕРЕВАН 31/02/2020\n\nThe envoy arrived.\n",
            "BEIJING/ — The envoy arrived.\n",
        ] {
            let doc = read(text);
            assert_eq!(doc.meta.published, None, "{text}");
            let body: String =
                doc.paragraphs.iter().map(|p| p.span.text(&doc.text)).collect::<Vec<_>>().join(" ");
            assert!(body.contains("The envoy arrived."), "{text}: {body}");
        }
    }

    #[test]
    fn a_line_before_the_dateline_is_the_headline() {
        let doc = read(
            "Envoy calls the plan a 'crazy system' during a stop.\n\n\
             FLINT, Mich., Oct. 4 (UPI) — The envoy criticized the plan on Tuesday.\n\n\
             He spoke for an hour.\n",
        );
        assert_eq!(
            show(&doc, doc.meta.headline),
            Some("Envoy calls the plan a 'crazy system' during a stop.")
        );
        assert_eq!(doc.meta.dateline.unwrap().place.text(&doc.text), "FLINT");
        assert!(doc.paragraphs[0].span.text(&doc.text).starts_with("The envoy"));
    }

    #[test]
    fn a_dateline_of_two_places() {
        let doc = read("BEIJING/WASHINGTON — China on Tuesday rejected the charges.\n");
        assert_eq!(doc.meta.dateline.unwrap().place.text(&doc.text), "BEIJING/WASHINGTON");
        assert!(doc.paragraphs[0].span.text(&doc.text).starts_with("China on Tuesday"));
    }

    #[test]
    fn no_false_datelines() {
        for text in [
            "Russia - the country that hosted the talks - said it was ready to help.\n",
            "Lavrov: we are ready to help with the settlement of the conflict today.\n",
        ] {
            assert_eq!(read(text).meta.dateline, None, "{text}");
        }
    }

    #[test]
    fn broken_paragraph_is_joined() {
        let doc = read("He sends you the warmest\n\ngreetings, and remembers your meetings.\n");
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(doc.paragraphs[1].joins_previous);
    }

    #[test]
    fn single_newline_paragraphs_and_soft_wraps() {
        let doc = read(
            "The delegation arrived on Monday and was met at the\nairport by the deputy minister.\nTalks began the next morning in the capital city.\n",
        );
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(doc.paragraphs[0].span.text(&doc.text).ends_with("deputy minister."));
    }

    #[test]
    fn headline_only_input_is_kept_as_text() {
        let doc = read("Lavrov met Aliyev");
        assert_eq!(doc.paragraphs.len(), 1);
        assert_eq!(doc.meta.headline, None);
    }

    #[test]
    fn a_headline_in_title_case_may_end_with_a_full_stop() {
        let doc = read(
            "Survey: Younger Voters Drift Toward Third Parties.\n\nA survey released on Monday found a shift among first-time voters.\n",
        );
        assert_eq!(
            show(&doc, doc.meta.headline),
            Some("Survey: Younger Voters Drift Toward Third Parties.")
        );
        // A lead sentence full of names is still prose.
        let doc = read(
            "NATO Secretary General Jens Stoltenberg on Monday met the defence ministers of Estonia, Latvia and Lithuania in Riga.\n\nThe talks lasted two hours.\n",
        );
        assert_eq!(doc.meta.headline, None);
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn crlf_input() {
        let doc = read(
            "Talks in Geneva\r\n\r\nMarch 3, 2021\r\n\r\nThe two delegations met on Tuesday.\r\n",
        );
        assert_eq!(show(&doc, doc.meta.headline), Some("Talks in Geneva"));
        assert_eq!(doc.paragraphs[0].span.text(&doc.text), "The two delegations met on Tuesday.");
    }
}
