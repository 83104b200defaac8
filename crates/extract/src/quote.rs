//! Quotes: direct quotations with their attribution cue and the words naming the
//! speaker, reported statements ("X said that …", "according to X, …"), and headline
//! attributions (`Name: claim`). Speakers are the words of the text here; linking them
//! to actors is the actors stage's work.

use std::sync::LazyLock;

use attache_model::{Quotation, Quote, Sentence, Token};
use attache_syntax::{Analysis, Syntax, Upos, Workspace};
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
    // (the unit tests load the built-in lexicon, so a bad row cannot land)
    cues(include_str!("../data/speech_cues.tsv")).unwrap_or_else(|e| panic!("{e}"))
});

/// Reads a cue lexicon (`data/speech_cues.tsv`): each cue and its other forms. A row
/// with an unknown kind or no example, or a form listed twice, is an error naming its
/// line.
fn cues(tsv: &str) -> Result<Vec<Cue>, String> {
    let mut out: Vec<Cue> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let at = |message: String| format!("speech_cues.tsv line {}: {message}", n + 1);
        let mut fields = line.split('\t');
        let cue = fields.next().unwrap_or_default();
        let kind = match fields.next().unwrap_or_default() {
            "verb" => CueKind::Verb,
            "phrase" => CueKind::Phrase,
            "source" => CueKind::Source,
            "noun" => CueKind::Noun,
            other => return Err(at(format!("unknown kind `{other}` of `{cue}`"))),
        };
        if fields.next().is_none_or(|example| example.trim().is_empty()) {
            return Err(at(format!("`{cue}` has no example")));
        }
        // The other forms of the cue, if any.
        let others = fields.next().unwrap_or_default();
        for form in
            std::iter::once(cue).chain(others.split(',').map(str::trim).filter(|f| !f.is_empty()))
        {
            if !seen.insert(form) {
                return Err(at(format!("`{form}` is listed twice")));
            }
            out.push(Cue { words: form.split(' ').map(str::to_string).collect(), kind });
        }
    }
    Ok(out)
}

/// Verbs that carry on, begin or repeat an act: the verb of saying after them and
/// "to" speaks for their subject ("continued to call for …").
const CARRY_ON: &[&str] = &[
    "continued",
    "continues",
    "continue",
    "began",
    "begins",
    "begin",
    "started",
    "starts",
    "went",
    "goes",
    "go",
];

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
    "the latest",
    "latest",
    "fact check",
    "live updates",
    "press digest",
    "transcript",
    "full text",
    "read",
    "listen",
    "podcast",
    "quiz",
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
        for (n, quotation) in outer.iter().enumerate() {
            // (a title or a number in marks is a name: no quote, though its marks still
            // keep other statements out of it)
            if is_name_in_marks(text, quotation) {
                continue;
            }
            let quote = direct_quote(text, tokens, sentences, quotation);
            let previous_end = n.checked_sub(1).map_or(0, |p| outer[p].span.byte_end);
            quotes.extend(lead_in_statement(
                text,
                tokens,
                sentences,
                quotation,
                &quote,
                previous_end,
            ));
            quotes.push(quote);
        }
        let turns = transcript_turns(text, tokens, sentences);
        let in_turn = |span: Span| turns.iter().any(|t: &Quote| t.span.contains(span));
        // (and a question's first sentence, its label aside: `QUESTION: Minister, what
        // did you tell …?` reports nothing; a reporter's narration may: `REPORTER: Ruiz
        // says he …`)
        let turn_sentence = |span: Span| {
            in_turn(span)
                || turns.iter().any(|t: &Quote| {
                    t.span.overlaps(span)
                        && t.cue.is_some_and(|c| {
                            matches!(c.text(text), "Q" | "QUESTION" | "Question" | "QUESTIONER")
                        })
                })
        };
        // (A turn in quotation marks, `"WALLACE: Let's start …`, is the turn: the
        // quotation holds the label too.)
        let mostly_turn = |span: Span| {
            turns.iter().any(|t: &Quote| {
                let shared = span
                    .byte_end
                    .min(t.span.byte_end)
                    .saturating_sub(span.byte_start.max(t.span.byte_start));
                shared * 2 >= span.len()
            })
        };
        // (Nor is a quotation over several turns one quote.)
        let over_turns =
            |span: Span| turns.iter().filter(|t: &&Quote| t.span.overlaps(span)).count() >= 2;
        quotes.retain(|q| !in_turn(q.span) && !mostly_turn(q.span) && !over_turns(q.span));
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
            // A reported statement may hold a quotation ("called the deal "a turning
            // point" and said …"), but one that is mostly quoted is the direct quote.
            let mostly_quoted = |span: Span| {
                let first = outer.partition_point(|q| q.span.byte_end <= span.byte_start);
                let inside: usize = outer[first..]
                    .iter()
                    .take_while(|q| q.span.byte_start < span.byte_end)
                    .map(|q| {
                        q.span.byte_end.min(span.byte_end) - q.span.byte_start.max(span.byte_start)
                    })
                    .sum();
                inside * 2 >= span.len()
            };
            if turn_sentence(sentence.span) {
                continue;
            }
            quotes.extend(reported(text, sentence_tokens, &quoted, &mostly_quoted));
        }
        // Then what the word rules missed, read from the parse.
        let syntax = Syntax::builtin();
        let mut work = Workspace::default();
        let mut parse = Analysis::default();
        let mut parsed = Vec::new();
        // The quotes near each sentence, found in one sweep (a text may hold hundreds
        // of thousands of sentences and quotes).
        let extent = |q: &Quote| {
            let cue = q.cue.unwrap_or(q.span);
            (q.span.byte_start.min(cue.byte_start), q.span.byte_end.max(cue.byte_end))
        };
        let mut order: Vec<(usize, usize, usize)> = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let (start, end) = extent(q);
                (start, end, i)
            })
            .collect();
        order.sort_unstable();
        let mut next = 0;
        let mut active: Vec<(usize, usize, usize)> = Vec::new();
        for sentence in sentences {
            while next < order.len() && order[next].0 < sentence.span.byte_end {
                active.push(order[next]);
                next += 1;
            }
            active.retain(|&(_, end, _)| end > sentence.span.byte_start);
            if turn_sentence(sentence.span) {
                continue;
            }
            let nearby: Vec<usize> = active.iter().map(|&(_, _, i)| i).collect();
            let sentence_tokens = &tokens[sentence.tokens.clone()];
            parsed.extend(parsed_statements(
                text,
                sentence_tokens,
                (&mut quotes, &nearby),
                &outer,
                (syntax, &mut work, &mut parse),
            ));
        }
        quotes.extend(parsed);
        // The writer's aside on a claim after it is not what was claimed ("accused
        // India of backing the group, a charge New Delhi denies").
        for q in quotes.iter_mut().filter(|q| !q.direct) {
            if let Some(cut) = denied_aside(q.span.text(text)) {
                q.span = Span::new(q.span.byte_start, q.span.byte_start + cut);
            }
            // (nor is where it was said, after what was said: "confirmed the agreement in
            // a statement")
            if let Some(cut) = medium_after(q.span.text(text)) {
                q.span = Span::new(q.span.byte_start, q.span.byte_start + cut);
            }
        }
        quotes.extend(turns);
        quotes.sort_by_key(|q| q.span.byte_start);
        share_cues(text, &mut quotes);
        // A word or two in marks that nothing attributes is a term, a nickname or a
        // scare quote ("the so-called "holding vehicle""), not a statement.
        quotes.retain(|q| {
            !(q.direct
                && q.cue.is_none()
                && q.speaker_mention.is_none()
                && q.span.text(text).split_whitespace().count() <= 3)
        });
        // (one statement found by two rules, with one cue, is one quote: the first
        // found)
        // (nor is a part of it: the lead-in up to a closing mark beside the statement
        // the word rules read up to the attribution)
        let mut seen = std::collections::HashSet::new();
        quotes.retain(|q| seen.insert((q.span, q.direct, q.cue)));
        let mut by_cue: std::collections::HashMap<Span, Vec<Span>> =
            std::collections::HashMap::new();
        for q in quotes.iter().filter(|q| !q.direct) {
            if let Some(cue) = q.cue {
                by_cue.entry(cue).or_default().push(q.span);
            }
        }
        quotes.retain(|q| {
            q.direct
                || q.cue.is_none_or(|cue| {
                    !by_cue[&cue].iter().any(|&o| o != q.span && o.contains(q.span))
                })
        });
        quotes
    }
}

/// Whether a quotation holds a name, not words said: a number ("1474387200"), or a
/// title after a preposition or "told" (`said on "Fox News Sunday,"`, `told "Morning
/// Joe"`), every word of it capitalised.
fn is_name_in_marks(text: &str, q: &Quotation) -> bool {
    let inner = q.content.text(text).trim_end_matches([',', '.']);
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    let small = |w: &str| {
        matches!(w, "of" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "to" | "with" | "at")
    };
    let title = !words.is_empty()
        && words.len() <= 6
        && words[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(w))
        && !inner.contains(['!', '?']);
    let before = text[..q.span.byte_start].trim_end();
    // (a plural possessive, `ABC News' "This Week,"`, is a possessive too)
    let previous = if before.ends_with(['\'', '’']) {
        "s"
    } else {
        before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
    };
    // (after a preposition, "the", a possessive, or a word that names a work: `the
    // song "Rivers of Home,"`, `an op-ed titled "Ports Are Not the Problem."`; or after
    // a broadcaster's initials: `told CBS' "60 Minutes."`)
    let initials = previous.len() >= 2 && previous.chars().all(|c| c.is_ascii_uppercase());
    title
        && (initials
            || matches!(
                previous.to_lowercase().as_str(),
                "on" | "in"
                | "to"
                | "told"
                | "at"
                | "from"
                | "of"
                | "with"
                | "via"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                // (a name's possessive, `MSNBC's "Morning Joe"`)
                | "s"
                | "song"
                | "film"
                | "movie"
                | "book"
                | "album"
                | "show"
                | "program"
                | "programme"
                | "titled"
                | "entitled"
                | "named"
                | "headline"
                | "column"
                | "slogan"
                | "series"
                | "documentary"
                | "memoir"
            ))
}

/// Quotes that one cue attributes carry that cue and its speaker's words:
/// - a quoted phrase inside a reported statement (`says she has "firm plans" for …`):
///   the statement's;
/// - the second half of a quotation split by its cue (`"We will talk," she said. "But
///   not today."`), in the same paragraph: the first half's.
fn share_cues(text: &str, quotes: &mut [Quote]) {
    for r in 0..quotes.len() {
        if quotes[r].direct || quotes[r].cue.is_none() {
            continue;
        }
        let statement = quotes[r].span;
        // (Quotes are in order of their start: what the statement holds is next.)
        for d in r + 1..quotes.len() {
            if quotes[d].span.byte_start >= statement.byte_end {
                break;
            }
            // (unless the quotation has a cue of its own inside the statement: `X
            // described the talks as "…", state media reported` reports what X said)
            if quotes[d].direct
                && statement.contains(quotes[d].span)
                && !quotes[d].cue.is_some_and(|c| {
                    statement.contains(c)
                        && c.byte_end <= quotes[d].span.byte_start
                        && NAMING_QUOTED.contains(&c.text(text).to_lowercase().as_str())
                })
            {
                quotes[d].cue = quotes[r].cue;
                quotes[d].speaker_mention = quotes[r].speaker_mention.or(quotes[d].speaker_mention);
            }
        }
    }
    for b in 1..quotes.len() {
        let a = b - 1;
        let (Some(cue), None) = (quotes[a].cue, quotes[b].cue) else { continue };
        if !(quotes[a].direct && quotes[b].direct) {
            continue;
        }
        let (a_end, b_start) = (quotes[a].span.byte_end, quotes[b].span.byte_start);
        let between = text.get(a_end..b_start).unwrap_or("\n");
        if cue.byte_start >= a_end && cue.byte_end <= b_start && !between.contains('\n') {
            quotes[b].cue = Some(cue);
            quotes[b].speaker_mention = quotes[a].speaker_mention;
        }
    }
}

