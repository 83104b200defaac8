//! Time expressions (TIMEX3), anchored on the publication date-time.
//!
//! The recogniser reads the lower-case tokens of one sentence and, at each token,
//! tries every pattern; the longest match wins and the scan goes on after it. The
//! patterns are English news forms: absolute dates in every common layout, times of
//! day with zones, relative days, weeks, months and years (with the tense of the
//! clause for bare weekdays), parts of periods, durations, sets, ranges, vague
//! references and named days (`data/holidays.tsv`).

use std::sync::LazyLock;

use attache_model::{Diagnostic, Moment, Sentence, Time, TimeKind, Token};
use attache_text::Span;
use jiff::civil::Date;

use crate::calendar::{
    self, add_days, add_months, day, days_between, month, nearest_weekday, week,
};
use crate::number::{digits, ordinal, read_number};

const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, i8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

const PARTS_OF_DAY: &[(&str, &str)] =
    &[("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI")];

const SEASONS: &[(&str, &str)] =
    &[("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI")];

/// Words that make a clause future, for bare weekdays, months and named days.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "going",
    "wo",
    "scheduled",
    "due",
    "plans",
    "planning",
    "plan",
    "expects",
    "would",
    "intends",
];

/// Words that make a clause past.
const PAST_MARKERS: &[&str] = &[
    "was", "were", "had", "did", "said", "met", "held", "told", "came", "went", "took", "gave",
    "made", "saw", "began", "left", "won", "lost", "fell", "rose", "sent", "spoke", "ago", "has",
    "have", "been", "struck", "killed", "shot", "thought", "felt", "kept", "led", "ran", "brought",
    "bought", "sought", "fought", "wrote", "chose", "broke", "flew", "drew", "grew", "knew",
    "threw", "became", "stood", "heard", "paid", "laid", "sat",
];

/// The tense of the clause around a token, as far as the words show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// A word's tense cue: listed words are strong; a past participle (`-ed`) is weak,
/// since "will be unveiled" is future.
fn marker(word: &str, strong: bool) -> Option<Tense> {
    if FUTURE_MARKERS.contains(&word) {
        return Some(Tense::Future);
    }
    if PAST_MARKERS.contains(&word) || (!strong && word.len() >= 5 && word.ends_with("ed")) {
        return Some(Tense::Past);
    }
    None
}

/// Duration units: TIMEX3 letter, multiplier, whether it is a time unit (`PT`).
fn unit(word: &str) -> Option<(&'static str, u32, bool)> {
    Some(match word {
        "second" | "seconds" => ("S", 1, true),
        "minute" | "minutes" | "min" | "mins" => ("M", 1, true),
        "hour" | "hours" | "hrs" => ("H", 1, true),
        "day" | "days" => ("D", 1, false),
        "week" | "weeks" => ("W", 1, false),
        "fortnight" | "fortnights" => ("D", 14, false),
        "month" | "months" => ("M", 1, false),
        "quarter" | "quarters" => ("Q", 1, false),
        "year" | "years" => ("Y", 1, false),
        // TimeBank writes decades and centuries with their own letters: P1E, P2C.
        "decade" | "decades" => ("E", 1, false),
        "century" | "centuries" => ("C", 1, false),
        _ => return None,
    })
}

/// Qualifiers kept inside a duration's extent ("more than four decades").
const QUALIFIERS: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["at", "least"],
    &["at", "most"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["some"],
    &["over"],
    &["up", "to"],
    &["approximately"],
    &["close", "to"],
    &["just", "over"],
    &["just", "under"],
];

/// A named day from `data/holidays.tsv`.
struct Holiday {
    words: Vec<String>,
    rule: String,
}

static HOLIDAYS: LazyLock<Vec<Holiday>> = LazyLock::new(|| {
    include_str!("../data/holidays.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let name = fields.next()?;
            let rule = fields.next()?;
            Some(Holiday { words: holiday_words(name), rule: rule.to_string() })
        })
        .collect()
});

/// A holiday's name as the tokenizer cuts it (`new year's day` → new, year, 's, day;
/// `eid al-fitr` → eid, al, -, fitr), without depending on the tokenizer.
fn holiday_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in name.split(' ') {
        if let Some(stem) = word.strip_suffix("'s") {
            out.extend([stem.to_string(), "'s".to_string()]);
        } else if let Some((left, right)) = word.split_once('-') {
            out.extend([left.to_string(), "-".to_string(), right.to_string()]);
        } else {
            out.push(word.to_string());
        }
    }
    out
}

/// The publication moment the values are anchored on.
#[derive(Clone, Copy, Debug)]
struct Anchor {
    date: Date,
    time: Option<jiff::civil::Time>,
    offset: Option<i32>,
}

/// One match: the index after its last token, its type and value.
#[derive(Clone, Debug)]
struct Found {
    end: usize,
    kind: TimeKind,
    value: String,
}

fn found(end: usize, kind: TimeKind, value: impl Into<String>) -> Option<Found> {
    Some(Found { end, kind, value: value.into() })
}

/// Finds time expressions. Built once, shared between threads.
#[derive(Clone, Debug, Default)]
pub struct TimeRecognizer {
    _private: (),
}

impl TimeRecognizer {
    /// A recogniser with the built-in patterns and named days.
    pub fn new() -> TimeRecognizer {
        LazyLock::force(&HOLIDAYS);
        TimeRecognizer { _private: () }
    }

    /// Finds the time expressions of every sentence, anchored on `anchor` (the
    /// publication date-time). Without an anchor, relative expressions get `X`s where
    /// the anchor's parts would be, and a diagnostic says so once.
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        anchor: Option<Moment>,
    ) -> (Vec<Time>, Vec<Diagnostic>) {
        let mut times = Vec::new();
        for sentence in sentences {
            times.extend(self.recognize_tokens(text, &tokens[sentence.tokens.clone()], anchor));
        }
        year_earlier_quarters(text, &mut times);
        let mut diagnostics = Vec::new();
        if anchor.is_none() && times.iter().any(|t| t.value.contains('X')) {
            diagnostics.push(Diagnostic::info(
                "unanchored-times",
                "no publication date: relative time expressions keep X for the parts it would give",
                None,
            ));
        }
        (times, diagnostics)
    }

    /// Finds the time expressions among the tokens of one sentence.
    pub fn recognize_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        anchor: Option<Moment>,
    ) -> Vec<Time> {
        if !tokens.iter().any(|t| may_start(t.span.text(text))) {
            return Vec::new();
        }
        let lower: Vec<String> = tokens.iter().map(|t| t.span.text(text).to_lowercase()).collect();
        let words: Vec<&str> = lower.iter().map(String::as_str).collect();
        let original: Vec<&str> = tokens.iter().map(|t| t.span.text(text)).collect();
        let anchor = anchor.map(|m| Anchor {
            date: m.date,
            time: m.time,
            offset: m.offset.map(|o| o.seconds()),
        });
        let s = Scan { words: &words, original: &original, anchor };
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match s.longest(i) {
                Some(f) if f.end > i => {
                    out.push(Time {
                        span: tokens[i].span.cover(tokens[f.end - 1].span),
                        kind: f.kind,
                        value: f.value,
                    });
                    i = f.end;
                }
                _ => i += 1,
            }
        }
        out
    }
}

/// Earnings reports compare a quarter with the same quarter a year before: where a
/// document is about one quarter (`1989-Q3` is its most frequent quarter value), "a
/// year ago", "a year earlier", "year-earlier" and "year-ago" mean that quarter of the
/// year before (`1988-Q3`), as TimeBank annotates them.
fn year_earlier_quarters(text: &str, times: &mut [Time]) {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for t in times.iter() {
        if t.value.len() == 7 && t.value.as_bytes()[5] == b'Q' {
            *counts.entry(t.value.as_str()).or_default() += 1;
        }
    }
    let Some((quarter, _)) =
        counts.into_iter().max_by_key(|&(v, n)| (n, std::cmp::Reverse(v.to_string())))
    else {
        return;
    };
    let Ok(year) = quarter[..4].parse::<i32>() else { return };
    let value = format!("{:04}{}", year - 1, &quarter[4..]);
    for t in times.iter_mut() {
        let words = t.span.text(text).to_lowercase();
        if matches!(
            words.as_str(),
            "a year ago" | "a year earlier" | "year-earlier" | "year-ago" | "year earlier"
        ) {
            t.value.clone_from(&value);
        }
    }
}

