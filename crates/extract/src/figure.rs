//! Figures: the numbers an article claims, with their unit, the change they describe,
//! their qualifier, what they measure and the period they cover.
//!
//! A figure is a number (digits, words, or digits with a scale such as `1.2bn`) with a
//! currency before it or a unit after it (`data/units.tsv`), or a plain count of
//! something ("12 agreements"). Numbers inside time expressions are dates, not figures.

use std::sync::LazyLock;

use attache_model::{Figure, Moment, Time, Token};
use attache_text::Span;

use crate::number::{SCALES, ordinal, read_number};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitKind {
    Prefix,
    Suffix,
    Person,
}

struct UnitEntry {
    words: Vec<String>,
    unit: String,
    kind: UnitKind,
}

static UNITS: LazyLock<Vec<UnitEntry>> = LazyLock::new(|| {
    include_str!("../data/units.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let surface = fields.next()?;
            let unit = fields.next()?.to_string();
            let kind = match fields.next()? {
                "prefix" => UnitKind::Prefix,
                "person" => UnitKind::Person,
                _ => UnitKind::Suffix,
            };
            Some(UnitEntry { words: surface.split(' ').map(str::to_string).collect(), unit, kind })
        })
        .collect()
});

/// Qualifier phrases and the normal form the output uses.
const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["more", "than"], "more than"),
    (&["over"], "more than"),
    (&["above"], "more than"),
    (&["in", "excess", "of"], "more than"),
    (&["exceeded"], "more than"),
    (&["less", "than"], "less than"),
    (&["fewer", "than"], "less than"),
    (&["under"], "less than"),
    (&["below"], "less than"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "at most"),
    (&["no", "more", "than"], "at most"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["roughly"], "about"),
    (&["approximately"], "about"),
    (&["some"], "about"),
    (&["an", "estimated"], "about"),
    (&["up", "to"], "up to"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["close", "to"], "nearly"),
];

/// Verbs of change and their direction.
const CHANGES: &[(&str, &str)] = &[
    ("increased", "increase"),
    ("increase", "increase"),
    ("increases", "increase"),
    ("rose", "increase"),
    ("rise", "increase"),
    ("rises", "increase"),
    ("risen", "increase"),
    ("grew", "increase"),
    ("grown", "increase"),
    ("grow", "increase"),
    ("climbed", "increase"),
    ("jumped", "increase"),
    ("surged", "increase"),
    ("soared", "increase"),
    ("gained", "increase"),
    ("expanded", "increase"),
    ("raised", "increase"),
    ("boosted", "increase"),
    ("doubled", "increase"),
    ("increasing", "increase"),
    ("rising", "increase"),
    ("growth", "increase"),
    ("decreased", "decrease"),
    ("decrease", "decrease"),
    ("fell", "decrease"),
    ("fall", "decrease"),
    ("falls", "decrease"),
    ("fallen", "decrease"),
    ("dropped", "decrease"),
    ("declined", "decrease"),
    ("decline", "decrease"),
    ("slumped", "decrease"),
    ("plunged", "decrease"),
    ("tumbled", "decrease"),
    ("slid", "decrease"),
    ("shrank", "decrease"),
    ("contracted", "decrease"),
    ("lost", "decrease"),
    ("cut", "decrease"),
    ("reduced", "decrease"),
    ("halved", "decrease"),
    ("lowered", "decrease"),
    ("slashed", "decrease"),
    ("falling", "decrease"),
    ("declining", "decrease"),
];

/// Words that cannot start the noun phrase a figure measures.
const NOT_NOUNS: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "or", "but", "that", "which",
    "who", "was", "were", "is", "are", "has", "have", "had", "will", "would", "said", "says",
    "the", "a", "an", "this", "these", "those", "its", "their", "since", "as", "than", "per",
    "each", "last", "this", "next", "over", "under", "about", "between", "after", "before",
    "during",
];

/// Finds figures. Built once, shared between threads.
#[derive(Clone, Debug, Default)]
pub struct FigureRecognizer {
    _private: (),
}

impl FigureRecognizer {
    /// A recogniser with the built-in units.
    pub fn new() -> FigureRecognizer {
        LazyLock::force(&UNITS);
        FigureRecognizer { _private: () }
    }