/// Reported statements the word rules miss, read from the parse of a sentence with a
/// speech verb: the verb's clausal complement ("Officials told reporters the talks had
/// failed", "The ministry has learned that …"), the clause it comments on ("The
/// talks failed, sources said") or an appeal with its addressee ("urged both sides to
/// return"), with the verb's subject as the speaker's words, whatever they are
/// ("sources", "the report", "a senior official"). A bare object ("highlighted good
/// results") is a judgement more than a statement, and is left out.
fn parsed_statements(
    text: &str,
    tokens: &[Token],
    (found, nearby): (&mut [Quote], &[usize]),
    outer: &[&Quotation],
    (syntax, work, parse): (&Syntax, &mut Workspace, &mut Analysis),
) -> Vec<Quote> {
    let words = lower(text, tokens);
    // ("citing" as a verb: what is cited, when the word rules found no source after it)
    // (and any verb right before "that", "ruled that", "worried that": read as a cue
    // when the parse makes what follows its clause, and someone its subject)
    let is_cue = |k: usize| {
        if was_asked(&words, k) || cited_after_saying(&words, k) || added_to(&words, k, k + 1) {
            return None;
        }
        speech_cue_at(&words, k)
            .or_else(|| (words[k] == "citing").then_some(k + 1))
            .or_else(|| that_verb(&words, k).then_some(k + 1))
    };
    // A quote the word rules found with this cue but no speaker words: the parse may
    // name them ("…," said Luis Rubio, who heads …; E.U. leaders warned that …).
    let unspoken = |found: &[Quote], k: usize| {
        nearby.iter().copied().find(|&q| {
            found[q].speaker_mention.is_none()
                && found[q].cue.is_some_and(|c| c.contains(tokens[k].span))
        })
    };
    // (what "according to X" carries may hold a statement of its own, as for the word
    // rules: "The envoy, Ana Ruiz, said …, according to the agency")
    let carrier = |q: &Quote, span: Span| {
        q.span.contains(span)
            && q.cue.is_some_and(|c| c.text(text).eq_ignore_ascii_case("according to"))
    };
    let done = |found: &[Quote], span: Span| {
        nearby.iter().any(|&q| {
            found[q].cue.is_some_and(|c| c.overlaps(span))
                || (found[q].span.overlaps(span) && !carrier(&found[q], span))
        })
    };
    // A cue that only quoted phrases after it in the sentence hold may report a clause
    // around them ("noted several "obstacles" had slowed the talks"); not one whose
    // colon opens the quotation, which is the whole statement ("replied: "…", using …").
    let end_of_sentence = tokens.last().map_or(0, |t| t.span.byte_end);
    let fragments_only = |found: &[Quote], k: usize| {
        if words.get(k + 1).is_some_and(|w| w == ":") {
            return false;
        }
        let span = tokens[k].span;
        let mut holders =
            nearby.iter().filter(|&&q| found[q].cue.is_some_and(|c| c.contains(span))).peekable();
        holders.peek().is_some()
            && holders.all(|&q| {
                found[q].direct
                    && found[q].span.byte_start >= span.byte_end
                    && found[q].span.byte_end <= end_of_sentence
            })
            && !nearby.iter().any(|&q| found[q].span.overlaps(span) && !carrier(&found[q], span))
    };
    // What a statement found here may not overlap: another quote, unless it is a
    // quoted phrase the statement holds.
    // (nor a statement nested whole inside it, cue and all: "The plan called for …,
    // sources said")
    let clashes = |found: &[Quote], span: Span| {
        nearby.iter().any(|&q| {
            let nested = span.contains(found[q].span)
                && (found[q].direct || found[q].cue.is_some_and(|c| span.contains(c)));
            (found[q].cue.is_some_and(|c| c.overlaps(span)) || found[q].span.overlaps(span))
                && !nested
                && !carrier(&found[q], span)
        })
    };
    let candidates: Vec<usize> = (0..tokens.len())
        .filter(|&k| {
            is_cue(k).is_some()
                && (!done(found, tokens[k].span)
                    || fragments_only(found, k)
                    // (a reported statement has no speaker who carries on: its
                    // description is named here)
                    || unspoken(found, k).is_some())
        })
        .collect();
    // Nouns of claim and stance with a "that" clause ("allegations by Rwanda that …",
    // "fears that the talks would fail"): the clause is what is claimed.
    // (the "that" right after the noun, or after its holder: "assurances from the
    // Russian government that …")
    let that_after = |k: usize| (k + 1..tokens.len().min(k + 10)).find(|&t| words[t] == "that");
    let claims: Vec<usize> = (0..tokens.len().saturating_sub(1))
        .filter(|&k| {
            CLAIM_NOUNS.contains(&words[k].as_str())
                && that_after(k).is_some_and(|t| {
                    (k + 1..t).all(|m| !matches!(words[m].as_str(), "," | ";" | ":"))
                        && !done(found, tokens[k].span.cover(tokens[t].span))
                })
        })
        .collect();
    if (candidates.is_empty() && claims.is_empty()) || tokens.len() > 120 {
        return Vec::new();
    }
    syntax.analyze_tokens(text, tokens, work, parse);
    // A short sentence read as one noun phrase with the cue as its modifier ("The
    // council called on both sides to …" read as a council that was called): parsed
    // again with the cue as its head.
    if let Some(root) = parse.tree.root()
        && matches!(parse.tags[root], Upos::Noun | Upos::Propn)
        && !(0..tokens.len()).any(|t| parse.tags[t] == Upos::Aux)
        && let Some(&k) = candidates.iter().find(|&&k| {
            k > root
                && parse.tree.heads[k] == Some(root)
                && parse.tags[k] == Upos::Verb
                && syntax.label(parse.tree.labels[k]) == "acl"
                && words[k].ends_with("ed")
                && !words[root + 1..k].iter().any(|w| w == ",")
        })
    {
        syntax.reparse_with_root(work, parse, k);
    }
    let heads = &parse.tree.heads;
    let label = |t: usize| syntax.label(parse.tree.labels[t]);
    // The outer quotations are in order and do not overlap.
    let quoted = |span: Span| {
        let first = outer.partition_point(|q| q.span.byte_end <= span.byte_start);
        let inside: usize = outer[first..]
            .iter()
            .take_while(|q| q.span.byte_start < span.byte_end)
            .map(|q| q.span.byte_end.min(span.byte_end) - q.span.byte_start.max(span.byte_start))
            .sum();
        inside * 2 >= span.len()
    };
    let mut out: Vec<Quote> = Vec::new();
    for k in candidates {
        // (a verb of saying read as a plural noun, ", The Wall Street Journal reports.",
        // may still close an attribution set off by commas)
        // (and "is promising to help …", a verb the tagger read as an adjective)
        let promising = parse.tags[k] == Upos::Adj
            && words[k].ends_with("ing")
            && (k + 1..tokens.len()).any(|d| heads[d] == Some(k) && label(d) == "xcomp");
        // (and "are worried that …", "is confident that …": a state of mind and what
        // it holds)
        let minded = parse.tags[k] == Upos::Adj
            && MINDED.contains(&words[k].as_str())
            && (k + 1..tokens.len()).any(|d| {
                heads[d] == Some(k)
                    && label(d) == "ccomp"
                    && (k + 1..d).any(|m| heads[m] == Some(d) && words[m] == "that")
            })
            // (someone's: "it is obvious that …" holds no one's mind)
            && (0..k).any(|d| {
                heads[d] == Some(k)
                    && label(d) == "nsubj"
                    && !matches!(words[d].as_str(), "it" | "this" | "that" | "there" | "what")
            });
        let promising = promising || minded;
        if !(parse.tags[k] == Upos::Verb
            || promising
            || (parse.tags[k] == Upos::Noun && words[k].ends_with('s') && k > 0))
        {
            continue;
        }
        let Some(end) = is_cue(k) else { continue };
        // The attribution's own words around the cue, whatever tree the parser hung
        // them in: "CONTENT, sources said.", "CONTENT, said one diplomat in the room.",
        // "LEAD, the envoy said, REST."
        if unspoken(found, k).is_none() && !fragments_only(found, k) {
            let around = around_cue(text, tokens, &words, &parse.tags, k, end);
            if !around.is_empty() {
                let fits = around.iter().all(|q| {
                    !quoted(q.span)
                        && !clashes(found, q.span)
                        && !out.iter().any(|o| o.span.overlaps(q.span))
                });
                if fits {
                    out.extend(around);
                }
                continue;
            }
        }
        if parse.tags[k] != Upos::Verb && !promising {
            continue;
        }
        // (a participle's speaker is its clause's subject: "Trump defended the tweets,
        // saying they showed he would be awake")
        // In the passive, with its agent: "The plan has been endorsed by dozens of
        // papers", "News of the plan was reported by a regional broadcaster": the subject is
        // what was said or backed, the agent who did.
        let passive_subject =
            (0..tokens.len()).find(|&d| heads[d] == Some(k) && label(d) == "nsubj:pass");
        let agent = (k + 1..tokens.len()).find(|&d| {
            heads[d] == Some(k)
                && matches!(label(d), "obl:agent" | "obl")
                && (0..d).any(|m| heads[m] == Some(d) && words[m] == "by")
        });
        if let (Some(p), Some(a)) = (passive_subject, agent)
            && matches!(parse.tags[a], Upos::Noun | Upos::Propn | Upos::Pron)
            && unspoken(found, k).is_none()
        {
            let (p_lo, p_hi) = parse.tree.subtree_bounds(p);
            let (a_lo, a_hi) = parse.tree.subtree_bounds(a);
            // (the agent's own words, after "by" and before a clause)
            let a_lo = (a_lo..=a_hi).find(|&t| words[t] != "by").unwrap_or(a_lo);
            let a_hi = (a_lo..=a_hi)
                .find(|&t| t > a && (words[t] == "," || label(t) == "acl:relcl"))
                .map_or(a_hi, |t| t - 1);
            if p_hi < k
                && a_lo <= a_hi
                && let Some(content) = content_span(text, tokens, p_lo, p_hi + 1)
                && !quoted(content)
                && !clashes(found, content)
                && !out.iter().any(|q| q.span.overlaps(content))
            {
                out.push(Quote {
                    span: content,
                    direct: false,
                    speaker: None,
                    speaker_mention: Some(tokens[a_lo].span.cover(tokens[a_hi].span)),
                    cue: Some(tokens[k].span.cover(tokens[end - 1].span)),
                });
            }
            continue;
        }
        // (the subject nearest before the verb, where the parser gave it two: "If
        // anything, experts say …")
        // (never a party and state set off after a name, "Paul Ryan, R-Wis.,", that the
        // parser read as one more subject)
        let subject_of = |v: usize, d: usize| {
            heads[d] == Some(v) && label(d) == "nsubj" && !party_and_state(&words[d])
        };
        let own = (0..k)
            .rev()
            .find(|&d| subject_of(k, d))
            .or_else(|| (k + 1..tokens.len()).find(|&d| subject_of(k, d)));
        // (and a verb joined to another shares its subject: "defended the deals and
        // called for steep new tariffs")
        let Some(subject) = own
            .or_else(|| {
                let mut h = heads[k].filter(|&h| {
                    (words[k].ends_with("ing") && label(k) == "advcl")
                        // (and a verb of saying carried on: "continued to call for …",
                        // "went on to say …")
                        || (label(k) == "xcomp"
                            && k > 0
                            && words[k - 1] == "to"
                            && CARRY_ON.contains(&words[h].as_str()))
                        // (or one said to have spoken: "is reported to have told …")
                        || (label(k) == "xcomp" && hearsay(&words, h))
                        || (label(k) == "conj"
                            && heads[k].is_some_and(|h| {
                                parse.tags[h] == Upos::Verb
                                    // (or a predicate said: "says the waters are
                                    // Chinese and accuses …")
                                    || (label(h) == "ccomp"
                                        && heads[h].is_some_and(|c| is_cue(c).is_some()))
                            }))
                })?;
                // (a participle of saying after a comma that the parser hung inside
                // what was said speaks for the one who said it: "said the talks had
                // failed, adding …")
                // (so does a verb of saying joined to the clause said: "argued the plan
                // would cost too much, and added that …")
                if ((words[k].ends_with("ing") && k > 0 && words[k - 1] == ",")
                    || (label(k) == "conj" && is_cue(h).is_none()))
                    && label(h) == "ccomp"
                    && let Some(c) = heads[h].filter(|&c| c < k && is_cue(c).is_some())
                {
                    h = c;
                }
                // ("Scholz is reported to have told Duda that …": the one said to
                // have told)
                if label(k) == "xcomp"
                    && hearsay(&words, h)
                    && let Some(said_of) =
                        (0..h).find(|&d| heads[d] == Some(h) && label(d) == "nsubj:pass")
                {
                    return Some(said_of);
                }
                // ("Xinhua quoted the president as saying …": the one quoted)
                if k > 0
                    && words[k - 1] == "as"
                    && matches!(words[h].as_str(), "quoted" | "quotes" | "quoting")
                    && let Some(quoted) =
                        (h + 1..k).find(|&d| heads[d] == Some(h) && label(d) == "obj")
                {
                    return Some(quoted);
                }
                // (and "the minister was quoted by Interfax as saying …": the one quoted,
                // not the agency)
                if k > 0
                    && words[k - 1] == "as"
                    && matches!(words[h].as_str(), "quoted" | "cited")
                    && let Some(quoted) =
                        (0..h).find(|&d| heads[d] == Some(h) && label(d) == "nsubj:pass")
                {
                    return Some(quoted);
                }
                // (the subject nearest before that verb too: "UN Secretary-General
                // Antonio Guterres warned …, and appealed for …")
                // (and up from a clause that has none: "ruled out sending troops …,
                // saying …" is said by the one who ruled it out)
                // (of two subjects the parser gave, a name or a pronoun first: "Mr. Ruiz
                // calls …" read with "calls" as a second subject)
                for _ in 0..3 {
                    let named = |d: usize| matches!(parse.tags[d], Upos::Propn | Upos::Pron);
                    let subject = (0..h)
                        .rev()
                        .find(|&d| subject_of(h, d) && named(d))
                        .or_else(|| (0..h).rev().find(|&d| subject_of(h, d)))
                        .or_else(|| (h + 1..tokens.len()).find(|&d| subject_of(h, d)));
                    if subject.is_some() {
                        return subject;
                    }
                    // (only for a participle set off by a comma; and never from what
                    // was said up to its cue: "…, and was found …, investigators said"
                    // finds nothing the investigators said twice)
                    let participle = words[k].ends_with("ing") && k > 0 && words[k - 1] == ",";
                    h = heads[h].filter(|&up| {
                        participle
                            && (matches!(label(h), "xcomp" | "advcl")
                                || (label(h) == "ccomp" && is_cue(up).is_none()))
                    })?;
                }
                None
            })
            .or_else(|| {
                // (a participle after a noun: "protesters calling for reform" speak;
                // "issued a statement calling the test a violation": who issued it)
                if !(words[k].ends_with("ing") && label(k) == "acl") {
                    return None;
                }
                let n = heads[k].filter(|&n| matches!(parse.tags[n], Upos::Noun | Upos::Propn))?;
                // (the last of nouns joined by "and" right before it, which the parser
                // may hang inside the first: "rivals cutting prices and dealers
                // complaining that …" has the dealers complain)
                let last = k - 1;
                let n = if last != n
                    && matches!(parse.tags[last], Upos::Noun | Upos::Propn)
                    && (0..last).any(|d| heads[d] == Some(last) && label(d) == "cc")
                {
                    last
                } else {
                    n
                };
                // (one who issued it, not one who blocked it: "vetoed a resolution
                // calling for a ceasefire" is the resolution's call)
                let issuer = (TEXT_NOUNS.contains(&words[n].as_str()) && label(n) == "obj")
                    .then(|| heads[n])
                    .flatten()
                    .filter(|&v| !REJECTING.contains(&words[v].as_str()))
                    .and_then(|v| (0..v).find(|&d| heads[d] == Some(v) && label(d) == "nsubj"));
                Some(issuer.unwrap_or(n))
            })
            .or_else(|| {
                // (a subject the parser hung elsewhere: "Although the plan lacks support,
                // officials from both parties say …" read with the officials joined to the
                // support; the noun phrase between the comma and the cue)
                if words[k].ends_with("ing") {
                    return None;
                }
                // (or a name in apposition set off by commas right before the cue: "In a
                // statement, one of the family's attorneys, Justin Bamberg, said …")
                let end = if k >= 2 && words[k - 1] == "," { k - 1 } else { k };
                let from = (0..end).rev().find(|&t| matches!(words[t].as_str(), "," | ";"))? + 1;
                // (a participle before the noun is an adjective: "elected officials")
                let tags: Vec<Upos> = (0..k)
                    .map(|t| if label(t) == "amod" { Upos::Adj } else { parse.tags[t] })
                    .collect();
                if !noun_phrase(&words, &tags, from, end)
                    || (end < k && !(from..end).all(|t| parse.tags[t] == Upos::Propn))
                {
                    return None;
                }
                let top =
                    (from..end).find(|&t| heads[t].is_none_or(|h| !(from..end).contains(&h)))?;
                // (its subtree may hold the comma before it, or after it)
                let (lo, hi) = parse.tree.subtree_bounds(top);
                (lo + 1 >= from && (hi + 1 == end || (end < k && hi == end))).then_some(top)
            })
        else {
            continue;
        };
        let punctuation = |t: usize| words[t].chars().all(|c| c.is_ascii_punctuation());
        // A time is no speaker ("a series of tweets early Friday saying …", "a letter
        // from his doctor Friday afternoon that says …"): the noun before it speaks, or
        // the clause's subject.
        let time_phrase = |t: usize| {
            let (a, _) = parse.tree.subtree_bounds(t);
            (a..=t).all(|m| {
                punctuation(m)
                    || is_time_word(&words[m])
                    || is_date_word(&words[m])
                    || TIME_NOUNS.contains(&words[m].as_str())
            })
        };
        let subject = if time_phrase(subject) {
            let (a, _) = parse.tree.subtree_bounds(subject);
            // (a participle's, the subject of the verb it hangs from)
            let mut up = heads[subject];
            while let Some(h) = up.filter(|&h| parse.tags[h] != Upos::Verb) {
                up = heads[h];
            }
            let clause_subject = up
                .filter(|_| words[k].ends_with("ing"))
                .and_then(|h| (0..h).find(|&d| heads[d] == Some(h) && label(d) == "nsubj"));
            let before = (0..a).rev().find(|&t| matches!(parse.tags[t], Upos::Noun | Upos::Propn));
            let Some(noun) = clause_subject.or(before).filter(|&t| !time_phrase(t)) else {
                continue;
            };
            noun
        } else {
            subject
        };
        let (s_lo, s_hi) = parse.tree.subtree_bounds(subject);
        // "Marc Morial, who heads the league, said …": the words the relative pronoun
        // stands for.
        let relative = matches!(words[subject].as_str(), "who" | "that" | "which");
        let antecedent = if relative && label(k) == "acl:relcl" {
            heads[k]
        } else if words[subject] == "who" && subject >= 2 && words[subject - 1] == "," {
            // (read as a clause of its own: the name before the comma, by its head)
            let mut a = subject - 2;
            // (and from a place after the noun to the noun: "a senior aid worker in Port
            // Sudan, who …")
            while matches!(label(a), "flat" | "compound" | "nmod")
                && heads[a].is_some_and(|h| h < a)
            {
                a = heads[a].unwrap_or(a);
            }
            Some(a)
        } else {
            None
        }
        .filter(|&a| matches!(parse.tags[a], Upos::Noun | Upos::Propn))
        .map(|a| {
            if time_phrase(a) {
                let (lo, _) = parse.tree.subtree_bounds(a);
                (0..lo)
                    .rev()
                    .find(|&t| matches!(parse.tags[t], Upos::Noun | Upos::Propn) && !time_phrase(t))
                    .unwrap_or(a)
            } else {
                a
            }
        });
        let speaker_words = {
            let (mut lo, mut hi) =
                antecedent.map_or((s_lo, s_hi), |a| parse.tree.subtree_bounds(a));
            // A name set off by commas after a role is who speaks ("India's first
            // secretary at the mission, Sneha Dubey, replied …").
            if antecedent.is_none()
                && parse.tags[subject] == Upos::Noun
                && let Some(name) = (subject + 2..=s_hi).find(|&t| {
                    label(t) == "appos"
                        && parse.tags[t] == Upos::Propn
                        && words[t - 1] == ","
                        && heads[t].is_some_and(|h| (s_lo..=s_hi).contains(&h))
                })
            {
                (lo, hi) = parse.tree.subtree_bounds(name);
            }
            if let Some(a) = antecedent {
                // (the antecedent's own words, before its relative clause)
                hi = hi.min(
                    (a..=hi)
                        .find(|&t| {
                            t > a && (words[t] == "," || t >= parse.tree.subtree_bounds(k).0)
                        })
                        .map_or(hi, |t| t - 1),
                );
            }
            // A relative clause or apposition after the name is not part of it
            // ("Luis Rubio, who heads the Center …").
            // (nor its relative pronoun: "A senior official who saw …")
            if let Some(cut) = (lo + 1..=hi).find(|&t| words[t] == "," || label(t) == "acl:relcl") {
                let from = if label(cut) == "acl:relcl" {
                    parse.tree.subtree_bounds(cut).0.max(lo + 1)
                } else {
                    cut
                };
                hi = from - 1;
            }
            // (nor a dateline before it, "BEIJING — China said", nor the day after it,
            // "China on Tuesday")
            if let Some(dash) =
                (lo..hi).rev().find(|&t| matches!(words[t].as_str(), "—" | "–" | "--"))
            {
                lo = dash + 1;
            }
            // (nor the participle that reports, with what it reports: "travel agents
            // complaining that …")
            if subject < k && hi >= k {
                hi = k - 1;
            }
            // (nor the words before its "and", when the parser hung them under it:
            // "their own and dealers complaining …")
            if antecedent.is_none()
                && let Some(and) =
                    (lo..subject).rev().find(|&c| heads[c] == Some(subject) && label(c) == "cc")
            {
                lo = and + 1;
            }
            if let Some(on) = (lo + 1..=hi)
                .find(|&t| words[t] == "on" && words.get(t + 1).is_some_and(|w| is_date_word(w)))
            {
                hi = on.saturating_sub(1).max(lo);
            }
            // (nor a quoted name before it: `his "Morning Line" radio show`)
            // (the outer quotations are in order and do not overlap)
            let first = outer.partition_point(|q| q.span.byte_end <= tokens[lo].span.byte_start);
            if let Some(q) =
                outer.get(first).filter(|q| q.span.byte_end <= tokens[hi].span.byte_start)
                && let Some(after) =
                    (lo..=hi).find(|&t| tokens[t].span.byte_start >= q.span.byte_end)
            {
                lo = after;
            }
            // (nor the words that join its clause: "and is a reckless critic who …")
            while lo < hi
                && (punctuation(lo) || matches!(label(lo), "case" | "cc" | "cop" | "aux" | "mark"))
            {
                lo += 1;
            }
            while hi > lo && punctuation(hi) {
                hi -= 1;
            }
            tokens[lo].span.cover(tokens[hi].span)
        };
        let holds_fragments = fragments_only(found, k);
        // More acts in the base form after an intention or appeal that the parser joined
        // to the cue instead ("urged the parties to meet and in some cases exceed …",
        // "plans to triple …, grow … and create …"): the end of the last.
        let more_acts = |mut hi: usize| {
            while let Some(more) = (hi + 1..tokens.len().min(hi + 6)).find(|&c| {
                heads[c].is_some_and(|h| h == k || (h > k && h <= hi))
                    && label(c) == "conj"
                    && parse.tags[c] == Upos::Verb
                    && !words[c].ends_with("ed")
                    && !words[c].ends_with('s')
                    && parse.tree.subtree_bounds(c).0 <= hi + 2
            }) {
                hi = parse.tree.subtree_bounds(more).1;
            }
            hi
        };
        if let Some(q) = unspoken(found, k).filter(|_| !holds_fragments) {
            // ("the envoy added" is most often the one who spoke last: the speakers
            // stage carries a speaker on past a description it cannot place)
            // (only words that name someone: a noun, a name or a pronoun heads them, and
            // no subordinator or time opens them: "If …", "the next time you …")
            let opener = tokens
                .iter()
                .position(|t| t.span.byte_start == speaker_words.byte_start)
                .map(|t| words[t].as_str());
            let names = !matches!(
                parse.tags[subject],
                Upos::Sconj | Upos::Adv | Upos::Adp | Upos::Verb | Upos::Aux | Upos::Punct
            ) && !opener.is_some_and(|w| {
                matches!(w, "if" | "when" | "while" | "because" | "so" | "as" | "once")
            }) && !(s_lo..=s_hi).any(|t| words[t] == "time");
            if names {
                // (and the quoted phrases it holds, which share its cue)
                let cue = found[q].cue;
                for &o in nearby {
                    if found[o].speaker_mention.is_none() && found[o].cue == cue {
                        found[o].speaker_mention = Some(speaker_words);
                    }
                }
            }
            continue;
        }
        // (the clause after the verb first; one before it that opens with "while",
        // "as" or "because" is the circumstance, not what was said)
        // (a question put, which the parser may read as a clause of condition:
        // "questioned whether the deal restored …")
        let clause = |d: usize| {
            heads[d] == Some(k)
                && (label(d) == "ccomp"
                    || (label(d) == "advcl"
                        && (k + 1..d).any(|m| {
                            heads[m] == Some(d)
                                && words[m] == "whether"
                                // (right after the cue, or the one asked)
                                && words[end.min(m)..m].iter().all(|w| {
                                    matches!(w.as_str(), "him" | "her" | "them" | "us" | "me" | "reporters")
                                })
                        })))
        };
        let circumstance = |d: usize| {
            (0..d).any(|m| {
                heads[m] == Some(d)
                    && label(m) == "mark"
                    && matches!(
                        words[m].as_str(),
                        "while"
                            | "as"
                            | "because"
                            | "although"
                            | "though"
                            | "when"
                            | "if"
                            | "since"
                    )
            })
        };
        // ("he said, adding he would never vote …": the clause the parser hung from
        // the verb before the participle, right after it)
        let after = (k + 1..tokens.len()).find(|&d| clause(d)).or_else(|| {
            let h = heads[k]
                .filter(|_| words[k].ends_with("ing") && matches!(label(k), "conj" | "advcl"))?;
            (k + 1..tokens.len()).find(|&d| {
                heads[d] == Some(h)
                    && label(d) == "ccomp"
                    && parse.tree.subtree_bounds(d).0 == k + 1
            })
        });
        let before = (0..k).find(|&d| clause(d) && !circumstance(d));
        if after.is_none() && before.is_none() && (0..k).any(clause) {
            continue;
        }
        let (content_from, content_to) = if let Some(c) = after.or(before) {
            // After the verb ("said the talks had failed"), or before its subject
            // ("The talks failed, sources said").
            let (lo, mut hi) = parse.tree.subtree_bounds(c);
            if lo < k && hi >= s_lo {
                continue;
            }
            let own_end = hi;
            // (and the words right after it that the parser hung from a punctuation
            // mark, or as a second clause of the cue: "said it would target ships
            // linked to Israel", "said the ships linked to Israel would be hit")
            // (or from a word hung from such a mark: "at 7:10 a.m. and that the missile
            // flew …", the second clause's verb hung from the full stop)
            let hung = |t: usize| {
                let mut x = t;
                while let Some(h) = heads[x] {
                    if punctuation(h) {
                        return Some(x);
                    }
                    if h <= x {
                        return None;
                    }
                    x = h;
                }
                None
            };
            while c > k
                && let Some(t) = Some(hi + 1).filter(|&t| t < tokens.len() && !punctuation(t))
                && let Some(more) = hung(t)
                    .or_else(|| {
                        (t..tokens.len()).find(|&d| {
                            heads[d] == Some(k)
                                && label(d) == "ccomp"
                                && parse.tree.subtree_bounds(d).0 == t
                        })
                    })
                    // ("… and that it sailed north", hung from the cue as a clause
                    // of its own)
                    .or_else(|| {
                        let that = t + 1;
                        if !matches!(words[t].as_str(), "and" | "but")
                            || words.get(that).is_none_or(|w| w != "that")
                        {
                            return None;
                        }
                        (that..tokens.len()).find(|&d| {
                            heads[d] == Some(k)
                                && matches!(label(d), "ccomp" | "parataxis" | "conj")
                                && parse.tree.subtree_bounds(d).0 == that
                                && heads[that] == Some(d)
                                && label(that) == "mark"
                        })
                    })
            {
                hi = hi.max(parse.tree.subtree_bounds(more).1);
            }
            // (not up to a word that joins or leads on to nothing: "… or", "… on")
            while hi > own_end
                && (matches!(
                    parse.tags[hi],
                    Upos::Cconj | Upos::Adp | Upos::Sconj | Upos::Det | Upos::Punct
                ) || matches!(words[hi].as_str(), "who" | "which" | "that"))
            {
                hi -= 1;
            }
            // (not a second act of the speaker's joined to the clause by "and", as the
            // word rules read it: "said the bloc was concerned and called for …")
            if c > k
                && let Some(d) = (c + 1..=hi).find(|&d| {
                    heads[d] == Some(c)
                        && label(d) == "conj"
                        && parse.tags[d] == Upos::Verb
                        && matches!(words[d - 1].as_str(), "and" | "but")
                        && words[d - 2] != ","
                        && is_cue(d).is_some()
                        && same_tense(&words[k], &words[d])
                        && !(0..tokens.len())
                            .any(|m| heads[m] == Some(d) && label(m).starts_with("nsubj"))
                        && (lo..d)
                            .find(|&m| AUXILIARIES.contains(&words[m].as_str()))
                            .is_some_and(|aux| !acting_subject(text, tokens, &words, lo, aux))
                })
            {
                hi = d - 2;
            }
            // ("rejected allegations by Rwanda that it had …": the clause is the
            // allegation's, read below; what was rejected is the allegation)
            if let Some(noun) = (k + 1..lo)
                .find(|&t| CLAIM_NOUNS.contains(&words[t].as_str()) && heads[t] == Some(k))
                .filter(|_| words[lo] == "that")
            {
                let from = parse.tree.subtree_bounds(noun).0.min(noun);
                (from, lo)
            } else {
            // ("saying the public had every right …": a clause after the verb with no
            // subject or "that" of its own, whose subject the parser made the verb's
            // object)
            let bare = c > k
                && !(0..tokens.len()).any(|m| {
                    heads[m] == Some(c) && (label(m).starts_with("nsubj") || label(m) == "mark")
                });
            // (the object may run on in a phrase the parser hung from the verb: "believes
            // cuts to military spending left …")
            let misread = (k + 1..lo).find(|&o| {
                heads[o] == Some(k)
                    && label(o) == "obj"
                    && matches!(parse.tags[o], Upos::Noun | Upos::Propn | Upos::Pron)
                    && (parse.tree.subtree_bounds(o).1 + 1..lo).all(|t| {
                        matches!(
                            parse.tags[t],
                            Upos::Adp | Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num
                        )
                    })
            });
            // (a clause that opens with its verb and has no subject anywhere is no
            // statement: "responded with cuts, and a war of words has broken out …"
            // read with the war joined to the cuts)
            if bare
                && misread.is_none()
                && matches!(parse.tags[lo], Upos::Aux | Upos::Verb)
                && !(0..tokens.len()).any(|m| heads[m] == Some(c) && label(m).starts_with("csubj"))
            {
                continue;
            }
            match misread.filter(|_| bare) {
                Some(o) => (parse.tree.subtree_bounds(o).0, hi + 1),
                None => (lo, hi + 1),
            }
            }
        } else if let Some((o, v)) = (SAYING.contains(&words[k].as_str())
            || matches!(
                words[k].as_str(),
                "claims"
                    | "claim"
                    | "claimed"
                    | "suggests"
                    | "suggest"
                    | "suggested"
                    | "tells"
                    | "predicts"
                    | "predicted"
                    | "insist"
                    | "confirms"
                    | "confirm"
            ))
        .then(|| {
            // "claims the drills were planned", "tells voters the treaty will protect
            // jobs": the subject of the clause said, read as the verb's object, and the
            // clause's verb hung beside it.
            let o = (k + 1..tokens.len()).find(|&d| heads[d] == Some(k) && label(d) == "obj")?;
            let v = (o + 1..tokens.len()).find(|&d| {
                heads[d] == Some(k)
                    && matches!(label(d), "conj" | "parataxis" | "advcl")
                    // (or a predicate with its copula: "told the BBC the plan … was dead")
                    && (parse.tags[d] == Upos::Verb
                        || (o + 1..d).any(|m| heads[m] == Some(d) && label(m) == "cop"))
                    && !(0..tokens.len())
                        .any(|m| heads[m] == Some(d) && matches!(label(m), "cc" | "mark"))
            })?;
            Some((o, v))
        })
        .flatten()
        {
            // (after the one told, the clause's own subject where it has one)
            let from = (o + 1..v)
                .find(|&m| heads[m] == Some(v) && label(m).starts_with("nsubj"))
                .map_or(parse.tree.subtree_bounds(o).0, |m| parse.tree.subtree_bounds(m).0);
            let (lo, hi) = parse.tree.subtree_bounds(v);
            (from.min(lo), hi + 1)
        } else if let Some(x) = INTENDING
            .contains(&words[k].as_str())
            .then(|| {
                (k + 1..tokens.len()).find(|&d| {
                    if heads[d] != Some(k) {
                        return false;
                    }
                    let Some(to) = (0..d).find(|&m| heads[m] == Some(d) && words[m] == "to")
                    else {
                        return false;
                    };
                    // (or one the parser hung as a clause of purpose after a date:
                    // "vowed on Saturday to press ahead")
                    let after_date = to > k + 1
                        && to <= k + 4
                        && (k + 1..to).all(|j| is_time_word(&words[j]) || is_date_word(&words[j]));
                    (label(d) == "xcomp" || (label(d) == "advcl" && after_date))
                        && !(k + 1..d).any(|o| heads[o] == Some(k) && label(o) == "obj")
                })
            })
            .flatten()
        {
            // "plans to open two consulates", "declined to comment": the intention
            // from its "to".
            // (a subject read as a number, "The 401 plans the firm offers", is a noun
            // misread; "the vote is expected to pass" states no one's intention)
            let passive = (0..tokens.len())
                .any(|d| heads[d] == Some(k) && matches!(label(d), "aux:pass" | "nsubj:pass"));
            if !matches!(parse.tags[subject], Upos::Noun | Upos::Propn | Upos::Pron) || passive {
                continue;
            }
            let (from, to) = parse.tree.subtree_bounds(x);
            // ("who declined to be named": why no name is given, not an act)
            if (from..=to).any(|t| {
                words[t] == "be"
                    && words
                        .get(t + 1)
                        .is_some_and(|w| matches!(w.as_str(), "named" | "identified" | "quoted"))
            }) {
                continue;
            }
            (from, more_acts(to) + 1)
        } else if let Some(x) = (k + 1..tokens.len()).find(|&d| {
            heads[d] == Some(k)
                // (the parser may hang an appeal's act as a clause of purpose: "are
                // urging Ruiz to make …")
                && (label(d) == "xcomp" || (label(d) == "advcl" && APPEALING.contains(&words[k].as_str())))
                && ((0..tokens.len()).any(|m| heads[m] == Some(d) && words[m] == "to")
                    // (a demand needs no "to": "demanded the board resign")
                    || (words[k].starts_with("demand") && parse.tags[d] == Upos::Verb))
        }).or_else(|| {
            // (or from a participle before the ones urged, read as the act: "urged
            // neighbouring states to share …", the act hung from "neighbouring")
            let ing = Some(k + 1).filter(|&d| {
                APPEALING.contains(&words[k].as_str())
                    && d < tokens.len()
                    && heads[d] == Some(k)
                    && words[d].ends_with("ing")
                    && (d + 1..tokens.len()).any(|o| heads[o] == Some(d) && label(o) == "obj")
            })?;
            (ing + 1..tokens.len()).find(|&d| {
                heads[d] == Some(ing)
                    && matches!(label(d), "advcl" | "xcomp")
                    && (0..tokens.len()).any(|m| heads[m] == Some(d) && words[m] == "to")
            })
        }) {
            // "urged supporters to monitor polling places": the one urged and the act
            // ("agreed to keep talking" is an act, not a statement).
            // ("called on the parties to …": the one called on, after "on")
            let Some(object) = (k + 1..x).find(|&d| {
                heads[d] == Some(k)
                    && (matches!(label(d), "obj" | "iobj")
                        || (d == k + 1 && words[d].ends_with("ing") && heads[x] == Some(d))
                        || (label(d) == "obl" && end > k + 1 && parse.tree.subtree_bounds(d).0 <= end)
                        // (or the day the parser hung the one urged from: "urged Armenia
                        // and Azerbaijan on Sunday to …")
                        || (label(d) == "obl"
                            && is_date_word(&words[d])
                            && parse.tree.subtree_bounds(d).0 == k + 1
                            && matches!(parse.tags[k + 1], Upos::Propn | Upos::Noun | Upos::Pron)))
            }) else {
                continue;
            };
            let (_, hi) = parse.tree.subtree_bounds(x);
            (parse.tree.subtree_bounds(object).0.max(end), more_acts(hi) + 1)
        } else if let Some(o) = (k + 1..tokens.len()).find(|&d| {
            heads[d] == Some(k) && label(d) == "obj" && {
                // the same, parsed with the act inside the object
                let (lo, hi) = parse.tree.subtree_bounds(d);
                (lo..hi).any(|t| words[t] == "to" && parse.tags[t + 1] == Upos::Verb)
            }
        }) {
            let (lo, hi) = parse.tree.subtree_bounds(o);
            (lo, more_acts(hi) + 1)
        } else if let Some((from, to)) = NAMING
            .contains(&words[k].as_str())
            .then(|| (k + 1..tokens.len()).find(|&d| heads[d] == Some(k) && label(d) == "obj"))
            .flatten()
            .map(Ok)
            .or_else(|| {
                // ("called those demands non-starters" read with the object inside what
                // it is called: the two together)
                NAMING.contains(&words[k].as_str()).then_some(())?;
                let x = (k + 1..tokens.len())
                    .find(|&d| heads[d] == Some(k) && label(d) == "xcomp")?;
                let (lo, hi) = parse.tree.subtree_bounds(x);
                (lo == k + 1
                    && x > lo + 1
                    && (lo..x).any(|t| matches!(parse.tags[t], Upos::Noun | Upos::Propn)))
                .then_some(Err((lo, hi + 1)))
            })
            .and_then(|o| {
                let o = match o {
                    Ok(o) => o,
                    Err(span) => return Some(span),
                };
                // "called the envoy a "reckless gambler"", "described her as "tireless"":
                // what one is called is said of them: the object, and what it is called
                // as the parse reads it, else up to the quotations that follow.
                let from = parse.tree.subtree_bounds(o).0;
                if let Some(x) = (o + 1..tokens.len()).find(|&d| {
                    heads[d] == Some(k)
                        && (label(d) == "xcomp"
                            || (label(d) == "obl"
                                && (0..tokens.len())
                                    .any(|m| heads[m] == Some(d) && words[m] == "as")))
                }) {
                    return Some((from, parse.tree.subtree_bounds(x).1 + 1));
                }
                let stop = (from..tokens.len())
                    .find(|&t| matches!(words[t].as_str(), "." | ";" | ":"))
                    .unwrap_or(tokens.len());
                let limit = tokens[stop.checked_sub(1)?].span.byte_end;
                // (the outer quotations are in order and do not overlap)
                let after = tokens[from].span.byte_end;
                let first = outer.partition_point(|q| q.span.byte_start < after);
                let last = outer[first..]
                    .iter()
                    .take_while(|q| q.span.byte_end <= limit)
                    .map(|q| q.span.byte_end)
                    .last();
                // (no quotation: the object with what it is called, as the parse hangs
                // it, "described the talks as constructive")
                let Some(last) = last else {
                    let (_, hi) = parse.tree.subtree_bounds(o);
                    if (from..=hi).any(|t| words[t] == "as") {
                        return Some((from, hi + 1));
                    }
                    // (what it is called as an indefinite noun phrase after it, which the
                    // parser may hang anywhere: "called the plan a political ploy",
                    // "called his vote in favor of the war a mistake", "called him a
                    // fraud, a fake and a charlatan")
                    let a = (hi + 1..stop).find(|&t| {
                        matches!(words[t].as_str(), "a" | "an") && parse.tags[t] == Upos::Det
                    })?;
                    if (hi + 1..a).any(|t| {
                        matches!(parse.tags[t], Upos::Verb | Upos::Aux | Upos::Punct)
                    }) {
                        return None;
                    }
                    let article = |t: usize| {
                        words.get(t).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
                    };
                    let to = (a + 1..stop)
                        .find(|&t| {
                            words[t] == "but"
                                || (words[t] == ","
                                    && !article(t + 1)
                                    && !(words.get(t + 1).is_some_and(|w| w == "and")
                                        && article(t + 2)))
                        })
                        .unwrap_or(stop);
                    return Some((from, to));
                };
                let mut to = (from..tokens.len())
                    .find(|&t| tokens[t].span.byte_start >= last)
                    .unwrap_or(tokens.len());
                // (with what still belongs to the words called, "a "plain violation"
                // of the border accord", also when the parser hung an "of" phrase from
                // the verb)
                while let Some(m) = (to..stop).find(|&m| {
                    heads[m].is_some_and(|h| {
                        ((from..to).contains(&h) && h != k) || (h == k && words[to] == "of")
                    })
                    // (its subtree may hold the closing mark before it)
                    && (to - 1..=to).contains(&parse.tree.subtree_bounds(m).0)
                    && parse.tree.subtree_bounds(m).1 >= to
                }) {
                    to = parse.tree.subtree_bounds(m).1 + 1;
                }
                Some((from, to))
            })
        {
            (from, to)
        } else if let Some((from, o)) = {
            // "spoke of a new era", "complained about the microphone", "expressed
            // concern about the arrests": what the preposition that ends a cue, or
            // follows a phrase, governs is what was said.
            let phrase = cue_at(&words, k).is_some_and(|(c, _)| c.kind == CueKind::Phrase);
            // (past when: "expressed concern on Tuesday over …"; an "on" before no date
            // is the preposition itself: "expressed concern on the arrests")
            let mut after = end;
            if words.get(after).is_some_and(|w| w == "on")
                && words.get(after + 1).is_some_and(|w| is_date_word(w))
            {
                after += 2;
            }
            while words
                .get(after)
                .is_some_and(|w| w != "on" && (is_time_word(w) || is_date_word(w)))
            {
                after += 1;
            }
            // (or a subordinator: "called for eliminating the tax break")
            let prep = if end >= k + 2 && matches!(parse.tags[end - 1], Upos::Adp | Upos::Sconj) {
                Some(end - 1)
            } else if phrase
                && words.get(after).is_some_and(|w| {
                    matches!(w.as_str(), "about" | "over" | "for" | "of" | "against" | "on" | "with")
                })
            {
                Some(after)
            } else if matches!(words[k].as_str(), "warned" | "warns" | "warn" | "warning") {
                // ("warned Athens against arming islands": the one warned, then what
                // against)
                (k + 1..tokens.len())
                    .find(|&o| heads[o] == Some(k) && label(o) == "obj")
                    .map(|o| parse.tree.subtree_bounds(o).1 + 1)
                    .filter(|&a| words.get(a).is_some_and(|w| w == "against"))
            } else {
                None
            };
            prep.and_then(|p| {
                let d = heads[p]?;
                (d > p
                    && heads[d].is_some_and(|h| (k..end).contains(&h))
                    && matches!(label(d), "obl" | "obj" | "nmod" | "advcl")
                    && parse.tags[d] != Upos::Pron
                    // (the one called on is not what was said)
                    && !(words[p] == "on" && parse.tags[d] == Upos::Propn))
                    .then_some((p + 1, d))
            })
        } {
            let (_, hi) = parse.tree.subtree_bounds(o);
            (from, hi + 1)
        } else if let Some(g) = (OBJECT_SAID.contains(&words[k].as_str())
            || PROPOSING.contains(&words[k].as_str()))
        .then(|| {
            // "proposes allowing parents to deduct …", "has mentioned reopening
            // loans": a position stated as a gerund right after the verb.
            (k + 1..tokens.len()).find(|&d| {
                heads[d] == Some(k)
                    && matches!(label(d), "xcomp" | "ccomp" | "advcl" | "obj")
                    && parse.tags[d] == Upos::Verb
                    && words[d].ends_with("ing")
                    && parse.tree.subtree_bounds(d).0 == end
            })
        })
        .flatten()
        {
            let (lo, hi) = parse.tree.subtree_bounds(g);
            (lo, hi + 1)
        } else if let Some(o) = (k + 1..tokens.len()).find(|&d| {
            // What is called for, cited or echoed is said, though not as a clause
            // ("called for new export rules", "cited problems in the Middle East").
            heads[d] == Some(k)
                && match words[k].as_str() {
                    "called" | "calls" | "call" | "calling" => {
                        label(d) == "obl"
                            && (0..tokens.len()).any(|m| heads[m] == Some(d) && words[m] == "for")
                    }
                    "cited" | "cites" | "cite" | "citing" | "echoed" | "echoes" | "echoing" => {
                        label(d) == "obj"
                    }
                    // What is welcomed is a position, who is welcomed a guest ("welcomed
                    // Russia's top diplomat to Baku").
                    "welcomed" | "welcomes" => {
                        label(d) == "obj"
                            && !matches!(parse.tags[d], Upos::Propn | Upos::Pron)
                            && !matches!(
                                words[d].as_str(),
                                "diplomat"
                                    | "delegation"
                                    | "minister"
                                    | "president"
                                    | "envoy"
                                    | "leader"
                                    | "leaders"
                                    | "counterpart"
                                    | "guests"
                                    | "visitors"
                                    | "visitor"
                                    | "guest"
                                    | "chancellor"
                                    | "king"
                                    | "prince"
                            )
                            && !(k + 1..tokens.len()).any(|m| {
                                heads[m] == Some(k)
                                    && label(m) == "obl"
                                    && (0..m).any(|c| heads[c] == Some(m) && words[c] == "to")
                            })
                    }
                    // What is urged is a position ("urged restraint", "urges retaliation
                    // on Russia"); who is urged, with no act after, is not.
                    "urged" | "urges" | "urge" | "urging" => {
                        label(d) == "obj"
                            && parse.tags[d] == Upos::Noun
                            && !matches!(
                                words[d].as_str(),
                                "supporters"
                                    | "voters"
                                    | "people"
                                    | "members"
                                    | "leaders"
                                    | "officials"
                                    | "sides"
                                    | "parties"
                                    | "countries"
                                    | "nations"
                                    | "governments"
                                    | "citizens"
                                    | "residents"
                                    | "lawmakers"
                                    | "colleagues"
                                    | "everyone"
                            )
                    }
                    // What a poll, a study or a video shows or finds is its claim ("Polls
                    // show a close race"); what a person finds is not said.
                    "shows" | "show" | "showed" | "found" | "finds" => {
                        label(d) == "obj"
                            && !matches!(parse.tags[d], Upos::Pron)
                            && EVIDENCE.contains(&words[subject].as_str())
                    }
                    // What is criticised, proposed or announced is a position stated
                    // ("has criticized the new tariff regime"), unless
                    // it is a pronoun.
                    // (but "what she called a "reckless" policy" is)
                    w if OBJECT_SAID.contains(&w) || OBJECT_STATED.contains(&w) => {
                        label(d) == "obj"
                            && (!matches!(parse.tags[d], Upos::Pron) || words[d] == "what")
                    }
                    _ => false,
                }
        }) {
            let (lo, mut hi) = parse.tree.subtree_bounds(o);
            // (what a poll shows runs to the clause's end: "show a tight race for the
            // governorship"; so does "what she called …")
            if words[o] == "what"
                || matches!(
                    words[k].as_str(),
                    "shows"
                        | "show"
                        | "showed"
                        | "found"
                        | "finds"
                        | "likened"
                        | "likens"
                        | "accused"
                        | "accuses"
                        | "accusing"
                        | "decried"
                        | "decries"
                        | "citing"
                        | "cited"
                        | "cites"
                )
            {
                hi = hi.max(parse.tree.subtree_bounds(k).1);
                // (but not over a verb of saying joined to it: "accused the UK of
                // meddling and warned that …" says two things)
                if let Some(joined) = (o + 1..=hi).find(|&t| {
                    heads[t] == Some(k) && label(t) == "conj" && is_cue(t).is_some()
                }) {
                    let (from, _) = parse.tree.subtree_bounds(joined);
                    let mut cut = from.min(joined);
                    while cut > o + 1 && matches!(words[cut - 1].as_str(), "and" | "," | "but") {
                        cut -= 1;
                    }
                    hi = hi.min(cut.saturating_sub(1)).max(o);
                }
            }
            // (without a relative clause after it: "cited Rep. Moore, who said …")
            let mut hi = (o..=hi)
                .find(|&t| {
                    t > o
                        && words[t] == ","
                        && words.get(t + 1).is_some_and(|w| {
                            matches!(w.as_str(), "who" | "which" | "whom" | "whose" | "where")
                        })
                })
                .map_or(hi, |t| t - 1);
            // (with the clause the object announces, which the parser may hang from the
            // verb: "highlighted her point that the two ports should reopen")
            if let Some(x) = (hi + 1..tokens.len()).find(|&d| {
                heads[d] == Some(k)
                    && matches!(label(d), "ccomp" | "advcl")
                    && parse.tree.subtree_bounds(d).0 == hi + 1
                    && words[hi + 1] == "that"
                    && matches!(parse.tags[o], Upos::Noun)
            }) {
                hi = parse.tree.subtree_bounds(x).1;
            }
            // The end of a phrase right after word `hi` that the parser hung from the
            // verb with one of `labels`, when it opens with one of `first` words.
            let hung_after = |hi: usize, labels: &[&str], first: &[&str]| {
                words.get(hi + 1).filter(|w| first.contains(&w.as_str()))?;
                (hi + 1..tokens.len())
                    .find(|&d| {
                        heads[d] == Some(k)
                            && labels.contains(&label(d))
                            && parse.tree.subtree_bounds(d).0 == hi + 1
                    })
                    .map(|x| parse.tree.subtree_bounds(x).1)
            };
            // (a word alone, "urged restraint on both sides", with the phrase after it
            // that the parser hung from the verb)
            if lo == hi
                && parse.tags[o] == Upos::Noun
                && let Some(end) = hung_after(
                    hi,
                    &["obl"],
                    &["on", "for", "against", "over", "toward", "towards", "between"],
                )
            {
                hi = end;
            }
            // (and a stance with what it is toward, which the parser hung from the
            // verb: "reiterated its opposition to the plan")
            if STANCE_NOUNS.contains(&words[o].as_str())
                && let Some(end) = hung_after(
                    hi,
                    &["obl"],
                    &["to", "for", "of", "about", "over", "against", "with"],
                )
            {
                hi = end;
            }
            // (with what the object is condemned or praised as, right after it:
            // "condemned the launch as "reckless" and a threat to the region")
            if let Some(end) = hung_after(hi, &["obl", "advcl", "xcomp"], &["as"]) {
                hi = end;
            }
            // (and with what it is praised or blamed for: "criticized the president for
            // not consulting parliament")
            if JUDGING.contains(&words[k].as_str())
                && let Some(end) = hung_after(hi, &["obl", "advcl"], &["for"])
            {
                hi = end;
            }
            (if words[lo] == "for" { lo + 1 } else { lo }, hi + 1)
        } else if let Some((from, to)) = SAYING
            .contains(&words[k].as_str())
            .then(|| {
                // "say her plans to raise taxes would make the code more complicated":
                // a clause whose subject the parser read as the verb's object and whose
                // verb it hung elsewhere. The object runs on to an auxiliary, with no
                // punctuation, relative word or other cue between.
                let o = (k + 1..tokens.len()).find(|&d| heads[d] == Some(k) && label(d) == "obj")?;
                let (lo, hi) = parse.tree.subtree_bounds(o);
                if lo != k + 1 && !(lo == k + 2 && words[k + 1] == "that") {
                    return None;
                }
                let a = (hi + 1..tokens.len().min(k + 40)).find(|&t| {
                    parse.tags[t] == Upos::Aux && AUXILIARIES.contains(&words[t].as_str())
                })?;
                let breaks = (hi + 1..a).any(|t| {
                    parse.tags[t] == Upos::Punct
                        || matches!(
                            words[t].as_str(),
                            "who" | "which" | "whom" | "whose" | "that" | "where" | "when"
                        )
                        || is_cue(t).is_some()
                });
                let p = heads[a].filter(|&p| p > a)?;
                // (to the clause's end: the sentence's, or a comma's, "many of whom say the
                // claims are false, met on Monday")
                let last = (a..tokens.len())
                    .find(|&t| matches!(words[t].as_str(), "," | ";" | ":"))
                    .unwrap_or(tokens.len());
                let last = (a..last).rev().find(|&t| parse.tags[t] != Upos::Punct)?;
                (!breaks).then(|| (lo, parse.tree.subtree_bounds(p).1.min(last) + 1))
            })
            .flatten()
        {
            (from, to)
        } else if (matches!(label(k), "parataxis" | "ccomp")
            || (label(k) == "conj" && s_lo > 0 && words[s_lo - 1] == ","))
            && let Some(h) = heads[k]
            && h < k
            // (set off by a mark: "… to denounce what the premier called …" is not
            // "CONTENT, the premier said")
            && {
                let own = parse.tree.subtree_bounds(k).0;
                let mark = |t: usize| {
                    matches!(
                        words[t].as_str(),
                        "," | "—" | "–" | "-" | "--" | ":" | ";" | "(" | "\"" | "”" | "''" | "’"
                    )
                };
                mark(own) || (own > 0 && mark(own - 1))
            }
            // (not when the verb it hangs from is a cue itself: "Hester said parents
            // want …" is what Hester said)
            && is_cue(h).is_none()
        {
            // "CONTENT, sources said": the clause the verb hangs from, up to the verb's
            // own words.
            let (lo, _) = parse.tree.subtree_bounds(h);
            let (own, _) = parse.tree.subtree_bounds(k);
            (lo, own)
        } else {
            continue;
        };
        let mut content_from = content_from;
        while content_from < content_to
            && (matches!(words[content_from].as_str(), "," | ";" | ":" | "-" | "—" | "–")
                || (words[content_from] == "that" && label(content_from) == "mark"))
        {
            content_from += 1;
        }
        // (up to a participle of saying after a comma, which starts a statement of its
        // own: "said he was owed money, adding, "…"")
        let content_to = (content_from + 2..content_to)
            .find(|&j| j > k && participle_after_comma(&words, j))
            .map_or(content_to, |j| j - 1);
        // (nor over another verb of saying joined to what was said, which says a thing
        // of its own: "three were detained, while the mayor said …", "argued it would
        // cost too much, and added that …", "declined to comment but said …")
        let content_to = (content_from + 1..content_to)
            .filter(|&j| {
                // (with a subject of its own, or a clause of what it says: "develop
                // and maintain a partnership" is one act)
                j > k
                    && parse.tags[j] == Upos::Verb
                    && speech_cue_at(&words, j).is_some()
                    && !matches!(label(j), "ccomp" | "xcomp" | "csubj")
                    && ((0..tokens.len()).any(|d| {
                        heads[d] == Some(j)
                            && (label(d) == "nsubj" || (d > j && label(d) == "ccomp"))
                    })
                    // (or, after a thing said as the cue's object, a second cue joined
                    // to it by "and", both in -ed, with an object of its own:
                    // "reiterated its support for … and stressed the need to …")
                    // (joined to the cue, or to a verb with no subject of its own
                    // that the parser hung it from, "… right to defend itself and
                    // stressed …"; not to a clause of the object's, "the officials who
                    // ignored the warnings and rejected the plan")
                    || (words[j - 1] == "and"
                        && label(j) == "conj"
                        && heads[j].is_some_and(|h| {
                            h == k
                                || !(0..tokens.len())
                                    .any(|d| heads[d] == Some(h) && label(d).starts_with("nsubj"))
                        })
                        && words[j].ends_with("ed")
                        && words[k].ends_with("ed")
                        && (content_from..j).any(|o| heads[o] == Some(k) && label(o) == "obj")
                        && (j + 1..content_to).any(|o| heads[o] == Some(j) && label(o) == "obj")))
            })
            .map(|j| {
                let mut from = parse.tree.subtree_bounds(j).0;
                while from < j && matches!(words[from].as_str(), "," | ";") {
                    from += 1;
                }
                from
            })
            .find(|&from| {
                from > content_from + 1
                    && matches!(
                        words[from].as_str(),
                        "and" | "but" | "while" | "whereas" | "although" | "though"
                    )
            })
            .map_or(content_to, |from| {
                let mut to = from;
                while to > content_from + 1 && matches!(words[to - 1].as_str(), "," | ";" | "and") {
                    to -= 1;
                }
                to
            });
        // (an appeal may ask for one word's worth: "urged restraint", "appealed for
        // calm")
        // (the word alone, ending its clause: not one cut short by the parse, "called
        // for taxing …")
        let one_word = content_to == content_from + 1
            && matches!(parse.tags[content_from], Upos::Noun | Upos::Adj)
            && !words[content_from].ends_with("ing")
            && words.get(content_to).is_none_or(|w| {
                matches!(w.as_str(), "." | "," | ";" | "after" | "amid" | "following")
            })
            && matches!(
                words[k].as_str(),
                "urged"
                    | "urges"
                    | "urge"
                    | "urging"
                    | "called"
                    | "calls"
                    | "calling"
                    | "appealed"
                    | "appeals"
            )
            // (so may a warning of one thing: "warned of retaliation")
            || (content_to == content_from + 1
                && parse.tags[content_from] == Upos::Noun
                && !words[content_from].ends_with("ing")
                && words.get(content_to).is_none_or(|w| matches!(w.as_str(), "." | ";"))
                && end > k + 1
                && matches!(words[end - 1].as_str(), "of" | "against" | "about")
                && matches!(
                    words[k].as_str(),
                    "warned" | "warns" | "warning" | "cautioned" | "cautions" | "cautioning"
                ));
        let Some(mut content) = content_span(text, tokens, content_from, content_to)
            .or_else(|| one_word.then(|| tokens[content_from].span))
        else {
            continue;
        };
        // (a statement that ends in a quotation ends with it, closing mark and all:
        // "so that the result is "beyond any doubt."")
        {
            let k = outer.partition_point(|q| q.span.byte_end <= content.byte_end);
            if let Some(q) = outer.get(k).filter(|q| {
                q.span.byte_start > content.byte_start
                    && q.span.byte_start < content.byte_end
                    && text[content.byte_end..q.span.byte_end]
                        .chars()
                        .all(|c| matches!(c, '.' | ',' | '!' | '?' | '"' | '”' | '’' | '\''))
            }) {
                content = Span::new(content.byte_start, q.span.byte_end);
            }
        }
        // (A statement around quoted phrases that opens with words of its own, "the
        // plan a "dangerous gamble"", may be mostly quoted.)
        let opens_unquoted = {
            let at = tokens[content_from].span;
            let k = outer.partition_point(|q| q.span.byte_end <= at.byte_start);
            outer.get(k).is_none_or(|q| !q.span.overlaps(at))
        };
        if (quoted(content) && !(holds_fragments && opens_unquoted))
            || clashes(found, content)
            || out.iter().any(|q| q.span.overlaps(content))
        {
            continue;
        }
        let (s_lo, s_hi) = parse.tree.subtree_bounds(subject);
        if (s_lo..=s_hi).contains(&content_from) || (content_from..content_to).contains(&s_lo) {
            continue;
        }
        out.push(Quote {
            span: content,
            direct: false,
            speaker: None,
            speaker_mention: Some(speaker_words),
            cue: Some(tokens[k].span.cover(tokens[end - 1].span)),
        });
    }
    for k in claims {
        let Some(that) = that_after(k) else { continue };
        // (the words between are a phrase naming its holder, wherever the parse hung
        // it)
        if (k + 1..that).any(|m| {
            !matches!(
                parse.tags[m],
                Upos::Adp
                    | Upos::Det
                    | Upos::Adj
                    | Upos::Noun
                    | Upos::Propn
                    | Upos::Num
                    | Upos::Part
            )
        }) {
            continue;
        }
        // (a "that" the parse reads as a relative pronoun opens no claim: "the
        // warnings that followed")
        if parse.tags[k] != Upos::Noun || parse.tags[that] != Upos::Sconj {
            continue;
        }
        let Some(c) = heads[that].filter(|&c| c > that) else { continue };
        let (lo, hi) = parse.tree.subtree_bounds(c);
        if lo != that
            || !(0..tokens.len()).any(|m| heads[m] == Some(c) && label(m).starts_with("nsubj"))
        {
            continue;
        }
        let to = (that..=hi).find(|&t| words[t] == ";").unwrap_or(hi + 1);
        let Some(content) = content_span(text, tokens, that + 1, to) else { continue };
        if quoted(content)
            || clashes(found, content)
            || out
                .iter()
                .any(|q| q.span.overlaps(content) || q.cue.is_some_and(|c| c.overlaps(content)))
        {
            continue;
        }
        // Whose claim: the noun's possessor ("Russia's assurances that …") or the one
        // after "by" or "from" ("allegations by Rwanda that …"); else no one named.
        let possessor = (0..k).rev().find(|&d| heads[d] == Some(k) && label(d) == "nmod:poss");
        let speaker_mention = if let Some(h) = possessor {
            let (a, b) = parse.tree.subtree_bounds(h);
            let b = if matches!(words[b].as_str(), "'s" | "’s") {
                b.saturating_sub(1).max(a)
            } else {
                b
            };
            Some(tokens[a].span.cover(tokens[b].span))
        } else {
            (k + 1..that)
                .find(|&m| matches!(words[m].as_str(), "by" | "from"))
                .filter(|&m| m + 1 < that)
                .map(|m| tokens[m + 1].span.cover(tokens[that - 1].span))
        };
        out.push(Quote {
            span: content,
            direct: false,
            speaker: None,
            speaker_mention,
            cue: Some(tokens[k].span),
        });
    }
    out
}

