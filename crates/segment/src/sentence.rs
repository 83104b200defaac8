//! Sentence boundaries.
//!
//! A sentence ends at a paragraph that does not run on into the next, or after
//! sentence-final punctuation (with any closing quotation marks and brackets glued to
//! it) when the next token opens a sentence: a capital, a digit or an opening mark.
//! Abbreviations end a sentence only where they can (`etc.` can, `Mr.` cannot, `Nov.`
//! cannot before a number, `U.S.` cannot before `President`).

use std::ops::Range;

use attache_model::{Paragraph, Sentence, Token, TokenKind};
use attache_text::{Span, is_closing_bracket, is_opening_bracket, is_sentence_terminal};

use crate::abbreviations::{abbreviation_may_end_sentence, is_abbreviation};
use crate::boundary::{BoundaryModel, Candidate, WordCache, is_candidate};

/// Splits the tokens of each run of joined paragraphs into sentences.
///
/// `paragraph_tokens[i]` is the range of `tokens` inside `paragraphs[i]`. With a
/// `model`, the rules' boundaries are checked and completed by it.
pub fn split_sentences(
    text: &str,
    tokens: &[Token],
    paragraphs: &[Paragraph],
    paragraph_tokens: &[Range<usize>],
    model: Option<&BoundaryModel>,
) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut p = 0;
    while p < paragraphs.len() {
        let first_paragraph = p;
        let mut group = paragraph_tokens[p].clone();
        p += 1;
        while p < paragraphs.len() && paragraphs[p].joins_previous {
            group.end = paragraph_tokens[p].end;
            p += 1;
        }
        let rule_ends = rule_ends(text, tokens, group.clone());
        let ends = match model {
            None => rule_ends,
            Some(model) => {
                let mut rules = rule_ends.iter().peekable();
                let mut cache = WordCache::default();
                (group.start + 1..group.end)
                    .filter(|&next| {
                        let rule = rules.next_if_eq(&&next).is_some();
                        is_candidate(text, tokens, next, rule)
                            && model.says_boundary(
                                &Candidate {
                                    text,
                                    tokens,
                                    next,
                                    first: group.start,
                                    end: group.end,
                                    rule,
                                },
                                &mut cache,
                            )
                    })
                    .collect()
            }
        };
        let mut paragraph = first_paragraph;
        let mut start = group.start;
        for end in ends.into_iter().chain(std::iter::once(group.end)) {
            if start < end {
                while paragraph_tokens[paragraph].end <= start {
                    paragraph += 1;
                }
                let span = tokens[start].span.cover(tokens[end - 1].span);
                sentences.push(Sentence { span, tokens: start..end, paragraph });
            }
            start = end;
        }
    }
    sentences
}

/// Where the rules end sentences inside one run of tokens: the index of the token
/// after each end, in order, the run's own end excluded.
fn rule_ends(text: &str, tokens: &[Token], group: Range<usize>) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut i = group.start;
    let word = |i: usize| tokens[i].span.text(text);
    while i < group.end {
        let token = word(i);
        let terminal =
            tokens[i].kind == TokenKind::Punctuation && token.chars().all(is_sentence_terminal);
        let abbreviation = !terminal
            && tokens[i].kind == TokenKind::Word
            && token.len() > 1
            && token.ends_with('.')
            && is_abbreviation(token);
        if terminal || abbreviation {
            // Closing quotation marks and brackets glued to the terminal stay with it.
            let mut end = i + 1;
            while end < group.end
                && glued(tokens[end - 1].span, tokens[end].span)
                && closes(word(end))
            {
                end += 1;
            }
            if end < group.end {
                let next = word(end);
                // A plain full stop, question or exclamation mark with no closing mark
                // after it ends a sentence even before a lower-case word: web text
                // often starts sentences in lower case, and a quotation closed after
                // the mark goes on with its speech tag ("…," he said).
                let bare = terminal
                    && end == i + 1
                    && !glued(tokens[i].span, tokens[end].span)
                    && !token.starts_with("..")
                    && !token.starts_with('…');
                let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
                let boundary = (opens_sentence(next) || (bare && starts_lower))
                    && (!abbreviation || abbreviation_may_end_sentence(token, next));
                if boundary {
                    ends.push(end);
                }
            }
            i = end;
            continue;
        }
        i += 1;
    }
    ends
}

fn glued(a: Span, b: Span) -> bool {
    a.byte_end == b.byte_start
}

fn closes(token: &str) -> bool {
    let mut chars = token.chars();
    let c = chars.next().unwrap_or(' ');
    chars.next().is_none()
        && (matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | '“') || is_closing_bracket(c))
}

fn opens_sentence(token: &str) -> bool {
    let Some(c) = token.chars().next() else { return false };
    if c.is_alphabetic() {
        return c.is_uppercase() || !c.is_lowercase();
    }
    if c.is_numeric() {
        return true;
    }
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '«'
            | '„'
            | '‚'
            | '»'
            | '¿'
            | '¡'
            | '*'
            | '•'
            | '#'
            | '@'
            | '$'
            | '€'
            | '£'
    ) || is_opening_bracket(c)
}

#[cfg(test)]
mod tests {
    use crate::EnglishSegmenter;

    #[track_caller]
    fn check(input: &str, expect: &[&str]) {
        let segmentation = EnglishSegmenter::rules_only().segment_text(input);
        let got: Vec<&str> = segmentation.sentences.iter().map(|s| s.span.text(input)).collect();
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn plain_sentences() {
        check(
            "Talks began. They ended!  Did they? Yes…",
            &["Talks began.", "They ended!", "Did they?", "Yes…"],
        );
        check("Headline without a final period", &["Headline without a final period"]);
    }

    #[test]
    fn abbreviations_initials_and_numbers() {
        check(
            "Mr. Lavrov met Dr. Smith. They talked.",
            &["Mr. Lavrov met Dr. Smith.", "They talked."],
        );
        check(
            "He arrived on Nov.1 in Baku. Talks followed.",
            &["He arrived on Nov.1 in Baku.", "Talks followed."],
        );
        check("George W. Bush spoke. J. Smith left.", &["George W. Bush spoke.", "J. Smith left."]);
        check(
            "Trade grew 3.5 percent. Room No. 5 was used.",
            &["Trade grew 3.5 percent.", "Room No. 5 was used."],
        );
        check(
            "U.S. President Biden spoke. He left the U.S. The end came.",
            &["U.S. President Biden spoke.", "He left the U.S.", "The end came."],
        );
        check("It costs $5 etc. Then it rose.", &["It costs $5 etc.", "Then it rose."]);
    }

    #[test]
    fn quotation_marks_after_the_period() {
        check("\"We agree.\" He left.", &["\"We agree.\"", "He left."]);
        check(
            "\"Thank you for this reception.\" he concluded.",
            &["\"Thank you for this reception.\" he concluded."],
        );
        check("“We agree.” “So do we,” she said.", &["“We agree.”", "“So do we,” she said."]);
        check("He said so. \"We agree,\" she said.", &["He said so.", "\"We agree,\" she said."]);
    }

    #[test]
    fn ellipses_and_odd_spacing() {
        check(
            "We waited... and waited. Then... Nothing.",
            &["We waited... and waited.", "Then...", "Nothing."],
        );
        check(
            "You have recently , on Nov.1, met him .It was good.",
            &["You have recently , on Nov.1, met him .", "It was good."],
        );
    }
}
