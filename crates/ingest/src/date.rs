//! Date lines: `20.11.2017`, `19 November 2017 19:32 (UTC+04:00)`, `Nov. 19, 2017`,
//! `2017-11-19T19:32:00+04:00`, `Sunday, March 3, 2021 7:05 p.m. EST` and the like.

use std::sync::LazyLock;

use attache_model::Moment;
use jiff::civil::{Date, Time};
use jiff::tz::Offset;
use regex::{Captures, Regex};

const MONTH: &str = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
const TIME: &str = r"(?:(?:at|,|-|–|—|\|)\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?\s?m\.?)?";
const ZONE: &str = r"\(?\s*(?:(?P<utc>utc|gmt)\s*(?P<utcoff>[+\-−]\s*\d{1,2}(?::?\d{2})?)?|(?P<numoff>[+\-−]\d{2}:?\d{2})|(?P<zulu>z)|(?P<abbr>[a-z]{3,4}))\s*\)?";

/// The same patterns as one set: one pass says which (if any) can match, so that only
/// that one runs with captures.
static PATTERN_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(PATTERNS.iter().map(|(_, regex)| regex.as_str()))
        .expect("date patterns compile")
});

static PATTERNS: LazyLock<Vec<(Order, Regex)>> = LazyLock::new(|| {
    let tail = format!(r"(?:[T\s]*{TIME})?\s*(?:{ZONE})?");
    let build = |core: &str| {
        Regex::new(&format!(r"(?i)^\s*{PREFIX}{core}{tail}\s*$")).expect("date pattern compiles")
    };
    vec![
        (Order::Ymd, build(r"(?P<a>\d{4})[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{1,2})")),
        (Order::NumericDayFirst, build(r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<c>\d{4})")),
        (Order::NumericMonthFirst, build(r"(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<c>\d{4})")),
        (
            Order::DayMonthYear,
            build(&format!(
                r"(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(?P<c>\d{{4}}),?"
            )),
        ),
        (
            Order::MonthDayYear,
            build(&format!(r"{MONTH}\s*(?P<a>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<c>\d{{4}}),?")),
        ),
    ]
});

/// Words that may stand before a date on a date line.
const PREFIX: &str = r"(?:(?:published|posted|updated|last\s+updated|date|dated|created|modified)\s*(?:on|at)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?";

#[derive(Clone, Copy)]
enum Order {
    Ymd,
    NumericDayFirst,
    NumericMonthFirst,
    DayMonthYear,
    MonthDayYear,
}

/// Parses a whole string as a date, with an optional time of day and UTC offset.
///
/// Returns `None` unless the whole string (apart from a `Published:`-style prefix and
/// a weekday) is a date. `2017-11-19T19:32:00+04:00` keeps its offset; `19:32 (UTC+04:00)`
/// too; `EST` and a few other common zone abbreviations become fixed offsets.
pub fn parse_moment(text: &str) -> Option<Moment> {
    // Every date line has a digit; most lines are not dates, so say no cheaply.
    if text.len() > 120 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    PATTERN_SET.matches(text).iter().find_map(|i| {
        let (order, regex) = &PATTERNS[i];
        regex.captures(text).and_then(|c| build(*order, &c))
    })
}

fn build(order: Order, caps: &Captures<'_>) -> Option<Moment> {
    let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let (year, month, day) = match order {
        Order::Ymd => (number("a")?, number("b")?, number("c")?),
        Order::NumericDayFirst => (number("c")?, number("b")?, number("a")?),
        Order::NumericMonthFirst => {
            let (first, second) = (number("a")?, number("b")?);
            // Month first, as in American usage, unless that cannot be a date.
            if first > 12 { (number("c")?, second, first) } else { (number("c")?, first, second) }
        }
        Order::DayMonthYear | Order::MonthDayYear => {
            (number("c")?, month_number(caps.name("month")?.as_str())?, number("a")?)
        }
    };
    let date =
        Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
            .ok()?;
    let mut moment = Moment::date(date);
    if let Some(hour) = number("hour") {
        let mut hour = hour;
        if let Some(ampm) = caps.name("ampm") {
            let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
        }
        let time = Time::new(
            i8::try_from(hour).ok()?,
            i8::try_from(number("minute")?).ok()?,
            i8::try_from(number("second").unwrap_or(0)).ok()?,
            0,
        )
        .ok()?;
        moment.time = Some(time);
        moment.offset = zone_offset(caps)?;
    } else if caps.name("utc").is_some()
        || caps.name("numoff").is_some()
        || caps.name("abbr").is_some()
    {
        // A zone with no time of day says nothing; a stray word after a date is not a zone.
        if caps.name("abbr").is_some() {
            return None;
        }
    }
    Some(moment)
}

/// The zone of a captured date: `Some(None)` for none stated, `None` for an unknown word.
fn zone_offset(caps: &Captures<'_>) -> Option<Option<Offset>> {
    let seconds = if caps.name("zulu").is_some() {
        0
    } else if caps.name("utc").is_some() {
        caps.name("utcoff").map_or(Some(0), |m| parse_offset(m.as_str()))?
    } else if let Some(m) = caps.name("numoff") {
        parse_offset(m.as_str())?
    } else if let Some(m) = caps.name("abbr") {
        abbreviation_offset(m.as_str())?
    } else {
        return Some(None);
    };
    Some(Some(Offset::from_seconds(seconds).ok()?))
}

/// `+04:00`, `+4`, `-0530`, `−3` to seconds east of UTC.
fn parse_offset(text: &str) -> Option<i32> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (sign, digits) = match text.chars().next()? {
        '+' => (1, &text[1..]),
        '-' => (-1, &text[1..]),
        '−' => (-1, &text['−'.len_utf8()..]),
        _ => return None,
    };
    let digits = digits.replace(':', "");
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 => (digits[..1].parse().ok()?, digits[1..].parse().ok()?),
        4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        _ => return None,
    };
    if hours > 14 || minutes > 59 {
        return None;
    }
    Some(sign * (hours * 3600 + minutes * 60))
}