/// Nouns of a text someone issues, sends or posts ("issued a statement calling …").
const TEXT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "resolution",
    "report",
    "communique",
    "communiqué",
    "declaration",
    "message",
    "post",
    "tweet",
    "tweets",
    "video",
    "ad",
    "advertisement",
    "memo",
    "note",
    "release",
    "op-ed",
    "editorial",
    "petition",
    "appeal",
    "order",
    "decree",
    "notice",
    "text",
    "document",
];

/// Words of a time of day or a span of time, which name no speaker.
const TIME_NOUNS: &[&str] = &[
    "early",
    "late",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "last",
    "next",
    "this",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "days",
    "hours",
    "earlier",
];

/// Nouns of claim and stance whose "that" clause is what someone claims, fears or
/// promises ("allegations that …", "assurances that …").
const CLAIM_NOUNS: &[&str] = &[
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "assurance",
    "assurances",
    "warning",
    "warnings",
    "concern",
    "concerns",
    "fear",
    "fears",
    "worry",
    "worries",
    "hope",
    "hopes",
    "belief",
    "view",
    "conclusion",
    "assessment",
    "argument",
    "arguments",
    "assertion",
    "assertions",
    "insistence",
    "message",
    "promise",
    "promises",
    "pledge",
    "acknowledgment",
    "acknowledgement",
    "recognition",
    "suggestion",
    "suggestions",
    "speculation",
    "suspicion",
    "suspicions",
    "charge",
    "charges",
    "prediction",
    "predictions",
    "expectation",
    "expectations",
    "agreement",
    "consensus",
    "demand",
    "demands",
    "threat",
    "threats",
    "denial",
    "complaint",
    "complaints",
    "pronouncement",
    "pronouncements",
    "narrative",
    "feeling",
    "notion",
    "contention",
    "case",
    "confidence",
    "insinuation",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "reports",
];

