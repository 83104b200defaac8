//! Quotation spans in every usual style: `"…"`, `“…”`, `‘…’`, `'…'`, `«…»`, `„…“`,
//! nested, and across paragraphs.
//!
//! Marks are first classified from their surroundings alone (an opening mark has space
//! before it and a word after it; a closing mark the other way round; an apostrophe
//! sits between letters). A stack then pairs them. At a paragraph break an open
//! quotation goes on only where news convention says so: the next paragraph reopens
//! it with an opening mark at its very start, or closes it before opening anything
//! else (the closing mark was simply left out of the first paragraph). Otherwise it
//! stops at the end of its paragraph with a diagnostic, so that a stray mark never
//! swallows the rest of the document.

use attache_model::{Diagnostic, Paragraph, Quotation, QuoteMark};
use attache_text::{Span, is_closing_bracket, is_dash, is_opening_bracket};

/// A quotation may run over at most this many paragraphs before it is cut.
const MAX_PARAGRAPHS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark that could open or close; the state decides.
    Either,
    /// `’` or `'` after a word: closes an open single quotation, else an apostrophe.
    CloseOrApostrophe,
    /// `“` (closes `„`), `«` (closes `»…`), `‘` (closes `‚`): opens unless the low or
    /// reversed form of its family is open.
    OpenOrCloseLow,
    /// `”`, `»`, `›`: closes, or opens when nothing of its family is open.
    CloseOrOpen,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    style: QuoteMark,
    role: Role,
    /// Space before and a word after: placed like an opening mark.
    placed_to_open: bool,
    /// `s’` before a lower-case word: a plural possessive unless it closes a quotation.
    possessive: bool,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    mark: Mark,
    paragraph: usize,
    index: usize,
}

/// Finds the quotations in `paragraphs`, outer ones before those nested inside them.
pub fn find_quotations(text: &str, paragraphs: &[Paragraph]) -> (Vec<Quotation>, Vec<Diagnostic>) {
    let mut finder = Finder { text, out: Vec::new(), diagnostics: Vec::new(), stack: Vec::new() };
    let marks: Vec<Vec<Mark>> = paragraphs.iter().map(|p| marks_in(text, p.span)).collect();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let mut skip_first = false;
        if p > 0 && !paragraph.joins_previous && !finder.stack.is_empty() {
            let previous_end = paragraphs[p - 1].span.byte_end;
            skip_first = finder.carry_over(text, p, paragraph, &marks[p], previous_end);
        }
        for (m, mark) in marks[p].iter().enumerate() {
            if skip_first && m == 0 {
                continue;
            }
            finder.take(*mark, &marks[p][m + 1..], p);
        }
    }
    if let Some(last) = paragraphs.last() {
        finder.cut_all(0, last.span.byte_end, paragraphs.len() - 1);
    }
    finder.out.retain(|q| !q.content.is_empty());
    (finder.out, finder.diagnostics)
}

struct Finder<'a> {
    text: &'a str,
    out: Vec<Quotation>,
    diagnostics: Vec<Diagnostic>,
    stack: Vec<Open>,
}