    /// Finds the figures among the tokens of one sentence. `times` are the sentence's
    /// time expressions (their numbers are not figures, and they give periods);
    /// `anchor` is the publication date.
    pub fn recognize_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        times: &[Time],
        anchor: Option<Moment>,
    ) -> Vec<Figure> {
        if !tokens.iter().any(|t| may_be_figure(t.span.text(text))) {
            return Vec::new();
        }
        let lower: Vec<String> = tokens.iter().map(|t| t.span.text(text).to_lowercase()).collect();
        let words: Vec<&str> = lower.iter().map(String::as_str).collect();
        // Numbers in dates and times are not figures; those in durations may be
        // ("six years in prison").
        let in_time: Vec<bool> = tokens
            .iter()
            .map(|t| {
                times.iter().any(|time| {
                    time.kind != attache_model::TimeKind::Duration && time.span.overlaps(t.span)
                })
            })
            .collect();
        let scan = Scan { text, tokens, words: &words, in_time: &in_time, times, anchor };
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match scan.figure_at(i) {
                Some((figure, end)) => {
                    out.push(figure);
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

fn may_be_figure(token: &str) -> bool {
    let first = token.chars().next().unwrap_or(' ');
    first.is_ascii_digit()
        || matches!(first, '$' | '€' | '£' | '¥' | '₽' | '₹' | '%')
        || token.len() >= 3
}

struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
    words: &'a [&'a str],
    in_time: &'a [bool],
    times: &'a [Time],
    anchor: Option<Moment>,
}

impl Scan<'_> {
    fn w(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The longest unit phrase of `kind` starting at `i`: (unit, end).
    fn unit_at(&self, i: usize, kinds: &[UnitKind]) -> Option<(&'static str, usize, UnitKind)> {
        UNITS
            .iter()
            .filter(|u| kinds.contains(&u.kind))
            .filter(|u| u.words.iter().enumerate().all(|(k, w)| self.w(i + k) == w))
            .max_by_key(|u| u.words.len())
            .map(|u| (u.unit.as_str(), i + u.words.len(), u.kind))
    }

    /// A number at `i`, including `1.2bn`-style tokens: (value, end).
    fn number_at(&self, i: usize) -> Option<(f64, usize)> {
        if self.in_time.get(i).copied().unwrap_or(true) {
            return None;
        }
        let word = self.w(i);
        // 1.2bn, 5mln, 10m
        let digits_end = word
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(word.len());
        if digits_end > 0 && digits_end < word.len() {
            let (number, suffix) = word.split_at(digits_end);
            if let Some(&(_, scale)) = SCALES.iter().find(|(s, _)| *s == suffix)
                && let Some(v) = crate::number::digits(number)
            {
                return Some((v * scale, i + 1));
            }
            return None;
        }
        let (value, end) = read_number(self.words, i)?;
        // Skip "a", "one of", "one day": only numbers that count something.
        if matches!(self.w(i), "a" | "an") && end == i + 1 {
            return None;
        }
        if self.w(i) == "one" && end == i + 1 && self.unit_at(end, &[UnitKind::Person]).is_none() {
            return None;
        }
        Some((value, end))
    }

    fn figure_at(&self, i: usize) -> Option<(Figure, usize)> {
        // Anniversaries: the 25th anniversary of …
        if let Some(n) = ordinal(self.w(i)).map(f64::from).or_else(|| {
            let w = self.w(i);
            w.strip_suffix("th")
                .or_else(|| w.strip_suffix("st"))
                .or_else(|| w.strip_suffix("nd"))
                .or_else(|| w.strip_suffix("rd"))
                .and_then(|d| d.parse().ok())
        }) && self.w(i + 1) == "anniversary"
        {
            let start = if self.w(i.wrapping_sub(1)) == "the" { i - 1 } else { i };
            let mut end = i + 2;
            let mut what = "anniversary".to_string();
            if self.w(end) == "of" {
                let (phrase, phrase_end) = self.noun_phrase(end + 1, 5);
                if !phrase.is_empty() {
                    what = format!("anniversary of {phrase}");
                    end = phrase_end;
                }
            }
            let period =
                self.period(i).or_else(|| self.anchor.map(|a| format!("{:04}", a.date.year())));
            let figure = Figure {
                value: n,
                unit: Some("years".to_string()),
                change: None,
                qualifier: None,
                what: Some(what),
                period,
                evidence: self.span(start, end),
            };
            return Some((figure, end));
        }

        // 25-year, 71-year-old: a number glued to its unit.
        if let Some((digits, rest)) = self.w(i).split_once('-')
            && !self.in_time.get(i).copied().unwrap_or(true)
            && let Ok(n) = digits.parse::<f64>()
            && let Some(unit) = UNITS
                .iter()
                .find(|u| u.kind == UnitKind::Suffix && u.words.len() == 1 && u.words[0] == rest)
        {
            let figure = Figure {
                value: n,
                unit: Some(unit.unit.clone()),
                change: None,
                qualifier: None,
                what: self
                    .noun_phrase(i + 1, 2)
                    .0
                    .split(' ')
                    .next()
                    .filter(|w| !w.is_empty() && *w != "-")
                    .map(str::to_string),
                period: None,
                evidence: self.span(i, i + 1),
            };
            return Some((figure, i + 1));
        }
        // Fractions of a whole: "a fifth of the territory", "half of the respondents";
        // and "doubled", "halved".
        if let Some((share, length)) = self.fraction_at(i) {
            let mut start = i;
            let mut qualifier = None;
            if let Some((phrase, normal)) = self.qualifier_before(start) {
                qualifier = Some(normal.to_string());
                start -= phrase;
            }
            let change = (self.w(start.wrapping_sub(1)) == "lost").then(|| {
                start -= 1;
                "decrease".to_string()
            });
            let end = i + length;
            let what =
                (self.w(end) == "of").then(|| self.noun_phrase_after_determiner(end + 1)).flatten();
            let figure = Figure {
                value: share,
                unit: Some("percent".into()),
                change,
                qualifier,
                what,
                period: self.period(i),
                evidence: self.span(start, end),
            };
            return Some((figure, end));
        }
        if let Some(&(_, value, direction)) = [
            ("doubled", 100.0, "increase"),
            ("halved", 50.0, "decrease"),
            ("tripled", 200.0, "increase"),
        ]
        .iter()
        .find(|(v, ..)| *v == self.w(i))
        {
            let figure = Figure {
                value,
                unit: Some("percent".into()),
                change: Some(direction.into()),
                qualifier: None,
                what: self.measured(i, i + 1),
                period: self.period(i),
                evidence: self.span(i, i + 1),
            };
            return Some((figure, i + 1));
        }

        // A currency before the number.
        let (mut unit, number_start) = match self.unit_at(i, &[UnitKind::Prefix]) {
            Some((u, end, _)) => (Some(u), end),
            None => (None, i),
        };
        let (mut value, mut end) = self.number_at(number_start)?;
        if unit.is_none() && number_start != i {
            return None;
        }
        // A year alone is a date, not a figure.
        let word = self.w(number_start);
        if unit.is_none()
            && word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && (1800.0..2200.0).contains(&value)
        {
            return None;
        }
        // 25-year: the unit glued with a hyphen.
        let mut what_words: Option<(usize, usize)> = None;
        if unit.is_none() {
            if self.w(end) == "-"
                && let Some((u, unit_end, _)) = self.unit_at(end + 1, &[UnitKind::Suffix])
            {
                unit = Some(u);
                end = unit_end;
            } else if let Some((u, unit_end, kind)) =
                self.unit_at(end, &[UnitKind::Suffix, UnitKind::Person])
            {
                unit = Some(u);
                if kind == UnitKind::Person {
                    what_words = Some((end, unit_end));
                }
                end = unit_end;
            } else if let Some((u, unit_end, _)) = self.adjective_then_person(end) {
                unit = Some(u);
                what_words = Some((end, unit_end));
                end = unit_end;
            } else {
                // A count of things: "12 agreements", "three tanks", "1,087 shelling
                // incidents": up to the first plural noun.
                let (_, phrase_end) = self.noun_phrase(end, 3);
                let plural_end = (end..phrase_end).find(|&k| {
                    let w = self.w(k);
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
                });
                let plural_end = plural_end.filter(|_| value >= 2.0)?;
                // Lengths of time are durations, not counts; and "the two sides", "two
                // countries" name parties rather than claim a number.
                const TIME_UNITS: &[&str] = &[
                    "seconds",
                    "minutes",
                    "hours",
                    "days",
                    "weeks",
                    "months",
                    "years",
                    "decades",
                    "centuries",
                    "others",
                ];
                let in_words = !self.w(number_start).starts_with(|c: char| c.is_ascii_digit());
                if TIME_UNITS.contains(&self.w(plural_end)) || (in_words && value < 3.0) {
                    return None;
                }
                // Demonyms count people: "2,700 Palestinians", "10 million Ukrainians".
                let noun = self.tokens[plural_end].span.text(self.text);
                let demonym = noun.starts_with(char::is_uppercase)
                    && (noun.ends_with("ans") || noun.ends_with("ese") || noun.ends_with("is"));
                unit = Some(if demonym { "people" } else { "count" });
                what_words = Some((end, plural_end + 1));
                end = plural_end + 1;
            }
        } else if let Some((suffix, unit_end, _)) = self.unit_at(end, &[UnitKind::Suffix]) {
            // "$7 billion dollars" keeps the prefix currency.
            if suffix == unit.unwrap_or_default() {
                end = unit_end;
            }
        }
        let mut unit = unit?;
        // "55 billion cubic metres" is 55 bcm.
        if unit == "cubic metres"
            && (number_start..end).any(|k| matches!(self.w(k), "billion" | "bln" | "bn"))
        {
            value /= 1e9;
            unit = "bcm";
        }
        // "doubled": 100 percent; handled by the change words below.
        if value == 0.0 && unit == "count" {
            return None;
        }

        // Backwards: qualifier, then "by", other qualifiers, then the verb of change.
        let mut start = i;
        let mut qualifier = None;
        if let Some((phrase, normal)) = self.qualifier_before(start) {
            qualifier = Some(normal.to_string());
            start -= phrase;
        }
        // A verb of change: right before the number ("rose 9 percent"), or before "by"
        // and any qualifiers ("increased at least by more than 60 percent"). "fell
        // below 30 percent" gives a level, not a change.
        let mut change = None;
        let mut look = start;
        let mut by = false;
        if self.w(look.wrapping_sub(1)) == "by" {
            look -= 1;
            by = true;
        }
        if let Some((phrase, _)) = self.qualifier_before(look) {
            look -= phrase;
            if self.w(look.wrapping_sub(1)) == "by" {
                look -= 1;
                by = true;
            }
        }
        let adjacent = qualifier.is_none() && look == start;
        if (by || adjacent)
            && let Some(&(verb, direction)) =
                CHANGES.iter().find(|(v, _)| *v == self.w(look.wrapping_sub(1)))
        {
            change = Some(direction.to_string());
            start = look - 1;
            // "was cut by": "cut" needs its auxiliary to read as a change.
            if verb == "cut"
                && matches!(
                    self.w(start.wrapping_sub(1)),
                    "was" | "were" | "has" | "have" | "had" | "been"
                )
            {
                start -= 1;
            }
        }

        let what = match what_words {
            Some((a, b)) => {
                let mut phrase = self.words[a..b].join(" ");
                // "20 soldiers killed"
                if let Some(&participle) = self.words.get(b).filter(|w| {
                    matches!(
                        **w,
                        "killed"
                            | "injured"
                            | "wounded"
                            | "detained"
                            | "arrested"
                            | "displaced"
                            | "missing"
                    )
                }) {
                    phrase = format!("{phrase} {participle}");
                }
                Some(phrase)
            }
            None => self.measured(start, end),
        };
        let figure = Figure {
            value,
            unit: Some(unit.to_string()),
            change,
            qualifier,
            what,
            period: self.period(i),
            evidence: self.span(start, end),
        };
        Some((figure, end))
    }

    /// "a fifth", "one quarter", "half" (followed by "of"): the share in percent and
    /// the number of tokens.
    fn fraction_at(&self, i: usize) -> Option<(f64, usize)> {
        if self.in_time.get(i).copied().unwrap_or(true) {
            return None;
        }
        let share = |w: &str| match w {
            "fifth" => Some(20.0),
            "quarter" => Some(25.0),
            "tenth" => Some(10.0),
            _ => None,
        };
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("a" | "one", w, "of") if share(w).is_some() => Some((share(w)?, 2)),
            ("half", "of", _) => Some((50.0, 1)),
            _ => None,
        }
    }

    /// The noun phrase after "of", without its determiner or possessive.
    fn noun_phrase_after_determiner(&self, i: usize) -> Option<String> {
        let mut k = i;
        while matches!(self.w(k), "the" | "its" | "their" | "our" | "his" | "her" | "a" | "an")
            || self.w(k + 1) == "'s"
            || self.w(k) == "'s"
        {
            k += 1;
        }
        let (phrase, _) = self.noun_phrase(k, 3);
        (!phrase.is_empty()).then_some(phrase)
    }

    /// "20 Indian soldiers": one adjective between the number and a noun for people.
    fn adjective_then_person(&self, i: usize) -> Option<(&'static str, usize, UnitKind)> {
        let adjective = self.w(i);
        if adjective.is_empty()
            || !adjective.chars().all(char::is_alphabetic)
            || NOT_NOUNS.contains(&adjective)
        {
            return None;
        }
        self.unit_at(i + 1, &[UnitKind::Person])
    }

    /// The qualifier phrase ending right before `i`: (length, normal form).
    fn qualifier_before(&self, i: usize) -> Option<(usize, &'static str)> {
        QUALIFIERS
            .iter()
            .filter(|(phrase, _)| {
                i >= phrase.len()
                    && phrase.iter().enumerate().all(|(k, w)| self.w(i - phrase.len() + k) == *w)
            })
            .max_by_key(|(phrase, _)| phrase.len())
            .map(|(phrase, normal)| (phrase.len(), *normal))
    }

    /// Up to `max` words of a noun phrase starting at `i`, stopping at punctuation, a
    /// preposition or a verb-like word.
    fn noun_phrase(&self, i: usize, max: usize) -> (String, usize) {
        let mut end = i;
        while end < self.words.len() && end < i + max {
            let w = self.w(end);
            if w.is_empty()
                || !w.chars().next().is_some_and(char::is_alphabetic)
                || NOT_NOUNS.contains(&w)
                || w.ends_with("ed") && end > i
            {
                break;
            }
            end += 1;
        }
        let phrase = self.tokens[i..end]
            .iter()
            .map(|t| t.span.text(self.text))
            .collect::<Vec<_>>()
            .join(" ");
        (phrase, end)
    }

    /// What a figure measures when no noun follows it: a determiner-led noun phrase
    /// before its verb ("the trade turnover … increased"), else the phrase after "in",
    /// "of" or "for" right after it ("$424 million in humanitarian assistance").
    fn measured(&self, start: usize, end: usize) -> Option<String> {
        if matches!(self.w(end), "in" | "of" | "for" | "worth") {
            let (phrase, _) = self.noun_phrase(end + 1, 4);
            if !phrase.is_empty() {
                return Some(phrase);
            }
        }
        // Back from the figure: the first "the X Y" phrase after the clause start.
        let clause_start = (0..start)
            .rev()
            .find(|&k| {
                matches!(self.w(k), "that" | ";" | ":") || (self.w(k) == "said" && k + 1 < start)
            })
            .map_or(0, |k| k + 1);
        (clause_start..start).find_map(|k| {
            if !matches!(self.w(k), "the" | "its" | "their" | "our" | "his" | "her" | "bilateral")
                || self.in_time[k]
            {
                return None;
            }
            let first = if self.w(k) == "bilateral" { k } else { k + 1 };
            let (phrase, _) = self.noun_phrase(first, 4);
            (!phrase.is_empty() && !self.in_time.get(first).copied().unwrap_or(false))
                .then_some(phrase)
        })
    }

    /// The period a figure covers: the nearest calendar time expression of the
    /// sentence that is a year, month, quarter, half or a range.
    fn period(&self, i: usize) -> Option<String> {
        let at = self.tokens.get(i)?.span.byte_start;
        self.times
            .iter()
            .filter(|t| {
                let v = &t.value;
                v.len() >= 4
                    && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                    && (v.len() == 4 || v.len() == 7 || v.contains('/'))
            })
            .min_by_key(|t| t.span.byte_start.abs_diff(at))
            .map(|t| t.value.clone())
    }

    fn span(&self, start: usize, end: usize) -> Span {
        self.tokens[start].span.cover(self.tokens[end - 1].span)
    }
}