/// A verb of thought or statement outside the cue lexicon, known by the "that" clause
/// after it ("ruled that", "is demanding that", "worried that"): any lower-case word
/// before "that" but the verbs that state no one's position ("ensured that", "means
/// that") and words that are no verbs.
fn that_verb(words: &[String], k: usize) -> bool {
    const NOT: &[&str] = &[
        "ensure",
        "ensures",
        "ensured",
        "ensuring",
        "mean",
        "means",
        "meant",
        "make",
        "makes",
        "made",
        "making",
        "given",
        "provided",
        "so",
        "such",
        "now",
        "except",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "seems",
        "seemed",
        "appears",
        "appeared",
        "require",
        "requires",
        "required",
        "requiring",
        "guarantee",
        "guarantees",
        "guaranteed",
        "order",
        "than",
        "all",
        "like",
        "see",
        "saw",
        "seeing",
        "did",
        "do",
        "does",
        "done",
        "happen",
        "happened",
        "happens",
        "prove",
        "proves",
        "proved",
    ];
    words.get(k + 1).is_some_and(|w| w == "that")
        && words[k].len() > 2
        && words[k].chars().all(|c| c.is_ascii_lowercase())
        && !NOT.contains(&words[k].as_str())
}

/// Whether tokens `from..to` are a noun phrase by their tags alone: determiners,
/// numbers, adjectives, nouns, names and the prepositions and possessives between
/// them ("one West Virginia official", "attorneys for the family", "labor-policy
/// experts"), opening with no preposition, ending in a noun, a name or a pronoun.
fn noun_phrase(words: &[String], tags: &[Upos], from: usize, to: usize) -> bool {
    let nominal = |t: usize| {
        matches!(
            tags[t],
            Upos::Det | Upos::Num | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Pron | Upos::Part
        ) || (tags[t] == Upos::Adp && t > from)
            || (tags[t] == Upos::Punct && matches!(words[t].as_str(), "-" | "'s" | "’s"))
    };
    from < to
        && to - from <= 10
        && (from..to).all(nominal)
        && tags[from] != Upos::Part
        && (matches!(tags[to - 1], Upos::Noun | Upos::Propn | Upos::Pron)
            // (a role the tagger read as an adjective: "the official", "a senior
            // official")
            || (to - from >= 2 && ROLE_NOUNS.contains(&words[to - 1].as_str())))
}

/// A statement whose attribution is set off by commas, read from the words and their
/// tags: `CONTENT, NP CUE (on Friday).`, `CONTENT, CUE NP(, apposition).` and
/// `LEAD, NP CUE, REST.` (the lead and the rest, one statement around its
/// attribution).
/// Empty when the sentence is not so built.
fn around_cue(
    text: &str,
    tokens: &[Token],
    words: &[String],
    tags: &[Upos],
    cue: usize,
    end: usize,
) -> Vec<Quote> {
    // (a verb that takes an object or a phrase of its own is not set off so: "called
    // the plan a fraud", "cited the polls")
    let takes_object = |w: &str| {
        NAMING.contains(&w)
            || OBJECT_SAID.contains(&w)
            || matches!(w, "cited" | "cites" | "citing" | "echoed" | "echoes" | "echoing")
    };
    if end != cue + 1 || takes_object(&words[cue]) {
        return Vec::new();
    }
    let n = tokens.len();
    let stop = |t: usize| t >= n || matches!(words[t].as_str(), "." | "!" | "?");
    // After the cue: time words, and a phrase of circumstance ("in an interview").
    let past_circumstance = |mut t: usize| {
        while t < n && (is_time_word(&words[t]) || is_date_word(&words[t])) {
            t += 1;
        }
        if t < n && tags[t] == Upos::Adp && words[t] != "of" {
            let mut j = t + 1;
            while j < n
                && matches!(tags[j], Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
            {
                j += 1;
            }
            if j > t + 1 && (stop(j) || words[j] == ",") {
                t = j;
            }
        }
        t
    };
    let cue_span = Some(tokens[cue].span.cover(tokens[end - 1].span));
    let quote = |span: Span, speaker: Span| Quote {
        span,
        direct: false,
        speaker: None,
        speaker_mention: Some(speaker),
        cue: cue_span,
    };
    // The speaker before the cue, after a comma (past "has", "have" or "had").
    // (past "has", "have" or "had", and an adverb: "Ms. Ruiz often says")
    let mut np_end = cue;
    while np_end > 0
        && (matches!(words[np_end - 1].as_str(), "has" | "have" | "had")
            || (tags[np_end - 1] == Upos::Adv && words[np_end - 1].len() > 2))
    {
        np_end -= 1;
    }
    let comma = (0..np_end).rev().find(|&t| words[t] == ",");
    if let Some(c) = comma.filter(|&c| c >= 3 && noun_phrase(words, tags, c + 1, np_end)) {
        let speaker = tokens[c + 1].span.cover(tokens[np_end - 1].span);
        let after = past_circumstance(end);
        // (or a participle of saying after it, which says more of its own: "…, the
        // ministry said, adding that 43 people had been detained")
        if stop(after) || (after + 1 < n && participle_after_comma(words, after + 1)) {
            return content_span(text, tokens, 0, c)
                .map(|s| quote(s, speaker))
                .into_iter()
                .collect();
        }
        if words[after] == "," && (after + 1..n).take_while(|&t| !stop(t)).count() >= 3 {
            // (one statement, the attribution inside it: its lead alone, "The new
            // bridge", says nothing)
            let rest_end = (after + 1..n).find(|&t| stop(t)).unwrap_or(n);
            // (but a lead with its verb, and a rest with none, is what was said and the
            // writer's aside: "…, the navy said, the second such seizure this year.")
            let verb = |t: &usize| matches!(tags[*t], Upos::Verb | Upos::Aux);
            if (0..c).any(|t| verb(&t))
                && !(after + 1..rest_end).any(|t| verb(&t))
                && matches!(
                    words[after + 1].as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                )
            {
                return content_span(text, tokens, 0, c)
                    .map(|s| quote(s, speaker))
                    .into_iter()
                    .collect();
            }
            return content_span(text, tokens, 0, rest_end)
                .map(|s| quote(s, speaker))
                .into_iter()
                .collect();
        }
        return Vec::new();
    }
    // The speaker after the cue, which follows a comma, up to the sentence's end or an
    // apposition.
    // ("…, declared bankruptcy", "…, adding levity": only verbs of saying come
    // before their speaker)
    let inverts = matches!(
        words[cue].as_str(),
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "asked"
            | "asks"
            | "continued"
            | "explained"
            | "noted"
            | "recalled"
            | "replied"
            | "responded"
            | "answered"
            | "countered"
            | "argued"
            | "insisted"
            | "warned"
            | "observed"
            | "remarked"
            | "quipped"
            | "joked"
            | "stressed"
            | "concluded"
    );
    if inverts && cue >= 4 && words[cue - 1] == "," {
        let np_stop = (end..n).find(|&t| stop(t) || words[t] == ",").unwrap_or(n);
        let tail_ok = stop(np_stop) || (np_stop..n).any(stop) || np_stop == n;
        if tail_ok && noun_phrase(words, tags, end, np_stop) {
            let speaker = tokens[end].span.cover(tokens[np_stop - 1].span);
            return content_span(text, tokens, 0, cue - 1)
                .map(|s| quote(s, speaker))
                .into_iter()
                .collect();
        }
    }
    Vec::new()
}

/// The lower-case words of tokens.
fn lower(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.span.text(text).to_lowercase()).collect()
}

/// The cues by their first word.
static CUES_BY_FIRST_WORD: LazyLock<std::collections::HashMap<&'static str, Vec<&'static Cue>>> =
    LazyLock::new(|| {
        let mut by_word: std::collections::HashMap<&str, Vec<&Cue>> =
            std::collections::HashMap::new();
        for cue in CUES.iter() {
            if let Some(first) = cue.words.first() {
                by_word.entry(first.as_str()).or_default().push(cue);
            }
        }
        by_word
    });

/// The longest cue starting at word `i`.
fn cue_at(words: &[String], i: usize) -> Option<(&'static Cue, usize)> {
    // A name, not a verb: "the United States"; and nothing is said by one who did not
    // say it ("could not tell whether").
    let before = i.checked_sub(1).map(|b| words[b].as_str());
    if matches!(before, Some("united" | "not" | "n't" | "never")) {
        return None;
    }
    // ("To put it simply, …": how the writer puts it; "put it on a collision course"
    // puts it somewhere, where "as X put it in a statement" says)
    if words.get(i).is_some_and(|w| w == "put")
        && (before == Some("to")
            || (words.get(i + 2).is_some_and(|w| {
                matches!(w.as_str(), "on" | "in" | "into" | "onto" | "under" | "through")
            }) && !words[i.saturating_sub(8)..i].iter().any(|w| w == "as")))
    {
        return None;
    }
    // (a base form that is a noun or a plain verb as often, "the call for …", "may
    // call for one more", is a cue only after "to": "continued to call for …")
    if words.get(i)? == "call" && before != Some("to") {
        return None;
    }
    // (a text reads what it says: "the statement reads"; "it reads like a summary" is
    // how it reads)
    if words.get(i)? == "reads"
        && (!before.is_some_and(|b| TEXT_NOUNS.contains(&b))
            || words.get(i + 1).is_some_and(|w| matches!(w.as_str(), "like" | "as" | "well")))
    {
        return None;
    }
    // ("expressed deep concern", "voiced strong support": a word of degree inside a
    // stance)
    let degree = words.get(i).is_some_and(|w| STANCE_VERBS.contains(&w.as_str()))
        && words.get(i + 1).is_some_and(|w| DEGREES.contains(&w.as_str()));
    CUES_BY_FIRST_WORD
        .get(words.get(i)?.as_str())?
        .iter()
        .map(|c| {
            let skip = usize::from(c.words.len() == 2 && degree);
            (c, skip)
        })
        .filter(|(c, skip)| {
            c.words
                .iter()
                .enumerate()
                .all(|(k, w)| words.get(i + k + if k > 0 { *skip } else { 0 }) == Some(w))
        })
        // ("called on Friday for …": "on" a day is when, not whom)
        .filter(|(c, skip)| {
            !(c.words.len() > 1
                && c.words.last().is_some_and(|w| w == "on")
                && words.get(i + c.words.len() + skip).is_some_and(|w| is_date_word(w)))
        })
        .max_by_key(|(c, _)| c.words.len())
        .map(|(c, skip)| (*c, i + c.words.len() + skip))
}

/// Verbs that voice a stance ("expressed concern", "voiced support").
const STANCE_VERBS: &[&str] =
    &["expressed", "expressing", "voiced", "voicing", "expresses", "voices"];
/// Words of degree that may stand inside a stance ("expressed deep concern").
const DEGREES: &[&str] = &[
    "deep",
    "grave",
    "serious",
    "strong",
    "great",
    "growing",
    "cautious",
    "full",
    "firm",
    "renewed",
    "profound",
    "particular",
    "sincere",
    "utmost",
];

/// Whether the verb cue at word `k` comes after an article or a possessive, and so
/// is a noun ("the reports").
fn noun_cue(words: &[String], k: usize) -> bool {
    k > 0
        && matches!(
            words[k - 1].as_str(),
            "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our"
        )
        && cue_at(words, k).is_some_and(|(c, _)| c.kind == CueKind::Verb)
}

/// Whether the verb "add" at `k` (its cue ending at `end`) puts something somewhere
/// rather than says it: "added 14 officials and two airlines to its sanctions list",
/// "adds a new clause to the treaty". A "to" before a determiner comes before any
/// auxiliary or "that" that would make the words a clause.
fn added_to(words: &[String], k: usize, end: usize) -> bool {
    if !matches!(words[k].as_str(), "add" | "adds" | "added" | "adding") || end != k + 1 {
        return false;
    }
    for t in end..words.len().min(end + 15) {
        match words[t].as_str() {
            "to" => {
                return t > end
                    && words.get(t + 1).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this"
                        )
                    });
            }
            "that" | "," | ";" | ":" | "." | "\"" | "“" | "would" | "will" | "was" | "were"
            | "is" | "are" | "had" | "has" | "have" | "could" | "should" | "can" | "must"
            | "may" | "might" => return false,
            _ => {}
        }
    }
    false
}

/// Whether word `j` is a participle of saying (or citing) right after a comma, which
/// starts a statement of its own: "said he was owed money, adding, "…"".
fn participle_after_comma(words: &[String], j: usize) -> bool {
    j > 0
        && words[j - 1] == ","
        && words[j].ends_with("ing")
        && cue_at(words, j).is_some_and(|(c, _)| c.kind != CueKind::Noun)
}

/// Whether word `j` joins another attribution to a statement: "said the meeting was
/// off, and the envoy told reporters …", "argued it would cost too much and added that
/// …", "said three were held, while the mayor said …". The statement before it ends
/// there (its comma with it).
fn joined_cue(words: &[String], j: usize) -> bool {
    let comma = j > 0 && words[j - 1] == ",";
    // (without a comma only right before a verb of saying and "that": "denied that … and
    // warned that …")
    let verb_that = || {
        words.get(j + 2).is_some_and(|w| w == "that")
            && cue_at(words, j + 1)
                .is_some_and(|(cue, end)| cue.kind == CueKind::Verb && end == j + 2)
            && !words[j + 1].ends_with("ing")
    };
    if !(matches!(words[j].as_str(), "while" | "whereas")
        || (matches!(words[j].as_str(), "and" | "but") && (comma || verb_that())))
    {
        return false;
    }
    // (the other speaker in a few words; or none after a comma, when the same one goes
    // on to say that …)
    let Some(c) = (j + 1..words.len().min(j + 12))
        .take_while(|&c| {
            !matches!(
                words[c].as_str(),
                "," | ";" | ":" | "." | "that" | "who" | "which" | "and" | "but" | "to"
            ) && !matches!(words[c].as_str(), "\"" | "“" | "”" | "'" | "‘" | "’" | "''" | "``")
                && !words[c].ends_with("ly")
        })
        .find(|&c| {
            cue_at(words, c)
                .is_some_and(|(cue, _)| matches!(cue.kind, CueKind::Verb | CueKind::Phrase))
                && !words[c].ends_with("ing")
        })
    else {
        return false;
    };
    let subject = c > j + 1
        && !matches!(
            words[c - 1].as_str(),
            "the" | "a" | "an" | "of" | "his" | "her" | "their" | "its"
        );
    // (the same one going on: ", and added that …", ", but warned Athens against …")
    let past = words[c].ends_with("ed") || matches!(words[c].as_str(), "said" | "told");
    subject || (c == j + 1 && (words.get(c + 1).is_some_and(|w| w == "that") || (comma && past)))
}

/// People and groups that act, as the subject of a clause said: a verb joined to that
/// clause may be theirs ("said the rebels had seized the town and promised to hold it").
const ACTING: &[&str] = &[
    "rebels",
    "militants",
    "troops",
    "forces",
    "soldiers",
    "protesters",
    "demonstrators",
    "fighters",
    "insurgents",
    "separatists",
    "militia",
    "militias",
    "group",
    "groups",
    "leaders",
    "leader",
    "people",
    "workers",
    "opposition",
    "side",
    "sides",
    "he",
    "she",
    "they",
    "president",
    "envoy",
    "envoys",
    "delegation",
    "negotiators",
    "party",
    "parties",
];

/// Whether the words `from..to` (a clause said, up to its verb) have a subject that
/// could act itself: a name, a person or a group.
fn acting_subject(text: &str, tokens: &[Token], words: &[String], from: usize, to: usize) -> bool {
    (from..to).any(|t| {
        let w = words[t].as_str();
        ACTING.contains(&w)
            || ROLE_NOUNS.contains(&w)
            || (SOURCE_NOUNS.contains(&w) && !matches!(w, "report" | "reports" | "statement"))
            || (t > from || w != "the") && tokens[t].span.text(text).starts_with(char::is_uppercase)
    })
}

/// Whether two verbs are both in the past ("said", "urged") or both in the present
/// with -s ("says", "accuses"): a second act of one speaker's keeps the tense.
fn same_tense(a: &str, b: &str) -> bool {
    let past = |w: &str| w.ends_with("ed") || matches!(w, "said" | "told");
    let present = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    (past(a) && past(b)) || (present(a) && present(b))
}

/// Where a cue of saying (a verb or a phrase) that starts at word `i` ends.
fn speech_cue_at(words: &[String], i: usize) -> Option<usize> {
    cue_at(words, i)
        .filter(|(c, _)| matches!(c.kind, CueKind::Verb | CueKind::Phrase))
        .map(|(_, end)| end)
}

/// The verbs of a headline's attribution (`Talks Could Resume, Ruiz Says`, `Ruiz Says
/// Talks Could Resume`), in title case.
const HEADLINE_CUES: &[&str] = &[
    "Says", "Said", "Warns", "Claims", "Insists", "Argues", "Tells", "Admits", "Suggests",
    "Predicts", "Vows", "Urges", "Calls", "Pledges", "Promises",
];