impl Finder<'_> {
    /// At a paragraph break with quotations open: decides whether the outermost one
    /// goes on. Returns whether the paragraph's first mark reopened it (and is spent).
    fn carry_over(
        &mut self,
        text: &str,
        p: usize,
        paragraph: &Paragraph,
        marks: &[Mark],
        previous_end: usize,
    ) -> bool {
        // Nested quotations never run over a paragraph break.
        self.cut_all(1, previous_end, p - 1);
        let outer = self.stack[0];
        let first_of_family = marks.iter().find(|m| m.family == outer.mark.family);
        let starts_paragraph = |m: &Mark| text[paragraph.span.byte_start..m.at].trim().is_empty();
        let too_long = p - outer.paragraph >= MAX_PARAGRAPHS;
        let (goes_on, reopened) = match first_of_family {
            _ if too_long => (false, false),
            // (reopened in the style it was opened in: a straight mark left open does
            // not run on into a paragraph that opens with a curly one)
            Some(m)
                if starts_paragraph(m)
                    && matches!(m.role, Role::Open | Role::Either | Role::OpenOrCloseLow)
                    && (m.style == outer.mark.style
                        || !matches!(
                            (m.style, outer.mark.style),
                            (QuoteMark::StraightDouble, QuoteMark::CurlyDouble)
                                | (QuoteMark::CurlyDouble, QuoteMark::StraightDouble)
                        )) =>
            {
                (true, std::ptr::eq(m, &marks[0]))
            }
            Some(m)
                if matches!(
                    m.role,
                    Role::Close | Role::Either | Role::CloseOrApostrophe | Role::CloseOrOpen
                ) =>
            {
                (true, false)
            }
            _ => (false, false),
        };
        if !goes_on {
            self.cut_all(0, previous_end, p - 1);
        }
        goes_on && reopened
    }

    fn take(&mut self, mark: Mark, later: &[Mark], p: usize) {
        let nearest = self.stack.iter().rposition(|o| o.mark.family == mark.family);
        match mark.role {
            Role::Open => self.open(mark, p),
            Role::Close => match nearest {
                Some(depth) => self.close(depth, mark, p),
                None => self.stray(mark),
            },
            Role::Either => match nearest {
                Some(depth) if self.stack[depth].mark.style == mark.style => {
                    self.close(depth, mark, p)
                }
                _ => self.open(mark, p),
            },
            Role::CloseOrApostrophe => {
                // `the ministers’ talks`: a possessive, when a later mark can close.
                let later_close = || {
                    later.iter().any(|m| {
                        m.family == mark.family
                            && m.role == Role::CloseOrApostrophe
                            && !m.possessive
                    })
                };
                if let Some(depth) = nearest
                    && !(mark.possessive && later_close())
                {
                    self.close(depth, mark, p);
                }
            }
            Role::OpenOrCloseLow => match nearest {
                Some(depth)
                    if is_low_or_reversed(
                        self.stack[depth].mark.style,
                        self.stack[depth].mark,
                        self.text,
                    ) =>
                {
                    self.close(depth, mark, p)
                }
                _ => self.open(mark, p),
            },
            Role::CloseOrOpen => match nearest {
                Some(depth) => self.close(depth, mark, p),
                None if mark.placed_to_open => self.open(mark, p),
                None => self.stray(mark),
            },
        }
    }

    fn open(&mut self, mark: Mark, p: usize) {
        // A second straight double mark opening while one is open in the same
        // paragraph means the first was never closed.
        if mark.style == QuoteMark::StraightDouble
            && let Some(depth) =
                self.stack.iter().rposition(|o| o.mark.style == QuoteMark::StraightDouble)
        {
            self.cut_all(depth, mark.at, p);
        }
        let index = self.out.len();
        let parent = self.stack.last().map(|o| o.index);
        let span = Span::new(mark.at, mark.at + mark.len);
        self.out.push(Quotation {
            span,
            content: Span::empty(span.byte_end),
            mark: mark.style,
            closed: false,
            paragraphs: 1,
            parent,
        });
        self.stack.push(Open { mark, paragraph: p, index });
    }

    fn close(&mut self, depth: usize, mark: Mark, p: usize) {
        self.cut_all(depth + 1, mark.at, p);
        let open = self.stack.pop().expect("depth is inside the stack");
        let quotation = &mut self.out[open.index];
        quotation.span = Span::new(open.mark.at, mark.at + mark.len);
        quotation.content =
            Span::trimmed(self.text, Span::new(open.mark.at + open.mark.len, mark.at));
        quotation.closed = true;
        quotation.paragraphs = p - open.paragraph + 1;
    }

    /// Ends every open quotation from `depth` up, unclosed, at `end`.
    fn cut_all(&mut self, depth: usize, end: usize, p: usize) {
        while self.stack.len() > depth {
            let open = self.stack.pop().expect("stack is longer than depth");
            let quotation = &mut self.out[open.index];
            let end = end.max(open.mark.at + open.mark.len);
            quotation.span = Span::new(open.mark.at, end);
            quotation.content =
                Span::trimmed(self.text, Span::new(open.mark.at + open.mark.len, end));
            quotation.closed = false;
            quotation.paragraphs = p - open.paragraph + 1;
            self.diagnostics.push(Diagnostic::warning(
                "unclosed-quotation",
                "quotation mark is never closed; the quotation stops at the end of its paragraph",
                Some(Span::new(open.mark.at, open.mark.at + open.mark.len)),
            ));
        }
    }

    fn stray(&mut self, mark: Mark) {
        self.diagnostics.push(Diagnostic::info(
            "stray-quotation-mark",
            "closing quotation mark with no opening mark",
            Some(Span::new(mark.at, mark.at + mark.len)),
        ));
    }
}

/// Whether an open quotation was opened by the low form of its family (`„`, `‚`) or by
/// the reversed guillemet (`»…«`), so that `“`, `‘` or `«` closes it.
fn is_low_or_reversed(style: QuoteMark, open: Mark, text: &str) -> bool {
    match style {
        QuoteMark::LowDouble | QuoteMark::LowSingle => true,
        QuoteMark::Guillemets | QuoteMark::SingleGuillemets => {
            text[open.at..].starts_with(['»', '›'])
        }
        _ => false,
    }
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›')
}