/// Zone abbreviations common in English-language news datelines. Ambiguous ones
/// (IST, CST) take their most common news reading.
fn abbreviation_offset(abbr: &str) -> Option<i32> {
    let hours: f32 = match abbr.to_ascii_uppercase().as_str() {
        "UTC" | "GMT" | "WET" => 0.0,
        "BST" | "CET" | "WEST" => 1.0,
        "CEST" | "EET" | "SAST" => 2.0,
        "EEST" | "MSK" | "AST" | "TRT" => 3.0,
        "GST" | "AZT" | "AMT" | "GET" => 4.0,
        "PKT" => 5.0,
        "IST" => 5.5,
        "ICT" | "WIB" => 7.0,
        "HKT" | "SGT" | "AWST" => 8.0,
        "JST" | "KST" => 9.0,
        "AEST" => 10.0,
        "AEDT" => 11.0,
        "NZST" => 12.0,
        "EDT" => -4.0,
        "EST" | "CDT" => -5.0,
        "CST" | "MDT" => -6.0,
        "MST" | "PDT" => -7.0,
        "PST" => -8.0,
        _ => return None,
    };
    Some((hours * 3600.0) as i32)
}

/// `Nov`, `nov.`, `November`, `Sept` to 11, 11, 11, 9.
pub(crate) fn month_number(name: &str) -> Option<i32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    months.iter().position(|m| lower.starts_with(m)).map(|i| i as i32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(parse_moment(input).map(|m| m.to_string()).as_deref(), expect, "{input}");
    }

    #[test]
    fn numeric_dates() {
        check("20.11.2017", Some("2017-11-20"));
        check("2017-11-19", Some("2017-11-19"));
        check("2017/11/19", Some("2017-11-19"));
        check("11/19/2017", Some("2017-11-19"));
        check("19/11/2017", Some("2017-11-19"));
        check("31.02.2017", None);
    }

    #[test]
    fn dates_with_month_names() {
        check("19 November 2017 19:32 (UTC+04:00)", Some("2017-11-19T19:32:00+04:00"));
        check("Nov. 19, 2017", Some("2017-11-19"));
        check("November 19, 2017", Some("2017-11-19"));
        check("Nov 19 2017", Some("2017-11-19"));
        check("19th of November, 2017", Some("2017-11-19"));
        check("Sunday, March 3, 2021", Some("2021-03-03"));
        check("March 3, 2021 7:05 p.m. EST", Some("2021-03-03T19:05:00-05:00"));
        check("Sept. 4, 2019, 12:10 AM", Some("2019-09-04T00:10:00"));
        check("Published: 19 Nov 2017 | 08:15 GMT", Some("2017-11-19T08:15:00+00:00"));
        check("Updated 4 Jan 2022 10:00 UTC+3", Some("2022-01-04T10:00:00+03:00"));
    }

    #[test]
    fn iso_forms() {
        check("2017-11-19T19:32:00+04:00", Some("2017-11-19T19:32:00+04:00"));
        check("2017-11-19T19:32:00Z", Some("2017-11-19T19:32:00+00:00"));
        check("2017-11-19 19:32 +0530", Some("2017-11-19T19:32:00+05:30"));
        check("2017-11-19T19:32", Some("2017-11-19T19:32:00"));
    }

    #[test]
    fn not_dates() {
        check("Ilham Aliyev: Azerbaijan is extremely interested", None);
        check("November 2017", None);
        check("19 November 2017 was a Sunday", None);
        check("March 3, 2021 Lavrov", None);
        check("25:10 2017-01-01", None);
    }
}
