//! Quotes: direct quotations with their attribution cue and the words naming the
//! speaker, reported statements ("X said that …", "according to X, …"), and headline
//! attributions (`Name: claim`). Speakers are the words of the text here; linking them
//! to actors is the actors stage's work.

use std::sync::LazyLock;

use attache_model::{Quotation, Quote, Sentence, Token};
use attache_text::Span;

/// How a cue attributes a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    /// A speech verb whose subject is the speaker: "said", "stressed".
    Verb,
    /// A multi-word cue whose subject is the speaker: "voiced belief", "told reporters".
    Phrase,
    /// A cue that names the speaker after it: "according to".
    Source,
    /// A noun: "in a statement".
    Noun,
}

struct Cue {
    words: Vec<String>,
    kind: CueKind,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    include_str!("../data/speech_cues.tsv")
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let cue = fields.next()?;
            let kind = match fields.next()? {
                "verb" => CueKind::Verb,
                "phrase" => CueKind::Phrase,
                "source" => CueKind::Source,
                "noun" => CueKind::Noun,
                _ => return None,
            };
            Some(Cue { words: cue.split(' ').map(str::to_string).collect(), kind })
        })
        .collect()
});

/// Words before a colon that label a headline rather than name a speaker.
const HEADLINE_LABELS: &[&str] = &[
    "breaking",
    "update",
    "updated",
    "exclusive",
    "analysis",
    "opinion",
    "watch",
    "live",
    "video",
    "photos",
    "editorial",
    "interview",
    "explainer",
    "factbox",
    "timeline",
    "q&a",
    "comment",
    "review",
    "report",
    "correction",
    "urgent",
    "flash",
];

/// Finds quotes. Built once, shared between threads.
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractor {
    _private: (),
}

impl QuoteExtractor {
    /// An extractor with the built-in cue lexicon (`data/speech_cues.tsv`).
    pub fn new() -> QuoteExtractor {
        LazyLock::force(&CUES);
        QuoteExtractor { _private: () }
    }

    /// How many cues the lexicon holds.
    pub fn cue_count(&self) -> usize {
        CUES.len()
    }

    /// Quotes of a document: every outermost quotation as a direct quote with its cue
    /// and speaker words where the sentence gives them, every reported statement, and
    /// the attributions of `titles` (headline, page title) written `Name: claim`.
    pub fn extract(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        quotations: &[Quotation],
        titles: &[Span],
    ) -> Vec<Quote> {
        let mut quotes = Vec::new();
        for title in titles {
            quotes.extend(headline_attribution(text, *title));
        }
        let outer: Vec<&Quotation> = quotations.iter().filter(|q| q.parent.is_none()).collect();
        for quotation in &outer {
            quotes.push(direct_quote(text, tokens, sentences, quotation));
        }
        for sentence in sentences {
            let sentence_tokens = &tokens[sentence.tokens.clone()];
            // Statements inside quotation marks are direct quotes already. The outer
            // quotations are in order and do not overlap: look near by binary search.
            let quoted = |span: Span| {
                let at = outer.partition_point(|q| q.span.byte_start <= span.byte_start);
                at.checked_sub(1)
                    .into_iter()
                    .chain([at])
                    .filter_map(|k| outer.get(k))
                    .any(|q| q.span.overlaps(span))
            };
            if let Some(quote) = reported(text, sentence_tokens, &quoted) {
                quotes.push(quote);
            }
        }
        quotes.sort_by_key(|q| q.span.byte_start);
        quotes
    }
}

/// The lower-case words of tokens.
fn lower(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.span.text(text).to_lowercase()).collect()
}

/// The longest cue starting at word `i`.
fn cue_at(words: &[String], i: usize) -> Option<(&'static Cue, usize)> {
    CUES.iter()
        .filter(|c| c.words.iter().enumerate().all(|(k, w)| words.get(i + k) == Some(w)))
        .max_by_key(|c| c.words.len())
        .map(|c| (c, i + c.words.len()))
}

/// `Ilham Aliyev: Azerbaijan is …` → a reported statement by the words before the colon.
fn headline_attribution(text: &str, title: Span) -> Option<Quote> {
    let line = title.text(text);
    let colon = line.find(": ")?;
    let name = line[..colon].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if words.is_empty()
        || words.len() > 4
        || !capitalised
        || HEADLINE_LABELS.contains(&name.to_lowercase().as_str())
    {
        return None;
    }
    let content = Span::trimmed(text, Span::new(title.byte_start + colon + 2, title.byte_end));
    if content.is_empty() {
        return None;
    }
    let name_start = title.byte_start + (line.len() - line.trim_start().len());
    Some(Quote {
        span: content,
        direct: false,
        speaker: None,
        speaker_mention: Some(Span::new(name_start, title.byte_start + colon)),
        cue: None,
    })
}