/// `Ilham Aliyev: Azerbaijan is …` → a reported statement by the words before the colon.
fn headline_attribution(text: &str, title: Span) -> Option<Quote> {
    let line = title.text(text);
    // `Trade Deal Could Wait, Ruiz Says`: the claim, then its speaker and cue.
    let unstopped = line.trim_end().trim_end_matches('.');
    if let Some(comma) = unstopped.rfind(", ") {
        let tail: Vec<&str> = unstopped[comma + 2..].split_whitespace().collect();
        if let [name @ .., verb] = tail.as_slice()
            && (1..=4).contains(&name.len())
            && name.iter().all(|w| w.starts_with(char::is_uppercase))
            && HEADLINE_CUES.contains(verb)
        {
            let name_start = title.byte_start + comma + 2;
            let verb_start = title.byte_start + unstopped.len() - verb.len();
            let content =
                Span::trimmed(text, Span::new(title.byte_start, title.byte_start + comma));
            return (!content.is_empty()).then(|| Quote {
                span: content,
                direct: false,
                speaker: None,
                speaker_mention: Some(Span::trimmed(text, Span::new(name_start, verb_start))),
                cue: Some(Span::new(verb_start, verb_start + verb.len())),
            });
        }
    }
    // `Ruiz Says Bridge Will Cut Journey Times`: a name, its verb, and the claim.
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    if let Some(v) = (1..words.len().min(5)).find(|&v| HEADLINE_CUES.contains(&words[v].1))
        && words[..v].iter().all(|(_, w)| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        })
        && words.len() - v > 3
    {
        let (verb_at, verb) = words[v];
        let content = Span::trimmed(
            text,
            Span::new(
                title.byte_start + words[v + 1].0,
                (title.byte_start + unstopped.len()).max(title.byte_start + words[v + 1].0),
            ),
        );
        let speaker = Span::new(
            title.byte_start + words[0].0,
            title.byte_start + words[v - 1].0 + words[v - 1].1.len(),
        );
        return Some(Quote {
            span: content,
            direct: false,
            speaker: None,
            speaker_mention: Some(speaker),
            cue: Some(Span::new(
                title.byte_start + verb_at,
                title.byte_start + verb_at + verb.len(),
            )),
        });
    }
    let colon = line.find(": ")?;
    let name = line[..colon].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let content = Span::trimmed(text, Span::new(title.byte_start + colon + 2, title.byte_end));
    let name_start = title.byte_start + (line.len() - line.trim_start().len());
    // `Ruiz To Trade Envoy: "You Should Resign."`: a quotation after the colon is the
    // words of the one named first, whoever they are addressed to.
    let quoted = content.text(text);
    // (in single marks too, as headlines often write them: `Scholz: 'No troops'`)
    if quoted.starts_with(['"', '“', '‘', '\''])
        && quoted.trim_end_matches('.').ends_with(['"', '”', '’', '\''])
    {
        let addressed = words.iter().position(|w| matches!(*w, "To" | "to" | "On" | "on"));
        let speaker_words = &words[..addressed.unwrap_or(words.len())];
        // (a longer lead, "Senator Scolds Bank Chief: '…'", leaves the speaker unknown)
        let named = !speaker_words.is_empty()
            && speaker_words.len() <= 4
            && capitalised
            && !HEADLINE_LABELS.contains(&name.to_lowercase().as_str());
        let open = content.byte_start + quoted.chars().next().map_or(1, char::len_utf8);
        let unstopped = quoted.trim_end_matches('.');
        let close = content.byte_start + unstopped.len()
            - unstopped.chars().next_back().map_or(1, char::len_utf8);
        let speaker_end = name_start + speaker_words.join(" ").len();
        return Some(Quote {
            span: Span::trimmed(text, Span::new(open, close.max(open))),
            direct: true,
            speaker: None,
            speaker_mention: named.then(|| Span::new(name_start, speaker_end)),
            cue: None,
        });
    }
    if words.is_empty()
        || words.len() > 4
        || !capitalised
        || HEADLINE_LABELS.contains(&name.to_lowercase().as_str())
    {
        return None;
    }
    if content.is_empty() {
        return None;
    }
    Some(Quote {
        span: content,
        direct: false,
        speaker: None,
        speaker_mention: Some(Span::new(name_start, title.byte_start + colon)),
        cue: None,
    })
}

/// The name that signs a quotation: after a dash right behind the closing mark, up to
/// the end of the line (`"…"― Ana Ruiz`, `"…" — Ana Ruiz, Madrid`).
fn signature(text: &str, tokens: &[Token], after: usize) -> Option<Span> {
    let rest = text.get(after..)?;
    let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    if !trimmed.starts_with(['―', '—', '–']) {
        return None;
    }
    // (a signature is short: look no further than a line's worth)
    let line_end =
        after + rest.bytes().take(300).position(|b| b == b'\n').unwrap_or(rest.len().min(300));
    let first = tokens.partition_point(|t| t.span.byte_start < after);
    let words: Vec<&Token> = tokens[first..]
        .iter()
        .take_while(|t| t.span.byte_end <= line_end)
        .skip_while(|t| matches!(t.span.text(text), "―" | "—" | "–"))
        .take_while(|t| t.span.text(text) != ",")
        .collect();
    let (first, last) = (words.first()?, words.last()?);
    let all_names = words.len() <= 5
        && words.iter().all(|t| {
            let w = t.span.text(text);
            w.starts_with(char::is_uppercase)
                || matches!(w, "." | "-" | "de" | "van" | "von" | "al")
        });
    all_names.then(|| first.span.cover(last.span))
}

/// How many words after a closing mark its cue may come first (`"…," said the
/// Russian foreign minister`).
const NEAR_AFTER: usize = 8;

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
    // `"…" ― Ana Ruiz`: a name after a dash that closes the line signs the quote.
    if let Some(name) = signature(text, tokens, quotation.span.byte_end) {
        quote.speaker_mention = Some(name);
        return quote;
    }
    // Sentences are in order: the first one ending at or after the closing mark.
    let at = sentences.partition_point(|s| s.span.byte_end < quotation.span.byte_end);
    let Some(sentence) = sentences.get(at).filter(|s| s.span.byte_start < quotation.span.byte_end)
    else {
        return quote;
    };
    let sentence_tokens = &tokens[sentence.tokens.clone()];
    let words = lower(text, sentence_tokens);
    let outside = |k: usize| !quotation.span.contains(sentence_tokens[k].span);
    // Right after the closing mark first (`"…," X said`), then before the opening mark,
    // nearest first (`she called the plan "outrageous" and called for …`), then
    // further after it.
    let after: Vec<usize> = (0..words.len())
        .filter(|&k| outside(k) && sentence_tokens[k].span.byte_start >= quotation.span.byte_end)
        .collect();
    // (a quotation that ends its clause, `"…," X said`; a phrase inside a sentence,
    // `called the plan "reckless" and …`, looks before first)
    let ends_clause = quotation.content.text(text).ends_with([',', '.', '?', '!', ':', ';'])
        || after.first().is_some_and(|&k| matches!(words[k].as_str(), "," | "." | ";" | ":"));
    let near_len = if ends_clause { after.len().min(NEAR_AFTER) } else { 0 };
    let (near, far) = after.split_at(near_len);
    let before = (0..words.len())
        .rev()
        .filter(|&k| outside(k) && sentence_tokens[k].span.byte_end <= quotation.span.byte_start);
    // (A participle after the quotation, `said: "…," adding that …`, gives way to a
    // cue before it.)
    let participle = |k: &usize| words[*k].ends_with("ing");
    // (a cue joined by "and" after the quotation is the subject's, not an inverted
    // attribution: `denounced his "ruinous policies," and said the talks …`)
    let joined = |k: &usize| *k > 0 && matches!(words[*k - 1].as_str(), "and" | "but");
    let before: Vec<usize> = before.collect();
    // `"…," according to a senior official.`: the source right after the closing mark.
    if let Some(&k) = after.first().filter(|_| ends_clause)
        && let first = if words[k] == "," { k + 1 } else { k }
        && let Some((_, end)) = cue_at(&words, first).filter(|(c, _)| c.kind == CueKind::Source)
    {
        let name_end = (end..words.len())
            .find(|&j| matches!(words[j].as_str(), "," | "." | ";" | ":"))
            .unwrap_or(words.len());
        if name_end > end {
            quote.cue = Some(sentence_tokens[first].span.cover(sentence_tokens[end - 1].span));
            quote.speaker_mention =
                Some(sentence_tokens[end].span.cover(sentence_tokens[name_end - 1].span));
            return quote;
        }
    }
    // (the words a verb of naming before the quotation gives them, with no comma
    // between, are its subject's, whoever reports them after: `X described the talks
    // as "constructive", state media reported`)
    let naming = before.iter().copied().find(|&k| {
        NAMING_QUOTED.contains(&words[k].as_str())
            && !words[k + 1..]
                .iter()
                .zip(&sentence_tokens[k + 1..])
                .take_while(|(_, t)| t.span.byte_end <= quotation.span.byte_start)
                .any(|(w, _)| w == ",")
    });
    let order = naming
        .into_iter()
        .filter(|_| !near.is_empty())
        .chain(near.iter().copied().filter(|k| !participle(k)))
        .chain(before.iter().copied())
        .chain(near.iter().copied().filter(|k| participle(k)))
        .chain(far.iter().copied());
    for k in order {
        let Some(end) = speech_cue_at(&words, k) else { continue };
        // (`called the reports "psychological warfare"`)
        if noun_cue(&words, k) {
            continue;
        }
        quote.cue = Some(sentence_tokens[k].span.cover(sentence_tokens[end - 1].span));
        // (the subject of the sentence, for a cue joined by "and")
        if joined(&k) && sentence_tokens[k].span.byte_start >= quotation.span.byte_end {
            quote.speaker_mention = speaker_after(text, sentence_tokens, &words, 0, quotation.span)
                .filter(|s| s.byte_end <= quotation.span.byte_start);
            return quote;
        }
        // `Sanders said, suggesting …, "…"`: a participle's speaker is the one of the
        // verb of saying before it (and what follows it is its object: `said of the
        // deal, calling it "…"`).
        let of_earlier = || {
            let earlier = (0..k)
                .rev()
                .filter(|&j| outside(j))
                .find(|&j| !words[j].ends_with("ing") && speech_cue_at(&words, j).is_some())?;
            participle(&k)
                .then(|| speaker_before(text, sentence_tokens, &words, earlier, quotation.span))?
        };
        // (and with no verb of saying before it, the one the sentence opens with: `Petro
        // made a similar proposal, suggesting a "transitional government"`)
        // (a name of two words or more, right before its verb)
        let opener = || {
            if !(participle(&k) && k > 0 && words[k - 1] == ",") {
                return None;
            }
            let n = (0..k).find(|&t| !name_word(sentence_tokens[t].span.text(text)))?;
            let verb = sentence_tokens[n].span.text(text);
            (n >= 2
                && verb.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    words[0].as_str(),
                    "the" | "in" | "on" | "at" | "during" | "after" | "before"
                ))
            .then(|| sentence_tokens[0].span.cover(sentence_tokens[n - 1].span))
        };
        quote.speaker_mention = speaker_before(text, sentence_tokens, &words, k, quotation.span)
            .or_else(|| participle(&k).then(of_earlier).flatten())
            .or_else(|| speaker_after(text, sentence_tokens, &words, end, quotation.span))
            .or_else(opener);
        return quote;
    }
    // `Griffiths told the council:` ¶ `"…"`: a quotation that opens its sentence after
    // one that ends in a colon takes that one's cue and speaker.
    if at > 0
        && sentence_tokens.first().is_some_and(|t| quotation.span.contains(t.span))
        && quotation.span.byte_start >= sentence.span.byte_start
        && let Some(lead) = sentences.get(at - 1)
        && lead.span.byte_end <= quotation.span.byte_start
        && tokens[lead.tokens.clone()].last().is_some_and(|t| t.span.text(text) == ":")
    {
        let lead_tokens = &tokens[lead.tokens.clone()];
        let words = lower(text, lead_tokens);
        if let Some((k, end)) =
            (0..words.len()).find_map(|k| speech_cue_at(&words, k).map(|e| (k, e)))
        {
            let speaker = speaker_before(text, lead_tokens, &words, k, quotation.span)
                .or_else(|| speaker_after(text, lead_tokens, &words, end, quotation.span));
            // (a lead-in in the first or second person is itself quoted speech; one
            // with no one speaking, "… something that feels more complex:", none)
            if speaker.is_some_and(|s| {
                !matches!(
                    s.text(text),
                    "I" | "we" | "We" | "you" | "You" | "that" | "which" | "it" | "It" | "this"
                )
            }) {
                quote.cue = Some(lead_tokens[k].span.cover(lead_tokens[end - 1].span));
                quote.speaker_mention = speaker;
                return quote;
            }
        }
    }
    // `"Who saw this coming?" Ruiz said.`: a question or an exclamation ends
    // its sentence, and the cue opens the next one, right after the closing mark.
    if quotation.content.text(text).ends_with(['?', '!'])
        && let Some(next) = sentences.get(at + 1)
        && text[quotation.span.byte_end..next.span.byte_start.max(quotation.span.byte_end)]
            .chars()
            .all(|c| c == ' ')
    {
        let next_tokens = &tokens[next.tokens.clone()];
        let words = lower(text, next_tokens);
        for k in 0..words.len().min(NEAR_AFTER) {
            if matches!(words[k].as_str(), "." | "," | ";" | ":") {
                break;
            }
            let Some(end) = speech_cue_at(&words, k) else { continue };
            let speaker = speaker_before(text, next_tokens, &words, k, quotation.span)
                .or_else(|| speaker_after(text, next_tokens, &words, end, quotation.span));
            // (only a cue with its speaker beside it: "Trump said", "asked the envoy")
            let Some(who) = speaker else { break };
            let first = next_tokens.first().map_or(who.byte_start, |t| t.span.byte_start);
            if k > 0 && who.byte_start != first {
                break;
            }
            quote.cue = Some(next_tokens[k].span.cover(next_tokens[end - 1].span));
            quote.speaker_mention = Some(who);
            return quote;
        }
    }
    // A quote of several sentences: the cue before its opening mark, in the sentence
    // where it opens (`He says: "I wonder why. Think of that."`).
    let first = sentences.partition_point(|s| s.span.byte_end <= quotation.span.byte_start);
    if let Some(opening) = sentences.get(first).filter(|_| first < at) {
        let opening_tokens = &tokens[opening.tokens.clone()];
        let words = lower(text, opening_tokens);
        for k in (0..words.len())
            .rev()
            .filter(|&k| opening_tokens[k].span.byte_end <= quotation.span.byte_start)
        {
            let Some(end) = speech_cue_at(&words, k) else { continue };
            quote.cue = Some(opening_tokens[k].span.cover(opening_tokens[end - 1].span));
            quote.speaker_mention = speaker_before(text, opening_tokens, &words, k, quotation.span);
            break;
        }
    }
    quote
}

/// `With thousands of systems, "there is no single point of failure," he said.`: a
/// quotation that ends the clause its cue follows, after words of the speaker's not
/// in quotation marks. The clause is the statement reported, with the quotation's cue
/// and speaker words; the quotation stays a direct quote of its own.
fn lead_in_statement(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    quotation: &Quotation,
    quote: &Quote,
    previous_end: usize,
) -> Option<Quote> {
    let cue = quote.cue?;
    if cue.byte_start < quotation.span.byte_end {
        return None;
    }
    // (`denounced his "ruinous policies," and said …`: a cue joined by "and" is the
    // subject's next act, and what came before is no statement of it)
    let between = text[quotation.span.byte_end..cue.byte_start].trim();
    if between.split_whitespace().last().is_some_and(|w| matches!(w, "and" | "but")) {
        return None;
    }
    let at = sentences.partition_point(|s| s.span.byte_end <= quotation.span.byte_start);
    let sentence = sentences.get(at)?;
    let start = sentence.span.byte_start;
    if start >= quotation.span.byte_start || start < previous_end {
        return None;
    }
    let lead: Vec<&Token> = tokens[sentence.tokens.clone()]
        .iter()
        .take_while(|t| t.span.byte_end <= quotation.span.byte_start)
        .collect();
    let words =
        lead.iter().filter(|t| t.span.text(text).chars().any(char::is_alphanumeric)).count();
    let lower: Vec<String> = lead.iter().map(|t| t.span.text(text).to_lowercase()).collect();
    // (not a lead-in that attributes or introduces: `He said: "…"`, `Asked why, "…"`)
    if words < 2
        || lower.last().is_some_and(|w| w == ":")
        || (0..lower.len()).any(|k| speech_cue_at(&lower, k).is_some())
    {
        return None;
    }
    // (the words after the quotation, up to the comma before the attribution, are
    // part of it: `The president is "deeply alarmed" by the fighting, his spokesman
    // said`)
    let attribution = quote
        .speaker_mention
        .filter(|m| m.byte_start >= quotation.span.byte_end)
        .map_or(cue.byte_start, |m| m.byte_start.min(cue.byte_start));
    let rest = text[quotation.span.byte_end..attribution].trim_end();
    let end = match rest.strip_suffix(',').map(str::trim_end) {
        Some(more) if more.chars().any(char::is_alphanumeric) => {
            quotation.span.byte_end + more.len()
        }
        _ => quotation.content.byte_end,
    };
    Some(Quote {
        span: Span::new(start, end),
        direct: false,
        speaker: None,
        speaker_mention: quote.speaker_mention,
        cue: Some(cue),
    })
}