/// The quotation marks of one paragraph, classified by their surroundings.
fn marks_in(text: &str, span: Span) -> Vec<Mark> {
    let paragraph = span.text(text);
    let mut marks = Vec::new();
    // Quotation marks are `"`, `'`, or start with the bytes E2 (curly marks, `„`, `‹`,
    // `›`) or C2 (`«`, `»`): look only there, and decode the neighbours on demand.
    let bytes = paragraph.as_bytes();
    let mut offsets: Vec<usize> = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).collect();
    if memchr::memchr(0xC2, bytes).is_some() {
        offsets.extend(memchr::memchr_iter(0xC2, bytes));
        offsets.sort_unstable();
    }
    // (two backticks open a double mark in the archives that close it with two
    // apostrophes: ``So it is,'' he said)
    if memchr::memmem::find(bytes, b"``").is_some() {
        offsets.extend(memchr::memmem::find_iter(bytes, b"``"));
        offsets.sort_unstable();
    }
    let mut skip_to = 0;
    for offset in offsets {
        if offset < skip_to {
            continue;
        }
        let Some(c) = paragraph[offset..].chars().next() else { continue };
        if c == '`' {
            marks.push(Mark {
                at: span.byte_start + offset,
                len: 2,
                family: Family::Double,
                style: QuoteMark::StraightDouble,
                role: Role::Open,
                placed_to_open: true,
                possessive: false,
            });
            skip_to = offset + 2;
            continue;
        }
        if !is_quote_char(c) {
            continue;
        }
        let previous = paragraph[..offset].chars().next_back();
        // Two straight apostrophes stand for a double mark (`''So it is,'' he said`,
        // as some archives write them).
        if c == '\'' && paragraph[offset + 1..].starts_with('\'') && previous != Some('\'') {
            let next = paragraph[offset + 2..].chars().next();
            if let Some(mark) = classify(paragraph, offset, '"', previous, next) {
                marks.push(Mark { at: span.byte_start + offset, len: 2, ..mark });
            }
            skip_to = offset + 2;
            continue;
        }
        let next = paragraph[offset + c.len_utf8()..].chars().next();
        if let Some(mark) = classify(paragraph, offset, c, previous, next) {
            marks.push(Mark { at: span.byte_start + offset, ..mark });
        }
    }
    marks
}