/// A direct quotation with the cue and speaker words found around it in its last
/// sentence: `"…," X said`, `"…," said X`, `X said: "…"`.
fn direct_quote(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    quotation: &Quotation,
) -> Quote {
    let mut quote = Quote {
        span: quotation.content,
        direct: true,
        speaker: None,
        speaker_mention: None,
        cue: None,
    };
    // Sentences are in order: the first one ending at or after the closing mark.
    let at = sentences.partition_point(|s| s.span.byte_end < quotation.span.byte_end);
    let Some(sentence) = sentences.get(at).filter(|s| s.span.byte_start < quotation.span.byte_end)
    else {
        return quote;
    };
    let sentence_tokens = &tokens[sentence.tokens.clone()];
    let words = lower(text, sentence_tokens);
    let outside = |k: usize| !quotation.span.contains(sentence_tokens[k].span);
    // After the closing mark first, then before the opening mark.
    let after = (0..words.len())
        .filter(|&k| outside(k) && sentence_tokens[k].span.byte_start >= quotation.span.byte_end);
    let before = (0..words.len())
        .rev()
        .filter(|&k| outside(k) && sentence_tokens[k].span.byte_end <= quotation.span.byte_start);
    for k in after.chain(before) {
        let Some((cue, end)) = cue_at(&words, k) else { continue };
        if !matches!(cue.kind, CueKind::Verb | CueKind::Phrase) {
            continue;
        }
        quote.cue = Some(sentence_tokens[k].span.cover(sentence_tokens[end - 1].span));
        quote.speaker_mention = speaker_before(text, sentence_tokens, &words, k, quotation.span)
            .or_else(|| speaker_after(text, sentence_tokens, &words, end, quotation.span));
        break;
    }
    quote
}

/// A reported statement: `X said that CONTENT`, `according to X, CONTENT`,
/// `CONTENT, according to X`.
fn reported(text: &str, tokens: &[Token], quoted: &dyn Fn(Span) -> bool) -> Option<Quote> {
    let words = lower(text, tokens);
    for k in 0..words.len() {
        if quoted(tokens[k].span) {
            continue;
        }
        let Some((cue, end)) = cue_at(&words, k) else { continue };
        match cue.kind {
            CueKind::Verb | CueKind::Phrase => {
                // said that …, voicing belief that …
                let that =
                    if words.get(end).map(String::as_str) == Some("that") { end } else { continue };
                let content = content_span(text, tokens, that + 1, tokens.len())?;
                if quoted(content) {
                    continue;
                }
                let mut speaker = speaker_before(text, tokens, &words, k, Span::empty(0));
                // "…, President Aliyev said, voicing belief that …": a participle's
                // speaker is the subject of the clause's own speech verb.
                if speaker.is_none() && words[k].ends_with("ing") {
                    speaker = (0..k).rev().find_map(|j| {
                        let (earlier, _) = cue_at(&words, j)?;
                        (earlier.kind == CueKind::Verb)
                            .then(|| speaker_before(text, tokens, &words, j, Span::empty(0)))?
                    });
                }
                return Some(Quote {
                    span: content,
                    direct: false,
                    speaker: None,
                    speaker_mention: speaker,
                    cue: Some(tokens[k].span.cover(tokens[end - 1].span)),
                });
            }
            CueKind::Source => {
                // according to X, CONTENT  |  CONTENT, according to X.
                let name_end = (end..tokens.len())
                    .find(|&j| matches!(words[j].as_str(), "," | "." | ";"))
                    .unwrap_or(tokens.len());
                if name_end == end {
                    continue;
                }
                let speaker = Some(tokens[end].span.cover(tokens[name_end - 1].span));
                let cue_span = Some(tokens[k].span.cover(tokens[end - 1].span));
                let content = if k == 0 || (k > 0 && words[k - 1] != ",") {
                    content_span(text, tokens, name_end + 1, tokens.len())
                } else {
                    content_span(text, tokens, 0, k - 1)
                }?;
                if quoted(content) {
                    continue;
                }
                return Some(Quote {
                    span: content,
                    direct: false,
                    speaker: None,
                    speaker_mention: speaker,
                    cue: cue_span,
                });
            }
            CueKind::Noun => {}
        }
    }
    None
}