/// A reported statement: `X said that CONTENT`, `according to X, CONTENT`,
/// `CONTENT, according to X`.
fn reported(
    text: &str,
    tokens: &[Token],
    quoted: &dyn Fn(Span) -> bool,
    mostly_quoted: &dyn Fn(Span) -> bool,
) -> Vec<Quote> {
    let words = lower(text, tokens);
    // Whether a statement opens with `own` words of its own, outside quotation marks,
    // and so may hold mostly quoted phrases ("said the pact showed that the nations
    // "share a vision …"").
    let opens_unquoted = |content: Span, own: usize| {
        tokens.iter().position(|t| t.span.byte_start == content.byte_start).is_some_and(|f| {
            !quoted(tokens[f].span)
                && (f..f + own)
                    .all(|w| words.get(w).is_some_and(|w| !w.starts_with(['"', '“', '\''])))
        })
    };
    let mut found = Vec::new();
    for k in 0..words.len() {
        // (nor a word of a cue already read: "say" in "went on to say")
        // (but what "according to X" carries may hold a statement of its own: "According
        // to the readout, Putin told Erdogan that …")
        if found.iter().any(|q: &Quote| {
            let carrier = q.cue.is_some_and(|c| c.text(text).eq_ignore_ascii_case("according to"));
            (q.span.contains(tokens[k].span) && !carrier)
                || q.cue.is_some_and(|c| c.contains(tokens[k].span))
        }) {
            continue;
        }
        if quoted(tokens[k].span) {
            continue;
        }
        let Some((cue, end)) = cue_at(&words, k) else { continue };
        if was_asked(&words, k) {
            continue;
        }
        // (nor one after "of": "the suppression of protests that followed …")
        if noun_cue(&words, k) || (cue.kind == CueKind::Verb && k > 0 && words[k - 1] == "of") {
            continue;
        }
        // (nor one in -s before a plural verb: "the Syrian claims are false")
        if cue.kind == CueKind::Verb
            && end == k + 1
            && words[k].ends_with('s')
            && words.get(end).is_some_and(|w| {
                matches!(w.as_str(), "are" | "were" | "have" | "remain" | "seem" | "appear")
            })
        {
            continue;
        }
        // (nor "add" that puts something somewhere: "added two airlines to its list",
        // where "added the talks would go on" is said)
        if added_to(&words, k, end) {
            continue;
        }
        // (nor hearsay in the passive: "is said to have told …", where "told" is the
        // cue, and its speaker the one said to have told)
        if hearsay(&words, k) {
            continue;
        }
        match cue.kind {
            CueKind::Verb | CueKind::Phrase => {
                // "X ... and said …": the sentence's subject speaks (not the name
                // before "and": "suspended contacts with Moscow and said …").
                // ("X was quoted by Interfax as saying …": X, before the one who quoted)
                let quoted_by = (k >= 5 && words[k - 1] == "as")
                    .then(|| {
                        (k.saturating_sub(9)..k - 3).find(|&j| {
                            matches!(words[j].as_str(), "was" | "is" | "were" | "been")
                                && matches!(words[j + 1].as_str(), "quoted" | "cited")
                                && words[j + 2] == "by"
                        })
                    })
                    .flatten();
                let mut speaker = if k > 0 && matches!(words[k - 1].as_str(), "and" | "but") {
                    // (the one whose statement ends right before: "denied that … and
                    // warned that …")
                    let joined = tokens[k - 1].span.byte_start;
                    found
                        .iter()
                        .rev()
                        .find(|q| {
                            !q.direct
                                && q.span.byte_end <= joined
                                && text[q.span.byte_end..joined]
                                    .trim_matches(|c: char| c.is_whitespace() || c == ',')
                                    .is_empty()
                        })
                        .and_then(|q| q.speaker_mention)
                        .or_else(|| {
                            // (past a time that opens the sentence: "Earlier this week,
                            // the minister said … but warned …")
                            let time = time_words_at(&words, 0);
                            let start = if time > 0 && words.get(time).is_some_and(|w| w == ",") {
                                time + 1
                            } else {
                                0
                            };
                            speaker_after(text, tokens, &words, start, Span::empty(0))
                        })
                } else {
                    speaker_before(text, tokens, &words, quoted_by.unwrap_or(k), Span::empty(0))
                };
                // said that …, voicing belief that …; or a clause right after the cue
                // ("Pashinyan said Armenia was ready …"), past any time words.
                let mut from = end;
                from += time_words_at(&words, from);
                // (and past the source it cites: "reported, citing unnamed sources, that …")
                if words.get(from).is_some_and(|w| w == ",")
                    && words
                        .get(from + 1)
                        .is_some_and(|w| matches!(w.as_str(), "citing" | "quoting"))
                    && let Some(close) =
                        (from + 2..words.len().min(from + 14)).find(|&j| words[j] == ",")
                    && words.get(close + 1).is_some_and(|w| w == "that")
                {
                    from = close + 1;
                }
                // (and past where it was said: "said in Lima the talks could
                // resume")
                if matches!(words.get(from).map(String::as_str), Some("in" | "at")) {
                    let place = (from + 1..words.len().min(from + 5))
                        .take_while(|&j| tokens[j].span.text(text).starts_with(char::is_uppercase))
                        .last();
                    if let Some(last) = place
                        && tokens.get(last + 1).is_some_and(|t| {
                            let w = t.span.text(text);
                            w == "that" || (starts_clause(w) && !w.starts_with(char::is_uppercase))
                        })
                    {
                        from = last + 1;
                        from += time_words_at(&words, from);
                    }
                }
                // "told a news briefing that …": the one told comes first.
                let tells = cue.words.len() == 1
                    && matches!(
                        words[k].as_str(),
                        "told"
                            | "tell"
                            | "tells"
                            | "telling"
                            | "assured"
                            | "assures"
                            | "assure"
                            | "informed"
                            | "informs"
                            | "inform"
                            | "reminded"
                            | "reminds"
                            | "warned"
                            | "warns"
                            | "warning"
                            | "assuring"
                            | "reminding"
                            | "informing"
                            | "promised"
                            | "promises"
                            | "notified"
                    );
                // (a comma inside quotation marks, `said on "Face the Nation," that`,
                // does not end the phrase)
                // (nor past the verb of a clause told: "told Reuters the group would not
                // accept any deal that …")
                let addressed_that = || {
                    (from..words.len().min(from + 10))
                        .take_while(|&j| !AUXILIARIES.contains(&words[j].as_str()))
                        // (nor past an act the one told is to do: "warned North Korea to
                        // refrain from actions that …")
                        .take_while(|&j| {
                            !(j > from
                                && words[j] == "to"
                                && words.get(j + 1).is_some_and(|w| {
                                    w.chars().all(|c| c.is_ascii_lowercase())
                                        && !matches!(
                                            w.as_str(),
                                            "the" | "a" | "an" | "his" | "her" | "its" | "their"
                                        )
                                }))
                        })
                        // (nor past a second noun phrase, the clause's subject: "told the
                        // BBC the plan that Paris offered was dead")
                        .take_while(|&j| {
                            j <= from
                                || quoted(tokens[j].span)
                                || !matches!(words[j].as_str(), "the" | "a" | "an" | "this")
                                || matches!(
                                    words[j - 1].as_str(),
                                    "in" | "at"
                                        | "on"
                                        | "of"
                                        | "during"
                                        | "after"
                                        | "before"
                                        | "to"
                                        | "with"
                                        | "from"
                                        | "for"
                                        | "by"
                                        | "via"
                                        | "through"
                                )
                        })
                        .take_while(|&j| {
                            !matches!(words[j].as_str(), "," | "." | ";" | ":")
                                || quoted(tokens[j].span)
                                || words
                                    .get(j + 1)
                                    .is_some_and(|w| matches!(w.as_str(), "\"" | "”" | "''"))
                        })
                        .find(|&j| words[j] == "that")
                };
                // "said in a statement that …", "tweeted in the early hours that …": a
                // phrase of circumstance between the cue and "that".
                // ("on" is skipped as a time word: `said on "Face the Nation," that`)
                let circumstance = [from, end].iter().any(|&at| {
                    words.get(at).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "in" | "at" | "during" | "after" | "before" | "on" | "via" | "through"
                        )
                    })
                })
                    // (or one that goes on after a cue ending in its own phrase: "said in
                    // an interview with the daily that …")
                    || (end > k + 1
                        && matches!(
                            words[end - 1].as_str(),
                            "statement" | "interview" | "speech" | "address" | "letter"
                        )
                        && words.get(end).is_some_and(|w| matches!(w.as_str(), "with" | "to")));
                // ("reiterated its demand that …": what a cue that restates is the
                // clause; "said the claim that … was absurd" says the whole)
                let stated_that = (from + 2 < words.len()
                    && RESTATING.contains(&words[k].as_str())
                    && matches!(words[from].as_str(), "its" | "his" | "her" | "their" | "the")
                    && (words[from + 1] == "demand"
                        || words[from + 1] == "call"
                        || CLAIM_NOUNS.contains(&words[from + 1].as_str())
                        || STANCE_NOUNS.contains(&words[from + 1].as_str()))
                    && words[from + 2] == "that")
                    .then_some(from + 2);
                let that = if words.get(from).map(String::as_str) == Some("that") {
                    from
                } else if let Some(that) = stated_that {
                    that
                } else if let Some(that) = addressed_that().filter(|_| tells || circumstance) {
                    that
                } else if speaker.is_some()
                    && !tells
                    // ("said, voicing belief that …": what follows the comma has a cue
                    // of its own)
                    && !(words.get(from).is_some_and(|w| w == ",") && cue_at(&words, from + 1).is_some())
                    && (SAYING.contains(&words[k].as_str())
                        // ("was quoted as saying …")
                        || (end > k + 1 && matches!(words[end - 1].as_str(), "saying" | "say")))
                    // (a clause after a comma, "Mr. Haddad said, the talks over the
                    // future of coal is …", may have a longer subject)
                    && (tokens.get(from).is_some_and(|t| starts_clause(t.span.text(text)))
                        // ("… but insisted it targeted depots": "it" and a verb in the
                        // past, after a second cue joined to the first)
                        || (k > 0
                            && matches!(words[k - 1].as_str(), "and" | "but")
                            && words.get(from).is_some_and(|w| w == "it")
                            && words.get(from + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ed")))
                        || words[from..]
                            .iter()
                            .take(if words.get(from).is_some_and(|w| w == ",") { 14 } else { 7 })
                            .any(|w| AUXILIARIES.contains(&w.as_str())))
                {
                    from - 1
                } else {
                    // "CONTENT, X said (on Thursday).": the statement comes first.
                    if let Some(quote) = trailing_cue(text, tokens, &words, k, end, mostly_quoted) {
                        found.push(quote);
                    }
                    continue;
                };
                // ("Saying that, I …": a "that" before a comma is what it points to)
                if words[that] == "that" && words.get(that + 1).is_some_and(|w| w == ",") {
                    continue;
                }
                // ("protests that followed the vote": a "that" right before a verb in
                // the past opens a relative clause, not what was said)
                if words[that] == "that"
                    && words.get(that + 1).is_some_and(|w| {
                        w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
                    })
                {
                    continue;
                }
                // (up to another speaker's attribution after a comma: "When Clinton noted
                // that …, Trump boasted, "…"" ends before "Trump boasted")
                // (and before a participle of saying after a comma, which starts a
                // statement of its own: "said he was owed money, adding, "…"")
                let content_end = (that + 2..tokens.len())
                    .find(|&j| {
                        let another = matches!(words[j - 1].as_str(), "," | "—" | "–" | "―" | "--")
                            && tokens[j].span.text(text).starts_with(char::is_uppercase)
                            && (j + 1..tokens.len().min(j + 4)).any(|c| {
                                speech_cue_at(&words, c).is_some()
                                    && words.get(c + 1).is_some_and(|w| w == ",")
                            });
                        // (or a source that ends the sentence: "…, the royal court said
                        // in a statement.")
                        let closing = words[j - 1] == ","
                            && (matches!(
                                words[j].as_str(),
                                "the" | "a" | "an" | "his" | "her" | "their" | "its"
                            ) || tokens[j].span.text(text).starts_with(char::is_uppercase))
                            && (j + 1..tokens.len().min(j + 5)).any(|c| {
                                SAYING.contains(&words[c].as_str())
                                    && speech_cue_at(&words, c).is_some_and(|e| {
                                        let rest = &words[e..];
                                        rest.len() <= 6
                                            && rest
                                                .last()
                                                .is_some_and(|w| matches!(w.as_str(), "." | "!"))
                                            && !rest
                                                .iter()
                                                .any(|w| matches!(w.as_str(), "that" | ","))
                                    })
                                    && !(j..c).any(|m| words[m] == "that")
                            });
                        // (nor how it was said: "…, without giving details.")
                        let manner = words[j - 1] == ","
                            && words[j] == "without"
                            && words.get(j + 1).is_some_and(|w| w.ends_with("ing"));
                        // (nor the writer's word on it that closes the sentence: "…, a move
                        // that drew thousands to the streets.")
                        let remark = words[j - 1] == ","
                            && matches!(words[j].as_str(), "a" | "an")
                            && (j + 2..tokens.len().min(j + 4))
                                .any(|c| matches!(words[c].as_str(), "that" | "which"))
                            && !words[j + 1..].iter().any(|w| matches!(w.as_str(), "," | ";"));
                        // (nor, after a participle that opens the sentence, the main
                        // clause: "Noting that …, Xi said …")
                        let main_clause = k == 0
                            && words[k].ends_with("ing")
                            && words[j - 1] == ","
                            && (j..tokens.len().min(j + 5))
                                .any(|c| speech_cue_at(&words, c).is_some() && c > j);
                        another
                            || closing
                            || manner
                            || remark
                            || main_clause
                            || participle_after_comma(&words, j)
                    })
                    .map_or(tokens.len(), |j| j - 1);
                // (a second act of the speaker's, joined without a comma after a
                // clause with its own auxiliary, in the cue's tense: "said the talks had
                // failed and called for new elections", "says the waters are Chinese and
                // accuses …"; "said the rebels attacked and demanded …" stays one)
                // (the clause's first auxiliary, and whether its subject could act, read
                // once)
                let first_aux = (that + 1..tokens.len())
                    .find(|&m| AUXILIARIES.contains(&words[m].as_str()))
                    .filter(|&aux| !acting_subject(text, tokens, &words, that + 1, aux));
                let second_act = |j: usize| {
                    matches!(words[j].as_str(), "and" | "but")
                        && words[j - 1] != ","
                        && cue_at(&words, j + 1).is_some_and(|(cue, _)| {
                            matches!(cue.kind, CueKind::Verb | CueKind::Phrase)
                        })
                        && same_tense(&words[k], &words[j + 1])
                        && first_aux.is_some_and(|aux| aux < j)
                };
                let content_end = (that + 2..content_end)
                    .find(|&j| joined_cue(&words, j) || second_act(j))
                    .map_or(content_end, |j| if words[j - 1] == "," { j - 1 } else { j });
                let Some(content) = content_span(text, tokens, that + 1, content_end) else {
                    continue;
                };
                if mostly_quoted(content) && !opens_unquoted(content, 1) {
                    continue;
                }
                // "…, President Aliyev said, voicing belief that …": a participle's
                // speaker is the subject of the clause's own speech verb.
                if speaker.is_none() && words[k].ends_with("ing") {
                    speaker = (0..k).rev().find_map(|j| {
                        let (earlier, _) = cue_at(&words, j)?;
                        (earlier.kind == CueKind::Verb)
                            .then(|| speaker_before(text, tokens, &words, j, Span::empty(0)))?
                    });
                }
                let cue_span = Some(tokens[k].span.cover(tokens[end - 1].span));
                // "The treaty, Ms. Ruiz said, would bind both sides …": the words before
                // the parenthesis are the statement's too, one statement around its
                // attribution (the lead alone, "The treaty", says nothing).
                let mut content = content;
                if words.get(end).is_some_and(|w| w == ",")
                    && let Some(who) = speaker
                    && let Some(first) =
                        tokens.iter().position(|t| t.span.byte_start == who.byte_start)
                    && first > 1
                    && words[first - 1] == ","
                    && !(0..first - 1).any(|j| speech_cue_at(&words, j).is_some())
                    // (or one word, a name, when what follows has no subject of its
                    // own: "Sweden, he said, would …", not "Separately, he said, the
                    // talks …")
                    && let Some(lead) = content_span(text, tokens, 0, first - 1).or_else(|| {
                        (first == 2
                            && !words[0].ends_with("ly")
                            && words[that + 1..]
                                .iter()
                                .find(|w| w.as_str() != ",")
                                .is_some_and(|w| AUXILIARIES.contains(&w.as_str())))
                        .then(|| tokens[0].span)
                            // (not a word that links to what came before: "However, he
                            // said, …")
                            .filter(|_| {
                                !is_date_word(&words[0])
                                    && !matches!(
                                        words[0].as_str(),
                                        "but"
                                            | "and"
                                            | "yet"
                                            | "so"
                                            | "however"
                                            | "still"
                                            | "now"
                                            | "yes"
                                            | "no"
                                            | "meanwhile"
                                            | "instead"
                                            | "indeed"
                                            | "moreover"
                                            | "also"
                                            | "then"
                                            | "well"
                                            | "first"
                                            | "finally"
                                            | "today"
                                            | "again"
                                            | "otherwise"
                                            | "nevertheless"
                                            | "nonetheless"
                                            | "therefore"
                                            | "thus"
                                            | "besides"
                                            | "rather"
                                            | "clearly"
                                    )
                            })
                    })
                    && !quoted(lead)
                {
                    content = lead.cover(content);
                }
                found.push(Quote {
                    span: content,
                    direct: false,
                    speaker: None,
                    speaker_mention: speaker,
                    cue: cue_span,
                });
            }
            CueKind::Source => {
                // according to X, CONTENT  |  CONTENT, according to X.
                let name_end = (end..tokens.len())
                    .find(|&j| matches!(words[j].as_str(), "," | "." | ";"))
                    .unwrap_or(tokens.len());
                // ("In her words, …": the pronoun in the cue names the speaker)
                let own = (name_end == end
                    && end >= k + 3
                    && words[end - 1] == "words"
                    && matches!(words[end - 2].as_str(), "his" | "her" | "their"))
                .then(|| tokens[end - 2].span);
                if name_end == end && own.is_none() {
                    continue;
                }
                // ("citing his work after the floods" cites evidence, not a source: what
                // is cited is said, left to the parse; "citing the defence ministry",
                // "citing Reuters" name who spoke)
                if words[k] == "citing"
                    && !tokens[end].span.text(text).starts_with(char::is_uppercase)
                    && !words[end..name_end].iter().any(|w| SOURCE_NOUNS.contains(&w.as_str()))
                {
                    continue;
                }
                if cited_after_saying(&words, k) {
                    continue;
                }
                let speaker =
                    Some(own.unwrap_or_else(|| tokens[end].span.cover(tokens[name_end - 1].span)));
                let cue_span = Some(tokens[k].span.cover(tokens[end - 1].span));
                // (after a comma or a dash: "CONTENT — or flat out wrong — according to
                // the journal")
                let after_mark =
                    k > 0 && matches!(words[k - 1].as_str(), "," | "—" | "–" | "―" | "--");
                // ("…, saying trade had grown, according to Russian figures": the figures
                // are the statement's source of data, not its speaker)
                if after_mark && (0..k - 1).any(|j| participle_after_comma(&words, j)) {
                    continue;
                }
                let content = if !after_mark {
                    content_span(text, tokens, name_end + 1, tokens.len())
                } else {
                    content_span(text, tokens, 0, k - 1)
                };
                let Some(content) = content else { continue };
                // (two words of its own: "according to X, neither side "has an
                // interest in …"")
                if mostly_quoted(content) && !opens_unquoted(content, 2) {
                    continue;
                }
                found.push(Quote {
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
    found
}

/// Nouns of a speaker's role, which name an unnamed speaker after the cue ("said a
/// senior official").
const ROLE_NOUNS: &[&str] = &[
    "official",
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "source",
    "minister",
    "aide",
    "analyst",
    "resident",
    "witness",
    "lawmaker",
    "senator",
    "member",
    "adviser",
    "advisor",
    "expert",
    "commander",
    "soldier",
    "negotiator",
    "envoy",
    "observer",
    "representative",
    "leader",
];

/// Nouns that name who a report comes from ("citing the defence ministry", "citing
/// unnamed officials").
const SOURCE_NOUNS: &[&str] = &[
    "ministry",
    "ministries",
    "official",
    "officials",
    "source",
    "sources",
    "agency",
    "agencies",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "police",
    "government",
    "witnesses",
    "witness",
    "residents",
    "diplomat",
    "diplomats",
    "media",
    "reports",
    "report",
    "statement",
    "statements",
    "army",
    "military",
    "office",
    "department",
    "television",
    "radio",
    "newspaper",
    "broadcaster",
    "channel",
    "authorities",
    "experts",
    "analysts",
    "investigators",
    "prosecutors",
    "documents",
    "data",
    "survey",
    "poll",
    "polls",
    "study",
    "people",
    "person",
    "aides",
    "aide",
    "officers",
    "colleagues",
];

const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A day or a month, which is capitalised but names no speaker ("Trump said Friday").
/// ("May" is left out: it is a name as often.)
fn is_date_word(word: &str) -> bool {
    const OTHERS: [&str; 14] = [
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tonight",
    ];
    WEEKDAYS.iter().chain(&OTHERS).any(|d| d.eq_ignore_ascii_case(word))
}

/// Words of time that may sit between a cue and its content ("said on Thursday
/// that"); `word` is in lower case.
fn is_time_word(word: &str) -> bool {
    WEEKDAYS.contains(&word)
        || matches!(
            word,
            "on" | "today" | "yesterday" | "earlier" | "later" | "late" | "again" | "also"
        )
}

/// How many words of time start at `at` ("on Tuesday", "earlier", "this week"),
/// which stand between a cue and what was said.
fn time_words_at(words: &[String], at: usize) -> usize {
    let mut n = at;
    loop {
        if words.get(n).is_some_and(|w| is_time_word(w)) {
            n += 1;
        } else if words.get(n).is_some_and(|w| matches!(w.as_str(), "this" | "last" | "next"))
            && words.get(n + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "week" | "month" | "year" | "weekend" | "morning" | "afternoon" | "evening"
                )
            })
        {
            n += 2;
        } else {
            return n - at;
        }
    }
}

/// Verbs that report a clause without "that" ("Pashinyan said Armenia was ready").
/// Verbs that name or describe their object ("called him a fraud", "described her
/// as desperate"): the object and what it is called are what was said.
const NAMING: &[&str] = &[
    "called",
    "calls",
    "call",
    "calling",
    "described",
    "describes",
    "describing",
    "labeled",
    "labelled",
    "branded",
    "dubbed",
];

/// Verbs of appeal, whose act the parser may hang as a clause of purpose ("are urging
/// Ruiz to make …").
const APPEALING: &[&str] = &[
    "pressed",
    "pressing",
    "urged",
    "urges",
    "urge",
    "urging",
    "warned",
    "warns",
    "warn",
    "warning",
    "called",
    "calls",
    "calling",
    "asked",
    "asks",
    "asking",
    "encouraged",
    "encourages",
    "encouraging",
    "pressed",
    "presses",
    "pressing",
    "told",
    "tells",
    "telling",
    "implored",
    "implores",
    "advised",
    "advises",
];

/// Verbs of proposal, whose gerund is the position stated ("suggested holding the
/// talks in Vienna").
const PROPOSING: &[&str] = &[
    "suggested",
    "suggests",
    "suggesting",
    "recommended",
    "recommends",
    "recommending",
    "advocated",
    "advocates",
    "advocating",
    "admitted",
    "admits",
    "considered",
    "considers",
    "floated",
    "floats",
];

/// Verbs that name what they describe in the words quoted after them (`described the
/// talks as "…"`): those words are the subject's, whoever reports them.
const NAMING_QUOTED: &[&str] = &["described", "describes", "termed", "dubbed", "branded"];

/// Nouns of stance, whose object follows them in a phrase: "opposition to the plan",
/// "support for the talks", "concern about the arrests".
const STANCE_NOUNS: &[&str] = &[
    "opposition",
    "support",
    "commitment",
    "backing",
    "solidarity",
    "concern",
    "concerns",
    "readiness",
    "willingness",
    "determination",
    "objection",
    "objections",
    "rejection",
    "condemnation",
    "position",
    "stance",
    "gratitude",
    "appreciation",
    "respect",
    "hostility",
    "resistance",
];

/// Verbs of praise and blame: what the one judged is praised or blamed for is part of
/// what was said ("praised the coast guard for its quick response").
const JUDGING: &[&str] = &[
    "criticized",
    "criticised",
    "criticizes",
    "criticises",
    "condemned",
    "condemns",
    "praised",
    "praises",
    "blasted",
    "blasts",
    "slammed",
    "slams",
    "hailed",
    "hails",
    "commended",
    "commends",
    "thanked",
    "thanks",
    "rebuked",
    "rebukes",
    "faulted",
    "faults",
    "lauded",
    "lauds",
];

/// Verbs of saying whose bare object is what was said, like [`OBJECT_SAID`], but that
/// are often set off by commas after what was said as well ("…, the minister noted").
const OBJECT_STATED: &[&str] = &[
    "proclaimed",
    "proclaims",
    "recommended",
    "recommends",
    "suggested",
    "suggests",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasized",
    "emphasizes",
    "emphasised",
    "emphasises",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "reported",
    "reports",
    "touted",
    "touts",
    "touting",
    "outlined",
    "outlines",
    "outlining",
];

/// Verbs of saying whose bare object is what was said: a position criticised,
/// proposed, announced or denied.
const OBJECT_SAID: &[&str] = &[
    "criticized",
    "criticised",
    "criticizes",
    "criticises",
    "condemned",
    "condemns",
    "praised",
    "praises",
    "mentioned",
    "mentions",
    "proposed",
    "proposes",
    "announced",
    "announces",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "dismissed",
    "dismisses",
    "blasted",
    "blasts",
    "slammed",
    "slams",
    "demanded",
    "demands",
    "hailed",
    "hails",
    "acknowledged",
    "acknowledges",
    "promised",
    "promises",
    "promising",
    "pledged",
    "pledges",
    "pledging",
    "questioned",
    "questions",
    "defended",
    "defends",
    "defending",
    "endorsed",
    "endorses",
    "disputed",
    "disputes",
    "likened",
    "likens",
    "predicted",
    "predicts",
    "predict",
    "reiterated",
    "reiterates",
    "affirmed",
    "affirms",
    "reaffirmed",
    "reaffirms",
    "highlighted",
    "highlights",
    "deplored",
    "deplores",
    "decried",
    "decries",
    "lamented",
    "laments",
    "accused",
    "accuses",
    "accusing",
];

/// Verbs of intention and decision whose "to" clause is the position stated ("plans to
/// open two consulates", "declined to comment").
const INTENDING: &[&str] = &[
    "wants",
    "want",
    "wanted",
    "plans",
    "plan",
    "planned",
    "intends",
    "intend",
    "intended",
    "expects",
    "expect",
    "expected",
    "decided",
    "decides",
    "declined",
    "declines",
    "hopes",
    "hope",
    "hoped",
    "vowed",
    "pledged",
    "pledging",
    "promised",
    "promises",
    "promising",
    "vowing",
    "vows",
    "vow",
    "pledges",
    "pledge",
    "promise",
    "threatened",
    "threatens",
    "threaten",
];

/// Nouns for what holds evidence, whose findings are claims ("A study found …").
const EVIDENCE: &[&str] = &[
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "poll",
    "polls",
    "survey",
    "surveys",
    "research",
    "review",
    "audit",
    "investigation",
    "inquiry",
    "probe",
    "panel",
    "commission",
    "court",
    "judge",
    "jury",
    "data",
    "researchers",
    "investigators",
    "inspectors",
    "video",
    "footage",
    "document",
    "documents",
    "records",
    "figures",
    "statistics",
    "numbers",
    "results",
    "average",
    "averages",
];

/// Adjectives of a state of mind, whose "that" clause is what the mind holds ("are
/// worried that the truce will collapse").
const MINDED: &[&str] = &[
    "worried",
    "concerned",
    "confident",
    "convinced",
    "sure",
    "certain",
    "hopeful",
    "optimistic",
    "pessimistic",
    "skeptical",
    "sceptical",
    "adamant",
    "aware",
    "afraid",
    "fearful",
    "doubtful",
    "insistent",
    "satisfied",
    "pleased",
    "disappointed",
    "alarmed",
    "unhappy",
    "glad",
    "proud",
    "upset",
    "angry",
    "unconvinced",
    "persuaded",
];

const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "stressed",
    "warned",
    "insisted",
    "noted",
    "argued",
    "claimed",
    "confirmed",
    "believes",
    "believed",
    "thinks",
    "thought",
    "announced",
    "notes",
    "adds",
    "stresses",
    "insists",
    "argues",
    "argue",
    "claims",
    "confirms",
    "believe",
    "think",
    "warns",
    "explained",
    "explains",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "maintained",
    "maintains",
    "contended",
    "contends",
];

/// Finite verbs that show a clause follows the cue ("said work on the projects would
/// start").
const AUXILIARIES: &[&str] = &[
    "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "can", "should",
    "must", "might", "may",
];

/// Whether a word can open the clause said: a name, or a determiner or pronoun that
/// starts a subject ("said Armenia was …", "said the talks …", "said he …"), rather
/// than an object or a preposition ("highlighted good results", "said in").
fn starts_clause(word: &str) -> bool {
    let capitalised = word.starts_with(char::is_uppercase) && word != "I";
    capitalised
        || matches!(
            word,
            "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "those"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "he"
                | "she"
                | "they"
                | "we"
                | "there"
                | "both"
                | "all"
                | "some"
                | "any"
                | "no"
                | "most"
                | "many"
        )
}

/// `CONTENT, X said (on Thursday).`: a statement before its cue, the speaker between
/// the comma and the cue, nothing but time words after it.
fn trailing_cue(
    text: &str,
    tokens: &[Token],
    words: &[String],
    cue: usize,
    end: usize,
    quoted: &dyn Fn(Span) -> bool,
) -> Option<Quote> {
    // Nothing after the cue but its time or circumstances ("said on Thursday after
    // talks with …").
    // (the time words themselves run to the end or to a comma: "said Friday's test
    // was …" is no trailing cue)
    let mut after_time = end;
    // (past whom it was told: "two sources told Reuters", "an aide told reporters")
    if end == cue + 1 && matches!(words[cue].as_str(), "told" | "tells") {
        if words.get(after_time).is_some_and(|w| w == "the") {
            after_time += 1;
        }
        let told = after_time;
        while tokens
            .get(after_time)
            .is_some_and(|t| name_word(t.span.text(text)) && !is_time_word(&words[after_time]))
        {
            after_time += 1;
        }
        if after_time == told
            && words
                .get(after_time)
                .is_some_and(|w| matches!(w.as_str(), "reporters" | "journalists"))
        {
            after_time += 1;
        }
        if after_time == told {
            return None;
        }
    }
    while words.get(after_time).is_some_and(|w| is_time_word(w)) {
        after_time += 1;
    }
    let rest_is_time = match words.get(after_time).map(String::as_str) {
        None | Some("." | "!") => true,
        Some(",") => after_time > end,
        Some(w) => {
            matches!(w, "after" | "in" | "at" | "during" | "following" | "while" | "when")
                || (after_time > end && words[after_time - 1] == "on")
                // (or where the statement appeared: "said in a statement carried by
                // the state news agency")
                || (TEXT_NOUNS.contains(&words[after_time - 1].as_str())
                    && matches!(
                        w,
                        "carried" | "released" | "issued" | "posted" | "published" | "broadcast"
                    ))
        }
    };
    if !rest_is_time {
        return None;
    }
    let comma = (0..cue).rev().find(|&j| words[j] == ",")?;
    // (or unnamed people by what they are: "two sources familiar with the talks told
    // Reuters", "a senior official in the ministry said")
    let unnamed = || {
        (cue - comma <= 9
            && matches!(
                words.get(comma + 1).map(String::as_str),
                Some("a" | "an" | "one" | "two" | "three" | "four" | "several" | "some")
            )
            && (comma + 2..cue).any(|j| {
                SOURCE_NOUNS.contains(&words[j].as_str()) || ROLE_NOUNS.contains(&words[j].as_str())
            }))
        .then(|| tokens[comma + 1].span.cover(tokens[cue - 1].span))
    };
    let told = matches!(words[cue].as_str(), "told" | "tells");
    let speaker =
        speaker_before(text, tokens, words, cue, Span::empty(0)).or_else(unnamed).or_else(
            || (!told).then(|| speaker_after(text, tokens, words, end, Span::empty(0))).flatten(),
        )?;
    let speaker_start = tokens.iter().position(|t| t.span.byte_start >= speaker.byte_start)?;
    let cue_first = speaker_start.min(cue);
    if comma + 1 != cue_first {
        return None;
    }
    let content = content_span(text, tokens, 0, comma)?;
    (!quoted(content)).then_some(Quote {
        span: content,
        direct: false,
        speaker: None,
        speaker_mention: Some(speaker),
        cue: Some(tokens[cue].span.cover(tokens[end - 1].span)),
    })
}

/// Transcript turns: paragraphs opened by a speaker label (`Sergey Lavrov:`,
/// `SECRETARY BLINKEN:`, `Q:`, `A:`), when at least two paragraphs of the text are
/// so opened. The turn is a direct quote; the label is the speaker's words (none for
/// `Q:`, a reporter).
fn transcript_turns(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Quote> {
    let mut turns = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let paragraph = sentences[i].paragraph;
        let mut last = i;
        while last + 1 < sentences.len() && sentences[last + 1].paragraph == paragraph {
            last += 1;
        }
        let opens_paragraph = i == 0 || sentences[i - 1].paragraph != paragraph;
        if opens_paragraph && let Some(turn) = turn(text, tokens, &sentences[i], &sentences[last]) {
            turns.push(turn);
        }
        i = last + 1;
    }
    if turns.len() < 2 { Vec::new() } else { turns }
}

fn turn(text: &str, tokens: &[Token], first: &Sentence, last: &Sentence) -> Option<Quote> {
    let words = &tokens[first.tokens.clone()];
    // (A turn may open with a quotation mark: `"WALLACE: Let's start …`.)
    let opening = words
        .iter()
        .take_while(|t| matches!(t.span.text(text), "\"" | "“" | "'" | "‘" | "``"))
        .count();
    let words = &words[opening..];
    let colon = words.iter().take(5).position(|t| t.span.text(text) == ":")?;
    if colon == 0 {
        return None;
    }
    let label = words[0].span.cover(words[colon - 1].span);
    let label_text = label.text(text);
    let is_name = label_text.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
    });
    if !is_name || HEADLINE_LABELS.contains(&label_text.to_lowercase().as_str()) {
        return None;
    }
    let content = Span::trimmed(text, Span::new(words[colon].span.byte_end, last.span.byte_end));
    if content.is_empty() {
        return None;
    }
    // A question's label is its cue; the asker, a reporter, is unknown.
    let reporter = matches!(label_text, "Q" | "Question" | "QUESTION");
    Some(Quote {
        span: content,
        direct: true,
        speaker: None,
        speaker_mention: (!reporter).then_some(label),
        cue: reporter.then_some(label),
    })
}