/// One mark at `offset` of `paragraph`, from its neighbours (`at` is relative).
fn classify(
    paragraph: &str,
    offset: usize,
    c: char,
    previous: Option<char>,
    next: Option<char>,
) -> Option<Mark> {
    let left_open = previous.is_none_or(|p| {
        p.is_whitespace() || is_opening_bracket(p) || is_dash(p) || is_quote_char(p) || p == '/'
    });
    let right_open = next.is_none_or(|n| {
        n.is_whitespace()
            || is_closing_bracket(n)
            || is_dash(n)
            || is_quote_char(n)
            || matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | '…')
    });
    let letter_before = previous.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    let (family, style, role) = match c {
        '"' => (
            Family::Double,
            QuoteMark::StraightDouble,
            match (left_open, right_open) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Either,
            },
        ),
        '“' => (Family::Double, QuoteMark::CurlyDouble, Role::OpenOrCloseLow),
        '”' => (Family::Double, QuoteMark::CurlyDouble, Role::CloseOrOpen),
        '„' => (Family::Double, QuoteMark::LowDouble, Role::Open),
        '«' => (Family::Guillemet, QuoteMark::Guillemets, Role::OpenOrCloseLow),
        '»' => (Family::Guillemet, QuoteMark::Guillemets, Role::CloseOrOpen),
        '‹' => (Family::SingleGuillemet, QuoteMark::SingleGuillemets, Role::OpenOrCloseLow),
        '›' => (Family::SingleGuillemet, QuoteMark::SingleGuillemets, Role::CloseOrOpen),
        '‚' if letter_after && left_open => (Family::Single, QuoteMark::LowSingle, Role::Open),
        '‘' if next.is_some_and(|n| n.is_ascii_digit()) => return None,
        '‘' => (Family::Single, QuoteMark::CurlySingle, Role::OpenOrCloseLow),
        '’' | '\'' => {
            let style = if c == '’' { QuoteMark::CurlySingle } else { QuoteMark::StraightSingle };
            if letter_before && letter_after {
                return None;
            } else if letter_before || (!left_open && right_open) {
                (Family::Single, style, Role::CloseOrApostrophe)
            } else if left_open
                && next.is_some_and(|n| n.is_alphabetic() || is_quote_char(n) || n == '.')
                && !is_elision(&paragraph[offset + c.len_utf8()..])
            {
                (Family::Single, style, Role::Open)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let possessive = matches!(c, '’' | '\'')
        && previous == Some('s')
        && next.is_some_and(char::is_whitespace)
        && paragraph[offset + c.len_utf8()..].trim_start().starts_with(char::is_lowercase);
    Some(Mark {
        at: offset,
        len: c.len_utf8(),
        family,
        style,
        role,
        placed_to_open: left_open && !right_open,
        possessive,
    })
}

/// Words that begin with an apostrophe in English (`'em`, `'til`, `'cause`).
fn is_elision(rest: &str) -> bool {
    let word: String =
        rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    matches!(word.as_str(), "em" | "til" | "cause" | "tis" | "twas" | "n" | "bout" | "round" | "s")
}

#[cfg(test)]
mod tests {
    use attache_model::Paragraph;

    use super::*;

    /// Paragraphs are separated by blank lines; a paragraph starting in lower case
    /// joins the previous one (a broken paragraph).
    fn paragraphs(input: &str) -> Vec<Paragraph> {
        let mut out = Vec::new();
        let mut offset = 0;
        for part in input.split("\n\n") {
            let joins = part.starts_with(char::is_lowercase);
            out.push(Paragraph {
                span: Span::new(offset, offset + part.len()),
                joins_previous: joins,
            });
            offset += part.len() + 2;
        }
        out
    }

    #[track_caller]
    fn check(input: &str, expect: &[&str]) {
        let (quotations, _) = find_quotations(input, &paragraphs(input));
        let got: Vec<String> = quotations
            .iter()
            .map(|q| {
                let depth = std::iter::successors(q.parent, |&i| quotations[i].parent).count();
                format!(
                    "{}{}{}",
                    ">".repeat(depth),
                    q.content.text(input),
                    if q.closed { "" } else { " [unclosed]" }
                )
            })
            .collect();
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn a_straight_mark_left_open_stops_before_a_curly_paragraph() {
        check(
            "\"The envoy was asleep.\n\n“Here he is,” she said.",
            &["The envoy was asleep. [unclosed]", "Here he is,"],
        );
    }

    #[test]
    fn backticks_open_a_double_mark() {
        check(
            "``It was a bomb,'' said the official. ``You can see the crater,'' he said.",
            &["It was a bomb,", "You can see the crater,"],
        );
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        check(
            "''That is our weak point,'' said the adviser. ''Nothing matters more.''",
            &["That is our weak point,", "Nothing matters more."],
        );
        check("They played rock 'n' roll until dawn.", &[]);
    }

    #[test]
    fn every_style() {
        check(r#"He said "we agree" today."#, &["we agree"]);
        check("He said “we agree” today.", &["we agree"]);
        check("He said ‘we agree’ today.", &["we agree"]);
        check("He said 'we agree' today.", &["we agree"]);
        check("Он сказал «мы согласны» сегодня.", &["мы согласны"]);
        check("Er sagte „wir stimmen zu“ heute.", &["wir stimmen zu"]);
        check("Han sa ”vi håller med” idag.", &["vi håller med"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        check("Lavrov's visit and the ministers' talks don't count.", &[]);
        check("Lavrov’s visit in the ’90s", &[]);
        check("'Our ministers' talks went well,' she said.", &["Our ministers' talks went well,"]);
    }

    #[test]
    fn nested() {
        check(
            r#""He called it 'a historic step', and I agree," she said."#,
            &["He called it 'a historic step', and I agree,", ">a historic step"],
        );
        check(
            "“The word ‘crisis’ is wrong,” he said.",
            &["The word ‘crisis’ is wrong,", ">crisis"],
        );
    }

    #[test]
    fn across_paragraphs() {
        // Reopened at each paragraph.
        check("\"First part.\n\n\"Second part,\" he said.", &["First part.\n\n\"Second part,"]);
        // Closing mark left out of the first paragraph, as in the seed article.
        check("\"First part.\n\nSecond part,\" he said.", &["First part.\n\nSecond part,"]);
        // Across a paragraph broken mid-sentence.
        check(
            "\"He sends the warmest\n\ngreetings,\" Lavrov said.",
            &["He sends the warmest\n\ngreetings,"],
        );
        // An opening mark with a space after it, at the start of a paragraph.
        check("\" One good example, he said.\" he concluded.", &["One good example, he said."]);
    }

    #[test]
    fn stray_marks_stay_bounded() {
        check(
            "He said \"we agree today.\n\nThe talks ended.\n\nNothing else.",
            &["we agree today. [unclosed]"],
        );
        check("A stray ” mark.\n\n“Then a quote,” he said.", &["Then a quote,"]);
        let (_, diagnostics) = find_quotations(
            "He said \"we agree.\n\nNext.",
            &paragraphs("He said \"we agree.\n\nNext."),
        );
        assert_eq!(diagnostics[0].code, "unclosed-quotation");
    }

    #[test]
    fn two_quotes_in_a_sentence() {
        check(r#""Yes," he said, "we agree.""#, &["Yes,", "we agree."]);
        check(
            r#"called the meeting "an historic event" and "a step""#,
            &["an historic event", "a step"],
        );
    }
}