/// Tokens `from..to` as a span, without closing punctuation.
fn content_span(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Span> {
    let mut to = to;
    while to > from && matches!(tokens[to - 1].span.text(text), "." | "!" | "?" | "," | ";" | ":") {
        to -= 1;
    }
    (to > from + 1).then(|| tokens[from].span.cover(tokens[to - 1].span))
}

/// Words that may stand in a speaker's name or title.
fn name_word(token: &str) -> bool {
    token.starts_with(|c: char| c.is_uppercase())
        || matches!(token, "of" | "the" | "for" | "and" | "'s" | "-" | "’s")
        || token.chars().all(|c| c.is_lowercase())
            && matches!(
                token,
                "minister"
                    | "president"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "secretary"
                    | "ambassador"
                    | "envoy"
                    | "official"
                    | "officials"
                    | "leader"
                    | "chairman"
                    | "general"
                    | "prime"
                    | "foreign"
                    | "defence"
                    | "defense"
            )
}

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

/// The speaker's words right before a cue: a pronoun, or a run of name and title words
/// ("Russian Foreign Minister Sergei Lavrov", "the foreign minister").
fn speaker_before(
    text: &str,
    tokens: &[Token],
    words: &[String],
    cue: usize,
    avoid: Span,
) -> Option<Span> {
    let mut end = cue;
    // "… President Aliyev further added": skip adverbs between subject and verb.
    while end > 0
        && matches!(
            words[end - 1].as_str(),
            "further"
                | "also"
                | "then"
                | "later"
                | "again"
                | "has"
                | "had"
                | "have"
                | "was"
                | "is"
                | "will"
                | "would"
        )
    {
        end -= 1;
    }
    if end == 0 || avoid.contains(tokens[end - 1].span) {
        return None;
    }
    if PRONOUNS.contains(&words[end - 1].as_str()) {
        return Some(tokens[end - 1].span);
    }
    let mut start = end;
    while start > 0
        && name_word(tokens[start - 1].span.text(text))
        && !avoid.contains(tokens[start - 1].span)
    {
        start -= 1;
    }
    // Trim leading function words.
    while start < end && matches!(words[start].as_str(), "of" | "for" | "and" | "'s" | "’s" | "-")
    {
        start += 1;
    }
    (start < end
        && tokens[start..end].iter().any(|t| {
            t.span.text(text).starts_with(char::is_uppercase)
                || matches!(t.span.text(text), "minister" | "president" | "spokesman")
        }))
    .then(|| tokens[start].span.cover(tokens[end - 1].span))
}

/// The speaker's words right after a cue: "said Russian Foreign Minister Sergei Lavrov".
fn speaker_after(
    text: &str,
    tokens: &[Token],
    words: &[String],
    from: usize,
    avoid: Span,
) -> Option<Span> {
    if from >= tokens.len() || avoid.contains(tokens[from].span) {
        return None;
    }
    if PRONOUNS.contains(&words[from].as_str()) {
        return Some(tokens[from].span);
    }
    let mut end = from;
    while end < tokens.len()
        && name_word(tokens[end].span.text(text))
        && !avoid.contains(tokens[end].span)
    {
        end += 1;
    }
    while end > from && matches!(words[end - 1].as_str(), "of" | "for" | "and" | "the" | "-") {
        end -= 1;
    }
    (end > from).then(|| tokens[from].span.cover(tokens[end - 1].span))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quotes of `input` (one paragraph; the first line, if followed by a blank line,
    /// is the headline) as `direct|speaker|cue|text`.
    #[track_caller]
    fn check(input: &str, expect: &[&str]) {
        let (headline, body_start) = match input.split_once("\n\n") {
            Some((h, _)) => (Some(Span::new(0, h.len())), h.len() + 2),
            None => (None, 0),
        };
        let body = Span::new(body_start, input.len());
        let paragraphs = [attache_model::Paragraph { span: body, joins_previous: false }];
        let segmenter = attache_segment::EnglishSegmenter::new();
        let document = attache_model::Document {
            id: "t".into(),
            text: input.to_string(),
            meta: attache_model::Metadata::default(),
            body,
            paragraphs: paragraphs.to_vec(),
        };
        let (segmentation, _) = segmenter.segment(&document);
        let quotes = QuoteExtractor::new().extract(
            input,
            &segmentation.tokens,
            &segmentation.sentences,
            &segmentation.quotations,
            &headline.into_iter().collect::<Vec<_>>(),
        );
        let got: Vec<String> = quotes
            .iter()
            .map(|q| {
                format!(
                    "{}|{}|{}|{}",
                    if q.direct { "direct" } else { "reported" },
                    q.speaker_mention.map_or("", |s| s.text(input)),
                    q.cue.map_or("", |s| s.text(input)),
                    q.span.text(input)
                )
            })
            .collect();
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn direct_quotes_with_their_cues() {
        check(
            "\"We agree,\" said Russian Foreign Minister Sergei Lavrov.",
            &["direct|Russian Foreign Minister Sergei Lavrov|said|We agree,"],
        );
        check("\"We agree.\" he concluded.", &["direct|he|concluded|We agree."]);
        check(
            "The envoy told reporters: \"Talks will resume.\"",
            &["direct|The envoy|told reporters|Talks will resume."],
        );
    }

    #[test]
    fn reported_statements() {
        check(
            "The foreign minister further added that a lot of connections tie the two states.",
            &["reported|The foreign minister|added|a lot of connections tie the two states"],
        );
        check(
            "According to the ministry, the talks were constructive.",
            &["reported|the ministry|According to|the talks were constructive"],
        );
        check(
            "The talks were constructive, according to the ministry.",
            &["reported|the ministry|according to|The talks were constructive"],
        );
    }

    #[test]
    fn headline_attributions() {
        check(
            "Lavrov: Russia is ready to help\n\nTalks went on.",
            &["reported|Lavrov||Russia is ready to help"],
        );
        check("BREAKING: talks collapse\n\nTalks went on.", &[]);
    }
}