/// Tokens `from..to` as a span, without closing punctuation.
fn content_span(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Span> {
    let mut from = from;
    while from < to && matches!(tokens[from].span.text(text), "," | ";" | ":" | "—" | "–") {
        from += 1;
    }
    // (nor the conjunction that joins the sentence to the one before: "But the plan …")
    if to > from + 2 && matches!(tokens[from].span.text(text), "But" | "And" | "Yet") {
        from += 1;
    }
    let mut to = to;
    while to > from && matches!(tokens[to - 1].span.text(text), "." | "!" | "?" | "," | ";" | ":") {
        to -= 1;
    }
    (to > from + 1).then(|| tokens[from].span.cover(tokens[to - 1].span))
}

/// Verbs that block or turn down a text rather than issue it.
const REJECTING: &[&str] = &[
    "vetoed",
    "vetoes",
    "veto",
    "vetoing",
    "rejected",
    "rejects",
    "reject",
    "rejecting",
    "blocked",
    "blocks",
    "block",
    "blocking",
    "opposed",
    "opposes",
    "oppose",
    "opposing",
    "denounced",
    "denounces",
    "condemned",
    "condemns",
    "dismissed",
    "dismisses",
];

/// Where a closing aside on a claim starts, ", a charge Ankara has denied": the comma
/// before it, when the aside names the claim and who denies or rejects it.
fn denied_aside(content: &str) -> Option<usize> {
    const CLAIMS: [&str; 8] = [
        ", a charge ",
        ", a claim ",
        ", an accusation ",
        ", an allegation ",
        ", charges ",
        ", claims ",
        ", accusations ",
        ", allegations ",
    ];
    let (at, aside) = last_of(content, &CLAIMS)?;
    // (or ends holding it settled or false: "a claim Berlin considers settled")
    let denies = aside.split_whitespace().any(|w| {
        ["deni", "deny", "reject", "dismiss", "dispute", "rebuff", "refute"]
            .iter()
            .any(|s| w.starts_with(s))
    }) || aside.split_whitespace().last().is_some_and(|w| {
        matches!(
            w.trim_end_matches(['.', '"', '”']),
            "settled" | "baseless" | "unfounded" | "groundless" | "false" | "untrue"
        )
    });
    (denies && at > 0 && !aside.contains(',')).then_some(at)
}

/// The last of `phrases` in `content`: where it starts, and what follows it.
fn last_of<'c>(content: &'c str, phrases: &[&str]) -> Option<(usize, &'c str)> {
    phrases
        .iter()
        .filter_map(|p| {
            let at = content.rfind(p)?;
            Some((at, &content[at + p.len()..]))
        })
        .max_by_key(|(at, _)| *at)
}

/// Where a statement ends before a closing phrase that says where it was made ("the
/// agreement in a statement", "the plan in an interview on Sunday"), if it has one.
fn medium_after(content: &str) -> Option<usize> {
    const MEDIA: [&str; 6] = [
        " in a statement",
        " in a joint statement",
        " in an interview",
        " in a speech",
        " in a letter",
        " in a post",
    ];
    let (at, rest) = last_of(content, &MEDIA)?;
    // (only at the end, or before a date: "… in a statement on Monday")
    let rest = rest.trim_end_matches(['.', ',']);
    let ends = rest.is_empty()
        || rest.strip_prefix(" on ").is_some_and(|d| d.split_whitespace().count() <= 2)
        || matches!(rest, " late" | " earlier" | " later" | " today" | " yesterday");
    // (and leaving a statement of its own words: "the agreement")
    (ends && content[..at].split_whitespace().count() >= 2).then_some(at)
}

/// Whether word `k` is a verb of saying in the passive before "to": "is said to
/// have told", "was reported to be".
fn hearsay(words: &[String], k: usize) -> bool {
    let passive =
        |j: usize| matches!(words[j].as_str(), "is" | "are" | "was" | "were" | "been" | "being");
    // (perhaps with an adverb between: "is widely reported to", "was also said to")
    let adverb = |j: usize| {
        words[j].ends_with("ly") || matches!(words[j].as_str(), "also" | "long" | "now" | "still")
    };
    HEARSAY.contains(&words[k].as_str())
        && ((k > 0 && passive(k - 1)) || (k > 1 && adverb(k - 1) && passive(k - 2)))
        && words.get(k + 1).is_some_and(|w| w == "to")
}

/// Cues that state again what was stated before, whose object may hold its clause:
/// "reiterated its demand that …", "repeated his view that …".
const RESTATING: [&str; 12] = [
    "reiterated",
    "reiterates",
    "repeated",
    "repeats",
    "restated",
    "restates",
    "renewed",
    "renews",
    "reaffirmed",
    "reaffirms",
    "voiced",
    "voices",
];

/// Verbs of saying or thinking whose passive before "to" reports what others say or
/// think of someone.
const HEARSAY: [&str; 10] = [
    "said",
    "reported",
    "believed",
    "understood",
    "thought",
    "alleged",
    "rumoured",
    "rumored",
    "known",
    "claimed",
];

/// Whether word `k` is "asked" said of the one asked, no asker: "Zhao, asked about
/// the casualties, said …", "Asked whether …, she said".
fn was_asked(words: &[String], k: usize) -> bool {
    words[k] == "asked" && (k == 0 || words[k - 1] == ",")
}

/// Whether word `k` is "citing" right after a verb of saying and a comma: "The paper
/// reported, citing unnamed sources, that …" names the source of what is reported,
/// whose speaker is the verb's.
fn cited_after_saying(words: &[String], k: usize) -> bool {
    words[k] == "citing"
        && k >= 2
        && words[k - 1] == ","
        && speech_cue_at(words, k - 2).is_some_and(|e| e == k - 1)
}

/// Words that may stand in a speaker's name or title.
fn name_word(token: &str) -> bool {
    (token.starts_with(|c: char| c.is_uppercase()) && !is_date_word(token))
        || matches!(token, "of" | "the" | "for" | "and" | "'s" | "-" | "’s")
        // (the particles of Arabic names: "Majed al-Ansari", "Mohammed bin Salman")
        || matches!(token, "al" | "el" | "bin" | "ibn")
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
                    | "ministry"
                    | "government"
                    | "embassy"
                    | "office"
                    // (bodies that speak: "the council confirmed the deal")
                    | "council"
                    | "cabinet"
                    | "parliament"
                    | "presidency"
                    | "service"
                    | "board"
                    | "bloc"
                    | "alliance"
                    | "coalition"
                    | "communique"
                    | "communiqué"
                    | "declaration"
                    | "joint"
                    | "army"
                    | "military"
                    | "nominee"
                    | "candidate"
                    | "presidential"
                    | "vice"
                    | "deputy"
                    | "former"
                    | "senior"
                    | "top"
                    | "chief"
                    | "head"
                    | "director"
                    | "governor"
                    | "finance"
                    | "trade"
                    | "economy"
                    | "interior"
                    | "justice"
                    | "health"
                    | "energy"
                    | "education"
                    | "agriculture"
                    | "transport"
                    | "labour"
                    | "labor"
                    | "security"
                    | "intelligence"
                    | "opposition"
                    | "central"
                    | "bank"
                    | "senator"
                    | "mayor"
                    | "lawmaker"
                    | "lawmakers"
                    | "congressman"
                    | "congresswoman"
                    | "commander"
                    | "adviser"
                    | "advisor"
                    | "aide"
                    | "aides"
                    | "campaign"
                    | "committee"
                    | "commission"
                    | "party"
                    | "agency"
                    | "department"
                    | "court"
                    | "judge"
                    | "police"
                    | "prosecutor"
                    | "prosecutors"
                    | "attorney"
                    | "lawyer"
                    | "lawyers"
                    | "analyst"
                    | "analysts"
                    | "expert"
                    | "experts"
                    | "diplomat"
                    | "diplomats"
                    | "executive"
                    | "report"
                    | "statement"
                    | "survey"
                    | "poll"
                    | "study"
                    | "document"
                    | "documents"
                    | "memo"
                    | "letter"
                    | "draft"
                    | "filing"
                    | "ruling"
                    | "cable"
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
    // "… President Aliyev further added", "Trump on Friday said": skip adverbs and
    // dates between subject and verb.
    while end > 0
        && (is_manner_adverb(tokens[end - 1].span.text(text))
            || matches!(
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
                    | "on"
            )
            || is_date_word(&words[end - 1]))
    {
        end -= 1;
    }
    if end == 0 || avoid.contains(tokens[end - 1].span) {
        return None;
    }
    if PRONOUNS.contains(&words[end - 1].as_str()) {
        return Some(tokens[end - 1].span);
    }
    // ("The document — which was seen by Reuters — says": an aside between dashes)
    if matches!(words[end - 1].as_str(), "—" | "–" | "--")
        && let Some(open) =
            (end.saturating_sub(16)..end - 1).rev().find(|&k| words[k] == words[end - 1])
        && open > 0
    {
        return speaker_before(text, tokens, words, open, avoid);
    }
    if words[end - 1] == "," {
        // ("The minister, speaking at a news conference, said": an aside between the
        // speaker and the cue)
        if let Some(open) = (end.saturating_sub(18)..end - 1).rev().find(|&k| words[k] == ",")
            && open > 0
            && matches!(
                words[open + 1].as_str(),
                "speaking"
                    | "talking"
                    | "writing"
                    | "addressing"
                    | "appearing"
                    | "responding"
                    | "asked"
            )
            && let Some(who) = speaker_before(text, tokens, words, open, avoid)
        {
            return Some(who);
        }
        return appositive_speaker(text, tokens, words, end - 1, avoid);
    }
    // "Rep. Ana Ruiz (D-Ore.) said": the party and state after a name are not the name.
    if words[end - 1] == ")"
        && let Some(open) = (end.saturating_sub(6)..end - 1).rev().find(|&k| words[k] == "(")
        && open > 0
    {
        end = open;
    }
    let mut start = end;
    loop {
        while start > 0
            && name_word(tokens[start - 1].span.text(text))
            && !avoid.contains(tokens[start - 1].span)
        {
            start -= 1;
        }
        // "A spokesperson for the Chinese embassy in London said": a mission and the
        // place it sits in are one body; "The Chilean ambassador to Peru said": an envoy
        // and where they are posted, one speaker (who speaks for the state that sends
        // them).
        let posted = |at: &str, role: &str| match at {
            "in" => matches!(
                role,
                "embassy" | "embassies" | "consulate" | "mission" | "delegation" | "office"
            ),
            "to" => matches!(
                role,
                "ambassador" | "ambassadors" | "envoy" | "envoys" | "representative" | "delegate"
            ),
            _ => false,
        };
        if start >= 2
            && start < end
            && posted(&words[start - 1], &words[start - 2])
            && !avoid.contains(tokens[start - 2].span)
        {
            start -= 2;
            continue;
        }
        break;
    }
    // ("his spokesman said", "her office said": the one they speak for is named by
    // the pronoun, which the speakers stage reads)
    {
        let mut s = start;
        if s > 0 && words[s - 1] == "press" {
            s -= 1;
        }
        if s > 0
            && matches!(words[s - 1].as_str(), "his" | "her")
            && !avoid.contains(tokens[s - 1].span)
            && matches!(
                words[s..end].join(" ").as_str(),
                "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "office"
                    | "press secretary"
                    | "press office"
            )
        {
            return Some(tokens[s - 1].span.cover(tokens[end - 1].span));
        }
    }
    // "People familiar with the matter said", "two officials briefed on the talks
    // said": unnamed sources, by what they know.
    if start == end
        && let Some(sources) = unnamed_sources(words, end)
    {
        return Some(tokens[sources].span.cover(tokens[end - 1].span));
    }
    // Trim leading function words (and a subordinator: "When the minister noted …").
    while start < end
        && matches!(
            words[start].as_str(),
            "of" | "for"
                | "and"
                | "'s"
                | "’s"
                | "-"
                | "when"
                | "as"
                | "after"
                | "while"
                | "because"
                | "if"
                | "although"
                | "though"
                | "since"
                | "before"
                | "once"
                | "until"
        )
    {
        start += 1;
    }
    (start < end
        && tokens[start..end].iter().any(|t| {
            t.span.text(text).starts_with(char::is_uppercase)
                || matches!(
                    t.span.text(text),
                    "minister"
                        | "president"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "ministry"
                        | "government"
                        | "embassy"
                        | "statement"
                        | "communique"
                        | "communiqué"
                        | "declaration"
                )
        }))
    .then(|| tokens[start].span.cover(tokens[end - 1].span))
}

/// Whether a word is a party and a state, as American papers set them after a name
/// ("R-Wis.", "D-N.Y.", "I-Vt").
fn party_and_state(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    ["r-", "d-", "i-"].iter().any(|p| {
        word.strip_prefix(p).is_some_and(|rest| {
            !rest.is_empty()
                && rest.len() <= 6
                && rest.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        })
    })
}

/// Where the words of unnamed sources start that end right before `end`: "people
/// familiar with the matter", "two officials briefed on the talks", "a source with
/// knowledge of the plan", "diplomats close to the negotiations".
fn unnamed_sources(words: &[String], end: usize) -> Option<usize> {
    let knows = (end.saturating_sub(8)..end.saturating_sub(2)).find(|&k| {
        matches!(
            (words[k].as_str(), words[k + 1].as_str()),
            ("familiar", "with")
                | ("briefed", "on")
                | ("close", "to")
                | ("knowledgeable", "about")
                | ("aware", "of")
                | ("involved", "in")
                | ("with", "knowledge")
                | ("with", "direct")
        )
    })?;
    // (and no clause ends between: "… the matter said")
    if words[knows..end].iter().any(|w| matches!(w.as_str(), "," | "." | ";" | ":" | "and")) {
        return None;
    }
    let noun = knows.checked_sub(1)?;
    if !(SOURCE_NOUNS.contains(&words[noun].as_str())
        || ROLE_NOUNS.contains(&words[noun].as_str())
        || matches!(words[noun].as_str(), "people" | "persons" | "insiders" | "diplomats"))
    {
        return None;
    }
    let mut start = noun;
    while start > 0
        && start + 4 > noun
        && (matches!(
            words[start - 1].as_str(),
            "a" | "an"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "several"
                | "some"
                | "many"
                | "other"
                | "senior"
                | "western"
                | "european"
                | "american"
                | "government"
                | "security"
                | "industry"
                | "military"
                | "diplomatic"
        ) || words[start - 1].chars().all(|c| c.is_ascii_digit()))
    {
        start -= 1;
    }
    Some(start)
}

/// The speaker's words right after a cue: "said Russian Foreign Minister Sergei Lavrov".
/// "recently", "forcefully": an adverb between a speaker and the cue.
fn is_manner_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            word,
            "family"
                | "assembly"
                | "rally"
                | "supply"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "anomaly"
                | "monopoly"
                | "ally"
        )
}

/// `NAME, director of …, said`: the name that opens the clause, before the appositions
/// that end at the comma before the cue (`comma`).
fn appositive_speaker(
    text: &str,
    tokens: &[Token],
    words: &[String],
    comma: usize,
    avoid: Span,
) -> Option<Span> {
    // Back to the start of the clause: the sentence's start, or the quotation's end.
    // (an abbreviation's point before a comma, "R-Ky.,", "Md.,", ends nothing)
    let ends_sentence = |k: usize| {
        matches!(words[k].as_str(), ";" | ":" | "\"" | "“" | "”" | "''")
            || (words[k] == "." && words.get(k + 1).is_none_or(|w| w != ","))
    };
    let mut first = comma;
    while first > 0
        && comma - first < 40
        && !avoid.contains(tokens[first - 1].span)
        && !ends_sentence(first - 1)
    {
        first -= 1;
    }
    // (past the punctuation and a conjunction that opens the clause: "As Steven
    // Rosenthal, a tax lawyer, put it")
    while first < comma
        && matches!(words[first].as_str(), "," | "\"" | "”" | "''" | "as" | "and" | "but")
    {
        first += 1;
    }
    // (or after an opening phrase set off by a comma: "A day earlier, the minister,
    // Choe Son Hui, had warned …")
    let starts = std::iter::once(first)
        .chain((first..comma).filter(|&k| words[k] == ",").map(|k| k + 1))
        .collect::<Vec<_>>();
    starts.into_iter().find_map(|first| apposition_at(text, tokens, words, first, comma)).or_else(
        || {
            // `ROLE, NAME,`: the name after a role ("The group's spokesman, Ana Ruiz,
            // said"; "Sweden's ambassador, Ana Ruiz, said")
            let open = (first..comma).rev().find(|&k| words[k] == ",")?;
            let role = words.get(open.checked_sub(1)?)?;
            let name = &tokens[open + 1..comma];
            (!name.is_empty()
                && name.len() <= 5
                // (a role: a word of the lexicon, or any word in lower case)
                && (ROLE_NOUNS.contains(&role.as_str())
                    || (role.len() > 3
                        && role.chars().all(|c| c.is_ascii_lowercase())
                        && tokens[open - 1].span.text(text).starts_with(char::is_lowercase)))
                && name.iter().all(|t| name_word(t.span.text(text)))
                && name[0].span.text(text).starts_with(char::is_uppercase))
            .then(|| name[0].span.cover(name[name.len() - 1].span))
        },
    )
}