/// Cheap test: can a time expression contain this token at all?
fn may_start(token: &str) -> bool {
    let first = token.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() {
        return true;
    }
    if token.len() < 3 {
        return false;
    }
    let lower = token.to_ascii_lowercase();
    if lower.starts_with("mid-") {
        return true;
    }
    let word = lower.trim_end_matches('.');
    MONTHS.iter().any(|(m, _)| *m == word)
        || WEEKDAYS.iter().any(|(d, _)| *d == word)
        || unit(word).is_some()
        || matches!(
            word,
            "today"
                | "tomorrow"
                | "yesterday"
                | "tonight"
                | "now"
                | "recently"
                | "currently"
                | "nowadays"
                | "future"
                | "past"
                | "noon"
                | "midnight"
                | "midday"
                | "annually"
                | "daily"
                | "weekly"
                | "monthly"
                | "yearly"
                | "quarterly"
                | "hourly"
                | "weekend"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "christmas"
                | "easter"
                | "eid"
                | "thanksgiving"
                | "nowruz"
                | "days"
                | "these"
                | "quarter"
                | "third"
                | "fourth"
                | "second"
                | "first"
                | "nineteen"
                | "eighteen"
                | "twenties"
                | "thirties"
                | "forties"
                | "fifties"
                | "sixties"
                | "seventies"
                | "eighties"
                | "nineties"
        )
        || HOLIDAYS.iter().any(|h| h.words.first().is_some_and(|w| *w == word))
}

struct Scan<'a> {
    words: &'a [&'a str],
    original: &'a [&'a str],
    anchor: Option<Anchor>,
}