/// `NAME, APPOSITION,` from word `first` up to the comma before the cue.
fn apposition_at(
    text: &str,
    tokens: &[Token],
    words: &[String],
    first: usize,
    comma: usize,
) -> Option<Span> {
    let mut end = first;
    while end < comma && words[end] != "," && name_word(tokens[end].span.text(text)) {
        end += 1;
    }
    let opens = |w: &str| {
        matches!(
            w,
            "in" | "on"
                | "at"
                | "for"
                | "after"
                | "before"
                | "while"
                | "when"
                | "as"
                | "with"
                | "by"
                | "from"
                | "to"
                | "but"
                | "and"
                | "so"
                | "yet"
                | "meanwhile"
                | "however"
                | "still"
                | "also"
                | "then"
                | "now"
                | "the"
        )
    };
    (end > first
        && end < comma
        && words[end] == ","
        // (a name with its article is a name: "The Global Times, a newspaper run by …,")
        && (!opens(&words[first])
            || (words[first] == "the"
                && end > first + 1
                && tokens[first + 1].span.text(text).starts_with(char::is_uppercase)))
        && tokens[first..end].iter().any(|t| t.span.text(text).starts_with(char::is_uppercase)))
    .then(|| tokens[first].span.cover(tokens[end - 1].span))
}

fn speaker_after(
    text: &str,
    tokens: &[Token],
    words: &[String],
    from: usize,
    avoid: Span,
) -> Option<Span> {
    // ("said Friday", "said on Tuesday": a date is no speaker)
    let mut from = from;
    while from < tokens.len() && (words[from] == "on" || is_date_word(&words[from])) {
        from += 1;
    }
    if from >= tokens.len() || avoid.contains(tokens[from].span) {
        return None;
    }
    if PRONOUNS.contains(&words[from].as_str()) {
        return Some(tokens[from].span);
    }
    // (a clause that opens the sentence is no speaker: "If you plan …, … but know that")
    if matches!(
        words[from].as_str(),
        "if" | "when"
            | "while"
            | "as"
            | "because"
            | "although"
            | "though"
            | "since"
            | "once"
            | "after"
            | "before"
            | "until"
            | "unless"
            | "so"
            | "but"
            | "and"
            | "or"
    ) {
        return None;
    }
    // "said a senior official in Nairobi", "said one diplomat": an unnamed speaker by
    // their role, with where they are.
    if matches!(words[from].as_str(), "a" | "an" | "one" | "another") {
        let role = (from + 1..tokens.len().min(from + 6))
            .take_while(|&j| !avoid.contains(tokens[j].span))
            .find(|&j| ROLE_NOUNS.contains(&words[j].as_str()));
        if let Some(mut end) = role {
            if matches!(words.get(end + 1).map(String::as_str), Some("in" | "at" | "from"))
                && tokens.get(end + 2).is_some_and(|t| name_word(t.span.text(text)))
            {
                end += 2;
                while tokens.get(end + 1).is_some_and(|t| name_word(t.span.text(text))) {
                    end += 1;
                }
            }
            return Some(tokens[from].span.cover(tokens[end].span));
        }
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
    // (a state, then a role in lower case and a name: "Brazil coach Tite", "Ukraine's
    // foreign minister Dmytro Kuleba")
    if end > from {
        let role = (end..tokens.len().min(end + 2)).find(|&j| {
            (ROLE_NOUNS.contains(&words[j].as_str()) || TEAM_ROLES.contains(&words[j].as_str()))
                && (end..j).all(|m| words[m].chars().all(|c| c.is_ascii_lowercase()))
        });
        if let Some(role) = role.filter(|&r| {
            tokens.get(r + 1).is_some_and(|t| {
                name_word(t.span.text(text))
                    && !avoid.contains(t.span)
                    && !is_time_word(&words[r + 1])
            })
        }) {
            end = role + 1;
            while end < tokens.len()
                && name_word(tokens[end].span.text(text))
                && !avoid.contains(tokens[end].span)
            {
                end += 1;
            }
        }
    }
    (end > from).then(|| tokens[from].span.cover(tokens[end - 1].span))
}

/// Roles of sport and business that come before a name ("Brazil coach Tite").
const TEAM_ROLES: &[&str] = &["coach", "manager", "captain", "chairman", "president", "chief"];

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
        // "the United States" is no cue ("warned" is); nor is what is not told.
        check(
            "He repeated that any attack would meet a \"swift, severe\" response from the United States.",
            &[
                "reported|He|repeated|any attack would meet a \"swift, severe\" response from the United States",
                "direct|He|repeated|swift, severe",
            ],
        );
        check("The envoy could not tell whether the talks would go on.", &[]);
        // The one told comes before what was told.
        check(
            "Zhao told a regular news briefing that the claims were false.",
            &["reported|Zhao|told|the claims were false"],
        );
        check("\"We agree,\" Zhao told a news briefing.", &["direct|Zhao|told|We agree,"]);
        // A quote of several sentences takes the cue before its opening mark.
        check(
            "She says: \"The door is open. We are waiting.\"",
            &["direct|She|says|The door is open. We are waiting."],
        );
    }

    #[test]
    fn the_cue_lexicon_loads_and_errors_name_the_line() {
        assert!(CUES.len() >= 150 + 77);
        let bad =
            "cue\tkind\texample\tforms\nsaid\tverb\tHe said so.\t\nwarned\tverbb\tShe warned.\n";
        assert_eq!(
            cues(bad).err().as_deref(),
            Some("speech_cues.tsv line 3: unknown kind `verbb` of `warned`")
        );
        let twice =
            "cue\tkind\texample\tforms\ncalled\tverb\tHe called.\tcalls\ncalls\tverb\tShe calls.\n";
        assert_eq!(
            cues(twice).err().as_deref(),
            Some("speech_cues.tsv line 3: `calls` is listed twice")
        );
    }

    #[test]
    fn quotes_that_one_cue_attributes() {
        // A quotation split by its cue: both halves carry it.
        check(
            "\"We will talk,\" Lavrov said. \"But not today.\"",
            &["direct|Lavrov|said|We will talk,", "direct|Lavrov|said|But not today."],
        );
        // A quotation that ends the clause its cue follows: the clause is the statement.
        check(
            "With so many roads open, \"no single crossing matters,\" Ruiz said.",
            &[
                "reported|Ruiz|said|With so many roads open, \"no single crossing matters,",
                "direct|Ruiz|said|no single crossing matters,",
            ],
        );
        // Speakers named before appositions, party tags and adverbs.
        check(
            "\"We will act,\" Leader Mitch Ruiz, R-Ky., said Tuesday.",
            &["direct|Leader Mitch Ruiz|said|We will act,"],
        );
        check(
            "\"We will act,\" Ana Ruiz, a senior fellow at the institute, said.",
            &["direct|Ana Ruiz|said|We will act,"],
        );
        check(
            "\"We will act,\" Rep. Ana Ruiz (D-Ore.) said.",
            &["direct|Rep. Ana Ruiz|said|We will act,"],
        );
        check(
            "As Ana Ruiz, a tax lawyer, recently put it, \"Who pays?\"",
            &["direct|Ana Ruiz|put it|Who pays?"],
        );
        // A participle's speaker is the one of the verb of saying before it.
        check(
            "Sanders said, suggesting a question, \"Who pays?\"",
            &["direct|Sanders|suggesting|Who pays?"],
        );
        // A phrase of circumstance between the cue and "that".
        check(
            "The minister tweeted in the early hours that the border would stay closed.",
            &["reported|The minister|tweeted|the border would stay closed"],
        );
        // A statement that opens with words of its own may be mostly quoted.
        check(
            "Ruiz said the pact showed that both nations \"share a vision of a free and open sea.\"",
            &[
                "reported|Ruiz|said|the pact showed that both nations \"share a vision of a free and open sea.\"",
                "direct|Ruiz|said|share a vision of a free and open sea.",
            ],
        );
        // A cue in parentheses: the words before it are the statement's too, one
        // statement around its attribution.
        check(
            "The treaty, Ms. Ruiz said, would bind both sides for a decade.",
            &[
                "reported|Ms. Ruiz|said|The treaty, Ms. Ruiz said, would bind both sides for a decade",
            ],
        );
        // What one is called is said of them.
        check(
            "Lavrov called the plan a \"dangerous gamble\" on Monday.",
            &[
                "reported|Lavrov|called|the plan a \"dangerous gamble\"",
                "direct|Lavrov|called|dangerous gamble",
            ],
        );
        // A name after a dash that closes the line signs the quote.
        check(
            "\u{201c}We deserve better.\u{201d}\u{a0}\u{2015} Ana Ruiz\nMore text follows here.",
            &["direct|Ana Ruiz||We deserve better."],
        );
        // A cue right before a quoted phrase beats one further after it.
        check(
            "She called the plan \"reckless\" and later called for new talks.",
            &[
                "reported|She|called|the plan \"reckless\"",
                "direct|She|called|reckless",
                // (the second verb shares the first one's subject)
                "reported|She|called for|new talks",
            ],
        );
        // A quoted phrase inside a statement the parse reads carries the statement's
        // cue.
        check(
            "The minister noted several \"obstacles\" had slowed the talks.",
            &[
                "reported|The minister|noted|several \"obstacles\" had slowed the talks",
                "direct|The minister|noted|obstacles",
            ],
        );
    }

    #[test]
    fn reported_statements() {
        check(
            "The foreign minister further added that a lot of connections tie the two states.",
            &["reported|The foreign minister|added|a lot of connections tie the two states"],
        );
        check(
            "The president said, voicing belief that the visit will strengthen ties.",
            &["reported|The president|voicing belief|the visit will strengthen ties"],
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
    fn statements_around_quoted_words() {
        // What is condemned, with what it is condemned as.
        check(
            "The foreign ministry condemned the missile launch as \"reckless and dangerous\" and a \"direct threat\" to peace in the region.",
            &[
                "reported|The foreign ministry|condemned|the missile launch as \"reckless and dangerous\" and a \"direct threat\" to peace in the region",
                "direct|The foreign ministry|condemned|reckless and dangerous",
                "direct|The foreign ministry|condemned|direct threat",
            ],
        );
        // A statement that ends in a quotation ends with its closing mark.
        check(
            "Garcia urged his followers to vote early on Sunday so that the result is \"beyond any doubt.\"",
            &[
                "reported|Garcia|urged|his followers to vote early on Sunday so that the result is \"beyond any doubt.\"",
                "direct|Garcia|urged|beyond any doubt.",
            ],
        );
        // What something is called runs on past the quotation.
        check(
            "The ministry called the drill \"a plain violation\" of the 1992 border accord.",
            &[
                "reported|The ministry|called|the drill \"a plain violation\" of the 1992 border accord",
                "direct|The ministry|called|a plain violation",
            ],
        );
    }

    #[test]
    fn what_a_preposition_an_appeal_or_a_gerund_carries() {
        check(
            "The envoy spoke of the legacy of the war and the long road to reconciliation.",
            &[
                "reported|The envoy|spoke of|the legacy of the war and the long road to reconciliation",
            ],
        );
        check(
            "The ministry expressed concern about the detention of two reporters.",
            &["reported|The ministry|expressed concern|the detention of two reporters"],
        );
        check(
            "Last week, the embassy warned its local staff to avoid the border crossings at night.",
            &["reported|the embassy|warned|its local staff to avoid the border crossings at night"],
        );
        check(
            "Ortega has mentioned reopening the consulate and easing the rules for border traders.",
            &[
                "reported|Ortega|mentioned|reopening the consulate and easing the rules for border traders",
            ],
        );
    }

    #[test]
    fn promises_calls_for_a_gerund_and_a_message() {
        check(
            "On Tuesday, Ruiz spoke to a meeting of port workers, promising to cut customs fees and open two new terminals.",
            &["reported|Ruiz|promising|to cut customs fees and open two new terminals"],
        );
        check(
            "Mr. Ruiz has called for ending the visa exemption for diplomats from the north.",
            &[
                "reported|Mr. Ruiz|called for|ending the visa exemption for diplomats from the north",
            ],
        );
        check(
            "Ruiz highlighted her point that the two ports should reopen.",
            &["reported|Ruiz|highlighted|her point that the two ports should reopen"],
        );
    }

    #[test]
    fn clauses_the_parser_hung_elsewhere() {
        check(
            "Analysts say the plan to cut fuel subsidies in the south would hurt the poorest towns.",
            &[
                "reported|Analysts|say|the plan to cut fuel subsidies in the south would hurt the poorest towns",
            ],
        );
        check(
            "In the past, Mr. Haddad said, the talks over the future of the border were held hostage by old grudges.",
            &[
                "reported|Mr. Haddad|said|In the past, Mr. Haddad said, the talks over the future of the border were held hostage by old grudges",
            ],
        );
    }

    #[test]
    fn the_subject_speaks_after_and() {
        // (not the name before "and")
        check(
            "Ruiz also suspended all contacts with Moscow and said no minister would attend the summit.",
            &["reported|Ruiz|said|no minister would attend the summit"],
        );
    }

    #[test]
    fn a_second_attribution_joined_to_the_statement_says_its_own() {
        check(
            "Police said three people were detained, while the mayor said the protest had been peaceful.",
            &[
                "reported|Police|said|three people were detained",
                "reported|the mayor|said|the protest had been peaceful",
            ],
        );
        check(
            "He argued the plan would cost too much, and added that voters would reject it.",
            &[
                "reported|He|argued|the plan would cost too much",
                "reported|He|added|voters would reject it",
            ],
        );
        check(
            "Officials said the meeting had been postponed, and the envoy told reporters the delay was routine.",
            &[
                "reported|Officials|said|the meeting had been postponed",
                "reported|the envoy|told reporters|the delay was routine",
            ],
        );
        check(
            "The spokeswoman declined to comment on the report but said the ministry was aware of it.",
            &[
                "reported|The spokeswoman|declined|to comment on the report",
                "reported|The spokeswoman|said|the ministry was aware of it",
            ],
        );
        check(
            "Erdogan voiced confidence on Saturday that talks would resume, but warned Athens \
             against new deployments.",
            &[
                "reported|Erdogan|voiced confidence|talks would resume",
                "reported|Erdogan|warned|new deployments",
            ],
        );
        // (a verb after "and" inside the statement, with no subject or clause of its
        // own, is the statement's: the one who spoke said both)
        check(
            "The minister said the rebels had seized the town and promised to hold it.",
            &["reported|The minister|said|the rebels had seized the town and promised to hold it"],
        );
    }

    #[test]
    fn a_name_after_a_role_a_clause_the_parser_broke_and_a_day_after_called_on() {
        check(
            "The group's spokesman, Ana Ruiz, said: \"Any attack will be answered.\"",
            &["direct|Ana Ruiz|said|Any attack will be answered."],
        );
        check(
            "The militia said it would keep targeting ships linked to the alliance.",
            &["reported|The militia|said|it would keep targeting ships linked to the alliance"],
        );
        // ("on" a day is when, not whom: no one called on is named)
        check("The envoy called on Friday for all parties to avoid an escalation.", &[]);
    }

    #[test]
    fn a_second_cue_joined_by_and_a_time_after_the_cue_and_how_it_was_said() {
        check(
            "The envoy denied that his country had been consulted and warned that the talks \
             would fail.",
            &[
                "reported|The envoy|denied|his country had been consulted",
                "reported|The envoy|warned|the talks would fail",
            ],
        );
        check(
            "The ministry said last week that the embassy would reopen in June.",
            &["reported|The ministry|said|the embassy would reopen in June"],
        );
        check(
            "The minister hinted that more sanctions could follow, without giving details.",
            &["reported|The minister|hinted|more sanctions could follow"],
        );
    }

    #[test]
    fn unnamed_sources_and_whom_they_told_after_the_statement() {
        check(
            "The two sides have agreed to swap prisoners, two people familiar with the talks told \
             Reuters on Monday.",
            &[
                "reported|two people familiar with the talks|told|The two sides have agreed to swap prisoners",
            ],
        );
        check(
            "The vote could slip to May, a senior diplomat in the delegation told reporters.",
            &[
                "reported|a senior diplomat in the delegation|told reporters|The vote could slip to May",
            ],
        );
        // (whom it was told is no speaker)
        check(
            "The vote could slip to May, they told Reuters.",
            &["reported|they|told|The vote could slip to May"],
        );
        // (a source cited between the verb and what it says; a name with its article
        // before an apposition)
        check(
            "The Daily Ledger, a paper owned by the ruling party, reported, citing two \
             officials, that the envoy would be recalled.",
            &["reported|The Daily Ledger|reported|the envoy would be recalled"],
        );
        // (a source that ends the sentence ends the statement too)
        check(
            "The mayor warned that the river could flood the old town, the city council said \
             in a statement.",
            &["reported|The mayor|warned|the river could flood the old town"],
        );
        // (the conjunction that joins the sentence to the one before is not said)
        check(
            "But the bridge will not open this year, a senior engineer told reporters.",
            &["reported|a senior engineer|told reporters|the bridge will not open this year"],
        );
        // (one who was asked is no asker)
        check(
            "The spokesman, asked about the arrests at a briefing, said he had nothing to add.",
            &["reported|The spokesman|said|he had nothing to add"],
        );
        check(
            "A state news agency quoted the defence minister as saying that the drills would go on.",
            &["reported|the defence minister|saying|the drills would go on"],
        );
    }

    #[test]
    fn a_position_in_one_word_with_its_phrase() {
        check(
            "China urged restraint on both sides.",
            &["reported|China|urged|restraint on both sides"],
        );
        // (an appeal may ask for one word's worth)
        check("Beijing urged restraint.", &["reported|Beijing|urged|restraint"]);
        check(
            "The envoy appealed for calm after the clashes.",
            &["reported|The envoy|appealed for|calm"],
        );
    }

    #[test]
    fn appeals_to_someone_and_warnings_against_something() {
        // (read by the parser at first as a council that was called)
        check(
            "The council called on both sides to show restraint.",
            &["reported|The council|called on|both sides to show restraint"],
        );
        check(
            "Erdogan warned Athens against arming islands near the coast.",
            &["reported|Erdogan|warned|arming islands near the coast"],
        );
        check(
            "Macron pressed Beijing to use its influence on Moscow.",
            &["reported|Macron|pressed|Beijing to use its influence on Moscow"],
        );
    }

    #[test]
    fn a_source_after_a_quotation_and_asides_between_dashes() {
        check(
            "\"We are ready to sign,\" according to a senior Turkish official.",
            &["direct|a senior Turkish official|according to|We are ready to sign,"],
        );
        check(
            "The document — which was seen by reporters — says the corridor will stay open.",
            &["reported|The document|says|the corridor will stay open"],
        );
        // (what follows a participle of naming is its object, not its speaker)
        check(
            "\"It's a good day,\" Guterres said of the deal, calling it \"a beacon of hope.\"",
            &["direct|Guterres|said|It's a good day,", "direct|Guterres|calling|a beacon of hope."],
        );
    }

    #[test]
    fn quoted_as_saying_asides_states_of_mind_and_progressives() {
        check(
            "The minister was quoted as saying the border would stay closed.",
            &["reported|The minister|was quoted as saying|the border would stay closed"],
        );
        check(
            "The prime minister, speaking at a news conference, said the budget would be balanced.",
            &["reported|The prime minister|said|the budget would be balanced"],
        );
        check(
            "Diplomats are increasingly worried that the truce will collapse.",
            &["reported|Diplomats|worried|the truce will collapse"],
        );
        // (no one's mind: "it is obvious that …")
        check("It is obvious that the truce will collapse.", &[]);
        check(
            "The ministry is warning citizens that travel to the region is dangerous.",
            &["reported|The ministry|warning|travel to the region is dangerous"],
        );
        // (a role the tagger reads as an adjective, and a description that speaks a
        // reported statement)
        check(
            "The talks will continue, the official added.",
            &["reported|the official|added|The talks will continue"],
        );
        check(
            "The chancellor acknowledged that mistakes had been made.",
            &["reported|The chancellor|acknowledged|mistakes had been made"],
        );
        // (one statement for a cue of many words: not again for "say")
        check(
            "The president went on to say that the country would not be intimidated.",
            &["reported|The president|went on to say|the country would not be intimidated"],
        );
    }

    #[test]
    fn attributions_set_off_by_commas() {
        check(
            "The convoy was ordered to wait at a depot near the crossing until the shelling stopped, sources said.",
            &[
                "reported|sources|said|The convoy was ordered to wait at a depot near the crossing until the shelling stopped",
            ],
        );
        check(
            "The talks went badly from the start, said one diplomat in the room.",
            &["reported|one diplomat in the room|said|The talks went badly from the start"],
        );
        check(
            "After the war, Mr. Ortiz said, his family moved to Lima.",
            &["reported|Mr. Ortiz|said|After the war, Mr. Ortiz said, his family moved to Lima"],
        );
        check(
            "Exports fell by a third last year, free-trade advocates say.",
            &["reported|free-trade advocates|say|Exports fell by a third last year"],
        );
        // (only verbs of saying come before their speaker)
        check("Several mining firms collapsed in a year, declared bankruptcy.", &[]);
        // What a poll shows is its claim; what people show is not said.
        check(
            "Two polls show a tight race for the governorship.",
            &["reported|Two polls|show|a tight race for the governorship"],
        );
        check("The dancers showed great skill.", &[]);
    }

    #[test]
    fn a_question_quoted_takes_the_cue_of_the_next_sentence() {
        check(
            "“Who could have predicted this?” Ana Ruiz said, waving to the crowd.",
            &["direct|Ana Ruiz|said|Who could have predicted this?"],
        );
    }

    #[test]
    fn a_clause_subject_read_as_the_object_opens_the_statement() {
        check(
            "A judge opened the archive, saying the public had every right to read it.",
            &["reported|A judge|saying|the public had every right to read it"],
        );
    }

    #[test]
    fn passives_with_their_agent() {
        check(
            "News of the border plan was reported by a regional broadcaster.",
            &["reported|a regional broadcaster|reported|News of the border plan"],
        );
    }

    #[test]
    fn intentions_positions_and_what_is_no_quote() {
        check(
            "The embassy declined to comment on the leaked cable.",
            &["reported|The embassy|declined|to comment on the leaked cable"],
        );
        check(
            "The senator defended the decision to close the border crossing.",
            &["reported|The senator|defended|the decision to close the border crossing"],
        );
        // A title in marks after a preposition, a number in marks, and an unattributed
        // term in marks are not quotes; the statement around them still is.
        check(
            "The minister said on \"Face the Nation,\" that the talks had stalled.",
            &["reported|The minister|said|the talks had stalled"],
        );
        check("The post ended with \"1474387200\" and a link.", &[]);
        check("Critics call the fund a \"holding vehicle\" in all but name.", &[]);
    }

    #[test]
    fn a_headline_that_ends_in_a_lone_mark_or_cue_is_read_safely() {
        for line in ["Ruiz: \"", "Mr. Ruiz : \"", "Ana Ruiz Says ."] {
            let _ = headline_attribution(line, Span::new(0, line.len()));
        }
    }

    #[test]
    fn headline_attributions_with_the_speaker_last() {
        check(
            "Border Talks Could Resume in Spring, Ana Ruiz Says\n\nThe senator spoke on Monday.",
            &["reported|Ana Ruiz|Says|Border Talks Could Resume in Spring"],
        );
    }

    #[test]
    fn headline_attributions_with_the_speaker_first() {
        check(
            "Ana Ruiz Says New Bridge Will Cut Journey Times by Half\n\nThe senator spoke on Monday.",
            &["reported|Ana Ruiz|Says|New Bridge Will Cut Journey Times by Half"],
        );
        // (not a longer lead before the verb, nor a short tail after it)
        check("Railing Against Taxes, Ruiz Vows To Act\n\nThe senator spoke on Monday.", &[]);
    }

    #[test]
    fn headline_attributions_of_a_quotation() {
        check(
            "Ruiz To Trade Envoy: “You Should Resign.”\n\nThe senator spoke on Monday.",
            &["direct|Ruiz||You Should Resign."],
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