impl Scan<'_> {
    fn w(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The tense cue of token `j`, reading its neighbours: "set to", "planned to",
    /// "as soon as" and "as early as" look ahead; "had been due" looks back.
    fn marker_at(&self, j: usize, strong: bool) -> Option<Tense> {
        let word = self.w(j);
        let next = self.w(j + 1);
        let previous = j.checked_sub(1).map_or("", |p| self.w(p));
        match word {
            "set" | "planned" | "expected" | "poised" if next == "to" => {
                return Some(Tense::Future);
            }
            "soon" | "early" if previous == "as" && next == "as" => return Some(Tense::Future),
            _ => {}
        }
        let tense = marker(word, strong)?;
        if tense == Tense::Future && previous == "been" {
            // "had been due to expire", "had been scheduled"
            return Some(Tense::Past);
        }
        Some(tense)
    }

    /// The nearest tense marker before token `i`, else the nearest after it.
    fn tense(&self, i: usize) -> Tense {
        let n = self.words.len();
        let i = i.min(n);
        // A deadline: "until Tuesday", "until 9 a.m. Tuesday".
        if i > 1 && matches!(self.w(i - 1), "until" | "till") {
            return Tense::Future;
        }
        // The clause before the expression says most; a participle there beats a
        // strong word after it ("headed Tuesday to East Africa, … will").
        let strong_before = || (0..i).rev().find_map(|j| self.marker_at(j, true));
        let weak_before = || (0..i).rev().find_map(|j| self.marker_at(j, false));
        let strong_after = || (i + 1..n).find_map(|j| self.marker_at(j, true));
        let weak_after = || (i + 1..n).find_map(|j| self.marker_at(j, false));
        strong_before()
            .or_else(weak_before)
            .or_else(strong_after)
            .or_else(weak_after)
            .unwrap_or(Tense::Unknown)
    }

    /// The tense from listed words only (no participles), nearest before, then after.
    fn strong_tense(&self, i: usize) -> Tense {
        let n = self.words.len();
        let i = i.min(n);
        (0..i)
            .rev()
            .find_map(|j| self.marker_at(j, true))
            .or_else(|| (i + 1..n).find_map(|j| self.marker_at(j, true)))
            .unwrap_or(Tense::Unknown)
    }

    /// Whether the words just before token `i` are a verb in the past tense, as in
    /// "said Friday", "closed it Thursday night", "left on Tuesday".
    fn after_past_verb(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0
            && matches!(self.w(j - 1), "on" | "early" | "late" | "it" | "them" | "him" | "her")
        {
            j -= 1;
        }
        let Some(verb) = j.checked_sub(1).map(|p| self.w(p)) else { return false };
        let before = j.checked_sub(2).map_or("", |p| self.w(p));
        let marked = marker(verb, false) == Some(Tense::Past) && !FUTURE_MARKERS.contains(&verb);
        marked
            && !matches!(
                before,
                "to" | "be" | "been" | "will" | "would" | "is" | "are" | "has" | "have" | "had"
            )
    }

    fn future(&self, i: usize) -> bool {
        self.tense(i) == Tense::Future
    }

    fn capitalised(&self, i: usize) -> bool {
        self.original.get(i).is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    fn month_at(&self, i: usize) -> Option<i8> {
        let word = self.w(i).trim_end_matches('.');
        let (_, m) = MONTHS.iter().find(|(name, _)| *name == word)?;
        // "may", "march" and the short forms are months only when capitalised.
        (self.capitalised(i)).then_some(*m)
    }

    fn weekday_at(&self, i: usize) -> Option<i8> {
        let word = self.w(i);
        let bare = word.trim_end_matches('.');
        let (name, d) = WEEKDAYS.iter().find(|(name, _)| *name == bare)?;
        // Short forms need their period: "sat" and "sun" are words.
        if name.len() <= 4 && !word.ends_with('.') {
            return None;
        }
        self.capitalised(i).then_some(*d)
    }

    fn day_number(&self, i: usize) -> Option<i8> {
        let word = self.w(i);
        let digits_part = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits_part.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
            || digits_part.is_empty()
            || digits_part.len() > 2
        {
            return None;
        }
        let d: i8 = digits_part.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    fn year_at(&self, i: usize) -> Option<i16> {
        let word = self.w(i);
        if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i16 = word.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// The longest match starting at `i`.
    fn longest(&self, i: usize) -> Option<Found> {
        let candidates = [
            self.vague(i),
            self.holiday(i),
            self.clock_time(i),
            self.part_of_day(i),
            self.absolute_date(i),
            self.relative(i),
            self.part_of_period(i),
            self.duration(i),
            self.set(i),
        ];
        let best = candidates.into_iter().flatten().max_by_key(|f| f.end)?;
        Some(self.extend_range(i, best))
    }

    /// `August 20-21` is handled by the date pattern; here `2019–2021`, `March to May`,
    /// `Monday to Wednesday`, `Nov. 1 to Nov. 8`, `10 a.m. to 2 p.m.`.
    fn extend_range(&self, i: usize, first: Found) -> Found {
        let j = first.end;
        if !matches!(self.w(j), "-" | "–" | "—" | "to" | "through" | "until" | "till" | "thru")
        {
            return first;
        }
        let second = [self.absolute_date(j + 1), self.clock_time(j + 1), self.weekday_date(j + 1)]
            .into_iter()
            .flatten()
            .max_by_key(|f| f.end);
        match second {
            Some(second)
                if second.kind == first.kind
                    && value_precision(&second.value) == value_precision(&first.value)
                    && !first.value.contains('/')
                    && i < j =>
            {
                Found {
                    end: second.end,
                    kind: first.kind,
                    value: format!("{}/{}", first.value, second.value),
                }
            }
            _ => first,
        }
    }

    fn vague(&self, i: usize) -> Option<Found> {
        let value = |v: &str| Some((v.to_string(), TimeKind::Date));
        let (end, (value, kind)) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", "near", "future") => (i + 3, value("FUTURE_REF")?),
            ("the", "future", _) => (i + 2, value("FUTURE_REF")?),
            // "the year ended Sept. 30" is a year's length, ending on that day.
            ("the", "year", "ended" | "ending") => (i + 2, ("P1Y".to_string(), TimeKind::Duration)),
            ("the", "fiscal", "year") if matches!(self.w(i + 3), "ended" | "ending") => {
                (i + 3, ("P1Y".to_string(), TimeKind::Duration))
            }
            ("the", "past", next)
                if unit(next).is_none() && read_number(self.words, i + 2).is_none() =>
            {
                (i + 2, value("PAST_REF")?)
            }
            ("these", "days", _) => (i + 2, value("PRESENT_REF")?),
            ("recent", "years", _) => (i + 2, value("PAST_REF")?),
            ("recent", "months", _) => (i + 2, ("PXM".to_string(), TimeKind::Duration)),
            ("recent", "weeks", _) => (i + 2, ("PXW".to_string(), TimeKind::Duration)),
            ("recent", "days", _) => (i + 2, ("PXD".to_string(), TimeKind::Duration)),
            ("recently", ..) | ("lately", ..) => (i + 1, value("PAST_REF")?),
            // "Now, he says, …" opens a turn of the story and "for now" means for the
            // time being; neither names the present (TimeBank leaves both unmarked).
            ("now", ",", _) if i == 0 => return None,
            ("now", ..) if i > 0 && self.w(i - 1) == "for" => {
                return None;
            }
            ("now", ..) | ("currently", ..) | ("nowadays", ..) | ("presently", ..) => {
                (i + 1, value("PRESENT_REF")?)
            }
            // "previously" and "formerly" order events rather than refer to a time
            // (TimeML leaves them unmarked, as TimeBank does 20 times in 23).
            ("previously", ..) | ("formerly", ..) | ("once", ..) | ("former", ..) => return None,
            _ => return None,
        };
        found(end, kind, value)
    }

    fn holiday(&self, i: usize) -> Option<Found> {
        let holiday = HOLIDAYS
            .iter()
            .filter(|h| h.words.iter().enumerate().all(|(k, w)| self.w(i + k) == w))
            .max_by_key(|h| h.words.len())?;
        if !self.capitalised(i) {
            return None;
        }
        let end = i + holiday.words.len();
        let mut year_end = end;
        let explicit_year = self.year_at(end).inspect(|_| year_end = end + 1);
        let Some(anchor) = self.anchor else {
            return found(year_end, TimeKind::Date, "XXXX-XX-XX");
        };
        // "Ukraine's Independence Day" and the like: another country's day is not
        // known here; only the United States' is in the table.
        if i >= 2 && self.w(i - 1) == "'s" && holiday.rule == "07-04" && self.w(i - 2) != "america"
        {
            return match self.w(i - 2) {
                "ukraine" => self.holiday_on(
                    year_end,
                    anchor,
                    explicit_year,
                    |y| Date::new(y, 8, 24).ok(),
                    i,
                ),
                _ => None,
            };
        }
        let rule = holiday.rule.clone();
        self.holiday_on(year_end, anchor, explicit_year, move |y| holiday_date(&rule, y), i)
    }

    fn holiday_on(
        &self,
        end: usize,
        anchor: Anchor,
        explicit_year: Option<i16>,
        date_in: impl Fn(i16) -> Option<Date>,
        i: usize,
    ) -> Option<Found> {
        let date = match explicit_year {
            Some(y) => date_in(y)?,
            None => {
                let y = anchor.date.year();
                let options: Vec<Date> =
                    [y - 1, y, y + 1].into_iter().filter_map(&date_in).collect();
                let distance = |d: &Date| days_between(anchor.date, *d);
                match self.strong_tense(i) {
                    Tense::Future => *options.iter().find(|d| distance(d) >= 0)?,
                    Tense::Past => *options.iter().rev().find(|d| distance(d) <= 0)?,
                    Tense::Unknown => *options.iter().min_by_key(|d| distance(d).abs())?,
                }
            }
        };
        found(end, TimeKind::Date, day(date))
    }

    /// `19:32`, `7:32 p.m.`, `10 a.m.`, `noon`, `midnight`, `1600 GMT`, with zones.
    fn clock_time(&self, i: usize) -> Option<Found> {
        let word = self.w(i);
        let (mut hour, minute, mut end) = match word {
            "noon" | "midday" => (12, 0, i + 1),
            "midnight" => (24, 0, i + 1),
            _ => {
                if let Some((h, m)) = word.split_once(':') {
                    let h: i8 = h.parse().ok()?;
                    let m: i8 = m.parse().ok()?;
                    (h, m, i + 1)
                } else if word.len() == 4
                    && word.bytes().all(|b| b.is_ascii_digit())
                    && is_zone(self.w(i + 1)).is_some()
                {
                    (word[..2].parse().ok()?, word[2..].parse().ok()?, i + 1)
                } else if let Some(d) =
                    digits(word).filter(|d| *d >= 1.0 && *d <= 12.0 && d.fract() == 0.0)
                {
                    if !is_meridiem(self.w(i + 1)) {
                        return None;
                    }
                    (d as i8, 0, i + 1)
                } else {
                    return None;
                }
            }
        };
        if !(0..=24).contains(&hour) || !(0..60).contains(&minute) {
            return None;
        }
        if is_meridiem(self.w(end)) {
            let pm = self.w(end).starts_with('p');
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            end += 1;
        }
        // Zones: GMT, UTC, EST, "local time", "Beijing time".
        let mut offset = self.anchor.and_then(|a| a.offset);
        let mut zulu = false;
        if let Some(zone) = is_zone(self.w(end)) {
            match zone {
                Some(0) if matches!(self.w(end).trim_end_matches('.'), "gmt" | "utc" | "z") => {
                    zulu = true
                }
                Some(seconds) => offset = Some(seconds),
                None => {}
            }
            end += 1;
        } else if self.w(end) == "local" && self.w(end + 1) == "time" {
            end += 2;
        } else if self.w(end + 1) == "time"
            && let Some(seconds) = city_offset(self.w(end))
        {
            offset = Some(seconds);
            end += 2;
        }
        // "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 9", "midnight Friday".
        let comma = usize::from(self.w(end) == ",");
        let day_after = [
            self.weekday_date(end + comma),
            self.absolute_date(end + comma),
            self.relative(end + comma),
        ]
        .into_iter()
        .flatten()
        .filter(|f| f.value.len() == 10 && f.kind == TimeKind::Date)
        .max_by_key(|f| f.end);
        if let Some(f) = day_after {
            end = f.end;
            let zone =
                if zulu { "Z".to_string() } else { offset.map(format_offset).unwrap_or_default() };
            return found(end, TimeKind::Time, format!("{}T{hour:02}:{minute:02}{zone}", f.value));
        }
        let date = self.anchor.map_or_else(
            || "XXXX-XX-XX".to_string(),
            |a| {
                // Said late in the evening, a small hour in the future is tomorrow's.
                match a.time {
                    Some(t)
                        if (self.future(i)
                            || matches!(self.w(i.wrapping_sub(1)), "until" | "till" | "by"))
                            && hour < 6
                            && i16::from(hour) * 60 + i16::from(minute)
                                < i16::from(t.hour()) * 60 + i16::from(t.minute()) - 120 =>
                    {
                        add_days(a.date, 1).map_or_else(|| day(a.date), day)
                    }
                    _ => day(a.date),
                }
            },
        );
        let zone =
            if zulu { "Z".to_string() } else { offset.map(format_offset).unwrap_or_default() };
        found(end, TimeKind::Time, format!("{date}T{hour:02}:{minute:02}{zone}"))
    }

    /// `Monday morning`, `this morning`, `tonight`, `last night`, `yesterday evening`.
    fn part_of_day(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor;
        let at = |date: Option<Date>, part: &str, end: usize| {
            let date = date.map_or_else(|| "XXXX-XX-XX".to_string(), day);
            found(end, TimeKind::Time, format!("{date}T{part}"))
        };
        if self.w(i) == "tonight" {
            return at(anchor.map(|a| a.date), "NI", i + 1);
        }
        let (date, next) = match self.w(i) {
            "this" => (anchor.map(|a| a.date), i + 1),
            "today" => (anchor.map(|a| a.date), i + 1),
            "yesterday" => (anchor.and_then(|a| add_days(a.date, -1)), i + 1),
            "tomorrow" => (anchor.and_then(|a| add_days(a.date, 1)), i + 1),
            "last" if self.w(i + 1) == "night" => {
                (anchor.and_then(|a| add_days(a.date, -1)), i + 1)
            }
            _ => {
                let weekday = self.weekday_at(i)?;
                (anchor.and_then(|a| nearest_weekday(a.date, weekday, self.future(i))), i + 1)
            }
        };
        let part = PARTS_OF_DAY.iter().find(|(w, _)| *w == self.w(next)).map(|&(_, p)| p)?;
        at(date, part, next + 1)
    }

    /// Dates with a month name or in digits, ranges of days inside one month included.
    fn absolute_date(&self, i: usize) -> Option<Found> {
        let mut start = i;
        // A leading weekday: "Sunday, Nov. 19", "Friday Oct. 13".
        if self.weekday_at(i).is_some() {
            if self.w(i + 1) == "," {
                start = i + 2;
            } else if self.month_at(i + 1).is_some() || self.day_number(i + 1).is_some() {
                start = i + 1;
            }
        }
        let found = self
            .month_day_year(start)
            .or_else(|| self.day_month_year(start))
            .or_else(|| self.numeric_date(start))
            .or_else(|| self.month_year(start));
        if start != i
            && let Some(mut f) =
                found.clone().filter(|f| f.value.len() == 10 || f.value.contains('/'))
        {
            // Without a year in the text, the weekday picks it: "Tuesday, March 5".
            if let Some(weekday) = self.weekday_at(i)
                && !(start..f.end).any(|k| self.year_at(k).is_some())
                && let Ok(date) = f.value.parse::<Date>()
                && calendar::weekday_number(date.weekday()) != weekday
                && let Some(fits) = [-1i16, 1].into_iter().find_map(|shift| {
                    Date::new(date.year() + shift, date.month(), date.day())
                        .ok()
                        .filter(|d| calendar::weekday_number(d.weekday()) == weekday)
                })
            {
                f.value = calendar::day(fits);
            }
            return Some(f);
        }
        let found = if start != i { None } else { found };
        found.or_else(|| self.year_forms(i)).or_else(|| self.weekday_date(i))
    }

    /// `Nov. 19, 2017`, `November 19`, `Nov.1`, `August 20-21`, `Feb. 24-March 1`,
    /// `July 11–12, 2018`.
    fn month_day_year(&self, i: usize) -> Option<Found> {
        let month = self.month_at(i)?;
        let mut j = i + 1;
        let day_word = self.w(j);
        // "24-March" as one token: a range into the next month.
        if let Some((a, b)) = day_word.split_once('-')
            && let Ok(a) = a.parse::<i8>()
            && let Some(&(_, second_month)) = MONTHS.iter().find(|(n, _)| *n == b)
            && let Some(second_day) = self.day_number(j + 1)
        {
            let (year, end) = self.optional_year(j + 2);
            return self.day_range(month, a, second_month, second_day, year, end, i);
        }
        // "20-21" as one token.
        if let Some((a, b)) = day_word.split_once('-')
            && let (Ok(a), Ok(b)) = (a.parse::<i8>(), b.parse::<i8>())
        {
            let (year, end) = self.optional_year(j + 1);
            return self.day_range(month, a, month, b, year, end, i);
        }
        let first_day = self.day_number(j)?;
        j += 1;
        // "8 – 9", "24-March 1".
        if matches!(self.w(j), "-" | "–") {
            if let Some(second_day) = self.day_number(j + 1) {
                let (year, end) = self.optional_year(j + 2);
                return self.day_range(month, first_day, month, second_day, year, end, i);
            }
            if let Some(second_month) = self.month_at(j + 1)
                && let Some(second_day) = self.day_number(j + 2)
            {
                let (year, end) = self.optional_year(j + 3);
                return self.day_range(month, first_day, second_month, second_day, year, end, i);
            }
        }
        let (year, end) = self.optional_year(j);
        let date = self.resolve_day(year, month, first_day, i)?;
        found(end, TimeKind::Date, date)
    }

    /// `19 November 2017`, `the 19th of November`.
    fn day_month_year(&self, i: usize) -> Option<Found> {
        let (day_index, of) = if self.w(i) == "the" {
            (i + 1, if self.w(i + 2) == "of" { 1 } else { return None })
        } else {
            (i, usize::from(self.w(i + 1) == "of"))
        };
        let d = self.day_number(day_index)?;
        let month = self.month_at(day_index + 1 + of)?;
        let (year, end) = self.optional_year(day_index + 2 + of);
        let date = self.resolve_day(year, month, d, i)?;
        found(end, TimeKind::Date, date)
    }

    /// `20.11.2017`, `2017-11-19`, `11/19/2017` as one token.
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let word = self.w(i);
        let parts: Vec<&str> = word.split(['.', '/', '-']).collect();
        if parts.len() != 3
            || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let n: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
        let (y, m, d) = if parts[0].len() == 4 {
            (n[0], n[1], n[2])
        } else if parts[2].len() == 4 && word.contains('.') {
            (n[2], n[1], n[0])
        } else if parts[2].len() == 4 {
            if n[0] > 12 { (n[2], n[1], n[0]) } else { (n[2], n[0], n[1]) }
        } else {
            return None;
        };
        let date =
            Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
        found(i + 1, TimeKind::Date, day(date))
    }

    /// `November 2017`, `November`, `mid-November`, `early August`.
    fn month_year(&self, i: usize) -> Option<Found> {
        let start_month = if matches!(self.w(i), "early" | "late" | "mid") { i + 1 } else { i };
        let month_index = if self.w(start_month) == "mid" && self.w(start_month + 1) == "-" {
            start_month + 2
        } else if let Some(rest) = self.w(start_month).strip_prefix("mid-") {
            let m = MONTHS.iter().find(|(n, _)| *n == rest).map(|&(_, m)| m)?;
            let (year, end) = self.optional_year(start_month + 1);
            return found(end, TimeKind::Date, self.resolve_month(year, m, i)?);
        } else {
            start_month
        };
        let m = self.month_at(month_index)?;
        let (year, end) =
            if self.w(month_index + 1) == "of" && self.year_at(month_index + 2).is_some() {
                (self.year_at(month_index + 2), month_index + 3)
            } else {
                self.optional_year(month_index + 1)
            };
        // A bare month needs a cue that it is a month: a year, "in", "of", "since".
        let starts_range =
            matches!(self.w(month_index + 1), "to" | "through" | "-" | "–" | "until")
                && self.month_at(month_index + 2).is_some();
        if year.is_none()
            && i == month_index
            && !starts_range
            && !matches!(
                i.checked_sub(1).map(|p| self.w(p)),
                Some(
                    "in" | "since"
                        | "the"
                        | "until"
                        | "by"
                        | "from"
                        | "of"
                        | "early"
                        | "late"
                        | "last"
                        | "this"
                        | "next"
                        | "mid"
                        | "through"
                        | "to"
                )
            )
        {
            return None;
        }
        found(end, TimeKind::Date, self.resolve_month(year, m, i)?)
    }

    /// `2017`, `the year 2020`, `the 1990s`, `the early 1990s`, `the 20th century`,
    /// `2019–2021`, `2010-2015`, `mid-2021`, `early 2024`, `summer 2016`.
    fn year_forms(&self, i: usize) -> Option<Found> {
        let word = self.w(i);
        // 2010-2015 as one token.
        if let Some((a, b)) = word.split_once('-')
            && a.len() == 4
            && b.len() == 4
            && let (Ok(a), Ok(b)) = (a.parse::<i16>(), b.parse::<i16>())
            && (1000..2200).contains(&a)
            && a < b
        {
            return found(i + 1, TimeKind::Date, format!("{a}/{b}"));
        }
        if let Some(rest) = word.strip_prefix("mid-")
            && rest.len() == 4
            && rest.bytes().all(|b| b.is_ascii_digit())
        {
            return found(i + 1, TimeKind::Date, rest);
        }
        if self.w(i) == "mid"
            && self.w(i + 1) == "-"
            && let Some(y) = self.year_at(i + 2)
        {
            return found(i + 3, TimeKind::Date, format!("{y:04}"));
        }
        if matches!(word, "early" | "late" | "mid")
            && let Some(y) = self.year_at(i + 1)
        {
            return found(i + 2, TimeKind::Date, format!("{y:04}"));
        }
        if let Some(&(_, code)) = SEASONS.iter().find(|(s, _)| *s == word) {
            if let Some(y) = self.year_at(i + 1) {
                return found(i + 2, TimeKind::Date, format!("{y:04}-{code}"));
            }
            return None;
        }
        if let Some((year, end)) = self.spoken_year(i) {
            return found(end, TimeKind::Date, format!("{year:04}"));
        }
        let decade = |w: &str| {
            (w.len() == 5 && w.ends_with('s') && w[..4].bytes().all(|b| b.is_ascii_digit()))
                .then(|| w[..3].to_string())
        };
        // 1990s, early 1990s (after "the" the branch below takes them)
        if let Some(d) = decade(word) {
            return found(i + 1, TimeKind::Date, d);
        }
        if matches!(word, "early" | "late" | "mid")
            && let Some(d) = decade(self.w(i + 1))
        {
            return found(i + 2, TimeKind::Date, d);
        }
        // 20th century (democrat)
        if self.w(i + 1) == "century"
            && word.len() > 2
            && let Ok(n) = word.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<i32>()
            && (1..=22).contains(&n)
            && matches!(&word[word.len() - 2..], "st" | "nd" | "rd" | "th")
        {
            return found(i + 2, TimeKind::Date, format!("{:02}", n - 1));
        }
        if word == "the" {
            match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
                ("year", y, _) if self.year_at(i + 2).is_some() => {
                    return found(i + 3, TimeKind::Date, y);
                }
                // "the year two thousand", "the year two thousand and five"
                ("year", ..)
                    if let Some((n, end)) = read_number(self.words, i + 2)
                        && self.year_at(i + 2).is_none()
                        && n.fract() == 0.0
                        && (1000.0..2200.0).contains(&n) =>
                {
                    return found(end, TimeKind::Date, format!("{n:04}"));
                }
                (season, "of", _)
                    if SEASONS.iter().any(|(s, _)| *s == season)
                        && let (Some(year), end) = self.optional_year(i + 3) =>
                {
                    let code = SEASONS.iter().find(|(s, _)| *s == season).map(|&(_, c)| c)?;
                    return found(end, TimeKind::Date, format!("{year:04}-{code}"));
                }
                // the nineties: the 1990s
                (tens, ..)
                    if let Some(d) = [
                        "twenties",
                        "thirties",
                        "forties",
                        "fifties",
                        "sixties",
                        "seventies",
                        "eighties",
                        "nineties",
                    ]
                    .iter()
                    .position(|t| *t == tens) =>
                {
                    return found(i + 2, TimeKind::Date, format!("19{}", d + 2));
                }
                // the summer: this year's
                (season, ..)
                    if let Some(&(_, code)) = SEASONS.iter().find(|(s, _)| *s == season) =>
                {
                    let year = self.anchor?.date.year();
                    return found(i + 2, TimeKind::Date, format!("{year:04}-{code}"));
                }
                (decade, ..)
                    if decade.len() == 5
                        && decade.ends_with('s')
                        && decade[..4].bytes().all(|b| b.is_ascii_digit()) =>
                {
                    return found(i + 2, TimeKind::Date, &decade[..3]);
                }
                ("early" | "late" | "mid", decade, _)
                    if decade.len() == 5
                        && decade.ends_with('s')
                        && decade[..4].bytes().all(|b| b.is_ascii_digit()) =>
                {
                    return found(i + 3, TimeKind::Date, &decade[..3]);
                }
                (nth, "century", _) => {
                    let n: i32 =
                        nth.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()?;
                    return found(i + 3, TimeKind::Date, format!("{:02}", n - 1));
                }
                _ => return None,
            }
        }
        let year = self.year_at(i)?;
        // "2,000 troops" never reaches here; "2000 troops" should not be a year.
        let next = self.w(i + 1);
        let next_is_noun = next.chars().next().is_some_and(char::is_alphabetic)
            && !matches!(
                next,
                "and"
                    | "to"
                    | "or"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "until"
                    | "through"
                    | "for"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "with"
                    | "the"
                    | "that"
                    | "which"
                    | "was"
                    | "is"
                    | "were"
                    | "had"
                    | "has"
                    | "while"
                    | "but"
                    | "because"
                    | "if"
                    | "saw"
                    | "marked"
                    | "will"
                    | "would"
                    | "could"
                    | "also"
                    | "alone"
            );
        // "2000 troops" is a count; "the 1996 Olympic bombing", "its 1990 invasion" and
        // "1990 BellSouth earnings" are years.
        let determiner_before = matches!(
            self.w(i.wrapping_sub(1)),
            "in" | "since"
                | "of"
                | "from"
                | "until"
                | "by"
                | "during"
                | "year"
                | "early"
                | "late"
                | "the"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "a"
                | "fiscal"
                | "calendar"
                | "mid"
                | "that"
                | "this"
        );
        if next_is_noun && !determiner_before && !self.capitalised(i + 1) {
            return None;
        }
        // 2019–2021, 2015 to 2018.
        if matches!(next, "–" | "-" | "to" | "through")
            && let Some(second) = self.year_at(i + 2)
            && second > year
        {
            return found(i + 3, TimeKind::Date, format!("{year:04}/{second:04}"));
        }
        found(i + 1, TimeKind::Date, format!("{year:04}"))
    }

    /// A year as it is spoken (transcripts): `nineteen ninety-six`, `nineteen seventy
    /// nine`. The century word must be followed by a two-digit number in words.
    fn spoken_year(&self, i: usize) -> Option<(i16, usize)> {
        let century = match self.w(i) {
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            _ => return None,
        };
        if self.w(i + 1).starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (n, end) = read_number(self.words, i + 1)?;
        if !(10.0..100.0).contains(&n) || n.fract() != 0.0 || end > i + 4 {
            return None;
        }
        Some((century * 100 + n as i16, end))
    }

    /// A bare weekday, past or future by the clause: `on Tuesday`.
    fn weekday_date(&self, i: usize) -> Option<Found> {
        let weekday = self.weekday_at(i)?;
        let value = match self.anchor {
            Some(a) => {
                // "Wednesday's ruling" happened.
                let tense = if self.w(i + 1) == "'s" || self.after_past_verb(i) {
                    Tense::Past
                } else {
                    self.tense(i)
                };
                let date = match tense {
                    Tense::Past => nearest_weekday(a.date, weekday, false)?,
                    Tense::Future => nearest_weekday(a.date, weekday, true)?,
                    // News reports what happened: without a cue, the weekday is past.
                    Tense::Unknown => {
                        let back = nearest_weekday(a.date, weekday, false)?;
                        let ahead = nearest_weekday(a.date, weekday, true)?;
                        if days_between(a.date, ahead) < days_between(back, a.date) {
                            ahead
                        } else {
                            back
                        }
                    }
                };
                day(date)
            }
            None => format!("XXXX-WXX-{weekday}"),
        };
        found(i + 1, TimeKind::Date, value)
    }

    /// today, tomorrow, yesterday, the day before yesterday, this/last/next week,
    /// month, year, quarter, weekend, weekday, season; N units ago.
    fn relative(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor;
        let date_or_x = |d: Option<Date>| d.map_or_else(|| "XXXX-XX-XX".to_string(), day);
        match (self.w(i), self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            // "Today, the two countries are partners": the present in general.
            ("today", ",", ..)
                if i == 0
                    && self.tense(i) != Tense::Past
                    && self.words.iter().any(|w| matches!(*w, "is" | "are")) =>
            {
                return found(i + 1, TimeKind::Date, "PRESENT_REF");
            }
            ("today", ..) => {
                return found(i + 1, TimeKind::Date, date_or_x(anchor.map(|a| a.date)));
            }
            ("tomorrow", ..) => {
                return found(
                    i + 1,
                    TimeKind::Date,
                    date_or_x(anchor.and_then(|a| add_days(a.date, 1))),
                );
            }
            ("yesterday", ..) => {
                return found(
                    i + 1,
                    TimeKind::Date,
                    date_or_x(anchor.and_then(|a| add_days(a.date, -1))),
                );
            }
            ("the", "day", "before", "yesterday") => {
                return found(
                    i + 4,
                    TimeKind::Date,
                    date_or_x(anchor.and_then(|a| add_days(a.date, -2))),
                );
            }
            ("the", "day", "after", "tomorrow") => {
                return found(
                    i + 4,
                    TimeKind::Date,
                    date_or_x(anchor.and_then(|a| add_days(a.date, 2))),
                );
            }
            ("the", "weekend", ..) => {
                let a = anchor?;
                let shift = if self.future(i) { 0 } else { -7 };
                let base = if calendar::weekday_number(a.date.weekday()) >= 6 {
                    a.date
                } else {
                    add_days(a.date, shift)?
                };
                return found(i + 2, TimeKind::Date, format!("{}-WE", week(base)));
            }
            _ => {}
        }
        // this / last / next / the coming / the current X.
        let (shift, next) = match (self.w(i), self.w(i + 1)) {
            ("this" | "current", _) => (0, i + 1),
            ("the", "current") | ("the", "present") => (0, i + 2),
            ("last" | "past" | "previous", _) => (-1, i + 1),
            ("next" | "coming", _) => (1, i + 1),
            ("the", "coming") => (1, i + 2),
            _ => return self.ago(i),
        };
        let word = self.w(next);
        let a = anchor;
        let value = match word {
            "week" => a
                .and_then(|a| add_days(a.date, 7 * shift))
                .map_or_else(|| "XXXX-WXX".to_string(), week),
            "weekend" => {
                let base = a.and_then(|a| add_days(a.date, 7 * shift));
                base.map_or_else(|| "XXXX-WXX-WE".to_string(), |d| format!("{}-WE", week(d)))
            }
            "month" => a
                .and_then(|a| add_months(a.date, i32::try_from(shift).ok()?))
                .map_or_else(|| "XXXX-XX".to_string(), |(y, m)| month(y, m)),
            "year" => a.map_or_else(
                || "XXXX".to_string(),
                |a| format!("{:04}", i64::from(a.date.year()) + shift),
            ),
            "quarter" => a.map_or_else(
                || "XXXX-QX".to_string(),
                |a| {
                    let index =
                        i64::from(a.date.year()) * 4 + (i64::from(a.date.month()) - 1) / 3 + shift;
                    format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                },
            ),
            season if SEASONS.iter().any(|(s, _)| *s == season) => {
                let code = SEASONS.iter().find(|(s, _)| *s == season).map(|&(_, c)| c)?;
                let a = a?;
                let start_month: i8 = match code {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                let this_year = a.date.year();
                let year = match shift {
                    1 if a.date.month() >= start_month => this_year + 1,
                    -1 if a.date.month() < start_month + 3 => this_year - 1,
                    _ => this_year,
                };
                format!("{year:04}-{code}")
            }
            _ => {
                if let Some(weekday) = self.weekday_at(next) {
                    let a = a?;
                    let target = match shift {
                        0 => nearest_weekday(
                            a.date,
                            weekday,
                            self.future(i) || weekday >= calendar::weekday_number(a.date.weekday()),
                        )?,
                        -1 => {
                            let d = nearest_weekday(a.date, weekday, false)?;
                            if d == a.date { add_days(d, -7)? } else { d }
                        }
                        _ => {
                            let d = nearest_weekday(a.date, weekday, true)?;
                            if d == a.date { add_days(d, 7)? } else { d }
                        }
                    };
                    day(target)
                } else if let Some(m) = self.month_at(next) {
                    let a = a?;
                    let year = match shift {
                        -1 if m >= a.date.month() => a.date.year() - 1,
                        1 if m <= a.date.month() => a.date.year() + 1,
                        _ => a.date.year(),
                    };
                    month(year, m)
                } else {
                    return None;
                }
            }
        };
        found(next + 1, TimeKind::Date, value)
    }

    /// `two years ago`, `a week ago`, `three days ago`.
    fn ago(&self, i: usize) -> Option<Found> {
        let (n, j) = match self.w(i) {
            "a" | "an" => (1.0, i + 1),
            _ => read_number(self.words, i)?,
        };
        let (letter, multiple, is_time) = unit(self.w(j))?;
        let sign = match self.w(j + 1) {
            "ago" | "earlier" | "before" => -1,
            "later" | "hence" => 1,
            _ => return None,
        };
        if is_time {
            return None;
        }
        let n = sign * (n as i64) * i64::from(multiple);
        let a = self.anchor;
        let value = match letter {
            "D" => {
                a.and_then(|a| add_days(a.date, n)).map_or_else(|| "XXXX-XX-XX".to_string(), day)
            }
            "W" => {
                a.and_then(|a| add_days(a.date, 7 * n)).map_or_else(|| "XXXX-WXX".to_string(), week)
            }
            "M" => a
                .and_then(|a| add_months(a.date, i32::try_from(n).ok()?))
                .map_or_else(|| "XXXX-XX".to_string(), |(y, m)| month(y, m)),
            "E" => a.map_or_else(
                || "XXXX".to_string(),
                |a| format!("{:04}", i64::from(a.date.year()) + 10 * n),
            ),
            "C" => a.map_or_else(
                || "XXXX".to_string(),
                |a| format!("{:04}", i64::from(a.date.year()) + 100 * n),
            ),
            "Q" => a.map_or_else(
                || "XXXX-QX".to_string(),
                |a| {
                    let index =
                        i64::from(a.date.year()) * 4 + (i64::from(a.date.month()) - 1) / 3 + n;
                    format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                },
            ),
            _ => a.map_or_else(
                || "XXXX".to_string(),
                |a| format!("{:04}", i64::from(a.date.year()) + n),
            ),
        };
        found(j + 2, TimeKind::Date, value)
    }

    /// `the first 9 months of 2017`, `the first half of 2020`, `the second quarter`,
    /// `the end of the year`, `the beginning of March`, `early next year`.
    fn part_of_period(&self, i: usize) -> Option<Found> {
        let a = self.anchor;
        // third-quarter (results): that quarter of the anchor's year, or of the year
        // before when it has not begun yet.
        if let Some(nth) = ordinal(self.w(i)).filter(|n| *n <= 4)
            && self.w(i + 1) == "-"
            && self.w(i + 2) == "quarter"
            && self.w(i.wrapping_sub(1)) != "the"
        {
            let value = a.map_or_else(
                || format!("XXXX-Q{nth}"),
                |a| {
                    let current = (a.date.month() - 1) / 3 + 1;
                    let year = if i32::from(current) < i32::try_from(nth).unwrap_or(4) {
                        a.date.year() - 1
                    } else {
                        a.date.year()
                    };
                    format!("{year:04}-Q{nth}")
                },
            );
            return found(i + 3, TimeKind::Date, value);
        }
        // the quarter, the latest quarter: the last quarter reported, before the anchor's.
        if self.w(i) == "the"
            && (self.w(i + 1) == "quarter"
                || (matches!(self.w(i + 1), "latest" | "recent" | "past")
                    && self.w(i + 2) == "quarter"))
        {
            let end = if self.w(i + 1) == "quarter" { i + 2 } else { i + 3 };
            if self.w(end) == "of" {
                return None;
            }
            let value = a.map_or_else(
                || "XXXX-QX".to_string(),
                |a| {
                    let index =
                        i32::from(a.date.year()) * 4 + (i32::from(a.date.month()) - 1) / 3 - 1;
                    format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
                },
            );
            return found(end, TimeKind::Date, value);
        }
        // the 1988 third quarter, this year's third quarter, next year's first half.
        {
            let (year, k) = if self.w(i) == "the"
                && let Some(y) = self.year_at(i + 1)
            {
                (Some(y), i + 2)
            } else if matches!(self.w(i), "this" | "last" | "next")
                && self.w(i + 1) == "year"
                && self.w(i + 2) == "'s"
            {
                let shift = match self.w(i) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                (a.map(|a| a.date.year() + shift), i + 3)
            } else {
                (None, i)
            };
            if k > i
                && let Some(nth) = ordinal(self.w(k))
            {
                let what = self.w(k + 1);
                let year = year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
                match what {
                    "quarter" if nth <= 4 => {
                        return found(k + 2, TimeKind::Date, format!("{year}-Q{nth}"));
                    }
                    "half" if nth <= 2 => {
                        return found(k + 2, TimeKind::Date, format!("{year}-H{nth}"));
                    }
                    _ => {}
                }
            }
        }
        // year-earlier, year-ago: the year before the anchor's.
        if self.w(i) == "year" && self.w(i + 1) == "-" && matches!(self.w(i + 2), "earlier" | "ago")
        {
            return found(
                i + 3,
                TimeKind::Date,
                a.map_or_else(|| "XXXX".to_string(), |a| format!("{:04}", a.date.year() - 1)),
            );
        }
        // early/late/mid next/last/this year.
        if matches!(self.w(i), "early" | "late" | "mid") {
            let shift = match self.w(i + 1) {
                "next" => 1,
                "last" => -1,
                "this" => 0,
                _ => return None,
            };
            if self.w(i + 2) == "year" {
                return found(
                    i + 3,
                    TimeKind::Date,
                    a.map_or_else(
                        || "XXXX".to_string(),
                        |a| format!("{:04}", i32::from(a.date.year()) + shift),
                    ),
                );
            }
            return None;
        }
        const DETERMINERS: &[&str] = &["the", "its", "their", "our", "his", "her"];
        // "its fourth quarter", "for fourth quarter": an ordinal period after a
        // possessive or with no determiner at all.
        if (DETERMINERS[1..].contains(&self.w(i))
            || (ordinal(self.w(i)).is_some()
                && i > 0
                && !DETERMINERS.contains(&self.w(i - 1))
                && !matches!(self.w(i - 1), "a" | "an" | "and" | "-")))
            && let Some(base) = if DETERMINERS.contains(&self.w(i)) { Some(i + 1) } else { Some(i) }
            && let Some(nth) = ordinal(self.w(base)).filter(|n| *n <= 4)
            && matches!(self.w(base + 1), "quarter" | "half")
            && (self.w(base + 1) == "quarter" || nth <= 2)
        {
            let (year, end) = self.of_year(base + 2);
            let what = self.w(base + 1);
            let year = year.or_else(|| {
                a.map(|a| {
                    let current_quarter = u32::try_from((a.date.month() - 1) / 3 + 1).unwrap_or(1);
                    let later = match what {
                        "quarter" => nth > current_quarter,
                        _ => nth == 2 && current_quarter <= 2,
                    };
                    if later { a.date.year() - 1 } else { a.date.year() }
                })
            });
            let year = year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
            let letter = if what == "quarter" { "Q" } else { "H" };
            return found(end, TimeKind::Date, format!("{year}-{letter}{nth}"));
        }
        if self.w(i) != "the" {
            return None;
        }
        // the first/second half|quarter (of YEAR | of the year | of this year)
        if let Some(nth) = ordinal(self.w(i + 1)).or_else(|| (self.w(i + 1) == "last").then_some(0))
        {
            let what = self.w(i + 2);
            let (year, end) = self.of_year(i + 3);
            // Without a year, a quarter or half that has not begun is last year's.
            let year = year.or_else(|| {
                a.map(|a| {
                    let current_quarter = u32::try_from((a.date.month() - 1) / 3 + 1).unwrap_or(1);
                    let later = match what {
                        "quarter" => nth > current_quarter,
                        "half" => nth == 2 && current_quarter <= 2,
                        _ => false,
                    };
                    if later { a.date.year() - 1 } else { a.date.year() }
                })
            });
            let year = year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
            return match what {
                "half" => {
                    let n = if nth == 0 { 2 } else { nth };
                    (n <= 2).then(|| Found {
                        end,
                        kind: TimeKind::Date,
                        value: format!("{year}-H{n}"),
                    })
                }
                "quarter" => {
                    let n = if nth == 0 { 4 } else { nth };
                    (n <= 4).then(|| Found {
                        end,
                        kind: TimeKind::Date,
                        value: format!("{year}-Q{n}"),
                    })
                }
                _ => {
                    // the first 9 months of 2017
                    let (count, k) = read_number(self.words, i + 2)?;
                    if !matches!(self.w(k), "months" | "month") || nth != 1 {
                        return None;
                    }
                    let (year, end) = self.of_year(k + 1);
                    let count = count as i8;
                    // Without a year it is a length: "the first nine months" is P9M.
                    let Some(year) = year else {
                        return found(end, TimeKind::Duration, format!("P{count}M"));
                    };
                    if !(1..=12).contains(&count) {
                        return None;
                    }
                    found(end, TimeKind::Date, format!("{year:04}-01/{year:04}-{count:02}"))
                }
            };
        }
        // the end / beginning / start / middle of X
        if matches!(self.w(i + 1), "end" | "beginning" | "start" | "middle")
            && self.w(i + 2) == "of"
        {
            let j = i + 3;
            if let Some(m) = self.month_at(j) {
                let (year, end) = self.optional_year(j + 1);
                return found(end, TimeKind::Date, self.resolve_month(year, m, i)?);
            }
            if let Some(y) = self.year_at(j) {
                return found(j + 1, TimeKind::Date, format!("{y:04}"));
            }
            let (shift, unit_index) = match self.w(j) {
                "the" | "this" => (0, j + 1),
                "last" => (-1, j + 1),
                "next" => (1, j + 1),
                _ => return None,
            };
            return match self.w(unit_index) {
                "year" => found(
                    unit_index + 1,
                    TimeKind::Date,
                    a.map_or_else(
                        || "XXXX".to_string(),
                        |a| format!("{:04}", i32::from(a.date.year()) + shift),
                    ),
                ),
                "month" => found(
                    unit_index + 1,
                    TimeKind::Date,
                    a.and_then(|a| add_months(a.date, shift))
                        .map_or_else(|| "XXXX-XX".to_string(), |(y, m)| month(y, m)),
                ),
                "week" => found(
                    unit_index + 1,
                    TimeKind::Date,
                    a.and_then(|a| add_days(a.date, 7 * i64::from(shift)))
                        .map_or_else(|| "XXXX-WXX".to_string(), week),
                ),
                _ => None,
            };
        }
        None
    }

    /// `of 2017`, `of the year`, `of this year`, `of last year`.
    fn of_year(&self, i: usize) -> (Option<i16>, usize) {
        if self.w(i) != "of" {
            return (None, i);
        }
        if let Some(y) = self.year_at(i + 1) {
            return (Some(y), i + 2);
        }
        let a = self.anchor.map(|a| a.date.year());
        match (self.w(i + 1), self.w(i + 2)) {
            ("the" | "this", "year") => (a, i + 3),
            ("last", "year") => (a.map(|y| y - 1), i + 3),
            ("next", "year") => (a.map(|y| y + 1), i + 3),
            _ => (None, i),
        }
    }

    /// `three days`, `more than four decades`, `the past decade`, `the last 12 months`,
    /// `seven-year`, `30-day`, `half an hour`, `several years`, `months`.
    fn duration(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if let Some(q) =
            QUALIFIERS.iter().find(|q| q.iter().enumerate().all(|(k, w)| self.w(i + k) == *w))
        {
            // "over the past week": "over" is a preposition there, not a qualifier.
            if read_number(self.words, i + q.len()).is_none()
                && !matches!(self.w(i + q.len()), "a" | "an")
            {
                return None;
            }
            j += q.len();
        }
        let lead_the = matches!(
            (self.w(j), self.w(j + 1)),
            ("the", "past" | "last" | "next" | "coming" | "previous" | "first")
        );
        if lead_the {
            if self.w(j + 1) == "first" {
                return None;
            }
            j += 2;
        }
        // half an hour
        if self.w(j) == "half"
            && matches!(self.w(j + 1), "a" | "an")
            && let Some((letter, multiple, is_time)) = unit(self.w(j + 2))
        {
            let value = match (letter, is_time) {
                ("H", true) => "PT30M".to_string(),
                ("D", false) => "PT12H".to_string(),
                ("Y", false) => format!("P{}M", 6 * multiple),
                _ => return None,
            };
            return found(j + 3, TimeKind::Duration, value);
        }
        // 30-day, as one token
        if let Some((n, u)) = self.w(j).split_once('-')
            && let Ok(n) = n.parse::<u32>()
            && let Some((letter, multiple, is_time)) = unit(u)
            && !matches!((self.w(j + 1), self.w(j + 2)), ("-", "old") | ("old", _))
        {
            return found(
                j + 1,
                TimeKind::Duration,
                format_duration(f64::from(n * multiple), letter, is_time),
            );
        }
        // "in coming weeks": like "the coming weeks".
        let lead_the = lead_the
            || (self.w(j) == "coming"
                && unit(self.w(j + 1)).is_some_and(|_| self.w(j + 1).ends_with('s')));
        if self.w(j) == "coming" && lead_the && self.w(j.wrapping_sub(1)) != "the" {
            j += 1;
        }
        let (count, k) = match self.w(j) {
            "a" | "an" | "one" if unit(self.w(j + 1)).is_some() => (Some(1.0), j + 1),
            // "an additional year", "a further week"
            "a" | "an"
                if matches!(self.w(j + 1), "additional" | "further" | "extra")
                    && unit(self.w(j + 2)).is_some() =>
            {
                (Some(1.0), j + 2)
            }
            "a" if self.w(j + 1) == "couple" && self.w(j + 2) == "of" => (Some(2.0), j + 3),
            "several" | "few" | "many" | "some" => (None, j + 1),
            "a" if self.w(j + 1) == "few" => (None, j + 2),
            w if unit(w).is_some() && (lead_the || w.ends_with('s')) => {
                (if lead_the && !w.ends_with('s') { Some(1.0) } else { None }, j)
            }
            _ => {
                let (n, k) = read_number(self.words, j)?;
                (Some(n), k)
            }
        };
        // 5 1/2 hours
        let (count, k) = match (count, self.w(k)) {
            (Some(n), "1/2" | "½") => (Some(n + 0.5), k + 1),
            (Some(n), "1/4" | "¼") => (Some(n + 0.25), k + 1),
            (Some(n), "3/4" | "¾") => (Some(n + 0.75), k + 1),
            _ => (count, k),
        };
        // eight trading days, ten working days
        let k = if count.is_some()
            && matches!(self.w(k), "trading" | "business" | "working" | "school")
            && matches!(self.w(k + 1), "day" | "days")
        {
            k + 1
        } else {
            k
        };
        // two more weeks, 20 additional years
        let k = if count.is_some()
            && matches!(self.w(k), "more" | "additional" | "further" | "extra")
        {
            k + 1
        } else {
            k
        };
        // seven-year: number, hyphen, unit
        let k = if self.w(k) == "-" { k + 1 } else { k };
        let (letter, multiple, is_time) = unit(self.w(k))?;
        // "three-quarters of the vote" is a share, not a time.
        if letter == "Q" && self.w(k + 1) == "of" {
            return None;
        }
        // "a 44-year-old man" gives an age, not a time.
        if matches!((self.w(k + 1), self.w(k + 2)), ("-", "old") | ("old", _)) {
            return None;
        }
        if matches!(self.w(k + 1), "ago" | "earlier" | "later" | "hence") {
            return None;
        }
        // "the 1988 second quarter": a year and an ordinal, not 1,988 seconds; and a
        // singular unit after a number other than one is no duration.
        if count.is_some_and(|n| n >= 1000.0)
            && !self.w(k).ends_with('s')
            && self.w(k - 1) != "-"
            && k == j + 1
        {
            return None;
        }
        // A bare plural ("months") is a duration only after "for" or "in recent".
        if count.is_none()
            && k == j
            && !lead_the
            && !matches!(self.w(i.wrapping_sub(1)), "for" | "over" | "within")
        {
            return None;
        }
        let value = match count {
            Some(n) => format_duration(n * f64::from(multiple), letter, is_time),
            None => format!("P{}X{letter}", if is_time { "T" } else { "" }),
        };
        found(k + 1, TimeKind::Duration, value)
    }

    /// `every year`, `annually`, `each week`, `every Tuesday`, `every four years`.
    fn set(&self, i: usize) -> Option<Found> {
        let simple = match self.w(i) {
            "annually" | "yearly" => Some("P1Y"),
            "daily" => Some("P1D"),
            "weekly" => Some("P1W"),
            "monthly" => Some("P1M"),
            "quarterly" => Some("P3M"),
            "hourly" => Some("PT1H"),
            _ => None,
        };
        if let Some(value) = simple {
            // "quarterly dividend", "daily newspaper": adjectives, not times.
            let before_noun = matches!(self.w(i), "quarterly" | "yearly")
                && self.w(i + 1).chars().next().is_some_and(char::is_alphabetic)
                && !matches!(
                    self.w(i + 1),
                    "and"
                        | "or"
                        | "since"
                        | "until"
                        | "in"
                        | "at"
                        | "on"
                        | "for"
                        | "from"
                        | "by"
                        | "to"
                );
            if before_noun {
                return None;
            }
            return found(i + 1, TimeKind::Set, value);
        }
        if !matches!(self.w(i), "every" | "each") {
            return None;
        }
        let j = i + 1;
        if let Some(weekday) = self.weekday_at(j) {
            return found(j + 1, TimeKind::Set, format!("XXXX-WXX-{weekday}"));
        }
        if let Some(&(_, part)) = PARTS_OF_DAY.iter().find(|(w, _)| *w == self.w(j)) {
            return found(j + 1, TimeKind::Set, format!("XXXX-XX-XXT{part}"));
        }
        if let Some(&(_, code)) = SEASONS.iter().find(|(w, _)| *w == self.w(j)) {
            return found(j + 1, TimeKind::Set, format!("XXXX-{code}"));
        }
        if self.w(j) == "weekend" {
            return found(j + 1, TimeKind::Set, "XXXX-WXX-WE");
        }
        let (n, k) = match read_number(self.words, j) {
            Some((n, k)) => (n, k),
            None => (1.0, j),
        };
        let (letter, multiple, is_time) = unit(self.w(k))?;
        found(k + 1, TimeKind::Set, format_duration(n * f64::from(multiple), letter, is_time))
    }

    /// A year right after: `, 2017`, `2017`.
    fn optional_year(&self, i: usize) -> (Option<i16>, usize) {
        if self.w(i) == ","
            && let Some(y) = self.year_at(i + 1)
        {
            return (Some(y), i + 2);
        }
        match self.year_at(i) {
            Some(y) => (Some(y), i + 1),
            None => match self.spoken_year(i) {
                Some((y, end)) => (Some(y), end),
                None => (None, i),
            },
        }
    }

    /// A day in a month, its year from the text or the one that puts it nearest the
    /// anchor (within six months).
    fn resolve_day(&self, year: Option<i16>, m: i8, d: i8, _i: usize) -> Option<String> {
        let year = match (year, self.anchor) {
            (Some(y), _) => y,
            (None, Some(a)) => nearest_year(a.date, m, d, Tense::Unknown),
            (None, None) => return Some(format!("XXXX-{m:02}-{d:02}")),
        };
        Some(day(Date::new(year, m, d).ok()?))
    }

    fn resolve_month(&self, year: Option<i16>, m: i8, _i: usize) -> Option<String> {
        let year = match (year, self.anchor) {
            (Some(y), _) => y,
            (None, Some(a)) => {
                let this = a.date.year();
                let months_from = |year: i16| {
                    (i32::from(year) * 12 + i32::from(m))
                        - (i32::from(this) * 12 + i32::from(a.date.month()))
                };
                let past = if months_from(this) <= 0 { this } else { this - 1 };
                let future = if months_from(this) >= 0 { this } else { this + 1 };
                // The nearer; on a tie, the past.
                if months_from(future) * 2 < -months_from(past) { future } else { past }
            }
            (None, None) => return Some(format!("XXXX-{m:02}")),
        };
        Some(month(year, m))
    }

    #[allow(clippy::too_many_arguments)]
    fn day_range(
        &self,
        m1: i8,
        d1: i8,
        m2: i8,
        d2: i8,
        year: Option<i16>,
        end: usize,
        i: usize,
    ) -> Option<Found> {
        let first = self.resolve_day(year, m1, d1, i)?;
        let year_of_first = first.get(..4).and_then(|y| y.parse().ok());
        let second = self.resolve_day(year.or(year_of_first), m2, d2, i)?;
        found(end, TimeKind::Date, format!("{first}/{second}"))
    }
}

/// The year of month `m`, day `d`: by the tense where it is known, else the nearer to
/// `anchor` (the past on a tie).
fn nearest_year(anchor: Date, m: i8, d: i8, tense: Tense) -> i16 {
    let y = anchor.year();
    let distance = |year: i16| Date::new(year, m, d).ok().map(|date| days_between(anchor, date));
    let past =
        [y, y - 1].into_iter().find(|&year| distance(year).is_some_and(|d| d <= 0)).unwrap_or(y);
    let future =
        [y, y + 1].into_iter().find(|&year| distance(year).is_some_and(|d| d >= 0)).unwrap_or(y);
    match tense {
        Tense::Past => past,
        Tense::Future => future,
        Tense::Unknown => {
            let (back, ahead) = (-distance(past).unwrap_or(0), distance(future).unwrap_or(0));
            if ahead * 2 < back { future } else { past }
        }
    }
}

/// How precise a value is, for pairing the ends of a range.
fn value_precision(value: &str) -> usize {
    value.len()
}

fn is_meridiem(word: &str) -> bool {
    matches!(word, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m")
}

/// `Some(Some(seconds))` for a known zone, `Some(None)` for a zone word of unknown
/// offset, `None` for no zone.
fn is_zone(word: &str) -> Option<Option<i32>> {
    let hours: f32 = match word.trim_end_matches('.') {
        "gmt" | "utc" | "z" => 0.0,
        "bst" | "cet" => 1.0,
        "cest" | "eet" => 2.0,
        "eest" | "msk" => 3.0,
        "ist" => 5.5,
        "edt" => -4.0,
        "est" | "cdt" => -5.0,
        "cst" | "mdt" => -6.0,
        "mst" | "pdt" => -7.0,
        "pst" => -8.0,
        "aest" => 10.0,
        "jst" | "kst" => 9.0,
        _ => return None,
    };
    Some(Some((hours * 3600.0) as i32))
}

/// Offsets of capitals whose name stands before "time" in news ("Beijing time").
fn city_offset(city: &str) -> Option<i32> {
    let hours: f32 = match city {
        "beijing" | "taipei" | "manila" | "singapore" => 8.0,
        "moscow" | "ankara" | "riyadh" | "baghdad" => 3.0,
        "baku" | "tbilisi" | "yerevan" | "dubai" => 4.0,
        "tehran" => 3.5,
        "tokyo" | "seoul" | "pyongyang" => 9.0,
        "delhi" | "indian" => 5.5,
        "kyiv" | "kiev" | "jerusalem" | "cairo" => 2.0,
        "london" => 0.0,
        "washington" | "eastern" => -5.0,
        _ => return None,
    };
    Some((hours * 3600.0) as i32)
}

fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    format!("{sign}{:02}:{:02}", s / 3600, s / 60 % 60)
}

fn format_duration(n: f64, letter: &str, is_time: bool) -> String {
    // A fraction goes to the next smaller unit where it comes out whole: 5 1/2 hours
    // is PT5H30M, 2 1/2 years P2Y6M.
    let smaller = match (letter, is_time) {
        ("H", true) => Some(("M", 60.0, true)),
        ("M", true) => Some(("S", 60.0, true)),
        ("D", false) => Some(("H", 24.0, true)),
        ("W", false) => Some(("D", 7.0, false)),
        ("Y", false) => Some(("M", 12.0, false)),
        _ => None,
    };
    if n.fract() != 0.0
        && n >= 1.0
        && let Some((small, per, small_is_time)) = smaller
        && (n.fract() * per).fract() == 0.0
    {
        let whole = n.trunc() as i64;
        let rest = (n.fract() * per) as i64;
        return match (is_time, small_is_time) {
            (true, _) => format!("PT{whole}{letter}{rest}{small}"),
            (false, true) => format!("P{whole}{letter}T{rest}{small}"),
            (false, false) => format!("P{whole}{letter}{rest}{small}"),
        };
    }
    let number = if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") };
    if is_time { format!("PT{number}{letter}") } else { format!("P{number}{letter}") }
}

/// The date of a holiday rule in `year`.
fn holiday_date(rule: &str, year: i16) -> Option<Date> {
    if let Some((m, d)) = rule.split_once('-')
        && m.len() == 2
        && d.len() == 2
    {
        return Date::new(year, m.parse().ok()?, d.parse().ok()?).ok();
    }
    match rule {
        "easter" => return calendar::easter(year),
        "orthodox-easter" => return calendar::orthodox_easter(year),
        "election" => {
            let first_monday = calendar::nth_weekday(year, 11, 1, 1)?;
            return add_days(first_monday, 1);
        }
        _ => {}
    }
    let parts: Vec<&str> = rule.split(' ').collect();
    if let [nth, weekday, m] = parts.as_slice()
        && let Some(&(_, wd)) = WEEKDAYS.iter().find(|(w, _)| w == weekday)
    {
        let nth = if *nth == "last" { 5 } else { nth.parse().ok()? };
        return calendar::nth_weekday(year, m.parse().ok()?, wd, nth);
    }
    // A list of dates by year.
    let prefix = format!("{year:04}-");
    let hit = rule.split(' ').find(|d| d.starts_with(&prefix))?;
    let (_, rest) = hit.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    Date::new(year, m.parse().ok()?, d.parse().ok()?).ok()
}

/// The TIMEX3 value of a date line's moment: `2017-11-20`, `2017-11-19T19:32+04:00`.
pub fn moment_value(moment: &Moment) -> String {
    let mut value = day(moment.date);
    if let Some(time) = moment.time {
        value.push_str(&format!("T{:02}:{:02}", time.hour(), time.minute()));
        if time.second() != 0 {
            value.push_str(&format!(":{:02}", time.second()));
        }
        if let Some(offset) = moment.offset {
            value.push_str(&format_offset(offset.seconds()));
        }
    }
    value
}

/// A time expression over `span` with the value of `moment`, for date lines.
pub fn time_of_date_line(span: Span, moment: &Moment) -> Time {
    Time {
        span,
        kind: if moment.time.is_some() { TimeKind::Time } else { TimeKind::Date },
        value: moment_value(moment),
    }
}
